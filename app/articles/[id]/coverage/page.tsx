import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { asLocale } from "@/lib/i18n/locales";
import { ReportDownloads } from "@/components/coverage/report-downloads";
import { CoverageSummary } from "@/components/coverage/coverage-summary";
import { FigureDisagreements } from "@/components/coverage/figure-disagreements";
import { requirePageActor } from "@/lib/auth/page-actor";
import { can } from "@/lib/auth/permissions";
import { CLAIM_STATUSES } from "@/lib/claims/claim-status";
import { getArticleCoverage } from "@/lib/coverage/get-article-coverage";
import { getDb } from "@/lib/db/client";
import { claimReviewUrlMissingFor } from "@/lib/export/claim-review-base-url";
import { DataTable } from "@/components/ui/data-table";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props) {
  const { id } = await params;
  const actor = await requirePageActor("article.read", `/articles/${encodeURIComponent(id)}/coverage`);
  const found = await getArticleCoverage(getDb(), actor, id);
  return { title: found ? `${(await getTranslations("coverage"))("title")}: ${found.article.title}` : "—" };
}

/** How well an article's claims stand on sources, and what the checks found: the editor's screen before publishing. */
export default async function CoveragePage({ params }: Props) {
  const { id } = await params;
  const actor = await requirePageActor("article.read", `/articles/${encodeURIComponent(id)}/coverage`);
  const found = await getArticleCoverage(getDb(), actor, id, asLocale(await getLocale()));
  if (!found) notFound();
  const { article, coverage: c, disagreements, moreDisagreements, corroborated } = found;
  const [t, ts, tseen] = await Promise.all([
    getTranslations("coverage"),
    getTranslations("status"),
    getTranslations("seen"),
  ]);
  const review = (claimId: string) => `/articles/${article.id}#claim-${claimId}`;
  return (
    <>
      <p>
        <Link href={`/articles/${article.id}`}>← {t("back")}</Link>
      </p>
      <h1>
        {t("title")}: <span lang={article.language}>{article.title}</span>
      </h1>
      {can(actor, "claims.export") ? (
        <ReportDownloads filters={{ articleId: article.id }} claimReviewUrlMissing={claimReviewUrlMissingFor(actor)} />
      ) : null}
      <CoverageSummary figures={c} />
      <div className="coverage-lists">
        <section aria-labelledby="unsourced-heading">
          <h2 id="unsourced-heading">{t("unsourcedList", { count: c.unsourced })}</h2>
          {c.unsourcedClaims.length ? (
            <ul lang={article.language}>
              {c.unsourcedClaims.map((claim) => (
                <li key={claim.id}>
                  <Link href={review(claim.id)}>{claim.label}</Link>
                </li>
              ))}
            </ul>
          ) : (
            <p className="muted">{t("none")}</p>
          )}
        </section>
        <section aria-labelledby="single-heading">
          <h2 id="single-heading">{t("singleList", { count: c.singleSource })}</h2>
          {c.singleSourceClaims.length ? (
            <ul lang={article.language}>
              {c.singleSourceClaims.map((claim) => (
                <li key={claim.id}>
                  <Link href={review(claim.id)}>{claim.label}</Link> <span className="muted">— {claim.source}</span>
                </li>
              ))}
            </ul>
          ) : (
            <p className="muted">{t("none")}</p>
          )}
        </section>
        <section aria-labelledby="corroborated-heading">
          <h2 id="corroborated-heading">{t("corroboratedList", { count: corroborated.length })}</h2>
          <p className="muted">{t("corroboratedHelp")}</p>
          {corroborated.length ? (
            <ul lang={article.language}>
              {corroborated.map((claim) => (
                <li key={claim.id}>
                  <Link href={review(claim.id)}>{claim.label}</Link>{" "}
                  <span className="muted">— {claim.outlets.join(", ")}</span>
                </li>
              ))}
            </ul>
          ) : null}
        </section>
      </div>
      <FigureDisagreements
        pairs={disagreements}
        heading={tseen("disagreementsHere", {
          claims: new Set(disagreements.map((d) => d.claims[0].id)).size,
          pairs: disagreements.length,
          more: String(moreDisagreements),
        })}
      />
      <h2 id="sources-heading">{t("bySource")}</h2>
      <DataTable
        columns={[
          { label: t("source") },
          { label: t("claims"), numeric: true },
          { label: t("asOrigin"), numeric: true },
          { label: t("asRelay"), numeric: true },
          ...CLAIM_STATUSES.map((s) => ({ label: ts(s), numeric: true })),
        ]}
        labelledBy="sources-heading"
      >
        {c.sources.map((s) => (
          <tr key={s.name}>
            <th scope="row">{s.name}</th>
            <td className="num">{s.claims}</td>
            <td className="num">{s.asOrigin}</td>
            <td className="num">{s.asRelay}</td>
            {CLAIM_STATUSES.map((status) => (
              <td key={status} className="num">
                {s.byStatus[status] || ""}
              </td>
            ))}
          </tr>
        ))}
      </DataTable>
      <h2 id="matrix-heading">{t("matrix")}</h2>
      <p className="muted">{t("matrixHint")}</p>
      <DataTable
        columns={[{ label: t("claim") }, ...c.sources.map((s) => ({ label: s.name }))]}
        labelledBy="matrix-heading"
        className="coverage-matrix"
      >
        {c.matrix.map((row) => (
          <tr key={row.claimId}>
            <th scope="row" lang={article.language}>
              <Link href={review(row.claimId)}>{row.label}</Link>
              <div className="muted">{ts(row.status)}</div>
            </th>
            {c.sources.map((s) => {
              const cell = row.cells[s.name];
              return (
                <td key={s.name}>
                  {cell ? (
                    <>
                      <span className={`role role--${cell.role}`}>
                        {cell.role === "relay"
                          ? cell.relayOf
                            ? t("relayOf", { origin: cell.relayOf })
                            : t("relay")
                          : t("origin")}
                      </span>
                      <div className="muted">“{cell.cue}”</div>
                    </>
                  ) : null}
                </td>
              );
            })}
          </tr>
        ))}
      </DataTable>
    </>
  );
}
