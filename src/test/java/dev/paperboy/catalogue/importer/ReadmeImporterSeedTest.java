package dev.paperboy.catalogue.importer;

import static dev.paperboy.catalogue.importer.Fixtures.fileNameOf;
import static dev.paperboy.catalogue.importer.Fixtures.paper;
import static dev.paperboy.catalogue.importer.Fixtures.resource;
import static org.assertj.core.api.Assertions.assertThat;

import dev.paperboy.catalogue.Catalogue;
import dev.paperboy.catalogue.CatalogueFile;
import dev.paperboy.catalogue.CatalogueValidator;
import dev.paperboy.catalogue.Paper;
import dev.paperboy.catalogue.Problem;
import dev.paperboy.catalogue.Resource;
import dev.paperboy.catalogue.Section;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

/** The README as it stood in January 2019, which the shipped catalogue is built from. */
class ReadmeImporterSeedTest {

    private static final String SEED = "seed-2019-01.md";
    private static ImportResult result;
    private static Catalogue catalogue;

    @BeforeAll
    static void importSeed() {
        result = Fixtures.importFixture(SEED);
        catalogue = result.catalogue();
    }

    @Test
    void importsTheSeedWithNoErrorsAndOnlyTheDcganWarning() {
        assertThat(result.errors()).isEmpty();
        assertThat(result.ok()).isTrue();
        assertThat(result.warnings()).hasSize(1);
    }

    @Test
    void countsTheResourcesOfEverySectionAsTheListHasThem() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        catalogue.resourceSections().forEach(s -> counts.put(s.key(), catalogue.resourcesIn(s.key()).size()));
        assertThat(counts).containsExactly(Map.entry("playground", 8), Map.entry("courses", 5),
                Map.entry("tools", 4), Map.entry("tutorials", 5), Map.entry("blogs", 5));
    }

    @Test
    void counts12NlpAnd24CvPapers() {
        assertThat(catalogue.chronologicalPapers("nlp")).hasSize(12);
        assertThat(catalogue.chronologicalPapers("cv")).hasSize(24);
        assertThat(catalogue.papers()).hasSize(36);
        assertThat(catalogue.papers()).allSatisfy(p -> assertThat(p.subArea()).isNull());
    }

    @Test
    void sectionsHaveTheirKeyChineseHeadingAndEnglishNameInTheListsOrder() {
        assertThat(catalogue.sections()).extracting(Section::key)
                .containsExactly("playground", "courses", "tools", "tutorials", "blogs", "papers");
        assertThat(catalogue.sections()).extracting(s -> s.title().zhTw())
                .containsExactly("遊玩空間", "線上課程", "實用工具", "其他教材", "優質文章", "經典論文");
        assertThat(catalogue.sections()).extracting(s -> s.title().en())
                .containsExactly("Playground", "Courses", "Tools", "Tutorials", "Blogs", "Papers");
    }

    @Test
    void playgroundAudienceIsTheBulletsAfterTheWhoThisIsForLine() {
        assertThat(catalogue.section("playground").orElseThrow().audience()).containsExactly(
                "想要快速體會深度學習如何被應用在真實世界的好奇寶寶",
                "想要直觀理解[類神經網路（Artifical Neural Network）](https://zh.wikipedia.org/wiki/%E4%BA%BA%E5%B7%A5%E7%A5%9E%E7%BB%8F%E7%BD%91%E7%BB%9C)運作方式的人",
                "想從別人的深度學習應用取得一些靈感的開發者");
        assertThat(catalogue.section("courses").orElseThrow().audience()).isEmpty();
    }

    @Test
    void everyCardTakesThePictureOfItsOwnColumn() {
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("Deep Playground", "deep-playground.jpg");
        expected.put("ConvNetJS", "convnetjs.jpg");
        expected.put("Magenta", "magenta.jpg");
        expected.put("Google AI Experiments", "google-ai-experiment.jpg");
        expected.put("Quick Draw", "quickdraw.jpg");
        expected.put("Teachable Machine", "teachable-machine.jpg");
        expected.put("Fast Neural Style", "fast-neural-style.jpg");
        expected.put("TensorFlow.js", "human-pose-estimation.jpg");
        expected.put("李宏毅教授的機器學習 / 深度學習課程", "Hung-Yi-Lee-ml-courses.jpg");
        expected.put("Deep Learning Specialization @ Coursera", "deep-learning-specification-coursera.jpg");
        expected.put("Practical Deep Learning For Coders @ fast.ai", "fast-ai.jpg");
        expected.put("Deep Learning @ Kaggle Learn", "kaggle-learn-dl.jpg");
        expected.put("Elements of Artificial Intelligence", "elementsofai.jpg");
        expected.put("Colaboratory", "colab.jpg");
        expected.put("TensorBoard", "tensorboard.jpg");
        expected.put("Embedding Projector", "embedding-projector.jpg");
        expected.put("Lucid", "lucid.jpg");
        expected.put("Seedbank", "seedbank.jpg");
        expected.put("Deep Learning with Python", "fchollet-deep-learning-with-python.jpg");
        expected.put("Stanford CS230 Cheatsheets", "cs230-deep-learning-cheatsheet.jpg");
        expected.put("practicalAI", "practical-ai-pytorch.jpg");
        expected.put("AllenNLP Demo", "allennlp-demo.jpg");

        List<Resource> cards = catalogue.resources().stream().filter(r -> !r.section().equals("blogs")).toList();
        Map<String, String> actual = new LinkedHashMap<>();
        cards.forEach(r -> actual.put(r.title(), fileNameOf(r.image())));
        assertThat(actual).containsExactlyEntriesOf(expected);
        assertThat(cards).allSatisfy(r -> assertThat(r.image())
                .startsWith("https://github.com/leemengtaiwan/deep-learning-resources/raw/master/images/"));
    }

    @Test
    void placeholderSlotsAreNotResources() {
        assertThat(catalogue.resources()).extracting(Resource::title).noneMatch(t -> t.contains("To Be Updated"));
        assertThat(catalogue.resources()).extracting(Resource::image).noneMatch(i -> i != null && i.contains("to-be-updated"));
        assertThat(result.notes()).filteredOn(n -> n.message().contains("placeholder"))
                .extracting(Problem::line).containsExactly(116, 194);
    }

    @Test
    void tableOfContentsAndToDoListAreNotSections() {
        assertThat(result.notes()).filteredOn(n -> n.message().contains("not a catalogue section"))
                .extracting(Problem::line, Problem::where)
                .containsExactly(Tuple.tuple(8, "\"本文章節\""),
                        Tuple.tuple(271, "\"待辦事項\""));
    }

    @Test
    void blogsAreLinkListItemsWithTheirNestedBulletsAsSummary() {
        assertThat(catalogue.resourcesIn("blogs")).extracting(Resource::title).containsExactly(
                "Distill", "R2D3: 圖解機器學習", "Christopher Olah's blog", "Jay Alammar's blog", "Andrej Karpathy's blog");
        assertThat(catalogue.resourcesIn("blogs")).allSatisfy(r -> {
            assertThat(r.image()).isNull();
            assertThat(r.summary()).hasSize(1);
        });
        assertThat(resource(catalogue, "R2D3: 圖解機器學習").summary()).containsExactly("利用非常直覺易懂的視覺化來說明機器學習，連結為中文版");
    }

    @Test
    void summariesKeepTheListsMarkdownAndTurnBoldTagsIntoMarkdown() {
        Resource lee = resource(catalogue, "李宏毅教授的機器學習 / 深度學習課程");
        assertThat(lee.summary()).hasSize(3);
        assertThat(lee.summary().get(0)).isEqualTo("大概是全世界最好、最完整的 Deep Learning **中文**學習資源。");
        assertThat(resource(catalogue, "Deep Playground").summary()).containsExactly(
                "由 [Tensorflow 團隊](https://github.com/tensorflow/playground)推出，模擬訓練一個類神經網路的過程並了解其運作原理",
                "可以搭配這篇 [Introduction to Neural Networks: Playground Exercises](https://developers.google.com/machine-learning/crash-course/introduction-to-neural-networks/playground-exercises) 學習");
    }

    @Test
    void aTitleWithoutAsciiLettersGetsAnIdFromItsAddress() {
        assertThat(resource(catalogue, "李宏毅教授的機器學習 / 深度學習課程").id())
                .isEqualTo("speech-ee-ntu-edu-tw-tlkagk-courses-mlds18");
        assertThat(resource(catalogue, "Colaboratory").id()).isEqualTo("colaboratory");
        assertThat(resource(catalogue, "Christopher Olah's blog").id()).isEqualTo("christopher-olahs-blog");
    }

    @Test
    void idsAreValidUniqueAndTheSameOnEveryImport() {
        Pattern id = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");
        assertThat(catalogue.resources()).extracting(Resource::id).allMatch(i -> id.matcher(i).matches())
                .doesNotHaveDuplicates();
        assertThat(catalogue.papers()).extracting(Paper::id).allMatch(i -> id.matcher(i).matches())
                .doesNotHaveDuplicates();
        Catalogue again = Fixtures.importFixture(SEED).catalogue();
        assertThat(again.resources()).extracting(Resource::id)
                .containsExactlyElementsOf(catalogue.resources().stream().map(Resource::id).toList());
        assertThat(again.papers()).extracting(Paper::id)
                .containsExactlyElementsOf(catalogue.papers().stream().map(Paper::id).toList());
    }

    @Test
    void chronologicalListStartsWithLeNet5AndEndsWithBert() {
        List<Paper> papers = catalogue.chronologicalPapers();
        Paper first = papers.get(0);
        Paper last = papers.get(papers.size() - 1);
        assertThat(first.shortName()).isEqualTo("LeNet-5");
        assertThat(first.date()).isEqualTo("1998/01");
        assertThat(first.id()).isEqualTo("lenet-5");
        assertThat(last.id()).isEqualTo("bert");
        assertThat(last.date()).isEqualTo("2018/10");
        assertThat(last.area()).isEqualTo("nlp");
    }

    @Test
    void shortNamesComeFromTrailingParenthesesAndLeaveTheTitle() {
        Paper resnet = paper(catalogue, "ResNet");
        assertThat(resnet.title()).isEqualTo("Deep Residual Learning for Image Recognition");
        assertThat(resnet.id()).isEqualTo("resnet");
        assertThat(paper(catalogue, "Faster R-CNN").title())
                .isEqualTo("Faster R-CNN: Towards Real-Time Object Detection with Region Proposal Networks");
        assertThat(paper(catalogue, "Mask R-CNN").shortName()).isNull();
        assertThat(paper(catalogue, "Mask R-CNN").id()).isEqualTo("mask-r-cnn");
    }

    @Test
    void bertKeepsItsWholeTitleWithNoShortNameAndGetsItsIdFromTheWordBeforeTheColon() {
        Paper bert = catalogue.papers().stream().filter(p -> p.id().equals("bert")).findFirst().orElseThrow();
        assertThat(bert.title()).isEqualTo("BERT: Pre-training of Deep Bidirectional Transformers for Language Understanding");
        assertThat(bert.shortName()).isNull();
        assertThat(bert.url()).isEqualTo("https://arxiv.org/abs/1810.04805");
        assertThat(bert.note()).startsWith("Google 暴力美學。");
    }

    @Test
    void papersWithNestedBulletsHaveThemAsTheirNote() {
        assertThat(catalogue.papers()).filteredOn(p -> p.note() != null).extracting(Paper::id).containsExactly(
                "semi-supervised-sequence-learning", "attention-is-all-you-need", "deep-contextualized-word-representations",
                "improving-language-understanding-by-generative-pre-training", "bert");
        assertThat(paper(catalogue, "Deep contextualized word representations").note())
                .isEqualTo("[ELMo 詞向量](https://allennlp.org/elmo)，利用兩獨立訓練的 LSTM 獲取雙向訊息");
    }

    @Test
    void keepsDcganWithMonth11FromItsArxivIdAndWarnsAtItsLine() {
        Paper dcgan = paper(catalogue, "DCGAN");
        assertThat(dcgan.year()).isEqualTo(2015);
        assertThat(dcgan.month()).isEqualTo(11);
        Problem warning = result.warnings().get(0);
        assertThat(warning.file()).endsWith(SEED);
        assertThat(warning.line()).isEqualTo(260);
        assertThat(warning.where()).contains("DCGAN");
        assertThat(warning.message()).contains("2015/13", "month 11", "1511.06434");
    }

    @Test
    void theCatalogueValidatorFindsNothing() {
        assertThat(CatalogueValidator.validate(catalogue)).isEmpty();
    }

    @Test
    void roundTripsThroughTheCatalogueFile() throws Exception {
        Catalogue reread = CatalogueFile.parse(CatalogueFile.toJson(catalogue), "catalogue.json");
        assertThat(reread).isEqualTo(catalogue);
    }

    @Test
    void namesTheListAndItsLicenceAsTheSource() {
        assertThat(catalogue.source()).isEqualTo(ReadmeImporter.LEEMENG_LIST);
        assertThat(catalogue.source().licence()).isEqualTo("MIT, Copyright (c) 2019 LeeMeng");
    }

    @Test
    void summaryCountsSectionsAndAreasAndShowsTheWarning() {
        String summary = result.summary();
        assertThat(summary).contains("27 resources in 5 sections, 36 papers in 2 areas");
        assertThat(summary).containsPattern("playground\\s+8 resources,\\s+8 pictured");
        assertThat(summary).containsPattern("blogs\\s+5 resources,\\s+0 pictured");
        assertThat(summary).containsPattern("nlp\\s+12 papers, 2003/02 - 2018/10");
        assertThat(summary).containsPattern("cv\\s+24 papers, 1998/01 - 2018/04");
        assertThat(summary).contains(SEED + ":260: cv \"DCGAN\"");
        assertThat(summary).endsWith("OK, with 1 warning(s).\n");
    }
}
