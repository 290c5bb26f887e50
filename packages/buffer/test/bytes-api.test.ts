/**
 * The TypeScript API of bytes/bytearray: constructors and accessors, the
 * buffer export (read-only bytes, counted bytearray exports), hashing, hex,
 * and reference counts in checked mode. Expected values are CPython 3.11's
 * output for the same operations: fixtures/gen_transcripts.py, one session
 * per test.
 */
import {
  PyError,
  PyLong_FromNumber,
  PyNumber_Add,
  PyNumber_InPlaceAdd,
  type PyObject,
  PyObject_CallMethod,
  PyObject_GetItem,
  PyObject_GetIter,
  PyObject_Hash,
  PyIter_Next,
  PySlice_New,
  PyUnicode_FromString,
  PyObject_HashValue,
  Py_DECREF,
  Py_REFCNT,
  checkpoint,
  leakReport,
  repr,
  setCheckedMode,
} from "@py/object";
import { afterEach, describe, expect, it } from "vitest";
import {
  PyBUF_FULL_RO,
  PyBUF_SIMPLE,
  PyBUF_WRITABLE,
  PyBuffer_Release,
  PyByteArray_AS_U8,
  PyByteArray_Check,
  PyByteArray_FromBytes,
  PyByteArray_Resize,
  PyBytes_AS_U8,
  PyBytes_Check,
  PyBytes_FromBytes,
  PyBytes_FromObject,
  bytesToHex,
  decodeBytes,
  encodeString,
  getBuffer,
  hashBytes,
} from "../src/index.js";
import { fromHex } from "../src/bytes/hex.js";
import { pyList, transcript } from "./transcript.js";

const enc = (s: string): Uint8Array => new TextEncoder().encode(s);

function pyErr(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    if (e instanceof PyError) return e.message;
    throw e;
  }
  return "no error";
}

afterEach(() => setCheckedMode(false));

describe("constructors and accessors", () => {
  it("copies its input and checks types", () => {
    const py = transcript("constructors and accessors");
    const src = enc("abc");
    const b = PyBytes_FromBytes(src);
    src[0] = 0;
    expect(repr(b)).toBe(py("b"));
    expect(PyBytes_Check(b)).toBe(py("isinstance(b, bytes)") === "True");
    expect(PyByteArray_Check(b)).toBe(py("isinstance(b, bytearray)") === "True");
    const a = PyByteArray_FromBytes(enc("xy"));
    expect(repr(a)).toBe(py("a"));
    expect(PyByteArray_Check(a)).toBe(py("isinstance(a, bytearray)") === "True");
    expect(pyList(PyBytes_AS_U8(b))).toBe(py("list(b)"));
    expect(pyList(PyByteArray_AS_U8(a))).toBe(py("list(a)"));
    const c = PyBytes_FromObject(a);
    expect(repr(c)).toBe(py("c"));
    for (const o of [a, b, c]) Py_DECREF(o);
  });
});

describe("buffer export", () => {
  it("bytes is read-only", () => {
    const py = transcript("bytes is read-only");
    const b = PyBytes_FromBytes(enc("abc"));
    expect(pyErr(() => getBuffer(b, PyBUF_WRITABLE))).toBe(py("ndarray(b, getbuf=PyBUF_WRITABLE)"));
    const v = getBuffer(b, PyBUF_FULL_RO);
    expect(v.readonly).toBe(py("v.readonly") === "True");
    expect(v.len).toBe(Number(py("v.nbytes")));
    expect(v.format).toBe(py("print(v.format)"));
    expect(pyList(v.shape!)).toBe(py("list(v.shape)"));
    expect(v.buf.mem.u8[v.buf.offset + 1]).toBe(Number(py("v[1]")));
    expect(Py_REFCNT(b)).toBe(2);
    PyBuffer_Release(v);
    expect(Py_REFCNT(b)).toBe(1);
    Py_DECREF(b);
  });

  it("bytearray counts exports and refuses resizes until released", () => {
    const py = transcript("bytearray counts exports");
    const a = PyByteArray_FromBytes(enc("hello"));
    const v1 = getBuffer(a, PyBUF_WRITABLE);
    const v2 = getBuffer(a, PyBUF_SIMPLE);
    expect(v1.readonly).toBe(py("v1.readonly") === "True");
    const app = PyLong_FromNumber(33);
    expect(pyErr(() => PyObject_CallMethod(a, "append", [app], null))).toBe(py("a.append(33)"));
    expect(pyErr(() => PyByteArray_Resize(a as never, 2))).toBe(py("PyByteArray_Resize(a, 2)"));
    // Writes through the export are seen by the object.
    v1.buf.mem.u8[v1.buf.offset] = 72;
    expect(repr(a)).toBe(py("a"));
    PyBuffer_Release(v1);
    expect(pyErr(() => PyObject_CallMethod(a, "append", [app], null))).toBe(py("a.append(33)"));
    PyBuffer_Release(v2);
    Py_DECREF(PyObject_CallMethod(a, "append", [app], null));
    expect(repr(a)).toBe(py("a"));
    Py_DECREF(a);
  });

  it("b += b is refused as in CPython (the argument is exported during the resize)", () => {
    const py = transcript("b += b");
    const a = PyByteArray_FromBytes(enc("ab"));
    expect(pyErr(() => PyNumber_InPlaceAdd(a, a))).toBe(py("a += a"));
    expect(repr(a)).toBe(py("a"));
    Py_DECREF(a);
    const e = PyByteArray_FromBytes(new Uint8Array(0));
    Py_DECREF(PyNumber_InPlaceAdd(e, e));
    expect(repr(e)).toBe(py("e"));
    Py_DECREF(e);
  });

  it("over-allocates like CPython (__alloc__)", () => {
    const py = transcript("__alloc__");
    const y = PyByteArray_FromBytes(new Uint8Array(0));
    const one = PyLong_FromNumber(1);
    const alloc = (): string => {
      const r = PyObject_CallMethod(y, "__alloc__", [], null);
      const s = repr(r);
      Py_DECREF(r);
      return s;
    };
    Py_DECREF(PyObject_CallMethod(y, "append", [one], null));
    expect(alloc()).toBe(py("y.__alloc__()"));
    Py_DECREF(PyObject_CallMethod(y, "append", [one], null));
    expect(alloc()).toBe(py("y.__alloc__()"));
    Py_DECREF(y);
  });
});

describe("hash, hex, codecs", () => {
  it("hash is a function of the content", () => {
    const py = transcript("hash");
    const a = PyBytes_FromBytes(enc("abc"));
    const b = PyBytes_FromBytes(enc("xabc"));
    const key = PySlice_New(PyLong_FromNumber(1), null, null);
    const c = PyObject_GetItem(b, key);
    expect(PyObject_Hash(a)).toBe(PyObject_Hash(c));
    expect(PyObject_Hash(a)).toBe(hashBytes(enc("abc"), 0, 3));
    expect(hashBytes(new Uint8Array(0), 0, 0)).toBe(Number(py("hash(b'')")));
    // hash(b'abc') == hash('abc') in CPython whatever the seed: one function over the same bytes
    const u = PyUnicode_FromString("abc");
    expect(PyObject_HashValue(a)).toBe(PyObject_HashValue(u));
    Py_DECREF(u);
    const ba = PyByteArray_FromBytes(enc("abc"));
    expect(pyErr(() => PyObject_Hash(ba))).toBe(py("hash(bytearray(b'abc'))"));
    for (const o of [a, b, c, key, ba]) Py_DECREF(o);
  });

  it("bytesToHex and fromHex", () => {
    const py = transcript("hex");
    const u8 = enc("abcde");
    expect(bytesToHex(u8, 0, 5)).toBe(py("print(u8.hex())"));
    expect(bytesToHex(u8, 0, 5, 58, 2)).toBe(py("print(u8.hex(':', 2))"));
    expect(bytesToHex(u8, 0, 5, 58, -2)).toBe(py("print(u8.hex(':', -2))"));
    expect(bytesToHex(u8, 1, 2, 58, 1)).toBe(py("print(u8[1:3].hex(':', 1))"));
    expect(pyList(fromHex("de ad BE ef"))).toBe(py("list(bytes.fromhex('de ad BE ef'))"));
    expect(pyErr(() => fromHex("abc"))).toBe(py("bytes.fromhex('abc')"));
  });

  it("decode/encode", () => {
    const py = transcript("decode/encode");
    expect(decodeBytes(enc("é"), 0, 2)).toBe(py("print('é'.encode().decode())"));
    expect(pyErr(() => decodeBytes(Uint8Array.of(0xff), 0, 1))).toBe(py("bytes([0xff]).decode()"));
    expect(pyList(encodeString("aé", "latin-1"))).toBe(py("list('aé'.encode('latin-1'))"));
  });
});

describe("reference counts (checked mode)", () => {
  it("operations leave no leaks", () => {
    setCheckedMode(true);
    checkpoint();
    const b = PyBytes_FromBytes(enc("a b c"));
    const a = PyByteArray_FromBytes(enc("xyz"));
    const results: PyObject[] = [];
    results.push(PyNumber_Add(b, a));
    results.push(PyObject_CallMethod(b, "split", [], null));
    results.push(PyObject_CallMethod(a, "partition", [b], null));
    results.push(PyObject_CallMethod(b, "hex", [], null));
    const sep = PyUnicode_FromString("-");
    results.push(PyObject_CallMethod(b, "hex", [sep], null));
    Py_DECREF(sep);
    const lst = PyObject_CallMethod(b, "split", [], null);
    results.push(PyObject_CallMethod(a, "join", [lst], null));
    Py_DECREF(lst);
    const it = PyObject_GetIter(a);
    for (let x = PyIter_Next(it); x !== null; x = PyIter_Next(it)) Py_DECREF(x);
    Py_DECREF(it);
    const r = PyNumber_InPlaceAdd(a, b);
    Py_DECREF(r);
    const v = getBuffer(a, PyBUF_SIMPLE);
    PyBuffer_Release(v);
    for (const x of results) Py_DECREF(x);
    Py_DECREF(a);
    Py_DECREF(b);
    expect(leakReport()).toEqual([]);
  });
});
