import { headers } from "next/headers";
import { currentActor } from "./current-actor";
import { requirePermission, type Action, type Actor } from "./permissions";

/** For server actions: the actor allowed to do `action`, checked by the action itself (never trusted from the UI). */
export async function requireActionActor(action: Action): Promise<Actor> {
  return requirePermission(await currentActor(await headers()), action);
}
