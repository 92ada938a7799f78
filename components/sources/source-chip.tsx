import { useCardText } from "@/components/review/card/card-text";
import type { CitationView } from "@/lib/articles/get-article";

/** A cited source: its name and type, how the article names it, the cue, how it was resolved, and any relay. */
export function SourceChip({ citation }: { citation: CitationView }) {
  const { article: t, sourceType: tt, resolution: tr } = useCardText();
  // An unnamed source ("officials") is not "named", though the article's words say who it is as far as they go.
  const isNamedUnnamed = citation.type === "unnamed" && citation.resolution === "explicit";
  const details = [
    tt(citation.type),
    t("cue", { cue: citation.cue }),
    isNamedUnnamed ? null : tr.has(citation.resolution) ? tr(citation.resolution as "explicit") : citation.resolution,
  ].filter(Boolean);
  return (
    <li className="source-chip" title={t("mention", { mention: citation.mention })}>
      <strong>
        {citation.name}
        {citation.role === "relay" && citation.relayOf ? ` → ${t("relays", { origin: citation.relayOf })}` : null}
      </strong>
      <small>{details.join(" · ")}</small>
    </li>
  );
}
