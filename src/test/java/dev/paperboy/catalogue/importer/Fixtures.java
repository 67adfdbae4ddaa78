package dev.paperboy.catalogue.importer;

import dev.paperboy.catalogue.Catalogue;
import dev.paperboy.catalogue.Paper;
import dev.paperboy.catalogue.Problem;
import dev.paperboy.catalogue.Resource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.util.List;
import java.util.NoSuchElementException;

/** The markdown fixtures under src/test/resources/readme, and ways to look into what they import to. */
final class Fixtures {

    private Fixtures() {
    }

    static Path path(String name) {
        URL url = Fixtures.class.getResource("/readme/" + name);
        if (url == null) {
            throw new IllegalArgumentException("no fixture " + name);
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static ImportResult importFixture(String name) {
        try {
            return ReadmeImporter.read(path(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Resource resource(Catalogue catalogue, String title) {
        return catalogue.resources().stream().filter(r -> r.title().equals(title)).findFirst()
                .orElseThrow(() -> new NoSuchElementException("no resource titled " + title));
    }

    static Paper paper(Catalogue catalogue, String displayName) {
        return catalogue.papers().stream().filter(p -> p.displayName().equals(displayName)).findFirst()
                .orElseThrow(() -> new NoSuchElementException("no paper named " + displayName));
    }

    /** {@code https://.../images/playground/magenta.jpg} -> {@code magenta.jpg}. */
    static String fileNameOf(String url) {
        return url == null ? null : url.substring(url.lastIndexOf('/') + 1);
    }

    static List<Integer> lines(List<Problem> problems) {
        return problems.stream().map(Problem::line).toList();
    }
}
