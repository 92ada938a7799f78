import { Readable, Writable } from "node:stream";
import { vi } from "vitest";

export interface ClaimsRun {
  code: number;
  stdout: string;
  stderr: string;
}

export interface ClaimsRunOptions {
  /** Standard input (none: an empty one, as a spawned command with nothing piped in gets). */
  input?: string | Buffer;
  /** Set over this process's environment for the run; undefined removes a variable. */
  env?: Record<string, string | undefined>;
}

/**
 * Runs `claims ARGS` inside the test process, as the spawned command would run (bin/claims.ts is two lines over the
 * same runClaims): its environment, standard input, output and exit code, with no process start (seconds apiece on a
 * busy machine). Every run gets a fresh copy of the app's modules and no Better Auth instance, so nothing a run read
 * and kept (the parsed environment, Better Auth on the run's database) carries into the next, as between processes.
 */
export async function runClaimsHere(args: string[], { input, env = {} }: ClaimsRunOptions = {}): Promise<ClaimsRun> {
  const saved = Object.entries(env).map(([name]) => [name, process.env[name]] as const);
  setEnv(Object.entries(env));
  // lib/auth/auth.ts keeps one instance per process on globalThis, which a fresh module copy would not reset.
  delete (globalThis as { claimtrackAuth?: unknown }).claimtrackAuth;
  vi.resetModules();
  try {
    const { runClaims } = await import("@/bin/run-claims");
    const stdout = collector();
    const stderr = collector();
    const stdin = Readable.from(input === undefined ? [] : [Buffer.from(input)]);
    const code = await runClaims(args, { stdin, stdout: stdout.stream, stderr: stderr.stream });
    return { code, stdout: stdout.text(), stderr: stderr.text() };
  } finally {
    setEnv(saved);
    delete (globalThis as { claimtrackAuth?: unknown }).claimtrackAuth;
  }
}

function setEnv(entries: (readonly [string, string | undefined])[]): void {
  for (const [name, value] of entries) {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
}

/** A stream that keeps what is written to it, as a pipe to a parent process would (not a terminal). */
function collector() {
  const chunks: Buffer[] = [];
  const stream = new Writable({
    write(chunk: Buffer | string, _encoding, done) {
      chunks.push(Buffer.from(chunk));
      done();
    },
  });
  return { stream, text: () => Buffer.concat(chunks).toString("utf8") };
}
