"use client";

import { useCardText } from "./card-text";
import type { ClaimView } from "@/lib/articles/get-article";
import { VerdictSourceName } from "@/components/claims/verdict-source-name";

/** The reason for the verdict, the notes (threads) and the evidence, on the card itself: what colleagues see first. */
export function ClaimNotes({ claim }: { claim: ClaimView }) {
  const { review: t, format } = useCardText();
  const threads = claim.notes.filter((n) => !n.parentId);
  const when = (date: Date) => format.dateTime(new Date(date), { dateStyle: "medium", timeStyle: "short" });
  if (!claim.statusReason && claim.notes.length === 0 && claim.evidence.length === 0) return null;
  return (
    <div className="claim-notes">
      {claim.statusReason ? (
        <p className="claim-notes__reason">
          <span className="claim-notes__kind">{t("reasonShort")}</span> {claim.statusReason}
          {claim.verdictFrom ? <VerdictFrom from={claim.verdictFrom} /> : null}
        </p>
      ) : null}
      {threads.length ? (
        <ul className="claim-notes__list" aria-label={t("notes")}>
          {threads.map((n) => (
            <li key={n.id}>
              <span className="claim-notes__kind">{t("noteShort")}</span> {n.body}{" "}
              <span className="muted">
                — {n.author ?? "?"}, {when(n.createdAt)}
              </span>
              {claim.notes
                .filter((r) => r.parentId === n.id)
                .map((r) => (
                  <p key={r.id} className="claim-notes__reply">
                    ↳ {r.body}{" "}
                    <span className="muted">
                      — {r.author ?? "?"}, {when(r.createdAt)}
                    </span>
                  </p>
                ))}
            </li>
          ))}
        </ul>
      ) : null}
      {claim.evidence.length ? (
        <ul className="claim-notes__list" aria-label={t("evidence")}>
          {claim.evidence.map((e) => (
            <li key={e.id}>
              <span className={`claim-notes__kind stance--${e.stance}`}>{t(e.stance as "supports")}</span>{" "}
              <a href={e.url} rel="noopener noreferrer nofollow" target="_blank">
                {e.title ?? e.url}
              </a>
              {e.excerpt ? <q className="muted"> {e.excerpt}</q> : null}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

/** A reason carried over with its verdict is the other claim's: said where it came from, a link while that lives. */
function VerdictFrom({ from }: { from: NonNullable<ClaimView["verdictFrom"]> }) {
  const { review: t } = useCardText();
  return (
    <span className="muted claim-notes__from">
      {" "}
      — {t(from.inStory ? "reasonCarriedOverInStory" : "reasonCarriedOver")} <VerdictSourceName from={from} />
      {from.unlinked ? <strong className="claim-notes__unlinked"> · {t("reasonFromUnlinked")}</strong> : null}
    </span>
  );
}
