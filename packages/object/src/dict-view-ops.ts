/**
 * The set operators of dict keys and items views (`dictviews_or`,
 * `dictviews_sub`, `dictviews_xor`, `_PyDictView_Intersect` in
 * `Objects/dictobject.c`): the left operand made a set, updated by the right
 * one; `&` keeps the right operand's items found in the view.
 */
import { PyObject_Call, PyObject_CallMethod } from "./call.js";
import { PyIter_Next, PyObject_GetIter, PySequence_Contains } from "./iteration.js";
import type { PyNumberMethods, PyObject } from "./object.js";
import { Py_DECREF } from "./refcount.js";
import { PySet_Type } from "./set-object.js";

/** `dictviews_to_set(self)`: a new set of the operand's items. New reference. */
function toSet(o: PyObject): PyObject {
  return PyObject_Call(PySet_Type, [o], null);
}

/** `set(a)` updated in place by `b` with the set method `method`. New reference. */
function updated(a: PyObject, b: PyObject, method: string): PyObject {
  const s = toSet(a);
  try {
    Py_DECREF(PyObject_CallMethod(s, method, [b]));
    return s;
  } catch (e) {
    Py_DECREF(s);
    throw e;
  }
}

/** `_PyDictView_Intersect`: the items of the other operand that the view holds, in its order. New reference. */
function intersect(a: PyObject, b: PyObject, isView: (o: PyObject) => boolean): PyObject {
  const [view, other] = isView(a) ? [a, b] : [b, a];
  const it = PyObject_GetIter(other);
  const s = PyObject_Call(PySet_Type, [], null);
  try {
    for (let x = PyIter_Next(it); x !== null; x = PyIter_Next(it)) {
      try {
        if (PySequence_Contains(view, x)) Py_DECREF(PyObject_CallMethod(s, "add", [x]));
      } finally {
        Py_DECREF(x);
      }
    }
    return s;
  } catch (e) {
    Py_DECREF(s);
    throw e;
  } finally {
    Py_DECREF(it);
  }
}

/** The number slots of `dict_keys` and `dict_items` (`isView`: whether an operand is one of them). */
export function dictViewNumberMethods(isView: (o: PyObject) => boolean): PyNumberMethods {
  return {
    nb_or: (a, b) => updated(a, b, "update"),
    nb_subtract: (a, b) => updated(a, b, "difference_update"),
    nb_xor: (a, b) => updated(a, b, "symmetric_difference_update"),
    nb_and: (a, b) => intersect(a, b, isView),
  };
}
