"use server";

import { revalidatePath } from "next/cache";
import { requireActionActor } from "@/lib/auth/action-actor";
import { getDb } from "@/lib/db/client";
import { revokeApiToken } from "@/lib/tokens/revoke-api-token";

export async function revokeTokenAction(form: FormData): Promise<void> {
  const actor = await requireActionActor("token.manage");
  await revokeApiToken(getDb(), actor, String(form.get("tokenId") ?? ""));
  revalidatePath("/settings");
}
