import { SourceRegistry, type RegistryEntry, type SourceType } from "@/lib/extract";
import type { Db, Tx } from "@/lib/db/client";
import { REGISTRY_SCOPE } from "./source-scope";

/** Sources the extractor does not know already: first seen in articles or added by hand, or given own aliases. */
const NEWSROOM_OWN = {
  scope: REGISTRY_SCOPE,
  OR: [{ builtin: false }, { aliases: { some: { builtin: false } } }],
};
const ENTRY = { name: true, type: true, aliases: { where: { builtin: false }, select: { alias: true } } } as const;

/**
 * The newsroom's own registry for the extractor: sources first seen in articles or added by hand, and aliases
 * added to built-in sources. The built-in aliases are not passed again: the extractor already knows them.
 */
export async function loadSourceRegistry(db: Db | Tx): Promise<RegistryEntry[]> {
  return toEntries(await db.source.findMany({ where: NEWSROOM_OWN, select: ENTRY }));
}

function toEntries(sources: { name: string; type: string; aliases: { alias: string }[] }[]): RegistryEntry[] {
  return sources.map((s) => ({ name: s.name, type: s.type as SourceType, aliases: s.aliases.map((a) => a.alias) }));
}

interface Cached {
  registry: SourceRegistry;
  /** Every source by id with its name and type as indexed, to tell an addition from a change. */
  sources: Map<string, string>;
  aliasIds: Set<string>;
  /** The newest change seen: rows are fetched again from a little before it. */
  sourcesSince: Date;
  aliasesSince: Date;
}

// A late commit can carry a timestamp older than one already read (its transaction began first): look back this far.
const LOOK_BACK_MS = 5 * 60_000;
const cache = new WeakMap<Db, Cached>();
const SEEN = { id: true, name: true, type: true, updatedAt: true } as const;
// Ids per query: SQLite allows 999 parameters.
const BATCH = 500;

/**
 * The registry for extraction, built once per database client and brought up to date with what was added since:
 * reading and indexing every source on each ingest grew with the archive (90 ms per article at 4,700 sources).
 * Any sign of a change other than additions (a row changed or deleted) rebuilds it from scratch.
 */
export async function sourceRegistryFor(db: Db): Promise<SourceRegistry> {
  const [source, aliasCount] = await Promise.all([
    db.source.aggregate({ _count: { _all: true }, _max: { updatedAt: true } }),
    db.sourceAlias.count(),
  ]);
  const unchanged = (c: Cached) =>
    c.sources.size === source._count._all &&
    c.aliasIds.size === aliasCount &&
    (source._max.updatedAt?.getTime() ?? 0) <= c.sourcesSince.getTime();
  const cached = cache.get(db);
  if (cached && unchanged(cached)) return cached.registry;
  const next = cached ? await catchUp(db, cached) : null;
  if (next && unchanged(next)) return next.registry;
  const rebuilt = await rebuild(db);
  cache.set(db, rebuilt);
  return rebuilt.registry;
}

async function rebuild(db: Db): Promise<Cached> {
  const [sources, aliases] = await Promise.all([
    db.source.findMany({ select: SEEN }),
    db.sourceAlias.findMany({ select: { id: true, createdAt: true } }),
  ]);
  return {
    registry: new SourceRegistry(await loadSourceRegistry(db)),
    sources: new Map(sources.map((s) => [s.id, identity(s)])),
    aliasIds: new Set(aliases.map((a) => a.id)),
    sourcesSince: newest(sources.map((s) => s.updatedAt)),
    aliasesSince: newest(aliases.map((a) => a.createdAt)),
  };
}

/** Adds the sources and aliases created since the last look; null when something was changed instead. */
async function catchUp(db: Db, cached: Cached): Promise<Cached | null> {
  const [sources, aliases] = await Promise.all([
    db.source.findMany({
      where: { updatedAt: { gte: new Date(cached.sourcesSince.getTime() - LOOK_BACK_MS) } },
      select: { ...SEEN, builtin: true },
    }),
    db.sourceAlias.findMany({
      where: { createdAt: { gte: new Date(cached.aliasesSince.getTime() - LOOK_BACK_MS) } },
      select: { id: true, createdAt: true, sourceId: true },
    }),
  ]);
  // A known source with a new name or type was changed, not added: the index cannot unlearn, rebuild.
  if (sources.some((s) => cached.sources.has(s.id) && cached.sources.get(s.id) !== identity(s))) return null;
  const newAliases = aliases.filter((a) => !cached.aliasIds.has(a.id));
  const touched = new Set([
    ...sources.filter((s) => !cached.sources.has(s.id) && !s.builtin).map((s) => s.id),
    ...newAliases.map((a) => a.sourceId),
  ]);
  // The whole entry of each touched source, all its own aliases: adding is idempotent, a taken alias keeps its source.
  const ids = [...touched];
  for (let i = 0; i < ids.length; i += BATCH) {
    const where = { id: { in: ids.slice(i, i + BATCH) }, ...NEWSROOM_OWN };
    cached.registry.add(toEntries(await db.source.findMany({ where, select: ENTRY })));
  }
  for (const s of sources) cached.sources.set(s.id, identity(s));
  for (const a of newAliases) cached.aliasIds.add(a.id);
  cached.sourcesSince = newest([cached.sourcesSince, ...sources.map((s) => s.updatedAt)]);
  cached.aliasesSince = newest([cached.aliasesSince, ...aliases.map((a) => a.createdAt)]);
  return cached;
}

const identity = (s: { name: string; type: string }) => `${s.type}:${s.name}`;
// Not Math.max(...dates): a spread of 100k arguments overflows the stack.
const newest = (dates: Date[]) => new Date(dates.reduce((max, d) => Math.max(max, d.getTime()), 0));
