/**
 * `PyArg_ParseTupleAndKeywords` and `PyArg_VaParseTupleAndKeywords`
 * (`vgetargskeywords` of `Python/getargs.c`, 3.11): positional arguments and
 * keywords bound by a `char *kwlist[]` (leading "" entries are positional-only).
 */
import {
  type KwArgs,
  PyExc_SystemError,
  PyExc_TypeError,
  type PyObject,
  PyDict_Check,
  PyDict_GetItemString,
  PyDict_Next,
  PyDict_Size,
  PyTuple_Check,
  PyUnicode_Check,
  raise,
} from "@py/object";
import type { ArgBridge } from "./bridge.js";
import { byteString, type CFormat, prec, textOf } from "./c-format.js";
import { convertItem, Freelist, type ParseOptions, type ParseState, setError, skipItem } from "./convert.js";
import type { VaList } from "./va-list.js";

/** The keyword arguments: a `Map` (TypeScript callers) or a dict (C callers). */
export type KeywordArgs = KwArgs | PyObject | null;

/** `kwlist`: a `char **` in memory (NULL-terminated) or the names in hand. */
export type KeywordList = number | readonly CFormat[];

interface Keywords {
  size: number;
  /** `_PyDict_GetItemStringWithError(kwargs, name)` (borrowed). */
  get(name: string): PyObject | null;
  /** The keys in order (`PyDict_Next`). */
  keys(): PyObject[] | string[];
}

function keywordsOf(kwargs: KeywordArgs): Keywords | null {
  if (kwargs === null) return null;
  if (kwargs instanceof Map) {
    const m = kwargs;
    return { size: m.size, get: (n) => m.get(n) ?? null, keys: () => [...m.keys()] };
  }
  // A dict object (PyArg_ParseTupleAndKeywords refuses anything else).
  const d = kwargs;
  if (!PyDict_Check(d)) raise(PyExc_SystemError, "bad argument to internal function");
  return {
    size: PyDict_Size(d),
    get: (n) => PyDict_GetItemString(d, n),
    keys: () => {
      const keys: PyObject[] = [];
      for (let r = PyDict_Next(d, 0); r !== null; r = PyDict_Next(d, r.pos)) keys.push(r.key);
      return keys;
    },
  };
}

function kwlistNames(b: ArgBridge, kwlist: KeywordList): string[] {
  if (typeof kwlist !== "number") return kwlist.map((n) => byteString(n));
  const names: string[] = [];
  const step = b.model.ssize;
  for (let p = kwlist; ; p += step) {
    const s = b.load(p, "ptr");
    if (s === 0) break;
    names.push(String.fromCharCode(...b.cString(s)));
  }
  return names;
}

function isAsciiText(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 0x7f) return false;
  return true;
}

const isEnd = (c: string | undefined): boolean => c === undefined || c === ";" || c === ":";

/**
 * `PyArg_ParseTupleAndKeywords(args, kwargs, format, kwlist, ...)` (and the
 * `Va` form). `args` a tuple; `kwargs` null, a `Map` or a dict object.
 * Writes through the pointers read from `va`; throws on failure.
 */
export function PyArg_ParseTupleAndKeywords(
  b: ArgBridge,
  args: PyObject,
  kwargs: KeywordArgs,
  format: CFormat,
  kwlist: KeywordList,
  va: VaList,
  opts: ParseOptions = {},
): void {
  if (!PyTuple_Check(args)) raise(PyExc_SystemError, "bad argument to internal function");
  const fmt = byteString(format);
  const names = kwlistNames(b, kwlist);
  const kw = keywordsOf(kwargs);
  const st: ParseState = {
    b,
    va,
    fmt,
    pos: 0,
    ssizeClean: opts.ssizeClean ?? true,
    freelist: new Freelist(),
  };
  try {
    vgetargskeywords(st, args.items, kw, names);
  } catch (e) {
    st.freelist.cleanup();
    throw e;
  }
}

/** `PyArg_VaParseTupleAndKeywords(args, kwargs, format, kwlist, va)`. */
export const PyArg_VaParseTupleAndKeywords = PyArg_ParseTupleAndKeywords;

function vgetargskeywords(
  st: ParseState,
  items: readonly PyObject[],
  kw: Keywords | null,
  kwlist: readonly string[],
): void {
  const fmt = st.fmt;
  const colon = fmt.indexOf(":");
  const fname = colon >= 0 ? fmt.slice(colon + 1) : null;
  const semi = colon >= 0 ? -1 : fmt.indexOf(";");
  const customMsg = semi >= 0 ? fmt.slice(semi + 1) : null;
  const fn = fname === null ? "function" : prec(fname, 200);
  const paren = fname === null ? "" : "()";
  const INT_MAX = 2147483647;
  let min = INT_MAX;
  let max = INT_MAX;
  let skip = false;

  let pos = 0;
  while (pos < kwlist.length && kwlist[pos] === "") pos++;
  const len = kwlist.length;
  for (let i = pos; i < len; i++) {
    if (kwlist[i] === "") raise(PyExc_SystemError, "Empty keyword parameter name");
  }
  const nargs = items.length;
  let nkwargs = kw === null ? 0 : kw.size;
  if (nargs + nkwargs > len) {
    raise(
      PyExc_TypeError,
      `${fn}${paren} takes at most ${len} ${nargs === 0 ? "keyword " : ""}argument${len === 1 ? "" : "s"} (${nargs + nkwargs} given)`,
    );
  }
  let i: number;
  for (i = 0; i < len; i++) {
    if (fmt[st.pos] === "|") {
      if (min !== INT_MAX) raise(PyExc_SystemError, "Invalid format string (| specified twice)");
      min = i;
      st.pos++;
      if (max !== INT_MAX) raise(PyExc_SystemError, "Invalid format string ($ before |)");
    }
    if (fmt[st.pos] === "$") {
      if (max !== INT_MAX) raise(PyExc_SystemError, "Invalid format string ($ specified twice)");
      max = i;
      st.pos++;
      if (max < pos) raise(PyExc_SystemError, "Empty parameter name after $");
      if (skip) break;
      if (max < nargs) {
        if (max === 0) raise(PyExc_TypeError, `${fn}${paren} takes no positional arguments`);
        raise(
          PyExc_TypeError,
          `${fn}${paren} takes ${min !== INT_MAX ? "at most" : "exactly"} ${max} positional argument${max === 1 ? "" : "s"} (${nargs} given)`,
        );
      }
    }
    if (isEnd(fmt[st.pos])) {
      raise(PyExc_SystemError, `More keyword list entries (${len}) than format specifiers (${i})`);
    }
    if (!skip) {
      let current: PyObject | null = null;
      if (i < nargs) current = items[i]!;
      else if (nkwargs > 0 && i >= pos) {
        current = kw!.get(textOf(kwlist[i]!));
        if (current !== null) nkwargs--;
      }
      if (current !== null) {
        const err = convertItem(st, current);
        if (err !== null) setError(i + 1, err, fname, customMsg);
        continue;
      }
      if (i < min) {
        if (i < pos) skip = true;
        else {
          raise(
            PyExc_TypeError,
            `${fn}${paren} missing required argument '${textOf(kwlist[i]!)}' (pos ${i + 1})`,
          );
        }
      }
      if (nkwargs === 0 && !skip) return;
    }
    const msg = skipItem(st, st.va, st.ssizeClean);
    if (msg !== null) raise(PyExc_SystemError, `${msg}: '${textOf(fmt.slice(st.pos))}'`);
  }
  if (skip) {
    const m = Math.min(pos, min);
    raise(
      PyExc_TypeError,
      `${fn}${paren} takes ${m < i ? "at least" : "exactly"} ${m} positional argument${m === 1 ? "" : "s"} (${nargs} given)`,
    );
  }
  const c = fmt[st.pos];
  if (!isEnd(c) && c !== "|" && c !== "$") {
    raise(
      PyExc_SystemError,
      `more argument specifiers than keyword list entries (remaining format:'${textOf(fmt.slice(st.pos))}')`,
    );
  }
  if (nkwargs > 0) {
    for (let j = pos; j < nargs; j++) {
      if (kw!.get(textOf(kwlist[j]!)) !== null) {
        raise(
          PyExc_TypeError,
          `argument for ${fn}${paren} given by name ('${textOf(kwlist[j]!)}') and position (${j + 1})`,
        );
      }
    }
    for (const key of kw!.keys()) {
      let k: string;
      if (typeof key === "string") k = key;
      else if (PyUnicode_Check(key)) k = key.value;
      else raise(PyExc_TypeError, "keywords must be strings");
      // _PyUnicode_EqualToASCIIString: a non-ASCII key never matches.
      let match = false;
      for (let j = pos; j < len && isAsciiText(k); j++) {
        if (textOf(kwlist[j]!) === k) {
          match = true;
          break;
        }
      }
      if (!match) {
        raise(
          PyExc_TypeError,
          `'${k}' is an invalid keyword argument for ${fname === null ? "this function" : fn}${paren}`,
        );
      }
    }
    raise(PyExc_TypeError, `invalid keyword argument for ${fname === null ? "this function" : fn}${paren}`);
  }
}
