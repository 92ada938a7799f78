import { APIError } from "better-auth/api";
import { withClientIp } from "@/lib/http/request-context";
import { getAuth } from "./auth";

/** Why a sign-in was refused, for the interface to say in its language. */
export type SignInRefusal = "credentials" | "account_locked" | "address_locked" | "disabled" | "throttled";
export type SignInResult = { ok: true } | { ok: false; reason: SignInRefusal; minutes?: number };

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
    // Locks and disabled accounts are refused before any password is checked, so saying so reveals nothing about it.
    const body = error.body as { code?: string; minutes?: number } | undefined;
    if (error.status === "FORBIDDEN") return { ok: false, reason: "disabled" };
    if (body?.code === "account_locked" || body?.code === "address_locked") {
      return { ok: false, reason: body.code, minutes: body.minutes };
    }
    if (error.status === "TOO_MANY_REQUESTS") return { ok: false, reason: "throttled" };
    return { ok: false, reason: "credentials" };
  }
}
