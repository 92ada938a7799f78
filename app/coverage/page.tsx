import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { asLocale } from "@/lib/i18n/locales";
import { DateRangeFields } from "@/components/claims/date-range-fields";
import { FilterSelect } from "@/components/claims/filter-select";
import { StatusBar } from "@/components/claims/status-bar";
import { CoverageSummary } from "@/components/coverage/coverage-summary";
import { FigureDisagreements } from "@/components/coverage/figure-disagreements";
import { UnlinkedMatches } from "@/components/coverage/unlinked-matches";
import { ReportDownloads } from "@/components/coverage/report-downloads";
import { requirePageActor } from "@/lib/auth/page-actor";
import { filterParams, firstValues, pageHref } from "@/lib/http/search-params";
import { CLAIM_STATUSES } from "@/lib/claims/claim-status";
import { NEWSROOM_ARTICLES_PAGE_SIZE } from "@/lib/coverage/get-newsroom-coverage";
import { readNewsroomCoveragePage } from "@/lib/coverage/read-newsroom-coverage-page";
import { WALK_PAIRS } from "@/lib/claims/flagged-links-in-scope";
import { Pager } from "@/components/layout/pager";
import { COVERAGE_FIGURES } from "@/lib/coverage/sum-coverage";
import { getDb } from "@/lib/db/client";
import { claimReviewUrlMissingFor } from "@/lib/export/claim-review-base-url";
import { Notice } from "@/components/ui/notice";
import { DataTable } from "@/components/ui/data-table";

// The most cited sources on the page; the report downloads list every one.
const SOURCES_SHOWN = 100;

export const dynamic = "force-dynamic";

export async function generateMetadata() {
  return { title: (await getTranslations("newsroom"))("title") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** Coverage across articles: which sources the newsroom's claims stand on, what the checks found, article by article. */
export default async function NewsroomCoveragePage({ searchParams }: Props) {
  const actor = await requirePageActor("article.read", "/coverage");
  const query = firstValues(await searchParams);
  const [t, tc, tl, ts, tSeen, format] = await Promise.all([
    getTranslations("newsroom"),
    getTranslations("coverage"),
    getTranslations("claims"),
    getTranslations("status"),
    getTranslations("seen"),
    getFormatter(),
  ]);
  const {
    filter,
    filterError,
    coverage,
    outlets,
    flagged,
    disagreements,
    disagreementsWalkedAll,
    unlinked,
    scoped,
    allowed,
  } = await readNewsroomCoveragePage(getDb(), actor, query, asLocale(await getLocale()));
  const activeFilters = filterParams(filter);
  const share = (part: number, whole: number) => (whole === 0 ? "—" : `${Math.round((100 * part) / whole)} %`);
  return (
    <>
      <h1>{t("title")}</h1>
      <p className="muted">{t("intro")}</p>
      <form key={JSON.stringify(filter)} method="get" action="/coverage" className="claim-filter claim-filter--page">
        <DateRangeFields from={filter.from} to={filter.to} />
        <FilterSelect
          id="filter-outlet"
          name="outlet"
          label={t("outlet")}
          anyLabel={tl("any")}
          options={outlets.map((o) => [o, o])}
          defaultValue={filter.outlet ?? ""}
        />
        <FilterSelect
          id="filter-status"
          name="status"
          label={tl("status")}
          anyLabel={tl("any")}
          options={CLAIM_STATUSES.map((s) => [s, ts(s)])}
          defaultValue={filter.status ?? ""}
        />
        <button type="submit">{tl("apply")}</button>
        <Link href="/coverage">{tl("reset")}</Link>
      </form>
      {filterError ? (
        <Notice tone="error" role="alert">
          {filterError}
        </Notice>
      ) : null}
      {allowed.export ? (
        <ReportDownloads filters={activeFilters} claimReviewUrlMissing={claimReviewUrlMissingFor(actor)} />
      ) : null}
      <p className="muted" role="status">
        {t("summary", { claims: coverage.figures.total, articles: coverage.articleCount })}
      </p>
      <CoverageSummary figures={coverage.figures} />

      <section aria-labelledby="flagged-heading">
        <h2 id="flagged-heading">{t("mostFalse")}</h2>
        {flagged.length ? (
          <ul>
            {flagged.map((s) => (
              <li key={s.name}>
                <strong>{s.name}</strong>: {t("ratedFalseOf", { count: s.ratedFalse, rated: s.rated })} (
                {share(s.ratedFalse, s.rated)})
              </li>
            ))}
          </ul>
        ) : (
          <p className="muted">{t("noneFalse")}</p>
        )}
      </section>

      <FigureDisagreements
        pairs={disagreements}
        heading={tSeen(scoped ? "disagreementsFiltered" : "disagreementsNewsroom")}
        note={disagreementsWalkedAll ? undefined : tSeen("disagreementsNewest", { count: WALK_PAIRS })}
      />
      <UnlinkedMatches count={unlinked} filtered={scoped} />

      <h2 id="sources-heading">{tc("bySource")}</h2>
      <DataTable
        columns={[
          { label: tc("source") },
          ...[tc("claims"), tc("asOrigin"), tc("asRelay"), t("rated"), t("ratedFalse")].map((label) => ({
            label: label,
            numeric: true,
          })),
          { label: tc("statusChart") },
        ]}
        labelledBy="sources-heading"
      >
        {coverage.sources.slice(0, SOURCES_SHOWN).map((s) => (
          <tr key={s.name}>
            <th scope="row">{s.name}</th>
            <td className="num">{s.claims}</td>
            <td className="num">{s.asOrigin}</td>
            <td className="num">{s.asRelay}</td>
            <td className="num">{s.rated}</td>
            <td className="num">
              {s.ratedFalse} <span className="muted">({share(s.ratedFalse, s.rated)})</span>
            </td>
            <td>
              <StatusBar
                label={tc("statusChartLabel")}
                statuses={CLAIM_STATUSES.map((st) => [st, s.byStatus[st], ts(st)])}
              />
            </td>
          </tr>
        ))}
      </DataTable>
      {coverage.sources.length === 0 ? <p className="muted">{tc("none")}</p> : null}
      {coverage.sources.length > SOURCES_SHOWN ? (
        <p className="muted">{t("moreSources", { count: coverage.sources.length - SOURCES_SHOWN })}</p>
      ) : null}

      <h2 id="articles-heading">{t("byArticle")}</h2>
      <DataTable
        columns={[
          { label: tl("article") },
          { label: t("outlet") },
          { label: t("date") },
          ...COVERAGE_FIGURES.map((key) => ({ label: tc(key), numeric: true })),
          { label: tc("statusChart") },
        ]}
        labelledBy="articles-heading"
      >
        {coverage.articles.map((a) => (
          <tr key={a.id}>
            <th scope="row" lang={a.language}>
              <Link href={`/articles/${a.id}/coverage`}>{a.title}</Link>
            </th>
            <td>{a.outlet ?? "—"}</td>
            <td>{format.dateTime(a.date, { dateStyle: "medium" })}</td>
            {COVERAGE_FIGURES.map((key) => (
              <td key={key} className="num">
                {a.figures[key]}
              </td>
            ))}
            <td>
              <StatusBar
                label={tc("statusChartLabel")}
                statuses={CLAIM_STATUSES.map((st) => [st, a.figures.byStatus[st], ts(st)])}
              />
            </td>
          </tr>
        ))}
      </DataTable>
      {coverage.articles.length === 0 ? <p className="muted">{t("empty")}</p> : null}
      <Pager
        page={coverage.page}
        pages={Math.max(1, Math.ceil(coverage.articleCount / NEWSROOM_ARTICLES_PAGE_SIZE))}
        hrefFor={(page) => pageHref("/coverage", activeFilters, page)}
      />
    </>
  );
}
