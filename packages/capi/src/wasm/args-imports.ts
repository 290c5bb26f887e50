/**
 * The variadic C-API functions on the wasm runtime: `PyArg_ParseTuple` &
 * co., `Py_BuildValue`, `PyErr_Format`, `PyUnicode_FromFormat`,
 * `PyBytes_FromFormat`. A variadic callee receives one extra i32, the
 * address of its promoted arguments (clang's wasm32 ABI), which is also what
 * a `va_list` is: both forms read it with a `Wasm32VaList`.
 *
 * Our headers map the names to the `_SizeT` entry points when
 * `PY_SSIZE_T_CLEAN` is defined, as CPython 3.11's do; the plain names are
 * the old convention (`#` units raise SystemError). The parsers return 0
 * on failure (signature letter `z`), not -1.
 */
import { PyExc_SystemError, PyType_Check, type PyTypeObject, raise } from "@py/object";
import { Py_BuildValue } from "../args/build-value.js";
import { PyBytes_FromFormatV, PyErr_FormatV, PyUnicode_FromFormatV } from "../args/from-format.js";
import { PyArg_ParseTupleAndKeywords } from "../args/parse-keywords.js";
import { PyArg_Parse, PyArg_ParseTuple, PyArg_UnpackTuple } from "../args/parse-tuple.js";
import { Wasm32VaList } from "../args/va-list.js";
import { adopt, borrow } from "../refcount.js";
import { wasmArgBridge as b } from "./arg-bridge.js";
import { cRuntime } from "./c-runtime.js";
import { defineImports, type ImportDef } from "./registry.js";

const va = (p: number): Wasm32VaList => new Wasm32VaList(() => cRuntime().mem.heapDV(), p);
/** Format strings read before, by address: checked against memory at each use, so never stale. */
const formats = new Map<number, { bytes: Uint8Array; text: string }>();

/**
 * The C string at `p` for an engine: an ASCII one as a JS string (what the
 * engines make of it anyway), taken from `formats` when the bytes at `p`
 * are still the ones read there last time (a format in a module's data
 * usually is, one on the stack may not be), else read and remembered.
 */
function fmt(p: number): string | Uint8Array {
  const m = cRuntime().mem;
  const hit = formats.get(p);
  if (hit !== undefined) {
    const u8 = m.heapU8();
    const b = hit.bytes;
    const n = b.length;
    if (p + n < u8.length && u8[p + n] === 0) {
      let i = 0;
      while (i < n && u8[p + i] === b[i]) i++;
      if (i === n) return hit.text;
    }
  }
  const bytes = m.readCStringBytes(p);
  let ascii = true;
  for (let i = 0; i < bytes.length; i++) if (bytes[i]! >= 0x80) ascii = false;
  if (!ascii || bytes.length > 4096) return bytes;
  if (formats.size >= 4096) formats.clear();
  const text = String.fromCharCode(...bytes);
  formats.set(p, { bytes, text });
  return text;
}
const obj = (p: number, fn: string) => borrow(p, fn);

function parseTuple(clean: boolean, fn: string): ImportDef {
  return {
    sig: "z:opp",
    fn: (args: number, f: number, v: number) => {
      PyArg_ParseTuple(b, obj(args, fn), fmt(f), va(v), { ssizeClean: clean });
      return 1;
    },
  };
}

function parseKeywords(clean: boolean, fn: string): ImportDef {
  return {
    sig: "z:ooppp",
    fn: (args: number, kw: number, f: number, kwlist: number, v: number) => {
      PyArg_ParseTupleAndKeywords(b, obj(args, fn), kw === 0 ? null : obj(kw, fn), fmt(f), kwlist, va(v), {
        ssizeClean: clean,
      });
      return 1;
    },
  };
}

function parse(clean: boolean, fn: string): ImportDef {
  return {
    sig: "z:opp",
    fn: (a: number, f: number, v: number) => {
      PyArg_Parse(b, a === 0 ? null : obj(a, fn), fmt(f), va(v), { ssizeClean: clean });
      return 1;
    },
  };
}

function build(clean: boolean): ImportDef {
  return {
    sig: "o:pp",
    fn: (f: number, v: number) => adopt(Py_BuildValue(b, fmt(f), va(v), { ssizeClean: clean })),
  };
}

function excType(t: number, fn: string): PyTypeObject {
  const x = obj(t, fn);
  if (!PyType_Check(x)) raise(PyExc_SystemError, `${fn}: exception is not a type`);
  return x;
}

defineImports({
  PyArg_ParseTuple: parseTuple(false, "PyArg_ParseTuple"),
  _PyArg_ParseTuple_SizeT: parseTuple(true, "PyArg_ParseTuple"),
  PyArg_VaParse: parseTuple(false, "PyArg_VaParse"),
  _PyArg_VaParse_SizeT: parseTuple(true, "PyArg_VaParse"),
  PyArg_ParseTupleAndKeywords: parseKeywords(false, "PyArg_ParseTupleAndKeywords"),
  _PyArg_ParseTupleAndKeywords_SizeT: parseKeywords(true, "PyArg_ParseTupleAndKeywords"),
  PyArg_VaParseTupleAndKeywords: parseKeywords(false, "PyArg_VaParseTupleAndKeywords"),
  _PyArg_VaParseTupleAndKeywords_SizeT: parseKeywords(true, "PyArg_VaParseTupleAndKeywords"),
  PyArg_Parse: parse(false, "PyArg_Parse"),
  _PyArg_Parse_SizeT: parse(true, "PyArg_Parse"),
  PyArg_UnpackTuple: {
    sig: "z:opiip",
    fn: (args: number, name: number, min: number, max: number, v: number) => {
      PyArg_UnpackTuple(b, obj(args, "PyArg_UnpackTuple"), name === 0 ? null : fmt(name), min, max, va(v));
      return 1;
    },
  },
  Py_BuildValue: build(false),
  _Py_BuildValue_SizeT: build(true),
  Py_VaBuildValue: build(false),
  _Py_VaBuildValue_SizeT: build(true),
  PyErr_Format: {
    sig: "o:opp",
    fn: (t: number, f: number, v: number) => PyErr_FormatV(b, excType(t, "PyErr_Format"), fmt(f), va(v)),
  },
  PyErr_FormatV: {
    sig: "o:opp",
    fn: (t: number, f: number, v: number) => PyErr_FormatV(b, excType(t, "PyErr_FormatV"), fmt(f), va(v)),
  },
  PyUnicode_FromFormat: {
    sig: "o:pp",
    fn: (f: number, v: number) => adopt(PyUnicode_FromFormatV(b, fmt(f), va(v))),
  },
  PyUnicode_FromFormatV: {
    sig: "o:pp",
    fn: (f: number, v: number) => adopt(PyUnicode_FromFormatV(b, fmt(f), va(v))),
  },
  PyBytes_FromFormat: {
    sig: "o:pp",
    fn: (f: number, v: number) => adopt(PyBytes_FromFormatV(b, fmt(f), va(v))),
  },
  PyBytes_FromFormatV: {
    sig: "o:pp",
    fn: (f: number, v: number) => adopt(PyBytes_FromFormatV(b, fmt(f), va(v))),
  },
});
