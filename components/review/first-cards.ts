/**
 * Cards the review page renders with the page: more than a tall screen holds. The rest are read in the browser right
 * after it loads. A plain module (not "use client"), so the server page reads the number and not a client reference.
 */
export const FIRST_CARDS = 40;
