/**
 * `PyMemberDef` (`Python/structmember.c`): attributes stored at an offset in
 * the instance's C struct, read and written with the C type of the member.
 */
import {
  PyBool_FromBool,
  PyExc_AttributeError,
  PyExc_OverflowError,
  PyExc_SystemError,
  PyExc_TypeError,
  type PyGetSetDef,
  PyFloat_Check,
  PyFloat_FromDouble,
  PyLong_Check,
  PyLong_FromValue,
  PyNumber_Index,
  type PyObject,
  PyObject_HasAttr,
  PyUnicode_Check,
  PyUnicode_FromString,
  Py_DECREF,
  Py_INCREF,
  Py_None,
  Py_True,
  longAsBigInt,
  PyNumber_Float,
  raise,
} from "@py/object";
import { cRuntime } from "./c-runtime.js";
import { ptrOf } from "./calls.js";
import { MEMBER_DEF } from "./layout.js";
import { borrow } from "../refcount.js";

export const T_SHORT = 0;
export const T_INT = 1;
export const T_LONG = 2;
export const T_FLOAT = 3;
export const T_DOUBLE = 4;
export const T_STRING = 5;
export const T_OBJECT = 6;
export const T_CHAR = 7;
export const T_BYTE = 8;
export const T_UBYTE = 9;
export const T_USHORT = 10;
export const T_UINT = 11;
export const T_ULONG = 12;
export const T_STRING_INPLACE = 13;
export const T_BOOL = 14;
export const T_OBJECT_EX = 16;
export const T_LONGLONG = 17;
export const T_ULONGLONG = 18;
export const T_PYSSIZET = 19;
export const T_NONE = 20;
export const READONLY = 1;

/** [size, signed] of the integer member types (wasm32: long is 4 bytes). */
const INTS: Record<number, [number, boolean]> = {
  [T_SHORT]: [2, true],
  [T_INT]: [4, true],
  [T_LONG]: [4, true],
  [T_BYTE]: [1, true],
  [T_UBYTE]: [1, false],
  [T_USHORT]: [2, false],
  [T_UINT]: [4, false],
  [T_ULONG]: [4, false],
  [T_LONGLONG]: [8, true],
  [T_ULONGLONG]: [8, false],
  [T_PYSSIZET]: [4, true],
};

function selfAddr(o: PyObject): number {
  return ptrOf(o);
}

function readInt(p: number, size: number, signed: boolean): bigint {
  const m = cRuntime().mem;
  switch (size) {
    case 1:
      return BigInt(signed ? m.readI8(p) : m.readU8(p));
    case 2:
      return BigInt(signed ? m.readI16(p) : m.readU16(p));
    case 4:
      return BigInt(signed ? m.readI32(p) : m.readU32(p));
    default:
      return signed ? m.readI64(p) : m.readU64(p);
  }
}

function writeInt(p: number, size: number, v: bigint): void {
  const m = cRuntime().mem;
  const u = BigInt.asUintN(size * 8, v);
  if (size === 8) m.writeU64(p, u);
  else if (size === 4) m.writeU32(p, Number(u));
  else if (size === 2) m.writeU16(p, Number(u));
  else m.writeU8(p, Number(u));
}

/** The getset entries of the `PyMemberDef` array at `addr`. */
export function readMembers(addr: number, typeName: string): Record<string, PyGetSetDef> {
  const out: Record<string, PyGetSetDef> = {};
  if (addr === 0) return out;
  const m = cRuntime().mem;
  for (let p = addr; ; p += MEMBER_DEF.size) {
    const nameP = m.readU32(p + MEMBER_DEF.name);
    if (nameP === 0) break;
    const name = m.readCString(nameP);
    const type = m.readI32(p + MEMBER_DEF.type);
    const offset = m.readI32(p + MEMBER_DEF.offset);
    const flags = m.readI32(p + MEMBER_DEF.flags);
    const docP = m.readU32(p + MEMBER_DEF.doc);
    const def: PyGetSetDef = { get: (o) => getMember(o, name, type, offset, typeName), member: true };
    if (!(flags & READONLY) && type !== T_STRING && type !== T_STRING_INPLACE && type !== T_NONE) {
      def.set = (o, v) => setMember(o, name, type, offset, v);
    } else {
      def.set = () => raise(PyExc_AttributeError, "readonly attribute");
    }
    if (docP !== 0) def.doc = m.readCString(docP);
    out[name] = def;
  }
  return out;
}

function getMember(o: PyObject, name: string, type: number, offset: number, typeName: string): PyObject {
  const m = cRuntime().mem;
  const p = selfAddr(o) + offset;
  const int = INTS[type];
  if (int !== undefined) return PyLong_FromValue(readInt(p, int[0], int[1]));
  switch (type) {
    case T_FLOAT:
      return PyFloat_FromDouble(m.readF32(p));
    case T_DOUBLE:
      return PyFloat_FromDouble(m.readF64(p));
    case T_BOOL:
      return PyBool_FromBool(m.readU8(p) !== 0);
    case T_CHAR:
      return PyUnicode_FromString(String.fromCharCode(m.readU8(p)));
    case T_STRING: {
      const s = m.readU32(p);
      if (s === 0) {
        Py_INCREF(Py_None);
        return Py_None;
      }
      return PyUnicode_FromString(m.readCString(s));
    }
    case T_STRING_INPLACE:
      return PyUnicode_FromString(m.readCString(p));
    case T_NONE:
      Py_INCREF(Py_None);
      return Py_None;
    case T_OBJECT:
    case T_OBJECT_EX: {
      const a = m.readU32(p);
      if (a === 0) {
        if (type === T_OBJECT_EX)
          raise(PyExc_AttributeError, `'${typeName}' object has no attribute '${name}'`);
        Py_INCREF(Py_None);
        return Py_None;
      }
      const v = borrow(a, "member get");
      Py_INCREF(v);
      return v;
    }
    default:
      raise(PyExc_SystemError, "bad memberdescr type");
  }
}

function setMember(o: PyObject, name: string, type: number, offset: number, v: PyObject | null): void {
  const c = cRuntime();
  const m = c.mem;
  const p = selfAddr(o) + offset;
  if (v === null && type !== T_OBJECT && type !== T_OBJECT_EX) {
    raise(PyExc_TypeError, "can't delete numeric/char attribute");
  }
  const int = INTS[type];
  if (int !== undefined) {
    // structmember.c stores these three before checking for an error: a failed
    // conversion leaves -1 in the field (PyLong_AsLongLong / AsUnsignedLongLong / AsSsize_t).
    if (type === T_LONGLONG || type === T_ULONGLONG || type === T_PYSSIZET) {
      try {
        setInt(p, type, int[0], v!);
      } catch (e) {
        writeInt(p, int[0], type === T_ULONGLONG ? (1n << 64n) - 1n : -1n);
        throw e;
      }
      return;
    }
    setInt(p, type, int[0], v!);
    return;
  }
  switch (type) {
    case T_FLOAT:
    case T_DOUBLE: {
      let d: number;
      try {
        d = asDouble(v!);
      } catch (e) {
        // T_DOUBLE stores PyFloat_AsDouble's -1.0 before checking; T_FLOAT does not.
        if (type === T_DOUBLE) m.writeF64(p, -1);
        throw e;
      }
      if (type === T_FLOAT) m.writeF32(p, d);
      else m.writeF64(p, d);
      return;
    }
    case T_BOOL:
      if (v!.ob_type.tp_name !== "bool") raise(PyExc_TypeError, "attribute value type must be bool");
      m.writeU8(p, v === Py_True ? 1 : 0);
      return;
    case T_CHAR: {
      // One character whose UTF-8 is one byte, else PyErr_BadArgument.
      const bytes = PyUnicode_Check(v!) ? new TextEncoder().encode(v.value) : null;
      if (bytes === null || bytes.length !== 1)
        raise(PyExc_TypeError, "bad argument type for built-in operation");
      m.writeU8(p, bytes[0]!);
      return;
    }
    case T_OBJECT:
    case T_OBJECT_EX: {
      const old = m.readU32(p);
      // structmember.c: deleting an unset T_OBJECT_EX names only the member.
      if (v === null && type === T_OBJECT_EX && old === 0) raise(PyExc_AttributeError, name);
      // The reference now lives in the C struct: C owns it (its tp_dealloc gives it back).
      if (v !== null) Py_INCREF(v);
      m.writeU32(p, v === null ? 0 : ptrOf(v));
      if (v !== null) c.objects.addOwned(ptrOf(v) as never, 1);
      if (old !== 0) {
        const ov = c.objects.resolve(old);
        if (ov !== null) {
          c.objects.addOwned(old as never, -1);
          Py_DECREF(ov);
        }
      }
      return;
    }
    default:
      raise(PyExc_TypeError, `cannot set member '${name}'`);
  }
}

/** The integer kinds of `setMember`: their conversions, range checks and messages, then the store. */
function setInt(p: number, type: number, size: number, v: PyObject): void {
  // PyLong_AsSsize_t takes an int only (no __index__).
  if (type === T_PYSSIZET && !PyLong_Check(v)) raise(PyExc_TypeError, "an integer is required");
  const x = PyNumber_Index(v);
  try {
    const b = longAsBigInt(x);
    // structmember.c converts T_ULONGLONG with PyLong_AsUnsignedLongLong (range-checked).
    if (type === T_ULONGLONG && b < 0n) raise(PyExc_OverflowError, "can't convert negative int to unsigned");
    if (type === T_ULONGLONG && b >= 1n << 64n) raise(PyExc_OverflowError, "int too big to convert");
    if (type === T_LONGLONG && (b < -(1n << 63n) || b >= 1n << 63n))
      raise(PyExc_OverflowError, "int too big to convert");
    // The narrower ones go through PyLong_AsLong / PyLong_AsSsize_t (32-bit here):
    // a value beyond that is an OverflowError, never wrapped. (Within it, CPython
    // truncates to the member's type with a RuntimeWarning; the warning is not given.)
    const LONG = 1n << 31n;
    if (type === T_PYSSIZET && (b < -LONG || b >= LONG))
      raise(PyExc_OverflowError, "Python int too large to convert to C ssize_t");
    // (T_UINT/T_ULONG: PyLong_AsUnsignedLong, then PyLong_AsLong whose error is the one seen.)
    if ((type === T_UINT || type === T_ULONG) && b >= 1n << 32n)
      raise(PyExc_OverflowError, "Python int too large to convert to C long");
    if (size <= 4 && type !== T_PYSSIZET && (b < -LONG || (b >= LONG && type !== T_UINT && type !== T_ULONG)))
      raise(PyExc_OverflowError, "Python int too large to convert to C long");
    writeInt(p, size, b);
  } finally {
    Py_DECREF(x);
  }
}

/** `PyFloat_AsDouble(v)` as T_FLOAT/T_DOUBLE members convert. */
function asDouble(v: PyObject): number {
  let d: number;
  if (PyFloat_Check(v)) d = v.value;
  else if (PyLong_Check(v)) d = Number(longAsBigInt(v));
  // PyFloat_AsDouble: __float__ or __index__, never a str.
  else if (!PyObject_HasAttr(v.ob_type, "__float__") && !PyObject_HasAttr(v.ob_type, "__index__"))
    raise(PyExc_TypeError, `must be real number, not ${v.ob_type.tp_name}`);
  else {
    const f = PyNumber_Float(v);
    d = (f as { value: number }).value;
    Py_DECREF(f);
  }
  return d;
}
