/**
 * Where a source's name is unique. The newsroom's registry is one scope; each article's unnamed sources ("officials",
 * "informierte Kreise") are a scope of their own, keyed by the article's id, so the same description in two stories
 * never becomes one source, an alias or a registry entry.
 */
export const REGISTRY_SCOPE = "";

/**
 * An unnamed source, and a description nothing earlier fitted ("the company said" with no company named): both are
 * this article's own. A registry entry "Company" would pool every story's unnamed company into one source.
 */
export const scopeOfSource = (source: { type: string; resolution: string }, articleId: string): string =>
  source.type === "unnamed" || source.resolution === "unresolved" ? articleId : REGISTRY_SCOPE;
