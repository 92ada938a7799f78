/**
 * `npx tsx scripts/eval/run-attribution.ts [--errors]`: only the attribution part of `npm run eval` (PolNeAR test,
 * SpkAtt-2023 dev), for measuring a rule change in a minute instead of the whole evaluation. Writes nothing.
 */
import { prf, topEntries, type AttributionTally } from "./attribution-score";
import { evaluatePolnear } from "./polnear";
import { evaluateSpkatt } from "./spkatt";

const showErrors = process.argv.includes("--errors");
const row = (name: string, t: AttributionTally) => {
  const s = prf(t);
  const f = (x: number) => x.toFixed(3);
  return `${name}: gold ${t.gold}, predicted ${t.predicted}, P ${f(s.precision)}, R ${f(s.recall)}, F1 ${f(s.f1)}`;
};
for (const [name, tally] of [
  ["PolNeAR test", evaluatePolnear("test")],
  ["SpkAtt-2023 dev", evaluateSpkatt("dev")],
] as const) {
  console.log(row(name, tally));
  if (showErrors) {
    console.log(`  missed: ${topEntries(tally.missedByCue, 15)}`);
    console.log(`  wrong: ${topEntries(tally.falseByCue, 15)}`);
  }
}
