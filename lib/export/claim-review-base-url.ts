import { can, type Actor } from "@/lib/auth/permissions";
import { getEnv, type Env } from "@/lib/env";

/** What the CLI prints, and the coverage pages say in the reader's language, while CLAIMTRACK_URL is unset. */
export const CLAIMTRACK_URL_WARNING =
  "CLAIMTRACK_URL is not set: the links in the ClaimReview markup point at localhost and are wrong for anyone else " +
  "until an administrator sets it to the address people use.";

/**
 * The address ClaimReview links start with. schema.org needs absolute URLs, and only CLAIMTRACK_URL knows the
 * address people use; without it the links fall back to this machine's localhost, which `isConfigured` lets every
 * place that offers ClaimReview warn about.
 */
export function claimReviewBaseUrl(env: Pick<Env, "CLAIMTRACK_URL" | "PORT"> = getEnv()): {
  baseUrl: string;
  isConfigured: boolean;
} {
  return env.CLAIMTRACK_URL
    ? { baseUrl: env.CLAIMTRACK_URL, isConfigured: true }
    : { baseUrl: `http://localhost:${env.PORT}`, isConfigured: false };
}

/**
 * What the export links tell a person while CLAIMTRACK_URL is unset (null once it is set): an administrator can set
 * it (`canSet`); anyone else can only know not to publish the markup before.
 */
export const claimReviewUrlMissingFor = (actor: Actor, env: Pick<Env, "CLAIMTRACK_URL" | "PORT"> = getEnv()) =>
  claimReviewBaseUrl(env).isConfigured ? null : { canSet: can(actor, "user.manage") };
