/**
 * Exception chaining (`Objects/exceptions.c`, `Python/errors.c`):
 * `__cause__` set by `raise ... from`, `__context__` the exception being
 * handled when another was raised, `__suppress_context__`; what a traceback
 * printer walks to show "The above exception was the direct cause of the
 * following exception" and "During handling of the above exception, another
 * exception occurred".
 */
import { type PyBaseExceptionObject, PyExc_BaseException, PyExc_TypeError, raise } from "./exceptions.js";
import { type PyObject, PyObject_TypeCheck } from "./object.js";
import { Py_None } from "./none.js";
import { Py_DECREF, Py_NewRef } from "./refcount.js";

/**
 * `PyException_SetCause(exc, cause)`: steals `cause` (null: none) and sets
 * `__suppress_context__`, as `raise exc from cause` does.
 */
export function PyException_SetCause(exc: PyBaseExceptionObject, cause: PyBaseExceptionObject | null): void {
  const old = exc.cause;
  exc.cause = cause;
  exc.suppressContext = true;
  if (old !== null) Py_DECREF(old);
}

/**
 * `PyException_SetContext(exc, ctx)`: steals `ctx` (null: none). A context
 * chain that would lead back to `exc` is cut first (`_PyErr_SetObject`).
 */
export function PyException_SetContext(exc: PyBaseExceptionObject, ctx: PyBaseExceptionObject | null): void {
  if (ctx === exc) {
    Py_DECREF(ctx);
    return;
  }
  // avoid a cycle: exc must not be in ctx's own context chain
  for (let o = ctx; o !== null; o = o.context) {
    if (o.context === exc) {
      o.context = null;
      Py_DECREF(exc);
      break;
    }
  }
  const old = exc.context;
  exc.context = ctx;
  if (old !== null) Py_DECREF(old);
}

/**
 * `PyException_GetCause(exc)`.
 * @returns New reference (or null).
 */
export function PyException_GetCause(exc: PyBaseExceptionObject): PyBaseExceptionObject | null {
  return exc.cause === null ? null : Py_NewRef(exc.cause);
}

/**
 * `PyException_GetContext(exc)`.
 * @returns New reference (or null).
 */
export function PyException_GetContext(exc: PyBaseExceptionObject): PyBaseExceptionObject | null {
  return exc.context === null ? null : Py_NewRef(exc.context);
}

/** What `__cause__ = v`/`__context__ = v` accept: None (null) or an exception (a new reference). */
export function chainedValue(v: PyObject, what: "cause" | "context"): PyBaseExceptionObject | null {
  if (v === Py_None) return null;
  if (!PyObject_TypeCheck(v, PyExc_BaseException))
    raise(PyExc_TypeError, `exception ${what} must be None or derive from BaseException`);
  return Py_NewRef(v as PyBaseExceptionObject);
}
