import Link from "next/link";
import { getTranslations } from "next-intl/server";

/** Previous / "Page N of M" / next, as links that keep the list's other query parameters. */
export async function Pager({
  page,
  pages,
  hrefFor,
}: {
  page: number;
  pages: number;
  hrefFor: (page: number) => string;
}) {
  if (pages <= 1) return null;
  const t = await getTranslations("claims");
  return (
    <nav className="pager" aria-label={t("page", { page, pages })}>
      {page > 1 ? <Link href={hrefFor(page - 1)}>{t("previous")}</Link> : null}
      <span className="muted">{t("page", { page, pages })}</span>
      {page < pages ? <Link href={hrefFor(page + 1)}>{t("next")}</Link> : null}
    </nav>
  );
}
