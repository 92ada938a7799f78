import { AppError } from "@/lib/errors";
import type { Role } from "./roles";

/**
 * Who may do what: the single table every page, server action, route handler and CLI command consults through
 * requirePermission. A new action gets a row here, and the permission-matrix test then demands a request for it.
 */
export const PERMISSIONS = {
  "article.read": ["admin", "editor", "factchecker", "viewer"],
  "article.ingest": ["admin", "editor", "factchecker"],
  /**
   * Read a page (from its URL, fetched on the server, or an uploaded HTML file) for the add-article form's pre-filled
   * fields, storing nothing: the same people as adding, since it makes the server fetch what they type.
   */
  "article.preview": ["admin", "editor", "factchecker"],
  /** Delete a mistaken ingest (soft, with a reason): hidden everywhere until an admin restores or purges it. */
  "article.delete": ["admin", "editor"],
  /** See the deleted articles (who, when, why) and bring one back as it was. */
  "article.restore": ["admin"],
  /** Remove a deleted article and every row of it for good; the admin log keeps who purged which title when. */
  "article.purge": ["admin"],
  "claim.setStatus": ["admin", "editor", "factchecker"],
  "note.add": ["admin", "editor", "factchecker"],
  "evidence.add": ["admin", "editor", "factchecker"],
  "claim.assign": ["admin", "editor"],
  /** Edit text and label, split, merge, add from the text, remove and restore. */
  "claim.edit": ["admin", "editor", "factchecker"],
  /** Link and unlink sources, mark a citation as relay or origin, add a source to the registry while linking. */
  "source.link": ["admin", "editor", "factchecker"],
  "source.read": ["admin", "editor", "factchecker", "viewer"],
  /** Download claims reports (CSV, JSON, …) of an article or of any filtered set. */
  "claims.export": ["admin", "editor"],
  "user.manage": ["admin"],
  "token.manage": ["admin", "editor", "factchecker", "viewer"],
  /** Change one's own password (knowing the current one). */
  "account.password": ["admin", "editor", "factchecker", "viewer"],
} as const satisfies Record<string, readonly Role[]>;

export type Action = keyof typeof PERMISSIONS;
export const ACTIONS = Object.keys(PERMISSIONS) as Action[];

/** All that someone signed in with a one-time password may do (besides signing out) until they choose their own. */
const BEFORE_OWN_PASSWORD: readonly Action[] = ["account.password"];

/** The acting person, as every domain function receives it. */
export interface Actor {
  id: string;
  email: string;
  name: string;
  role: Role;
  /** Signed in with a one-time password an admin saw and not yet replaced it (User.mustChangePassword). */
  mustChangePassword?: boolean;
  /** Acting through an API token rather than a signed-in session. */
  viaToken?: boolean;
}

/** Whether the actor still has to replace a one-time password before `action`. */
export function needsOwnPassword(actor: Actor, action: Action): boolean {
  return actor.mustChangePassword === true && !BEFORE_OWN_PASSWORD.includes(action);
}

export function can(actor: Actor | null, action: Action): boolean {
  return (
    actor !== null && !needsOwnPassword(actor, action) && (PERMISSIONS[action] as readonly Role[]).includes(actor.role)
  );
}

/**
 * Throws 401 for nobody, 403 for a role the table does not allow and 403 for anything but the password change while
 * a one-time password is still in use; returns the actor otherwise.
 */
export function requirePermission(actor: Actor | null, action: Action): Actor {
  if (!actor) throw new AppError("unauthenticated", "Sign in first.");
  if (needsOwnPassword(actor, action)) {
    throw new AppError(
      "forbidden",
      "Change your one-time password first: choose your own password at /choose-password.",
      undefined,
      "password_change_required",
    );
  }
  if (!can(actor, action)) throw new AppError("forbidden", "Your role does not allow this.");
  return actor;
}

/**
 * A process on the server with direct access to the database — the `claims` command line, the seed, scripts: trusted
 * with everything (it could change the database itself), and recorded as nobody, since no account acted. The one
 * form the operator takes everywhere; web requests always act as a signed-in Actor.
 */
export const OPERATOR = "operator";
export type Operator = typeof OPERATOR;
/** Who performs a verb: a signed-in person (or their API token), or the operator. */
export type Acting = Actor | Operator;

/** Checks that `who` may do `action` and returns the account its changes are recorded under: null for the operator. */
export function requireActing(who: Acting, action: Action): string | null {
  return who === OPERATOR ? null : requirePermission(who, action).id;
}
