"use client";

import { useTranslations } from "next-intl";
import { useClaimSelection } from "./claim-selection";

/**
 * The filter's matches: how many (or more than that, `moreThanTotal`: the list counts only so far), how many are on
 * this page, the filter as a query string, and the verbs' cap.
 */
export interface Matching {
  total: number;
  moreThanTotal?: boolean;
  onPage: number;
  filter: string;
  max: number;
}

/**
 * Gmail's "select all matching": once every box of the page is ticked and more claims match than the page shows,
 * offers to apply the change to all of them. Chosen, it sends the filter (never ids) with the form. `since` are the
 * bulk forms' states when it was chosen: once either changes (a change was made), the choice lapses.
 */
export function MatchingChoice({ matching, since }: { matching: Matching; since: unknown[] }) {
  const t = useTranslations("claims");
  const { isPageSelected, matchingToken, setMatchingToken } = useClaimSelection();
  const chosen = matchingToken as unknown[] | null;
  const isAllMatching = isPageSelected && !!chosen && chosen.every((state, i) => state === since[i]);
  const { total, onPage, max, moreThanTotal } = matching;
  return (
    <div aria-live="polite">
      {isPageSelected && (total > onPage || moreThanTotal) ? (
        <p className="bulk-bar__matching">
          {isAllMatching ? (
            <>
              {t(moreThanTotal ? "allMatchingSelectedMore" : "allMatchingSelected", { total, max })}{" "}
              <button type="button" className="link-button" onClick={() => setMatchingToken(null)}>
                {t("selectPageOnly", { count: onPage })}
              </button>
              <input type="hidden" name="scope" value="matching" />
              <input type="hidden" name="filter" value={matching.filter} />
            </>
          ) : total > max ? (
            t("tooManyMatching", { count: onPage, total, max })
          ) : (
            <>
              {t("pageSelected", { count: onPage })}{" "}
              <button type="button" className="link-button" onClick={() => setMatchingToken(since)}>
                {t(moreThanTotal ? "selectAllMatchingMore" : "selectAllMatching", { total })}
              </button>
            </>
          )}
        </p>
      ) : null}
    </div>
  );
}
