/**
 * Checked mode from C: each file in test/wasm/checked/ is a learner's classic
 * bug, compiled with @py/cc (pyobj-cc) at -O0 and run in checked mode; the
 * report names the misuse, the C-API function and the C function that called
 * it (from the module's name section). The same file built with -DFIXED is
 * the corrected code and gives no report.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { PyBUF_READ, PyBytes_FromBytes } from "@py/buffer";
import { compile } from "@py/cc";
import {
  PyList_FromArray,
  PyLong_FromNumber,
  type PyObject,
  PyObject_Call,
  PyObject_GetAttr,
  PyUnicode_FromString,
  Py_DECREF,
  repr,
  setCheckedMode,
} from "@py/object";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  CRuntime,
  capiCheckpoint,
  capiClearReports,
  capiForgetLeaks,
  capiReports,
  functionNames,
  loadExtension,
  PyMem_Malloc,
  PyMemoryView_FromMemory,
  stealHandle,
} from "../src/index.js";
import { rt } from "../src/runtime.js";
import { mainModuleBytes } from "./wasm-helpers.js";
import { readTree } from "./c-toolchain.js";

const pkg = fileURLToPath(new URL("..", import.meta.url));
const include = readTree(join(pkg, "include"));

async function build(name: string, fixed: boolean): Promise<WebAssembly.Module> {
  const file = `${name}.c`;
  const r = await compile(
    { [file]: readFileSync(join(pkg, "test", "wasm", "checked", file)) },
    { include: [include], opt: "0", defines: fixed ? ["FIXED"] : [] },
  );
  return WebAssembly.compile(r.wasm);
}

let loaded = 0;
/** Loads the bug (or its fix), calls `run(arg)` in checked mode; returns the reports (checkpoint included). */
async function runChecked(
  name: string,
  fixed: boolean,
  arg: () => PyObject,
): Promise<{ reports: string[]; result: string }> {
  const mod = loadExtension(await build(name, fixed), name, `/virtual/${name}${loaded++}.wasm`);
  capiClearReports();
  capiCheckpoint();
  const a = arg();
  const f = PyObject_GetAttr(mod, "run");
  let result: string;
  try {
    const r = PyObject_Call(f, [a], null);
    result = repr(r);
  } catch (e) {
    result = `raised ${String(e)}`;
  } finally {
    Py_DECREF(f);
  }
  capiCheckpoint();
  const reports = [...capiReports()];
  capiClearReports();
  capiForgetLeaks();
  return { reports, result };
}

beforeAll(async () => {
  setCheckedMode(true);
  await CRuntime.start({ mainModule: await mainModuleBytes(), stdout: () => {}, stderr: () => {} });
}, 300_000);

afterAll(() => {
  setCheckedMode(false);
});

interface Case {
  name: string;
  /** The C file (test/wasm/checked/FILE.c), when not `name`. */
  file?: string;
  arg: () => PyObject;
  /** What the report says: the misuse and the API function. */
  expect: RegExp[];
  /** The C function named as the caller. */
  caller: string;
  /** The repr of what the buggy C returned, when the test checks it. */
  result?: string;
}

const bytes = (s: string) => () => PyBytes_FromBytes(new TextEncoder().encode(s));

/**
 * A read-only buffer whose bytes are in the WebAssembly memory: a memoryview
 * over a heap block (`PyMemoryView_FromMemory(..., PyBUF_READ)`).
 */
const readonlyView = (s: string) => (): PyObject => {
  const u8 = new TextEncoder().encode(s);
  const p = PyMem_Malloc(u8.length);
  rt.mem.heap.u8.set(u8, p);
  return stealHandle(PyMemoryView_FromMemory(p, u8.length, PyBUF_READ));
};

const cases: Case[] = [
  {
    name: "stale_handle",
    arg: () => PyLong_FromNumber(0),
    expect: [/PyObject_(Length|Size): stale PyObject\*/, /deallocated/],
    caller: "count_chars",
  },
  {
    name: "double_release",
    arg: readonlyView("abc"),
    expect: [/PyBuffer_Release: double release/],
    caller: "sum_bytes",
  },
  {
    name: "get_buffer_nonmv",
    arg: bytes("abc"),
    expect: [/PyMemoryView_GET_BUFFER/, /not a memoryview|memoryview/],
    caller: "buffer_length",
  },
  {
    name: "decref_borrowed",
    arg: () => {
      const item = PyLong_FromNumber(12345678);
      const l = PyList_FromArray([item]);
      return l;
    },
    expect: [/Py_DECREF: C does not own a reference to/, /borrowed/],
    caller: "first_item",
  },
  {
    name: "readonly_write",
    arg: readonlyView("abc"),
    expect: [/PyBuffer_Release: C wrote into a read-only buffer/],
    caller: "upcase_first",
  },
  {
    name: "readonly_write (a bytes export)",
    file: "readonly_write",
    arg: bytes("abc"),
    expect: [/PyBuffer_Release: C wrote into a read-only buffer/],
    caller: "upcase_first",
  },
  {
    name: "bytes_write",
    arg: bytes("abc"),
    expect: [/C wrote into the storage of/, /immutable/, /PyBytes_AsString/],
    caller: "shout",
  },
  {
    name: "str_write",
    arg: () => PyUnicode_FromString("abc"),
    expect: [/C wrote into the characters of/, /PyUnicode_New/, /PyUnicode_DATA/],
    caller: "shouted",
    result: "'abc'",
  },
  {
    name: "pymem_overrun",
    arg: () => PyLong_FromNumber(0),
    expect: [/PyMem_Free: buffer overrun/, /PyMem_Malloc|allocated by/],
    caller: "fill_squares",
  },
  {
    name: "malloc_overrun",
    arg: () => PyLong_FromNumber(0),
    expect: [/free: buffer overrun/],
    caller: "greet",
  },
  {
    name: "use_after_free",
    arg: () => PyLong_FromNumber(0),
    expect: [/use after free/, /allocated by C function total/],
    caller: "total",
  },
  {
    name: "stale_utf8",
    arg: () => PyLong_FromNumber(7),
    expect: [/PyUnicode_FromString: argument 1 .* points into freed memory/, /PyUnicode_AsUTF8/],
    caller: "name_of",
  },
  {
    name: "stale_bytes",
    arg: () => PyUnicode_FromString("spam"),
    expect: [
      /PyUnicode_FromString: argument 1 .* points into freed memory/,
      /the storage of bytes object b'spam', from PyBytes_AsString/,
    ],
    caller: "label_of",
  },
  {
    name: "read_freed",
    arg: () => PyLong_FromNumber(0),
    expect: [
      /PyBytes_FromStringAndSize: argument 1 .* points into freed memory/,
      /PyMem_Malloc|allocated by/,
    ],
    caller: "first_of",
    result: "b'\\xdd\\xdd'",
  },
  {
    name: "double_free",
    arg: () => PyLong_FromNumber(0),
    expect: [/PyMem_Free: double free of 0x/],
    caller: "work",
  },
  {
    name: "decref_twice",
    arg: () => PyLong_FromNumber(5),
    expect: [/Py_DECREF: decref below zero of the deallocated int object/],
    caller: "doubled",
  },
  {
    name: "free_buffer_export",
    arg: readonlyView("xyz"),
    expect: [/PyMem_Free: .* still holds an export/, /PyBuffer_Release/],
    caller: "peek_len",
  },
];

describe("checked mode from C", () => {
  it("pyobj-cc keeps the name section (the C caller's name)", async () => {
    const names = [...functionNames(await build("stale_handle", false)).values()];
    expect(names).toContain("count_chars");
  }, 120_000);

  for (const c of cases) {
    it(`${c.name}: reported, naming the API function and the C caller ${c.caller}`, async () => {
      const { reports, result } = await runChecked(c.file ?? c.name, false, c.arg);
      const text = reports.join("\n");
      if (c.result !== undefined) expect(result).toBe(c.result);
      for (const re of c.expect) expect(text, `result ${result}`).toMatch(re);
      expect(text).toContain(`C function ${c.caller}`);
    }, 120_000);

    it(`${c.name}: the corrected C gives no report`, async () => {
      const { reports } = await runChecked(c.file ?? c.name, true, c.arg);
      expect(reports).toEqual([]);
    }, 120_000);
  }
});
