/**
 * The differential fuzzer: random transcript programs (generate.ts) run in
 * python3 (the reference runner's semantics, cpython.ts) and in minipy
 * (in-process, a fresh interpreter each); any difference in the transcripts is
 * a divergence. A divergence is shrunk by fast-check (replaying its run by
 * path) to a short program, which can be saved as a conformance case with
 * CPython's output.
 *
 * `runDiffFuzz({ seed, count })` is reproducible: the same seed and count give
 * the same programs.
 */
import fc from "fast-check";
import { CPython } from "./cpython.js";
import { type ProgramSeed, programArbitrary, render } from "./generate.js";
import { loadMinipy, runMinipy } from "./minipy.js";

export interface Divergence {
  /** index of the run (fast-check path of the original program) */
  run: number;
  /** the original program */
  program: string;
  /** the shrunk program (same as `program` when not shrunk) */
  shrunk: string;
  /** CPython's and minipy's transcripts of the shrunk program */
  cpython: string;
  minipy: string;
  /** the first statement whose output differs, a short key to group divergences by */
  key: string;
}

export interface DiffFuzzOptions {
  seed: number;
  count: number;
  /** shrink at most this many divergences (distinct keys first); default 10 */
  shrink?: number;
  /** progress and results */
  log?: (line: string) => void;
  /** programs sent to python3 at a time */
  batch?: number;
  /** at most this many operations per program (default 14) */
  maxOps?: number | undefined;
}

export interface DiffFuzzResult {
  programs: number;
  divergences: Divergence[];
  /** programs CPython could not run (crash or timeout); they are not compared */
  crashed: { run: number; program: string; why: string }[];
  ms: number;
}

/** Which statement first gives different output: the last line whose prefix transcripts agree on. */
function firstDifference(src: string, a: string, b: string): string {
  const la = a.split("\n");
  const lb = b.split("\n");
  let i = 0;
  while (i < la.length && i < lb.length && la[i] === lb[i]) i++;
  return `${la[i] ?? "<end>"} | ${lb[i] ?? "<end>"}`.slice(0, 160) || src.slice(0, 80);
}

/** A grouping key for a divergence: the differing output lines with numbers blurred. */
function keyOf(src: string, want: string, got: string): string {
  return firstDifference(src, want, got).replace(/\d+/g, "N");
}

/**
 * The same programs for the same seed: fast-check's runs as `fc.check` draws
 * them (run i is what `path: "i"` replays; `fc.sample` would draw without the
 * per-run bias and give other values).
 */
export function samplePrograms(seed: number, count: number, maxOps?: number): ProgramSeed[] {
  const out: ProgramSeed[] = [];
  const prop = fc.property(programArbitrary(maxOps), (p) => {
    out.push(p);
    return true;
  });
  fc.check(prop, { seed, numRuns: count });
  return out;
}

/** Shrinks the divergence of run `run` (by fast-check, replaying its path). */
async function shrinkRun(
  py: CPython,
  seed: number,
  run: number,
  maxOps?: number,
): Promise<{ src: string; want: string; got: string } | null> {
  let last: { src: string; want: string; got: string } | null = null;
  const prop = fc.asyncProperty(programArbitrary(maxOps), async (p) => {
    const src = render(p);
    const got = runMinipy(src);
    const r = await py.run(src);
    if (r.crashed) return true;
    if (r.out !== got) {
      last = { src, want: r.out, got };
      return false;
    }
    return true;
  });
  const res = await fc.check(prop, { seed, path: String(run), endOnFailure: false });
  if (!res.failed || !res.counterexample) return last;
  // re-run the final counterexample, so what is returned is the shrunk program
  const src = render(res.counterexample[0]);
  const got = runMinipy(src);
  const r = await py.run(src);
  return r.crashed ? last : { src, want: r.out, got };
}

/** Runs `count` programs from `seed` through python3 and minipy and compares the transcripts. */
export async function runDiffFuzz(opts: DiffFuzzOptions): Promise<DiffFuzzResult> {
  const t0 = Date.now();
  const log = opts.log ?? (() => {});
  const batch = opts.batch ?? 100;
  await loadMinipy();
  const py = new CPython();
  const divergences: Divergence[] = [];
  const crashed: DiffFuzzResult["crashed"] = [];
  const found: { run: number; src: string; want: string; got: string }[] = [];
  try {
    const seeds = samplePrograms(opts.seed, opts.count, opts.maxOps);
    for (let start = 0; start < seeds.length; start += batch) {
      const srcs = seeds.slice(start, start + batch).map(render);
      // python3 works on the batch while minipy runs it here
      const pending = srcs.map((s) => py.run(s));
      const mine = srcs.map((s) => runMinipy(s));
      const theirs = await Promise.all(pending);
      theirs.forEach((r, i) => {
        const run = start + i;
        const src = srcs[i] as string;
        if (r.crashed) crashed.push({ run, program: src, why: r.why });
        else if (r.out !== mine[i]) found.push({ run, src, want: r.out, got: mine[i] as string });
      });
      if ((start / batch) % 10 === 9 || start + batch >= seeds.length)
        log(`${Math.min(start + batch, seeds.length)}/${seeds.length} programs, ${found.length} divergent`);
    }
    // shrink distinct divergences first
    const byKey = new Map<string, typeof found>();
    for (const f of found) {
      const k = keyOf(f.src, f.want, f.got);
      byKey.set(k, [...(byKey.get(k) ?? []), f]);
    }
    let budget = opts.shrink ?? 10;
    for (const [k, group] of byKey) {
      const f = group[0] as (typeof found)[number];
      let shrunk: { src: string; want: string; got: string } | null = null;
      if (budget-- > 0) shrunk = await shrinkRun(py, opts.seed, f.run, opts.maxOps);
      const s = shrunk ?? f;
      divergences.push({
        run: f.run,
        program: f.src,
        shrunk: s.src,
        cpython: s.want,
        minipy: s.got,
        key: k,
      });
      for (const g of group.slice(1))
        divergences.push({
          run: g.run,
          program: g.src,
          shrunk: g.src,
          cpython: g.want,
          minipy: g.got,
          key: k,
        });
    }
  } finally {
    py.close();
  }
  return { programs: opts.count, divergences, crashed, ms: Date.now() - t0 };
}
