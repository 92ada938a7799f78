export { extractClaims } from "./extract-claims";
export { detectLanguage } from "./language";
export { EXTRACTOR_VERSION } from "./version";
export * from "./schema";
export { describeSpan, type SpanDescription } from "./describe-span";
export { SourceRegistry } from "./sources/source-registry";
export { hasFiniteVerb } from "./finite-verb";
