import { emptyTally, scoreDocument, type AttributionTally, type GoldAttribution, type Span } from "./attribution-score";
import { readJsonl } from "./data-dir";

interface Article {
  filename: string;
  split: string;
  text: string;
}
interface SpanSet {
  text: string;
  spans: Span[];
}
interface Attribution {
  filename: string;
  split: string;
  primary: boolean;
  source?: SpanSet[];
  cue?: SpanSet[];
  content?: SpanSet[];
}

/** PolNeAR (English news): primary annotations of the test split that name a source. */
export function evaluatePolnear(split = "test", tally: AttributionTally = emptyTally()): AttributionTally {
  const articles = readJsonl<Article>("polnear/polnear_articles.jsonl").filter((a) => a.split === split);
  const byFile = new Map<string, GoldAttribution[]>();
  for (const a of readJsonl<Attribution>("polnear/polnear_attributions.jsonl")) {
    if (a.split !== split || !a.primary || !a.source?.length || !a.content?.length) continue;
    const gold: GoldAttribution = {
      sourceText: a.source.map((s) => s.text).join(" "),
      sourceSpans: a.source.flatMap((s) => s.spans),
      contentSpans: a.content.flatMap((s) => s.spans),
      cue: a.cue?.map((c) => c.text).join(" ") ?? "",
    };
    byFile.set(a.filename, [...(byFile.get(a.filename) ?? []), gold]);
  }
  for (const article of articles) scoreDocument(article.text, "en", byFile.get(article.filename) ?? [], tally);
  return tally;
}
