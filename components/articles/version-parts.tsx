import { getTranslations } from "next-intl/server";
import { Notice } from "@/components/ui/notice";
import { StatusBadge } from "@/components/ui/status-badge";
import type { ArticleView } from "@/lib/articles/get-article";

/** After "Upload a new version" or "Fetch the page again": how the claims fared, or that the text was the same. */
export async function VersionNotice({ query }: { query: Record<string, string | undefined> }) {
  const t = await getTranslations("versions");
  if (query.unchanged)
    return (
      <Notice tone="info" role="status">
        {t("unchanged")}
      </Notice>
    );
  if (!query.version) return null;
  const n = (key: string) => Number(query[key] ?? 0) || 0;
  const flagged = n("flagged");
  return (
    <Notice tone="ok" role="status">
      {t("stored", {
        version: n("version"),
        kept: n("kept"),
        changed: n("changed"),
        orphaned: n("orphaned"),
        added: n("added"),
      })}
      {flagged ? ` ${t("flagged", { count: flagged })}` : null}
    </Notice>
  );
}

/**
 * "No longer in the article": claims a later version does not have, with their status and the version that last
 * had them. Never highlighted in the text (their offsets are of another version).
 */
export async function OrphanedClaims({ claims, lang }: { claims: ArticleView["orphaned"]; lang: string }) {
  if (claims.length === 0) return null;
  const [t, ts] = await Promise.all([getTranslations("versions"), getTranslations("status")]);
  return (
    <section aria-labelledby="orphaned-heading" className="card orphaned-claims">
      <h2 id="orphaned-heading">{t("orphanedHeading")}</h2>
      <p className="muted">{t("orphanedHint")}</p>
      <ul>
        {claims.map((c) => (
          <li key={c.id} data-claim-id={c.id}>
            <strong lang={lang}>{c.label}</strong> <StatusBadge status={c.status} label={ts(c.status)} />{" "}
            {c.changedAfterVerdict ? <span className="badge badge--recheck">{t("recheck")}</span> : null}
            <br />
            <del lang={lang}>{c.quote}</del>{" "}
            <span className="muted">({t("lastIn", { version: c.articleVersion })})</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
