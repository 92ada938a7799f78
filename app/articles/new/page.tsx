import { getTranslations } from "next-intl/server";
import { IngestForm } from "@/components/articles/ingest-form";
import { articleRequestLimit } from "@/lib/input/article-size";
import { requirePageActor } from "@/lib/auth/page-actor";
import { getEnv } from "@/lib/env";
import { formatBytes } from "@/lib/input/decode-article-bytes";

export async function generateMetadata() {
  return { title: (await getTranslations("ingest"))("title") };
}

export default async function NewArticlePage() {
  await requirePageActor("article.ingest", "/articles/new");
  const t = await getTranslations("ingest");
  const { ARTICLE_MAX_BYTES } = getEnv();
  return (
    <>
      <h1>{t("title")}</h1>
      <p className="muted" style={{ maxWidth: "70ch" }}>
        {t("intro")}
      </p>
      <IngestForm limitLabel={formatBytes(ARTICLE_MAX_BYTES)} requestLimit={articleRequestLimit(ARTICLE_MAX_BYTES)} />
    </>
  );
}
