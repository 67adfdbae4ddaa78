package dev.paperboy.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class CatalogueSearchTest {

    static final CatalogueSource SOURCE = new CatalogueSource("test", "https://example.org", "MIT");

    static Catalogue sample() {
        return Catalogue.of(SOURCE,
                List.of(new Section("tools", new SectionTitle("實用工具", "Tools"), List.of()),
                        new Section("courses", new SectionTitle("線上課程", "Courses"), List.of()),
                        new Section("papers", new SectionTitle("經典論文", "Papers"), List.of())),
                List.of(new Resource("colaboratory", "tools", "Colaboratory", "https://colab.research.google.com", null,
                                List.of("由 Google 提供的雲端 [Jupyter](https://jupyter.org/) 筆記本環境")),
                        new Resource("tensorboard", "tools", "TensorBoard", "https://tensorflow.org/tb", null,
                                List.of("視覺化工具，搭配 colab 也能用")),
                        new Resource("lab", "tools", "Lab", "https://lab.example.org", null, List.of()),
                        new Resource("fast-ai", "courses", "Practical Deep Learning For Coders @ fast.ai",
                                "https://course.fast.ai", null, List.of("7 週課程"))),
                List.of(new Paper("bert", "nlp", null, 2018, 10, "BERT: Pre-training", null, "https://arxiv.org/abs/1810.04805", null),
                        new Paper("lenet-5", "cv", null, 1998, 1, "Gradient-Based Learning Applied to Document Recognition",
                                "LeNet-5", "http://yann.lecun.com/x.pdf", null),
                        new Paper("gpt", "nlp", null, 2018, 6, "Improving Language Understanding", null, "https://openai.com/x.pdf",
                                "OpenAI 利用無監督式預訓練"),
                        new Paper("elmo", "nlp", null, 2018, 2, "Deep contextualized word representations", null,
                                "https://arxiv.org/abs/1802.05365", null)));
    }

    @Test
    void ranksExactBeforePrefixBeforeWordBeforeSubstringBeforeSummary() {
        Catalogue c = Catalogue.of(SOURCE, sample().sections(), List.of(
                new Resource("a", "tools", "Colab notebooks", "https://a.org", null, List.of()),
                new Resource("b", "tools", "My Lab", "https://b.org", null, List.of()),
                new Resource("c", "tools", "Collaborative lab", "https://c.org", null, List.of()),
                new Resource("d", "tools", "Lab", "https://d.org", null, List.of()),
                new Resource("e", "tools", "Other", "https://e.org", null, List.of("a lab in the summary"))), List.of());

        assertThat(c.searchResources("lab")).extracting(Resource::id).containsExactly("d", "b", "c", "a", "e");
    }

    @Test
    void searchesAtOnceOnAFreshCatalogueAllGetTheAnswersOfAPreparedOne() throws Exception {
        Catalogue prepared = sample();
        prepared.prepareSearch();
        List<String> expected = prepared.searchResources("colab").stream().map(Resource::id).toList();
        for (int round = 0; round < 20; round++) {
            Catalogue fresh = sample(); // its indexes are built by whichever search comes first
            CountDownLatch go = new CountDownLatch(1);
            List<CompletableFuture<List<String>>> searches = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                searches.add(CompletableFuture.supplyAsync(() -> {
                    try {
                        go.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return fresh.searchResources("colab").stream().map(Resource::id).toList();
                }));
            }
            go.countDown();
            for (var s : searches) {
                assertThat(s.get(10, TimeUnit.SECONDS)).isEqualTo(expected);
            }
        }
        assertThat(expected).containsExactly("colaboratory", "tensorboard");
    }

    @Test
    void searchIgnoresCaseAndFullWidthLetters() {
        assertThat(sample().searchResources("ＣＯＬＡＢ")).extracting(Resource::id).startsWith("colaboratory");
        assertThat(sample().searchResources("tensorBOARD")).extracting(Resource::id).containsExactly("tensorboard");
    }

    @Test
    void chineseMatchesBySubstringInTitlesAndSummaries() {
        assertThat(sample().searchResources("雲端")).extracting(Resource::id).containsExactly("colaboratory");
        assertThat(sample().searchResources("週課")).extracting(Resource::id).containsExactly("fast-ai");
    }

    @Test
    void linkTargetsInSummariesAreNotSearched() {
        assertThat(sample().searchResources("jupyter.org")).isEmpty();
        assertThat(sample().searchResources("jupyter")).extracting(Resource::id).containsExactly("colaboratory");
    }

    @Test
    void papersComeOldestFirstFilteredByAreaYearAndText() {
        Catalogue c = sample();
        assertThat(c.chronologicalPapers()).extracting(Paper::id).containsExactly("lenet-5", "elmo", "gpt", "bert");
        assertThat(c.findPapers(new PaperQuery("nlp", 2018, null))).extracting(Paper::id)
                .containsExactly("elmo", "gpt", "bert");
        assertThat(c.findPapers(new PaperQuery(null, null, "lenet"))).extracting(Paper::id).containsExactly("lenet-5");
        assertThat(c.findPapers(new PaperQuery(null, null, "無監督"))).extracting(Paper::id).containsExactly("gpt");
        assertThat(c.areas()).as("in the list's order").containsExactly("nlp", "cv");
    }

    @Test
    void autocompleteGivesAtMost25ChoicesOfAtMost100Characters() {
        List<Resource> many = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            many.add(new Resource("r" + i, "tools", "Resource " + i + " " + "x".repeat(150), "https://e.org/" + i, null,
                    List.of()));
        }
        Catalogue c = Catalogue.of(SOURCE, sample().sections(), many, List.of());
        List<Suggestion> s = c.suggestResources("res", null, Language.ZH_TW);
        assertThat(s).hasSize(25);
        assertThat(s).allSatisfy(x -> {
            assertThat(x.name()).hasSizeLessThanOrEqualTo(100);
            assertThat(x.value()).hasSizeLessThanOrEqualTo(100);
        });
        assertThat(c.suggestResources("", null, Language.ZH_TW)).hasSize(25);
    }

    @Test
    void autocompleteOfPapersNarrowsByAreaAndYear() {
        assertThat(sample().suggestPapers("", "nlp", 2018)).extracting(Suggestion::value)
                .containsExactly("Deep contextualized word representations", "Improving Language Understanding",
                        "BERT: Pre-training");
        assertThat(sample().suggestPapers("le", null, null)).extracting(Suggestion::value).containsExactly("LeNet-5");
    }
}
