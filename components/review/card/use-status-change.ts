"use client";

import { useTranslations } from "next-intl";
import { useRef } from "react";
import { setStatusAction } from "@/actions/claims/set-status";
import { useStatusLabels } from "@/components/claims/use-status-labels";
import { useToast } from "@/components/ui/toasts";
import type { ClaimStatus } from "@/lib/claims/claim-status";
import { useClaimAction } from "./use-claim-action";

interface Options {
  articleId: string;
  claimId: string;
  label: string;
  status: ClaimStatus;
  knownVersion: number;
  noteVersion: (version: number | undefined) => void;
}

/**
 * Sets a claim's status on the newest version this browser knows, says what changed in a toast with an undo, and
 * after a refusal keeps the wanted status so "re-apply" puts exactly that on top of the colleague's change.
 */
export function useStatusChange({ articleId, claimId, label, status, knownVersion, noteVersion }: Options) {
  const t = useTranslations("review");
  const labels = useStatusLabels();
  const toast = useToast();
  const action = useClaimAction(setStatusAction);
  const wanted = useRef<{ status: ClaimStatus; reason?: string }>({ status });

  const send = async (next: ClaimStatus, version: number, reason?: string, undoOf?: ClaimStatus) => {
    wanted.current = { status: next, reason };
    const answer = await action.run({ articleId, claimId, version, status: next, reason });
    noteVersion(answer.version);
    if (answer.done) {
      const from = undoOf ?? status;
      toast({
        message: t("statusToast", { label, status: labels[next] }),
        action:
          answer.version && from !== next && !undoOf
            ? { label: t("undo"), run: () => void send(from, answer.version!, undefined, next) }
            : undefined,
      });
    } else if (answer.error && !answer.conflict) {
      toast({ message: answer.error, tone: "error" });
    }
    return answer;
  };

  return {
    ...action,
    pick: (next: ClaimStatus, reason?: string) => send(next, knownVersion, reason),
    reapply: (version: number) => send(wanted.current.status, version, wanted.current.reason),
  };
}
