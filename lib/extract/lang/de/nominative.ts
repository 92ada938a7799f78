/**
 * A body's name as German writes it alone, from the case its place in the sentence gave it: "des Deutschen
 * Wetterdienstes", "dem Deutschen Wetterdienst" and "der Deutsche Wetterdienst" are "Deutscher Wetterdienst";
 * "des Instituts für Seeverkehrswirtschaft" is "Institut für Seeverkehrswirtschaft", "der Hessischen Landesbank"
 * "Hessische Landesbank". Without it, one body cited twice in one article became two sources, each named in a case
 * ("Deutschen Wetterdienstes", read as a person's name).
 *
 * Only what a body's name starts with changes: the adjectives before its head noun and the head's genitive ending.
 * The head is known by how it ends ("-amt", "-verband", "-bank", …), which also says its gender, and so the ending
 * its adjectives take alone ("Statistisches Bundesamt", "Deutscher Gewerkschaftsbund", "Europäische Zentralbank").
 * A name whose head is not among them is left as written: a person's name, a plural ("der Vereinten Nationen"), a
 * word this list does not know.
 */

import { words } from "../words";

type Gender = "masculine" | "neuter" | "feminine";
type Case = "nominative" | "genitive" | "dative";

// What a body's name ends its head noun with, by gender (a word is tried against each ending).
const HEADS: Record<Gender, Set<string>> = {
  masculine: words(
    "anbieter ausschuss autobauer betreiber betrieb bund club dienst fonds hafen hersteller hof klub konvent " +
      "konzern kreis markt rat rundfunk senat sender stab tag träger verband verein versicherer versorger zoll " +
      "zulieferer",
  ),
  neuter: words(
    "amt bündnis büro direktorium forum gericht gremium haus institut kabinett klinikum kollegium komitee " +
      "kommando kommissariat konsortium kuratorium labor land ministerium museum netzwerk observatorium " +
      "parlament präsidium sekretariat unternehmen werk zentrum",
  ),
  feminine: words(
    "agentur akademie allianz anstalt armee bahn bank behörde direktion gruppe heit hochschule initiative " +
      "kammer kasse keit klinik kommission konferenz liga marine organisation partei polizei post schaft sion " +
      "stelle stiftung tion tät ung union zeitung zentrale",
  ),
};

// The words before a name that tell its case. "der" is a feminine genitive or dative, or a masculine nominative:
// the head's gender tells which. After "von" comes the dative ("von der Polizei").
const CASE_OF: Record<string, Case> = {
  des: "genitive",
  eines: "genitive",
  dem: "dative",
  einem: "dative",
  vom: "dative",
  zum: "dative",
  beim: "dative",
  im: "dative",
  der: "genitive",
  einer: "genitive",
  das: "nominative",
  die: "nominative",
  ein: "nominative",
  eine: "nominative",
};
const PREPOSITION = /^(?:von|bei|zu|mit|nach|laut|gegenüber|aus)\s+/iu;

/** What a declined adjective ends with ("Deutschen", "Statistische", "Kieler"), not a noun's genitive "-s". */
const ADJECTIVE = /\p{L}(?:e|en|er|es|em)$/u;
const ARTICLES = words("das dem den der des die ein eine einem einen einer eines");

// What an adjective ends with alone, before a noun of each gender, in the nominative ("Deutscher", "Deutsches",
// "Deutsche").
const ALONE: Record<Gender, string> = { masculine: "er", neuter: "es", feminine: "e" };

/** The name without its article, in the nominative, or null where the mention gives no case or no known head. */
export function germanNominative(mention: string): string | null {
  const tokens = mention.trim().replace(PREPOSITION, "").split(/\s+/);
  const grammaticalCase = CASE_OF[tokens[0]!.toLowerCase()];
  if (grammaticalCase === undefined || tokens.length < 2) return null;
  const name = tokens.slice(1);
  for (let at = 0; at < name.length && at < 4; at++) {
    const head = headOf(name[at]!, grammaticalCase);
    // Only adjectives before the head: "dem Chef der Deutschen Bank" names the bank's chief, not the bank. Or the
    // name a hyphenated head holds ("des Robert Koch-Instituts").
    if (!head) {
      const named = name.slice(at + 1).some((w) => w.includes("-")) && /^\p{Lu}/u.test(name[at]!);
      if (ARTICLES.has(name[at]!.toLowerCase()) || !(ADJECTIVE.test(name[at]!) || named)) return null;
      continue;
    }
    // "der Deutsche Wetterdienst" is a nominative, "der Deutschen Bahn" a genitive: the head's gender decides.
    const genderCase =
      tokens[0]!.toLowerCase() === "der" && head.gender !== "feminine" ? "nominative" : grammaticalCase;
    if (genderCase === "nominative" && head.gender === "feminine") return name.join(" ");
    // A weak adjective ends in "-e" after a nominative's article, in "-en" after a genitive's or dative's.
    const weak = genderCase === "nominative" ? "e" : "en";
    const adjectives = name
      .slice(0, at)
      .map((w) => (w.endsWith(weak) ? w.slice(0, -weak.length) + ALONE[head.gender] : w));
    return [...adjectives, genderCase === "genitive" ? head.word : name[at]!, ...name.slice(at + 1)].join(" ");
  }
  return null;
}

/** The word as its nominative head noun, with its gender: "Landeskriminalamts" → "Landeskriminalamt", neuter. */
function headOf(word: string, grammaticalCase: Case): { word: string; gender: Gender } | null {
  const lower = word.toLowerCase();
  // A genitive masculine or neuter adds "-es" or "-s" ("Verbandes", "Instituts", "Komitees"); "Fonds" is one.
  const forms =
    grammaticalCase === "genitive"
      ? [
          { strip: 2, stem: lower.endsWith("es") ? lower.slice(0, -2) : "" },
          { strip: 1, stem: lower.endsWith("s") ? lower.slice(0, -1) : "" },
          { strip: 0, stem: lower },
        ]
      : [{ strip: 0, stem: lower }];
  for (const { strip, stem } of forms)
    for (const gender of ["masculine", "neuter", "feminine"] as const)
      if (stem && [...HEADS[gender]].some((end) => stem.endsWith(end)) && (strip === 0 || gender !== "feminine"))
        return { word: word.slice(0, word.length - strip), gender };
  return null;
}
