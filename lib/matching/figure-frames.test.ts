import { describe, expect, it } from "vitest";
import { compareSentences as compare } from "@/test/support/sentence-keys";
import { expectedFigures, periodsOf } from "./figure-frames";
import type { MatchLanguage } from "./match-key";

describe("figures that someone expected", () => {
  it("are the forecasts, projections and targets of their own clause", () => {
    const expected = (text: string, figure: string, language: MatchLanguage = "en") =>
      expectedFigures(text, [{ text: figure, rate: /percent|Prozent/.test(figure) }], language)[0];
    expect(
      expected("The economy grew 0.5 percent, more than the 0.3 percent economists had expected.", "0.3 percent"),
    ).toBe(true);
    expect(
      expected("The economy grew 0.5 percent, more than the 0.3 percent economists had expected.", "0.5 percent"),
    ).toBe(false);
    expect(expected("Sales are expected to reach 2 million units next year.", "2 million units")).toBe(true);
    expect(expected("Inflation stayed above the central bank's target of 2 percent.", "2 percent")).toBe(true);
    expect(expected("Analysten hatten mit einem Plus von 0,3 Prozent gerechnet.", "0,3 Prozent", "de")).toBe(true);
    expect(
      expected("Die Regierung prognostiziert für das kommende Jahr 1,1 Prozent Wachstum.", "1,1 Prozent", "de"),
    ).toBe(true);
    expect(expected("Die Teuerung liegt über dem Inflationsziel der EZB von 2 Prozent.", "2 Prozent", "de")).toBe(true);
    expect(expected("Die Prognose der Bundesbank von 0,4 Prozent gilt als zu hoch.", "0,4 Prozent", "de")).toBe(true);
    expect(expected("Erwartet wird ein Plus von 0,3 Prozent.", "0,3 Prozent", "de")).toBe(true);
    // Each figure in its own place: "3 percent" is not the end of "2.3 percent".
    expect(
      expectedFigures(
        "Spanish inflation rose to 2.3 percent, while economists had expected 3 percent.",
        [
          { text: "2.3 percent", rate: true },
          { text: "3 percent", rate: true },
        ],
        "en",
      ),
    ).toEqual([false, true]);
  });

  it("are not outcomes that met or beat an expectation, counts that are estimates, or what was attacked", () => {
    const expected = (text: string, figure: string, language: MatchLanguage = "en") =>
      expectedFigures(text, [{ text: figure, rate: /percent|Prozent/.test(figure) }], language)[0];
    expect(expected("The bank held its rate at 4.5 percent, as analysts had expected.", "4.5 percent")).toBe(false);
    expect(expected("Die Notenbank beließ den Leitzins wie erwartet bei 4,5 Prozent.", "4,5 Prozent", "de")).toBe(
      false,
    );
    expect(
      expected("Die Wirtschaft wuchs mit 0,5 Prozent stärker als von Analysten erwartet.", "0,5 Prozent", "de"),
    ).toBe(false);
    expect(expected("Exports rose 4 percent, beating expectations.", "4 percent")).toBe(false);
    expect(expected("An estimated 1,500 soldiers arrived on four ships.", "1,500 soldiers")).toBe(false);
    expect(expected("Russia targeted Kharkiv with 12 missiles overnight.", "12 missiles")).toBe(false);
    expect(expected("Mutai lief nach 2:02:16 Stunden ins Ziel.", "2:02:16 Stunden", "de")).toBe(false);
    expect(expected("The economy grew a better-than-expected 0.5 percent.", "0.5 percent")).toBe(false);
    expect(expected("Prices rose 2.4 percent as economists polled by Reuters had expected.", "2.4 percent")).toBe(
      false,
    );
    expect(
      expected("Die Preise stiegen wie von den meisten Ökonomen erwartet um 2,4 Prozent.", "2,4 Prozent", "de"),
    ).toBe(false);
    expect(expected("At least 30 people were killed in the blast and the toll is expected to rise.", "30 people")).toBe(
      false,
    );
    expect(expected("Kharkiv was the target of 12 missiles overnight.", "12 missiles")).toBe(false);
  });

  it("do not disagree with what happened, in either language, while two outcomes still do", () => {
    const outcome: [string, MatchLanguage] = ["Germany's economy grew 0.4 percent in the third quarter.", "en"];
    const forecast = compare(
      ["Economists had expected Germany's economy to grow 0.2 percent in the third quarter.", "en"],
      outcome,
    );
    expect(forecast).not.toBeNull();
    expect(forecast!.figuresDisagree).toBe(false);
    const germanForecast = compare(
      ["Experten hatten erwartet, dass die deutsche Wirtschaft im dritten Quartal um 0,2 Prozent wächst.", "de"],
      outcome,
    );
    expect(germanForecast).not.toBeNull();
    expect(germanForecast!.figuresDisagree).toBe(false);
    // Two outcomes that cannot both be true are flagged as before.
    const twoOutcomes = compare(["Germany's economy grew 0.2 percent in the third quarter.", "en"], outcome);
    expect(twoOutcomes?.figuresDisagree).toBe(true);
  });
});

describe("figures of two periods", () => {
  it("are read from the years and months a claim counts in, not the ones it compares with", () => {
    expect(periodsOf("Germany recorded 677,000 births in 2023.", "en")).toEqual(["y2023"]);
    expect(periodsOf("Inflation rose to 2.4 percent in March, the highest since 2008.", "en")).toEqual(["m3"]);
    expect(periodsOf("Die Inflation lag im März bei 2,4 Prozent, so hoch wie seit 2008 nicht.", "de")).toEqual(["m3"]);
    expect(periodsOf("Theresa May said 300 jobs would go. March organisers expect 5,000.", "en")).toEqual([]);
    expect(periodsOf("Prices rose in May and fell in Sept. and Okt. is no English month.", "en")).toEqual(["m5", "m9"]);
    expect(periodsOf("Im Jänner und im Okt. 2024 stiegen die Preise.", "de")).toEqual(["y2024", "m1", "m10"]);
  });

  it("are listed side by side but never flagged as disagreeing, in either language", () => {
    const march: [string, MatchLanguage] = [
      "Consumer prices in Spain rose 3.2 percent in March, the statistics office said.",
      "en",
    ];
    const february = compare(march, ["Spanish consumer prices rose 2.8 percent in February.", "en"]);
    expect(february).not.toBeNull();
    expect(february!.figures.map((f) => [f.a, f.b])).toEqual([["3.2 per cent", "2.8 per cent"]]);
    expect(february!.figuresDisagree).toBe(false);
    // The same two figures without their months are one count that disagrees.
    expect(
      compare(["Consumer prices in Spain rose 3.2 percent.", "en"], ["Spanish consumer prices rose 2.8 percent.", "en"])
        ?.figuresDisagree,
    ).toBe(true);
    // Years apart, across the languages; the same two figures without their years disagree.
    const rate: [string, MatchLanguage] = ["Germany's unemployment rate rose to 5.7 percent in 2023.", "en"];
    const years = compare(["Die Arbeitslosenquote in Deutschland stieg 2024 auf 6,0 Prozent.", "de"], rate);
    expect(years).not.toBeNull();
    expect(years!.figuresDisagree).toBe(false);
    const noYears = compare(
      ["Die Arbeitslosenquote in Deutschland stieg auf 6,0 Prozent.", "de"],
      ["Germany's unemployment rate rose to 5.7 percent.", "en"],
    );
    expect(noYears?.figuresDisagree).toBe(true);
  });
});

describe("figures of two frames of time, or for each of something", () => {
  // Pairs that are linked and whose figures would disagree without their frame: each is checked to be linked with its
  // figures compared, so a pair that stops being linked does not pass for one that stopped being flagged.
  const flagged = (a: [string, MatchLanguage], b: [string, MatchLanguage]) => {
    const match = compare(a, b);
    expect(match, `${a[0]} | ${b[0]}`).not.toBeNull();
    expect(match!.figures, `${a[0]} | ${b[0]}`).not.toEqual([]);
    return match!.figuresDisagree;
  };

  it("does not flag a change on the year against one on the month, or an unmarked change against one on the month", () => {
    const onTheMonth: [string, MatchLanguage] = ["Consumer prices in Austria rose 0.4 percent on the month.", "en"];
    expect(
      flagged(onTheMonth, ["Die Verbraucherpreise in Österreich stiegen im Jahresvergleich um 3,1 Prozent.", "de"]),
    ).toBe(false);
    expect(flagged(onTheMonth, ["Austrian consumer prices rose 3.1 percent.", "en"])).toBe(false);
    // Two changes on the year still disagree, across the languages.
    expect(
      flagged(
        ["Austrian consumer prices rose 3.1 percent year on year.", "en"],
        ["Die Verbraucherpreise in Österreich stiegen gegenüber dem Vorjahr um 2,7 Prozent.", "de"],
      ),
    ).toBe(true);
    // The month a change is measured against is not the month it counts in.
    expect(periodsOf("Gegenüber dem Vormonat Mai sanken die Preise um 0,2 Prozent.", "de")).toEqual(["b:month"]);
  });

  it("does not flag a stretch of months against one month, or two quarters", () => {
    expect(
      flagged(
        ["Car sales in France fell 4 percent in the first ten months of the year.", "en"],
        ["Die Autoverkäufe in Frankreich sanken im Oktober um 11 Prozent.", "de"],
      ),
    ).toBe(false);
    expect(
      flagged(
        ["Austria's economy grew 0.3 percent in the second quarter.", "en"],
        ["Österreichs Wirtschaft wuchs im dritten Quartal um 0,1 Prozent.", "de"],
      ),
    ).toBe(false);
    expect(
      flagged(
        ["Car sales in France fell 4 percent in October.", "en"],
        ["Die Autoverkäufe in Frankreich sanken im Oktober um 11 Prozent.", "de"],
      ),
    ).toBe(true);
  });

  it("does not flag a year's figure that only one claim dates, unless the other says 'last year'", () => {
    // A background paragraph's earlier fire against today's: two periods, though only one claim names its year.
    expect(
      flagged(
        ["The Sierra de Gata was devastated in 2015 by a fire that burned about 8,000 hectares.", "en"],
        ["Der Brand in der Sierra de Gata hat nach Angaben der Feuerwehr bereits 3.500 Hektar zerstört.", "de"],
      ),
    ).toBe(false);
    expect(
      flagged(
        ["Spain installed 9 gigawatts of new solar capacity last year, the grid operator said.", "en"],
        ["Spain added about 7 gigawatts of solar power capacity in 2025, the grid operator said.", "en"],
      ),
    ).toBe(true);
    expect(periodsOf("Im vergangenen Jahr passierten rund 27.000 Schiffe den Kanal.", "de")).toEqual(["r:year"]);
    expect(periodsOf("In den letzten Jahren und im vergangenen Jahrzehnt stieg die Zahl.", "de")).toEqual([]);
    // The year before that a change is measured against is no year of the claim's own: compared, and flagged.
    expect(
      flagged(
        ["Die deutschen Exporte stiegen im März um 3 Prozent gegenüber dem Vorjahr.", "de"],
        ["German exports rose 5 percent in March compared with the previous year.", "en"],
      ),
    ).toBe(true);
  });

  it("does not flag the year so far against a month's news that names no period, and reads the stretches alike", () => {
    expect(
      flagged(
        ["In den ersten zehn Monaten sanken die Autoverkäufe in Frankreich um 4 Prozent.", "de"],
        ["Car sales in France fell 11 percent from a year earlier.", "en"],
      ),
    ).toBe(false);
    // A claim that gives the month's figure beside the stretch's is compared on the month.
    expect(
      flagged(
        ["Exports from Germany fell 9.4 percent in September and 2.8 percent in the first nine months.", "en"],
        ["Die deutschen Exporte sanken im September um 4,0 Prozent.", "de"],
      ),
    ).toBe(true);
    // "This year" alone is no stretch: "the worst disaster this year" counts its dead as any claim does.
    expect(
      flagged(
        ["Twelve people were killed in the landslide in Norway, the worst disaster this year.", "en"],
        ["Eight people were killed in the landslide in Norway.", "en"],
      ),
    ).toBe(true);
    // The first half and the first six months are one stretch; January to June two months of it.
    expect(periodsOf("Für das erste Halbjahr meldet die Bahn 71 Prozent.", "de")).toEqual(["s:half"]);
    expect(periodsOf("In the first six months, 65 percent of trains were on time.", "en")).toEqual(["s:half"]);
    expect(periodsOf("Seit Jahresbeginn sind 250.000 Menschen geflohen.", "de")).toEqual(["s:year"]);
    expect(
      flagged(
        ["In France, car sales fell 4 percent between January and June.", "en"],
        ["Die Autoverkäufe in Frankreich sanken im ersten Halbjahr um 11 Prozent.", "de"],
      ),
    ).toBe(true);
    expect(
      flagged(
        ["Some 250,000 people have fled Syria since the start of the year, the UN said.", "en"],
        ["The UN says 1.2 million people have fled Syria this year.", "en"],
      ),
    ).toBe(true);
  });

  it("does not flag an earlier or superseded figure against today's", () => {
    const now: [string, MatchLanguage] = ["Firefighters in Spain said 35 people were missing after the floods.", "en"];
    const before = (text: string, language: MatchLanguage = "de") => flagged(now, [text, language]);
    expect(
      before("Zuvor hatte die Feuerwehr in Spanien noch von 20 vermissten Menschen nach dem Hochwasser gesprochen."),
    ).toBe(false);
    expect(before("Firefighters in Spain initially said 20 people were missing after the floods.", "en")).toBe(false);
    expect(before("Die Feuerwehr in Spanien meldete damals 20 vermisste Menschen nach dem Hochwasser.")).toBe(false);
    expect(before("Die Feuerwehr in Spanien meldete 20 vermisste Menschen nach dem Hochwasser.")).toBe(true);
  });

  it("reads a frame only where it frames a figure: ordinary words of time leave the flag as it was", () => {
    const still = (a: string, b: string, la: MatchLanguage = "en", lb: MatchLanguage = la) => flagged([a, la], [b, lb]);
    expect(
      still(
        "Zwölf Menschen starben bei dem Erdrutsch in Norwegen, die Polizei hatte noch keine Angaben zur Ursache.",
        "Acht Menschen starben bei dem Erdrutsch in Norwegen.",
        "de",
      ),
    ).toBe(true);
    expect(
      still(
        "Nach dem Erdrutsch in Norwegen, der die Bergenbahn am Dienstag verschüttet hatte, werden noch 30 Menschen vermisst.",
        "Nach dem Erdrutsch in Norwegen werden fünf Menschen vermisst.",
        "de",
      ),
    ).toBe(true);
    expect(
      still(
        "Twelve people died in the landslide in Norway, police said at the time of writing.",
        "Eight people died in the landslide in Norway, police said.",
      ),
    ).toBe(true);
    expect(
      still(
        "Rescuers in Tyrol resumed the search at first light; 12 people are still missing after the avalanche.",
        "Five people are still missing after the avalanche in Tyrol.",
      ),
    ).toBe(true);
    // Two months named are a stretch only as its ends ("between January and June").
    expect(
      still(
        "The UN said on June 3 that 12,000 civilians had been killed in Sudan by the end of May.",
        "The UN said 15,000 civilians had been killed in Sudan.",
      ),
    ).toBe(true);
    // A claim with figures in two frames is compared in the one both share.
    expect(
      still(
        "Austrian consumer prices rose 3.1 percent year on year and 0.4 percent on the month.",
        "Die Verbraucherpreise in Österreich stiegen im Jahresvergleich um 2,0 Prozent.",
        "en",
        "de",
      ),
    ).toBe(true);
    // The same frame in other words on each side.
    expect(
      still(
        "Austrian consumer prices rose 0.4 percent month-over-month in March.",
        "Die Verbraucherpreise in Österreich stiegen im März verglichen mit dem Vormonat um 0,9 Prozent.",
        "en",
        "de",
      ),
    ).toBe(true);
    expect(periodsOf("Der Umsatz des ersten Halbjahres stieg um 4 Prozent.", "de")).toEqual(["s:half"]);
    expect(periodsOf("Im 3. Quartal wuchs die Wirtschaft um 0,2 Prozent.", "de")).toEqual(["q3"]);
    // A quarter against a month, and a change on the year against one on the quarter, are two frames.
    expect(
      still(
        "Austria's economy grew 0.3 percent in the third quarter.",
        "Österreichs Wirtschaft wuchs im September um 0,9 Prozent.",
        "en",
        "de",
      ),
    ).toBe(false);
    expect(
      still(
        "Austria's economy grew 1.3 percent year on year.",
        "Österreichs Wirtschaft wuchs gegenüber dem Vorquartal um 0,2 Prozent.",
        "en",
        "de",
      ),
    ).toBe(false);
  });

  it("compares a figure for each of something only with its like, never with a total", () => {
    const demand: [string, MatchLanguage] = [
      "Die Gewerkschaft Verdi fordert für die Busfahrer 3,50 Euro mehr pro Stunde.",
      "de",
    ];
    expect(flagged(demand, ["The Verdi union said the bus drivers' strike cost 40 million euros.", "en"])).toBe(false);
    expect(flagged(demand, ["The Verdi union is demanding 4 euros more an hour for bus drivers.", "en"])).toBe(true);
    // "A day after", "a week into" are times, not rates; "jährlich", "im Jahr" and "a year" are one rate.
    expect(
      flagged(
        ["Rescuers in Turkey pulled 120 bodies a day after the earthquake from the rubble of Antakya.", "en"],
        ["Rescuers in Turkey pulled 40 bodies from the rubble of Antakya.", "en"],
      ),
    ).toBe(true);
    const aid: [string, MatchLanguage] = [
      "Austria pays Ukraine 500 million euros a year in aid, the ministry said.",
      "en",
    ];
    expect(
      flagged(aid, ["Österreich zahlt der Ukraine jährlich 800 Millionen Euro Hilfe, sagte das Ministerium.", "de"]),
    ).toBe(true);
    expect(
      flagged(aid, ["Österreich zahlt der Ukraine 800 Millionen Euro Hilfe im Jahr, sagte das Ministerium.", "de"]),
    ).toBe(true);
  });

  it("reads 'rechnet damit, dass' as a forecast", () => {
    expect(
      flagged(
        [
          "Die Bundesbank rechnet damit, dass die Inflation in Deutschland bis zum Jahresende auf 2,5 Prozent steigt.",
          "de",
        ],
        ["Inflation in Germany rose to 2.1 percent, the Bundesbank said.", "en"],
      ),
    ).toBe(false);
  });
});
