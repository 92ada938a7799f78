// Admission control for the production server (scripts/serve.mjs). Node starts every request it is given at once, and
// fifty renders interleaved on two cores all finish late: under load the slowest took ten seconds (the load test's
// timeout) while the median took half a second. A first-come, first-served gate lets a few requests run at a time and
// queues the rest in arrival order, so each request waits its turn instead of sharing the CPU with everybody else's;
// the load test's worst request went from 7–10 s to 2–3 s and throughput did not drop. A request that waits longer
// than the queue limit, or finds the queue full, gets a 503 with Retry-After and a sentence, never a hung socket.

/**
 * @typedef {import("node:http").IncomingMessage} Request
 * @typedef {import("node:http").ServerResponse} Response
 * @typedef {{ maxActive: number, maxQueued: number, maxWaitMs: number }} GateLimits
 */

/**
 * The limits from the environment, with defaults measured on a two-core machine (BENCHMARK-NOTES.md).
 * @param {Record<string, string | undefined>} [env]
 * @returns {GateLimits}
 */
export function gateLimitsFromEnv(env = process.env) {
  const read = (name, fallback) => {
    const value = Number(env[name]);
    return Number.isInteger(value) && value > 0 ? value : fallback;
  };
  return {
    maxActive: read("CLAIMTRACK_MAX_ACTIVE_REQUESTS", 8),
    maxQueued: read("CLAIMTRACK_MAX_QUEUED_REQUESTS", 1000),
    maxWaitMs: read("CLAIMTRACK_MAX_QUEUE_WAIT_MS", 20_000),
  };
}

const BUSY = {
  en: "Claimtrack is busy right now; nothing was changed. Try again in a moment.",
  de: "Claimtrack ist gerade ausgelastet; es wurde nichts geändert. Bitte gleich noch einmal versuchen.",
};

/** The 503 a refused request gets: JSON for the API, a short page for a browser, in the language it asked for. */
export function refuseBusy(request, response) {
  const language = /^\s*de\b/i.test(request.headers["accept-language"] ?? "") ? "de" : "en";
  const message = BUSY[language];
  const wantsJson = (request.url ?? "").startsWith("/api/") || /json/.test(request.headers.accept ?? "");
  response.statusCode = 503;
  response.setHeader("retry-after", "5");
  response.setHeader("cache-control", "no-store");
  if (wantsJson) {
    response.setHeader("content-type", "application/json; charset=utf-8");
    response.end(JSON.stringify({ error: { code: "unavailable", message, field: null, reason: "busy" } }));
  } else {
    response.setHeader("content-type", "text/plain; charset=utf-8");
    response.end(`${message}\n`);
  }
}

/**
 * Wraps a request handler so at most `maxActive` requests run at once; the rest wait first come, first served. A slot
 * is given back when the response has been sent or the connection closed, whichever comes first.
 * `bypass(request)` lets cheap requests (the health check) skip the queue.
 *
 * @param {(request: Request, response: Response) => void} handle
 * @param {GateLimits} limits
 * @param {{ bypass?: (request: Request) => boolean, now?: () => number }} [options]
 */
export function createRequestGate(handle, limits, options = {}) {
  const now = options.now ?? Date.now;
  let active = 0;
  /** @type {{ request: Request, response: Response, run: () => void, since: number }[]} */
  const waiting = [];
  let head = 0; // index of the first waiting entry: shift() on a long array is linear

  /** Drops the clients that gave up and refuses those that waited too long: both sit at the front (arrival order). */
  function dropExpired() {
    while (head < waiting.length) {
      const first = waiting[head];
      const gone = first.request.socket.destroyed;
      if (!gone && now() - first.since <= limits.maxWaitMs) break;
      waiting[head++] = undefined;
      if (!gone) refuseBusy(first.request, first.response);
    }
    if (head > 1024 && head * 2 > waiting.length) {
      waiting.splice(0, head);
      head = 0;
    }
  }

  function release() {
    active--;
    dropExpired();
    while (active < limits.maxActive && head < waiting.length) {
      const next = waiting[head];
      waiting[head++] = undefined;
      if (next.request.socket.destroyed) continue;
      active++;
      next.run();
    }
  }

  // Requests stuck behind slow ones still hear back within the wait limit, even if no slot frees meanwhile.
  const sweep = setInterval(dropExpired, Math.min(1000, limits.maxWaitMs));
  sweep.unref();

  function gated(request, response) {
    if (options.bypass?.(request)) return handle(request, response);
    const run = () => {
      let released = false;
      const done = () => {
        if (released) return;
        released = true;
        release();
      };
      response.once("finish", done);
      response.once("close", done);
      handle(request, response);
    };
    if (active < limits.maxActive) {
      active++;
      run();
    } else if (waiting.length - head >= limits.maxQueued) {
      refuseBusy(request, response);
    } else {
      waiting.push({ request, response, run, since: now() });
    }
  }

  gated.stats = () => ({ active, queued: waiting.length - head });
  gated.close = () => clearInterval(sweep);
  return gated;
}
