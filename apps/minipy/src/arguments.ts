/**
 * Binding a call's arguments to a `def`/`lambda` function's parameters
 * (`initialize_locals` of `Python/ceval.c`), with CPython's messages.
 */
import {
  type KwArgs,
  Py_DECREF,
  Py_INCREF,
  Py_NewRef,
  type PyObject,
  PyExc_NotImplementedError,
  PyExc_TypeError,
  PyTuple_Pack,
  raise,
} from "@py/object";
import type { PyFunctionObject } from "./function.js";

/** Binds call arguments (borrowed) to a function's parameters in `locals` (which takes references). */
export function bindArguments(
  fn: PyFunctionObject,
  locals: Map<string, PyObject>,
  args: readonly PyObject[],
  kwargs: KwArgs | null,
): void {
  const p = fn.params;
  const n = p.names.length;
  const name = fn.name;
  const bind = (k: string, v: PyObject): void => {
    Py_INCREF(v);
    locals.set(k, v);
  };
  if (args.length > n && p.vararg === null) {
    const ndef = p.defaults.filter((d) => d !== null).length;
    const kwGiven = kwargs === null ? 0 : [...kwargs.keys()].filter((k) => p.names.includes(k)).length;
    const takes =
      ndef > 0
        ? `from ${n - ndef} to ${n} positional arguments`
        : `${n} positional argument${n === 1 ? "" : "s"}`;
    const given =
      kwGiven > 0
        ? `${args.length} positional argument${args.length === 1 ? "" : "s"} (and ${kwGiven} keyword-only argument${kwGiven === 1 ? "" : "s"})`
        : `${args.length}`;
    raise(
      PyExc_TypeError,
      `${name}() takes ${takes} but ${given} ${args.length === 1 && kwGiven === 0 ? "was" : "were"} given`,
    );
  }
  for (let i = 0; i < Math.min(n, args.length); i++) bind(p.names[i]!, args[i]!);
  if (p.vararg !== null) bind(p.vararg, PyTuple_Pack(args.slice(n).map((a) => Py_NewRef(a))));
  if (p.vararg !== null) Py_DECREF(locals.get(p.vararg)!);
  if (kwargs !== null) {
    for (const [k, v] of kwargs) {
      const i = p.names.indexOf(k);
      if (i < 0) {
        if (p.kwarg === null) raise(PyExc_TypeError, `${name}() got an unexpected keyword argument '${k}'`);
        continue; // for **kwargs, refused below
      }
      if (locals.has(k)) raise(PyExc_TypeError, `${name}() got multiple values for argument '${k}'`);
      bind(k, v);
    }
  }
  const missing: string[] = [];
  for (let i = 0; i < n; i++) {
    const k = p.names[i]!;
    if (locals.has(k)) continue;
    const d = fn.defaults[i];
    if (d !== null && d !== undefined) bind(k, d);
    else missing.push(k);
  }
  if (missing.length > 0) {
    const quoted = missing.map((m) => `'${m}'`);
    const list =
      quoted.length === 1
        ? quoted[0]
        : quoted.length === 2
          ? `${quoted[0]} and ${quoted[1]}`
          : `${quoted.slice(0, -1).join(", ")}, and ${quoted[quoted.length - 1]}`;
    raise(
      PyExc_TypeError,
      `${name}() missing ${missing.length} required positional argument${missing.length === 1 ? "" : "s"}: ${list}`,
    );
  }
  // minipy has no dict type: a `**kwargs` parameter is refused once the others are bound.
  if (p.kwarg !== null) {
    raise(PyExc_NotImplementedError, "minipy does not support **kwargs parameters");
  }
}
