import type { RegistryEntry, SourceType } from "./source-type";
import { BUILTIN_SOURCES } from "./builtin-sources";
import { nameTokens } from "./normalize-name";

export interface RegistryMatch {
  name: string;
  type: SourceType;
  /** How many words of the mention the matched alias covers. */
  covered: number;
}

const MAX_ALIAS_WORDS = 8;
// Words that describe a source rather than name it: "die britische Zeitung The Guardian" names The Guardian.
// Compounds count too ("US-Nachrichtenagentur"), and so do adjectives after folding ("britische" → "britisch").
const DESCRIPTOR_RE =
  /(agentur|zeitung|blatt|sender|magazin|denkfabrik|news|agency|newspaper|broadcaster|think|tank|paper|outlet|wire|service|isch|staatlich|state-run|medi|daily)$/;

/**
 * `acronym`: the key came from an alias in capitals ("US", "U.S.", "UN"), which the text must write in capitals.
 * `capitalised`: a one-word alias written as a name ("Economist", "Post", "Independent"), which the text must
 * capitalise too: "most economists", "in a post" and "an independent analyst" name no outlet.
 */
type RegistryHit = { name: string; type: SourceType; acronym?: true; capitalised?: true };

/**
 * A one-word place that ends a longer name is part of that name, not the government it stands for: "Priorities USA",
 * "Radio Free Asia", "Denzel Washington" (a capitalised word right before it, not a possessive: "Japan's" still
 * owns what follows, and "the government in Seoul" is Seoul's).
 */
function namesSomethingElse(mention: string, hit: RegistryHit, len: number, from: number): boolean {
  if (hit.type !== "government" || len !== 1 || from === 0) return false;
  const before = mention.trim().split(/\s+/).at(-2) ?? "";
  return /^\p{Lu}/u.test(before) && !/['’]s?$/u.test(before) && !DESCRIPTOR_RE.test(before.toLowerCase());
}
/** A registry's own index as plain data: it crosses to a worker thread without folding every alias again. */
export type RegistryIndex = [key: string, hit: RegistryHit][];

function addAliases(map: Map<string, RegistryHit>, name: string, type: SourceType, aliases: string[]): void {
  for (const alias of [name, ...aliases]) {
    const key = nameTokens(alias).join(" ");
    const acronym = /^\p{Lu}{2,4}$/u.test(alias.replace(/\./g, "")) ? { acronym: true as const } : {};
    const oneWordName = !key.includes(" ") && /^\p{Lu}\p{Ll}/u.test(alias.split(/\s+/).at(-1)!);
    const capitalised = !acronym.acronym && oneWordName ? { capitalised: true as const } : {};
    if (key && !map.has(key)) map.set(key, { name, type, ...acronym, ...capitalised });
  }
}

// Built once per process: folding some 600 aliases on every call was half the time of a short article.
let builtin: Map<string, RegistryHit> | undefined;
function builtinAliases(): Map<string, RegistryHit> {
  if (!builtin) {
    builtin = new Map();
    for (const e of BUILTIN_SOURCES) addAliases(builtin, e.name, e.type, e.aliases);
  }
  return builtin;
}

/**
 * Maps the words of a mention to a canonical source through aliases in any language. The caller's entries (the
 * app's database registry) come first, so a newsroom's own names win over the built-in ones.
 */
export class SourceRegistry {
  private readonly own = new Map<string, RegistryHit>();

  constructor(entries: RegistryEntry[] = []) {
    this.add(entries);
  }

  /** Adds entries after the ones already known (an alias already taken keeps its source): a caller's cache grows. */
  add(entries: RegistryEntry[]): void {
    for (const e of entries) addAliases(this.own, e.name, e.type, e.aliases ?? []);
  }

  /** The caller's entries as indexed (the built-in ones are known everywhere already). */
  toIndex(): RegistryIndex {
    return [...this.own];
  }

  static fromIndex(index: RegistryIndex): SourceRegistry {
    const registry = new SourceRegistry();
    for (const [key, hit] of index) registry.own.set(key, hit);
    return registry;
  }

  private get(key: string): RegistryHit | undefined {
    return this.own.get(key) ?? builtinAliases().get(key);
  }

  /** The exact alias, or the longest alias inside the mention that ends it or is only preceded by descriptors. */
  lookup(mention: string): RegistryMatch | null {
    const words = nameTokens(mention);
    const possessive = /\p{L}['’]s?\s/u.test(mention);
    const exact = this.get(words.join(" "));
    if (exact && writtenAsName(mention, words.join(" "), exact)) return { ...exact, covered: words.length };
    for (let len = Math.min(words.length - 1, MAX_ALIAS_WORDS); len >= 1; len--) {
      for (let from = words.length - len; from >= 0; from--) {
        const key = words.slice(from, from + len).join(" ");
        const hit = this.get(key);
        if (!hit || !writtenAsName(mention, key, hit)) continue;
        const endsMention = from + len === words.length;
        // Descriptors before it; after it, what the alias owns ("Seoul's Joint Chiefs", narrowed later) or more
        // descriptors. Otherwise the name goes on and names someone else: "Tim Kaine" is not "The Times" (whose
        // folded key is "tim").
        const onlyDescribed =
          words.slice(0, from).every((w) => DESCRIPTOR_RE.test(w)) &&
          (possessive || words.slice(from + len).every((w) => DESCRIPTOR_RE.test(w)));
        if (onlyDescribed || (endsMention && !namesSomethingElse(mention, hit, len, from)))
          return { ...hit, covered: len };
      }
    }
    return null;
  }
}

/**
 * An acronym must be written as one: "U.S. officials" and "US-Regierung" name the United States, "Many of us said"
 * does not. A one-word name must be capitalised: "The Economist said", not "most economists said".
 */
function writtenAsName(mention: string, key: string, hit: RegistryHit): boolean {
  if (hit.capitalised)
    return mention.split(/[^\p{L}\p{N}'’-]+/u).some((w) => /^\p{Lu}/u.test(w) && nameTokens(w).join(" ") === key);
  if (!hit.acronym) return true;
  const acronym = key.toUpperCase();
  return mention
    .replace(/\./g, "")
    .split(/[^\p{L}\p{N}]+/u)
    .some((w) => w === acronym);
}
