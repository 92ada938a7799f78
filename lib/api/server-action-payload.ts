import { readFileSync } from "node:fs";
import { join } from "node:path";
import { articleRequestLimit, articleTooLargeMessage } from "@/lib/input/article-size";
import { getEnv } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { readLimitedBody } from "@/lib/http/read-limited-body";

/** Actions called with plain values; every other action of ours takes a form (FormData) as its last argument. */
const PLAIN_ARGUMENT_ACTIONS = new Set(["logoutAction", "setLocaleAction"]);
/** Every action's body limit (next.config.ts gives Next.js the same): the largest is the add-article form's. */
export const actionBodyLimit = () => articleRequestLimit(getEnv().ARTICLE_MAX_BYTES);

let names: Map<string, string> | null | undefined;
/** Action id → exported name, from the build's manifest (null when there is none, as in development). */
function actionNames(): Map<string, string> | null {
  if (names !== undefined) return names;
  try {
    const manifest = JSON.parse(
      readFileSync(join(process.cwd(), ".next/server/server-reference-manifest.json"), "utf8"),
    ) as { node: Record<string, { exportedName: string }> };
    names = new Map(Object.entries(manifest.node).map(([id, a]) => [id, a.exportedName]));
  } catch {
    names = null;
  }
  return names;
}

/**
 * Why a server-action request cannot be one our pages sent, or null. Next.js decodes an action's arguments before
 * our code runs and answers what it cannot decode (or an action handed text where it expects a form) with a 500;
 * our pages only ever send a JSON list as text (plain-value actions) or a multipart form whose arguments end with
 * the form, so anything else is refused here with a 4xx instead.
 */
export async function malformedActionPayload(
  request: Request,
): Promise<{ status: number; code: "invalid_input" | "too_large"; message: string } | null> {
  const refuse = (message: string, status = 400) => ({
    status,
    code: status === 413 ? ("too_large" as const) : ("invalid_input" as const),
    message,
  });
  const name = actionNames()?.get(request.headers.get("next-action") ?? "");
  if (actionNames() && !name) return refuse("There is no such action.", 404);
  const type = request.headers.get("content-type") ?? "";
  const isForm = /^multipart\/form-data/i.test(type);
  if (!isForm && !/^text\/plain/i.test(type))
    return refuse("Send a server action as the app's pages do (text or multipart form).", 415);
  let bytes: Uint8Array<ArrayBuffer>;
  try {
    // The proxy reads its own copy: Next.js hands the action the body it kept aside (up to proxyClientMaxBodySize,
    // set just over this limit so that a body sent without Content-Length is still seen to be over it).
    bytes = await readLimitedBody(request, actionBodyLimit());
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    const isArticle = name === "ingestArticleAction";
    return refuse(isArticle ? articleTooLargeMessage(getEnv().ARTICLE_MAX_BYTES) : "The request is too large.", 413);
  }
  try {
    let args: unknown;
    if (isForm) {
      const form = await new Response(bytes, { headers: { "content-type": type } }).formData();
      const encoded = form.get("0");
      args = typeof encoded === "string" ? JSON.parse(encoded) : null;
    } else args = JSON.parse(new TextDecoder().decode(bytes));
    if (!Array.isArray(args)) return refuse("The action's arguments must be a list.");
    // React refers to a FormData argument as "$K…" (its fields follow as parts of the multipart body).
    const last = args.at(-1);
    if (name && !PLAIN_ARGUMENT_ACTIONS.has(name) && !(typeof last === "string" && last.startsWith("$K")))
      return refuse("This action takes a form.");
    return null;
  } catch {
    return refuse("The action's arguments cannot be read.");
  }
}
