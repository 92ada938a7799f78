import { APIError } from "better-auth/api";
import { withClientIp } from "@/lib/http/request-context";
import { getAuth } from "./auth";

export type SignInResult = { ok: true } | { ok: false; message: string };

/**
 * Email-and-password sign-in through Better Auth, which hashes, compares and sets the session cookie. Lockout,
 * slow-down and the audit log run in its hooks (lib/auth/sign-in-hooks.ts), so they also guard its public endpoint.
 */
export async function signIn(email: string, password: string, headers: Headers): Promise<SignInResult> {
  try {
    await getAuth().api.signInEmail({ body: { email, password }, headers: withClientIp(headers) });
    return { ok: true };
  } catch (error) {
    if (!(error instanceof APIError)) throw error;
    // Lock and disabled messages are said before any password is checked, so they reveal nothing about it.
    const isOwnMessage = error.status === "TOO_MANY_REQUESTS" || error.status === "FORBIDDEN";
    return { ok: false, message: isOwnMessage ? error.message : "The email or password is not right." };
  }
}
