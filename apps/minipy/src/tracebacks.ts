/**
 * Exceptions in flight: the traceback each one gathers as it leaves frames,
 * the reference a raised exception owns, and the boundary where any thrown JS
 * value becomes a `PyError` (as CPython's `PyTraceBack_Here` and
 * `_PyErr_SetObject` keep a traceback and an owned exception per error).
 */
import {
  newException,
  Py_DECREF,
  type PyBaseExceptionObject,
  PyError,
  PyExc_RecursionError,
  PyExc_SystemError,
} from "@py/object";
import type { Loc } from "./ast.js";

/** One traceback entry: where a frame was when the exception left it. */
export interface TracebackEntry {
  name: string;
  line: number;
  /** The position of what raised in the frame (columns for the carets), when known. */
  loc: Loc | null;
}

/** What `addTraceback` reads of a frame. */
export interface TracebackFrame {
  readonly name: string;
  readonly line: number;
  /** The statement running, the position when no expression noted one. */
  readonly stmtLoc?: Loc | null;
}

/**
 * The position of the operation that raised, noted by the innermost
 * expression that saw the exception pass (its instruction's position in
 * CPython), kept until the exception leaves the frame.
 */
const pendingLoc = new WeakMap<PyError, Loc>();

/** Notes that `e` was raised by the operation at `loc`, unless an inner one of the same frame was noted. */
export function noteLocation(e: unknown, loc: Loc): void {
  if (e instanceof PyError && !pendingLoc.has(e)) pendingLoc.set(e, loc);
}

/**
 * Traceback entries of exceptions as they unwind (most recent call last),
 * kept with the exception object (its `__traceback__`): an exception raised
 * again gains entries in front of those it had.
 */
const tracebacks = new WeakMap<PyBaseExceptionObject, TracebackEntry[]>();

/** The traceback recorded for an exception, outermost frame first. */
export function tracebackOf(e: PyError): TracebackEntry[] {
  return tracebacks.get(e.exc) ?? [];
}

/** The traceback recorded for an exception object (a chained `__cause__`/`__context__`), or null if never raised. */
export function tracebackOfException(exc: PyBaseExceptionObject): TracebackEntry[] | null {
  return tracebacks.get(exc) ?? null;
}

/** The frame each exception's first entry is for, and the raise that added it. */
const lastAdded = new WeakMap<PyBaseExceptionObject, { frame: TracebackFrame; pe: PyError }>();

/**
 * `PyTraceBack_Here`: records that `pe` went through `frame` (where it
 * raised, or at the frame's current line). Called where the exception is
 * caught in a frame and where it leaves one: a raise already recorded for
 * that frame is not recorded twice (a bare `raise` adds no entry).
 */
export function addTraceback(pe: PyError, frame: TracebackFrame): void {
  let tb = tracebacks.get(pe.exc);
  if (tb === undefined) {
    tb = [];
    tracebacks.set(pe.exc, tb);
  }
  const last = lastAdded.get(pe.exc);
  if (last !== undefined && last.frame === frame && last.pe === pe) {
    pendingLoc.delete(pe);
    return;
  }
  lastAdded.set(pe.exc, { frame, pe });
  const loc = pendingLoc.get(pe) ?? frame.stmtLoc ?? null;
  pendingLoc.delete(pe);
  tb.unshift({ name: frame.name, line: loc?.line ?? frame.line, loc });
}

/**
 * PyErrors that own a reference to their exception object: those raised by a
 * `raise` statement (the exception may hold objects in its args). The
 * reference is released when the exception is dropped (handled, suppressed,
 * or reported at the top of a transcript line). Errors raised by the object
 * layer carry untracked exceptions and are not in this set.
 */
const ownedErrors = new WeakSet<PyError>();

/** Raises `exc`, whose reference (owned by the caller) passes to the PyError. */
export function raiseOwned(exc: PyBaseExceptionObject): never {
  const pe = new PyError(exc);
  ownedErrors.add(pe);
  throw pe;
}

/** Drops a finished exception: releases the reference its PyError owns, once. */
export function dropError(e: unknown): void {
  if (e instanceof PyError && ownedErrors.delete(e)) Py_DECREF(e.exc);
}

/**
 * `using` reports a disposal that throws while another error unwinds as a
 * SuppressedError; try/finally let the later error replace the earlier one,
 * and so does this: the disposal's error (`.error`) is the one that counts.
 */
function unsuppress(e: unknown): unknown {
  while (e instanceof Error && e.name === "SuppressedError" && "error" in e) e = e.error;
  return e;
}

/** How many JS stack overflows became RecursionError in this process (see cli.ts `firstTry`). */
let jsStackOverflows = 0;

/** Whether the JS stack ran out at least once (a Python recursion limit the JS stack could not reach). */
export function jsStackOverflowed(): boolean {
  return jsStackOverflows > 0;
}

/** Turns any thrown JS value into a `PyError` (internal errors become SystemError). */
export function toPyError(thrown: unknown): PyError {
  if (thrown instanceof PyError) return thrown;
  const e = unsuppress(thrown);
  if (e instanceof PyError) return e;
  // A JS stack overflow (RangeError, or a SyntaxError from a regex compiled
  // with no stack left) is Python's RecursionError. No regex here: no stack.
  const m = e instanceof Error ? e.message : "";
  if (m.includes("call stack") || m.includes("Stack overflow")) {
    jsStackOverflows++;
    return new PyError(newException(PyExc_RecursionError, "maximum recursion depth exceeded"));
  }
  const msg = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
  return new PyError(newException(PyExc_SystemError, `minipy internal error: ${msg}`));
}
