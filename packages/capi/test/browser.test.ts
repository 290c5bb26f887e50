/**
 * @py/capi and @py/cc in a real browser (Debian's Chromium through
 * @py/browser-test). C modules (examples/cext, test/wasm, test/browser/c) are
 * built in Node with @py/cc; test/browser/page.ts is bundled by esbuild for
 * the browser (no warning allowed: no Node-only API reached), served with
 * libpyobj.wasm, the modules, the packed headers and @yowasp/clang's files.
 * The page loads the modules by fetch and makes the calls of calls.ts; the
 * same calls in Node must give the same transcript. Then the page compiles C
 * itself (clang in a Web Worker, with load progress), loads it beside the
 * others and calls it: again the same transcript as Node.
 */
import {
  existsSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
  copyFileSync,
  mkdirSync,
  readdirSync,
} from "node:fs";
import { execFileSync } from "node:child_process";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { bundleForBrowser, launchChromium, serveDirectory, type StaticServer } from "@py/browser-test";
import { compile } from "@py/cc";
import {
  PyLong_FromNumber,
  type PyObject,
  PyObject_Call,
  PyObject_GetAttr,
  PyUnicode_FromString,
  repr,
} from "@py/object";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CRuntime, loadExtension } from "../src/index.js";
import { MODULES, runCalls, runDsumCalls } from "./browser/calls.js";
import { readTree } from "./c-toolchain.js";
import { mainModuleBytes } from "./wasm-helpers.js";

const pkg = fileURLToPath(new URL("..", import.meta.url));
const repo = join(pkg, "..", "..");
const SOURCES: Record<(typeof MODULES)[number], string> = {
  matrix: join(repo, "examples/cext/matrix.c"),
  cbuf: join(repo, "examples/cext/cbuf.c"),
  fmt: join(repo, "examples/cext/fmt.c"),
  kwargs: join(repo, "examples/cext/kwargs.c"),
  hello: join(pkg, "test/browser/c/hello.c"),
  liba: join(pkg, "test/wasm/liba.c"),
  libb: join(pkg, "test/wasm/libb.c"),
};
const DSUM = join(pkg, "test/browser/c/dsum.c");
const PYOBJ_CC = join(repo, "packages/cc/bin/pyobj-cc.js");

const include = [readTree(join(pkg, "include"))];
const built = new Map<string, Uint8Array<ArrayBuffer>>();
let dir: string;
let server: StaticServer;
let browser: Browser;
let page: Page;
const warnings: string[] = [];
const pageErrors: string[] = [];

// Node's transcripts, made before the browser's.
let nodeLines: string[];
let nodeStdout = "";
let nodeDsum: string[];
let nodeDsumStdout = "";
let readmeFiles: Record<string, string>;
let expectedCapi: string;
let expectedCc: string;

/** The `<!-- example: DIR/FILE -->` code blocks of @py/capi's and @py/cc's READMEs. */
function readmeExamples(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const readme of [join(pkg, "README.md"), join(repo, "packages/cc/README.md")]) {
    for (const m of readFileSync(readme, "utf8").matchAll(/<!-- example: (\S+) -->\n```ts\n([\s\S]*?)```/g))
      out[m[1]!] = m[2]!;
  }
  return out;
}

/**
 * Bundles the README examples, each directory a page of its own with the files its text says
 * are served beside it. The sources go under this package's node_modules/.cache so that they
 * resolve the workspace packages as a user's files would.
 */
async function bundleReadmeExamples(): Promise<void> {
  const src = join(pkg, "node_modules", ".cache", "readme-examples");
  rmSync(src, { recursive: true, force: true });
  for (const [path, text] of Object.entries(readmeFiles)) {
    mkdirSync(dirname(join(src, path)), { recursive: true });
    writeFileSync(join(src, path), text);
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    warnings.push(
      ...(await bundleForBrowser({
        entry: join(src, path),
        outfile: join(dir, path.replace(/\.ts$/, ".js")),
        conditions: ["@py/source"],
      })),
    );
  }
  for (const example of ["capi", "cc"]) {
    writeFileSync(
      join(dir, example, "index.html"),
      readFileSync(join(pkg, "test/browser/index.html"), "utf8").replace("page.js", "main.js"),
    );
    symlinkSync(join(dir, "libpyobj.wasm"), join(dir, example, "libpyobj.wasm"));
  }
  symlinkSync(join(dir, "hello.wasm"), join(dir, "capi", "hello.wasm"));
  symlinkSync(join(dir, "capi-include.json"), join(dir, "cc", "capi-include.json"));
  symlinkSync(join(dir, "clang"), join(dir, "cc", "clang"));
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "capi-browser-"));
  for (const [name, file] of Object.entries(SOURCES)) {
    const { wasm } = await compile({ [`${name}.c`]: readFileSync(file) }, { include });
    built.set(name, wasm);
    writeFileSync(join(dir, `${name}.wasm`), wasm);
  }
  const main = await mainModuleBytes();
  writeFileSync(join(dir, "libpyobj.wasm"), main);
  // The packed headers of the build (`pyobj-cc --pack-headers`), packed here when not built yet.
  const packed = join(pkg, "dist", "capi-include.json");
  if (existsSync(packed)) copyFileSync(packed, join(dir, "capi-include.json"));
  else
    execFileSync(process.execPath, [
      PYOBJ_CC,
      "--pack-headers",
      join(pkg, "include"),
      "-o",
      join(dir, "capi-include.json"),
    ]);
  expect(JSON.parse(readFileSync(join(dir, "capi-include.json"), "utf8"))).toEqual(include[0]);
  copyFileSync(DSUM, join(dir, "dsum.c"));
  copyFileSync(join(pkg, "test/browser/index.html"), join(dir, "index.html"));
  // @yowasp/clang as published: its module fetches its .wasm and .tar resources beside itself.
  const clangDir = dirname(createRequire(import.meta.url).resolve("@yowasp/clang"));
  mkdirSync(join(dir, "clang"));
  for (const f of readdirSync(clangDir)) symlinkSync(join(clangDir, f), join(dir, "clang", f));
  for (const entry of ["page", "worker"]) {
    const w = await bundleForBrowser({
      entry: join(pkg, "test/browser", `${entry}.ts`),
      outfile: join(dir, `${entry}.js`),
      // The workspace packages' TypeScript sources, as the tests use them (no build needed).
      conditions: ["@py/source"],
    });
    warnings.push(...w);
  }

  // The same calls in Node, on the same bytes.
  const c = await CRuntime.start({
    mainModule: main,
    stdout: (b) => {
      nodeStdout += new TextDecoder().decode(b);
    },
  });
  const mods: Record<string, PyObject> = {};
  for (const name of MODULES)
    mods[name] = loadExtension(await WebAssembly.compile(built.get(name)!), name, `${name}.wasm`);
  nodeLines = runCalls(mods);
  const { wasm } = await compile({ "dsum.c": readFileSync(DSUM) }, { include });
  const callsStdout = nodeStdout;
  nodeStdout = "";
  nodeDsum = runDsumCalls(loadExtension(await WebAssembly.compile(wasm), "dsum", "dsum.wasm"), mods);
  nodeDsumStdout = nodeStdout;
  nodeStdout = callsStdout;
  // The README examples' results in Node: hello.ramp(4), and the C source of @py/cc's example.
  readmeFiles = readmeExamples();
  expectedCapi = repr(PyObject_Call(PyObject_GetAttr(mods.hello!, "ramp"), [PyLong_FromNumber(4)], null));
  const demoSource = /const source = `([\s\S]*?)`;/.exec(readmeFiles["cc/main.ts"]!)![1]!;
  const demo = await compile({ "demo.c": demoSource }, { include });
  const demoModule = loadExtension(await WebAssembly.compile(demo.wasm), "demo", "demo.c");
  expectedCc = repr(
    PyObject_Call(PyObject_GetAttr(demoModule, "shout"), [PyUnicode_FromString("hello")], null),
  );
  await bundleReadmeExamples();
  expect(c.memory.buffer.byteLength).toBeGreaterThan(0);

  server = await serveDirectory(dir);
  browser = await launchChromium();
  page = await browser.newPage();
  page.on("pageerror", (e) => pageErrors.push(String(e)));
  await page.goto(server.url);
  await page.waitForFunction(() => document.title === "ready", null, { timeout: 30_000 });
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe("C extensions in Chromium", () => {
  it("bundles @py/capi and @py/cc for the browser without a warning", () => {
    expect(warnings).toEqual([]);
  });

  it("Node's transcript is the examples' behaviour (buffers across modules, errors, stdout)", () => {
    expect(nodeLines).toContain("cbuf.sum(m) -> 15.0");
    expect(nodeLines).toContain("cbuf.sum(b) -> 45");
    expect(nodeLines).toContain("libb.use() -> (42, 45, 42)");
    expect(nodeLines.filter((l) => l.includes("SystemError"))).toEqual([]);
    expect(nodeStdout).toBe("hello, browser\n");
    expect(nodeDsum).toContain("dsum.total(m) -> 30.0");
    expect(nodeDsum).toContain("dsum.twice(r) !! BufferError: BufferError: Object is not writable.");
    expect(nodeDsumStdout).toBe("dsum: 6 items\ndsum: 6 items\n");
  });

  it("loads libpyobj.wasm and the modules by fetch and gives Node's results", async () => {
    const r = await page.evaluate(() => (globalThis as any).pyobjTest.load());
    expect(r.lines).toEqual(nodeLines);
    expect(r.stdout).toBe(nodeStdout);
    expect(pageErrors).toEqual([]);
  });

  it("runs @py/capi's README example: a module built by pyobj-cc, loaded by URL", async () => {
    expect(Object.keys(readmeFiles).sort()).toEqual(["capi/main.ts", "cc/cc-worker.ts", "cc/main.ts"]);
    const p = await browser.newPage();
    p.on("pageerror", (e) => pageErrors.push(String(e)));
    await p.goto(`${server.url}capi/`);
    await p.waitForFunction((want) => document.body.textContent === want, expectedCapi, { timeout: 60_000 });
    expect(expectedCapi).toBe("b'\\x00\\x01\\x02\\x03'");
    expect(pageErrors).toEqual([]);
    await p.close();
  });

  it("runs @py/cc's README example: C compiled in a Web Worker, loaded and called", async () => {
    const p = await browser.newPage();
    p.on("pageerror", (e) => pageErrors.push(String(e)));
    const seen: string[] = [];
    await p.exposeFunction("seen", (t: string) => seen.push(t));
    await p.addInitScript(() => {
      new MutationObserver(() => (globalThis as any).seen(document.body?.textContent ?? "")).observe(
        document,
        {
          subtree: true,
          childList: true,
          characterData: true,
        },
      );
    });
    await p.goto(`${server.url}cc/`);
    await p.waitForFunction((want) => document.body.textContent === want, expectedCc, { timeout: 240_000 });
    expect(expectedCc).toBe("'hello!'");
    expect(seen.some((t) => /^loading the compiler: \d+%$/.test(t))).toBe(true);
    expect(pageErrors).toEqual([]);
    await p.close();
  }, 300_000);

  it("compiles C in a Web Worker with load progress, loads it and gives Node's results", async () => {
    const r = await page.evaluate(() => (globalThis as any).pyobjTest.compileInPage());
    expect(r.lines).toEqual(nodeDsum);
    expect(r.stdout).toBe(nodeDsumStdout);
    expect(r.wasmBytes).toBeGreaterThan(0);
    expect(r.progress.length).toBeGreaterThan(1);
    const last = r.progress[r.progress.length - 1];
    expect(last.loaded).toBe(last.total);
    expect(pageErrors).toEqual([]);
  }, 300_000);
});
