/**
 * Generator objects (`Objects/genobject.c`, CPython 3.11): what calling a
 * generator function returns. `@py/object` keeps the protocol — `send`,
 * `throw`, `close`, iteration, `StopIteration` carrying the return value,
 * `generator raised StopIteration`, `generator already executing` — and the
 * interpreter supplies the frame: a JS generator that runs the function's
 * body, `yield`s Python objects, receives the sent values as the results of
 * its `yield`s, and returns the function's return value.
 *
 * References: the frame yields NEW references and returns a NEW reference;
 * the value a `yield` expression evaluates to (what `next()`/`send()` passed
 * in) is a NEW reference the frame owns.
 */
import { checkPositional } from "./args.js";
import {
  type PyBaseExceptionObject,
  PyError,
  PyExc_BaseException,
  PyExc_GeneratorExit,
  PyExc_RuntimeError,
  PyExc_StopIteration,
  PyExc_TypeError,
  PyExc_ValueError,
  isPyError,
  newException,
  raise,
  raiseObject,
} from "./exceptions.js";
import { PyObject_Call, PyObject_CallMethod } from "./call.js";
import { PyObject_HasAttr } from "./attributes.js";
import { _PyIter_SetStopValue, PyIter_Next, PyObject_GetIter } from "./iteration.js";
import { Py_None } from "./none.js";
import {
  METH_NOARGS,
  METH_O,
  PyObject,
  PyObject_TypeCheck,
  PyTypeObject,
  PyType_Check,
  Py_Address,
} from "./object.js";
import { Py_DECREF, Py_INCREF, Py_NewRef } from "./refcount.js";
import { PyUnicode_Check, PyUnicode_FromString } from "./str-object.js";
import { PyBool_FromBool } from "./bool-object.js";

/** The frame of a generator: a JS generator over Python objects (see the file's comment for references). */
export type PyGenFrame = Generator<PyObject, PyObject, PyObject>;

/** `PyGenObject`. */
export class PyGenObject extends PyObject {
  /** The frame, or null once finished (or closed). */
  declare gi_frame: PyGenFrame | null;
  declare gi_name: string;
  declare gi_qualname: string;
  /** The interpreter's code object (shown as `gi_code` when a PyObject). */
  declare gi_code: unknown;
  /** Whether the frame has started (a non-None `send` is refused before). */
  declare gi_started: boolean;
  declare gi_running: boolean;
  /** What a `yield from` in the frame delegates to (the interpreter sets it; borrowed), or null. */
  declare gi_yieldfrom: PyObject | null;
  constructor(frame: PyGenFrame, name: string, qualname: string) {
    super(PyGen_Type);
    this.gi_frame = frame;
    this.gi_name = name;
    this.gi_qualname = qualname;
    this.gi_code = null;
    this.gi_started = false;
    this.gi_running = false;
    this.gi_yieldfrom = null;
  }
}

/** The outcome of resuming a generator: a yielded value or the return value (a new reference either way). */
export interface PyGenResult {
  done: boolean;
  value: PyObject;
}

/**
 * `gen_send_ex2`: resumes the frame with `arg` (borrowed; null for `next()`)
 * or by throwing `exc` into it. A StopIteration escaping the frame becomes
 * `RuntimeError: generator raised StopIteration`.
 */
function resume(gen: PyGenObject, arg: PyObject | null, exc: PyError | null): PyGenResult {
  if (gen.gi_running) raise(PyExc_ValueError, "generator already executing");
  const frame = gen.gi_frame;
  if (frame === null) {
    if (exc !== null) throw exc;
    return { done: true, value: Py_NewRef(Py_None) };
  }
  if (!gen.gi_started && arg !== null && arg !== Py_None && exc === null)
    raise(PyExc_TypeError, "can't send non-None value to a just-started generator");
  gen.gi_started = true;
  gen.gi_running = true;
  let r: IteratorResult<PyObject, PyObject>;
  try {
    r = exc !== null ? frame.throw(exc) : frame.next(Py_NewRef(arg ?? Py_None));
  } catch (e) {
    gen.gi_frame = null;
    if (isPyError(e, PyExc_StopIteration)) {
      raise(PyExc_RuntimeError, "generator raised StopIteration");
    }
    throw e;
  } finally {
    gen.gi_running = false;
  }
  if (r.done) gen.gi_frame = null;
  return { done: r.done === true, value: r.value };
}

/** Raises `StopIteration(value)` (no arguments when the value is None); consumes `value`. */
function stopIteration(value: PyObject): never {
  if (value === Py_None) {
    Py_DECREF(value);
    raise(PyExc_StopIteration);
  }
  raiseObject(newException(PyExc_StopIteration, undefined, [value]));
}

/**
 * `gen.send(value)`: the next yielded value (new reference), or StopIteration with the return value.
 * @returns New reference.
 */
export function PyGen_Send(gen: PyGenObject, value: PyObject): PyObject {
  const r = resume(gen, value, null);
  if (r.done) stopIteration(r.value);
  return r.value;
}

/**
 * `PyIter_Send(gen, value)`: resumes without raising StopIteration — the
 * yielded value or the return value (new references), as `yield from` needs.
 */
export function PyIter_Send(gen: PyGenObject, value: PyObject | null): PyGenResult {
  return resume(gen, value, null);
}

/** The exception `throw(typ, val)` raises: an instance, or a class called with `val` (`_gen_throw`). */
function makeThrown(typ: PyObject, val: PyObject | null): PyError {
  if (PyType_Check(typ) && isExceptionClass(typ)) {
    const e = PyObject_Call(typ, val === null || val === Py_None ? [] : [val], null);
    return new PyError(e as PyBaseExceptionObject);
  }
  if (PyObject_TypeCheck(typ, PyExc_BaseException)) {
    if (val !== null && val !== Py_None)
      raise(PyExc_TypeError, "instance exception may not have a separate value");
    Py_INCREF(typ);
    return new PyError(typ as PyBaseExceptionObject);
  }
  raise(
    PyExc_TypeError,
    `exceptions must be classes or instances deriving from BaseException, not ${typ.ob_type.tp_name}`,
  );
}

function isExceptionClass(t: PyTypeObject): boolean {
  for (let b: PyTypeObject | null = t; b !== null; b = b.tp_base) if (b === PyExc_BaseException) return true;
  return false;
}

/**
 * `gen.throw(exc)`: raises `exc` at the paused `yield`; the next yielded value (new reference).
 * @returns New reference.
 */
export function PyGen_Throw(gen: PyGenObject, exc: PyError): PyObject {
  const r = resume(gen, null, exc);
  if (r.done) stopIteration(r.value);
  return r.value;
}

/**
 * `gen.close()`: throws GeneratorExit at the paused `yield`; the generator
 * must finish (`RuntimeError: generator ignored GeneratorExit` if it yields).
 * A return value after GeneratorExit is ignored (3.11).
 */
export function PyGen_Close(gen: PyGenObject): void {
  if (gen.gi_frame === null) return;
  if (!gen.gi_started) {
    gen.gi_frame = null;
    return;
  }
  let r: PyGenResult;
  try {
    r = resume(gen, null, new PyError(newException(PyExc_GeneratorExit)));
  } catch (e) {
    if (isPyError(e, PyExc_GeneratorExit) || isPyError(e, PyExc_StopIteration)) return;
    throw e;
  }
  Py_DECREF(r.value);
  if (!r.done) raise(PyExc_RuntimeError, "generator ignored GeneratorExit");
}

function gen(o: PyObject): PyGenObject {
  return o as PyGenObject;
}

export const PyGen_Type: PyTypeObject = new PyTypeObject({
  name: "generator",
  repr: (o) => `<generator object ${gen(o).gi_qualname} at ${Py_Address(o)}>`,
  iter: (o) => Py_NewRef(o),
  // gen_iternext: a returned value other than None is left for next(g)'s StopIteration(value)
  iternext: (o) => {
    const r = resume(gen(o), null, null);
    if (!r.done) return r.value;
    if (r.value !== Py_None) _PyIter_SetStopValue(o, r.value);
    else Py_DECREF(r.value);
    return null;
  },
  dealloc: (o) => {
    // _PyGen_Finalize: a paused generator is closed (its finally blocks run); errors are dropped
    try {
      PyGen_Close(gen(o));
    } catch (e) {
      if (!(e instanceof PyError)) throw e;
    }
    gen(o).gi_frame = null;
  },
  methods: {
    send: { flags: METH_O, meth: (self, args) => PyGen_Send(gen(self), args[0]!) },
    throw: {
      meth: (self, args) => {
        checkPositional("throw", args.length, 1, 3);
        return PyGen_Throw(gen(self), makeThrown(args[0]!, args[1] ?? null));
      },
    },
    close: {
      flags: METH_NOARGS,
      meth: (self) => {
        PyGen_Close(gen(self));
        return Py_NewRef(Py_None);
      },
    },
  },
  getset: {
    __name__: {
      get: (o) => PyUnicode_FromString(gen(o).gi_name),
      set: (o, v) => {
        if (v === null || !PyUnicode_Check(v))
          raise(PyExc_TypeError, "__name__ must be set to a string object");
        gen(o).gi_name = v.value;
      },
    },
    __qualname__: {
      get: (o) => PyUnicode_FromString(gen(o).gi_qualname),
      set: (o, v) => {
        if (v === null || !PyUnicode_Check(v))
          raise(PyExc_TypeError, "__qualname__ must be set to a string object");
        gen(o).gi_qualname = v.value;
      },
    },
    gi_running: { get: (o) => PyBool_FromBool(gen(o).gi_running), member: true },
    gi_suspended: {
      get: (o) => PyBool_FromBool(gen(o).gi_started && gen(o).gi_frame !== null && !gen(o).gi_running),
    },
    gi_yieldfrom: { get: (o) => Py_NewRef(gen(o).gi_yieldfrom ?? Py_None) },
    gi_code: {
      get: (o) => {
        const c = gen(o).gi_code;
        return c instanceof PyObject ? Py_NewRef(c) : Py_NewRef(Py_None);
      },
    },
  },
});

/**
 * `PyGen_NewWithQualName`: a generator running `frame` (the interpreter's
 * JS generator for the body), named `name` / `qualname`. New reference.
 * @returns New reference.
 */
export function PyGen_New(
  frame: PyGenFrame,
  name: string,
  qualname: string = name,
  code: unknown = null,
): PyGenObject {
  const g = new PyGenObject(frame, name, qualname);
  g.gi_code = code;
  return g;
}

/** `PyGen_Check(o)`. */
export function PyGen_Check(o: PyObject): o is PyGenObject {
  return o.ob_type === PyGen_Type;
}

/**
 * `yield from iterable` (PEP 380, `gen_yf`/`_PyGen_Send`) for a frame
 * written as a JS generator: `const v = yield* PyGen_YieldFrom(it)`. Sends,
 * throws and close go on to the inner iterator; the result is the inner
 * generator's return value (a new reference; None for other iterators).
 */
export function* PyGen_YieldFrom(
  iterable: PyObject,
  outer: PyGenObject | null = null,
): Generator<PyObject, PyObject, PyObject> {
  const it = PyGen_Check(iterable) ? Py_NewRef(iterable) : PyObject_GetIter(iterable);
  if (outer !== null) outer.gi_yieldfrom = it;
  // what goes to the inner iterator next: a sent value (owned; null for next()) or a thrown exception
  let sent: PyObject | null = null;
  let thrown: PyError | null = null;
  try {
    for (;;) {
      let r: PyGenResult;
      if (thrown !== null) {
        const e = thrown;
        thrown = null;
        if (e.matches(PyExc_GeneratorExit)) {
          if (PyGen_Check(it)) PyGen_Close(it);
          throw e;
        }
        if (PyGen_Check(it)) r = resume(it, null, e);
        else {
          if (!PyObject_HasAttr(it, "throw")) throw e;
          try {
            r = { done: false, value: PyObject_CallMethod(it, "throw", [e.exc]) };
          } catch (e2) {
            if (isPyError(e2, PyExc_StopIteration)) return stopValue(e2);
            throw e2;
          }
        }
      } else if (PyGen_Check(it)) {
        try {
          r = resume(it, sent, null);
        } finally {
          if (sent !== null) Py_DECREF(sent);
          sent = null;
        }
      } else if (sent === null || sent === Py_None) {
        if (sent !== null) Py_DECREF(sent);
        sent = null;
        const v = PyIter_Next(it);
        r = v === null ? { done: true, value: Py_NewRef(Py_None) } : { done: false, value: v };
      } else {
        try {
          r = { done: false, value: PyObject_CallMethod(it, "send", [sent]) };
        } catch (e) {
          if (isPyError(e, PyExc_StopIteration)) return stopValue(e);
          throw e;
        } finally {
          Py_DECREF(sent);
          sent = null;
        }
      }
      if (r.done) return r.value;
      try {
        sent = yield r.value;
      } catch (e) {
        if (!(e instanceof PyError)) throw e;
        thrown = e;
      }
    }
  } finally {
    if (sent !== null) Py_DECREF(sent);
    if (outer !== null) outer.gi_yieldfrom = null;
    Py_DECREF(it);
  }
}

/** The `value` of a caught StopIteration (new reference). */
function stopValue(e: PyError): PyObject {
  const a = e.exc.args;
  return Py_NewRef(a.length > 0 ? a[0]! : Py_None);
}
