import { useTranslations } from "next-intl";
import { Notice } from "@/components/ui/notice";

const FORMATS = [
  ["csv", "CSV"],
  ["csv&bom=1", "csvExcel"],
  ["json", "JSON"],
  ["md", "Markdown"],
  ["pdf", "PDF"],
  ["claimreview", "ClaimReview (JSON-LD)"],
] as const;

/**
 * Links that download the claims report of the given filters in every format (GET /api/export). Only shown to whom
 * may export: the page decides, the route checks again. `claimReviewUrlMissing` (CLAIMTRACK_URL unset, see
 * claimReviewBaseUrl) warns that the ClaimReview's links would point at the wrong address: as an error to whom can
 * set it (an administrator), as a note to everyone else, who can only avoid publishing it.
 */
export function ReportDownloads({
  filters,
  claimReviewUrlMissing,
}: {
  filters: Record<string, string | undefined>;
  claimReviewUrlMissing: null | { canSet: boolean };
}) {
  const t = useTranslations("coverage");
  const query = new URLSearchParams(
    Object.entries(filters).filter((entry): entry is [string, string] => Boolean(entry[1])),
  ).toString();
  return (
    <>
      <nav aria-label={t("downloads")} className="downloads">
        {t("download")}:{" "}
        {FORMATS.map(([format, label]) => (
          <a key={format} href={`/api/export?format=${format}${query ? `&${query}` : ""}`} download>
            {label === "csvExcel" ? t("csvExcel") : label}
          </a>
        ))}
      </nav>
      {claimReviewUrlMissing?.canSet ? <Notice tone="error">{t("claimReviewUrlMissing")}</Notice> : null}
      {claimReviewUrlMissing && !claimReviewUrlMissing.canSet ? (
        <Notice tone="info">{t("claimReviewUrlMissingAsk")}</Notice>
      ) : null}
    </>
  );
}
