/**
 * One argument converted by its format unit (`convertitem`, `converttuple`,
 * `convertsimple`, `skipitem` and `seterror` of `Python/getargs.c`, 3.11).
 *
 * A conversion either succeeds (output written through the pointers taken
 * from the `va_list`), returns a message for `seterror` ("must be str, not
 * int"), or throws: a thrown `PyError` is CPython's "exception already set",
 * which `seterror` leaves alone. What a conversion acquires (buffers, `es`
 * allocations, `O&` cleanups) is recorded in a `Freelist` and undone when
 * the whole parse fails (`cleanreturn`).
 */
import {
  PyBUF_SIMPLE,
  PyBUF_WRITABLE,
  PyByteArray_AS_U8,
  PyByteArray_Check,
  PyBytes_AS_U8,
  PyBytes_Check,
  decodeBytes,
  encodeString,
} from "@py/buffer";
import {
  PyError,
  PyExc_MemoryError,
  PyExc_OverflowError,
  PyExc_SystemError,
  PyExc_TypeError,
  PyExc_ValueError,
  PyFloat_AsDouble,
  PyLong_Check,
  PyObject_IsTrue,
  type PyObject,
  PySequence_Check,
  PySequence_GetItem,
  PySequence_Size,
  PyType_IsSubtype,
  type PyTypeObject,
  PyUnicode_Check,
  Py_DECREF,
  Py_None,
  raise,
  unicodeLength,
} from "@py/object";
import type { ArgBridge, HeldBuffer } from "./bridge.js";
import { byteString, bytesOf, isAlpha, textOf } from "./c-format.js";
import { asLong, asLongLong, asSsize, asUnsignedLongLongMask, asUnsignedLongMask } from "./c-ints.js";
import type { VaList } from "./va-list.js";

/** `Py_CLEANUP_SUPPORTED`: an `O&` converter's "call me again with NULL on failure". */
export const Py_CLEANUP_SUPPORTED = 0x20000;

/** Options the runtime knows about the calling module. */
export interface ParseOptions {
  /**
   * The module was compiled with `PY_SSIZE_T_CLEAN` (the `_SizeT` entry
   * points). Without it, 3.11 refuses `#` units with SystemError. Default true.
   */
  ssizeClean?: boolean;
}

/** What a failed parse must undo (`freelist_t`). */
export class Freelist {
  private readonly entries: (() => void)[] = [];
  add(undo: () => void): void {
    this.entries.push(undo);
  }
  /** `cleanreturn(0, …)`: runs every cleanup, in order. */
  cleanup(): void {
    for (const undo of this.entries) {
      try {
        undo();
      } catch {
        // CPython ignores what its destructors report.
      }
    }
    this.entries.length = 0;
  }
}

/** The state of one parse: the bridge, the `va_list`, the format cursor. */
export interface ParseState {
  readonly b: ArgBridge;
  readonly va: VaList;
  /** The format as a byte string. */
  readonly fmt: string;
  /** Cursor into `fmt`. */
  pos: number;
  readonly ssizeClean: boolean;
  readonly freelist: Freelist;
}

/** A conversion failure: the message and the item path (`levels`, 1-based, 0-terminated in C). */
export interface ConvertError {
  msg: string;
  levels: number[];
}

/** `arg == Py_None ? "None" : Py_TYPE(arg)->tp_name`, as `%.50s`. */
export function typeNameOf(arg: PyObject): string {
  return arg === Py_None ? "None" : arg.ob_type.tp_name.slice(0, 50);
}

/** `converterr`: "must be <expected>, not <type>", or the "(...)" internal message as is. */
function converterr(expected: string, arg: PyObject): string {
  if (expected.startsWith("(")) return expected.slice(0, 100);
  return `must be ${expected.slice(0, 50)}, not ${typeNameOf(arg)}`;
}

/** `REQUIRE_PY_SSIZE_T_CLEAN`. */
function requireSsizeClean(st: ParseState): void {
  if (!st.ssizeClean) raise(PyExc_SystemError, "PY_SSIZE_T_CLEAN macro must be defined for '#' formats");
}

/**
 * `convertitem`: converts `arg` by the unit at the cursor (a simple unit or a
 * parenthesized tuple). Returns null (cursor advanced) or the failure.
 */
export function convertItem(st: ParseState, arg: PyObject): ConvertError | null {
  if (st.fmt[st.pos] === "(") {
    const save = st.pos;
    st.pos++;
    const err = convertTuple(st, arg, false);
    if (err === null) st.pos++;
    else st.pos = save;
    return err;
  }
  const save = st.pos;
  const msg = convertSimple(st, arg);
  if (msg !== null) {
    st.pos = save;
    return { msg, levels: [] };
  }
  return null;
}

/**
 * `converttuple`: the cursor is after '(' and ends on the matching ')'.
 * `toplevel` selects the "expected N arguments" wording (3.11's callers never set it).
 */
export function convertTuple(st: ParseState, arg: PyObject, toplevel: boolean): ConvertError | null {
  const f = st.fmt;
  let level = 0;
  let n = 0;
  for (let p = st.pos; ; ) {
    const c = f[p++];
    if (c === "(") {
      if (level === 0) n++;
      level++;
    } else if (c === ")") {
      if (level === 0) break;
      level--;
    } else if (c === ":" || c === ";" || c === undefined) break;
    else if (level === 0 && isAlpha(c) && c !== "e") n++; // "es"/"et" is one unit
  }
  if (!PySequence_Check(arg) || PyBytes_Check(arg)) {
    return {
      msg: toplevel
        ? `expected ${n} arguments, not ${typeNameOf(arg)}`
        : `must be ${n}-item sequence, not ${typeNameOf(arg)}`,
      levels: [],
    };
  }
  const len = PySequence_Size(arg);
  if (len !== n) {
    return {
      msg: toplevel
        ? `expected ${n} argument${n === 1 ? "" : "s"}, not ${len}`
        : `must be sequence of length ${n}, not ${len}`,
      levels: [],
    };
  }
  for (let i = 0; i < n; i++) {
    let item: PyObject;
    try {
      item = PySequence_GetItem(arg, i);
    } catch (e) {
      if (!(e instanceof PyError)) throw e;
      return { msg: "is not retrievable", levels: [i + 1] };
    }
    let err: ConvertError | null;
    try {
      err = convertItem(st, item);
    } finally {
      Py_DECREF(item);
    }
    if (err !== null) return { msg: err.msg, levels: [i + 1, ...err.levels] };
  }
  return null;
}

/**
 * `seterror`: the TypeError (or SystemError, for "(...)" messages) of a
 * failed conversion of argument `iarg` (1-based; 0 = PyArg_Parse's single argument).
 */
export function setError(
  iarg: number,
  err: ConvertError,
  fname: string | null,
  message: string | null,
): never {
  // The message is built in a char buffer (512 bytes, fname cut at 200
  // bytes, msg at 256) and set with PyErr_SetString, which decodes it
  // strictly: a cut through a UTF-8 character is a UnicodeDecodeError.
  let buf: string;
  if (message === null) {
    buf = "";
    if (fname !== null) buf += `${fname.slice(0, 200)}() `;
    if (iarg !== 0) {
      buf += `argument ${iarg}`;
      for (let i = 0; i < 32 && i < err.levels.length && err.levels[i]! > 0 && buf.length < 220; i++) {
        buf += `, item ${err.levels[i]! - 1}`;
      }
    } else buf += "argument";
    buf += ` ${byteString(err.msg).slice(0, 256)}`;
    buf = buf.slice(0, 511);
  } else buf = message;
  const u8 = bytesOf(buf);
  const text = decodeBytes(u8, 0, u8.length, "utf-8", "strict");
  raise(err.msg.startsWith("(") ? PyExc_SystemError : PyExc_TypeError, text);
}

/** `getbuffer`: a C-contiguous PyBUF_SIMPLE export (errors from the exporter propagate). */
function getContiguous(st: ParseState, arg: PyObject, viewAddr: number | null): HeldBuffer | string {
  const view = st.b.getBuffer(arg, PyBUF_SIMPLE, viewAddr);
  if (!view.cContiguous) {
    view.release();
    return "contiguous buffer";
  }
  return view;
}

/** `convertbuffer`: the address and length of a read-only bytes-like object (released at once). */
function convertBuffer(st: ParseState, arg: PyObject): { ptr: number; len: number } | string {
  if (st.b.hasReleaseBuffer(arg)) return "read-only bytes-like object";
  const view = getContiguous(st, arg, null);
  if (typeof view === "string") return view;
  const r = { ptr: view.buf, len: view.len };
  view.release();
  return r;
}

function hasNul(b: ArgBridge, ptr: number, len: number): boolean {
  return len > 0 && b.bytesAt(ptr, len).includes(0);
}

/** `convertsimple`: one non-tuple unit. Returns null or a message; throws when an exception is set. */
function convertSimple(st: ParseState, arg: PyObject): string | null {
  const { b, va } = st;
  const f = st.fmt;
  const c = f[st.pos++];
  const model = b.model;
  switch (c) {
    case "b": {
      const p = va.ptr();
      const v = asLong(arg, model);
      if (v < 0) raise(PyExc_OverflowError, "unsigned byte integer is less than minimum");
      if (v > 255) raise(PyExc_OverflowError, "unsigned byte integer is greater than maximum");
      b.store(p, "i8", v);
      break;
    }
    case "B": {
      const p = va.ptr();
      b.store(p, "i8", asUnsignedLongMask(arg, model));
      break;
    }
    case "h": {
      const p = va.ptr();
      const v = asLong(arg, model);
      if (v < -32768) raise(PyExc_OverflowError, "signed short integer is less than minimum");
      if (v > 32767) raise(PyExc_OverflowError, "signed short integer is greater than maximum");
      b.store(p, "i16", v);
      break;
    }
    case "H": {
      const p = va.ptr();
      b.store(p, "i16", asUnsignedLongMask(arg, model));
      break;
    }
    case "i": {
      const p = va.ptr();
      const v = asLong(arg, model);
      if (v > 2147483647) raise(PyExc_OverflowError, "signed integer is greater than maximum");
      if (v < -2147483648) raise(PyExc_OverflowError, "signed integer is less than minimum");
      b.store(p, "i32", v);
      break;
    }
    case "I": {
      const p = va.ptr();
      b.store(p, "i32", asUnsignedLongMask(arg, model));
      break;
    }
    case "n": {
      const p = va.ptr();
      b.store(p, "ssize", asSsize(arg, model));
      break;
    }
    case "l": {
      const p = va.ptr();
      b.store(p, model.long === 8 ? "i64" : "i32", asLong(arg, model));
      break;
    }
    case "k": {
      const p = va.ptr();
      if (!PyLong_Check(arg)) return converterr("int", arg);
      b.store(p, model.long === 8 ? "i64" : "i32", asUnsignedLongMask(arg, model));
      break;
    }
    case "L": {
      const p = va.ptr();
      b.store(p, "i64", asLongLong(arg));
      break;
    }
    case "K": {
      const p = va.ptr();
      if (!PyLong_Check(arg)) return converterr("int", arg);
      b.store(p, "i64", asUnsignedLongLongMask(arg));
      break;
    }
    case "f": {
      const p = va.ptr();
      b.store(p, "f32", PyFloat_AsDouble(arg));
      break;
    }
    case "d": {
      const p = va.ptr();
      b.store(p, "f64", PyFloat_AsDouble(arg));
      break;
    }
    case "D": {
      // Py_complex: there is no complex type here; PyComplex_AsCComplex of
      // anything else is (PyFloat_AsDouble(arg), 0.0).
      const p = va.ptr();
      const re = PyFloat_AsDouble(arg);
      b.store(p, "f64", re);
      b.store(p + 8, "f64", 0);
      break;
    }
    case "c": {
      const p = va.ptr();
      if (PyBytes_Check(arg) && PyBytes_AS_U8(arg).length === 1) b.store(p, "i8", PyBytes_AS_U8(arg)[0]!);
      else if (PyByteArray_Check(arg) && PyByteArray_AS_U8(arg).length === 1)
        b.store(p, "i8", PyByteArray_AS_U8(arg)[0]!);
      else return converterr("a byte string of length 1", arg);
      break;
    }
    case "C": {
      const p = va.ptr();
      if (!PyUnicode_Check(arg) || unicodeLength(arg.value) !== 1)
        return converterr("a unicode character", arg);
      b.store(p, "i32", arg.value.codePointAt(0)!);
      break;
    }
    case "p": {
      const p = va.ptr();
      b.store(p, "i32", PyObject_IsTrue(arg) ? 1 : 0);
      break;
    }
    case "y": {
      const p = va.ptr();
      if (f[st.pos] === "*") {
        const view = getContiguous(st, arg, p);
        if (typeof view === "string") return converterr(view, arg);
        st.pos++;
        st.freelist.add(() => view.release());
        break;
      }
      const got = convertBuffer(st, arg);
      if (typeof got === "string") return converterr(got, arg);
      b.store(p, "ptr", got.ptr);
      if (f[st.pos] === "#") {
        requireSsizeClean(st);
        b.store(va.ptr(), "ssize", got.len);
        st.pos++;
      } else if (hasNul(b, got.ptr, got.len)) raise(PyExc_ValueError, "embedded null byte");
      break;
    }
    case "s":
    case "z": {
      if (f[st.pos] === "*") {
        const p = va.ptr();
        let view: HeldBuffer;
        if (c === "z" && arg === Py_None) view = b.fillInfo(p, null, 0, 0);
        else if (PyUnicode_Check(arg)) {
          const u = b.utf8Of(arg);
          view = b.fillInfo(p, arg, u.ptr, u.len);
        } else {
          const got = getContiguous(st, arg, p);
          if (typeof got === "string") return converterr(got, arg);
          view = got;
        }
        st.freelist.add(() => view.release());
        st.pos++;
      } else if (f[st.pos] === "#") {
        const p = va.ptr();
        requireSsizeClean(st);
        const psize = va.ptr();
        if (c === "z" && arg === Py_None) {
          b.store(p, "ptr", 0);
          b.store(psize, "ssize", 0);
        } else if (PyUnicode_Check(arg)) {
          const u = b.utf8Of(arg);
          b.store(p, "ptr", u.ptr);
          b.store(psize, "ssize", u.len);
        } else {
          const got = convertBuffer(st, arg);
          if (typeof got === "string") return converterr(got, arg);
          b.store(p, "ptr", got.ptr);
          b.store(psize, "ssize", got.len);
        }
        st.pos++;
      } else {
        const p = va.ptr();
        if (c === "z" && arg === Py_None) b.store(p, "ptr", 0);
        else if (PyUnicode_Check(arg)) {
          const u = b.utf8Of(arg);
          if (hasNul(b, u.ptr, u.len)) raise(PyExc_ValueError, "embedded null character");
          b.store(p, "ptr", u.ptr);
        } else return converterr(c === "z" ? "str or None" : "str", arg);
      }
      break;
    }
    case "e":
      return convertEncoded(st, arg);
    case "S": {
      const p = va.ptr();
      if (!PyBytes_Check(arg)) return converterr("bytes", arg);
      b.store(p, "ptr", b.ptrOf(arg));
      break;
    }
    case "Y": {
      const p = va.ptr();
      if (!PyByteArray_Check(arg)) return converterr("bytearray", arg);
      b.store(p, "ptr", b.ptrOf(arg));
      break;
    }
    case "U": {
      const p = va.ptr();
      if (!PyUnicode_Check(arg)) return converterr("str", arg);
      b.store(p, "ptr", b.ptrOf(arg));
      break;
    }
    case "O": {
      if (f[st.pos] === "!") {
        const type = b.objectAt(va.ptr()) as PyTypeObject;
        const p = va.ptr();
        st.pos++;
        if (!PyType_IsSubtype(arg.ob_type, type)) return converterr(type.tp_name, arg);
        b.store(p, "ptr", b.ptrOf(arg));
      } else if (f[st.pos] === "&") {
        const conv = va.ptr();
        const addr = va.ptr();
        st.pos++;
        const res = b.callConverter(conv, arg, addr);
        if (res === 0) {
          const exc = b.takeError();
          if (exc !== null) throw new PyError(exc);
          return converterr("(unspecified)", arg);
        }
        if (res === Py_CLEANUP_SUPPORTED) st.freelist.add(() => b.callConverter(conv, null, addr));
      } else {
        b.store(va.ptr(), "ptr", b.ptrOf(arg));
      }
      break;
    }
    case "w": {
      const p = va.ptr();
      if (f[st.pos] !== "*") return converterr("(invalid use of 'w' format character)", arg);
      st.pos++;
      let view: HeldBuffer;
      try {
        view = b.getBuffer(arg, PyBUF_WRITABLE, p);
      } catch (e) {
        if (!(e instanceof PyError)) throw e;
        return converterr("read-write bytes-like object", arg);
      }
      if (!view.cContiguous) {
        view.release();
        return converterr("contiguous buffer", arg);
      }
      st.freelist.add(() => view.release());
      break;
    }
    default:
      return converterr("(impossible<bad format char>)", arg);
  }
  return null;
}

/** The `es`, `et`, `es#`, `et#` units (the cursor is after 'e'). */
function convertEncoded(st: ParseState, arg: PyObject): string | null {
  const { b, va } = st;
  const f = st.fmt;
  const encPtr = va.ptr();
  const encoding = encPtr === 0 ? "utf-8" : textOf(String.fromCharCode(...b.cString(encPtr)));
  let recode: boolean;
  if (f[st.pos] === "s") recode = true;
  else if (f[st.pos] === "t") recode = false;
  else return converterr("(unknown parser marker combination)", arg);
  const buffer = va.ptr();
  st.pos++;
  if (buffer === 0) return converterr("(buffer is NULL)", arg);
  let data: Uint8Array;
  if (!recode && PyBytes_Check(arg)) data = PyBytes_AS_U8(arg);
  else if (!recode && PyByteArray_Check(arg)) data = PyByteArray_AS_U8(arg).slice();
  else if (PyUnicode_Check(arg)) data = encodeString(arg.value, encoding, "strict");
  else return converterr(recode ? "str" : "str, bytes or bytearray", arg);
  const size = data.length;
  if (f[st.pos] === "#") {
    requireSsizeClean(st);
    const psize = va.ptr();
    st.pos++;
    if (psize === 0) return converterr("(buffer_len is NULL)", arg);
    let out = b.load(buffer, "ptr");
    if (out === 0) {
      out = b.malloc(size + 1);
      if (out === 0) raise(PyExc_MemoryError);
      b.store(buffer, "ptr", out);
      st.freelist.add(() => {
        b.free(b.load(buffer, "ptr"));
        b.store(buffer, "ptr", 0);
      });
    } else {
      const cap = b.load(psize, "ssize");
      if (size + 1 > cap) {
        raise(PyExc_ValueError, `encoded string too long (${size}, maximum length ${cap - 1})`);
      }
    }
    b.copyIn(out, withNul(data));
    b.store(psize, "ssize", size);
  } else {
    if (data.includes(0)) return converterr("encoded string without null bytes", arg);
    const out = b.malloc(size + 1);
    if (out === 0) raise(PyExc_MemoryError);
    b.store(buffer, "ptr", out);
    st.freelist.add(() => {
      b.free(b.load(buffer, "ptr"));
      b.store(buffer, "ptr", 0);
    });
    b.copyIn(out, withNul(data));
  }
  return null;
}

function withNul(data: Uint8Array): Uint8Array {
  const out = new Uint8Array(data.length + 1);
  out.set(data);
  return out;
}

/**
 * `skipitem`: steps over one unit, taking its `va_list` arguments (`va`
 * null: the format check of keyword parsing). Returns null or CPython's message.
 */
export function skipItem(
  st: { fmt: string; pos: number },
  va: VaList | null,
  ssizeClean = true,
): string | null {
  const f = st.fmt;
  let p = st.pos;
  const c = f[p++];
  switch (c) {
    case "b":
    case "B":
    case "h":
    case "H":
    case "i":
    case "I":
    case "l":
    case "k":
    case "L":
    case "K":
    case "n":
    case "f":
    case "d":
    case "D":
    case "c":
    case "C":
    case "p":
    case "S":
    case "Y":
    case "U":
      va?.ptr();
      break;
    case "e":
    case "s":
    case "z":
    case "y":
    case "w": {
      if (c === "e") {
        va?.ptr();
        if (!(f[p] === "s" || f[p] === "t")) return "impossible<bad format char>";
        p++;
      }
      va?.ptr();
      if (f[p] === "#") {
        if (va !== null) {
          if (!ssizeClean) return "PY_SSIZE_T_CLEAN macro must be defined for '#' formats";
          va.ptr();
        }
        p++;
      } else if (c !== "e" && f[p] === "*") p++;
      break;
    }
    case "O":
      if (f[p] === "!" || f[p] === "&") {
        p++;
        va?.ptr();
        va?.ptr();
      } else va?.ptr();
      break;
    case "(": {
      const sub = { fmt: f, pos: p };
      for (;;) {
        const d = f[sub.pos];
        if (d === ")") break;
        if (d === undefined || d === ";" || d === ":") return "Unmatched left paren in format string";
        const msg = skipItem(sub, va, ssizeClean);
        if (msg !== null) return msg;
      }
      p = sub.pos + 1;
      break;
    }
    case ")":
      return "Unmatched right paren in format string";
    default:
      return "impossible<bad format char>";
  }
  st.pos = p;
  return null;
}
