package dev.articleclassifier.classify.geo;

/**
 * How mentions add up to a country's salience. Each kind of mention has a weight; a mention in the headline or
 * the lead is boosted like topic terms are; the dateline adds {@code datelineWeight}. The raw salience becomes a
 * score {@code 1 - exp(-raw / scale)}, and countries under {@code threshold} are passing mentions, left out.
 * A country must also reach {@code relativeFloor} of the most salient country's raw score.
 */
public record SalienceSettings(double nameWeight, double capitalWeight, double metonymWeight, double cityWeight,
                               double demonymWeight, double currencyWeight, double datelineWeight,
                               double headlineBoost, double leadBoost,
                               double scale, double threshold, double relativeFloor, int maxCountries) {

    public static final SalienceSettings DEFAULTS =
            new SalienceSettings(1.0, 0.8, 0.8, 0.6, 0.6, 0.2, 3.0, 3.0, 1.5, 3.0, 0.4, 0.0, 10);

    double weight(MentionKind kind) {
        return switch (kind) {
            case NAME -> nameWeight;
            case CAPITAL -> capitalWeight;
            case METONYM -> metonymWeight;
            case CITY -> cityWeight;
            case DEMONYM -> demonymWeight;
            case CURRENCY -> currencyWeight;
        };
    }
}
