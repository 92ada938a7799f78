import { z } from "zod";
import type { ClaimStatus } from "@/lib/claims/claim-status";
import type { ExportedClaim } from "./claims-export-schema";

/** DESIGN.md: the verdicts that are published as ClaimReview, with their rating; the rest are not exported. */
export const CLAIM_REVIEW_RATINGS: Partial<Record<ClaimStatus, { value: number | null; name: string }>> = {
  true: { value: 5, name: "True" },
  mostly_true: { value: 4, name: "Mostly true" },
  misleading: { value: 3, name: "Misleading" },
  false: { value: 1, name: "False" },
  unproven: { value: null, name: "Unproven" },
};

const MAX_CLAIM_REVIEWED = 74;

/** schema.org ClaimReview as search engines read it, with their rules written down as checks. */
export const ClaimReviewSchema = z
  .object({
    "@context": z.literal("https://schema.org"),
    "@type": z.literal("ClaimReview"),
    url: z.url(),
    datePublished: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
    author: z.object({ "@type": z.literal("Organization"), name: z.string().min(1) }),
    claimReviewed: z.string().min(1).max(MAX_CLAIM_REVIEWED, "claimReviewed must stay under 75 characters."),
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
  .refine((r) => !r.claimReviewed.toLowerCase().includes(r.reviewRating.alternateName.toLowerCase()), {
    message: "claimReviewed must not contain the verdict.",
    path: ["claimReviewed"],
  });
export type ClaimReview = z.infer<typeof ClaimReviewSchema>;

/** The claim as the review names it: under 75 characters, cut at a word. */
function claimReviewed(text: string): string {
  if (text.length <= MAX_CLAIM_REVIEWED) return text;
  const cut = text.slice(0, MAX_CLAIM_REVIEWED - 1);
  return `${cut.slice(0, cut.lastIndexOf(" ") > 40 ? cut.lastIndexOf(" ") : cut.length)}…`;
}

/**
 * One ClaimReview per claim with a published verdict. `itemReviewed.author` is the source the article attributes
 * the claim to (its first origin); `url` the claim's permalink on this Claimtrack. A claim whose markup would break
 * the rules (its text names its own verdict) is left out and counted, never published wrong.
 */
export function buildClaimReviews(
  claims: ExportedClaim[],
  { newsroom, baseUrl }: { newsroom: string; baseUrl: string },
): { reviews: ClaimReview[]; skipped: number } {
  const reviews: ClaimReview[] = [];
  let skipped = 0;
  for (const claim of claims) {
    const rating = CLAIM_REVIEW_RATINGS[claim.status];
    if (!rating) continue;
    const origin = claim.sources.find((s) => s.role === "origin") ?? claim.sources[0];
    const candidate = {
      "@context": "https://schema.org",
      "@type": "ClaimReview",
      url: new URL(`/articles/${claim.article.id}#claim-${claim.id}`, baseUrl).toString(),
      datePublished: claim.lastChange.slice(0, 10),
      author: { "@type": "Organization", name: newsroom },
      claimReviewed: claimReviewed(claim.text),
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
    else skipped++;
  }
  return { reviews, skipped };
}

/** ClaimReview markup as one JSON-LD document (an array of reviews). */
export async function* writeClaimReviews(
  claims: AsyncIterable<ExportedClaim>,
  options: { newsroom: string; baseUrl: string },
): AsyncGenerator<string> {
  const all: ExportedClaim[] = [];
  for await (const claim of claims) all.push(claim);
  yield `${JSON.stringify(buildClaimReviews(all, options).reviews, null, 2)}\n`;
}
