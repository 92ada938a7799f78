import Link from "next/link";
import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { StatusBadge } from "@/components/ui/status-badge";
import type { MatchGroup } from "@/lib/claims/group-claims-by-match";
import type { ClaimRow } from "@/lib/claims/search-claims";

/**
 * The claims table's rows grouped by what the claims state (lib/claims/group-claims-by-match.ts), each group a row
 * group of its own (a `tbody`, drawn with its edges, so a claim after a group does not read as one of it): a heading
 * row for a group that more than one claim shares or that was seen elsewhere, the page's claims of the group, and the
 * matching claims of other articles as links.
 */
export async function ClaimGroupRows({
  groups,
  columns,
  renderRow,
}: {
  groups: MatchGroup<ClaimRow>[];
  columns: number;
  renderRow: (claim: ClaimRow) => ReactNode;
}) {
  const [t, ts, tseen] = await Promise.all([
    getTranslations("claims"),
    getTranslations("status"),
    getTranslations("seen"),
  ]);
  return groups.map((group) => {
    const grouped = group.claims.length > 1 || group.elsewhereTotal > 0;
    return (
      <tbody key={group.claims[0]!.id} className={grouped ? "claim-group-body" : undefined}>
        {grouped ? (
          <tr className="claim-group">
            <th scope="rowgroup" colSpan={columns}>
              {t("groupHeading", { count: group.claims.length, elsewhere: group.elsewhereArticles })}
              {group.figuresDisagree ? <span className="badge badge--disagree">{tseen("figuresDisagree")}</span> : null}
            </th>
          </tr>
        ) : null}
        {group.claims.map(renderRow)}
        {group.elsewhere.length > 0 ? (
          <tr className="claim-group__elsewhere">
            <td colSpan={columns}>
              <span className="muted">{t("groupElsewhere")}:</span>
              <ul>
                {group.elsewhere.map((other) => (
                  <li key={other.id}>
                    <Link href={`/articles/${other.article.id}#claim-${other.id}`}>{other.label}</Link>{" "}
                    <span className="muted">
                      — {other.article.title}
                      {other.article.outlet ? ` (${other.article.outlet})` : ""}
                    </span>{" "}
                    <StatusBadge status={other.status} label={ts(other.status)} />
                    {other.figuresDisagree ? (
                      <span className="badge badge--disagree">{tseen("figuresDisagree")}</span>
                    ) : null}
                  </li>
                ))}
                {group.elsewhereTotal > group.elsewhere.length ? (
                  <li className="muted">{t("groupMore", { count: group.elsewhereTotal - group.elsewhere.length })}</li>
                ) : null}
              </ul>
            </td>
          </tr>
        ) : null}
      </tbody>
    );
  });
}
