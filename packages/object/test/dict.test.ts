import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import * as O from "../src/index.js";
import { int, s } from "./helpers.js";

/** CPython's answers, written by fixtures/gen_dict.py (each case is named there). */
const fx: Record<string, string> = JSON.parse(
  readFileSync(fileURLToPath(new URL("./fixtures/dict.json", import.meta.url)), "utf8"),
);

/**
 * The repr of what `f` returns (released after; a string is taken as a repr
 * already), or `Type: message` of what it raises.
 */
function ans(f: () => O.PyObject | string): string {
  let r: O.PyObject | string;
  try {
    r = f();
  } catch (e) {
    if (e instanceof O.PyError) return e.message;
    throw e;
  }
  if (typeof r === "string") return r;
  const out = O.repr(r);
  O.Py_DECREF(r);
  return out;
}

const fl = (x: number) => O.PyFloat_FromDouble(x);
const none = () => O.Py_NewRef(O.Py_None);
const bool = (b: boolean) => O.PyBool_FromBool(b);
/** A tuple of new references (stolen). */
const tup = (...xs: O.PyObject[]) => O.PyTuple_Pack(xs);
const lst = (...xs: O.PyObject[]) => O.PyList_FromArray(xs);
/** A dict from pairs of new references (released after insertion). */
function dict(...pairs: [O.PyObject, O.PyObject][]): O.PyDictObject {
  const d = O.PyDict_New();
  for (const [k, v] of pairs) {
    O.PyDict_SetItem(d, k, v);
    O.Py_DECREF(k);
    O.Py_DECREF(v);
  }
  return d;
}
const call = (o: O.PyObject, name: string, args: O.PyObject[] = [], kw: [string, O.PyObject][] = []) =>
  O.PyObject_CallMethod(o, name, args, kw.length > 0 ? new Map(kw) : null);
const dictCall = (args: O.PyObject[], kw: [string, O.PyObject][] = []) =>
  O.PyObject_Call(O.PyDict_Type, args, kw.length > 0 ? new Map(kw) : null);
const ab = () => dict([s("a"), int(1)], [s("b"), int(2)]);
const list = (o: O.PyObject) => O.PySequence_List(o);

function check(name: string, f: () => O.PyObject | string): void {
  expect(fx[name], `fixture ${name}`).toBeDefined();
  expect(ans(f), name).toBe(fx[name]);
}

// These cases build throwaway objects freely; reference counts are checked below.
describe("dict (CPython 3.11 answers from gen_dict.py)", () => {
  it("repr, with recursion", () => {
    check("repr_empty", () => O.PyDict_New());
    check("repr_basic", () =>
      dict(
        [s("a"), int(1)],
        [s("b"), lst(int(1), int(2))],
        [int(3), s("x")],
        [none(), tup(int(1))],
        [fl(2.5), dict([s("in"), int(-1)])],
      ),
    );
    check("repr_recursive", () => {
      const d = O.PyDict_New();
      O.PyDict_SetItemString(d, "self", d);
      return O.repr(d);
    });
    check("repr_recursive_list", () => {
      const d = dict([s("l"), lst()]);
      O.PyList_Append(O.PyDict_GetItemString(d, "l")!, d);
      return O.repr(d);
    });
    check("view_recursive", () => {
      const d = O.PyDict_New();
      O.PyDict_SetItemString(d, "v", call(d, "values"));
      return O.repr(d);
    });
  });

  it("hashing: 1 == 1.0 == True, unhashable keys", () => {
    check("collide_int_float_bool", () => {
      const d = dict([int(1), s("int")]);
      O.PyDict_SetItem(d, fl(1.0), s("float"));
      O.PyObject_SetItem(d, O.Py_True, s("bool"));
      return tup(d, int(O.PyDict_Size(d)));
    });
    check("collide_literal", () => dict([bool(true), s("a")], [int(1), s("b")], [fl(1.0), s("c")]));
    check("collide_lookup", () =>
      tup(
        O.PyObject_GetItem(dict([int(1), s("x")]), fl(1.0)),
        O.PyObject_GetItem(dict([int(0), s("z")]), O.Py_False),
        bool(O.PySequence_Contains(dict([bool(true), int(0)]), fl(1.0))),
        O.PyObject_GetItem(dict([int("1180591620717411303424"), int(1)]), fl(2 ** 70)),
      ),
    );
    check("same_hash", () => {
      const big = "2305843009213693956"; // 2**61 + 4
      const d = dict([int(-1), s("a")], [int(-2), s("b")], [int(5), s("c")], [int(big), s("d")]);
      O.PyDict_DelItem(d, int(-1));
      const r1 = tup(
        O.PyObject_GetItem(d, int(-2)),
        bool(O.PyDict_Contains(d, int(-1))),
        O.PyObject_GetItem(d, int(5)),
        O.PyObject_GetItem(d, int(big)),
      );
      O.PyDict_SetItem(d, int(-1), s("e"));
      O.PyDict_DelItem(d, int(big));
      return tup(
        r1,
        d,
        O.PyObject_GetItem(d, int(-1)),
        bool(O.PyDict_Contains(d, int(big))),
        bool(O.PyObject_Hash(int(-1)) === O.PyObject_Hash(int(-2))),
        bool(O.PyObject_Hash(int(5)) === O.PyObject_Hash(int(big))),
      );
    });
    check("unhashable_set", () => {
      O.PyObject_SetItem(O.PyDict_New(), lst(int(1)), int(1));
      return none();
    });
    check("unhashable_get", () => O.PyObject_GetItem(O.PyDict_New(), O.PyDict_New()));
    check("unhashable_in", () => bool(O.PySequence_Contains(O.PyDict_New(), lst())));
    check("unhashable_dict_hash", () => int(O.PyObject_Hash(O.PyDict_New())));
    check("unhashable_get_method", () => call(O.PyDict_New(), "get", [lst()]));
    check("unhashable_literal_tuple", () => dict([tup(int(1), lst(int(2))), int(3)]));
  });

  it("KeyError carries the key", () => {
    check("keyerror_str", () => O.PyObject_GetItem(O.PyDict_New(), s("missing")));
    check("keyerror_tuple", () => O.PyObject_GetItem(O.PyDict_New(), tup(int(1), int(2))));
    check("keyerror_int", () => O.PyObject_GetItem(dict([int(1), int(1)]), int(2)));
    check("keyerror_pop", () => call(O.PyDict_New(), "pop", [s("x")]));
    check("keyerror_del", () => {
      O.PyObject_DelItem(dict([int(1), int(1)]), int(5));
      return none();
    });
    check("keyerror_popitem", () => call(O.PyDict_New(), "popitem"));
  });

  it("== and ordering", () => {
    const eq = (a: O.PyObject, b: O.PyObject, op: O.CompareOp = O.Py_EQ) => O.PyObject_RichCompare(a, b, op);
    check("eq_float_key", () => eq(dict([int(1), int(2)]), dict([fl(1), int(2)])));
    check("eq_value_differs", () => eq(dict([int(1), int(2)]), dict([int(1), int(3)])));
    const nested = () => dict([int(1), lst(int(1), dict([int(2), int(3)]))]);
    check("eq_nested", () => eq(nested(), nested()));
    check("eq_order_ignored", () => eq(ab(), dict([s("b"), int(2)], [s("a"), int(1)])));
    check("ne_len", () => eq(dict([s("a"), int(1)]), ab(), O.Py_NE));
    check("eq_other_type", () => eq(O.PyDict_New(), lst()));
    check("lt_error", () => eq(O.PyDict_New(), O.PyDict_New(), O.Py_LT));
  });

  it("len, in, bool, insertion order", () => {
    check("len_in", () =>
      tup(
        int(O.PyObject_Length(ab())),
        bool(O.PySequence_Contains(dict([s("a"), int(1)]), s("a"))),
        bool(O.PySequence_Contains(dict([s("a"), int(1)]), s("z"))),
        bool(O.PyObject_IsTrue(O.PyDict_New())),
        bool(O.PyObject_IsTrue(dict([int(0), int(0)]))),
      ),
    );
    check("order_reinsert", () => {
      const d = dictCall(
        [],
        [
          ["a", int(1)],
          ["b", int(2)],
          ["c", int(3)],
        ],
      );
      O.PyObject_DelItem(d, s("a"));
      O.PyObject_SetItem(d, s("a"), int(4));
      O.PyObject_SetItem(d, s("b"), int(5));
      return d;
    });
    check("order_many", () => {
      const d = O.PyDict_New();
      for (let i = 0; i < 100; i++) O.PyDict_SetItem(d, int(i), int(i * i));
      for (let i = 0; i < 100; i += 3) O.PyDict_DelItem(d, int(i));
      for (let i = 0; i < 30; i += 3) O.PyDict_SetItem(d, int(i), int(-i));
      return tup(list(call(d, "items")), int(O.PyDict_Size(d)));
    });
  });

  it("iteration and its RuntimeErrors", () => {
    const forEach = (d: O.PyObject, body: (k: O.PyObject) => void) => {
      const it = O.PyObject_GetIter(d);
      try {
        for (let k = O.PyIter_Next(it); k !== null; k = O.PyIter_Next(it)) {
          try {
            body(k);
          } finally {
            O.Py_DECREF(k);
          }
        }
      } finally {
        O.Py_DECREF(it);
      }
    };
    check("iter_changed_size", () => {
      const d = dict([int(1), int(1)], [int(2), int(2)]);
      forEach(d, (k) => O.PyObject_SetItem(d, O.PyNumber_Add(k, int(10)), int(0)));
      return d;
    });
    check("iter_keys_changed", () => {
      const d = dict([int(1), int(1)]);
      forEach(d, (k) => {
        O.PyObject_DelItem(d, k);
        O.PyObject_SetItem(d, int(2), int(2));
      });
      return d;
    });
    check("iter_replace_values", () => {
      const d = dict([int(1), int(1)], [int(2), int(2)]);
      forEach(d, (k) => O.PyObject_SetItem(d, k, O.PyNumber_Multiply(k, int(10))));
      return d;
    });
    check("iter_kinds", () =>
      tup(
        list(ab()),
        list(call(dict([s("a"), int(1)]), "values")),
        list(call(dict([s("a"), int(1)]), "items")),
      ),
    );
    check("iter_type_names", () =>
      tup(
        s(O.PyObject_GetIter(O.PyDict_New()).ob_type.tp_name),
        s(O.PyObject_GetIter(call(O.PyDict_New(), "values")).ob_type.tp_name),
        s(O.PyObject_GetIter(call(O.PyDict_New(), "items")).ob_type.tp_name),
      ),
    );
  });

  it("views", () => {
    const v = () => dict([s("a"), int(1)], [s("b"), tup(int(2), int(3))]);
    check("view_keys", () => call(v(), "keys"));
    check("view_values", () => call(v(), "values"));
    check("view_items", () => call(v(), "items"));
    check("view_empty", () =>
      tup(call(O.PyDict_New(), "keys"), call(O.PyDict_New(), "values"), call(O.PyDict_New(), "items")),
    );
    check("view_len_contains", () => {
      const d = v();
      return tup(
        int(O.PyObject_Length(call(d, "keys"))),
        bool(O.PySequence_Contains(call(d, "keys"), s("a"))),
        bool(O.PySequence_Contains(call(d, "items"), tup(s("a"), int(1)))),
        bool(O.PySequence_Contains(call(d, "items"), tup(s("a"), int(2)))),
        bool(O.PySequence_Contains(call(d, "values"), tup(int(2), int(3)))),
        bool(O.PySequence_Contains(call(d, "items"), s("a"))),
      );
    });
    check("view_live", () => {
      const d = dict([s("x"), int(1)]);
      const k = call(d, "keys");
      O.PyObject_SetItem(d, s("y"), int(2));
      return k;
    });
  });

  it("methods", () => {
    check("get", () =>
      tup(
        call(ab(), "get", [s("a")]),
        call(ab(), "get", [s("z")]),
        call(ab(), "get", [s("z"), int(0)]),
        call(ab(), "get", [int(1)]),
      ),
    );
    check("get_noargs", () => call(ab(), "get"));
    check("get_toomany", () => call(ab(), "get", [int(1), int(2), int(3)]));
    check("get_kw", () => call(ab(), "get", [], [["key", int(1)]]));
    check("pop", () => {
      const d = ab();
      return tup(
        call(d, "pop", [s("a")]),
        call(d, "pop", [s("z"), none()]),
        call(d, "pop", [s("z"), int(7)]),
        d,
      );
    });
    check("pop_noargs", () => call(O.PyDict_New(), "pop"));
    check("pop_empty_unhashable", () => call(O.PyDict_New(), "pop", [lst()]));
    check("pop_unhashable", () => call(dict([int(1), int(1)]), "pop", [lst()]));
    check("setdefault", () => {
      const d = dict([s("a"), int(1)]);
      return tup(
        call(d, "setdefault", [s("a"), int(5)]),
        call(d, "setdefault", [s("b"), int(6)]),
        call(d, "setdefault", [s("c")]),
        d,
      );
    });
    check("setdefault_noargs", () => call(O.PyDict_New(), "setdefault"));
    check("update", () => {
      const d = dict([s("a"), int(1)]);
      O.Py_DECREF(call(d, "update", [dict([s("b"), int(2)])], [["c", int(3)]]));
      O.Py_DECREF(call(d, "update", [lst(tup(s("d"), int(4)), lst(s("a"), int(0)))]));
      O.Py_DECREF(call(d, "update", [], [["e", int(5)]]));
      O.Py_DECREF(call(d, "update"));
      return d;
    });
    check("update_toomany", () => call(O.PyDict_New(), "update", [int(1), int(2)]));
    check("update_not_iterable", () => call(O.PyDict_New(), "update", [int(1)]));
    check("update_not_seq", () => call(O.PyDict_New(), "update", [lst(int(1))]));
    check("update_bad_len", () =>
      call(O.PyDict_New(), "update", [lst(tup(int(1), int(2)), tup(int(1), int(2), int(3)))]),
    );
    check("dict_new", () =>
      tup(
        dictCall([]),
        dictCall([lst(tup(int(1), int(2)))]),
        dictCall([dict([s("a"), int(1)])], [["b", int(2)]]),
        dictCall(
          [],
          [
            ["x", int(1)],
            ["y", int(2)],
          ],
        ),
      ),
    );
    check("dict_new_toomany", () => dictCall([int(1), int(2)]));
    check("dict_new_bad_len", () => dictCall([lst(s("abc"))]));
    check("copy", () => {
      const d = dict([s("a"), lst(int(1))]);
      const c = call(d, "copy");
      O.PyObject_SetItem(c, s("b"), int(2));
      const same = O.PyDict_GetItemString(c, "a") === O.PyDict_GetItemString(d, "a");
      return tup(d, c, bool(same));
    });
    check("clear", () => {
      const d = dict([s("a"), int(1)]);
      const r = call(d, "clear");
      return tup(r, d, int(O.PyObject_Length(d)));
    });
    check("popitem", () => {
      const d = dict([s("a"), int(1)], [s("b"), int(2)], [s("c"), int(3)]);
      const first = call(d, "popitem");
      O.PyObject_DelItem(d, s("a"));
      return tup(first, call(d, "popitem"), d);
    });
    check("popitem_arg", () => call(O.PyDict_New(), "popitem", [int(1)]));
    check("keys_arg", () => call(O.PyDict_New(), "keys", [int(1)]));
    check("fromkeys", () =>
      tup(
        call(O.PyDict_Type, "fromkeys", [s("abc")]),
        call(O.PyDict_Type, "fromkeys", [lst(int(1), int(2)), int(0)]),
        call(O.PyDict_Type, "fromkeys", [lst()]),
      ),
    );
    check("fromkeys_noargs", () => call(O.PyDict_Type, "fromkeys"));
    check("fromkeys_kw", () => call(O.PyDict_Type, "fromkeys", [], [["iterable", int(1)]]));
    check("fromkeys_unhashable", () => call(O.PyDict_Type, "fromkeys", [lst(lst(int(1)))]));
    check("reversed", () =>
      tup(
        list(O.PyObject_Reversed(dict([s("a"), int(1)], [s("b"), int(2)], [s("c"), int(3)]))),
        list(O.PyObject_Reversed(call(ab(), "values"))),
        list(O.PyObject_Reversed(call(dict([s("a"), int(1)]), "items"))),
        s(O.PyObject_Reversed(O.PyDict_New()).ob_type.tp_name),
        s(O.PyObject_Reversed(call(O.PyDict_New(), "values")).ob_type.tp_name),
        s(O.PyObject_Reversed(call(O.PyDict_New(), "items")).ob_type.tp_name),
      ),
    );
    check("reversed_changed", () => {
      const d = dict([int(1), int(1)], [int(2), int(2)]);
      const it = O.PyObject_Reversed(d);
      O.PyIter_Next(it);
      O.PyObject_SetItem(d, int(3), int(3));
      return O.PyIter_Next(it) ?? none();
    });
    check("missing", () => {
      // class Missing(dict): def __missing__(self, key): return key * 2
      const Missing = new O.PyTypeObject({
        name: "Missing",
        base: O.PyDict_Type,
        new: O.PyDict_Type.tp_new!,
        methods: { __missing__: { meth: (_self, args) => O.PyNumber_Multiply(args[0]!, int(2)) } },
      });
      const m = () => O.PyObject_Call(Missing, [], null);
      return tup(
        O.PyObject_GetItem(O.PyObject_Call(Missing, [], new Map([["a", int(1)]])), s("a")),
        O.PyObject_GetItem(m(), int(5)),
        call(m(), "get", [int(5)]),
        bool(O.PySequence_Contains(m(), int(5))),
      );
    });
    check("or", () => O.PyNumber_Or(ab(), dict([s("b"), int(3)], [s("c"), int(4)])));
    check("or_error", () => O.PyNumber_Or(O.PyDict_New(), lst()));
  });

  it("the C-API functions", () => {
    check("c_update_list", () => {
      O.PyDict_Update(O.PyDict_New(), lst(tup(s("a"), int(1))));
      return none();
    });
    check("c_update_dict", () => {
      const d = dict([s("a"), int(1)]);
      O.PyDict_Update(d, dict([s("a"), int(2)], [s("b"), int(3)]));
      return d;
    });
    check("c_setget", () => {
      const d = O.PyDict_New();
      O.PyDict_SetItemString(d, "k", int(1));
      O.PyDict_SetItem(d, int(2), s("two"));
      return tup(
        d,
        int(O.PyDict_Size(d)),
        int(+O.PyDict_Contains(d, fl(2))),
        int(+O.PyDict_Contains(d, int(3))),
      );
    });
    check("c_delstring_missing", () => {
      O.PyDict_DelItemString(O.PyDict_New(), "nokey");
      return none();
    });
    check("c_setitem_unhashable", () => {
      O.PyDict_SetItem(O.PyDict_New(), lst(), int(1));
      return none();
    });
    check("c_lists", () => {
      const d = ab();
      return tup(O.PyDict_Keys(d), O.PyDict_Values(d), O.PyDict_Items(d), O.PyDict_Copy(d));
    });
  });
});

describe("dict reference counts (checked mode)", () => {
  beforeEach(() => {
    O.setCheckedMode(true);
    O.checkpoint();
  });
  afterEach(() => O.setCheckedMode(false));

  it("owns keys and values; replacing, deleting, popping and clearing release them", () => {
    const k = s("key");
    const v = O.PyFloat_FromDouble(1.5);
    const d = O.PyDict_New();
    O.PyDict_SetItem(d, k, v);
    expect([O.Py_REFCNT(k), O.Py_REFCNT(v)]).toEqual([2, 2]);
    // same key again: the first key object stays, the old value is released
    const k2 = s("key");
    const v2 = O.PyFloat_FromDouble(2.5);
    O.PyDict_SetItem(d, k2, v2);
    expect([O.Py_REFCNT(k), O.Py_REFCNT(k2), O.Py_REFCNT(v), O.Py_REFCNT(v2)]).toEqual([2, 1, 1, 2]);
    expect(O.PyDict_GetItem(d, k2)).toBe(v2); // borrowed
    expect(O.Py_REFCNT(v2)).toBe(2);
    const popped = O.PyObject_CallMethod(d, "pop", [k2]);
    expect(popped).toBe(v2);
    expect([O.Py_REFCNT(k), O.Py_REFCNT(v2)]).toEqual([1, 2]);
    O.Py_DECREF(popped);
    O.PyDict_SetItem(d, k, v);
    const it = O.PyObject_CallMethod(d, "items");
    const l = O.PySequence_List(it);
    O.Py_DECREF(it);
    O.Py_DECREF(l);
    const c = O.PyDict_Copy(d);
    O.PyDict_Clear(d);
    expect(O.Py_REFCNT(v)).toBe(2);
    O.Py_DECREF(c);
    O.Py_DECREF(d);
    for (const x of [k, k2, v, v2]) O.Py_DECREF(x);
    expect(O.leakReport()).toEqual([]);
  });

  it("errors, iterators, views and PyDict_Next leak nothing", () => {
    const d = O.PyDict_New();
    for (let i = 0; i < 20; i++) {
      const key = int(1000 + i);
      const val = s(`v${i}`);
      O.PyDict_SetItem(d, key, val);
      O.Py_DECREF(key);
      O.Py_DECREF(val);
    }
    const seen: string[] = [];
    for (let e = O.PyDict_Next(d, 0); e !== null; e = O.PyDict_Next(d, e.pos)) seen.push(O.repr(e.value));
    expect(seen.length).toBe(20);
    const miss = int(99999);
    // the KeyError owns a reference to its key (as CPython's): released here by hand
    let err: unknown = null;
    try {
      O.PyDict_DelItem(d, miss);
    } catch (e) {
      err = e;
    }
    expect(err instanceof O.PyError && err.message).toBe("KeyError: 99999");
    expect(O.Py_REFCNT(miss)).toBe(2);
    for (const a of (err as O.PyError).exc.args) O.Py_DECREF(a);
    const bad = O.PyList_FromArray([]);
    expect(() => O.PyDict_SetItem(d, bad, bad)).toThrow("TypeError: unhashable type: 'list'");
    expect(O.PyDict_GetItem(d, bad)).toBeNull();
    expect(() => O.PyDict_GetItemWithError(d, bad)).toThrow("unhashable");
    for (const name of ["keys", "values", "items"]) {
      const view = O.PyObject_CallMethod(d, name);
      const iter = O.PyObject_GetIter(view);
      for (let x = O.PyIter_Next(iter); x !== null; x = O.PyIter_Next(iter)) O.Py_DECREF(x);
      O.Py_DECREF(iter);
      expect(O.repr(view).startsWith(`dict_${name}([`)).toBe(true);
      O.Py_DECREF(view);
    }
    const iter = O.PyObject_GetIter(d);
    const first = O.PyIter_Next(iter)!;
    O.PyDict_DelItem(d, first);
    expect(() => O.PyIter_Next(iter)).toThrow("dictionary changed size during iteration");
    O.Py_DECREF(first);
    O.Py_DECREF(iter);
    for (let i = 0; i < 19; i++) O.Py_DECREF(O.PyObject_CallMethod(d, "popitem"));
    expect(O.PyDict_Size(d)).toBe(0);
    O.Py_DECREF(miss);
    O.Py_DECREF(bad);
    O.Py_DECREF(d);
    expect(O.leakReport()).toEqual([]);
  });
});
