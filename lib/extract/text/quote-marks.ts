/** Marks that open a quotation, German („…“, »…«) and English (“…”, "…") style, double and single. */
export const OPENING_QUOTES = new Set(["„", "“", '"', "»", "«", "‚", "‘"]);
/** Marks that close one; “ and « close in German, ’ in English. */
export const CLOSING_QUOTES = new Set(["“", "”", '"', "«", "»", "‘", "’"]);
/** Double marks only: a single ’ or ' is as often an apostrophe, so it cannot tell inside from outside a quote. */
export const DOUBLE_QUOTES = new Set(["„", "“", "”", '"', "«", "»"]);

/** What a quotation may open with when something is quoted after a name and a colon ('Clinton: "…"', "Roth: ‚…‘"). */
export const QUOTATION_OPENERS = new Set([...DOUBLE_QUOTES, "'", "‘", "‚"]);

export const isQuoteMark = (text: string) => OPENING_QUOTES.has(text) || CLOSING_QUOTES.has(text);
