import { PyExc_TypeError, PyLong_FromNumber, PyObject, PyTypeObject, Py_DECREF, isPyError } from "@py/object";
import { describe, expect, it } from "vitest";
import {
  LAYOUT_C,
  LAYOUT_F,
  LAYOUT_PIL,
  PyBUF_CONTIG,
  PyBUF_FULL_RO,
  PyBUF_RECORDS,
  PyBUF_SIMPLE,
  PyBUF_STRIDES,
  PyBUF_WRITABLE,
  PyBuffer_FillInfo,
  PyBuffer_IsContiguous,
  PyBuffer_Release,
  PyMemory,
  PyObject_CheckBuffer,
  PyObject_GetBuffer,
  type Py_buffer,
  emptyPyBuffer,
  getBuffer,
  layoutFlags,
} from "../src/index.js";
import { transcript } from "./transcript.js";
import { baseBuffer, requestCases, requestRows } from "./request-matrix.js";

describe("request matrix (fixtures from _testbuffer)", () => {
  it.each(requestRows)("%s %s", (_l, _f, c) => {
    const base = baseBuffer(c.base);
    // PyBuffer_IsContiguous against CPython's is_contiguous()
    expect([
      PyBuffer_IsContiguous(base, "C"),
      PyBuffer_IsContiguous(base, "F"),
      PyBuffer_IsContiguous(base, "A"),
    ]).toEqual(c.base.is_c);
    // fillRequestedView with memoryview's and ndarray's messages: their packages' getbuf tests
  });

  it("layoutFlags follows the generic rules", () => {
    for (const c of requestCases) {
      if (c.layout === "2d_pil" || c.layout === "1d_pil") continue; // add_suboffsets leaves stale flags
      const f = layoutFlags(baseBuffer(c.base));
      expect([(f & LAYOUT_C) !== 0, (f & LAYOUT_F) !== 0, (f & LAYOUT_PIL) !== 0]).toEqual(c.base.nd);
    }
  });
});

/** A minimal exporter of `size` bytes that counts exports. */
class Blob extends PyObject {
  mem = new PyMemory(8);
  exports = 0;
  releases = 0;
  readonlyFlag = false;
}
const BlobType = new PyTypeObject({
  name: "blob",
  as_buffer: {
    bf_getbuffer(o, view, flags) {
      const b = o as Blob;
      PyBuffer_FillInfo(view as Py_buffer, b, { mem: b.mem, offset: 0 }, 8, b.readonlyFlag, flags);
      b.exports++;
    },
    bf_releasebuffer(o) {
      (o as Blob).exports--;
      (o as Blob).releases++;
    },
  },
});

describe("PyObject_GetBuffer / PyBuffer_Release", () => {
  it("rejects non-exporters with CPython's message", () => {
    const one = PyLong_FromNumber(1);
    expect(PyObject_CheckBuffer(one)).toBe(false);
    expect(() => getBuffer(one, PyBUF_SIMPLE)).toThrow(transcript("getbuffer")("struct.unpack('b', 1)"));
    try {
      getBuffer(one, PyBUF_SIMPLE);
    } catch (e) {
      expect(isPyError(e, PyExc_TypeError)).toBe(true);
    }
  });

  it("fills, counts, releases once", () => {
    const b = new Blob(BlobType);
    expect(PyObject_CheckBuffer(b)).toBe(true);
    const v = getBuffer(b, PyBUF_FULL_RO);
    expect(b.ob_refcnt).toBe(2);
    expect(b.exports).toBe(1);
    expect(v.obj).toBe(b);
    expect(v.format).toBe("B");
    expect(v.shape).toEqual([8]);
    expect(v.strides).toEqual([1]);
    expect(v.ndim).toBe(1);
    expect(v.released).toBe(false);
    PyBuffer_Release(v);
    expect(v.obj).toBe(null);
    expect(v.released).toBe(true);
    expect(b.exports).toBe(0);
    expect(b.ob_refcnt).toBe(1);
    // a second release is a no-op (obj is null), as in CPython
    PyBuffer_Release(v);
    expect(b.releases).toBe(1);
    expect(b.ob_refcnt).toBe(1);
    Py_DECREF(b);
  });

  it("PyBuffer_FillInfo nulls what the request lacks", () => {
    const b = new Blob(BlobType);
    const v = emptyPyBuffer();
    PyObject_GetBuffer(b, v, PyBUF_SIMPLE);
    expect([v.format, v.shape, v.strides, v.suboffsets, v.ndim, v.itemsize, v.len]).toEqual([
      null,
      null,
      null,
      null,
      1,
      1,
      8,
    ]);
    PyBuffer_Release(v);
    PyObject_GetBuffer(b, v, PyBUF_STRIDES);
    expect([v.format, v.shape, v.strides]).toEqual([null, [8], [1]]);
    PyBuffer_Release(v);
    PyObject_GetBuffer(b, v, PyBUF_CONTIG);
    expect([v.format, v.shape, v.strides]).toEqual([null, [8], null]);
    PyBuffer_Release(v);
  });

  it("PyBuffer_FillInfo refuses writable requests on read-only data", () => {
    const b = new Blob(BlobType);
    b.readonlyFlag = true;
    const cases: [number, string][] = [
      [PyBUF_WRITABLE, "ndarray(b'ab', getbuf=PyBUF_WRITABLE)"],
      [PyBUF_RECORDS, "ndarray(b'ab', getbuf=PyBUF_RECORDS)"],
    ];
    for (const [fl, line] of cases) expect(() => getBuffer(b, fl)).toThrow(transcript("getbuffer")(line));
    expect(b.ob_refcnt).toBe(1);
    expect(b.exports).toBe(0);
    const v = getBuffer(b, PyBUF_SIMPLE);
    expect(v.readonly).toBe(true);
    PyBuffer_Release(v);
  });
});
