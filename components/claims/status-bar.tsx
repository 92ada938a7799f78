import type { ClaimStatus } from "@/lib/claims/claim-status";

/** A thin stacked bar of claim statuses with the counts written beneath it, so nobody has to decode colours. */
export function StatusBar({ statuses, label }: { statuses: [ClaimStatus, number, string][]; label: string }) {
  const total = statuses.reduce((n, [, count]) => n + count, 0);
  const present = statuses.filter(([, count]) => count > 0);
  const text = present.map(([, count, name]) => `${count} ${name.toLowerCase()}`).join(" · ");
  return (
    <div className="status-summary">
      <div className="status-bar" aria-hidden="true">
        {present.map(([status, count]) => (
          <span key={status} style={{ width: `${(100 * count) / total}%`, background: `var(--st-${status})` }} />
        ))}
      </div>
      <span className="status-summary__text">
        <span className="skip-link">{label}: </span>
        {text || "—"}
      </span>
    </div>
  );
}
