/**
 * The runner of test/fixtures/args.json (CPython 3.11's answers, from
 * gen_args_fixtures.py and the native oracle test/native/argoracle.c): each
 * case through the TypeScript engines over any `ArgBridge`, using nothing
 * but the bridge (its `malloc`, `copyIn`, `bytesAt`, `store`, `load`, `ptrOf`)
 * to lay out the output slots and the variadic arguments. args-oracle.test.ts
 * runs it over a fake memory; a runtime can run it over its own bridge.
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
  PyExc_IndexError,
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
  raise,
  repr,
} from "@py/object";
import { PyBytes_Type } from "@py/buffer";
import { PyList_Type } from "@py/object";
import {
  ArrayVaList,
  type ArgBridge,
  type HeldBuffer,
  PyArg_Parse,
  PyArg_ParseTuple,
  PyArg_ParseTupleAndKeywords,
  PyArg_UnpackTuple,
  PyErr_Format,
  Py_BuildValue,
} from "../src/index.js";
import { bytesFromFormat, unicodeFromFormat } from "../src/args/from-format.js";

export type J = any;

/** The fixture (or the one named by ARGS_FIXTURE, for longer random runs). */
export function loadArgsFixture(): { parse: J[]; call: J[] } {
  return JSON.parse(
    readFileSync(process.env.ARGS_FIXTURE ?? new URL("./fixtures/args.json", import.meta.url), "utf8"),
  );
}

/** What a runtime provides to run the fixture. */
export interface FixtureHost {
  readonly bridge: ArgBridge;
  /** The oracle's converters (conv_long, conv_fail, conv_raise, conv_cleanup, bconv_int, bconv_null_error) as function pointers; cases using a missing one are skipped. */
  readonly converters: Readonly<Record<string, number>>;
  /** How many times conv_cleanup was called back with NULL (omit: not compared). */
  cleanupCalls?(): number;
}

/** `n` zeroed bytes from the bridge's allocator. */
function zalloc(b: ArgBridge, n: number): number {
  const p = b.malloc(n);
  if (p === 0) throw new Error("fixture: out of memory");
  b.copyIn(p, new Uint8Array(n));
  return p;
}

/** A NUL-terminated copy of `bytes`. */
function cstrIn(b: ArgBridge, bytes: Uint8Array): number {
  const p = zalloc(b, bytes.length + 1);
  b.copyIn(p, bytes);
  return p;
}

/** The bridge, with the buffers it hands out tracked (they must all be released). */
function tracking(b: ArgBridge): { bridge: ArgBridge; live: Set<HeldBuffer> } {
  const live = new Set<HeldBuffer>();
  const track = (h: HeldBuffer): HeldBuffer => {
    const t: HeldBuffer = {
      buf: h.buf,
      len: h.len,
      cContiguous: h.cContiguous,
      release: () => {
        live.delete(t);
        h.release();
      },
    };
    live.add(t);
    return t;
  };
  const bridge = new Proxy(b, {
    get(target, prop, receiver) {
      if (prop === "getBuffer")
        return (o: PyObject, flags: number, addr: number | null) => track(target.getBuffer(o, flags, addr));
      if (prop === "fillInfo")
        return (addr: number, o: PyObject | null, buf: number, len: number) =>
          track(target.fillInfo(addr, o, buf, len));
      const v = Reflect.get(target, prop, receiver);
      return typeof v === "function" ? v.bind(target) : v;
    },
  });
  return { bridge, live };
}

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
  if ("badseq" in j) return new BadSeqObject(j.badseq);
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

/** `BadSeq(n)`: a sequence of n items none of which can be fetched. */
class BadSeqObject extends PyObject {
  constructor(readonly n: number) {
    super(BadSeq_Type);
  }
}
const BadSeq_Type: PyTypeObject = new PyTypeObject({
  name: "BadSeq",
  repr: (o) => `BadSeq(${(o as BadSeqObject).n})`,
  as_sequence: {
    sq_length: (o) => (o as BadSeqObject).n,
    sq_item: () => raise(PyExc_IndexError, "no items here"),
  },
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

function readKind(b: ArgBridge, base: number, o: J[]): J {
  const [kind, i] = o as [string, number];
  const at = base + SLOT * i;
  const dv = new DataView(b.bytesAt(at, 8).buffer);
  const m = b.model;
  const ssizeAt = (addr: number): number => {
    const d = new DataView(b.bytesAt(addr, 8).buffer);
    return m.ssize === 8 ? Number(d.getBigInt64(0, true)) : d.getInt32(0, true);
  };
  switch (kind) {
    case "i8":
      return String(dv.getInt8(0));
    case "u8":
      return String(dv.getUint8(0));
    case "i16":
      return String(dv.getInt16(0, true));
    case "u16":
      return String(dv.getUint16(0, true));
    case "i32":
      return String(dv.getInt32(0, true));
    case "u32":
      return String(dv.getUint32(0, true));
    case "i64":
      return String(dv.getBigInt64(0, true));
    case "u64":
      return String(dv.getBigUint64(0, true));
    case "long":
      return m.long === 8 ? String(dv.getBigInt64(0, true)) : String(dv.getInt32(0, true));
    case "ulong":
      return m.long === 8 ? String(dv.getBigUint64(0, true)) : String(dv.getUint32(0, true));
    case "ssize":
      return m.ssize === 8 ? String(dv.getBigInt64(0, true)) : String(dv.getInt32(0, true));
    case "f32":
      return floatRepr(dv.getFloat32(0, true));
    case "f64":
      return floatRepr(dv.getFloat64(0, true));
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
      const n = ssizeAt(base + SLOT * (o[2] as unknown as number));
      return [p === 0 ? null : toHex(b.bytesAt(p, n)), n];
    }
    case "buffer": {
      const w = m.ssize;
      const buf = b.load(at, "ptr");
      const obj = b.load(at + w, "ptr");
      const len = ssizeAt(at + 2 * w);
      const ro = new DataView(b.bytesAt(at + 4 * w, 4).buffer).getInt32(0, true);
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
      const n = ssizeAt(base + SLOT * (o[2] as unknown as number));
      return [p === 0 ? null : toHex(b.bytesAt(p, n + 1)), n];
    }
  }
  throw new Error(`kind ${kind}`);
}

/** How a case passes its keywords and its kwlist (every form must give the same answer). */
export interface Variant {
  /** Keywords as a dict object rather than a Map. */
  dictKwargs: boolean;
  /** kwlist as a `char **` in memory rather than JS strings. */
  kwlistInMemory: boolean;
}

/** Whether the host can run case `c` (it has the converters the case calls). */
export function hostCanRun(host: FixtureHost, c: J): boolean {
  const text = JSON.stringify(c.va ?? c.args);
  return [...text.matchAll(/"(b?conv_[a-z_]+)"/g)].every((m) => m[1]! in host.converters);
}

/** Runs parse case `c`; the result in the fixture's form (`expect`). */
export function runParseCase(
  host: FixtureHost,
  c: J,
  variant: Variant = { dictKwargs: false, kwlistInMemory: false },
): J {
  const { bridge: b, live } = tracking(host.bridge);
  const model = b.model;
  const base = zalloc(b, SLOT * 24);
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
    else if ("conv" in v) va.push(host.converters[v.conv]!);
    else if ("enc" in v) va.push(cstrIn(b, new TextEncoder().encode(v.enc)));
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
          kwlist = zalloc(b, w * (c.kwlist.length + 1));
          for (const [k, name] of (c.kwlist as string[]).entries()) {
            b.store(kwlist + w * k, "ptr", cstrIn(b, new TextEncoder().encode(name)));
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
    r.cleanups = host.cleanupCalls?.();
    if (live.size !== 0) r.unreleased = live.size; // buffers must be released after a failed parse
    return r;
  }
  const out = (c.out as J[]).map((o) => readKind(b, base, o));
  for (const h of [...live]) h.release();
  return { ok: true, out, cleanups: host.cleanupCalls?.() };
}

/** A result with object addresses blanked and the cleanup count dropped when the host does not count. */
export function strip(r: J): J {
  return JSON.parse(JSON.stringify(r), (_k, v) => noAddr(v));
}

/** Runs build/format case `c`; the result in the fixture's form. */
export function runCallCase(host: FixtureHost, c: J): J {
  const b = host.bridge;
  const va: (number | bigint)[] = [];
  for (const a of c.args as J[]) {
    const t = a[0];
    if (t === "i" || t === "l" || t === "L" || t === "n" || t === "p") va.push(BigInt(a[1]));
    else if (t === "d") va.push(pyFloat(a[1]));
    else if (t === "s") va.push(a[1] === null ? 0 : cstrIn(b, hex(a[1])));
    else if (t === "w") {
      const cps = Array.from(a[1] as string, (ch) => ch.codePointAt(0)!);
      const w = new DataView(new ArrayBuffer(4 * (cps.length + 1)));
      for (const [k, cp] of cps.entries()) w.setUint32(4 * k, cp, true);
      const p = zalloc(b, w.byteLength);
      b.copyIn(p, new Uint8Array(w.buffer));
      va.push(p);
    } else if (t === "O" || t === "N") {
      const o = val(a[1]);
      if (t === "N") Py_INCREF(o);
      va.push(b.ptrOf(o));
    } else if (t === "null") va.push(0);
    else if (t === "conv") {
      va.push(host.converters[a[1]]!);
      const w = new DataView(new ArrayBuffer(4));
      w.setInt32(0, a[2], true);
      const p = zalloc(b, 4);
      b.copyIn(p, new Uint8Array(w.buffer));
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

/** The keyword forms every PyArg_ParseTupleAndKeywords case runs in. */
const KW_VARIANTS: Variant[] = [
  { dictKwargs: false, kwlistInMemory: false },
  { dictKwargs: true, kwlistInMemory: true },
];

function compare(host: FixtureHost, c: J, got: J, label: string, failures: string[]): void {
  const want = strip(c.expect);
  if (host.cleanupCalls === undefined) delete want.cleanups;
  const have = strip(got);
  if (JSON.stringify(have) !== JSON.stringify(want)) {
    failures.push(`${c.id}${label}\n    want ${JSON.stringify(want)}\n    got  ${JSON.stringify(have)}`);
  }
}

/** Runs parse cases (a fresh or reused host per case from `makeHost`); returns the mismatches. */
export function parseFailures(makeHost: () => FixtureHost, cases: readonly J[]): string[] {
  const failures: string[] = [];
  for (const c of cases) {
    const variants = c.mode === 1 ? KW_VARIANTS : KW_VARIANTS.slice(0, 1);
    for (const variant of variants) {
      const host = makeHost();
      if (!hostCanRun(host, c)) continue;
      let got: J;
      try {
        got = runParseCase(host, c, variant);
      } catch (e) {
        got = { crash: String(e) };
      }
      compare(host, c, got, c.mode === 1 ? ` ${JSON.stringify(variant)}` : "", failures);
    }
  }
  return failures;
}

/** Runs build/format cases; returns the mismatches. */
export function callFailures(makeHost: () => FixtureHost, cases: readonly J[]): string[] {
  const failures: string[] = [];
  for (const c of cases) {
    const host = makeHost();
    if (!hostCanRun(host, c)) continue;
    let got: J;
    try {
      got = runCallCase(host, c);
    } catch (e) {
      got = { crash: String(e) };
    }
    compare(host, c, got, "", failures);
  }
  return failures;
}
