/**
 * Calls: the `CALL` of an expression (positional, `*args`, keywords,
 * `**mapping`), making `def`/`lambda` functions, and running a function's
 * body in a new frame (`_PyEval_Vector`), with the recursion limit.
 */
import {
  isPyError,
  type KwArgs,
  owned,
  Py_DECREF,
  Py_EnterRecursiveCall,
  Py_LeaveRecursiveCall,
  Py_NewRef,
  Py_None,
  PyCFunction_Check,
  type PyObject,
  PyExc_AttributeError,
  PyExc_TypeError,
  PyObject_Call,
  PyObject_GetAttr,
  PyObject_GetItem,
  PyObject_SetAttr,
  PySuper_Type,
  PyDict_New,
  PyDict_SetItemString,
  PyUnicode_FromString,
  raise,
  str,
} from "@py/object";
import { bindArguments } from "./arguments.js";
import type { Expr, Params, Stmt } from "./ast.js";
import { iterateInto } from "./expressions.js";
import { Frame, releaseFrame, Signal } from "./frame.js";
import { type FunctionNames, PyFunctionObject } from "./function.js";
import { collectLocals } from "./local-names.js";
import { TargetEvaluator } from "./targets.js";
import { addTraceback, toPyError } from "./tracebacks.js";

/** The static scope of a function: its locals (parameters and names bound in the body), globals, nonlocals. */
function functionNames(params: Params, body: Stmt[] | Expr): FunctionNames {
  const locals = new Set<string>(params.names);
  for (const k of params.kwonly) locals.add(k);
  if (params.vararg !== null) locals.add(params.vararg);
  if (params.kwarg !== null) locals.add(params.kwarg);
  const globals = new Set<string>();
  const nonlocals = new Set<string>();
  if (Array.isArray(body)) collectLocals(body, locals, globals, nonlocals);
  for (const g of globals) locals.delete(g);
  for (const n of nonlocals) locals.delete(n);
  return { locals, globals, nonlocals };
}

/**
 * `_PyObject_FunctionStr`: how a callable is named in call errors,
 * `module.qualname()` (`__main__.f()`, `__main__.C.m()`), `qualname()` for
 * builtins (`print()`, `list.append()`), else its str.
 */
function funcDesc(fn: PyObject): string {
  const attr = (name: string): PyObject | null => {
    try {
      return PyObject_GetAttr(fn, name);
    } catch (e) {
      if (isPyError(e, PyExc_AttributeError)) return null;
      throw e;
    }
  };
  const q = attr("__qualname__");
  if (q === null) return str(fn);
  using qualname = owned(q);
  const m = attr("__module__");
  using module = owned(m ?? Py_NewRef(Py_None));
  const mod = module.obj === Py_None ? null : str(module.obj);
  return mod === null || mod === "builtins" ? `${str(qualname.obj)}()` : `${mod}.${str(qualname.obj)}()`;
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
  {
    using k = owned(ks);
    iterateInto(k.obj, list, () => "keys() is not iterable");
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

/** Calls and functions, on the evaluator of expressions and targets. */
export abstract class CallEvaluator extends TargetEvaluator {
  /** The frame making the call being made now (what `dir()` without arguments reads, as `PyEval_GetFrame`). */
  callerFrame: Frame | null = null;

  /** Runs a block of statements (`statements.ts`). */
  abstract execBlock(body: Stmt[], f: Frame): Signal;

  protected evalCall(e: Extract<Expr, { kind: "Call" }>, f: Frame): PyObject {
    // a per-item path: try/finally, not `using` (see expressions.ts)
    const fn = this.evalExpr(e.func, f);
    if (fn === PySuper_Type && e.args.length === 0 && e.keywords.length === 0 && e.func.kind === "Name") {
      Py_DECREF(fn);
      return this.zeroArgSuper(f);
    }
    let args: PyObject[] = [];
    let kwargs: KwArgs | null = null;
    try {
      args = this.evalList(
        e.args,
        f,
        (v) => `${funcDesc(fn)} argument after * must be an iterable, not ${v.ob_type.tp_name}`,
      );
      if (e.keywords.length > 0) {
        kwargs = new Map();
        for (const kw of e.keywords) {
          const v = this.evalExpr(kw.value, f);
          if (kw.name !== null) {
            kwargs.set(kw.name, v);
            continue;
          }
          using m = owned(v);
          mergeKwargs(kwargs, m.obj, fn);
        }
      }
      this.callerFrame = f;
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

  protected makeFunction(
    name: string,
    params: Params,
    body: Stmt[] | Expr,
    f: Frame,
    isGenerator = false,
    returns: Expr | null = null,
  ): PyObject {
    const defaults: PyObject[] = [];
    let kwdefaults: PyObject | null = null;
    let annotations: PyObject | null = null;
    try {
      for (const d of params.defaults) if (d !== null) defaults.push(this.evalExpr(d, f));
      params.kwDefaults.forEach((d, i) => {
        if (d === null) return;
        kwdefaults ??= PyDict_New();
        using v = owned(this.evalExpr(d, f));
        PyDict_SetItemString(kwdefaults, params.kwonly[i]!, v.obj);
      });
      // the annotations, evaluated after the defaults (parameters in order, then `return`)
      const anns = [...(params.annotations ?? [])];
      if (returns !== null) anns.push({ name: "return", annotation: returns });
      for (const a of anns) {
        annotations ??= PyDict_New();
        using v = owned(this.evalExpr(a.annotation, f));
        PyDict_SetItemString(annotations, a.name, v.obj);
      }
      const names = functionNames(params, body);
      if (f.localNames !== null) f.captured = true;
      const code = { params, body, names, isGenerator, scope: f };
      const fn = new PyFunctionObject(name, f.qualPrefix + name, code, defaults, kwdefaults);
      const first = Array.isArray(body) ? body[0] : undefined;
      if (first?.kind === "Expr" && first.value.kind === "Str") {
        using doc = owned(PyUnicode_FromString(first.value.value));
        PyObject_SetAttr(fn, "__doc__", doc.obj);
      }
      const module = f.globals.get("__name__");
      if (module !== undefined) PyObject_SetAttr(fn, "__module__", module);
      if (annotations !== null) PyObject_SetAttr(fn, "__annotations__", annotations);
      return fn;
    } finally {
      for (const d of defaults) Py_DECREF(d);
      if (kwdefaults !== null) Py_DECREF(kwdefaults);
      if (annotations !== null) Py_DECREF(annotations);
    }
  }

  /** Zero-argument `super()` in the frame `f` (class-builder.ts). */
  protected abstract zeroArgSuper(f: Frame): PyObject;

  /** Makes the generator object of a call to a generator function (generator.ts). */
  protected abstract makeGenerator(fn: PyFunctionObject, frame: Frame): PyObject;

  /** Calls a `def`/`lambda` function: binds arguments, runs the body in a new frame. */
  callFunction(
    fn: PyFunctionObject,
    scope: Frame,
    args: readonly PyObject[],
    kwargs: KwArgs | null,
  ): PyObject {
    const frame = new Frame(
      this,
      scope.globals,
      fn.name,
      fn.names.locals,
      fn.names.globals,
      scope,
      false,
      fn.names.nonlocals,
      false,
      `${fn.qualname}.<locals>.`,
    );
    frame.firstArg = fn.params.names[0] ?? fn.params.vararg;
    try {
      bindArguments(fn, frame.locals, args, kwargs);
    } catch (e) {
      // raised in the caller's frame, as CPython binds arguments before the call
      releaseFrame(frame);
      throw e;
    }
    frame.line = Array.isArray(fn.body) ? (fn.body[0]?.loc.line ?? 0) : fn.body.loc.line;
    if (fn.isGenerator) return this.makeGenerator(fn, frame);
    try {
      // `_Py_EnterRecursivePy`: each frame takes a level of the recursion limit
      Py_EnterRecursiveCall("");
    } catch (e) {
      // raised before the frame runs: no traceback entry of its own
      releaseFrame(frame);
      throw e;
    }
    try {
      if (!Array.isArray(fn.body)) return this.evalExpr(fn.body as Expr, frame);
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
      Py_LeaveRecursiveCall();
      if (!frame.captured) releaseFrame(frame);
    }
  }
}
