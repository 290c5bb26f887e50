import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import * as O from "../src/index.js";
import { int, s } from "./helpers.js";

/** CPython's answers, written by fixtures/gen_generator.py (each case is named there). */
const fx: Record<string, string> = JSON.parse(
  readFileSync(fileURLToPath(new URL("./fixtures/generator.json", import.meta.url)), "utf8"),
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

const list = (...xs: O.PyObject[]) => O.PyList_FromArray(xs);
const tup = (...xs: O.PyObject[]) => O.PyTuple_Pack(xs);
const next = (g: O.PyObject) => O.PyIter_NextOrRaise(g);
const value = (o: O.PyObject) => (o as O.PyLongObject).value as number;

// ---- the generator functions of gen_generator.py, their bodies as frames
function count(n: number): O.PyGenObject {
  function* body(): O.PyGenFrame {
    let i = 0;
    while (i < n) {
      const x = yield int(i);
      if (x !== O.Py_None) i = value(x);
      else i += 1;
      O.Py_DECREF(x);
    }
    return s("done");
  }
  return O.PyGen_New(body(), "count");
}
function catcher(): O.PyGenObject {
  function* body(): O.PyGenFrame {
    for (;;) {
      try {
        O.Py_DECREF(yield s("ready"));
      } catch (e) {
        if (!O.isPyError(e, O.PyExc_ValueError)) throw e;
        O.Py_DECREF(yield s(`caught ${O.exceptionStr(e.exc)}`));
      }
    }
  }
  return O.PyGen_New(body(), "catcher");
}
function cleanup(log: string[]): O.PyGenObject {
  function* body(): O.PyGenFrame {
    try {
      O.Py_DECREF(yield int(1));
      O.Py_DECREF(yield int(2));
    } finally {
      log.push("closed");
    }
    return O.Py_NewRef(O.Py_None);
  }
  return O.PyGen_New(body(), "cleanup");
}
function stubborn(): O.PyGenObject {
  function* body(): O.PyGenFrame {
    try {
      O.Py_DECREF(yield int(1));
    } finally {
      O.Py_DECREF(yield int(2));
    }
    return O.Py_NewRef(O.Py_None);
  }
  return O.PyGen_New(body(), "stubborn");
}
function leaks(): O.PyGenObject {
  function* body(): O.PyGenFrame {
    O.Py_DECREF(yield int(1));
    O.raise(O.PyExc_StopIteration, "inner");
  }
  return O.PyGen_New(body(), "leaks");
}
function outer(): O.PyGenObject {
  const g: O.PyGenObject = O.PyGen_New(body(), "outer");
  function* body(): O.PyGenFrame {
    const r = yield* O.PyGen_YieldFrom(count(3), g);
    O.Py_DECREF(yield s(`inner returned ${O.str(r)}`));
    return s("outer done");
  }
  return g;
}
function outerList(): O.PyGenObject {
  function* body(): O.PyGenFrame {
    O.Py_DECREF(yield* O.PyGen_YieldFrom(list(int(10), int(20))));
    return s("list done");
  }
  return O.PyGen_New(body(), "outer_list");
}
const send = (g: O.PyObject, v: O.PyObject) => O.PyObject_CallMethod(g, "send", [v]);
const throwIn = (g: O.PyObject, ...a: O.PyObject[]) => O.PyObject_CallMethod(g, "throw", a);
const exc = (t: O.PyTypeObject, msg: string) => O.PyObject_Call(t, [s(msg)], null);

describe("generators (CPython 3.11 answers from gen_generator.py)", () => {
  it("send, throw, close, yield from, StopIteration and the errors", () => {
    check("list_count", () => O.PySequence_List(count(3)));
    check("repr", () => count(1));
    check("name", () =>
      tup(O.PyObject_GetAttr(count(1), "__name__"), O.PyObject_GetAttr(count(1), "__qualname__")),
    );
    check("send_seq", () => {
      const g = count(5);
      const r = [next(g), send(g, int(3)), next(g)];
      try {
        next(g);
      } catch (e) {
        if (!O.isPyError(e, O.PyExc_StopIteration)) throw e;
        r.push(tup(s("stop"), O.PyObject_GetAttr(e.exc, "value"), O.PyObject_GetAttr(e.exc, "args")));
      }
      r.push(O.PySequence_List(g));
      return list(...r);
    });
    check("send_fresh", () => send(count(3), int(1)));
    check("next_exhausted", () => {
      const g = count(0);
      O.Py_DECREF(O.PySequence_List(g));
      return next(g);
    });
    check("exhausted_send", () => {
      const g = count(0);
      O.Py_DECREF(O.PySequence_List(g));
      return send(g, O.Py_None);
    });
    check("throw_caught", () => {
      const g = catcher();
      return list(
        next(g),
        throwIn(g, exc(O.PyExc_ValueError, "x")),
        next(g),
        throwIn(g, O.PyExc_ValueError, s("y")),
      );
    });
    check("throw_uncaught", () => {
      const g = catcher();
      O.Py_DECREF(next(g));
      return throwIn(g, exc(O.PyExc_KeyError, "k"));
    });
    check("throw_then_next", () => {
      const g = catcher();
      O.Py_DECREF(next(g));
      expect(() => throwIn(g, exc(O.PyExc_KeyError, "k"))).toThrow("KeyError");
      return next(g);
    });
    check("throw_bad", () => throwIn(catcher(), int(1)));
    check("throw_exhausted", () => {
      const g = count(0);
      O.Py_DECREF(O.PySequence_List(g));
      return throwIn(g, exc(O.PyExc_ValueError, "late"));
    });
    check("close_cleanup", () => {
      const log: string[] = [];
      const g = cleanup(log);
      O.Py_DECREF(next(g));
      const r = O.PyObject_CallMethod(g, "close");
      return tup(r, list(...log.map(s)), O.PySequence_List(g));
    });
    check("close_fresh", () => {
      const log: string[] = [];
      const g = cleanup(log);
      O.Py_DECREF(O.PyObject_CallMethod(g, "close"));
      return tup(list(...log.map(s)), O.PySequence_List(g));
    });
    check("close_stubborn", () => {
      const g = stubborn();
      O.Py_DECREF(next(g));
      return O.PyObject_CallMethod(g, "close");
    });
    check("leaks", () => O.PySequence_List(leaks()));
    check("already_executing", () => {
      let me: O.PyGenObject | null = null;
      function* body(): O.PyGenFrame {
        O.Py_DECREF(yield next(me!));
        return O.Py_NewRef(O.Py_None);
      }
      me = O.PyGen_New(body(), "selfish");
      return next(me);
    });
    check("gi_running", () => {
      const g = count(2);
      return tup(O.PyObject_GetAttr(g, "gi_running"), next(g), O.PyObject_GetAttr(g, "gi_running"));
    });
    check("yield_from", () => O.PySequence_List(outer()));
    check("yield_from_send", () => {
      const g = outer();
      return list(next(g), send(g, int(2)), next(g));
    });
    check("yield_from_stop", () => {
      const g = outer();
      O.Py_DECREF(O.PySequence_List(g));
      try {
        next(g);
      } catch (e) {
        if (!O.isPyError(e, O.PyExc_StopIteration)) throw e;
        return tup(s("again"), O.PyObject_GetAttr(e.exc, "args"));
      }
      return O.Py_NewRef(O.Py_None);
    });
    check("yield_from_return", () => {
      const g = outer();
      for (let i = 0; i < 4; i++) O.Py_DECREF(next(g));
      try {
        next(g);
      } catch (e) {
        if (!O.isPyError(e, O.PyExc_StopIteration)) throw e;
        return O.PyObject_GetAttr(e.exc, "value");
      }
      return O.Py_NewRef(O.Py_None);
    });
    check("yield_from_list", () => O.PySequence_List(outerList()));
    check("yield_from_throw", () => {
      function* body(): O.PyGenFrame {
        O.Py_DECREF(yield* O.PyGen_YieldFrom(catcher()));
        return O.Py_NewRef(O.Py_None);
      }
      const g = O.PyGen_New(body(), "deleg");
      return list(next(g), throwIn(g, exc(O.PyExc_ValueError, "deep")));
    });
    expect(Object.keys(fx).filter((k) => !done.has(k))).toEqual([]);
  });

  it("gi_yieldfrom names the delegate while a yield from runs; a dropped paused generator is closed", () => {
    const g = outer();
    O.Py_DECREF(next(g));
    const yf = O.PyObject_GetAttr(g, "gi_yieldfrom");
    expect(O.repr(yf)).toMatch(/^<generator object count at 0x[0-9a-f]+>$/);
    O.Py_DECREF(yf);
    const log: string[] = [];
    const c = cleanup(log);
    O.Py_DECREF(next(c));
    O.Py_DECREF(c);
    expect(log).toEqual(["closed"]);
  });
});
