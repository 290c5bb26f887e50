/**
 * CI run of the C-side fuzzer (issue 17): the C harness (fuzz/cside/harness.c,
 * compiled once by pyobj-cc and cached) on the wasm runtime in checked mode, a
 * fixed seed, 1,500 operations: no trap, no raw JavaScript error, every misuse
 * reported, no report for correct C, nothing leaked by correct sequences, C's
 * writes seen by Python and by JavaScript windows across memory growth. A
 * failure lists the violations with the operations before them; reproduce with
 * `pnpm fuzz cside --seed S --count N` (CSIDE_FUZZ_TRACE=1: the whole sequence,
 * CSIDE_FUZZ_VERBOSE=1: every operation on stderr).
 *
 * Then the cases the fuzzer found, kept as regressions (each an operation of the
 * harness with the arguments that found it).
 */
import { PyLong_FromValue, type PyObject, PyObject_Call, Py_DECREF, Py_None, str } from "@py/object";
import { PyBytes_FromBytes } from "@py/buffer";
import {
  borrowHandle,
  capiBufferExports,
  capiForgetLeaks,
  capiOnReport,
  PyMem_Free,
  PyMem_Malloc,
  PyObject_GetBuffer,
} from "@py/capi";
import { beforeAll, describe, expect, it } from "vitest";
import { startHarness, type Harness } from "../src/cside/harness.js";
import { OP, runCsideFuzz } from "../src/cside/run.js";

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
}, 600_000);

const items = (o: PyObject) => (o as unknown as { items: PyObject[] }).items;

interface Outcome {
  /** 0 correct C, 1 a misuse, 4 undefined behaviour (harness.c). */
  expect: number;
  /** The exceptions C fetched, `Type: message`. */
  errs: string[];
  /** Properties C found broken. */
  notes: string[];
  /** Checked-mode reports during the operation. */
  reports: string[];
}

/** Runs one harness operation. */
function op(code: number, a: number, b: number, c: number): Outcome {
  const args = [code, a, b, c].map((n) => PyLong_FromValue(n));
  const reports: string[] = [];
  const stop = capiOnReport((r) => reports.push(r));
  try {
    const r = PyObject_Call(h.op, [...args, Py_None], null);
    const [e, errs, notes] = items(r) as [PyObject, PyObject, PyObject];
    const out: Outcome = {
      expect: Number((e as unknown as { value: bigint }).value),
      errs: items(errs).map((x) => `${x.ob_type.tp_name}: ${str(x)}`),
      notes: items(notes).map((x) => str(x)),
      reports,
    };
    Py_DECREF(r);
    return out;
  } finally {
    stop();
    for (const x of args) Py_DECREF(x);
  }
}

const clean = { expect: 0, errs: [], notes: [], reports: [] };

describe("the C-API fuzzed from C", () => {
  it("seed 20261207, 1,500 operations: no trap, no raw JS error, every misuse reported, nothing leaked", async () => {
    const r = await runCsideFuzz({ seed: 20261207, count: 1500 });
    expect(r.violations).toEqual([]);
    expect(r.ops).toBe(1500);
    expect(r.traps + r.rawErrors + r.missed + r.falseReports).toBe(0);
    // The run exercised what it claims to check.
    expect(r.misuses).toBeGreaterThan(100);
    expect(r.cleanSequences).toBeGreaterThan(3);
    expect(r.grows).toBeGreaterThan(10);
    expect(r.windows).toBeGreaterThan(10);
  }, 600_000);

  describe("cases it found", () => {
    // SIZES(a=2: PyUnicode_FromStringAndSize, b: the size, c=1: a NULL source). CPython's
    // _PyUnicode_New raises MemoryError past PY_SSIZE_T_MAX / 4 - 1; the façade built a JS
    // string of that length and leaked V8's RangeError as "SystemError: internal error".
    for (const [b, size] of [
      [5, "PY_SSIZE_T_MAX"],
      [7, "0x7ffffff0"],
    ] as const) {
      it(`PyUnicode_FromStringAndSize(NULL, ${size}) from C raises MemoryError`, () => {
        expect(op(OP.SIZES, 2, b, 1)).toEqual({ ...clean, errs: ["MemoryError: "] });
      });
    }

    // PARSE_KW("|s*", no argument) from seed 1001: C released the optional Py_buffer it had
    // zeroed, at an address where a struct had been released before; checked mode took it
    // for a double release. Now only a struct left as the first release left it is one.
    it("releasing a fresh zeroed Py_buffer where one was released is not a double release", () => {
      expect(op(OP.NEW, 0, 1, 16)).toEqual(clean); // slot 0: a bytearray of 16 bytes
      expect(op(OP.GETBUF, 0, 0, 0)).toEqual(clean); // views[0] holds an export
      expect(op(OP.RELEASE, 0, 0, 0)).toEqual(clean);
      expect(op(OP.RELEASE, 0, 0, 0x200)).toEqual(clean); // zeroed, then released: nothing to report
      expect(op(OP.GETBUF, 0, 0, 0)).toEqual(clean);
      expect(op(OP.RELEASE, 0, 0, 0)).toEqual(clean);
      const twice = op(OP.RELEASE, 0, 0, 0); // the struct as the release left it: a double release
      expect(twice.expect).toBe(1);
      expect(twice.reports).toHaveLength(1);
      expect(twice.reports[0]).toMatch(
        /^PyBuffer_Release: double release of the Py_buffer at 0x[0-9a-f]+ .*\(called from C function op_release\)$/,
      );
      Py_DECREF(PyObject_Call(h.reset, [], null));
    });

    // From seed 6006: C freed a PyMem block holding an exporting Py_buffer (reported, the
    // export leaked); the record stayed keyed at that address, so a struct later placed in a
    // new block at the same address was taken for it ("PyMem_Free: ... still holds an export"
    // for a parse's released y* buffer). The struct dies with its block now.
    it("a Py_buffer freed with its block while exporting is reported once, then forgotten", () => {
      const reports: string[] = [];
      const stop = capiOnReport((r) => reports.push(r));
      const b = PyBytes_FromBytes(Uint8Array.of(1, 2, 3));
      const view = PyMem_Malloc(64);
      try {
        expect(PyObject_GetBuffer(borrowHandle(b), view, 0)).toBe(0);
        expect(capiBufferExports().some((e) => e.address === view)).toBe(true);
        PyMem_Free(view);
        expect(reports).toHaveLength(1);
        expect(reports[0]).toMatch(
          /^PyMem_Free: the block at 0x[0-9a-f]+ holds a Py_buffer .* still holds an export/,
        );
        expect(capiBufferExports().some((e) => e.address === view)).toBe(false);
      } finally {
        stop();
        capiForgetLeaks();
        Py_DECREF(b);
      }
    });

    it("PyUnicode_FromStringAndSize(NULL, 5) from C is a str of 5 characters", () => {
      // (b=2: size 5; the NUL characters of the façade, CPython's are uninitialised)
      expect(op(OP.SIZES, 2, 2, 1)).toEqual(clean);
    });
  });
});
