import { PyBytes_FromBytes } from "@py/buffer";
import {
  PyExc_TypeError,
  PyExc_ValueError,
  Py_DECREF as objDECREF,
  PyLong_FromNumber,
  PyUnicode_FromString as objUnicode,
  setCheckedMode,
} from "@py/object";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  borrowHandle,
  capiClearReports,
  capiReports,
  fromHandle,
  type PyObjectPtr,
  PyErr_Clear,
  PyErr_ExceptionMatches,
  PyErr_Fetch,
  PyErr_GivenExceptionMatches,
  PyErr_NoMemory,
  PyErr_Occurred,
  PyErr_Restore,
  PyErr_SetNone,
  PyErr_SetObject,
  PyErr_SetString,
  PyExc,
  PyExc_Exception_h,
  PyExc_TypeError_h,
  PyExc_ValueError_h,
  linearMemory,
  PyMem_Free,
  PyMem_Malloc,
  Py_DECREF,
  Py_INCREF,
  Py_IS_TYPE,
  Py_NewRef,
  Py_None_h,
  Py_REFCNT,
  Py_RETURN_NONE,
  Py_TYPE,
  Py_XDECREF,
  Py_XINCREF,
  PyBytes_FromStringAndSize,
  PyTuple_Pack,
  raiseIfError,
  stealHandle,
  toHandle,
  unwrapResult,
} from "../src/index.js";
import { cbytes, expectClean, expectError } from "./helpers.js";

beforeEach(() => {
  setCheckedMode(true);
  capiClearReports();
});
afterEach(() => {
  expectClean();
  setCheckedMode(false);
});

describe("handles", () => {
  it("one object has one handle; NULL is 0; handles are not small numbers", () => {
    const b = PyBytes_FromBytes(new Uint8Array([1]));
    const h1 = toHandle(b);
    const h2 = toHandle(b);
    expect(h1).toBe(h2);
    expect(h1).toBeGreaterThanOrEqual(2 ** 20);
    expect(Py_REFCNT(h1)).toBe(3);
    Py_DECREF(h1);
    Py_DECREF(h2);
    expect(b.ob_refcnt).toBe(1);
    objDECREF(b);
  });
  it("Py_INCREF / Py_DECREF act on ob_refcnt and deallocate at zero", () => {
    const h = PyBytes_FromStringAndSize(0, 3);
    const o = fromHandle(h);
    expect(Py_REFCNT(h)).toBe(1);
    Py_INCREF(h);
    Py_XINCREF(h);
    expect(o.ob_refcnt).toBe(3);
    expect(Py_NewRef(h)).toBe(h);
    Py_DECREF(h);
    Py_XDECREF(h);
    Py_DECREF(h);
    Py_XDECREF(0 as PyObjectPtr);
    Py_XINCREF(0 as PyObjectPtr);
    expect(Py_REFCNT(h)).toBe(1);
    Py_DECREF(h);
    expect(o.ob_refcnt).toBe(0);
  });
  it("a stale handle is detected, never aliased, and reported", () => {
    const h = PyBytes_FromStringAndSize(cbytes([97, 98]), 2);
    Py_DECREF(h);
    // the slot is reused by another object under a new generation
    const other = PyBytes_FromStringAndSize(0, 1);
    expect(other).not.toBe(h);
    expect(Py_REFCNT(h)).toBe(-1);
    expectError([
      "SystemError",
      `Py_REFCNT: stale PyObject* 0x${h.toString(16)}: the bytes object b'ab' it referred to was deallocated`,
    ]);
    Py_DECREF(h);
    expectError([
      "SystemError",
      `Py_DECREF: decref below zero of the deallocated bytes object b'ab' (0x${h.toString(16)})`,
    ]);
    expect(capiReports()).toEqual([
      `Py_REFCNT: stale PyObject* 0x${h.toString(16)}: the bytes object b'ab' it referred to was deallocated`,
      `Py_DECREF: decref below zero of the deallocated bytes object b'ab' (0x${h.toString(16)})`,
    ]);
    Py_DECREF(other);
  });
  it("forged handles are rejected", () => {
    for (const bad of [1, 12345, 2 ** 20 + 99999, -4, 0.5, 2 ** 45]) {
      expect(Py_TYPE(bad as PyObjectPtr)).toBe(0);
      expectError([
        "SystemError",
        `Py_TYPE: invalid PyObject* 0x${bad.toString(16)}: not a handle of a live object`,
      ]);
    }
    expect(Py_REFCNT(0 as PyObjectPtr)).toBe(-1);
    expectError(["SystemError", "Py_REFCNT: bad argument to internal function (NULL PyObject*)"]);
    expect(capiReports().length).toBe(7);
  });
  it("an object deallocated by TypeScript code makes its handle stale", () => {
    const o = objUnicode("tmp");
    const h = borrowHandle(o);
    expect(Py_IS_TYPE(h, Py_TYPE(h))).toBe(1);
    objDECREF(o);
    expect(Py_REFCNT(h)).toBe(-1);
    expectError([
      "SystemError",
      `Py_REFCNT: stale PyObject* 0x${h.toString(16)}: the str object it referred to was deallocated`,
    ]);
  });
  it("toHandle / stealHandle / unwrapResult move ownership", () => {
    const n = PyLong_FromNumber(10 ** 6);
    const h = toHandle(n);
    objDECREF(n); // the handle now holds the only reference
    expect(Py_REFCNT(h)).toBe(1);
    const back = stealHandle(h);
    expect(back).toBe(n);
    objDECREF(back);
    const r = unwrapResult(PyBytes_FromStringAndSize(0, 2));
    expect(r.ob_refcnt).toBe(1);
    objDECREF(r);
    expect(() => unwrapResult(PyBytes_FromStringAndSize(0, -1))).toThrow(
      "SystemError: Negative size passed to PyBytes_FromStringAndSize",
    );
  });
  it("Py_TYPE is borrowed; static objects have fixed handles", () => {
    const h = PyBytes_FromStringAndSize(0, 0);
    const t = Py_TYPE(h);
    expect((fromHandle(t) as unknown as { tp_name: string }).tp_name).toBe("bytes");
    expect(Py_TYPE(h)).toBe(t);
    Py_DECREF(h);
    const none = Py_RETURN_NONE();
    expect(none).toBe(Py_None_h);
    Py_DECREF(none);
    expect(PyExc.ValueError).toBe(PyExc_ValueError_h);
  });
});

describe("handle table", () => {
  it("slots are reused under new generations; the table stays small", () => {
    const seen = new Set<number>();
    for (let i = 0; i < 5000; i++) {
      const h = PyBytes_FromStringAndSize(0, 1);
      seen.add(h);
      Py_DECREF(h);
    }
    expect(seen.size).toBe(5000);
    // objects dropped by TypeScript code are swept when the table grows
    const objs = Array.from({ length: 3000 }, (_, i) => objUnicode(`s${i}`));
    const hs = objs.map((o) => borrowHandle(o));
    expect(new Set(hs).size).toBe(3000);
    for (const o of objs) objDECREF(o);
    for (let i = 0; i < 3000; i++) borrowHandle(objUnicode(`t${i}`));
    expect(Py_REFCNT(hs[0]!)).toBe(-1);
    PyErr_Clear();
    capiClearReports();
  });
});

describe("error indicator", () => {
  it("PyErr_SetString / Occurred / ExceptionMatches / Clear", () => {
    expect(PyErr_Occurred()).toBe(0);
    expect(PyErr_ExceptionMatches(PyExc_ValueError_h)).toBe(0);
    PyErr_SetString(PyExc_ValueError_h, "bad value");
    expect(PyErr_Occurred()).toBe(PyExc_ValueError_h);
    expect(PyErr_ExceptionMatches(PyExc_ValueError_h)).toBe(1);
    expect(PyErr_ExceptionMatches(PyExc_Exception_h)).toBe(1);
    expect(PyErr_ExceptionMatches(PyExc_TypeError_h)).toBe(0);
    const tup = PyTuple_Pack(2, PyExc_TypeError_h, PyExc_ValueError_h);
    expect(PyErr_ExceptionMatches(tup)).toBe(1);
    Py_DECREF(tup);
    PyErr_Clear();
    expect(PyErr_Occurred()).toBe(0);
  });
  it("the message may be a C string", () => {
    const p = cbytes([104, 105, 0]);
    PyErr_SetString(PyExc_TypeError_h, p);
    expectError(["TypeError", "hi"]);
  });
  it("PyErr_Fetch / PyErr_Restore round-trip with new references", () => {
    PyErr_SetString(PyExc_TypeError_h, "boom");
    const [t, v, tb] = PyErr_Fetch();
    expect(PyErr_Occurred()).toBe(0);
    expect(t).toBe(PyExc_TypeError_h);
    expect(tb).toBe(0);
    expect(PyErr_GivenExceptionMatches(v, PyExc_Exception_h)).toBe(1);
    expect(PyErr_GivenExceptionMatches(t, PyExc_ValueError_h)).toBe(0);
    PyErr_Restore(t, v, tb);
    // C out-parameters
    const out = PyMem_Malloc(24);
    PyErr_Fetch(out, out + 8, out + 16);
    const m = linearMemory();
    const [t2, v2, tb2] = [m.readPtr(out), m.readPtr(out + 8), m.readPtr(out + 16)] as PyObjectPtr[];
    expect([t2, tb2]).toEqual([PyExc_TypeError_h, 0]);
    expect(PyErr_GivenExceptionMatches(v2!, PyExc_TypeError_h)).toBe(1);
    PyErr_Restore(t2!, v2!, tb2!);
    PyMem_Free(out);
    expectError(["TypeError", "boom"]);
    expect(PyErr_Fetch()).toEqual([0, 0, 0]);
  });
  it("PyErr_SetNone / SetObject / NoMemory", () => {
    PyErr_SetNone(PyExc_ValueError_h);
    expectError(["ValueError", ""]);
    const s = toHandle(objUnicode("payload"));
    objDECREF(fromHandle(s));
    PyErr_SetObject(PyExc_ValueError_h, s);
    expectError(["ValueError", "payload"]);
    Py_DECREF(s);
    expect(PyErr_NoMemory()).toBe(0);
    expectError(["MemoryError", ""]);
  });
  it("a non-exception type is a SystemError", () => {
    PyErr_SetString(Py_None_h, "x");
    expectError([
      "SystemError",
      "PyErr_SetString: exception of type NoneType is not a BaseException subclass",
    ]);
  });
  it("raiseIfError turns the indicator back into a throw", () => {
    raiseIfError();
    PyErr_SetString(PyExc_ValueError_h, "v");
    expect(() => raiseIfError()).toThrow("ValueError: v");
    expect(PyErr_Occurred()).toBe(0);
    void PyExc_TypeError;
    void PyExc_ValueError;
  });
});
