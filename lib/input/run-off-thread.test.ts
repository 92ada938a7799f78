import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { extractClaims, type Extraction } from "@/lib/extract";
import { runOffThread } from "./run-off-thread";

const job = (text: string) => ({ kind: "extract" as const, text, language: "de" as const, registry: [] });

describe("extraction and HTML reduction on a worker thread", () => {
  it("extracts on the worker exactly as on this thread", async () => {
    const text = "Laut AP kamen über 1.000 Soldaten nach Bonn.";
    const result = await runOffThread<Extraction>(job(text), "body");
    expect(result).toEqual(extractClaims(text, { language: "de" }));
    expect(result.claims[0]!.sources[0]!.name).toBe("Associated Press");
  });

  it("carries a refusal from the worker back as the same 4xx", async () => {
    const error = await runOffThread({ kind: "html", html: "<div>".repeat(1000) }, "file").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ status: 400, reason: "too_complex", field: "file" });
  });

  it("stops a job over its time budget with a 4xx, while this thread keeps answering", async () => {
    const text = "Laut AP kamen 1.000 Soldaten nach Bonn, sagte Rutte am Montag. ".repeat(20_000);
    let ticks = 0;
    let longestGap = 0;
    let last = performance.now();
    const timer = setInterval(() => {
      ticks++;
      longestGap = Math.max(longestGap, performance.now() - last);
      last = performance.now();
    }, 10);
    const started = performance.now();
    const error = await runOffThread(job(text), "body", 300).catch((e: unknown) => e);
    clearInterval(timer);
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ status: 422, reason: "timeout", field: "body" });
    expect((error as AppError).message).toBe(
      "This text could not be processed in time. Shorten or simplify it, or split it into parts, and try again.",
    );
    expect(performance.now() - started).toBeLessThan(2000);
    expect(ticks).toBeGreaterThan(5);
    expect(longestGap).toBeLessThan(200);
    // The stopped worker is replaced: the next job runs.
    expect((await runOffThread<Extraction>(job("Laut AP regnete es."), "body")).claims).toHaveLength(1);
  });
});
