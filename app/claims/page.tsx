import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { BulkBar } from "@/components/claims/bulk-bar";
import { ClaimSelection } from "@/components/claims/claim-selection";
import { DateRangeFields } from "@/components/claims/date-range-fields";
import { FilterSelect } from "@/components/claims/filter-select";
import { SelectAllBox } from "@/components/claims/select-all-box";
import { ReportDownloads } from "@/components/coverage/report-downloads";
import { requirePageActor } from "@/lib/auth/page-actor";
import { filterParams, firstValues, pageHref } from "@/lib/http/search-params";
import { Pager } from "@/components/layout/pager";
import { CLAIM_STATUSES } from "@/lib/claims/claim-status";
import { MATCHING_MAX } from "@/lib/claims/matching-claims";
import { readClaimsPage } from "@/lib/articles/read-claims-page";
import { getDb } from "@/lib/db/client";
import { claimReviewUrlMissingFor } from "@/lib/export/claim-review-base-url";
import { CLAIM_LIMITS } from "@/lib/claims/claim-limits";
import { Notice } from "@/components/ui/notice";
import { StatusBadge } from "@/components/ui/status-badge";
import { ClaimGroupRows } from "@/components/claims/claim-group-rows";
import { ClaimLabelCell } from "@/components/claims/claim-label-cell";
import type { ClaimRow } from "@/lib/claims/search-claims";

export const dynamic = "force-dynamic";

export async function generateMetadata() {
  return { title: (await getTranslations("claims"))("title") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** Every claim of every article: filters, word search across articles, and bulk status or assignment. */
export default async function ClaimsPage({ searchParams }: Props) {
  const actor = await requirePageActor("article.read", "/claims");
  const query = firstValues(await searchParams);
  const [t, ts, tr, tn] = await Promise.all([
    getTranslations("claims"),
    getTranslations("status"),
    getTranslations("review"),
    getTranslations("newsroom"),
  ]);
  const {
    filter: f,
    filterError,
    found,
    groups,
    sources,
    assignees,
    outlets,
    allowed,
  } = await readClaimsPage(getDb(), actor, query);
  const canReview = allowed.review;
  const pages = found ? Math.max(1, Math.ceil(found.total / found.pageSize)) : 1;
  const activeFilters = filterParams(f);
  const pageLink = (page: number) => pageHref("/claims", activeFilters, page);
  const choice = (name: keyof typeof f, label: string, options: [string, string][]) => (
    <FilterSelect
      id={`filter-${name}`}
      name={name}
      label={label}
      anyLabel={t("any")}
      options={options}
      defaultValue={String(f[name] ?? "")}
    />
  );
  const claimRow = (c: ClaimRow) => (
    <tr key={c.id}>
      {canReview ? (
        <td>
          <input
            type="checkbox"
            name="claim"
            value={`${c.id}:${c.version}`}
            form="bulk-form"
            aria-label={t("select", { label: c.label })}
          />
        </td>
      ) : null}
      <ClaimLabelCell
        claim={c}
        article={c.article}
        narrow={[c.article.title, c.sources.join(", ")].filter(Boolean).join(" · ")}
      />
      <td className="claims-table__wide">{c.article.title}</td>
      <td className="claims-table__wide">{c.sources.join(", ") || "—"}</td>
      <td>
        <StatusBadge status={c.status} label={ts(c.status)} />
        {c.assignee ? <div className="muted">→ {c.assignee}</div> : null}
      </td>
    </tr>
  );
  return (
    <>
      <h1>{t("title")}</h1>
      <p className="muted">{t("intro")}</p>
      {/* Keyed by the filters: after "Clear filters" (a client-side navigation) the fields show the new values. */}
      <form
        key={JSON.stringify(f)}
        method="get"
        action="/claims"
        role="search"
        className="claim-filter claim-filter--page"
      >
        <label className="filter__field filter__field--text">
          <span>{t("search")}</span>
          <input type="search" name="q" defaultValue={f.q ?? ""} maxLength={CLAIM_LIMITS.search} />
        </label>
        {choice(
          "status",
          t("status"),
          CLAIM_STATUSES.map((s) => [s, ts(s)]),
        )}
        {choice("kind", t("kind"), [
          ["claim", tr("kindClaim")],
          ["opinion", tr("kindOpinion")],
        ])}
        {choice("sourcing", t("sourcing"), [
          ["none", tr("sourcingNone")],
          ["single", tr("sourcingSingle")],
          ["multiple", tr("sourcingMultiple")],
        ])}
        {choice(
          "sourceId",
          t("source"),
          sources.map((s) => [s.id, s.name]),
        )}
        {choice("assignee", t("assignee"), [
          ["me", t("me")],
          ["none", t("nobody")],
          ...(assignees ?? []).map((a): [string, string] => [a.id, a.name]),
        ])}
        {choice("hedged", t("hedged"), [
          ["yes", tr("yes")],
          ["no", tr("no")],
        ])}
        {choice("seen", t("seen"), [
          ["yes", t("seenYes")],
          ["figures", t("seenFigures")],
        ])}
        <FilterSelect
          id="filter-group"
          name="group"
          label={t("group")}
          anyLabel={t("groupNone")}
          options={[["match", t("groupMatch")]]}
          defaultValue={f.group ?? ""}
        />
        {choice(
          "outlet",
          tn("outlet"),
          outlets.map((o) => [o, o]),
        )}
        <DateRangeFields from={f.from} to={f.to} />
        <button type="submit">{t("apply")}</button>
        <Link href="/claims">{t("reset")}</Link>
      </form>
      {filterError ? (
        <Notice tone="error" role="alert">
          {filterError}
        </Notice>
      ) : null}
      {allowed.export && found?.total ? (
        <ReportDownloads filters={activeFilters} claimReviewUrlMissing={claimReviewUrlMissingFor(actor)} />
      ) : null}
      <ClaimSelection>
        {canReview && found?.claims.length ? (
          <BulkBar
            assignees={assignees}
            matching={{
              total: found.total,
              moreThanTotal: found.moreThanTotal,
              onPage: found.claims.length,
              filter: new URLSearchParams(activeFilters).toString(),
              max: MATCHING_MAX,
            }}
          />
        ) : null}
        <p className="muted" role="status">
          {found?.moreThanTotal ? t("countMore", { total: found.total }) : t("count", { total: found?.total ?? 0 })}
        </p>
        {found?.claims.length ? (
          <div className="table-scroll">
            <table className="data claims-table">
              <thead>
                <tr>
                  {canReview ? (
                    <th scope="col">
                      <SelectAllBox />
                    </th>
                  ) : null}
                  <th scope="col">{t("claim")}</th>
                  <th scope="col" className="claims-table__wide">
                    {t("article")}
                  </th>
                  <th scope="col" className="claims-table__wide">
                    {t("sources")}
                  </th>
                  <th scope="col">{t("status")}</th>
                </tr>
              </thead>
              {groups ? (
                <ClaimGroupRows groups={groups} columns={canReview ? 5 : 4} renderRow={claimRow} />
              ) : (
                <tbody>{found.claims.map(claimRow)}</tbody>
              )}
            </table>
          </div>
        ) : null}
      </ClaimSelection>
      <Pager page={f.page} pages={pages} morePages={found?.moreThanTotal} hrefFor={pageLink} />
    </>
  );
}
