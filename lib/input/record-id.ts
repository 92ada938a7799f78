import { z } from "zod";

/**
 * Which record a verb acts on (a claim, an article, a user, a token), as forms, routes and the CLI pass it: part of the
 * verb's input like every other field. Only its form is checked here; the verb's look-up says when there is no such one.
 */
export const recordId = (what: string) =>
  z
    .string({ error: `Say which ${what}.` })
    .trim()
    .min(1, `Say which ${what}.`)
    .max(100, `There is no such ${what}.`);
