import { z } from "zod";

/** Roles, from most to least powerful (what each may do: permissions.ts). */
export const ROLES = ["admin", "editor", "factchecker", "viewer"] as const;
export const RoleSchema = z.enum(ROLES, { error: "Choose a role: admin, editor, factchecker or viewer." });
export type Role = z.infer<typeof RoleSchema>;

export function toRole(value: unknown): Role {
  const parsed = RoleSchema.safeParse(value);
  return parsed.success ? parsed.data : "viewer";
}
