import { execFileSync, spawn } from "node:child_process";

const PASSWORD = "bench-password-0123456789";

export interface BenchServer {
  base: string;
  /** The session cookie of a signed-in admin: pages behind the sign-in are measured, not the redirect to /login. */
  cookie: string;
  stop(): void;
}

/** Starts the production build on a bench database, adds an admin through the CLI and signs in through the app. */
export async function startBenchServer(databaseUrl: string, port: number): Promise<BenchServer> {
  const env = { ...process.env, DATABASE_URL: databaseUrl, NEXT_TELEMETRY_DISABLED: "1" };
  execFileSync(
    "node_modules/.bin/tsx",
    ["bin/claims.ts", "user", "add", "bench@bench.test", "--role", "admin", "--password-stdin"],
    {
      input: `${PASSWORD}\n`,
      env,
      stdio: ["pipe", "ignore", "inherit"],
    },
  );
  const server = spawn("npx", ["next", "start", "-H", "127.0.0.1", "-p", String(port)], {
    env,
    stdio: process.env.BENCH_SERVER_LOG ? "inherit" : "ignore",
    detached: true,
  });
  // npx starts next-server as a child: end the whole process group.
  const stop = () => server.pid && process.kill(-server.pid, "SIGTERM");
  const base = `http://127.0.0.1:${port}`;
  try {
    await waitForHealth(base);
    const response = await fetch(`${base}/api/auth/sign-in/email`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: base },
      body: JSON.stringify({ email: "bench@bench.test", password: PASSWORD }),
    });
    if (!response.ok) throw new Error(`bench sign-in failed: ${response.status}`);
    const cookie = response.headers
      .getSetCookie()
      .map((c) => c.split(";")[0])
      .join("; ");
    return { base, cookie, stop };
  } catch (error) {
    stop();
    throw error;
  }
}

async function waitForHealth(base: string): Promise<void> {
  for (let i = 0; i < 150; i++) {
    try {
      if ((await fetch(`${base}/api/health`)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error("the production server did not start (run `npm run build` first)");
}
