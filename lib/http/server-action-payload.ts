import { readFileSync } from "node:fs";
import { join } from "node:path";

/** Actions called with plain values; every other action of ours takes a form (FormData) as its last argument. */
const PLAIN_ARGUMENT_ACTIONS = new Set(["logoutAction", "setLocaleAction"]);
const MAX_BYTES = 3 * 1024 * 1024; // next.config.ts serverActions.bodySizeLimit

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
export async function malformedActionPayload(request: Request): Promise<{ status: number; message: string } | null> {
  const refuse = (message: string, status = 400) => ({ status, message });
  if (Number(request.headers.get("content-length") ?? 0) > MAX_BYTES) return refuse("The request is too large.", 413);
  const name = actionNames()?.get(request.headers.get("next-action") ?? "");
  if (actionNames() && !name) return refuse("There is no such action.", 404);
  const type = request.headers.get("content-type") ?? "";
  try {
    let args: unknown;
    if (/^multipart\/form-data/i.test(type)) {
      const form = await request.clone().formData();
      const encoded = form.get("0");
      args = typeof encoded === "string" ? JSON.parse(encoded) : null;
    } else if (/^text\/plain/i.test(type)) {
      const text = await request.clone().text();
      if (text.length > MAX_BYTES) return refuse("The request is too large.", 413);
      args = JSON.parse(text);
    } else return refuse("Send a server action as the app's pages do (text or multipart form).", 415);
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
