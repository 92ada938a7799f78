import { getTranslations } from "next-intl/server";
import { assignAction } from "@/app/articles/[id]/assign-action";

interface Props {
  articleId: string;
  /** One claim, or the whole article when absent. */
  claimId?: string;
  current?: string | null;
  assignees: { id: string; name: string }[];
  label: string;
}

/** Assign a claim or a whole article; works without JavaScript (a plain form posting to a server action). */
export async function AssignForm({ articleId, claimId, current, assignees, label }: Props) {
  const t = await getTranslations("review");
  const id = `assign-${claimId ?? articleId}`;
  return (
    <form action={assignAction} className="review__row">
      <input type="hidden" name="articleId" value={articleId} />
      {claimId ? <input type="hidden" name="claimId" value={claimId} /> : null}
      <label htmlFor={id} className={claimId ? "skip-link" : undefined}>
        {label}
      </label>
      <select id={id} name="assigneeId" defaultValue={current ?? ""}>
        <option value="">{t("nobody")}</option>
        {assignees.map((a) => (
          <option key={a.id} value={a.id}>
            {a.name}
          </option>
        ))}
      </select>
      <button type="submit">{t("assign")}</button>
    </form>
  );
}
