import { z } from "zod";
import { typedText } from "@/lib/input/typed-text";
import type { Auth } from "@/lib/auth/auth";
import { requireActing, type Acting } from "@/lib/auth/permissions";
import { RoleSchema } from "@/lib/auth/role-schema";
import type { Role } from "@/lib/auth/roles";
import type { Db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { hasAccounts } from "@/lib/auth/has-accounts";
import { oneTimePassword } from "./one-time-password";
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from "@/lib/auth/password-limits";
import { PasswordSchema, passwordIssueReason } from "@/lib/auth/password-policy";
import { recordAuthEvent } from "@/lib/auth/record-auth-event";

export const NewUserSchema = z.object({
  // Trim before checking: addresses are often pasted with a space.
  email: z
    .string({ error: "Give a valid email address." })
    .trim()
    .toLowerCase()
    .max(254)
    .pipe(z.email("Give a valid email address.")),
  name: typedText("Give a name.").min(1, "Give a name.").max(120),
  role: RoleSchema,
  password: PasswordSchema.optional(),
});
export type NewUser = z.input<typeof NewUserSchema>;

/** The reason code of a refused field of a new account (messages/*.json: domainErrors.invalid_email, …). */
export const newUserRefusal = (field: string) => `invalid_${field}`;

/** "Ada  Lovelace" and "ada lovelace" name the same person to a reader. */
const comparableName = (name: string) => name.trim().replace(/\s+/g, " ").toLocaleLowerCase("en");

/**
 * Creates an account through Better Auth's own adapter and password hashing. `actor` is the admin creating it, the
 * operator (`claims user add`), or null for the first admin at /setup — allowed only while no user exists.
 * Without a password it makes a one-time password, and the person must choose their own at first sign-in: whoever
 * created the account has seen it. A password given here (at /setup, by `--password-stdin`) was chosen by whoever
 * runs that, so it stands.
 */
export async function createUser(
  db: Db,
  auth: Auth,
  actor: Acting | null,
  input: NewUser,
): Promise<{ id: string; email: string; role: Role; password?: string }> {
  const parsed = NewUserSchema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const field = String(issue.path[0] ?? "email");
    if (field === "password") {
      const limits = { min: String(PASSWORD_MIN_LENGTH), max: String(PASSWORD_MAX_LENGTH) };
      throw new AppError("invalid_input", issue.message, field, `password_${passwordIssueReason(issue)}`, limits);
    }
    throw new AppError("invalid_input", issue.message, field, newUserRefusal(field));
  }
  const actorId = actor ? requireActing(actor, "user.manage") : null;
  const first = !(await hasAccounts(db));
  if (!actor && !first)
    throw new AppError("forbidden", "Only an administrator can add accounts.", undefined, "admin_only");
  if (first && parsed.data.role !== "admin")
    throw new AppError("invalid_input", "The first account must be an admin.", "role", "first_admin");
  if (await db.user.findUnique({ where: { email: parsed.data.email }, select: { id: true } })) {
    throw new AppError("duplicate", "An account with this email already exists.", "email", "email_taken");
  }
  // History, notes and verdicts name people by their name: two accounts with one name would make them ambiguous.
  const sameName = (await db.user.findMany({ select: { name: true } })).some(
    (u) => comparableName(u.name) === comparableName(parsed.data.name),
  );
  if (sameName) {
    throw new AppError(
      "duplicate",
      `Another account is called "${parsed.data.name}"; give this one a name that tells them apart.`,
      "name",
      "name_taken",
      { name: parsed.data.name },
    );
  }
  const password = parsed.data.password ?? oneTimePassword();
  const ctx = await auth.$context;
  const user = await ctx.internalAdapter.createUser(
    {
      email: parsed.data.email,
      name: parsed.data.name,
      role: parsed.data.role,
      emailVerified: true,
      mustChangePassword: parsed.data.password === undefined,
    },
    { method: "admin" },
  );
  await ctx.internalAdapter.linkAccount({
    userId: user.id,
    providerId: "credential",
    accountId: user.id,
    password: await ctx.password.hash(password),
  });
  await recordAuthEvent(db, {
    type: "user_created",
    userId: user.id,
    actorId,
    detail: parsed.data.role,
  });
  return {
    id: user.id,
    email: parsed.data.email,
    role: parsed.data.role,
    password: parsed.data.password ? undefined : password,
  };
}
