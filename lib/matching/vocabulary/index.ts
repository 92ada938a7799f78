import { CONFLICT } from "./conflict";
import { ECONOMY } from "./economy";
import { GENERAL } from "./general";
import { POLITICS_AND_LAW } from "./politics-and-law";
import { SOCIETY } from "./society";
import type { Vocabulary } from "./vocabulary";

/** Each beat's words, in both languages (see vocabulary.ts). */
export const VOCABULARIES: readonly Vocabulary[] = [CONFLICT, POLITICS_AND_LAW, ECONOMY, SOCIETY, GENERAL];
