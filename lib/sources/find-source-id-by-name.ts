import type { Tx } from "@/lib/db/client";
import { normalizeName } from "@/lib/extract/sources/normalize-name";
import { REGISTRY_SCOPE } from "./source-scope";

/**
 * The registry entry a typed name stands for (its name or an alias, case forms folded), or null for a new name.
 * Takes a database or a transaction handle.
 */
export async function findSourceIdByName(db: Tx, name: string): Promise<string | null> {
  const exact = await db.source.findUnique({
    where: { name_scope: { name: name.trim(), scope: REGISTRY_SCOPE } },
    select: { id: true },
  });
  if (exact) return exact.id;
  const normalized = normalizeName(name);
  if (!normalized) return null;
  const alias = await db.sourceAlias.findUnique({ where: { normalized }, select: { sourceId: true } });
  return alias?.sourceId ?? null;
}
