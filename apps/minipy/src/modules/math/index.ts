/**
 * The `math` module (`Modules/mathmodule.c`), the part ordinary scripts use:
 * the constants, the one-argument float functions with CPython's domain and
 * range errors (`math_1`: a NaN result from a non-NaN argument is
 * `ValueError: math domain error`, an infinite result from a finite one is
 * `OverflowError: math range error` where the function can overflow, else a
 * domain error), `log`/`log2`/`log10` of ints past the doubles (`loghelper`),
 * `pow`, `atan2`, `copysign`, `fmod`, `hypot`, `floor`/`ceil`/`trunc`
 * (through `__floor__`/`__ceil__`/`__trunc__`), the predicates, and the
 * integer functions `factorial`, `gcd`, `lcm`, `isqrt`, `comb`, `perm`,
 * `prod`, `fsum`.
 *
 * The float functions are the engine's `Math` functions (IEEE doubles); a
 * result may differ from the C library's in its last bit for some inputs.
 */
import {
  _PyType_Lookup,
  type KwArgs,
  METH_O,
  PyBool_FromBool,
  PyCFunction_New,
  PyExc_OverflowError,
  PyExc_TypeError,
  PyExc_ValueError,
  PyExc_ZeroDivisionError,
  PyFloat_AsDouble,
  PyFloat_Check,
  PyFloat_FromDouble,
  PyLong_Check,
  PyLong_FromDouble,
  PyLong_FromValue,
  PyModule_AddObject,
  PyModule_New,
  PyNumber_Multiply,
  PyObject_CallMethod,
  PyObject_GetIter,
  PyIter_Next,
  type PyObject,
  Py_DECREF,
  indexValue,
  owned,
  powRounded,
  Py_NewRef,
  PySequence_Tuple,
  PyTuple_Check,
  type PyTupleObject,
  raise,
} from "@py/object";
import { foldIterable } from "../../fold.js";
import * as libm from "./libm.js";

const DOMAIN = "math domain error";
const RANGE = "math range error";

/** `math_1`: `f` of a float argument, with CPython's error rules. */
function math1(x: number, f: (x: number) => number, canOverflow: boolean): number {
  const r = f(x);
  if (Number.isNaN(r) && !Number.isNaN(x)) raise(PyExc_ValueError, DOMAIN);
  if (!Number.isFinite(r) && !Number.isNaN(r) && Number.isFinite(x)) {
    raise(canOverflow ? PyExc_OverflowError : PyExc_ValueError, canOverflow ? RANGE : DOMAIN);
  }
  return r;
}

/** `loghelper`: `f` of an int of any size (x = m * 2**e for ints past the doubles), or of a float. */
function logOf(o: PyObject, f: (x: number) => number): number {
  if (PyLong_Check(o)) {
    const v = o.value;
    if (v <= 0) raise(PyExc_ValueError, DOMAIN);
    const d = Number(v);
    if (Number.isFinite(d)) return f(d);
    // _PyLong_Frexp: v = m * 2**e, m in [0.5, 1) rounded half to even to 53 bits
    const big = v as bigint;
    let e = big.toString(2).length;
    const shift = BigInt(e - 55);
    let top = big >> shift; // 55 bits: 53, a rounding bit, and one more
    if ((big & ((1n << shift) - 1n)) !== 0n) top |= 1n; // sticky
    let q = top >> 2n;
    const rest = top & 3n;
    if (rest > 2n || (rest === 2n && (q & 1n) === 1n)) q += 1n;
    let m = Number(q) / 2 ** 53;
    if (m === 1) {
      m = 0.5;
      e += 1;
    }
    return f(m) + f(2) * e;
  }
  const x = PyFloat_AsDouble(o);
  if (Number.isNaN(x)) return x;
  if (x <= 0) raise(PyExc_ValueError, DOMAIN);
  return f(x);
}

/** `floor`/`ceil`/`trunc`: an int stays itself (as an exact int); a special method wins; else the float's. */
function rounding(o: PyObject, special: string, f: (x: number) => number): PyObject {
  if (PyLong_Check(o)) return PyLong_FromValue(o.value);
  if (!PyFloat_Check(o) && _PyType_Lookup(o.ob_type, special) !== null)
    return PyObject_CallMethod(o, special);
  if (special === "__trunc__" && !PyFloat_Check(o)) {
    raise(PyExc_TypeError, `type ${o.ob_type.tp_name} doesn't define __trunc__ method`);
  }
  return PyLong_FromDouble(f(PyFloat_AsDouble(o)));
}

/** An integer argument (`__index__`), as a bigint. */
function intArg(o: PyObject): bigint {
  return BigInt(indexValue(o));
}

function gcd2(a: bigint, b: bigint): bigint {
  a = a < 0n ? -a : a;
  b = b < 0n ? -b : b;
  while (b !== 0n) [a, b] = [b, a % b];
  return a;
}

/** `math.isqrt(n)`: the integer square root by Newton's method on bigints. */
function isqrt(n: bigint): bigint {
  if (n < 0n) raise(PyExc_ValueError, "isqrt() argument must be nonnegative");
  if (n < 2n) return n;
  let x = BigInt(Math.floor(Math.sqrt(Number(n))));
  if (x === 0n) x = 1n;
  for (;;) {
    const y = (x + n / x) >> 1n;
    if (y >= x && x * x <= n && (x + 1n) * (x + 1n) > n) return x;
    x = y;
  }
}

/** Shewchuk's exact sum of floats rounded once (`math.fsum`, msum). */
function fsum(xs: number[]): number {
  const partials: number[] = [];
  let special = 0;
  let infSum = 0;
  for (let x of xs) {
    if (!Number.isFinite(x)) {
      if (Number.isNaN(x)) special = Number.NaN;
      else infSum += x;
      continue;
    }
    let i = 0;
    for (let y of partials) {
      if (Math.abs(x) < Math.abs(y)) [x, y] = [y, x];
      const hi = x + y;
      const lo = y - (hi - x);
      if (lo !== 0) partials[i++] = lo;
      x = hi;
    }
    partials.length = i;
    partials.push(x);
  }
  if (Number.isNaN(special)) return Number.NaN;
  if (infSum !== 0) {
    if (Number.isNaN(infSum)) raise(PyExc_ValueError, "-inf + inf in fsum");
    return infSum;
  }
  let n = partials.length;
  let hi = 0;
  if (n > 0) {
    hi = partials[--n]!;
    let lo = 0;
    while (n > 0) {
      const x = hi;
      const y = partials[--n]!;
      hi = x + y;
      const yr = hi - x;
      lo = y - yr;
      if (lo !== 0) break;
    }
    // half-even correction, as msum
    if (n > 0 && ((lo < 0 && partials[n - 1]! < 0) || (lo > 0 && partials[n - 1]! > 0))) {
      const y = lo * 2;
      const x = hi + y;
      if (y === x - hi) hi = x;
    }
  }
  return hi;
}

/** `PyInit_math`: a new module object (new reference). */
export function PyInit_math(): PyObject {
  const mod = PyModule_New("math");
  const add = (name: string, f: (a: readonly PyObject[], k: KwArgs | null) => PyObject, flags = 0) =>
    PyModule_AddObject(mod, name, PyCFunction_New(name, f, null, { module: "math", flags }));
  const float = (v: number) => PyFloat_FromDouble(v);
  const arity = (name: string, a: readonly PyObject[], n: number): void => {
    if (a.length !== n) raise(PyExc_TypeError, `${name} expected ${n} arguments, got ${a.length}`);
  };

  const one: [string, (x: number) => number, boolean][] = [
    ["sqrt", Math.sqrt, false],
    ["exp", libm.exp, true],
    ["expm1", Math.expm1, true],
    ["sin", libm.sin, false],
    ["cos", libm.cos, false],
    ["tan", libm.tan, false],
    ["asin", libm.asin, false],
    ["acos", libm.acos, false],
    ["atan", libm.atan, false],
    ["sinh", libm.sinh, true],
    ["cosh", libm.cosh, true],
    ["tanh", Math.tanh, false],
    ["asinh", libm.asinh, false],
    ["acosh", libm.acosh, false],
    ["atanh", Math.atanh, false],
    ["fabs", Math.abs, false],
    ["exp2", libm.exp2, true],
    // glibc's cbrt is its own algorithm; V8's may differ from it in the last bit
    ["cbrt", Math.cbrt, false],
  ];
  for (const [name, f, canOverflow] of one) {
    add(name, (a) => float(math1(PyFloat_AsDouble(a[0]!), f, canOverflow)), METH_O);
  }
  add(
    "log1p",
    (a) => {
      const x = PyFloat_AsDouble(a[0]!);
      if (x <= -1) raise(PyExc_ValueError, DOMAIN);
      return float(Math.log1p(x));
    },
    METH_O,
  );
  add("degrees", (a) => float(PyFloat_AsDouble(a[0]!) * (180 / Math.PI)), METH_O);
  add("radians", (a) => float(PyFloat_AsDouble(a[0]!) * (Math.PI / 180)), METH_O);
  add("log2", (a) => float(logOf(a[0]!, Math.log2)), METH_O);
  add("log10", (a) => float(logOf(a[0]!, libm.log10)), METH_O);
  add("log", (a) => {
    if (a.length < 1 || a.length > 2) raise(PyExc_TypeError, "math.log requires 1 to 2 arguments");
    const num = logOf(a[0]!, libm.log);
    if (a.length === 1) return float(num);
    const den = logOf(a[1]!, libm.log);
    if (den === 0) raise(PyExc_ZeroDivisionError, "float division by zero");
    return float(num / den);
  });
  add("pow", (a) => {
    arity("pow", a, 2);
    const x = PyFloat_AsDouble(a[0]!);
    const y = PyFloat_AsDouble(a[1]!);
    if (x === 1 || y === 0) return float(1);
    if (Number.isNaN(x) || Number.isNaN(y)) return float(Number.NaN);
    if (x === 0 && y < 0) raise(PyExc_ValueError, DOMAIN);
    const r =
      Number.isFinite(x) && Number.isFinite(y) && x !== 0 && (x > 0 || Number.isInteger(y))
        ? powRounded(x, y)
        : x ** y;
    if (Number.isNaN(r)) raise(PyExc_ValueError, DOMAIN);
    if (!Number.isFinite(r) && Number.isFinite(x) && Number.isFinite(y)) raise(PyExc_OverflowError, RANGE);
    return float(r);
  });
  add("atan2", (a) => {
    arity("atan2", a, 2);
    return float(libm.atan2(PyFloat_AsDouble(a[0]!), PyFloat_AsDouble(a[1]!)));
  });
  add("copysign", (a) => {
    arity("copysign", a, 2);
    const x = Math.abs(PyFloat_AsDouble(a[0]!));
    const y = PyFloat_AsDouble(a[1]!);
    return float(y < 0 || Object.is(y, -0) ? -x : x);
  });
  add("fmod", (a) => {
    arity("fmod", a, 2);
    const x = PyFloat_AsDouble(a[0]!);
    const y = PyFloat_AsDouble(a[1]!);
    if (Number.isNaN(x) || Number.isNaN(y)) return float(Number.NaN);
    if (!Number.isFinite(x) || y === 0) raise(PyExc_ValueError, DOMAIN);
    return float(x % y);
  });
  add("dist", (a) => {
    // math_dist: two points of the same dimension (tuples, or sequences made tuples)
    arity("dist", a, 2);
    const coords = (o: PyObject): PyObject[] => {
      using t = owned(PyTuple_Check(o) ? Py_NewRef(o) : PySequence_Tuple(o));
      return (t.obj as PyTupleObject).items.slice();
    };
    const p = coords(a[0]!);
    const q = coords(a[1]!);
    if (p.length !== q.length) raise(PyExc_ValueError, "both points must have the same number of dimensions");
    let max = 0;
    let nan = false;
    const vec = p.map((pi, i) => {
      const x = Math.abs(PyFloat_AsDouble(pi) - PyFloat_AsDouble(q[i]!));
      nan ||= Number.isNaN(x);
      if (x > max) max = x;
      return x;
    });
    return float(libm.vectorNorm(vec, max, nan));
  });
  add("hypot", (a) => {
    // math_hypot: |coordinates|, their max and whether one is a NaN, then vector_norm
    let max = 0;
    let nan = false;
    const vec = a.map((o) => {
      const x = Math.abs(PyFloat_AsDouble(o));
      nan ||= Number.isNaN(x);
      if (x > max) max = x;
      return x;
    });
    return float(libm.vectorNorm(vec, max, nan));
  });
  add("floor", (a) => rounding(a[0]!, "__floor__", Math.floor), METH_O);
  add("ceil", (a) => rounding(a[0]!, "__ceil__", Math.ceil), METH_O);
  add("trunc", (a) => rounding(a[0]!, "__trunc__", Math.trunc), METH_O);
  add("isnan", (a) => PyBool_FromBool(Number.isNaN(PyFloat_AsDouble(a[0]!))), METH_O);
  add(
    "isinf",
    (a) => {
      const x = PyFloat_AsDouble(a[0]!);
      return PyBool_FromBool(!Number.isFinite(x) && !Number.isNaN(x));
    },
    METH_O,
  );
  add("isfinite", (a) => PyBool_FromBool(Number.isFinite(PyFloat_AsDouble(a[0]!))), METH_O);
  add(
    "factorial",
    (a) => {
      const n = intArg(a[0]!);
      if (n < 0n) raise(PyExc_ValueError, "factorial() not defined for negative values");
      let r = 1n;
      for (let i = 2n; i <= n; i++) r *= i;
      return PyLong_FromValue(r);
    },
    METH_O,
  );
  add("gcd", (a) => PyLong_FromValue(a.reduce((g, o) => gcd2(g, intArg(o)), 0n)));
  add("lcm", (a) =>
    PyLong_FromValue(
      a.reduce((l, o) => {
        const v = intArg(o);
        if (l === 0n || v === 0n) return 0n;
        const p = (l * v) / gcd2(l, v);
        return p < 0n ? -p : p;
      }, 1n),
    ),
  );
  add("isqrt", (a) => PyLong_FromValue(isqrt(intArg(a[0]!))), METH_O);
  add("comb", (a) => {
    arity("comb", a, 2);
    const n = intArg(a[0]!);
    let k = intArg(a[1]!);
    if (n < 0n) raise(PyExc_ValueError, "n must be a non-negative integer");
    if (k < 0n) raise(PyExc_ValueError, "k must be a non-negative integer");
    if (k > n) return PyLong_FromValue(0);
    if (n - k < k) k = n - k;
    let r = 1n;
    for (let i = 1n; i <= k; i++) r = (r * (n - k + i)) / i;
    return PyLong_FromValue(r);
  });
  add("perm", (a) => {
    if (a.length < 1 || a.length > 2)
      raise(PyExc_TypeError, `perm expected at most 2 arguments, got ${a.length}`);
    const n = intArg(a[0]!);
    if (n < 0n) raise(PyExc_ValueError, "n must be a non-negative integer");
    const k = a.length === 1 || a[1] === undefined ? n : intArg(a[1]!);
    if (k < 0n) raise(PyExc_ValueError, "k must be a non-negative integer");
    if (k > n) return PyLong_FromValue(0);
    let r = 1n;
    for (let i = 0n; i < k; i++) r *= n - i;
    return PyLong_FromValue(r);
  });
  add(
    "prod",
    (a) => {
      return foldIterable(a[0]!, () => PyLong_FromValue(1), PyNumber_Multiply);
    },
    METH_O,
  );
  add(
    "fsum",
    (a) => {
      const it = PyObject_GetIter(a[0]!);
      const xs: number[] = [];
      try {
        for (let x = PyIter_Next(it); x !== null; x = PyIter_Next(it)) {
          try {
            xs.push(PyFloat_AsDouble(x));
          } finally {
            Py_DECREF(x);
          }
        }
      } finally {
        Py_DECREF(it);
      }
      return float(fsum(xs));
    },
    METH_O,
  );

  PyModule_AddObject(mod, "pi", float(Math.PI));
  PyModule_AddObject(mod, "e", float(Math.E));
  PyModule_AddObject(mod, "tau", float(2 * Math.PI));
  PyModule_AddObject(mod, "inf", float(Number.POSITIVE_INFINITY));
  PyModule_AddObject(mod, "nan", float(Number.NaN));
  return mod;
}
