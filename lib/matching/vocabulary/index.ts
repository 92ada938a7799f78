import { CONFLICT } from "./conflict";
import { ECONOMY } from "./economy";
import { FREQUENT_1 } from "./frequent-1";
import { FREQUENT_2 } from "./frequent-2";
import { GENERAL } from "./general";
import { POLITICS_AND_LAW } from "./politics-and-law";
import { SOCIETY } from "./society";
import type { Vocabulary } from "./vocabulary";

/** Each beat's words, in both languages (see vocabulary.ts), and the frequent words of German news they left out. */
export const VOCABULARIES: readonly Vocabulary[] = [
  CONFLICT,
  POLITICS_AND_LAW,
  ECONOMY,
  SOCIETY,
  GENERAL,
  FREQUENT_1,
  FREQUENT_2,
];
