/**
 * Where a source's name is unique. The newsroom's registry is one scope; each article's unnamed sources ("officials",
 * "informierte Kreise") are a scope of their own, keyed by the article's id, so the same description in two stories
 * never becomes one source, an alias or a registry entry.
 */
export const REGISTRY_SCOPE = "";

export const scopeOfSource = (type: string, articleId: string): string =>
  type === "unnamed" ? articleId : REGISTRY_SCOPE;
