import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import * as O from "../src/index.js";
import { int, s as str } from "./helpers.js";

/** A tagged value of gen_set.py: ["i", n], ["s", text], ["l"|"t"|"S"|"F"|"d", [values]]. */
type Val = [string, unknown?];
interface Program {
  init: Val;
  steps: unknown[][];
  answers: string[];
  /** Whether answers show repr(s) after the step (false for str keys, whose order CPython randomizes). */
  show: boolean;
}
/** CPython's answers, written by fixtures/gen_set.py. */
const fx: { programs: Program[] } = JSON.parse(
  readFileSync(fileURLToPath(new URL("./fixtures/set.json", import.meta.url)), "utf8"),
);

/** Builds a tagged value (new reference). */
function build(v: Val): O.PyObject {
  const [tag, x] = v;
  if (tag === "i") return int(x as number);
  if (tag === "s") return str(x as string);
  const items = (x as Val[]).map(build);
  switch (tag) {
    case "l":
      return O.PyList_FromArray(items);
    case "t":
      return O.PyTuple_Pack(items);
    case "d": {
      const d = O.PyDict_New();
      for (const k of items) {
        O.PyDict_SetItem(d, k, O.Py_None);
        O.Py_DECREF(k);
      }
      return d;
    }
  }
  const list = O.PyList_FromArray(items);
  const r = tag === "S" ? O.PySet_New(list) : O.PyFrozenSet_New(list);
  O.Py_DECREF(list);
  return r;
}

const binary: Record<string, (a: O.PyObject, b: O.PyObject) => O.PyObject> = {
  "|": O.PyNumber_Or,
  "&": O.PyNumber_And,
  "-": O.PyNumber_Subtract,
  "^": O.PyNumber_Xor,
  "+": O.PyNumber_Add,
};
const compare: Record<string, O.CompareOp> = {
  "==": O.Py_EQ,
  "!=": O.Py_NE,
  "<": O.Py_LT,
  "<=": O.Py_LE,
  ">": O.Py_GT,
  ">=": O.Py_GE,
};

/** Runs one step on `s` (owned); returns the set afterwards (owned) and the answer line. */
function step(s: O.PyObject, st: unknown[], show: boolean): [O.PyObject, string] {
  const kind = st[0] as string;
  const args: O.PyObject[] = [];
  try {
    let r: O.PyObject;
    switch (kind) {
      case "m":
        for (const a of st[2] as Val[]) args.push(build(a));
        r = O.PyObject_CallMethod(s, st[1] as string, args);
        break;
      case "op":
        args.push(build(st[2] as Val));
        r = binary[st[1] as string]!(s, args[0]!);
        break;
      case "rop":
        args.push(build(st[2] as Val));
        r = binary[st[1] as string]!(args[0]!, s);
        break;
      case "iop": {
        args.push(build(st[2] as Val));
        const after = O.PyNumber_InPlaceOp((st[1] as string).slice(0, -1), s, args[0]!);
        r = O.PyBool_FromBool(after === s);
        O.Py_DECREF(s);
        s = after;
        break;
      }
      case "in":
        args.push(build(st[1] as Val));
        r = O.PyBool_FromBool(O.PySequence_Contains(s, args[0]!));
        break;
      case "cmp":
        args.push(build(st[2] as Val));
        r = O.PyObject_RichCompare(s, args[0]!, compare[st[1] as string]!);
        break;
      case "hash": {
        const h = O.PyObject_HashValue(s);
        return [s, `${h} | ${O.repr(s)}`];
      }
      case "len":
        r = O.PyLong_FromValue(O.PyObject_Length(s));
        break;
      case "list":
        r = O.PySequence_List(s);
        break;
      case "mutate_iter": {
        const it = O.PyObject_GetIter(s);
        try {
          for (let x = O.PyIter_Next(it); x !== null; x = O.PyIter_Next(it)) {
            const k = int(1000);
            const y = O.PyNumber_Add(x, k);
            O.PySet_Add(s, y);
            for (const o of [x, k, y]) O.Py_DECREF(o);
          }
        } finally {
          O.Py_DECREF(it);
        }
        r = O.Py_NewRef(O.Py_None);
        break;
      }
      default:
        throw new Error(`unknown step ${kind}`);
    }
    const line = show ? `${O.repr(r)} | ${O.repr(s)}` : O.repr(r);
    O.Py_DECREF(r);
    return [s, line];
  } catch (e) {
    if (e instanceof O.PyError) return [s, e.message];
    throw e;
  } finally {
    for (const a of args) O.Py_DECREF(a);
  }
}

describe("set and frozenset (CPython 3.11 answers from gen_set.py)", () => {
  beforeEach(() => O.setCheckedMode(true));
  afterEach(() => O.setCheckedMode(false));

  it(`runs ${fx.programs.length} programs step by step: results, reprs, messages, iteration order`, () => {
    let steps = 0;
    let leakChecked = 0;
    for (const [n, p] of fx.programs.entries()) {
      O.checkpoint();
      let s = build(p.init);
      for (const [i, st] of p.steps.entries()) {
        let line: string;
        [s, line] = step(s, st, p.show);
        expect(line, `program ${n} step ${i} ${JSON.stringify(st)}`).toBe(p.answers[i]);
        steps++;
      }
      O.Py_DECREF(s);
      // a KeyError holds a reference to its key; otherwise nothing may stay alive
      if (!p.answers.some((a) => a.startsWith("KeyError"))) {
        expect(O.leakReport(), `program ${n}`).toEqual([]);
        leakChecked++;
      }
    }
    expect(steps).toBeGreaterThan(900);
    expect(leakChecked).toBeGreaterThan(40);
  });
});
