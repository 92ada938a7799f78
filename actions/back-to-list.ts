import { redirect } from "next/navigation";
import type { z } from "zod";
import type { Action, Actor } from "@/lib/auth/permissions";
import type { Db } from "@/lib/db/client";
import { refusalCode } from "@/lib/http/refusal-code";
import { defineFormAction } from "./define-form-action";

interface RowActionSpec<S extends z.ZodType> {
  permission: Action;
  schema: S;
  fields?: (form: FormData) => Record<string, unknown>;
  run: (db: Db, actor: Actor, input: z.output<S>) => Promise<unknown>;
  /** The list the row belongs to, which the action goes back to. */
  list: string;
  /** What the list says after the change ("restored"). */
  notice: string;
  /** Another page the change shows on. */
  revalidate?: string;
}

/**
 * A list's row action (restore, purge, unlock, change access) for a plain `<form action>`: defineFormAction's checks
 * and parsing, then back to the list with `?notice=<what happened>`, or with `?error=<refusal code>` (never a
 * sentence: a link carrying one would put anyone's words on a colleague's screen). A bug is thrown on.
 */
export function defineRowAction<S extends z.ZodType>(spec: RowActionSpec<S>): (form: FormData) => Promise<void> {
  const { list, notice, revalidate } = spec;
  const action = defineFormAction<S, unknown, object>({
    permission: spec.permission,
    schema: spec.schema,
    fields: spec.fields,
    run: spec.run,
    revalidate: revalidate ? () => revalidate : undefined,
    done: () => redirect(`${list}?notice=${notice}`),
    refused: async (error) => redirect(`${list}?error=${refusalCode(error)}`),
  });
  return async (form) => {
    await action({}, form);
  };
}
