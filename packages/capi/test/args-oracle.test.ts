/**
 * The argument engines (src/args/) against CPython 3.11: every case of
 * test/fixtures/args.json (written by gen_args_fixtures.py through the
 * native oracle test/native/argoracle.c) runs through the TypeScript engine
 * over a fake memory, on the LP64 model (as the oracle) and, where the
 * values fit, on wasm32.
 */
import { readFileSync } from "node:fs";
import { PyByteArray_FromBytes, PyBytes_FromBytes } from "@py/buffer";
import { PyMemoryView_FromObject } from "@py/memoryview";
import {
  exceptionStr,
  PyDict_New,
  PyDict_SetItem,
  floatRepr,
  PyError,
  PyExc_ValueError,
  PyFloat_FromDouble,
  PyList_FromArray,
  PyLong_FromValue,
  PyLong_Type,
  PyObject,
  PyObject_GetItem,
  PyTypeObject,
  PySlice_New,
  PyTuple_Pack,
  PyTuple_Type,
  PyUnicode_FromString,
  PyUnicode_Type,
  PyFloat_Type,
  Py_False,
  Py_DECREF,
  Py_INCREF,
  Py_None,
  Py_True,
  normalizeInt,
  repr,
} from "@py/object";
import { PyBytes_Type } from "@py/buffer";
import { PyList_Type } from "@py/object";
import { describe, expect, it } from "vitest";
import {
  ArrayVaList,
  bytesFromFormat,
  MODEL_LP64,
  MODEL_WASM32,
  type DataModel,
  PyArg_Parse,
  PyArg_ParseTuple,
  PyArg_ParseTupleAndKeywords,
  PyArg_UnpackTuple,
  PyErr_Format,
  Py_BuildValue,
  unicodeFromFormat,
} from "../src/index.js";
import { CONVERTERS, FakeBridge } from "./args-fake-bridge.js";

type J = any;
const fx: { parse: J[]; call: J[] } = JSON.parse(
  readFileSync(process.env.ARGS_FIXTURE ?? new URL("./fixtures/args.json", import.meta.url), "utf8"),
);

const hex = (s: string): Uint8Array => Uint8Array.from(s.match(/../g) ?? [], (h) => Number.parseInt(h, 16));
const toHex = (u8: Uint8Array): string => Array.from(u8, (x) => x.toString(16).padStart(2, "0")).join("");

/** A Python value of the fixture's tagged JSON (a new reference). */
function val(j: J): PyObject {
  if ("none" in j) return Py_None;
  if ("bool" in j) return j.bool ? Py_True : Py_False;
  if ("int" in j) return PyLong_FromValue(normalizeInt(BigInt(j.int)));
  if ("float" in j) return PyFloat_FromDouble(pyFloat(j.float));
  if ("str" in j) return PyUnicode_FromString(j.str);
  if ("bytes" in j) return PyBytes_FromBytes(hex(j.bytes));
  if ("bytearray" in j) return PyByteArray_FromBytes(hex(j.bytearray));
  if ("tuple" in j) return PyTuple_Pack(j.tuple.map(val));
  if ("list" in j) return PyList_FromArray(j.list.map(val));
  if ("index" in j) return new IdxObject(BigInt(j.index));
  if ("longname" in j) return new PyObject(longNamedType(j.longname));
  if ("dict" in j) {
    const d = PyDict_New();
    for (const [k, v] of j.dict) {
      const ko = val(k);
      const vo = val(v);
      PyDict_SetItem(d, ko, vo);
      Py_DECREF(ko);
      Py_DECREF(vo);
    }
    return d;
  }
  if ("memoryview" in j) {
    const mv = PyMemoryView_FromObject(PyBytes_FromBytes(hex(j.memoryview)));
    if (j.step === 1) return mv;
    return PyObject_GetItem(mv, PySlice_New(null, null, PyLong_FromValue(j.step)));
  }
  throw new Error(`bad value ${JSON.stringify(j)}`);
}

function pyFloat(s: string): number {
  return s === "inf" ? Infinity : s === "-inf" ? -Infinity : s === "nan" ? Number.NaN : Number(s);
}

/** `Idx`: an object with `__index__` only, as the generator's class. */
class IdxObject extends PyObject {
  constructor(readonly v: bigint) {
    super(Idx_Type);
  }
}
const Idx_Type: PyTypeObject = new PyTypeObject({
  name: "Idx",
  repr: (o) => `Idx(${(o as IdxObject).v})`,
  as_number: { nb_index: (o) => PyLong_FromValue(normalizeInt((o as IdxObject).v)) },
});

const longTypes = new Map<number, PyTypeObject>();
/** A type whose name has `n` characters (the generator's `long_named`). */
function longNamedType(n: number): PyTypeObject {
  let t = longTypes.get(n);
  if (t === undefined) {
    t = new PyTypeObject({ name: "T".repeat(n), repr: () => `<T*${n}>` });
    longTypes.set(n, t);
  }
  return t;
}

const TYPES: Record<string, PyObject> = {
  int: PyLong_Type,
  str: PyUnicode_Type,
  bytes: PyBytes_Type,
  list: PyList_Type,
  tuple: PyTuple_Type,
  float: PyFloat_Type,
};

/** Addresses in reprs differ between the runs. */
const noAddr = (s: unknown): unknown =>
  typeof s === "string" ? s.replace(/ at 0x[0-9a-f]+/g, " at 0x?") : s;

function excOf(e: unknown): J {
  if (!(e instanceof PyError)) throw e;
  return { ok: false, exc: e.exc.ob_type.tp_name, msg: exceptionStr(e.exc) };
}

const SLOT = 128;

function readKind(b: FakeBridge, base: number, o: J[]): J {
  const [kind, i] = o as [string, number];
  const at = base + SLOT * i;
  const dv = b.dv;
  const m = b.model;
  switch (kind) {
    case "i8":
      return String(dv.getInt8(at));
    case "u8":
      return String(dv.getUint8(at));
    case "i16":
      return String(dv.getInt16(at, true));
    case "u16":
      return String(dv.getUint16(at, true));
    case "i32":
      return String(dv.getInt32(at, true));
    case "u32":
      return String(dv.getUint32(at, true));
    case "i64":
      return String(dv.getBigInt64(at, true));
    case "u64":
      return String(dv.getBigUint64(at, true));
    case "long":
      return m.long === 8 ? String(dv.getBigInt64(at, true)) : String(dv.getInt32(at, true));
    case "ulong":
      return m.long === 8 ? String(dv.getBigUint64(at, true)) : String(dv.getUint32(at, true));
    case "ssize":
      return m.ssize === 8 ? String(dv.getBigInt64(at, true)) : String(dv.getInt32(at, true));
    case "f32":
      return floatRepr(dv.getFloat32(at, true));
    case "f64":
      return floatRepr(dv.getFloat64(at, true));
    case "obj": {
      const p = b.load(at, "ptr");
      return p === 0 ? null : repr(b.objectAt(p));
    }
    case "cstr": {
      const p = b.load(at, "ptr");
      return p === 0 ? null : toHex(b.cString(p));
    }
    case "pbytes": {
      const p = b.load(at, "ptr");
      const n = b.load(base + SLOT * (o[2] as unknown as number), "ssize");
      return [p === 0 ? null : toHex(b.bytesAt(p, n)), n];
    }
    case "buffer": {
      const w = m.ssize;
      const buf = b.load(at, "ptr");
      const obj = b.load(at + w, "ptr");
      const len = b.load(at + 2 * w, "ssize");
      const ro = dv.getInt32(at + 4 * w, true);
      return {
        hex: buf ? toHex(b.bytesAt(buf, len)) : "",
        len,
        readonly: ro,
        obj: obj === 0 ? null : repr(b.objectAt(obj)),
      };
    }
    case "mem": {
      const p = b.load(at, "ptr");
      return p === 0 ? null : toHex(b.cString(p));
    }
    case "memn": {
      const p = b.load(at, "ptr");
      const n = b.load(base + SLOT * (o[2] as unknown as number), "ssize");
      return [p === 0 ? null : toHex(b.bytesAt(p, n + 1)), n];
    }
  }
  throw new Error(`kind ${kind}`);
}

/** How a case passes its keywords and its kwlist (every form must give the same answer). */
interface Variant {
  /** Keywords as a dict object rather than a Map. */
  dictKwargs: boolean;
  /** kwlist as a `char **` in memory rather than JS strings. */
  kwlistInMemory: boolean;
}

function runParse(
  c: J,
  model: DataModel,
  variant: Variant = { dictKwargs: false, kwlistInMemory: false },
): J {
  const b = new FakeBridge(model);
  const base = b.alloc(SLOT * 24);
  for (const ini of c.init ?? []) {
    const at = base + SLOT * ini.slot;
    if ("ptrto" in ini) b.store(at, "ptr", base + SLOT * ini.ptrto);
    if ("ssize" in ini) b.store(at, "ssize", ini.ssize);
  }
  const va: number[] = [];
  const vaSpec: J[] = c.va === "24 slots" ? Array.from({ length: 24 }, (_, slot) => ({ slot })) : c.va;
  for (const v of vaSpec) {
    if ("slot" in v) va.push(base + SLOT * v.slot);
    else if ("type" in v) va.push(b.ptrOf(TYPES[v.type]!));
    else if ("conv" in v) va.push(CONVERTERS[v.conv]!);
    else if ("enc" in v) va.push(b.cStringOf(new TextEncoder().encode(v.enc)));
    else if ("null" in v) va.push(0);
  }
  const args = c.args === null ? null : val(c.args);
  const opts = { ssizeClean: c.clean };
  // The oracle passes 24 variadic pointers, NULL past the case's own.
  while (va.length < 24) va.push(0);
  const vl = new ArrayVaList(va);
  try {
    switch (c.mode) {
      case 0:
        PyArg_ParseTuple(b, args!, c.fmt, vl, opts);
        break;
      case 1: {
        const pairs: [J, J][] = c.kwargs ? c.kwargs.dict : [];
        const strKeys = pairs.every(([k]) => "str" in k);
        const kw = !c.kwargs
          ? null
          : variant.dictKwargs || !strKeys
            ? val(c.kwargs)
            : new Map(pairs.map(([k, v]) => [k.str as string, val(v)]));
        let kwlist: number | string[] = c.kwlist;
        if (variant.kwlistInMemory) {
          const w = model.ssize;
          kwlist = b.alloc(w * (c.kwlist.length + 1));
          for (const [k, name] of (c.kwlist as string[]).entries()) {
            b.store(kwlist + w * k, "ptr", b.cStringOf(new TextEncoder().encode(name)));
          }
          b.store(kwlist + w * c.kwlist.length, "ptr", 0);
        }
        PyArg_ParseTupleAndKeywords(b, args!, kw, c.fmt, kwlist, vl, opts);
        break;
      }
      case 2:
        PyArg_Parse(b, args, c.fmt, vl, opts);
        break;
      case 3:
        PyArg_UnpackTuple(b, args!, c.fmt, c.kwlist[0], c.kwlist[1], vl);
        break;
    }
  } catch (e) {
    const r = excOf(e);
    r.cleanups = b.cleanupCalls;
    expect(b.live.size, "buffers released after a failed parse").toBe(0);
    return r;
  }
  const out = (c.out as J[]).map((o) => readKind(b, base, o));
  for (const h of [...b.live]) h.release();
  return { ok: true, out, cleanups: b.cleanupCalls };
}

function strip(r: J): J {
  return JSON.parse(JSON.stringify(r), (_k, v) => noAddr(v));
}

describe("PyArg_* against CPython 3.11 (native oracle)", () => {
  for (const model of ["lp64", "wasm32"] as const) {
    const cases = fx.parse.filter((c) =>
      model === "lp64" ? c.models.includes("lp64") : c.models.includes("wasm32"),
    );
    it(`${cases.length} parse cases on ${model}`, () => {
      const failures: string[] = [];
      for (const c of cases) {
        const variants: Variant[] =
          c.mode === 1
            ? [
                { dictKwargs: false, kwlistInMemory: false },
                { dictKwargs: true, kwlistInMemory: true },
              ]
            : [{ dictKwargs: false, kwlistInMemory: false }];
        for (const variant of variants) {
          let got: J;
          try {
            got = runParse(c, model === "lp64" ? MODEL_LP64 : MODEL_WASM32, variant);
          } catch (e) {
            got = { crash: String(e) };
          }
          const want = strip(c.expect);
          if (JSON.stringify(strip(got)) !== JSON.stringify(want)) {
            failures.push(
              `${c.id} ${JSON.stringify(variant)}\n    want ${JSON.stringify(want)}\n    got  ${JSON.stringify(strip(got))}`,
            );
          }
        }
      }
      expect(failures.join("\n")).toBe("");
    });
  }
});

function runCall(c: J, model: DataModel): J {
  const b = new FakeBridge(model);
  const va: (number | bigint)[] = [];
  for (const a of c.args as J[]) {
    const t = a[0];
    if (t === "i" || t === "l" || t === "L" || t === "n" || t === "p") va.push(BigInt(a[1]));
    else if (t === "d") va.push(pyFloat(a[1]));
    else if (t === "s") va.push(a[1] === null ? 0 : b.cStringOf(hex(a[1])));
    else if (t === "w") {
      const cps = Array.from(a[1] as string, (ch) => ch.codePointAt(0)!);
      const p = b.alloc(4 * (cps.length + 1));
      for (const [k, cp] of cps.entries()) b.dv.setUint32(p + 4 * k, cp, true);
      b.dv.setUint32(p + 4 * cps.length, 0, true);
      va.push(p);
    } else if (t === "O" || t === "N") {
      const o = val(a[1]);
      if (t === "N") Py_INCREF(o);
      va.push(b.ptrOf(o));
    } else if (t === "null") va.push(0);
    else if (t === "conv") {
      va.push(CONVERTERS[a[1]]!);
      const p = b.alloc(4);
      b.dv.setInt32(p, a[2], true);
      va.push(p);
    }
  }
  // Past the case's own arguments the oracle's callee reads zeros.
  for (let k = 0; k < 24; k++) va.push(0);
  const vl = new ArrayVaList(va);
  try {
    switch (c.what) {
      case 0: {
        const o = Py_BuildValue(b, c.fmt, vl, { ssizeClean: c.clean });
        return { ok: true, type: o.ob_type.tp_name, repr: repr(o) };
      }
      case 1:
        return { ok: true, str: unicodeFromFormat(b, latin1(c.fmt), vl) };
      case 2:
        return { ok: true, bytes: toHex(bytesFromFormat(b, latin1(c.fmt), vl)) };
      case 3:
        PyErr_Format(b, PyExc_ValueError, latin1(c.fmt), vl);
    }
  } catch (e) {
    return excOf(e);
  }
  throw new Error("unreachable");
}

/** The oracle passes formats as latin-1 bytes. */
function latin1(s: string): Uint8Array {
  return Uint8Array.from(s, (ch) => ch.charCodeAt(0));
}

describe("Py_BuildValue, PyUnicode_FromFormat, PyBytes_FromFormat, PyErr_Format against CPython 3.11", () => {
  for (const model of ["lp64", "wasm32"] as const) {
    const cases = fx.call.filter((c) => c.models.includes(model));
    it(`${cases.length} cases on ${model}`, () => {
      const failures: string[] = [];
      for (const c of cases) {
        let got: J;
        try {
          got = runCall(c, model === "lp64" ? MODEL_LP64 : MODEL_WASM32);
        } catch (e) {
          got = { crash: String(e) };
        }
        if (JSON.stringify(got) !== JSON.stringify(c.expect)) {
          failures.push(`${c.id}\n    want ${JSON.stringify(c.expect)}\n    got  ${JSON.stringify(got)}`);
        }
      }
      expect(failures.join("\n")).toBe("");
    });
  }
});
