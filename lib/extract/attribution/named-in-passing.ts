import { inferSourceType } from "../sources/infer-source-type";
import type { SourceRegistry } from "../sources/source-registry";
import { isCapitalized, type Token } from "../text/tokenize";
import { personNameIn, type SeenSource } from "./resolve-mention";

const MIN_TITLED_NAME_WORDS = 3;
// Words that make a run of capitalised words an organisation's name, in the languages names come in: "Kenya
// National Bureau of Statistics", "World Food Programme", "Statistisches Bundesamt".
export const ORGANISATION_HEAD =
  /^(bureau|programme|program|agency|ministry|department|office|authority|commission|council|institute|fund|bank|organi[sz]ation|service|administration|corporation|company|group|union|association|ministerium|amt|bundesamt|behörde|institut|agentur|kommission|verband|stiftung|gewerkschaft|bahn)$/i;
// Small words inside an organisation's name: "Bureau of Statistics", "Institut für Weltwirtschaft".
const NAME_GLUE = new Set(["&", "and", "für", "for", "of", "the", "und"]);
const LEADING = new Set(["a", "an", "das", "der", "die", "the"]);

const isNameWord = (t: Token | undefined) => t !== undefined && t.kind === "word" && isCapitalized(t.text);

const isInitial = (t: Token | undefined) => t !== undefined && t.kind === "word" && /^\p{Lu}$/u.test(t.text);

/** Runs of capitalised words, glue words allowed inside: each a candidate name. */
function capitalisedRuns(tokens: Token[]): Token[][] {
  const runs: Token[][] = [];
  let run: Token[] = [];
  for (let i = 0; i <= tokens.length; i++) {
    const t = tokens[i];
    // A middle initial: "Emmet G. Sullivan".
    if (run.length > 0 && isInitial(t) && tokens[i + 1]?.text === "." && isNameWord(tokens[i + 2])) {
      run.push({ ...t!, text: `${t!.text}.`, end: tokens[i + 1]!.end });
      i++;
    } else if (isNameWord(t)) run.push(t!);
    else if (t && run.length > 0 && NAME_GLUE.has(t.lower) && isNameWord(tokens[i + 1])) run.push(t);
    else {
      if (run.length > 0) runs.push(run);
      run = [];
    }
  }
  return runs;
}

/**
 * People named with a title ("Defense Secretary Lloyd Austin") and organisations named in passing ("The Kenya
 * National Bureau of Statistics published …"), for a later "he", "the bureau" or "the agency" to refer back to.
 */
export function namedInPassing(tokens: Token[], registry: SourceRegistry): SeenSource[] {
  const seen: SeenSource[] = [];
  for (const run of capitalisedRuns(tokens)) {
    const words = run.map((t) => t.text);
    if (words.length >= MIN_TITLED_NAME_WORDS) {
      const person = personNameIn(words.join(" "), { afterPossessor: false });
      if (person) {
        // With the title it was named with: "the defense secretary" later means "Defense Secretary Lloyd Austin".
        seen.push({ name: person, type: "person", mention: words.join(" ") });
        continue;
      }
    }
    if (!words.some((w) => ORGANISATION_HEAD.test(w))) continue;
    while (words.length > 1 && LEADING.has(words[0]!.toLowerCase())) words.shift();
    const name = words.join(" ");
    const known = registry.lookup(name);
    seen.push(known ? { name: known.name, type: known.type } : { name, type: inferSourceType(name) });
  }
  return seen;
}
