/**
 * Argument parsing with CPython's messages, to the letter.
 *
 * - `parseArgs` mirrors `_PyArg_UnpackKeywords` (Argument Clinic) and
 *   `vgetargskeywords` (`PyArg_ParseTupleAndKeywords`): both give the same
 *   messages (`cast() missing required argument 'format' (pos 1)`,
 *   `cast() takes at most 2 arguments (3 given)`, `'x' is an invalid keyword
 *   argument for hex()`, `argument for cast() given by name ('format') and
 *   position (1)`).
 * - `parseTupleAndKeywords` mirrors `vgetargskeywords` where it differs:
 *   it converts each argument as it binds it, before the keyword checks.
 * - `checkPositional` mirrors `_PyArg_CheckPositional`
 *   (`slice expected at least 1 argument, got 0`).
 * - `noKeywords` mirrors `_PyArg_NoKeywords` (`slice() takes no keyword arguments`).
 * - `badArgument` mirrors `_PyArg_BadArgument`
 *   (`cast() argument 'format' must be str, not int`).
 */
import { PyExc_TypeError, raise } from "./exceptions.js";
import type { KwArgs, PyObject } from "./object.js";

/** A declarative parameter list (what Argument Clinic generates as a `_PyArg_Parser`). */
export interface ArgSpec {
  /** Parameter names in order. Positional-only parameters come first (their names only appear in messages). */
  names: readonly string[];
  /** How many leading parameters are positional-only (`/`). Default 0. */
  posonly?: number;
  /** How many leading parameters are required. Default 0. */
  required?: number;
  /** How many parameters may be given by position (the rest are keyword-only, `*`). Default: all. */
  maxpos?: number;
  /**
   * Name used in messages, `fname()`. Null gives the old getargs form
   * `function takes at most 2 arguments (3 given)`.
   */
  fname?: string | null;
}

function plural(n: number): string {
  return n === 1 ? "" : "s";
}

type Arg = PyObject | null;
/**
 * The bound arguments, one slot per parameter (null when not given). Typed as
 * a tuple so destructuring needs no `!`; it always has at least 8 slots.
 */
export type ParsedArgs = [Arg, Arg, Arg, Arg, Arg, Arg, Arg, Arg, ...Arg[]];

/**
 * `n` null slots (at least 8). An array literal is a packed array V8 allocates
 * inline; `new Array(n).fill(null)` went through the builtin on every call.
 */
function emptySlots(n: number): ParsedArgs {
  const out: ParsedArgs = [null, null, null, null, null, null, null, null];
  for (let i = 8; i < n; i++) out.push(null);
  return out;
}

/**
 * `_PyArg_UnpackKeywords`: binds positional and keyword arguments to the
 * parameters of `spec`. Returns one slot per parameter: the argument
 * (borrowed) or `null` when not given. Throws TypeError with CPython's message.
 * @returns Borrowed references (the arguments), null for a parameter not given.
 */
export function parseArgs(
  fname: string | null,
  args: readonly PyObject[],
  kwargs: KwArgs | null,
  spec: ArgSpec,
): ParsedArgs {
  const names = spec.names;
  const maxargs = names.length;
  const posonly = spec.posonly ?? 0;
  const minpos = spec.required ?? 0;
  const maxpos = spec.maxpos ?? maxargs;
  const nargs = args.length;
  let nkwargs = kwargs === null ? 0 : kwargs.size;
  const out = emptySlots(maxargs);
  // Fast path: positional only, in range.
  if (nkwargs === 0 && minpos <= nargs && nargs <= maxpos) {
    for (let i = 0; i < nargs; i++) out[i] = args[i]!;
    return out;
  }
  const fn = fname === null ? "function" : `${fname}()`;
  checkTotal(fn, nargs, nkwargs, maxargs);
  if (nargs > maxpos) {
    if (maxpos === 0) raise(PyExc_TypeError, `${fn} takes no positional arguments`);
    raise(
      PyExc_TypeError,
      `${fn} takes ${minpos < maxpos ? "at most" : "exactly"} ${maxpos} positional argument${plural(maxpos)} (${nargs} given)`,
    );
  }
  const minposonly = Math.min(posonly, minpos);
  if (nargs < minposonly) {
    raise(
      PyExc_TypeError,
      `${fn} takes ${minposonly < maxpos ? "at least" : "exactly"} ${minposonly} positional argument${plural(minposonly)} (${nargs} given)`,
    );
  }
  for (let i = 0; i < nargs; i++) out[i] = args[i]!;
  for (let i = Math.max(nargs, posonly); i < maxargs; i++) {
    let cur: PyObject | null = null;
    if (nkwargs > 0) cur = kwargs!.get(names[i]!) ?? null;
    else if (i >= minpos) break;
    out[i] = cur;
    if (cur !== null) nkwargs--;
    else if (i < minpos) {
      raise(PyExc_TypeError, `${fn} missing required argument '${names[i]}' (pos ${i + 1})`);
    }
  }
  if (nkwargs > 0) checkKeywords(fname, names, posonly, nargs, kwargs!);
  return out;
}

/** Too many arguments in all: `f() takes at most 2 arguments (3 given)` (both parsers, first). */
function checkTotal(fn: string, nargs: number, nkwargs: number, len: number): void {
  if (nargs + nkwargs > len) {
    raise(
      PyExc_TypeError,
      `${fn} takes at most ${len} ${nargs === 0 ? "keyword " : ""}argument${plural(len)} (${nargs + nkwargs} given)`,
    );
  }
}

/**
 * Keywords left over once the parameters are bound (both parsers, last): an
 * argument given by name and position, else the first unknown keyword.
 */
function checkKeywords(
  fname: string | null,
  names: readonly string[],
  posonly: number,
  nargs: number,
  kwargs: KwArgs,
): void {
  const fn = fname === null ? "function" : `${fname}()`;
  for (let i = posonly; i < nargs; i++) {
    if (kwargs.has(names[i]!)) {
      raise(PyExc_TypeError, `argument for ${fn} given by name ('${names[i]}') and position (${i + 1})`);
    }
  }
  for (const k of kwargs.keys()) {
    const idx = names.indexOf(k);
    if (idx < posonly) {
      raise(
        PyExc_TypeError,
        `'${k}' is an invalid keyword argument for ${fname === null ? "this function" : fn}`,
      );
    }
  }
}

/**
 * Converts one bound argument (a getargs format unit, e.g. `n` or `i`) as
 * `parseTupleAndKeywords` binds it: `index` is the parameter's position,
 * `arg` the argument (borrowed). It raises to reject the argument.
 */
export type ArgConverter = (index: number, arg: PyObject) => void;

/**
 * `vgetargskeywords` (`PyArg_ParseTupleAndKeywords`, the getargs parser of
 * functions written without Argument Clinic, e.g. `_testbuffer`'s): unlike
 * `parseArgs` (`_PyArg_UnpackKeywords`, which binds every argument before any
 * is converted), it converts each argument with `convert` as it binds it, in
 * parameter order, and only then reports too many positional arguments (at
 * the `$`), a missing positional-only one, an argument given by name and
 * position, or an unknown keyword: `f(1.5, bogus=1)` on an `n` parameter
 * fails with the conversion's error, not the keyword's. A call whose
 * required arguments are all bound and whose keywords are all used stops
 * there, as C does. `spec.required` is the index of `|`, `spec.maxpos` that
 * of `$`, `spec.posonly` the number of empty names in the keyword list.
 * @returns Borrowed references (the arguments), null for a parameter not given.
 */
export function parseTupleAndKeywords(
  fname: string | null,
  args: readonly PyObject[],
  kwargs: KwArgs | null,
  spec: ArgSpec,
  convert: ArgConverter,
): ParsedArgs {
  const { names, posonly: pos = 0, required: min = 0 } = spec;
  const len = names.length;
  const max = spec.maxpos ?? len;
  const nargs = args.length;
  const fn = fname === null ? "function" : `${fname}()`;
  let nkwargs = kwargs === null ? 0 : kwargs.size;
  checkTotal(fn, nargs, nkwargs, len);
  const out = emptySlots(len);
  let skip = false;
  let i = 0;
  for (; i < len; i++) {
    if (i === max) {
      // the `$` of the format
      if (skip) break;
      if (max < nargs) {
        if (max === 0) raise(PyExc_TypeError, `${fn} takes no positional arguments`);
        raise(
          PyExc_TypeError,
          `${fn} takes ${min < max ? "at most" : "exactly"} ${max} positional argument${plural(max)} (${nargs} given)`,
        );
      }
    }
    if (skip) continue;
    let cur: PyObject | null = null;
    if (i < nargs) cur = args[i]!;
    else if (nkwargs > 0 && i >= pos) {
      cur = kwargs!.get(names[i]!) ?? null;
      if (cur !== null) nkwargs--;
    }
    if (cur !== null) {
      out[i] = cur;
      convert(i, cur);
      continue;
    }
    if (i < min) {
      // a missing positional-only argument is reported once `|` and `$` are known
      if (i < pos) skip = true;
      else raise(PyExc_TypeError, `${fn} missing required argument '${names[i]}' (pos ${i + 1})`);
    }
    if (nkwargs === 0 && !skip) return out;
  }
  if (skip) {
    const n = Math.min(pos, min);
    raise(
      PyExc_TypeError,
      `${fn} takes ${n < i ? "at least" : "exactly"} ${n} positional argument${plural(n)} (${nargs} given)`,
    );
  }
  if (nkwargs > 0) checkKeywords(fname, names, pos, nargs, kwargs!);
  return out;
}

/**
 * `_PyArg_CheckPositional`: `name expected at least 1 argument, got 0`,
 * `name expected at most 3 arguments, got 4`, `name expected 2 arguments, got 1`.
 */
export function checkPositional(name: string, nargs: number, min: number, max: number): void {
  if (nargs < min) {
    raise(
      PyExc_TypeError,
      min === max
        ? `${name} expected ${min} argument${plural(min)}, got ${nargs}`
        : `${name} expected at least ${min} argument${plural(min)}, got ${nargs}`,
    );
  }
  if (nargs > max) {
    raise(
      PyExc_TypeError,
      min === max
        ? `${name} expected ${max} argument${plural(max)}, got ${nargs}`
        : `${name} expected at most ${max} argument${plural(max)}, got ${nargs}`,
    );
  }
}

/** `_PyArg_NoKeywords`: `name() takes no keyword arguments`. */
export function noKeywords(name: string, kwargs: KwArgs | null): void {
  if (kwargs !== null && kwargs.size > 0) raise(PyExc_TypeError, `${name}() takes no keyword arguments`);
}

/** `_PyArg_NoPositional`: `name() takes no positional arguments`. */
export function noPositional(name: string, args: readonly PyObject[]): void {
  if (args.length > 0) raise(PyExc_TypeError, `${name}() takes no positional arguments`);
}

/**
 * METH_NOARGS check: `funcstr takes no arguments (1 given)` where funcstr is
 * the qualified name with parentheses (`memoryview.tolist()`).
 */
export function checkNoArgs(funcstr: string, args: readonly PyObject[], kwargs: KwArgs | null): void {
  if (kwargs !== null && kwargs.size > 0) raise(PyExc_TypeError, `${funcstr} takes no keyword arguments`);
  if (args.length !== 0) raise(PyExc_TypeError, `${funcstr} takes no arguments (${args.length} given)`);
}

/**
 * METH_O check: `list.append() takes exactly one argument (0 given)`.
 * @returns Borrowed reference (the argument).
 */
export function checkOneArg(funcstr: string, args: readonly PyObject[], kwargs: KwArgs | null): PyObject {
  if (kwargs !== null && kwargs.size > 0) raise(PyExc_TypeError, `${funcstr} takes no keyword arguments`);
  if (args.length !== 1)
    raise(PyExc_TypeError, `${funcstr} takes exactly one argument (${args.length} given)`);
  return args[0]!;
}

/**
 * A slot wrapper's arity check (`wrapper_call`, then `check_num_args` in
 * `wrap_lenfunc`, `wrap_binaryfunc`, `wrap_unaryfunc`...):
 * `wrapper __len__() takes no keyword arguments`, `expected 1 argument, got 0`.
 */
export function checkWrapperArgs(
  name: string,
  args: readonly PyObject[],
  kwargs: KwArgs | null,
  n: number,
): void {
  if (kwargs !== null && kwargs.size > 0)
    raise(PyExc_TypeError, `wrapper ${name}() takes no keyword arguments`);
  if (args.length !== n) raise(PyExc_TypeError, `expected ${n} argument${plural(n)}, got ${args.length}`);
}

/**
 * The slot wrappers that unpack with `PyArg_UnpackTuple(args, "", min, max)`
 * (`wrap_ternaryfunc`, `wrap_indexargfunc`, `wrap_objobjargproc`,
 * `wrap_sq_setitem`, `wrap_setattr`): getargs' message with the empty name,
 * hence its leading space (` expected 2 arguments, got 0`,
 * ` expected at most 2 arguments, got 3`).
 */
export function unpackWrapperArgs(
  name: string,
  args: readonly PyObject[],
  kwargs: KwArgs | null,
  min: number,
  max: number,
): void {
  if (kwargs !== null && kwargs.size > 0)
    raise(PyExc_TypeError, `wrapper ${name}() takes no keyword arguments`);
  const n = args.length;
  const exact = min === max ? "" : n < min ? "at least " : "at most ";
  if (n < min) raise(PyExc_TypeError, ` expected ${exact}${min} argument${plural(min)}, got ${n}`);
  if (n > max) raise(PyExc_TypeError, ` expected ${exact}${max} argument${plural(max)}, got ${n}`);
}

/**
 * `_PyArg_BadArgument`: `fname() argument 'name' must be expected, not int`;
 * a number for `arg` gives the positional form `fname() argument 1 must be ...`.
 */
export function badArgument(fname: string, arg: string | number, expected: string, got: PyObject): never {
  const which = typeof arg === "number" ? `${arg}` : `'${arg}'`;
  raise(
    PyExc_TypeError,
    `${fname}() argument ${which} must be ${expected}, not ${got === null ? "NULL" : typeNameForMessage(got)}`,
  );
}

/** `_PyType_Name`-style name of `o`'s type for "not X" messages (None → 'None'). */
export function typeNameForMessage(o: PyObject): string {
  const t = o.ob_type;
  return t.tp_name === "NoneType" ? "None" : t.tp_name;
}
