import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { StatusBar } from "@/components/claims/status-bar";
import { listArticles } from "@/lib/articles/list-articles";
import { CLAIM_STATUSES } from "@/lib/claims/claim-status";
import { requirePageActor } from "@/lib/auth/page-actor";
import { can } from "@/lib/auth/permissions";
import { getDb } from "@/lib/db/client";

export const dynamic = "force-dynamic";

export async function generateMetadata() {
  return { title: (await getTranslations("articles"))("title") };
}

export default async function ArticleListPage() {
  const actor = await requirePageActor("article.read", "/");
  const [t, ts, format, articles] = await Promise.all([
    getTranslations("articles"),
    getTranslations("status"),
    getFormatter(),
    listArticles(getDb()),
  ]);
  return (
    <>
      <div className="page-head">
        <h1>{t("title")}</h1>
        {can(actor, "article.ingest") ? (
          <Link href="/articles/new" className="button">
            {(await getTranslations("nav"))("addArticle")}
          </Link>
        ) : null}
      </div>
      {articles.length === 0 ? (
        <div className="card">
          <p>{t("empty")}</p>
          {can(actor, "article.ingest") ? <p className="muted">{t("emptyHint")}</p> : null}
        </div>
      ) : (
        <table className="data">
          <caption className="muted" style={{ captionSide: "bottom", textAlign: "left", padding: "0.5rem 0" }}>
            {t("count", { count: articles.length })}
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
      )}
    </>
  );
}
