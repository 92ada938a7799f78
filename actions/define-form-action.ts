import { revalidatePath } from "next/cache";
import type { z } from "zod";
import { requireActionActor } from "@/lib/auth/action-actor";
import type { Action, Actor } from "@/lib/auth/permissions";
import { getDb, type Db } from "@/lib/db/client";
import type { AppError } from "@/lib/errors";
import { localizeError } from "@/lib/i18n/localize-error";
import { parseInput, type RefusalReasonOf } from "@/lib/input/parse-input";
import { asActionError } from "./action-error";

/** What a form shows when its action was refused: the message in the reader's language, and what it is about. */
export interface Refusal {
  error: string;
  /** A stable key the form can act on ("overlap", "stale"). */
  reason?: string;
  /** The field the refusal is about, to put the message (and the focus) next to it. */
  field?: string;
}

/** An action's answer: what `done` returns after success, or a refusal. */
export type FormState<Done extends object> = Partial<Done> & Partial<Refusal>;

interface FormActionSpec<S extends z.ZodType, Result, Done extends object> {
  /** Checked before the form is read: nobody learns anything about a form they may not send. */
  permission: Action;
  /** The verb's own schema; the form is parsed with it, so the verb gets typed input and no field is cast. */
  schema: S;
  /** The reason code of a field's refusal, where the verb names one (its translation is what the form shows). */
  reasonOf?: RefusalReasonOf;
  /** The form as the schema's input, where it is not one text field per key (lists, nested objects, versions). */
  fields?: (form: FormData) => Record<string, unknown>;
  run: (db: Db, actor: Actor, input: z.output<S>) => Promise<Result>;
  /** The state after success (or a `redirect`, which Next.js throws and this lets through). */
  done: (result: Result, input: z.output<S>) => Done;
  /** The page to re-render after a change. */
  revalidate?: (form: FormData) => string;
  /** More to say with a refusal (the claim as it is now, after a conflict); may `redirect` instead. */
  refused?: (error: AppError, form: FormData) => Promise<Partial<Done>>;
}

/** The form's text fields, each by its name; a blank field is left out, as the verb's optional fields expect. */
export function formFields(form: FormData): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const [name, value] of form) {
    if (typeof value === "string" && value.trim() !== "" && !(name in fields)) fields[name] = value;
  }
  return fields;
}

/**
 * A server action for `useActionState`: checks the actor's permission, parses the form with the verb's schema, runs
 * the verb and answers its state. Every refusal — an AppError, a version conflict, the database busy or restarting
 * ("nothing was changed, try again") — becomes one typed `Refusal` with the message in the reader's language; a bug
 * is thrown on, to the error page.
 */
export function defineFormAction<S extends z.ZodType, Result, Done extends object>(
  spec: FormActionSpec<S, Result, Done>,
): (previous: FormState<Done>, form: FormData) => Promise<FormState<Done>> {
  return async (_previous, form) => {
    try {
      const actor = await requireActionActor(spec.permission);
      const input = parseInput(spec.schema, (spec.fields ?? formFields)(form), "form", spec.reasonOf);
      const result = await spec.run(getDb(), actor, input);
      if (spec.revalidate) revalidatePath(spec.revalidate(form));
      return spec.done(result, input);
    } catch (thrown) {
      const error = asActionError(thrown);
      if (!error) throw thrown;
      const refusal: Refusal = { error: await localizeError(error), reason: error.reason, field: error.field };
      const more: Partial<Done> = spec.refused ? await spec.refused(error, form) : {};
      return { ...more, ...refusal };
    }
  };
}
