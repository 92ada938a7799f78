import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { FigureDisagreement } from "@/lib/claims/list-figure-disagreements";

/**
 * Claims that state the same thing as a claim of another article with figures that cannot both be true: each pair
 * with both articles and the figures side by side, each claim a link to its card.
 */
export async function FigureDisagreements({
  pairs,
  heading,
  note,
}: {
  pairs: FigureDisagreement[];
  heading: string;
  /** Said under the list: what it was read from, where that is not everything. */
  note?: string;
}) {
  const t = await getTranslations("seen");
  return (
    <section aria-labelledby="disagreements-heading" className="figure-disagreements">
      <h2 id="disagreements-heading">{heading}</h2>
      {pairs.length ? (
        <ul>
          {pairs.map(({ claims: [a, b], figures }) => (
            <li key={`${a.id} ${b.id}`}>
              <Link href={`/articles/${a.article.id}#claim-${a.id}`} lang={a.article.language}>
                {a.label}
              </Link>{" "}
              <span className="muted">({a.article.outlet ?? a.article.title})</span> ↔{" "}
              <Link href={`/articles/${b.article.id}#claim-${b.id}`} lang={b.article.language}>
                {b.label}
              </Link>{" "}
              <span className="muted">({b.article.outlet ?? b.article.title})</span>
              <div className="seen-before__figures--disagree">{figures}</div>
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">{t("noDisagreements")}</p>
      )}
      {note ? <p className="muted">{note}</p> : null}
    </section>
  );
}
