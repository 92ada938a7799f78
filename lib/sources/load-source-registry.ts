import type { RegistryEntry, SourceType } from "@/lib/extract";
import type { Db, Tx } from "@/lib/db/client";

/**
 * The newsroom's own registry for the extractor: sources first seen in articles or added by hand, and aliases
 * added to built-in sources. The built-in aliases are not passed again: the extractor already knows them.
 */
export async function loadSourceRegistry(db: Db | Tx): Promise<RegistryEntry[]> {
  const sources = await db.source.findMany({
    where: { OR: [{ builtin: false }, { aliases: { some: { builtin: false } } }] },
    select: { name: true, type: true, aliases: { where: { builtin: false }, select: { alias: true } } },
  });
  return sources.map((s) => ({ name: s.name, type: s.type as SourceType, aliases: s.aliases.map((a) => a.alias) }));
}
