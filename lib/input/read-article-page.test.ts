import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { readArticlePage } from "./read-article-page";

// Pages written for these tests, shaped like German and English news pages: the article among the furniture a
// news site puts around it.
const GERMAN_PAGE = `<!doctype html><html lang="de-DE"><head>
<title>Bahn streicht Nachtzüge nach Paris | Politik | Rheinpost</title>
<meta property="og:site_name" content="Rheinpost">
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[
  {"@type":"WebSite","name":"Rheinpost Online"},
  {"@type":"NewsArticle","headline":"Bahn streicht Nachtzüge nach Paris","datePublished":"2024-03-05T08:30:00+01:00",
   "author":[{"@type":"Person","name":"Anna Weber"},{"@type":"Person","name":"Jonas Brandt"}],
   "publisher":{"@type":"Organization","name":"Rheinpost"}}]}</script>
</head><body>
<div class="cmp-banner"><p>Wir verwenden Cookies, um Ihnen das beste Nutzererlebnis zu bieten. Mit „Akzeptieren" stimmen Sie zu.</p><button>Akzeptieren</button></div>
<header><nav><a href="/">Startseite</a> <a href="/politik">Politik</a> <a href="/sport">Sport</a></nav></header>
<main><article>
<h1>Bahn streicht Nachtzüge nach Paris</h1>
<div class="article-meta"><span class="byline">Von Anna Weber und Jonas Brandt</span> <time>05.03.2024, 08:30 Uhr</time></div>
<ul class="share-bar"><li><a href="#">Teilen</a></li><li><a href="#">WhatsApp</a></li><li><a href="#">Facebook</a></li><li><a href="#">Drucken</a></li></ul>
<figure><img src="zug.jpg" alt=""><figcaption>Ein Nachtzug in Köln. Foto: Max Muster/dpa</figcaption></figure>
<p>Die Deutsche Bahn stellt ihre Nachtzugverbindung von Berlin nach Paris zum Fahrplanwechsel im Dezember ein. Das teilte ein Sprecher des Unternehmens am Dienstag in Berlin mit.</p>
<p>Als Grund nannte die Bahn die hohen Kosten für Trassen und Personal. Die Verbindung sei im vergangenen Jahr nur zu 40 Prozent ausgelastet gewesen, sagte der Sprecher.</p>
<p><strong>Lesen Sie auch:</strong> <a href="/x">Streik bei der Bahn: Was Reisende jetzt wissen müssen</a></p>
<h2>Kritik vom Fahrgastverband</h2>
<p>Der Fahrgastverband Pro Bahn kritisierte die Entscheidung scharf. „Wer Klimaschutz ernst nimmt, muss Nachtzüge ausbauen und nicht streichen", sagte der Verbandsvorsitzende.</p>
<div class="newsletter-box"><h3>Der Morgen-Newsletter</h3><p>Die wichtigsten Nachrichten des Tages jeden Morgen in Ihrem Postfach. Jetzt kostenlos abonnieren!</p></div>
<p>Das Verkehrsministerium kündigte an, die Entscheidung prüfen zu wollen. Eine Stellungnahme der französischen Staatsbahn SNCF stand zunächst aus.</p>
<p>Bild: Max Muster/dpa</p>
<section class="teaser-list"><h3>Mehr zum Thema</h3><ul><li><a href="/a">Neue ICE-Strecke eröffnet</a></li><li><a href="/b">Bahn erhöht die Preise</a></li></ul></section>
</article></main>
<footer><p>© 2024 Rheinpost Mediengruppe. Alle Rechte vorbehalten.</p></footer>
</body></html>`;

const ENGLISH_PAGE = `<html lang="en-GB"><head>
<title>Council approves new bridge over the Avon - Westshire Gazette</title>
<meta property="og:title" content="Council approves new bridge over the Avon - Westshire Gazette">
<meta property="og:site_name" content="Westshire Gazette">
<meta property="article:published_time" content="2023-11-20T14:05:00Z">
<meta name="author" content="By Sarah Collins">
</head><body>
<div id="cookie-notice">We use cookies to improve your experience. By using this site you accept our use of cookies.</div>
<article class="story">
<h1>Council approves new bridge over the Avon</h1>
<div class="social-share"><a>Share</a> <a>Tweet</a> <a>Email</a></div>
<p>Westshire council voted on Monday to build a new footbridge over the river Avon, ending a decade of debate about the crossing.</p>
<p>The bridge will cost £4.2 million and is due to open in 2026, the council's transport committee said in a statement.</p>
<p class="image-credit">Photo: Getty Images</p>
<p>Read more: Flood defences on the Avon to be raised</p>
<p>Local residents have campaigned for the crossing since the old ferry closed in 2013. "It's been a long wait," said one campaigner.</p>
<aside class="newsletter"><p>Sign up to our daily newsletter for the latest news from Westshire.</p></aside>
<p>Follow us on Twitter and Facebook for live updates.</p>
<p>Construction is expected to begin next spring, subject to a final approval by the regional planning authority.</p>
<div class="related-articles"><h3>Related stories</h3><ul><li><a>Ferry service to return for summer</a></li><li><a>Avon path reopens after repairs</a></li></ul></div>
</article></body></html>`;

const lines = (text: string) => text.split("\n");

describe("readArticlePage on a German news page", () => {
  const page = readArticlePage(GERMAN_PAGE, "https://www.rheinpost.de/politik/nachtzug");

  it("keeps every paragraph of the article, each its own paragraph, the subheading on its own line", () => {
    expect(page.text).toContain(
      "Die Deutsche Bahn stellt ihre Nachtzugverbindung von Berlin nach Paris zum Fahrplanwechsel im Dezember ein.",
    );
    expect(page.text).toContain("Eine Stellungnahme der französischen Staatsbahn SNCF stand zunächst aus.");
    expect(page.text).toMatch(/sagte der Sprecher\.\n\n(.*\n\n)?Kritik vom Fahrgastverband\n\nDer Fahrgastverband/);
  });

  it("drops the cookie banner, share bar, teasers, newsletter box, photo credits and footer", () => {
    for (const clutter of ["Cookies", "WhatsApp", "Drucken", "Lesen Sie auch", "Streik bei der Bahn", "Newsletter"])
      expect(page.text).not.toContain(clutter);
    for (const clutter of ["abonnieren", "Mehr zum Thema", "Neue ICE-Strecke", "dpa", "Rechte vorbehalten"])
      expect(page.text).not.toContain(clutter);
    expect(page.text).not.toContain("Startseite");
  });

  it("reads title, outlet, byline, date and language from the page's JSON-LD @graph and <html lang>", () => {
    expect(page).toMatchObject({
      title: "Bahn streicht Nachtzüge nach Paris",
      outlet: "Rheinpost",
      byline: "Anna Weber, Jonas Brandt",
      publishedAt: "2024-03-05T07:30:00.000Z",
      language: "de",
    });
  });
});

describe("readArticlePage on an English news page", () => {
  const page = readArticlePage(ENGLISH_PAGE);

  it("keeps the article's paragraphs with a blank line between them", () => {
    expect(lines(page.text)).toContain(
      "The bridge will cost £4.2 million and is due to open in 2026, the council's transport committee said in a statement.",
    );
    expect(page.text).toMatch(/the crossing\.\n\nThe bridge will cost/);
    expect(page.text).toContain("subject to a final approval by the regional planning authority.");
  });

  it("drops the cookie notice, share links, photo credit, read-more teaser, newsletter and follow prompts", () => {
    for (const clutter of ["cookies", "Tweet", "Getty", "Read more", "Flood defences", "Sign up", "Follow us"])
      expect(page.text).not.toContain(clutter);
    for (const clutter of ["Related stories", "Ferry service"]) expect(page.text).not.toContain(clutter);
  });

  it("reads the title without the site's name, the outlet, byline, date and language from the meta tags", () => {
    expect(page).toMatchObject({
      title: "Council approves new bridge over the Avon",
      outlet: "Westshire Gazette",
      byline: "Sarah Collins",
      publishedAt: "2023-11-20T14:05:00.000Z",
      language: "en",
    });
  });
});

describe("readArticlePage on pages without an article", () => {
  const refusal = (html: string) => {
    try {
      readArticlePage(html);
    } catch (error) {
      return error;
    }
    return undefined;
  };

  it("refuses a login page with the sentence people are shown", () => {
    const error = refusal(`<html><body><h1>Anmelden</h1><form><label>E-Mail</label><input name="email">
      <label>Passwort</label><input type="password"><button>Anmelden</button></form>
      <p>Bitte melden Sie sich an, um weiterzulesen.</p><p><a href="/reset">Passwort vergessen?</a></p></body></html>`);
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ code: "invalid_input", reason: "no_article_text", field: "file" });
    expect((error as AppError).message).toMatch(/^Claimtrack found no article text on this page/);
  });

  it("refuses a paywall teaser that holds only the article's first lines", () => {
    const error = refusal(`<html lang="en"><head><script type="application/ld+json">
      {"@type":"NewsArticle","headline":"Markets rally","isAccessibleForFree":"False"}</script></head><body><article>
      <h1>Markets rally as inflation cools</h1>
      <p>Stocks rose sharply on Wednesday after new figures showed inflation slowing for a third month in a row.</p>
      <div class="paywall"><p>Subscribe to continue reading. Already a subscriber? Sign in.</p></div>
      </article></body></html>`);
    expect(error).toMatchObject({ reason: "no_article_text" });
  });

  it("reads the whole article of a subscriber page that carries it in full", () => {
    const sentence = (n: number) => `In report ${n}, the central bank said the economy grew faster than expected.`;
    const paragraph = (n: number) => `<p>${sentence(n)} ${sentence(n + 10)} ${sentence(n + 20)}</p>`;
    const html = `<html><head><script type="application/ld+json">{"@type":"NewsArticle","isAccessibleForFree":false}</script>
      </head><body><article>${[1, 2, 3, 4, 5, 6].map(paragraph).join("")}</article></body></html>`;
    expect(readArticlePage(html).text.split("\n\n")).toHaveLength(6);
  });
});

describe("readArticlePage on short and odd pages", () => {
  it("reads a one-paragraph page, its headline as the title, scripts dropped and never run", () => {
    const page = readArticlePage(`<html><head><title>Kurzmeldung</title><script>alert(1)</script></head>
      <body onload="alert(2)"><nav>Startseite</nav><article><h1>Kurzmeldung</h1>
      <p>Laut der Nachrichtenagentur Yonhap hat Seoul den russischen Botschafter einbestellt.</p></article></body></html>`);
    expect(page).toEqual({
      title: "Kurzmeldung",
      text: "Laut der Nachrichtenagentur Yonhap hat Seoul den russischen Botschafter einbestellt.",
    });
  });

  it("reads a fragment without <html> and <body>, and text saved as .html, and refuses a page of bare tags", () => {
    expect(readArticlePage("<p>Der Bundestag hat am Donnerstag das neue Heizungsgesetz beschlossen.</p>").text).toBe(
      "Der Bundestag hat am Donnerstag das neue Heizungsgesetz beschlossen.",
    );
    expect(readArticlePage("Der Bundestag hat am Donnerstag das neue Gesetz beschlossen, sagte er.").text).toBe(
      "Der Bundestag hat am Donnerstag das neue Gesetz beschlossen, sagte er.",
    );
    expect(() => readArticlePage("<title".repeat(1000))).toThrow(/found no article text/);
  });

  it("reads the whole page when the block Readability picks holds no sentence", () => {
    const page = readArticlePage(`<html><body><div>${"<p>Berlin, Hamburg, München, Köln</p>".repeat(6)}</div>
      <table><tr><td>Der Bundestag hat am Donnerstag das neue Heizungsgesetz mit großer Mehrheit beschlossen.</td></tr>
      </table></body></html>`);
    expect(page.text).toContain(
      "Der Bundestag hat am Donnerstag das neue Heizungsgesetz mit großer Mehrheit beschlossen.",
    );
  });
});
