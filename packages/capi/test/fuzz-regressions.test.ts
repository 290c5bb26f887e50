/**
 * Regression cases left by the bad-input fuzzer (fuzz/src/capi): each one a
 * call that used to throw a raw JS exception, touch memory it must not, or
 * unbalance a count, reduced to its essence.
 */
import { execFileSync } from "node:child_process";
import { PyBUF_FULL_RO, PyBUF_READ, PyBUF_SIMPLE, PyBUF_WRITE } from "@py/buffer";
import type { PyMemoryViewObject } from "@py/memoryview";
import { checkpoint, leakReport, setCheckedMode } from "@py/object";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  allocPyBuffer,
  capiClearReports,
  currentException,
  fromHandle,
  initCApi,
  linearMemory,
  Py_DECREF,
  Py_REFCNT,
  PyBuffer_FillContiguousStrides,
  PyBuffer_FillInfo,
  PyBuffer_FromContiguous,
  PyBuffer_GetPointer,
  PyBuffer_IsContiguous,
  PyBuffer_Release,
  PyBuffer_ToContiguous,
  PyByteArray_AsString,
  PyByteArray_FromStringAndSize,
  PyByteArray_Resize,
  PyByteArray_Size,
  PyBytes_FromStringAndSize,
  PyErr_Clear,
  PyErr_Fetch,
  PyErr_Occurred,
  PyErr_Restore,
  PyErr_SetString,
  PyExc_ValueError_h,
  PyLong_FromSsize_t,
  PyMem_Calloc,
  PyMem_Free,
  PyUnicode_FromString,
  PyMem_Malloc,
  PyMem_Realloc,
  PyMemoryView_FromBuffer,
  PyMemoryView_FromMemory,
  PyObject_GetBuffer,
  type PyObjectPtr,
} from "../src/index.js";
import { cbytes, expectClean } from "./helpers.js";

const L = () => linearMemory().abi.pyBuffer;
const m = () => linearMemory();

beforeEach(() => {
  setCheckedMode(true);
  capiClearReports();
  checkpoint();
});
afterEach(() => {
  expectClean();
  expect(leakReport()).toEqual([]);
  capiClearReports();
  setCheckedMode(false);
});

/** Asserts a SystemError whose message contains `part`, and clears it. */
function expectSystemError(part: string): void {
  const e = currentException();
  expect(e?.ob_type.tp_name).toBe("SystemError");
  expect(e?.message ?? "").toContain(part);
  expect(e?.message ?? "").not.toContain("internal error");
  PyErr_Clear();
}

/** A struct describing `len` bytes at `buf` with the given layout (obj NULL), and its arrays. */
function forged(f: {
  buf: number;
  len: number;
  itemsize: number;
  ndim: number;
  shape?: number[] | null;
  strides?: number[] | null;
  suboffsets?: number[] | null;
  format?: string | null;
}): { view: number; free: () => void } {
  const view = allocPyBuffer();
  const blocks: number[] = [view];
  const arr = (xs: number[] | null | undefined): number => {
    if (xs == null) return 0;
    const a = PyMem_Malloc(xs.length * 8 + 8);
    m().writeSsizeArray(a, xs);
    blocks.push(a);
    return a;
  };
  const M = m();
  M.writePtr(view + L().buf, f.buf);
  M.writeSsize(view + L().len, f.len);
  M.writeSsize(view + L().itemsize, f.itemsize);
  M.writeI32(view + L().ndim, f.ndim);
  M.writePtr(view + L().shape, arr(f.shape));
  M.writePtr(view + L().strides, arr(f.strides));
  M.writePtr(view + L().suboffsets, arr(f.suboffsets));
  if (f.format != null) {
    const s = M.allocCString(f.format);
    blocks.push(s);
    M.writePtr(view + L().format, s);
  }
  return {
    view,
    free: () => {
      for (const b of blocks) PyMem_Free(b);
    },
  };
}

describe("addresses and sizes that are not integers are refused (were truncated)", () => {
  it("PyObject_GetBuffer into view + 0.5 writes nothing and holds no export", () => {
    const data = cbytes([1, 2, 3]);
    const b = PyBytes_FromStringAndSize(data, 3);
    const view = allocPyBuffer();
    const before = m().copyOut(view, L().size);
    expect(PyObject_GetBuffer(b, view + 0.5, PyBUF_SIMPLE)).toBe(-1);
    expectSystemError("outside the linear memory");
    expect(m().copyOut(view, L().size)).toEqual(before);
    expect(Py_REFCNT(b)).toBe(1);
    Py_DECREF(b);
    PyMem_Free(view);
    PyMem_Free(data);
  });

  it("PyBytes_FromStringAndSize and PyMemoryView_FromMemory at a fractional address", () => {
    const data = cbytes([1, 2, 3, 4]);
    expect(PyBytes_FromStringAndSize(data + 0.5, 2)).toBe(0);
    expectSystemError("outside the linear memory");
    expect(PyMemoryView_FromMemory(data + 0.5, 2, PyBUF_READ)).toBe(0);
    expectSystemError("outside the linear memory");
    PyMem_Free(data);
  });

  it("PyMem_Malloc/Calloc take size_t: negative, fractional or overflowing sizes give NULL", () => {
    expect(PyMem_Malloc(1.5)).toBe(0);
    expect(PyMem_Calloc(-1, -1)).toBe(0);
    expect(PyMem_Calloc(51.5, 9)).toBe(0);
    expect(PyMem_Calloc(2 ** 40, 2 ** 40)).toBe(0);
    const p = PyMem_Malloc(16);
    expect(PyMem_Realloc(p, 13.5)).toBe(0);
    expect(PyMem_Realloc(p, -1)).toBe(0);
    PyMem_Free(p);
    expect(PyErr_Occurred()).toBe(0);
  });
});

describe("values that do not fit a C field are refused, not wrapped", () => {
  it("PyBuffer_FillInfo with len -Infinity or a buf past 2**32 (wasm32): SystemError, no reference taken", () => {
    const data = cbytes([1]);
    const b = PyBytes_FromStringAndSize(data, 1);
    const view = allocPyBuffer();
    expect(PyBuffer_FillInfo(view, b, data, Number.NEGATIVE_INFINITY, 1, 0)).toBe(-1);
    expectSystemError("invalid len");
    expect(PyBuffer_FillInfo(view, b, 2 ** 53 + 16, 1, 1, 0)).toBe(-1);
    expectSystemError("invalid buf");
    expect(Py_REFCNT(b)).toBe(1);
    expect(m().readPtr(view + L().obj)).toBe(0);
    Py_DECREF(b);
    PyMem_Free(view);
    PyMem_Free(data);
    const mem = initCApi({ abi: "wasm32" });
    try {
      const v = allocPyBuffer();
      expect(PyBuffer_FillInfo(v, 0 as PyObjectPtr, 2 ** 32 + 16, 1, 1, 0)).toBe(-1);
      expectSystemError("invalid buf");
      expect(() => mem.writePtr(v, 2 ** 32 + 16)).toThrow(/does not fit a wasm32 pointer/);
      expect(() => mem.writeSsize(v, 2 ** 31)).toThrow(/does not fit a wasm32 Py_ssize_t/);
      expect(mem.readPtr(v)).toBe(0);
      PyMem_Free(v);
    } finally {
      initCApi();
    }
  });
});

describe("error indicator", () => {
  it("PyErr_Restore steals its references even when the type is not an exception class", () => {
    const t = PyLong_FromSsize_t(10 ** 12);
    const v = PyLong_FromSsize_t(10 ** 13);
    const tObj = fromHandle(t);
    PyErr_Restore(t, v, 0 as PyObjectPtr);
    expectSystemError("is not a BaseException subclass");
    expect(tObj.ob_refcnt).toBe(0);
  });

  it("PyErr_Fetch with one bad out-parameter writes none of them and hands out nothing", () => {
    PyErr_SetString(PyExc_ValueError_h, "x");
    const slots = PyMem_Calloc(2, 8);
    m().writePtr(slots, 0x1234);
    const [t, v] = PyErr_Fetch(slots, 7, 0);
    expect([t, v]).toEqual([0, 0]);
    expect(m().readPtr(slots)).toBe(0x1234);
    expectSystemError("NULL pointer dereference");
    PyMem_Free(slots);
  });
});

describe("allocation failures are MemoryError (were RangeError → internal error)", () => {
  it("PyBytes/PyByteArray_FromStringAndSize(NULL, 2**39)", () => {
    expect(PyBytes_FromStringAndSize(0, 2 ** 39)).toBe(0);
    expect(currentException()?.ob_type.tp_name).toBe("MemoryError");
    PyErr_Clear();
    expect(PyByteArray_FromStringAndSize(0, 2 ** 53)).toBe(0);
    expect(currentException()?.ob_type.tp_name).toBe("MemoryError");
    PyErr_Clear();
  });

  it("PyByteArray_Resize(ba, 2**39) fails cleanly: bytes and length unchanged, nothing leaked", () => {
    const data = cbytes([5, 6, 7]);
    const ba = PyByteArray_FromStringAndSize(data, 3);
    expect(PyByteArray_Resize(ba, 2 ** 39)).toBe(-1);
    expect(currentException()?.ob_type.tp_name).toBe("MemoryError");
    PyErr_Clear();
    expect(PyByteArray_Size(ba)).toBe(3);
    expect([...m().copyOut(PyByteArray_AsString(ba), 3)]).toEqual([5, 6, 7]);
    // grow after a shrink in place: the new bytes are zero
    expect(PyByteArray_Resize(ba, 1)).toBe(0);
    expect(PyByteArray_Resize(ba, 3)).toBe(0);
    expect([...m().copyOut(PyByteArray_AsString(ba), 3)]).toEqual([5, 0, 0]);
    Py_DECREF(ba);
    PyMem_Free(data);
  });
});

describe("PyBuffer_FillContiguousStrides", () => {
  it("nd <= 0 writes nothing; nd out of range or a short shape is a SystemError", () => {
    const out = PyMem_Calloc(4, 8);
    PyBuffer_FillContiguousStrides(-1, [2, 3], out, 1, "C");
    expect(PyErr_Occurred()).toBe(0);
    PyBuffer_FillContiguousStrides(1e9, [2, 3], out, 1, "C");
    expectSystemError("out of range");
    PyBuffer_FillContiguousStrides(3, [2, 3], out, 1, "C");
    expectSystemError("shape entries needed");
    expect([...m().copyOut(out, 32)].every((x) => x === 0)).toBe(true);
    PyMem_Free(out);
  });

  it("a destination running off the memory is refused before anything is written", () => {
    const end = m().heap.byteLength;
    const last = end - 8;
    const before = m().readI64(last);
    PyBuffer_FillContiguousStrides(2, [2, 3], last, 1, "C");
    expectSystemError("outside the linear memory");
    expect(m().readI64(last)).toBe(before);
  });

  it("products wrap around like C's Py_ssize_t", () => {
    const strides: number[] = [0, 0, 0];
    PyBuffer_FillContiguousStrides(3, [2 ** 40, 2 ** 40, 2 ** 30], strides, 8, "F");
    expect(PyErr_Occurred()).toBe(0);
    expect(strides).toEqual([8, 2 ** 43, 0]);
  });
});

describe("forged Py_buffer structs are checked before their items are touched", () => {
  it("strides reaching past the memory: ToContiguous, FromContiguous, GetPointer refuse", () => {
    const data = PyMem_Calloc(1, 64);
    const { view, free } = forged({
      buf: data,
      len: 4,
      itemsize: 1,
      ndim: 1,
      shape: [4],
      strides: [2 ** 40],
    });
    const dst = PyMem_Calloc(1, 16);
    expect(PyBuffer_ToContiguous(dst, view, 4, "C")).toBe(-1);
    expectSystemError("items outside the memory");
    expect(PyBuffer_FromContiguous(view, dst, 4, "C")).toBe(-1);
    expectSystemError("items outside the memory");
    expect(PyBuffer_GetPointer(view, [3])).toBe(0);
    expectSystemError("item outside the memory");
    expect(PyBuffer_GetPointer(view, [0])).toBe(data);
    expect(PyMemoryView_FromBuffer(view)).toBe(0);
    expectSystemError("items outside the memory");
    free();
    PyMem_Free(dst);
    PyMem_Free(data);
  });

  it("a shape whose product overflows, or len != product(shape) * itemsize, is refused", () => {
    const data = PyMem_Calloc(1, 64);
    const dst = PyMem_Calloc(1, 64);
    const a = forged({ buf: data, len: 0, itemsize: 1, ndim: 2, shape: [2 ** 32, 2 ** 32], strides: [0, 0] });
    expect(PyBuffer_ToContiguous(dst, a.view, 0, "C")).toBe(-1);
    expectSystemError("product(shape)");
    a.free();
    const b = forged({ buf: data, len: 2, itemsize: 1, ndim: 1, shape: [8], strides: [1] });
    expect(PyBuffer_ToContiguous(dst, b.view, 2, "F")).toBe(-1);
    expectSystemError("product(shape)");
    b.free();
    PyMem_Free(dst);
    PyMem_Free(data);
  });

  it("a garbage ndim, or a missing shape with several dimensions, is a SystemError", () => {
    const data = PyMem_Calloc(1, 64);
    const a = forged({ buf: data, len: 8, itemsize: 1, ndim: 2 ** 31 - 1, shape: [8] });
    expect(PyBuffer_IsContiguous(a.view, "C")).toBe(0);
    expectSystemError("ndim 2147483647 out of range");
    a.free();
    const b = forged({ buf: data, len: 8, itemsize: 1, ndim: 2, shape: null });
    expect(PyBuffer_IsContiguous(b.view, "F")).toBe(0);
    expectSystemError("shape is NULL");
    const dst = PyMem_Calloc(1, 8);
    expect(PyBuffer_ToContiguous(dst, b.view, 8, "F")).toBe(-1);
    expectSystemError("shape is NULL");
    b.free();
    const c = forged({ buf: data, len: 8, itemsize: 1, ndim: 1, shape: null, strides: [1] });
    expect(PyBuffer_FromContiguous(c.view, dst, 8, "F")).toBe(-1);
    expectSystemError("without shape");
    c.free();
    PyMem_Free(dst);
    PyMem_Free(data);
  });

  it("PIL pointers leading outside the memory are refused", () => {
    const data = PyMem_Calloc(1, 64);
    // one pointer slot at data holding an offset far past the heap
    m().writeI64(data, 2n ** 40n);
    const { view, free } = forged({
      buf: data,
      len: 1,
      itemsize: 1,
      ndim: 1,
      shape: [1],
      strides: [8],
      suboffsets: [0],
    });
    const dst = PyMem_Calloc(1, 8);
    expect(PyBuffer_ToContiguous(dst, view, 1, "C")).toBe(-1);
    expectSystemError("items outside the memory");
    expect(PyBuffer_GetPointer(view, [0])).toBe(0);
    expectSystemError("item outside the memory");
    free();
    PyMem_Free(dst);
    PyMem_Free(data);
  });

  it("a stride past 2**53 of a dimension of at most one item is accepted, as CPython does (no SystemError)", () => {
    const data = PyMem_Calloc(1, 8);
    const { view, free } = forged({
      buf: data,
      len: 0,
      itemsize: 2,
      ndim: 2,
      shape: [1, 0],
      strides: [0, 3],
    });
    // strides[0] = -2**62 (the helper writes safe integers only)
    m().writeI64(m().readPtr(view + L().strides), -(2n ** 62n));
    const mv = PyMemoryView_FromBuffer(view);
    expect(mv).not.toBe(0);
    expect(PyErr_Occurred()).toBe(0);
    const strides = (fromHandle(mv) as PyMemoryViewObject).view.strides;
    expect(strides).toEqual([-(2 ** 62), 3]);
    Py_DECREF(mv);
    free();
    PyMem_Free(data);
  });

  it("an item-wise PyBuffer_ToContiguous of 2**62 items of 4 bytes (a product that wraps to len 0) is refused, nothing written", () => {
    // Found by the C-API fuzzer (seed 90417): CPython's Py_ssize_t product wraps to 0 == len, but
    // an order that is not contiguous (none of C, F, A) copies item by item, every one of them.
    const data = PyMem_Calloc(1, 8);
    const dst = PyMem_Malloc(16);
    m().bytes(dst, 16).fill(0xab);
    const { view, free } = forged({ buf: data, len: 0, itemsize: 4, ndim: 1, shape: [0], strides: [0] });
    m().writeI64(m().readPtr(view + L().shape), 2n ** 62n);
    // len 0 is C- and F-contiguous: nothing to copy, as CPython's memcpy of 0 bytes
    expect(PyBuffer_ToContiguous(dst, view, 0, "C")).toBe(0);
    expect(PyErr_Occurred()).toBe(0);
    expect(PyBuffer_ToContiguous(dst, view, 0, 0xff)).toBe(-1);
    expectSystemError("len 0 != product(shape) * itemsize (18446744073709551616)");
    expect([...m().bytes(dst, 16)].every((x) => x === 0xab)).toBe(true);
    free();
    PyMem_Free(dst);
    PyMem_Free(data);
  });

  it("checking a PIL layout is bounded: a huge outer dimension does not hang the check", () => {
    const data = PyMem_Calloc(1, 64);
    const dst = PyMem_Calloc(1, 8);
    // no items: nothing to read, accepted at once
    const a = forged({
      buf: data,
      len: 0,
      itemsize: 1,
      ndim: 2,
      shape: [2 ** 31, 0],
      strides: [0, 1],
      suboffsets: [-1, 0],
    });
    expect(PyBuffer_ToContiguous(dst, a.view, 0, "C")).toBe(0);
    a.free();
    // 2**31 pointers to follow (all the same one, to data + 16): refused after a bounded number
    m().writeI64(data, BigInt(data + 16));
    const b = forged({
      buf: data,
      len: 2 ** 31,
      itemsize: 1,
      ndim: 2,
      shape: [2 ** 31, 1],
      strides: [0, 0],
      suboffsets: [-1, 0],
    });
    const t = performance.now();
    expect(PyMemoryView_FromBuffer(b.view)).toBe(0);
    expectSystemError("too many suboffset pointers");
    expect(performance.now() - t).toBeLessThan(2000);
    b.free();
    PyMem_Free(dst);
    PyMem_Free(data);
  });

  it("PIL pointers before an empty dimension are checked too (tolist() follows them)", () => {
    const end = m().heap.byteLength;
    // shape [2, 0]: no items, but the two pointers at buf are read; buf is 4 bytes before the end
    const { view, free } = forged({
      buf: end - 4,
      len: 0,
      itemsize: 4,
      ndim: 2,
      shape: [2, 0],
      strides: [0, 4],
      suboffsets: [0, -1],
    });
    expect(PyMemoryView_FromBuffer(view)).toBe(0);
    expectSystemError("suboffset pointer outside the memory");
    free();
  });

  it("PyMemoryView_FromBuffer: the format must fit the itemsize (items would be read past their end)", () => {
    const end = m().heap.byteLength;
    const a = forged({ buf: end, len: 0, itemsize: 0, ndim: 0 });
    expect(PyMemoryView_FromBuffer(a.view)).toBe(0);
    expectSystemError("itemsize 0");
    a.free();
    const data = PyMem_Calloc(1, 8);
    const b = forged({ buf: data, len: 8, itemsize: 1, ndim: 1, shape: [8], strides: [1], format: "q" });
    expect(PyMemoryView_FromBuffer(b.view)).toBe(0);
    expectSystemError("has item size 8, itemsize is 1");
    b.free();
    PyMem_Free(data);
  });
});

describe("valid structs keep working", () => {
  it("GetBuffer + ToContiguous/FromContiguous + a writable FromMemory view", () => {
    const data = cbytes([1, 2, 3, 4]);
    const ba = PyByteArray_FromStringAndSize(data, 4);
    const view = allocPyBuffer();
    expect(PyObject_GetBuffer(ba, view, PyBUF_FULL_RO)).toBe(0);
    const dst = PyMem_Calloc(1, 4);
    expect(PyBuffer_ToContiguous(dst, view, 4, "C")).toBe(0);
    expect([...m().copyOut(dst, 4)]).toEqual([1, 2, 3, 4]);
    m().copyIn(dst, Uint8Array.from([9, 8, 7, 6]));
    expect(PyBuffer_FromContiguous(view, dst, 4, "F")).toBe(0);
    PyBuffer_Release(view);
    expect([...m().copyOut(PyByteArray_AsString(ba), 4)]).toEqual([9, 8, 7, 6]);
    const mv = PyMemoryView_FromMemory(dst, 4, PyBUF_WRITE);
    expect(mv).not.toBe(0);
    Py_DECREF(mv);
    Py_DECREF(ba);
    for (const p of [view, dst, data]) PyMem_Free(p);
  });
});

describe("checked mode's read-only export check leaves memory C lent as C wrote it", () => {
  it("a Py_buffer filled inside C memory exported read-only is not put back at the export's release", () => {
    // Found by the C-API fuzzer (seed 849132097): a read-only memoryview of a C block that holds
    // a Py_buffer; GetBuffer filled that struct, and releasing the memoryview's export restored
    // the block as it was, clearing the struct's obj: its export was never ended.
    const block = PyMem_Calloc(1, 96);
    const mv = PyMemoryView_FromMemory(block, 96, PyBUF_READ);
    const outer = allocPyBuffer();
    expect(PyObject_GetBuffer(mv, outer, PyBUF_SIMPLE)).toBe(0);
    const data = cbytes([1, 2, 3]);
    const b = PyBytes_FromStringAndSize(data, 3);
    expect(PyObject_GetBuffer(b, block, PyBUF_SIMPLE)).toBe(0);
    expect(Py_REFCNT(b)).toBe(2);
    PyBuffer_Release(outer);
    expect(m().readPtr(block + L().obj)).toBe(b);
    PyBuffer_Release(block);
    expect(Py_REFCNT(b)).toBe(1);
    Py_DECREF(b);
    Py_DECREF(mv);
    for (const p of [outer, block, data]) PyMem_Free(p);
  });
});

describe("PyUnicode_FromString decodes UTF-8 strictly (was: replacement characters)", () => {
  it("invalid UTF-8 returns NULL with CPython's UnicodeDecodeError", () => {
    // CPython's message for the same bytes, through ctypes.
    const want = execFileSync(
      "python3",
      [
        "-c",
        "import ctypes\nf = ctypes.pythonapi.PyUnicode_FromString\nf.restype = ctypes.py_object\ntry: f(b'a\\xffb')\nexcept Exception as e: print(type(e).__name__ + ': ' + str(e))",
      ],
      { encoding: "utf8" },
    ).trim();
    const p = cbytes([0x61, 0xff, 0x62, 0]);
    expect(PyUnicode_FromString(p)).toBe(0);
    const e = currentException();
    expect(`${e?.ob_type.tp_name}: ${e?.message}`).toBe(want);
    PyErr_Clear();
    const ok = cbytes([0xc3, 0xa9, 0]);
    const s = PyUnicode_FromString(ok);
    expect(s).not.toBe(0);
    expect(PyErr_Occurred()).toBe(0);
    Py_DECREF(s);
    PyMem_Free(p);
    PyMem_Free(ok);
  });
});
