/**
 * `PyArg_ParseTuple`, `PyArg_VaParse`, `PyArg_Parse` and `PyArg_UnpackTuple`
 * (`vgetargs1_impl` and `unpack_stack` of `Python/getargs.c`, 3.11).
 *
 * The engines throw a `PyError` where CPython returns 0 with an exception
 * set; the runtime's C import catches it, sets the indicator and returns 0.
 */
import { PyExc_SystemError, PyExc_TypeError, type PyObject, PyTuple_Check, raise } from "@py/object";
import type { ArgBridge } from "./bridge.js";
import { byteString, type CFormat, isAlpha, prec, textOf } from "./c-format.js";
import { convertItem, Freelist, type ParseOptions, type ParseState, setError } from "./convert.js";
import type { VaList } from "./va-list.js";

/** `Py_FatalError` of a malformed format: CPython aborts; here a SystemError. */
function fatal(msg: string): never {
  raise(PyExc_SystemError, `Fatal Python error: ${msg}`);
}

/**
 * `vgetargs1_impl`: `items` the positional arguments (`compatArg` and
 * `compat` for PyArg_Parse's single object).
 */
function vgetargs1(
  b: ArgBridge,
  compatArg: PyObject | null,
  items: readonly PyObject[],
  format: CFormat,
  va: VaList,
  compat: boolean,
  opts: ParseOptions,
): void {
  const fmt = byteString(format);
  let fname: string | null = null;
  let message: string | null = null;
  let min = -1;
  let max = 0;
  let level = 0;
  for (let p = 0; ; ) {
    const c = fmt[p++];
    if (c === undefined) break;
    if (c === "(") {
      if (level === 0) max++;
      level++;
      if (level >= 30) fatal("too many tuple nesting levels in argument format string");
    } else if (c === ")") {
      if (level === 0) fatal("excess ')' in getargs format");
      level--;
    } else if (c === ":") {
      fname = fmt.slice(p);
      break;
    } else if (c === ";") {
      message = fmt.slice(p);
      break;
    } else if (c === "|") {
      if (level === 0) min = max;
    } else if (level === 0 && isAlpha(c) && c !== "e") max++;
  }
  if (level !== 0) fatal("missing ')' in getargs format");
  if (min < 0) min = max;

  const st: ParseState = {
    b,
    va,
    fmt,
    pos: 0,
    ssizeClean: opts.ssizeClean ?? true,
    freelist: new Freelist(),
  };
  const paren = fname === null ? "" : "()";
  try {
    if (compat) {
      if (max === 0) {
        if (compatArg === null) return;
        raise(PyExc_TypeError, `${prec(fname ?? "function", 200)}${paren} takes no arguments`);
      }
      if (min === 1 && max === 1) {
        if (compatArg === null) {
          raise(PyExc_TypeError, `${prec(fname ?? "function", 200)}${paren} takes at least one argument`);
        }
        const err = convertItem(st, compatArg);
        if (err === null) return;
        setError(err.levels[0] ?? 0, { msg: err.msg, levels: err.levels.slice(1) }, fname, message);
      }
      raise(PyExc_SystemError, "old style getargs format uses new features");
    }
    const nargs = items.length;
    if (nargs < min || max < nargs) {
      if (message === null) {
        const n = nargs < min ? min : max;
        raise(
          PyExc_TypeError,
          `${prec(fname ?? "function", 150)}${paren} takes ${min === max ? "exactly" : nargs < min ? "at least" : "at most"} ${n} argument${n === 1 ? "" : "s"} (${nargs} given)`,
        );
      }
      raise(PyExc_TypeError, textOf(message));
    }
    for (let i = 0; i < nargs; i++) {
      if (fmt[st.pos] === "|") st.pos++;
      const err = convertItem(st, items[i]!);
      if (err !== null) setError(i + 1, err, fname, message);
    }
    const c = fmt[st.pos];
    if (c !== undefined && !isAlpha(c) && c !== "(" && c !== "|" && c !== ":" && c !== ";") {
      raise(PyExc_SystemError, `bad format string: ${prec(fmt, 200)}`);
    }
  } catch (e) {
    st.freelist.cleanup();
    throw e;
  }
}

function tupleItems(args: PyObject, message: string): readonly PyObject[] {
  if (!PyTuple_Check(args)) raise(PyExc_SystemError, message);
  return args.items;
}

/**
 * `PyArg_ParseTuple(args, format, ...)` and `PyArg_VaParse(args, format, va)`
 * (the same engine: a `va_list` is what `...` becomes). `args` must be a
 * tuple. Writes through the pointers read from `va`; throws on failure.
 */
export function PyArg_ParseTuple(
  b: ArgBridge,
  args: PyObject,
  format: CFormat,
  va: VaList,
  opts: ParseOptions = {},
): void {
  const items = tupleItems(args, "new style getargs format but argument is not a tuple");
  vgetargs1(b, args, items, format, va, false, opts);
}

/** `PyArg_VaParse(args, format, va)`. */
export const PyArg_VaParse = PyArg_ParseTuple;

/**
 * `PyArg_Parse(args, format, ...)`: the old single-object form (a format of
 * exactly one unit, `args` the object itself; null for NULL).
 */
export function PyArg_Parse(
  b: ArgBridge,
  args: PyObject | null,
  format: CFormat,
  va: VaList,
  opts: ParseOptions = {},
): void {
  vgetargs1(b, args, [], format, va, true, opts);
}

/**
 * `PyArg_UnpackTuple(args, name, min, max, ...)`: stores the borrowed items
 * through the `PyObject **` read from `va` (`name` null: the "unpacked tuple" messages).
 */
export function PyArg_UnpackTuple(
  b: ArgBridge,
  args: PyObject,
  name: CFormat | null,
  min: number,
  max: number,
  va: VaList,
): void {
  const items = tupleItems(args, "PyArg_UnpackTuple() argument list is not a tuple");
  const nargs = items.length;
  const nm = name === null ? null : prec(byteString(name), 200);
  const plural = (n: number): string => (n === 1 ? "" : "s");
  if (nargs < min) {
    const what = min === max ? "" : "at least ";
    raise(
      PyExc_TypeError,
      nm !== null
        ? `${nm} expected ${what}${min} argument${plural(min)}, got ${nargs}`
        : `unpacked tuple should have ${what}${min} element${plural(min)}, but has ${nargs}`,
    );
  }
  if (nargs === 0) return;
  if (nargs > max) {
    const what = min === max ? "" : "at most ";
    raise(
      PyExc_TypeError,
      nm !== null
        ? `${nm} expected ${what}${max} argument${plural(max)}, got ${nargs}`
        : `unpacked tuple should have ${what}${max} element${plural(max)}, but has ${nargs}`,
    );
  }
  for (const item of items) b.store(va.ptr(), "ptr", b.ptrOf(item));
}
