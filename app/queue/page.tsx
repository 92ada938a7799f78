import { getFormatter, getTranslations } from "next-intl/server";
import { requirePageActor } from "@/lib/auth/page-actor";
import { listMyQueue } from "@/lib/claims/list-my-queue";
import { getDb } from "@/lib/db/client";
import { StatusBadge } from "@/components/ui/status-badge";
import { DataTable } from "@/components/ui/data-table";
import { ClaimLabelCell } from "@/components/claims/claim-label-cell";
import { ChangedWords } from "@/components/claims/changed-words";
import { VerdictSourceName } from "@/components/claims/verdict-source-name";

export const dynamic = "force-dynamic";

export async function generateMetadata() {
  return { title: (await getTranslations("queue"))("title") };
}

/**
 * My queue: my verdicts on words a new version of their article changed, those I carried over from a match a desk has
 * since unlinked, then the claims assigned to me that still need a verdict, across articles, the longest-waiting first.
 */
export default async function QueuePage() {
  const actor = await requirePageActor("claim.setStatus", "/queue");
  const [t, ts, tv, format, items] = await Promise.all([
    getTranslations("queue"),
    getTranslations("status"),
    getTranslations("versions"),
    getFormatter(),
    listMyQueue(getDb(), actor),
  ]);
  return (
    <>
      <h1>{t("title")}</h1>
      {items.length === 0 ? (
        <p className="card">{t("empty")}</p>
      ) : (
        <DataTable
          columns={[{ label: t("claim") }, { label: t("article") }, { label: t("status") }, { label: t("assigned") }]}
          caption={
            <caption className="muted" style={{ captionSide: "bottom", textAlign: "left", padding: "0.5rem 0" }}>
              {t("count", { count: items.length })}
            </caption>
          }
        >
          {items.map((item) => (
            <tr key={item.claimId}>
              <ClaimLabelCell claim={{ id: item.claimId, label: item.label, text: item.text }} article={item.article} />
              <td>{item.article.title}</td>
              <td>
                <StatusBadge status={item.status} label={ts(item.status)} />
                {item.recheck && (
                  <p className="recheck-note">
                    <strong>{t(item.recheck.orphaned ? "recheckOrphaned" : "recheckChanged")}</strong>{" "}
                    {item.recheck.orphaned ? (
                      <del>{item.recheck.quote}</del>
                    ) : item.recheck.previousQuote === null ? (
                      <>
                        {item.recheck.quote} <span className="muted">({tv("sentenceChanged")})</span>
                      </>
                    ) : (
                      <ChangedWords before={item.recheck.previousQuote ?? ""} after={item.recheck.quote} />
                    )}
                  </p>
                )}
                {item.verdictFromUnlinked && (
                  <p className="recheck-note">
                    <strong>{t("recheckUnlinked")}</strong> <VerdictSourceName from={item.verdictFromUnlinked} />{" "}
                    <span className="muted">
                      (
                      {t("unlinkedOn", {
                        date: format.dateTime(item.verdictFromUnlinked.unlinkedAt, { dateStyle: "medium" }),
                      })}
                      )
                    </span>
                  </p>
                )}
              </td>
              <td className="nowrap">
                {item.assignedAt ? format.dateTime(item.assignedAt, { dateStyle: "medium", timeStyle: "short" }) : "—"}
              </td>
            </tr>
          ))}
        </DataTable>
      )}
    </>
  );
}
