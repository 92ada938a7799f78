import Link from "next/link";
import "@/components/review/review-desk.css";
import { notFound } from "next/navigation";
import { cache } from "react";
import { getFormatter, getTranslations } from "next-intl/server";
import { ArticleBodyProvider } from "@/components/articles/article-body";
import { ArticleText } from "@/components/articles/article-text";
import { DeleteArticleForm } from "@/components/articles/delete-article-form";
import { NewVersionForm } from "@/components/articles/new-version-form";
import { OrphanedClaims, VersionNotice } from "@/components/articles/version-parts";
import { AddClaimFromSelection } from "@/components/review/add-claim-from-selection";
import { ArticleActivity } from "@/components/review/article-activity";
import { ArticleTextLinks } from "@/components/review/article-text-links";
import { AssignForm } from "@/components/review/assign-form";
import { AssigneesProvider } from "@/components/review/assignees-context";
import { ClaimFilter } from "@/components/review/claim-filter";
import { ClaimList } from "@/components/review/claim-list";
import { FIRST_CARDS } from "@/components/review/first-cards";
import { RestoreButton } from "@/components/review/restore-button";
import { SeenBeforeBanner } from "@/components/review/seen-before-banner";
import { LiveRefresh } from "@/components/review/live-refresh";
import { ReviewDeskProvider } from "@/components/review/review-desk";
import { ReviewKeyboard } from "@/components/review/review-keyboard";
import { ReviewLayout } from "@/components/review/review-layout";
import { ToastProvider } from "@/components/ui/toasts";
import { readReviewPage } from "@/lib/articles/read-review-page";
import { requirePageActor } from "@/lib/auth/page-actor";
import { getDb } from "@/lib/db/client";
import { readRefusal } from "@/lib/http/refusal-code";
import { Notice } from "@/components/ui/notice";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | undefined>> };

// The title (metadata) and the page read the same article: once per request, not twice.
const loadArticle = cache(async (id: string) => {
  const actor = await requirePageActor("article.read", `/articles/${encodeURIComponent(id)}`);
  return readReviewPage(getDb(), actor, { articleId: id, cards: FIRST_CARDS + 1 });
});

export async function generateMetadata({ params }: Props) {
  const { id } = await params;
  const page = await loadArticle(id);
  return { title: page?.article.title ?? "—" };
}

export default async function ArticlePage({ params, searchParams }: Props) {
  const [{ id }, query] = await Promise.all([params, searchParams]);
  const page = await loadArticle(id);
  if (!page) notFound();
  const { article, highlights, marker, activity, sourceNames, assignees, allowed } = page;
  const total = highlights.length;
  const assignError = readRefusal(query.assignError);
  const [t, tr, tv, format] = await Promise.all([
    getTranslations("article"),
    getTranslations("review"),
    getTranslations("versions"),
    getFormatter(),
  ]);
  const sourced = highlights.filter((h) => h.sourced).length;
  const date = format.dateTime(article.publishedAt ?? article.createdAt, { dateStyle: "long" });
  return (
    <AssigneesProvider assignees={assignees}>
      <ToastProvider>
        <ReviewDeskProvider>
          <LiveRefresh articleId={article.id} marker={marker} />
          <p>
            <Link href="/">← {t("back")}</Link>
          </p>
          {query.created ? (
            <Notice tone="ok" role="status">
              {t("created", { count: total })}
            </Notice>
          ) : null}
          <SeenBeforeBanner summary={page.seenBefore} />
          <VersionNotice query={query} />
          {query.duplicate ? (
            <Notice tone="info" role="status">
              {t("duplicate")}
            </Notice>
          ) : null}
          <div className="page-head">
            <div>
              <h1 lang={article.language}>{article.title}</h1>
              <p className="muted" style={{ margin: 0 }}>
                {article.outlet ? t("byline", { outlet: article.outlet, date }) : date}
                {article.url ? (
                  <>
                    {" · "}
                    <a href={article.url} rel="noopener noreferrer nofollow" target="_blank">
                      {t("original")}
                    </a>
                  </>
                ) : null}
              </p>
            </div>
            <p className="muted" style={{ margin: 0 }}>
              {t("claims", { count: total })} · {t("sourcedSummary", { sourced, total })} ·{" "}
              <Link href={`/articles/${article.id}/coverage`}>{(await getTranslations("coverage"))("link")}</Link> ·{" "}
              <Link href={`/articles/${article.id}/versions`} data-testid="article-version">
                {tv("current", { version: article.version })}
              </Link>
            </p>
            {allowed.newVersion ? <NewVersionForm articleId={article.id} hasUrl={article.url !== null} /> : null}
            {allowed.delete ? <DeleteArticleForm articleId={article.id} title={article.title} /> : null}
          </div>
          {assignError ? (
            <Notice tone="error" role="alert">
              {(await getTranslations("refusals"))(assignError)}
            </Notice>
          ) : null}
          {assignees ? (
            <div className="card" style={{ marginBottom: "1rem" }}>
              <AssignForm articleId={article.id} label={tr("assignAll")} />
            </div>
          ) : null}
          <ArticleTextLinks />
          <ArticleBodyProvider body={article.body}>
            <ReviewLayout
              count={total}
              text={
                <>
                  {allowed.edit ? (
                    <AddClaimFromSelection articleId={article.id} articleVersion={article.version} />
                  ) : null}
                  <ArticleText claims={highlights.map(({ sourced: _, ...h }) => h)} lang={article.language} />
                  <p className="muted" style={{ fontSize: "0.8rem" }}>
                    {t("extractedBy", { version: article.extractorVersion })}
                  </p>
                </>
              }
              claims={
                <>
                  <h2 id="claims-heading">{t("claimList")}</h2>
                  {total ? <ClaimFilter total={total} /> : <p className="muted">{tr("noClaims")}</p>}
                  {allowed.review ? <ReviewKeyboard can={allowed} /> : null}
                  <ClaimList
                    claims={article.claims}
                    total={total}
                    marker={marker}
                    lang={article.language}
                    articleId={article.id}
                    can={allowed}
                  />
                  {article.removed.length && allowed.edit ? (
                    <section aria-labelledby="removed-heading" className="card removed">
                      <h2 id="removed-heading">{tr("removedHeading")}</h2>
                      <ul>
                        {article.removed.map((r) => (
                          <li key={r.id}>
                            <span lang={article.language}>{r.label}</span>{" "}
                            <RestoreButton articleId={article.id} claim={r} />
                          </li>
                        ))}
                      </ul>
                    </section>
                  ) : null}
                  <OrphanedClaims claims={article.orphaned} lang={article.language} />
                  <ArticleActivity entries={activity} />
                </>
              }
            />
          </ArticleBodyProvider>
          {sourceNames.length ? (
            <datalist id="source-registry">
              {sourceNames.map((name) => (
                <option key={name} value={name} />
              ))}
            </datalist>
          ) : null}
        </ReviewDeskProvider>
      </ToastProvider>
    </AssigneesProvider>
  );
}
