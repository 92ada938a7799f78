"use server";

import { redirect } from "next/navigation";
import { defineFormAction } from "@/actions/define-form-action";
import { revokeApiToken, TokenRefSchema } from "@/lib/tokens/revoke-api-token";

const revoke = defineFormAction({
  permission: "token.manage",
  schema: TokenRefSchema,
  run: revokeApiToken,
  revalidate: () => "/settings",
  done: () => ({}),
  refused: async (error) => {
    // A token that is not (or no longer) the actor's: said on the page, not a server error.
    if (error.code === "not_found") redirect("/settings?token=not_found");
    throw error;
  },
});

export async function revokeTokenAction(form: FormData): Promise<void> {
  await revoke({}, form);
}
