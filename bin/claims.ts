#!/usr/bin/env -S npx tsx
/** `npm run claims -- <command> …`: the command line, a thin wrapper over lib/ (the commands in ./run-claims.ts). */
import { runClaims } from "./run-claims";

runClaims(process.argv.slice(2), { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr }).then(
  (code) => process.exit(code),
  (error: unknown) => {
    throw error;
  },
);
