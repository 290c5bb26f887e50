/**
 * Random transcript programs over buffers (the language of the conformance
 * SUBSET.md), for the differential fuzzer.
 *
 * A program is drawn by fast-check as "choice tapes": one tape of numbers for
 * the exporter and one per operation. `render` turns the tapes into source
 * lines, deterministically, keeping a rough model of the views it has made
 * (shape, format, itemsize) so that most indices, slices, casts and values are
 * plausible — and some are not, on purpose. fast-check shrinks a program by
 * dropping operations and moving numbers toward 0, and choice 0 is always the
 * simplest option, so shrunk programs stay short and plain.
 */
import fc from "fast-check";

/** The fast-check value of one program. */
export interface ProgramSeed {
  exporter: number[];
  ops: number[][];
}

const TAPE = 40;

/** The arbitrary of programs (fast-check shrinks ops away and numbers toward 0). */
export function programArbitrary(maxOps = 14): fc.Arbitrary<ProgramSeed> {
  const nums = fc.array(fc.nat({ max: 0xffff }), { minLength: TAPE, maxLength: TAPE });
  return fc.record({ exporter: nums, ops: fc.array(nums, { minLength: 1, maxLength: maxOps }) });
}

/** A stream of choices; exhausted tapes give 0 (the simplest choice). */
class Tape {
  private i = 0;
  constructor(private readonly nums: number[]) {}
  next(): number {
    return this.nums[this.i++] ?? 0;
  }
  /** A tape for bulk data (items, bytes) drawn from one number: 0 gives 0, 1, 2, ... */
  data(): Tape {
    return new DataTape(this.next());
  }
  /** An integer in [0, n). */
  below(n: number): number {
    return n <= 0 ? 0 : this.next() % n;
  }
  int(lo: number, hi: number): number {
    return lo + this.below(hi - lo + 1);
  }
  pick<T>(xs: readonly T[]): T {
    return xs[this.below(xs.length)] as T;
  }
  /** True with probability pct/100 (false when shrunk). */
  chance(pct: number): boolean {
    return this.next() % 100 >= 100 - pct;
  }
}

/** An endless tape from a seed: a counter for seed 0, else a small LCG. */
class DataTape extends Tape {
  private k = 0;
  private state: number;
  constructor(private readonly seed: number) {
    super([]);
    this.state = seed;
  }
  override next(): number {
    if (this.seed === 0) return this.k++;
    this.state = (Math.imul(this.state, 1103515245) + 12345) >>> 0;
    return this.state >>> 8;
  }
}

// ---------------------------------------------------------------------------
// formats

interface Fmt {
  code: string;
  size: number;
  kind: "int" | "uint" | "float" | "bool" | "char" | "ptr";
}

const NATIVE: Fmt[] = [
  { code: "B", size: 1, kind: "uint" },
  { code: "b", size: 1, kind: "int" },
  { code: "h", size: 2, kind: "int" },
  { code: "H", size: 2, kind: "uint" },
  { code: "i", size: 4, kind: "int" },
  { code: "I", size: 4, kind: "uint" },
  { code: "l", size: 8, kind: "int" },
  { code: "L", size: 8, kind: "uint" },
  { code: "q", size: 8, kind: "int" },
  { code: "Q", size: 8, kind: "uint" },
  { code: "n", size: 8, kind: "int" },
  { code: "N", size: 8, kind: "uint" },
  { code: "f", size: 4, kind: "float" },
  { code: "d", size: 8, kind: "float" },
  { code: "e", size: 2, kind: "float" },
  { code: "?", size: 1, kind: "bool" },
  { code: "c", size: 1, kind: "char" },
  { code: "P", size: 8, kind: "ptr" },
];
const ARRAY_CODES = "BbhHiIlLqQfd";

function fmtOf(code: string): Fmt {
  const c = code.replace(/^[@<>=!]/, "");
  const f = NATIVE.find((x) => x.code === c);
  if (f && !/^[<>=!]/.test(code)) return f;
  if (f) {
    const std: Record<string, number> = { l: 4, L: 4, e: 2, f: 4, d: 8, q: 8, Q: 8, h: 2, H: 2, i: 4, I: 4 };
    return { ...f, code, size: std[c] ?? f.size };
  }
  return { code, size: 1, kind: "uint" };
}

/** Formats for exporters and casts: mostly native codes, a few prefixed or odd ones. */
function pickFormat(t: Tape): string {
  const r = t.below(100);
  if (r < 80) return t.pick(NATIVE).code;
  if (r < 92) return t.pick(["<i", ">h", "=q", "!d", "<f", ">H", "@B", "<Q", "=b", ">e", "<?", "!l"]);
  return t.pick(["x", "2B", "Bh", "<ih", "s", "3s", "O", "Z", "", "hh", "bB"]);
}

const BIG = 2n ** 64n;

function rangeOf(f: Fmt): [bigint, bigint] {
  const bits = BigInt(f.size * 8);
  if (f.kind === "int") return [-(2n ** (bits - 1n)), 2n ** (bits - 1n) - 1n];
  return [0n, 2n ** bits - 1n];
}

/** A Python literal for one item of format f; invalid (wrong type or range) when `bad`. */
function itemLiteral(t: Tape, fmt: string, bad: boolean): string {
  const f = fmtOf(fmt);
  if (bad) {
    const [lo, hi] = f.kind === "int" || f.kind === "uint" || f.kind === "ptr" ? rangeOf(f) : [0n, 255n];
    return t.pick([
      `${hi + 1n}`,
      `${lo - 1n}`,
      "1.5",
      "'x'",
      "None",
      "b'ab'",
      `${BIG}`,
      "[1]",
      "float('nan')",
      "1e300",
      "-1",
      "b''",
      "(1, 2)",
    ]);
  }
  switch (f.kind) {
    case "int":
    case "uint":
    case "ptr": {
      const [lo, hi] = rangeOf(f);
      const r = t.below(10);
      if (r === 0) return `${hi}`;
      if (r === 1) return `${lo}`;
      if (f.kind === "int" && r === 2) return `-${t.int(1, 100)}`;
      return `${t.int(0, Number(hi < 255n ? hi : 255n))}`;
    }
    case "float":
      return t.pick(["0.5", "1.0", "-2.25", "0.0", "-0.0", "3.0", "float('inf')", "100.0", "float('nan')"]);
    case "bool":
      return t.pick(["True", "False", "0", "1", "7"]);
    case "char":
      return t.pick(["b'a'", "b'\\x00'", "b'\\xff'", "b'z'", "b'\\n'"]);
  }
}

function bytesLiteral(tape: Tape, n: number): string {
  const t = tape.data();
  let s = "b'";
  for (let i = 0; i < n; i++) {
    const v = t.pick([0, 1, 2, 0x41, 0x61, 0x7f, 0x80, 0xff, 0x10, 0x30]) + (t.chance(30) ? 3 : 0);
    s +=
      v >= 0x20 && v < 0x7f && v !== 0x27 && v !== 0x5c
        ? String.fromCharCode(v)
        : `\\x${v.toString(16).padStart(2, "0")}`;
  }
  return `${s}'`;
}

// ---------------------------------------------------------------------------
// the model of the objects a program has made

interface View {
  name: string;
  /** "exp": the exporter itself (bytes, bytearray, array, ndarray); "mv": a memoryview; "nd": an ndarray. */
  kind: "exp" | "mv" | "nd";
  fmt: string;
  itemsize: number;
  shape: number[];
}

type ExporterKind = "bytes" | "bytearray" | "array" | "ndarray" | "staticarray";

const prod = (xs: number[]): number => xs.reduce((a, b) => a * b, 1);

const GETBUF = [
  "PyBUF_FULL_RO",
  "PyBUF_FULL",
  "PyBUF_RECORDS_RO",
  "PyBUF_STRIDED_RO",
  "PyBUF_CONTIG_RO",
  "PyBUF_CONTIG",
  "PyBUF_SIMPLE",
  "PyBUF_ND",
  "PyBUF_STRIDES",
  "PyBUF_INDIRECT",
  "PyBUF_WRITABLE",
  "PyBUF_FORMAT",
  "PyBUF_C_CONTIGUOUS",
  "PyBUF_F_CONTIGUOUS",
  "PyBUF_ANY_CONTIGUOUS",
  "PyBUF_STRIDED",
  "PyBUF_RECORDS",
  "PyBUF_ND | PyBUF_FORMAT",
  "PyBUF_STRIDES | PyBUF_FORMAT",
  "PyBUF_FULL_RO | PyBUF_WRITABLE",
];

/**
 * A getbuf request for `ndarray(x, getbuf=...)` over items of `itemsize`. A
 * request without PyBUF_ND over items wider than a byte gives a buffer that
 * CPython's _testbuffer reads past (tolist/indexing show stray bytes), so those
 * are only drawn for byte items.
 */
function pickGetbuf(t: Tape, itemsize: number): string {
  const fs = itemsize === 1 ? GETBUF : GETBUF.filter((f) => !NO_ND.has(f));
  return t.pick(fs);
}
const NO_ND = new Set(["PyBUF_SIMPLE", "PyBUF_WRITABLE", "PyBUF_FORMAT"]);

const FLAGS = [
  "ND_WRITABLE",
  "ND_FORTRAN",
  "ND_PIL",
  "ND_VAREXPORT",
  "ND_REDIRECT",
  "ND_SCALAR",
  "ND_GETBUF_FAIL",
];

class Program {
  lines: string[] = [];
  views: View[] = [];
  exporter: ExporterKind = "bytes";
  exporterFmt = "B";
  /** the exporter is an ndarray with ND_VAREXPORT */
  varexport = false;
  private n = 0;

  fresh(): string {
    return `v${++this.n}`;
  }
  emit(line: string): void {
    this.lines.push(line);
  }
}

/** A list literal of `n` items of `fmt` (a few invalid when `bad`). */
function itemsList(tape: Tape, fmt: string, n: number, badPct = 0): string {
  // at most one invalid item, in badPct% of the lists
  const bad = badPct > 0 && tape.chance(badPct) ? tape.below(n) : -1;
  const t = tape.data();
  const xs: string[] = [];
  for (let i = 0; i < n; i++) xs.push(itemLiteral(t, fmt, i === bad));
  return `[${xs.join(", ")}]`;
}

/** Items for an ndarray of format fmt: a tuple per item for multi-item formats. */
function ndItems(tape: Tape, fmt: string, n: number): string {
  const t = tape.data();
  const c = fmt.replace(/^[@<>=!]/, "");
  if (c.length === 2 && /^[A-Za-z?]{2}$/.test(c)) {
    const xs: string[] = [];
    for (let i = 0; i < n; i++)
      xs.push(`(${itemLiteral(t, c[0] as string, false)}, ${itemLiteral(t, c[1] as string, false)})`);
    return `[${xs.join(", ")}]`;
  }
  if (/^\d*s$/.test(c)) {
    const xs: string[] = [];
    for (let i = 0; i < n; i++) xs.push(bytesLiteral(t, t.int(0, 3)));
    return `[${xs.join(", ")}]`;
  }
  return itemsList(tape, fmt, n, 8);
}

function randomShape(t: Tape, maxNdim: number): number[] {
  const ndim = t.pick([1, 2, 1, 3, 0, 2, 4].filter((d) => d <= maxNdim));
  const shape: number[] = [];
  for (let i = 0; i < ndim; i++) shape.push(t.pick([3, 2, 4, 1, 5, 0, 6]));
  // keep programs small
  for (let i = shape.length - 1; i >= 0 && prod(shape) > 60; i--) shape[i] = 1;
  return shape;
}

function shapeList(shape: number[]): string {
  return `[${shape.join(", ")}]`;
}

/** Renders the exporter `b` (and `m = memoryview(b)`). */
function renderExporter(p: Program, t: Tape): void {
  // No staticarray: its memory is static (one per process in CPython, one per
  // module in minipy), so a write would leak into the programs that follow.
  const kind = t.pick<ExporterKind>(["ndarray", "bytearray", "array", "bytes", "ndarray", "ndarray"]);
  p.exporter = kind;
  if (kind === "bytes" || kind === "bytearray") {
    const n = t.int(0, 16);
    const lit = bytesLiteral(t, n);
    p.emit(kind === "bytes" ? `b = ${lit}` : `b = bytearray(${lit})`);
    p.views.push({ name: "b", kind: "exp", fmt: "B", itemsize: 1, shape: [n] });
  } else if (kind === "array") {
    const code = t.pick(ARRAY_CODES.split(""));
    const n = t.int(0, 10);
    p.exporterFmt = code;
    p.emit(`b = array.array('${code}', ${itemsList(t, code, n)})`);
    p.views.push({ name: "b", kind: "exp", fmt: code, itemsize: fmtOf(code).size, shape: [n] });
  } else if (kind === "staticarray") {
    p.emit(t.chance(50) ? "b = staticarray()" : "b = staticarray(True)");
    p.views.push({ name: "b", kind: "exp", fmt: "B", itemsize: 1, shape: [12] });
  } else {
    renderNdarray(p, t);
  }
  const mv = t.below(13);
  if (mv >= 10) {
    // a typed, maybe multi-dimensional view of the exporter's bytes
    const base = p.views[0] as View;
    const nb = nbytesOf(base);
    const fits = NATIVE.filter((x) => nb % x.size === 0);
    const f = t.chance(90) ? t.pick(fits) : t.pick(NATIVE);
    const shape = castShape(t, nb, f.size, t.chance(90));
    const src = base.fmt === "B" ? "memoryview(b)" : "memoryview(b).cast('B')";
    p.emit(`m = ${src}.cast('${f.code}', ${shapeList(shape)})`);
    p.views.push({ name: "m", kind: "mv", fmt: f.code, itemsize: f.size, shape });
    return;
  }
  if (mv < 7) p.emit("m = memoryview(b)");
  else if (mv === 7) p.emit(`m = ndarray(b, getbuf=${pickGetbuf(t, (p.views[0] as View).itemsize)})`);
  else if (mv === 8)
    p.emit(`m = get_contiguous(b, ${t.pick(["PyBUF_READ", "PyBUF_WRITE"])}, '${t.pick(["C", "F", "A"])}')`);
  else p.emit(`m = memoryview(ndarray(b, getbuf=${pickGetbuf(t, (p.views[0] as View).itemsize)}))`);
  const base = p.views[0] as View;
  p.views.push({ ...base, name: "m", kind: mv === 7 ? "nd" : "mv" });
}

function renderNdarray(p: Program, t: Tape): void {
  const fmt = t.chance(85) ? t.pick(NATIVE).code : pickFormat(t);
  const f = fmtOf(fmt);
  const shape = randomShape(t, 4);
  p.exporterFmt = fmt;
  let flags: string[] = [];
  for (const fl of FLAGS) {
    const pct = fl === "ND_WRITABLE" ? 60 : fl === "ND_FORTRAN" || fl === "ND_PIL" ? 20 : 4;
    if (t.chance(pct)) flags.push(fl);
  }
  if (t.chance(3)) flags = ["ND_GETBUF_UNDEFINED"];
  const fortran = flags.includes("ND_FORTRAN");
  // ND_SCALAR on an array with dimensions makes CPython's getbuf skip its
  // contiguity checks and hand out what it then reads past: scalars only.
  if (shape.length > 0) flags = flags.filter((f) => f !== "ND_SCALAR");
  const args: string[] = [];
  let nitems = prod(shape);
  const strideMode = t.below(10);
  let strides: number[] | null = null;
  let offset = 0;
  if (shape.length > 0 && strideMode >= 6 && (!fortran || strideMode === 9)) {
    // strided layout in a larger buffer, some dimensions reversed
    const steps = shape.map(() => t.pick([1, 2, -1, -2, 1, 3]));
    const ext = shape.map((s, i) => s * Math.abs(steps[i] as number));
    nitems = prod(ext);
    if (nitems > 80 || nitems === 0) {
      nitems = Math.max(prod(shape), 1);
    } else {
      strides = [];
      let acc = f.size;
      for (let i = shape.length - 1; i >= 0; i--) {
        strides[i] = acc * (steps[i] as number);
        acc *= ext[i] as number;
      }
      shape.forEach((s, i) => {
        if ((strides?.[i] as number) < 0 && s > 0) offset += (s - 1) * -(strides?.[i] as number);
      });
      if (strideMode === 9) {
        // off by a little: sometimes out of bounds, sometimes not a multiple of the itemsize
        const j = t.below(shape.length);
        strides[j] = (strides[j] as number) + t.pick([1, -1, f.size, -f.size * 4]);
        if (t.chance(50)) offset += t.pick([1, -1, f.size, 100]);
      }
    }
  }
  // ndarray() wants at least one item, even for an empty shape
  if (nitems === 0 && !t.chance(5)) nitems = t.int(1, 3);
  if (shape.length === 0) {
    const item = ndItems(t, fmt, 1);
    args.push(t.chance(80) ? item.slice(1, -1) : item);
  } else {
    const extra = t.chance(10) ? t.pick([1, -1, 2]) : 0;
    args.push(ndItems(t, fmt, Math.max(0, nitems + extra)));
  }
  args.push(`shape=${shapeList(shape)}`);
  if (strides) args.push(`strides=${shapeList(strides)}`);
  if (offset) args.push(`offset=${offset}`);
  if (fmt !== "B" || t.chance(30)) args.push(`format='${fmt}'`);
  if (flags.length) args.push(`flags=${flags.join("|")}`);
  p.varexport = flags.includes("ND_VAREXPORT");
  p.emit(`b = ndarray(${args.join(", ")})`);
  p.views.push({ name: "b", kind: "exp", fmt, itemsize: f.size, shape });
}

// ---------------------------------------------------------------------------
// operations

function viewIndex(t: Tape, n: number): number {
  const r = t.below(10);
  if (r < 6 && n > 0) return t.below(n);
  if (r < 8 && n > 0) return -1 - t.below(n);
  return t.pick([n, -n - 1, 0, -1, 100, -100]);
}

function sliceBound(t: Tape, n: number): string {
  const r = t.below(10);
  if (r < 3) return "";
  if (r < 8) return `${t.int(-n - 1, n + 1)}`;
  return t.pick(["None", `${n + 5}`, `${-n - 5}`, "True", "2**70"]);
}

function sliceStep(t: Tape): { text: string; step: number } {
  const step = t.pick([0, 1, 2, -1, -2, 3, -3, 1, 5, 99, 0]);
  if (step === 0 && t.chance(20)) return { text: ":0", step: 0 };
  if (step === 0) return { text: "", step: 1 };
  return { text: `:${step}`, step };
}

function sliceLen(n: number, start: string, stop: string, step: number): number {
  const num = (s: string, d: number): number => {
    if (s === "" || s === "None") return d;
    if (s === "True") return 1;
    if (s === "2**70") return Number.MAX_SAFE_INTEGER;
    return Number(s);
  };
  let lo: number;
  let hi: number;
  if (step > 0) {
    lo = num(start, 0);
    hi = num(stop, n);
    lo = lo < 0 ? Math.max(0, lo + n) : Math.min(lo, n);
    hi = hi < 0 ? Math.max(0, hi + n) : Math.min(hi, n);
    return hi > lo ? Math.ceil((hi - lo) / step) : 0;
  }
  lo = num(start, n - 1);
  hi = num(stop, -n - 1);
  lo = lo < 0 ? Math.max(-1, lo + n) : Math.min(lo, n - 1);
  hi = hi < 0 ? Math.max(-1, hi + n) : Math.min(hi, n - 1);
  return lo > hi ? Math.ceil((lo - hi) / -step) : 0;
}

/** A slice expression `a:b:c` and its length along a dimension of n. */
function sliceExpr(t: Tape, n: number): { text: string; len: number } {
  const a = sliceBound(t, n);
  const b = sliceBound(t, n);
  const s = sliceStep(t);
  return { text: `${a}:${b}${s.text}`, len: s.step === 0 ? 0 : sliceLen(n, a, b, s.step) };
}

/** A full index (one per dimension) or, sometimes, a wrong one. */
function indexExpr(t: Tape, v: View): string {
  const nd = v.shape.length;
  const r = t.below(20);
  if (r === 0) return "...";
  if (r === 1) return "()";
  if (r === 2)
    return t.pick(["1.0", "'a'", "True", "None", "[0]", "2**64", "-2**63", "(0, 'a')", "slice(None)"]);
  if (r === 3 && nd > 1) return `${viewIndex(t, v.shape[0] as number)}`;
  if (r === 4) return [...v.shape, 1].map((n) => viewIndex(t, n)).join(", ");
  if (nd === 0) return t.pick(["()", "...", "0"]);
  const idx = v.shape.map((n) => viewIndex(t, n));
  return nd === 1 ? `${idx[0]}` : idx.join(", ");
}

/** A buffer-providing source of `len` items like view v (or not quite). */
function sourceExpr(t: Tape, p: Program, v: View, len: number, shape?: number[]): string {
  const r = t.below(14);
  const L = r === 13 ? len + t.pick([1, -1]) : len;
  const fmt = r === 12 ? t.pick(["B", "h", "i", "d", "<i", "c"]) : v.fmt;
  const f = fmtOf(fmt);
  const sh = shape && r !== 11 ? shape : [Math.max(0, L)];
  const n = Math.max(0, prod(sh));
  if (r < 3 && f.size === 1 && fmt === "B") return bytesLiteral(t, n);
  if (r < 5 && ARRAY_CODES.includes(fmt) && sh.length === 1)
    return `array.array('${fmt}', ${itemsList(t, fmt, n)})`;
  if (r === 5)
    return `memoryview(bytearray(${n * f.size})).cast('${fmt}'${sh.length !== 1 ? `, ${shapeList(sh)}` : ""})`;
  if (r === 6) {
    const other = t.pick(p.views);
    return t.chance(50) ? other.name : `${other.name}[${sliceExpr(t, other.shape[0] ?? 0).text}]`;
  }
  if (r === 7) return t.pick(["1", "None", "'abc'", "[1, 2]", "b'xyz'"]);
  const flags = t.chance(30) ? ", flags=ND_FORTRAN" : t.chance(20) ? ", flags=ND_PIL" : "";
  // ndarray() wants at least one item, even for an empty shape
  return `memoryview(ndarray(${ndItems(t, fmt, Math.max(1, n))}, shape=${shapeList(sh)}, format='${fmt}'${flags}))`;
}

/** Shapes whose items fill `nbytes` bytes of items of `size`, for casts. */
function castShape(t: Tape, nbytes: number, size: number, valid = false): number[] {
  const n = Math.floor(nbytes / size);
  const r = t.below(valid ? 8 : 10);
  if (r < 4) return [n];
  if (r < 7) {
    const ds = [1, 2, 3, 4, 6].filter((d) => n % d === 0);
    const d = t.pick(ds);
    return [d, n / d];
  }
  if (r === 7) {
    const ds = [1, 2, 3].filter((d) => n % d === 0);
    const d = t.pick(ds);
    const rest = n / d;
    const es = [1, 2].filter((e) => rest % e === 0);
    const e = t.pick(es);
    return [d, e, rest / e];
  }
  if (r === 8) return [];
  return t.pick([
    [n + 1],
    [0],
    [-1, -n],
    [
      1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
      1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
    ],
    [n, 0],
  ]);
}

function nbytesOf(v: View): number {
  return prod(v.shape) * v.itemsize;
}

type Op = (p: Program, t: Tape, v: View) => void;

const OPS: [number, Op][] = [
  // attributes
  [
    4,
    (p, t, v) => {
      const sets = [
        "shape, {v}.strides, {v}.suboffsets",
        "format, {v}.itemsize, {v}.nbytes, {v}.ndim",
        "readonly, {v}.c_contiguous, {v}.f_contiguous, {v}.contiguous",
        "obj is b",
        "obj",
      ];
      p.emit(`${v.name}.${t.pick(sets).replaceAll("{v}", v.name)}`);
    },
  ],
  // index
  [10, (p, t, v) => p.emit(`${v.name}[${indexExpr(t, v)}]`)],
  // slice (kept as a new view)
  [
    10,
    (p, t, v) => {
      const n = v.shape[0] ?? 0;
      const s = sliceExpr(t, n);
      const name = p.fresh();
      const r = t.below(10);
      let sub = s.text;
      if (r === 0 && v.shape.length > 1) sub = `${s.text}, ${sliceExpr(t, v.shape[1] as number).text}`;
      else if (r === 1) sub = `${s.text}, ${viewIndex(t, v.shape[1] ?? 1)}`;
      else if (r === 2)
        sub = `slice(${t.pick(["None", "1", "-1"])}, ${t.pick(["None", "3", "-2"])}, ${t.pick(["None", "2", "-1"])})`;
      p.emit(`${name} = ${v.name}[${sub}]`);
      p.views.push({
        ...v,
        name,
        kind: v.kind === "exp" ? (p.exporter === "ndarray" ? "nd" : "exp") : v.kind,
        shape: [s.len, ...v.shape.slice(1)],
      });
    },
  ],
  // cast
  [
    8,
    (p, t, v) => {
      const fmt = t.chance(25) ? t.pick(["B", "b", "c"]) : pickFormat(t);
      const f = fmtOf(fmt);
      const name = p.fresh();
      const withShape = t.chance(50);
      const shape = withShape ? castShape(t, nbytesOf(v), f.size) : [Math.floor(nbytesOf(v) / f.size)];
      const kw = withShape && t.chance(20);
      const args = withShape
        ? `'${fmt}', ${kw ? "shape=" : ""}${t.chance(15) ? `(${shape.join(", ")}${shape.length === 1 ? "," : ""})` : shapeList(shape)}`
        : `'${fmt}'`;
      p.emit(`${name} = ${v.name}.cast(${args})`);
      p.views.push({ name, kind: "mv", fmt, itemsize: f.size, shape });
    },
  ],
  // item assignment
  [
    9,
    (p, t, v) => {
      const bad = t.chance(30);
      p.emit(`${v.name}[${indexExpr(t, v)}] = ${itemLiteral(t, v.fmt, bad)}`);
    },
  ],
  // slice assignment
  [
    8,
    (p, t, v) => {
      const n = v.shape[0] ?? 0;
      const s = sliceExpr(t, n);
      const full = t.chance(15);
      const tail = v.shape.slice(1);
      const shape = full ? v.shape : [s.len, ...tail];
      const src = sourceExpr(t, p, v, s.len, tail.length ? shape : undefined);
      p.emit(`${v.name}[${full ? ":" : s.text}] = ${src}`);
    },
  ],
  // tolist / tobytes / hex
  [6, (p, _t, v) => p.emit(`${v.name}.tolist()`)],
  [
    5,
    (p, t, v) => {
      const o = t.pick(["", "'C'", "'F'", "'A'", "None", "order='F'", "'X'", "order=None", "'c'"]);
      p.emit(`${v.name}.tobytes(${o})`);
    },
  ],
  [
    5,
    (p, t, v) => {
      const r = t.below(4);
      if (r === 0) return p.emit(`${v.name}.hex()`);
      const sep = t.pick(["':'", "'-'", "b' '", "''", "'ab'", "1", "'\\xe9'", "b'::'", "sep='_'"]);
      if (r === 1) return p.emit(`${v.name}.hex(${sep})`);
      const k = t.pick([1, 2, -1, -2, 3, 0, 4, -3, 100, 2 ** 40]);
      p.emit(`${v.name}.hex(${sep}, ${r === 3 ? `bytes_per_sep=${k}` : k})`);
    },
  ],
  // comparisons
  [
    6,
    (p, t, v) => {
      const w = t.pick(p.views);
      const op = t.pick(["==", "!=", "==", "<", ">="]);
      const r = t.below(8);
      const rhs =
        r < 4
          ? w.name
          : r === 4
            ? bytesLiteral(t, nbytesOf(v))
            : r === 5
              ? `${w.name}.tolist()`
              : r === 6
                ? sourceExpr(t, p, v, v.shape[0] ?? 0, v.shape.length > 1 ? v.shape : undefined)
                : `${v.name}`;
      p.emit(`${v.name} ${op} ${rhs}`);
    },
  ],
  // hashing (compared, never printed)
  [
    3,
    (p, t, v) => {
      const r = t.below(3);
      if (r === 0) p.emit(`hash(${v.name}) == hash(${v.name}.tobytes())`);
      else if (r === 1) p.emit(`hash(${v.name}) == hash(${v.name})`);
      else p.emit(`hash(${v.name}.toreadonly()) == hash(bytes(${v.name}))`);
    },
  ],
  // release / with
  [
    4,
    (p, t, v) => {
      const r = t.below(5);
      if (r < 3) p.emit(`${v.name}.release()`);
      else if (r === 3) p.emit(`with memoryview(${v.name}) as x: x.tolist()`);
      else p.emit(`with ${v.name}: ${v.name}.nbytes`);
    },
  ],
  // resize attempts on the exporter
  [
    5,
    (p, t) => {
      const e = p.exporter;
      if (e === "bytearray" || e === "bytes") {
        p.emit(
          `b${t.pick([
            ".append(5)",
            ".extend(b'ab')",
            ".pop()",
            ".clear()",
            " += b'xy'",
            "[0:1] = b''",
            "[0:1] = b'ab'",
            "[1:2] = b'q'",
            "[0] = 66",
            " *= 2",
            ".insert(0, 1)",
            ".remove(0)",
            ".reverse()",
            "[0:2] = m",
            "[:] = m",
            ".extend(m)",
            " += m",
            "[::2] = m[:1]",
            ".find(m)",
            ".replace(m, b'')",
          ])}`,
        );
        if (t.chance(20)) p.emit("del b[0]");
      } else if (e === "array") {
        const x = itemLiteral(t, p.exporterFmt, false);
        p.emit(
          `b${t.pick([`.append(${x})`, ".pop()", `.extend([${x}])`, `.frombytes(b'\\x00' * ${fmtOf(p.exporterFmt).size})`, `.insert(0, ${x})`, " *= 2", `[0:1] = array.array('${p.exporterFmt}')`, ".byteswap()", ".reverse()", `.remove(${x})`, ".frombytes(m)", ".extend(m)", "[:] = m", ".fromlist(m.tolist())", " += b"])}`,
        );
      } else if (e === "ndarray" && !p.varexport) {
        // (with ND_VAREXPORT, push/pop free the memory that existing views still use)
        const f = p.exporterFmt;
        p.emit(t.chance(50) ? "b.pop()" : `b.push(${ndItems(t, f, 2)}, shape=[2], format='${f}')`);
      } else {
        p.emit("b.tolist()");
      }
    },
  ],
  // struct
  [
    5,
    (p, t, v) => {
      const fmt = t.pick([
        "B",
        "<h",
        ">i",
        "2B",
        "<q",
        "d",
        "<3H",
        "?",
        "c",
        "x",
        "<e",
        "4s",
        "b",
        "@bi",
        "hq",
        "3x",
        "0i",
        "<hxi",
        "P",
        "!f",
        "2s",
        "=?",
      ]);
      const off = t.pick([0, 1, 2, -1, -2, 4, 100, -100]);
      const r = t.below(3);
      if (r === 0) p.emit(`struct.unpack_from('${fmt}', ${v.name}, ${off})`);
      else if (r === 1) p.emit(`struct.unpack_from('${fmt}', ${v.name})`);
      else {
        const vals: Record<string, string> = {
          B: "7",
          "<h": "-2",
          ">i": "258",
          "2B": "1, 2",
          "<q": "-1",
          d: "0.5",
          "<3H": "1, 2, 3",
          "?": "True",
          c: "b'x'",
          x: "",
          "<e": "1.5",
          "4s": "b'ab'",
          b: t.pick(["1", "200", "'a'"]),
          "@bi": "-1, 70000",
          hq: "3, -3",
          "3x": "",
          "0i": "",
          "<hxi": "1, 2",
          P: t.pick(["5", "-1"]),
          "!f": t.pick(["1.5", "1e40"]),
          "2s": "b'xyz'",
          "=?": "[]",
        };
        const val = vals[fmt] ?? "";
        p.emit(`struct.pack_into('${fmt}', ${v.name}, ${off}${val ? `, ${val}` : ""})`);
      }
    },
  ],
  // get_contiguous / py_buffer_to_contiguous / is_contiguous / cmp_contig
  [
    4,
    (p, t, v) => {
      const order = t.pick(["'C'", "'F'", "'A'", "'X'", "b'C'"]);
      const r = t.below(6);
      if (r < 2) {
        const name = p.fresh();
        p.emit(
          `${name} = get_contiguous(${v.name}, ${t.pick(["PyBUF_READ", "PyBUF_WRITE", "0"])}, ${order})`,
        );
        p.views.push({ ...v, name, kind: "mv" });
      } else if (r < 4) {
        p.emit(`py_buffer_to_contiguous(${v.name}, ${order}, ${t.pick(GETBUF)})`);
      } else if (r === 4) {
        p.emit(`is_contiguous(${v.name}, ${order})`);
      } else {
        p.emit(`cmp_contig(${v.name}, ${t.pick(p.views).name})`);
      }
    },
  ],
  // conversions and iteration
  [
    5,
    (p, t, v) => {
      p.emit(
        t
          .pick([
            "len({v})",
            "list({v})",
            "bytes({v})",
            "bytearray({v})",
            "[x for x in {v}]",
            "{v}.toreadonly().tolist()",
            "memoryview({v}).tolist()",
            "{v}[::-1].tolist()",
            "{v}.__len__()",
            "{v}.__eq__({v})",
            "bool({v})",
            "0 in {v}",
            "array.array('B', {v})",
            "sum({v})",
            "list(reversed({v}))",
          ])
          .replaceAll("{v}", v.name),
      );
    },
  ],
  // new views over a view
  [
    4,
    (p, t, v) => {
      const name = p.fresh();
      const r = t.below(4);
      if (r === 0) p.emit(`${name} = memoryview(${v.name})`);
      else if (r === 1) p.emit(`${name} = ${v.name}.toreadonly()`);
      else p.emit(`${name} = ndarray(${v.name}, getbuf=${pickGetbuf(t, v.itemsize)})`);
      p.views.push({ ...v, name, kind: r < 2 ? "mv" : "nd" });
    },
  ],
  // ndarray-only: tolist, memoryview_from_buffer, add_suboffsets, get_pointer
  [
    2,
    (p, t, v) => {
      const r = t.below(4);
      if (r === 0) p.emit(`b.tolist()`);
      else if (r === 1) p.emit(`${v.name}.memoryview_from_buffer()`);
      else if (r === 2) p.emit(`get_pointer(${v.name}, [${v.shape.map((n) => viewIndex(t, n)).join(", ")}])`);
      else p.emit(`ndarray(${v.name}, getbuf=PyBUF_FULL_RO).tolist()`);
    },
  ],
  // other consumers of the buffer protocol: bytes/bytearray/array/int/struct methods taking a bytes-like
  [
    6,
    (p, t, v) => {
      const lit = bytesLiteral(t, t.int(0, 3));
      p.emit(
        t
          .pick([
            "b'ab' + {v}",
            "bytearray(b'x') + {v}",
            "bytearray(b'x').extend({v})",
            "b'\\x00\\x01'.find({v})",
            "b'\\x00\\x01\\x00'.count({v})",
            "b'\\x00\\x01'.startswith({v})",
            "b'-'.join([{v}, {v}])",
            "bytearray(b'\\x00\\x01').replace({v}, b'.')",
            "{v} in b'\\x00\\x01\\x02'",
            "bytes.fromhex({v}.hex())",
            "int.from_bytes({v}, 'little')",
            "int.from_bytes({v}, 'big', signed=True)",
            "list(struct.iter_unpack('B', {v}))",
            "list(struct.iter_unpack('<h', {v}))",
            "struct.unpack('<{n}B', {v})",
            "array.array('B').frombytes({v})",
            "array.array('h', {v})",
            "bytearray({v}).decode('latin-1')",
            "str({v}, 'ascii')",
            `bytes({v}) == ${lit}`,
            "bytearray(b'abc')[0:1] = {v}",
            "bytes({v}).hex(':', 2)",
            "{v}.tolist() == list({v}.tobytes())",
          ])
          .replaceAll("{v}", v.name)
          .replaceAll("{n}", String(nbytesOf(v))),
      );
    },
  ],
  // cast chains through bytes
  [
    3,
    (p, t, v) => {
      const name = p.fresh();
      const fmt = t.pick(NATIVE).code;
      const f = fmtOf(fmt);
      const withShape = t.chance(60);
      const shape = withShape ? castShape(t, nbytesOf(v), f.size) : [Math.floor(nbytesOf(v) / f.size)];
      const mid = t.pick(["B", "b", "c"]);
      p.emit(`${name} = ${v.name}.cast('${mid}').cast('${fmt}'${withShape ? `, ${shapeList(shape)}` : ""})`);
      p.views.push({ name, kind: "mv", fmt, itemsize: f.size, shape });
    },
  ],
  // assignment between views (overlapping ones too)
  [
    3,
    (p, t, v) => {
      const w = t.pick(p.views);
      const n = v.shape[0] ?? 0;
      const a = sliceExpr(t, n);
      const b = sliceExpr(t, w.shape[0] ?? 0);
      const r = t.below(3);
      if (r === 0) p.emit(`${v.name}[${a.text}] = ${w.name}[${b.text}]`);
      else if (r === 1) p.emit(`${v.name}[${indexExpr(t, v)}] = ${w.name}[${indexExpr(t, w)}]`);
      else p.emit(`${v.name}[:] = ${v.name}[::-1]`);
    },
  ],
  // the struct module on its own: random format strings, values and buffers
  [
    4,
    (p, t, v) => {
      const prefix = t.pick(["", "<", ">", "=", "!", "@", "", ""]);
      const codes: string[] = [];
      const vals: string[] = [];
      const n = t.int(1, 4);
      for (let i = 0; i < n; i++) {
        const c = t.pick([
          "b",
          "B",
          "h",
          "H",
          "i",
          "I",
          "l",
          "L",
          "q",
          "Q",
          "?",
          "c",
          "x",
          "s",
          "p",
          "e",
          "f",
          "d",
          "n",
          "N",
          "P",
        ]);
        const count = t.pick(["", "", "", "2", "0", "3", "10"]);
        codes.push(`${count}${c}`);
        const k = count === "" ? 1 : Number(count);
        if (c === "x") continue;
        if (c === "s" || c === "p") {
          vals.push(bytesLiteral(t, t.int(0, 4)));
          continue;
        }
        for (let j = 0; j < k; j++) vals.push(itemLiteral(t, c, t.chance(10)));
      }
      if (t.chance(10)) codes.push(t.pick(["Z", " ", "3", "0", "\t"]));
      const fmt = `'${prefix}${codes.join(t.chance(20) ? " " : "")}'`;
      const r = t.below(7);
      if (r === 0) p.emit(`struct.calcsize(${fmt})`);
      else if (r <= 2) p.emit(`struct.pack(${fmt}${vals.length ? `, ${vals.join(", ")}` : ""})`);
      else if (r === 3)
        p.emit(`struct.unpack(${fmt}, struct.pack(${fmt}${vals.length ? `, ${vals.join(", ")}` : ""}))`);
      else if (r === 4) p.emit(`struct.unpack(${fmt}, ${v.name})`);
      else if (r === 5)
        p.emit(`struct.Struct(${fmt}).unpack_from(${v.name}, offset=${t.pick([0, 1, -1, 3])})`);
      else
        p.emit(
          `struct.pack_into(${fmt}, ${v.name}, ${t.pick([0, 1, -1, -8])}${vals.length ? `, ${vals.join(", ")}` : ""})`,
        );
    },
  ],
  // dunders, reprs, keywords, odd subscripts
  [
    4,
    (p, t, v) => {
      p.emit(
        t
          .pick([
            "repr({v}) == repr({v})",
            "str({v})[:8]",
            "{v}.__enter__() is {v}",
            "{v}.__exit__(None, None, None)",
            "type({v}).__name__",
            "isinstance({v}, memoryview)",
            "memoryview(object={v}).format",
            "{v}.cast(format='B').nbytes",
            "{v}.cast('B', shape=[{n}]).shape",
            "{v}.tobytes(order='A')",
            "{v}.hex(sep='.', bytes_per_sep=-2)",
            "{v}[0, ...]",
            "{v}[..., 0]",
            "{v}[:, 0]",
            "{v}[None]",
            "{v}[::2, ::2]",
            "{v}[1:2, ...]",
            "{v}.__len__()",
            "{v}.__eq__(None)",
            "{v}.__lt__({v})",
            "{v}.__getitem__(0)",
            "{v}.__setitem__(0, 0)",
            "{v}.__delitem__(0)",
            "del {v}[0]",
            "{v}.toreadonly().release()",
            "getattr({v}, 'obj') is b",
            "hasattr({v}, 'tolist')",
            "{v}.itemsize * len({v}.tobytes())",
          ])
          .replaceAll("{v}", v.name)
          .replaceAll("{n}", String(nbytesOf(v))),
      );
    },
  ],
  // drop a view
  [1, (p, _t, v) => p.emit(`del ${v.name}`)],
];

const TOTAL = OPS.reduce((a, [w]) => a + w, 0);

function renderOp(p: Program, t: Tape): void {
  let k = t.below(TOTAL);
  // memoryviews are the main targets, the most recent ones the most interesting
  const mvs = p.views.filter((x) => x.kind === "mv");
  const r = t.below(20);
  let v: View;
  if (r < 14 && mvs.length) v = mvs[mvs.length - 1 - t.below(Math.min(3, mvs.length))] as View;
  else if (r < 17) v = p.views[0] as View;
  else v = t.pick(p.views);
  for (const [w, op] of OPS) {
    if (k < w) {
      op(p, t, v);
      return;
    }
    k -= w;
  }
}

/** The program's source: one statement per line, as a transcript case. */
export function render(seed: ProgramSeed): string {
  const p = new Program();
  p.emit("import array, struct");
  p.emit("from _testbuffer import *");
  renderExporter(p, new Tape(seed.exporter));
  for (const op of seed.ops) renderOp(p, new Tape(op));
  return `${p.lines.join("\n")}\n`;
}
