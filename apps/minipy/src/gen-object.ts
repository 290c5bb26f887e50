/**
 * Generator objects (`Objects/genobject.c`): what calling a generator
 * function, or evaluating a generator expression, returns. The body runs as
 * a JS generator (the "frame") that yields each Python value out and
 * receives what `send()` passes in; `throw()` raises at the paused `yield`.
 */
import {
  newException,
  Py_Address,
  Py_DECREF,
  Py_EnterRecursiveCall,
  Py_LeaveRecursiveCall,
  Py_NewRef,
  Py_None,
  type PyBaseExceptionObject,
  PyError,
  PyErr_NewException,
  PyExc_BaseException,
  PyExc_RuntimeError,
  PyExc_StopIteration,
  PyExc_TypeError,
  PyObject,
  PyObject_TypeCheck,
  PyType_Check,
  PyTypeObject,
  raise,
} from "@py/object";
import { raiseOwned } from "./tracebacks.js";

/** The body of a generator: yields new references, receives borrowed sent values, returns a new reference. */
export type GeneratorBody = Generator<PyObject, PyObject, PyObject | null>;

/** `PyGenObject`: a paused body, its name, and whether it is running or finished. */
export class PyGenObject extends PyObject {
  body: GeneratorBody | null;
  started = false;
  running = false;
  /** The value of the `return` that ended the body (owned), for `yield from`. */
  constructor(
    body: GeneratorBody,
    readonly qualname: string,
    /** Releases what the body's frame holds once the body is done. */
    private readonly onFinish: () => void,
  ) {
    super(PyGen_Type);
    this.body = body;
  }

  /**
   * Resumes the body: `next()` (null), `send(v)` or `throw(e)`. Returns the
   * yielded value (new reference), or `{ done }` with the return value (new
   * reference) when the body finished.
   */
  resume(sent: PyObject | null, thrown: PyError | null): { value: PyObject; done: boolean } {
    if (this.running) raise(PyExc_RuntimeError, "generator already executing");
    const body = this.body;
    if (body === null) {
      if (thrown !== null) throw thrown;
      return { value: Py_NewRef(Py_None), done: true };
    }
    if (!this.started && sent !== null && sent !== Py_None) {
      raise(PyExc_TypeError, "can't send non-None value to a just-started generator");
    }
    // the generator's frame takes a level of the recursion limit while it runs
    Py_EnterRecursiveCall("");
    this.running = true;
    let r: IteratorResult<PyObject, PyObject>;
    try {
      r = thrown !== null ? body.throw(thrown) : body.next(sent);
      this.started = true;
    } catch (e) {
      this.finish();
      if (e instanceof PyError && e.matches(PyExc_StopIteration)) {
        raise(PyExc_RuntimeError, "generator raised StopIteration");
      }
      throw e;
    } finally {
      this.running = false;
      Py_LeaveRecursiveCall();
    }
    if (r.done === true) this.finish();
    return { value: r.value, done: r.done === true };
  }

  /** `gen.close()`: GeneratorExit at the paused yield; a value yielded instead is an error. */
  close(): void {
    if (this.body === null) return;
    if (!this.started) {
      this.finish();
      return;
    }
    const exit = new PyError(newException(PyExc_GeneratorExit));
    let r: { value: PyObject; done: boolean };
    try {
      r = this.resume(null, exit);
    } catch (e) {
      if (e === exit || (e instanceof PyError && e.matches(PyExc_GeneratorExit))) return;
      throw e;
    }
    Py_DECREF(r.value);
    if (!r.done) raise(PyExc_RuntimeError, "generator ignored GeneratorExit");
  }

  private finish(): void {
    if (this.body === null) return;
    this.body = null;
    this.onFinish();
  }
}

/** `next(gen)`/`gen.send(v)`: the next value, or StopIteration carrying the return value. */
export function genSend(g: PyGenObject, sent: PyObject | null): PyObject {
  const r = g.resume(sent, null);
  if (!r.done) return r.value;
  if (r.value === Py_None) {
    Py_DECREF(r.value);
    raise(PyExc_StopIteration);
  }
  raiseOwned(newException(PyExc_StopIteration, undefined, [r.value]));
}

/** `gen.throw(typ[, val])`: an exception class is instantiated; an instance is raised as is. */
function exceptionToThrow(args: readonly PyObject[]): PyError {
  const t = args[0];
  if (t === undefined) raise(PyExc_TypeError, "throw expected at least 1 argument, got 0");
  if (PyType_Check(t)) {
    const v = args[1];
    const exc = newException(
      t as PyTypeObject,
      undefined,
      v === undefined || v === Py_None ? [] : [Py_NewRef(v)],
    );
    return new PyError(exc);
  }
  if (PyObject_TypeCheck(t, PyExc_BaseException)) {
    return new PyError(Py_NewRef(t) as PyBaseExceptionObject);
  }
  raise(
    PyExc_TypeError,
    `exceptions must be classes or instances deriving from BaseException, not ${t.ob_type.tp_name}`,
  );
}

/** `GeneratorExit` (BaseException's subclass that `close()` raises at the paused yield). */
export const PyExc_GeneratorExit: PyTypeObject = PyErr_NewException("GeneratorExit", PyExc_BaseException);

/** `PyGen_Type`: `<generator object f at 0x...>`. */
export const PyGen_Type: PyTypeObject = new PyTypeObject({
  name: "generator",
  repr: (o) => `<generator object ${(o as PyGenObject).qualname} at ${Py_Address(o)}>`,
  iter: (o) => Py_NewRef(o),
  iternext: (o) => {
    const r = (o as PyGenObject).resume(null, null);
    if (!r.done) return r.value;
    Py_DECREF(r.value);
    return null;
  },
  dealloc: (o) => {
    const g = o as PyGenObject;
    try {
      g.close();
    } catch {
      // an error while closing a dropped generator is reported by CPython as unraisable
    }
  },
  methods: {
    send: { meth: (self, args) => genSend(self as PyGenObject, args[0] ?? Py_None), flags: 0 },
    throw: {
      meth: (self, args) => {
        const g = self as PyGenObject;
        const r = g.resume(null, exceptionToThrow(args));
        if (!r.done) return r.value;
        Py_DECREF(r.value);
        raise(PyExc_StopIteration);
      },
    },
    close: {
      meth: (self) => {
        (self as PyGenObject).close();
        return Py_NewRef(Py_None);
      },
    },
  },
});
