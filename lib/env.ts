import { z } from "zod";
import { PoolSizeSchema } from "./db/database-url";
import { trustedProxies } from "./http/request-context";

/**
 * The environment, validated once. A bad value fails at start with a readable message instead of at the first
 * request. Secrets come from here too.
 */
export const EnvSchema = z.object({
  DATABASE_URL: z
    .string()
    .regex(/^(file:|postgres(ql)?:\/\/)/, "DATABASE_URL must start with file: or postgresql://")
    .optional(),
  /** Connections each app process keeps to PostgreSQL. */
  DATABASE_POOL_SIZE: PoolSizeSchema,
  ARTICLE_MAX_BYTES: z.coerce
    .number()
    .int()
    .positive()
    .default(2 * 1024 * 1024),
  /**
   * How long reducing one HTML file or extracting one article may take on its worker thread, in milliseconds: far
   * more than a real article needs, so only a text built to be slow is refused (with a message, nothing stored).
   */
  TEXT_PROCESSING_MS: z.coerce.number().int().positive().default(20_000),
  /**
   * Fetch article pages from loopback and private networks too (an intranet; the tests' local pages). Off by default:
   * a URL someone types must not reach the server's own network. Cloud metadata addresses stay refused either way.
   */
  CLAIMTRACK_FETCH_ALLOW_PRIVATE: z
    .enum(["0", "1", "false", "true"], { error: "CLAIMTRACK_FETCH_ALLOW_PRIVATE must be 1 or 0." })
    .default("0")
    .transform((value) => value === "1" || value === "true"),
  /** How long fetching an article page may take in all (redirects included), in milliseconds. */
  CLAIMTRACK_FETCH_TIMEOUT_MS: z.coerce.number().int().positive().default(15_000),
  /** Signs session cookies. At least 32 characters; without it one is generated into data/.auth-secret. */
  BETTER_AUTH_SECRET: z.string().min(32, "BETTER_AUTH_SECRET must be at least 32 characters.").optional(),
  /** The address people use to reach the app; requests from any other origin are refused. */
  CLAIMTRACK_URL: z.url().optional(),
  PORT: z.coerce.number().int().positive().default(3000),
  /**
   * Addresses or CIDR ranges of the reverse proxies in front of the app, comma-separated: only requests from them may
   * name the client in X-Forwarded-For (lib/http/request-context.ts).
   */
  TRUSTED_PROXIES: z
    .string()
    .optional()
    .refine((value) => {
      try {
        trustedProxies(value ?? "");
        return true;
      } catch {
        return false;
      }
    }, "TRUSTED_PROXIES must list IP addresses or CIDR ranges, comma-separated (e.g. 10.0.0.0/8,127.0.0.1)."),
  /** The newsroom's name, the author of its ClaimReview markup. */
  CLAIMTRACK_NEWSROOM: z.string().trim().min(1).max(200).default("Claimtrack"),
  /** The newsroom's time zone: every date and time the app shows is in it, on the server and in the browser alike. */
  CLAIMTRACK_TIME_ZONE: z
    .string()
    .refine((zone) => {
      try {
        new Intl.DateTimeFormat("en", { timeZone: zone });
        return true;
      } catch {
        return false;
      }
    }, "CLAIMTRACK_TIME_ZONE must be an IANA time zone such as Europe/Berlin.")
    .default("Europe/Berlin"),
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
});

export type Env = z.infer<typeof EnvSchema>;

let parsed: Env | undefined;

export function getEnv(): Env {
  if (parsed) return parsed;
  const result = EnvSchema.safeParse(process.env);
  if (!result.success) {
    const issues = result.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
    throw new Error(`Invalid environment: ${issues}`);
  }
  parsed = result.data;
  return parsed;
}
