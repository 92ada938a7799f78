/**
 * `npx tsx scripts/eval/attribution-losses.ts polnear|spkatt [N] [--seed S] [--false] [--split S]`: a random sample of the
 * attributions the extractor missed (with --false: of the sources it gave that no gold attribution has), each with its text, the gold source and cue, and what the extractor gave the overlapping claims;
 * for reading the classes of misses, not for scoring (run-attribution.ts scores). It reads the train split unless
 * told otherwise: the numbers in EVALUATION.md are on splits the rules were not read against.
 */
import { emptyTally, type AttributionMiss, type AttributionTally } from "./attribution-score";
import { evaluatePolnear } from "./polnear";
import { evaluateSpkatt } from "./spkatt";

const [set = "polnear", count = "40"] = process.argv.slice(2).filter((a) => !a.startsWith("--"));
const seedAt = process.argv.indexOf("--seed");
let seed = seedAt > 0 ? Number(process.argv[seedAt + 1]) : 1;
const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;

const showFalse = process.argv.includes("--false");
const splitAt = process.argv.indexOf("--split");
const split = splitAt > 0 ? process.argv[splitAt + 1]! : "train";
const collected: AttributionMiss[] = [];
const tally: AttributionTally = { ...emptyTally(), ...(showFalse ? { falses: collected } : { misses: collected }) };
if (set === "spkatt") evaluateSpkatt(split, tally);
else evaluatePolnear(split, tally);

const misses = collected;
const sample = misses
  .map((m) => ({ m, r: random() }))
  .sort((a, b) => a.r - b.r)
  .slice(0, Number(count));
console.log(
  showFalse
    ? `${misses.length} of ${tally.predicted} predicted sources wrong; a sample of ${sample.length}:\n`
    : `${misses.length} of ${tally.gold} missed; a sample of ${sample.length}:\n`,
);
for (const { m } of sample) {
  console.log(`• ${m.context}`);
  console.log(`  gold: ${m.goldSource}  [cue: ${m.cue}]`);
  console.log(`  got:  ${m.predicted.join("; ") || "—"}\n`);
}
