/**
 * A progress bar on stderr: redrawn in place on a terminal (at most every `every` steps), a line per tenth of the
 * way otherwise, so logs stay short. Returns the function to call with how many are done.
 */
export function progressBar(
  total: number,
  unit: string,
  { verb = "exported", every = 250 }: { verb?: string; every?: number } = {},
): (done: number) => void {
  const tty = process.stderr.isTTY;
  let lastTenth = -1;
  return (done) => {
    const share = total === 0 ? 1 : done / total;
    if (tty) {
      if (done % every !== 0 && done !== total) return;
      const filled = Math.round(share * 30);
      process.stderr.write(`\r[${"#".repeat(filled)}${" ".repeat(30 - filled)}] ${done} / ${total} ${unit}`);
      if (done === total) process.stderr.write("\n");
    } else if (Math.floor(share * 10) > lastTenth || done === total) {
      lastTenth = Math.floor(share * 10);
      process.stderr.write(`${verb} ${done} of ${total} ${unit}\n`);
    }
  };
}
