import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { loadOnPageCheck, type OnPageEngine, type OnPageModule } from "./on-page-check.ts";

beforeEach(() => {
  vi.useFakeTimers();
  vi.spyOn(console, "warn").mockImplementation(() => {});
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

const moduleWith = (engine: OnPageEngine | Promise<OnPageEngine>): OnPageModule => ({ createEngine: async () => engine });
const never = () => new Promise<never>(() => {});

describe("loadOnPageCheck", () => {
  it("imports the module the site named, once, and passes the message to its engine", async () => {
    const importModule = vi.fn(async () => moduleWith({ classify: async (text) => (text.includes("password") ? { flagged: true, reason: " Looks like a password. " } : { flagged: false }) }));
    const check = loadOnPageCheck("https://shop.example/engine.js", { importModule });
    expect(await check.check("my password is hunter2")).toEqual({ flagged: true, reason: "Looks like a password." });
    expect(await check.check("where is my parcel?")).toEqual({ flagged: false });
    expect(importModule).toHaveBeenCalledTimes(1);
    expect(importModule).toHaveBeenCalledWith("https://shop.example/engine.js");
  });

  it("has no opinion when the engine throws, fails to start, or the module cannot load", async () => {
    const throwing = loadOnPageCheck("x", { importModule: async () => moduleWith({ classify: async () => Promise.reject(new Error("boom")) }) });
    expect(await throwing.check("hello")).toBeUndefined();
    const broken = loadOnPageCheck("x", { importModule: async () => ({ createEngine: () => Promise.reject(new Error("no GPU")) }) });
    expect(await broken.check("hello")).toBeUndefined();
    const missing = loadOnPageCheck("x", { importModule: () => Promise.reject(new TypeError("Failed to fetch")) });
    expect(await missing.check("hello")).toBeUndefined();
  });

  it("has no opinion after the time limit, whether the engine is slow to answer or to start", async () => {
    const slowAnswer = loadOnPageCheck("x", { timeoutMs: 1500, importModule: async () => moduleWith({ classify: never }) });
    const answered = slowAnswer.check("hello");
    await vi.advanceTimersByTimeAsync(1499);
    let settled = false;
    void answered.then(() => (settled = true));
    await vi.advanceTimersByTimeAsync(0);
    expect(settled).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(await answered).toBeUndefined();

    const slowStart = loadOnPageCheck("x", { timeoutMs: 1500, importModule: async () => moduleWith(never()) });
    const started = slowStart.check("hello");
    await vi.advanceTimersByTimeAsync(1500);
    expect(await started).toBeUndefined();
  });

  it("ignores an answer that is not a verdict", async () => {
    const odd = loadOnPageCheck("x", { importModule: async () => moduleWith({ classify: async () => "yes" as never }) });
    expect(await odd.check("hello")).toBeUndefined();
  });
});
