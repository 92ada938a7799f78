import { getTranslations } from "next-intl/server";
import { requirePageActor } from "@/lib/auth/page-actor";
import { getDb } from "@/lib/db/client";
import { listSources } from "@/lib/sources/list-sources";
import { Button } from "@/components/ui/button";

export const dynamic = "force-dynamic";

export async function generateMetadata() {
  return { title: (await getTranslations("sources"))("title") };
}

export default async function SourcesPage({ searchParams }: { searchParams: Promise<{ q?: string }> }) {
  const actor = await requirePageActor("source.read", "/sources");
  const q = (await searchParams).q?.slice(0, 200) ?? "";
  const [t, tt, sources] = await Promise.all([
    getTranslations("sources"),
    getTranslations("sourceType"),
    listSources(getDb(), actor, { query: q }),
  ]);
  return (
    <>
      <div className="page-head">
        <h1>{t("title")}</h1>
        <form role="search" style={{ display: "flex", gap: "0.5rem" }}>
          <label htmlFor="q" className="skip-link">
            {t("search")}
          </label>
          <input
            id="q"
            name="q"
            type="search"
            defaultValue={q}
            placeholder={t("search")}
            style={{ padding: "0.45rem" }}
          />
          <Button type="submit">{t("searchButton")}</Button>
        </form>
      </div>
      <p className="muted" style={{ maxWidth: "80ch" }}>
        {t("intro")}
      </p>
      {sources.length === 0 ? (
        <p className="card">{t("empty")}</p>
      ) : (
        <div className="table-scroll">
          <table className="data">
            <caption className="muted" style={{ captionSide: "bottom", textAlign: "left", padding: "0.5rem 0" }}>
              {t("count", { count: sources.length })}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t("columns.name")}</th>
                <th scope="col">{t("columns.type")}</th>
                <th scope="col">{t("columns.aliases")}</th>
                <th scope="col" className="num">
                  {t("columns.claims")}
                </th>
              </tr>
            </thead>
            <tbody>
              {sources.map((s) => (
                <tr key={s.id}>
                  <th
                    scope="row"
                    style={{
                      fontWeight: 600,
                      textTransform: "none",
                      letterSpacing: 0,
                      background: "none",
                      color: "var(--ink)",
                      fontSize: "1rem",
                    }}
                  >
                    {s.name}
                    {s.builtin ? (
                      <span className="muted" style={{ fontWeight: 400, fontSize: "0.8rem" }}>
                        {" "}
                        · {t("builtin")}
                      </span>
                    ) : null}
                  </th>
                  <td>{tt(s.type)}</td>
                  <td className="muted" style={{ fontSize: "0.9rem" }}>
                    {s.aliases.join(" · ") || "—"}
                  </td>
                  <td className="num">{s.claims}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
