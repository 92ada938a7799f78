import { extractClaims } from "@/lib/extract";
import { readJsonl } from "./data-dir";

interface Row {
  text: string;
  label: "OBJ" | "SUBJ";
  split: string;
}

export interface SubjectivityScore {
  n: number;
  macroF1: number;
  f1: Record<"OBJ" | "SUBJ", number>;
  confusion: Record<string, number>;
}

/** CheckThat! 2025 subjectivity: a sentence is SUBJ when the extractor calls it an opinion (or a question). */
export function evaluateSubjectivity(language: "de" | "en", split = "dev_test"): SubjectivityScore {
  const rows = readJsonl<Row>(`checkthat2025_subjectivity/subjectivity_${language}.jsonl`).filter(
    (r) => r.split === split,
  );
  const confusion: Record<string, number> = { "OBJ→OBJ": 0, "OBJ→SUBJ": 0, "SUBJ→OBJ": 0, "SUBJ→SUBJ": 0 };
  for (const row of rows) {
    const { sentences } = extractClaims(row.text, { language });
    const predicted = sentences.some((s) => s.kind === "opinion" || s.kind === "question") ? "SUBJ" : "OBJ";
    confusion[`${row.label}→${predicted}`]!++;
  }
  const f1For = (label: "OBJ" | "SUBJ") => {
    const other = label === "OBJ" ? "SUBJ" : "OBJ";
    const tp = confusion[`${label}→${label}`]!;
    const fp = confusion[`${other}→${label}`]!;
    const fn = confusion[`${label}→${other}`]!;
    return tp ? (2 * tp) / (2 * tp + fp + fn) : 0;
  };
  const f1 = { OBJ: f1For("OBJ"), SUBJ: f1For("SUBJ") };
  return { n: rows.length, macroF1: (f1.OBJ + f1.SUBJ) / 2, f1, confusion };
}
