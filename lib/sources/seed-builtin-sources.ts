import type { Db } from "@/lib/db/client";
import { BUILTIN_SOURCES } from "@/lib/extract/sources/builtin-sources";
import { normalizeName } from "@/lib/extract/sources/normalize-name";
import { REGISTRY_SCOPE } from "./source-scope";

/** Stores the extractor's built-in registry, so the sources page lists them and citations can point at them. */
export async function seedBuiltinSources(db: Db): Promise<{ sources: number; aliases: number }> {
  let aliases = 0;
  await db.$transaction(
    async (tx) => {
      const taken = new Set((await tx.sourceAlias.findMany({ select: { normalized: true } })).map((a) => a.normalized));
      for (const entry of BUILTIN_SOURCES) {
        const source = await tx.source.upsert({
          where: { name_scope: { name: entry.name, scope: REGISTRY_SCOPE } },
          create: { name: entry.name, type: entry.type, builtin: true },
          update: {},
          select: { id: true },
        });
        const fresh = new Map<string, string>();
        for (const alias of [entry.name, ...entry.aliases]) {
          const normalized = normalizeName(alias);
          if (normalized && !taken.has(normalized) && !fresh.has(normalized)) fresh.set(normalized, alias);
        }
        for (const normalized of fresh.keys()) taken.add(normalized);
        if (fresh.size === 0) continue;
        await tx.sourceAlias.createMany({
          data: [...fresh].map(([normalized, alias]) => ({ sourceId: source.id, alias, normalized, builtin: true })),
        });
        aliases += fresh.size;
      }
    },
    // Two round trips per source: on a busy machine (CI starts four test servers at once) that can take longer than
    // Prisma's default 5 s, and a start that fails for it is worse than one that takes its time.
    { timeout: 60_000 },
  );
  return { sources: BUILTIN_SOURCES.length, aliases };
}
