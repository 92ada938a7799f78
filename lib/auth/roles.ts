/**
 * Roles, from most to least powerful (what each may do: permissions.ts). No imports: the add-account form loads this
 * file, and the schema (role-schema.ts) would bring zod into the browser's bundle.
 */
export const ROLES = ["admin", "editor", "factchecker", "viewer"] as const;
export type Role = (typeof ROLES)[number];

/** A role as stored, read back: anything the list does not know gets the least power. */
export function toRole(value: unknown): Role {
  return (ROLES as readonly unknown[]).includes(value) ? (value as Role) : "viewer";
}
