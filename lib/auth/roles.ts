import { z } from "zod";

/** Roles (DESIGN.md), from most to least powerful. */
export const ROLES = ["admin", "editor", "factchecker", "viewer"] as const;
export const RoleSchema = z.enum(ROLES);
export type Role = z.infer<typeof RoleSchema>;

export function toRole(value: unknown): Role {
  const parsed = RoleSchema.safeParse(value);
  return parsed.success ? parsed.data : "viewer";
}
