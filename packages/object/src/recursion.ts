/**
 * The recursion limit (`Py_EnterRecursiveCall`, `sys.getrecursionlimit`):
 * one depth shared by an interpreter's frames and the object layer's calls
 * into Python-defined special methods, counted as CPython 3.11 counts them
 * (`tstate->recursion_remaining`): each Python frame takes one level, and so
 * do the C paths that check (`PyObject_Repr`/`PyObject_Str` of an object
 * whose type defines `__repr__`/`__str__` in Python, a rich comparison
 * dispatched to Python, calling an object without vectorcall — a class made
 * at run time, an instance with `__call__`).
 */
import { PyExc_RecursionError, raise } from "./exceptions.js";

let depth = 0;
let limit = 1000;

/**
 * `Py_EnterRecursiveCall(where)`: takes one level, or raises
 * `RecursionError: maximum recursion depth exceeded{where}` when the limit
 * is reached (the level is not taken then). Pair with `Py_LeaveRecursiveCall`.
 */
export function Py_EnterRecursiveCall(where: string): void {
  if (depth >= limit) raise(PyExc_RecursionError, `maximum recursion depth exceeded${where}`);
  depth++;
}

/** `Py_LeaveRecursiveCall`: gives back the level `Py_EnterRecursiveCall` took. */
export function Py_LeaveRecursiveCall(): void {
  depth--;
}

/** `Py_GetRecursionLimit` (`sys.getrecursionlimit()`). */
export function Py_GetRecursionLimit(): number {
  return limit;
}

/** `Py_SetRecursionLimit` (no checks: `sys.setrecursionlimit` makes them). */
export function Py_SetRecursionLimit(n: number): void {
  limit = n;
}

/** The levels taken now (`tstate->recursion_limit - tstate->recursion_remaining`). */
export function Py_RecursionDepth(): number {
  return depth;
}

/**
 * Runs `f` one level deeper (`Py_EnterRecursiveCall(where)` ...
 * `Py_LeaveRecursiveCall()` around it).
 */
export function withRecursionCheck<T>(where: string, f: () => T): T {
  Py_EnterRecursiveCall(where);
  try {
    return f();
  } finally {
    depth--;
  }
}
