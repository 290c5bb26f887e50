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

const va = (p: number): Wasm32VaList => new Wasm32VaList(() => cRuntime().mem.heap.dv, p);
const fmt = (p: number): Uint8Array => cRuntime().mem.readCStringBytes(p);
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
