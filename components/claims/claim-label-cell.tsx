import Link from "next/link";

/** Longer claim texts are cut here in a list: the label says what the claim is, the card holds the rest. */
const SNIPPET = 160;

/**
 * A list's cell for one claim: its label as a link to the claim on its article's page, the start of its text below,
 * in the article's language.
 */
export function ClaimLabelCell({
  claim,
  article,
  narrow,
}: {
  claim: { id: string; label: string; text: string };
  article: { id: string; language: string };
  /** What the columns beside say, for a phone's screen, where they are left out (`.claims-table`'s CSS). */
  narrow?: string;
}) {
  return (
    <td lang={article.language}>
      <Link href={`/articles/${article.id}#claim-${claim.id}`}>{claim.label}</Link>
      <div className="muted" style={{ fontSize: "0.85rem" }}>
        {claim.text.length > SNIPPET ? `${claim.text.slice(0, SNIPPET - 1)}…` : claim.text}
      </div>
      {narrow ? <div className="muted claims-table__narrow">{narrow}</div> : null}
    </td>
  );
}
