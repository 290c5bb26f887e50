/** Shared helpers for driving the façade like a C extension. */
import { readFileSync } from "node:fs";
import { exceptionStr, type PyBaseExceptionObject } from "@py/object";
import { expect } from "vitest";
import {
  capiForgetLeaks,
  capiLeakReport,
  capiLiveCounts,
  PyErr_Clear,
  fromHandle,
  linearMemory,
  PyErr_Fetch,
  PyErr_Occurred,
  Py_XDECREF,
  type PyObjectPtr,
  PyMem_Malloc,
} from "../src/index.js";

/** The CPython results of test/fixtures/gen_fixtures.py. */
export const fx: any = JSON.parse(readFileSync(new URL("./fixtures/capi.json", import.meta.url), "utf8"));

/** A NUL-terminated copy of `s` on the heap. */
export function cstr(s: string): number {
  return linearMemory().allocCString(s);
}

/** `n` bytes on the heap holding `bytes`. */
export function cbytes(bytes: readonly number[]): number {
  const p = PyMem_Malloc(bytes.length);
  linearMemory().copyIn(p, Uint8Array.from(bytes));
  return p;
}

/** Asserts that the indicator holds `Type: message` (a fixture entry ["exc", type, msg]) and clears it. */
export function expectError(expected: [string, string, string] | [string, string]): void {
  const [, type, msg] = expected.length === 3 ? expected : ["exc", ...expected];
  expect(PyErr_Occurred(), "an exception is set").not.toBe(0);
  const [t, v, tb] = PyErr_Fetch();
  const exc = fromHandle(v) as PyBaseExceptionObject;
  expect(exc.ob_type.tp_name.split(".").pop()).toBe(type);
  expect(exceptionStr(exc)).toBe(msg);
  Py_XDECREF(t);
  Py_XDECREF(v);
  Py_XDECREF(tb);
  expect(PyErr_Occurred()).toBe(0);
}

/** Asserts that no exception is set. */
export function expectNoError(): void {
  if (PyErr_Occurred() !== 0) {
    const [t, v] = PyErr_Fetch();
    const exc = fromHandle(v) as PyBaseExceptionObject;
    const text = `${exc.ob_type.tp_name}: ${exceptionStr(exc)}`;
    Py_XDECREF(t);
    Py_XDECREF(v);
    expect.fail(`unexpected exception ${text}`);
  }
}

/** Asserts the end-of-test invariant: no C-owned handle and no unreleased export. */
export function expectClean(): void {
  const c = capiLiveCounts();
  const leaks = capiLeakReport();
  const err = PyErr_Occurred();
  // a failed test must not fail the next ones
  capiForgetLeaks();
  PyErr_Clear();
  expect({ handles: c.handles, exports: c.exports, leaks }).toEqual({ handles: 0, exports: 0, leaks: [] });
  expect(err).toBe(0);
}

export type { PyObjectPtr };
