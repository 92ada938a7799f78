"use server";

import { asActionError } from "@/actions/action-error";
import { revalidatePath } from "next/cache";
import { requireActionActor } from "@/lib/auth/action-actor";
import { getDb } from "@/lib/db/client";
import { localizeError } from "@/lib/i18n/localize-error";
import { createApiToken } from "@/lib/tokens/create-api-token";

export interface CreateTokenState {
  error?: string;
  token?: string;
}

export async function createTokenAction(_previous: CreateTokenState, form: FormData): Promise<CreateTokenState> {
  try {
    const actor = await requireActionActor("token.manage");
    const { token } = await createApiToken(getDb(), actor, { name: String(form.get("name") ?? "") });
    revalidatePath("/settings");
    return { token };
  } catch (thrown) {
    const error = asActionError(thrown);
    if (error) return { error: await localizeError(error) };
    throw thrown;
  }
}
