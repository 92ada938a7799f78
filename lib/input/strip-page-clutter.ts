/**
 * What a news page wraps around its article, recognised by kind rather than by one site's wording: share bars,
 * newsletter and follow prompts, cookie notices, "Read more"/"Lesen Sie auch" teasers, related links, photo credits
 * and advertising labels, in English and German. Elements are dropped by what their class, id or role says they
 * are (before Readability scores the page); lines of the text it leaves are dropped by what they say.
 */

// Words a class or id is made of ("c-share-bar", "newsletterBox", "cookie_consent") that name page furniture.
const CLUTTER_NAMES = new RegExp(
  "^(share|sharing|sharebar|shares|social|socials|socialmedia|newsletter|newsletters|signup|subscribe|subscription|" +
    "cookie|cookies|consent|gdpr|cmp|banner|related|recommended|recommendations|readmore|more|promo|promotion|" +
    "advert|advertisement|ads|ad|sponsored|outbrain|taboola|breadcrumb|breadcrumbs|tags|taglist|topics|" +
    "credit|credits|copyright|comments|comment|disqus|byline|author|authors|bio|dateline|timestamp|toolbar|tools|" +
    "print|follow|popular|trending|rating|vote|modal|overlay|hidden|visually|sr|screenreader|offscreen)$",
);
// Compound names that are clutter only as a whole ("read-more", "author-box", "most-read").
const CLUTTER_PAIRS =
  /(^|-)(read-more|read-also|see-also|author-(box|bio|info)|most-(read|popular|viewed)|sr-only|visually-hidden|screen-reader|image-credit|photo-credit|article-tags|social-links|mehr-zum-thema|lesen-sie-auch|more-stories|related-(articles|content|stories|links))(-|$)/;
// Words that mean nothing alone: "social" in "social-article-body" must not drop an article.
const CONTENT_NAMES = /(^|-)(article|story|body|content|text|main|post|entry)(-|$)/;
const CLUTTER_ROLES = new Set(["complementary", "navigation", "banner", "contentinfo", "dialog", "alertdialog"]);
const DROPPED_TAGS = "nav, aside, footer, form, button, dialog, template, noscript, select, input, label";

interface DomElement {
  tagName: string;
  getAttribute(name: string): string | null;
  hasAttribute(name: string): boolean;
  querySelectorAll(selector: string): Iterable<DomElement> & { length: number };
  getElementsByTagName(name: string): Iterable<DomElement>;
  remove(): void;
  textContent: string | null;
}

/** Removes the page's furniture from the DOM: drops elements by tag, role, class, id and hidden state. */
export function stripClutterElements(root: DomElement | null): void {
  if (!root) return;
  // ASP.NET pages wrap the whole page in one <form>: a furniture tag holding the article's prose stays too.
  for (const element of [...root.querySelectorAll(DROPPED_TAGS)]) if (!holdsProse(element)) element.remove();
  for (const element of [...root.querySelectorAll("[class], [id], [role], [hidden], [aria-hidden], [style]")]) {
    if (isClutter(element) && !holdsProse(element)) element.remove();
  }
}

function isClutter(element: DomElement): boolean {
  if (element.hasAttribute("hidden") || element.getAttribute("aria-hidden") === "true") return true;
  if (/display\s*:\s*none|visibility\s*:\s*hidden/i.test(element.getAttribute("style") ?? "")) return true;
  if (CLUTTER_ROLES.has(element.getAttribute("role") ?? "")) return true;
  for (const name of `${element.getAttribute("class") ?? ""} ${element.getAttribute("id") ?? ""}`.split(/\s+/)) {
    const words = name
      .replace(/([a-z])([A-Z])/g, "$1-$2")
      .toLowerCase()
      .replace(/_+/g, "-");
    if (!words || CONTENT_NAMES.test(words)) continue;
    if (CLUTTER_PAIRS.test(words) || words.split("-").some((w) => CLUTTER_NAMES.test(w))) return true;
  }
  return false;
}

/** A misnamed wrapper still holding the article (three paragraphs of prose) is kept. */
function holdsProse(element: DomElement): boolean {
  let paragraphs = 0;
  // By tag name: linkedom compiles a querySelectorAll selector on every call, and this runs for every clutter match.
  for (const p of element.getElementsByTagName("p"))
    if ((p.textContent ?? "").length > 120 && ++paragraphs >= 3) return true;
  return false;
}

const TEASER =
  /^(read (more|also|next)|related( (articles?|stories|content|coverage))?|see also|more:|more (news |stories )?(on|about|from)\b|recommended( for you)?|you (may|might) (also )?like|lesen sie (auch|mehr|hier)|mehr zum thema|mehr dazu|auch interessant|das könnte sie (auch )?interessieren|weitere (artikel|nachrichten|themen)|zum thema|zur startseite|hier (lesen|weiterlesen)|weiterlesen)\b/i;
const CREDIT =
  /^((photo|foto|fotos|bild|bilder|image|images|picture|credit|quelle|video|grafik|illustration)( credit)?\s*[:/]|©|\(c\)\s|copyright\b|image copyright|bildquelle|(photo|image|picture) by\b)/i;
const AGENCY_CREDIT = /\b(getty images|imago|picture[- ]alliance|dpa|afp|reuters|ap photo|shutterstock|istock)\b/i;
const PROMPT =
  /\b(newsletter|sign up|subscribe|abonnieren|abonnement|follow us|folgen sie uns|melden sie sich (hier )?an|jetzt anmelden|log ?in to|sign in to|register for free|kostenlos registrieren)\b/i;
const COOKIE =
  /\bcookies?\b.*\b(use|uses|using|accept|consent|verwende|verwenden|nutzen|akzeptieren|zustimmen|einwilligung)\b/i;
const AD_LABEL =
  /^(advertisement|anzeige|werbung|sponsored|story continues below|continue reading below|article continues below)$/i;
const DATELINE =
  /^(published|updated|posted|last updated|first published|veröffentlicht|aktualisiert|erstellt|stand)\b.{0,30}\d{1,4}.{0,40}$/i;
const NETWORK =
  /^(facebook|twitter|whatsapp|linkedin|pinterest|pint|reddit|xing|telegram|messenger|flipboard|instagram|youtube|tiktok|email|e-mail|mail)$/i;
const COMMENT_PROMPT =
  /^(join the conversation|leave a (comment|reply)|\d+ comments?|comments?( \(\d+\))?|report (an )?error|kommentieren|\d+ kommentare|fehler melden|zu den kommentaren)\b.{0,20}$/i;
const SHARE_WORD =
  /^(share|shares|tweet|email|e-mail|mail|facebook|twitter|x|whatsapp|linkedin|pinterest|reddit|print|drucken|teilen|kommentare|comments?|copy|link|messenger|telegram|xing|flipboard|this|article|on|via|\d+)$/i;

/** Drops the lines of reduced text that are clutter; paragraph breaks stay as they were. */
export function stripClutterLines(text: string): string {
  const lines = text.split("\n");
  const kept: string[] = [];
  let inTeaserList = false;
  let previous = "";
  for (const line of lines) {
    const s = line.trim();
    // A caption repeated under each photo of a gallery is read once (a recipe's repeated lines further apart stay).
    if (s && s === previous) continue;
    if (s) previous = s;
    if (inTeaserList && (s.startsWith("• ") || s === "")) continue;
    inTeaserList = false;
    if (isClutterLine(s)) {
      // "Mehr zum Thema:" and "Related:" head a list of links: it goes with them.
      inTeaserList = TEASER.test(s) && s.length < 60;
      continue;
    }
    kept.push(line);
  }
  return kept
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

const AT_MOST_EIGHT_WORDS = /^\S+(?:\s+\S+){0,7}$/;

function isClutterLine(s: string): boolean {
  if (!s) return false;
  // Rows of share buttons and network names are short: the words are looked at only in a line of eight or fewer.
  if (AT_MOST_EIGHT_WORDS.test(s)) {
    const bare = s.split(/\s+/).map((w) => w.replace(/[^\p{L}\p{N}-]/gu, ""));
    if (bare.every((w) => SHARE_WORD.test(w))) return true;
    // A row of network names with a word or two of its own language ("Whatsapp Facebook Pint Baixar").
    if (bare.filter((w) => NETWORK.test(w)).length >= 2) return true;
  }
  if (COMMENT_PROMPT.test(s) || DATELINE.test(s)) return true;
  if (AD_LABEL.test(s.replace(/[.:]$/, ""))) return true;
  if (s.length > 300) return false;
  if (TEASER.test(s.replace(/^[•►▶»>]\s*/, ""))) return true;
  if (CREDIT.test(s)) return true;
  if (s.length < 120 && AGENCY_CREDIT.test(s) && /[/|©]|\bfoto\b|\bphoto\b/i.test(s)) return true;
  if (s.length < 250 && PROMPT.test(s)) return true;
  return COOKIE.test(s);
}

/**
 * Prose a person would call an article: a sentence at least (a line of eight words or more; menus, buttons and
 * form labels are shorter). Behind a paywall the page must hold more than the lead paragraph or two of a teaser.
 */
export function hasArticleText(text: string, paywalled = false): boolean {
  const needed = paywalled ? 150 : 1;
  let words = 0;
  // Counted only until there are enough: a long article is known to be one by its first sentences.
  for (const line of text.split("\n")) {
    const n = countWords(line);
    if (n >= 8) words += n;
    if (words >= needed) return true;
  }
  return false;
}

// Chinese and Japanese write without spaces: two characters count as a word there.
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu;
const LETTER = /\p{L}/u;
const countWords = (line: string) =>
  line.split(/\s+/).filter((w) => LETTER.test(w)).length + Math.floor((line.match(CJK)?.length ?? 0) / 2);

const PAYWALL_NOTICE =
  /\b(subscribe to (continue|keep) reading|to continue reading,? (please )?(subscribe|log in|sign in)|already a subscriber|subscribers only|exklusiv für abonnenten|nur für abonnenten|sie haben bereits ein abo|jetzt weiterlesen mit|weiterlesen mit [\p{L} ]+plus|bereits abonnent)/iu;

/** The page says its article is for subscribers: JSON-LD isAccessibleForFree false, or a notice that says so. */
export function isPaywalled(document: {
  querySelectorAll(s: string): Iterable<{ textContent: string | null }>;
  body?: { textContent: string | null } | null;
}): boolean {
  for (const script of document.querySelectorAll('script[type="application/ld+json"]'))
    if (/"isAccessibleForFree"\s*:\s*"?false/i.test(script.textContent ?? "")) return true;
  return PAYWALL_NOTICE.test(document.body?.textContent ?? "");
}
