import type { Tx } from "@/lib/db/client";
import type { Extraction } from "@/lib/extract";
import { normalizeName } from "@/lib/extract/sources/normalize-name";
import { findSourceIdByName } from "./find-source-id-by-name";
import { REGISTRY_SCOPE, scopeOfSource } from "./source-scope";

/**
 * Finds each cited source by name or creates it, and records the names the article used for it as aliases so the
 * next article resolves them too. Descriptions ("die Nachrichtenagentur") and pronouns are not names: an alias only
 * comes from an explicit mention. An unnamed source ("officials") is the article's own: no alias, no registry entry.
 * A short form the article defines ("der Hamburger Hafen und Logistik AG (HHLA)") is an alias too, and where the
 * registry already knows it (another article's "the port operator HHLA"), the source is that one.
 * Returns the source id of each extracted source name.
 */
export async function recordCitedSources(
  tx: Tx,
  extraction: Extraction,
  articleId: string,
  body: string,
): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  const named = namedMentions(extraction, body);
  for (const s of extraction.sources) {
    const scope = scopeOfSource(s, articleId);
    const { mentions, shortForm } = named.get(s.name) ?? { mentions: new Set<string>() };
    const known = scope === REGISTRY_SCOPE && shortForm ? await sourceNamedBy(tx, shortForm, s.name) : null;
    const id =
      known ??
      (
        await tx.source.upsert({
          where: { name_scope: { name: s.name, scope } },
          create: { name: s.name, type: s.type, scope },
          update: {},
          select: { id: true },
        })
      ).id;
    ids.set(s.name, id);
    if (scope !== REGISTRY_SCOPE) continue;
    for (const alias of [...(known ? [s.name] : []), ...mentions, ...(shortForm ? [shortForm] : [])]) {
      const normalized = normalizeName(alias);
      if (!normalized || normalized.split(" ").length > 8) continue;
      const taken = await tx.sourceAlias.findUnique({ where: { normalized }, select: { id: true } });
      if (!taken) await tx.sourceAlias.create({ data: { sourceId: id, alias, normalized } });
    }
  }
  return ids;
}

/**
 * The source another article named by the short form itself ("the port operator KPL", stored as KPL), for a name the
 * registry does not know yet. Not one that only has it as an alias: that may be another body of the same letters
 * (British Airways and the Bundesagentur für Arbeit, both "BA").
 */
async function sourceNamedBy(tx: Tx, shortForm: string, name: string): Promise<string | null> {
  if (await findSourceIdByName(tx, name)) return null;
  const source = await tx.source.findUnique({
    where: { name_scope: { name: shortForm, scope: REGISTRY_SCOPE } },
    select: { id: true },
  });
  return source?.id ?? null;
}

/** A short form in brackets right after a name: "(HHLA)", "(ZDS)", "(IfW)". */
const SHORT_FORM = /^\s*\((\p{Lu}[\p{Lu}\p{Ll}\d&-]{0,8}\p{Lu})\)/u;

/** Whether a short form is the initials of a name's words, in order ("HHLA": Hamburger Hafen und Logistik AG). */
function abbreviates(short: string, name: string): boolean {
  const initials = name
    .split(/[\s-]+/)
    .map((w) => w.charAt(0).toLowerCase())
    .join("");
  const letters = short.toLowerCase().replace(/[^\p{L}]/gu, "");
  if (letters.length < 2 || letters[0] !== initials[0]) return false;
  let at = 0;
  for (const letter of letters) {
    at = initials.indexOf(letter, at) + 1;
    if (at === 0) return false;
  }
  return true;
}

/** Per source, the mentions that named it explicitly (not "the agency", not "he"), and a short form defined after one. */
function namedMentions(extraction: Extraction, body: string) {
  const named = new Map<string, { mentions: Set<string>; shortForm?: string }>();
  for (const claim of extraction.claims) {
    for (const s of claim.sources) {
      if (s.resolution !== "explicit") continue;
      const entry = named.get(s.name) ?? { mentions: new Set<string>() };
      entry.mentions.add(s.mention);
      // Only letters the name starts its words with, in order: after a name the brackets as often hold a party, a
      // state or an agency ("Söder (CSU)", "Schumer (D-NY)", "(AFP)") as the name's short form.
      const short = SHORT_FORM.exec(body.slice(s.end, s.end + 16))?.[1];
      if (short && abbreviates(short, s.name)) entry.shortForm ??= short;
      named.set(s.name, entry);
    }
  }
  return named;
}
