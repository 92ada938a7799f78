/**
 * How long a chosen password must and may be. Better Auth is configured with the same bounds (build-auth.ts), the
 * schemas refuse outside them (password-policy.ts) and the forms take them as minLength/maxLength. No imports: the
 * browser's forms load this file.
 */
export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 256;
