/**
 * Python exceptions: CPython's hierarchy for what the project raises, and the
 * one path by which every error is created (`newException` / `raise`).
 *
 * In TypeScript a raised Python exception travels as a thrown `PyError`, a JS
 * `Error` that carries the exception object and prints `TypeError: message`.
 */
import { IMMORTAL_REFCNT, PyObject, PyTypeObject, PyObject_TypeCheck, PyBaseObject_Type } from "./object.js";
import { Py_DECREF, untrack } from "./refcount.js";
import { repr, str } from "./repr.js";
import { PyUnicode_FromString } from "./str-object.js";
import { PyTuple_Pack } from "./tuple-object.js";

/** `PyBaseExceptionObject`: `args` is a JS array of Python objects. */
export class PyBaseExceptionObject extends PyObject {
  declare args: PyObject[];
  /** The message as given to `raise` (the common case of one str argument). */
  declare message: string | null;
  /** `__cause__` (`raise ... from c`): an owned exception, or null. */
  declare cause: PyBaseExceptionObject | null;
  /** `__context__`: the exception being handled when this one was raised (owned), or null. */
  declare context: PyBaseExceptionObject | null;
  /** `__suppress_context__`: set by `raise ... from`, the context is not shown. */
  declare suppressContext: boolean;
  constructor(type: PyTypeObject, args: PyObject[], message: string | null) {
    super(type);
    this.args = args;
    this.message = message;
    this.cause = null;
    this.context = null;
    this.suppressContext = false;
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
  if (exc.args.length === 1 && PyObject_TypeCheck(exc, PyExc_KeyError)) return repr(exc.args[0]!);
  if (exc.message !== null) return exc.message;
  if (exc.args.length === 0) return "";
  const strOf = str;
  if (exc.args.length === 1) return strOf(exc.args[0]!);
  for (const x of exc.args) x.ob_refcnt++;
  const t = PyTuple_Pack(exc.args.slice());
  try {
    return strOf(t);
  } finally {
    Py_DECREF(t);
  }
}

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
 * @returns New reference (not refcount-tracked: it travels in a PyError).
 */
export function newException(type: PyTypeObject, message?: string, args?: PyObject[]): PyBaseExceptionObject {
  let e: PyBaseExceptionObject;
  if (args !== undefined) e = new PyBaseExceptionObject(type, args, message ?? null);
  else {
    const a = message === undefined ? [] : [PyUnicode_FromString(message)];
    e = new PyBaseExceptionObject(type, a, message ?? "");
    for (const x of a) untrack(x);
  }
  untrack(e);
  return e;
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

/**
 * Declares a builtin exception type (its slots are filled by
 * exception-types.ts, `PyType_Ready`). Exception types are immortal.
 */
function exceptionType(name: string, base: PyTypeObject | null): PyTypeObject {
  const t = new PyTypeObject({ name, base, basetype: true });
  t.ob_refcnt = IMMORTAL_REFCNT;
  return t;
}

export const PyExc_BaseException = exceptionType("BaseException", PyBaseObject_Type);
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
export const PyExc_StopIteration = exceptionType("StopIteration", PyExc_Exception);
export const PyExc_SystemError = exceptionType("SystemError", PyExc_Exception);
export const PyExc_MemoryError = exceptionType("MemoryError", PyExc_Exception);
export const PyExc_NameError = exceptionType("NameError", PyExc_Exception);
export const PyExc_UnboundLocalError = exceptionType("UnboundLocalError", PyExc_NameError);
export const PyExc_SyntaxError = exceptionType("SyntaxError", PyExc_Exception);
export const PyExc_ImportError = exceptionType("ImportError", PyExc_Exception);
export const PyExc_ModuleNotFoundError = exceptionType("ModuleNotFoundError", PyExc_ImportError);
export const PyExc_UnicodeError = exceptionType("UnicodeError", PyExc_ValueError);
export const PyExc_UnicodeDecodeError = exceptionType("UnicodeDecodeError", PyExc_UnicodeError);
export const PyExc_UnicodeEncodeError = exceptionType("UnicodeEncodeError", PyExc_UnicodeError);
export const PyExc_AssertionError = exceptionType("AssertionError", PyExc_Exception);
export const PyExc_KeyboardInterrupt = exceptionType("KeyboardInterrupt", PyExc_BaseException);
export const PyExc_SystemExit = exceptionType("SystemExit", PyExc_BaseException);
export const PyExc_RecursionError = exceptionType("RecursionError", PyExc_RuntimeError);
export const PyExc_GeneratorExit = exceptionType("GeneratorExit", PyExc_BaseException);
export const PyExc_EOFError = exceptionType("EOFError", PyExc_Exception);
export const PyExc_OSError = exceptionType("OSError", PyExc_Exception);
export const PyExc_BlockingIOError = exceptionType("BlockingIOError", PyExc_OSError);
export const PyExc_ChildProcessError = exceptionType("ChildProcessError", PyExc_OSError);
export const PyExc_ConnectionError = exceptionType("ConnectionError", PyExc_OSError);
export const PyExc_BrokenPipeError = exceptionType("BrokenPipeError", PyExc_ConnectionError);
export const PyExc_ConnectionAbortedError = exceptionType("ConnectionAbortedError", PyExc_ConnectionError);
export const PyExc_ConnectionRefusedError = exceptionType("ConnectionRefusedError", PyExc_ConnectionError);
export const PyExc_ConnectionResetError = exceptionType("ConnectionResetError", PyExc_ConnectionError);
export const PyExc_FileExistsError = exceptionType("FileExistsError", PyExc_OSError);
export const PyExc_FileNotFoundError = exceptionType("FileNotFoundError", PyExc_OSError);
export const PyExc_InterruptedError = exceptionType("InterruptedError", PyExc_OSError);
export const PyExc_IsADirectoryError = exceptionType("IsADirectoryError", PyExc_OSError);
export const PyExc_NotADirectoryError = exceptionType("NotADirectoryError", PyExc_OSError);
export const PyExc_PermissionError = exceptionType("PermissionError", PyExc_OSError);
export const PyExc_ProcessLookupError = exceptionType("ProcessLookupError", PyExc_OSError);
export const PyExc_TimeoutError = exceptionType("TimeoutError", PyExc_OSError);
export const PyExc_FloatingPointError = exceptionType("FloatingPointError", PyExc_ArithmeticError);
export const PyExc_ReferenceError = exceptionType("ReferenceError", PyExc_Exception);
export const PyExc_StopAsyncIteration = exceptionType("StopAsyncIteration", PyExc_Exception);
export const PyExc_IndentationError = exceptionType("IndentationError", PyExc_SyntaxError);
export const PyExc_TabError = exceptionType("TabError", PyExc_IndentationError);
export const PyExc_UnicodeTranslateError = exceptionType("UnicodeTranslateError", PyExc_UnicodeError);
export const PyExc_Warning = exceptionType("Warning", PyExc_Exception);
export const PyExc_UserWarning = exceptionType("UserWarning", PyExc_Warning);
export const PyExc_DeprecationWarning = exceptionType("DeprecationWarning", PyExc_Warning);
export const PyExc_PendingDeprecationWarning = exceptionType("PendingDeprecationWarning", PyExc_Warning);
export const PyExc_SyntaxWarning = exceptionType("SyntaxWarning", PyExc_Warning);
export const PyExc_RuntimeWarning = exceptionType("RuntimeWarning", PyExc_Warning);
export const PyExc_FutureWarning = exceptionType("FutureWarning", PyExc_Warning);
export const PyExc_ImportWarning = exceptionType("ImportWarning", PyExc_Warning);
export const PyExc_UnicodeWarning = exceptionType("UnicodeWarning", PyExc_Warning);
export const PyExc_BytesWarning = exceptionType("BytesWarning", PyExc_Warning);
export const PyExc_ResourceWarning = exceptionType("ResourceWarning", PyExc_Warning);
export const PyExc_EncodingWarning = exceptionType("EncodingWarning", PyExc_Warning);

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
    PyExc_GeneratorExit,
    PyExc_EOFError,
    PyExc_OSError,
    PyExc_BlockingIOError,
    PyExc_ChildProcessError,
    PyExc_ConnectionError,
    PyExc_BrokenPipeError,
    PyExc_ConnectionAbortedError,
    PyExc_ConnectionRefusedError,
    PyExc_ConnectionResetError,
    PyExc_FileExistsError,
    PyExc_FileNotFoundError,
    PyExc_InterruptedError,
    PyExc_IsADirectoryError,
    PyExc_NotADirectoryError,
    PyExc_PermissionError,
    PyExc_ProcessLookupError,
    PyExc_TimeoutError,
    PyExc_FloatingPointError,
    PyExc_ReferenceError,
    PyExc_StopAsyncIteration,
    PyExc_IndentationError,
    PyExc_TabError,
    PyExc_UnicodeTranslateError,
    PyExc_Warning,
    PyExc_UserWarning,
    PyExc_DeprecationWarning,
    PyExc_PendingDeprecationWarning,
    PyExc_SyntaxWarning,
    PyExc_RuntimeWarning,
    PyExc_FutureWarning,
    PyExc_ImportWarning,
    PyExc_UnicodeWarning,
    PyExc_BytesWarning,
    PyExc_ResourceWarning,
    PyExc_EncodingWarning,
  ].map((t) => [t.tp_name, t]),
);
