import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import * as O from "../src/index.js";
import { int, s } from "./helpers.js";

/** CPython's answers, written by fixtures/gen_function.py (each case is named there). */
const fx: Record<string, string> = JSON.parse(
  readFileSync(fileURLToPath(new URL("./fixtures/function.json", import.meta.url)), "utf8"),
);

/** The repr of what `f` returns (addresses as 0x?), or `Type: message` of what it raises. */
function ans(f: () => O.PyObject): string {
  let r: O.PyObject;
  try {
    r = f();
  } catch (e) {
    if (e instanceof O.PyError) return e.message.replace(/0x[0-9a-f]+/g, "0x?");
    throw e;
  }
  const out = O.repr(r).replace(/0x[0-9a-f]+/g, "0x?");
  O.Py_DECREF(r);
  return out;
}

function check(name: string, f: () => O.PyObject): void {
  expect(fx[name], `fixture ${name}`).toBeDefined();
  expect(ans(f), name).toBe(fx[name]);
}

const getattr = (o: O.PyObject, n: string) => O.PyObject_GetAttr(o, n);
const none = () => O.Py_NewRef(O.Py_None);
const bool = (b: boolean) => O.PyBool_FromBool(b);
function setattr(o: O.PyObject, n: string, v: O.PyObject | null): O.PyObject {
  O.PyObject_SetAttr(o, n, v);
  return none();
}
function is(a: O.PyObject, b: O.PyObject): O.PyObject {
  const r = bool(a === b);
  O.Py_DECREF(a);
  return r;
}

/** The objects of gen_function.py, made through @py/object. */
function world() {
  const mod = s("mod");
  // def add(a, b=10, *, c=100): "adds"; return a + b + c
  const kwd = O.PyDict_New();
  O.PyDict_SetItemString(kwd, "c", int(100));
  const add = O.PyFunction_New(
    "add",
    (f, args, kwargs) => {
      const a = args[0]!;
      const b = args[1] ?? f.func_defaults!.items[0]!;
      const c = kwargs?.get("c") ?? O.PyDict_GetItemString(f.func_kwdefaults!, "c")!;
      const ab = O.PyNumber_Add(a, b);
      const r = O.PyNumber_Add(ab, c);
      O.Py_DECREF(ab);
      return r;
    },
    { defaults: [int(10)], kwdefaults: kwd, doc: s("adds"), module: mod },
  );
  // def outer(): x = 5; def inner(): return x
  const cell = O.PyCell_New(int(5));
  const inner = O.PyFunction_New("inner", (f) => O.PyCell_Get(f.func_closure!.items[0]!)!, {
    qualname: "outer.<locals>.inner",
    closure: [cell],
    module: mod,
  });
  const ecell = O.PyCell_New(null);
  const ns = O.PyDict_New();
  O.PyDict_SetItemString(ns, "__module__", mod);
  O.PyDict_SetItemString(ns, "__qualname__", s("K"));
  const K = O.PyType_FromNamespace("K", [], ns);
  // def m(self, y): return y   (qualname K.m)
  const m = O.PyFunction_New("m", (_f, args) => O.Py_NewRef(args[1]!), { qualname: "K.m", module: mod });
  const k = O.PyObject_Call(K, [], null);
  const bound = O.PyObject_CallMethod(m, "__get__", [k]);
  const sm = O.PyStaticMethod_New(add);
  const cm = O.PyClassMethod_New(m);
  const getx = O.PyFunction_New("getx", () => int(42), { qualname: "getx", doc: s("the x"), module: mod });
  const prop = O.PyProperty_New(getx);
  return { add, inner, cell, ecell, K, m, k, bound, sm, cm, getx, prop };
}

describe("functions, cells, methods, staticmethod, classmethod, property (gen_function.py)", () => {
  it("matches CPython's reprs, attributes and messages", () => {
    const g = world();
    check("repr_function", () => O.Py_NewRef(g.add));
    check("repr_closure_function", () => O.Py_NewRef(g.inner));
    check("name", () => getattr(g.add, "__name__"));
    check("qualname_inner", () => getattr(g.inner, "__qualname__"));
    check("defaults", () => getattr(g.add, "__defaults__"));
    check("kwdefaults", () => getattr(g.add, "__kwdefaults__"));
    check("doc", () => getattr(g.add, "__doc__"));
    check("module", () => getattr(g.add, "__module__"));
    check("closure_none", () => getattr(g.add, "__closure__"));
    check("call", () => O.PyObject_Call(g.add, [int(1)], null));
    check("call_kw", () => O.PyObject_Call(g.add, [int(1), int(2)], new Map([["c", int(3)]])));
    check("dict_empty", () => getattr(g.add, "__dict__"));
    check("set_attr", () => {
      O.PyObject_SetAttr(g.add, "tag", s("t"));
      return O.PyTuple_Pack([getattr(g.add, "tag"), getattr(g.add, "__dict__")]);
    });
    check("missing_attr", () => getattr(g.inner, "nope"));
    check("set_name_int", () => setattr(g.inner, "__name__", int(1)));
    check("set_qualname_int", () => setattr(g.inner, "__qualname__", int(1)));
    check("set_defaults_int", () => setattr(g.inner, "__defaults__", int(1)));
    check("set_kwdefaults_int", () => setattr(g.inner, "__kwdefaults__", int(1)));
    check("set_closure", () => setattr(g.inner, "__closure__", O.Py_None));
    check("set_dict_int", () => setattr(g.inner, "__dict__", int(1)));
    check("set_annotations_int", () => setattr(g.inner, "__annotations__", int(1)));
    check("del_dict", () => setattr(g.inner, "__dict__", null));
    check("del_missing", () => setattr(g.inner, "nope", null));
    check("set_defaults", () => {
      O.PyObject_SetAttr(g.inner, "__defaults__", O.PyTuple_Pack([int(1), int(2)]));
      const r = getattr(g.inner, "__defaults__");
      O.PyObject_SetAttr(g.inner, "__defaults__", O.Py_None);
      return O.PyTuple_Pack([r, getattr(g.inner, "__defaults__")]);
    });
    check("annotations", () => getattr(g.inner, "__annotations__"));
    check("cell_repr", () => O.Py_NewRef(g.cell));
    check("cell_contents", () => getattr(g.cell, "cell_contents"));
    check("empty_cell_repr", () => O.Py_NewRef(g.ecell));
    check("empty_cell_contents", () => getattr(g.ecell, "cell_contents"));
    check("cell_hash", () => O.PyLong_FromValue(O.PyObject_Hash(g.cell)));
    check("cell_eq", () => O.PyObject_RichCompare(g.cell, g.ecell, O.Py_EQ));
    check("cell_lt_empty", () => O.PyObject_RichCompare(g.ecell, g.cell, O.Py_LT));
    check("cell_gt_empty", () => O.PyObject_RichCompare(g.ecell, g.cell, O.Py_GT));
    check("bound_repr", () => O.Py_NewRef(g.bound));
    check("bound_call", () => O.PyObject_Call(g.bound, [int(7)], null));
    check("bound_name", () => getattr(g.bound, "__name__"));
    check("bound_qualname", () => getattr(g.bound, "__qualname__"));
    check("bound_eq", () =>
      O.PyObject_RichCompare(g.bound, O.PyObject_CallMethod(g.m, "__get__", [g.k]), O.Py_EQ),
    );
    check("bound_ne_other_self", () =>
      O.PyObject_RichCompare(
        g.bound,
        O.PyObject_CallMethod(g.m, "__get__", [O.PyObject_Call(g.K, [], null)]),
        O.Py_EQ,
      ),
    );
    check("bound_missing", () => getattr(g.bound, "nope"));
    check("bound_set", () => setattr(g.bound, "x", int(1)));
    check("bound_func_is", () => is(getattr(g.bound, "__func__"), g.m));
    check("function_get_none", () => O.PyObject_CallMethod(g.m, "__get__", [O.Py_None]));
    check("staticmethod_repr", () => O.Py_NewRef(g.sm));
    check("staticmethod_call", () => O.PyObject_Call(g.sm, [int(1)], null));
    check("staticmethod_get", () => is(O.PyObject_CallMethod(g.sm, "__get__", [g.k]), g.add));
    check("staticmethod_name", () => getattr(g.sm, "__name__"));
    check("staticmethod_func", () => is(getattr(g.sm, "__func__"), g.add));
    check("staticmethod_noargs", () => O.PyObject_Call(O.PyStaticMethod_Type, [], null));
    check("classmethod_repr", () => O.Py_NewRef(g.cm));
    check("classmethod_get", () => O.PyObject_CallMethod(g.cm, "__get__", [g.k]));
    check("classmethod_get_type", () => O.PyObject_CallMethod(g.cm, "__get__", [O.Py_None, g.K]));
    check("classmethod_call", () => O.PyObject_Call(g.cm, [], null));
    check("property_get", () => O.PyObject_CallMethod(g.prop, "__get__", [g.k]));
    check("property_get_none", () => is(O.PyObject_CallMethod(g.prop, "__get__", [O.Py_None, g.K]), g.prop));
    check("property_doc", () => getattr(g.prop, "__doc__"));
    check("property_set", () => O.PyObject_CallMethod(g.prop, "__set__", [g.k, int(1)]));
    check("property_del", () => O.PyObject_CallMethod(g.prop, "__delete__", [g.k]));
    check("property_nothing", () =>
      O.PyObject_CallMethod(O.PyObject_Call(O.PyProperty_Type, [], null), "__get__", [g.k]),
    );
    check("property_fget", () => is(getattr(g.prop, "fget"), g.getx));
    check("property_fset", () => getattr(g.prop, "fset"));
    check("property_setter_fset", () =>
      is(getattr(O.PyObject_CallMethod(g.prop, "setter", [g.add]), "fset"), g.add),
    );
    check("property_call", () => O.PyObject_Call(g.prop, [], null));
    check("property_bad_kw", () => O.PyObject_Call(O.PyProperty_Type, [], new Map([["x", int(1)]])));
    check("property_named_set", () => {
      const p = O.PyProperty_New(g.getx);
      O.Py_DECREF(O.PyObject_CallMethod(p, "__set_name__", [g.K, s("x")]));
      return O.PyObject_CallMethod(p, "__set__", [g.k, int(1)]);
    });
    expect(Object.keys(fx).length).toBe(65);
  });
});
