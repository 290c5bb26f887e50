/**
 * Assignment targets: binding (`STORE_NAME`, `STORE_ATTR`, `STORE_SUBSCR`,
 * `UNPACK_SEQUENCE`/`UNPACK_EX`), augmented assignment and `del`.
 */
import {
  isPyError,
  owned,
  Py_DECREF,
  type PyObject,
  PyExc_NameError,
  PyExc_SystemError,
  PyExc_TypeError,
  PyExc_UnboundLocalError,
  PyExc_ValueError,
  PyIter_Next,
  PyList_FromArray,
  PyObject_DelItem,
  PyObject_GetAttr,
  PyObject_GetItem,
  PyObject_GetIter,
  PyObject_SetAttr,
  PyObject_SetItem,
  raise,
} from "@py/object";
import type { BinOpName, Expr } from "./ast.js";
import { ExpressionEvaluator } from "./expressions.js";
import { type Frame, namespaceOf, storeName } from "./frame.js";
import { INPLACE } from "./operators.js";
import { noteLocation } from "./tracebacks.js";

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
  // dropped last: after the items taken so far, when unpacking fails
  using iter = owned(it);
  try {
    if (star < 0) {
      for (let i = 0; i < n; i++) {
        const x = PyIter_Next(iter.obj);
        if (x === null) raise(PyExc_ValueError, `not enough values to unpack (expected ${n}, got ${i})`);
        items.push(x);
      }
      const extra = PyIter_Next(iter.obj);
      if (extra !== null) {
        Py_DECREF(extra);
        raise(PyExc_ValueError, `too many values to unpack (expected ${n})`);
      }
      return items;
    }
    const rest: PyObject[] = [];
    for (let x = PyIter_Next(iter.obj); x !== null; x = PyIter_Next(iter.obj)) rest.push(x);
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
  }
}

/** Assignment targets, on the expression evaluator. */
export abstract class TargetEvaluator extends ExpressionEvaluator {
  /** Binds `v` (borrowed) to a target: `STORE_NAME`, `STORE_ATTR`, `STORE_SUBSCR`, `UNPACK_SEQUENCE`. */
  protected assign(t: Expr, v: PyObject, f: Frame): void {
    try {
      this.assignTo(t, v, f);
    } catch (err) {
      noteLocation(err, t.loc);
      throw err;
    }
  }

  private assignTo(t: Expr, v: PyObject, f: Frame): void {
    switch (t.kind) {
      case "Name":
        storeName(t.id, v, f);
        return;
      case "Attribute": {
        using o = owned(this.evalExpr(t.value, f));
        PyObject_SetAttr(o.obj, t.attr, v);
        return;
      }
      case "Subscript": {
        // a per-item path: try/finally, not `using` (see expressions.ts)
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

  /** `cur op= value`: takes the reference `cur`; returns the result (a NEW reference). */
  private inplace(op: BinOpName, cur: PyObject, valueExpr: Expr, f: Frame): PyObject {
    // a per-item path: try/finally, not `using` (see expressions.ts)
    try {
      const v = this.evalExpr(valueExpr, f);
      try {
        return INPLACE[op](cur, v);
      } finally {
        Py_DECREF(v);
      }
    } finally {
      Py_DECREF(cur);
    }
  }

  /** `target op= value`: the target's parts are evaluated once. */
  protected augAssign(t: Expr, op: BinOpName, valueExpr: Expr, f: Frame): void {
    // loading and storing the target raise at the target's position (the operation at the statement's)
    const at = <T>(g: () => T): T => {
      try {
        return g();
      } catch (err) {
        noteLocation(err, t.loc);
        throw err;
      }
    };
    switch (t.kind) {
      case "Name": {
        const r = this.inplace(
          op,
          at(() => this.loadName(t.id, f)),
          valueExpr,
          f,
        );
        try {
          storeName(t.id, r, f);
        } finally {
          Py_DECREF(r);
        }
        return;
      }
      case "Attribute": {
        using o = owned(this.evalExpr(t.value, f));
        using r = owned(
          this.inplace(
            op,
            at(() => PyObject_GetAttr(o.obj, t.attr)),
            valueExpr,
            f,
          ),
        );
        at(() => PyObject_SetAttr(o.obj, t.attr, r.obj));
        return;
      }
      case "Subscript": {
        using o = owned(this.evalExpr(t.value, f));
        using k = owned(this.evalExpr(t.index, f));
        using r = owned(
          this.inplace(
            op,
            at(() => PyObject_GetItem(o.obj, k.obj)),
            valueExpr,
            f,
          ),
        );
        at(() => PyObject_SetItem(o.obj, k.obj, r.obj));
        return;
      }
      default:
        raise(PyExc_SystemError, "illegal augmented assignment target");
    }
  }

  /** `del target`: `DELETE_NAME`, `DELETE_ATTR`, `DELETE_SUBSCR`. */
  protected del(t: Expr, f: Frame): void {
    try {
      this.delTarget(t, f);
    } catch (err) {
      noteLocation(err, t.loc);
      throw err;
    }
  }

  private delTarget(t: Expr, f: Frame): void {
    switch (t.kind) {
      case "Name": {
        const ns = namespaceOf(t.id, f);
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
        using o = owned(this.evalExpr(t.value, f));
        PyObject_SetAttr(o.obj, t.attr, null);
        return;
      }
      case "Subscript": {
        using o = owned(this.evalExpr(t.value, f));
        using k = owned(this.evalExpr(t.index, f));
        PyObject_DelItem(o.obj, k.obj);
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
}
