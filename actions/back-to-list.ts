import { redirect } from "next/navigation";
import { refusalCode } from "@/lib/http/refusal-code";
import { asActionError } from "./action-error";

/**
 * The shape of a list's row actions (restore, purge, unlock, change access): run the change, then go back to the list
 * with `?notice=<what happened>`, or with `?error=<refusal code>` (never a sentence: a link carrying one would put
 * anyone's words on a colleague's screen). A bug is thrown on.
 */
export async function backToList(path: string, change: () => Promise<string>): Promise<never> {
  let outcome: string;
  try {
    outcome = `notice=${await change()}`;
  } catch (thrown) {
    const error = asActionError(thrown);
    if (!error) throw thrown;
    outcome = `error=${refusalCode(error)}`;
  }
  redirect(`${path}?${outcome}`);
}
