/**
 * The operators of expressions: `BINARY_OP` (plain and in-place) and
 * `COMPARE_OP`/`IS_OP`/`CONTAINS_OP`, as tables over the abstract API.
 * Every function takes borrowed operands and returns a NEW reference.
 */
import {
  type CompareOp,
  callSpecial,
  lookupHeap,
  Py_DECREF,
  Py_NotImplemented,
  Py_EQ,
  Py_False,
  Py_GE,
  Py_GT,
  Py_LE,
  Py_LT,
  Py_NE,
  Py_NewRef,
  Py_None,
  Py_True,
  PyExc_TypeError,
  PyNumber_Add,
  PyNumber_And,
  PyNumber_FloorDivide,
  PyNumber_InPlaceAdd,
  PyNumber_InPlaceMultiply,
  PyNumber_InPlaceOp,
  PyNumber_InPlaceSubtract,
  PyNumber_Lshift,
  PyNumber_Multiply,
  PyNumber_Or,
  PyNumber_Power,
  PyNumber_Remainder,
  PyNumber_Rshift,
  PyNumber_Subtract,
  PyNumber_TrueDivide,
  PyNumber_Xor,
  type PyObject,
  PyObject_RichCompare,
  PySequence_Contains,
  PyUnicode_Check,
  PyUnicode_FromString,
  raise,
  str,
} from "@py/object";
import { strFormat } from "./str-percent.js";
import type { BinOpName, CmpOpName } from "./ast.js";

const CMP: Record<string, CompareOp> = {
  "<": Py_LT,
  "<=": Py_LE,
  "==": Py_EQ,
  "!=": Py_NE,
  ">": Py_GT,
  ">=": Py_GE,
};

/** `a op b` for a comparison operator (`COMPARE_OP`, `IS_OP`, `CONTAINS_OP`). */
export function compare(op: CmpOpName, a: PyObject, b: PyObject): PyObject {
  switch (op) {
    case "is":
      return Py_NewRef(a === b ? Py_True : Py_False);
    case "is not":
      return Py_NewRef(a !== b ? Py_True : Py_False);
    case "in":
      return Py_NewRef(PySequence_Contains(b, a) ? Py_True : Py_False);
    case "not in":
      return Py_NewRef(PySequence_Contains(b, a) ? Py_False : Py_True);
    default:
      return PyObject_RichCompare(a, b, CMP[op]!);
  }
}

/** `a @ b`: no builtin type has `nb_matrix_multiply`; classes written in Python may define `__matmul__`/`__rmatmul__`. */
function matmul(a: PyObject, b: PyObject): PyObject {
  const r = callSpecial(a, "__matmul__", [b]);
  if (r !== undefined && r !== Py_NotImplemented) return r;
  if (r !== undefined) Py_DECREF(r);
  if (b.ob_type !== a.ob_type) {
    const rr = callSpecial(b, "__rmatmul__", [a]);
    if (rr !== undefined && rr !== Py_NotImplemented) return rr;
    if (rr !== undefined) Py_DECREF(rr);
  }
  raise(
    PyExc_TypeError,
    `unsupported operand type(s) for @: '${a.ob_type.tp_name}' and '${b.ob_type.tp_name}'`,
  );
}

/** `a % b`: printf-style formatting for a str `a` (`PyUnicode_Format`), else the number protocol. */
function remainder(a: PyObject, b: PyObject): PyObject {
  if (
    PyUnicode_Check(a) &&
    !(PyUnicode_Check(b) && b.ob_type !== a.ob_type && b.ob_type.tp_as_number?.nb_remainder)
  )
    return PyUnicode_FromString(strFormat(str(a), b));
  return PyNumber_Remainder(a, b);
}

/** `a op b` for each binary operator. */
export const BINARY: Record<BinOpName, (a: PyObject, b: PyObject) => PyObject> = {
  "+": PyNumber_Add,
  "-": PyNumber_Subtract,
  "*": PyNumber_Multiply,
  "/": PyNumber_TrueDivide,
  "//": PyNumber_FloorDivide,
  "%": remainder,
  "**": (a, b) => PyNumber_Power(a, b, Py_None),
  "<<": PyNumber_Lshift,
  ">>": PyNumber_Rshift,
  "&": PyNumber_And,
  "|": PyNumber_Or,
  "^": PyNumber_Xor,
  "@": matmul,
};

/** `a op= b` for each binary operator. */
export const INPLACE: Record<BinOpName, (a: PyObject, b: PyObject) => PyObject> = {
  "+": PyNumber_InPlaceAdd,
  "-": PyNumber_InPlaceSubtract,
  "*": PyNumber_InPlaceMultiply,
  "/": (a, b) => PyNumber_InPlaceOp("/", a, b),
  "//": (a, b) => PyNumber_InPlaceOp("//", a, b),
  "%": (a, b) => (PyUnicode_Check(a) ? remainder(a, b) : PyNumber_InPlaceOp("%", a, b)),
  "**": (a, b) => PyNumber_InPlaceOp("**", a, b),
  "<<": (a, b) => PyNumber_InPlaceOp("<<", a, b),
  ">>": (a, b) => PyNumber_InPlaceOp(">>", a, b),
  "&": (a, b) => PyNumber_InPlaceOp("&", a, b),
  "|": (a, b) => PyNumber_InPlaceOp("|", a, b),
  "^": (a, b) => PyNumber_InPlaceOp("^", a, b),
  "@": (a, b) => {
    const r = callSpecial(a, "__imatmul__", [b]);
    if (r !== undefined && r !== Py_NotImplemented) return r;
    if (r !== undefined) Py_DECREF(r);
    if (lookupHeap(a.ob_type, "__matmul__") || lookupHeap(b.ob_type, "__rmatmul__")) return matmul(a, b);
    raise(
      PyExc_TypeError,
      `unsupported operand type(s) for @=: '${a.ob_type.tp_name}' and '${b.ob_type.tp_name}'`,
    );
  },
};
