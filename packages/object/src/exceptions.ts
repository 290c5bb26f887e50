/**
 * Python exceptions: CPython's hierarchy for what the project raises, and the
 * one path by which every error is created (`newException` / `raise`).
 *
 * In TypeScript a raised Python exception travels as a thrown `PyError`, a JS
 * `Error` that carries the exception object and prints `TypeError: message`.
 */
import {
  IMMORTAL_REFCNT,
  type KwArgs,
  PyObject,
  PyTypeObject,
  PyObject_TypeCheck,
  type PyTypeSpec,
} from "./object.js";
import { Py_DECREF, untrack } from "./refcount.js";

/** `PyBaseExceptionObject`: `args` is a JS array of Python objects. */
export class PyBaseExceptionObject extends PyObject {
  declare args: PyObject[];
  /** The message as given to `raise` (the common case of one str argument). */
  declare message: string | null;
  constructor(type: PyTypeObject, args: PyObject[], message: string | null) {
    super(type);
    this.args = args;
    this.message = message;
  }
}

/** Formats an exception the way a traceback's last line does: `Type: message`. */
export function formatExceptionOnly(exc: PyBaseExceptionObject): string {
  const t = exc.ob_type;
  const name = t.moduleName === "builtins" || t.moduleName === "__main__" ? t.shortName : t.tp_name;
  const msg = exceptionStr(exc);
  return msg === "" ? name : `${name}: ${msg}`;
}

/**
 * `str(exc)`: the message, or the str of the single argument, or of the
 * tuple; a KeyError shows the repr of its single argument (`KeyError: 'x'`).
 */
export function exceptionStr(exc: PyBaseExceptionObject): string {
  if (exc.args.length === 1 && PyObject_TypeCheck(exc, PyExc_KeyError)) return reprHook(exc.args[0]!);
  if (exc.message !== null) return exc.message;
  if (exc.args.length === 0) return "";
  const strOf = strHook;
  if (exc.args.length === 1) return strOf(exc.args[0]!);
  for (const x of exc.args) x.ob_refcnt++;
  const t = tupleHook(exc.args.slice());
  try {
    return strOf(t);
  } finally {
    Py_DECREF(t);
  }
}

// str() and tuple construction live in other modules; they register here to
// avoid an import cycle.
let strHook: (o: PyObject) => string = (o) => `<${o.ob_type.tp_name} object>`;
let tupleHook: (items: PyObject[]) => PyObject = (items) => items[0]!;
/** @internal */
export function _setExceptionHooks(
  str: (o: PyObject) => string,
  tuple: (items: PyObject[]) => PyObject,
  toArray: (o: PyObject) => PyObject[],
): void {
  strHook = str;
  tupleHook = tuple;
  toArrayHook = toArray;
}
let toArrayHook: (o: PyObject) => PyObject[] = () => [];

/** The JS carrier of a raised Python exception. */
export class PyError extends Error {
  override name = "PyError";
  readonly exc: PyBaseExceptionObject;
  constructor(exc: PyBaseExceptionObject) {
    super(formatExceptionOnly(exc));
    this.exc = exc;
  }
  /** The Python type of the carried exception. */
  get type(): PyTypeObject {
    return this.exc.ob_type;
  }
  /** Whether the carried exception is an instance of `t` (`PyErr_ExceptionMatches`). */
  matches(t: PyTypeObject): boolean {
    return PyObject_TypeCheck(this.exc, t);
  }
  override toString(): string {
    return this.message;
  }
}

/**
 * Creates an exception object of `type` with a message (or no args). The
 * object and its message are not refcount-tracked (they travel in a PyError).
 */
export function newException(type: PyTypeObject, message?: string, args?: PyObject[]): PyBaseExceptionObject {
  let e: PyBaseExceptionObject;
  if (args !== undefined) e = new PyBaseExceptionObject(type, args, message ?? null);
  else {
    const a = message === undefined ? [] : [strObjectHook(message)];
    e = new PyBaseExceptionObject(type, a, message ?? "");
    for (const x of a) untrack(x);
  }
  untrack(e);
  return e;
}

let strObjectHook: (s: string) => PyObject = (s) => {
  throw new Error(`str object for ${s} before str type is ready`);
};
/** @internal */
export function _setStrObjectHook(h: (s: string) => PyObject): void {
  strObjectHook = h;
}

/** Raises `type(message)`: the one path by which the project raises. */
export function raise(type: PyTypeObject, message?: string): never {
  throw new PyError(newException(type, message));
}

/** Raises an existing exception object. */
export function raiseObject(exc: PyBaseExceptionObject): never {
  throw new PyError(exc);
}

/** Whether a thrown JS value is a Python exception matching `t`. */
export function isPyError(e: unknown, t?: PyTypeObject): e is PyError {
  return e instanceof PyError && (t === undefined || e.matches(t));
}

/** `BaseException.__new__`: `ValueError('x')` keeps its arguments (owned references). */
function exception_new(type: PyTypeObject, args: readonly PyObject[], kwargs: KwArgs | null): PyObject {
  if (kwargs !== null && kwargs.size > 0)
    raise(PyExc_TypeError, `${type.shortName}() takes no keyword arguments`);
  for (const a of args) a.ob_refcnt++;
  return new PyBaseExceptionObject(type, args.slice(), null);
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
    const h = unicodeErrorHooks;
    if (!h.isStr(args[0]!)) raise(PyExc_TypeError, `argument 1 must be str, not ${args[0]!.ob_type.tp_name}`);
    const start = h.ssize(args[2]!);
    const end = h.ssize(args[3]!);
    if (!h.isStr(args[4]!)) raise(PyExc_TypeError, `argument 5 must be str, not ${args[4]!.ob_type.tp_name}`);
    const u8 = h.bytes(args[1]!);
    const enc = strHook(args[0]!);
    const reason = strHook(args[4]!);
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

/** What `UnicodeDecodeError()` needs from higher layers (registered by them). */
const unicodeErrorHooks = {
  isStr: (_o: PyObject): boolean => false,
  ssize: (_o: PyObject): number => 0,
  bytes: (_o: PyObject): Uint8Array => new Uint8Array(0),
};
/** @internal */
export function _setUnicodeErrorHooks(h: Partial<typeof unicodeErrorHooks>): void {
  Object.assign(unicodeErrorHooks, h);
}
let noneHook: () => PyObject = () => {
  throw new Error("None before it is ready");
};
/** @internal */
export function _setNoneHook(h: () => PyObject): void {
  noneHook = h;
}

function exceptionType(
  name: string,
  base: PyTypeObject | null,
  extra: Partial<PyTypeSpec> = {},
): PyTypeObject {
  const t = new PyTypeObject({
    name,
    base,
    basetype: true,
    new: exception_new,
    dealloc: (o) => {
      const e = o as PyBaseExceptionObject;
      const a = e.args;
      e.args = [];
      for (const x of a) Py_DECREF(x);
    },
    getset: {
      args: {
        get: (o) => {
          const a = (o as PyBaseExceptionObject).args;
          for (const x of a) x.ob_refcnt++;
          return tupleHook(a.slice());
        },
        set: (o, v) => {
          if (v === null) raise(PyExc_TypeError, "args may not be deleted");
          const e = o as PyBaseExceptionObject;
          const old = e.args;
          e.args = toArrayHook(v);
          e.message = null;
          for (const x of old) Py_DECREF(x);
        },
      },
    },
    repr: (o) => {
      const e = o as PyBaseExceptionObject;
      const n = e.ob_type.shortName;
      if (e.args.length === 1) return `${n}(${reprHook(e.args[0]!)})`;
      return `${n}(${e.args.map((a) => reprHook(a)).join(", ")})`;
    },
    str: (o) => exceptionStr(o as PyBaseExceptionObject),
    ...extra,
  });
  t.ob_refcnt = IMMORTAL_REFCNT;
  return t;
}

let reprHook: (o: PyObject) => string = (o) => `<${o.ob_type.tp_name} object>`;
/** @internal */
export function _setReprHook(h: (o: PyObject) => string): void {
  reprHook = h;
}

/** Creates a module-level exception type such as `struct.error`. */
export function PyErr_NewException(
  qualifiedName: string,
  base: PyTypeObject = PyExc_Exception,
): PyTypeObject {
  return exceptionType(qualifiedName, base);
}

export const PyExc_BaseException = exceptionType("BaseException", undefined as unknown as PyTypeObject);
export const PyExc_Exception = exceptionType("Exception", PyExc_BaseException);
export const PyExc_TypeError = exceptionType("TypeError", PyExc_Exception);
export const PyExc_ValueError = exceptionType("ValueError", PyExc_Exception);
export const PyExc_LookupError = exceptionType("LookupError", PyExc_Exception);
export const PyExc_IndexError = exceptionType("IndexError", PyExc_LookupError);
export const PyExc_KeyError = exceptionType("KeyError", PyExc_LookupError);
export const PyExc_AttributeError = exceptionType("AttributeError", PyExc_Exception);
export const PyExc_BufferError = exceptionType("BufferError", PyExc_Exception);
export const PyExc_RuntimeError = exceptionType("RuntimeError", PyExc_Exception);
export const PyExc_NotImplementedError = exceptionType("NotImplementedError", PyExc_RuntimeError);
export const PyExc_ArithmeticError = exceptionType("ArithmeticError", PyExc_Exception);
export const PyExc_OverflowError = exceptionType("OverflowError", PyExc_ArithmeticError);
export const PyExc_ZeroDivisionError = exceptionType("ZeroDivisionError", PyExc_ArithmeticError);
export const PyExc_StopIteration = exceptionType("StopIteration", PyExc_Exception, {
  getset: {
    // StopIteration_init: value = args[0] if any, else None
    value: {
      get: (o) => {
        const a = (o as PyBaseExceptionObject).args;
        const v = a.length > 0 ? a[0]! : noneHook();
        v.ob_refcnt++;
        return v;
      },
    },
  },
});
export const PyExc_SystemError = exceptionType("SystemError", PyExc_Exception);
export const PyExc_MemoryError = exceptionType("MemoryError", PyExc_Exception);
export const PyExc_NameError = exceptionType("NameError", PyExc_Exception);
export const PyExc_UnboundLocalError = exceptionType("UnboundLocalError", PyExc_NameError);
export const PyExc_SyntaxError = exceptionType("SyntaxError", PyExc_Exception);
export const PyExc_ImportError = exceptionType("ImportError", PyExc_Exception);
export const PyExc_ModuleNotFoundError = exceptionType("ModuleNotFoundError", PyExc_ImportError);
export const PyExc_UnicodeError = exceptionType("UnicodeError", PyExc_ValueError);
export const PyExc_UnicodeDecodeError = exceptionType("UnicodeDecodeError", PyExc_UnicodeError, {
  new: unicodeDecodeError_new,
  getset: Object.fromEntries(
    ["encoding", "object", "start", "end", "reason"].map((n, i) => [
      n,
      {
        get: (o: PyObject) => {
          const a = (o as PyBaseExceptionObject).args;
          const v = a.length === 5 ? a[i]! : noneHook();
          v.ob_refcnt++;
          return v;
        },
      },
    ]),
  ),
});
export const PyExc_UnicodeEncodeError = exceptionType("UnicodeEncodeError", PyExc_UnicodeError);
export const PyExc_AssertionError = exceptionType("AssertionError", PyExc_Exception);
export const PyExc_KeyboardInterrupt = exceptionType("KeyboardInterrupt", PyExc_BaseException);
export const PyExc_SystemExit = exceptionType("SystemExit", PyExc_BaseException);
export const PyExc_RecursionError = exceptionType("RecursionError", PyExc_RuntimeError);

/** Every builtin exception type by name (for the interpreter's builtins). */
export const builtinExceptions: ReadonlyMap<string, PyTypeObject> = new Map(
  [
    PyExc_BaseException,
    PyExc_Exception,
    PyExc_TypeError,
    PyExc_ValueError,
    PyExc_LookupError,
    PyExc_IndexError,
    PyExc_KeyError,
    PyExc_AttributeError,
    PyExc_BufferError,
    PyExc_RuntimeError,
    PyExc_NotImplementedError,
    PyExc_ArithmeticError,
    PyExc_OverflowError,
    PyExc_ZeroDivisionError,
    PyExc_StopIteration,
    PyExc_SystemError,
    PyExc_MemoryError,
    PyExc_NameError,
    PyExc_UnboundLocalError,
    PyExc_SyntaxError,
    PyExc_ImportError,
    PyExc_ModuleNotFoundError,
    PyExc_UnicodeError,
    PyExc_UnicodeDecodeError,
    PyExc_UnicodeEncodeError,
    PyExc_AssertionError,
    PyExc_KeyboardInterrupt,
    PyExc_SystemExit,
    PyExc_RecursionError,
  ].map((t) => [t.tp_name, t]),
);
