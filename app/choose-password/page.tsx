import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ChangePasswordForm } from "@/components/users/change-password-form";
import { CHOOSE_PASSWORD_PATH, requirePageActor } from "@/lib/auth/page-actor";
import { localPath } from "@/lib/http/local-path";

export const dynamic = "force-dynamic";

export async function generateMetadata() {
  return { title: (await getTranslations("password"))("chooseTitle") };
}

/**
 * Where every page sends someone signed in with a one-time password (an admin added the account or reset it) until
 * they choose their own; then on to the page they asked for. Anyone else changes their password in the settings.
 */
export default async function ChoosePasswordPage({ searchParams }: { searchParams: Promise<{ next?: string }> }) {
  const actor = await requirePageActor("account.password", CHOOSE_PASSWORD_PATH);
  if (!actor.mustChangePassword) redirect("/settings");
  const t = await getTranslations("password");
  const next = localPath((await searchParams).next);
  return (
    <>
      <h1>{t("chooseTitle")}</h1>
      <p className="muted" style={{ maxWidth: "65ch" }}>
        {t("chooseIntro")}
      </p>
      <ChangePasswordForm email={actor.email} next={next.startsWith(CHOOSE_PASSWORD_PATH) ? "/" : next} />
    </>
  );
}
