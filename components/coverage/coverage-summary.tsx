import { useTranslations } from "next-intl";
import { CLAIM_STATUSES } from "@/lib/claims/claim-status";
import { COVERAGE_FIGURES, type CoverageFigures } from "@/lib/coverage/sum-coverage";
import { SOURCING_COLORS } from "@/lib/claims/status-palette";
import { StackedBar } from "./stacked-bar";

/** The headline figures and the two charts (how claims are sourced, what the checks found) of any set of claims. */
export function CoverageSummary({ figures: c }: { figures: CoverageFigures }) {
  const t = useTranslations("coverage");
  const ts = useTranslations("status");
  const figures = COVERAGE_FIGURES.map((key) => [t(key), c[key]] as const);
  return (
    <>
      <dl className="figures">
        {figures.map(([label, value]) => (
          <div key={label} className="figures__item card">
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      <div className="coverage-charts">
        <section className="card" aria-labelledby="sourced-heading">
          <h2 id="sourced-heading">{t("sourcedChart")}</h2>
          <StackedBar
            label={t("sourcedChartLabel", { sourced: c.sourced, unsourced: c.unsourced })}
            parts={[
              { key: "independent", label: t("independent"), value: c.independent, color: SOURCING_COLORS.independent },
              { key: "single", label: t("singleSource"), value: c.singleSource, color: SOURCING_COLORS.single },
              { key: "unsourced", label: t("unsourced"), value: c.unsourced, color: SOURCING_COLORS.unsourced },
            ]}
          />
        </section>
        <section className="card" aria-labelledby="status-heading">
          <h2 id="status-heading">{t("statusChart")}</h2>
          <StackedBar
            label={t("statusChartLabel")}
            parts={CLAIM_STATUSES.map((s) => ({
              key: s,
              label: ts(s),
              value: c.byStatus[s],
              color: `var(--chart-${s})`,
            }))}
          />
        </section>
      </div>
    </>
  );
}
