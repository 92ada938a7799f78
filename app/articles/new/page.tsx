import { getTranslations } from "next-intl/server";
import { IngestForm } from "@/components/articles/ingest-form";
import { requirePageActor } from "@/lib/auth/page-actor";
import { getEnv } from "@/lib/env";

export async function generateMetadata() {
  return { title: (await getTranslations("ingest"))("title") };
}

export default async function NewArticlePage() {
  await requirePageActor("article.ingest", "/articles/new");
  const t = await getTranslations("ingest");
  const limit = `${(getEnv().ARTICLE_MAX_BYTES / (1024 * 1024)).toFixed(0)} MB`;
  return (
    <>
      <h1>{t("title")}</h1>
      <p className="muted" style={{ maxWidth: "70ch" }}>
        {t("intro")}
      </p>
      <IngestForm limitLabel={limit} />
    </>
  );
}
