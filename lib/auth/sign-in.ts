import { APIError } from "better-auth/api";
import { getAuth } from "./auth";

export type SignInResult = { ok: true } | { ok: false; message: string };

/**
 * Email-and-password sign-in through Better Auth, which hashes, compares and sets the session cookie. Lockout,
 * slow-down and the audit log run in its hooks (lib/auth/sign-in-hooks.ts), so they also guard its public endpoint.
 */
export async function signIn(email: string, password: string, headers: Headers): Promise<SignInResult> {
  try {
    await getAuth().api.signInEmail({ body: { email, password }, headers });
    return { ok: true };
  } catch (error) {
    if (!(error instanceof APIError)) throw error;
    const isOwnMessage = error.status === "TOO_MANY_REQUESTS" || /disabled/i.test(error.message);
    return { ok: false, message: isOwnMessage ? error.message : "The email or password is not right." };
  }
}
