import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { logoutAction } from "@/actions/auth/logout";
import { optionalPageActor } from "@/lib/auth/page-actor";
import { can } from "@/lib/auth/permissions";
import { LocaleSwitch } from "./locale-switch";
import { NavLink } from "./nav-link";

/**
 * Navigation shows what the signed-in role may use (nothing while a one-time password is still to be replaced); the
 * pages and actions check again on the server.
 */
export async function SiteHeader() {
  const [t, ta, locale, actor] = await Promise.all([
    getTranslations("nav"),
    getTranslations("auth"),
    getLocale(),
    optionalPageActor(),
  ]);
  return (
    <header className="site-header">
      <div className="site-header__inner">
        <Link href="/" className="site-header__brand">
          Claimtrack
        </Link>
        <nav aria-label="Main">
          {can(actor, "article.read") ? <NavLink href="/">{t("articles")}</NavLink> : null}
          {can(actor, "article.read") ? <NavLink href="/claims">{t("claims")}</NavLink> : null}
          {can(actor, "article.read") ? <NavLink href="/coverage">{t("coverage")}</NavLink> : null}
          {can(actor, "article.ingest") ? <NavLink href="/articles/new">{t("addArticle")}</NavLink> : null}
          {can(actor, "claim.setStatus") ? <NavLink href="/queue">{t("queue")}</NavLink> : null}
          {can(actor, "source.read") ? <NavLink href="/sources">{t("sources")}</NavLink> : null}
          {can(actor, "user.manage") ? <NavLink href="/admin/users">{t("users")}</NavLink> : null}
          {can(actor, "token.manage") ? <NavLink href="/settings">{t("settings")}</NavLink> : null}
        </nav>
        {actor ? (
          <form action={logoutAction} className="site-header__user">
            <span>{ta("signedInAs", { name: actor.name, role: ta(`roles.${actor.role}`) })}</span>
            <button type="submit">{ta("signOut")}</button>
          </form>
        ) : null}
        <LocaleSwitch current={locale} label={t("language")} />
      </div>
    </header>
  );
}
