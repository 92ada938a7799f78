import type { Extraction } from "@/lib/extract";

const QUOTE_WIDTH = 70;

/** A readable table of claims for a person at a terminal (`--format text`). */
export function formatExtractionTable(extraction: Extraction): string {
  const lines: string[] = [];
  const counts = countBy(extraction.sentences.map((s) => s.kind));
  lines.push(
    `Language: ${extraction.language}   Sentences: ${extraction.sentences.length} (${Object.entries(counts)
      .map(([k, n]) => `${n} ${k}`)
      .join(", ")})   Claims: ${extraction.claims.length}   Sources: ${extraction.sources.length}`,
    "",
  );
  extraction.claims.forEach((c, i) => {
    const flags = [c.kind, c.hedged ? "hedged" : ""].filter(Boolean).join(", ");
    lines.push(`${String(i + 1).padStart(3)}. ${c.label}  [${flags}]  @${c.start}-${c.end}`);
    lines.push(`     "${truncate(c.text, QUOTE_WIDTH)}"`);
    for (const s of c.sources) {
      const relay = s.role === "relay" ? `, relays ${s.relayOf ?? "?"}` : "";
      lines.push(`     ← ${s.name} (${s.type}; "${s.mention}", cue "${s.cue}", ${s.resolution}${relay})`);
      lines.push(`       ${s.cueKind} cue, rule ${s.rule}`);
    }
    if (c.sources.length === 0) lines.push("     ← no source cited");
    for (const q of c.quantities)
      lines.push(
        `     # ${q.text} = ${q.comparator} ${q.value}${q.max !== undefined ? `–${q.max}` : ""} ${q.unit ?? ""}`.trimEnd(),
      );
  });
  lines.push("", "Sources:");
  for (const s of extraction.sources) {
    lines.push(`  - ${s.name} (${s.type}${s.known ? "" : ", new"}): ${s.mentions.map((m) => `"${m}"`).join(", ")}`);
  }
  return `${lines.join("\n")}\n`;
}

function truncate(s: string, n: number): string {
  return s.length > n ? `${s.slice(0, n - 1)}…` : s;
}

function countBy(items: string[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const i of items) out[i] = (out[i] ?? 0) + 1;
  return out;
}
