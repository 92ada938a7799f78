import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { SetupForm } from "@/components/auth/setup-form";
import { getDb } from "@/lib/db/client";
import { hasAccounts } from "@/lib/auth/has-accounts";

export const dynamic = "force-dynamic";

export async function generateMetadata() {
  return { title: (await getTranslations("auth"))("setupTitle") };
}

/** First run only: while no account exists. Afterwards this page does not exist. */
export default async function SetupPage() {
  if (await hasAccounts(getDb())) notFound();
  const t = await getTranslations("auth");
  return (
    <>
      <h1>{t("setupTitle")}</h1>
      <p className="muted" style={{ maxWidth: "65ch" }}>
        {t("setupIntro")}
      </p>
      <SetupForm />
    </>
  );
}
