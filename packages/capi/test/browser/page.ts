/**
 * The browser side of test/browser.test.ts (bundled by esbuild for Chromium):
 * `load()` starts the C runtime from the served libpyobj.wasm, loads the C
 * modules built in Node and runs `runCalls`; `compileInPage()` compiles C with
 * @py/cc in a Web Worker (clang fetched from the server, with progress), loads
 * the result beside the others and runs `runDsumCalls`.
 */
import { CRuntime, fetchCapiHeaders, loadExtension } from "@py/capi";
import { type LoadProgress, createCompiler, workerClang } from "@py/cc";
import type { PyObject } from "@py/object";
import { MODULES, runCalls, runDsumCalls } from "./calls.js";

const mods: Record<string, PyObject> = {};
let stdout = "";
const decoder = new TextDecoder();
const here = (path: string) => new URL(path, location.href);

async function load(): Promise<{ lines: string[]; stdout: string }> {
  await CRuntime.start({
    mainModule: "libpyobj.wasm",
    stdout: (b) => {
      stdout += decoder.decode(b);
    },
  });
  for (const name of MODULES) {
    const module = await WebAssembly.compileStreaming(fetch(here(`${name}.wasm`)));
    mods[name] = loadExtension(module, name, `${name}.wasm`);
  }
  const lines = runCalls(mods);
  return { lines, stdout };
}

async function compileInPage(): Promise<{
  lines: string[];
  stdout: string;
  progress: LoadProgress[];
  wasmBytes: number;
}> {
  const progress: LoadProgress[] = [];
  const worker = new Worker(here("worker.js"), { type: "module" });
  const cc = createCompiler(
    workerClang({ worker, clang: here("clang/bundle.js"), onProgress: (p) => progress.push({ ...p }) }),
  );
  const [headers, source] = await Promise.all([
    fetchCapiHeaders("capi-include.json"),
    fetch(here("dsum.c")).then((r) => r.text()),
  ]);
  const { wasm } = await cc.compile({ "dsum.c": source }, { include: [headers] });
  worker.terminate();
  stdout = "";
  const dsum = loadExtension(await WebAssembly.compile(wasm), "dsum", "dsum.wasm");
  const lines = runDsumCalls(dsum, mods);
  return { lines, stdout, progress, wasmBytes: wasm.length };
}

Object.assign(globalThis, { pyobjTest: { load, compileInPage } });
document.title = "ready";
