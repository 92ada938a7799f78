/**
 * Our own columns on Better Auth's user, so sessions carry them (every request reads role and flags with the session,
 * no second query). `input: false`: nobody sets them through Better Auth's endpoints, only our verbs in lib/users.
 */
export const USER_FIELDS = {
  role: { type: "string", required: false, defaultValue: "viewer", input: false },
  banned: { type: "boolean", required: false, defaultValue: false, input: false },
  mustChangePassword: { type: "boolean", required: false, defaultValue: false, input: false },
} as const;
