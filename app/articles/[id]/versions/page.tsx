import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { DataTable } from "@/components/ui/data-table";
import { Notice } from "@/components/ui/notice";
import { VersionComparisonView } from "@/components/articles/version-comparison";
import { compareArticleVersions } from "@/lib/articles/compare-article-versions";
import { listArticleVersions } from "@/lib/articles/list-article-versions";
import { requirePageActor } from "@/lib/auth/page-actor";
import { getDb } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { localizeError } from "@/lib/i18n/localize-error";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | undefined>> };

export async function generateMetadata() {
  return { title: (await getTranslations("versions"))("list") };
}

/** An article's versions, newest first, and two of them side by side (the newest and the one before, unless asked). */
export default async function VersionsPage({ params, searchParams }: Props) {
  const [{ id }, query] = await Promise.all([params, searchParams]);
  const actor = await requirePageActor("article.read", `/articles/${encodeURIComponent(id)}/versions`);
  const db = getDb();
  let listed;
  try {
    listed = await listArticleVersions(db, actor, id);
  } catch (error) {
    if (error instanceof AppError && error.code === "not_found") notFound();
    throw error;
  }
  const comparison = await compareArticleVersions(db, actor, { articleId: id, from: query.from, to: query.to }).catch(
    async (error: unknown) => {
      if (error instanceof AppError) return { refused: await localizeError(error) };
      throw error;
    },
  );
  const [t, format] = await Promise.all([getTranslations("versions"), getFormatter()]);
  const title = "article" in comparison ? comparison.article.title : "";
  return (
    <>
      <p>
        <Link href={`/articles/${id}`}>← {t("back")}</Link>
      </p>
      <h1>{t("heading", { title })}</h1>
      <p className="muted">{t("viewing", { version: listed.current })}</p>
      <DataTable
        columns={[
          { label: t("number"), numeric: true },
          { label: t("when") },
          { label: t("who") },
          { label: t("how") },
          { label: "" },
        ]}
      >
        {listed.versions.map((v) => (
          <tr key={v.number} data-version={v.number}>
            <td className="numeric">{v.number}</td>
            <td className="nowrap">{format.dateTime(v.createdAt, { dateStyle: "medium", timeStyle: "short" })}</td>
            <td>
              {v.createdBy ?? "—"} · {t(v.fetched ? "fetched" : "uploaded")}
            </td>
            <td>
              {v.number === 1
                ? t("first")
                : t("howValue", { kept: v.kept, changed: v.changed, orphaned: v.orphaned, added: v.added })}
            </td>
            <td>
              {v.number > 1 ? (
                <Link href={`/articles/${id}/versions?from=${v.number - 1}&to=${v.number}`}>{t("compare")}</Link>
              ) : null}
            </td>
          </tr>
        ))}
      </DataTable>
      {"refused" in comparison ? (
        <Notice tone="error" role="alert">
          {comparison.refused}
        </Notice>
      ) : comparison.from.number !== comparison.to.number ? (
        <VersionComparisonView comparison={comparison} />
      ) : null}
    </>
  );
}
