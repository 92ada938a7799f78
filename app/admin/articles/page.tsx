import { getFormatter, getTranslations } from "next-intl/server";
import Link from "next/link";
import { PurgeArticleForm } from "@/components/articles/purge-article-form";
import { listDeletedArticles, listPurgedArticles } from "@/lib/articles/list-deleted-articles";
import { requirePageActor } from "@/lib/auth/page-actor";
import { can } from "@/lib/auth/permissions";
import { getDb } from "@/lib/db/client";
import { readRefusal } from "@/lib/http/refusal-code";
import { restoreArticleAction } from "@/actions/articles/restore-article";
import { Notice } from "@/components/ui/notice";
import { DataTable } from "@/components/ui/data-table";

export const dynamic = "force-dynamic";

export async function generateMetadata() {
  return { title: (await getTranslations("deletion"))("title") };
}

type Props = { searchParams: Promise<{ notice?: string; error?: string }> };

/** The deleted articles for admins: who deleted each, when and why, with Restore and Purge; then the recent purges. */
export default async function DeletedArticlesPage({ searchParams }: Props) {
  const actor = await requirePageActor("article.restore", "/admin/articles");
  const mayPurge = can(actor, "article.purge");
  const [t, tRefusal, format, articles, purged, query] = await Promise.all([
    getTranslations("deletion"),
    getTranslations("refusals"),
    getFormatter(),
    listDeletedArticles(getDb(), actor),
    mayPurge ? listPurgedArticles(getDb(), actor) : [],
    searchParams,
  ]);
  const error = readRefusal(query.error);
  const when = (date: Date) => format.dateTime(date, { dateStyle: "medium", timeStyle: "short" });
  return (
    <>
      <h1>{t("title")}</h1>
      <p className="muted">{t("intro")}</p>
      {query.notice === "restored" || query.notice === "purged" ? (
        <Notice tone="ok" role="status">
          {t(query.notice)}
        </Notice>
      ) : null}
      {error ? (
        <Notice tone="error" role="alert">
          {tRefusal(error)}
        </Notice>
      ) : null}
      {articles.length === 0 ? (
        <p className="card">{t("empty")}</p>
      ) : (
        <DataTable
          columns={[
            { label: t("columns.title") },
            { label: t("columns.claims"), numeric: true },
            { label: t("columns.deletedAt") },
            { label: t("columns.deletedBy") },
            { label: t("columns.reason") },
            { label: t("columns.actions") },
          ]}
        >
          {articles.map((a) => (
            <tr key={a.id}>
              <td>
                {a.title}
                {a.outlet ? <div className="muted">{a.outlet}</div> : null}
              </td>
              <td className="num">{a.claims}</td>
              <td className="nowrap">{when(a.deletedAt)}</td>
              <td>{a.deletedBy ?? "—"}</td>
              <td>{a.reason ?? "—"}</td>
              <td>
                <form action={restoreArticleAction}>
                  <input type="hidden" name="articleId" value={a.id} />
                  <button type="submit" aria-label={t("restoreOf", { title: a.title })}>
                    {t("restore")}
                  </button>
                </form>
                {mayPurge ? <PurgeArticleForm article={{ id: a.id, title: a.title, claims: a.claims }} /> : null}
              </td>
            </tr>
          ))}
        </DataTable>
      )}
      {purged.length ? (
        <section aria-labelledby="purged-heading">
          <h2 id="purged-heading">{t("purgedHeading")}</h2>
          <ul>
            {purged.map((p, i) => (
              <li key={i}>{t("purgedEntry", { what: p.what, by: p.by ?? t("someone"), date: when(p.at) })}</li>
            ))}
          </ul>
        </section>
      ) : null}
      <p>
        <Link href="/">← {(await getTranslations("article"))("back")}</Link>
      </p>
    </>
  );
}
