import { getFormatter, getTranslations } from "next-intl/server";
import { ChangePasswordForm } from "@/components/users/change-password-form";
import { CreateTokenForm } from "@/components/users/create-token-form";
import { requirePageActor } from "@/lib/auth/page-actor";
import { getDb } from "@/lib/db/client";
import { listApiTokens } from "@/lib/tokens/list-api-tokens";
import { revokeTokenAction } from "@/actions/tokens/revoke-token";
import { Notice } from "@/components/ui/notice";
import { DataTable } from "@/components/ui/data-table";

export const dynamic = "force-dynamic";

export async function generateMetadata() {
  return { title: (await getTranslations("settings"))("title") };
}

export default async function SettingsPage({
  searchParams,
}: {
  searchParams: Promise<{ password?: string; token?: string }>;
}) {
  const actor = await requirePageActor("token.manage", "/settings");
  const [t, tp, format, tokens, query] = await Promise.all([
    getTranslations("settings"),
    getTranslations("password"),
    getFormatter(),
    listApiTokens(getDb(), actor),
    searchParams,
  ]);
  const date = (d: Date | null) => (d ? format.dateTime(d, { dateStyle: "medium", timeStyle: "short" }) : "—");
  return (
    <>
      <h1>{t("title")}</h1>
      <h2>{tp("settingsTitle")}</h2>
      <p className="muted" style={{ maxWidth: "75ch" }}>
        {tp("settingsIntro")}
      </p>
      <ChangePasswordForm email={actor.email} changed={query.password === "changed"} />
      <h2 style={{ marginTop: "2rem" }}>{t("tokens")}</h2>
      <p className="muted" style={{ maxWidth: "75ch" }}>
        {t("tokensIntro")}
      </p>
      {query.token === "not_found" ? (
        <Notice tone="error" role="alert">
          {t("tokenNotFound")}
        </Notice>
      ) : null}
      <CreateTokenForm />
      {tokens.length > 0 ? (
        <DataTable
          columns={[
            { label: t("tokenName") },
            { label: t("prefix") },
            { label: t("createdAt") },
            { label: t("lastUsed") },
            { label: t("state") },
          ]}
          style={{ marginTop: "1.5rem" }}
        >
          {tokens.map((token) => (
            <tr key={token.id}>
              <td>{token.name}</td>
              <td>
                <code>{token.prefix}…</code>
              </td>
              <td className="nowrap">{date(token.createdAt)}</td>
              <td className="nowrap">{date(token.lastUsedAt)}</td>
              <td>
                {token.revokedAt ? (
                  t("revokedOn", { date: date(token.revokedAt) })
                ) : (
                  <form action={revokeTokenAction}>
                    <input type="hidden" name="tokenId" value={token.id} />
                    <button type="submit" aria-label={t("revokeNamed", { name: token.name })}>
                      {t("revoke")}
                    </button>
                  </form>
                )}
              </td>
            </tr>
          ))}
        </DataTable>
      ) : null}
    </>
  );
}
