import { z } from "zod";
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from "./password-limits";

/** A password a person chooses: at setup, when an admin gives one, and when changing one's own. */
export const PasswordSchema = z
  .string()
  .min(PASSWORD_MIN_LENGTH, `The password needs at least ${PASSWORD_MIN_LENGTH} characters.`)
  .max(PASSWORD_MAX_LENGTH, `The password is too long (${PASSWORD_MAX_LENGTH} characters at most).`);

/**
 * Changing one's own password, on the settings page, on the page that replaces a one-time password, and through the
 * API. The repeat catches a typo nobody could sign in with afterwards; keeping the current password (a one-time
 * password someone else saw, above all) is not a change.
 */
export const PasswordChangeSchema = z
  .object({
    currentPassword: z.string().min(1, "Enter your current password.").max(PASSWORD_MAX_LENGTH),
    newPassword: PasswordSchema,
    repeatPassword: z.string().max(PASSWORD_MAX_LENGTH),
  })
  .refine((v) => v.repeatPassword === v.newPassword, {
    path: ["repeatPassword"],
    message: "The two new passwords are not the same.",
    params: { reason: "mismatch" },
  })
  .refine((v) => v.newPassword !== v.currentPassword, {
    path: ["newPassword"],
    message: "Choose a new password that differs from the current one.",
    params: { reason: "unchanged" },
  });
export type PasswordChange = z.input<typeof PasswordChangeSchema>;

/** The stable key the forms translate an issue with ("too_short", "mismatch", …). */
export function passwordIssueReason(issue: z.core.$ZodIssue): string {
  if (issue.code === "too_small") return issue.minimum === 1 ? "required" : "too_short";
  if (issue.code === "too_big") return "too_long";
  if (issue.code === "custom") return String(issue.params?.reason ?? "invalid");
  return "invalid";
}
