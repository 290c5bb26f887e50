/**
 * `Py_BuildValue` and `Py_VaBuildValue` (`Python/modsupport.c`, 3.11): a
 * value built from a format and C values read from a `va_list`.
 *
 * `N` steals the reference C passes; on a failure the remaining items are
 * still built and dropped (`do_ignore`), so no stolen reference leaks.
 */
import { decodeBytes, PyBytes_FromBytes } from "@py/buffer";
import {
  PyDict_New,
  PyDict_SetItem,
  PyError,
  PyExc_SystemError,
  PyExc_ValueError,
  PyFloat_FromDouble,
  PyList_FromArray,
  PyLong_FromValue,
  type PyObject,
  PyTuple_Pack,
  PyUnicode_FromString,
  Py_DECREF,
  Py_INCREF,
  Py_None,
  normalizeInt,
  raise,
} from "@py/object";
import type { ArgBridge } from "./bridge.js";
import { byteString, type CFormat } from "./c-format.js";
import type { ParseOptions } from "./convert.js";
import type { VaList } from "./va-list.js";

interface BuildState {
  readonly b: ArgBridge;
  readonly va: VaList;
  readonly fmt: string;
  pos: number;
  readonly ssizeClean: boolean;
}

/** `countformat`: the number of values up to `endchar` (`""` = end of string). */
function countFormat(fmt: string, from: number, endchar: string): number {
  let count = 0;
  let level = 0;
  for (let p = from; level > 0 || (fmt[p] ?? "") !== endchar; p++) {
    const c = fmt[p];
    if (c === undefined) raise(PyExc_SystemError, "unmatched paren in format");
    switch (c) {
      case "(":
      case "[":
      case "{":
        if (level === 0) count++;
        level++;
        break;
      case ")":
      case "]":
      case "}":
        level--;
        break;
      case "#":
      case "&":
      case ",":
      case ":":
      case " ":
      case "\t":
        break;
      default:
        if (level === 0) count++;
    }
  }
  return count;
}

/** `do_ignore`: builds and drops `n` more values (the pending error stays), then checks `endchar`. */
function doIgnore(st: BuildState, endchar: string, n: number, pending: unknown): never {
  for (let i = 0; i < n; i++) {
    try {
      Py_DECREF(mkValue(st));
    } catch {
      // the first error is the one reported
    }
  }
  if ((st.fmt[st.pos] ?? "") !== endchar) raise(PyExc_SystemError, "Unmatched paren in format");
  if (endchar !== "") st.pos++;
  throw pending;
}

/** Builds `n` values up to `endchar` (`do_mktuple`/`do_mklist`/`do_mkstack`): new references. */
function mkItems(st: BuildState, endchar: string, n: number): PyObject[] {
  const items: PyObject[] = [];
  for (let i = 0; i < n; i++) {
    try {
      items.push(mkValue(st));
    } catch (e) {
      for (const o of items) Py_DECREF(o);
      doIgnore(st, endchar, n - i - 1, e);
    }
  }
  if ((st.fmt[st.pos] ?? "") !== endchar) {
    for (const o of items) Py_DECREF(o);
    raise(PyExc_SystemError, "Unmatched paren in format");
  }
  if (endchar !== "") st.pos++;
  return items;
}

function mkDict(st: BuildState, n: number): PyObject {
  const { b } = st;
  if (n % 2 !== 0) {
    let err: unknown;
    try {
      raise(PyExc_SystemError, "Bad dict format");
    } catch (e) {
      err = e;
    }
    doIgnore(st, "}", n, err);
  }
  const d = b.newDict?.() ?? PyDict_New();
  const setItem = b.dictSetItem?.bind(b) ?? PyDict_SetItem;
  for (let i = 0; i < n; i += 2) {
    let k: PyObject;
    try {
      k = mkValue(st);
    } catch (e) {
      Py_DECREF(d);
      doIgnore(st, "}", n - i - 1, e);
    }
    let v: PyObject | null = null;
    try {
      v = mkValue(st);
      setItem(d, k, v);
    } catch (e) {
      Py_DECREF(k);
      if (v !== null) Py_DECREF(v);
      Py_DECREF(d);
      doIgnore(st, "}", n - i - 2, e);
    }
    Py_DECREF(k);
    Py_DECREF(v);
  }
  if (st.fmt[st.pos] !== "}") {
    Py_DECREF(d);
    raise(PyExc_SystemError, "Unmatched paren in format");
  }
  st.pos++;
  return d;
}

/** The `#` length of `s#`/`y#`/`u#` (-1 when absent). */
function hashLength(st: BuildState): number {
  if (st.fmt[st.pos] !== "#") return -1;
  st.pos++;
  if (st.ssizeClean) return st.b.model.ssize === 8 ? Number(st.va.int64()) : st.va.int32();
  st.va.int32();
  raise(PyExc_SystemError, "PY_SSIZE_T_CLEAN macro must be defined for '#' formats");
}

function cBytes(b: ArgBridge, p: number, n: number): Uint8Array {
  return n < 0 ? b.cString(p) : b.bytesAt(p, n);
}

/** `PyUnicode_FromOrdinal`. */
function fromOrdinal(i: number): PyObject {
  if (i < 0 || i > 0x10ffff) raise(PyExc_ValueError, "chr() arg not in range(0x110000)");
  return PyUnicode_FromString(String.fromCodePoint(i));
}

/** `do_mkvalue`: one value (a new reference). */
function mkValue(st: BuildState): PyObject {
  const { b, va } = st;
  const model = b.model;
  for (;;) {
    const c = st.fmt[st.pos++];
    switch (c) {
      case "(":
        return PyTuple_Pack(mkItems(st, ")", countFormat(st.fmt, st.pos, ")")));
      case "[":
        return PyList_FromArray(mkItems(st, "]", countFormat(st.fmt, st.pos, "]")));
      case "{":
        return mkDict(st, countFormat(st.fmt, st.pos, "}"));
      case "b":
      case "B":
      case "h":
      case "i":
        return PyLong_FromValue(va.int32());
      case "H":
        return PyLong_FromValue(va.uint32());
      case "I":
        return PyLong_FromValue(va.uint32());
      case "n":
        return PyLong_FromValue(model.ssize === 8 ? normalizeInt(va.int64()) : va.int32());
      case "l":
        return PyLong_FromValue(model.long === 8 ? normalizeInt(va.int64()) : va.int32());
      case "k":
        return PyLong_FromValue(model.long === 8 ? normalizeInt(va.uint64()) : va.uint32());
      case "L":
        return PyLong_FromValue(normalizeInt(va.int64()));
      case "K":
        return PyLong_FromValue(normalizeInt(va.uint64()));
      case "u": {
        const p = va.ptr();
        const n = hashLength(st);
        if (p === 0) return Py_NewRef(Py_None);
        return PyUnicode_FromString(wideString(b, p, n));
      }
      case "f":
      case "d":
        return PyFloat_FromDouble(va.double());
      case "c":
        return PyBytes_FromBytes(new Uint8Array([va.int32() & 0xff]));
      case "C":
        return fromOrdinal(va.int32());
      case "s":
      case "z":
      case "U": {
        const p = va.ptr();
        const n = hashLength(st);
        if (p === 0) return Py_NewRef(Py_None);
        const u8 = cBytes(b, p, n);
        return PyUnicode_FromString(decodeBytes(u8, 0, u8.length, "utf-8", "strict"));
      }
      case "y": {
        const p = va.ptr();
        const n = hashLength(st);
        if (p === 0) return Py_NewRef(Py_None);
        return PyBytes_FromBytes(cBytes(b, p, n));
      }
      case "N":
      case "S":
      case "O": {
        if (st.fmt[st.pos] === "&") {
          const fn = va.ptr();
          const arg = va.ptr();
          st.pos++;
          const r = b.callBuildConverter(fn, arg);
          if (r === 0) {
            const exc = b.takeError();
            if (exc !== null) throw new PyError(exc);
            raise(PyExc_SystemError, "error return without exception set");
          }
          return b.stealAt(r);
        }
        const p = va.ptr();
        if (p === 0) {
          const exc = b.takeError();
          if (exc !== null) throw new PyError(exc);
          raise(PyExc_SystemError, "NULL object passed to Py_BuildValue");
        }
        if (c === "N") return b.stealAt(p);
        const o = b.objectAt(p);
        Py_INCREF(o);
        return o;
      }
      case ":":
      case ",":
      case " ":
      case "\t":
        break;
      default:
        raise(PyExc_SystemError, "bad format char passed to Py_BuildValue");
    }
  }
}

function Py_NewRef(o: PyObject): PyObject {
  Py_INCREF(o);
  return o;
}

/** `PyUnicode_FromWideChar(u, n)` (`n` < 0: up to the NUL) for the model's `wchar_t`. */
function wideString(b: ArgBridge, p: number, n: number): string {
  const w = b.model.wchar;
  let s = "";
  for (let i = 0; n < 0 || i < n; i++) {
    const u8 = b.bytesAt(p + i * w, w);
    const cu =
      w === 4 ? new DataView(u8.buffer).getUint32(0, true) : new DataView(u8.buffer).getUint16(0, true);
    if (n < 0 && cu === 0) break;
    if (w === 2) s += String.fromCharCode(cu);
    else {
      if (cu > 0x10ffff) {
        raise(PyExc_ValueError, `character U+${cu.toString(16)} is not in range [U+0000; U+10ffff]`);
      }
      s += String.fromCodePoint(cu);
    }
  }
  return s;
}

/**
 * `Py_BuildValue(format, ...)` / `Py_VaBuildValue(format, va)`: a new
 * reference (None for an empty format, the value for one unit, else a tuple).
 * Throws on failure (the stolen `N` references are dropped).
 * @returns New reference.
 */
export function Py_BuildValue(b: ArgBridge, format: CFormat, va: VaList, opts: ParseOptions = {}): PyObject {
  const fmt = byteString(format);
  const st: BuildState = { b, va, fmt, pos: 0, ssizeClean: opts.ssizeClean ?? true };
  const n = countFormat(fmt, 0, "");
  if (n === 0) return Py_NewRef(Py_None);
  if (n === 1) return mkValue(st);
  return PyTuple_Pack(mkItems(st, "", n));
}

/**
 * `Py_VaBuildValue(format, va)`.
 * @returns New reference.
 */
export const Py_VaBuildValue = Py_BuildValue;
