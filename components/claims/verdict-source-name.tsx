/**
 * The claim a verdict was carried over from, named by its article: "title (outlet)", a link to the claim while it
 * and its article live, its name alone once deleted. The card and My queue name it alike.
 */
export function VerdictSourceName({
  from,
}: {
  from: { claimId: string; articleId: string; title: string; outlet: string | null; live: boolean };
}) {
  const name = from.outlet ? `${from.title} (${from.outlet})` : from.title;
  return from.live ? <a href={`/articles/${from.articleId}#claim-${from.claimId}`}>{name}</a> : <>{name}</>;
}
