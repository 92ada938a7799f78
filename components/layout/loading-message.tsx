import { getTranslations } from "next-intl/server";

/** The loading state of a page while its data is read. */
export async function LoadingMessage() {
  const t = await getTranslations();
  return (
    <p className="muted" role="status" aria-live="polite">
      {t("loading")}
    </p>
  );
}
