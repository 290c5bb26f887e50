import { PyBUF_SIMPLE } from "@py/buffer";
import {
  Py_DECREF as objDECREF,
  PyFloat_FromDouble,
  PyLong_FromBigInt,
  setCheckedMode,
  str,
} from "@py/object";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  allocPyBuffer,
  capiClearReports,
  capiReports,
  fromHandle,
  initCApi,
  linearMemory,
  Py_DECREF,
  Py_True_h,
  PyBuffer_Release,
  PyByteArray_AsString,
  PyByteArray_FromStringAndSize,
  PyByteArray_Resize,
  PyByteArray_Size,
  PyBytes_AsString,
  PyBytes_FromString,
  PyBytes_FromStringAndSize,
  PyBytes_Size,
  PyLong_AsSsize_t,
  PyLong_FromSsize_t,
  PyMem_Free,
  PyMem_Malloc,
  PyObject_GetBuffer,
  PyObject_Repr,
  PyObject_Str,
  type PyObjectPtr,
  PyTuple_GetItem,
  PyTuple_Pack,
  PyTuple_Size,
  PyUnicode_AsUTF8,
  PyUnicode_FromString,
  toHandle,
} from "../src/index.js";
import { cbytes, cstr, expectClean, expectError, fx } from "./helpers.js";

beforeEach(() => {
  setCheckedMode(true);
  capiClearReports();
});
afterEach(() => {
  expectClean();
  expect(capiReports()).toEqual([]);
  setCheckedMode(false);
});

const text = (h: PyObjectPtr) => str(fromHandle(h));
const list = (_h: PyObjectPtr, n: number, p: number) => [...linearMemory().bytes(p, n)];

describe("bytes", () => {
  it("PyBytes_FromStringAndSize copies; NULL gives zeros", () => {
    const src = cstr("abcdef");
    const b = PyBytes_FromStringAndSize(src, 4);
    linearMemory().writeU8(src, 0);
    expect(list(b, 4, PyBytes_AsString(b))).toEqual(fx.PyBytes_FromStringAndSize.ok[1]);
    const z = PyBytes_FromStringAndSize(0, 3);
    expect(list(z, 3, PyBytes_AsString(z))).toEqual([0, 0, 0]);
    expect(PyBytes_FromStringAndSize(src, -1)).toBe(0);
    expectError(fx.PyBytes_FromStringAndSize.neg);
    const f = PyBytes_FromString(src + 1);
    expect(PyBytes_Size(f)).toBe(5);
    for (const h of [b, z, f]) Py_DECREF(h);
    PyMem_Free(src);
  });
  it("PyBytes_AsString points at the object's bytes; PyBytes_Size", () => {
    const b = PyBytes_FromStringAndSize(cbytes([1, 2, 3]), 3);
    const p = PyBytes_AsString(b);
    expect(PyBytes_AsString(b)).toBe(p);
    const view = allocPyBuffer();
    expect(PyObject_GetBuffer(b, view, PyBUF_SIMPLE)).toBe(0);
    expect(linearMemory().readPtr(view)).toBe(p);
    PyBuffer_Release(view);
    PyMem_Free(view);
    expect(PyBytes_Size(b)).toBe(fx.PyBytes_Size.bytes[1]);
    const e = PyBytes_FromStringAndSize(0, 0);
    expect(PyBytes_AsString(e)).not.toBe(0);
    expect(PyBytes_Size(e)).toBe(0);
    Py_DECREF(e);
    Py_DECREF(b);
  });
  it("type errors", () => {
    const n = PyLong_FromSsize_t(5);
    expect(PyBytes_Size(n)).toBe(-1);
    expectError(fx.PyBytes_Size.int);
    const ba = PyByteArray_FromStringAndSize(cstr("ab"), 2);
    expect(PyBytes_Size(ba)).toBe(-1);
    expectError(fx.PyBytes_Size.bytearray);
    expect(PyBytes_AsString(ba)).toBe(0);
    expectError(fx.PyBytes_AsString.bytearray);
    const s = PyUnicode_FromString("x");
    expect(PyBytes_AsString(s)).toBe(0);
    expectError(fx.PyBytes_AsString.str);
    for (const h of [n, ba, s]) Py_DECREF(h);
  });
});

describe("bytearray", () => {
  it("FromStringAndSize, AsString, Size", () => {
    const ba = PyByteArray_FromStringAndSize(cstr("abcdef"), 4);
    expect(PyByteArray_Size(ba)).toBe(4);
    const p = PyByteArray_AsString(ba);
    expect(list(ba, 4, p)).toEqual(fx.PyByteArray_FromStringAndSize.ok[1]);
    linearMemory().writeU8(p, 65);
    expect(text(ba)).toBe(fx.PyByteArray_AsString.write);
    expect(PyByteArray_FromStringAndSize(p, -1)).toBe(0);
    expectError(fx.PyByteArray_FromStringAndSize.neg);
    const empty = PyByteArray_FromStringAndSize(0, 0);
    const ep = PyByteArray_AsString(empty);
    expect(ep).not.toBe(0);
    expect(linearMemory().readU8(ep)).toBe(0);
    Py_DECREF(empty);
    Py_DECREF(ba);
  });
  it("PyByteArray_Resize grows with zeros, shrinks, refuses while exported", () => {
    const ba = PyByteArray_FromStringAndSize(cstr("abc"), 3);
    const view = allocPyBuffer();
    expect(PyObject_GetBuffer(ba, view, PyBUF_SIMPLE)).toBe(0);
    expect(PyByteArray_Resize(ba, 5)).toBe(-1);
    expectError(fx.PyByteArray_Resize.export);
    PyBuffer_Release(view);
    PyMem_Free(view);
    const e = fx.PyByteArray_Resize;
    expect(PyByteArray_Resize(ba, 5)).toBe(e.grow[1]);
    expect(PyByteArray_Size(ba)).toBe(e.grown_len);
    expect(list(ba, 3, PyByteArray_AsString(ba))).toEqual(e.grown_prefix);
    expect(PyByteArray_Resize(ba, 1)).toBe(e.shrink[1]);
    expect(list(ba, 1, PyByteArray_AsString(ba))).toEqual(e.shrunk);
    expect(PyByteArray_Resize(ba, 1)).toBe(e.same[1]);
    Py_DECREF(ba);
  });
  it("a non-bytearray is reported (CPython only asserts)", () => {
    const b = PyBytes_FromStringAndSize(0, 1);
    expect(PyByteArray_Size(b)).toBe(-1);
    expectError(["SystemError", "PyByteArray_Size: expected bytearray, bytes found"]);
    expect(capiReports()).toEqual(["PyByteArray_Size: expected bytearray, bytes found"]);
    capiClearReports();
    Py_DECREF(b);
  });
});

describe("int, str, tuple", () => {
  it("PyLong_FromSsize_t / PyLong_AsSsize_t", () => {
    const n = PyLong_FromSsize_t(-5);
    expect(text(n)).toBe(fx.PyLong_FromSsize_t.neg[1]);
    expect(PyLong_AsSsize_t(n)).toBe(-5);
    const big = PyLong_FromSsize_t(2 ** 40);
    expect(text(big)).toBe(fx.PyLong_FromSsize_t.big[1]);
    expect(PyLong_AsSsize_t(big)).toBe(2 ** 40);
    expect(PyLong_AsSsize_t(Py_True_h)).toBe(fx.PyLong_AsSsize_t.true[1]);
    for (const h of [n, big]) Py_DECREF(h);
    const e = fx.PyLong_AsSsize_t;
    const cases: [unknown, [string, string, string]][] = [
      [PyLong_FromBigInt(2n ** 63n), e.big],
      [PyLong_FromBigInt(-(2n ** 63n) - 1n), e.below],
      [PyFloat_FromDouble(1.5), e.float],
    ];
    for (const [o, expected] of cases) {
      const h = toHandle(o as never);
      objDECREF(o as never);
      expect(PyLong_AsSsize_t(h)).toBe(-1);
      expectError(expected);
      Py_DECREF(h);
    }
    const s = PyUnicode_FromString("x");
    expect(PyLong_AsSsize_t(s)).toBe(-1);
    expectError(e.str);
    Py_DECREF(s);
    const min = toHandle(PyLong_FromBigInt(-(2n ** 63n)));
    objDECREF(fromHandle(min));
    expect(BigInt(PyLong_AsSsize_t(min))).toBe(BigInt(e.min[1]));
    Py_DECREF(min);
  });
  it("PyLong_AsSsize_t follows the wasm32 ABI's 32-bit Py_ssize_t", () => {
    initCApi({ abi: "wasm32" });
    try {
      const h = PyLong_FromSsize_t(2 ** 31);
      expect(PyLong_AsSsize_t(h)).toBe(-1);
      expectError(["OverflowError", "Python int too large to convert to C ssize_t"]);
      Py_DECREF(h);
      const ok = PyLong_FromSsize_t(-(2 ** 31));
      expect(PyLong_AsSsize_t(ok)).toBe(-(2 ** 31));
      Py_DECREF(ok);
    } finally {
      initCApi();
    }
  });
  it("PyObject_Repr / PyObject_Str / PyUnicode", () => {
    const b = PyBytes_FromStringAndSize(cbytes([97, 39, 98, 0]), 4);
    const r = PyObject_Repr(b);
    expect(text(r)).toBe(fx.PyObject_Repr.bytes);
    const ba = PyByteArray_FromStringAndSize(cstr("xy"), 2);
    const r2 = PyObject_Repr(ba);
    expect(text(r2)).toBe(fx.PyObject_Repr.bytearray);
    const n = PyLong_FromSsize_t(-12);
    const r3 = PyObject_Str(n);
    expect(text(r3)).toBe(fx.PyObject_Repr.int);
    const u = PyUnicode_FromString(cstr("h\u00e9"));
    const p = PyUnicode_AsUTF8(u);
    expect(PyUnicode_AsUTF8(u)).toBe(p);
    expect(linearMemory().readCString(p)).toBe("h\u00e9");
    expect(PyUnicode_AsUTF8(n)).toBe(0);
    expectError(["TypeError", "bad argument type for built-in operation"]);
    for (const h of [b, r, ba, r2, n, r3, u]) Py_DECREF(h);
  });
  it("PyTuple_Pack / Size / GetItem", () => {
    const a = PyLong_FromSsize_t(1000);
    const t = PyTuple_Pack(2, a, Py_True_h);
    expect(PyTuple_Size(t)).toBe(2);
    expect(PyTuple_GetItem(t, 0)).toBe(a);
    expect(PyTuple_GetItem(t, 2)).toBe(0);
    expectError(["IndexError", "tuple index out of range"]);
    Py_DECREF(a);
    Py_DECREF(t);
  });
});

describe("checked mode: PyMem misuse", () => {
  it("double free and foreign free are reported, not fatal", () => {
    const p = PyMem_Malloc(8);
    PyMem_Free(p);
    PyMem_Free(p);
    PyMem_Free(p + 1);
    expect(capiReports()).toEqual([
      `PyMem_Free: double free of 0x${p.toString(16)}`,
      `PyMem_Free: 0x${(p + 1).toString(16)} is not a block allocated by PyMem_Malloc`,
    ]);
    capiClearReports();
  });
});
