/**
 * References and exports held by the struct functions: every call releases
 * the buffers it took, an unpack iterator holds its buffer until exhausted
 * (CPython: resizing the bytearray meanwhile raises BufferError) or
 * deallocated, and nothing leaks in checked mode.
 */
import {
  type PyObject,
  PyLong_FromNumber,
  PyUnicode_FromString,
  Py_DECREF,
  checkpoint,
  leakReport,
  setCheckedMode,
} from "@py/object";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  type PyByteArrayObject,
  PyByteArray_FromBytes,
  PyBytes_FromBytes,
  PyInit_struct,
  struct_iter_unpack,
  struct_pack,
  struct_pack_into,
  struct_unpack,
} from "../src/index.js";
import { transcript } from "./transcript.js";

beforeEach(() => {
  setCheckedMode(true);
  checkpoint();
});
afterEach(() => setCheckedMode(false));

function next(it: PyObject): PyObject | null {
  return it.ob_type.tp_iternext!(it);
}

describe("struct references", () => {
  it("iter_unpack holds the buffer until exhausted", () => {
    const b = PyByteArray_FromBytes(new Uint8Array([97, 98, 99, 100])) as PyByteArrayObject;
    const fmt = PyUnicode_FromString("2B");
    const it = struct_iter_unpack([fmt, b], null);
    expect(b.exports).toBe(1);
    for (let k = 0; k < 2; k++) Py_DECREF(next(it)!);
    expect(b.exports).toBe(1);
    expect(next(it)).toBeNull();
    expect(b.exports).toBe(0);
    Py_DECREF(it);
    Py_DECREF(fmt);
    Py_DECREF(b);
    expect(leakReport()).toEqual([]);
  });

  it("dealloc of an unfinished iterator releases the buffer", () => {
    const b = PyByteArray_FromBytes(new Uint8Array(8)) as PyByteArrayObject;
    const fmt = PyUnicode_FromString("<I");
    const it = struct_iter_unpack([fmt, b], null);
    Py_DECREF(next(it)!);
    Py_DECREF(it);
    expect(b.exports).toBe(0);
    Py_DECREF(fmt);
    Py_DECREF(b);
    expect(leakReport()).toEqual([]);
  });

  it("pack, unpack and pack_into release everything, also on errors", () => {
    const b = PyByteArray_FromBytes(new Uint8Array(8)) as PyByteArrayObject;
    const fmt = PyUnicode_FromString("<hh");
    const one = PyLong_FromNumber(1);
    const big = PyLong_FromNumber(100000);
    const zero = PyLong_FromNumber(0);
    const packed = struct_pack([fmt, one, one], null);
    const t = struct_unpack([fmt, packed], null);
    Py_DECREF(t);
    Py_DECREF(struct_pack_into([fmt, b, zero, one, one], null));
    const py = transcript("struct errors");
    expect(() => struct_pack_into([fmt, b, zero, one, big], null)).toThrow(
      py("struct.pack_into('<hh', b, 0, 1, 100000)"),
    );
    expect(() => struct_unpack([fmt, b], null)).toThrow(py("struct.unpack('<hh', b)"));
    expect(b.exports).toBe(0);
    for (const o of [packed, fmt, one, big, zero, b]) Py_DECREF(o);
    const bytes = PyBytes_FromBytes(new Uint8Array(3));
    Py_DECREF(bytes);
    expect(leakReport()).toEqual([]);
  });

  it("builds the module", () => {
    setCheckedMode(false);
    const mod = PyInit_struct();
    expect(mod.ob_type.tp_name).toBe("module");
  });
});
