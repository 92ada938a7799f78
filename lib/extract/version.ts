/** Bumped whenever extraction output can change, so stored claims record which rules made them. */
export const EXTRACTOR_VERSION = "0.4.32";
