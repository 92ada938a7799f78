/**
 * Words that end in a period without ending a sentence. Lower-cased, without the period.
 * German: "Dr. Müller", "z. B.", "bzw.", "Nr. 5"; English: "Mr. Biden", "No. 10", "U.S." (via the dotted rule).
 */
export const TITLE_ABBREVIATIONS = new Set(
  (
    "dr prof mr mrs ms mx hr fr st sen rep gen lt col gov sgt capt cpt adm maj jr sr rev hon pres supt insp " +
    "dipl ing mag med phil jur rer nat hl"
  ).split(" "),
);

export const TEXT_ABBREVIATIONS = new Set(
  (
    "nr no abs art bd mio mrd tel vgl bzw ca usw etc inkl zzgl ggf evtl sog bspw ua uä dh zb s vs approx dept est " +
    "fig vol ch mt jan feb mär apr jun jul aug sep sept okt oct nov dez dec str tsd ff min max mind geb gest jh jhd " +
    "allg verh chr corp inc ltd co bros op cf al resp"
  ).split(" "),
);

/** After these an abbreviation like "etc." or "Inc." may still end the sentence. */
export const SENTENCE_STARTERS = new Set(
  (
    "the he she it they we i but in a an this that there his her its our their after as at on for " +
    "der die das er sie es wir ich aber in ein eine dies diese dieser nach als am im auf für doch so"
  ).split(" "),
);

export const MONTHS = new Set(
  (
    "januar jänner februar märz april mai juni juli august september oktober november dezember " +
    "january february march may june july october december"
  ).split(" "),
);

/** Words before "3." that make it an ordinal ("am 3. Oktober", "zum 5. Mal", "der 2. Weltkrieg"). */
export const ORDINAL_CONTEXT = new Set(
  "am im vom zum zur beim bis ab seit der die das den dem des am dem ihr ihre sein seine jeder jede".split(" "),
);
