import { getFormatter, getTranslations } from "next-intl/server";
import type { ActivityEntry } from "@/lib/articles/list-article-activity";
import { eventDetail, reasonInDetail } from "./event-text";

/** The article's newest changes, whoever made them: the shared record of a review. */
export async function ArticleActivity({ entries }: { entries: ActivityEntry[] }) {
  const [t, ts, format] = await Promise.all([getTranslations("review"), getTranslations("status"), getFormatter()]);
  const label = (value: string | null) => (value === null ? "—" : ts.has(value) ? ts(value as "true") : value);
  return (
    <section aria-labelledby="activity-heading" className="card activity">
      <h2 id="activity-heading">{t("activity")}</h2>
      {entries.length === 0 ? <p className="muted">{t("activityEmpty")}</p> : null}
      <ol className="activity__list">
        {entries.map((e) => (
          <li key={e.id}>
            <time dateTime={e.createdAt.toISOString()} className="muted">
              {format.dateTime(e.createdAt, { dateStyle: "short", timeStyle: "short" })}
            </time>{" "}
            <a href={`#claim-${e.claimId}`}>{e.claimLabel}</a> —{" "}
            {t.has(`event.${e.type}`) ? t(`event.${e.type}` as "event.created") : e.type}
            {eventDetail(e, label) ? `: ${eventDetail(e, label)}` : ""}
            {e.reason && !reasonInDetail(e.type) ? ` (${e.reason})` : ""}{" "}
            <span className="muted">{e.actor ? t("by", { name: e.actor }) : ""}</span>
          </li>
        ))}
      </ol>
    </section>
  );
}
