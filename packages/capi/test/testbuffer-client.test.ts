/**
 * Façade behaviour `_testbuffer` (its first real client) relies on:
 * - `PyBuffer_GetPointer` on a scalar view (ndim 0, no strides) returns
 *   `view->buf`, as CPython's loop over zero dimensions does;
 * - `PyBuffer_Release` of a view a legacy exporter filled with `obj == NULL`
 *   (`_testbuffer.staticarray(legacy_mode=True)`) releases nothing in C, but
 *   the façade frees the blocks it wrote for the struct and forgets the export.
 */
import { PyBUF_FULL_RO, PyBUF_SIMPLE, PyMemory, type Py_buffer } from "@py/buffer";
import { PyObject, PyTypeObject, setCheckedMode } from "@py/object";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  allocPyBuffer,
  capiCheckpoint,
  capiClearReports,
  capiLiveCounts,
  capiReports,
  linearMemory,
  PyBuffer_GetPointer,
  PyBuffer_Release,
  PyMem_Free,
  PyObject_GetBuffer,
  toHandle,
  Py_DECREF,
} from "../src/index.js";
import { expectNoError } from "./helpers.js";

/** A legacy exporter: one static 4-byte buffer, `view.obj` left NULL; `scalar` makes it ndim 0. */
function legacyType(scalar: boolean): PyTypeObject {
  const mem = new PyMemory(4);
  mem.u8.set([1, 2, 3, 4]);
  return new PyTypeObject({
    name: scalar ? "legacyscalar" : "legacyarray",
    as_buffer: {
      bf_getbuffer: (_o: PyObject, v: object, _flags: number) => {
        const view = v as Py_buffer;
        view.buf = { mem, offset: scalar ? 2 : 0 };
        view.len = scalar ? 1 : 4;
        view.itemsize = 1;
        view.readonly = true;
        view.ndim = scalar ? 0 : 1;
        view.format = "B";
        view.shape = scalar ? null : [4];
        view.strides = scalar ? null : [1];
        view.suboffsets = null;
        view.internal = null;
        view.obj = null; // legacy: no owner
      },
    },
  });
}

beforeEach(() => {
  setCheckedMode(true);
  capiClearReports();
  capiCheckpoint();
});
afterEach(() => setCheckedMode(false));

describe("the façade as _testbuffer uses it", () => {
  it("PyBuffer_GetPointer on a scalar view is view->buf", () => {
    const h = toHandle(new PyObject(legacyType(true)));
    const view = allocPyBuffer();
    expect(PyObject_GetBuffer(h, view, PyBUF_FULL_RO)).toBe(0);
    const m = linearMemory();
    const buf = m.readPtr(view + m.abi.pyBuffer.buf);
    expect(PyBuffer_GetPointer(view, [])).toBe(buf);
    expectNoError();
    expect(m.readU8(buf)).toBe(3);
    PyBuffer_Release(view);
    PyMem_Free(view);
    Py_DECREF(h);
    expect(capiCheckpoint()).toEqual([]);
  });

  it("PyBuffer_Release of a legacy (obj == NULL) view frees the struct's blocks", () => {
    const before = capiLiveCounts();
    const h = toHandle(new PyObject(legacyType(false)));
    const view = allocPyBuffer();
    for (const flags of [PyBUF_FULL_RO, PyBUF_SIMPLE]) {
      expect(PyObject_GetBuffer(h, view, flags)).toBe(0);
      expect(capiLiveCounts().exports).toBe(before.exports + 1);
      PyBuffer_Release(view);
      expectNoError();
      expect(capiLiveCounts().exports).toBe(before.exports);
      PyBuffer_Release(view); // a no-op, as in C
    }
    PyMem_Free(view);
    Py_DECREF(h);
    expect(capiLiveCounts()).toEqual(before);
    expect(capiCheckpoint()).toEqual([]);
    expect(capiReports()).toEqual([]);
  });
});
