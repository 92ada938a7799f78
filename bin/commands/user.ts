import { parseArgs } from "node:util";
import { getAuth } from "@/lib/auth/auth";
import { ROLES } from "@/lib/auth/roles";
import { createDb } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { OPERATOR } from "@/lib/auth/permissions";
import { createUser } from "@/lib/users/create-user";
import { unlockUser } from "@/lib/users/unlock-user";
import { CliError } from "../cli-error";
import type { CliIo } from "../cli-io";

/**
 * `claims user add EMAIL --role ROLE [--name NAME] [--password-stdin]`: creates an account directly in the database
 * as the operator (the first account must be an admin). Without --password-stdin it prints a
 * one-time password to hand over. `claims user unlock EMAIL` lifts its sign-in locks.
 */
export async function runUser(argv: string[], io: CliIo): Promise<void> {
  const [sub, ...rest] = argv;
  if (sub === "unlock") return runUnlock(rest, io);
  if (sub !== "add") throw new CliError('Use "claims user add EMAIL --role ROLE" or "claims user unlock EMAIL".');
  let parsed;
  try {
    parsed = parseArgs({
      args: rest,
      allowPositionals: true,
      options: { role: { type: "string" }, name: { type: "string" }, "password-stdin": { type: "boolean" } },
    });
  } catch (error) {
    throw new CliError(error instanceof Error ? error.message : String(error));
  }
  const email = parsed.positionals[0];
  const role = parsed.values.role;
  if (!email) throw new CliError("Name the email address of the account to add.");
  if (!role || !(ROLES as readonly string[]).includes(role))
    throw new CliError(`--role must be one of ${ROLES.join(", ")}.`);
  const password = parsed.values["password-stdin"] ? (await readStdin(io.stdin)).replace(/\r?\n$/, "") : undefined;
  const db = createDb();
  try {
    const user = await createUser(db, getAuth(), OPERATOR, {
      email,
      name: parsed.values.name ?? email.split("@")[0]!,
      role: role as "admin",
      password,
    });
    io.stdout.write(`Created ${user.role} ${user.email}.\n`);
    if (user.password) io.stdout.write(`One-time password (shown once, hand it over safely): ${user.password}\n`);
  } catch (error) {
    if (error instanceof AppError) throw new CliError(error.message);
    throw error;
  } finally {
    await db.$disconnect();
  }
}

/** `claims user unlock EMAIL`: lifts the sign-in locks on an account — also when every admin is the one locked out. */
async function runUnlock(args: string[], io: CliIo): Promise<void> {
  const email = args[0]?.trim().toLowerCase();
  if (!email || args.length > 1) throw new CliError('Use "claims user unlock EMAIL".');
  const db = createDb();
  try {
    const user = await db.user.findUnique({ where: { email }, select: { id: true } });
    if (!user) throw new CliError(`There is no account ${email}.`);
    await unlockUser(db, OPERATOR, { userId: user.id });
    io.stdout.write(`Unlocked sign-in for ${email}.\n`);
  } finally {
    await db.$disconnect();
  }
}

async function readStdin(stdin: CliIo["stdin"]): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stdin) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk)));
  return Buffer.concat(chunks).toString("utf8");
}
