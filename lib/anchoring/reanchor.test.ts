import { describe, expect, it } from "vitest";
import { MAX_CHANGED_TOKENS } from "./align-texts";
import { anchorAt, reanchor, sentenceAround, type Reanchored } from "./reanchor";

const FIRST = "Die Polizei nahm am Montag 12 Menschen fest.";
const SECOND = "Der Bürgermeister kündigte eine Untersuchung an.";
const THIRD = "Die Opposition forderte seinen Rücktritt.";
const article = (...sentences: string[]) => sentences.join(" ");

/** Anchors on the given sentences of a text, each named by its sentence. */
function anchorsOn(text: string, ...sentences: string[]) {
  return sentences.map((sentence) =>
    anchorAt(text, sentence, text.indexOf(sentence), text.indexOf(sentence) + sentence.length),
  );
}

/** The words each result puts its claim on in the new text (what a reader would see highlighted). */
const wordsIn = (text: string, results: Reanchored[]) =>
  results.map((r) => (r.status === "orphaned" ? r.status : text.slice(r.start, r.end)));

describe("re-anchoring claims in a new version", () => {
  it("keeps every claim where it was when nothing changed", () => {
    const text = article(FIRST, SECOND, THIRD);
    const anchors = anchorsOn(text, FIRST, THIRD);
    expect(reanchor(text, text, anchors)).toEqual(
      anchors.map((a) => ({ id: a.id, status: "kept", start: a.start, end: a.end, exact: a.exact })),
    );
  });

  it("moves a claim with its words when a paragraph is put in before it", () => {
    const before = article(FIRST, SECOND);
    const after = "Ein Hinweis der Redaktion: Dieser Text wurde ergänzt.\n\n" + before;
    const [result] = reanchor(before, after, anchorsOn(before, SECOND));
    expect(result).toMatchObject({ status: "kept", exact: SECOND });
    expect(wordsIn(after, [result!])).toEqual([SECOND]);
  });

  it("anchors a claim whose figure was corrected on the corrected words, as changed, with both", () => {
    const before = article(FIRST, SECOND);
    const corrected = FIRST.replace("12", "14");
    const after = article(corrected, SECOND);
    const [result] = reanchor(before, after, anchorsOn(before, FIRST));
    expect(result).toEqual({
      id: FIRST,
      status: "changed",
      start: 0,
      end: corrected.length,
      exact: corrected,
      oldExact: FIRST,
    });
  });

  it("anchors a claim whose typo was fixed as changed", () => {
    const typo = "Der Bürgermeister kündgite eine Untersuchung an.";
    const before = article(FIRST, typo);
    const after = article(FIRST, SECOND);
    const [result] = reanchor(before, after, anchorsOn(before, typo));
    expect(result).toMatchObject({ status: "changed", exact: SECOND, oldExact: typo });
  });

  it("orphans a claim whose sentence was deleted, and keeps the others", () => {
    const before = article(FIRST, SECOND, THIRD);
    const after = article(FIRST, THIRD);
    const results = reanchor(before, after, anchorsOn(before, FIRST, SECOND, THIRD));
    expect(wordsIn(after, results)).toEqual([FIRST, "orphaned", THIRD]);
    expect(results[1]).toMatchObject({ status: "orphaned", reason: "deleted", oldExact: SECOND });
  });

  it("orphans a rewritten sentence instead of putting the claim on the few words it kept", () => {
    const before = article(FIRST, SECOND, THIRD);
    const rewritten = "Eine Untersuchung soll nun klären, was der Bürgermeister wusste.";
    const after = article(FIRST, rewritten, THIRD);
    const results = reanchor(before, after, anchorsOn(before, SECOND));
    expect(results[0]).toMatchObject({ status: "orphaned", reason: "rewritten" });
  });

  it("follows a paragraph moved elsewhere", () => {
    const before = article(FIRST, SECOND, THIRD);
    const after = article(SECOND, THIRD, FIRST);
    const results = reanchor(before, after, anchorsOn(before, FIRST, SECOND, THIRD));
    expect(wordsIn(after, results)).toEqual([FIRST, SECOND, THIRD]);
  });

  it("keeps a claim on its own sentence when the same sentence is put in a second time", () => {
    const before = article(FIRST, SECOND);
    const after = article(FIRST, SECOND, "Noch einmal:", FIRST);
    const [result] = reanchor(before, after, anchorsOn(before, FIRST));
    expect(result).toMatchObject({ status: "kept", start: 0 });
  });

  it("of two claims on the same words, orphans the one whose sentence was deleted, not the one that stayed", () => {
    const before = article(FIRST, SECOND, FIRST, THIRD);
    const second = before.lastIndexOf(FIRST);
    const anchors = [anchorAt(before, "one", 0, FIRST.length), anchorAt(before, "two", second, second + FIRST.length)];
    const after = article(FIRST, SECOND, THIRD);
    const results = reanchor(before, after, anchors);
    expect(results.map((r) => r.status)).toEqual(["kept", "orphaned"]);
    expect(results[0]).toMatchObject({ start: 0 });
  });

  it("keeps two claims on like sentences each on its own copy when one of them moves", () => {
    const repeated = "Das sei ein schwerer Fehler, sagte er.";
    const before = article(FIRST, repeated, SECOND, "\n\nAm Abend:", repeated, THIRD);
    const second = before.lastIndexOf(repeated);
    const anchors = [
      anchorAt(before, "early", FIRST.length + 1, FIRST.length + 1 + repeated.length),
      anchorAt(before, "late", second, second + repeated.length),
    ];
    // The early copy's paragraph goes last; the late copy stays between "Am Abend:" and the third sentence.
    const after = article("\n\nAm Abend:", repeated, THIRD, "\n\n" + FIRST, repeated, SECOND);
    const results = reanchor(before, after, anchors);
    const lateAt = after.indexOf(repeated);
    const earlyAt = after.lastIndexOf(repeated);
    expect(results.map((r) => (r.status === "orphaned" ? r.status : r.start))).toEqual([earlyAt, lateAt]);
  });

  it("orphans a moved claim whose words are now in two new places alike, rather than pick one", () => {
    const before = article(FIRST, SECOND, THIRD);
    const after = article(SECOND, THIRD, "Erstens:", FIRST, "Zweitens:", FIRST);
    const [result] = reanchor(before, after, anchorsOn(before, FIRST));
    expect(result).toMatchObject({ status: "orphaned", reason: "ambiguous" });
  });

  it("orphans a claim when an edit runs across its edge, rather than take in the next sentence's words", () => {
    const second = "Der Bürgermeister kündigte am Abend eine umfassende Untersuchung der Vorfälle an.";
    const before = article(FIRST, second);
    const after =
      "Die Polizei nahm am Montag 12 Menschen in Gewahrsam. Die Bürgermeisterin kündigte am Abend eine umfassende Untersuchung der Vorfälle an.";
    const results = reanchor(before, after, anchorsOn(before, second));
    for (const result of results)
      if (result.status !== "orphaned") expect(result.exact.startsWith("in Gewahrsam")).toBe(false);
  });

  it("puts a corrected claim on the correction, not on a note that quotes the old words", () => {
    const before = article(FIRST, SECOND);
    const corrected = FIRST.replace("12", "14");
    const after = article(corrected, SECOND) + "\n\nKorrektur: Zuvor hieß es hier: " + FIRST;
    const [result] = reanchor(before, after, anchorsOn(before, FIRST));
    expect(result).toMatchObject({ status: "changed", start: 0, exact: corrected });
  });

  it("does not follow a few words of a claim into another sentence that happens to hold them", () => {
    const before = "Die Polizei nahm am Montag 12 Menschen fest. Am Dienstag blieb es ruhig.";
    const after = "Am Dienstag wurden 12 Menschen verletzt.";
    const at = before.indexOf("12 Menschen");
    const [result] = reanchor(before, after, [anchorAt(before, "short", at, at + "12 Menschen".length)]);
    expect(result).toMatchObject({ status: "orphaned" });
  });

  it("a sentence whose last word changed, with a paragraph added after it, is changed and stops at its full stop", () => {
    const bridge = "Die Stadt sperrte die Brücke bis Freitag.";
    const before = article(SECOND, bridge);
    const after = `${SECOND} ${bridge.replace("Freitag", "Sonntag")}\n\nEin Sprecher sagte, die Ermittlungen dauerten an.`;
    const results = reanchor(before, after, anchorsOn(before, bridge, SECOND));
    expect(results[0]).toMatchObject({ status: "changed", exact: "Die Stadt sperrte die Brücke bis Sonntag." });
    expect(wordsIn(after, results)[1]).toBe(SECOND);
  });

  it("a sentence whose first word changed, with a paragraph added before it, is changed and starts where it started", () => {
    const before = article(FIRST, SECOND);
    const after = `Ein Sprecher sagte, die Ermittlungen dauerten an.\n\n${FIRST.replace("Die Polizei", "Polizisten")} ${SECOND}`;
    const results = reanchor(before, after, anchorsOn(before, FIRST, SECOND));
    expect(results[0]).toMatchObject({ status: "changed", exact: FIRST.replace("Die Polizei", "Polizisten") });
    expect(wordsIn(after, results)[1]).toBe(SECOND);
  });

  it("orphans an anchor that is not the old text's words (empty, past its end, stale)", () => {
    const text = article(FIRST, SECOND);
    const stale = { ...anchorAt(text, "stale", 0, 10), exact: "Etwas anderes" };
    const results = reanchor(text, text, [
      anchorAt(text, "empty", 5, 5),
      { ...anchorAt(text, "past", 0, 5), end: 999 },
      stale,
    ]);
    expect(results.map((r) => r.status === "orphaned" && r.reason)).toEqual(["invalid", "invalid", "invalid"]);
  });

  it("without an alignment (a text rewritten beyond the bound), keeps only claims found once in both versions", () => {
    const filler = (seed: string, words: number) =>
      Array.from({ length: words }, (_, i) => `${seed}${i.toString(36)}`).join(" ") + ".";
    const before = article(filler("alt", MAX_CHANGED_TOKENS), FIRST, SECOND, SECOND);
    const after = article(filler("neu", MAX_CHANGED_TOKENS), FIRST, SECOND, SECOND);
    const started = performance.now();
    const results = reanchor(before, after, anchorsOn(before, FIRST, SECOND));
    expect(wordsIn(after, results)).toEqual([FIRST, "orphaned"]);
    expect(results[1]).toMatchObject({ reason: "unaligned" });
    // Bounded: giving up on the alignment costs no more than a few seconds even on a slow, busy machine.
    expect(performance.now() - started).toBeLessThan(5_000);
  });

  it("never puts a claim on words other than its own or a close correction of them, and finds every untouched one", () => {
    const sentences = [FIRST, SECOND, THIRD, "Das Ministerium nannte 3.400 Fälle.", "Die Zahl stieg um 8 Prozent."];
    let seed = 7;
    const random = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
    for (let round = 0; round < 300; round++) {
      const before = article(...sentences);
      const edited = sentences
        .filter(() => random() > 0.2)
        .map((s) => (random() < 0.3 ? s.replace(/\d+/, String(Math.floor(random() * 100))) : s));
      if (random() < 0.3) edited.reverse();
      if (random() < 0.3) edited.splice(Math.floor(random() * edited.length), 0, "Ein neuer Absatz kam hinzu.");
      const after = article(...edited);
      const results = reanchor(before, after, anchorsOn(before, ...sentences));
      results.forEach((result, i) => {
        const untouched = edited.includes(sentences[i]!);
        if (result.status === "orphaned") return expect(untouched).toBe(false);
        const words = after.slice(result.start, result.end);
        expect(words).toBe(result.exact);
        if (result.status === "kept") expect(words).toBe(sentences[i]);
        else expect(words.replace(/\d+/g, "#")).toBe(result.oldExact.replace(/\d+/g, "#"));
      });
    }
  });

  it("finds the sentence a clause stands in, and a clause whose sentence changed elsewhere is kept but its sentence not", () => {
    const sentence = "Seoul rückte näher an Kiew heran, während Moskau sich Pjöngjang zuwendet.";
    const text = article(FIRST, sentence, SECOND);
    const clause = "Seoul rückte näher an Kiew heran";
    const at = text.indexOf(clause);
    const around = sentenceAround(text, at, at + clause.length);
    expect(text.slice(around.start, around.end)).toBe(sentence);
    const after = text.replace("Moskau sich Pjöngjang zuwendet", "Moskau zögert");
    const [own, whole] = reanchor(text, after, [
      anchorAt(text, "clause", at, at + clause.length),
      anchorAt(text, "sentence", around.start, around.end),
    ]);
    expect(own).toMatchObject({ status: "kept" });
    expect(whole!.status).not.toBe("kept");
  });
});
