/**
 * How long the reason for deleting an article may be: the verb's schema refuses more and the form stops typing there.
 * No imports: the browser's forms load this file.
 */
export const DELETE_REASON_MAX = 500;
