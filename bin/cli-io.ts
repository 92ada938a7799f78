import type { Readable, Writable } from "node:stream";

/**
 * Where a command reads and writes: the process's own streams when run as `claims`, buffers when a test runs it in
 * its own process (bin/run-claims.ts). `isTTY` decides between a progress bar redrawn in place and a line per step.
 */
export interface CliIo {
  stdin: Readable;
  stdout: Writable & { isTTY?: boolean };
  stderr: Writable & { isTTY?: boolean };
}

/** What a command returns: its exit code (nothing for 0). */
export type CliCommand = (argv: string[], io: CliIo) => Promise<number | void>;
