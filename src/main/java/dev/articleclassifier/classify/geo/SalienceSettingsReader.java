package dev.articleclassifier.classify.geo;

import dev.articleclassifier.classify.rules.JsoncNode;

/** Reads the optional {@code settings} object of a gazetteer file; absent fields keep their defaults. */
final class SalienceSettingsReader {

    private SalienceSettingsReader() {
    }

    static SalienceSettings read(JsoncNode node) {
        SalienceSettings d = SalienceSettings.DEFAULTS;
        if (node == null) {
            return d;
        }
        node.allowOnly("nameWeight", "capitalWeight", "metonymWeight", "cityWeight", "demonymWeight",
                "currencyWeight", "datelineWeight", "headlineBoost", "leadBoost", "scale", "threshold",
                "relativeFloor", "maxCountries");
        return new SalienceSettings(
                get(node, "nameWeight", d.nameWeight(), 100),
                get(node, "capitalWeight", d.capitalWeight(), 100),
                get(node, "metonymWeight", d.metonymWeight(), 100),
                get(node, "cityWeight", d.cityWeight(), 100),
                get(node, "demonymWeight", d.demonymWeight(), 100),
                get(node, "currencyWeight", d.currencyWeight(), 100),
                get(node, "datelineWeight", d.datelineWeight(), 100),
                get(node, "headlineBoost", d.headlineBoost(), 100),
                get(node, "leadBoost", d.leadBoost(), 100),
                get(node, "scale", d.scale(), 10_000),
                get(node, "threshold", d.threshold(), 1),
                get(node, "relativeFloor", d.relativeFloor(), 1),
                (int) get(node, "maxCountries", d.maxCountries(), 1000));
    }

    private static double get(JsoncNode node, String field, double fallback, double max) {
        JsoncNode value = node.optional(field);
        return value == null ? fallback : value.asNumber(0, max);
    }
}
