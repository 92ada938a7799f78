import { Worker } from "node:worker_threads";
import { getEnv } from "@/lib/env";
import { AppError } from "@/lib/errors";
import type { OffThreadJob, OffThreadReply } from "./off-thread-protocol";

// Two at a time on our two-core machines: more would only share the same cores, and each holds an article's text.
const MAX_WORKERS = 2;
// The V8 heap of one worker: a hostile text that wants more is refused, the server's own heap is never at risk.
const WORKER_HEAP_MB = 1024;

interface WorkerPool {
  idle: Worker[];
  busy: number;
  queue: (() => void)[];
  nextId: number;
}

// One pool per process, kept on globalThis: when this module is evaluated again (Next's dev server after an edit, or
// the tests' fresh copy of the app per CLI run) it must neither start workers beside the idle ones nor lose count of
// the busy ones. A worker keeps nothing between jobs, so the next copy may use it as it is.
const pool: WorkerPool = ((globalThis as { claimtrackTextWorkers?: WorkerPool }).claimtrackTextWorkers ??= {
  idle: [],
  busy: 0,
  queue: [],
  nextId: 1,
});
// Next's dev server evaluates this module again after an edit: idle workers would go on running the old code.
if (process.env.NODE_ENV === "development") for (const worker of pool.idle.splice(0)) void worker.terminate();

/**
 * Runs a job on a worker thread with a time budget. Over the budget the worker is stopped and the person gets a
 * 4xx; the request thread never blocks on the text, so every other request (and /api/health) keeps its answer.
 */
export async function runOffThread<T>(job: OffThreadJob, field: string, budgetMs?: number): Promise<T> {
  const budget = budgetMs ?? getEnv().TEXT_PROCESSING_MS;
  if (pool.busy >= MAX_WORKERS) await new Promise<void>((resume) => pool.queue.push(resume));
  pool.busy++;
  const worker = pool.idle.pop() ?? startWorker();
  try {
    return await runOn<T>(worker, job, field, budget);
  } finally {
    pool.busy--;
    pool.queue.shift()?.();
  }
}

function startWorker(): Worker {
  const options = { resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB } };
  // The production build bundles the worker from the literal URL (Turbopack follows `new Worker(new URL(…))`).
  // Run from source (the CLI under tsx, vitest), the worker is TypeScript: it is loaded through tsx's loader,
  // which a worker thread does not inherit. (In the build, import.meta.url still names the .ts source.)
  const worker = !process.env.NEXT_RUNTIME
    ? new Worker(loadThroughTsx(import.meta.url.replace(/run-off-thread\.ts$/, "off-thread-worker.ts")), {
        ...options,
        eval: true,
      })
    : new Worker(new URL("./off-thread-worker.ts", import.meta.url), options);
  // An idle worker must not keep the CLI or a test process alive; a running job's timer does while it runs.
  worker.unref();
  return worker;
}

const loadThroughTsx = (url: string) =>
  `import("tsx/esm/api").then(({ register }) => { register(); return import(${JSON.stringify(url)}); });`;

function runOn<T>(worker: Worker, job: OffThreadJob, field: string, budget: number): Promise<T> {
  const id = pool.nextId++;
  return new Promise<T>((resolve, reject) => {
    const settle = (keepWorker: boolean) => {
      clearTimeout(timer);
      worker.off("message", onMessage).off("error", onError).off("exit", onExit);
      if (keepWorker) pool.idle.push(worker);
      else void worker.terminate();
    };
    const timer = setTimeout(() => {
      settle(false);
      reject(notInTime(field));
    }, budget);
    const onMessage = (reply: OffThreadReply) => {
      if (reply.id !== id) return;
      settle(true);
      if (reply.ok) resolve(reply.value as T);
      else reject(reviveError(reply.error, field));
    };
    const onError = (error: Error & { code?: string }) => {
      settle(false);
      // A text built to exhaust memory is the text's fault, not the server's: say so, with a 4xx.
      reject(error.code === "ERR_WORKER_OUT_OF_MEMORY" ? tooComplex(field) : error);
    };
    const onExit = (code: number) => {
      settle(false);
      reject(new Error(`The text-processing worker stopped (exit code ${code}).`));
    };
    worker.on("message", onMessage).on("error", onError).on("exit", onExit);
    worker.postMessage({ id, job });
  });
}

export function notInTime(field: string): AppError {
  return new AppError(
    "unprocessable",
    "This text could not be processed in time. Shorten or simplify it, or split it into parts, and try again.",
    field,
    "timeout",
  );
}

function tooComplex(field: string): AppError {
  return new AppError(
    "unprocessable",
    "This text is too complex to process. Shorten or simplify it, or split it into parts, and try again.",
    field,
    "too_complex",
  );
}

function reviveError(e: Extract<OffThreadReply, { ok: false }>["error"], field: string): Error {
  if (e.name === "AppError") return new AppError(e.code as AppError["code"], e.message, e.field, e.reason);
  if (e.name === "RangeError") return tooComplex(field);
  const error = new Error(e.message);
  error.name = e.name;
  return error;
}
