/**
 * The TypeScript API of bytes/bytearray: constructors and accessors, the
 * buffer export (read-only bytes, counted bytearray exports), hashing, hex,
 * and reference counts in checked mode. Literal expectations were checked
 * with python3 (3.11).
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
  fromHex,
  getBuffer,
  hashBytes,
} from "../src/index.js";

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
    const src = enc("abc");
    const b = PyBytes_FromBytes(src);
    src[0] = 0;
    expect(repr(b)).toBe("b'abc'");
    expect(PyBytes_Check(b)).toBe(true);
    expect(PyByteArray_Check(b)).toBe(false);
    const a = PyByteArray_FromBytes(enc("xy"));
    expect(repr(a)).toBe("bytearray(b'xy')");
    expect(PyByteArray_Check(a)).toBe(true);
    expect(Array.from(PyBytes_AS_U8(b))).toEqual([97, 98, 99]);
    expect(Array.from(PyByteArray_AS_U8(a))).toEqual([120, 121]);
    const c = PyBytes_FromObject(a);
    expect(repr(c)).toBe("b'xy'");
    for (const o of [a, b, c]) Py_DECREF(o);
  });
});

describe("buffer export", () => {
  it("bytes is read-only", () => {
    const b = PyBytes_FromBytes(enc("abc"));
    expect(pyErr(() => getBuffer(b, PyBUF_WRITABLE))).toBe("BufferError: Object is not writable.");
    const v = getBuffer(b, PyBUF_FULL_RO);
    expect(v.readonly).toBe(true);
    expect(v.len).toBe(3);
    expect(v.format).toBe("B");
    expect(v.shape).toEqual([3]);
    expect(v.buf.mem.u8[v.buf.offset + 1]).toBe(98);
    expect(Py_REFCNT(b)).toBe(2);
    PyBuffer_Release(v);
    expect(Py_REFCNT(b)).toBe(1);
    Py_DECREF(b);
  });

  it("bytearray counts exports and refuses resizes until released", () => {
    const a = PyByteArray_FromBytes(enc("hello"));
    const v1 = getBuffer(a, PyBUF_WRITABLE);
    const v2 = getBuffer(a, PyBUF_SIMPLE);
    expect(v1.readonly).toBe(false);
    const app = PyLong_FromNumber(33);
    expect(pyErr(() => PyObject_CallMethod(a, "append", [app], null))).toBe(
      "BufferError: Existing exports of data: object cannot be re-sized",
    );
    expect(pyErr(() => PyByteArray_Resize(a as never, 2))).toBe(
      "BufferError: Existing exports of data: object cannot be re-sized",
    );
    // Writes through the export are seen by the object.
    v1.buf.mem.u8[v1.buf.offset] = 72;
    expect(repr(a)).toBe("bytearray(b'Hello')");
    PyBuffer_Release(v1);
    expect(pyErr(() => PyObject_CallMethod(a, "append", [app], null))).toBe(
      "BufferError: Existing exports of data: object cannot be re-sized",
    );
    PyBuffer_Release(v2);
    Py_DECREF(PyObject_CallMethod(a, "append", [app], null));
    expect(repr(a)).toBe("bytearray(b'Hello!')");
    Py_DECREF(a);
  });

  it("b += b is refused as in CPython (the argument is exported during the resize)", () => {
    // python3: b = bytearray(b'ab'); b += b -> BufferError; b = bytearray(); b += b -> ok
    const a = PyByteArray_FromBytes(enc("ab"));
    expect(pyErr(() => PyNumber_InPlaceAdd(a, a))).toBe(
      "BufferError: Existing exports of data: object cannot be re-sized",
    );
    expect(repr(a)).toBe("bytearray(b'ab')");
    Py_DECREF(a);
    const e = PyByteArray_FromBytes(new Uint8Array(0));
    Py_DECREF(PyNumber_InPlaceAdd(e, e));
    expect(repr(e)).toBe("bytearray(b'')");
    Py_DECREF(e);
  });

  it("over-allocates like CPython (__alloc__)", () => {
    // python3: y = bytearray(); y.append(1) -> 2; y.append(1) -> 5; bytearray(b'hello').extend(b'abc') -> 9
    const y = PyByteArray_FromBytes(new Uint8Array(0));
    const one = PyLong_FromNumber(1);
    const alloc = (): string => {
      const r = PyObject_CallMethod(y, "__alloc__", [], null);
      const s = repr(r);
      Py_DECREF(r);
      return s;
    };
    Py_DECREF(PyObject_CallMethod(y, "append", [one], null));
    expect(alloc()).toBe("2");
    Py_DECREF(PyObject_CallMethod(y, "append", [one], null));
    expect(alloc()).toBe("5");
    Py_DECREF(y);
  });
});

describe("hash, hex, codecs", () => {
  it("hash is a function of the content", () => {
    const a = PyBytes_FromBytes(enc("abc"));
    const b = PyBytes_FromBytes(enc("xabc"));
    const key = PySlice_New(PyLong_FromNumber(1), null, null);
    const c = PyObject_GetItem(b, key);
    expect(PyObject_Hash(a)).toBe(PyObject_Hash(c));
    expect(PyObject_Hash(a)).toBe(hashBytes(enc("abc"), 0, 3));
    expect(hashBytes(new Uint8Array(0), 0, 0)).toBe(0);
    expect(Number.isSafeInteger(hashBytes(enc("hello world"), 0, 11))).toBe(true);
    const ba = PyByteArray_FromBytes(enc("abc"));
    expect(pyErr(() => PyObject_Hash(ba))).toBe("TypeError: unhashable type: 'bytearray'");
    for (const o of [a, b, c, key, ba]) Py_DECREF(o);
  });

  it("bytesToHex and fromHex", () => {
    // python3: b'abcde'.hex(':', 2) == '61:6263:6465'; .hex(':', -2) == '6162:6364:65'
    const u8 = enc("abcde");
    expect(bytesToHex(u8, 0, 5)).toBe("6162636465");
    expect(bytesToHex(u8, 0, 5, 58, 2)).toBe("61:6263:6465");
    expect(bytesToHex(u8, 0, 5, 58, -2)).toBe("6162:6364:65");
    expect(bytesToHex(u8, 1, 2, 58, 1)).toBe("62:63");
    expect(Array.from(fromHex("de ad BE ef"))).toEqual([0xde, 0xad, 0xbe, 0xef]);
    expect(pyErr(() => fromHex("abc"))).toBe(
      "ValueError: non-hexadecimal number found in fromhex() arg at position 3",
    );
  });

  it("decode/encode", () => {
    expect(decodeBytes(enc("é"), 0, 2)).toBe("é");
    expect(pyErr(() => decodeBytes(Uint8Array.of(0xff), 0, 1))).toBe(
      "UnicodeDecodeError: 'utf-8' codec can't decode byte 0xff in position 0: invalid start byte",
    );
    expect(Array.from(encodeString("aé", "latin-1"))).toEqual([97, 0xe9]);
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
