/** Calling a slot dunder (`wrap_binaryfunc`, `wrap_lenfunc`, ... in `Objects/typeobject.c`): the slots of the slot wrapper types. */
import {
  PyMethodWrapper_Type,
  PySlotDescr_Type,
  type PyMethodWrapperObject,
  nbBinaryDunders,
  nbUnaryDunders,
  sqDunders,
  type PySlotDescrObject,
} from "./slot-wrapper-object.js";
import {
  PyType_Ready,
  type CompareOp,
  type KwArgs,
  type PyObject,
  Py_Address,
  PyType_IsSubtype,
  Py_EQ,
  Py_GE,
  Py_GT,
  Py_LE,
  Py_LT,
  Py_NE,
} from "./object.js";
import { PyObject_Call } from "./call.js";
import { checkWrapperArgs, unpackWrapperArgs } from "./args.js";
import { PyType_IsHeapType, staticBase } from "./heaptype-object.js";
import { staticTypeAttr } from "./static-slots.js";
import { PyObject_GetAttr } from "./attributes.js";
import { PyObject_GetItem, PyObject_SetItem, PyObject_DelItem } from "./items.js";
import { PyObject_GetIter, PySequence_Contains, PyIter_Next } from "./iteration.js";
import { PyObject_HashValue } from "./object-hash.js";
import { PyObject_IsTrue } from "./truth.js";
import { PyObject_Length } from "./length.js";
import { repr, str } from "./repr.js";
import { PyBool_FromBool } from "./bool-object.js";
import {
  PyExc_OverflowError,
  PyExc_StopIteration,
  PyExc_SystemError,
  PyExc_TypeError,
  raise,
} from "./exceptions.js";
import { PyLong_FromValue } from "./int-object.js";
import { PyNumber_AsSsize_t } from "./number.js";
import { Py_None, Py_NotImplemented } from "./none.js";
import { Py_DECREF, Py_INCREF, Py_NewRef } from "./refcount.js";
import { PyUnicode_Check, PyUnicode_FromString } from "./str-object.js";

const cmpOps: Record<string, CompareOp> = {
  __lt__: Py_LT,
  __le__: Py_LE,
  __eq__: Py_EQ,
  __ne__: Py_NE,
  __gt__: Py_GT,
  __ge__: Py_GE,
};

function callSlot(name: string, self: PyObject, args: readonly PyObject[], kwargs: KwArgs | null): PyObject {
  const t = self.ob_type;
  const op = cmpOps[name];
  if (op !== undefined) {
    checkWrapperArgs(name, args, kwargs, 1);
    const other = args[0]!;
    const f = t.tp_richcompare;
    if (f === null) {
      // object's default: identity for ==/!=, NotImplemented otherwise
      if (op === Py_EQ) return self === other ? PyBool_FromBool(true) : notImplemented();
      if (op === Py_NE) return self === other ? PyBool_FromBool(false) : notImplemented();
      return notImplemented();
    }
    return f(self, other, op);
  }
  switch (name) {
    case "__len__":
      checkWrapperArgs(name, args, kwargs, 0);
      return PyLong_FromValue(PyObject_Length(self));
    case "__hash__":
      checkWrapperArgs(name, args, kwargs, 0);
      return PyLong_FromValue(PyObject_HashValue(self));
    case "__repr__":
      checkWrapperArgs(name, args, kwargs, 0);
      return PyUnicode_FromString(repr(self));
    case "__str__":
      checkWrapperArgs(name, args, kwargs, 0);
      return PyUnicode_FromString(str(self));
    case "__bool__":
      checkWrapperArgs(name, args, kwargs, 0);
      return PyBool_FromBool(PyObject_IsTrue(self));
    case "__iter__": {
      checkWrapperArgs(name, args, kwargs, 0);
      const it = PyObject_GetIter(self);
      if (PyObject_ResultHasError(it)) {
        // _Py_CheckFunctionResult on the slot wrapper's call
        Py_DECREF(it);
        raise(
          PyExc_SystemError,
          `<slot wrapper '__iter__' of '${t.tp_name}' objects> returned a result with an exception set`,
        );
      }
      return it;
    }
    case "__next__": {
      checkWrapperArgs(name, args, kwargs, 0);
      const r = PyIter_Next(self);
      if (r === null) raise(PyExc_StopIteration);
      return r;
    }
    case "__getitem__":
      checkWrapperArgs(name, args, kwargs, 1);
      return PyObject_GetItem(self, args[0]!);
    case "__contains__":
      checkWrapperArgs(name, args, kwargs, 1);
      return PyBool_FromBool(PySequence_Contains(self, args[0]!));
    case "__delitem__":
      checkWrapperArgs(name, args, kwargs, 1);
      PyObject_DelItem(self, args[0]!);
      return Py_NewRef(Py_None);
    case "__setitem__":
      // wrap_objobjargproc / wrap_sq_setitem: PyArg_UnpackTuple(args, "", 2, 2, ...)
      unpackWrapperArgs(name, args, kwargs, 2, 2);
      PyObject_SetItem(self, args[0]!, args[1]!);
      return Py_NewRef(Py_None);
    case "__call__":
      return PyObject_Call(self, args, kwargs);
    case "__init__":
    case "__setattr__":
    case "__delattr__": {
      // wrap_init / wrap_setattr / wrap_delattr: the static type's slot (a class made at run time
      // inherits it), as `object.__init__(self)` finds it
      const m = staticTypeAttr(staticBase(t), name, self)!;
      try {
        return PyObject_Call(m, args, kwargs);
      } finally {
        Py_DECREF(m);
      }
    }
    case "__getattribute__": {
      // wrap_binaryfunc over tp_getattro
      checkWrapperArgs(name, args, kwargs, 1);
      const n = args[0]!;
      if (!PyUnicode_Check(n))
        raise(PyExc_TypeError, `attribute name must be string, not '${n.ob_type.tp_name}'`);
      return PyObject_GetAttr(self, n.value);
    }
    case "__index__":
    case "__int__":
    case "__float__": {
      checkWrapperArgs(name, args, kwargs, 0);
      const nb = t.tp_as_number!;
      const f = name === "__index__" ? nb.nb_index : name === "__int__" ? nb.nb_int : nb.nb_float;
      return f!(self);
    }
  }
  const r = callOperatorSlot(name, self, args, kwargs);
  if (r !== undefined) return r;
  raise(PyExc_TypeError, `'${t.tp_name}' object has no slot ${name}`);
}

/**
 * `_Py_CheckFunctionResult`'s test of a returned object: whether it came back
 * "with an exception set" (its type's `tp_result_has_error`, e.g. CPython
 * 3.11's `memory_iter` on a released view), which the caller reports as
 * `SystemError: <callable> returned a result with an exception set`.
 */
export function PyObject_ResultHasError(o: PyObject): boolean {
  const f = o.ob_type.tp_result_has_error;
  return f?.(o) === true;
}

/** Calls the number/sequence slot behind dunder `name` (`wrap_binaryfunc_l/_r`, `wrap_indexargfunc`...). */
function callOperatorSlot(
  name: string,
  self: PyObject,
  args: readonly PyObject[],
  kwargs: KwArgs | null,
): PyObject | undefined {
  const t = self.ob_type;
  const nb = t.tp_as_number;
  if (name === "__pow__" || name === "__rpow__") {
    // wrap_ternaryfunc(_r): PyArg_UnpackTuple(args, "", 1, 2, ...)
    unpackWrapperArgs(name, args, kwargs, 1, 2);
    if (name === "__pow__") return nb!.nb_power!(self, args[0]!, args[1] ?? Py_None);
    return nb!.nb_power!(args[0]!, self, args[1] ?? Py_None);
  }
  const un = nbUnaryDunders[name];
  if (un !== undefined) {
    checkWrapperArgs(name, args, kwargs, 0);
    return (nb![un] as (o: PyObject) => PyObject)(self);
  }
  const bin = nbBinaryDunders[name];
  if (bin !== undefined) {
    const f = nb?.[bin[0]] as ((a: PyObject, b: PyObject) => PyObject) | undefined;
    if (f !== undefined) {
      checkWrapperArgs(name, args, kwargs, 1);
      return bin[1] ? f(args[0]!, self) : f(self, args[0]!);
    }
  }
  const sq = sqDunders[name];
  if (sq !== undefined) {
    const sqm = t.tp_as_sequence!;
    if (sq === "sq_concat" || sq === "sq_inplace_concat") {
      checkWrapperArgs(name, args, kwargs, 1);
      return sqm[sq]!(self, args[0]!);
    }
    // wrap_indexargfunc: PyArg_UnpackTuple(args, "", 1, 1, ...)
    unpackWrapperArgs(name, args, kwargs, 1, 1);
    // wrap_indexargfunc: the count goes through PyNumber_AsSsize_t(o, OverflowError)
    const n = Number(PyNumber_AsSsize_t(args[0]!, PyExc_OverflowError));
    return (sqm[sq] as (o: PyObject, n: number) => PyObject)(self, n);
  }
  return undefined;
}

function notImplemented(): PyObject {
  Py_INCREF(Py_NotImplemented);
  return Py_NotImplemented;
}

PyType_Ready(PyMethodWrapper_Type, {
  dealloc: (o) => {
    const w = o as PyMethodWrapperObject;
    const s = w.self;
    w.self = null;
    if (s !== null) Py_DECREF(s);
  },
  repr: (o) => {
    const w = o as PyMethodWrapperObject;
    const s = w.self!;
    return `<method-wrapper '${w.name}' of ${s.ob_type.tp_name} object at ${Py_Address(s)}>`;
  },
  call: (o, args, kwargs) => {
    const w = o as PyMethodWrapperObject;
    return callSlot(w.name, w.self!, args, kwargs);
  },
});

PyType_Ready(PySlotDescr_Type, {
  repr: (o) => {
    const d = o as PySlotDescrObject;
    return `<slot wrapper '${d.name}' of '${d.owner.tp_name}' objects>`;
  },
  call: (o, args, kwargs) => {
    // wrapperdescr_call: the first argument is self, checked against the owner type
    const d = o as PySlotDescrObject;
    if (args.length < 1) {
      raise(PyExc_TypeError, `descriptor '${d.name}' of '${d.owner.tp_name}' object needs an argument`);
    }
    const self = args[0]!;
    if (self.ob_type !== d.owner && !PyType_IsSubtype(self.ob_type, d.owner)) {
      raise(
        PyExc_TypeError,
        `descriptor '${d.name}' requires a '${d.owner.tp_name}' object but received a '${self.ob_type.tp_name}'`,
      );
    }
    if (PyType_IsHeapType(self.ob_type)) {
      // `dict.__setitem__(self, k, v)` in a class made at run time: the owner's own slot,
      // not the instance's (which dispatches back to Python)
      const m = staticTypeAttr(d.owner, d.name, self);
      if (m !== null) {
        try {
          return PyObject_Call(m, args.slice(1), kwargs);
        } finally {
          Py_DECREF(m);
        }
      }
    }
    return callSlot(d.name, self, args.slice(1), kwargs);
  },
  getset: {
    __name__: { get: (o) => PyUnicode_FromString((o as PySlotDescrObject).name) },
    __qualname__: {
      get: (o) => {
        const d = o as PySlotDescrObject;
        return PyUnicode_FromString(`${d.owner.shortName}.${d.name}`);
      },
    },
  },
});
