import type { Writable } from "node:stream";

/**
 * A progress bar on `stderr`: redrawn in place on a terminal (at most every `every` steps), a line per tenth of the
 * way otherwise, so logs stay short. Returns the function to call with how many are done.
 */
export function progressBar(
  stderr: Writable & { isTTY?: boolean },
  total: number,
  unit: string,
  { verb = "exported", every = 250 }: { verb?: string; every?: number } = {},
): (done: number) => void {
  const tty = stderr.isTTY;
  let lastTenth = -1;
  return (done) => {
    const share = total === 0 ? 1 : done / total;
    if (tty) {
      if (done % every !== 0 && done !== total) return;
      const filled = Math.round(share * 30);
      stderr.write(`\r[${"#".repeat(filled)}${" ".repeat(30 - filled)}] ${done} / ${total} ${unit}`);
      if (done === total) stderr.write("\n");
    } else if (Math.floor(share * 10) > lastTenth || done === total) {
      lastTenth = Math.floor(share * 10);
      stderr.write(`${verb} ${done} of ${total} ${unit}\n`);
    }
  };
}
