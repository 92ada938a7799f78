import type { ClaimStatus } from "@/lib/claims/claim-status";

/** A thin stacked bar of claim statuses; the numbers are in its accessible label and tooltip as text too. */
export function StatusBar({ statuses, label }: { statuses: [ClaimStatus, number, string][]; label: string }) {
  const total = statuses.reduce((n, [, count]) => n + count, 0);
  const text = statuses
    .filter(([, count]) => count > 0)
    .map(([, count, name]) => `${name}: ${count}`)
    .join(", ");
  return (
    <div className="status-bar" role="img" aria-label={`${label}: ${text}`} title={text}>
      {statuses.map(([status, count]) =>
        count > 0 ? (
          <span key={status} style={{ width: `${(100 * count) / total}%`, background: `var(--st-${status})` }} />
        ) : null,
      )}
    </div>
  );
}
