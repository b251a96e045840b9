package dev.articleclassifier.classify.text;

/** How a term's letter case must agree with the text. */
public enum CaseMode {
    /** Any case: "bomb" matches "Bomb" and "BOMB". */
    INSENSITIVE,
    /** Exactly as written: "IS" matches "IS" but not "is"; used for acronyms that collide with common words. */
    EXACT,
    /**
     * Words written with a capital in the term need one in the text ("Turkey" matches "Turkey" and "TURKEY",
     * not the bird "turkey"); proper names in the gazetteer use this.
     */
    CAPITALIZED
}
