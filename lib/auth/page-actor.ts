import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { getDb } from "@/lib/db/client";
import { hasAccounts } from "@/lib/auth/has-accounts";
import { currentActor } from "./current-actor";
import { can, needsOwnPassword, type Action, type Actor } from "./permissions";

/** Where someone signed in with a one-time password is sent, whatever page they asked for. */
export const CHOOSE_PASSWORD_PATH = "/choose-password";

/**
 * For pages: the signed-in actor allowed to do `action`. Nobody signed in goes to /login (or /setup while no
 * account exists yet); someone still on a one-time password goes to choose their own first (and then on to the page
 * they asked for); a role without the permission sees /forbidden. The server decides, whatever the UI shows.
 */
export async function requirePageActor(action: Action, returnTo: string): Promise<Actor> {
  const actor = await currentActor(await headers());
  if (!actor) {
    if (!(await hasAccounts(getDb()))) redirect("/setup");
    redirect(`/login?next=${encodeURIComponent(returnTo)}`);
  }
  if (needsOwnPassword(actor, action)) redirect(`${CHOOSE_PASSWORD_PATH}?next=${encodeURIComponent(returnTo)}`);
  if (!can(actor, action)) redirect("/forbidden");
  return actor;
}

/** For the header: who is signed in, if anyone (never redirects). */
export async function optionalPageActor(): Promise<Actor | null> {
  return currentActor(await headers());
}
