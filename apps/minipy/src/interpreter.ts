/**
 * The evaluator: runs `ast.ts` trees over the abstract API of `@py/object`,
 * as CPython's `Python/ceval.c` runs bytecode.
 *
 * Reference invariants (as in ceval):
 * - `evalExpr` returns a NEW reference; every temporary is released with
 *   `Py_DECREF` as soon as it is dropped, also when an exception unwinds.
 * - A namespace (`Map<string, PyObject>`) owns one reference per binding:
 *   binding increfs the new value, rebinding and `del` decref the old one —
 *   so `del m` of a memoryview's last reference releases its buffer at once.
 * - Exceptions travel as thrown `PyError`s; JS errors that escape the object
 *   layer are turned into `SystemError`/`RecursionError` at the boundary.
 */
import {
  type CompareOp,
  isPyError,
  type KwArgs,
  newException,
  Py_DECREF,
  Py_EQ,
  Py_Ellipsis,
  Py_False,
  Py_GE,
  Py_GT,
  Py_INCREF,
  Py_LE,
  Py_LT,
  Py_NE,
  Py_Address,
  Py_NewRef,
  Py_None,
  Py_True,
  type PyBaseExceptionObject,
  PyCFunction_Check,
  PyError,
  PyExc_AssertionError,
  PyExc_AttributeError,
  PyExc_BaseException,
  PyExc_ImportError,
  PyExc_ModuleNotFoundError,
  PyExc_NameError,
  PyExc_NotImplementedError,
  PyExc_RecursionError,
  PyExc_RuntimeError,
  PyExc_StopIteration,
  PyExc_SyntaxError,
  PyExc_SystemError,
  PyExc_TypeError,
  PyExc_UnboundLocalError,
  PyExc_ValueError,
  PyFloat_FromDouble,
  PyIter_Next,
  PyList_FromArray,
  PyLong_FromBigInt,
  PyLong_FromNumber,
  PyNumber_Add,
  PyNumber_And,
  PyNumber_FloorDivide,
  PyNumber_InPlaceAdd,
  PyNumber_InPlaceMultiply,
  PyNumber_InPlaceOp,
  PyNumber_InPlaceSubtract,
  PyNumber_Invert,
  PyNumber_Lshift,
  PyNumber_Multiply,
  PyNumber_Negative,
  PyNumber_Or,
  PyNumber_Positive,
  PyNumber_Power,
  PyNumber_Remainder,
  PyNumber_Rshift,
  PyNumber_Subtract,
  PyNumber_TrueDivide,
  PyNumber_Xor,
  PyObject,
  PyObject_Call,
  PyObject_DelItem,
  PyObject_GetAttr,
  PyObject_GetItem,
  PyObject_GetIter,
  PyObject_IsTrue,
  PyObject_RichCompare,
  PyObject_SetAttr,
  PyObject_SetItem,
  PyObject_TypeCheck,
  PySequence_Contains,
  PySlice_New,
  PyTuple_Check,
  PyTuple_Pack,
  type PyTupleObject,
  PyType_Check,
  PyType_IsSubtype,
  PyTypeObject,
  PyUnicode_FromString,
  raise,
  repr,
} from "@py/object";
import { PyBytes_FromBytes } from "@py/buffer";
import type { BinOpName, CmpOpName, Comprehension, Expr, Params, Stmt } from "./ast.js";
import { type FunctionScope, PyFunctionObject } from "./function.js";
import { parseModule } from "./parse.js";

/** How a block finished: normally, or by break / continue / return. */
enum Signal {
  Normal = 0,
  Break = 1,
  Continue = 2,
  Return = 3,
}

/** The maximum depth of nested Python calls (`sys.getrecursionlimit()`). */
const RECURSION_LIMIT = 1000;

/** One traceback entry: where a frame was when the exception left it. */
export interface TracebackEntry {
  name: string;
  line: number;
}

/** Traceback entries of exceptions as they unwind (most recent call last). */
const tracebacks = new WeakMap<PyError, TracebackEntry[]>();

/** The traceback recorded for an exception, outermost frame first. */
export function tracebackOf(e: PyError): TracebackEntry[] {
  return tracebacks.get(e) ?? [];
}

/** An execution frame: a namespace plus the function's static scope. */
export class Frame implements FunctionScope {
  /** Owned references. For the module frame this is `globals`. */
  readonly locals: Map<string, PyObject>;
  retval: PyObject | null = null;
  line = 0;
  /** Set when a nested function captured this frame: its locals must outlive the call. */
  captured = false;
  constructor(
    readonly interp: Interpreter,
    readonly globals: Map<string, PyObject>,
    readonly name: string,
    /** null for the module frame; otherwise the function's local names. */
    readonly localNames: Set<string> | null,
    readonly globalDecl: Set<string>,
    readonly enclosing: Frame | null,
    /** Expression statements echo their value (compile mode 'single'). */
    readonly interactive: boolean,
  ) {
    this.locals = localNames === null ? globals : new Map();
  }

  call(fn: PyFunctionObject, args: readonly PyObject[], kwargs: KwArgs | null): PyObject {
    return this.interp.callFunction(fn, this, args, kwargs);
  }
}

export interface InterpreterOptions {
  /** Receives everything `print()` and the transcript echo write. */
  stdout?: (s: string) => void;
  /** Receives tracebacks in script mode. */
  stderr?: (s: string) => void;
}

/** A minipy interpreter: a `__main__` namespace, builtins, loaded modules. */
export class Interpreter {
  readonly globals = new Map<string, PyObject>();
  readonly builtins: Map<string, PyObject>;
  /** `sys.modules`: owned references. */
  readonly modules = new Map<string, PyObject>();
  readonly stdout: (s: string) => void;
  readonly stderr: (s: string) => void;
  /** Exceptions being handled (innermost last), for a bare `raise`. */
  private readonly handling: PyError[] = [];
  private depth = 0;
  /** Echo hook for interactive statements (`sys.displayhook`). */
  displayhook: (v: PyObject) => void;

  constructor(opts: InterpreterOptions = {}) {
    this.stdout = opts.stdout ?? ((s) => void s);
    this.stderr = opts.stderr ?? ((s) => void s);
    this.builtins = makeBuiltinsHook(this);
    this.globals.set("__name__", PyUnicode_FromString("__main__"));
    this.displayhook = (v) => {
      if (v !== Py_None) this.stdout(`${repr(v)}\n`);
    };
  }

  /** Parses and runs source as a module body; `interactive` echoes expression values. */
  exec(src: string, interactive = false): void {
    const body = parseModule(src);
    this.execModuleBody(body, interactive);
  }

  /** Runs parsed statements in `__main__`. */
  execModuleBody(body: Stmt[], interactive: boolean): void {
    const frame = new Frame(this, this.globals, "<module>", null, new Set(), null, interactive);
    try {
      const sig = this.execBlock(body, frame);
      if (sig === Signal.Break) raise(PyExc_SyntaxError, "'break' outside loop");
      if (sig === Signal.Continue) raise(PyExc_SyntaxError, "'continue' not properly in loop");
      if (sig === Signal.Return) {
        Py_DECREF(frame.retval!);
        raise(PyExc_SyntaxError, "'return' outside function");
      }
    } catch (e) {
      const pe = toPyError(e);
      addTraceback(pe, frame);
      throw pe;
    }
  }

  /** Releases every binding of `__main__` (the end of a run). */
  clearGlobals(): void {
    const vals = [...this.globals.values()];
    this.globals.clear();
    for (const v of vals) Py_DECREF(v);
  }

  // ------------------------------------------------------------------ statements

  execBlock(body: Stmt[], f: Frame): Signal {
    for (let i = 0; i < body.length; i++) {
      const sig = this.execStmt(body[i]!, f);
      if (sig !== Signal.Normal) return sig;
    }
    return Signal.Normal;
  }

  private execStmt(s: Stmt, f: Frame): Signal {
    f.line = s.loc.line;
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
        if (s.msg === null) raise(PyExc_AssertionError);
        const m = this.evalExpr(s.msg, f);
        const exc = this.instantiateException(PyExc_AssertionError, [m]);
        Py_DECREF(m);
        return raiseOwned(exc);
      }
      case "Global":
        for (const n of s.names) f.globalDecl.add(n);
        return Signal.Normal;
      case "Import":
        for (const { name, asname } of s.names) {
          const m = this.importModule(name);
          try {
            this.storeName(asname ?? name.split(".")[0]!, m, f);
          } finally {
            Py_DECREF(m);
          }
        }
        return Signal.Normal;
      case "ImportFrom":
        this.importFrom(s.module, s.names, f);
        return Signal.Normal;
      case "FunctionDef": {
        const fn = this.makeFunction(s.name, s.params, s.body, f);
        try {
          this.storeName(s.name, fn, f);
        } finally {
          Py_DECREF(fn);
        }
        return Signal.Normal;
      }
    }
  }

  private execFor(s: Extract<Stmt, { kind: "For" }>, f: Frame): Signal {
    const iterable = this.evalExpr(s.iter, f);
    let it: PyObject;
    try {
      it = PyObject_GetIter(iterable);
    } finally {
      Py_DECREF(iterable);
    }
    try {
      for (;;) {
        const item = PyIter_Next(it);
        if (item === null) break;
        try {
          this.assign(s.target, item, f);
        } finally {
          Py_DECREF(item);
        }
        const sig = this.execBlock(s.body, f);
        if (sig === Signal.Break) return Signal.Normal;
        if (sig === Signal.Return) return sig;
      }
    } finally {
      Py_DECREF(it);
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
    const mgr = this.evalExpr(item.context, f);
    let exit: PyObject;
    let entered: PyObject;
    try {
      const enter = this.specialMethod(mgr, "__enter__", "");
      try {
        exit = this.specialMethod(mgr, "__exit__", " (missed __exit__ method)");
      } catch (e) {
        Py_DECREF(enter);
        throw e;
      }
      try {
        entered = PyObject_Call(enter, [], null);
      } catch (e) {
        Py_DECREF(exit);
        throw e;
      } finally {
        Py_DECREF(enter);
      }
    } finally {
      // The bound __exit__ keeps the manager alive for the block.
      Py_DECREF(mgr);
    }
    let sig: Signal;
    try {
      try {
        if (item.target !== null) this.assign(item.target, entered, f);
      } finally {
        Py_DECREF(entered);
      }
      sig = this.execWith(items, i + 1, body, f);
    } catch (e) {
      const pe = toPyError(e);
      this.handling.push(pe);
      let suppress: boolean;
      try {
        const r = PyObject_Call(exit, [pe.exc.ob_type, pe.exc, Py_None], null);
        try {
          suppress = PyObject_IsTrue(r);
        } finally {
          Py_DECREF(r);
        }
      } finally {
        this.handling.pop();
        Py_DECREF(exit);
      }
      if (suppress) {
        dropError(pe);
        return Signal.Normal;
      }
      throw pe;
    }
    try {
      Py_DECREF(PyObject_Call(exit, [Py_None, Py_None, Py_None], null));
    } finally {
      Py_DECREF(exit);
    }
    return sig;
  }

  /** Looks up `__enter__`/`__exit__`; a missing one is the context manager TypeError. */
  private specialMethod(o: PyObject, name: string, suffix: string): PyObject {
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

  private execTry(s: Extract<Stmt, { kind: "Try" }>, f: Frame): Signal {
    let sig: Signal = Signal.Normal;
    try {
      let raised: PyError | null = null;
      try {
        sig = this.execBlock(s.body, f);
      } catch (e) {
        raised = toPyError(e);
      }
      if (raised === null) {
        if (sig === Signal.Normal) sig = this.execBlock(s.orelse, f);
      } else {
        sig = this.handle(raised, s.handlers, f);
      }
    } finally {
      if (s.finalbody.length > 0) {
        const saved = f.retval;
        const fsig = this.execBlock(s.finalbody, f);
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

  private handle(pe: PyError, handlers: Extract<Stmt, { kind: "Try" }>["handlers"], f: Frame): Signal {
    for (const h of handlers) {
      if (h.type !== null) {
        const t = this.evalExpr(h.type, f);
        let matches: boolean;
        try {
          matches = exceptionMatches(pe, t);
        } finally {
          Py_DECREF(t);
        }
        if (!matches) continue;
      }
      this.handling.push(pe);
      let sig: Signal;
      try {
        if (h.name !== null) this.storeName(h.name, pe.exc, f);
        try {
          sig = this.execBlock(h.body, f);
        } finally {
          // `except E as e` unbinds e at the end of the handler.
          if (h.name !== null) this.unbindName(h.name, f);
        }
      } catch (e) {
        if (e !== pe) dropError(pe);
        throw e;
      } finally {
        this.handling.pop();
      }
      // Handled: the exception and what its arguments hold are released.
      dropError(pe);
      return sig;
    }
    throw pe;
  }

  private execRaise(excExpr: Expr | null, causeExpr: Expr | null, f: Frame): never {
    if (excExpr === null) {
      const cur = this.handling[this.handling.length - 1];
      if (cur === undefined) raise(PyExc_RuntimeError, "No active exception to reraise");
      throw cur;
    }
    const v = this.evalExpr(excExpr, f);
    let exc: PyBaseExceptionObject;
    try {
      exc = this.exceptionFrom(v);
    } finally {
      Py_DECREF(v);
    }
    if (causeExpr !== null) {
      let c: PyObject;
      try {
        c = this.evalExpr(causeExpr, f);
      } catch (e) {
        Py_DECREF(exc);
        throw e;
      }
      try {
        if (c !== Py_None) Py_DECREF(this.exceptionFrom(c));
      } catch (e) {
        Py_DECREF(exc);
        throw e;
      } finally {
        Py_DECREF(c);
      }
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

  // ------------------------------------------------------------------ names and targets

  private storeName(name: string, v: PyObject, f: Frame): void {
    const ns = f.localNames !== null && f.globalDecl.has(name) ? f.globals : f.locals;
    Py_INCREF(v);
    const old = ns.get(name);
    ns.set(name, v);
    if (old !== undefined) Py_DECREF(old);
  }

  private unbindName(name: string, f: Frame): void {
    const ns = f.localNames !== null && f.globalDecl.has(name) ? f.globals : f.locals;
    const old = ns.get(name);
    if (old === undefined) return;
    ns.delete(name);
    Py_DECREF(old);
  }

  private loadName(id: string, f: Frame): PyObject {
    if (f.localNames !== null) {
      if (f.localNames.has(id) && !f.globalDecl.has(id)) {
        const v = f.locals.get(id);
        if (v !== undefined) return Py_NewRef(v);
        raise(
          PyExc_UnboundLocalError,
          `cannot access local variable '${id}' where it is not associated with a value`,
        );
      }
      for (let e = f.enclosing; e !== null && e.localNames !== null; e = e.enclosing) {
        const v = e.locals.get(id);
        if (v !== undefined) return Py_NewRef(v);
      }
    }
    const g = f.globals.get(id) ?? this.builtins.get(id);
    if (g !== undefined) return Py_NewRef(g);
    raise(PyExc_NameError, `name '${id}' is not defined`);
  }

  /** Binds `v` (borrowed) to a target: `STORE_NAME`, `STORE_ATTR`, `STORE_SUBSCR`, `UNPACK_SEQUENCE`. */
  private assign(t: Expr, v: PyObject, f: Frame): void {
    switch (t.kind) {
      case "Name":
        this.storeName(t.id, v, f);
        return;
      case "Attribute": {
        const o = this.evalExpr(t.value, f);
        try {
          PyObject_SetAttr(o, t.attr, v);
        } finally {
          Py_DECREF(o);
        }
        return;
      }
      case "Subscript": {
        const o = this.evalExpr(t.value, f);
        try {
          const k = this.evalExpr(t.index, f);
          try {
            PyObject_SetItem(o, k, v);
          } finally {
            Py_DECREF(k);
          }
        } finally {
          Py_DECREF(o);
        }
        return;
      }
      case "Tuple":
      case "List": {
        const items = unpack(v, t.elts);
        try {
          for (let i = 0; i < t.elts.length; i++) {
            const e = t.elts[i]!;
            this.assign(e.kind === "Starred" ? e.value : e, items[i]!, f);
          }
        } finally {
          for (const x of items) Py_DECREF(x);
        }
        return;
      }
      default:
        raise(PyExc_SystemError, `cannot assign to ${t.kind}`);
    }
  }

  private augAssign(t: Expr, op: BinOpName, valueExpr: Expr, f: Frame): void {
    const fn = INPLACE[op];
    switch (t.kind) {
      case "Name": {
        const cur = this.loadName(t.id, f);
        let r: PyObject;
        try {
          const v = this.evalExpr(valueExpr, f);
          try {
            r = fn(cur, v);
          } finally {
            Py_DECREF(v);
          }
        } finally {
          Py_DECREF(cur);
        }
        try {
          this.storeName(t.id, r, f);
        } finally {
          Py_DECREF(r);
        }
        return;
      }
      case "Attribute": {
        const o = this.evalExpr(t.value, f);
        try {
          const cur = PyObject_GetAttr(o, t.attr);
          let r: PyObject;
          try {
            const v = this.evalExpr(valueExpr, f);
            try {
              r = fn(cur, v);
            } finally {
              Py_DECREF(v);
            }
          } finally {
            Py_DECREF(cur);
          }
          try {
            PyObject_SetAttr(o, t.attr, r);
          } finally {
            Py_DECREF(r);
          }
        } finally {
          Py_DECREF(o);
        }
        return;
      }
      case "Subscript": {
        const o = this.evalExpr(t.value, f);
        try {
          const k = this.evalExpr(t.index, f);
          try {
            const cur = PyObject_GetItem(o, k);
            let r: PyObject;
            try {
              const v = this.evalExpr(valueExpr, f);
              try {
                r = fn(cur, v);
              } finally {
                Py_DECREF(v);
              }
            } finally {
              Py_DECREF(cur);
            }
            try {
              PyObject_SetItem(o, k, r);
            } finally {
              Py_DECREF(r);
            }
          } finally {
            Py_DECREF(k);
          }
        } finally {
          Py_DECREF(o);
        }
        return;
      }
      default:
        raise(PyExc_SystemError, "illegal augmented assignment target");
    }
  }

  private del(t: Expr, f: Frame): void {
    switch (t.kind) {
      case "Name": {
        const ns = f.localNames !== null && f.globalDecl.has(t.id) ? f.globals : f.locals;
        const old = ns.get(t.id);
        if (old === undefined) {
          if (f.localNames?.has(t.id)) {
            raise(
              PyExc_UnboundLocalError,
              `cannot access local variable '${t.id}' where it is not associated with a value`,
            );
          }
          raise(PyExc_NameError, `name '${t.id}' is not defined`);
        }
        ns.delete(t.id);
        Py_DECREF(old);
        return;
      }
      case "Attribute": {
        const o = this.evalExpr(t.value, f);
        try {
          PyObject_SetAttr(o, t.attr, null);
        } finally {
          Py_DECREF(o);
        }
        return;
      }
      case "Subscript": {
        const o = this.evalExpr(t.value, f);
        try {
          const k = this.evalExpr(t.index, f);
          try {
            PyObject_DelItem(o, k);
          } finally {
            Py_DECREF(k);
          }
        } finally {
          Py_DECREF(o);
        }
        return;
      }
      case "Tuple":
      case "List":
        for (const e of t.elts) this.del(e, f);
        return;
      default:
        raise(PyExc_SystemError, `cannot delete ${t.kind}`);
    }
  }

  // ------------------------------------------------------------------ expressions

  private evalTruth(e: Expr, f: Frame): boolean {
    const v = this.evalExpr(e, f);
    try {
      return PyObject_IsTrue(v);
    } finally {
      Py_DECREF(v);
    }
  }

  /** Evaluates an expression: a NEW reference. */
  evalExpr(e: Expr, f: Frame): PyObject {
    switch (e.kind) {
      case "Name":
        return this.loadName(e.id, f);
      case "Int":
        return typeof e.value === "number" ? PyLong_FromNumber(e.value) : PyLong_FromBigInt(e.value);
      case "Float":
        return PyFloat_FromDouble(e.value);
      case "Str":
        return PyUnicode_FromString(e.value);
      case "Bytes":
        return PyBytes_FromBytes(e.value);
      case "Const":
        return Py_NewRef(
          e.value === "None"
            ? Py_None
            : e.value === "True"
              ? Py_True
              : e.value === "False"
                ? Py_False
                : Py_Ellipsis,
        );
      case "Tuple":
        return PyTuple_Pack(this.evalList(e.elts, f));
      case "List":
        return PyList_FromArray(this.evalList(e.elts, f));
      case "Dict":
        return this.builtinCall("dict", e, f);
      case "Starred":
        return raise(PyExc_SystemError, "can't use starred expression here");
      case "Slice": {
        const parts: (PyObject | null)[] = [];
        try {
          parts.push(e.lower === null ? null : this.evalExpr(e.lower, f));
          parts.push(e.upper === null ? null : this.evalExpr(e.upper, f));
          parts.push(e.step === null ? null : this.evalExpr(e.step, f));
          return PySlice_New(parts[0]!, parts[1]!, parts[2]!);
        } finally {
          for (const p of parts) if (p !== null) Py_DECREF(p);
        }
      }
      case "Attribute": {
        const o = this.evalExpr(e.value, f);
        try {
          return PyObject_GetAttr(o, e.attr);
        } finally {
          Py_DECREF(o);
        }
      }
      case "Subscript": {
        const o = this.evalExpr(e.value, f);
        try {
          const k = this.evalExpr(e.index, f);
          try {
            return PyObject_GetItem(o, k);
          } finally {
            Py_DECREF(k);
          }
        } finally {
          Py_DECREF(o);
        }
      }
      case "Call":
        return this.evalCall(e, f);
      case "BinOp": {
        const a = this.evalExpr(e.left, f);
        try {
          const b = this.evalExpr(e.right, f);
          try {
            return BINARY[e.op](a, b);
          } finally {
            Py_DECREF(b);
          }
        } finally {
          Py_DECREF(a);
        }
      }
      case "UnaryOp": {
        const v = this.evalExpr(e.operand, f);
        try {
          switch (e.op) {
            case "-":
              return PyNumber_Negative(v);
            case "+":
              return PyNumber_Positive(v);
            case "~":
              return PyNumber_Invert(v);
            case "not":
              return Py_NewRef(PyObject_IsTrue(v) ? Py_False : Py_True);
          }
        } finally {
          Py_DECREF(v);
        }
        break;
      }
      case "BoolOp": {
        const a = this.evalExpr(e.left, f);
        let t: boolean;
        try {
          t = PyObject_IsTrue(a);
        } catch (err) {
          Py_DECREF(a);
          throw err;
        }
        if (t === (e.op === "or")) return a;
        Py_DECREF(a);
        return this.evalExpr(e.right, f);
      }
      case "Compare":
        return this.evalCompare(e, f);
      case "IfExp":
        return this.evalExpr(this.evalTruth(e.test, f) ? e.body : e.orelse, f);
      case "ListComp":
        return this.evalComprehension(e.elt, e.generators, e.generator, f);
      case "Lambda":
        return this.makeFunction("<lambda>", e.params, e.body, f);
    }
    raise(PyExc_SystemError, `unknown expression ${(e as Expr).kind}`);
  }

  /** Evaluates display items, expanding `*x`: owned references. */
  private evalList(elts: Expr[], f: Frame): PyObject[] {
    const out: PyObject[] = [];
    try {
      for (const x of elts) {
        if (x.kind === "Starred") {
          const v = this.evalExpr(x.value, f);
          try {
            iterateInto(v, out, () => `Value after * must be an iterable, not ${v.ob_type.tp_name}`);
          } finally {
            Py_DECREF(v);
          }
        } else {
          out.push(this.evalExpr(x, f));
        }
      }
    } catch (err) {
      for (const o of out) Py_DECREF(o);
      throw err;
    }
    return out;
  }

  private evalCompare(e: Extract<Expr, { kind: "Compare" }>, f: Frame): PyObject {
    let left = this.evalExpr(e.left, f);
    try {
      for (let i = 0; i < e.ops.length; i++) {
        const right = this.evalExpr(e.comparators[i]!, f);
        let r: PyObject;
        try {
          r = compare(e.ops[i]!, left, right);
        } catch (err) {
          Py_DECREF(right);
          throw err;
        }
        if (i === e.ops.length - 1) {
          Py_DECREF(right);
          return r;
        }
        // a < b < c: stop at the first false result, which is the value.
        let t: boolean;
        try {
          t = PyObject_IsTrue(r);
        } catch (err) {
          Py_DECREF(r);
          Py_DECREF(right);
          throw err;
        }
        if (!t) {
          Py_DECREF(right);
          return r;
        }
        Py_DECREF(r);
        Py_DECREF(left);
        left = right;
      }
    } finally {
      Py_DECREF(left);
    }
    raise(PyExc_SystemError, "empty comparison");
  }

  private evalCall(e: Extract<Expr, { kind: "Call" }>, f: Frame): PyObject {
    const fn = this.evalExpr(e.func, f);
    let args: PyObject[] = [];
    let kwargs: KwArgs | null = null;
    try {
      args = this.evalList(e.args, f);
      if (e.keywords.length > 0) {
        kwargs = new Map();
        for (const kw of e.keywords) {
          const v = this.evalExpr(kw.value, f);
          if (kw.name !== null) {
            kwargs.set(kw.name, v);
            continue;
          }
          try {
            mergeKwargs(kwargs, v, fn);
          } finally {
            Py_DECREF(v);
          }
        }
      }
      // `obj.meth(...)`: LOAD_METHOD calls the method descriptor itself
      if (e.func.kind === "Attribute" && kwargs !== null && PyCFunction_Check(fn) && fn.methodCall !== null)
        return fn.methodCall(args, kwargs);
      return PyObject_Call(fn, args, kwargs);
    } finally {
      for (const a of args) Py_DECREF(a);
      if (kwargs !== null) for (const v of kwargs.values()) Py_DECREF(v);
      Py_DECREF(fn);
    }
  }

  private builtinCall(name: string, e: Extract<Expr, { kind: "Dict" }>, f: Frame): PyObject {
    const dict = this.builtins.get(name);
    if (dict === undefined) raise(PyExc_NotImplementedError, "minipy does not support dict displays");
    const pairs: PyObject[] = [];
    try {
      for (let i = 0; i < e.keys.length; i++) {
        const k = this.evalExpr(e.keys[i]!, f);
        let v: PyObject;
        try {
          v = this.evalExpr(e.values[i]!, f);
        } catch (err) {
          Py_DECREF(k);
          throw err;
        }
        pairs.push(PyTuple_Pack([k, v]));
      }
      const lst = PyList_FromArray(pairs.splice(0));
      try {
        return PyObject_Call(dict, [lst], null);
      } finally {
        Py_DECREF(lst);
      }
    } finally {
      for (const p of pairs) Py_DECREF(p);
    }
  }

  /** A comprehension runs in its own scope: its targets do not leak. */
  private evalComprehension(elt: Expr, gens: Comprehension[], generator: boolean, f: Frame): PyObject {
    const names = new Set<string>();
    for (const g of gens) collectTargetNames(g.target, names);
    const inner = new Frame(
      this,
      f.globals,
      generator ? "<genexpr>" : "<listcomp>",
      names,
      new Set(),
      f,
      false,
    );
    const out: PyObject[] = [];
    try {
      // The first iterable is evaluated in the enclosing scope.
      const first = this.evalExpr(gens[0]!.iter, f);
      let it: PyObject;
      try {
        it = PyObject_GetIter(first);
      } finally {
        Py_DECREF(first);
      }
      try {
        this.comprehensionLoop(elt, gens, 0, it, inner, out);
      } finally {
        Py_DECREF(it);
      }
    } catch (err) {
      for (const o of out) Py_DECREF(o);
      throw err;
    } finally {
      releaseFrame(inner);
    }
    const lst = PyList_FromArray(out);
    if (!generator) return lst;
    try {
      // a generator expression runs eagerly here; the result looks like CPython's generator
      return new PyGenExprObject(PyObject_GetIter(lst));
    } finally {
      Py_DECREF(lst);
    }
  }

  private comprehensionLoop(
    elt: Expr,
    gens: Comprehension[],
    i: number,
    it: PyObject,
    f: Frame,
    out: PyObject[],
  ): void {
    const g = gens[i]!;
    for (;;) {
      const item = PyIter_Next(it);
      if (item === null) return;
      try {
        this.assign(g.target, item, f);
      } finally {
        Py_DECREF(item);
      }
      let ok = true;
      for (const c of g.ifs) {
        if (!this.evalTruth(c, f)) {
          ok = false;
          break;
        }
      }
      if (!ok) continue;
      if (i + 1 === gens.length) {
        out.push(this.evalExpr(elt, f));
      } else {
        const src = this.evalExpr(gens[i + 1]!.iter, f);
        let it2: PyObject;
        try {
          it2 = PyObject_GetIter(src);
        } finally {
          Py_DECREF(src);
        }
        try {
          this.comprehensionLoop(elt, gens, i + 1, it2, f, out);
        } finally {
          Py_DECREF(it2);
        }
      }
    }
  }

  // ------------------------------------------------------------------ functions

  private makeFunction(name: string, params: Params, body: Stmt[] | Expr, f: Frame): PyObject {
    const defaults: (PyObject | null)[] = [];
    try {
      for (const d of params.defaults) defaults.push(d === null ? null : this.evalExpr(d, f));
    } catch (err) {
      for (const d of defaults) if (d !== null) Py_DECREF(d);
      throw err;
    }
    const locals = new Set<string>(params.names);
    if (params.vararg !== null) locals.add(params.vararg);
    if (params.kwarg !== null) locals.add(params.kwarg);
    const globalDecl = new Set<string>();
    if (Array.isArray(body)) collectLocals(body, locals, globalDecl);
    for (const g of globalDecl) locals.delete(g);
    if (f.localNames !== null) f.captured = true;
    const fn = new PyFunctionObject(name, params, body, defaults, f, locals);
    return fn;
  }

  /** Calls a `def`/`lambda` function: binds arguments, runs the body in a new frame. */
  callFunction(
    fn: PyFunctionObject,
    scope: Frame,
    args: readonly PyObject[],
    kwargs: KwArgs | null,
  ): PyObject {
    if (this.depth >= RECURSION_LIMIT) raise(PyExc_RecursionError, "maximum recursion depth exceeded");
    const frame = new Frame(this, scope.globals, fn.name, fn.localNames, new Set(), scope, false);
    this.depth++;
    try {
      bindArguments(fn, frame.locals, args, kwargs);
      if (!Array.isArray(fn.body)) return this.evalExpr(fn.body as Expr, frame);
      for (const s of fn.body as Stmt[])
        if (s.kind === "Global") for (const n of s.names) frame.globalDecl.add(n);
      const sig = this.execBlock(fn.body as Stmt[], frame);
      if (sig === Signal.Return) {
        const r = frame.retval!;
        frame.retval = null;
        return r;
      }
      return Py_NewRef(Py_None);
    } catch (e) {
      const pe = toPyError(e);
      addTraceback(pe, frame);
      throw pe;
    } finally {
      this.depth--;
      if (!frame.captured) releaseFrame(frame);
    }
  }

  // ------------------------------------------------------------------ imports

  /** `import name`: from `sys.modules` or the registry. New reference. */
  importModule(name: string): PyObject {
    const cached = this.modules.get(name);
    if (cached !== undefined) return Py_NewRef(cached);
    if (name.startsWith("."))
      raise(PyExc_ImportError, "attempted relative import with no known parent package");
    const dot = name.lastIndexOf(".");
    if (dot > 0) {
      // the parent is imported first; no module here is a package
      const parent = name.slice(0, dot);
      Py_DECREF(this.importModule(parent));
      raise(PyExc_ModuleNotFoundError, `No module named '${name}'; '${parent}' is not a package`);
    }
    const m = loadModuleHook(name);
    if (m === null) raise(PyExc_ModuleNotFoundError, `No module named '${name}'`);
    this.modules.set(name, m);
    return Py_NewRef(m);
  }

  private importFrom(module: string, names: { name: string; asname: string | null }[], f: Frame): void {
    const m = this.importModule(module);
    try {
      if (names.length === 1 && names[0]!.name === "*") {
        for (const [k, v] of moduleDictHook(m)) if (!k.startsWith("_")) this.storeName(k, v, f);
        return;
      }
      for (const { name, asname } of names) {
        let v: PyObject;
        try {
          v = PyObject_GetAttr(m, name);
        } catch (e) {
          if (isPyError(e, PyExc_AttributeError)) {
            raise(PyExc_ImportError, `cannot import name '${name}' from '${module}' (unknown location)`);
          }
          throw e;
        }
        try {
          this.storeName(asname ?? name, v, f);
        } finally {
          Py_DECREF(v);
        }
      }
    } finally {
      Py_DECREF(m);
    }
  }
}

// ---------------------------------------------------------------------- hooks set by other modules

let makeBuiltinsHook: (interp: Interpreter) => Map<string, PyObject> = () => new Map();
let loadModuleHook: (name: string) => PyObject | null = () => null;
let moduleDictHook: (m: PyObject) => Iterable<[string, PyObject]> = () => [];

/** @internal builtins.ts and modules/index.ts register themselves (avoids an import cycle). */
export function _setInterpreterHooks(h: {
  builtins?: (interp: Interpreter) => Map<string, PyObject>;
  loadModule?: (name: string) => PyObject | null;
  moduleDict?: (m: PyObject) => Iterable<[string, PyObject]>;
}): void {
  if (h.builtins) makeBuiltinsHook = h.builtins;
  if (h.loadModule) loadModuleHook = h.loadModule;
  if (h.moduleDict) moduleDictHook = h.moduleDict;
}

// ---------------------------------------------------------------------- helpers

/**
 * PyErrors that own a reference to their exception object: those raised by a
 * `raise` statement (the exception may hold objects in its args). The
 * reference is released when the exception is dropped (handled, suppressed,
 * or reported at the top of a transcript line). Errors raised by the object
 * layer carry untracked exceptions and are not in this set.
 */
const ownedErrors = new WeakSet<PyError>();

/** Raises `exc`, whose reference (owned by the caller) passes to the PyError. */
function raiseOwned(exc: PyBaseExceptionObject): never {
  const pe = new PyError(exc);
  ownedErrors.add(pe);
  throw pe;
}

/** Drops a finished exception: releases the reference its PyError owns, once. */
export function dropError(e: unknown): void {
  if (e instanceof PyError && ownedErrors.delete(e)) Py_DECREF(e.exc);
}

/** Turns any thrown JS value into a `PyError` (internal errors become SystemError). */
export function toPyError(e: unknown): PyError {
  if (e instanceof PyError) return e;
  // A JS stack overflow (RangeError, or a SyntaxError from a regex compiled
  // with no stack left) is Python's RecursionError. No regex here: no stack.
  const m = e instanceof Error ? e.message : "";
  if (m.includes("call stack") || m.includes("Stack overflow")) {
    return new PyError(newException(PyExc_RecursionError, "maximum recursion depth exceeded"));
  }
  const msg = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
  return new PyError(newException(PyExc_SystemError, `minipy internal error: ${msg}`));
}

function addTraceback(pe: PyError, frame: Frame): void {
  let tb = tracebacks.get(pe);
  if (tb === undefined) {
    tb = [];
    tracebacks.set(pe, tb);
  }
  tb.unshift({ name: frame.name, line: frame.line });
}

/** Drops a frame's local bindings (end of a call). */
function releaseFrame(f: Frame): void {
  if (f.localNames === null) return;
  const vals = [...f.locals.values()];
  f.locals.clear();
  for (const v of vals) Py_DECREF(v);
}

function exceptionMatches(pe: PyError, t: PyObject): boolean {
  if (PyTuple_Check(t)) {
    for (const x of (t as PyTupleObject).items) if (exceptionMatches(pe, x)) return true;
    return false;
  }
  if (!PyType_Check(t) || !PyType_IsSubtype(t as PyTypeObject, PyExc_BaseException)) {
    raise(PyExc_TypeError, "catching classes that do not inherit from BaseException is not allowed");
  }
  return pe.matches(t as PyTypeObject);
}

/** Appends an iterable's items (new references) to `out`; `notIterable` words the TypeError. */
function iterateInto(v: PyObject, out: PyObject[], notIterable: () => string): void {
  let it: PyObject;
  try {
    it = PyObject_GetIter(v);
  } catch (e) {
    if (
      isPyError(e, PyExc_TypeError) &&
      v.ob_type.tp_iter === null &&
      v.ob_type.tp_as_sequence?.sq_item === undefined
    ) {
      raise(PyExc_TypeError, notIterable());
    }
    throw e;
  }
  try {
    for (let x = PyIter_Next(it); x !== null; x = PyIter_Next(it)) out.push(x);
  } finally {
    Py_DECREF(it);
  }
}

/** `**mapping` in a call: only dict-like objects with `keys()`. */
function mergeKwargs(into: KwArgs, m: PyObject, fn: PyObject): void {
  let keys: PyObject;
  try {
    keys = PyObject_GetAttr(m, "keys");
  } catch (e) {
    if (isPyError(e, PyExc_AttributeError)) {
      raise(PyExc_TypeError, `${funcDesc(fn)} argument after ** must be a mapping, not ${m.ob_type.tp_name}`);
    }
    throw e;
  }
  const ks = PyObject_Call(keys, [], null);
  Py_DECREF(keys);
  const list: PyObject[] = [];
  try {
    iterateInto(ks, list, () => "keys() is not iterable");
  } finally {
    Py_DECREF(ks);
  }
  try {
    for (const k of list) {
      const name = (k as { value?: unknown }).value;
      if (typeof name !== "string") raise(PyExc_TypeError, "keywords must be strings");
      if (into.has(name))
        raise(PyExc_TypeError, `${funcDesc(fn)} got multiple values for keyword argument '${name}'`);
      into.set(name, PyObject_GetItem(m, k));
    }
  } finally {
    for (const k of list) Py_DECREF(k);
  }
}

function funcDesc(fn: PyObject): string {
  if (fn instanceof PyFunctionObject) return `${fn.name}()`;
  return `${repr(fn).replace(/^<built-in function (\w+)>$/, "$1()")}`;
}

/** `UNPACK_SEQUENCE` / `UNPACK_EX`: owned references, one per target (a starred one gets a list). */
function unpack(v: PyObject, targets: Expr[]): PyObject[] {
  const star = targets.findIndex((t) => t.kind === "Starred");
  const n = targets.length;
  const items: PyObject[] = [];
  let it: PyObject;
  try {
    it = PyObject_GetIter(v);
  } catch (e) {
    if (isPyError(e, PyExc_TypeError))
      raise(PyExc_TypeError, `cannot unpack non-iterable ${v.ob_type.tp_name} object`);
    throw e;
  }
  try {
    if (star < 0) {
      for (let i = 0; i < n; i++) {
        const x = PyIter_Next(it);
        if (x === null) raise(PyExc_ValueError, `not enough values to unpack (expected ${n}, got ${i})`);
        items.push(x);
      }
      const extra = PyIter_Next(it);
      if (extra !== null) {
        Py_DECREF(extra);
        raise(PyExc_ValueError, `too many values to unpack (expected ${n})`);
      }
      return items;
    }
    const rest: PyObject[] = [];
    for (let x = PyIter_Next(it); x !== null; x = PyIter_Next(it)) rest.push(x);
    const need = n - 1;
    if (rest.length < need) {
      for (const x of rest) Py_DECREF(x);
      raise(PyExc_ValueError, `not enough values to unpack (expected at least ${need}, got ${rest.length})`);
    }
    const after = n - star - 1;
    items.push(...rest.slice(0, star));
    items.push(PyList_FromArray(rest.slice(star, rest.length - after)));
    items.push(...rest.slice(rest.length - after));
    return items;
  } catch (e) {
    for (const x of items) Py_DECREF(x);
    throw e;
  } finally {
    Py_DECREF(it);
  }
}

const CMP: Record<string, CompareOp> = {
  "<": Py_LT,
  "<=": Py_LE,
  "==": Py_EQ,
  "!=": Py_NE,
  ">": Py_GT,
  ">=": Py_GE,
};

function compare(op: CmpOpName, a: PyObject, b: PyObject): PyObject {
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

function matmul(a: PyObject, b: PyObject): PyObject {
  raise(
    PyExc_TypeError,
    `unsupported operand type(s) for @: '${a.ob_type.tp_name}' and '${b.ob_type.tp_name}'`,
  );
}

const BINARY: Record<BinOpName, (a: PyObject, b: PyObject) => PyObject> = {
  "+": PyNumber_Add,
  "-": PyNumber_Subtract,
  "*": PyNumber_Multiply,
  "/": PyNumber_TrueDivide,
  "//": PyNumber_FloorDivide,
  "%": PyNumber_Remainder,
  "**": (a, b) => PyNumber_Power(a, b, Py_None),
  "<<": PyNumber_Lshift,
  ">>": PyNumber_Rshift,
  "&": PyNumber_And,
  "|": PyNumber_Or,
  "^": PyNumber_Xor,
  "@": matmul,
};

const INPLACE: Record<BinOpName, (a: PyObject, b: PyObject) => PyObject> = {
  "+": PyNumber_InPlaceAdd,
  "-": PyNumber_InPlaceSubtract,
  "*": PyNumber_InPlaceMultiply,
  "/": (a, b) => PyNumber_InPlaceOp("/", a, b),
  "//": (a, b) => PyNumber_InPlaceOp("//", a, b),
  "%": (a, b) => PyNumber_InPlaceOp("%", a, b),
  "**": (a, b) => PyNumber_InPlaceOp("**", a, b),
  "<<": (a, b) => PyNumber_InPlaceOp("<<", a, b),
  ">>": (a, b) => PyNumber_InPlaceOp(">>", a, b),
  "&": (a, b) => PyNumber_InPlaceOp("&", a, b),
  "|": (a, b) => PyNumber_InPlaceOp("|", a, b),
  "^": (a, b) => PyNumber_InPlaceOp("^", a, b),
  "@": (a, b) => {
    raise(
      PyExc_TypeError,
      `unsupported operand type(s) for @=: '${a.ob_type.tp_name}' and '${b.ob_type.tp_name}'`,
    );
  },
};

/** Binds call arguments to a function's parameters, with CPython's messages. */
function bindArguments(
  fn: PyFunctionObject,
  locals: Map<string, PyObject>,
  args: readonly PyObject[],
  kwargs: KwArgs | null,
): void {
  const p = fn.params;
  const n = p.names.length;
  const name = fn.name;
  const bind = (k: string, v: PyObject): void => {
    Py_INCREF(v);
    locals.set(k, v);
  };
  if (args.length > n && p.vararg === null) {
    const ndef = p.defaults.filter((d) => d !== null).length;
    const kwGiven = kwargs === null ? 0 : [...kwargs.keys()].filter((k) => p.names.includes(k)).length;
    const takes =
      ndef > 0
        ? `from ${n - ndef} to ${n} positional arguments`
        : `${n} positional argument${n === 1 ? "" : "s"}`;
    const given =
      kwGiven > 0
        ? `${args.length} positional argument${args.length === 1 ? "" : "s"} (and ${kwGiven} keyword-only argument${kwGiven === 1 ? "" : "s"})`
        : `${args.length}`;
    raise(
      PyExc_TypeError,
      `${name}() takes ${takes} but ${given} ${args.length === 1 && kwGiven === 0 ? "was" : "were"} given`,
    );
  }
  for (let i = 0; i < Math.min(n, args.length); i++) bind(p.names[i]!, args[i]!);
  if (p.vararg !== null) bind(p.vararg, PyTuple_Pack(args.slice(n).map((a) => Py_NewRef(a))));
  if (p.vararg !== null) Py_DECREF(locals.get(p.vararg)!);
  let extra: Map<string, PyObject> | null = null;
  if (kwargs !== null) {
    for (const [k, v] of kwargs) {
      const i = p.names.indexOf(k);
      if (i < 0) {
        if (p.kwarg === null) raise(PyExc_TypeError, `${name}() got an unexpected keyword argument '${k}'`);
        extra ??= new Map();
        extra.set(k, v);
        continue;
      }
      if (locals.has(k)) raise(PyExc_TypeError, `${name}() got multiple values for argument '${k}'`);
      bind(k, v);
    }
  }
  const missing: string[] = [];
  for (let i = 0; i < n; i++) {
    const k = p.names[i]!;
    if (locals.has(k)) continue;
    const d = fn.defaults[i];
    if (d !== null && d !== undefined) bind(k, d);
    else missing.push(k);
  }
  if (missing.length > 0) {
    const quoted = missing.map((m) => `'${m}'`);
    const list =
      quoted.length === 1
        ? quoted[0]
        : quoted.length === 2
          ? `${quoted[0]} and ${quoted[1]}`
          : `${quoted.slice(0, -1).join(", ")}, and ${quoted[quoted.length - 1]}`;
    raise(
      PyExc_TypeError,
      `${name}() missing ${missing.length} required positional argument${missing.length === 1 ? "" : "s"}: ${list}`,
    );
  }
  if (p.kwarg !== null) {
    const d = makeKwargsDictHook(extra ?? new Map());
    locals.set(p.kwarg, d);
  }
}

let makeKwargsDictHook: (m: Map<string, PyObject>) => PyObject = () =>
  raise(PyExc_NotImplementedError, "minipy does not support **kwargs parameters");

/** @internal builtins.ts supplies a dict type when it has one. */
export function _setKwargsDictHook(h: (m: Map<string, PyObject>) => PyObject): void {
  makeKwargsDictHook = h;
}

/** Names a function body binds (its locals), not looking into nested functions. */
function collectLocals(body: Stmt[], out: Set<string>, globals: Set<string>): void {
  for (const s of body) {
    switch (s.kind) {
      case "Assign":
        for (const t of s.targets) collectTargetNames(t, out);
        break;
      case "AugAssign":
        collectTargetNames(s.target, out);
        break;
      case "Delete":
        for (const t of s.targets) collectTargetNames(t, out);
        break;
      case "For":
        collectTargetNames(s.target, out);
        collectLocals(s.body, out, globals);
        collectLocals(s.orelse, out, globals);
        break;
      case "While":
        collectLocals(s.body, out, globals);
        collectLocals(s.orelse, out, globals);
        break;
      case "If":
        collectLocals(s.body, out, globals);
        collectLocals(s.orelse, out, globals);
        break;
      case "With":
        for (const it of s.items) if (it.target !== null) collectTargetNames(it.target, out);
        collectLocals(s.body, out, globals);
        break;
      case "Try":
        collectLocals(s.body, out, globals);
        for (const h of s.handlers) {
          if (h.name !== null) out.add(h.name);
          collectLocals(h.body, out, globals);
        }
        collectLocals(s.orelse, out, globals);
        collectLocals(s.finalbody, out, globals);
        break;
      case "FunctionDef":
        out.add(s.name);
        break;
      case "Import":
        for (const n of s.names) out.add(n.asname ?? n.name.split(".")[0]!);
        break;
      case "ImportFrom":
        for (const n of s.names) out.add(n.asname ?? n.name);
        break;
      case "Global":
        for (const n of s.names) globals.add(n);
        break;
      default:
        break;
    }
  }
}

function collectTargetNames(t: Expr, out: Set<string>): void {
  if (t.kind === "Name") out.add(t.id);
  else if (t.kind === "Tuple" || t.kind === "List") for (const e of t.elts) collectTargetNames(e, out);
  else if (t.kind === "Starred") collectTargetNames(t.value, out);
}

/** Used by builtins: is `e` the exception StopIteration (for next()). */
export function isStopIteration(e: unknown): boolean {
  return isPyError(e, PyExc_StopIteration);
}

/** The result of a generator expression (`<generator object <genexpr> at 0x...>`), over its items. */
class PyGenExprObject extends PyObject {
  /** The iterator over the items (owned); null once deallocated. */
  it: PyObject | null;
  constructor(it: PyObject) {
    super(PyGenExpr_Type);
    this.it = it;
  }
}

const PyGenExpr_Type: PyTypeObject = new PyTypeObject({
  name: "generator",
  repr: (o) => `<generator object <genexpr> at ${Py_Address(o)}>`,
  iter: (o) => Py_NewRef(o),
  iternext: (o) => {
    const it = (o as PyGenExprObject).it;
    return it === null ? null : PyIter_Next(it);
  },
  dealloc: (o) => {
    const g = o as PyGenExprObject;
    const it = g.it;
    g.it = null;
    if (it !== null) Py_DECREF(it);
  },
});
