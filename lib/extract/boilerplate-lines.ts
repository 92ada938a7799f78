import { words } from "./lang/words";

/**
 * Classes of line a browser's "select all, copy" of a news page brings along, each recognised by its shape and its
 * few fixed words, never by one site's wording. Each pattern matches a whole (short) paragraph; examples beside it.
 */
const READ_MORE_DE =
  /^(lesen sie (auch|mehr|hier)|mehr (zum thema|dazu|lesen|aus (dem|der|diesem) \p{L}+)|auch interessant|das könnte sie (auch )?interessieren|weitere (artikel|nachrichten|themen)|weiterlesen|meistgelesen|empfehlungen|siehe auch|zum thema\b|top-?themen|neueste artikel)/iu;
const READ_MORE_EN =
  /^(read (more|also|next)|also read|more (from|on this|stories)|related( articles| stories| coverage| content| topics)?\b|see also|most (read|popular|viewed|shared)|top stories|trending|recommended|you (may|might) also like|what to read next|continue reading|latest (news|stories)|editor'?s picks)/i;

const LINE_PATTERNS: RegExp[] = [
  // Prompts: follow, subscribe, newsletter, app.
  /^(folgen sie uns|folge uns|folgt uns|abonnieren sie|jetzt abonnieren|jetzt anmelden|melden sie sich|hier (anmelden|klicken|geht)|newsletter)\b/i, // "Folgen Sie uns und erhalten Sie …"
  /^(sign up|sign in|log ?in|log out|subscribe|follow us|get (our|the) newsletter|click here|download (our|the) app|join our|register now|create (a free )?account|already (a subscriber|have an account))\b/i, // "Sign up for our daily briefing"
  /^(enter your e-?mail|your e-?mail( address)?|ihre e-?mail(-adresse)?|e-?mail(-adresse)? eingeben)\b/i, // "Enter your email address"
  // Comment forms: "Save my name, email, and website in this browser …", "Antwort abbrechen", "Post Comment".
  /^(save my name|meinen namen,? (meine )?e-?mail|leave a (reply|comment)|post (a )?comment|submit comment|cancel reply|antwort abbrechen|kommentar (abschicken|absenden|senden)|you must be (logged|signed) in to (post|leave) a comment|sie müssen (angemeldet|eingeloggt) sein,? um (einen )?kommentar|required fields are marked|erforderliche felder sind|pflichtfelder sind|(deine|ihre|your) e-?mail-?(adresse|address) wird nicht veröffentlicht)/i,
  // Markers of other articles: "Lesen Sie auch: …", "Read more: …", "Mehr zum Thema".
  READ_MORE_DE,
  READ_MORE_EN,
  // Bylines: "Von Anna Müller", "By Jane Doe, AP", "Tom Krisher, AP Auto Writer", "Ein Kommentar von …".
  /^((ein(e)? (kommentar|analyse|gastbeitrag|interview|essay|bericht) )?[Vv]on|[Bb]y|[Ww]ritten by|[Pp]osted by)\s+\p{Lu}[\p{L}.'’-]*(\s+(und|and|&|\p{Lu}[\p{L}.'’-]*)){0,6}(\s*[,|·]\s*.{0,60})?$/u,
  /^(autor(in)?|author|text|interview|recherche|redaktion|mitarbeit|reporter)\s*:\s*\p{Lu}.{0,80}$/iu, // "Autorin: Anna Müller"
  /^\p{Lu}[\p{L}.'’-]+(\s+\p{Lu}[\p{L}.'’-]+){1,3},\s+([\p{L}-]+\s+){0,4}(writer|reporter|correspondent|editor|redakteur(in)?|korrespondent(in)?|autor(in)?|journalist(in)?|staff)$/iu,
  // Photo credits: "Foto: dpa", "(AP Photo/Jae C. Hong)", "REUTERS/Kim Hong-Ji", "Getty Images".
  /^\(?(foto|fotos|bild|bilder|bildquelle|quelle|photo|photos|photograph|image|credit|image credit|picture|illustration|grafik|video)\s*(by\s|:)/i,
  /^\(?(ap|afp|epa|reuters|dpa|getty|picture[- ]alliance|imago|keystone|anadolu)( ?(photo|images|foto))?\s*[/|]\s*[^.!?]{0,60}\)?$/i,
  /^\(?(getty images|picture[- ]alliance|imago images|shutterstock|istock(photo)?)(\s*[/|].{0,60})?\)?$/i,
  /^(©|\(c\)|copyright\b|all rights reserved|alle rechte vorbehalten)/i, // "© dpa-infocom, dpa:241027-99-123"
  /^(image|picture|photo|bild) ?(copyright|rechte|source)\b.{0,60}$/i, // "Image copyright Getty Images", "Bildrechte: dpa"
  /^\p{Lu}[\p{L}'’-]+( \p{Lu}[\p{L}.'’-]+){1,3} ?\/ ?\p{L}[\p{L}\p{N}&. -]{1,30}$/u, // "Kay Nietfeld/dpa", "Jason Cipriani/ZDNet"
  // Reporting and editing credits, agency and editor codes: "(Reporting by …; Editing by …)", "/swe/DP/mis".
  /^\(?((additional |weitere )?(reporting|writing|editing|compiled|produced|graphics|mitarbeit|bearbeitung) (by|von)?\b|mit material (von|der)|mit agenturmaterial)/i,
  /^\(?\/?\p{L}{2,4}(\/\p{L}{2,4}){1,6}\/?\)?$/u,
  // Breadcrumbs and separated menu rows: "Startseite -> Politik -> Ausland", "Home | News | World".
  /^(startseite|home|homepage)\s*(->|›|»|>|\/|\|)/i,
  // Navigation and legal rows: "Zur Startseite", "Skip to main content", "Impressum", "Privacy Policy".
  /^(zur startseite|zum inhalt( springen)?|zur (haupt)?navigation|skip to( main)? (content|navigation)|back to (top|gallery)|nach oben|to top|jump to)\b/i,
  /^(impressum|datenschutz(erklärung|hinweise)?|agb|kontakt|privacy( policy| notice| settings)?|cookie (policy|settings)|cookie-?(richtlinie|einstellungen)|terms( of (use|service)| and conditions)?|terms & conditions|contact( us)?|about( us)?|sitemap|accessibility|barrierefreiheit|nutzungsbedingungen|leserservice|mediadaten|rss( feed)?)$/i,
  // Share and comment rows and counts: "Teilen auf Facebook", "12 Kommentare", "Share this:".
  /^(teilen|share|drucken|print|e-?mail|kommentare?|comments?|anzeige|werbung|advertisement|sponsored( content)?|promoted|partner content)(\s+(auf|on|via)\s+\S+)?\s*:?$/i,
  /^(share|teilen)( this| diesen)?( article| story| post| entry| page| artikel| beitrag)?( (on|auf|via) \S+)?\s*:?$/i,
  /^(share|teilen)\b.{0,30}\b(options|optionen|facebook|twitter|whatsapp|e-?mail)$/i, // "Share All sharing options"
  /^(\d[\d.,]*\s*[kmtsd]?\s+)?(shares?|comments?|kommentare?|likes?|views?|aufrufe|reaktionen|reactions|retweets?|antworten|replies)(\s*\(\d+\))?$/i,
  /^(comments?|kommentare|view comments|kommentieren|show comments|kommentare anzeigen|zu den kommentaren)\b.{0,20}$/i,
  /^((image|bild|foto|photo|slide)\s*)?\d+\s*(of|von|\/)\s*\/?\s*\d+$/i, // "Image 1 of 23", "1 / 23"
  // Topic and hashtag rows: "Themen: Ukraine, Russland", "#Politik #Ukraine".
  /^(themen|thema|topics?|tags?|schlagworte|stichworte|schlagwörter|mehr zu|filed under|related topics|weitere themen)\s*:/i,
  /^(#[\p{L}\p{N}_-]+[\s,]*)+$/u,
  // Reading time and "Stand:" lines: "4 min read", "Stand: 27.11.2026 10:34 Uhr".
  /^(aktualisiert|veröffentlicht|stand|updated|published|erschienen|posted|last updated|zuletzt aktualisiert)( am| on| at)?\s*:?\s*[\p{L}\d ,.:|/-]{0,60}$/iu,
  /^(\d+\s+)?(min\.?|minuten|minutes?)\s+(lesezeit|read|reading time)$/i,
  /^(lesezeit|reading time)\s*:?\s*\d+\s*(min\.?|minuten|minutes?)$/i,
];

/** Menu rows by their separators, tried only on a line that has one: the patterns scan and backtrack. */
const ARROW_ROW = /^[^.!?]{0,80}(\s(->|›|»|>)\s[^.!?]{0,60}){2,}$/; // "Politik › Ausland › Europa"
const BAR_ROW = /^[^.!?|•·]{1,40}(\s?[|•·]\s?[^.!?|•·]{1,40}){2,}$/; // "Home | News | World"
const isMenuRow = (line: string) =>
  (/[>›»]/.test(line) && ARROW_ROW.test(line)) || (/[|•·]/.test(line) && BAR_ROW.test(line));

/** Cookie and consent text: what the page says about itself, never reporting. */
const CONSENT =
  /\b(we use cookies|this (site|website) uses cookies|wir (verwenden|nutzen|setzen) cookies|(diese|unsere) (website|webseite|seite) (verwendet|nutzt) cookies|accept (all|cookies)|alle akzeptieren|akzeptieren und weiter|cookie-?(einstellungen|richtlinie|hinweis|banner)|cookie (settings|policy|preferences)|by (continuing|using) (to use )?(this|our) (site|website).{0,40}(agree|accept|consent))\b/i;

const AGENCIES = words(`
  dpa afp ap reuters rtr kna epd sid apa sda afx dpa-afx ddp upi efe ansa xinhua tass ots aktuell infocom
  dpa-infocom bloomberg pa
`);
const SOCIAL = words(`
  facebook twitter whatsapp e-mail email linkedin xing pinterest reddit telegram instagram youtube tiktok flipboard
  pocket messenger mail print drucken teilen share copy link kopieren x threads mastodon bluesky tweet google
  sms artikel article
`);
// Month and weekday names with their abbreviations, time words: a line made of these and numbers is a date line.
const DATE_WORDS = words(`
  januar jänner februar märz april mai juni juli august september oktober november dezember
  january february march may june july october december
  jan feb mär mar apr jun jul aug sep sept okt oct nov dez dec
  montag dienstag mittwoch donnerstag freitag samstag sonntag monday tuesday wednesday thursday friday saturday
  sunday mo di mi do fr sa so mon tue tues wed thu thur thurs fri sat sun
  uhr am pm a.m p.m est edt cet cest mez mesz gmt utc pst pdt cst cdt et pt bst ist h hr hrs std min mins sek
  ago vor seit minute minutes minuten hour hours stunde stunden day days tag tagen week weeks woche wochen
  updated update published posted aktualisiert veröffentlicht erstellt geändert stand last zuletzt on at um an den
  today heute yesterday gestern just now jetzt gerade eben
`);

/**
 * The patterns joined into one test per case rule: every pattern is anchored at the line's start, and one call that
 * tries the alternatives there costs a fraction of forty calls (this runs on every paragraph of every article).
 */
function joinAnchored(patterns: RegExp[], flags: string): RegExp {
  return new RegExp(`^(?:${patterns.map((re) => `(?:${re.source.replace(/^\^/, "")})`).join("|")})`, flags);
}
const CASELESS_LINE = joinAnchored(
  LINE_PATTERNS.filter((re) => re.flags.includes("i")),
  "iu",
);
const CASED_LINE = joinAnchored(
  LINE_PATTERNS.filter((re) => !re.flags.includes("i")),
  "u",
);
const TOKEN = /[\p{L}\p{N}][\p{L}\p{N}.-]*/gu;
const FIRST_TOKEN = /[\p{L}\p{N}][\p{L}\p{N}.-]*/u;

export function isBoilerplateLine(line: string): boolean {
  if (line.length > 300) return false;
  if (CASELESS_LINE.test(line) || CASED_LINE.test(line) || isMenuRow(line) || CONSENT.test(line)) return true;
  // Every token must be an agency, a sharing word, a number or a date word: the first one decides most lines.
  const first = FIRST_TOKEN.exec(line)?.[0].toLowerCase().replace(/\.$/, "");
  if (first === undefined || !(isAgency(first) || SOCIAL.has(first) || DATE_WORDS.has(first) || isNumber(first)))
    return false;
  const tokens = line.toLowerCase().match(TOKEN) ?? [];
  if (tokens.length === 0 || tokens.length > 16) return false;
  const bare = tokens.map((t) => t.replace(/\.$/, ""));
  if (bare.every(isAgency)) return true; // "(dpa-AFX)", "dpa/AFP"
  if (bare.every((t) => SOCIAL.has(t)) && tokens.length >= 2) return true; // "Facebook Twitter WhatsApp E-Mail"
  // "Nov 18", "10H ago", "Mittwoch, 20. November 2019, 10:34 Uhr", "Updated 1:39 am EST, Wednesday, November 20".
  const dated = bare.some((t) => isNumber(t) || (DATE_WORDS.has(t) && t.length > 3));
  return dated && bare.every((t) => isNumber(t) || DATE_WORDS.has(t));
}

const isNumber = (t: string) => /^\d[\d.:,]*(h|m|am|pm|st|nd|rd|th)?$/.test(t);
const isAgency = (t: string) => AGENCIES.has(t) || /^dpa:/.test(t);

/** Markers after which headline-like lines are teasers of other articles. */
export function isReadMoreMarker(line: string): boolean {
  return READ_MORE_DE.test(line) || READ_MORE_EN.test(line);
}

/**
 * A photo credit at the end of a caption: "Kim Jong Un in Pjöngjang. Foto: dpa", "… in Seoul (AP Photo/Ahn
 * Young-joon)". Returns where the credit starts within the paragraph, or the paragraph's length when it has none.
 */
const TRAILING_CREDIT =
  /(\s|^)(\((ap|afp|epa|reuters|dpa|getty|picture[- ]alliance|imago)( photo| images| foto)?\s*\/[^()]{1,60}\)|(foto|fotos|bild|photo|photograph|image|credit|quelle|bildquelle)\s*:\s*[^.!?:]{1,60}|(reuters|afp|ap photo|epa|getty images|picture alliance|dpa)\s*\/\s*[^.!?]{1,50})$/iu;
/** A credit is a few dozen characters: only a paragraph's tail is searched, from a space so no word is cut. */
const CREDIT_TAIL = 200;
export function creditStart(paragraph: string): number {
  const from = paragraph.length <= CREDIT_TAIL ? 0 : paragraph.lastIndexOf(" ", paragraph.length - CREDIT_TAIL) + 1;
  const m = TRAILING_CREDIT.exec(from > 0 ? paragraph.slice(from - 1) : paragraph);
  const at = m ? m.index + Math.max(from - 1, 0) : 0;
  return m && at > 0 ? at + m[1]!.length : paragraph.length;
}
