package dev.articleclassifier.parse;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;

/** Test fixtures from src/test/resources/parse and a small place resolver standing in for the gazetteer. */
final class Fixtures {

    static final PlaceResolver PLACES = place -> Optional.ofNullable(Map.of(
            "Moscow", "RU", "London", "GB", "Salvador", "BR", "Osaka", "JP", "Reykjavik", "IS",
            "Marseille", "FR", "Washington", "US", "Paris", "FR", "Algiers", "DZ").get(place));

    private Fixtures() {
    }

    static byte[] bytes(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/parse/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Article parse(String name) {
        return accepted(new ArticleParser(PLACES).parse(bytes(name), name));
    }

    static Article parseText(String text) {
        return accepted(new ArticleParser(PLACES).parse(text.getBytes(StandardCharsets.UTF_8), "story.txt"));
    }

    static Article accepted(ParseResult result) {
        if (!result.isAccepted()) {
            throw new AssertionError("rejected: " + result.rejectionReason());
        }
        return result.article();
    }
}
