import type { LanguagePack } from "../lang/language-pack";
import type { ClaimSource } from "../schema";

/** What the confirmation rule needs to know of a sentence. */
export interface ConfirmingSentence {
  text: string;
  isHeading: boolean;
  isBoilerplate: boolean;
}

/**
 * "Wenige Tage zuvor bestätigte der Geheimdienst Südkoreas, dass … Diese Information wurde vom ukrainischen
 * Geheimdienst bestätigt." A sentence that confirms the one before it ("diese Information", "the report", "this")
 * adds its source to that sentence as a further origin: the claim then rests on two sources, not one.
 */
export function addConfirmations(
  sentences: ConfirmingSentence[],
  perSentence: ClaimSource[][],
  pack: LanguagePack,
): void {
  const { verbs, refersBack } = pack.confirmation;
  for (let i = 1; i < sentences.length; i++) {
    const s = sentences[i]!;
    if (s.isHeading || s.isBoilerplate || !refersBack.test(s.text)) continue;
    const confirming = perSentence[i]!.filter(
      (src) =>
        src.role === "origin" && src.resolution !== "continuation" && cueWords(src.cue).some((w) => verbs.has(w)),
    );
    const before = i - 1;
    if (confirming.length === 0 || sentences[before]!.isBoilerplate || perSentence[before]!.length === 0) continue;
    const known = new Set(perSentence[before]!.map((src) => src.name));
    const added = confirming
      .filter((src) => !known.has(src.name))
      .map((src) => ({ ...src, cueKind: "confirmation" as const, rule: `${pack.code}.confirmation` }));
    perSentence[before] = [...perSentence[before]!, ...added];
  }
}

const cueWords = (cue: string) => cue.toLowerCase().split(/[\s…]+/);

/**
 * "Die Regierung erwägt Waffenlieferungen. Das berichtete die Nachrichtenagentur Yonhap." The second sentence only
 * says who reported the first: the first gets its origins, unless it has origins of its own.
 */
export function addReportedBefore(
  sentences: ConfirmingSentence[],
  perSentence: ClaimSource[][],
  pack: LanguagePack,
): void {
  for (let i = 1; i < sentences.length; i++) {
    const s = sentences[i]!;
    const before = sentences[i - 1]!;
    if (s.isHeading || s.isBoilerplate || before.isHeading || before.isBoilerplate) continue;
    if (!pack.reportedBefore.test(s.text.trimStart())) continue;
    const reporting = perSentence[i]!.filter((src) => src.resolution !== "continuation");
    if (reporting.length === 0 || perSentence[i - 1]!.some((src) => src.role === "origin")) continue;
    perSentence[i - 1] = [
      ...perSentence[i - 1]!,
      ...reporting.map((src) => ({ ...src, rule: `${pack.code}.reported-before` })),
    ];
  }
}
