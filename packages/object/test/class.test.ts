import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import * as O from "../src/index.js";
import { int, s } from "./helpers.js";

/** CPython's answers, written by fixtures/gen_class.py (each case is named there). */
const fx: Record<string, string> = JSON.parse(
  readFileSync(fileURLToPath(new URL("./fixtures/class.json", import.meta.url)), "utf8"),
);

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

const done = new Set<string>();
function check(name: string, f: () => O.PyObject): void {
  expect(fx[name], `fixture ${name}`).toBeDefined();
  expect(ans(f), name).toBe(fx[name]);
  done.add(name);
}

type Body = (args: readonly O.PyObject[], kwargs: O.KwArgs | null) => O.PyObject;
const mod = s("mod");
const none = () => O.Py_NewRef(O.Py_None);
const bool = (b: boolean) => O.PyBool_FromBool(b);
const ga = (o: O.PyObject, n: string) => O.PyObject_GetAttr(o, n);
const call = (f: O.PyObject, ...args: O.PyObject[]) => O.PyObject_Call(f, args, null);
const tup = (...xs: O.PyObject[]) => O.PyTuple_Pack(xs);
/** A function `qual` (`Vec.__init__`) whose body is JS. New reference. */
function def(qual: string, body: Body): O.PyObject {
  return O.PyFunction_New(qual.slice(qual.lastIndexOf(".") + 1), (_f, a, k) => body(a, k), {
    qualname: qual,
    module: mod,
  });
}
/** `class name(*bases): attrs` in module `mod` (attrs stolen). */
function klass(name: string, bases: O.PyObject[], attrs: Record<string, O.PyObject>): O.PyHeapTypeObject {
  const ns = O.PyDict_New();
  O.PyDict_SetItemString(ns, "__module__", mod);
  O.PyDict_SetItemString(ns, "__qualname__", s(name));
  for (const [k, v] of Object.entries(attrs)) {
    O.PyDict_SetItemString(ns, k, v);
    O.Py_DECREF(v);
  }
  return O.PyType_FromNamespace(name, bases, ns);
}
const eq = (a: O.PyObject, b: O.PyObject) => O.PyObject_RichCompareBool(a, b, O.Py_EQ);
const methods = (cls: string, ms: Record<string, Body>) =>
  Object.fromEntries(Object.entries(ms).map(([k, b]) => [k, def(`${cls}.${k}`, b)]));

// ---- the classes of gen_class.py
const Vec: O.PyHeapTypeObject = klass("Vec", [], {
  __doc__: s("a vector"),
  ...methods("Vec", {
    __init__: ([self, x, y]) => {
      O.PyObject_SetAttr(self!, "x", x!);
      O.PyObject_SetAttr(self!, "y", y!);
      return none();
    },
    __repr__: ([self]) => s(`Vec(${O.repr(ga(self!, "x"))}, ${O.repr(ga(self!, "y"))})`),
    __eq__: ([self, o]) => {
      if (!O.PyObject_TypeCheck(o!, Vec)) return O.Py_NewRef(O.Py_NotImplemented);
      return bool(eq(ga(self!, "x"), ga(o!, "x")) && eq(ga(self!, "y"), ga(o!, "y")));
    },
    __hash__: ([self]) => O.PyLong_FromValue(O.PyObject_HashValue(tup(ga(self!, "x"), ga(self!, "y")))),
    __add__: ([self, o]) => {
      if (!O.PyObject_TypeCheck(o!, Vec)) return O.Py_NewRef(O.Py_NotImplemented);
      const x = O.PyNumber_Add(ga(self!, "x"), ga(o!, "x"));
      return call(Vec, x, O.PyNumber_Add(ga(self!, "y"), ga(o!, "y")));
    },
    __radd__: ([self, o]) =>
      call(Vec, O.PyNumber_Add(ga(self!, "x"), o!), O.PyNumber_Add(ga(self!, "y"), o!)),
    __neg__: ([self]) => call(Vec, O.PyNumber_Negative(ga(self!, "x")), O.PyNumber_Negative(ga(self!, "y"))),
    __len__: () => int(2),
    __getitem__: ([self, i]) => O.PyObject_GetItem(tup(ga(self!, "x"), ga(self!, "y")), i!),
    __contains__: ([self, v]) => bool(eq(v!, ga(self!, "x")) || eq(v!, ga(self!, "y"))),
    __bool__: ([self]) => bool(O.PyObject_IsTrue(ga(self!, "x")) || O.PyObject_IsTrue(ga(self!, "y"))),
    __call__: ([self, k]) => O.PyNumber_Multiply(ga(self!, "x"), k!),
    __lt__: ([self, o]) =>
      O.PyObject_RichCompare(tup(ga(self!, "x"), ga(self!, "y")), tup(ga(o!, "x"), ga(o!, "y")), O.Py_LT),
  }),
});
const Sub: O.PyHeapTypeObject = klass(
  "Sub",
  [Vec],
  methods("Sub", {
    __repr__: ([self]) => s(`Sub:${O.str(call(ga(O.PySuper_New(Sub, self!), "__repr__")))}`),
  }),
);
const Plain = klass("Plain", [], {});
const OnlyEq = klass("OnlyEq", [], methods("OnlyEq", { __eq__: () => bool(true) }));
const Hooks = klass(
  "Hooks",
  [],
  methods("Hooks", {
    __getattr__: ([, name]) => s((name as O.PyUnicodeObject).value.toUpperCase()),
    __setattr__: ([self, name, value]) =>
      call(ga(O.PyBaseObject_Type, "__setattr__"), self!, s(`_${(name as O.PyUnicodeObject).value}`), value!),
  }),
);
const Count = klass(
  "Count",
  [],
  methods("Count", {
    __init__: ([self]) => {
      O.PyObject_SetAttr(self!, "n", int(0));
      return none();
    },
    __iter__: ([self]) => O.Py_NewRef(self!),
    __next__: ([self]) => {
      const n = ga(self!, "n");
      if (eq(n, int(3))) O.raise(O.PyExc_StopIteration);
      O.PyObject_SetAttr(self!, "n", O.PyNumber_Add(n, int(1)));
      return ga(self!, "n");
    },
  }),
);
const D = klass(
  "D",
  [O.PyDict_Type],
  methods("D", {
    __setitem__: ([self, k, v]) =>
      call(ga(O.PyDict_Type, "__setitem__"), self!, k!, O.PyNumber_Multiply(v!, int(2))),
  }),
);
const L: O.PyHeapTypeObject = klass(
  "L",
  [O.PyList_Type],
  methods("L", {
    __init__: ([self, n]) => call(ga(O.PySuper_New(L, self!), "__init__"), call(O.PyRange_Type, n!)),
  }),
);
const E: O.PyHeapTypeObject = klass(
  "E",
  [O.PyExc_Exception],
  methods("E", {
    __init__: ([self, msg, code]) => {
      O.Py_DECREF(call(ga(O.PySuper_New(E, self!), "__init__"), msg!));
      O.PyObject_SetAttr(self!, "code", code!);
      return none();
    },
  }),
);
const Tools = klass("Tools", [], {
  count: int(7),
  make: O.PyClassMethod_New(def("Tools.make", ([cls]) => call(cls!))),
  twice: O.PyStaticMethod_New(def("Tools.twice", ([v]) => O.PyNumber_Multiply(v!, int(2)))),
  size: O.PyProperty_New(def("Tools.size", ([self]) => O.PyNumber_Add(ga(self!, "count"), int(1)))),
});
const one = (name: string, dunder: string, body: Body) => klass(name, [], methods(name, { [dunder]: body }));
const BadLen = one("BadLen", "__len__", () => s("x"));
const NegLen = one("NegLen", "__len__", () => int(-1));
const BadBool = one("BadBool", "__bool__", () => int(1));
const BadRepr = one("BadRepr", "__repr__", () => int(1));
const BadHash = one("BadHash", "__hash__", () => s("x"));
const BadIter = one("BadIter", "__iter__", () => int(1));
const NoIter = klass("NoIter", [], { __iter__: none() });
const BadInit = one("BadInit", "__init__", () => int(1));
const SetOnly = one("SetOnly", "__setitem__", () => none());
const Slotted = klass("Slotted", [], { __slots__: tup(s("a"), s("b")) });
const SlottedSub = klass("SlottedSub", [Slotted], {});

const V = (x: number, y: number) => call(Vec, int(x), int(y));

describe("classes made at run time (CPython 3.11 answers from gen_class.py)", () => {
  it("special methods fill the slots; attributes, inheritance, super(), messages", () => {
    check("vec_repr", () => V(1, 2));
    check("vec_eq", () => O.PyObject_RichCompare(V(1, 2), V(1, 2), O.Py_EQ));
    check("vec_ne", () => O.PyObject_RichCompare(V(1, 2), V(1, 3), O.Py_NE));
    check("vec_eq_other", () => O.PyObject_RichCompare(V(1, 2), int(5), O.Py_EQ));
    check("vec_hash", () => bool(O.PyObject_Hash(V(1, 2)) === O.PyObject_Hash(tup(int(1), int(2)))));
    check("vec_add", () => O.PyNumber_Add(V(1, 2), V(10, 20)));
    check("vec_radd", () => O.PyNumber_Add(int(5), V(1, 2)));
    check("vec_add_bad", () => O.PyNumber_Add(V(1, 2), int(5)));
    check("vec_neg", () => O.PyNumber_Negative(V(1, 2)));
    check("vec_len", () => O.PyLong_FromValue(O.PyObject_Length(V(1, 2))));
    check("vec_getitem", () => O.PyObject_GetItem(V(1, 2), int(1)));
    check("vec_getitem_bad", () => O.PyObject_GetItem(V(1, 2), int(5)));
    check("vec_list", () => O.PySequence_List(V(3, 4)));
    check("vec_contains", () =>
      tup(bool(O.PySequence_Contains(V(3, 4), int(3))), bool(O.PySequence_Contains(V(3, 4), int(5)))),
    );
    check("vec_bool", () => tup(bool(O.PyObject_IsTrue(V(0, 0))), bool(O.PyObject_IsTrue(V(0, 1)))));
    check("vec_call", () => call(V(3, 4), int(5)));
    check("vec_lt", () =>
      tup(
        O.PyObject_RichCompare(V(1, 2), V(1, 3), O.Py_LT),
        O.PyObject_RichCompare(V(1, 3), V(1, 2), O.Py_GT),
      ),
    );
    check("vec_le_missing", () => O.PyObject_RichCompare(V(1, 2), V(1, 3), O.Py_LE));
    check("vec_attrs", () => tup(ga(V(1, 2), "x"), ga(V(1, 2), "__dict__")));
    check("vec_doc", () =>
      tup(ga(Vec, "__doc__"), ga(Vec, "__name__"), ga(Vec, "__qualname__"), ga(Vec, "__module__")),
    );
    check("vec_class", () => tup(O.Py_NewRef(Vec), bool(V(1, 2).ob_type === Vec)));
    check("vec_in_set", () => {
      const set = O.PySet_New(null);
      for (const v of [V(1, 2), V(1, 2), V(2, 1)]) O.PySet_Add(set, v);
      return int(O.PySet_Size(set));
    });
    const S = (x: number, y: number) => call(Sub, int(x), int(y));
    check("sub_repr", () => S(1, 2));
    check("sub_mro", () => tup(ga(Sub, "__mro__"), ga(Sub, "__bases__"), ga(Sub, "__base__")));
    check("sub_inherits", () =>
      tup(
        O.PyNumber_Add(S(1, 2), S(3, 4)),
        O.PyLong_FromValue(O.PyObject_Length(S(1, 2))),
        bool(O.PyObject_IsInstance(S(1, 2), Vec)),
      ),
    );
    check("plain_repr", () => call(Plain));
    check("plain_args", () => call(Plain, int(1)));
    check("plain_missing", () => ga(call(Plain), "nope"));
    check("plain_type_missing", () => ga(Plain, "nope"));
    check("plain_del_missing", () => {
      O.PyObject_DelAttr(call(Plain), "nope");
      return none();
    });
    check("plain_lt", () => O.PyObject_RichCompare(call(Plain), call(Plain), O.Py_LT));
    check("plain_call", () => call(call(Plain)));
    check("plain_iter", () => O.PyObject_GetIter(call(Plain)));
    check("plain_len", () => O.PyLong_FromValue(O.PyObject_Length(call(Plain))));
    check("plain_eq", () => O.PyObject_RichCompare(call(Plain), call(Plain), O.Py_EQ));
    check("plain_setattr", () => {
      const p = call(Plain);
      O.PyObject_SetAttr(p, "a", int(1));
      O.PyObject_SetAttr(p, "b", O.PyList_FromArray([int(2)]));
      O.PyObject_DelAttr(p, "a");
      return tup(ga(p, "__dict__"), bool(O.PyObject_HasAttr(p, "a")));
    });
    check("plain_classattr", () => {
      O.PyObject_SetAttr(Plain, "shared", int(5));
      const r = tup(ga(call(Plain), "shared"), ga(Plain, "shared"));
      O.PyObject_DelAttr(Plain, "shared");
      return r;
    });
    check("int_setattr", () => {
      O.PyObject_SetAttr(O.PyLong_Type, "x", int(1));
      return none();
    });
    check("onlyeq_hash", () => int(O.PyObject_Hash(call(OnlyEq))));
    check("onlyeq_ne", () => O.PyObject_RichCompare(call(OnlyEq), int(1), O.Py_NE));
    check("hooks", () => {
      const h = call(Hooks);
      O.PyObject_SetAttr(h, "val", int(3));
      return tup(ga(h, "val"), ga(h, "_val"), ga(h, "__dict__"));
    });
    check("count_list", () => O.PySequence_List(call(Count)));
    check("dict_sub", () => {
      const d = call(D);
      O.PyObject_SetItem(d, s("a"), int(1));
      O.Py_DECREF(O.PyObject_CallMethod(d, "update", [], new Map([["b", int(5)]])));
      return tup(O.Py_NewRef(d), ga(d.ob_type, "__name__"), O.PyLong_FromValue(O.PyObject_Length(d)));
    });
    check("list_sub", () =>
      tup(
        call(L, int(3)),
        O.PyLong_FromValue(O.PyObject_Length(call(L, int(4)))),
        ga(call(L, int(1)).ob_type, "__name__"),
      ),
    );
    check("exc_sub", () => {
      const e = call(E, s("boom"), int(7));
      return tup(O.PyObject_Str(e), ga(e, "args"), ga(e, "code"), e);
    });
    check("tools", () =>
      tup(
        ga(Tools, "count"),
        ga(call(Tools), "count"),
        call(ga(Tools, "twice"), int(4)),
        call(ga(call(Tools), "twice"), int(5)),
        ga(call(Tools), "size"),
        ga(call(ga(Tools, "make")).ob_type, "__name__"),
      ),
    );
    check("tools_size_set", () => {
      O.PyObject_SetAttr(call(Tools), "size", int(1));
      return none();
    });
    check("late_repr", () => {
      O.PyObject_SetAttr(
        Plain,
        "__repr__",
        def("<lambda>", () => s("late")),
      );
      const r = s(O.repr(call(Plain)));
      O.PyObject_DelAttr(Plain, "__repr__");
      return tup(r, s(O.repr(call(Plain)).slice(0, 11)));
    });
    check("bad_len", () => O.PyLong_FromValue(O.PyObject_Length(call(BadLen))));
    check("neg_len", () => O.PyLong_FromValue(O.PyObject_Length(call(NegLen))));
    check("bad_bool", () => bool(O.PyObject_IsTrue(call(BadBool))));
    check("bad_repr", () => O.PyObject_Repr(call(BadRepr)));
    check("bad_hash", () => int(O.PyObject_Hash(call(BadHash))));
    check("bad_iter", () => O.PyObject_GetIter(call(BadIter)));
    check("no_iter", () => O.PyObject_GetIter(call(NoIter)));
    check("bad_init", () => call(BadInit));
    check("setonly_del", () => O.PyObject_CallMethod(call(SetOnly), "__delitem__", [int(0)]));
    check("setonly_del_stmt", () => {
      O.PyObject_DelItem(call(SetOnly), int(0));
      return none();
    });
    check("setonly_get", () => O.PyObject_GetItem(call(SetOnly), int(0)));
    O.PyType_SetDefaultModule(() => "__main__");
    const ns = () => {
      const d = O.PyDict_New();
      O.PyDict_SetItemString(d, "a", int(1));
      return d;
    };
    check("type3", () => call(O.PyType_Type, s("T3"), tup(), ns()));
    check("type3_attr", () =>
      ga(call(call(O.PyType_Type, s("T3"), tup(O.Py_NewRef(Vec)), ns()), int(1), int(2)), "a"),
    );
    check("type3_bad_name", () => call(O.PyType_Type, int(1), tup(), ns()));
    check("type3_bad_bases", () => call(O.PyType_Type, s("T"), int(1), ns()));
    check("type3_bad_dict", () => call(O.PyType_Type, s("T"), tup(), int(1)));
    check("type3_bad_base", () => call(O.PyType_Type, s("T"), tup(O.Py_NewRef(O.PyBool_Type)), ns()));
    check("slots", () => {
      const w = call(Slotted);
      O.PyObject_SetAttr(w, "a", int(1));
      const r: O.PyObject[] = [ga(w, "a"), ga(Slotted, "a")];
      O.PyObject_DelAttr(w, "a");
      const tries = [
        () => ga(w, "a"),
        () => ga(w, "c"),
        () => ga(w, "__dict__"),
        () => O.PyObject_SetAttr(w, "c", int(1)),
        () => O.PyObject_DelAttr(w, "a"),
      ];
      for (const f of tries) {
        try {
          f();
        } catch (e) {
          if (!O.isPyError(e, O.PyExc_AttributeError)) throw e;
          r.push(s(O.exceptionStr(e.exc)));
        }
      }
      const v = call(SlottedSub);
      O.PyObject_SetAttr(v, "c", int(3));
      O.PyObject_SetAttr(v, "b", int(2));
      r.push(tup(ga(v, "__dict__"), ga(v, "b")));
      return O.PyList_FromArray(r);
    });
    const slotsNs = (...kv: [string, O.PyObject][]) => {
      const d = O.PyDict_New();
      for (const [k, v] of kv) O.PyDict_SetItemString(d, k, v);
      return d;
    };
    check("slots_conflict", () =>
      call(O.PyType_Type, s("U"), tup(), slotsNs(["__slots__", s("x")], ["x", int(1)])),
    );
    check("slots_bad_item", () => call(O.PyType_Type, s("U"), tup(), slotsNs(["__slots__", tup(int(1))])));
    check("super_missing", () => ga(O.PySuper_New(Vec, V(1, 2)), "nope"));
    check("super_bad", () => call(O.PySuper_Type, Vec, int(1)));
    expect([...Object.keys(fx)].filter((k) => !done.has(k))).toEqual([]);
  });
});
