import { creditStart, datelineLength } from "../extract/boilerplate";
import { splitBlocks, splitSentences } from "../extract/segment";
import { contextNamedIn } from "./match-key";

/** How much of the first paragraph is the lead: where a news article says what, where and who. */
const LEAD_SENTENCES = 2;

/**
 * The lead of an article: the first two sentences of its first paragraph that is not a heading or a byline, after
 * its dateline ("BERLIN (dpa) - " names where the agency wrote, not where it happened). News names
 * the place and the actors there and then writes "the region", "the company", "police said" after it, so "About
 * 4,000 people were evacuated" three paragraphs down is about the floods in Slovenia of the lead.
 */
export function leadOf(body: string): string {
  const first = splitBlocks(body).find((block) => !block.isHeadingLike);
  if (!first) return "";
  const paragraph = body.slice(first.start, first.end);
  // As the extractor reads a paragraph: after its dateline, before a photo credit at its end.
  const dateline = datelineLength(paragraph);
  const span = { start: first.start + dateline, end: first.start + Math.max(dateline, creditStart(paragraph)) };
  const sentences = splitSentences(body, span).slice(0, LEAD_SENTENCES);
  return sentences.length ? body.slice(sentences[0]!.start, sentences.at(-1)!.end) : "";
}

/**
 * What an article's lead names and says (contextNamedIn): the entities every claim of the article is about unless it
 * names its own, and the words every claim of its story may share (matchKeyOf's `context`). Linear in the lead, which
 * is bounded by its first paragraph.
 */
export const articleContextOf = (body: string): string[] => contextNamedIn(leadOf(body));

/** Whether two versions of an article have leads that name or say different things (its claims' keys change). */
export function leadChanged(oldBody: string, newBody: string): boolean {
  const [before, after] = [articleContextOf(oldBody), articleContextOf(newBody)];
  return before.length !== after.length || before.some((id) => !after.includes(id));
}
