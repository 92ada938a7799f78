/** One horizontal bar split into parts, drawn as SVG; the numbers are given as text beside it (the chart is a picture). */
export function StackedBar({
  parts,
  label,
}: {
  parts: { key: string; label: string; value: number; color: string }[];
  label: string;
}) {
  const total = parts.reduce((sum, p) => sum + p.value, 0);
  const shown = parts.filter((p) => p.value > 0);
  const offsets: number[] = [];
  for (let i = 0, at = 0; i < shown.length; at += (shown[i]!.value / total) * 100, i++) offsets.push(at);
  return (
    <figure className="stacked-bar">
      <svg viewBox="0 0 100 6" preserveAspectRatio="none" role="img" aria-label={label} width="100%" height="24">
        {total === 0 ? <rect x={0} y={0} width={100} height={6} fill="var(--st-unverified)" /> : null}
        {shown.map((p, i) => (
          <rect key={p.key} x={offsets[i]} y={0} width={(p.value / total) * 100} height={6} fill={p.color} />
        ))}
      </svg>
      <figcaption>
        <ul className="stacked-bar__legend">
          {parts.map((p) => (
            <li key={p.key}>
              <span className="stacked-bar__swatch" style={{ background: p.color }} aria-hidden="true" /> {p.label}:{" "}
              <strong>{p.value}</strong>
            </li>
          ))}
        </ul>
      </figcaption>
    </figure>
  );
}
