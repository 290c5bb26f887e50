/**
 * The report: one row per workload with the medians of the rounds, the
 * ratio project/CPython, the ratio project/Pyodide, for copies the JS
 * block-copy limit and the project's share of it (limit time / project
 * time), and whether the issue's target is met; then how cost grows with
 * size (ns per byte) and the threads row.
 */
import type { ThreadsFigure } from "./threads.js";
import type { Target } from "./workloads.js";

export interface Row {
  readonly id: string;
  readonly title: string;
  readonly target: Target;
  /** Median seconds per operation. */
  readonly project: number;
  /** NaN when python3 could not run the row. */
  readonly cpython: number;
  /** Median seconds per operation in Pyodide, or null (not run, or unsupported there). */
  readonly pyodide: number | null;
  /** Median seconds of the JS block copy of the same bytes, for copies. */
  readonly limit: number | null;
  /** Median seconds of `new Uint8Array(n)` + `set` (what a fresh copy costs in JS), for tobytes. */
  readonly allocLimit: number | null;
  readonly copied: number | null;
  /** Bytes one operation reads, for the growth rows (shown as ns per byte). */
  readonly perByte: number | null;
}

export interface MemoryRow {
  readonly project: number;
  readonly cpython: number;
  readonly cpythonGetsizeof: number;
  readonly views: number;
}

export interface Report {
  readonly node: string;
  readonly python: string;
  /** Pyodide's CPython version, or null when the run has no Pyodide column. */
  readonly pyodide: string | null;
  /** Rows Pyodide could not run: id -> the Python exception. */
  readonly unsupported: Readonly<Record<string, string>>;
  readonly quick: boolean;
  /** How the Node side ran the workloads. */
  readonly isolation: string;
  readonly rounds: number;
  /** `os.loadavg()[0]` at the start and at the end of the run (other processes skew every figure). */
  readonly load: readonly [number, number];
  readonly cpus: number;
  readonly rows: readonly Row[];
  readonly memory: MemoryRow;
  /** How cost grows with size (ns per byte). */
  readonly growth: readonly Row[];
  readonly threads: ThreadsFigure | null;
  /** How the C-extension rows (ids c-*) were built and fed, when the run has them. */
  readonly cext?: string | null;
}

/** project / CPython. */
export function ratio(r: Row): number {
  return r.project / r.cpython;
}

/** The project's share of the JS limit (limit time / project time), or null. */
export function share(r: Row): number | null {
  return r.limit === null ? null : r.limit / r.project;
}

/** project / Pyodide, or null. */
export function pyodideRatio(r: Row): number | null {
  return r.pyodide === null ? null : r.project / r.pyodide;
}

/** Whether the row meets its target; null when it has none. */
export function met(r: Row): boolean | null {
  const t = r.target;
  if (t.kind === "limit") return (share(r) ?? 0) >= t.min;
  if (t.kind === "cpython") return ratio(r) <= t.max;
  return null;
}

function targetText(t: Target): string {
  if (t.kind === "limit") return `limit share >= ${t.min}`;
  if (t.kind === "cpython") return `ratio <= ${t.max}`;
  return "-";
}

/** `1.23 ms`, `456 ns` ... */
export function time(s: number): string {
  const units: [number, string][] = [
    [1, "s"],
    [1e-3, "ms"],
    [1e-6, "us"],
    [1e-9, "ns"],
  ];
  for (const [scale, unit] of units) {
    if (s >= scale || unit === "ns") {
      const v = s / scale;
      return `${v >= 100 ? v.toFixed(0) : v >= 10 ? v.toFixed(1) : v.toFixed(2)} ${unit}`;
    }
  }
  return `${s} s`;
}

function gbps(bytes: number, s: number): string {
  return `${(bytes / s / 1e9).toFixed(1)} GB/s`;
}

function pad(cells: readonly string[], widths: readonly number[]): string {
  return `| ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join(" | ")} |`;
}

/** The report as a Markdown table. */
export function renderTable(rep: Report): string {
  const head = [
    "workload",
    "project",
    "CPython",
    "ratio",
    "Pyodide",
    "vs Pyodide",
    "JS limit",
    "share",
    "JS new+set",
    "target",
    "met",
  ];
  const body: string[][] = rep.rows.map((r) => {
    const sh = share(r);
    const ok = met(r);
    const pr = pyodideRatio(r);
    return [
      r.title,
      r.copied !== null ? `${time(r.project)} (${gbps(r.copied, r.project)})` : time(r.project),
      Number.isNaN(r.cpython) ? "n/a" : time(r.cpython),
      Number.isNaN(r.cpython) ? "" : ratio(r).toFixed(2),
      r.pyodide === null ? (rep.pyodide === null ? "" : "n/a") : time(r.pyodide),
      pr === null ? "" : pr.toFixed(2),
      r.limit !== null && r.copied !== null ? `${time(r.limit)} (${gbps(r.copied, r.limit)})` : "",
      sh === null ? "" : sh.toFixed(2),
      r.allocLimit !== null ? time(r.allocLimit) : "",
      targetText(r.target),
      ok === null ? "" : ok ? "yes" : "NO",
    ];
  });
  const m = rep.memory;
  const memOk = m.project <= m.cpython;
  body.push([
    `heap bytes per live memoryview(b)  [${m.views} views]`,
    `${m.project.toFixed(0)} B`,
    `${m.cpython.toFixed(0)} B`,
    (m.project / m.cpython).toFixed(2),
    "",
    "",
    "",
    "",
    "",
    "ratio <= 1",
    memOk ? "yes" : "NO",
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i]!.length)));
  const lines = [
    pad(head, widths),
    `|${widths.map((w, i) => (i === 0 ? "-".repeat(w + 2) : `${"-".repeat(w + 1)}:`)).join("|")}|`,
    ...body.map((b) => pad(b, widths)),
  ];
  const targets = [...rep.rows.map(met), memOk].filter((x) => x !== null);
  const hits = targets.filter((x) => x).length;
  const vsPyodide = rep.rows.map(pyodideRatio).filter((x) => x !== null);
  const ahead = vsPyodide.filter((x) => x <= 1).length;
  const unsupported = Object.entries(rep.unsupported);
  return [
    `Node ${rep.node} vs CPython ${rep.python}${rep.pyodide === null ? "" : ` and Pyodide (CPython ${rep.pyodide} in wasm)`}; medians of ${rep.rounds} alternating rounds${rep.quick ? " (--quick sizes)" : ""}; Node: ${rep.isolation}.`,
    `Load average ${rep.load[0].toFixed(1)} at the start, ${rep.load[1].toFixed(1)} at the end, on ${rep.cpus} CPUs (above the CPU count, every figure is inflated).`,
    "ratio = project / CPython, vs Pyodide = project / Pyodide (lower is faster); share = JS block-copy time / project time (1 = at the limit);",
    "JS new+set = a fresh zero-filled Uint8Array plus the block copy (the floor of any copy into a new object in JS).",
    `CPython memory: tracemalloc growth per view (view + managed buffer); sys.getsizeof(memoryview) = ${m.cpythonGetsizeof} B.`,
    ...(rep.cext ? [rep.cext] : []),
    "",
    ...lines,
    "",
    `targets met: ${hits} of ${targets.length}`,
    ...(rep.pyodide === null
      ? []
      : [`ahead of Pyodide (vs Pyodide <= 1): ${ahead} of ${vsPyodide.length} rows it runs`]),
    ...unsupported.map(([id, why]) => `Pyodide n/a for ${id}: ${why}`),
    ...renderGrowth(rep),
    ...renderThreads(rep.threads),
  ].join("\n");
}

function nsPerByte(s: number | null, n: number): string {
  return s === null || Number.isNaN(s) ? "n/a" : `${((s * 1e9) / n).toFixed(3)}`;
}

/** How cost grows with size: ns per byte read, per side. */
function renderGrowth(rep: Report): string[] {
  if (rep.growth.length === 0) return [];
  const head = ["how cost grows (ns per byte read)", "project", "Pyodide", "CPython", "JS block copy"];
  const body = rep.growth.map((r) => {
    const n = r.perByte ?? 1;
    return [
      r.title,
      nsPerByte(r.project, n),
      nsPerByte(r.pyodide, n),
      nsPerByte(r.cpython, n),
      r.limit === null ? "" : nsPerByte(r.limit, n),
    ];
  });
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i]!.length)));
  return [
    "",
    pad(head, widths),
    `|${widths.map((w, i) => (i === 0 ? "-".repeat(w + 2) : `${"-".repeat(w + 1)}:`)).join("|")}|`,
    ...body.map((b) => pad(b, widths)),
  ];
}

/** The threads row: one worker against two on halves of one shared buffer. */
function renderThreads(t: ThreadsFigure | null): string[] {
  if (t === null) return [];
  const mib = t.bytes / (1 << 20);
  return [
    "",
    `threads: m[::2].tobytes() over ${mib} MiB in a SharedArrayBuffer (PyMemory): one worker ${time(t.one)}, two workers on halves ${time(t.two)} (speed-up ${(t.one / t.two).toFixed(2)}x)`,
  ];
}
