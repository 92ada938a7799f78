"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { getAuth } from "@/lib/auth/auth";
import { currentActor } from "@/lib/auth/current-actor";
import { getDb } from "@/lib/db/client";
import { recordAuthEvent } from "@/lib/auth/record-auth-event";

/** Ends the session on the server (the cookie alone is not trusted) and returns to the sign-in page. */
export async function logoutAction(): Promise<void> {
  const requestHeaders = await headers();
  const actor = await currentActor(requestHeaders);
  await getAuth().api.signOut({ headers: requestHeaders });
  if (actor) await recordAuthEvent(getDb(), { type: "logout", userId: actor.id, email: actor.email });
  redirect("/login");
}
