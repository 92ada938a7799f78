import { useTranslations } from "next-intl";

interface Props {
  id: string;
  assignees: { id: string; name: string }[];
  current?: string;
}

/** The people a claim can go to, with "nobody" first to unassign. */
export function AssigneeSelect({ id, assignees, current }: Props) {
  const t = useTranslations("review");
  return (
    <select id={id} name="assigneeId" defaultValue={current ?? ""}>
      <option value="">{t("nobody")}</option>
      {assignees.map((a) => (
        <option key={a.id} value={a.id}>
          {a.name}
        </option>
      ))}
    </select>
  );
}
