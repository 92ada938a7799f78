import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ChangedWords } from "@/components/claims/changed-words";
import type { VersionComparison } from "@/lib/articles/compare-article-versions";

/**
 * Two versions side by side: the older with the words taken out struck through, the newer with the words put in
 * underlined; below, the claims whose words changed, that left the article, or that came with the newer version.
 */
export async function VersionComparisonView({ comparison: c }: { comparison: VersionComparison }) {
  const t = await getTranslations("versions");
  const lang = c.article.language;
  const side = (drop: "added" | "removed", mark: "removed" | "added", body: string) =>
    c.stretches === null
      ? body
      : c.stretches
          .filter((s) => s.kind !== drop)
          .map((s, i) =>
            s.kind === mark ? mark === "removed" ? <del key={i}>{s.text}</del> : <ins key={i}>{s.text}</ins> : s.text,
          );
  const review = (claimId: string) => `/articles/${c.article.id}#claim-${claimId}`;
  // One list of claims under its heading, or "None."
  const claimsSection = <T extends { id: string }>(
    heading: string,
    testId: string,
    claims: T[],
    line: (claim: T) => React.ReactNode,
  ) => (
    <>
      <h3>{heading}</h3>
      {claims.length ? (
        <ul data-testid={testId}>
          {claims.map((x) => (
            <li key={x.id} lang={lang}>
              {line(x)}
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">{t("none")}</p>
      )}
    </>
  );
  return (
    <section aria-labelledby="compare-heading" className="version-compare">
      <h2 id="compare-heading">{t("compareHeading", { from: c.from.number, to: c.to.number })}</h2>
      <div className="version-compare__sides changed-words">
        <div>
          <h3>{t("before", { n: c.from.number })}</h3>
          <p lang={lang} className="version-compare__text" data-testid="version-before">
            {side("added", "removed", c.fromBody)}
          </p>
        </div>
        <div>
          <h3>{t("after", { n: c.to.number })}</h3>
          <p lang={lang} className="version-compare__text" data-testid="version-after">
            {side("removed", "added", c.toBody)}
          </p>
        </div>
      </div>
      <p data-testid="claims-moved">{t("claimsMoved", { count: c.moved })}</p>
      {claimsSection(t("claimsChanged"), "claims-changed", c.changed, (x) => (
        <>
          <Link href={review(x.id)}>{x.label}</Link>: <ChangedWords before={x.before} after={x.after} />
        </>
      ))}
      {claimsSection(t("claimsOrphaned"), "claims-orphaned", c.orphaned, (x) => (
        <>
          <strong>{x.label}</strong>: <del>{x.quote}</del>
        </>
      ))}
      {claimsSection(t("claimsAdded"), "claims-added", c.added, (x) => (
        <Link href={review(x.id)}>{x.label}</Link>
      ))}
    </section>
  );
}
