import { CLAIM_STATUSES, type ClaimStatus } from "./claim-status";

/**
 * The colours of the statuses, one palette for the pages, the exports and the PDF, so a printed report reads like
 * the screen. `mark`: the saturated colour of a card's edge, a chart's bar, a PDF swatch (3:1 against white);
 * `background`: the pale fill of a highlight or a badge, dark text readable on it.
 */
export const STATUS_PALETTE: Record<ClaimStatus, { mark: string; background: string }> = {
  unverified: { mark: "#8a939e", background: "#e9ecef" },
  in_progress: { mark: "#3b73c4", background: "#dce9fb" },
  true: { mark: "#2f7d4a", background: "#d6f0dc" },
  mostly_true: { mark: "#6f9a2c", background: "#e6f4cf" },
  misleading: { mark: "#c27a12", background: "#fde6c8" },
  false: { mark: "#b3362c", background: "#f9d3cf" },
  unproven: { mark: "#7a55a8", background: "#eadff7" },
  not_checkable: { mark: "#5f5f5f", background: "#e4e4e4" },
};

export const STATUS_COLORS = Object.fromEntries(CLAIM_STATUSES.map((s) => [s, STATUS_PALETTE[s].mark])) as Record<
  ClaimStatus,
  string
>;

/** How a claim is sourced: by independent origins, by one source, or by none. */
export const SOURCING_COLORS = { independent: "#2f7d4a", single: "#d9a21b", unsourced: "#b3362c" } as const;

/**
 * The palette as the stylesheets' custom properties (--st-<status> for fills, --st-bar-<status> and --chart-<status>
 * for marks), written into every page's head by the root layout.
 */
export function paletteCss(): string {
  const properties = CLAIM_STATUSES.flatMap((s) => [
    `--st-${s}:${STATUS_PALETTE[s].background}`,
    `--st-bar-${s}:${STATUS_PALETTE[s].mark}`,
    `--chart-${s}:${STATUS_PALETTE[s].mark}`,
  ]);
  return `:root{${properties.join(";")}}`;
}
