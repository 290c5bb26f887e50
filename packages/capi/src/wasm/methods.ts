/**
 * `PyMethodDef` tables (`Objects/methodobject.c`, `Objects/descrobject.c`):
 * each C function is called with the arity its `ml_flags` imply.
 *
 * | flags | C signature |
 * |---|---|
 * | METH_NOARGS | `f(self, NULL)` |
 * | METH_O | `f(self, arg)` |
 * | METH_VARARGS | `f(self, args_tuple)` |
 * | METH_VARARGS \| METH_KEYWORDS | `f(self, args_tuple, kwargs_dict_or_NULL)` |
 * | METH_FASTCALL | `f(self, PyObject *const *args, Py_ssize_t nargs)` |
 * | METH_FASTCALL \| METH_KEYWORDS | `f(self, args, nargs, kwnames_tuple_or_NULL)` |
 *
 * METH_CLASS passes the type as `self`, METH_STATIC passes NULL. Argument
 * count checks of METH_NOARGS/METH_O are the object layer's (same messages
 * as CPython); keyword refusals are made here with CPython's wording.
 */
import {
  type KwArgs,
  METH_NOARGS,
  METH_O,
  METH_VARARGS,
  METH_KEYWORDS,
  PyExc_SystemError,
  PyExc_TypeError,
  type PyMethodDef,
  type PyObject,
  raise,
} from "@py/object";
import { argsTuple, kwargsDict, ptrOf, resultObject, vectorArgs } from "./calls.js";
import { cRuntime } from "./c-runtime.js";
import { METHOD_DEF } from "./layout.js";

export const METH_CLASS = 0x0010;
export const METH_STATIC = 0x0020;
export const METH_COEXIST = 0x0040;
export const METH_FASTCALL = 0x0080;
export const METH_METHOD = 0x0200;

/** One entry of a `PyMethodDef` array, read from memory. */
export interface CMethodDef {
  name: string;
  meth: number;
  flags: number;
  doc: string | null;
}

/** Reads the `PyMethodDef` array at `addr` (up to the entry whose `ml_name` is NULL). */
export function readMethodDefs(addr: number): CMethodDef[] {
  const out: CMethodDef[] = [];
  if (addr === 0) return out;
  const m = cRuntime().mem;
  for (let p = addr; ; p += METHOD_DEF.size) {
    const name = m.readU32(p + METHOD_DEF.ml_name);
    if (name === 0) break;
    const doc = m.readU32(p + METHOD_DEF.ml_doc);
    out.push({
      name: m.readCString(name),
      meth: m.readU32(p + METHOD_DEF.ml_meth),
      flags: m.readI32(p + METHOD_DEF.ml_flags),
      doc: doc === 0 ? null : m.readCString(doc),
    });
  }
  return out;
}

const CALL_FLAGS = METH_VARARGS | METH_KEYWORDS | METH_NOARGS | METH_O | METH_FASTCALL | METH_METHOD;

/** Checks `ml_flags` as CPython does when it creates the function/descriptor. */
export function checkCallFlags(def: CMethodDef, owner: string): void {
  const f = def.flags & CALL_FLAGS;
  const ok =
    f === METH_VARARGS ||
    f === (METH_VARARGS | METH_KEYWORDS) ||
    f === METH_NOARGS ||
    f === METH_O ||
    f === METH_FASTCALL ||
    f === (METH_FASTCALL | METH_KEYWORDS);
  if (!ok) raise(PyExc_SystemError, `${owner}${def.name}() method: bad call flags`);
}

/**
 * Calls the C function of `def` with `self` (null: NULL) and the call's
 * arguments. `funcstr` is how messages name it (`mod.f()`, `Type.meth()`);
 * `bare` the name `cfunction_call` uses for METH_VARARGS keyword refusals.
 * Returns a new reference.
 */
export function callMethodDef(
  def: CMethodDef,
  self: PyObject | null,
  args: readonly PyObject[],
  kwargs: KwArgs | null,
  funcstr: string,
  bare: string,
  describe: () => string,
): PyObject {
  const c = cRuntime();
  const s = ptrOf(self);
  const what = describe;
  const hasKw = kwargs !== null && kwargs.size > 0;
  const f = def.flags & CALL_FLAGS;
  switch (f) {
    case METH_NOARGS:
      if (hasKw) raise(PyExc_TypeError, `${funcstr} takes no keyword arguments`);
      if (args.length !== 0) raise(PyExc_TypeError, `${funcstr} takes no arguments (${args.length} given)`);
      return resultObject(c.callC(def.meth, funcstr, s, 0), what);
    case METH_O:
      if (hasKw) raise(PyExc_TypeError, `${funcstr} takes no keyword arguments`);
      if (args.length !== 1)
        raise(PyExc_TypeError, `${funcstr} takes exactly one argument (${args.length} given)`);
      return resultObject(c.callC(def.meth, funcstr, s, ptrOf(args[0]!)), what);
    case METH_VARARGS: {
      if (hasKw) raise(PyExc_TypeError, `${bare} takes no keyword arguments`);
      const t = argsTuple(args);
      try {
        return resultObject(c.callC(def.meth, funcstr, s, t.ptr), what);
      } finally {
        t.done();
      }
    }
    case METH_VARARGS | METH_KEYWORDS: {
      const t = argsTuple(args);
      const d = kwargsDict(kwargs);
      try {
        return resultObject(c.callC(def.meth, funcstr, s, t.ptr, d.ptr), what);
      } finally {
        t.done();
        d.done();
      }
    }
    case METH_FASTCALL: {
      if (hasKw) raise(PyExc_TypeError, `${funcstr} takes no keyword arguments`);
      const v = vectorArgs(c, args, null);
      try {
        return resultObject(c.callC(def.meth, funcstr, s, v.array, v.nargs), what);
      } finally {
        v.done();
      }
    }
    case METH_FASTCALL | METH_KEYWORDS: {
      const v = vectorArgs(c, args, hasKw ? kwargs : null);
      try {
        return resultObject(c.callC(def.meth, funcstr, s, v.array, v.nargs, v.kwnames), what);
      } finally {
        v.done();
      }
    }
    default:
      raise(PyExc_SystemError, `${bare} method: bad call flags`);
  }
}

/**
 * The `tp_methods` entry of a C method for a TypeScript type: the object
 * layer binds it (descriptor semantics, METH_CLASS/METH_STATIC).
 */
export function typeMethodDef(def: CMethodDef, typeName: string): PyMethodDef {
  const short = typeName.slice(typeName.lastIndexOf(".") + 1);
  const funcstr = `${short}.${def.name}()`;
  const isStatic = (def.flags & METH_STATIC) !== 0;
  const describe = () => `<method '${def.name}' of '${short}' objects>`;
  const out: PyMethodDef = {
    // Counts and keywords are checked in callMethodDef (the C call needs them anyway).
    meth: (self, args, kwargs) =>
      callMethodDef(def, isStatic ? null : self, args, kwargs, funcstr, funcstr, describe),
    flags: 0,
  };
  if (def.doc !== null) out.doc = def.doc;
  if (def.flags & METH_CLASS) out.classmethod = true;
  if (isStatic) out.staticmethod = true;
  return out;
}
