import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { LocaleSwitch } from "./locale-switch";
import { NavLink } from "./nav-link";

export async function SiteHeader() {
  const t = await getTranslations("nav");
  const locale = await getLocale();
  return (
    <header className="site-header">
      <div className="site-header__inner">
        <Link href="/" className="site-header__brand">
          Claimtrack
        </Link>
        <nav aria-label="Main">
          <NavLink href="/">{t("articles")}</NavLink>
          <NavLink href="/articles/new">{t("addArticle")}</NavLink>
          <NavLink href="/sources">{t("sources")}</NavLink>
        </nav>
        <LocaleSwitch current={locale} label={t("language")} />
      </div>
    </header>
  );
}
