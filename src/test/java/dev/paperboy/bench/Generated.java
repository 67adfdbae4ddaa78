package dev.paperboy.bench;

import dev.paperboy.catalogue.Catalogue;
import dev.paperboy.catalogue.English;
import dev.paperboy.catalogue.EnglishPaper;
import dev.paperboy.catalogue.EnglishResource;
import dev.paperboy.catalogue.EnglishSection;
import dev.paperboy.catalogue.Paper;
import dev.paperboy.catalogue.Resource;
import dev.paperboy.catalogue.Section;
import dev.paperboy.catalogue.SectionTitle;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Large, deterministic catalogues and READMEs for the benchmarks: titles, summaries and notes as
 * the list writes them (English and zh-TW mixed, markdown links), from a fixed seed, so every run
 * measures the same data.
 */
public final class Generated {

    public static final long SEED = 20190101L;

    private static final String[] EN_TOPICS = {"Deep Learning", "Neural Networks", "Transformers", "Attention",
        "Convolutional Networks", "Reinforcement Learning", "Generative Models", "GANs", "Diffusion Models",
        "Word Embeddings", "Sequence Models", "Computer Vision", "Natural Language Processing", "Speech Recognition",
        "Graph Neural Networks", "Optimization", "Regularization", "Backpropagation", "Autoencoders",
        "Object Detection", "Image Segmentation", "Machine Translation", "Self-Supervised Learning",
        "Representation Learning", "Meta-Learning", "Recommender Systems", "Time Series", "Explainable AI",
        "Model Compression", "Large Language Models"};
    private static final String[] EN_FORMS = {"Introduction to %s", "%s from Scratch", "Practical %s", "%s for Coders",
        "Hands-on %s", "%s Explained", "A Gentle Guide to %s", "%s in PyTorch", "%s with TensorFlow", "Advanced %s",
        "%s Cheatsheet", "%s Playground", "The Illustrated %s", "Understanding %s", "%s @ Coursera", "%s @ fast.ai",
        "%s Notebooks", "%s Demo"};
    private static final String[] ZH_TOPICS = {"深度學習", "機器學習", "類神經網路", "卷積神經網路", "循環神經網路", "自然語言處理",
        "電腦視覺", "強化學習", "生成對抗網路", "注意力機制", "詞向量", "語音辨識", "推薦系統", "遷移學習", "模型壓縮"};
    private static final String[] ZH_FORMS = {"%s入門", "%s實作", "%s教學", "%s課程", "%s筆記", "從零開始的%s", "%s完全指南",
        "李宏毅教授的%s課程", "%s懶人包", "圖解%s"};
    private static final String[] SUFFIXES = {"", "", "", " 2019", " 2021", " 2023", " Part 2", " Part 3", " (v2)",
        " @ Stanford", " @ NTU", " (中文版)", " Lecture 7", " Lecture 12"};
    /** {T} a zh-TW topic, {E} an English topic, {N} a number. */
    private static final String[] BULLETS = {"由 [{E} 團隊](https://github.com/example/{N}) 推出，適合想快速了解{T}的人",
        "可以搭配這篇 [{E} 教學](https://example.org/tutorial/{N}) 學習，內容由淺入深",
        "利用瀏覽器就能馬上開始體驗{T}，不需安裝任何軟體", "附有大量 Jupyter 筆記本（{E}），可以邊讀邊實作 #{N}",
        "課程影片皆有中文字幕，涵蓋{T}的基礎與應用", "作者以生動的圖解說明{T}背後的原理",
        "A hands-on course on {E} with exercises #{N}", "Covers {E} end to end, from the maths to deployment",
        "Free, with [notebooks](https://example.org/nb/{N}) on {E}", "Great visual explanations of {E}"};
    /** English bullets, for the English beside the generated list. {E} an English topic, {N} a number. */
    private static final String[] EN_BULLETS = {"Made by the [{E} team](https://github.com/example/{N}), for anyone who"
        + " wants a quick feel for {E}", "Pairs well with this [{E} tutorial](https://example.org/tutorial/{N}), from"
        + " the basics up", "Try {E} right away in your browser, nothing to install",
        "Comes with many Jupyter notebooks ({E}) to read and run #{N}", "Lecture videos with subtitles, covering the"
        + " basics and uses of {E}", "The author explains the ideas behind {E} with vivid drawings"};
    private static final String[] PAPER_ADJ = {"Deep", "Efficient", "Scalable", "Robust", "Unsupervised",
        "Semi-supervised", "Self-supervised", "Sparse", "Hierarchical", "Recurrent", "Convolutional", "Residual",
        "Generative", "Contrastive", "Adversarial", "Bidirectional", "Neural", "Probabilistic"};
    private static final String[] PAPER_NOUN = {"Learning", "Representations", "Networks", "Transformers", "Attention",
        "Embeddings", "Autoencoders", "Memory Networks", "Language Models", "Feature Hierarchies", "Pre-training",
        "Distillation", "Normalization", "Pyramids"};
    private static final String[] PAPER_TASK = {"Image Recognition", "Machine Translation", "Object Detection",
        "Semantic Segmentation", "Language Understanding", "Speech Synthesis", "Question Answering",
        "Text Classification", "Visual Reasoning", "Image Generation", "Document Recognition", "Video Prediction"};
    private static final String[] SHORT = {"Net", "GAN", "BERT", "Former", "YOLO", "CNN", "LM", "Seg"};
    private static final String[] SECTIONS = {"playground", "courses", "tools", "tutorials", "blogs"};
    private static final String[] SECTION_ZH = {"遊玩空間", "線上課程", "實用工具", "其他教材", "優質文章"};

    private Generated() {
    }

    /** A catalogue of {@code resources} resources in five sections and {@code papers} papers in two areas. */
    public static Catalogue catalogue(int resources, int papers) {
        Random random = new Random(SEED);
        List<Section> sections = new ArrayList<>();
        for (int s = 0; s < SECTIONS.length; s++) {
            sections.add(new Section(SECTIONS[s], new SectionTitle(SECTION_ZH[s], null), List.of()));
        }
        sections.add(new Section(Section.PAPERS, new SectionTitle("經典論文", "Papers"), List.of()));
        List<Resource> rs = new ArrayList<>(resources);
        for (int i = 0; i < resources; i++) {
            String title = resourceTitle(random);
            rs.add(new Resource("r" + i + "-" + slug(title), SECTIONS[random.nextInt(SECTIONS.length)], title,
                    "https://example.org/r/" + i, random.nextInt(4) == 0 ? null : "https://example.org/img/" + i + ".jpg",
                    summary(random, i)));
        }
        List<Paper> ps = new ArrayList<>(papers);
        for (int i = 0; i < papers; i++) {
            PaperText p = paper(random, i);
            ps.add(new Paper("p" + i + "-" + slug(p.shortName != null ? p.shortName : p.title), p.area, null, p.year,
                    p.month, p.title, p.shortName, "https://arxiv.org/abs/" + p.arxiv, p.note));
        }
        return Catalogue.of(null, sections, rs, ps);
    }

    /**
     * {@link #catalogue} with English beside every entry, as the shipped catalogue has: an English
     * title where the title is Chinese, English bullets, English notes. From a seed of its own, so
     * the list's text is exactly {@link #catalogue}'s.
     */
    public static Catalogue bilingual(int resources, int papers) {
        Catalogue c = catalogue(resources, papers);
        Random random = new Random(SEED + 1);
        Map<String, EnglishSection> sections = new LinkedHashMap<>();
        c.sections().forEach(s -> sections.put(s.key(), EnglishSection.translating(s, List.of())));
        Map<String, EnglishResource> rs = new LinkedHashMap<>();
        for (int i = 0; i < c.resources().size(); i++) {
            Resource r = c.resources().get(i);
            boolean chineseTitle = r.title().chars().anyMatch(ch -> ch >= 0x3400);
            List<String> bullets = new ArrayList<>();
            for (int b = 0; b < r.summary().size(); b++) {
                bullets.add(EN_BULLETS[random.nextInt(EN_BULLETS.length)]
                        .replace("{E}", EN_TOPICS[random.nextInt(EN_TOPICS.length)]).replace("{N}", Integer.toString(i)));
            }
            rs.put(r.id(), EnglishResource.translating(r, chineseTitle ? englishTitle(random) : null, bullets));
        }
        Map<String, EnglishPaper> ps = new LinkedHashMap<>();
        for (Paper p : c.papers()) {
            ps.put(p.id(), EnglishPaper.translating(p, p.note() == null ? null : "Proposes a new architecture for "
                    + EN_TOPICS[random.nextInt(EN_TOPICS.length)] + " that does well on several tasks. See [the code]("
                    + p.note().substring(p.note().indexOf("](") + 2)));
        }
        return c.withEnglish(new English(sections, rs, ps));
    }

    private static String englishTitle(Random random) {
        return String.format(EN_FORMS[random.nextInt(EN_FORMS.length)], EN_TOPICS[random.nextInt(EN_TOPICS.length)])
                + " (in Chinese)";
    }

    /**
     * A README in the list's format (sections with image tables and cards, papers by area with
     * nested notes, a to-do section) of about {@code bytes} bytes of UTF-8.
     *
     * @param counts receives the number of cards [0] and papers [1] written
     */
    public static String readme(int bytes, int[] counts) {
        Random random = new Random(SEED);
        StringBuilder md = new StringBuilder(bytes + 4096);
        md.append("<div align=\"center\">\n  <img src=\"https://example.org/paper-ball.jpg\">\n</div>\n\n-----------------\n");
        md.append("這裡紀錄了我在學習[深度學習](https://zh.wikipedia.org/wiki/深度學習)時蒐集的一些線上資源。\n\n## 本文章節\n");
        for (int s = 0; s < SECTIONS.length; s++) {
            md.append("- [").append(SECTION_ZH[s]).append("](#").append(SECTIONS[s]).append(")\n");
        }
        md.append("- [經典論文](#papers)\n\n");
        // resources take about 70% of the bytes, papers the rest
        long resourceBudget = bytes * 7L / 10;
        long perSection = resourceBudget / SECTIONS.length;
        int card = 0;
        for (int s = 0; s < SECTIONS.length; s++) {
            md.append(s % 2 == 0 ? "## <div id='" : "## <div id=\"").append(SECTIONS[s]).append(s % 2 == 0 ? "'>" : "\">")
                    .append(SECTION_ZH[s]).append("</div>\n這節列舉了一些").append(SECTION_ZH[s])
                    .append("。\n\n這小節最適合：\n\n- 想要快速體會深度學習的好奇寶寶\n- 想從別人的應用取得一些靈感的開發者\n\n");
            long end = utf8(md) + perSection;
            while (utf8(md) < end) {
                String a = resourceTitle(random);
                String b = resourceTitle(random);
                int ia = card++;
                int ib = card++;
                md.append("|[").append(a).append("](https://example.org/r/").append(ia).append(")|[").append(b)
                        .append("](https://example.org/r/").append(ib).append(")|\n|:---:|:---:|\n")
                        .append("|<a href=\"https://example.org/r/").append(ia).append("\"><img src=\"https://example.org/img/")
                        .append(ia).append(".jpg\"></a>|<a href=\"https://example.org/r/").append(ib)
                        .append("\"><img src=\"https://example.org/img/").append(ib).append(".jpg\"></a>\n\n");
                card(md, random, a, ia);
                card(md, random, b, ib);
            }
        }
        md.append("## <div id=\"papers\">經典論文</div>\n以下依照時間順序列出深度學習領域的經典論文。\n\n");
        int papers = 0;
        String[] areas = {"### 自然語言處理 Natural Language Processing (NLP)\n",
            "### 電腦視覺 Computer Vision (CV) (In progress and to be tidied up)\n"};
        for (int a = 0; a < areas.length; a++) {
            md.append(areas[a]);
            long end = a == 0 ? utf8(md) + (bytes - utf8(md)) / 2 : bytes - 600;
            int year = 1990;
            int month = 1;
            // spread the area's papers evenly over 1990/01 .. 2024/12, oldest first, as the list is
            long perMonth = Math.max(1, (end - utf8(md)) / 150 / (35 * 12));
            int inMonth = 0;
            while (utf8(md) < end) {
                PaperText p = paper(random, papers++, year, month);
                md.append("- [").append(year).append('/').append(month < 10 ? "0" : "").append(month).append(' ')
                        .append(p.title).append(p.shortName == null ? "" : " (" + p.shortName + ")")
                        .append("](https://arxiv.org/abs/").append(p.arxiv).append(")\n");
                if (p.note != null) {
                    md.append("    - ").append(p.note).append('\n');
                }
                if (++inMonth >= perMonth && !(year == 2024 && month == 12)) {
                    inMonth = 0;
                    if (++month > 12) {
                        month = 1;
                        year++;
                    }
                }
            }
            md.append('\n');
        }
        md.append("## 待辦事項\n還有不少內容沒有整理完成：\n\n- 深度學習術語對照表\n- （你的推薦與建議）\n");
        counts[0] = card;
        counts[1] = papers;
        return md.toString();
    }

    private static void card(StringBuilder md, Random random, String title, int i) {
        md.append("### [").append(title).append("](https://example.org/r/").append(i).append(")\n\n");
        for (String bullet : summary(random, i)) {
            md.append("- ").append(bullet).append('\n');
        }
        md.append('\n');
    }

    private static long utf8(StringBuilder md) {
        // close enough and cheap: CJK characters are 3 bytes, the rest 1
        long n = 0;
        for (int i = 0; i < md.length(); i++) {
            n += md.charAt(i) < 0x80 ? 1 : 3;
        }
        return n;
    }

    private static String resourceTitle(Random random) {
        String base = random.nextInt(100) < 35
                ? String.format(ZH_FORMS[random.nextInt(ZH_FORMS.length)], ZH_TOPICS[random.nextInt(ZH_TOPICS.length)])
                : String.format(EN_FORMS[random.nextInt(EN_FORMS.length)], EN_TOPICS[random.nextInt(EN_TOPICS.length)]);
        return base + SUFFIXES[random.nextInt(SUFFIXES.length)];
    }

    private static List<String> summary(Random random, int i) {
        int n = 1 + random.nextInt(3);
        List<String> bullets = new ArrayList<>(n);
        for (int b = 0; b < n; b++) {
            bullets.add(BULLETS[random.nextInt(BULLETS.length)]
                    .replace("{T}", ZH_TOPICS[random.nextInt(ZH_TOPICS.length)])
                    .replace("{E}", EN_TOPICS[random.nextInt(EN_TOPICS.length)])
                    .replace("{N}", Integer.toString(i)));
        }
        return bullets;
    }

    private record PaperText(String area, int year, int month, String title, String shortName, String arxiv,
                             String note) {
    }

    private static PaperText paper(Random random, int i) {
        return paper(random, i, 1990 + random.nextInt(35), 1 + random.nextInt(12));
    }

    private static PaperText paper(Random random, int i, int year, int month) {
        String title = PAPER_ADJ[random.nextInt(PAPER_ADJ.length)] + " " + PAPER_NOUN[random.nextInt(PAPER_NOUN.length)]
                + " for " + PAPER_TASK[random.nextInt(PAPER_TASK.length)];
        if (random.nextInt(4) == 0) {
            title = PAPER_ADJ[random.nextInt(PAPER_ADJ.length)] + " " + title;
        }
        String shortName = random.nextInt(10) < 6
                ? PAPER_ADJ[random.nextInt(PAPER_ADJ.length)].substring(0, 3) + SHORT[random.nextInt(SHORT.length)]
                        + (random.nextBoolean() ? "-" + (1 + random.nextInt(200)) : "")
                : null;
        String arxiv = String.format("%02d%02d.%05d", year % 100, month, i % 100_000);
        String note = random.nextInt(10) < 3
                ? "提出" + ZH_TOPICS[random.nextInt(ZH_TOPICS.length)] + "的新架構，在多個任務上表現良好。見 [程式碼](https://github.com/example/p"
                        + i + ")"
                : null;
        return new PaperText(random.nextBoolean() ? "nlp" : "cv", year, month, title, shortName, arxiv, note);
    }

    private static String slug(String s) {
        StringBuilder b = new StringBuilder();
        for (char c : s.toLowerCase().toCharArray()) {
            if (c < 0x80 && Character.isLetterOrDigit(c)) {
                b.append(c);
            } else if (b.length() > 0 && b.charAt(b.length() - 1) != '-') {
                b.append('-');
            }
        }
        return b.length() == 0 ? "x" : b.toString();
    }

    /** UTF-8 size of a string. */
    public static int bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8).length;
    }
}
