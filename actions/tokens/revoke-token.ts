"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireActionActor } from "@/lib/auth/action-actor";
import { getDb } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { revokeApiToken } from "@/lib/tokens/revoke-api-token";

export async function revokeTokenAction(form: FormData): Promise<void> {
  const actor = await requireActionActor("token.manage");
  try {
    await revokeApiToken(getDb(), actor, { tokenId: String(form.get("tokenId") ?? "") });
  } catch (error) {
    // A token that is not (or no longer) the actor's: said on the page, not a server error.
    if (error instanceof AppError && error.code === "not_found") redirect("/settings?token=not_found");
    throw error;
  }
  revalidatePath("/settings");
}
