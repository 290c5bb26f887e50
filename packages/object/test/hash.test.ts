import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import * as O from "../src/index.js";
import { s as str } from "./helpers.js";

/** CPython's answers with PYTHONHASHSEED=0, written by fixtures/gen_hash.py. */
const fx: {
  strs: [string, string][];
  bytes: [number[], string][];
  sets: { items: string[]; order: string[] }[];
} = JSON.parse(readFileSync(fileURLToPath(new URL("./fixtures/hash.json", import.meta.url)), "utf8"));

describe("str and bytes hashes are CPython's SipHash-1-3 (PYTHONHASHSEED=0)", () => {
  it("hash(s) for strs of every representation width and length", () => {
    for (const [s, h] of fx.strs) {
      const o = str(s);
      expect(String(O.PyObject_HashValue(o)), JSON.stringify(s)).toBe(h);
      // tp_hash (a JS number) is the same value when exact, the nearest double beyond 2**53.
      expect(O.PyObject_Hash(o)).toBe(Number(BigInt(h)));
      O.Py_DECREF(o);
    }
  });

  it("_Py_HashBytes of byte strings, and equal content hashes alike as str and bytes", () => {
    for (const [b, h] of fx.bytes) {
      const u8 = Uint8Array.from(b);
      expect(String(O._Py_HashBytesExact(u8)), JSON.stringify(b)).toBe(h);
      expect(O._Py_HashBytes(u8)).toBe(Number(BigInt(h)));
      // a sub-range hashes as the bytes it covers
      const padded = new Uint8Array(u8.length + 5);
      padded.set(u8, 3);
      expect(String(O._Py_HashBytesExact(padded, 3, u8.length))).toBe(h);
    }
    for (const [s, h] of fx.strs) {
      if ([...s].every((c) => c.charCodeAt(0) <= 0xff)) {
        const latin1 = Uint8Array.from(s, (c) => c.charCodeAt(0));
        expect(String(O._Py_HashBytesExact(latin1))).toBe(h);
      }
    }
  });

  it("a set of strs iterates in CPython's order", () => {
    for (const { items, order } of fx.sets) {
      const set = O.PySet_New(null);
      for (const x of items) {
        const o = str(x);
        O.PySet_Add(set, o);
        O.Py_DECREF(o);
      }
      const got = O.iterateToArray(set).map((o) => {
        const v = (o as O.PyUnicodeObject).value;
        O.Py_DECREF(o);
        return v;
      });
      expect(got).toEqual(order);
      O.Py_DECREF(set);
    }
  });
});
