import { PyBUF_FULL_RO, PyBUF_READ, PyBUF_SIMPLE, PyBUF_WRITE, PyByteArray_FromBytes } from "@py/buffer";
import { PyMemoryView_FromObject as mvFromObject } from "@py/memoryview";
import {
  Py_DECREF as objDECREF,
  PyLong_FromNumber,
  type PyObject,
  PyObject_CallMethod,
  PyObject_GetAttr,
  PyObject_GetItem,
  PySlice_New,
  PyTuple_Pack,
  PyUnicode_FromString,
  repr,
  setCheckedMode,
} from "@py/object";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  allocPyBuffer,
  capiClearReports,
  capiLiveCounts,
  capiReports,
  fromHandle,
  linearMemory,
  Py_DECREF,
  Py_None_h,
  Py_REFCNT,
  PyBuffer_FillInfo,
  PyBuffer_Release,
  PyBytes_FromStringAndSize,
  PyMem_Free,
  PyMemoryView_Check,
  PyMemoryView_FromBuffer,
  PyMemoryView_FromMemory,
  PyMemoryView_FromObject,
  PyMemoryView_GET_BASE,
  PyMemoryView_GET_BUFFER,
  PyMemoryView_GetContiguous,
  PyObject_GetBuffer,
  type PyObjectPtr,
  toHandle,
} from "../src/index.js";
import { cbytes, expectClean, expectError, fx } from "./helpers.js";

const L = () => linearMemory().abi.pyBuffer;

beforeEach(() => {
  setCheckedMode(true);
  capiClearReports();
});
afterEach(() => {
  expectClean();
  expect(capiReports()).toEqual([]);
  setCheckedMode(false);
});

function own(o: PyObject): PyObjectPtr {
  const h = toHandle(o);
  objDECREF(o);
  return h;
}

/** A Python attribute of the object of `h`, as a JS value through repr. */
function attr(h: PyObjectPtr, name: string): string {
  const v = PyObject_GetAttr(fromHandle(h), name);
  const r = repr(v);
  objDECREF(v);
  return r;
}

function call(h: PyObjectPtr, name: string, ...args: PyObject[]): string {
  const v = PyObject_CallMethod(fromHandle(h), name, args);
  const r = repr(v);
  objDECREF(v);
  return r;
}

const pyRepr = (x: unknown): string =>
  x === null
    ? "None"
    : x === true
      ? "True"
      : x === false
        ? "False"
        : Array.isArray(x)
          ? x.length === 1 && typeof x[0] === "number"
            ? `(${x[0]},)`
            : `(${x.join(", ")})`
          : typeof x === "string"
            ? `'${x}'`
            : String(x);

function bytearrayOf(values: number[]): PyObjectPtr {
  return own(PyByteArray_FromBytes(Uint8Array.from(values)));
}

function sliced(h: PyObjectPtr, start: number | null, step: number): PyObjectPtr {
  const m = mvFromObject(fromHandle(h));
  const a = start === null ? null : PyLong_FromNumber(start);
  const s = PyLong_FromNumber(step);
  const sl = PySlice_New(a, null, s);
  const r = PyObject_GetItem(m, sl);
  for (const o of [a, s, sl, m]) if (o) objDECREF(o);
  return own(r);
}

function cast(h: PyObjectPtr, shape: number[]): PyObjectPtr {
  const m = mvFromObject(fromHandle(h));
  const fmt = PyUnicode_FromString("B");
  const sh = PyTuple_Pack(shape.map((n) => PyLong_FromNumber(n)));
  const r = PyObject_CallMethod(m, "cast", [fmt, sh]);
  for (const o of [fmt, sh, m]) objDECREF(o);
  return own(r);
}

describe("PyMemoryView_FromObject", () => {
  it("views an exporter; GET_BASE is the exporter (borrowed)", () => {
    const b = PyBytes_FromStringAndSize(cbytes([97, 98, 99, 100]), 4);
    const mv = PyMemoryView_FromObject(b);
    expect(PyMemoryView_Check(mv)).toBe(1);
    expect(PyMemoryView_Check(b)).toBe(0);
    expect(PyMemoryView_GET_BASE(mv)).toBe(b);
    expect(Py_REFCNT(b)).toBe(2);
    const mv2 = PyMemoryView_FromObject(mv);
    expect(PyMemoryView_GET_BASE(mv2)).toBe(b);
    Py_DECREF(mv2);
    Py_DECREF(mv);
    expect(Py_REFCNT(b)).toBe(1);
    Py_DECREF(b);
  });
  it("errors", () => {
    const n = own(PyLong_FromNumber(5000));
    expect(PyMemoryView_FromObject(n)).toBe(0);
    expectError(fx.PyMemoryView_FromObject.int);
    Py_DECREF(n);
  });
});

describe("PyMemoryView_FromMemory", () => {
  it("views linear memory without copying; READ is read-only, WRITE writable", () => {
    const m = linearMemory();
    const raw = cbytes([119, 120, 121, 122]);
    const w = PyMemoryView_FromMemory(raw, 4, PyBUF_WRITE);
    const r = PyMemoryView_FromMemory(raw, 4, PyBUF_READ);
    const one = PyLong_FromNumber(87);
    const zero = PyLong_FromNumber(0);
    const assign = PyObject_CallMethod(fromHandle(w), "__setitem__", [zero, one]);
    objDECREF(assign);
    const e = fx.PyMemoryView_FromMemory;
    expect(String.fromCharCode(...m.bytes(raw, 4))).toBe(e.raw_after_write);
    const [readonly, obj, format, itemsize, ndim, shape, strides, suboffsets, nbytes, ccontig] = e.write;
    expect(attr(w, "readonly")).toBe(pyRepr(readonly));
    expect(attr(w, "obj")).toBe(pyRepr(obj));
    expect(attr(w, "format")).toBe(pyRepr(format));
    expect(attr(w, "itemsize")).toBe(pyRepr(itemsize));
    expect(attr(w, "ndim")).toBe(pyRepr(ndim));
    expect(attr(w, "shape")).toBe(pyRepr(shape));
    expect(attr(w, "strides")).toBe(pyRepr(strides));
    expect(attr(w, "suboffsets")).toBe(pyRepr(suboffsets));
    expect(attr(w, "nbytes")).toBe(pyRepr(nbytes));
    expect(attr(w, "c_contiguous")).toBe(pyRepr(ccontig));
    expect(attr(r, "readonly")).toBe(pyRepr(e.read[0]));
    expect(call(r, "tobytes")).toBe(`b'${e.read[1]}'`);
    expect(PyMemoryView_GET_BASE(w)).toBe(0);
    expect(() => PyObject_CallMethod(fromHandle(r), "__setitem__", [zero, one])).toThrow(
      `${e.read_assign[1]}: ${e.read_assign[2]}`,
    );
    Py_DECREF(w);
    Py_DECREF(r);
    PyMem_Free(raw);
  });
  it("views an exporter's bytes through a mapped address", () => {
    const ba = bytearrayOf([1, 2, 3, 4]);
    const view = allocPyBuffer();
    expect(PyObject_GetBuffer(ba, view, PyBUF_SIMPLE)).toBe(0);
    const buf = linearMemory().readPtr(view + L().buf);
    const mv = PyMemoryView_FromMemory(buf + 1, 2, PyBUF_WRITE);
    const mapped = fx.PyMemoryView_FromMemory.mapped;
    expect(call(mv, "tolist")).toBe(mapped.tolist);
    const i = PyLong_FromNumber(0);
    const v = PyLong_FromNumber(99);
    objDECREF(PyObject_CallMethod(fromHandle(mv), "__setitem__", [i, v]));
    expect(attr(ba, "__class__")).toBe(mapped.class);
    expect(call(ba, "hex")).toBe(mapped.hex);
    Py_DECREF(mv);
    PyBuffer_Release(view);
    PyMem_Free(view);
    Py_DECREF(ba);
  });
  it("errors: NULL, out of range", () => {
    expect(PyMemoryView_FromMemory(0, 4, PyBUF_READ)).toBe(0);
    expectError(["SystemError", "PyMemoryView_FromMemory: mem must not be NULL"]);
    expect(PyMemoryView_FromMemory(2 ** 41, 4, PyBUF_READ)).toBe(0);
    expectError([
      "SystemError",
      "PyMemoryView_FromMemory: address 0x20000000000 (4 bytes) is outside the linear memory",
    ]);
    expect(capiReports()).toEqual([
      "PyMemoryView_FromMemory: mem must not be NULL",
      "PyMemoryView_FromMemory: address 0x20000000000 (4 bytes) is outside the linear memory",
    ]);
    capiClearReports();
  });
});

describe("PyMemoryView_FromBuffer", () => {
  it("wraps a struct filled by PyBuffer_FillInfo; no base object", () => {
    const raw = cbytes([87, 120, 121, 122]);
    const view = allocPyBuffer();
    expect(PyBuffer_FillInfo(view, 0 as PyObjectPtr, raw, 4, 1, PyBUF_FULL_RO)).toBe(0);
    const mv = PyMemoryView_FromBuffer(view);
    const [obj, readonly, format, shape, strides, bytes] = fx.PyMemoryView_FromBuffer.full_ro;
    expect(attr(mv, "obj")).toBe(pyRepr(obj));
    expect(attr(mv, "readonly")).toBe(pyRepr(readonly));
    expect(attr(mv, "format")).toBe(pyRepr(format));
    expect(attr(mv, "shape")).toBe(pyRepr(shape));
    expect(attr(mv, "strides")).toBe(pyRepr(strides));
    expect(call(mv, "tobytes")).toBe(`b'${bytes}'`);
    expect(PyMemoryView_GET_BASE(mv)).toBe(0);
    Py_DECREF(mv);
    // a simple struct (no format, shape, strides): unsigned bytes, 1-d
    expect(PyBuffer_FillInfo(view, 0 as PyObjectPtr, raw, 4, 0, PyBUF_SIMPLE)).toBe(0);
    const s = PyMemoryView_FromBuffer(view);
    const [sobj, sro, sfmt, sndim, sshape, sstrides, sitemsize] = fx.PyMemoryView_FromBuffer.simple;
    expect([attr(s, "obj"), attr(s, "readonly"), attr(s, "format"), attr(s, "ndim")]).toEqual(
      [sobj, sro, sfmt, sndim].map(pyRepr),
    );
    expect([attr(s, "shape"), attr(s, "strides"), attr(s, "itemsize")]).toEqual(
      [sshape, sstrides, sitemsize].map(pyRepr),
    );
    Py_DECREF(s);
    PyMem_Free(view);
    PyMem_Free(raw);
  });
  it("ignores view->obj: the memoryview does not own or release the export", () => {
    const b = PyBytes_FromStringAndSize(cbytes([97, 98, 99, 100, 101, 102]), 6);
    const view = allocPyBuffer();
    expect(PyObject_GetBuffer(b, view, PyBUF_FULL_RO)).toBe(0);
    const mv = PyMemoryView_FromBuffer(view);
    const [obj, text, readonly] = fx.PyMemoryView_FromBuffer.with_obj;
    expect(attr(mv, "obj")).toBe(pyRepr(obj));
    expect(call(mv, "tobytes")).toBe(`b'${text}'`);
    expect(attr(mv, "readonly")).toBe(pyRepr(readonly));
    expect(Py_REFCNT(b)).toBe(2);
    objDECREF(PyObject_CallMethod(fromHandle(mv), "release", []));
    expect(Py_REFCNT(b)).toBe(2);
    PyBuffer_Release(view);
    expect(Py_REFCNT(b)).toBe(1);
    Py_DECREF(mv);
    Py_DECREF(b);
    PyMem_Free(view);
  });
  it("ValueError for a NULL buf; SystemError for a bad struct address", () => {
    const view = allocPyBuffer();
    expect(PyMemoryView_FromBuffer(view)).toBe(0);
    expectError(fx.PyMemoryView_FromBuffer.null_buf);
    expect(PyMemoryView_FromBuffer(0)).toBe(0);
    expectError([
      "SystemError",
      "PyMemoryView_FromBuffer: Py_buffer *: NULL pointer dereference (address 0x0)",
    ]);
    capiClearReports();
    PyMem_Free(view);
  });
});

describe("PyMemoryView_GetContiguous", () => {
  const e = () => fx.PyMemoryView_GetContiguous;
  it("returns the object's own memory when contiguous", () => {
    const src = bytearrayOf(Array.from({ length: 12 }, (_, i) => i));
    const g = PyMemoryView_GetContiguous(src, PyBUF_WRITE, "F");
    const [sameObj, readonly, strides] = e().contig_write;
    expect(PyMemoryView_GET_BASE(g) === src).toBe(sameObj);
    expect(attr(g, "readonly")).toBe(pyRepr(readonly));
    expect(attr(g, "strides")).toBe(pyRepr(strides));
    Py_DECREF(g);
    const c2 = cast(src, [3, 4]);
    const f = PyMemoryView_GetContiguous(c2, PyBUF_READ, "F");
    const [list, fstrides, fc, cc, fro, fsame] = e().c2_F;
    expect(call(f, "tolist")).toBe(JSON.stringify(list).replaceAll(",", ", "));
    expect([
      attr(f, "strides"),
      attr(f, "f_contiguous"),
      attr(f, "c_contiguous"),
      attr(f, "readonly"),
    ]).toEqual([fstrides, fc, cc, fro].map(pyRepr));
    expect(PyMemoryView_GET_BASE(f) === src).toBe(fsame);
    Py_DECREF(f);
    const c = PyMemoryView_GetContiguous(c2, PyBUF_READ, 67);
    const [cstrides, csame, cro] = e().c2_C;
    expect([attr(c, "strides"), attr(c, "readonly")]).toEqual([cstrides, cro].map(pyRepr));
    expect(PyMemoryView_GET_BASE(c) === src).toBe(csame);
    Py_DECREF(c);
    Py_DECREF(c2);
    Py_DECREF(src);
  });
  it("copies a non-contiguous source into a read-only bytes-backed view", () => {
    const src = bytearrayOf(Array.from({ length: 12 }, (_, i) => i));
    const s = sliced(src, null, 2);
    const g = PyMemoryView_GetContiguous(s, PyBUF_READ, "C");
    const [list, readonly, strides, objType, ccontig] = e().strided_read;
    expect(call(g, "tolist")).toBe(`[${list.join(", ")}]`);
    expect([attr(g, "readonly"), attr(g, "strides"), attr(g, "c_contiguous")]).toEqual(
      [readonly, strides, ccontig].map(pyRepr),
    );
    const base = PyMemoryView_GET_BASE(g);
    expect((fromHandle(base).ob_type as { tp_name: string }).tp_name).toBe(objType);
    Py_DECREF(g);
    const r = sliced(src, null, -1);
    const ga = PyMemoryView_GetContiguous(r, PyBUF_READ, "A");
    expect([call(ga, "tolist"), attr(ga, "strides"), attr(ga, "readonly")]).toEqual([
      `[${e().reversed_A[0].join(", ")}]`,
      pyRepr(e().reversed_A[1]),
      pyRepr(e().reversed_A[2]),
    ]);
    Py_DECREF(ga);
    expect(PyMemoryView_GetContiguous(s, PyBUF_WRITE, "C")).toBe(0);
    expectError(e().strided_write);
    Py_DECREF(r);
    Py_DECREF(s);
    Py_DECREF(src);
  });
  it("errors", () => {
    const b = PyBytes_FromStringAndSize(cbytes([1, 2]), 2);
    expect(PyMemoryView_GetContiguous(b, PyBUF_WRITE, "C")).toBe(0);
    expectError(e().write_bytes);
    const list = own(PyTuple_Pack([]));
    expect(PyMemoryView_GetContiguous(list, PyBUF_READ, "C")).toBe(0);
    expectError(["TypeError", "memoryview: a bytes-like object is required, not 'tuple'"]);
    Py_DECREF(list);
    Py_DECREF(b);
  });
});

describe("PyMemoryView_GET_BUFFER", () => {
  it("points at a struct mirroring the view, refreshed on each call", () => {
    const m = linearMemory();
    const src = bytearrayOf([10, 11, 12, 13, 14, 15]);
    const c = cast(src, [2, 3]);
    const p = PyMemoryView_GET_BUFFER(c);
    expect(p).toBeGreaterThan(0);
    expect(m.readI32(p + L().ndim)).toBe(2);
    expect(m.readSsizeArray(m.readPtr(p + L().shape), 2)).toEqual([2, 3]);
    expect(m.readSsizeArray(m.readPtr(p + L().strides), 2)).toEqual([3, 1]);
    expect(m.readCString(m.readPtr(p + L().format))).toBe("B");
    expect(m.readPtr(p + L().obj)).toBe(src);
    expect(m.readU8(m.readPtr(p + L().buf) + 4)).toBe(14);
    expect(PyMemoryView_GET_BUFFER(c)).toBe(p);
    const other = sliced(src, 1, 2);
    const q = PyMemoryView_GET_BUFFER(other);
    expect(q).not.toBe(p);
    expect(m.readSsize(q + L().len)).toBe(3);
    expect(m.readSsizeArray(m.readPtr(q + L().strides), 1)).toEqual([2]);
    expect(m.readU8(m.readPtr(q + L().buf))).toBe(11);
    Py_DECREF(other);
    Py_DECREF(c);
    Py_DECREF(src);
  });
  it("the struct belongs to the memoryview: freed after it is deallocated", () => {
    const before = capiLiveCounts().blocks;
    const b = PyBytes_FromStringAndSize(cbytes([1, 2, 3]), 3);
    const mv = PyMemoryView_FromObject(b);
    const p = PyMemoryView_GET_BUFFER(mv);
    expect(linearMemory().readSsize(p + L().len)).toBe(3);
    Py_DECREF(mv);
    Py_DECREF(b);
    // cbytes' block is the only one left
    expect(capiLiveCounts().blocks).toBe(before + 1);
  });
  it("PyMemoryView_Check on a stale handle: 0 and SystemError", () => {
    const b = PyBytes_FromStringAndSize(0, 1);
    Py_DECREF(b);
    expect(PyMemoryView_Check(b)).toBe(0);
    expectError([
      "SystemError",
      `PyMemoryView_Check: stale PyObject* 0x${b.toString(16)}: the bytes object b'\\x00' it referred to was deallocated`,
    ]);
    capiClearReports();
  });
  it("GET_BUFFER and GET_BASE on a non-memoryview are reported", () => {
    const b = PyBytes_FromStringAndSize(cbytes([120]), 1);
    expect(PyMemoryView_GET_BUFFER(b)).toBe(0);
    expectError([
      "SystemError",
      "PyMemoryView_GET_BUFFER: argument must be a memoryview, not bytes object b'x'",
    ]);
    expect(PyMemoryView_GET_BASE(b)).toBe(0);
    expectError([
      "SystemError",
      "PyMemoryView_GET_BASE: argument must be a memoryview, not bytes object b'x'",
    ]);
    expect(PyMemoryView_GET_BASE(Py_None_h)).toBe(0);
    expectError([
      "SystemError",
      "PyMemoryView_GET_BASE: argument must be a memoryview, not NoneType object None",
    ]);
    expect(capiReports().length).toBe(3);
    capiClearReports();
    Py_DECREF(b);
  });
});
