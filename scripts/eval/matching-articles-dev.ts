import type { EvalStory } from "./matching-articles";

/**
 * Articles on one story written by the developers of the matcher (read, development): checks the article-level
 * harness (matching-articles.ts) end to end and is scored beside the unread set. Invented events, real places.
 */
export const MATCHING_ARTICLES_DEV: EvalStory[] = [
  {
    id: "dev-floods",
    articles: [
      {
        id: "dev-floods-dpa",
        outlet: "dpa",
        language: "de",
        title: "Hochwasser in Slowenien: Mindestens sechs Tote",
        text: [
          "Bei schweren Überschwemmungen in Slowenien sind nach Angaben der Polizei mindestens sechs Menschen ums Leben gekommen. Rund 4.000 Menschen mussten ihre Häuser verlassen, wie der Zivilschutz in Ljubljana mitteilte.",
          "Die Regierung bat die Europäische Union um Hilfe. Ministerpräsident Robert Golob sprach von der schlimmsten Naturkatastrophe in der Geschichte des Landes. Die Schäden würden auf mehr als 500 Millionen Euro geschätzt, sagte er.",
          "Österreich schickte 40 Soldaten mit Pioniergerät in das Nachbarland. Im Norden des Landes war der Pegel der Save in der Nacht auf über fünf Meter gestiegen.",
          "Bereits im Mai hatten Unwetter in Slowenien Schäden von rund 100 Millionen Euro angerichtet.",
        ].join("\n\n"),
      },
      {
        id: "dev-floods-reuters",
        outlet: "Reuters",
        language: "en",
        title: "Slovenia floods kill 16, thousands evacuated",
        text: [
          "Floods in Slovenia have killed 16 people, the government said on Sunday, as rescuers searched villages cut off by the swollen Sava river. About 4,000 people were evacuated from their homes overnight, civil protection officials said.",
          "Prime Minister Robert Golob called the floods the worst natural disaster in the country's history and said damage would exceed 500 million euros. Slovenia asked the European Union for help.",
          "Neighbouring Austria sent 40 soldiers with engineering equipment. The EU said it would release 10 million euros in emergency aid.",
          "Storms in May had already caused some 100 million euros of damage in Slovenia.",
        ].join("\n\n"),
      },
    ],
    same: [
      {
        a: { article: "dev-floods-dpa", quote: "mindestens sechs Menschen ums Leben gekommen" },
        b: { article: "dev-floods-reuters", quote: "Floods in Slovenia have killed 16 people" },
        figuresDisagree: true,
      },
      {
        a: { article: "dev-floods-dpa", quote: "Rund 4.000 Menschen mussten ihre Häuser verlassen" },
        b: { article: "dev-floods-reuters", quote: "About 4,000 people were evacuated from their homes overnight" },
        figuresDisagree: false,
      },
      {
        a: { article: "dev-floods-dpa", quote: "Österreich schickte 40 Soldaten mit Pioniergerät in das Nachbarland" },
        b: { article: "dev-floods-reuters", quote: "Neighbouring Austria sent 40 soldiers with engineering equipment" },
        figuresDisagree: false,
      },
      {
        a: { article: "dev-floods-dpa", quote: "Die Regierung bat die Europäische Union um Hilfe" },
        b: { article: "dev-floods-reuters", quote: "Slovenia asked the European Union for help" },
        figuresDisagree: false,
      },
      {
        a: {
          article: "dev-floods-dpa",
          quote: "Bereits im Mai hatten Unwetter in Slowenien Schäden von rund 100 Millionen Euro",
        },
        b: {
          article: "dev-floods-reuters",
          quote: "Storms in May had already caused some 100 million euros of damage in Slovenia",
        },
        figuresDisagree: false,
      },
    ],
    different: [
      {
        a: { article: "dev-floods-dpa", quote: "Die Schäden würden auf mehr als 500 Millionen Euro geschätzt" },
        b: { article: "dev-floods-reuters", quote: "The EU said it would release 10 million euros in emergency aid" },
      },
      {
        a: {
          article: "dev-floods-dpa",
          quote: "Bereits im Mai hatten Unwetter in Slowenien Schäden von rund 100 Millionen Euro",
        },
        b: { article: "dev-floods-reuters", quote: "said damage would exceed 500 million euros" },
      },
    ],
  },
];
