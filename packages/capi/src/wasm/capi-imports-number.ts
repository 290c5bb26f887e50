/**
 * The in-place number protocol for extensions (abstract.c of 3.11):
 * `PyNumber_InPlace{Remainder,Lshift,Rshift,And,Xor,Or,FloorDivide,TrueDivide,Power,MatrixMultiply}`
 * and `PyNumber_MatrixMultiply` (capi-imports-more.ts has `InPlaceAdd/Subtract/Multiply`).
 *
 * `@py/object`'s number tables have no matrix-multiply slot: `@` is found as a
 * class's `__matmul__`/`__rmatmul__`/`__imatmul__` (classes written in Python),
 * then as a C type's `nb_matrix_multiply`/`nb_inplace_matrix_multiply` read
 * from the C struct of the operand's type (so proxies written in C pass `@`
 * on to what they wrap, and a C type's own slot is honoured).
 */
import {
  callSpecial,
  PyExc_TypeError,
  PyNumber_InPlaceOp,
  PyNumber_Power,
  type PyObject,
  Py_DECREF,
  Py_None,
  Py_NotImplemented,
  raise,
} from "@py/object";
import { adopt, borrow } from "../refcount.js";
import { cRuntime } from "./c-runtime.js";
import { ptrOf, resultObject } from "./calls.js";
import { NUMBER, TYPE } from "./layout.js";
import { defineImports, type ImportDef } from "./registry.js";

const o = (a: number, fn: string): PyObject => borrow(a, fn);
const give = (x: PyObject): number => adopt(x);

/** `PyNumber_InPlace<op>(v, w)` for an operator `@py/object` knows (`%`, `<<`, ...). */
function inplace(op: string, fn: string): ImportDef {
  return { sig: "o:oo", fn: (a: number, b: number) => give(PyNumber_InPlaceOp(op, o(a, fn), o(b, fn))) };
}

/** The C function in `nb_<slot>` of the C struct of `x`'s type (0: none; a TypeScript type's mirror has no number table). */
function cNumberSlot(x: PyObject, off: number): number {
  const c = cRuntime();
  const t = c.mem.readU32(ptrOf(x.ob_type) + TYPE.tp_as_number);
  return t === 0 ? 0 : c.mem.readU32(t + off);
}

/** `f(a, b)`, undefined when it answers NotImplemented. */
function attempt(f: () => PyObject | undefined): PyObject | undefined {
  const r = f();
  if (r === Py_NotImplemented) {
    Py_DECREF(r);
    return undefined;
  }
  return r;
}

function cSlot(x: PyObject, off: number, a: PyObject, b: PyObject, what: string): PyObject | undefined {
  const f = cNumberSlot(x, off);
  if (f === 0) return undefined;
  return resultObject(cRuntime().callC(f, what, ptrOf(a), ptrOf(b)), () => what);
}

/**
 * `v @ w` (`PyNumber_MatrixMultiply`: `binary_op1` on `nb_matrix_multiply`).
 * @returns New reference.
 */
export function matrixMultiply(v: PyObject, w: PyObject): PyObject {
  const r = binaryMatmul(v, w);
  if (r !== undefined) return r;
  raise(
    PyExc_TypeError,
    `unsupported operand type(s) for @: '${v.ob_type.tp_name}' and '${w.ob_type.tp_name}'`,
  );
}

function binaryMatmul(v: PyObject, w: PyObject): PyObject | undefined {
  const r =
    attempt(() => callSpecial(v, "__matmul__", [w])) ??
    attempt(() => cSlot(v, NUMBER.nb_matrix_multiply, v, w, "__matmul__"));
  if (r !== undefined || w.ob_type === v.ob_type) return r;
  return (
    attempt(() => callSpecial(w, "__rmatmul__", [v])) ??
    attempt(() => cSlot(w, NUMBER.nb_matrix_multiply, v, w, "__rmatmul__"))
  );
}

/**
 * `v @= w` (`PyNumber_InPlaceMatrixMultiply`): the in-place form, then `v @ w`.
 * @returns New reference.
 */
export function inplaceMatrixMultiply(v: PyObject, w: PyObject): PyObject {
  const r =
    attempt(() => callSpecial(v, "__imatmul__", [w])) ??
    attempt(() => cSlot(v, NUMBER.nb_inplace_matrix_multiply, v, w, "__imatmul__")) ??
    binaryMatmul(v, w);
  if (r !== undefined) return r;
  raise(
    PyExc_TypeError,
    `unsupported operand type(s) for @=: '${v.ob_type.tp_name}' and '${w.ob_type.tp_name}'`,
  );
}

/**
 * `PyNumber_InPlacePower(v, w, z)`: `v **= w` when `z` is None; with a modulus,
 * `nb_inplace_power(v, w, z)` then `pow(v, w, z)` (`ternary_iop`).
 * @returns New reference.
 */
export function inplacePower(v: PyObject, w: PyObject, z: PyObject): PyObject {
  if (z === Py_None) return PyNumber_InPlaceOp("**", v, w);
  const f = v.ob_type.tp_as_number?.nb_inplace_power;
  if (f !== undefined) {
    const r = attempt(() => f(v, w, z));
    if (r !== undefined) return r;
  }
  return PyNumber_Power(v, w, z);
}

defineImports({
  PyNumber_InPlaceRemainder: inplace("%", "PyNumber_InPlaceRemainder"),
  PyNumber_InPlaceLshift: inplace("<<", "PyNumber_InPlaceLshift"),
  PyNumber_InPlaceRshift: inplace(">>", "PyNumber_InPlaceRshift"),
  PyNumber_InPlaceAnd: inplace("&", "PyNumber_InPlaceAnd"),
  PyNumber_InPlaceXor: inplace("^", "PyNumber_InPlaceXor"),
  PyNumber_InPlaceOr: inplace("|", "PyNumber_InPlaceOr"),
  PyNumber_InPlaceFloorDivide: inplace("//", "PyNumber_InPlaceFloorDivide"),
  PyNumber_InPlaceTrueDivide: inplace("/", "PyNumber_InPlaceTrueDivide"),
  PyNumber_InPlacePower: {
    sig: "o:ooo",
    fn: (a: number, b: number, c: number) =>
      give(
        inplacePower(
          o(a, "PyNumber_InPlacePower"),
          o(b, "PyNumber_InPlacePower"),
          o(c, "PyNumber_InPlacePower"),
        ),
      ),
  },
  PyNumber_MatrixMultiply: {
    sig: "o:oo",
    fn: (a: number, b: number) =>
      give(matrixMultiply(o(a, "PyNumber_MatrixMultiply"), o(b, "PyNumber_MatrixMultiply"))),
  },
  PyNumber_InPlaceMatrixMultiply: {
    sig: "o:oo",
    fn: (a: number, b: number) =>
      give(
        inplaceMatrixMultiply(o(a, "PyNumber_InPlaceMatrixMultiply"), o(b, "PyNumber_InPlaceMatrixMultiply")),
      ),
  },
});
