import { getTranslations } from "next-intl/server";
import { Notice } from "@/components/ui/notice";
import type { ReviewPage } from "@/lib/articles/read-review-page";

/**
 * What the desk learns first about a new article: how many of its claims other articles stated before, how many of
 * those already carry a verdict there, and where figures disagree. While the article is still being matched (just
 * after ingest), says so; the page's live refresh brings the counts when matching ends.
 */
export async function SeenBeforeBanner({ summary }: { summary: ReviewPage["seenBefore"] }) {
  const t = await getTranslations("seen.banner");
  if (!summary.matched) {
    return (
      <Notice tone="info" role="status">
        {t("looking")}
      </Notice>
    );
  }
  if (summary.claims === 0) return null;
  return (
    <Notice tone="info" role="status" className="seen-banner">
      {t("seen", { claims: summary.claims })}: {t("verdicts", { count: summary.withVerdict })}
      {summary.figuresDisagree ? `; ${t("figures", { count: summary.figuresDisagree })}` : ""}.
    </Notice>
  );
}
