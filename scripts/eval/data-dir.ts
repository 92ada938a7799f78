import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

/** The shared evaluation data lives beside the project, never inside it (licences, size). */
export const DATA_DIR =
  process.env.CLAIMTRACK_EVAL_DATA ?? fileURLToPath(new URL("../../../shared/data/", import.meta.url));

export function readJsonl<T>(relative: string): T[] {
  const path = `${DATA_DIR.replace(/\/?$/, "/")}${relative}`;
  if (!existsSync(path)) {
    console.error(`eval: ${path} is missing. Set CLAIMTRACK_EVAL_DATA to the folder holding the evaluation datasets.`);
    process.exit(2);
  }
  return readFileSync(path, "utf8")
    .split("\n")
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as T);
}
