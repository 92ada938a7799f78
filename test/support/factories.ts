import { ingestArticle } from "@/lib/articles/ingest-article";
import type { Actor } from "@/lib/auth/permissions";
import type { Db } from "@/lib/db/client";
import { OPERATOR } from "@/lib/auth/permissions";

/**
 * Rows a test builds for itself, so that it does not lean on what another test left behind. Each call makes new
 * ones (unique email, unique article text), through the same paths the app takes where it has one (ingestArticle).
 */
let made = 0;
const next = () => `${process.pid}-${++made}`;

/** A user with `role` (editor unless said), as the Actor the domain functions take. */
export async function createUser(
  db: Db,
  { role = "editor", email, name }: { role?: Actor["role"]; email?: string; name?: string } = {},
): Promise<Actor> {
  const address = email ?? `${role}-${next()}@factory.test`;
  const user = await db.user.create({ data: { email: address, name: name ?? address.split("@")[0]!, role } });
  return { id: user.id, email: user.email, name: user.name, role };
}

/**
 * An article stored as the ingest form stores it (extraction, claims, sources, events), as the operator. Without a
 * body, a short German one with one claim citing AP, made unique so it is never a duplicate of another.
 */
export async function createArticle(
  db: Db,
  { title, body, outlet }: { title?: string; body?: string; outlet?: string } = {},
): Promise<{ articleId: string; title: string }> {
  const n = next();
  const result = await ingestArticle(
    db,
    OPERATOR,
    { title: title ?? `Artikel ${n}`, body: body ?? `Laut AP kamen ${n.replace("-", "")} Gäste nach Bonn.`, outlet },
    { maxBytes: 2 << 20 },
  );
  if (result.status !== "created") throw new Error(`createArticle: the article exists already (${result.articleId}).`);
  return { articleId: result.articleId, title: title ?? `Artikel ${n}` };
}

/** A claim of an article of its own (createArticle's default: one claim citing AP), with the article's id. */
export async function createClaim(db: Db, article: Parameters<typeof createArticle>[1] = {}) {
  const { articleId } = await createArticle(db, article);
  const claim = await db.claim.findFirstOrThrow({ where: { articleId }, orderBy: { start: "asc" } });
  return { ...claim, articleId };
}
