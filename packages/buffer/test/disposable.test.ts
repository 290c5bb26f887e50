/**
 * `using` with the buffer protocol: `getBuffer` returns a `Py_buffer` that
 * is released (`PyBuffer_Release`) at scope exit, once, even after an
 * explicit release; `owned()` references are dropped at scope exit.
 */
import {
  Py_DECREF,
  Py_REFCNT,
  checkpoint,
  checkedReports,
  leakReport,
  owned,
  setCheckedMode,
} from "@py/object";
import { afterEach, beforeEach, expect, it } from "vitest";
import {
  PyBUF_FULL_RO,
  PyBUF_SIMPLE,
  PyBuffer_Release,
  PyByteArray_FromBytes,
  PyByteArray_Resize,
  getBuffer,
} from "../src/index.js";

beforeEach(() => {
  setCheckedMode(true);
  checkpoint();
});
afterEach(() => {
  expect(checkedReports()).toEqual([]);
  expect(leakReport()).toEqual([]);
  setCheckedMode(false);
});

it("using view = getBuffer(...) releases the export at scope exit", () => {
  using ba = owned(PyByteArray_FromBytes(Uint8Array.of(1, 2)));
  {
    using view = getBuffer(ba.obj, PyBUF_FULL_RO);
    expect(view.obj).toBe(ba.obj);
    expect(Py_REFCNT(ba.obj)).toBe(2);
    expect(() => PyByteArray_Resize(ba.obj, 3)).toThrow(/BufferError/);
  }
  expect(Py_REFCNT(ba.obj)).toBe(1);
  PyByteArray_Resize(ba.obj, 3);
});

it("an explicit release inside the block is not repeated by dispose", () => {
  const ba = PyByteArray_FromBytes(Uint8Array.of(1, 2));
  {
    using view = getBuffer(ba, PyBUF_SIMPLE);
    PyBuffer_Release(view);
    expect(view.released).toBe(true);
  }
  expect(Py_REFCNT(ba)).toBe(1);
  PyByteArray_Resize(ba, 3);
  Py_DECREF(ba);
});

it("the view is released when the block is left by an exception", () => {
  const ba = PyByteArray_FromBytes(Uint8Array.of(1, 2));
  expect(() => {
    using _view = getBuffer(ba, PyBUF_SIMPLE);
    throw new Error("leaving");
  }).toThrow("leaving");
  PyByteArray_Resize(ba, 3);
  Py_DECREF(ba);
});
