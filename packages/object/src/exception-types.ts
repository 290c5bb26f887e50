/**
 * The slots of the exception types (`Objects/exceptions.c`): `__new__`
 * keeps the arguments, `args`, repr and str; `StopIteration.value` and
 * `UnicodeDecodeError`'s attributes. The types are declared in exceptions.ts
 * (everything raises through it); this file makes them ready.
 */
import { ssize_as_index } from "./ssize.js";
import { bytesTypeProcs } from "./bytes-object.js";
import {
  PyBaseExceptionObject,
  PyExc_Exception,
  PyExc_TypeError,
  exceptionStr,
  raise,
  builtinExceptions,
  PyExc_StopIteration,
  PyExc_UnicodeDecodeError,
  PyExc_OSError,
} from "./exceptions.js";
import { iterateToArray } from "./iteration.js";
import { Py_None } from "./none.js";
import { PyLong_AsSsize_t, PyNumber_Index } from "./number.js";
import {
  IMMORTAL_REFCNT,
  type KwArgs,
  type PyObject,
  PyTypeObject,
  type PyTypeSlots,
  PyType_IsSubtype,
  PyType_Ready,
} from "./object.js";
import { Py_DECREF, Py_NewRef } from "./refcount.js";
import { chainedValue, PyException_SetCause, PyException_SetContext } from "./exception-chain.js";
import { Py_False, Py_True } from "./bool-object.js";
import { repr, str } from "./repr.js";
import { PyUnicode_Check, type PyUnicodeObject } from "./str-object.js";
import { PyTuple_Pack } from "./tuple-object.js";

/** `BaseException.__new__`: `ValueError('x')` keeps its arguments (owned references). */
function exception_new(type: PyTypeObject, args: readonly PyObject[], kwargs: KwArgs | null): PyObject {
  if (kwargs !== null && kwargs.size > 0)
    raise(PyExc_TypeError, `${type.shortName}() takes no keyword arguments`);
  for (const a of args) a.ob_refcnt++;
  return new PyBaseExceptionObject(type, args.slice(), null);
}

/** getargs 'n' (`PyNumber_Index`, then `PyLong_AsSsize_t`). */
function ssizeArg(o: PyObject): number {
  const i = PyNumber_Index(o);
  try {
    return ssize_as_index(PyLong_AsSsize_t(i));
  } finally {
    Py_DECREF(i);
  }
}

/**
 * `UnicodeDecodeError(encoding, object, start, end, reason)`
 * (`UnicodeDecodeError_init`, `PyArg_ParseTuple(args, "UOnnU")`); the str is
 * computed from the arguments as `UnicodeDecodeError_str` does.
 */
function unicodeDecodeError_new(
  type: PyTypeObject,
  args: readonly PyObject[],
  kwargs: KwArgs | null,
): PyObject {
  const e = exception_new(type, args, kwargs) as PyBaseExceptionObject;
  try {
    if (args.length !== 5)
      raise(PyExc_TypeError, `function takes exactly 5 arguments (${args.length} given)`);
    if (!PyUnicode_Check(args[0]!))
      raise(PyExc_TypeError, `argument 1 must be str, not ${args[0]!.ob_type.tp_name}`);
    const start = ssizeArg(args[2]!);
    const end = ssizeArg(args[3]!);
    if (!PyUnicode_Check(args[4]!))
      raise(PyExc_TypeError, `argument 5 must be str, not ${args[4]!.ob_type.tp_name}`);
    const u8 = bytesOf(args[1]!);
    const enc = (args[0] as PyUnicodeObject).value;
    const reason = (args[4] as PyUnicodeObject).value;
    if (start < u8.length && start >= 0 && end === start + 1) {
      const byte = u8[start]!.toString(16).padStart(2, "0");
      e.message = `'${enc}' codec can't decode byte 0x${byte} in position ${start}: ${reason}`;
    } else {
      e.message = `'${enc}' codec can't decode bytes in position ${start}-${end - 1}: ${reason}`;
    }
    return e;
  } catch (err) {
    Py_DECREF(e);
    throw err;
  }
}

/**
 * The `object` argument of `UnicodeDecodeError()`: a copy of any bytes-like
 * object (`PyObject_GetBuffer(PyBUF_SIMPLE)`, through the bytes type of
 * @py/buffer; empty while that is not loaded).
 */
function bytesOf(o: PyObject): Uint8Array {
  const f = bytesTypeProcs()?.bt_buffer_copy;
  return f === undefined ? new Uint8Array(0) : f(o);
}

/** The slots every exception type has (`BaseException`'s, given again to each type as before). */
const exceptionSlots: PyTypeSlots = {
  basetype: true,
  new: exception_new,
  dealloc: (o) => {
    const e = o as PyBaseExceptionObject;
    const a = e.args;
    e.args = [];
    for (const x of a) Py_DECREF(x);
    PyException_SetCause(e, null);
    PyException_SetContext(e, null);
  },
  getset: {
    __cause__: {
      get: (o) => Py_NewRef((o as PyBaseExceptionObject).cause ?? Py_None),
      set: (o, v) => {
        if (v === null) raise(PyExc_TypeError, "__cause__ may not be deleted");
        PyException_SetCause(o as PyBaseExceptionObject, chainedValue(v, "cause"));
      },
    },
    __context__: {
      get: (o) => Py_NewRef((o as PyBaseExceptionObject).context ?? Py_None),
      set: (o, v) => {
        if (v === null) raise(PyExc_TypeError, "__context__ may not be deleted");
        PyException_SetContext(o as PyBaseExceptionObject, chainedValue(v, "context"));
      },
    },
    __suppress_context__: {
      get: (o) => Py_NewRef((o as PyBaseExceptionObject).suppressContext ? Py_True : Py_False),
      set: (o, v) => {
        if (v !== Py_True && v !== Py_False) raise(PyExc_TypeError, "attribute value type must be bool");
        (o as PyBaseExceptionObject).suppressContext = v === Py_True;
      },
    },
    args: {
      get: (o) => {
        const a = (o as PyBaseExceptionObject).args;
        for (const x of a) x.ob_refcnt++;
        return PyTuple_Pack(a.slice());
      },
      set: (o, v) => {
        if (v === null) raise(PyExc_TypeError, "args may not be deleted");
        const e = o as PyBaseExceptionObject;
        const old = e.args;
        e.args = iterateToArray(v);
        e.message = null;
        for (const x of old) Py_DECREF(x);
      },
    },
  },
  repr: (o) => {
    const e = o as PyBaseExceptionObject;
    const n = e.ob_type.shortName;
    if (e.args.length === 1) return `${n}(${repr(e.args[0]!)})`;
    return `${n}(${e.args.map((a) => repr(a)).join(", ")})`;
  },
  str: (o) => exceptionStr(o as PyBaseExceptionObject),
};

// Every builtin exception (bases first) but the two readied below with slots of their own.
for (const t of builtinExceptions.values()) {
  if (t !== PyExc_StopIteration && t !== PyExc_UnicodeDecodeError && !PyType_IsSubtype(t, PyExc_OSError))
    PyType_Ready(t, exceptionSlots);
}

/** `OSError(errno, strerror[, filename[, winerror[, filename2]]])`'s fields, when given 2 to 5 arguments. */
function osErrorField(o: PyObject, i: number): PyObject {
  const a = (o as PyBaseExceptionObject).args;
  const v = a.length >= 2 && a.length <= 5 && i < a.length ? a[i]! : Py_None;
  v.ob_refcnt++;
  return v;
}

// OSError_str: `[Errno 2] No such file: 'name'` for (errno, strerror[, filename...])
const osErrorSlots: PyTypeSlots = {
  ...exceptionSlots,
  str: (o) => {
    const e = o as PyBaseExceptionObject;
    const a = e.args;
    if (a.length < 2 || a.length > 5) return exceptionStr(e);
    const head = `[Errno ${str(a[0]!)}] ${str(a[1]!)}`;
    if (a.length >= 3 && a[2] !== Py_None) {
      const f2 = a.length === 5 && a[4] !== Py_None ? ` -> ${repr(a[4]!)}` : "";
      return `${head}: ${repr(a[2]!)}${f2}`;
    }
    return head;
  },
  getset: {
    ...exceptionSlots.getset,
    errno: { get: (o) => osErrorField(o, 0) },
    strerror: { get: (o) => osErrorField(o, 1) },
    filename: { get: (o) => osErrorField(o, 2) },
    filename2: { get: (o) => osErrorField(o, 4) },
  },
};
for (const t of builtinExceptions.values())
  if (PyType_IsSubtype(t, PyExc_OSError)) PyType_Ready(t, osErrorSlots);

// StopIteration_init: value = args[0] if any, else None
PyType_Ready(PyExc_StopIteration, {
  ...exceptionSlots,
  getset: {
    ...exceptionSlots.getset,
    value: {
      get: (o) => {
        const a = (o as PyBaseExceptionObject).args;
        const v = a.length > 0 ? a[0]! : Py_None;
        v.ob_refcnt++;
        return v;
      },
    },
  },
});
PyType_Ready(PyExc_UnicodeDecodeError, {
  ...exceptionSlots,
  new: unicodeDecodeError_new,
  getset: {
    ...exceptionSlots.getset,
    ...Object.fromEntries(
      ["encoding", "object", "start", "end", "reason"].map((n, i) => [
        n,
        {
          get: (o: PyObject) => {
            const a = (o as PyBaseExceptionObject).args;
            const v = a.length === 5 ? a[i]! : Py_None;
            v.ob_refcnt++;
            return v;
          },
        },
      ]),
    ),
  },
});

/**
 * `PyErr_NewException`: a module-level exception type such as `struct.error`.
 * @returns New reference.
 */
export function PyErr_NewException(
  qualifiedName: string,
  base: PyTypeObject = PyExc_Exception,
): PyTypeObject {
  const t = new PyTypeObject({ name: qualifiedName, base, ...exceptionSlots });
  t.ob_refcnt = IMMORTAL_REFCNT;
  return t;
}
