/**
 * The methods and getsets of `int` (`bit_length`, `bit_count`, `conjugate`,
 * `to_bytes`, `from_bytes`; `real`, `imag`, `numerator`, `denominator`),
 * added to the type int.ts made ready (`PyType_AddMethods`). Only a look-up
 * by name reaches them, so only the full API (ready-full.ts) imports this
 * file. Only imported for its effect (package.json `sideEffects`).
 */
import { ssize_as_index } from "./ssize.js";
import { PyLong_Type, PyLongObject, PyLong_FromNumber, PyLong_FromValue } from "./int-object.js";
import { PyType_AddMethods, METH_NOARGS, type PyObject, type PyTypeObject } from "./object.js";
import { badArgument, parseArgs } from "./args.js";
import { bytesFromU8, bytesTypeProcs } from "./bytes-object.js";
import { PyExc_OverflowError, PyExc_TypeError, PyExc_ValueError, raise } from "./exceptions.js";
import { big, intBitLength } from "./int-arith.js";
import { PyNumber_AsSsize_t, indexValue } from "./number.js";
import { PyUnicode_Check, type PyUnicodeObject } from "./str-object.js";
import { PyObject_IsTrue } from "./truth.js";
import { iterateToArray } from "./iteration.js";
import { Py_DECREF } from "./refcount.js";
import { intToBytes, intFromBytes } from "./int-bytes.js";
import "./int.js";

function byteorderArg(fname: string, o: PyObject | null): boolean {
  if (o === null) return false;
  if (!PyUnicode_Check(o)) badArgument(fname, "byteorder", "str", o);
  const s = (o as PyUnicodeObject).value;
  if (s === "little") return true;
  if (s === "big") return false;
  raise(PyExc_ValueError, "byteorder must be either 'little' or 'big'");
}

/**
 * `PyObject_Bytes` as `int.from_bytes` uses it: `PyBytes_FromObject` of the
 * bytes type once @py/buffer has made it ready, else iterables of ints.
 */
function asBytesForFromBytes(o: PyObject): Uint8Array {
  const fromObject = bytesTypeProcs()?.bt_from_object;
  if (fromObject !== undefined) return fromObject(o);
  if (PyUnicode_Check(o) || o.ob_type.tp_iter === null) {
    raise(PyExc_TypeError, `cannot convert '${o.ob_type.tp_name}' object to bytes`);
  }
  const items = iterateToArray(o);
  try {
    const out = new Uint8Array(items.length);
    for (let i = 0; i < items.length; i++) {
      const v = indexValue(items[i]!);
      if (v < 0 || v > 255) raise(PyExc_ValueError, "bytes must be in range(0, 256)");
      out[i] = Number(v);
    }
    return out;
  } finally {
    for (const x of items) Py_DECREF(x);
  }
}

function boolArg(o: PyObject | null): boolean {
  // `signed` is a "p" (predicate) argument: any object's truth value
  return o !== null && PyObject_IsTrue(o);
}

PyType_AddMethods(PyLong_Type, {
  methods: {
    bit_length: {
      flags: METH_NOARGS,
      meth: (self) => PyLong_FromNumber(intBitLength((self as PyLongObject).value)),
    },
    bit_count: {
      flags: METH_NOARGS,
      meth: (self) => {
        let v = big((self as PyLongObject).value);
        if (v < 0n) v = -v;
        let c = 0;
        for (const ch of v.toString(2)) if (ch === "1") c++;
        return PyLong_FromNumber(c);
      },
    },
    conjugate: { flags: METH_NOARGS, meth: (self) => PyLong_FromValue((self as PyLongObject).value) },
    to_bytes: {
      meth: (self, args, kwargs) => {
        const [len, order, signed] = parseArgs("to_bytes", args, kwargs, {
          names: ["length", "byteorder", "signed"],
          maxpos: 2,
        });
        const length = len === null ? 1 : ssize_as_index(PyNumber_AsSsize_t(len, PyExc_OverflowError));
        const little = byteorderArg("to_bytes", order);
        const u8 = intToBytes((self as PyLongObject).value, length, little, boolArg(signed));
        return bytesFromU8(u8);
      },
    },
    from_bytes: {
      classmethod: true,
      meth: (type, args, kwargs) => {
        const [bytes, order, signed] = parseArgs("from_bytes", args, kwargs, {
          names: ["bytes", "byteorder", "signed"],
          required: 1,
          maxpos: 2,
        });
        const little = byteorderArg("from_bytes", order);
        const u8 = asBytesForFromBytes(bytes!);
        const v = intFromBytes(u8, little, boolArg(signed));
        if (type !== PyLong_Type) return new PyLongObject(type as PyTypeObject, v);
        return PyLong_FromValue(v);
      },
    },
  },
  getset: {
    real: { get: (o) => PyLong_FromValue((o as PyLongObject).value) },
    imag: { get: () => PyLong_FromNumber(0) },
    numerator: { get: (o) => PyLong_FromValue((o as PyLongObject).value) },
    denominator: { get: () => PyLong_FromNumber(1) },
  },
});
