"use client";

import { useTranslations } from "next-intl";
import { AssignForm } from "../assign-form";
import { useCardTools } from "./card-context";

/** Gives the claim to a colleague (editors and admins; the list of people comes once per page). */
export function AssignTool() {
  const t = useTranslations("review");
  const { articleId, claim } = useCardTools();
  return (
    <AssignForm
      articleId={articleId}
      claimId={claim.id}
      label={t("assignOf", { label: claim.label })}
      current={claim.assignee?.id}
    />
  );
}
