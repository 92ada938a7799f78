import { z } from "zod";
import { RoleSchema } from "@/lib/auth/role-schema";

export const UserResponseSchema = z.object({
  id: z.string(),
  name: z.string(),
  email: z.string(),
  role: RoleSchema,
  disabled: z.boolean(),
  createdAt: z.date(),
});
export const UserListResponseSchema = z.object({ users: z.array(UserResponseSchema) });
export const CreatedUserResponseSchema = z.object({
  user: z.object({ id: z.string(), email: z.string(), role: RoleSchema }),
  oneTimePassword: z.string().optional(),
});
export const CreatedTokenResponseSchema = z.object({ id: z.string(), token: z.string(), prefix: z.string() });
export const TokenListResponseSchema = z.object({
  tokens: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      prefix: z.string(),
      createdAt: z.date(),
      lastUsedAt: z.date().nullable(),
      revokedAt: z.date().nullable(),
    }),
  ),
});
