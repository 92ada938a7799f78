import { z } from "zod";
import { CONTROL_CHARACTERS, hasWords, plainText } from "@/lib/input/typed-text";
import { OUTLET_MAX, TITLE_MAX } from "./article-limits";

const optionalText = (max: number, label: string) =>
  z
    .string()
    .trim()
    .max(max, `${label} must be at most ${max} characters.`)
    .transform((s) => (s === "" ? undefined : s))
    .optional();

/**
 * What a person submits to add an article: the paste form, the upload form, POST /api/articles and the CLI all
 * parse with this one schema, so they accept and refuse exactly the same things.
 */
export const ArticleInputSchema = z.object({
  title: z
    .string({ error: "Give the article a title." })
    .trim()
    .refine((s) => !CONTROL_CHARACTERS.test(s), "The title holds control characters that cannot be shown; remove them.")
    .min(1, "Give the article a title.")
    .max(TITLE_MAX, `The title must be at most ${TITLE_MAX} characters.`),
  body: z
    .string({ error: "Paste the article text." })
    .refine((s) => s.trim().length > 0, "Paste the article text: it is empty.")
    // A NUL character never occurs in text: the surest sign of a binary file pasted or sent as text.
    .refine((s) => !s.includes("\u0000"), "The text looks like binary data, not an article; paste it as plain text.")
    // Stored without escape sequences or lone CRs, so no export and no terminal showing it can be driven by it.
    .overwrite(plainText)
    .refine(hasWords, "The article text has no words in it."),
  outlet: optionalText(OUTLET_MAX, "The outlet").transform((s) => (s === undefined ? s : plainText(s))),
  url: z
    .string()
    .trim()
    .transform((s) => (s === "" ? undefined : s))
    .pipe(
      z
        .url({ protocol: /^https?$/, error: "The URL must start with http:// or https://." })
        .max(2000, "The URL is too long.")
        // Stored as a browser would read it (percent-encoded, lower-case host), never as the raw text typed.
        .transform((u) => new URL(u).href)
        .optional(),
    )
    .optional(),
  publishedAt: z
    .union([z.date(), z.string().trim()])
    .transform((v, ctx) => {
      if (v === "" || v === undefined) return undefined;
      const date = v instanceof Date ? v : new Date(v);
      if (Number.isNaN(date.getTime())) {
        ctx.addIssue({ code: "custom", message: "The publication date is not a valid date." });
        return z.NEVER;
      }
      return date;
    })
    .optional(),
  language: z.enum(["auto", "de", "en"], { error: "The language must be auto, de or en." }).default("auto"),
});

export type ArticleInput = z.input<typeof ArticleInputSchema>;
export type ValidArticleInput = z.output<typeof ArticleInputSchema>;

/**
 * What may be sent to add an article: its text (body), or — without a text — the URL of its page, which is fetched
 * (read-article-source.ts); the page then gives the title and whatever else was left out.
 */
export type ArticleSubmission = Omit<ArticleInput, "title" | "body"> & { title?: string; body?: string };
