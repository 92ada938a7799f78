import { request as playwrightRequest, type APIRequestContext } from "@playwright/test";
import { ACTIONS, PERMISSIONS, type Action } from "../lib/auth/permissions";
import { ROLES, type Role } from "../lib/auth/roles";
import { PASSWORD, storageStateOf } from "./accounts";
import { expect, test } from "./fixtures";

/**
 * Every action of the permission table × every role, as a direct request (no clicking): allowed exactly where the
 * table says, and a refused request changes nothing. An action in the table without a request here fails the test.
 */
type Probe = {
  /** Performs the action once; `n` makes each attempt unique. */
  attempt: (as: APIRequestContext, n: number) => Promise<number>;
  /** What the action would change, read as an admin (or as the role for per-user state). */
  state: (admin: APIRequestContext, as: APIRequestContext) => Promise<unknown>;
  allowedStatus: number;
};

/** A claim of an article the matrix ingests for itself, with its current version. */
let claim: { id: string; articleId: string; version: number } | undefined;
let adminContext: APIRequestContext | undefined;
async function matrixClaim(admin: APIRequestContext): Promise<{ id: string; articleId: string; version: number }> {
  if (claim) return claim;
  const created = await admin.post("/api/articles", {
    data: { title: "Matrix claims", body: "Laut Reuters stieg die Zahl der Opfer auf 4711." },
  });
  const { article } = await created.json();
  const full = await (await admin.get(`/api/articles/${article.id}`)).json();
  claim = { id: full.claims[0].id, articleId: article.id, version: 1 };
  return claim;
}
const claimState = async (admin: APIRequestContext) => {
  const c = await matrixClaim(admin);
  const full = await (await admin.get(`/api/articles/${c.articleId}`)).json();
  const found = full.claims.find((x: { id: string }) => x.id === c.id);
  return JSON.stringify([
    found.status,
    found.version,
    found.label,
    found.evidence.length,
    found.notes.length,
    found.citations.length,
    found.assignee?.id,
  ]);
};

const count = async (ctx: APIRequestContext, path: string, key: string) =>
  ((await (await ctx.get(path)).json())[key] as unknown[]).length;

/**
 * Articles for the deletion probes, made by the admin: "live" ones to delete, "deleted" ones to restore or purge. A
 * probe keeps using its article until an allowed attempt used it up; the state is whether that article is still live
 * (or still deleted), read by the admin.
 */
const targets: Partial<Record<"delete" | "restore" | "purge", string>> = {};
async function target(kind: "delete" | "restore" | "purge"): Promise<string> {
  const existing = targets[kind];
  if (existing) return existing;
  const admin = adminContext!;
  const n = Date.now() % 1_000_000;
  const created = await admin.post("/api/articles", {
    data: { title: `Matrix ${kind} ${n}`, body: `Laut Reuters kamen ${n} Gäste zum Matrix-${kind}.` },
  });
  const { article } = await created.json();
  if (kind !== "delete") await admin.delete(`/api/articles/${article.id}`, { data: { reason: "matrix" } });
  return (targets[kind] = article.id as string);
}
const deletedIds = async (admin: APIRequestContext) =>
  ((await (await admin.get("/api/articles/deleted")).json()).articles as { id: string }[]).map((a) => a.id);
const articleProbe = (
  kind: "delete" | "restore" | "purge",
  send: (as: APIRequestContext, id: string) => Promise<number>,
) => ({
  attempt: async (as: APIRequestContext) => {
    const status = await send(as, await target(kind));
    if (status === 200) delete targets[kind];
    return status;
  },
  state: async (admin: APIRequestContext) => {
    const id = await target(kind);
    return JSON.stringify([(await admin.get(`/api/articles/${id}`)).status(), (await deletedIds(admin)).includes(id)]);
  },
  allowedStatus: 200,
});

const PROBES: Record<Action, Probe> = {
  "article.read": {
    attempt: async (as) => (await as.get("/api/articles")).status(),
    state: async () => 0,
    allowedStatus: 200,
  },
  "article.ingest": {
    attempt: async (as, n) =>
      (
        await as.post("/api/articles", {
          data: { title: `Matrix ${n}`, body: `Laut Reuters stieg die Zahl am Tag ${n} auf ${n * 7} Fälle.` },
        })
      ).status(),
    state: (admin) => count(admin, "/api/articles?limit=200", "articles"),
    allowedStatus: 201,
  },
  "article.preview": {
    // An uploaded page, not a URL: the matrix needs no page server. Allowed or not, nothing is stored.
    attempt: async (as, n) =>
      (
        await as.post("/api/articles/preview", {
          multipart: {
            file: {
              name: `matrix-${n}.html`,
              mimeType: "text/html",
              buffer: Buffer.from(
                `<html><head><title>Matrix ${n}</title></head><body><article><p>Laut Reuters stieg die Zahl am Tag ${n} auf ${n * 3} Fälle, sagte ein Sprecher der Behörde am Montag.</p></article></body></html>`,
              ),
            },
          },
        })
      ).status(),
    state: (admin) => count(admin, "/api/articles?limit=200", "articles"),
    allowedStatus: 200,
  },
  "article.delete": articleProbe("delete", async (as, id) =>
    (await as.delete(`/api/articles/${id}`, { data: { reason: "matrix" } })).status(),
  ),
  "article.restore": articleProbe("restore", async (as, id) => (await as.post(`/api/articles/${id}/restore`)).status()),
  "article.purge": articleProbe("purge", async (as, id) => (await as.post(`/api/articles/${id}/purge`)).status()),
  "claim.setStatus": {
    attempt: async (as, n) => {
      const c = claim!;
      const status = (
        await as.post(`/api/claims/${c.id}/status`, {
          data: { status: n % 2 ? "true" : "unproven", version: c.version },
        })
      ).status();
      if (status === 200) c.version++;
      return status;
    },
    state: claimState,
    allowedStatus: 200,
  },
  "note.add": {
    attempt: async (as, n) =>
      (await as.post(`/api/claims/${claim!.id}/notes`, { data: { body: `matrix note ${n}` } })).status(),
    state: claimState,
    allowedStatus: 201,
  },
  "evidence.add": {
    attempt: async (as, n) =>
      (
        await as.post(`/api/claims/${claim!.id}/evidence`, {
          data: { url: `https://example.org/${n}`, stance: "context" },
        })
      ).status(),
    state: claimState,
    allowedStatus: 201,
  },
  "claim.assign": {
    attempt: async (as, n) => {
      const users = (await (await adminContext!.get("/api/users")).json()).users as { id: string; email: string }[];
      const pick = users.filter((u) => /^(editor|checker)@e2e\.test$/.test(u.email))[n % 2]!;
      return (await as.post(`/api/claims/${claim!.id}/assignee`, { data: { assigneeId: pick.id } })).status();
    },
    state: claimState,
    allowedStatus: 200,
  },
  "claim.edit": {
    attempt: async (as, n) => {
      const c = claim!;
      const status = (
        await as.patch(`/api/claims/${c.id}`, { data: { label: `Matrix label ${n}`, version: c.version } })
      ).status();
      if (status === 200) c.version++;
      return status;
    },
    state: claimState,
    allowedStatus: 200,
  },
  "source.link": {
    attempt: async (as, n) =>
      (
        await as.post(`/api/claims/${claim!.id}/citations`, {
          data: { source: { name: `Matrix Source ${n}`, type: "other" } },
        })
      ).status(),
    state: claimState,
    allowedStatus: 201,
  },
  "source.read": {
    attempt: async (as) => (await as.get("/sources", { maxRedirects: 0 })).status(),
    state: async () => 0,
    allowedStatus: 200,
  },
  "claims.export": {
    attempt: async (as) => (await as.get(`/api/export?format=csv&articleId=${claim!.articleId}`)).status(),
    state: async () => 0,
    allowedStatus: 200,
  },
  "user.manage": {
    attempt: async (as, n) =>
      (
        await as.post("/api/users", { data: { email: `matrix${n}@e2e.test`, name: `Matrix ${n}`, role: "viewer" } })
      ).status(),
    state: (admin) => count(admin, "/api/users", "users"),
    allowedStatus: 201,
  },
  "token.manage": {
    attempt: async (as, n) => (await as.post("/api/tokens", { data: { name: `matrix ${n}` } })).status(),
    state: async (_admin, as) => ((await as.get("/api/tokens")).ok() ? count(as, "/api/tokens", "tokens") : 0),
    allowedStatus: 201,
  },
  "account.password": {
    // A real change would end the sessions the other specs share. The current password offered as the new one is
    // refused (400) only after the permission check let the request through, and it changes nothing.
    attempt: async (as) =>
      (
        await as.post("/api/account/password", {
          data: { currentPassword: PASSWORD, newPassword: PASSWORD, repeatPassword: PASSWORD },
        })
      ).status(),
    state: async () => 0,
    allowedStatus: 400,
  },
};

test("every role × every action is allowed or refused exactly as the permission table says", async ({ baseURL }) => {
  const contexts = Object.fromEntries(
    await Promise.all(
      ROLES.map(async (role) => [
        role,
        await playwrightRequest.newContext({ baseURL, storageState: storageStateOf(role) }),
      ]),
    ),
  ) as Record<Role, APIRequestContext>;
  const nobody = await playwrightRequest.newContext({ baseURL, storageState: { cookies: [], origins: [] } });
  let n = Date.now() % 100_000;
  adminContext = contexts.admin;
  await matrixClaim(contexts.admin);
  const rows: string[] = [];
  try {
    for (const action of ACTIONS) {
      const probe = PROBES[action];
      expect(probe, `no request for "${action}" in the permission-matrix test`).toBeDefined();
      for (const role of ROLES) {
        const allowed = (PERMISSIONS[action] as readonly Role[]).includes(role);
        const before = await probe.state(contexts.admin, contexts[role]);
        const status = await probe.attempt(contexts[role], n++);
        rows.push(`${action} × ${role}: ${status}`);
        if (allowed) expect(status, `${action} × ${role}`).toBe(probe.allowedStatus);
        else {
          expect(status, `${action} × ${role}`).toBe(403);
          expect(await probe.state(contexts.admin, contexts[role]), `${action} × ${role} changed something`).toBe(
            before,
          );
        }
      }
      const anonymous = await probe.attempt(nobody, n++);
      expect([401, 307], `${action} without signing in`).toContain(anonymous);
    }
  } finally {
    await Promise.all([...Object.values(contexts), nobody].map((c) => c.dispose()));
  }
  test.info().annotations.push({ type: "matrix", description: rows.join("\n") });
});
