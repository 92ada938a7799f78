import type { LabelRules, LanguagePack } from "./lang/language-pack";
import type { Quantity } from "./schema";
import type { Token } from "./text/tokenize";

const MAX_WORDS = 8;
/**
 * A short headline for a claim (≤ 8 words), built from its key quantity and verb ("über 1.000 Soldaten entsandt"),
 * its object and participle ("Botschafter einbestellt"), or else the first words of its content.
 */
export function buildLabel(
  tokens: Token[],
  quantities: Quantity[],
  pack: LanguagePack,
  attribution: Set<number>,
  isSpeechReport = false,
): string {
  const rules = pack.label;
  const clause = contentClause(tokens, attribution, isSpeechReport, rules);
  const words = clause.filter((t) => t.kind !== "punct" || "%$€£".includes(t.text));
  const participle = rules.style === "final-participle" ? finalParticiple(clause, rules.auxiliaries) : undefined;
  const quantity = quantities[0];
  if (quantity && participle) return limit(`${quantity.text} ${participle.text}`);
  if (quantity && rules.style === "quantity-verb") {
    const verb = words.find((t) => t.end <= quantity.start && /^\p{Ll}+(ed|ent|ought|aid|ld|ew|ade|ot)$/u.test(t.text));
    if (verb) return limit(`${quantity.text} ${verb.text}`);
  }
  if (participle) {
    const objectStart = clause.findIndex((t) => rules.accusativeArticles.has(t.lower) && t.start > clause[0]!.start);
    const object = clause.slice(objectStart + 1).find((t) => /^\p{Lu}/u.test(t.text) && t.end <= participle.start);
    if (objectStart >= 0 && object) return `${object.text} ${participle.text}`;
  }
  const kept = words.filter((t) => !rules.drop.has(t.lower));
  // A headline never ends in a function word: "… zwischen Regime Kim Jong-uns und" ends before "und".
  const head = kept.slice(0, MAX_WORDS);
  while (head.length > 2 && rules.trailingStop.has(head.at(-1)!.lower)) head.pop();
  return (
    limit(head.map((t) => t.text).join(" ")) ||
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
function contentClause(tokens: Token[], attribution: Set<number>, isSpeechReport: boolean, rules: LabelRules): Token[] {
  const dropped = new Set(attribution);
  // Grow the attribution over adjacent cue words ("AP News zufolge", "Nach Angaben der …", "…, so das CSIS"),
  // each token looked at once: a sentence may be a long run of cue words.
  const grow = [...attribution];
  for (let i = grow.pop(); i !== undefined; i = grow.pop()) {
    for (const j of [i - 1, i + 1])
      if (!dropped.has(j) && rules.cueWords.has(tokens[j]?.lower ?? "")) {
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
  const opener = kept.findIndex((t) => rules.contentOpeners.has(t.lower));
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
