import { attributeSentences, type SentenceForAttribution } from "./attribution/attribute-sentences";
import { splitCompound, type ClaimPart } from "./atomize";
import { creditStart, datelineLength, findBoilerplateBlocks } from "./boilerplate";
import { describeSentence, isOpinion, isQuestion } from "./classify";
import { buildLabel } from "./label";
import { languagePack } from "./lang";
import type { LanguagePack } from "./lang/language-pack";
import { detectLanguage } from "./language";
import { findQuantities } from "./quantities";
import {
  ExtractOptionsSchema,
  type ClaimSource,
  type ExtractedClaim,
  type ExtractedSentence,
  type ExtractedSource,
  type Extraction,
  type ExtractOptions,
  type Resolution,
} from "./schema";
import { splitBlocks, splitSentences, type Span } from "./segment";
import { SourceRegistry } from "./sources/source-registry";
import { tokenize, type Token } from "./text/tokenize";
import { countryBefore } from "./sources/country-before";
import { endWithout } from "./text/trim-edges";
import { EXTRACTOR_VERSION } from "./version";

interface SentenceWork extends SentenceForAttribution {
  span: Span;
  kind: ExtractedSentence["kind"];
  isHedged: boolean;
}

/** Extracts atomic claims and their cited sources from an article, exactly as given. */
export function extractClaims(text: string, options: ExtractOptions = {}): Extraction {
  const opts = ExtractOptionsSchema.parse(options);
  const language = opts.language === "auto" ? detectLanguage(text) : opts.language;
  const registry = opts.registry instanceof SourceRegistry ? opts.registry : new SourceRegistry(opts.registry);

  const pack = languagePack(language);
  const work = segmentArticle(text, pack);
  const { perSentence, knownNames } = attributeSentences(text, work, pack, registry);
  const claims = work.flatMap((s, index) => buildClaims(text, s, index, perSentence[index]!, pack));
  // A sentence that reports what a source said is a checkable claim, whatever the source's own wording.
  const sentences: ExtractedSentence[] = work.map((s, i) => ({
    start: s.span.start,
    end: s.span.end,
    kind:
      (s.kind === "opinion" || s.kind === "question") && hasThirdPartySource(perSentence[i]!, pack) ? "claim" : s.kind,
    block: s.block,
  }));
  return {
    language,
    extractor: `claimtrack-extract@${EXTRACTOR_VERSION}`,
    sentences,
    claims,
    sources: collectSources(claims, knownNames),
  };
}

function segmentArticle(text: string, pack: LanguagePack): SentenceWork[] {
  const blocks = splitBlocks(text);
  const boilerplate = findBoilerplateBlocks(text, blocks, pack.code);
  const work: SentenceWork[] = [];
  blocks.forEach((block, blockIndex) => {
    const isBoilerplate = boilerplate.has(blockIndex);
    const paragraph = text.slice(block.start, block.end);
    const dateline = isBoilerplate ? 0 : datelineLength(paragraph);
    if (dateline > 0) {
      const end = block.start + text.slice(block.start, block.start + dateline).trimEnd().length;
      work.push(sentenceWork(text, { start: block.start, end }, blockIndex, "boilerplate", pack, true));
    }
    // A caption's photo credit ("… in Seoul. Foto: dpa") is the picture agency's line, not the article's.
    const credit = isBoilerplate ? block.end : block.start + Math.max(dateline, creditStart(paragraph));
    const body = { start: block.start + dateline, end: block.start + text.slice(block.start, credit).trimEnd().length };
    const spans =
      block.isHeadingLike && !isBoilerplate ? [body] : joinSpeechTags(text, splitSentences(text, body), pack);
    spans.forEach((span, i) => {
      const kind = isBoilerplate ? "boilerplate" : block.isHeadingLike ? "heading" : "claim";
      work.push(sentenceWork(text, span, blockIndex, kind, pack, i === 0 && dateline === 0));
    });
    if (credit < block.end)
      work.push(sentenceWork(text, { start: credit, end: block.end }, blockIndex, "boilerplate", pack, false));
  });
  return work;
}

/**
 * '“… okay?” Trump said.': a question or exclamation closing a quote ends no sentence when only its speaker and the
 * verb of saying follow; nor does a full stop that should have been a comma ('“… missing.” Trump said.').
 */
function joinSpeechTags(text: string, spans: Span[], pack: LanguagePack): Span[] {
  const joined: Span[] = [];
  for (const span of spans) {
    const before = joined.at(-1);
    const isTag = before !== undefined && CLOSED_QUOTE.test(text.slice(before.end - 2, before.end));
    if (isTag && pack.speechTag.test(text.slice(span.start, span.end))) before.end = span.end;
    else joined.push({ ...span });
  }
  return joined;
}
const CLOSED_QUOTE = /[.?!][”“"’»«]$/u;

function sentenceWork(
  text: string,
  span: Span,
  block: number,
  kind: ExtractedSentence["kind"],
  pack: LanguagePack,
  opensBlock: boolean,
): SentenceWork {
  const sentenceText = text.slice(span.start, span.end);
  const tokens = tokenize(sentenceText, span.start);
  const features = describeSentence(sentenceText, tokens, pack);
  let finalKind = kind;
  if (kind === "claim") finalKind = isQuestion(sentenceText) ? "question" : isOpinion(features) ? "opinion" : "claim";
  if (kind === "heading" && isQuestion(sentenceText)) finalKind = "question";
  return {
    span,
    kind: finalKind,
    block,
    tokens,
    text: sentenceText,
    isHeading: finalKind === "heading",
    isBoilerplate: kind === "boilerplate",
    isKonjunktivI: features.isKonjunktivI,
    isOpinion: finalKind === "opinion",
    isHedged: features.isHedged,
    opensBlock,
  };
}

const TRAILING = /[\s.!?;:,…]/u;

/** "Das Land forderte …" → "Südkorea forderte …" when a country was named just before: the claim reads alone. */
function nameTheCountry(text: string, at: number, words: string, pack: LanguagePack): string {
  const description = pack.coreference.countryDescription.exec(words);
  if (!description) return words;
  const country = countryBefore(text, at, pack.code);
  return country ? country + words.slice(description[0].length) : words;
}
/** Cues that frame a report rather than quote a speech act: "Laut AP …", "AP, citing NIS", a headline's colon. */
const FRAMING_KINDS = new Set<ClaimSource["cueKind"]>(["according_to", "citing", "headline"]);

function buildClaims(
  text: string,
  s: SentenceWork,
  index: number,
  sources: ClaimSource[],
  pack: LanguagePack,
): ExtractedClaim[] {
  // A quoted question with a speaker ('Gingrich said, "… Who cares?"') still records what the speaker said.
  if (s.kind === "boilerplate" || (s.kind === "question" && sources.length === 0)) return [];
  if (s.tokens.filter((t) => t.kind !== "punct").length < 2) return [];
  // An attributed statement is a checkable claim (that the source said it), even if its content is an opinion;
  // the author's own "I believe …" stays an opinion.
  const kind = s.kind === "opinion" && !hasThirdPartySource(sources, pack) ? "opinion" : "claim";
  const attributionTokens = tokensInside(
    s.tokens,
    sources.filter((src) => src.resolution !== "continuation"),
  );
  const isSpeechReport = sources.some((src) => src.resolution !== "continuation" && !FRAMING_KINDS.has(src.cueKind));
  const parts: ClaimPart[] = s.tokens.length > 200 ? [s.span] : splitCompound(s.tokens, pack, s.span);
  return parts.map((part) => {
    const partSources = sourcesForPart(sources, part, parts);
    const quote = text.slice(part.start, part.end);
    // The tokens inside a part are one run of the sentence's (tokens are in order and do not overlap).
    const first = s.tokens.findIndex((t) => t.start >= part.start);
    const from = first < 0 ? s.tokens.length : first;
    let to = from;
    while (to < s.tokens.length && s.tokens[to]!.end <= part.end) to++;
    const partTokens = s.tokens.slice(from, to);
    // A figure inside a source's words describes the source ("Two officials familiar with the plans"), not the claim.
    const quantities = findQuantities(text, part.start, part.end, pack.code).filter(
      (q) => !partSources.some((src) => src.start <= q.start && q.end <= src.end),
    );
    const partAttribution = new Set([...attributionTokens].filter((i) => i >= from && i < to).map((i) => i - from));
    const plain = quote.slice(0, endWithout(quote, TRAILING));
    const words = part.subordinate
      ? (pack.mainClause(
          partTokens.filter((t) => t.end <= part.start + plain.length),
          plain,
          part.start,
        ) ?? plain)
      : plain;
    const claimText =
      nameTheCountry(text, part.start, words, pack).replace(/\s+/g, " ").trim() || quote.trim() || quote;
    // Reordered words get their label from the new order: "Moskau wendet sich zunehmend Pjöngjang zu".
    const label =
      words === plain
        ? buildLabel(partTokens, quantities, pack, partAttribution, isSpeechReport)
        : buildLabel(tokenize(words), quantities, pack, new Set());
    return {
      start: part.start,
      end: part.end,
      quote,
      text: claimText,
      label,
      kind,
      hedged: s.isHedged,
      sentence: index,
      sources: partSources,
      quantities,
    };
  });
}

/**
 * The indexes of the tokens that lie wholly inside one of the spans, in one sweep: a sentence of 20,000 tokens
 * citing 5,000 sources ('"X," said Y, ' over and over) made tokens × sources comparisons.
 */
function tokensInside(tokens: Token[], spans: Span[]): Set<number> {
  const byStart = [...spans].sort((a, b) => a.start - b.start);
  const inside = new Set<number>();
  let next = 0;
  let reach = -1;
  tokens.forEach((t, i) => {
    // Tokens come in order: every span starting at or before this token may cover it; the farthest end decides.
    while (next < byStart.length && byStart[next]!.start <= t.start) reach = Math.max(reach, byStart[next++]!.end);
    if (t.end <= reach) inside.add(i);
  });
  return inside;
}

/**
 * A part of a split sentence keeps the sources named inside it; a part that names none inherits the sentence's
 * ("Twenty-four percent said A, and 9 percent found B": B is the 9 percent's, not the 24 percent's).
 */
function sourcesForPart(sources: ClaimSource[], part: Span, parts: Span[]): ClaimSource[] {
  if (parts.length === 1) return sources;
  const inside = (src: ClaimSource, p: Span) =>
    src.resolution !== "continuation" && src.start >= p.start && src.end <= p.end;
  const own = sources.filter((src) => inside(src, part));
  if (own.length === 0) return sources;
  return sources.filter((src) => inside(src, part) || !parts.some((p) => inside(src, p)));
}

/** The author's own "I believe …" is no third party; a quoted speaker's "I" resolves to the speaker. */
function hasThirdPartySource(sources: ClaimSource[], pack: LanguagePack): boolean {
  const firstPerson = pack.coreference.firstPersonPronouns;
  return sources.some((src) => !(src.resolution === "unresolved" && firstPerson.has(src.mention.toLowerCase())));
}

const RESOLUTION_RANK: Record<Resolution, number> = { explicit: 3, coreference: 2, continuation: 1, unresolved: 0 };

function collectSources(claims: ExtractedClaim[], knownNames: Set<string>): ExtractedSource[] {
  const byName = new Map<string, ExtractedSource>();
  for (const src of claims.flatMap((c) => c.sources)) {
    const entry = byName.get(src.name) ?? {
      name: src.name,
      type: src.type,
      mentions: [],
      known: knownNames.has(src.name),
      resolution: src.resolution,
    };
    if (!entry.mentions.includes(src.mention)) entry.mentions.push(src.mention);
    if (RESOLUTION_RANK[src.resolution] > RESOLUTION_RANK[entry.resolution]) entry.resolution = src.resolution;
    // "Verdi" alone could be anything; "der Gewerkschaft Verdi" later says what kind of body it is (a person is
    // read from a name's shape, which the first mention had too).
    if (entry.type === "other" && src.type !== "other" && src.type !== "person") entry.type = src.type;
    byName.set(src.name, entry);
  }
  return [...byName.values()];
}
