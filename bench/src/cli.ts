/**
 * `pnpm bench [--quick] [--json FILE] [--only ID,ID] [--c-input block|bytes] [--no-c] [--no-pyodide]
 * [--no-growth] [--no-threads]`: times every workload in Node (built packages), in one `python3` process
 * and in Pyodide, alternating the sides round by round, and prints the table of medians (see README.md);
 * then the rows of how cost grows with size (one at a time) and the threads row.
 */
import { writeFileSync } from "node:fs";
import { availableParallelism, loadavg } from "node:os";
import { buildCext, type CextBuild, type CInput, loadMinipy } from "./cext.js";
import { jsBytesPerView } from "./memory.js";
import { PythonSide } from "./python.js";
import { FULL, QUICK } from "./sizes.js";
import { type Report, type Row, renderTable } from "./table.js";
import { inProcess, inWorkers } from "./node-side.js";
import { median } from "./timing.js";
import { mainWorkloads } from "./catalog.js";
import { growthWorkloads } from "./growth.js";
import { PyodideSide } from "./pyodide.js";
import { type ThreadsFigure, threadsRow } from "./threads.js";
import type { Workload } from "./workloads.js";

interface Options {
  quick: boolean;
  json: string | null;
  only: string[] | null;
  oneIsolate: boolean;
  /** Input of the C buffer rows. */
  cInput: CInput;
  /** Leave the C-extension rows out (no gcc, no CPython headers). */
  noC: boolean;
  /** Leave the Pyodide column out. */
  noPyodide: boolean;
  /** Leave the rows of how cost grows with size out. */
  noGrowth: boolean;
  /** Leave the threads row out. */
  noThreads: boolean;
}

function parseOptions(argv: readonly string[]): Options {
  const o: Options = {
    quick: false,
    json: null,
    only: null,
    oneIsolate: false,
    cInput: "block",
    noC: false,
    noPyodide: false,
    noGrowth: false,
    noThreads: false,
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === "--quick") o.quick = true;
    else if (a === "--json") o.json = argv[++i] ?? null;
    else if (a === "--only") o.only = (argv[++i] ?? "").split(",");
    else if (a === "--one-isolate") o.oneIsolate = true;
    else if (a === "--no-c") o.noC = true;
    else if (a === "--no-pyodide") o.noPyodide = true;
    else if (a === "--no-growth") o.noGrowth = true;
    else if (a === "--no-threads") o.noThreads = true;
    else if (a === "--c-input" && (argv[i + 1] === "block" || argv[i + 1] === "bytes"))
      o.cInput = argv[++i] as CInput;
    else if (a === "--") continue;
    else {
      console.error(
        `usage: pnpm bench [--quick] [--json FILE] [--only ID,ID...] [--one-isolate] [--c-input block|bytes] [--no-c] [--no-pyodide] [--no-growth] [--no-threads]\nunknown argument: ${a}`,
      );
      process.exit(2);
    }
  }
  return o;
}

/** Medians of one phase: seconds per operation by side, per workload. */
interface PhaseResult {
  readonly js: number[][];
  readonly py: number[][];
  readonly pyodide: number[][];
  readonly lim: number[][];
  readonly alloc: number[][];
  readonly pyVersion: string;
}

/**
 * Times `cases` round by round: every case in python3, then in Pyodide (when
 * given), then in Node; `keepPython` leaves the python3 process open (for the
 * memory figure) and returns it.
 */
async function phase(
  cases: readonly Workload[],
  rounds: number,
  batch: number,
  opt: Options,
  cext: CextBuild | null,
  pyodide: PyodideSide | null,
  keepPython: boolean,
): Promise<PhaseResult & { python: PythonSide | null }> {
  const py = new PythonSide();
  await py.start(cases, batch);
  if (pyodide !== null) await pyodide.start(cases, batch);
  const node = opt.oneIsolate ? inProcess(cases, opt.quick) : inWorkers(cases, opt.quick, cext);
  const r: PhaseResult = {
    js: cases.map(() => []),
    py: cases.map(() => []),
    pyodide: cases.map(() => []),
    lim: cases.map(() => []),
    alloc: cases.map(() => []),
    pyVersion: py.version,
  };
  const label = cases.length === 1 ? ` ${cases[0]!.id}` : "";
  for (let round = 0; round < rounds; round++) {
    process.stderr.write(`round ${round + 1}/${rounds}${label}: python`);
    const times = await py.round();
    let pyodideTimes: Record<string, number> = {};
    if (pyodide !== null) {
      process.stderr.write(", pyodide");
      pyodideTimes = await pyodide.round();
    }
    process.stderr.write(", node");
    for (let i = 0; i < cases.length; i++) {
      const id = cases[i]!.id;
      if (times[id] !== undefined) r.py[i]!.push(times[id]!);
      if (pyodideTimes[id] !== undefined) r.pyodide[i]!.push(pyodideTimes[id]!);
      const m = await node.measure(i);
      r.js[i]!.push(m.run);
      if (m.limit !== null) r.lim[i]!.push(m.limit);
      if (m.alloc !== null) r.alloc[i]!.push(m.alloc);
    }
    process.stderr.write("\n");
  }
  await node.close();
  if (pyodide !== null) await pyodide.close();
  if (!keepPython) {
    await py.close();
    return { ...r, python: null };
  }
  return { ...r, python: py };
}

function med(xs: readonly number[]): number | null {
  return xs.length > 0 ? median(xs) : null;
}

async function main(): Promise<void> {
  const opt = parseOptions(process.argv.slice(2));
  const sizes = opt.quick ? QUICK : FULL;
  if ((globalThis as { gc?: unknown }).gc === undefined)
    console.error("note: run with --expose-gc (pnpm bench does) for stable figures");
  const wanted = (id: string) => opt.only === null || opt.only.includes(id);
  // The C rows (ids c-*): benchc.c built natively and to wasm32 (cached by content).
  let cext: CextBuild | null = null;
  if (!opt.noC && (opt.only === null || opt.only.some((id) => id.startsWith("c-")))) {
    cext = await buildCext(opt.cInput);
    if (opt.oneIsolate) await loadMinipy();
  }
  const all = mainWorkloads(sizes, cext).filter((w) => wanted(w.id));
  const growth = opt.noGrowth ? [] : growthWorkloads(opt.quick).filter((w) => wanted(w.id));
  const loadStart = loadavg()[0]!;
  let pyodide: PyodideSide | null = null;
  if (!opt.noPyodide) {
    process.stderr.write("loading pyodide\n");
    pyodide = await PyodideSide.load();
  }

  const mainPhase = await phase(all, sizes.rounds, sizes.batch, opt, cext, pyodide, true);
  const unsupported = pyodide?.unsupported() ?? {};

  const nViews = sizes.views;
  process.stderr.write(`memory: ${nViews} views\n`);
  const pyMem = await mainPhase.python!.memory(nViews);
  const jsMem = median([jsBytesPerView(nViews), jsBytesPerView(nViews), jsBytesPerView(nViews)]);
  await mainPhase.python!.close();

  const toRows = (cases: readonly Workload[], r: PhaseResult): Row[] =>
    cases.map((w, i) => {
      const per = w.per ?? 1;
      const py = med(r.py[i]!);
      const pyo = med(r.pyodide[i]!);
      return {
        id: w.id,
        title: w.title,
        target: w.target,
        project: median(r.js[i]!) / per,
        cpython: py === null ? Number.NaN : py / per,
        pyodide: pyo === null ? null : pyo / per,
        limit: med(r.lim[i]!),
        allocLimit: med(r.alloc[i]!),
        copied: w.copied ?? null,
        perByte: w.perByte ?? null,
      };
    });
  const rows = toRows(all, mainPhase);

  // How cost grows: one row at a time, so that each side holds one row's buffers only.
  const growthRows: Row[] = [];
  for (const w of growth) {
    const big = (w.perByte ?? 0) >= 64 << 20;
    const r = await phase(
      [w],
      big ? Math.min(3, sizes.rounds) : sizes.rounds,
      sizes.batch,
      opt,
      null,
      pyodide,
      false,
    );
    growthRows.push(...toRows([w], r));
  }
  let threads: ThreadsFigure | null = null;
  if (!opt.noThreads && opt.only === null) {
    process.stderr.write("threads row\n");
    threads = await threadsRow(opt.quick ? 16 << 20 : 256 << 20, opt.quick ? 3 : 5);
  }

  const report: Report = {
    node: process.versions.node,
    python: mainPhase.pyVersion,
    pyodide: pyodide?.version ?? null,
    unsupported,
    quick: opt.quick,
    isolation: opt.oneIsolate ? "one isolate for every workload" : "one worker isolate per workload",
    rounds: sizes.rounds,
    load: [loadStart, loadavg()[0]!],
    cpus: availableParallelism(),
    rows,
    growth: growthRows,
    threads,
    cext:
      cext === null
        ? null
        : `C rows (C: ...): bench/c/benchc.c, project = @py/cc -O2 (wasm32) called from minipy, CPython = gcc -O2 against CPython's headers called from python3; buffer input: ${cext.input === "block" ? "benchc.Block, a C exporter" : "bytes"}.`,
    memory: {
      project: jsMem,
      cpython: pyMem.bytes_per_view,
      cpythonGetsizeof: pyMem.getsizeof,
      views: nViews,
    },
  };
  console.log(renderTable(report));
  if (opt.json !== null) {
    writeFileSync(opt.json, `${JSON.stringify({ ...report, samples: mainPhase }, null, 2)}\n`);
    console.log(`\nwrote ${opt.json}`);
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
