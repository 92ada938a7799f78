/**
 * Our own columns on Better Auth's user, so sessions carry them (every request reads the flag with the session, no
 * second query). `input: false`: nobody sets them through Better Auth's endpoints (update-user), only our verbs.
 */
export const USER_FIELDS = {
  mustChangePassword: { type: "boolean", required: false, defaultValue: false, input: false },
} as const;
