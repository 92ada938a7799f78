import type { Grammar, RecipientRules } from "../lang/language-pack";
import { OPENING_QUOTES } from "../text/quote-marks";
import type { Token } from "../text/tokenize";
import type { Frame } from "./frame";
import { isDeterminer, readNounPhraseForward } from "./noun-phrase";

const MAX_GAP = 3;

/**
 * The outlet a statement was made to, as a candidate frame: "Scholz sagte dem „Handelsblatt“, …" — the Handelsblatt
 * relays what Scholz said. attributeSentences keeps it only when it names a news outlet ("told reporters" does not).
 */
export function findRecipients(tokens: Token[], rules: RecipientRules, g: Grammar, code: string): Frame[] {
  const found: Frame[] = [];
  tokens.forEach((t, i) => {
    if (!rules.verbs.has(t.lower)) return;
    let j = i + 1;
    let marked = false;
    while (j < tokens.length && j - i <= MAX_GAP && rules.markers.has(tokens[j]!.lower)) {
      j++;
      marked = true;
    }
    // "sagte Scholz dem „Handelsblatt“": the outlet may follow a speaker placed after the verb.
    const speaker = marked ? null : readNounPhraseForward(tokens, j, g);
    if (speaker && rules.markers.has(tokens[speaker.to]?.lower ?? "")) {
      j = speaker.to + 1;
      marked = true;
    }
    if (!marked && !rules.bareObject.has(t.lower)) return;
    while (j < tokens.length && OPENING_QUOTES.has(tokens[j]!.text)) j++;
    const np = readNounPhraseForward(tokens, j, g);
    // "told Reuters the troops were ready": a named outlet ends at its name; "told staff the paper would close": a
    // determiner after the first word opens what was said.
    const named = np !== null && /^\p{Lu}/u.test(tokens[j]!.text);
    if (np)
      for (let k = np.from + 1; k < np.to; k++)
        if ((named && /^\p{Ll}/u.test(tokens[k]!.text)) || isDeterminer(tokens[k], g)) {
          np.to = k;
          break;
        }
    if (np)
      found.push({
        mention: np,
        cue: t.text,
        cueKind: "verb",
        rule: `${code}.receiving-medium`,
        role: "relay",
        isRecipient: true,
      });
  });
  return found;
}
