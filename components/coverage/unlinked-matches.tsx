import { getTranslations } from "next-intl/server";
import type { DismissedMatchCount } from "@/lib/claims/count-dismissed-matches";
import { DISMISSAL_REASONS } from "@/lib/claims/dismissal-reasons";

/**
 * How many matches desks unlinked as not the same claim, by reason: matching's mistakes as the newsroom found them,
 * over the archive or (`filtered`) those with a claim the page's filter chooses.
 */
export async function UnlinkedMatches({ count, filtered }: { count: DismissedMatchCount; filtered: boolean }) {
  const t = await getTranslations("seen");
  return (
    <section aria-labelledby="unlinked-heading" className="unlinked-matches">
      <h2 id="unlinked-heading">{t("unlinkedHeading")}</h2>
      {count.total === 0 ? (
        <p className="muted">{t(filtered ? "unlinkedNoneFiltered" : "unlinkedNone")}</p>
      ) : (
        <>
          <p>{t(filtered ? "unlinkedTotalFiltered" : "unlinkedTotal", { count: count.total })}</p>
          <ul>
            {DISMISSAL_REASONS.filter((reason) => count.byReason[reason] > 0).map((reason) => (
              <li key={reason}>
                {t(`dismissedReason.${reason}`)}: {count.byReason[reason]}
              </li>
            ))}
          </ul>
        </>
      )}
      <p className="muted">{t("unlinkedHelp")}</p>
    </section>
  );
}
