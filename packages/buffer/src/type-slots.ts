/**
 * Filling the slots of a type object declared earlier, as `PyType_Ready`
 * does for CPython's static types: a type is declared in its layout file
 * (so checks and constructors can name it without import cycles) and its
 * slot tables are filled by the file that gathers its methods.
 */
import type { PyTypeObject, PyTypeSpec } from "@py/object";

/**
 * The slots a type's gathering file fills in after the type object was
 * declared with its layout: everything of a `PyTypeSpec` but the name, base,
 * size, `basetype` flag and doc, which the declaration gives.
 */
export type TypeSlots = Omit<PyTypeSpec, "name" | "base" | "basicsize" | "basetype" | "doc">;

/**
 * The slot-filling part of CPython's `PyType_Ready` (Objects/typeobject.c)
 * for a static type declared before its slot functions exist: each slot
 * given in `slots` replaces the one the declaration inherited from the base,
 * with the rules of the `PyTypeObject` constructor (`hash: null` makes the
 * type unhashable; methods, getset and dict entries are added in order).
 * Called once per type, when its gathering file loads, before any instance
 * or subclass exists.
 */
export function fillTypeSlots(type: PyTypeObject, slots: TypeSlots): void {
  if (slots.dealloc !== undefined) type.tp_dealloc = slots.dealloc;
  if (slots.repr !== undefined) type.tp_repr = slots.repr;
  if (slots.str !== undefined) type.tp_str = slots.str;
  if (slots.hash === null) {
    type.tp_hash = null;
    type.tp_hash_disabled = true;
  } else if (slots.hash !== undefined) {
    type.tp_hash = slots.hash;
    type.tp_hash_disabled = false;
  }
  if (slots.richcompare !== undefined) type.tp_richcompare = slots.richcompare;
  if (slots.iter !== undefined) type.tp_iter = slots.iter;
  if (slots.iternext !== undefined) type.tp_iternext = slots.iternext;
  if (slots.call !== undefined) type.tp_call = slots.call;
  if (slots.new !== undefined) type.tp_new = slots.new;
  if (slots.getattro !== undefined) type.tp_getattro = slots.getattro;
  if (slots.setattro !== undefined) type.tp_setattro = slots.setattro;
  if (slots.as_number !== undefined) type.tp_as_number = slots.as_number;
  if (slots.as_sequence !== undefined) type.tp_as_sequence = slots.as_sequence;
  if (slots.as_mapping !== undefined) type.tp_as_mapping = slots.as_mapping;
  if (slots.as_buffer !== undefined) type.tp_as_buffer = slots.as_buffer;
  for (const [k, v] of Object.entries(slots.methods ?? {})) type.tp_methods.set(k, v);
  for (const [k, v] of Object.entries(slots.getset ?? {})) type.tp_getset.set(k, v);
  for (const [k, v] of Object.entries(slots.dict ?? {})) type.tp_dict.set(k, v);
}
