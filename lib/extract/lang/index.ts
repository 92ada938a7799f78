import type { Language } from "../schema";
import { de } from "./de";
import { en } from "./en";
import type { LanguagePack } from "./language-pack";

export type { LanguagePack } from "./language-pack";

/** The languages the extractor speaks; a new one is a folder `lang/<code>/` and a line here. */
const PACKS: Record<Language, LanguagePack> = { de, en };

export function languagePack(code: Language): LanguagePack {
  return PACKS[code];
}
