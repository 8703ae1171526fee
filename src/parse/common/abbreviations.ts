/**
 * Abbreviations whose full stop ends no sentence ("Cllr. O. Williams", "Mr. Hill", "Co. Ltd."),
 * and single initials ("O."). The one list every sentence splitter uses. Welsh minutes print
 * "Cyng." (Cynghorydd, councillor) and "Parch." (Parchedig, reverend) the same way.
 */
export const ABBREVIATION_WORDS = String.raw`Cllrs?|Mrs?|Ms|Dr|St|No|Rev|Revd|Prof|Co|Ltd|approx|etc|Cyng|Parch`;

/** Text that ends with an abbreviation's or an initial's full stop, not a sentence's. */
export const ENDS_WITH_ABBREVIATION = new RegExp(String.raw`(?:\b(?:${ABBREVIATION_WORDS})|\b[A-Z])\.$`);
