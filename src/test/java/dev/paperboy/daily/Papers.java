package dev.paperboy.daily;

import dev.paperboy.catalogue.Catalogue;
import dev.paperboy.catalogue.CatalogueSource;
import dev.paperboy.catalogue.Paper;
import java.util.ArrayList;
import java.util.List;

/** Catalogues for the tests. */
final class Papers {

    private Papers() {
    }

    /**
     * The seed's shape: 36 papers, 12 nlp and 24 cv, interleaved in time. Paper i (0-based) is the
     * i-th oldest: {@code nlp-00, cv-01, cv-02, nlp-03, ...}.
     */
    static Catalogue seedShape() {
        List<Paper> papers = new ArrayList<>();
        for (int i = 0; i < 36; i++) {
            papers.add(paper(i));
        }
        return of(papers);
    }

    static Paper paper(int i) {
        String area = i % 3 == 0 ? "nlp" : "cv";
        return new Paper(String.format("%s-%02d", area, i), area, null, 2012 + i / 12, i % 12 + 1,
                "Paper number " + i, "P" + i, "https://example.org/" + i, null);
    }

    /** Three papers, listed newest first, so the chronological order differs from the list's. */
    static Catalogue small() {
        return of(List.of(
                new Paper("bert", "nlp", null, 2018, 10, "BERT", "BERT", "https://arxiv.org/abs/1810.04805", null),
                new Paper("resnet", "cv", null, 2015, 12, "Deep Residual Learning (ResNet)", "ResNet",
                        "https://arxiv.org/abs/1512.03385", null),
                new Paper("word2vec", "nlp", null, 2013, 1, "Word2Vec", "Word2Vec",
                        "https://arxiv.org/abs/1301.3781", null)));
    }

    static Catalogue of(List<Paper> papers) {
        return Catalogue.of(new CatalogueSource("test", "https://example.org", "MIT"), List.of(), List.of(), papers);
    }
}
