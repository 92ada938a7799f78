import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { createRequestGate, gateLimitsFromEnv } from "./request-gate.mjs";

/** A server whose handler holds every request until the test lets it go, recording the order requests started in. */
async function heldServer(limits: { maxActive: number; maxQueued: number; maxWaitMs: number }) {
  const started: string[] = [];
  const held = new Map<string, ServerResponse>();
  const handle = (request: IncomingMessage, response: ServerResponse) => {
    const name = (request.url ?? "").slice(1);
    started.push(name);
    held.set(name, response);
  };
  const gate = createRequestGate(handle, limits, { bypass: (r: IncomingMessage) => r.url === "/health" });
  const server = createServer(gate);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  servers.push({ server, gate });
  return {
    base,
    started,
    /** Resolves when this many requests wait in the queue. */
    async queued(count: number) {
      await expect.poll(() => gate.stats().queued).toBe(count);
    },
    finish(name: string) {
      held.get(name)!.end(`done ${name}`);
    },
    /** Resolves when the handler has started the named request. */
    async startedOf(name: string) {
      await expect.poll(() => started.includes(name)).toBe(true);
    },
  };
}

const servers: { server: Server; gate: { close(): void } }[] = [];
afterEach(async () => {
  for (const { server, gate } of servers.splice(0)) {
    gate.close();
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
});

describe("request gate", () => {
  it("runs at most maxActive requests at once and the rest in the order they came", async () => {
    const s = await heldServer({ maxActive: 2, maxQueued: 10, maxWaitMs: 10_000 });
    const answers = ["a", "b", "c", "d"].map((name) => fetch(`${s.base}/${name}`).then((r) => r.text()));
    await s.queued(2);
    expect(s.started).toEqual(["a", "b"]); // c and d wait: two are running
    s.finish("b");
    await s.startedOf("c");
    expect(s.started).toEqual(["a", "b", "c"]);
    s.finish("a");
    await s.startedOf("d");
    s.finish("c");
    s.finish("d");
    expect(await Promise.all(answers)).toEqual(["done a", "done b", "done c", "done d"]);
  });

  it("refuses with a 503, Retry-After and a sentence when the queue is full", async () => {
    const s = await heldServer({ maxActive: 1, maxQueued: 1, maxWaitMs: 10_000 });
    const first = fetch(`${s.base}/a`);
    await s.startedOf("a");
    const second = fetch(`${s.base}/b`);
    await s.queued(1);
    const refused = await fetch(`${s.base}/api/c`, { headers: { "accept-language": "de-DE" } });
    expect(refused.status).toBe(503);
    expect(refused.headers.get("retry-after")).toBe("5");
    const body = (await refused.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe("unavailable");
    expect(body.error.message).toMatch(/ausgelastet.*nichts geändert/);
    s.finish("a");
    await s.startedOf("b");
    s.finish("b");
    expect((await first).status).toBe(200);
    expect((await second).status).toBe(200);
    expect(s.started).toEqual(["a", "b"]); // the refused request never reached the app
  });

  it("answers a request that waited too long, even when no slot frees", async () => {
    const s = await heldServer({ maxActive: 1, maxQueued: 10, maxWaitMs: 300 });
    void fetch(`${s.base}/a`).catch(() => {});
    await s.startedOf("a");
    const waited = await fetch(`${s.base}/page`);
    expect(waited.status).toBe(503);
    expect(await waited.text()).toMatch(/busy right now; nothing was changed/);
    expect(s.started).toEqual(["a"]);
  });

  it("gives the slot back when a client hangs up, and skips a waiting client that hung up", async () => {
    const s = await heldServer({ maxActive: 1, maxQueued: 10, maxWaitMs: 10_000 });
    const gone = new AbortController();
    void fetch(`${s.base}/a`, { signal: gone.signal }).catch(() => {});
    await s.startedOf("a");
    const gaveUp = new AbortController();
    void fetch(`${s.base}/b`, { signal: gaveUp.signal }).catch(() => {});
    await s.queued(1);
    gaveUp.abort();
    const third = fetch(`${s.base}/c`);
    await s.queued(2);
    gone.abort(); // a's client leaves: its slot goes to c, past b who left too
    await s.startedOf("c");
    s.finish("c");
    expect((await third).status).toBe(200);
    expect(s.started).toEqual(["a", "c"]);
  });

  it("lets the health check past a full gate", async () => {
    const s = await heldServer({ maxActive: 1, maxQueued: 1, maxWaitMs: 10_000 });
    void fetch(`${s.base}/a`).catch(() => {});
    await s.startedOf("a");
    void fetch(`${s.base}/health`).catch(() => {});
    await s.startedOf("health");
  });

  it("reads its limits from the environment and ignores nonsense", () => {
    expect(gateLimitsFromEnv({ CLAIMTRACK_MAX_ACTIVE_REQUESTS: "3", CLAIMTRACK_MAX_QUEUE_WAIT_MS: "abc" })).toEqual({
      maxActive: 3,
      maxQueued: 1000,
      maxWaitMs: 20_000,
    });
    expect(gateLimitsFromEnv({ CLAIMTRACK_MAX_ACTIVE_REQUESTS: "0" }).maxActive).toBe(8);
  });
});
