"use client";

import { useTranslations } from "next-intl";
import { useClaimSelection } from "./claim-selection";

/** Ticks or clears every row box of the claims table at once; unticked again when a row is. */
export function SelectAllBox() {
  const t = useTranslations("claims");
  const { isPageSelected, selectPage } = useClaimSelection();
  return (
    <input
      type="checkbox"
      aria-label={t("selectAll")}
      checked={isPageSelected}
      onChange={(event) => selectPage(event.target.checked)}
    />
  );
}
