"use client";

import { useTranslations } from "next-intl";

/** Ticks or clears every row box of the claims table at once. */
export function SelectAllBox() {
  const t = useTranslations("claims");
  return (
    <input
      type="checkbox"
      aria-label={t("selectAll")}
      onChange={(event) => {
        for (const box of document.querySelectorAll<HTMLInputElement>("input[name='claim'][form='bulk-form']")) {
          box.checked = event.target.checked;
        }
      }}
    />
  );
}
