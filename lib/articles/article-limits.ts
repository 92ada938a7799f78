/**
 * How long an article's fields may be: the verbs' schemas refuse more (article-input.ts, delete-article.ts) and the
 * forms stop typing there. No imports: the browser's forms load this file.
 */
export const TITLE_MAX = 300;
export const OUTLET_MAX = 200;
/** The reason given for deleting an article. */
export const DELETE_REASON_MAX = 500;
