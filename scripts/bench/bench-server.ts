import { spawn } from "node:child_process";
import { openSync, readdirSync, readFileSync } from "node:fs";
import { createServer, type AddressInfo } from "node:net";

const PASSWORD = "bench-password-0123456789";

export interface BenchServer {
  base: string;
  /** The session cookie of a signed-in admin: pages behind the sign-in are measured, not the redirect to /login. */
  cookie: string;
  stop(): void;
  /** The server's peak resident memory so far (the kernel's high-water mark, largest process of its group), MB. */
  peakMemoryMb(): number;
}

/**
 * The port a bench, load or fault script serves on: BENCH_PORT if set, else a free one. Several sessions share our
 * machines, so no script may count on a fixed port being its own.
 */
export async function benchPort(): Promise<number> {
  return Number(process.env.BENCH_PORT) || freePort();
}

/** A port nothing listens on right now (the system's pick for port 0). */
export async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

/** Starts the production build on a bench database, adds an admin through the CLI and signs in through the app. */
export async function startBenchServer(
  databaseUrl: string,
  port: number,
  { logFile }: { logFile?: string } = {},
): Promise<BenchServer> {
  const env = { ...process.env, DATABASE_URL: databaseUrl, NEXT_TELEMETRY_DISABLED: "1" };
  // A child process that does not block this one: the load test prepares its articles meanwhile.
  await new Promise<void>((resolve, reject) => {
    const add = spawn(
      "node_modules/.bin/tsx",
      ["bin/claims.ts", "user", "add", "bench@bench.test", "--role", "admin", "--password-stdin"],
      { env, stdio: ["pipe", "ignore", "inherit"] },
    );
    add.on("error", reject);
    add.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`claims user add exited with ${code}`))));
    add.stdin.end(`${PASSWORD}\n`);
  });
  // The production server as `npm start` runs it (scripts/serve.mjs), so client addresses come from the connection.
  const server = spawn("node", ["scripts/serve.mjs"], {
    env: { ...env, HOST: "127.0.0.1", PORT: String(port) },
    // The server's own output, for a caller that shows what went wrong (a fault test's unexpected 500).
    stdio: logFile
      ? ["ignore", openSync(logFile, "a"), openSync(logFile, "a")]
      : process.env.BENCH_SERVER_LOG
        ? "inherit"
        : "ignore",
    detached: true,
  });
  // End the whole process group (the server may start workers of its own).
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
    return { base, cookie, stop, peakMemoryMb: () => (server.pid ? groupPeakMb(server.pid) : 0) };
  } catch (error) {
    stop();
    throw error;
  }
}

/** VmHWM of every process in the group (npx, its shell, next-server): the largest is the server. Linux only. */
function groupPeakMb(group: number): number {
  let peakKb = 0;
  for (const pid of readdirSync("/proc").filter((d) => /^\d+$/.test(d))) {
    try {
      // Field 5 of /proc/PID/stat is the process group; the command name before it may hold spaces, so split after ")".
      const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
      if (Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[2]) !== group) continue;
      const hwm = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
      peakKb = Math.max(peakKb, Number(hwm?.[1] ?? 0));
    } catch {
      // the process ended while we looked
    }
  }
  return peakKb / 1024;
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
