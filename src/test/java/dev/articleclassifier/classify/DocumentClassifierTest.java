package dev.articleclassifier.classify;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.articleclassifier.fuzz.PathologicalInputs;
import dev.articleclassifier.parse.ArticleParser;
import dev.articleclassifier.parse.InputLimits;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DocumentClassifierTest {

    private static final DocumentClassifier CLASSIFIER = DocumentClassifier.bundled();

    @Test
    void classify_givesTheSameResult_whateverTheThreadClassifiedBefore() throws IOException {
        byte[] seed = Files.readAllBytes(Path.of("samples/xinhua-russia-france-turkey-is.txt"));
        byte[] shortStory = "Floods hit Kenya\n\nNAIROBI, May 2 (Reuters) - Floods killed 40 people in Kenya.\n"
                .getBytes(StandardCharsets.UTF_8);
        ClassifiedArticle first = DocumentClassifier.bundled().classify(shortStory, "short.txt");
        // the same thread's buffers now hold a longer story's text and tokens
        CLASSIFIER.classify(seed, "seed.txt");
        ClassifiedArticle after = CLASSIFIER.classify(shortStory, "short.txt");
        assertEquals(first.classification(), after.classification());
        assertEquals(first.article(), after.article());
    }

    @Test
    void classify_rejects_whenFileIsEmpty() {
        ClassifiedArticle result = CLASSIFIER.classify("  \n".getBytes(StandardCharsets.UTF_8), "x.txt");
        assertEquals(ClassifiedArticle.Status.REJECTED, result.status());
        assertEquals(Classifier.VERSION, result.classification().classifierVersion());
    }

    @Test
    void classify_tagsTheClientsExample_asTerrorismAndDiplomacyAmongRussiaFranceTurkeySyria() throws IOException {
        byte[] seed = Files.readAllBytes(Path.of("samples/xinhua-russia-france-turkey-is.txt"));
        ClassifiedArticle result = CLASSIFIER.classify(seed, "xinhua-russia-france-turkey-is.txt");
        List<String> topics = result.classification().topics().stream().map(TopicTag::id).toList();
        List<String> countries = result.classification().countries().stream().map(CountryTag::code).toList();
        assertAll(
                () -> assertEquals(ClassifiedArticle.Status.CLASSIFIED, result.status()),
                () -> assertEquals("Russia provides France with proof of Turkey's support for IS", result.article().headline()),
                () -> assertEquals("Xinhua", result.article().agency()),
                () -> assertEquals("2015-12-24", result.article().published()),
                () -> assertEquals("terrorism", topics.get(0)),
                () -> assertTrue(topics.contains("diplomacy"), topics.toString()),
                () -> assertTrue(countries.containsAll(List.of("RU", "FR", "TR", "SY")), countries.toString()),
                () -> assertFalse(result.article().body().contains("Adjust font size")),
                () -> assertFalse(result.article().body().contains("Off the wire")));
    }

    @Test
    void classify_givesEveryTagItsEvidence() throws IOException {
        byte[] seed = Files.readAllBytes(Path.of("samples/xinhua-russia-france-turkey-is.txt"));
        Classification c = CLASSIFIER.classify(seed, "seed.txt").classification();
        c.topics().forEach(t -> assertFalse(t.evidence().isEmpty(), t.id()));
        c.countries().forEach(t -> assertFalse(t.evidence().isEmpty(), t.code()));
        assertEquals(16, c.rulesHash().length());
    }

    /** The parser leaves the language as declared (HTML lang, NITF xml:lang) or unknown; classifying tells it. */
    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({
            "french-wire.txt, fr",
            "headline-then-paragraphs.txt, en",
            "page-with-chrome.html, en",
            "story.nitf.xml, en",
    })
    void classify_detectsTheLanguage_ofParsedFixtures(String fixture, String language) throws IOException {
        byte[] content;
        try (var in = DocumentClassifierTest.class.getResourceAsStream("/parse/" + fixture)) {
            content = in.readAllBytes();
        }
        assertEquals(language, CLASSIFIER.classify(content, fixture).article().language());
    }

    @Test
    void classify_detectsEnglish_inTheClientsExample_andAHeadlineWithOneSentence() throws IOException {
        byte[] seed = Files.readAllBytes(Path.of("samples/xinhua-russia-france-turkey-is.txt"));
        assertEquals("en", CLASSIFIER.classify(seed, "seed.txt").article().language());
        String brief = "Stocks rally as oil slips\n\nWall Street rose on Monday as oil prices fell.";
        assertEquals("en", CLASSIFIER.classify(brief.getBytes(StandardCharsets.UTF_8), "brief.txt").article().language());
    }

    @Test
    void classify_keepsTheDeclaredLanguage_whenTheWordsDoNotTell() {
        String html = "<html lang=\"de\"><head><title>Bundestag 2024</title></head><body><article><p>Berlin 2024 "
                + "Bundestag</p></article></body></html>";
        assertEquals("de", CLASSIFIER.classify(html.getBytes(StandardCharsets.UTF_8), "p.html").article().language());
    }

    @Test
    void classify_flagsNonEnglishText_withoutTopics() {
        String french = "Le gouvernement annonce un plan\n\nLe gouvernement a annoncé mardi un plan pour les "
                + "entreprises de la région, selon le ministre, qui était à Paris pour la réunion des ministres.";
        ClassifiedArticle result = CLASSIFIER.classify(french.getBytes(StandardCharsets.UTF_8), "fr.txt");
        assertEquals("fr", result.article().language());
        assertTrue(result.classification().topics().isEmpty());
    }

    @ParameterizedTest
    @CsvSource({"stack, over budget: the document exhausted the stack",
            "memory, over budget: the document exhausted the memory"})
    void classify_rejectsTheDocument_whenParsingExhaustsStackOrMemory(String what, String reason) {
        // Problem: an OutOfMemoryError or StackOverflowError escaped and stopped the batch or the command line's
        // folder. Fix: the document is rejected and the caller goes on with the next one.
        Classifier classifier = Classifier.bundled();
        DocumentClassifier exhausted = new DocumentClassifier(new ArticleParser(place -> {
            throw what.equals("stack") ? new StackOverflowError() : new OutOfMemoryError();
        }), classifier);

        ClassifiedArticle result = exhausted.classify(
                "Ministers meet\n\nMOSCOW, Dec. 24 (Xinhua) -- Ministers met on Tuesday.".getBytes(
                        StandardCharsets.UTF_8), "story.txt");

        assertEquals(ClassifiedArticle.Status.REJECTED, result.status());
        assertEquals(reason, result.reason());
    }

    @Test
    void classify_readsObjectsPastFiveMebibytes_whenTheSizeLimitAllowsThem() {
        // Problem: the parser's 5 MiB cap was hard-coded, so a larger MAX_OBJECT_BYTES did nothing.
        byte[] story = PathologicalInputs.longWireText(6 * 1024 * 1024);

        assertEquals(ClassifiedArticle.Status.REJECTED, CLASSIFIER.classify(story, "long.txt").status());
        assertEquals(ClassifiedArticle.Status.CLASSIFIED,
                DocumentClassifier.bundled(new InputLimits(8L * 1024 * 1024)).classify(story, "long.txt").status());
    }
}
