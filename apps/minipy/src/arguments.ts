/**
 * Binding a call's arguments to a `def`/`lambda` function's parameters
 * (`initialize_locals` of `Python/ceval.c`), with CPython's messages.
 */
import {
  type KwArgs,
  owned,
  Py_INCREF,
  Py_NewRef,
  PyDict_New,
  PyDict_SetItem,
  type PyObject,
  PyExc_TypeError,
  PyTuple_Pack,
  PyUnicode_FromString,
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
  const name = fn.qualname;
  const bind = (k: string, v: PyObject): void => {
    Py_INCREF(v);
    locals.set(k, v);
  };
  if (args.length > n && p.vararg === null) {
    const ndef = p.defaults.filter((d) => d !== null).length;
    const kwGiven = kwargs === null ? 0 : [...kwargs.keys()].filter((k) => p.kwonly.includes(k)).length;
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
  if (p.vararg !== null) {
    const rest = PyTuple_Pack(args.slice(n).map((a) => Py_NewRef(a)));
    locals.set(p.vararg, rest);
  }
  let extra: PyObject | null = null;
  if (p.kwarg !== null) {
    extra = PyDict_New();
    locals.set(p.kwarg, extra);
  }
  if (kwargs !== null) {
    for (const [k, v] of kwargs) {
      const i = p.names.indexOf(k);
      if (i < 0 && !p.kwonly.includes(k)) {
        if (extra === null) raise(PyExc_TypeError, `${name}() got an unexpected keyword argument '${k}'`);
        using key = owned(PyUnicode_FromString(k));
        PyDict_SetItem(extra, key.obj, v);
        continue;
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
  if (missing.length > 0) raise(PyExc_TypeError, missingMessage(name, missing, "positional"));
  for (let i = 0; i < p.kwonly.length; i++) {
    const k = p.kwonly[i]!;
    if (locals.has(k)) continue;
    const d = fn.kwDefaults[i];
    if (d !== null && d !== undefined) bind(k, d);
    else missing.push(k);
  }
  if (missing.length > 0) raise(PyExc_TypeError, missingMessage(name, missing, "keyword-only"));
}

/** `f() missing 2 required positional arguments: 'a' and 'b'`. */
function missingMessage(name: string, missing: string[], kind: string): string {
  const quoted = missing.map((m) => `'${m}'`);
  const list =
    quoted.length === 1
      ? quoted[0]
      : quoted.length === 2
        ? `${quoted[0]} and ${quoted[1]}`
        : `${quoted.slice(0, -1).join(", ")}, and ${quoted[quoted.length - 1]}`;
  return `${name}() missing ${missing.length} required ${kind} argument${missing.length === 1 ? "" : "s"}: ${list}`;
}
