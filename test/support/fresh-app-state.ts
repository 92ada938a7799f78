import { vi } from "vitest";

/**
 * Test files share their worker process (vitest `isolate: false`): starting a process, loading the libraries and
 * compiling Prisma's query engine once per worker rather than once per file is most of what the suite would spend.
 * What a file may count on from a process of its own is restored here, before each file: the environment as the
 * worker started (a file may set a variable before the app first reads it), no app client or Better Auth instance
 * kept on globalThis, and fresh copies of the app's own modules (lib/env, for one, reads the environment once).
 */
const state = globalThis as {
  claimtrackStartEnv?: NodeJS.ProcessEnv;
  claimtrackDb?: { $disconnect(): Promise<void> };
  claimtrackAuth?: unknown;
};
const startEnv = (state.claimtrackStartEnv ??= { ...process.env });
for (const name of Object.keys(process.env)) if (!(name in startEnv)) delete process.env[name];
Object.assign(process.env, startEnv);

await state.claimtrackDb?.$disconnect();
delete state.claimtrackDb;
delete state.claimtrackAuth;
vi.resetModules();
