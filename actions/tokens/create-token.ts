"use server";

import { defineFormAction, type FormState } from "@/actions/define-form-action";
import { createApiToken, newTokenRefusal, NewTokenSchema } from "@/lib/tokens/create-api-token";

export type CreateTokenState = FormState<{ token: string }>;

export const createTokenAction = defineFormAction({
  permission: "token.manage",
  schema: NewTokenSchema,
  reasonOf: newTokenRefusal,
  run: createApiToken,
  revalidate: () => "/settings",
  done: ({ token }) => ({ token }),
});
