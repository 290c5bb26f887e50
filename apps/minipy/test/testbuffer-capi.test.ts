/**
 * `_testbuffer` is a client of the @py/capi façade: its buffer-protocol calls
 * (`PyObject_GetBuffer`, `PyBuffer_Release`, `PyBuffer_IsContiguous`,
 * `PyBuffer_GetPointer`, `PyBuffer_ToContiguous`, `PyMemoryView_FromBuffer`,
 * `PyMemoryView_GetContiguous`, ...) go through the façade with handles and
 * `Py_buffer` structs on its heap. These tests run `_testbuffer` code in
 * checked mode and check the façade's own books afterwards: no C-owned
 * handle, no unreleased `Py_buffer`, no heap block left, no misuse reported.
 */
import { spawnSync } from "node:child_process";
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { capiCheckpoint, capiClearReports, capiLeakReport, capiLiveCounts, capiReports } from "@py/capi";
import { setCheckedMode } from "@py/object";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadModules, runTranscript } from "../src/index.js";

/** CPython's output for a transcript (expression values echoed, exceptions as their last line). */
function cpythonTranscript(src: string): string {
  const driver = [
    "import sys",
    "g = {}",
    "for line in sys.stdin.read().split('\\n'):",
    "    try:",
    "        try:",
    "            code = compile(line, '<s>', 'eval')",
    "        except SyntaxError:",
    "            exec(line, g)",
    "            continue",
    "        r = eval(code, g)",
    "        if r is not None: print(repr(r))",
    "    except Exception as e:",
    "        print(f'{type(e).__name__}: {e}')",
  ].join("\n");
  const res = spawnSync("python3", ["-c", driver], { input: src, encoding: "utf8" });
  if (res.status !== 0) throw new Error(res.stderr);
  return res.stdout;
}

/**
 * Runs `src` as a transcript in checked mode, twice: the first run warms the
 * caches that legitimately stay (interned format strings); after the second
 * the façade's books must balance. Leaks and misuse reports of both runs count.
 */
function balanced(src: string): { out: string; leaks: string[]; reports: string[]; blocks: number } {
  const run = (): { out: string; leaks: string[]; blocks: number } => {
    const before = capiLiveCounts();
    capiCheckpoint();
    let out = "";
    const interp = runTranscript(src, { stdout: (s) => (out += s) });
    interp.clearGlobals();
    return { out, leaks: capiCheckpoint(), blocks: capiLiveCounts().blocks - before.blocks };
  };
  capiClearReports();
  const first = run();
  const second = run();
  return {
    out: second.out,
    leaks: [...first.leaks, ...second.leaks],
    reports: [...capiReports()],
    blocks: second.blocks,
  };
}

describe("_testbuffer goes through the C-API façade", () => {
  beforeAll(async () => {
    await loadModules();
    setCheckedMode(true);
  });
  afterAll(() => setCheckedMode(false));

  it("operations leave no handle, export or heap block behind", () => {
    const src = [
      "from _testbuffer import *",
      "import array",
      "nd = ndarray(list(range(12)), shape=[3, 4], format='i', flags=ND_WRITABLE)",
      "c = ndarray(nd, getbuf=PyBUF_FULL_RO)",
      "x = nd[1]",
      "y = nd[::2, 1:3]",
      "nd[0] = ndarray([7, 7, 7, 7], shape=[4], format='i')",
      "p = get_pointer(nd, [2, 3])",
      "b = py_buffer_to_contiguous(y, 'F', PyBUF_FULL_RO)",
      "q = cmp_contig(nd, c)",
      "r = is_contiguous(y, 'C'), is_contiguous(array.array('b', [1, 2]), 'F')",
      "m = get_contiguous(y, PyBUF_READ, 'C')",
      "pil = ndarray(list(range(6)), shape=[2, 3], flags=ND_PIL)",
      "t = pil.tolist(), pil.tobytes(), pil.c_contiguous, pil.f_contiguous, pil.contiguous",
      "v = pil.memoryview_from_buffer()",
      "v.tolist()",
      "v.release()",
      "nd.push([1, 2, 3], shape=[3])",
      "s = ndarray(staticarray(), getbuf=PyBUF_SIMPLE)",
      "l = ndarray(staticarray(True))",
      "del c, y, s, l",
      "nd.pop()",
      "ndarray(nd, getbuf=PyBUF_WRITABLE | PyBUF_ND | PyBUF_F_CONTIGUOUS)",
      "ndarray([1, 2], shape=[3])",
      "cmp_contig(1, nd)",
      "get_pointer(nd, [5, 0])",
      "py_buffer_to_contiguous(nd, 'X', PyBUF_FULL_RO)",
      "is_contiguous(1, 'C')",
      "ndarray(nd, getbuf=PyBUF_FULL_RO)[::2].tolist()",
      "h = hash(ndarray([1, 2, 3], shape=[3]))",
    ].join("\n");
    const r = balanced(src);
    expect(r.out).toBe(cpythonTranscript(src));
    expect(r.leaks).toEqual([]);
    expect(r.reports).toEqual([]);
    expect(r.blocks).toBe(0);
    expect(capiLeakReport()).toEqual([]);
    expect(capiLiveCounts().exports).toBe(0);
  });

  it("a live consumer shows as an unreleased Py_buffer until it is deallocated", () => {
    capiCheckpoint();
    const interp = runTranscript(
      "from _testbuffer import *\nnd = ndarray([1, 2, 3], shape=[3])\nc = ndarray(nd)",
    );
    const live = capiCheckpoint();
    expect(live.length).toBe(1);
    expect(live[0]).toMatch(
      /^unreleased Py_buffer at 0x[0-9a-f]+: filled by PyObject_GetBuffer from ndarray/,
    );
    interp.clearGlobals();
    expect(capiLiveCounts().exports).toBe(0);
    capiCheckpoint();
  });
});

const CASES = join(import.meta.dirname, "conformance", "cases");
const files = (() => {
  return readdirSync(CASES).filter(
    (f) => f.endsWith(".py") && readFileSync(join(CASES, f), "utf8").includes("_testbuffer"),
  );
})();

describe("conformance cases using _testbuffer balance the façade's books", () => {
  beforeAll(async () => {
    await loadModules();
    setCheckedMode(true);
  });
  afterAll(() => setCheckedMode(false));
  for (const f of files) {
    it(f, () => {
      const r = balanced(readFileSync(join(CASES, f), "utf8"));
      expect(r.leaks).toEqual([]);
      expect(r.reports).toEqual([]);
      expect(r.blocks).toBe(0);
    });
  }
});
