package dev.articleclassifier.classify;

/**
 * Field names of an article record. They are a public contract: the command line's JSON Lines, the DynamoDB
 * items and every dashboard or script reading them use exactly these names.
 */
public final class RecordFields {
    public static final String FILE = "file";
    public static final String HEADLINE = "headline";
    public static final String AGENCY = "agency";
    public static final String PUBLISHED = "published";
    public static final String BYLINE = "byline";
    public static final String SITE = "site";
    public static final String URL = "url";
    public static final String DATELINE = "dateline";
    public static final String PLACE = "place";
    public static final String COUNTRY = "country";
    public static final String BODY = "body";
    public static final String WORD_COUNT = "wordCount";
    public static final String LANGUAGE = "language";
    public static final String STATUS = "status";
    public static final String REASON = "reason";
    public static final String TOPICS = "topics";
    public static final String NEAR_MISSES = "nearMisses";
    public static final String WHY = "why";
    public static final String RULE = "rule";
    public static final String COUNTRIES = "countries";
    public static final String REGIONS = "regions";
    public static final String CLASSIFIER = "classifier";
    public static final String VERSION = "version";
    public static final String RULES_HASH = "rulesHash";
    public static final String ID = "id";
    public static final String LABEL = "label";
    public static final String IPTC = "iptc";
    public static final String SCORE = "score";
    public static final String EVIDENCE = "evidence";
    public static final String TERM = "term";
    public static final String COUNT = "count";
    public static final String WEIGHT = "weight";
    public static final String CODE = "code";
    public static final String NAME = "name";
    public static final String MENTIONS = "mentions";
    public static final String M49 = "m49";

    private RecordFields() {
    }
}
