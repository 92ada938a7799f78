import { words } from "../lang/words";
import type { Token } from "../text/tokenize";
import { QUOTATION_OPENERS } from "../text/quote-marks";
import type { Frame } from "./frame";

const MAX_LABEL_TOKENS = 4;
/** How far after the colon a first-person word shows that someone speaks ("Clinton: Our goal is …"). */
const FIRST_PERSON_WINDOW = 8;

// Labels before a colon that are the page's or the genre's, not a speaker ("UPDATE:", "Fazit:", "Editor's note:"),
// and the small words that show the colon ends a phrase, not a name ("… skeptical of Clinton: …").
const NOT_SPEAKERS = words(`
  update updated correction note editor editors fact check claim verdict rating fazit hinweis achtung wichtig
  warning disclaimer source quelle foto photo image credit video audio watch listen read mehr more also related
  breaking live exclusive analysis opinion kommentar review spoiler tags themen frage antwort q a answer question
  summary zusammenfassung background hintergrund info information timeline chronologie dear liebe lieber file
  disclosure transparenzhinweis anzeige werbung sponsored
  of for and or but the in on at to with from by as von der die das den dem des im am zum zur und oder aber als
`);

/**
 * A speaker's turn in an interview or transcript: "KATE BOULDUAN: We never planned it.", 'Clinton: "Our goal is to defeat
 * ISIS."', "Roth: Wir verkaufen ihn.". The name before the colon speaks the rest. A label is only a speaker when what
 * follows is a quotation or speaks in the first person; a topic ("Bahnstreik: …") does neither.
 */
export function findSpeakerTurn(tokens: Token[], firstPerson: Set<string>, code: string): Frame | null {
  const colon = tokens.findIndex((t, i) => i <= MAX_LABEL_TOKENS && t.text === ":");
  if (colon < 1) return null;
  const label = tokens.slice(0, colon);
  if (!label.every((t) => t.kind === "word" && /^\p{Lu}/u.test(t.text))) return null;
  if (label.some((t) => NOT_SPEAKERS.has(t.lower.replace(/['’]s$/u, "")))) return null;
  const after = tokens.slice(colon + 1);
  // A label in capitals alone is not enough: pages put datelines, kickers and advice columns ("DEAR ABBY:") so too.
  const quotes = after[0] !== undefined && QUOTATION_OPENERS.has(after[0].text);
  const speaks = after.slice(0, FIRST_PERSON_WINDOW).some((t) => firstPerson.has(t.lower));
  if (after.length < 2 || !(quotes || speaks)) return null;
  return {
    mention: { from: 0, to: colon },
    cue: ":",
    cueKind: "verb",
    rule: `${code}.speaker-turn`,
    role: "origin",
  };
}
