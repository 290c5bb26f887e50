/**
 * The bounds generator: table-driven statements, drawn by the fuzz package's seeded PRNG
 * (capi/rng.ts, mulberry32) from
 * the tables of values.ts and methods.ts (no model of the state: every
 * statement but a chain's makes its own objects). A program is a list of
 * units; a unit is one or more transcript lines that stand alone (a chain of
 * views names its own variable), so a divergence is replayed, shrunk and saved
 * as its unit only.
 *
 * Unit kinds:
 * - `call`: a method of a receiver called with 0-4 arguments of every kind
 *   (boundary integers, wrong types), sometimes by keyword;
 * - `index`: indexing, slicing, item and slice assignment and deletion on a
 *   fresh sequence or view with boundary indices, bounds and steps;
 * - `virtual`: `_testbuffer.ndarray` with a huge virtual shape over zero
 *   strides (or a huge stride on a dimension of at most one item): attributes,
 *   indexing, slicing and (where the item count is small or beyond 2**53)
 *   materialising;
 * - `chain`: a view of a view of ... (slices with boundary steps, casts,
 *   re-exports through memoryview and ndarray, toreadonly), its layout printed
 *   after each step, ending with tolist/tobytes/hex/release and more;
 * - `struct`: formats with boundary repeat counts and every code (and bad
 *   ones), calcsize/Struct/pack/unpack/pack_into/unpack_from/iter_unpack with
 *   boundary offsets;
 * - `range`: len, items and slices of ranges, slice.indices and
 *   `_testbuffer.slice_indices` at the Py_ssize_t boundaries.
 */
import { type Method, RECEIVERS } from "./methods.js";
import type { Rng } from "../capi/rng.js";
import { ALLOC_SAFE_INTS, BOUNDARY_INTS, evalInt, KEYWORDS, OTHER_ARGS, SLICE_PARTS } from "./values.js";

/** Lines every program starts with. */
export const PRELUDE = "import array, struct\nfrom _testbuffer import *\n";

export type UnitKind = "call" | "index" | "virtual" | "chain" | "struct" | "range";

export interface Unit {
  kind: UnitKind;
  lines: string[];
}

const KINDS: readonly UnitKind[] = [
  "call",
  "call",
  "call",
  "index",
  "index",
  "virtual",
  "virtual",
  "chain",
  "struct",
  "struct",
  "range",
];

/** One unit drawn from `rng`; `n` names a chain's variables uniquely in its program. */
export function drawUnit(rng: Rng, n: number): Unit {
  const kind = rng.pick(KINDS);
  switch (kind) {
    case "call":
      return { kind, lines: [callStatement(rng)] };
    case "index":
      return { kind, lines: [indexStatement(rng)] };
    case "virtual":
      return { kind, lines: virtualStatements(rng, n) };
    case "chain":
      return { kind, lines: chainStatements(rng, n) };
    case "struct":
      return { kind, lines: [structStatement(rng)] };
    case "range":
      return { kind, lines: [rangeStatement(rng)] };
  }
}

function anyArg(rng: Rng, allocates: boolean): string {
  if (rng.chance(0.55)) return rng.pick(allocates ? ALLOC_SAFE_INTS : BOUNDARY_INTS);
  return rng.pick(OTHER_ARGS);
}

function callStatement(rng: Rng): string {
  const r = rng.pick(RECEIVERS);
  const meth: Method = rng.pick(r.methods);
  const allocates = meth.allocates === true;
  const nargs = rng.pick([0, 1, 1, 1, 2, 2, 3, 4]);
  const args: string[] = [];
  for (let i = 0; i < nargs; i++) args.push(anyArg(rng, allocates));
  if (rng.chance(0.15)) args.push(`${rng.pick(KEYWORDS)}=${anyArg(rng, allocates)}`);
  return `${r.src}.${meth.name}(${args.join(", ")})`;
}

const SEQUENCES: readonly string[] = [
  "b'abcdef'",
  "bytearray(b'abcdef')",
  "array.array('h', [1, 2, 3, 4])",
  "array.array('Q', [0, 2**64 - 1])",
  "memoryview(b'abcdef')",
  "memoryview(bytearray(b'abcdef'))",
  "memoryview(bytearray(12)).cast('i')",
  "memoryview(bytearray(12)).cast('B', [3, 4])",
  "memoryview(b'abcdef')[::-2]",
  "ndarray(list(range(12)), shape=[3, 4], format='b', flags=ND_WRITABLE)",
  "[1, 2, 3]",
  "(1, 2, 3)",
  "'abc'",
  "range(5)",
];

function sliceSrc(rng: Rng): string {
  const a = rng.chance(0.3) ? "" : rng.pick(SLICE_PARTS);
  const b = rng.chance(0.3) ? "" : rng.pick(SLICE_PARTS);
  if (rng.chance(0.3)) return `${a}:${b}`;
  return `${a}:${b}:${rng.pick(SLICE_PARTS)}`;
}

function keySrc(rng: Rng): string {
  switch (rng.int(6)) {
    case 0:
    case 1:
      return rng.pick(BOUNDARY_INTS);
    case 2:
    case 3:
      return sliceSrc(rng);
    case 4:
      return `${rng.pick(BOUNDARY_INTS)}, ${rng.pick(BOUNDARY_INTS)}`;
    default:
      return rng.pick(["...", "()", "None", "1.0", "'a'", `${sliceSrc(rng)}, ${sliceSrc(rng)}`]);
  }
}

function indexStatement(rng: Rng): string {
  const s = rng.pick(SEQUENCES);
  const k = keySrc(rng);
  switch (rng.int(5)) {
    case 0:
      return `${s}[${k}] = ${rng.pick([...BOUNDARY_INTS.slice(0, 12), ...OTHER_ARGS])}`;
    case 1:
      return `del ${s}[${k}]`;
    case 2:
      return `${s}[${sliceSrc(rng)}] = ${rng.pick(["b''", "b'xy'", "bytearray(b'z')", "memoryview(b'xy')", "array.array('h', [9])", "[7]", "()"])}`;
    default:
      return `${s}[${k}]`;
  }
}

/** Huge virtual shapes: zero strides make them cost one item. */
const VIRTUAL_DIMS: readonly string[] = [
  "0",
  "1",
  "2",
  "3",
  "2**31",
  "2**32",
  "2**53 - 1",
  "2**53",
  "2**53 + 1",
  "2**62",
  "2**63 - 1",
];
const VIRTUAL_FORMATS: readonly string[] = ["B", "b", "h", "i", "q", "Q", "d", "f", "?", "<i", ">h", "c"];

function virtualStatements(rng: Rng, n: number): string[] {
  const ndim = rng.pick([1, 1, 2, 3]);
  const shape: string[] = [];
  const strides: string[] = [];
  let count = 1n;
  for (let i = 0; i < ndim; i++) {
    const d = rng.pick(VIRTUAL_DIMS);
    shape.push(d);
    count *= evalInt(d);
    // a dimension of at most one item may have any stride; the others are virtual (0)
    strides.push(evalInt(d) <= 1n && rng.chance(0.5) ? rng.pick(BOUNDARY_INTS) : "0");
  }
  const fmt = rng.pick(VIRTUAL_FORMATS);
  const item = fmt === "c" ? "b'x'" : "1";
  const flags = rng.chance(0.3) ? ", flags=ND_WRITABLE" : "";
  const nd = `nd${n}`;
  const mv = `m${n}`;
  const lines = [
    `${nd} = ndarray([${item}], shape=[${shape.join(", ")}], strides=[${strides.join(", ")}], format='${fmt}'${flags})`,
    `${nd}.shape, ${nd}.strides, ${nd}.nbytes, ${nd}.c_contiguous, ${nd}.f_contiguous, ${nd}.contiguous`,
    `${mv} = memoryview(${nd})`,
    `${mv}.shape, ${mv}.strides, ${mv}.nbytes, ${mv}.itemsize, ${mv}.c_contiguous, ${mv}.contiguous`,
  ];
  // materialising is safe when few items, or when the list/bytes cannot be allocated at all (no wrap)
  const itemsize = BigInt(
    { B: 1, b: 1, c: 1, "?": 1, h: 2, ">h": 2, i: 4, "<i": 4, f: 4, q: 8, Q: 8, d: 8 }[fmt]!,
  );
  const nbytes = count * itemsize;
  // few items, and no long loop over empty sub-arrays either
  const small = count <= 4096n && shape.every((d) => evalInt(d) <= 4096n);
  const hugeList = ndim === 1 && count >= 2n ** 53n;
  const hugeBytes = nbytes >= 2n ** 53n && nbytes < 2n ** 62n;
  const ops = rng.int(5) + 2;
  for (let i = 0; i < ops; i++) {
    const target = rng.chance(0.6) ? mv : nd;
    switch (rng.int(9)) {
      case 0:
        lines.push(`len(${target})`);
        break;
      case 1:
        lines.push(`${target}[${keySrc(rng)}]`);
        break;
      case 2: {
        const v = `${target}[${sliceSrc(rng)}]`;
        lines.push(`${v}.shape, ${v}.strides, ${v}.nbytes`);
        break;
      }
      case 3:
        lines.push(
          `get_pointer(${nd}, [${shape.map(() => rng.pick(["0", "1", "-1", ...BOUNDARY_INTS.slice(18)])).join(", ")}])`,
        );
        break;
      case 4:
        lines.push(`${mv}.cast(${rng.pick(["'B'", "'b'", "'c'", "'q'", "'B', [1]", "'B', [2**62, 2]"])})`);
        break;
      case 5:
        if (small || hugeList) lines.push(`${target}.tolist()`);
        else lines.push(`${target}.ndim, ${target}.format, ${target}.readonly`);
        break;
      case 6:
        if (small || hugeBytes) lines.push(rng.pick([`${target}.tobytes()`, `${mv}.hex()`, `bytes(${mv})`]));
        else lines.push(`${mv}.suboffsets, ${mv}.obj is ${nd}`);
        break;
      case 7:
        if (small) lines.push(rng.pick([`${mv} == ${mv}`, `cmp_contig(${nd}, ${nd})`, `list(${mv})`]));
        else lines.push(`is_contiguous(${nd}, '${rng.pick(["C", "F", "A"])}')`);
        break;
      default:
        lines.push(`${mv}[${rng.pick(BOUNDARY_INTS)}] = ${rng.pick(["1", "b'y'", "2**70", "None"])}`);
    }
  }
  return lines;
}

const CHAIN_BASES: readonly string[] = [
  "b'abcdefghijklmnopqrstuvwx'",
  "bytearray(range(24))",
  "array.array('i', range(6))",
  "array.array('d', [0.5, 1.5, -2.0])",
  "ndarray(list(range(24)), shape=[2, 3, 4], format='B')",
  "ndarray(list(range(12)), shape=[3, 4], format='h', flags=ND_WRITABLE)",
  "ndarray(list(range(24)), shape=[4, 6], format='b', flags=ND_FORTRAN)",
  "ndarray(list(range(12)), shape=[12], strides=[-1], offset=11, format='B')",
];

const CHAIN_STEPS: readonly ((rng: Rng, v: string) => string)[] = [
  (rng, v) => `${v} = ${v}[${sliceSrc(rng)}]`,
  (rng, v) => `${v} = ${v}[::${rng.pick(["-1", "2", "-3", "2**62", "2**63 - 1", "-2**63", "2**53 + 1"])}]`,
  (_rng, v) => `${v} = ${v}[::-1]`,
  (rng, v) => `${v} = ${v}.cast('${rng.pick(["B", "b", "c", "h", "i", "q", "d"])}')`,
  (rng, v) =>
    `${v} = ${v}.cast('B', [${rng.pick(["1", "2", "3", "4", "6", "12", "24", "2**62"])}, ${rng.pick(["1", "2", "3", "4", "6"])}])`,
  (_rng, v) => `${v} = memoryview(${v})`,
  (rng, v) =>
    `${v} = memoryview(ndarray(${v}, getbuf=${rng.pick(["PyBUF_FULL_RO", "PyBUF_RECORDS_RO", "PyBUF_STRIDED_RO", "PyBUF_CONTIG_RO", "PyBUF_FULL"])}))`,
  (_rng, v) => `${v} = ${v}.toreadonly()`,
  // (no item pick: an int would turn the ends into bytes(n) of n bytes)
];

const CHAIN_ENDS: readonly ((v: string, b: string) => string)[] = [
  (v) => `${v}.tolist()`,
  (v) => `${v}.tobytes()`,
  (v) => `${v}.tobytes('F')`,
  (v) => `${v}.tobytes('A')`,
  (v) => `${v}.hex(':', -2)`,
  (v) => `${v}.hex()`,
  (v) => `bytes(${v})`,
  (v) => `list(${v})`,
  (v) => `${v} == ${v}`,
  (v, b) => `${v} == ${b}`,
  (v) => `struct.unpack_from('b', ${v})`,
  (v) => `${v}.release()`,
  (v) => `${v}.obj is not None`,
  (v) => `${v}[0] = ${v}[0]`,
  (v) => `${v}[::-1] = ${v}`,
  (v) => `get_contiguous(${v}, PyBUF_READ, 'C')`,
  (v) => `py_buffer_to_contiguous(${v}, 'F', PyBUF_FULL_RO)`,
  (v) => `is_contiguous(${v}, 'A'), ${v}.c_contiguous, ${v}.f_contiguous`,
  (_v, b) => `${b}.release()`,
];

function chainStatements(rng: Rng, n: number): string[] {
  const b = `b${n}`;
  const v = `v${n}`;
  const lines = [`${b} = ${rng.pick(CHAIN_BASES)}`, `${v} = memoryview(${b})`];
  const summary = `${v}.shape, ${v}.strides, ${v}.format, ${v}.nbytes, ${v}.readonly, ${v}.c_contiguous, ${v}.f_contiguous, ${v}.contiguous`;
  const steps = rng.int(7) + 2;
  for (let i = 0; i < steps; i++) {
    lines.push(rng.pick(CHAIN_STEPS)(rng, v));
    lines.push(summary);
  }
  const ends = rng.int(4) + 1;
  for (let i = 0; i < ends; i++) lines.push(rng.pick(CHAIN_ENDS)(v, b));
  lines.push(`${v}.tolist()`);
  return lines;
}

const STRUCT_COUNTS: readonly string[] = [
  "",
  "",
  "",
  "0",
  "1",
  "2",
  "3",
  "2147483647",
  "2147483648",
  "9007199254740991",
  "9007199254740993",
  "4611686018427387904",
  "9223372036854775807",
  "9223372036854775808",
  "18446744073709551616",
  "99999999999999999999",
];
const STRUCT_CODES = "xcbB?hHiIlLqQnNefdspP".split("");
const STRUCT_BAD = ["X", "z", "\\x00", " ", "é"];

function formatSrc(rng: Rng): { fmt: string; allocSafe: boolean } {
  let fmt = rng.chance(0.5) ? rng.pick(["@", "=", "<", ">", "!"]) : "";
  let allocSafe = true;
  const ncodes = rng.int(3) + 1;
  for (let i = 0; i < ncodes; i++) {
    const c = rng.pick(STRUCT_COUNTS);
    if (c === "2147483647" || c === "2147483648") allocSafe = false;
    fmt += c + (rng.chance(0.08) ? rng.pick(STRUCT_BAD) : rng.pick(STRUCT_CODES));
  }
  if (rng.chance(0.05)) fmt += rng.pick(["1", "0"]);
  return { fmt, allocSafe };
}

function structStatement(rng: Rng): string {
  const { fmt, allocSafe } = formatSrc(rng);
  const f = rng.chance(0.15) ? `b'${fmt}'` : `'${fmt}'`;
  const k = rng.pick(["0", "1", "8", "16", "24"]);
  const off = rng.chance(0.6) ? rng.pick(BOUNDARY_INTS) : rng.pick(["0", "1", "-1", "None", "1.5", "'1'"]);
  const vals = ["1", "b'ab'", "2**64", "-1", "1.5", "True"];
  const some = (): string => Array.from({ length: rng.int(3) }, () => rng.pick(vals)).join(", ");
  const ops = [
    `struct.calcsize(${f})`,
    `struct.Struct(${f}).size`,
    `struct.unpack(${f}, b'\\x00' * ${k})`,
    `struct.pack_into(${f}, bytearray(${k}), ${off}${rng.chance(0.5) ? `, ${some()}` : ""})`,
    `struct.unpack_from(${f}, b'\\x01' * ${k}, ${off})`,
    `struct.unpack_from(${f}, buffer=bytearray(${k}), offset=${off})`,
    `list(struct.iter_unpack(${f}, b'\\x00' * ${k}))`,
    `struct.Struct(${f}).unpack_from(memoryview(b'\\x02' * ${k}), ${off})`,
  ];
  if (allocSafe) ops.push(`struct.pack(${f}${rng.chance(0.5) ? `, ${some()}` : ""})`);
  return rng.pick(ops);
}

function rangeStatement(rng: Rng): string {
  const a = (): string => rng.pick(BOUNDARY_INTS);
  const r = `range(${a()}, ${a()}${rng.chance(0.7) ? `, ${a()}` : ""})`;
  const s = `slice(${rng.pick(SLICE_PARTS)}, ${rng.pick(SLICE_PARTS)}, ${rng.pick(SLICE_PARTS)})`;
  return rng.pick([
    `len(${r})`,
    `${r}[${a()}]`,
    `${r}[${sliceSrc(rng)}]`,
    `${r}.index(${a()})`,
    `${r}.count(${a()})`,
    `${a()} in ${r}`,
    `${r} == ${r}`,
    `bool(${r})`,
    `next(reversed(${r}))`,
    `${s}.indices(${a()})`,
    `slice_indices(${s}, ${a()})`,
    `[1, 2, 3][${sliceSrc(rng)}]`,
    `'abcdef'[${sliceSrc(rng)}]`,
    `(1, 2, 3, 4).index(3, ${a()}, ${a()})`,
    `b'abcabc'.find(b'c', ${a()}, ${a()})`,
    `'abcabc'.rfind('c', ${a()})`,
  ]);
}

/** A program of `units` units; also returns the units, for replaying one alone. */
export function drawProgram(rng: Rng, units: number, first: number): Unit[] {
  const out: Unit[] = [];
  for (let i = 0; i < units; i++) out.push(drawUnit(rng, first + i));
  return out;
}

/** The marker statement printed after unit `i` (a str literal echoes itself). */
export function marker(i: number): string {
  return `'@@unit ${i}'`;
}

/** The program's source: the prelude, then each unit followed by its marker. */
export function renderProgram(units: readonly Unit[]): string {
  let src = PRELUDE;
  units.forEach((u, i) => {
    src += `${u.lines.join("\n")}\n${marker(i)}\n`;
  });
  return src;
}
