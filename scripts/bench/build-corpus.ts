import { detectLanguage } from "@/lib/extract";

const NAMES = ["Kim Min-jun", "Anna Weber", "John Carter", "Lee Ji-woo", "Maria Rossi", "Tom Becker", "Sara Lind"];
const AGENCIES = ["Reuters", "AFP", "dpa", "AP News", "Bloomberg", "Yonhap", "Kyodo"];

/**
 * Varies the seed articles into distinct ones until `bytes` is reached: numbers change, people and agencies rotate,
 * so every article is different text with the same kinds of phenomena.
 */
export function buildCorpus(seeds: string[], bytes: number): { text: string; language: "de" | "en" }[] {
  const articles: { text: string; language: "de" | "en" }[] = [];
  let total = 0;
  for (let i = 0; total < bytes; i++) {
    const seed = seeds[i % seeds.length]!;
    const text = seed
      .replace(/\d+/g, (n) => String((Number(n) * (i + 3)) % 9973))
      .replace(/AP News|Yonhap|The Guardian/g, () => AGENCIES[i % AGENCIES.length]!)
      .replace(/Rutte|Kim Yong-hyun|Georgi Sinowjew/g, () => NAMES[i % NAMES.length]!);
    articles.push({ text, language: detectLanguage(text) });
    total += Buffer.byteLength(text, "utf8");
  }
  return articles;
}
