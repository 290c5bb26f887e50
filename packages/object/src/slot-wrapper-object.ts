/**
 * `method-wrapper` and `wrapper_descriptor` objects (`Objects/descrobject.c`):
 * the slot dunders (`len.__len__`, `bytes.__len__`) and which dunders a type
 * has (`slotdefs` of `Objects/typeobject.c`). slot-wrapper.ts fills the
 * types' slots.
 */
import { PyObject, PyTypeObject } from "./object.js";
import { Py_INCREF } from "./refcount.js";

/** `method-wrapper`: a dunder bound to `self`, calling the type's slot. */
export class PyMethodWrapperObject extends PyObject {
  declare name: string;
  declare self: PyObject | null;
  constructor(name: string, self: PyObject) {
    super(PyMethodWrapper_Type);
    this.name = name;
    this.self = self;
  }
}

/** `PyMethodWrapper_Type`: declared with the layout; its slots are filled by slot-wrapper.ts (`PyType_Ready`). */
export const PyMethodWrapper_Type: PyTypeObject = new PyTypeObject({ name: "method-wrapper" });

type NbSlotName = keyof import("./object.js").PyNumberMethods;

/**
 * The binary number dunders (`slotdefs` of `Objects/typeobject.c`): the nb
 * slot, and whether the wrapper is reflected (`wrap_binaryfunc_r` calls the
 * slot with the operands swapped). `__add__`/`__mul__`/`__rmul__`/`__iadd__`/
 * `__imul__` fall back to the sequence slots when the nb slot is absent.
 */
export const nbBinaryDunders: Record<string, [NbSlotName, boolean]> = {
  __add__: ["nb_add", false],
  __radd__: ["nb_add", true],
  __sub__: ["nb_subtract", false],
  __rsub__: ["nb_subtract", true],
  __mul__: ["nb_multiply", false],
  __rmul__: ["nb_multiply", true],
  __mod__: ["nb_remainder", false],
  __rmod__: ["nb_remainder", true],
  __divmod__: ["nb_divmod", false],
  __rdivmod__: ["nb_divmod", true],
  __lshift__: ["nb_lshift", false],
  __rlshift__: ["nb_lshift", true],
  __rshift__: ["nb_rshift", false],
  __rrshift__: ["nb_rshift", true],
  __and__: ["nb_and", false],
  __rand__: ["nb_and", true],
  __xor__: ["nb_xor", false],
  __rxor__: ["nb_xor", true],
  __or__: ["nb_or", false],
  __ror__: ["nb_or", true],
  __floordiv__: ["nb_floor_divide", false],
  __rfloordiv__: ["nb_floor_divide", true],
  __truediv__: ["nb_true_divide", false],
  __rtruediv__: ["nb_true_divide", true],
  __iadd__: ["nb_inplace_add", false],
  __isub__: ["nb_inplace_subtract", false],
  __imul__: ["nb_inplace_multiply", false],
};

/** The unary number dunders and their nb slots (`slotdefs`). */
export const nbUnaryDunders: Record<string, NbSlotName> = {
  __neg__: "nb_negative",
  __pos__: "nb_positive",
  __abs__: "nb_absolute",
  __invert__: "nb_invert",
};

/** The sequence slot behind a dunder when the type has no number slot for it (`slotdefs`). */
export const sqDunders: Record<string, keyof import("./object.js").PySequenceMethods> = {
  __add__: "sq_concat",
  __mul__: "sq_repeat",
  __rmul__: "sq_repeat",
  __iadd__: "sq_inplace_concat",
  __imul__: "sq_inplace_repeat",
};

/** Whether `t` exposes the number/sequence dunder `name` as a slot wrapper (`add_operators`). */
export function hasOperatorDunder(t: PyTypeObject, name: string): boolean {
  const nb = t.tp_as_number;
  if (name === "__pow__" || name === "__rpow__") return nb?.nb_power !== undefined;
  const bin = nbBinaryDunders[name];
  if (bin !== undefined && nb?.[bin[0]] !== undefined) return true;
  const un = nbUnaryDunders[name];
  if (un !== undefined) return nb?.[un] !== undefined;
  const sq = sqDunders[name];
  return sq !== undefined && t.tp_as_sequence?.[sq] !== undefined;
}

/** `wrapper_descriptor`: a slot dunder taken from its type (`bytes.__len__`). */
export class PySlotDescrObject extends PyObject {
  declare name: string;
  declare owner: PyTypeObject;
  constructor(name: string, owner: PyTypeObject) {
    super(PySlotDescr_Type);
    this.name = name;
    this.owner = owner;
  }
}

/** `PySlotDescr_Type`: declared with the layout; its slots are filled by slot-wrapper.ts (`PyType_Ready`). */
export const PySlotDescr_Type: PyTypeObject = new PyTypeObject({ name: "wrapper_descriptor" });

/**
 * New reference to the slot wrapper descriptor `owner.name`.
 * @returns New reference.
 */
export function PySlotDescr_New(name: string, owner: PyTypeObject): PyObject {
  return new PySlotDescrObject(name, owner);
}

/**
 * A method-wrapper for slot `name` bound to `self` (borrowed; a reference is taken).
 * @returns New reference.
 */
export function PySlotWrapper_New(name: string, self: PyObject): PyObject {
  Py_INCREF(self);
  return new PyMethodWrapperObject(name, self);
}
