/**
 * Expressions: `evalExpr` and what it needs (names, displays, comparisons,
 * comprehensions), over the abstract API of `@py/object` — the expression
 * opcodes of CPython's `Python/ceval.c`.
 *
 * Reference invariants (as in ceval): `evalExpr` returns a NEW reference;
 * every temporary is released as soon as it is dropped, also when an
 * exception unwinds: by `using ref = owned(o)` (at the end of its block, in
 * reverse order of creation), or — on the paths that run once per item of a
 * loop (names, attributes, subscripts, operators, comparisons, calls, the
 * assignments and loops that run them) — by try/finally in the same order.
 * `using` is lowered for ES2022 (Node 20 has none) to a disposal stack per
 * block, which made loop-heavy scripts about 1.7x slower on those paths.
 */
import {
  instanceDict,
  isPyError,
  newException,
  owned,
  Py_DECREF,
  Py_EnterRecursiveCall,
  Py_LeaveRecursiveCall,
  Py_Ellipsis,
  Py_False,
  Py_NewRef,
  Py_None,
  Py_True,
  PyDict_New,
  PyDict_Next,
  PyDict_SetItem,
  PyDict_Update,
  PyError,
  PyExc_AttributeError,
  PyExc_NameError,
  PyExc_SyntaxError,
  PyExc_SystemError,
  PyExc_TypeError,
  PyExc_UnboundLocalError,
  PyFloat_FromDouble,
  PyIter_Next,
  PyList_FromArray,
  PyLong_FromBigInt,
  PyLong_FromNumber,
  PyNumber_Invert,
  PyNumber_Negative,
  PyNumber_Positive,
  type PyObject,
  PyObject_GetAttr,
  PyObject_GetItem,
  PyObject_GetIter,
  PyObject_HasAttr,
  PyObject_IsTrue,
  PySet_New,
  PyFrozenSet_New,
  PySequence_List,
  PySlice_New,
  PyTuple_Pack,
  PyUnicode_Check,
  PyUnicode_FromString,
  raise,
  repr,
  str,
} from "@py/object";
import { PyBytes_FromBytes } from "@py/buffer";
import type { Comprehension, Expr, FormattedValue, Params, Stmt } from "./ast.js";
import { Frame, releaseFrame } from "./frame.js";
import { addTraceback, noteLocation, toPyError } from "./tracebacks.js";
import { asciiOfRepr as ascii, formatObject } from "@py/object";
import { collectTargetNames } from "./local-names.js";
import { BINARY, compare } from "./operators.js";
import { noteAttributeError, noteNameError } from "./suggestions.js";

/** Appends an iterable's items (new references) to `out`; `notIterable` words the TypeError. */
export function iterateInto(v: PyObject, out: PyObject[], notIterable: () => string): void {
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
  using iter = owned(it);
  for (let x = PyIter_Next(iter.obj); x !== null; x = PyIter_Next(iter.obj)) out.push(x);
}

/**
 * The expression half of the evaluator. Calls, function objects and
 * assignment targets (for comprehension targets) come from the layers built
 * on it (`calls.ts`, `targets.ts`).
 */
export abstract class ExpressionEvaluator {
  /** The builtins namespace (borrowed references looked up by name). */
  abstract readonly builtins: Map<string, PyObject>;

  /** `CALL`: a NEW reference. */
  protected abstract evalCall(e: Extract<Expr, { kind: "Call" }>, f: Frame): PyObject;
  /** A generator expression: a generator object (generator.ts). */
  protected abstract makeGenExpr(elt: Expr, gens: Comprehension[], f: Frame): PyObject;
  /** `MAKE_FUNCTION` for `def` and `lambda`: a NEW reference. */
  protected abstract makeFunction(name: string, params: Params, body: Stmt[] | Expr, f: Frame): PyObject;
  /** Binds `v` (borrowed) to an assignment target. */
  protected abstract assign(t: Expr, v: PyObject, f: Frame): void;

  protected evalTruth(e: Expr, f: Frame): boolean {
    const v = this.evalExpr(e, f);
    try {
      return PyObject_IsTrue(v);
    } finally {
      Py_DECREF(v);
    }
  }

  /** `GET_ITER` of an expression's value: the iterator (a NEW reference); the iterable is dropped. */
  protected evalIter(e: Expr, f: Frame): PyObject {
    using v = owned(this.evalExpr(e, f));
    return PyObject_GetIter(v.obj);
  }

  protected loadName(id: string, f: Frame): PyObject {
    if (f.isClass) {
      const v = f.locals.get(id);
      if (v !== undefined) return Py_NewRef(v);
    }
    if (f.localNames !== null) {
      if (f.localNames.has(id) && !f.globalDecl.has(id) && !f.isClass) {
        const v = f.locals.get(id);
        if (v !== undefined) return Py_NewRef(v);
        raise(
          PyExc_UnboundLocalError,
          `cannot access local variable '${id}' where it is not associated with a value`,
        );
      }
      for (let e = f.enclosing; e !== null && e.localNames !== null; e = e.enclosing) {
        if (e.isClass) continue;
        const v = e.locals.get(id);
        if (v !== undefined) return Py_NewRef(v);
      }
    }
    const g = f.globals.get(id) ?? this.builtins.get(id);
    if (g !== undefined) return Py_NewRef(g);
    const pe = new PyError(newException(PyExc_NameError, `name '${id}' is not defined`));
    noteNameError(pe, id, f.localNames ?? [], f.globals, this.builtins);
    throw pe;
  }

  /** Evaluates an expression: a NEW reference. */
  evalExpr(e: Expr, f: Frame): PyObject {
    try {
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
          return this.evalDict(e, f);
        case "Starred":
          return raise(PyExc_SystemError, "can't use starred expression here");
        case "Slice": {
          // BUILD_SLICE drops its parts in order: lower, upper, step.
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
          } catch (err) {
            if (isPyError(err, PyExc_AttributeError))
              noteAttributeError(err as PyError, o, e.attr, instanceNames(o));
            throw err;
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
          if (e.generator) return this.makeGenExpr(e.elt, e.generators, f);
          return this.evalComprehension(e.elt, e.generators, f);
        case "SetComp": {
          using l = owned(this.evalComprehension(e.elt, e.generators, f, "<setcomp>"));
          return this.makeSet(l.obj);
        }
        case "DictComp":
          return this.evalComprehension(e.value, e.generators, f, "<dictcomp>", e.key);
        case "Set": {
          using l = owned(PyList_FromArray(this.evalList(e.elts, f)));
          if (e.elts.length > 2 && e.elts.every(isConstant)) {
            // CPython 3.11 folds a display of more than two constants into a
            // frozenset constant (compile.c `starunpack_helper`), which
            // `merge_consts_recursive` rebuilds from its own iteration order;
            // then BUILD_SET 0 + SET_UPDATE copies it. The set's order is
            // that of the rebuilt frozenset, which differs from adding the
            // items in source order when their hashes collide.
            using first = owned(PyFrozenSet_New(l.obj));
            using items = owned(PySequence_List(first.obj));
            using folded = owned(PyFrozenSet_New(items.obj));
            return this.makeSet(folded.obj);
          }
          return this.makeSet(l.obj);
        }
        case "JoinedStr":
          return PyUnicode_FromString(this.joinedStr(e.parts, f));
        case "Yield":
        case "YieldFrom":
          return raise(PyExc_SyntaxError, "'yield' outside function");
        case "Lambda":
          return this.makeFunction("<lambda>", e.params, e.body, f);
      }
    } catch (err) {
      // the innermost expression an exception passes is where it was raised (its position in tracebacks)
      noteLocation(err, e.loc);
      throw err;
    }
    raise(PyExc_SystemError, `unknown expression ${(e as Expr).kind}`);
  }

  /** Evaluates display items, expanding `*x`: owned references (`notIterable`: a call's message). */
  protected evalList(elts: Expr[], f: Frame, notIterable?: (v: PyObject) => string): PyObject[] {
    const out: PyObject[] = [];
    try {
      for (const x of elts) {
        if (x.kind === "Starred") {
          using v = owned(this.evalExpr(x.value, f));
          iterateInto(
            v.obj,
            out,
            () => notIterable?.(v.obj) ?? `Value after * must be an iterable, not ${v.obj.ob_type.tp_name}`,
          );
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

  /** `a < b < c`: each operand evaluated once, stopping at the first false result (which is the value). */
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

  /** `{k: v, **m, ...}`: `BUILD_MAP` and `DICT_UPDATE`. */
  private evalDict(e: Extract<Expr, { kind: "Dict" }>, f: Frame): PyObject {
    using d = owned(PyDict_New());
    for (let i = 0; i < e.keys.length; i++) {
      const ke = e.keys[i]!;
      if (ke === null) {
        using m = owned(this.evalExpr(e.values[i]!, f));
        if (!PyObject_HasAttr(m.obj, "keys"))
          raise(PyExc_TypeError, `'${m.obj.ob_type.tp_name}' object is not a mapping`);
        PyDict_Update(d.obj, m.obj);
        continue;
      }
      using k = owned(this.evalExpr(ke, f));
      using v = owned(this.evalExpr(e.values[i]!, f));
      PyDict_SetItem(d.obj, k.obj, v.obj);
    }
    return d.release();
  }

  /** A set of a list's items (`BUILD_SET`). */
  private makeSet(items: PyObject): PyObject {
    return PySet_New(items);
  }

  /** An f-string's text: literal parts and formatted values (`FORMAT_VALUE`, `BUILD_STRING`). */
  private joinedStr(parts: (string | FormattedValue)[], f: Frame): string {
    let out = "";
    for (const p of parts) {
      if (typeof p === "string") {
        out += p;
        continue;
      }
      using v = owned(this.evalExpr(p.value, f));
      const spec =
        p.spec === null ? "" : this.joinedStr((p.spec as { parts: (string | FormattedValue)[] }).parts, f);
      out += formatValue(v.obj, p.conversion, spec);
    }
    return out;
  }

  /**
   * A comprehension runs in its own scope: its targets do not leak. A list
   * of the items, or with `key` a dict of `key: elt` pairs.
   */
  private evalComprehension(
    elt: Expr,
    gens: Comprehension[],
    f: Frame,
    name = "<listcomp>",
    key: Expr | null = null,
  ): PyObject {
    const names = new Set<string>();
    for (const g of gens) collectTargetNames(g.target, names);
    // The first iterable is evaluated in the enclosing scope.
    using it = owned(this.evalIter(gens[0]!.iter, f));
    // the comprehension's frame takes a level of the recursion limit
    Py_EnterRecursiveCall("");
    const inner = new Frame(f.interp, f.globals, name, names, new Set(), f, false);
    inner.line = elt.loc.line;
    const out: PyObject[] = [];
    try {
      this.comprehensionLoop(elt, gens, 0, it.obj, inner, out, key);
      if (key === null) return PyList_FromArray(out.splice(0));
      using d = owned(PyDict_New());
      for (let i = 0; i < out.length; i += 2) PyDict_SetItem(d.obj, out[i]!, out[i + 1]!);
      return d.release();
    } catch (e) {
      // the comprehension's own frame is in the traceback (`<listcomp>`)
      const pe = toPyError(e);
      addTraceback(pe, inner);
      throw pe;
    } finally {
      for (const o of out) Py_DECREF(o);
      Py_LeaveRecursiveCall();
      if (!inner.captured) releaseFrame(inner);
    }
  }

  private comprehensionLoop(
    elt: Expr,
    gens: Comprehension[],
    i: number,
    it: PyObject,
    f: Frame,
    out: PyObject[],
    key: Expr | null,
  ): void {
    const g = gens[i]!;
    for (;;) {
      const next = PyIter_Next(it);
      if (next === null) return;
      try {
        this.assign(g.target, next, f);
      } finally {
        Py_DECREF(next);
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
        if (key !== null) out.push(this.evalExpr(key, f));
        out.push(this.evalExpr(elt, f));
      } else {
        using it2 = owned(this.evalIter(gens[i + 1]!.iter, f));
        this.comprehensionLoop(elt, gens, i + 1, it2.obj, f, out, key);
      }
    }
  }
}

/** The names in an object's own `__dict__` (for AttributeError suggestions). */
function instanceNames(o: PyObject): string[] {
  const d = instanceDict(o);
  const out: string[] = [];
  if (d === null) return out;
  for (let r = PyDict_Next(d, 0); r !== null; r = PyDict_Next(d, r.pos))
    if (PyUnicode_Check(r.key)) out.push(str(r.key));
  return out;
}

/** `FORMAT_VALUE`: `{v!conversion:spec}` of an f-string. */
export function formatValue(v: PyObject, conversion: FormattedValue["conversion"], spec: string): string {
  if (conversion === null) return formatObject(v, spec);
  const s = conversion === "s" ? str(v) : conversion === "r" ? repr(v) : ascii(repr(v));
  using c = owned(PyUnicode_FromString(s));
  return formatObject(c.obj, spec);
}

/**
 * Whether `e` is a constant after CPython's AST optimizer (`are_all_items_const`
 * of `compile.c` over `ast_opt.c`'s folding): a literal, a sign or `~` applied
 * to a number literal, or a tuple of constants.
 */
function isConstant(e: Expr): boolean {
  switch (e.kind) {
    case "Int":
    case "Float":
    case "Str":
    case "Bytes":
    case "Const":
      return true;
    case "UnaryOp":
      return e.op !== "not" && (e.operand.kind === "Int" || (e.operand.kind === "Float" && e.op !== "~"));
    case "Tuple":
      return e.elts.every(isConstant);
    default:
      return false;
  }
}
