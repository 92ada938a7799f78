"use client";

import { useTranslations } from "next-intl";
import { useCallback, useRef, useState, useTransition } from "react";
import type { ReviewState } from "@/actions/claims/run-review-verb";

export type ClaimAction = (previous: ReviewState, form: FormData) => Promise<ReviewState>;
export type ActionFields = Record<string, string | number | undefined>;

/**
 * Runs a review server action with the given fields and keeps its answer. Deliberately not a `<form action>`:
 * React resets such a form after every action, and that wiped what the user had typed after a refused change. A
 * failure of the connection or the server becomes a message, never a silent loss.
 */
export function useClaimAction(action: ClaimAction) {
  const t = useTranslations("review");
  const [state, setState] = useState<ReviewState>({});
  const [pending, startTransition] = useTransition();
  const latest = useRef(0);
  const run = useCallback(
    (fields: ActionFields): Promise<ReviewState> =>
      new Promise((resolve) => {
        const form = new FormData();
        for (const [name, value] of Object.entries(fields)) if (value !== undefined) form.set(name, String(value));
        const call = ++latest.current;
        startTransition(async () => {
          let answer: ReviewState;
          try {
            answer = await action({}, form);
          } catch {
            answer = { error: t("notSaved") };
          }
          // Two quick presses: the answer to the last one is what the card shows.
          if (call === latest.current) setState(answer);
          resolve(answer);
        });
      }),
    [action, t],
  );
  const reset = useCallback(() => setState({}), []);
  return { state, pending, run, reset };
}
