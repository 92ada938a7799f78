export { extractClaims } from "./extract-claims";
export { detectLanguage } from "./language";
export { EXTRACTOR_VERSION } from "./version";
export * from "./schema";
