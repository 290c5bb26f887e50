/**
 * The number protocol (`Objects/abstract.c`): binary operators dispatch on
 * `nb_*` slots of both operands as `binary_op1` does, with sequence
 * concat/repeat fallbacks for `+` and `*`.
 *
 * Slot convention (as CPython): `nb_add(v, w)` is called with the operands in
 * source order whether it was found on `v`'s type or on `w`'s; a slot that
 * does not handle the pair returns a new reference to `NotImplemented`.
 */
import { PY_SSIZE_T_MAX, PY_SSIZE_T_MIN, type Py_ssize_t, ssize_fits } from "./ssize.js";
import { isPyError, PyExc_OverflowError, PyExc_TypeError, raise } from "./exceptions.js";
import { type PyFloatObject, PyFloat_Check, PyFloat_FromDouble, PyFloat_Type } from "./float-object.js";
import { floatFromString } from "./float-string.js";
import { longToDouble } from "./int-arith.js";
import {
  PyLong_Check,
  PyLong_CheckExact,
  PyLong_FromNumber,
  PyLong_FromValue,
  PyLong_Type,
  type PyLongObject,
} from "./int-object.js";
import { longFromDouble, longFromString } from "./int-string.js";
import { Py_None, Py_NotImplemented } from "./none.js";
import type { PyNumberMethods, PyObject, PySequenceMethods, binaryfunc } from "./object.js";
import { Py_DECREF } from "./refcount.js";
import { bytesTypeProcs } from "./bytes-object.js";
import { PyUnicode_Check, type PyUnicodeObject } from "./str-object.js";

type NbBinarySlot = {
  [K in keyof PyNumberMethods]-?: PyNumberMethods[K] extends binaryfunc | undefined ? K : never;
}[keyof PyNumberMethods];

/** `binary_op1`: v's slot (after a subclass's reflected slot), then w's. New reference or NotImplemented. */
function binary_op1(v: PyObject, w: PyObject, slot: NbBinarySlot): PyObject {
  const vt = v.ob_type;
  const wt = w.ob_type;
  const slotv = vt.tp_as_number?.[slot];
  let slotw = wt !== vt ? wt.tp_as_number?.[slot] : undefined;
  if (slotw === slotv) slotw = undefined;
  if (slotv !== undefined) {
    if (slotw !== undefined && isSubtype(wt, vt)) {
      const x = slotw(v, w);
      if (x !== Py_NotImplemented) return x;
      Py_DECREF(x);
      slotw = undefined;
    }
    const x = slotv(v, w);
    if (x !== Py_NotImplemented) return x;
    Py_DECREF(x);
  }
  if (slotw !== undefined) return slotw(v, w);
  Py_NotImplemented.ob_refcnt++;
  return Py_NotImplemented;
}

function isSubtype(a: PyObject["ob_type"], b: PyObject["ob_type"]): boolean {
  for (let t: typeof a | null = a; t !== null; t = t.tp_base) if (t === b) return true;
  return false;
}

function binop_type_error(v: PyObject, w: PyObject, opname: string): never {
  raise(
    PyExc_TypeError,
    `unsupported operand type(s) for ${opname}: '${v.ob_type.tp_name}' and '${w.ob_type.tp_name}'`,
  );
}

function binary_op(v: PyObject, w: PyObject, slot: NbBinarySlot, opname: string): PyObject {
  const r = binary_op1(v, w, slot);
  if (r !== Py_NotImplemented) return r;
  Py_DECREF(r);
  binop_type_error(v, w, opname);
}

const MAX_SAFE = 9007199254740991;

/**
 * `a + b`.
 * @returns New reference.
 */
export function PyNumber_Add(v: PyObject, w: PyObject): PyObject {
  // fast path: two exact ints held as numbers
  if (v.ob_type === PyLong_Type && w.ob_type === PyLong_Type) {
    const a = (v as PyLongObject).value;
    const b = (w as PyLongObject).value;
    if (typeof a === "number" && typeof b === "number") {
      const x = a + b;
      if (x <= MAX_SAFE && x >= -MAX_SAFE) return PyLong_FromNumber(x);
    }
  }
  const r = binary_op1(v, w, "nb_add");
  if (r !== Py_NotImplemented) return r;
  Py_DECREF(r);
  const cat = v.ob_type.tp_as_sequence?.sq_concat;
  if (cat !== undefined) return cat(v, w);
  binop_type_error(v, w, "+");
}

function sequence_repeat(
  repeat: NonNullable<PySequenceMethods["sq_repeat"]>,
  seq: PyObject,
  n: PyObject,
): PyObject {
  if (!PyIndex_Check(n)) {
    raise(PyExc_TypeError, `can't multiply sequence by non-int of type '${n.ob_type.tp_name}'`);
  }
  // TODO(issue 17): repeat counts past 2**53 reach the slot rounded (ssizeargfunc takes a number)
  return repeat(seq, Number(PyNumber_AsSsize_t(n, PyExc_OverflowError)));
}

/**
 * `a * b`: numbers, else sequence repetition.
 * @returns New reference.
 */
export function PyNumber_Multiply(v: PyObject, w: PyObject): PyObject {
  if (v.ob_type === PyLong_Type && w.ob_type === PyLong_Type) {
    const a = (v as PyLongObject).value;
    const b = (w as PyLongObject).value;
    if (typeof a === "number" && typeof b === "number") {
      const x = a * b;
      if (x <= MAX_SAFE && x >= -MAX_SAFE) return PyLong_FromNumber(x + 0);
    }
  }
  const r = binary_op1(v, w, "nb_multiply");
  if (r !== Py_NotImplemented) return r;
  Py_DECREF(r);
  const mv = v.ob_type.tp_as_sequence?.sq_repeat;
  if (mv !== undefined) return sequence_repeat(mv, v, w);
  const mw = w.ob_type.tp_as_sequence?.sq_repeat;
  if (mw !== undefined) return sequence_repeat(mw, w, v);
  binop_type_error(v, w, "*");
}

/**
 * `a - b`.
 * @returns New reference.
 */
export function PyNumber_Subtract(v: PyObject, w: PyObject): PyObject {
  if (v.ob_type === PyLong_Type && w.ob_type === PyLong_Type) {
    const a = (v as PyLongObject).value;
    const b = (w as PyLongObject).value;
    if (typeof a === "number" && typeof b === "number") {
      const x = a - b;
      if (x <= MAX_SAFE && x >= -MAX_SAFE) return PyLong_FromNumber(x);
    }
  }
  return binary_op(v, w, "nb_subtract", "-");
}
/**
 * `a // b`.
 * @returns New reference.
 */
export function PyNumber_FloorDivide(v: PyObject, w: PyObject): PyObject {
  return binary_op(v, w, "nb_floor_divide", "//");
}
/**
 * `a / b`.
 * @returns New reference.
 */
export function PyNumber_TrueDivide(v: PyObject, w: PyObject): PyObject {
  return binary_op(v, w, "nb_true_divide", "/");
}
/**
 * `a % b`.
 * @returns New reference.
 */
export function PyNumber_Remainder(v: PyObject, w: PyObject): PyObject {
  return binary_op(v, w, "nb_remainder", "%");
}
/**
 * `a << b`.
 * @returns New reference.
 */
export function PyNumber_Lshift(v: PyObject, w: PyObject): PyObject {
  return binary_op(v, w, "nb_lshift", "<<");
}
/**
 * `a >> b`.
 * @returns New reference.
 */
export function PyNumber_Rshift(v: PyObject, w: PyObject): PyObject {
  return binary_op(v, w, "nb_rshift", ">>");
}
/**
 * `a & b`.
 * @returns New reference.
 */
export function PyNumber_And(v: PyObject, w: PyObject): PyObject {
  return binary_op(v, w, "nb_and", "&");
}
/**
 * `a | b`.
 * @returns New reference.
 */
export function PyNumber_Or(v: PyObject, w: PyObject): PyObject {
  return binary_op(v, w, "nb_or", "|");
}
/**
 * `a ^ b`.
 * @returns New reference.
 */
export function PyNumber_Xor(v: PyObject, w: PyObject): PyObject {
  return binary_op(v, w, "nb_xor", "^");
}

/**
 * `divmod(a, b)` (`PyNumber_Divmod`): `unsupported operand type(s) for divmod(): 'str' and 'int'`.
 * @returns New reference.
 */
export function PyNumber_Divmod(v: PyObject, w: PyObject): PyObject {
  return binary_op(v, w, "nb_divmod", "divmod()");
}

/**
 * `pow(v, w, z)` / `v ** w` (`ternary_op`). `z` is None for the two-argument form.
 * @returns New reference.
 */
export function PyNumber_Power(v: PyObject, w: PyObject, z: PyObject = Py_None): PyObject {
  const vt = v.ob_type;
  const wt = w.ob_type;
  const slotv = vt.tp_as_number?.nb_power;
  let slotw = wt !== vt ? wt.tp_as_number?.nb_power : undefined;
  if (slotw === slotv) slotw = undefined;
  if (slotv !== undefined) {
    if (slotw !== undefined && isSubtype(wt, vt)) {
      const x = slotw(v, w, z);
      if (x !== Py_NotImplemented) return x;
      Py_DECREF(x);
      slotw = undefined;
    }
    const x = slotv(v, w, z);
    if (x !== Py_NotImplemented) return x;
    Py_DECREF(x);
  }
  if (slotw !== undefined) {
    const x = slotw(v, w, z);
    if (x !== Py_NotImplemented) return x;
    Py_DECREF(x);
  }
  if (z === Py_None) {
    raise(
      PyExc_TypeError,
      `unsupported operand type(s) for ** or pow(): '${vt.tp_name}' and '${wt.tp_name}'`,
    );
  }
  raise(
    PyExc_TypeError,
    `unsupported operand type(s) for pow(): '${vt.tp_name}', '${wt.tp_name}', '${z.ob_type.tp_name}'`,
  );
}

type NbInplaceSlot = "nb_inplace_add" | "nb_inplace_subtract" | "nb_inplace_multiply";

function binary_iop1(v: PyObject, w: PyObject, islot: NbInplaceSlot, slot: NbBinarySlot): PyObject {
  const f = v.ob_type.tp_as_number?.[islot];
  if (f !== undefined) {
    const x = f(v, w);
    if (x !== Py_NotImplemented) return x;
    Py_DECREF(x);
  }
  return binary_op1(v, w, slot);
}

/**
 * `v += w`: nb_inplace_add, nb_add, then sq_inplace_concat / sq_concat.
 * @returns New reference.
 */
export function PyNumber_InPlaceAdd(v: PyObject, w: PyObject): PyObject {
  const r = binary_iop1(v, w, "nb_inplace_add", "nb_add");
  if (r !== Py_NotImplemented) return r;
  Py_DECREF(r);
  const sq = v.ob_type.tp_as_sequence;
  if (sq?.sq_inplace_concat !== undefined) return sq.sq_inplace_concat(v, w);
  if (sq?.sq_concat !== undefined) return sq.sq_concat(v, w);
  binop_type_error(v, w, "+=");
}

/**
 * `v -= w`.
 * @returns New reference.
 */
export function PyNumber_InPlaceSubtract(v: PyObject, w: PyObject): PyObject {
  const r = binary_iop1(v, w, "nb_inplace_subtract", "nb_subtract");
  if (r !== Py_NotImplemented) return r;
  Py_DECREF(r);
  binop_type_error(v, w, "-=");
}

/**
 * `v *= w`: numbers, then sq_inplace_repeat / sq_repeat.
 * @returns New reference.
 */
export function PyNumber_InPlaceMultiply(v: PyObject, w: PyObject): PyObject {
  const r = binary_iop1(v, w, "nb_inplace_multiply", "nb_multiply");
  if (r !== Py_NotImplemented) return r;
  Py_DECREF(r);
  const sv = v.ob_type.tp_as_sequence;
  const f = sv?.sq_inplace_repeat ?? sv?.sq_repeat;
  if (f !== undefined) return sequence_repeat(f, v, w);
  const fw = w.ob_type.tp_as_sequence?.sq_repeat;
  if (fw !== undefined) return sequence_repeat(fw, w, v);
  binop_type_error(v, w, "*=");
}

/** The in-place slot of each operator handled by `PyNumber_InPlaceOp` (`binary_iop1`). */
const inplaceSlots: Readonly<Record<string, keyof PyNumberMethods>> = {
  "%": "nb_inplace_remainder",
  "<<": "nb_inplace_lshift",
  ">>": "nb_inplace_rshift",
  "&": "nb_inplace_and",
  "^": "nb_inplace_xor",
  "|": "nb_inplace_or",
  "//": "nb_inplace_floor_divide",
  "/": "nb_inplace_true_divide",
  "**": "nb_inplace_power",
};

/**
 * In-place forms of the other operators (`PyNumber_InPlaceOr`...): the
 * left operand's in-place slot (`s |= t` mutates a set), then the binary op.
 * @returns New reference.
 */
export function PyNumber_InPlaceOp(op: string, v: PyObject, w: PyObject): PyObject {
  switch (op) {
    case "+":
      return PyNumber_InPlaceAdd(v, w);
    case "-":
      return PyNumber_InPlaceSubtract(v, w);
    case "*":
      return PyNumber_InPlaceMultiply(v, w);
  }
  const islot = inplaceSlots[op];
  const nbv = v.ob_type.tp_as_number;
  if (islot !== undefined && nbv !== null && nbv[islot] !== undefined) {
    const x =
      islot === "nb_inplace_power" ? nbv.nb_inplace_power!(v, w, Py_None) : (nbv[islot] as binaryfunc)(v, w);
    if (x !== Py_NotImplemented) return x;
    Py_DECREF(x);
  }
  const entry = binaryOps[op];
  if (entry === undefined) raise(PyExc_TypeError, `unknown operator ${op}`);
  if (op === "**") {
    return inplaceWrap(v, w, "**=", (a, b) => PyNumber_Power(a, b));
  }
  return inplaceWrap(v, w, `${op}=`, entry);
}

function inplaceWrap(
  v: PyObject,
  w: PyObject,
  opname: string,
  f: (a: PyObject, b: PyObject) => PyObject,
): PyObject {
  try {
    return f(v, w);
  } catch (e) {
    // the message of an in-place operator names the in-place form
    const err = e as { exc?: { message: string | null; args: PyObject[] }; message: string };
    const m = err.exc?.message;
    if (m?.startsWith("unsupported operand type(s) for ")) {
      raise(PyExc_TypeError, m.replace(/for [^:]+:/, `for ${opname}:`));
    }
    throw e;
  }
}

/** Binary operators by their source spelling (for the interpreter). */
export const binaryOps: Readonly<Record<string, (a: PyObject, b: PyObject) => PyObject>> = {
  "+": PyNumber_Add,
  "-": PyNumber_Subtract,
  "*": PyNumber_Multiply,
  "/": PyNumber_TrueDivide,
  "//": PyNumber_FloorDivide,
  "%": PyNumber_Remainder,
  "**": (a, b) => PyNumber_Power(a, b),
  "<<": PyNumber_Lshift,
  ">>": PyNumber_Rshift,
  "&": PyNumber_And,
  "|": PyNumber_Or,
  "^": PyNumber_Xor,
};

function unary(
  o: PyObject,
  slot: "nb_negative" | "nb_positive" | "nb_absolute" | "nb_invert",
  what: string,
): PyObject {
  const f = o.ob_type.tp_as_number?.[slot];
  if (f !== undefined) return f(o);
  raise(PyExc_TypeError, `bad operand type for ${what}: '${o.ob_type.tp_name}'`);
}

/**
 * `-o`.
 * @returns New reference.
 */
export function PyNumber_Negative(o: PyObject): PyObject {
  return unary(o, "nb_negative", "unary -");
}
/**
 * `+o`.
 * @returns New reference.
 */
export function PyNumber_Positive(o: PyObject): PyObject {
  return unary(o, "nb_positive", "unary +");
}
/**
 * `~o`.
 * @returns New reference.
 */
export function PyNumber_Invert(o: PyObject): PyObject {
  return unary(o, "nb_invert", "unary ~");
}
/**
 * `abs(o)`.
 * @returns New reference.
 */
export function PyNumber_Absolute(o: PyObject): PyObject {
  return unary(o, "nb_absolute", "abs()");
}

/** `PyNumber_Check`: int, float, or anything with `__index__`/`__int__`/`__float__`. */
export function PyNumber_Check(o: PyObject): boolean {
  const nb = o.ob_type.tp_as_number;
  return nb != null && (nb.nb_index !== undefined || nb.nb_int !== undefined || nb.nb_float !== undefined);
}

/** `PyIndex_Check`: the type has `nb_index`. */
export function PyIndex_Check(o: PyObject): boolean {
  return o.ob_type.tp_as_number?.nb_index !== undefined;
}

/**
 * `PyNumber_Index` (`operator.index`): an exact int (a bool gives 0 or 1).
 * `'float' object cannot be interpreted as an integer`. New reference.
 * @returns New reference.
 */
export function PyNumber_Index(o: PyObject): PyLongObject {
  if (PyLong_CheckExact(o)) {
    o.ob_refcnt++;
    return o;
  }
  if (PyLong_Check(o)) return PyLong_FromValue(o.value);
  const f = o.ob_type.tp_as_number?.nb_index;
  if (f === undefined)
    raise(PyExc_TypeError, `'${o.ob_type.tp_name}' object cannot be interpreted as an integer`);
  const r = f(o);
  if (!PyLong_Check(r)) {
    const n = r.ob_type.tp_name;
    Py_DECREF(r);
    raise(PyExc_TypeError, `__index__ returned non-int (type ${n})`);
  }
  if (!PyLong_CheckExact(r)) {
    const x = PyLong_FromValue((r as PyLongObject).value);
    Py_DECREF(r);
    return x;
  }
  return r;
}

/**
 * `PyNumber_AsSsize_t`: the index value as a `Py_ssize_t` (exact; ssize.ts).
 * When it does not fit a C ssize_t, raises `exc` (`cannot fit 'int' into an
 * index-sized integer`), or clamps to PY_SSIZE_T_MIN/MAX when `exc` is null.
 */
export function PyNumber_AsSsize_t(o: PyObject, exc: PyObject["ob_type"] | null): Py_ssize_t {
  let v: number | bigint;
  if (PyLong_Check(o)) v = o.value;
  else {
    const i = PyNumber_Index(o);
    v = i.value;
    Py_DECREF(i);
  }
  // an int's value is canonical as a Py_ssize_t is (number iff safe)
  if (typeof v === "number" || ssize_fits(v)) return v;
  if (exc === null) return v < 0n ? PY_SSIZE_T_MIN : PY_SSIZE_T_MAX;
  raise(exc, `cannot fit '${o.ob_type.tp_name}' into an index-sized integer`);
}

/** `PyLong_AsSsize_t` (exact, a `Py_ssize_t`): `Python int too large to convert to C ssize_t`. */
export function PyLong_AsSsize_t(o: PyObject): Py_ssize_t {
  if (!PyLong_Check(o)) {
    const i = PyNumber_Index(o);
    try {
      return PyLong_AsSsize_t(i);
    } finally {
      Py_DECREF(i);
    }
  }
  const v = o.value;
  if (typeof v === "number" || ssize_fits(v)) return v;
  raise(PyExc_OverflowError, "Python int too large to convert to C ssize_t");
}

/** `PyLong_AsLong` (same range as ssize_t here): `Python int too large to convert to C long`. */
export function PyLong_AsLong(o: PyObject): number {
  const i = PyNumber_Index(o);
  const v = i.value;
  Py_DECREF(i);
  if (typeof v === "number") return v;
  if (v >= -(2n ** 63n) && v < 2n ** 63n) return Number(v);
  raise(PyExc_OverflowError, "Python int too large to convert to C long");
}

/**
 * The bytes `int()`/`float()` read from a bytes-like argument (bytes,
 * bytearray, or any buffer exporter as `PyObject_GetBuffer` gives it), or
 * null when `o` exports no buffer.
 */
function bufferBytes(o: PyObject): Uint8Array | null {
  // bytes and bytearray: read through their own type (PyBytes_AS_STRING)
  const b = o.ob_type.tp_as_bytes?.bt_contents(o) ?? null;
  if (b !== null) return b;
  // PyNumber_Long / PyFloat_FromString: PyObject_GetBuffer(o, PyBUF_SIMPLE); a failing export ends in TypeError
  if (o.ob_type.tp_as_buffer === null) return null;
  const copy = bytesTypeProcs()?.bt_buffer_copy;
  if (copy === undefined) return null;
  try {
    return copy(o);
  } catch (e) {
    if (isPyError(e)) return null;
    throw e;
  }
}

function latin1(u8: Uint8Array): string {
  let s = "";
  for (let i = 0; i < u8.length; i++) s += String.fromCharCode(u8[i]!);
  return s;
}

/**
 * `PyNumber_Long` (`int(o)`).
 * @returns New reference.
 */
export function PyNumber_Long(o: PyObject): PyLongObject {
  if (PyLong_CheckExact(o)) {
    o.ob_refcnt++;
    return o;
  }
  const nb = o.ob_type.tp_as_number;
  if (nb?.nb_int !== undefined) {
    const r = nb.nb_int(o);
    if (!PyLong_Check(r)) {
      const n = r.ob_type.tp_name;
      Py_DECREF(r);
      raise(PyExc_TypeError, `__int__ returned non-int (type ${n})`);
    }
    if (!PyLong_CheckExact(r)) {
      const x = PyLong_FromValue((r as PyLongObject).value);
      Py_DECREF(r);
      return x;
    }
    return r;
  }
  if (nb?.nb_index !== undefined) return PyNumber_Index(o);
  if (PyUnicode_Check(o)) return longFromString((o as PyUnicodeObject).value, 10);
  const b = bufferBytes(o);
  if (b !== null) return longFromString(latin1(b), 10, true);
  raise(
    PyExc_TypeError,
    `int() argument must be a string, a bytes-like object or a real number, not '${o.ob_type.tp_name}'`,
  );
}

/**
 * `PyNumber_Float` (`float(o)`).
 * @returns New reference.
 */
export function PyNumber_Float(o: PyObject): PyFloatObject {
  if (o.ob_type === PyFloat_Type) {
    o.ob_refcnt++;
    return o as PyFloatObject;
  }
  const nb = o.ob_type.tp_as_number;
  if (nb?.nb_float !== undefined) {
    const r = nb.nb_float(o);
    if (!PyFloat_Check(r)) {
      const n = r.ob_type.tp_name;
      Py_DECREF(r);
      raise(PyExc_TypeError, `${o.ob_type.tp_name}.__float__ returned non-float (type ${n})`);
    }
    if (r.ob_type !== PyFloat_Type) {
      const x = PyFloat_FromDouble(r.value);
      Py_DECREF(r);
      return x;
    }
    return r;
  }
  if (nb?.nb_index !== undefined) {
    const i = PyNumber_Index(o);
    try {
      return PyFloat_FromDouble(longToDouble(i));
    } finally {
      Py_DECREF(i);
    }
  }
  if (PyUnicode_Check(o)) return PyFloat_FromDouble(floatFromString((o as PyUnicodeObject).value, o));
  const b = bufferBytes(o);
  if (b !== null) return PyFloat_FromDouble(floatFromString(latin1(b), o));
  raise(PyExc_TypeError, `float() argument must be a string or a real number, not '${o.ob_type.tp_name}'`);
}

/** `PyFloat_AsDouble`: float, `__float__`, or `__index__`; `must be real number, not str`. */
export function PyFloat_AsDouble(o: PyObject): number {
  if (PyFloat_Check(o)) return o.value;
  const nb = o.ob_type.tp_as_number;
  if (nb?.nb_float === undefined && nb?.nb_index === undefined) {
    raise(PyExc_TypeError, `must be real number, not ${o.ob_type.tp_name}`);
  }
  const f = PyNumber_Float(o);
  const v = f.value;
  Py_DECREF(f);
  return v;
}

/** `PyLong_AsDouble`: `int too large to convert to float`. */
export function PyLong_AsDouble(o: PyObject): number {
  if (!PyLong_Check(o)) raise(PyExc_TypeError, "an integer is required");
  return longToDouble(o);
}

/**
 * `int(float)` truncation helper (`PyLong_FromDouble`).
 * @returns New reference.
 */
export function PyLong_FromDouble(x: number): PyLongObject {
  return longFromDouble(x);
}

/** `PyNumber_Index(o)` as a JS value (number or bigint). */
export function indexValue(o: PyObject): number | bigint {
  if (PyLong_Check(o)) return o.value;
  const i = PyNumber_Index(o);
  const v = i.value;
  Py_DECREF(i);
  return v;
}
