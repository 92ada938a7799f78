import { z } from "zod";
import type { ClaimStatus } from "@/lib/claims/claim-status";
import { hasFiniteVerb } from "@/lib/extract/finite-verb";
import type { ExportedClaim } from "./claims-export-schema";

/** The verdicts that are published as ClaimReview, with their rating; the rest are not exported. */
export const CLAIM_REVIEW_RATINGS: Partial<Record<ClaimStatus, { value: number | null; name: string }>> = {
  true: { value: 5, name: "True" },
  mostly_true: { value: 4, name: "Mostly true" },
  misleading: { value: 3, name: "Misleading" },
  false: { value: 1, name: "False" },
  unproven: { value: null, name: "Unproven" },
};

/** schema.org ClaimReview as search engines read it, with their rules written down as checks. */
export const ClaimReviewSchema = z
  .object({
    "@context": z.literal("https://schema.org"),
    "@type": z.literal("ClaimReview"),
    url: z.url(),
    datePublished: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
    author: z.object({ "@type": z.literal("Organization"), name: z.string().min(1) }),
    // The whole claim: schema.org sets no limit, and search engines shorten it for display themselves.
    claimReviewed: z.string().min(1),
    reviewRating: z.object({
      "@type": z.literal("Rating"),
      alternateName: z.string().min(1),
      ratingValue: z.number().int().min(1).max(5).optional(),
      bestRating: z.literal(5),
      worstRating: z.literal(1),
    }),
    itemReviewed: z.object({
      "@type": z.literal("Claim"),
      author: z.object({ "@type": z.enum(["Organization", "Person"]), name: z.string().min(1) }).optional(),
      appearance: z.object({ "@type": z.literal("CreativeWork"), url: z.url() }).optional(),
      datePublished: z.string().optional(),
    }),
  })
  .refine((r) => !namesWord(r.claimReviewed, r.reviewRating.alternateName), {
    message: "claimReviewed must not contain the verdict.",
    path: ["claimReviewed"],
  });
export type ClaimReview = z.infer<typeof ClaimReviewSchema>;

/** Whether `word` stands in `text` as a word of its own ("false" in "Das ist false news", not in "falsehood"). */
function namesWord(text: string, word: string): boolean {
  const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, "iu").test(text);
}

/** Claims with a published verdict that get no ClaimReview, by why. */
export interface SkippedReviews {
  /** A fragment without a finite verb ("1,000+ troops", "Nach Angaben des NIS"): not a claim anyone made. */
  withoutVerb: number;
  /** Markup that would break the rules (the text names its own verdict). */
  breaksRules: number;
}

/**
 * One ClaimReview per claim with a published verdict. `claimReviewed` is the claim's whole text;
 * `itemReviewed.author` the claimant — the origin the article attributes the claim to, never a relay that only
 * passes it on (AP, dpa), and no author when no origin is known; `url` the claim's permalink on this Claimtrack.
 * Fragments and markup that would break the rules are left out and counted, never published wrong.
 */
export function buildClaimReviews(
  claims: ExportedClaim[],
  { newsroom, baseUrl }: { newsroom: string; baseUrl: string },
): { reviews: ClaimReview[]; skipped: SkippedReviews } {
  const reviews: ClaimReview[] = [];
  const skipped: SkippedReviews = { withoutVerb: 0, breaksRules: 0 };
  for (const claim of claims) {
    const rating = CLAIM_REVIEW_RATINGS[claim.status];
    if (!rating) continue;
    if (!hasFiniteVerb(claim.text, claim.article.language)) {
      skipped.withoutVerb++;
      continue;
    }
    const origin = claim.sources.find((s) => s.role === "origin");
    const candidate = {
      "@context": "https://schema.org",
      "@type": "ClaimReview",
      url: new URL(`/articles/${claim.article.id}#claim-${claim.id}`, baseUrl).toString(),
      datePublished: claim.lastChange.slice(0, 10),
      author: { "@type": "Organization", name: newsroom },
      claimReviewed: claim.text,
      reviewRating: {
        "@type": "Rating",
        alternateName: rating.name,
        ...(rating.value === null ? {} : { ratingValue: rating.value }),
        bestRating: 5,
        worstRating: 1,
      },
      itemReviewed: {
        "@type": "Claim",
        ...(origin
          ? { author: { "@type": origin.type === "person" ? "Person" : "Organization", name: origin.name } }
          : {}),
        ...(claim.article.url ? { appearance: { "@type": "CreativeWork", url: claim.article.url } } : {}),
        ...(claim.article.publishedAt ? { datePublished: claim.article.publishedAt.slice(0, 10) } : {}),
      },
    };
    const checked = ClaimReviewSchema.safeParse(candidate);
    if (checked.success) reviews.push(checked.data);
    else skipped.breaksRules++;
  }
  return { reviews, skipped };
}

/**
 * ClaimReview markup as one JSON-LD document (an array of reviews). `onSkipped` hears what was left out before the
 * first byte, so a download can say so in its headers and the CLI on stderr.
 */
export async function* writeClaimReviews(
  claims: AsyncIterable<ExportedClaim>,
  options: { newsroom: string; baseUrl: string; onSkipped?: (skipped: SkippedReviews) => void },
): AsyncGenerator<string> {
  const all: ExportedClaim[] = [];
  for await (const claim of claims) all.push(claim);
  const { reviews, skipped } = buildClaimReviews(all, options);
  options.onSkipped?.(skipped);
  yield `${jsonForScriptTag(reviews)}\n`;
}

const SCRIPT_UNSAFE: Record<string, string> = {
  "<": "\\u003c",
  ">": "\\u003e",
  "&": "\\u0026",
  "\u2028": "\\u2028",
  "\u2029": "\\u2029",
};

/**
 * JSON meant to be pasted into `<script type="application/ld+json">` on the newsroom's page: the same data, with
 * < > & and the JavaScript line separators written as \u escapes, so no claim, source name or URL can close the
 * script element ("</script>") or open a comment in it.
 */
export function jsonForScriptTag(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(/[<>&\u2028\u2029]/g, (c) => SCRIPT_UNSAFE[c]!);
}
