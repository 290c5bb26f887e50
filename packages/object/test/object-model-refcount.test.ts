/**
 * Reference counts of the object model for interpreters: instances of classes
 * made at run time, their dicts and slots, bound methods, closures, sets and
 * generators are all given back (checked mode's leak report is empty).
 */
import { afterEach, beforeEach, expect, it } from "vitest";
import * as O from "../src/index.js";
import { int, s } from "./helpers.js";

beforeEach(() => O.setCheckedMode(true));
afterEach(() => O.setCheckedMode(false));

const none = () => O.Py_NewRef(O.Py_None);
/** Calls `f(args)` and releases the arguments (stolen) and the result. */
function run(f: O.PyObject, ...args: O.PyObject[]): void {
  const r = O.PyObject_Call(f, args, null);
  for (const a of args) O.Py_DECREF(a);
  O.Py_DECREF(r);
}

it("instances, attributes, special methods, bound methods, super() and generators give back every reference", () => {
  const mod = s("mod");
  const ns = O.PyDict_New();
  O.PyDict_SetItemString(ns, "__module__", mod);
  const init = O.PyFunction_New(
    "__init__",
    (_f, [self, v]) => {
      O.PyObject_SetAttr(self!, "v", v!);
      const fresh = O.PySet_New(null);
      O.PyObject_SetAttr(self!, "items", fresh);
      O.Py_DECREF(fresh);
      const items = O.PyObject_GetAttr(self!, "items");
      O.PyObject_SetAttr(self!, "items", items); // the same object again
      O.Py_DECREF(items);
      return none();
    },
    { qualname: "Box.__init__" },
  );
  const repr = O.PyFunction_New("__repr__", (_f, [self]) => {
    const v = O.PyObject_GetAttr(self!, "v");
    const r = s(`Box(${O.repr(v)})`);
    O.Py_DECREF(v);
    return r;
  });
  const len = O.PyFunction_New("__len__", () => int(1));
  for (const [k, f] of [
    ["__init__", init],
    ["__repr__", repr],
    ["__len__", len],
  ] as const) {
    O.PyDict_SetItemString(ns, k, f);
    O.Py_DECREF(f);
  }
  const Box = O.PyType_FromNamespace("Box", [], ns);
  O.Py_DECREF(ns);
  O.Py_DECREF(mod);
  const sub = O.PyDict_New();
  const Sub = O.PyType_FromNamespace("Sub", [Box], sub);
  O.Py_DECREF(sub);
  // generator frames
  function* frame(n: number): O.PyGenFrame {
    for (let i = 0; i < n; i++) O.Py_DECREF(yield int(i * 1000));
    return s("end");
  }
  O.checkpoint();

  const five = int(5000);
  const b = O.PyObject_Call(Sub, [five], null);
  O.Py_DECREF(five);
  expect(O.repr(b)).toBe("Box(5000)");
  expect(O.PyObject_Length(b)).toBe(1);
  const m = O.PyObject_GetAttr(b, "__repr__"); // a bound method
  run(m);
  O.Py_DECREF(m);
  const sup = O.PySuper_New(Sub, b);
  const r = O.PyObject_GetAttr(sup, "__repr__");
  run(r);
  O.Py_DECREF(r);
  O.Py_DECREF(sup);
  const items = O.PyObject_GetAttr(b, "items");
  for (let i = 0; i < 20; i++) {
    const k = int(i * 7919);
    O.PySet_Add(items, k);
    O.Py_DECREF(k);
  }
  O.Py_DECREF(O.PyObject_CallMethod(items, "pop"));
  O.Py_DECREF(items);
  O.PyObject_SetAttr(b, "v", null);
  const cell = O.PyCell_New(b);
  const f = O.PyFunction_New("get", (fn) => O.PyCell_Get(fn.func_closure!.items[0]!)!, {
    closure: [cell],
    defaults: [b],
  });
  O.Py_DECREF(cell);
  run(f);
  O.Py_DECREF(f);
  O.Py_DECREF(b);
  const g = O.PyGen_New(frame(3), "g");
  O.Py_DECREF(O.PySequence_List(g));
  O.Py_DECREF(g);
  const paused = O.PyGen_New(frame(5), "paused");
  O.Py_DECREF(O.PyIter_Next(paused)!);
  O.Py_DECREF(paused); // closed on dealloc
  expect(O.leakReport()).toEqual([]);
});
