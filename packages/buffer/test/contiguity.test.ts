import {
  PyExc_BufferError,
  PyExc_TypeError,
  PyLong_FromNumber,
  Py_DECREF,
  isPyError,
  repr,
} from "@py/object";
import { describe, expect, it } from "vitest";
import {
  PyArray_FromValues,
  PyBuffer_IsContiguous,
  PyMemory,
  PyObject_CopyData,
  emptyPyBuffer,
} from "../src/index.js";
import { transcript } from "./transcript.js";
import layouts from "./fixtures/contiguity.json" with { type: "json" };

interface Layout {
  shape: number[];
  strides: number[];
  itemsize: number;
  len: number;
  C: boolean;
  F: boolean;
  A: boolean;
}

describe("PyBuffer_IsContiguous (random layouts, CPython's is_contiguous)", () => {
  it("matches for C, F and A", () => {
    for (const l of layouts as Layout[]) {
      const v = emptyPyBuffer({ mem: new PyMemory(0), offset: 0 });
      Object.assign(v, {
        ndim: l.shape.length,
        shape: l.shape,
        strides: l.strides,
        itemsize: l.itemsize,
        len: l.len,
      });
      expect([
        PyBuffer_IsContiguous(v, "C"),
        PyBuffer_IsContiguous(v, "F"),
        PyBuffer_IsContiguous(v, "A"),
      ]).toEqual([l.C, l.F, l.A]);
    }
  });

  it("strides == null is C-contiguous; F only when effectively 1-d; suboffsets never", () => {
    const v = emptyPyBuffer();
    Object.assign(v, { ndim: 2, shape: [2, 3], strides: null, itemsize: 1, len: 6 });
    expect([
      PyBuffer_IsContiguous(v, "C"),
      PyBuffer_IsContiguous(v, "F"),
      PyBuffer_IsContiguous(v, "A"),
    ]).toEqual([true, false, true]);
    v.shape = [1, 3];
    v.len = 3;
    expect(PyBuffer_IsContiguous(v, "F")).toBe(true);
    v.strides = [3, 1];
    v.suboffsets = [-1, -1];
    expect([
      PyBuffer_IsContiguous(v, "C"),
      PyBuffer_IsContiguous(v, "F"),
      PyBuffer_IsContiguous(v, "A"),
    ]).toEqual([false, false, false]);
    expect(PyBuffer_IsContiguous({ ...v, suboffsets: null }, "X")).toBe(false);
  });
});

describe("PyObject_CopyData", () => {
  it("copies between exporters and checks sizes and types", () => {
    const py = transcript("PyObject_CopyData");
    const dest = PyArray_FromValues("i", [0, 0, 0, 0]);
    const src = PyArray_FromValues("i", [1, 2, 3]);
    PyObject_CopyData(dest, src);
    expect(repr(dest)).toBe(py("dest"));
    let err: unknown = null;
    try {
      PyObject_CopyData(src, dest);
    } catch (e) {
      err = e;
    }
    expect(isPyError(err, PyExc_BufferError)).toBe(true);
    expect((err as Error).message).toBe(py("PyObject_CopyData(src, dest)"));
    const one = PyLong_FromNumber(1);
    try {
      PyObject_CopyData(dest, one);
    } catch (e) {
      err = e;
    }
    expect(isPyError(err, PyExc_TypeError)).toBe(true);
    expect((err as Error).message).toBe(py("PyObject_CopyData(dest, 1)"));
    // exports were released
    expect((dest as unknown as { ob_exports: number }).ob_exports).toBe(0);
    expect((src as unknown as { ob_exports: number }).ob_exports).toBe(0);
    expect([dest.ob_refcnt, src.ob_refcnt]).toEqual([1, 1]);
    Py_DECREF(dest);
    Py_DECREF(src);
  });
});
