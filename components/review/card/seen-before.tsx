"use client";

import { useFormatter, useLocale, useTranslations } from "next-intl";
import { useRef, useState } from "react";
import { carryOverVerdictAction } from "@/actions/claims/carry-over-verdict";
import { dismissMatchAction, restoreMatchAction } from "@/actions/claims/dismiss-match";
import { useStatusLabels } from "@/components/claims/use-status-labels";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import type { ClaimView } from "@/lib/articles/get-article";
import type { ClaimMatchView } from "@/lib/claims/claim-match-schemas";
import type { DismissalReason } from "@/lib/claims/dismissal-reasons";
import { DismissedMatches, type DismissedMatch } from "./dismissed-matches";
import { ActionMessage } from "./tool-panel";
import { useClaimAction } from "./use-claim-action";
import { useFetchWhenOpen } from "./use-fetch-when-open";
import { UnlinkMatch } from "./unlink-match";

/** GET /api/claims/:id/matches as JSON carries it: dates as text. */
type MatchesResponse = {
  matches: (Omit<ClaimMatchView, "article"> & {
    article: Omit<ClaimMatchView["article"], "publishedAt" | "createdAt"> & {
      publishedAt: string | null;
      createdAt: string;
    };
  })[];
  dismissed: DismissedMatch[];
};

interface Props {
  claim: ClaimView;
  articleId: string;
  /** The claim's version as the card knows it: a verdict carried over applies to it, or is refused as stale. */
  version: number;
  canReview: boolean;
}

/**
 * "Seen in 2 other articles": the claims of other articles that state the same thing, read when first opened
 * (GET /api/claims/:id/matches) and again when the claim or its matches change while open. Each names its article,
 * outlet, date, status, what the two share and their figures; one with a verdict can give it to this claim, by a
 * person's click, recorded in the history with a link back.
 */
export function SeenBefore({ claim, articleId, version, canReview }: Props) {
  const t = useTranslations("seen");
  const format = useFormatter();
  const labels = useStatusLabels();
  const carry = useClaimAction(carryOverVerdictAction);
  const summary = useRef<HTMLElement>(null);
  // Taken, the verdict's button goes (this claim has it now): the keyboard stays in the list, not on the page's body.
  const take = async (fromClaimId: string) => {
    const answer = await carry.run({ articleId, claimId: claim.id, fromClaimId, version });
    if (!answer.error) summary.current?.focus();
  };
  // "Not the same claim": the match whose form is open, and the unlinking and undoing of one.
  const [unlinking, setUnlinking] = useState<string | null>(null);
  const dismiss = useClaimAction(dismissMatchAction);
  const restore = useClaimAction(restoreMatchAction);
  // Read the list again after either, whatever the counts on the card say (another match may keep them as they were).
  const [changed, setChanged] = useState(0);
  const unlink = async (otherId: string, reason: DismissalReason, note: string) => {
    const answer = await dismiss.run({ articleId, claimId: claim.id, otherId, reason, note });
    if (answer.error) return;
    setUnlinking(null);
    setChanged((n) => n + 1);
    summary.current?.focus();
  };
  const linkAgain = async (otherId: string) => {
    const answer = await restore.run({ articleId, claimId: claim.id, otherId });
    if (answer.error) return;
    dismiss.reset(); // whose queue an unlinking put a verdict in: linked again, it is no longer there
    setChanged((n) => n + 1);
  };
  const { articles, links, verdicts, figuresDisagree, dismissed } = claim.seenBefore;
  // What the two claims share and their figures, in the reader's language ("Gleich: Nordkorea, Soldaten").
  const language = useLocale();
  const { opened, loaded, onToggle } = useFetchWhenOpen(
    `/api/claims/${encodeURIComponent(claim.id)}/matches?limit=20&language=${language}`,
    (json) => json as MatchesResponse,
    [claim.version, articles, links, verdicts, dismissed, changed],
  );
  return (
    <details className="seen-before" onToggle={(event) => onToggle(event.currentTarget.open)}>
      <summary ref={summary}>
        {articles ? t("seenIn", { count: articles }) : t("seenNowhere")}
        {dismissed ? <span className="muted"> · {t("dismissedCount", { count: dismissed })}</span> : null}
        {verdicts ? <span className="muted"> · {t("withVerdicts", { count: verdicts })}</span> : null}
        {figuresDisagree ? <span className="badge badge--disagree">{t("figuresDisagree")}</span> : null}
      </summary>
      {!opened ? null : loaded.state === "loading" ? (
        <p className="muted" role="status">
          {t("loading")}
        </p>
      ) : loaded.state === "failed" ? (
        <Notice tone="error" role="alert">
          {t("failed")}
        </Notice>
      ) : (
        <>
          <ul className="seen-before__list">
            {loaded.value.matches.map((m) => (
              <li key={m.claimId} data-match-id={m.claimId}>
                <a href={`/articles/${m.article.id}#claim-${m.claimId}`}>{m.article.title}</a>{" "}
                <span className="muted">
                  {[
                    m.article.outlet,
                    // Its own date, or when it was stored: a match is read by when it was said.
                    m.article.publishedAt
                      ? format.dateTime(new Date(m.article.publishedAt), { dateStyle: "medium" })
                      : t("added", { date: format.dateTime(new Date(m.article.createdAt), { dateStyle: "medium" }) }),
                  ]
                    .filter(Boolean)
                    .join(" · ")}
                </span>{" "}
                <span className="badge" data-status={m.status}>
                  {labels[m.status]}
                </span>
                <p className="seen-before__text" lang={m.article.language}>
                  {m.text}
                </p>
                <p className="muted seen-before__why">
                  {[m.inStory ? t("inStory") : null, m.same.length ? t("same", { list: m.same.join(", ") }) : null]
                    .filter(Boolean)
                    .join(" · ")}
                  {m.figures.map((f) => (
                    <span key={f.kind} className={f.disagree ? "seen-before__figures--disagree" : undefined}>
                      {" · "}
                      {t("figures", { here: f.here, there: f.there })}
                    </span>
                  ))}
                </p>
                {m.verdict && m.statusReason ? (
                  <p className="seen-before__reason">
                    {m.reasonFrom?.articleId === articleId
                      ? // Carried over to the match from a claim of this very article: named as such, not by title.
                        t(m.reasonFrom.inStory ? "verdictReasonFromHereInStory" : "verdictReasonFromHere", {
                          reason: m.statusReason,
                        })
                      : m.reasonFrom
                        ? t(m.reasonFrom.inStory ? "verdictReasonFromInStory" : "verdictReasonFrom", {
                            reason: m.statusReason,
                            article: m.reasonFrom.outlet
                              ? `${m.reasonFrom.title} (${m.reasonFrom.outlet})`
                              : m.reasonFrom.title,
                          })
                        : t("verdictReason", { reason: m.statusReason })}
                  </p>
                ) : null}
                {canReview && m.verdict && m.verdict !== claim.status && m.figuresDisagree ? (
                  <p className="seen-before__caution" role="note">
                    {t("carryOverFigures")}
                  </p>
                ) : null}
                {canReview && m.verdict && m.verdict !== claim.status && !m.figuresDisagree
                  ? // Figures that can both be true ("≥ 40" and "≥ 25") are still not the figures the verdict was
                    // given on: a verdict that a figure was too low may not hold for this claim's.
                    differingFigures(m.figures).map((f) => (
                      <p key={f.kind} className="seen-before__caution" role="note">
                        {t("carryOverFiguresDiffer", { here: f.here, there: f.there })}
                      </p>
                    ))
                  : null}
                {canReview && m.verdict && m.verdict !== claim.status && m.inStory ? (
                  <p className="seen-before__caution" role="note">
                    {t("carryOverInStory")}
                  </p>
                ) : null}
                {canReview && m.verdict && m.verdict !== claim.status ? (
                  <Button
                    type="button"
                    aria-label={t("carryOverOf", { status: labels[m.verdict], label: claim.label })}
                    disabled={carry.pending}
                    onClick={() => void take(m.claimId)}
                  >
                    {t("carryOver", { status: labels[m.verdict] })}
                  </Button>
                ) : null}
                {canReview && unlinking !== m.claimId ? (
                  <button
                    type="button"
                    className="link-button seen-before__not-same"
                    aria-label={t("notSameAs", { text: m.text })}
                    onClick={() => setUnlinking(m.claimId)}
                  >
                    {t("notSame")}
                  </button>
                ) : null}
                {canReview && unlinking === m.claimId ? (
                  <UnlinkMatch
                    text={m.text}
                    pending={dismiss.pending}
                    onUnlink={(reason, note) => void unlink(m.claimId, reason, note)}
                    onCancel={() => setUnlinking(null)}
                  />
                ) : null}
              </li>
            ))}
          </ul>
          <DismissedMatches
            dismissed={loaded.value.dismissed}
            total={dismissed}
            canReview={canReview}
            pending={restore.pending}
            onRestore={(otherId) => void linkAgain(otherId)}
          />
        </>
      )}
      <ActionMessage state={carry.state} pending={carry.pending} />
      <ActionMessage state={dismiss.state} pending={dismiss.pending} />
      {dismiss.state.waitsFor?.length ? (
        <p className="muted" role="status">
          {t("waitsFor", { names: dismiss.state.waitsFor.join(", ") })}
        </p>
      ) : null}
      <ActionMessage state={restore.state} pending={restore.pending} />
    </details>
  );
}

/** The kinds of figure the two claims give differently, though both can be true. */
const differingFigures = (figures: ClaimMatchView["figures"]) =>
  figures.filter((f) => !f.disagree && f.here !== f.there);
