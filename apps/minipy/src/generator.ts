/**
 * Generator functions and generator expressions: their bodies run as JS
 * generators, statement by statement, so that a `yield` can pause them
 * (`Objects/genobject.c`, `YIELD_VALUE`, `SEND` of `Python/ceval.c`).
 *
 * Statements that do not yield run through the ordinary executor
 * (`execStmt`); the ones that do (a `yield` as a statement, as an
 * assignment's or `return`'s value, or inside `if`/`while`/`for`/`try`/`with`)
 * have their generator versions here.
 */
import {
  owned,
  Py_DECREF,
  Py_False,
  Py_NewRef,
  Py_None,
  Py_True,
  type PyError,
  PyExc_NotImplementedError,
  PyIter_Next,
  PyList_FromArray,
  PyNumber_Invert,
  PyNumber_Negative,
  PyNumber_Positive,
  type PyObject,
  PyObject_Call,
  PyObject_GetAttr,
  PyObject_GetItem,
  PyObject_IsTrue,
  PyTuple_Pack,
  PyUnicode_FromString,
  raise,
} from "@py/object";
import type { Comprehension, Expr, FormattedValue, Stmt } from "./ast.js";
import { formatValue } from "./expressions.js";
import { Frame, releaseFrame, Signal, storeName, unbindName } from "./frame.js";
import type { PyFunctionObject } from "./function.js";
import { type GeneratorBody, PyExc_GeneratorExit, PyGenObject } from "./gen-object.js";
import { collectTargetNames, containsYield } from "./local-names.js";
import { BINARY, compare, INPLACE } from "./operators.js";
import { chainContext, exceptionMatches, forNext, StatementExecutor } from "./statements.js";
import { addTraceback, dropError, noteLocation, toPyError } from "./tracebacks.js";

type Gen<T> = Generator<PyObject, T, PyObject | null>;
type TryStmt = Extract<Stmt, { kind: "Try" }>;

/** Whether a statement yields (cached per statement). */
const yields = new WeakMap<Stmt, boolean>();
function stmtYields(s: Stmt): boolean {
  let y = yields.get(s);
  if (y === undefined) {
    y = containsYield(s);
    yields.set(s, y);
  }
  return y;
}

function unsupportedYield(): never {
  raise(
    PyExc_NotImplementedError,
    "minipy supports yield as a statement or as the value of an assignment or return",
  );
}

/** Generators, on the statement executor. */
export abstract class GeneratorExecutor extends StatementExecutor {
  /** A call of a generator function: the generator over its body, in the bound frame. */
  protected makeGenerator(fn: PyFunctionObject, frame: Frame): PyObject {
    return new PyGenObject(this.runGenerator(fn, frame), fn.qualname, () => {
      if (!frame.captured) releaseFrame(frame);
    });
  }

  private *runGenerator(fn: PyFunctionObject, frame: Frame): GeneratorBody {
    try {
      const sig = yield* this.genBlock(fn.body as Stmt[], frame);
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
    }
  }

  /** `(elt for t in it ...)`: the first iterable is taken now, in the enclosing scope. */
  protected makeGenExpr(elt: Expr, gens: Comprehension[], f: Frame): PyObject {
    const names = new Set<string>();
    for (const g of gens) collectTargetNames(g.target, names);
    const inner = new Frame(f.interp, f.globals, "<genexpr>", names, new Set(), f, false);
    if (f.localNames !== null) f.captured = true;
    const it = this.evalIter(gens[0]!.iter, f);
    const self = this;
    function* body(): GeneratorBody {
      try {
        yield* self.genComprehension(elt, gens, 0, it, inner);
        return Py_NewRef(Py_None);
      } catch (e) {
        const pe = toPyError(e);
        addTraceback(pe, inner);
        throw pe;
      }
    }
    return new PyGenObject(body(), "<genexpr>", () => {
      Py_DECREF(it);
      releaseFrame(inner);
    });
  }

  private *genComprehension(elt: Expr, gens: Comprehension[], i: number, it: PyObject, f: Frame): Gen<void> {
    const g = gens[i]!;
    for (;;) {
      const next = PyIter_Next(it);
      if (next === null) return;
      try {
        this.assign(g.target, next, f);
      } finally {
        Py_DECREF(next);
      }
      if (!g.ifs.every((c) => this.evalTruth(c, f))) continue;
      if (i + 1 === gens.length) {
        yield this.evalExpr(elt, f);
      } else {
        const it2 = this.evalIter(gens[i + 1]!.iter, f);
        try {
          yield* this.genComprehension(elt, gens, i + 1, it2, f);
        } finally {
          Py_DECREF(it2);
        }
      }
    }
  }

  private *genBlock(body: Stmt[], f: Frame): Gen<Signal> {
    for (const s of body) {
      const sig = stmtYields(s) ? yield* this.genStmt(s, f) : this.execStmt(s, f);
      if (sig !== Signal.Normal) return sig;
    }
    return Signal.Normal;
  }

  /** An expression that may be a `yield` or `yield from` at its top: a NEW reference. */
  private *genExpr(e: Expr, f: Frame): Gen<PyObject> {
    try {
      if (e.kind === "Yield") {
        const v = e.value === null ? Py_NewRef(Py_None) : yield* this.genExpr(e.value, f);
        const sent = yield v;
        return Py_NewRef(sent ?? Py_None);
      }
      if (e.kind === "YieldFrom") return yield* this.yieldFrom(e.value, f);
      if (!containsYield(e)) return this.evalExpr(e, f);
      return yield* this.genCompound(e, f);
    } catch (err) {
      // an exception thrown in at a paused yield is raised there
      noteLocation(err, e.loc);
      throw err;
    }
  }

  /** The operands of an expression holding a `yield`, left to right: NEW references. */
  private *genOperands(es: Expr[], f: Frame): Gen<PyObject[]> {
    const out: PyObject[] = [];
    try {
      for (const x of es) {
        if (x.kind === "Starred") unsupportedYield();
        out.push(yield* this.genExpr(x, f));
      }
    } catch (err) {
      for (const o of out) Py_DECREF(o);
      throw err;
    }
    return out;
  }

  /**
   * An expression with a `yield` inside (`print((yield))`, `a + (yield b)`):
   * its operands are evaluated in order, each of them possibly pausing.
   */
  private *genCompound(e: Expr, f: Frame): Gen<PyObject> {
    switch (e.kind) {
      case "Call": {
        if (e.keywords.some((k) => k.name === null)) unsupportedYield();
        const parts = yield* this.genOperands([e.func, ...e.args, ...e.keywords.map((k) => k.value)], f);
        try {
          const [fn, ...rest] = parts;
          const args = rest.slice(0, e.args.length);
          const kw = e.keywords.length === 0 ? null : new Map<string, PyObject>();
          for (const [i, k] of e.keywords.entries()) kw?.set(k.name!, rest[e.args.length + i]!);
          return PyObject_Call(fn!, args, kw);
        } finally {
          for (const p of parts) Py_DECREF(p);
        }
      }
      case "Tuple":
      case "List": {
        const items = yield* this.genOperands(e.elts, f);
        return e.kind === "Tuple" ? PyTuple_Pack(items) : PyList_FromArray(items);
      }
      case "BinOp":
      case "Compare":
      case "Subscript": {
        const ops =
          e.kind === "BinOp"
            ? [e.left, e.right]
            : e.kind === "Subscript"
              ? [e.value, e.index]
              : [e.left, ...e.comparators];
        if (e.kind === "Compare" && e.ops.length !== 1) unsupportedYield();
        const [a, b] = yield* this.genOperands(ops, f);
        try {
          if (e.kind === "BinOp") return BINARY[e.op](a!, b!);
          if (e.kind === "Subscript") return PyObject_GetItem(a!, b!);
          return compare(e.ops[0]!, a!, b!);
        } finally {
          Py_DECREF(a!);
          Py_DECREF(b!);
        }
      }
      case "Attribute": {
        using o = owned(yield* this.genExpr(e.value, f));
        return PyObject_GetAttr(o.obj, e.attr);
      }
      case "UnaryOp": {
        using v = owned(yield* this.genExpr(e.operand, f));
        if (e.op === "not") return Py_NewRef(PyObject_IsTrue(v.obj) ? Py_False : Py_True);
        return e.op === "-"
          ? PyNumber_Negative(v.obj)
          : e.op === "+"
            ? PyNumber_Positive(v.obj)
            : PyNumber_Invert(v.obj);
      }
      case "IfExp": {
        const t = yield* this.genTruth(e.test, f);
        return yield* this.genExpr(t ? e.body : e.orelse, f);
      }
      case "BoolOp": {
        const a = yield* this.genExpr(e.left, f);
        let t: boolean;
        try {
          t = PyObject_IsTrue(a);
        } catch (err) {
          Py_DECREF(a);
          throw err;
        }
        if (t === (e.op === "or")) return a;
        Py_DECREF(a);
        return yield* this.genExpr(e.right, f);
      }
      case "JoinedStr":
        return PyUnicode_FromString(yield* this.genJoinedStr(e.parts, f));
      default:
        return unsupportedYield();
    }
  }

  /** An f-string whose fields may yield. */
  private *genJoinedStr(parts: (string | FormattedValue)[], f: Frame): Gen<string> {
    let out = "";
    for (const p of parts) {
      if (typeof p === "string") {
        out += p;
        continue;
      }
      using v = owned(yield* this.genExpr(p.value, f));
      const spec =
        p.spec === null
          ? ""
          : yield* this.genJoinedStr((p.spec as { parts: (string | FormattedValue)[] }).parts, f);
      out += formatValue(v.obj, p.conversion, spec);
    }
    return out;
  }

  /** `yield from it`: values, `send()` and `throw()` pass through; its value is the sub-generator's return value. */
  private *yieldFrom(e: Expr, f: Frame): Gen<PyObject> {
    using it = owned(this.evalIter(e, f));
    const sub = it.obj;
    if (!(sub instanceof PyGenObject)) {
      for (let x = PyIter_Next(sub); x !== null; x = PyIter_Next(sub)) yield x;
      return Py_NewRef(Py_None);
    }
    let sent: PyObject | null = null;
    let thrown: PyError | null = null;
    for (;;) {
      const r = sub.resume(sent, thrown);
      if (r.done) return r.value;
      try {
        sent = yield r.value;
        thrown = null;
      } catch (err) {
        const pe = toPyError(err);
        if (pe.matches(PyExc_GeneratorExit)) {
          sub.close();
          throw pe;
        }
        thrown = pe;
        sent = null;
      }
    }
  }

  private *genStmt(s: Stmt, f: Frame): Gen<Signal> {
    f.line = s.loc.line;
    f.stmtLoc = s.loc;
    switch (s.kind) {
      case "Expr": {
        Py_DECREF(yield* this.genExpr(s.value, f));
        return Signal.Normal;
      }
      case "Assign": {
        const v = yield* this.genExpr(s.value, f);
        try {
          for (const t of s.targets) this.assign(t, v, f);
        } finally {
          Py_DECREF(v);
        }
        return Signal.Normal;
      }
      case "Return":
        f.retval = s.value === null ? Py_NewRef(Py_None) : yield* this.genExpr(s.value, f);
        return Signal.Return;
      case "AugAssign": {
        if (s.target.kind !== "Name") unsupportedYield();
        using cur = owned(this.evalExpr(s.target, f));
        using v = owned(yield* this.genExpr(s.value, f));
        using r = owned(INPLACE[s.op](cur.obj, v.obj));
        storeName(s.target.id, r.obj, f);
        return Signal.Normal;
      }
      case "If": {
        const t = yield* this.genTruth(s.test, f);
        return yield* this.genBlock(t ? s.body : s.orelse, f);
      }
      case "While": {
        while (yield* this.genTruth(s.test, f)) {
          const sig = yield* this.genBlock(s.body, f);
          if (sig === Signal.Break) return Signal.Normal;
          if (sig === Signal.Return) return sig;
          f.line = s.loc.line;
          f.stmtLoc = s.loc;
        }
        return yield* this.genBlock(s.orelse, f);
      }
      case "For": {
        if (containsYield(s.iter) || containsYield(s.target)) unsupportedYield();
        {
          using it = owned(this.evalIter(s.iter, f));
          for (;;) {
            const next = forNext(it.obj, s.loc);
            if (next === null) break;
            try {
              this.assign(s.target, next, f);
            } finally {
              Py_DECREF(next);
            }
            const sig = yield* this.genBlock(s.body, f);
            if (sig === Signal.Break) return Signal.Normal;
            if (sig === Signal.Return) return sig;
          }
        }
        return yield* this.genBlock(s.orelse, f);
      }
      case "Try":
        return yield* this.genTry(s, f);
      case "With":
        return yield* this.genWith(s.items, 0, s.body, f);
      default:
        return unsupportedYield();
    }
  }

  private *genTruth(e: Expr, f: Frame): Gen<boolean> {
    if (!containsYield(e)) return this.evalTruth(e, f);
    using v = owned(yield* this.genExpr(e, f));
    return PyObject_IsTrue(v.obj);
  }

  private *genTry(s: TryStmt, f: Frame): Gen<Signal> {
    let sig: Signal = Signal.Normal;
    /** The exception going through the finally block, if any (the context of one it raises). */
    let inflight: PyError | null = null;
    try {
      let raised: PyError | null = null;
      try {
        sig = yield* this.genBlock(s.body, f);
      } catch (e) {
        raised = toPyError(e);
        addTraceback(raised, f);
      }
      if (raised === null) {
        if (sig === Signal.Normal) sig = yield* this.genBlock(s.orelse, f);
      } else {
        sig = yield* this.genHandle(raised, s.handlers, f);
      }
    } catch (e) {
      inflight = toPyError(e);
      throw inflight;
    } finally {
      if (s.finalbody.length > 0) {
        const saved = f.retval;
        let fsig: Signal;
        try {
          fsig = yield* this.genBlock(s.finalbody, f);
        } catch (e) {
          const raised = toPyError(e);
          if (inflight !== null && raised !== inflight) chainContext(raised, inflight);
          // biome-ignore lint/correctness/noUnsafeFinally: an exception in finally replaces the pending one
          throw raised;
        }
        if (fsig !== Signal.Normal) {
          if (saved !== null && fsig === Signal.Return && saved !== f.retval) Py_DECREF(saved);
          // biome-ignore lint/correctness/noUnsafeFinally: Python semantics of finally
          return fsig;
        }
      }
    }
    return sig;
  }

  private *genHandle(pe: PyError, handlers: TryStmt["handlers"], f: Frame): Gen<Signal> {
    for (const h of handlers) {
      if (h.type !== null) {
        using t = owned(this.evalExpr(h.type, f));
        if (!exceptionMatches(pe, t.obj)) continue;
      }
      let sig: Signal;
      try {
        if (h.name !== null) storeName(h.name, pe.exc, f);
        this.handling.push(pe);
        try {
          sig = yield* this.genBlock(h.body, f);
        } finally {
          this.handling.splice(this.handling.lastIndexOf(pe), 1);
          if (h.name !== null) unbindName(h.name, f);
        }
      } catch (e) {
        const raised = toPyError(e);
        if (raised !== pe) {
          chainContext(raised, pe);
          dropError(pe);
        }
        throw raised;
      }
      dropError(pe);
      return sig;
    }
    throw pe;
  }

  private *genWith(
    items: { context: Expr; target: Expr | null }[],
    i: number,
    body: Stmt[],
    f: Frame,
  ): Gen<Signal> {
    if (i === items.length) return yield* this.genBlock(body, f);
    const item = items[i]!;
    const { exit, entered } = this.enterContext(item.context, f);
    let sig: Signal = Signal.Normal;
    let raised: PyError | null = null;
    try {
      {
        using ent = owned(entered);
        if (item.target !== null) this.assign(item.target, ent.obj, f);
      }
      sig = yield* this.genWith(items, i + 1, body, f);
    } catch (e) {
      raised = toPyError(e);
    }
    return this.exitContext(exit, raised) ? Signal.Normal : sig;
  }
}
