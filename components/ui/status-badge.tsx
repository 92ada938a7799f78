import type { ClaimStatus } from "@/lib/claims/claim-status";

/** A claim's verification status as a coloured pill, in the palette every page, export and the PDF share. */
export function StatusBadge({ status, label, className }: { status: ClaimStatus; label: string; className?: string }) {
  return (
    <span className={["badge", className].filter(Boolean).join(" ")} style={{ background: `var(--st-${status})` }}>
      {label}
    </span>
  );
}
