"use client";

import { useTranslations } from "next-intl";

interface Version {
  text: string;
  label: string;
}

interface Props {
  base: Version;
  theirs: Version;
  yours: Version;
  onTakeTheirs: () => void;
}

/** Base, theirs and yours one under the other, so a person decides with all three in view. */
export function TextCompare({ base, theirs, yours, onTakeTheirs }: Props) {
  const t = useTranslations("review");
  const rows: [string, Version][] = [
    [t("compareBase"), base],
    [t("compareTheirs"), theirs],
    [t("compareYours"), yours],
  ];
  return (
    <div className="text-compare">
      <dl>
        {rows.map(([name, version]) => (
          <div key={name} className="text-compare__row">
            <dt>{name}</dt>
            <dd>
              <strong>{version.label}</strong>
              <span>{version.text}</span>
            </dd>
          </div>
        ))}
      </dl>
      <button type="button" onClick={onTakeTheirs}>
        {t("takeTheirs")}
      </button>
    </div>
  );
}
