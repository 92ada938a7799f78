import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { LoginForm } from "@/components/auth/login-form";
import { optionalPageActor } from "@/lib/auth/page-actor";
import { getDb } from "@/lib/db/client";
import { localPath } from "@/lib/http/local-path";
import { hasAccounts } from "@/lib/auth/has-accounts";

export async function generateMetadata() {
  return { title: (await getTranslations("auth"))("signIn") };
}

export default async function LoginPage({ searchParams }: { searchParams: Promise<{ next?: string }> }) {
  if (!(await hasAccounts(getDb()))) redirect("/setup");
  if (await optionalPageActor()) redirect("/");
  const t = await getTranslations("auth");
  return (
    <>
      <h1>{t("signInTitle")}</h1>
      <LoginForm next={localPath((await searchParams).next)} />
    </>
  );
}
