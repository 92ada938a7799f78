import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { StatusBar } from "@/components/claims/status-bar";
import { z } from "zod";
import { Pager } from "@/components/layout/pager";
import { ARTICLES_PAGE_SIZE, listArticles } from "@/lib/articles/list-articles";
import { filterParams, firstValues, pageHref } from "@/lib/http/search-params";
import { CLAIM_STATUSES } from "@/lib/claims/claim-status";
import { requirePageActor } from "@/lib/auth/page-actor";
import { can } from "@/lib/auth/permissions";
import { getDb } from "@/lib/db/client";
import { CLAIM_LIMITS } from "@/lib/claims/claim-limits";
import { Notice } from "@/components/ui/notice";

export const dynamic = "force-dynamic";

export async function generateMetadata() {
  return { title: (await getTranslations("articles"))("title") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const ListQuerySchema = z.object({
  q: z.string().trim().max(CLAIM_LIMITS.search).optional().catch(undefined),
  /** Set by "Delete article", which leads here. */
  deleted: z.literal("1").optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(100_000).catch(1),
});

export default async function ArticleListPage({ searchParams }: Props) {
  const actor = await requirePageActor("article.read", "/");
  const { q, page, deleted } = ListQuerySchema.parse(firstValues(await searchParams));
  const skip = (page - 1) * ARTICLES_PAGE_SIZE;
  const [t, td, ts, format, { articles, total }] = await Promise.all([
    getTranslations("articles"),
    getTranslations("deletion"),
    getTranslations("status"),
    getFormatter(),
    listArticles(getDb(), actor, { skip, q: q || undefined }),
  ]);
  const pages = Math.max(1, Math.ceil(total / ARTICLES_PAGE_SIZE));
  const pageLink = (n: number) => pageHref("/", filterParams({ q }), n);
  return (
    <>
      <div className="page-head">
        <h1>{t("title")}</h1>
        {can(actor, "article.restore") ? <Link href="/admin/articles">{td("listLink")}</Link> : null}
        {can(actor, "article.ingest") ? (
          <Link href="/articles/new" className="button">
            {(await getTranslations("nav"))("addArticle")}
          </Link>
        ) : null}
      </div>
      {deleted ? (
        <Notice tone="ok" role="status">
          {td("deleted")}
        </Notice>
      ) : null}
      {total > 0 || q ? (
        <form key={q ?? ""} method="get" action="/" role="search" className="claim-filter claim-filter--page">
          <label className="filter__field filter__field--text">
            <span>{t("search")}</span>
            <input type="search" name="q" defaultValue={q ?? ""} maxLength={CLAIM_LIMITS.search} />
          </label>
          <button type="submit">{t("searchButton")}</button>
          {q ? <Link href="/">{t("showAll")}</Link> : null}
        </form>
      ) : null}
      {articles.length === 0 ? (
        <div className="card">
          <p>{q ? t("noMatch", { q }) : t("empty")}</p>
          {!q && can(actor, "article.ingest") ? <p className="muted">{t("emptyHint")}</p> : null}
        </div>
      ) : (
        <div className="table-scroll">
          <table className="data">
            <caption className="muted" style={{ captionSide: "bottom", textAlign: "left", padding: "0.5rem 0" }}>
              {t("shown", { from: skip + 1, to: skip + articles.length, total })}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t("columns.title")}</th>
                <th scope="col">{t("columns.outlet")}</th>
                <th scope="col">{t("columns.date")}</th>
                <th scope="col" className="num">
                  {t("columns.claims")}
                </th>
                <th scope="col" className="num">
                  {t("columns.sourced")}
                </th>
                <th scope="col" className="num">
                  {t("columns.unsourced")}
                </th>
                <th scope="col">{t("columns.status")}</th>
              </tr>
            </thead>
            <tbody>
              {articles.map((a) => (
                <tr key={a.id}>
                  <td>
                    <Link href={`/articles/${a.id}`}>{a.title}</Link>
                  </td>
                  <td>{a.outlet ?? "—"}</td>
                  <td className="nowrap">{format.dateTime(a.publishedAt ?? a.createdAt, { dateStyle: "medium" })}</td>
                  <td className="num">{a.claims}</td>
                  <td className="num">{a.sourcedClaims}</td>
                  <td className="num">{a.unsourcedClaims}</td>
                  <td>
                    <StatusBar
                      label={t("statusSummary")}
                      statuses={CLAIM_STATUSES.map((s) => [s, a.statuses[s], ts(s)])}
                    />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Pager page={page} pages={pages} hrefFor={pageLink} />
    </>
  );
}
