/** Searching a str (`str.startswith` ... `str.count`, `str.replace`; `Objects/stringlib/find.h`, `count.h`). */
import { ssize_as_index } from "./ssize.js";
import { noKw, strArg } from "./str-args.js";
import { type PyUnicodeObject, PyUnicode_FromString } from "./str-object.js";
import { METH_FASTCALL, METH_VARARGS, type PyObject, type PyMethodDef } from "./object.js";
import { badArgument, checkPositional } from "./args.js";
import { PyExc_TypeError, PyExc_ValueError, raise } from "./exceptions.js";
import { PyBool_FromBool } from "./bool-object.js";
import { PyLong_FromNumber } from "./int-object.js";
import { PyNumber_AsSsize_t } from "./number.js";
import { _PyEval_SliceIndex } from "./slice-indices.js";
import { PyTuple_Check } from "./tuple-object.js";
import { SURROGATE, codePoints } from "./code-points.js";

/** strSearch methods of `str` (entries of `unicode_methods`). */
export const strSearchMethods: Record<string, PyMethodDef> = {
  startswith: {
    flags: METH_VARARGS,
    meth: (self, args, kwargs) => {
      noKw("startswith", kwargs);
      if (args.length < 1) raise(PyExc_TypeError, `startswith() takes at least 1 argument (0 given)`);
      return prefixCheck("startswith", (self as PyUnicodeObject).value, args, false);
    },
  },
  endswith: {
    flags: METH_VARARGS,
    meth: (self, args, kwargs) => {
      noKw("endswith", kwargs);
      if (args.length < 1) raise(PyExc_TypeError, `endswith() takes at least 1 argument (0 given)`);
      return prefixCheck("endswith", (self as PyUnicodeObject).value, args, true);
    },
  },
  find: {
    flags: METH_VARARGS,
    meth: (self, args, kwargs) => {
      noKw("find", kwargs);
      const s = (self as PyUnicodeObject).value;
      const [sub, a, b, toCp] = findArgs("find", s, args);
      const r = find(s, sub, a, b, false);
      return PyLong_FromNumber(r < 0 ? r : toCp(r));
    },
  },
  rfind: {
    flags: METH_VARARGS,
    meth: (self, args, kwargs) => {
      noKw("rfind", kwargs);
      const s = (self as PyUnicodeObject).value;
      const [sub, a, b, toCp] = findArgs("rfind", s, args);
      const r = find(s, sub, a, b, true);
      return PyLong_FromNumber(r < 0 ? r : toCp(r));
    },
  },
  index: {
    flags: METH_VARARGS,
    meth: (self, args, kwargs) => {
      noKw("index", kwargs);
      const s = (self as PyUnicodeObject).value;
      const [sub, a, b, toCp] = findArgs("index", s, args);
      const r = find(s, sub, a, b, false);
      if (r < 0) raise(PyExc_ValueError, "substring not found");
      return PyLong_FromNumber(toCp(r));
    },
  },
  rindex: {
    flags: METH_VARARGS,
    meth: (self, args, kwargs) => {
      noKw("rindex", kwargs);
      const s = (self as PyUnicodeObject).value;
      const [sub, a, b, toCp] = findArgs("rindex", s, args);
      const r = find(s, sub, a, b, true);
      if (r < 0) raise(PyExc_ValueError, "substring not found");
      return PyLong_FromNumber(toCp(r));
    },
  },
  count: {
    flags: METH_VARARGS,
    meth: (self, args, kwargs) => {
      noKw("count", kwargs);
      const s = (self as PyUnicodeObject).value;
      const [sub, a, b, toCp] = findArgs("count", s, args);
      // an empty sub matches between code points
      if (sub === "" && a <= s.length) return PyLong_FromNumber(toCp(b) - toCp(a) + 1);
      return PyLong_FromNumber(count(s, sub, a, b));
    },
  },
  replace: {
    flags: METH_FASTCALL,
    meth: (self, args, kwargs) => {
      noKw("replace", kwargs);
      checkPositional("replace", args.length, 2, 3);
      const old = strArg(args[0]!);
      if (old === null) badArgument("replace", 1, "str", args[0]!);
      const neu = strArg(args[1]!);
      if (neu === null) badArgument("replace", 2, "str", args[1]!);
      const n = args.length > 2 ? PyNumber_AsSsize_t(args[2]!, null) : -1;
      const s = (self as PyUnicodeObject).value;
      if (n < 0)
        return PyUnicode_FromString(
          old === ""
            ? s === ""
              ? neu
              : codePoints(s).join(neu).replace(/^/, neu) + neu
            : s.split(old).join(neu),
        );
      let out = "";
      let rest = s;
      for (let k = 0; k < n; k++) {
        const i = old === "" ? (k === 0 ? 0 : 1) : rest.indexOf(old);
        if (i < 0 || (old === "" && k > 0 && rest === "")) break;
        out += rest.slice(0, i) + neu;
        rest = rest.slice(i + old.length);
      }
      return PyUnicode_FromString(out + rest);
    },
  },
};

/** Resolves optional `start`/`end` arguments as slice indices against `len`. */
function startEnd(
  s: string,
  start: PyObject | null | undefined,
  end: PyObject | null | undefined,
): [number, number] {
  const len = s.length;
  let a = start == null ? 0 : ssize_as_index(_PyEval_SliceIndex(start) ?? 0);
  let b = end == null ? len : ssize_as_index(_PyEval_SliceIndex(end) ?? len);
  if (a < 0) {
    a += len;
    if (a < 0) a = 0;
  }
  if (b < 0) {
    b += len;
    if (b < 0) b = 0;
  } else if (b > len) b = len;
  return [a, b];
}

function prefixCheck(name: string, self: string, args: readonly PyObject[], fromEnd: boolean): PyObject {
  checkPositional(name, args.length, 1, 3);
  const [a, b] = startEnd(self, args[1], args[2]);
  const sub = args[0]!;
  const test = (p: string): boolean => {
    if (a > self.length) return false;
    if (b - a < p.length) return false;
    return fromEnd ? self.slice(a, b).endsWith(p) : self.startsWith(p, a);
  };
  if (PyTuple_Check(sub)) {
    for (const it of sub.items) {
      const p = strArg(it);
      if (p === null) {
        raise(PyExc_TypeError, `tuple for ${name} must only contain str, not ${it.ob_type.tp_name}`);
      }
      if (test(p)) return PyBool_FromBool(true);
    }
    return PyBool_FromBool(false);
  }
  const p = strArg(sub);
  if (p === null) {
    raise(PyExc_TypeError, `${name} first arg must be str or a tuple of str, not ${sub.ob_type.tp_name}`);
  }
  return PyBool_FromBool(test(p));
}

/**
 * The arguments of find/index/count: `sub` and the search range as UTF-16
 * offsets into `self`. Python indexes code points: for a string with
 * surrogate pairs the range is taken in code points and `toCp` maps a
 * UTF-16 offset back (identity otherwise).
 */
function findArgs(
  name: string,
  self: string,
  args: readonly PyObject[],
): [string, number, number, (unit: number) => number] {
  if (args.length < 1) raise(PyExc_TypeError, `${name}() takes at least 1 argument (0 given)`);
  if (args.length > 3) raise(PyExc_TypeError, `${name}() takes at most 3 arguments (${args.length} given)`);
  const sub = strArg(args[0]!);
  if (sub === null) raise(PyExc_TypeError, `must be str, not ${args[0]!.ob_type.tp_name}`);
  if (!SURROGATE.test(self)) {
    const [a, b] = startEnd(self, args[1], args[2]);
    return [sub, a, b, (u) => u];
  }
  const cps = codePoints(self);
  const off = [0];
  for (const c of cps) off.push(off[off.length - 1]! + c.length);
  const [a, b] = startEnd(cps as unknown as string, args[1], args[2]);
  // a start past the end stays past the end (find() then fails)
  const ua = a > cps.length ? self.length + 1 : off[a]!;
  return [sub, ua, off[b]!, (u) => (u > self.length ? cps.length + 1 : off.indexOf(u))];
}

function find(self: string, sub: string, a: number, b: number, reverse: boolean): number {
  if (a > self.length || b - a < sub.length) return -1;
  if (reverse) {
    const i = self.lastIndexOf(sub, b - sub.length);
    return i >= a ? i : -1;
  }
  const i = self.indexOf(sub, a);
  return i >= 0 && i + sub.length <= b ? i : -1;
}

function count(self: string, sub: string, a: number, b: number): number {
  if (a > self.length || b - a < sub.length) return 0;
  if (sub === "") return b - a + 1;
  let n = 0;
  let i = self.indexOf(sub, a);
  while (i >= 0 && i + sub.length <= b) {
    n++;
    i = self.indexOf(sub, i + sub.length);
  }
  return n;
}
