import type { RegistryIndex } from "../extract/sources/source-registry";

/** What the request thread asks the worker thread to do (lib/input/off-thread-worker.ts). */
export type OffThreadJob =
  | { kind: "html"; html: string; pageUrl?: string }
  | { kind: "extract"; text: string; language: "de" | "en" | "auto"; registry: RegistryIndex };

/** The worker's answer: the value, or the error as plain data (an AppError's code, field and reason survive). */
export type OffThreadReply =
  | { id: number; ok: true; value: unknown }
  | {
      id: number;
      ok: false;
      error: { name: string; message: string; code?: string; field?: string; reason?: string };
    };
