import { containsText } from "@/lib/db/text-contains";
import type { Db } from "@/lib/db/client";
import type { SourceType } from "@/lib/extract";
import { CITES_LIVE_CLAIM } from "@/lib/db/live-article";
import { REGISTRY_SCOPE } from "./source-scope";
import { requirePermission, type Actor } from "@/lib/auth/permissions";

export interface SourceSummary {
  id: string;
  name: string;
  type: SourceType;
  builtin: boolean;
  aliases: string[];
  claims: number;
}

/**
 * The source registry (not the articles' unnamed sources, which are no entity of their own): cited sources first (most cited on top), then the rest of the built-in registry by name.
 * A claim cites a source at most once, so citations count claims: the claims shown anywhere, not removed ones or
 * those of deleted articles.
 */
export async function listSources(db: Db, actor: Actor, { query = "" } = {}): Promise<SourceSummary[]> {
  requirePermission(actor, "source.read");
  const q = query.trim();
  const sources = await db.source.findMany({
    where: {
      scope: REGISTRY_SCOPE,
      ...(q ? { OR: [{ name: containsText(db, q) }, { aliases: { some: { alias: containsText(db, q) } } }] } : {}),
    },
    select: {
      id: true,
      name: true,
      type: true,
      builtin: true,
      aliases: { select: { alias: true }, orderBy: { alias: "asc" } },
      _count: { select: { citations: { where: CITES_LIVE_CLAIM } } },
    },
    orderBy: { name: "asc" },
  });
  return sources
    .map((s) => ({
      id: s.id,
      name: s.name,
      type: s.type as SourceType,
      builtin: s.builtin,
      aliases: s.aliases.map((a) => a.alias).filter((a) => a !== s.name),
      claims: s._count.citations,
    }))
    .sort((a, b) => b.claims - a.claims || a.name.localeCompare(b.name));
}

/** Every registry name, for the "link a source" picker. */
export async function listSourceNames(db: Db, actor: Actor): Promise<string[]> {
  requirePermission(actor, "source.read");
  const sources = await db.source.findMany({
    where: { scope: REGISTRY_SCOPE },
    select: { name: true },
    orderBy: { name: "asc" },
  });
  return sources.map((s) => s.name);
}

/**
 * The sources some claim cites, by name, for a filter: without counting every source's citations (listSources),
 * which on a 10k-article archive cost the claims page most of its time, and from the citations alone (whether their
 * claim is shown, kept on each citation): asking each claim cost PostgreSQL a join of all of them, 1.1 s.
 */
export async function listCitedSources(db: Db, actor: Actor): Promise<{ id: string; name: string }[]> {
  requirePermission(actor, "source.read");
  return db.source.findMany({
    where: { scope: REGISTRY_SCOPE, citations: { some: CITES_LIVE_CLAIM } },
    select: { id: true, name: true },
    orderBy: { name: "asc" },
  });
}
