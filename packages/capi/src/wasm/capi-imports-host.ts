/**
 * The C-API functions that reach the host (the interpreter embedding the
 * runtime): imports (`PyImport_ImportModule`), warnings (`PyErr_WarnEx`),
 * printing errors (`PyErr_Print`, `PyErr_WriteUnraisable`), a module's dict
 * (`PyModule_GetDict`), and the byte-level int/bytes helpers.
 *
 * The host is given to the runtime (`CRuntimeOptions.host`); without one, imports raise
 * ModuleNotFoundError and warnings/errors go to the C runtime's stderr.
 */
import {
  PyBytes_Check,
  PyBytes_FromBytes,
  PyBytes_Type,
  PyBytes_Storage,
  getBuffer,
  PyBUF_SIMPLE,
  PyBuffer_Release,
} from "@py/buffer";
import {
  formatExceptionOnly,
  longAsBigInt,
  PyDict_DelItemString,
  PyDict_GetItemString,
  PyDict_New,
  type PyDictObject,
  PyDict_Next,
  PyDict_SetItemString,
  PyExc_OverflowError,
  PyExc_SystemError,
  PyExc_TypeError,
  PyLong_Check,
  PySequence_Check,
  PyLong_FromNumber,
  PyLong_FromValue,
  PyLong_Type,
  PyModule_Check,
  type PyModuleObject,
  type PyObject,
  PyObject_Call,
  PyObject_GetAttr,
  PyObject_HasAttr,
  PyType_Check,
  type PyTypeObject,
  PyUnicode_Check,
  PyUnicode_FromString,
  Py_DECREF,
  Py_INCREF,
  Py_NewRef,
  repr,
  raise,
  str,
} from "@py/object";
import { unicodeFromFormat } from "../args/from-format.js";
import { Wasm32VaList } from "../args/va-list.js";
import { releaseException, takeException } from "../errors.js";
import { adopt, borrow, stealHandle } from "../refcount.js";
import { wasmArgBridge } from "./arg-bridge.js";
import { type CApiHost, cRuntime, exceptionClass } from "./c-runtime.js";
import { ptrOf } from "./calls.js";
import { defineImports } from "./registry.js";
import { exitError } from "./wasi.js";

/** The host the active runtime was started with (`CRuntimeOptions.host`). */
function host(): CApiHost {
  return cRuntime().host;
}

function stderr(text: string): void {
  const h = host();
  if (h.stderr !== undefined) h.stderr(text);
  else cRuntime().writeStderr(text);
}

/** `Py_PRINT_RAW`: `PyObject_Print` writes str() rather than repr(). */
const PY_PRINT_RAW = 1;
/** A UTF-16 surrogate without its pair (what CPython's backslashreplace escapes as \\udXXX). */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

const seenWarnings = new Set<string>();

function warn(category: PyTypeObject, message: string, stacklevel: number): void {
  const h = host();
  if (h.warn !== undefined) {
    h.warn(category, message, stacklevel);
    return;
  }
  // The default filter: once per (category, message) here, as no location is known.
  const key = `${category.tp_name}\0${message}`;
  if (seenWarnings.has(key)) return;
  seenWarnings.add(key);
  stderr(`<C extension>:0: ${category.tp_name}: ${message}\n`);
}

const o = (a: number, fn: string): PyObject => borrow(a, fn);
const give = (x: PyObject): number => adopt(x);
const cstr = (p: number): string => cRuntime().mem.readCString(p);

function category(a: number, fn: string): PyTypeObject {
  if (a === 0) return exceptionClass("RuntimeWarning");
  const t = o(a, fn);
  if (!PyType_Check(t))
    raise(PyExc_TypeError, `category must be a Warning subclass, not '${t.ob_type.tp_name}'`);
  return t;
}

/**
 * A `Map` view of a dict, with the `Map` conventions module objects use: `set`
 * takes over the caller's reference and does not release the old value (the
 * caller does), `delete` does not release either. Installed as a module's
 * `dict` by `PyModule_GetDict`, so the module and the dict C holds stay one.
 */
class DictBackedMap extends Map<string, PyObject> {
  constructor(readonly d: PyDictObject) {
    super();
  }
  override get(k: string): PyObject | undefined {
    return PyDict_GetItemString(this.d, k) ?? undefined;
  }
  override has(k: string): boolean {
    return PyDict_GetItemString(this.d, k) !== null;
  }
  override set(k: string, v: PyObject): this {
    const old = PyDict_GetItemString(this.d, k);
    if (old !== null) Py_INCREF(old);
    PyDict_SetItemString(this.d, k, v);
    Py_DECREF(v);
    return this;
  }
  override delete(k: string): boolean {
    const old = PyDict_GetItemString(this.d, k);
    if (old === null) return false;
    Py_INCREF(old);
    PyDict_DelItemString(this.d, k);
    return true;
  }
  override get size(): number {
    return this.d.ma_used;
  }
  override *entries(): MapIterator<[string, PyObject]> {
    for (let p = PyDict_Next(this.d, 0); p !== null; p = PyDict_Next(this.d, p.pos)) {
      if (PyUnicode_Check(p.key)) yield [p.key.value, p.value];
    }
  }
  override [Symbol.iterator](): MapIterator<[string, PyObject]> {
    return this.entries();
  }
  override *keys(): MapIterator<string> {
    for (const [k] of this.entries()) yield k;
  }
  override *values(): MapIterator<PyObject> {
    for (const [, v] of this.entries()) yield v;
  }
  override forEach(f: (v: PyObject, k: string, m: Map<string, PyObject>) => void): void {
    for (const [k, v] of this.entries()) f(v, k, this);
  }
  override clear(): void {
    for (const k of [...this.keys()]) this.delete(k);
  }
}

/**
 * `PyModule_GetDict(m)`: the module's dict (borrowed), the same object each time.
 * @returns Borrowed reference.
 */
export function moduleDict(m: PyModuleObject): PyDictObject {
  if (m.dict instanceof DictBackedMap) return m.dict.d;
  const d = PyDict_New();
  for (const [k, v] of m.dict) PyDict_SetItemString(d, k, v);
  if (!m.dict.has("__name__")) {
    const n = PyUnicode_FromString(m.name);
    PyDict_SetItemString(d, "__name__", n);
    Py_DECREF(n);
  }
  // The module's references move into the dict (which took its own): drop the Map's.
  for (const v of m.dict.values()) Py_DECREF(v);
  m.dict = new DictBackedMap(d);
  return d;
}

function bytesOf(p: number, n: number): Uint8Array {
  return cRuntime().mem.copyOut(p, n);
}

defineImports({
  _Py_FatalErrorFunc: {
    sig: "v:pp",
    fn: (func: number, msg: number) => {
      stderr(
        `Fatal Python error: ${func === 0 ? "" : `${cstr(func)}: `}${cstr(msg)}\nPython runtime state: initialized\n`,
      );
      throw exitError(134);
    },
  },
  PyImport_ImportModule: {
    sig: "o:p",
    fn: (name: number) => {
      const n = cstr(name);
      const h = host();
      if (h.importModule === undefined)
        raise(exceptionClass("ModuleNotFoundError"), `No module named '${n}'`);
      return give(h.importModule(n));
    },
  },
  PyImport_Import: {
    sig: "o:o",
    fn: (name: number) => {
      const n = o(name, "PyImport_Import");
      if (!PyUnicode_Check(n)) raise(PyExc_TypeError, "module name must be a string");
      const h = host();
      if (h.importModule === undefined)
        raise(exceptionClass("ModuleNotFoundError"), `No module named '${n.value}'`);
      return give(h.importModule(n.value));
    },
  },
  PyModule_GetDict: {
    sig: "o:o",
    fn: (m: number) => {
      const mod = o(m, "PyModule_GetDict");
      if (!PyModule_Check(mod)) raise(PyExc_SystemError, "bad argument to internal function");
      return ptrOf(moduleDict(mod as PyModuleObject));
    },
  },
  PyErr_WarnEx: {
    sig: "i:opi",
    fn: (cat: number, msg: number, stacklevel: number) => {
      warn(category(cat, "PyErr_WarnEx"), cstr(msg), stacklevel);
      return 0;
    },
  },
  PyErr_WarnFormat: {
    sig: "i:oipp",
    fn: (cat: number, stacklevel: number, fmt: number, va: number) => {
      const text = unicodeFromFormat(
        wasmArgBridge,
        cRuntime().mem.readCStringBytes(fmt),
        new Wasm32VaList(() => cRuntime().mem.heapDV(), va),
      );
      warn(category(cat, "PyErr_WarnFormat"), text, stacklevel);
      return 0;
    },
  },
  PyErr_Print: {
    sig: "v:",
    fn: () => {
      const e = takeException();
      if (e === null) return;
      stderr(`${formatExceptionOnly(e)}\n`);
      releaseException(e);
    },
  },
  PyErr_PrintEx: {
    sig: "v:i",
    fn: () => {
      const e = takeException();
      if (e === null) return;
      stderr(`${formatExceptionOnly(e)}\n`);
      releaseException(e);
    },
  },
  PyErr_WriteUnraisable: {
    sig: "v:o",
    fn: (obj: number) => {
      const e = takeException();
      let where = "";
      if (obj !== 0) {
        const x = cRuntime().objects.resolve(obj);
        where = x === null ? "" : `Exception ignored in: ${repr(x)}\n`;
      }
      stderr(`${where}${e === null ? "" : `${formatExceptionOnly(e)}\n`}`);
      if (e !== null) releaseException(e);
    },
  },
  PyException_GetTraceback: { sig: "o:o", fn: () => 0 },
  /**
   * `PyObject_Print(op, fp, flags)`: writes repr(op) (str(op) with `Py_PRINT_RAW`)
   * to C's `FILE *fp` through the main module's `fwrite`, UTF-8 with lone
   * surrogates backslash-escaped as CPython; `<nil>` for NULL.
   */
  PyObject_Print: {
    sig: "i:opi",
    fn: (a: number, fp: number, flags: number) => {
      let text = "<nil>";
      if (a !== 0) {
        const x = o(a, "PyObject_Print");
        text = (flags & PY_PRINT_RAW) !== 0 ? str(x) : repr(x);
      }
      const bytes = new TextEncoder().encode(
        text.replace(LONE_SURROGATE, (u) => `\\u${u.charCodeAt(0).toString(16)}`),
      );
      if (bytes.length === 0) return 0;
      const c = cRuntime();
      const addr = c.mem.allocator.malloc(bytes.length);
      if (addr === 0) raise(exceptionClass("MemoryError"));
      try {
        c.mem.copyIn(addr, bytes);
        c.callExport(c.main.fwrite, "PyObject_Print", addr, 1, bytes.length, fp);
      } finally {
        c.mem.allocator.free(addr);
      }
      return 0;
    },
  },
  PyObject_Bytes: {
    sig: "o:o",
    fn: (a: number) => {
      const x = o(a, "PyObject_Bytes");
      if (PyBytes_Check(x)) return give(Py_NewRef(x));
      if (PyObject_HasAttr(x.ob_type, "__bytes__")) {
        const f = PyObject_GetAttr(x, "__bytes__");
        try {
          const r = PyObject_Call(f, [], null);
          if (!PyBytes_Check(r)) {
            Py_DECREF(r);
            raise(PyExc_TypeError, `__bytes__ returned non-bytes (type ${r.ob_type.tp_name})`);
          }
          return give(r);
        } finally {
          Py_DECREF(f);
        }
      }
      // PyBytes_FromObject: a buffer, else an iterable of ints (not a str, not an int).
      const iterable = x.ob_type.tp_iter !== null || PySequence_Check(x);
      if (PyUnicode_Check(x) || (x.ob_type.tp_as_buffer === null && !iterable)) {
        raise(PyExc_TypeError, `cannot convert '${x.ob_type.tp_name}' object to bytes`);
      }
      // PyBytes_FromObject: a list, tuple or other iterable of ints, as bytes(x).
      if (x.ob_type.tp_as_buffer === null) return give(PyObject_Call(PyBytes_Type, [x], null));
      const v = getBuffer(x, PyBUF_SIMPLE);
      try {
        return give(PyBytes_FromBytes(v.buf.mem.u8.slice(v.buf.offset, v.buf.offset + v.len)));
      } finally {
        PyBuffer_Release(v);
      }
    },
  },
  PyLong_FromString: {
    sig: "o:ppi",
    fn: (str: number, pend: number, base: number) => {
      const s = cstr(str);
      // longobject.c's checks: the base range, then the literal; an error names the
      // base deduced from a 0x/0o/0b prefix and *pend points where parsing stopped.
      if ((base !== 0 && base < 2) || base > 36)
        raise(exceptionClass("ValueError"), "int() arg 2 must be >= 2 and <= 36");
      const end = (k: number) => {
        if (pend !== 0) cRuntime().mem.writeU32(pend, str + new TextEncoder().encode(s.slice(0, k)).length);
      };
      let i = 0;
      while (i < s.length && /\s/.test(s[i]!)) i++;
      if (s[i] === "+" || s[i] === "-") i++;
      let b0 = base;
      const prefix = s.slice(i, i + 2).toLowerCase();
      if (b0 === 0)
        b0 = s[i] !== "0" ? 10 : (({ "0x": 16, "0o": 8, "0b": 2 } as Record<string, number>)[prefix] ?? 0);
      if ((b0 === 16 && prefix === "0x") || (b0 === 8 && prefix === "0o") || (b0 === 2 && prefix === "0b"))
        i += 2;
      let j = i;
      const digit = (ch: string | undefined) =>
        ch !== undefined && /[0-9a-z]/i.test(ch) && parseInt(ch, 36) < (b0 || 10);
      while (digit(s[j]) || (s[j] === "_" && digit(s[j + 1]) && j > 0)) j++;
      let k = j;
      while (k < s.length && /\s/.test(s[k]!)) k++;
      if (j === i || k !== s.length) {
        end(k);
        raise(
          exceptionClass("ValueError"),
          `invalid literal for int() with base ${b0}: ${repr(PyUnicode_FromString(s))}`,
        );
      }
      const text = PyUnicode_FromString(s);
      const b = PyLong_FromNumber(base);
      try {
        const r = PyObject_Call(PyLong_Type, [text, b], null);
        end(s.length);
        return give(r);
      } finally {
        Py_DECREF(text);
        Py_DECREF(b);
      }
    },
  },
  _PyLong_FromByteArray: {
    sig: "o:piii",
    fn: (p: number, n: number, little: number, signed: number) => {
      const bytes = bytesOf(p, n);
      let v = 0n;
      for (let i = 0; i < n; i++) v = (v << 8n) | BigInt(bytes[little ? n - 1 - i : i]!);
      if (signed && n > 0 && v >= 1n << BigInt(8 * n - 1)) v -= 1n << BigInt(8 * n);
      return give(PyLong_FromValue(v));
    },
  },
  _PyLong_AsByteArray: {
    sig: "i:opiii",
    fn: (a: number, p: number, n: number, little: number, signed: number) => {
      const x = o(a, "_PyLong_AsByteArray");
      if (!PyLong_Check(x)) raise(PyExc_TypeError, "an integer is required");
      let v = longAsBigInt(x);
      if (!signed && v < 0n) raise(PyExc_OverflowError, "can't convert negative int to unsigned");
      const bits = BigInt(8 * n);
      const fits = signed ? v >= -(1n << (bits - 1n)) && v < 1n << (bits - 1n) : v < 1n << bits;
      if (!fits) raise(PyExc_OverflowError, "int too big to convert");
      v = BigInt.asUintN(8 * n, v);
      const out = new Uint8Array(n);
      for (let i = 0; i < n; i++) {
        out[little ? i : n - 1 - i] = Number(v & 0xffn);
        v >>= 8n;
      }
      cRuntime().mem.copyIn(p, out);
      return 0;
    },
  },
  PyBytes_Concat: {
    sig: "v:po",
    fn: (pv: number, w: number) => concat(pv, w, false),
  },
  PyBytes_ConcatAndDel: {
    sig: "v:po",
    fn: (pv: number, w: number) => concat(pv, w, true),
  },
  _PyBytes_Resize: {
    sig: "i:pi",
    fn: (pv: number, size: number) => {
      const m = cRuntime().mem;
      const a = m.readU32(pv);
      const old = stealHandle(a as never);
      try {
        if (!PyBytes_Check(old) || size < 0) {
          m.writeU32(pv, 0);
          raise(PyExc_SystemError, "bad argument to internal function");
        }
        const s = PyBytes_Storage(old);
        const bytes = new Uint8Array(size);
        bytes.set(s.mem.u8.subarray(s.offset, s.offset + Math.min(size, s.length)));
        m.writeU32(pv, give(PyBytes_FromBytes(bytes)));
        return 0;
      } finally {
        Py_DECREF(old);
      }
    },
  },
});

/**
 * `PyBytes_Concat(&v, w)`: `*pv = *pv + w` (bytes_concat: any two buffers, a bytes
 * result; the old `*pv` is released); NULL on error. A NULL `w` only clears `*pv`.
 */
function concat(pv: number, w: number, delW: boolean): void {
  const m = cRuntime().mem;
  const a = m.readU32(pv);
  try {
    if (a === 0) return;
    const left = stealHandle(a as never);
    m.writeU32(pv, 0);
    try {
      if (w === 0) return;
      const right = o(w, "PyBytes_Concat");
      // bytes_concat: any buffer failure is reported as this TypeError.
      const cant = () => `can't concat ${right.ob_type.tp_name} to ${left.ob_type.tp_name}`;
      let l: ReturnType<typeof getBuffer>;
      try {
        l = getBuffer(left, PyBUF_SIMPLE);
      } catch {
        raise(PyExc_TypeError, cant());
      }
      try {
        let v: ReturnType<typeof getBuffer>;
        try {
          v = getBuffer(right, PyBUF_SIMPLE);
        } catch {
          raise(PyExc_TypeError, cant());
        }
        try {
          const out = new Uint8Array(l.len + v.len);
          out.set(l.buf.mem.u8.subarray(l.buf.offset, l.buf.offset + l.len));
          out.set(v.buf.mem.u8.subarray(v.buf.offset, v.buf.offset + v.len), l.len);
          m.writeU32(pv, give(PyBytes_FromBytes(out)));
        } finally {
          PyBuffer_Release(v);
        }
      } finally {
        PyBuffer_Release(l);
      }
    } finally {
      Py_DECREF(left);
    }
  } finally {
    if (delW && w !== 0) {
      const x = cRuntime().objects.resolve(w);
      if (x !== null) {
        stealHandle(w as never);
        Py_DECREF(x);
      }
    }
  }
}
