import type { Language, Quantity } from "./schema";
import type { Token } from "./text/tokenize";

const MAX_WORDS = 8;
const DE_AUX = new Set(
  "habe hat haben hatte hatten sei ist sind seien war waren wurde wurden worden werde wird werden".split(" "),
);
const EN_AUX = new Set("has have had is are was were been be will would".split(" "));
// Articles and sentence adverbs carry nothing in a headline. Per language: German "an" is a preposition.
const DROP: Record<Language, Set<string>> = {
  de: new Set(
    "der die das den dem des ein eine einen einem einer eines zudem auch bereits demnach außerdem ebenfalls zuvor".split(
      " ",
    ),
  ),
  en: new Set("the a an also already reportedly allegedly".split(" ")),
};
// Cue words that belong to the attribution, not to the claim: "AP News zufolge", "Laut The Guardian".
const CUE_WORDS = new Set(
  "zufolge laut so nach angaben informationen unter berufung auf according to per citing said says told sagte sagt erklärte erklärt bestätigte berichtete meldete teilte mit äußerte betonte warnte wie".split(
    " ",
  ),
);
const CONTENT_OPENERS = new Set(["dass", "that", "ob", "whether"]);
const ACCUSATIVE = new Set(["den", "einen", "die", "das", "eine"]);

/**
 * A short headline for a claim (≤ 8 words), built from its key quantity and verb ("über 1.000 Soldaten entsandt"),
 * its object and participle ("Botschafter einbestellt"), or else the first words of its content.
 */
export function buildLabel(
  tokens: Token[],
  quantities: Quantity[],
  lang: Language,
  attribution: Set<number>,
  isSpeechReport = false,
): string {
  const clause = contentClause(tokens, attribution, isSpeechReport);
  const words = clause.filter((t) => t.kind !== "punct" || "%$€£".includes(t.text));
  const aux = lang === "de" ? DE_AUX : EN_AUX;
  const participle = lang === "de" ? finalParticiple(clause, aux) : undefined;
  const quantity = quantities[0];
  if (quantity && lang === "de" && participle) return limit(`${quantity.text} ${participle.text}`);
  if (quantity && lang === "en") {
    const verb = words.find((t) => t.end <= quantity.start && /^\p{Ll}+(ed|ent|ought|aid|ld|ew|ade|ot)$/u.test(t.text));
    if (verb) return limit(`${quantity.text} ${verb.text}`);
  }
  if (participle && lang === "de") {
    const objectStart = clause.findIndex((t) => ACCUSATIVE.has(t.lower) && t.start > clause[0]!.start);
    const object = clause.slice(objectStart + 1).find((t) => /^\p{Lu}/u.test(t.text) && t.end <= participle.start);
    if (objectStart >= 0 && object) return `${object.text} ${participle.text}`;
  }
  const kept = words.filter((t) => !DROP[lang].has(t.lower));
  return (
    limit(
      kept
        .slice(0, MAX_WORDS)
        .map((t) => t.text)
        .join(" "),
    ) ||
    limit(
      tokens
        .slice(0, MAX_WORDS)
        .map((t) => t.text)
        .join(" "),
    ) ||
    "Claim"
  );
}

/**
 * The claim without its attribution: from "dass"/"that" on, or after the comma that follows a verb of saying
 * ("Das Ministerium teilte am Montag mit, es werde nicht nachgeben" → "es werde nicht nachgeben").
 */
function contentClause(tokens: Token[], attribution: Set<number>, isSpeechReport: boolean): Token[] {
  const dropped = new Set(attribution);
  // Grow the attribution over adjacent cue words ("AP News zufolge", "Nach Angaben der …", "…, so das CSIS"),
  // each token looked at once: a sentence may be a long run of cue words.
  const grow = [...attribution];
  for (let i = grow.pop(); i !== undefined; i = grow.pop()) {
    for (const j of [i - 1, i + 1])
      if (!dropped.has(j) && CUE_WORDS.has(tokens[j]?.lower ?? "")) {
        dropped.add(j);
        grow.push(j);
      }
  }
  // Not Math.max(...attribution): a spread of 100k arguments overflows the stack.
  let lastAttribution = -1;
  for (const i of attribution) lastAttribution = Math.max(lastAttribution, i);
  const commaAfter = tokens.findIndex((t, i) => i > lastAttribution && t.text === ",");
  if (isSpeechReport && lastAttribution >= 0 && commaAfter > 0 && tokens.length - commaAfter > 3) {
    for (let i = 0; i <= commaAfter; i++) dropped.add(i);
  }
  let kept = tokens.filter((_, i) => !dropped.has(i));
  const opener = kept.findIndex((t) => CONTENT_OPENERS.has(t.lower));
  if (opener >= 0 && opener < kept.length - 3 && attribution.size > 0) kept = kept.slice(opener + 1);
  // One cut, not one per punctuation mark: 20,000 leading commas made that 20,000 copies of the list.
  const firstWord = kept.findIndex((t) => t.kind !== "punct");
  kept = firstWord < 0 ? [] : kept.slice(firstWord);
  const comma = kept.findIndex((t, i) => i > 2 && (t.text === "," || t.text === ";" || t.text === ":"));
  return comma > 0 ? kept.slice(0, comma) : kept;
}

/** The past participle at the end of a German clause: "… Soldaten … entsandt habe" → "entsandt". */
function finalParticiple(clause: Token[], aux: Set<string>): Token | undefined {
  const words = clause.filter((t) => t.kind === "word");
  let i = words.length - 1;
  while (i >= 0 && aux.has(words[i]!.lower)) i--;
  const w = words[i];
  const hasAux = words.some((t) => aux.has(t.lower));
  if (!w || /^\p{Lu}/u.test(w.text) || !hasAux) return undefined;
  return /^(\p{Ll}*ge\p{Ll}+(t|en)|\p{Ll}+iert|\p{Ll}+(sandt|stellt|bracht))$/u.test(w.text) ? w : undefined;
}

function limit(label: string): string {
  return label.split(/\s+/).filter(Boolean).slice(0, MAX_WORDS).join(" ");
}
