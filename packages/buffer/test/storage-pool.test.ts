/**
 * The storage pool (src/protocol/storage-pool.ts): the private memory of a
 * dead bytes object is reused by the next new bytes of a close size, unless
 * a JS window onto it escaped (PyBytes_AS_U8, PyBytes_Storage, an export, a
 * slice sharing it), in which case the window keeps showing what it showed.
 */
import { PyLong_FromNumber, PyObject_GetItem, PySlice_New, Py_DECREF } from "@py/object";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  PyBUF_SIMPLE,
  PyBuffer_Release,
  PyBuffer_SetStoragePoolLimit,
  PyBuffer_StoragePoolSize,
  PyBytes_AS_U8,
  PyBytes_FromBytes,
  type PyBytesObject,
  PyBytes_Storage,
  getBuffer,
} from "../src/index.js";

function filled(n: number, seed: number): Uint8Array {
  const u8 = new Uint8Array(n);
  for (let i = 0; i < n; i++) u8[i] = (i * 7 + seed) & 255;
  return u8;
}

function content(b: PyBytesObject): number[] {
  return Array.from(b.mem.u8.subarray(b.start, b.start + b.length));
}

let saved = 0;
beforeEach(() => {
  // An empty pool at the default limit for each test.
  saved = PyBuffer_SetStoragePoolLimit(0);
  PyBuffer_SetStoragePoolLimit(saved);
});
afterEach(() => {
  PyBuffer_SetStoragePoolLimit(saved);
});

describe("a dead bytes object's storage", () => {
  it("is reused, unzeroed, by the next bytes of the same size", () => {
    const b1 = PyBytes_FromBytes(filled(4096, 1));
    const mem = b1.mem;
    Py_DECREF(b1);
    expect(PyBuffer_StoragePoolSize()).toBe(4096);
    const b2 = PyBytes_FromBytes(filled(4096, 2));
    expect(b2.mem).toBe(mem);
    expect(content(b2)).toEqual(Array.from(filled(4096, 2)));
    expect(PyBuffer_StoragePoolSize()).toBe(0);
    Py_DECREF(b2);
  });

  it("is reused by a smaller bytes of the same size class, which reads only its own length", () => {
    const b1 = PyBytes_FromBytes(filled(1000, 1));
    const mem = b1.mem;
    Py_DECREF(b1);
    const b2 = PyBytes_FromBytes(filled(999, 3));
    expect(b2.mem).toBe(mem);
    expect(b2.length).toBe(999);
    expect(content(b2)).toEqual(Array.from(filled(999, 3)));
    Py_DECREF(b2);
  });

  it("is not used for a larger request", () => {
    const b1 = PyBytes_FromBytes(filled(1000, 1));
    const mem = b1.mem;
    Py_DECREF(b1);
    const b2 = PyBytes_FromBytes(filled(2000, 1));
    expect(b2.mem).not.toBe(mem);
    expect(PyBuffer_StoragePoolSize()).toBe(1000);
    Py_DECREF(b2);
  });

  it("leaves the dead object empty: a stale reference reads no other object's bytes", () => {
    const b1 = PyBytes_FromBytes(filled(64, 1));
    Py_DECREF(b1);
    const b2 = PyBytes_FromBytes(filled(64, 9));
    expect(b1.length).toBe(0);
    expect(content(b1)).toEqual([]);
    Py_DECREF(b2);
  });

  it("is not kept when the limit is 0", () => {
    PyBuffer_SetStoragePoolLimit(0);
    const b1 = PyBytes_FromBytes(filled(256, 1));
    const mem = b1.mem;
    Py_DECREF(b1);
    expect(PyBuffer_StoragePoolSize()).toBe(0);
    const b2 = PyBytes_FromBytes(filled(256, 1));
    expect(b2.mem).not.toBe(mem);
    Py_DECREF(b2);
  });

  it("is kept up to the limit only", () => {
    PyBuffer_SetStoragePoolLimit(4096);
    const live = Array.from({ length: 10 }, (_, k) => PyBytes_FromBytes(filled(1000, k)));
    for (const b of live) Py_DECREF(b);
    expect(PyBuffer_StoragePoolSize()).toBeLessThanOrEqual(4096);
    expect(PyBuffer_StoragePoolSize()).toBeGreaterThan(0);
  });
});

describe("a window handed out keeps its data (the storage is never reused)", () => {
  it("PyBytes_AS_U8", () => {
    const b1 = PyBytes_FromBytes(filled(4096, 1));
    const mem = b1.mem;
    const w = PyBytes_AS_U8(b1);
    Py_DECREF(b1);
    const b2 = PyBytes_FromBytes(filled(4096, 2));
    expect(b2.mem).not.toBe(mem);
    expect(Array.from(w)).toEqual(Array.from(filled(4096, 1)));
    Py_DECREF(b2);
  });

  it("PyBytes_Storage", () => {
    const b1 = PyBytes_FromBytes(filled(4096, 1));
    const s = PyBytes_Storage(b1);
    Py_DECREF(b1);
    const b2 = PyBytes_FromBytes(filled(4096, 2));
    expect(b2.mem).not.toBe(s.mem);
    expect(Array.from(s.mem.u8.subarray(s.offset, s.offset + s.length))).toEqual(Array.from(filled(4096, 1)));
    Py_DECREF(b2);
  });

  it("an export, even after its release", () => {
    const b1 = PyBytes_FromBytes(filled(4096, 1));
    const info = getBuffer(b1, PyBUF_SIMPLE);
    const w = info.buf.mem.u8.subarray(info.buf.offset, info.buf.offset + info.len);
    PyBuffer_Release(info);
    Py_DECREF(b1);
    const b2 = PyBytes_FromBytes(filled(4096, 2));
    expect(b2.mem).not.toBe(info.buf.mem);
    expect(Array.from(w)).toEqual(Array.from(filled(4096, 1)));
    Py_DECREF(b2);
  });

  it("a slice sharing the storage outlives its parent", () => {
    const b1 = PyBytes_FromBytes(filled(4096, 1));
    const mem = b1.mem;
    const lo = PyLong_FromNumber(10);
    const hi = PyLong_FromNumber(4000);
    const sl = PySlice_New(lo, hi, null);
    const s = PyObject_GetItem(b1, sl) as PyBytesObject;
    Py_DECREF(b1);
    const b2 = PyBytes_FromBytes(filled(4096, 2));
    expect(b2.mem).not.toBe(mem);
    expect(content(s)).toEqual(Array.from(filled(4096, 1).subarray(10, 4000)));
    // The slice dies too: its shared storage is still not reused.
    Py_DECREF(s);
    const b3 = PyBytes_FromBytes(filled(4096, 3));
    expect(b3.mem).not.toBe(mem);
    for (const o of [b2, b3, sl, lo, hi]) Py_DECREF(o);
  });
});
