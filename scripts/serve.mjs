// The production server (`npm start`, the e2e server): Next.js' own request handler behind a plain HTTP server, so
// every request carries the address of its connection (x-claimtrack-peer, never the client's to choose).
// lib/http/request-context.ts takes the client address from it, and from X-Forwarded-For only behind TRUSTED_PROXIES.
// Requests pass a first-come, first-served gate (scripts/request-gate.mjs) so a crowd cannot make every request slow.
import { createServer } from "node:http";
import next from "next";
import { createRequestGate, gateLimitsFromEnv } from "./request-gate.mjs";

const hostname = process.env.HOST ?? "127.0.0.1";
const port = Number(process.env.PORT ?? 3000);
const app = next({ dev: false, hostname, port });
await app.prepare();
const handle = app.getRequestHandler();

const gated = createRequestGate(handle, gateLimitsFromEnv(), {
  // The health check answers from memory and a one-row query: a load balancer must see a busy server as alive.
  bypass: (request) => (request.url ?? "").split("?")[0] === "/api/health",
});

const server = createServer((request, response) => {
  request.headers["x-claimtrack-peer"] = request.socket.remoteAddress ?? "";
  gated(request, response);
});
// Node closes an idle keep-alive connection after 5 s; a client that sends its next request on it at that moment
// (a busy machine delays it) gets "socket hang up" for a request the server never saw. Idle connections stay open
// for a minute instead, longer than clients keep them (undici 4 s, browsers and proxies up to 60 s).
server.keepAliveTimeout = 65_000;
server.headersTimeout = 66_000;
server.listen(port, hostname, () => {
  console.log(`Claimtrack listening on http://${hostname}:${port}/`);
});
