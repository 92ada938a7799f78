"use client";

import { useTranslations } from "next-intl";
import { assignAction } from "@/actions/claims/assign-claims";
import { AssigneeSelect } from "./assignee-select";
import { useAssignees } from "./assignees-context";

interface Props {
  articleId: string;
  /** One claim, or the whole article when absent. */
  claimId?: string;
  current?: string;
  label: string;
}

/**
 * Assign a claim or a whole article; a plain form posting to a server action (it works before the page is
 * interactive). The people come once per page through AssigneesProvider; nothing shows for roles that may not assign.
 */
export function AssignForm({ articleId, claimId, current, label }: Props) {
  const t = useTranslations("review");
  const assignees = useAssignees();
  if (!assignees) return null;
  const id = `assign-${claimId ?? articleId}`;
  return (
    <form action={assignAction} className="review__row">
      <input type="hidden" name="articleId" value={articleId} />
      {claimId ? <input type="hidden" name="claimId" value={claimId} /> : null}
      <label htmlFor={id}>{label}</label>
      <AssigneeSelect id={id} assignees={assignees} current={current} />
      <button type="submit">{t("assign")}</button>
    </form>
  );
}
