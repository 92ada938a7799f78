import { emptyTally, scoreDocument, type AttributionTally, type GoldAttribution, type Span } from "./attribution-score";
import { readJsonl } from "./data-dir";

interface Sentence {
  doc: string;
  split: string;
  sentence_id: number;
  text: string;
}
interface Annotation {
  doc: string;
  split: string;
  cue: string;
  source: string | null;
  source_ids: string[];
  message_ids: string[];
  cue_sentence_id: number;
}

// The corpus counts punctuation as tokens of its own; token ids ("6:5") index this tokenisation.
const TOKEN_RE = /[\p{L}\p{N}_]+(?:[-'’][\p{L}\p{N}_]+)*|[^\p{L}\p{N}_\s]/gu;

/** SpkAtt-2023 (German parliamentary speeches), dev split: sentences joined into one text per speech. */
export function evaluateSpkatt(split = "dev", tally: AttributionTally = emptyTally()): AttributionTally {
  const docs = new Map<string, { text: string; tokenSpans: Map<number, Span[]>; sentenceSpan: Map<number, Span> }>();
  const sentences = readJsonl<Sentence>("spkatt2023/spkatt2023_sentences.jsonl").filter((s) => s.split === split);
  sentences.sort((a, b) => (a.doc === b.doc ? a.sentence_id - b.sentence_id : a.doc < b.doc ? -1 : 1));
  for (const s of sentences) {
    const doc = docs.get(s.doc) ?? { text: "", tokenSpans: new Map(), sentenceSpan: new Map() };
    const offset = doc.text.length === 0 ? 0 : doc.text.length + 1;
    doc.text = doc.text.length === 0 ? s.text : `${doc.text} ${s.text}`;
    doc.tokenSpans.set(
      s.sentence_id,
      [...s.text.matchAll(TOKEN_RE)].map((m): Span => [offset + m.index, offset + m.index + m[0].length]),
    );
    doc.sentenceSpan.set(s.sentence_id, [offset, offset + s.text.length]);
    docs.set(s.doc, doc);
  }
  const goldByDoc = new Map<string, GoldAttribution[]>();
  for (const a of readJsonl<Annotation>("spkatt2023/spkatt2023_annotations.jsonl")) {
    const doc = docs.get(a.doc);
    if (a.split !== split || !a.source || a.source_ids.length === 0 || !doc) continue;
    const spansOf = (ids: string[]) =>
      ids.flatMap((id) => {
        const [sent, tok] = id.split(":").map(Number);
        const span = doc.tokenSpans.get(sent!)?.[tok!];
        return span ? [span] : [];
      });
    const content = a.message_ids.length ? spansOf(a.message_ids) : [doc.sentenceSpan.get(a.cue_sentence_id)!];
    goldByDoc.set(a.doc, [
      ...(goldByDoc.get(a.doc) ?? []),
      { sourceText: a.source, sourceSpans: spansOf(a.source_ids), contentSpans: content, cue: a.cue },
    ]);
  }
  for (const [name, doc] of docs) scoreDocument(doc.text, "de", goldByDoc.get(name) ?? [], tally);
  return tally;
}
