/**
 * Statements: blocks, loops, `with`, `try`/`except`/`finally`, `raise`,
 * `assert`, `import` and `def` — the statement opcodes of CPython's
 * `Python/ceval.c` (`SETUP_WITH`, `PUSH_EXC_INFO`, `RAISE_VARARGS`, ...).
 */
import {
  isPyError,
  newException,
  owned,
  Py_DECREF,
  Py_INCREF,
  Py_NewRef,
  PyDict_New,
  PyDict_SetItemString,
  Py_None,
  type PyBaseExceptionObject,
  PyException_SetCause,
  PyException_SetContext,
  type PyError,
  PyExc_AssertionError,
  PyExc_AttributeError,
  PyExc_BaseException,
  PyExc_ImportError,
  PyExc_RuntimeError,
  PyExc_TypeError,
  PyIter_Next,
  PyModule_GetDict,
  type PyObject,
  PyObject_Call,
  PyObject_GetAttr,
  PyObject_IsTrue,
  PyObject_TypeCheck,
  PyTuple_Check,
  type PyTupleObject,
  PyType_Check,
  PyType_IsSubtype,
  type PyTypeObject,
  raise,
  repr,
} from "@py/object";
import type { Expr, Loc, Stmt } from "./ast.js";
import { CallEvaluator } from "./calls.js";
import { type Frame, Signal, storeName, unbindName } from "./frame.js";
import { addTraceback, dropError, noteLocation, raiseOwned, toPyError } from "./tracebacks.js";

type TryStmt = Extract<Stmt, { kind: "Try" }>;

/** Whether an exception matches an `except` clause's type (a class or a tuple of them). */
export function exceptionMatches(pe: PyError, t: PyObject): boolean {
  if (PyTuple_Check(t)) {
    for (const x of (t as PyTupleObject).items) if (exceptionMatches(pe, x)) return true;
    return false;
  }
  if (!PyType_Check(t) || !PyType_IsSubtype(t as PyTypeObject, PyExc_BaseException)) {
    raise(PyExc_TypeError, "catching classes that do not inherit from BaseException is not allowed");
  }
  return pe.matches(t as PyTypeObject);
}

/** Statements, on the evaluator of expressions, targets and calls. */
/** `FOR_ITER`: the next item, or null at the end; an error raised by the iterator is the for statement's. */
export function forNext(it: PyObject, at: Loc): PyObject | null {
  try {
    return PyIter_Next(it);
  } catch (err) {
    noteLocation(err, at);
    throw err;
  }
}

/** `_PyErr_SetObject`'s chaining: `handled` becomes the `__context__` of `raised`, unless it has one. */
export function chainContext(raised: PyError, handled: PyError): void {
  if (raised.exc.context !== null || raised.exc === handled.exc) return;
  PyException_SetContext(raised.exc, Py_NewRef(handled.exc));
}

export abstract class StatementExecutor extends CallEvaluator {
  /** Exceptions being handled (innermost last), for a bare `raise`. */
  protected readonly handling: PyError[] = [];

  /** Echo hook for interactive statements (`sys.displayhook`). */
  abstract displayhook: (v: PyObject) => void;
  /** `import name`: a NEW reference to the module. */
  abstract importModule(name: string): PyObject;

  /** Runs statements in order until one breaks, continues or returns. */
  execBlock(body: Stmt[], f: Frame): Signal {
    for (let i = 0; i < body.length; i++) {
      const sig = this.execStmt(body[i]!, f);
      if (sig !== Signal.Normal) return sig;
    }
    return Signal.Normal;
  }

  protected execStmt(s: Stmt, f: Frame): Signal {
    // Expression statements, assignments and a for loop's items are per-item
    // paths: their temporaries are released by try/finally (see expressions.ts).
    f.line = s.loc.line;
    f.stmtLoc = s.loc;
    switch (s.kind) {
      case "Expr": {
        const v = this.evalExpr(s.value, f);
        try {
          if (f.interactive) this.displayhook(v);
        } finally {
          Py_DECREF(v);
        }
        return Signal.Normal;
      }
      case "Assign": {
        const v = this.evalExpr(s.value, f);
        try {
          for (const t of s.targets) this.assign(t, v, f);
        } finally {
          Py_DECREF(v);
        }
        return Signal.Normal;
      }
      case "AugAssign":
        this.augAssign(s.target, s.op, s.value, f);
        return Signal.Normal;
      case "AnnAssign":
        return this.annAssign(s, f);
      case "Delete":
        for (const t of s.targets) this.del(t, f);
        return Signal.Normal;
      case "Pass":
        return Signal.Normal;
      case "Break":
        return Signal.Break;
      case "Continue":
        return Signal.Continue;
      case "Return":
        f.retval = s.value === null ? Py_NewRef(Py_None) : this.evalExpr(s.value, f);
        return Signal.Return;
      case "If": {
        const t = this.evalTruth(s.test, f);
        return this.execBlock(t ? s.body : s.orelse, f);
      }
      case "While": {
        while (this.evalTruth(s.test, f)) {
          const sig = this.execBlock(s.body, f);
          if (sig === Signal.Break) return Signal.Normal;
          if (sig === Signal.Return) return sig;
        }
        return this.execBlock(s.orelse, f);
      }
      case "For":
        return this.execFor(s, f);
      case "With":
        return this.execWith(s.items, 0, s.body, f);
      case "Try":
        return this.execTry(s, f);
      case "Raise":
        return this.execRaise(s.exc, s.cause, f);
      case "Assert": {
        if (this.evalTruth(s.test, f)) return Signal.Normal;
        try {
          if (s.msg === null) raise(PyExc_AssertionError);
          const m = this.evalExpr(s.msg, f);
          const exc = this.instantiateException(PyExc_AssertionError, [m]);
          Py_DECREF(m);
          return raiseOwned(exc);
        } catch (err) {
          // the AssertionError is raised at the test's position
          noteLocation(err, s.test.loc);
          throw err;
        }
      }
      case "Global":
        for (const n of s.names) f.globalDecl.add(n);
        return Signal.Normal;
      case "Nonlocal":
        return Signal.Normal;
      case "ClassDef": {
        using cls = owned(this.decorate(s.decorators, f, () => this.makeClass(s, f)));
        storeName(s.name, cls.obj, f);
        return Signal.Normal;
      }
      case "Import":
        for (const { name, asname } of s.names) {
          using m = owned(this.importModule(name));
          storeName(asname ?? name.split(".")[0]!, m.obj, f);
        }
        return Signal.Normal;
      case "ImportFrom":
        this.importFrom(s.module, s.names, f);
        return Signal.Normal;
      case "FunctionDef": {
        using fn = owned(
          this.decorate(s.decorators, f, () =>
            this.makeFunction(s.name, s.params, s.body, f, s.isGenerator, s.returns ?? null),
          ),
        );
        storeName(s.name, fn.obj, f);
        return Signal.Normal;
      }
    }
  }

  /** `@d1 @d2 def f`: the decorators are evaluated first, then applied innermost first. A NEW reference. */
  private decorate(decorators: Expr[], f: Frame, make: () => PyObject): PyObject {
    if (decorators.length === 0) return make();
    const ds: PyObject[] = [];
    try {
      for (const d of decorators) ds.push(this.evalExpr(d, f));
      let v = make();
      for (let i = ds.length - 1; i >= 0; i--) {
        using prev = owned(v);
        v = PyObject_Call(ds[i]!, [prev.obj], null);
      }
      return v;
    } finally {
      for (const d of ds) Py_DECREF(d);
    }
  }

  /** `class C(bases): body` (`LOAD_BUILD_CLASS`): a NEW reference to the class. */
  protected abstract makeClass(s: Extract<Stmt, { kind: "ClassDef" }>, f: Frame): PyObject;

  private execFor(s: Extract<Stmt, { kind: "For" }>, f: Frame): Signal {
    {
      // the iterator is dropped before the else block runs
      using it = owned(this.evalIter(s.iter, f));
      for (;;) {
        const next = forNext(it.obj, s.loc);
        if (next === null) break;
        try {
          this.assign(s.target, next, f);
        } finally {
          Py_DECREF(next);
        }
        const sig = this.execBlock(s.body, f);
        if (sig === Signal.Break) return Signal.Normal;
        if (sig === Signal.Return) return sig;
      }
    }
    return this.execBlock(s.orelse, f);
  }

  /** `with a as x, b as y:` runs as nested withs (`SETUP_WITH`/`WITH_EXCEPT_START`). */
  private execWith(
    items: { context: Expr; target: Expr | null }[],
    i: number,
    body: Stmt[],
    f: Frame,
  ): Signal {
    if (i === items.length) return this.execBlock(body, f);
    const item = items[i]!;
    const { exit, entered } = this.enterContext(item.context, f);
    let sig: Signal = Signal.Normal;
    let raised: PyError | null = null;
    try {
      {
        using ent = owned(entered);
        if (item.target !== null) this.assign(item.target, ent.obj, f);
      }
      sig = this.execWith(items, i + 1, body, f);
    } catch (e) {
      raised = toPyError(e);
    }
    return this.exitContext(exit, raised) ? Signal.Normal : sig;
  }

  /**
   * `SETUP_WITH`: evaluates the manager, looks up `__enter__`/`__exit__` and
   * calls `__enter__`. Both returned references are owned by the caller; the
   * bound `__exit__` keeps the manager alive for the block.
   */
  protected enterContext(context: Expr, f: Frame): { exit: PyObject; entered: PyObject } {
    using mgr = owned(this.evalExpr(context, f));
    using enter = owned(this.specialMethod(mgr.obj, "__enter__", ""));
    using exit = owned(this.specialMethod(mgr.obj, "__exit__", " (missed __exit__ method)"));
    const entered = PyObject_Call(enter.obj, [], null);
    return { exit: exit.release(), entered };
  }

  /**
   * The end of a `with` block: calls `exit` (owned, released here) for the
   * block's outcome. Returns whether the block's error was suppressed (and
   * dropped); an error `__exit__` does not suppress is thrown again.
   */
  protected exitContext(exit: PyObject, raised: PyError | null): boolean {
    let suppress = false;
    {
      using ex = owned(exit);
      if (raised === null) Py_DECREF(PyObject_Call(ex.obj, [Py_None, Py_None, Py_None], null));
      else suppress = this.exitSuppresses(ex.obj, raised);
    }
    if (raised === null) return false;
    if (!suppress) throw raised;
    dropError(raised);
    return true;
  }

  /** `__exit__(type, value, traceback)` while `pe` is being handled: whether it suppresses `pe`. */
  protected exitSuppresses(exit: PyObject, pe: PyError): boolean {
    this.handling.push(pe);
    try {
      using r = owned(PyObject_Call(exit, [pe.exc.ob_type, pe.exc, Py_None], null));
      return PyObject_IsTrue(r.obj);
    } finally {
      this.handling.pop();
    }
  }

  /** Looks up `__enter__`/`__exit__`; a missing one is the context manager TypeError. */
  protected specialMethod(o: PyObject, name: string, suffix: string): PyObject {
    try {
      return PyObject_GetAttr(o, name);
    } catch (e) {
      if (isPyError(e, PyExc_AttributeError)) {
        raise(
          PyExc_TypeError,
          `'${o.ob_type.tp_name}' object does not support the context manager protocol${suffix}`,
        );
      }
      throw e;
    }
  }

  private execTry(s: TryStmt, f: Frame): Signal {
    let sig: Signal = Signal.Normal;
    /** The exception going through the finally block, if any (the context of one it raises). */
    let inflight: PyError | null = null;
    try {
      let raised: PyError | null = null;
      try {
        sig = this.execBlock(s.body, f);
      } catch (e) {
        raised = toPyError(e);
        // the frame is in the exception's traceback from here (its __traceback__ in a handler)
        addTraceback(raised, f);
      }
      if (raised === null) {
        if (sig === Signal.Normal) sig = this.execBlock(s.orelse, f);
      } else {
        sig = this.handle(raised, s.handlers, f);
      }
    } catch (e) {
      inflight = toPyError(e);
      throw inflight;
    } finally {
      if (s.finalbody.length > 0) {
        const saved = f.retval;
        const fsig = this.finallyBlock(s.finalbody, f, inflight);
        if (fsig !== Signal.Normal) {
          // break/continue/return in finally overrides the pending outcome.
          if (saved !== null && fsig === Signal.Return && saved !== f.retval) Py_DECREF(saved);
          // biome-ignore lint/correctness/noUnsafeFinally: Python semantics of finally
          return fsig;
        }
      }
    }
    return sig;
  }

  /**
   * `target: annotation [= value]`: at module and class level the annotation
   * is evaluated, and a bare name's goes to the namespace's `__annotations__`;
   * in a function it is not evaluated.
   */
  private annAssign(s: Extract<Stmt, { kind: "AnnAssign" }>, f: Frame): Signal {
    if (s.value !== null) {
      using v = owned(this.evalExpr(s.value, f));
      this.assign(s.target, v.obj, f);
    }
    if (f.localNames !== null && !f.isClass) return Signal.Normal;
    using ann = owned(this.evalExpr(s.annotation, f));
    if (!s.simple || s.target.kind !== "Name") return Signal.Normal;
    let d = f.locals.get("__annotations__");
    if (d === undefined) {
      d = PyDict_New();
      f.locals.set("__annotations__", d);
    }
    PyDict_SetItemString(d, s.target.id, ann.obj);
    return Signal.Normal;
  }

  /** Runs a finally block; an exception it raises while `inflight` goes through has it as `__context__`. */
  private finallyBlock(body: Stmt[], f: Frame, inflight: PyError | null): Signal {
    try {
      return this.execBlock(body, f);
    } catch (e) {
      const raised = toPyError(e);
      if (inflight !== null && raised !== inflight) chainContext(raised, inflight);
      throw raised;
    }
  }

  private handle(pe: PyError, handlers: TryStmt["handlers"], f: Frame): Signal {
    for (const h of handlers) {
      if (h.type !== null) {
        using t = owned(this.evalExpr(h.type, f));
        if (!exceptionMatches(pe, t.obj)) continue;
      }
      this.handling.push(pe);
      let sig: Signal;
      try {
        if (h.name !== null) storeName(h.name, pe.exc, f);
        try {
          sig = this.execBlock(h.body, f);
        } finally {
          // `except E as e` unbinds e at the end of the handler.
          if (h.name !== null) unbindName(h.name, f);
        }
      } catch (e) {
        const raised = toPyError(e);
        if (raised !== pe) {
          // raised while handling pe: pe is its __context__
          chainContext(raised, pe);
          dropError(pe);
        }
        throw raised;
      } finally {
        this.handling.pop();
      }
      // Handled: the exception and what its arguments hold are released.
      dropError(pe);
      return sig;
    }
    throw pe;
  }

  protected execRaise(excExpr: Expr | null, causeExpr: Expr | null, f: Frame): never {
    if (excExpr === null) {
      const cur = this.handling[this.handling.length - 1];
      if (cur === undefined) raise(PyExc_RuntimeError, "No active exception to reraise");
      throw cur;
    }
    let exc: PyBaseExceptionObject;
    {
      using v = owned(this.evalExpr(excExpr, f));
      exc = this.exceptionFrom(v.obj);
    }
    if (causeExpr !== null) {
      let c: PyObject;
      try {
        c = this.evalExpr(causeExpr, f);
      } catch (e) {
        Py_DECREF(exc);
        throw e;
      }
      // on an error the exception is dropped first, then the cause
      using cause = owned(c);
      using held = owned(exc);
      PyException_SetCause(exc, cause.obj === Py_None ? null : this.exceptionFrom(cause.obj));
      held.release();
    }
    raiseOwned(exc);
  }

  /** A class is instantiated with no arguments; an instance is raised as is. */
  private exceptionFrom(v: PyObject): PyBaseExceptionObject {
    if (PyType_Check(v) && PyType_IsSubtype(v as PyTypeObject, PyExc_BaseException)) {
      const e = this.instantiateException(v as PyTypeObject, []);
      if (!PyObject_TypeCheck(e, PyExc_BaseException)) {
        raise(
          PyExc_TypeError,
          `calling ${repr(v)} should have returned an instance of BaseException, not ${e.ob_type.tp_name}`,
        );
      }
      return e;
    }
    if (PyObject_TypeCheck(v, PyExc_BaseException)) {
      Py_INCREF(v);
      return v as PyBaseExceptionObject;
    }
    raise(PyExc_TypeError, "exceptions must derive from BaseException");
  }

  /** `type(*args)` for an exception class (owned args become the exception's). */
  instantiateException(t: PyTypeObject, args: PyObject[]): PyBaseExceptionObject {
    if (t.tp_new !== null || t.ob_type.tp_call !== null) {
      return PyObject_Call(t, args, null) as PyBaseExceptionObject;
    }
    for (const a of args) Py_INCREF(a);
    return newException(t, undefined, args);
  }

  /** `from module import names` (`IMPORT_FROM`; `*` binds the public names). */
  private importFrom(module: string, names: { name: string; asname: string | null }[], f: Frame): void {
    using m = owned(this.importModule(module));
    if (names.length === 1 && names[0]!.name === "*") {
      for (const [k, v] of PyModule_GetDict(m.obj)) if (!k.startsWith("_")) storeName(k, v, f);
      return;
    }
    for (const { name, asname } of names) {
      let v: PyObject;
      try {
        v = PyObject_GetAttr(m.obj, name);
      } catch (e) {
        if (isPyError(e, PyExc_AttributeError)) {
          raise(PyExc_ImportError, `cannot import name '${name}' from '${module}' (unknown location)`);
        }
        throw e;
      }
      using value = owned(v);
      storeName(asname ?? name, value.obj, f);
    }
  }
}
