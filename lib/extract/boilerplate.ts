import type { Block } from "./segment";

/**
 * Recognises the parts of a pasted web page that are not the article: prompts, bylines, datelines, breadcrumbs,
 * photo credits, "read more" links and the teaser headlines of other articles after the body.
 */

// Each pattern matches a whole (short) paragraph. Examples in the trailing comments.
const BOILERPLATE_LINES: RegExp[] = [
  /^(folgen sie uns|folge uns|folgt uns|abonnieren sie|jetzt abonnieren|melden sie sich|hier (anmelden|klicken|geht)|newsletter\b)/i, // "Folgen Sie uns und erhalten Sie …"
  /^(sign up|subscribe|follow us|get (our|the) newsletter|click here|download (our|the) app|join our|register now)/i, // "Sign up for our daily briefing"
  /^(lesen sie (auch|mehr|hier)|mehr (zum thema|dazu|lesen)|auch interessant|das könnte sie (auch )?interessieren|weitere artikel|meistgelesen|empfehlungen)\b/i, // "Lesen Sie auch: …"
  /^(read more|more from|related( articles| stories| coverage)?\b|see also|most read|recommended|you may also like|what to read next)/i, // "Read more: …"
  /^([Vv]on|[Bb]y)\s+\p{Lu}[\p{L}.'’-]*(\s+(und|and|&|\p{Lu}[\p{L}.'’-]*)){0,6}(\s*[,|·]\s*.{0,60})?$/u, // "Von Anna Müller", "By Jane Doe, AP"
  /^(foto|fotos|bild|bilder|bildquelle|quelle|photo|photos|image|credit|picture|illustration|grafik|video)\s*:/i, // "Foto: dpa"
  /^(©|\(c\)|copyright\b)/i, // "© dpa-infocom"
  /^(startseite|home|homepage)\s*(->|›|»|>|\/|\|)/i, // "Startseite -> Politik -> Ausland"
  /^[^.!?]{0,80}(\s(->|›|»|>)\s[^.!?]{0,60}){2,}$/, // "Politik › Ausland › Asien"
  /^(teilen|share|drucken|print|e-?mail|kommentare?|comments?|anzeige|werbung|advertisement|sponsored)(\s+(auf|on|via)\s+\S+)?\s*$/i, // "Teilen auf Facebook"
  /^(aktualisiert|veröffentlicht|stand|updated|published|erschienen)( am| on)?\s*:?\s*[\p{L}\d ,.:-]{0,60}$/iu, // "Stand: 27.11.2026 10:34 Uhr"
  /^\d{1,2}\.\d{1,2}\.\d{2,4}(,?\s+\d{1,2}[:.]\d{2}(\s*uhr)?)?$/i, // "27.11.2026, 10:34 Uhr"
  /^(\d+\s+)?(min\.?|minuten|minutes?)\s+(lesezeit|read)$/i, // "4 min read"
];

const READ_MORE_MARKER = BOILERPLATE_LINES[2]!;
const READ_MORE_MARKER_EN = BOILERPLATE_LINES[3]!;
const REPEATED_MIN_CHARS = 15;

/** "SEOUL, South Korea (AP) — " at the start of a paragraph: place and agency before the report. */
const DATELINE_RE = /^\p{Lu}[\p{Lu}\p{L} .,'’-]{1,40}?(\s*\([^()\n]{1,30}\))?\s*[—–-]{1,2}\s+(?=\p{Lu})/u;
const DATELINE_PLACE_RE = /^\p{Lu}{2}/u;

export function isBoilerplateLine(line: string): boolean {
  return line.length <= 300 && BOILERPLATE_LINES.some((re) => re.test(line));
}

/** Length of a dateline that opens a paragraph ("BERLIN (dpa) - "), or 0. */
export function datelineLength(paragraph: string): number {
  const m = DATELINE_RE.exec(paragraph.slice(0, 80));
  if (!m) return 0;
  // A real dateline names the place in capitals (BERLIN, SEOUL) or carries an agency in parentheses.
  return DATELINE_PLACE_RE.test(m[0]) || m[1] ? m[0].length : 0;
}

/** Indices of the blocks that are boilerplate. */
export function findBoilerplateBlocks(text: string, blocks: Block[]): Set<number> {
  const result = new Set<number>();
  const seen = new Map<string, number[]>();
  blocks.forEach((b, i) => {
    const line = text.slice(b.start, b.end);
    if (isBoilerplateLine(line)) result.add(i);
    if (line.length >= REPEATED_MIN_CHARS) seen.set(line, [...(seen.get(line) ?? []), i]);
  });
  // A line that appears twice in one article is a promo or a widget, not reporting.
  for (const indices of seen.values()) if (indices.length > 1) indices.forEach((i) => result.add(i));

  // Headline-like lines after a "read more" marker are teasers of other articles.
  blocks.forEach((b, i) => {
    const line = text.slice(b.start, b.end);
    if (!READ_MORE_MARKER.test(line) && !READ_MORE_MARKER_EN.test(line)) return;
    for (let j = i + 1; j < blocks.length && blocks[j]!.isHeadingLike; j++) result.add(j);
  });

  // Trailing headline-like lines after the body are teasers ("Nordkorea definiert Südkorea … als feindlichen Staat").
  const lastBody = findLastIndex(blocks, (b, i) => !b.isHeadingLike && !result.has(i));
  if (lastBody > 0) for (let j = lastBody + 1; j < blocks.length; j++) result.add(j);
  return result;
}

function findLastIndex<T>(items: T[], test: (item: T, i: number) => boolean): number {
  for (let i = items.length - 1; i >= 0; i--) if (test(items[i]!, i)) return i;
  return -1;
}
