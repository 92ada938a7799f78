import { getFormatter, getTranslations } from "next-intl/server";
import { CreateUserForm } from "@/components/users/create-user-form";
import { ResetPasswordButton } from "@/components/users/reset-password-button";
import { requirePageActor } from "@/lib/auth/page-actor";
import { ROLES } from "@/lib/auth/roles";
import { getDb } from "@/lib/db/client";
import { readRefusal } from "@/lib/http/refusal-code";
import { listUsers } from "@/lib/users/list-users";
import { listLockedUserIds } from "@/lib/users/unlock-user";
import { unlockUserAction } from "@/actions/users/unlock-user";
import { updateUserAccessAction } from "@/actions/users/update-user-access";
import { Notice } from "@/components/ui/notice";
import { DataTable } from "@/components/ui/data-table";
import { Button } from "@/components/ui/button";

export const dynamic = "force-dynamic";

export async function generateMetadata() {
  return { title: (await getTranslations("users"))("title") };
}

export default async function UsersPage({
  searchParams,
}: {
  searchParams: Promise<{ notice?: string; error?: string }>;
}) {
  const actor = await requirePageActor("user.manage", "/admin/users");
  const [t, tRefusal, tr, format, users, locked, query] = await Promise.all([
    getTranslations("users"),
    getTranslations("refusals"),
    getTranslations("auth.roles"),
    getFormatter(),
    listUsers(getDb(), actor),
    listLockedUserIds(getDb(), actor),
    searchParams,
  ]);
  const error = readRefusal(query.error);
  return (
    <>
      <h1>{t("title")}</h1>
      {query.notice ? (
        <Notice tone="ok" role="status">
          {query.notice === "unlocked" ? t("unlocked") : t("saved")}
        </Notice>
      ) : null}
      {error ? (
        <Notice tone="error" role="alert">
          {tRefusal(error)}
        </Notice>
      ) : null}
      <CreateUserForm />
      <DataTable
        columns={[
          { label: t("name") },
          { label: t("email") },
          { label: t("role") },
          { label: t("status") },
          { label: t("password") },
          { label: t("since") },
        ]}
        style={{ marginTop: "1.5rem" }}
      >
        {users.map((u) => (
          <tr key={u.id}>
            <td>{u.name}</td>
            <td>{u.email}</td>
            <td>
              <form action={updateUserAccessAction} style={{ display: "flex", gap: "0.4rem" }}>
                <input type="hidden" name="userId" value={u.id} />
                <label className="skip-link" htmlFor={`role-${u.id}`}>
                  {t("roleOf", { name: u.name })}
                </label>
                <select id={`role-${u.id}`} name="role" defaultValue={u.role}>
                  {ROLES.map((r) => (
                    <option key={r} value={r}>
                      {tr(r)}
                    </option>
                  ))}
                </select>
                <Button type="submit" style={{ padding: "0.2rem 0.6rem" }}>
                  {t("saveRole")}
                </Button>
              </form>
            </td>
            <td>
              <form action={updateUserAccessAction} style={{ display: "flex", gap: "0.5rem", alignItems: "center" }}>
                <input type="hidden" name="userId" value={u.id} />
                <input type="hidden" name="disabled" value={u.disabled ? "false" : "true"} />
                <span>{u.disabled ? t("disabled") : t("active")}</span>
                {locked.has(u.id) ? <span>{t("signInLocked")}</span> : null}
                {u.id === actor.id ? null : (
                  <button
                    type="submit"
                    aria-label={u.disabled ? t("enableUser", { name: u.name }) : t("disableUser", { name: u.name })}
                  >
                    {u.disabled ? t("enable") : t("disable")}
                  </button>
                )}
              </form>
            </td>
            <td>
              {u.id === actor.id ? "—" : <ResetPasswordButton userId={u.id} name={u.name} />}
              {locked.has(u.id) ? (
                <form action={unlockUserAction}>
                  <input type="hidden" name="userId" value={u.id} />
                  <button type="submit" aria-label={t("unlockOf", { name: u.name })}>
                    {t("unlock")}
                  </button>
                </form>
              ) : null}
            </td>
            <td className="nowrap">{format.dateTime(u.createdAt, { dateStyle: "medium" })}</td>
          </tr>
        ))}
      </DataTable>
    </>
  );
}
