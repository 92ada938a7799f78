import { AppError } from "@/lib/errors";
import type { OffThreadJob } from "@/lib/input/off-thread-protocol";
import { runOffThread } from "@/lib/input/run-off-thread";

/**
 * Matching work on the worker thread, its refusal said as what it is: the worker's own words are about a text to
 * shorten, which is not what a person did here.
 */
export async function offThread<T>(job: OffThreadJob): Promise<T> {
  try {
    return await runOffThread<T>(job, "claims");
  } catch (error) {
    if (!(error instanceof AppError) || error.status >= 500) throw error;
    throw new AppError(
      "unprocessable",
      "Matching these claims against the archive did not finish in time. Try again later; if it keeps failing, " +
        "split the article into parts.",
      "claims",
      error.reason,
    );
  }
}
