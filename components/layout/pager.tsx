import Link from "next/link";
import { getTranslations } from "next-intl/server";

/**
 * Previous / "Page N of M" / next, as links that keep the list's other query parameters. `morePages`: the list was
 * counted only so far (the claims list stops at COUNTED_UP_TO), so there are more than `pages`.
 */
export async function Pager({
  page,
  pages,
  morePages = false,
  hrefFor,
}: {
  page: number;
  pages: number;
  morePages?: boolean;
  hrefFor: (page: number) => string;
}) {
  if (pages <= 1 && !morePages) return null;
  const t = await getTranslations("claims");
  const label = morePages ? t("pageOfMore", { page, pages: Math.max(pages, page) }) : t("page", { page, pages });
  return (
    <nav className="pager" aria-label={label}>
      {page > 1 ? <Link href={hrefFor(page - 1)}>{t("previous")}</Link> : null}
      <span className="muted">{label}</span>
      {page < pages || morePages ? <Link href={hrefFor(page + 1)}>{t("next")}</Link> : null}
    </nav>
  );
}
