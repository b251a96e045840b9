package dev.articleclassifier.classify;

import dev.articleclassifier.classify.geo.CountryScorer;
import dev.articleclassifier.classify.geo.Gazetteer;
import dev.articleclassifier.classify.geo.GazetteerLoader;
import dev.articleclassifier.classify.language.LanguageGuesser;
import dev.articleclassifier.classify.rules.DataFileException;
import dev.articleclassifier.classify.rules.RulesLoader;
import dev.articleclassifier.classify.rules.TopicRules;
import dev.articleclassifier.classify.text.Vocabulary;
import dev.articleclassifier.parse.Article;
import dev.articleclassifier.parse.PlaceResolver;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.CRC32C;

/**
 * The rule-based classifier: topic rules and the gazetteer, compiled once into dictionaries over one shared
 * vocabulary, applied to parsed articles. Immutable and thread-safe; build it once per process (or Lambda
 * container), since compiling is the expensive part.
 *
 * <p>Each classification carries the classifier version and a fingerprint of the rules and gazetteer in force, so a
 * stored record can always be traced to the rules that tagged it.
 */
public final class Classifier {

    /** Version of the classification engine (not of the rules, which carry their own). */
    public static final String VERSION = "1.0.0";
    static final String RULES_RESOURCE = "rules.jsonc";
    static final String GAZETTEER_RESOURCE = "gazetteer.jsonc";

    private final TopicRules rules;
    private final TopicScorer topics;
    private final Gazetteer gazetteer;
    private final CountryScorer countries;
    private final Vocabulary vocabulary;
    private final String rulesHash;

    private Classifier(byte[] rulesBytes, String rulesName, byte[] gazetteerBytes, String gazetteerName) {
        vocabulary = new Vocabulary();
        LanguageGuesser.markFunctionWords(vocabulary);
        rules = RulesLoader.load(rulesBytes, rulesName);
        topics = new TopicScorer(rules, vocabulary);
        gazetteer = GazetteerLoader.load(gazetteerBytes, gazetteerName, vocabulary);
        countries = new CountryScorer(gazetteer);
        rulesHash = hash(rulesBytes, gazetteerBytes);
    }

    /** The bundled rules and gazetteer. */
    public static Classifier bundled() {
        return new Classifier(resource(RULES_RESOURCE), RULES_RESOURCE, resource(GAZETTEER_RESOURCE), GAZETTEER_RESOURCE);
    }

    /** A user's rules file with the bundled gazetteer. */
    public static Classifier withRules(Path rulesFile) {
        return withRules(read(rulesFile), rulesFile.toString());
    }

    /** Rules given as bytes (from S3, say) with the bundled gazetteer; {@code name} appears in error messages. */
    public static Classifier withRules(byte[] rules, String name) {
        return new Classifier(rules, name, resource(GAZETTEER_RESOURCE), GAZETTEER_RESOURCE);
    }

    /**
     * The language, topics, countries and regions of a parsed article: the article comes back with the language
     * its words show (the one it declares when they do not tell), and its classification. Topics are only
     * scored in English or undetermined text: the rules are English.
     */
    public ClassifiedArticle classify(Article article) {
        ArticleText text = ArticleText.inThreadBuffers(article, vocabulary);
        String language = LanguageGuesser.guess(text.tokens(), article.headline(), article.paragraphs());
        if (LanguageGuesser.UNDETERMINED.equals(language) && article.language() != null) {
            language = article.language();
        }
        Article read = article.withLanguage(language);
        TopicScorer.Verdict verdict = read.isEnglish() || LanguageGuesser.UNDETERMINED.equals(language)
                ? topics.score(text) : TopicScorer.Verdict.NONE;
        String datelineCountry = article.dateline() == null ? null : article.dateline().country();
        CountryScorer.Result geo = countries.score(text, datelineCountry);
        return ClassifiedArticle.classified(read,
                new Classification(verdict.tags(), verdict.nearMisses(), geo.countries(), geo.regions(), VERSION,
                        rulesHash));
    }

    /** The empty classification given to rejected documents, still stamped with version and rules hash. */
    public Classification noClassification() {
        return Classification.none(VERSION, rulesHash);
    }

    /** Resolves dateline places to countries for the parser. */
    public PlaceResolver placeResolver() {
        return gazetteer;
    }

    public TopicRules rules() {
        return rules;
    }

    public Gazetteer gazetteer() {
        return gazetteer;
    }

    public String rulesHash() {
        return rulesHash;
    }

    private static byte[] resource(String name) {
        try (InputStream in = Classifier.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new DataFileException("bundled resource missing: " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new DataFileException("cannot read bundled resource " + name, e);
        }
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new DataFileException(file + ": cannot read rules file: " + e.getMessage(), e);
        }
    }

    /**
     * The rules fingerprint: CRC-32C of the rules file, then of the gazetteer, as 16 hex digits, so a changed hash
     * also says which of the two changed. An identifier of the data in force, not a security measure; CRC-32C is
     * used rather than SHA-256 because a cold JVM spends ~20 ms setting up and interpreting a message digest.
     */
    static String hash(byte[] rules, byte[] gazetteer) {
        return crc(rules) + crc(gazetteer);
    }

    private static String crc(byte[] data) {
        CRC32C crc = new CRC32C();
        crc.update(data, 0, data.length);
        String hex = Long.toHexString(crc.getValue());
        return "00000000".substring(hex.length()) + hex;
    }
}
