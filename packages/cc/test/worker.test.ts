/**
 * The Web Worker protocol of @py/cc (clang-worker.ts) in Node: `serveClangWorker`
 * on one end of a MessageChannel stands for the worker's script, `workerClang`
 * on the other for the page (Chromium runs the real thing: @py/capi's
 * test/browser.test.ts).
 */
import { afterAll, describe, expect, it } from "vitest";
import {
  CompileError,
  createCompiler,
  type LoadProgress,
  serveClangWorker,
  workerClang,
} from "../src/index.js";

const channel = new MessageChannel();
serveClangWorker(channel.port1 as unknown as Parameters<typeof serveClangWorker>[0]);
channel.port1.start();
const progress: LoadProgress[] = [];
const cc = createCompiler(workerClang({ worker: channel.port2, onProgress: (p) => progress.push(p) }));
channel.port2.start();

afterAll(() => {
  channel.port1.close();
  channel.port2.close();
});

describe("clang behind a worker's messages", () => {
  it("compiles a side module", async () => {
    const { wasm } = await cc.compile({ "m.c": "int PyInit_m(void) { return 42; }" });
    const m = new WebAssembly.Module(wasm);
    expect(WebAssembly.Module.customSections(m, "dylink.0").length).toBe(1);
    expect(WebAssembly.Module.exports(m).map((e) => e.name)).toContain("PyInit_m");
  }, 120_000);

  it("reports the compiler's load progress, ending complete", () => {
    expect(progress.length).toBeGreaterThan(0);
    const last = progress[progress.length - 1]!;
    expect(last.loaded).toBe(last.total);
  });

  it("turns a failed compile into a CompileError with clang's diagnostics", async () => {
    const e = await cc.compile({ "bad.c": "int f(void) { return nope; }" }).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(CompileError);
    expect((e as CompileError).diagnostics).toMatch(/use of undeclared identifier 'nope'/);
  }, 120_000);
});
