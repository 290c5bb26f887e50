/**
 * `pnpm bench [--quick] [--json FILE] [--only ID,ID] [--c-input block|bytes] [--no-c]`: times every workload
 * in Node (built packages) and in one `python3` process, alternating the two
 * round by round, and prints the table of medians (see README.md).
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
import { workloads } from "./workloads.js";

interface Options {
  quick: boolean;
  json: string | null;
  only: string[] | null;
  oneIsolate: boolean;
  /** Input of the C buffer rows. */
  cInput: CInput;
  /** Leave the C-extension rows out (no gcc, no CPython headers). */
  noC: boolean;
}

function parseOptions(argv: readonly string[]): Options {
  const o: Options = { quick: false, json: null, only: null, oneIsolate: false, cInput: "block", noC: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === "--quick") o.quick = true;
    else if (a === "--json") o.json = argv[++i] ?? null;
    else if (a === "--only") o.only = (argv[++i] ?? "").split(",");
    else if (a === "--one-isolate") o.oneIsolate = true;
    else if (a === "--no-c") o.noC = true;
    else if (a === "--c-input" && (argv[i + 1] === "block" || argv[i + 1] === "bytes"))
      o.cInput = argv[++i] as CInput;
    else if (a === "--") continue;
    else {
      console.error(
        `usage: pnpm bench [--quick] [--json FILE] [--only ID,ID...] [--one-isolate] [--c-input block|bytes] [--no-c]\nunknown argument: ${a}`,
      );
      process.exit(2);
    }
  }
  return o;
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
  const all = workloads(sizes, cext).filter((w) => wanted(w.id));
  const loadStart = loadavg()[0]!;
  const py = new PythonSide();
  await py.start(all, sizes.batch);

  const node = opt.oneIsolate ? inProcess(all, opt.quick) : inWorkers(all, opt.quick, cext);
  const jsT: number[][] = all.map(() => []);
  const pyT: number[][] = all.map(() => []);
  const limT: number[][] = all.map(() => []);
  const allocT: number[][] = all.map(() => []);

  for (let round = 0; round < sizes.rounds; round++) {
    process.stderr.write(`round ${round + 1}/${sizes.rounds}: python`);
    const times = await py.round();
    process.stderr.write(", node");
    for (let i = 0; i < all.length; i++) {
      pyT[i]!.push(times[all[i]!.id]!);
      const r = await node.measure(i);
      jsT[i]!.push(r.run);
      if (r.limit !== null) limT[i]!.push(r.limit);
      if (r.alloc !== null) allocT[i]!.push(r.alloc);
    }
    process.stderr.write("\n");
  }
  await node.close();

  const nViews = sizes.views;
  process.stderr.write(`memory: ${nViews} views\n`);
  const pyMem = await py.memory(nViews);
  const jsMem = median([jsBytesPerView(nViews), jsBytesPerView(nViews), jsBytesPerView(nViews)]);
  await py.close();

  const rows: Row[] = all.map((w, i) => ({
    id: w.id,
    title: w.title,
    target: w.target,
    project: median(jsT[i]!) / (w.per ?? 1),
    cpython: median(pyT[i]!) / (w.per ?? 1),
    limit: limT[i]!.length > 0 ? median(limT[i]!) : null,
    allocLimit: allocT[i]!.length > 0 ? median(allocT[i]!) : null,
    copied: w.copied ?? null,
  }));
  const report: Report = {
    node: process.versions.node,
    python: py.version,
    quick: opt.quick,
    isolation: opt.oneIsolate ? "one isolate for every workload" : "one worker isolate per workload",
    rounds: sizes.rounds,
    load: [loadStart, loadavg()[0]!],
    cpus: availableParallelism(),
    rows,
    cext:
      cext === null
        ? null
        : `C rows (C: ...): bench/c/benchc.c, project = @py/cc -O2 (wasm32) called from minipy, CPython = gcc -O2 against CPython's headers called from python3; buffer input: ${cext.input === "block" ? "benchc.Block, a C exporter (--c-input bytes once bytes storage is in the wasm memory)" : "bytes"}.`,
    memory: {
      project: jsMem,
      cpython: pyMem.bytes_per_view,
      cpythonGetsizeof: pyMem.getsizeof,
      views: nViews,
    },
  };
  console.log(renderTable(report));
  if (opt.json !== null) {
    writeFileSync(
      opt.json,
      `${JSON.stringify({ ...report, samples: { jsT, pyT, limT, allocT } }, null, 2)}\n`,
    );
    console.log(`\nwrote ${opt.json}`);
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
