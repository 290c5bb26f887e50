/**
 * Builtin functions that go with the language features (`Python/bltinmodule.c`):
 * `format`, `round`, `ascii`, `delattr`, `vars(object)`.
 */
import {
  isPyError,
  owned,
  Py_NewRef,
  Py_None,
  PyExc_AttributeError,
  PyExc_SystemExit,
  PyExc_TypeError,
  newException,
  raiseObject,
  PyFloat_Check,
  PyFloat_FromDouble,
  PyLong_Check,
  PyLong_FromBigInt,
  PyNumber_Index,
  type PyObject,
  PyObject_CallMethod,
  PyObject_GetAttr,
  PyObject_HasAttr,
  PyObject_SetAttr,
  PyUnicode_Check,
  PyUnicode_FromString,
  raise,
  repr,
  str,
} from "@py/object";
import { type BuiltinFn, noKw, takeKw } from "./builtin-args.js";
import { asciiOfRepr as ascii, floatFixed as fixed, formatObject } from "@py/object";

function argCount(name: string, args: readonly PyObject[], min: number, max: number): void {
  if (args.length >= min && args.length <= max) return;
  if (min === max)
    raise(PyExc_TypeError, `${name} expected ${min} argument${min === 1 ? "" : "s"}, got ${args.length}`);
  if (args.length < min)
    raise(
      PyExc_TypeError,
      `${name} expected at least ${min} argument${min === 1 ? "" : "s"}, got ${args.length}`,
    );
  raise(
    PyExc_TypeError,
    `${name} expected at most ${max} argument${max === 1 ? "" : "s"}, got ${args.length}`,
  );
}

function intValue(o: PyObject): bigint {
  return BigInt((o as unknown as { value: number | bigint }).value);
}

/** Rounds an integer to a multiple of `10**-ndigits` (half to even). */
function roundInt(v: bigint, ndigits: bigint): bigint {
  if (ndigits >= 0n) return v;
  const m = 10n ** -ndigits;
  const q = v / m;
  let r = v % m;
  let qq = q;
  if (r < 0n) {
    r += m;
    qq -= 1n;
  }
  if (2n * r > m || (2n * r === m && qq % 2n !== 0n)) qq += 1n;
  return qq * m;
}

/** `round(number, ndigits=None)`. */
const bi_round: BuiltinFn = (args, kwargs) => {
  const kw = takeKw("round", kwargs, ["number", "ndigits"]);
  const all = [...args];
  if (kw.has("number")) all.unshift(kw.get("number")!);
  if (kw.has("ndigits")) all[1] = kw.get("ndigits")!;
  if (all.length === 0) raise(PyExc_TypeError, "round() missing required argument 'number' (pos 1)");
  if (all.length > 2) raise(PyExc_TypeError, `round() takes at most 2 arguments (${all.length} given)`);
  const x = all[0]!;
  const nd = all[1] === undefined || all[1] === Py_None ? null : all[1];
  if (PyFloat_Check(x)) {
    const v = (x as unknown as { value: number }).value;
    if (nd === null) {
      if (Number.isNaN(v)) raise(PyExc_TypeError, "cannot convert float NaN to integer");
      if (!Number.isFinite(v)) raise(PyExc_TypeError, "cannot convert float infinity to integer");
      let r = Math.round(v);
      if (Math.abs(v % 1) === 0.5 && r % 2 !== 0) r -= 1;
      return PyLong_FromBigInt(BigInt(r));
    }
    using n = owned(PyNumber_Index(nd));
    const d = Number(intValue(n.obj));
    if (!Number.isFinite(v) || d > 323) return PyFloat_FromDouble(v);
    if (d >= 0) {
      const s = fixed(Math.abs(v), d);
      return PyFloat_FromDouble((v < 0 || Object.is(v, -0) ? -1 : 1) * Number(s));
    }
    const m = 10 ** -d;
    let q = Math.round(v / m);
    if (Math.abs((v / m) % 1) === 0.5 && q % 2 !== 0) q -= 1;
    return PyFloat_FromDouble(q * m);
  }
  if (PyLong_Check(x)) {
    if (nd === null) return Py_NewRef(x);
    using n = owned(PyNumber_Index(nd));
    return PyLong_FromBigInt(roundInt(intValue(x), intValue(n.obj)));
  }
  if (!PyObject_HasAttr(x, "__round__"))
    raise(PyExc_TypeError, `type ${x.ob_type.tp_name} doesn't define __round__ method`);
  return PyObject_CallMethod(x, "__round__", nd === null ? [] : [nd], null);
};

/** The language builtins. */
export function languageBuiltins(): [string, BuiltinFn][] {
  /** `exit(code=None)`/`quit(code=None)` (site's `Quitter.__call__`): raises `SystemExit(code)`. */
  const quitter =
    (name: string): BuiltinFn =>
    (args, kwargs) => {
      const code = takeKw(name, kwargs, ["code"]).get("code");
      argCount(name, args, 0, code === undefined ? 1 : 0);
      const v = code ?? args[0];
      raiseObject(newException(PyExc_SystemExit, undefined, v === undefined ? [] : [Py_NewRef(v)]));
    };
  return [
    ["exit", quitter("exit")],
    ["quit", quitter("quit")],
    [
      "format",
      (args, kwargs) => {
        noKw("format", kwargs);
        argCount("format", args, 1, 2);
        const spec = args[1];
        if (spec !== undefined && !PyUnicode_Check(spec))
          raise(PyExc_TypeError, `format() argument 2 must be str, not ${spec.ob_type.tp_name}`);
        return PyUnicode_FromString(formatObject(args[0]!, spec === undefined ? "" : str(spec)));
      },
    ],
    ["round", bi_round],
    [
      "vars",
      (args, kwargs) => {
        noKw("vars", kwargs);
        if (args.length !== 1)
          raise(
            PyExc_TypeError,
            args.length === 0
              ? "minipy supports vars(object) only"
              : `vars expected at most 1 argument, got ${args.length}`,
          );
        try {
          return PyObject_GetAttr(args[0]!, "__dict__");
        } catch (e) {
          if (isPyError(e, PyExc_AttributeError))
            raise(PyExc_TypeError, "vars() argument must have __dict__ attribute");
          throw e;
        }
      },
    ],
    [
      "ascii",
      (args, kwargs) => {
        noKw("ascii", kwargs);
        if (args.length !== 1)
          raise(PyExc_TypeError, `ascii() takes exactly one argument (${args.length} given)`);
        return PyUnicode_FromString(ascii(repr(args[0]!)));
      },
    ],
    [
      "delattr",
      (args, kwargs) => {
        noKw("delattr", kwargs);
        argCount("delattr", args, 2, 2);
        const name = args[1]!;
        if (!PyUnicode_Check(name))
          raise(PyExc_TypeError, `attribute name must be string, not '${name.ob_type.tp_name}'`);
        PyObject_SetAttr(args[0]!, str(name), null);
        return Py_NewRef(Py_None);
      },
    ],
  ];
}
