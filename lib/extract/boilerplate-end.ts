/**
 * Where the article ends inside the stretch of text taken for its body: a comment section or a block of teaser
 * cards after the article is written in sentences too, so the weighing of sentences against short lines
 * (boilerplate.ts) takes it for more of the article.
 */

export type Shape = "known" | "copy" | "prose" | "list" | "headline" | "fragment" | "menu";

/**
 * The heading of a comment section: "167 comments", "[ 167 comments ]", "Top Rated Comments", "Leave a Reply",
 * "Kommentare (12)", "Diskutieren Sie mit". What follows it is readers' text, not the article. A bare "Comments" is
 * left out: it is as often a link in a share row.
 */
const COMMENTS_START =
  /^[[(]?\s*(\d[\d.,]*\s+(comments?|kommentare?|replies|antworten|leserkommentare)|((top|most) (rated|recent|popular)|reader|user|readers') comments|comments\s*\(\d+\)|kommentare\s*\(\d+\)|leserkommentare|(leave|post|add|write) a (reply|comment)|join the (discussion|conversation)|(einen )?kommentar (schreiben|verfassen|abgeben|hinzufügen)|diskutieren sie mit|diskussion( zum artikel)?|schreiben sie einen kommentar)\s*[\])]?:?$/iu;
/** Words of the article's own sentences that must come before a comment heading for it to end the article. */
const ARTICLE_BEFORE_COMMENTS = 40;
/** Teaser cards in a row that end a body: fewer may be the article's own subheaded paragraphs. */
const CARD_RUN = 3;
const CARD_HEADER_LINES = 2;

export function isCommentsHeading(line: string): boolean {
  return line.length <= 60 && COMMENTS_START.test(line);
}

/**
 * The last paragraph of the article within the body [first, last]: before the first comment heading that follows
 * enough of the article's sentences, and before a run of teaser cards at its end.
 */
export function articleEnd(
  lines: string[],
  wordCounts: number[],
  shapes: Shape[],
  body: { first: number; last: number },
): number {
  let last = body.last;
  let words = 0;
  for (let i = body.first; i <= body.last; i++) {
    if (words >= ARTICLE_BEFORE_COMMENTS && isCommentsHeading(lines[i]!)) {
      last = i - 1;
      break;
    }
    if (shapes[i] === "prose") words += wordCounts[i]!;
  }
  const end = lastBeforeCards(shapes, body.first, last);
  return end === body.last ? withTrailingSentences(lines, shapes, end) : end;
}

/** Who said the quotation above: "— Rep. Jane Doe (@janedoe) November 19, 2019" under a post, "– Anna M." under a review. */
const QUOTE_SIGNATURE = /^[—–-]\s*\p{L}[^!?]{0,80}$/u;
const ENDS_AS_SENTENCE = /[?!]["“”»«’)]*(\s*\p{Extended_Pictographic})*$/u;
const LONG_SENTENCE_WORDS = 12;

/**
 * A sentence that lost its full stop looks like a headline to the weighing, so the body's last lines get cut when
 * they are a question to the readers ("How do you keep your children hydrated?"), a post embedded with its text and
 * signature, a quotation's signature, or a closing line ending in an emoji. Right after the body, such lines still belong to it: written in
 * sentence case, and ending in a question or exclamation mark, carrying a link or running long. A headline of
 * another article is in title case or short and without one.
 */
function withTrailingSentences(lines: string[], shapes: Shape[], last: number): number {
  let end = last;
  for (let i = last + 1; i < lines.length; i++) {
    const line = lines[i]!;
    if (!/[\p{L}\p{N}]/u.test(line)) continue; // an empty line of zero-width spaces or a divider
    if (QUOTE_SIGNATURE.test(line)) end = i;
    else if (shapes[i] === "headline" && isSentenceLike(line)) end = i;
    else break;
  }
  return end;
}

function isSentenceLike(line: string): boolean {
  const words = line.split(/\s+/);
  // Sentence case: most words after the first begin in lower case (German nouns do not, its other words do).
  const rest = words.slice(1).filter((w) => /^\p{L}/u.test(w));
  const lower = rest.filter((w) => /^\p{Ll}/u.test(w)).length;
  if (rest.length === 0 || lower < rest.length / 2) return false;
  return (
    ENDS_AS_SENTENCE.test(line) || /https?:\/\/|pic\.twitter\.com/.test(line) || words.length >= LONG_SENTENCE_WORDS
  );
}

/**
 * A teaser card is one paragraph under two or more short lines (a kicker, a headline, a source or date line); a
 * row of three or more of them at the end of the body is a block of other articles ("More stories", a feed). An
 * article's own subheadings stand one to a paragraph group, and its lists are list-shaped.
 */
function lastBeforeCards(shapes: Shape[], first: number, last: number): number {
  const isText = (i: number) => shapes[i] === "prose" || shapes[i] === "list";
  let cards = 0;
  let cardsStart = last + 1;
  let i = last;
  while (i >= first && isText(i) && shapes[i] === "prose") {
    let header = 0;
    let j = i - 1;
    while (j >= first && !isText(j)) {
      if (shapes[j] !== "copy") header++;
      j--;
    }
    if (header < CARD_HEADER_LINES) break;
    cards++;
    cardsStart = j + 1;
    i = j;
  }
  // The article ends at its last sentence before the cards; a body that is nothing but cards stays whole.
  let end = cardsStart - 1;
  while (end >= first && !isText(end)) end--;
  return cards >= CARD_RUN && end >= first ? end : last;
}
