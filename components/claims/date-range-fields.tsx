import { useTranslations } from "next-intl";

/** "Articles from … to …": two date fields of a GET filter form (YYYY-MM-DD, whole days in the newsroom's zone). */
export function DateRangeFields({ from, to }: { from?: string; to?: string }) {
  const t = useTranslations("newsroom");
  return (
    <>
      <label className="filter__field">
        <span>{t("from")}</span>
        <input type="date" name="from" defaultValue={from ?? ""} />
      </label>
      <label className="filter__field">
        <span>{t("to")}</span>
        <input type="date" name="to" defaultValue={to ?? ""} />
      </label>
    </>
  );
}
