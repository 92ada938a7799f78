import type { Tx } from "@/lib/db/client";
import type { DatabaseProvider } from "@/lib/db/database-url";
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
  provider: DatabaseProvider,
): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  const named = namedMentions(extraction, body);
  const registered = extraction.sources.filter((s) => scopeOfSource(s, articleId) === REGISTRY_SCOPE);
  if (provider === "postgresql")
    await holdNewNames(tx, [
      ...registered.map((s) => s.name),
      ...registered.flatMap((s) => named.get(s.name)?.shortForm ?? []),
    ]);
  for (const s of extraction.sources) {
    const scope = scopeOfSource(s, articleId);
    const { mentions, shortForm } = named.get(s.name) ?? { mentions: new Set<string>() };
    const known =
      scope !== REGISTRY_SCOPE
        ? null
        : shortForm
          ? await sourceNamedBy(tx, shortForm, s.name)
          : await sourceOfShortForm(tx, s.name);
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

/**
 * PostgreSQL: the names (and short forms) this article registers that no source has yet, held until its transaction
 * ends, so that two articles stored at once that name one new body ("the port operator HHLA"; "der Hamburger Hafen
 * und Logistik AG (HHLA)") take turns: the second reads what the first registered, as it would had it come a minute
 * later, instead of each creating the body under its own name. A name the registry has already ("Reuters") is not
 * held: articles citing it are stored side by side. In sorted order, so two articles holding several never wait for
 * each other in a circle. SQLite writes one transaction at a time.
 */
async function holdNewNames(tx: Tx, names: string[]): Promise<void> {
  const stored = new Set(
    (
      await tx.source.findMany({
        where: { name: { in: [...new Set(names)] }, scope: REGISTRY_SCOPE },
        select: { name: true },
      })
    ).map((s) => s.name),
  );
  const keys = [
    ...new Set(
      names
        .filter((n) => !stored.has(n))
        .map(normalizeName)
        .filter(Boolean),
    ),
  ].sort();
  if (keys.length === 0) return;
  await tx.$executeRawUnsafe(`SELECT pg_advisory_xact_lock(hashtextextended(k, 0)) FROM unnest($1::text[]) AS k`, keys);
}

/**
 * A name in capitals that another article defined as a body's short form ("(HHLA)" after its full name) is that
 * body, as the registry would have told the extractor had that article been stored first; one registered under its
 * own name stays so (findSourceIdByName takes the name before an alias).
 */
async function sourceOfShortForm(tx: Tx, name: string): Promise<string | null> {
  return /^\p{Lu}[\p{Lu}\d&-]{1,9}$/u.test(name) ? findSourceIdByName(tx, name) : null;
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
