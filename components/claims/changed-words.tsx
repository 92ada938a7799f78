import { diffWords } from "diff";

/**
 * A claim's old and new words as one line, the words taken out struck through and the words put in underlined, as
 * the compare view marks them: "14 → 12" is seen at a glance in a sentence of thirty words.
 */
export function ChangedWords({ before, after }: { before: string; after: string }) {
  return (
    <span className="changed-words">
      {diffWords(before, after).map((part, i) =>
        part.removed ? (
          <del key={i}>{part.value}</del>
        ) : part.added ? (
          <ins key={i}>{part.value}</ins>
        ) : (
          <span key={i}>{part.value}</span>
        ),
      )}
    </span>
  );
}
