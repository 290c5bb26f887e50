/**
 * Runs the bounds generator: programs of independent units (generate.ts) go
 * to one long-lived python3 (the diff fuzzer's batch driver and reference
 * runner) while minipy runs them in-process; their transcripts are cut at the
 * units' markers and compared unit by unit. A divergent unit is replayed alone
 * (units share no state, so it must diverge alone too), shrunk by dropping
 * lines while it still diverges, and grouped with the others of its first
 * differing line.
 *
 * `runBoundsFuzz({ seed, count })` is reproducible: statement k of a seed is
 * always the same.
 */
import { CPython } from "../diff/cpython.js";
import { loadMinipy, runMinipy } from "../diff/minipy.js";
import { drawUnit, marker, PRELUDE, renderProgram, type Unit } from "./generate.js";
import { Rng } from "../capi/rng.js";

export interface BoundsDivergence {
  /** the unit's index in the run */
  unit: number;
  kind: Unit["kind"];
  /** the unit's lines, then the shrunk program (prelude and lines) */
  lines: string[];
  shrunk: string;
  cpython: string;
  minipy: string;
  /** the first differing output lines with numbers blurred */
  key: string;
}

export interface BoundsFuzzOptions {
  seed: number;
  /** statements to run (the units' lines, prelude and markers not counted) */
  count: number;
  /** units per program sent to python3 */
  unitsPerProgram?: number;
  log?: (line: string) => void;
}

export interface BoundsFuzzResult {
  statements: number;
  units: number;
  divergences: BoundsDivergence[];
  /** units CPython could not run (it crashed or hung on them alone) */
  notRun: { unit: number; lines: string[]; why: string }[];
  ms: number;
}

/** The units of a run: drawn one after another until `count` statements. */
export function drawUnits(seed: number, count: number): Unit[] {
  const rng = new Rng(seed);
  const units: Unit[] = [];
  let statements = 0;
  while (statements < count) {
    const u = drawUnit(rng, units.length);
    units.push(u);
    statements += u.lines.length;
  }
  return units;
}

/** A transcript cut at the markers: the output of each unit (missing units are null). */
function splitAtMarkers(out: string, n: number): (string | null)[] {
  const parts: (string | null)[] = Array.from({ length: n }, () => null);
  let cur = "";
  let i = 0;
  for (const line of out.split("\n")) {
    if (i < n && line === marker(i)) {
      parts[i++] = cur;
      cur = "";
    } else cur += `${line}\n`;
  }
  return parts;
}

function keyOf(kind: string, want: string, got: string): string {
  const a = want.split("\n");
  const b = got.split("\n");
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return `${kind}: ${a[i] ?? "<end>"} | ${b[i] ?? "<end>"}`.replace(/\d+/g, "N").slice(0, 160);
}

/** The program of one unit alone (its lines renumbered from 0 are not needed: names stay). */
export function unitProgram(lines: readonly string[]): string {
  return `${PRELUDE}${lines.join("\n")}\n`;
}

type Outcome = { diverges: true; want: string; got: string } | { diverges: false; crashed: string | null };

async function compare(py: CPython, lines: readonly string[]): Promise<Outcome> {
  const src = unitProgram(lines);
  const r = await py.run(src);
  if (r.crashed) return { diverges: false, crashed: r.why };
  const got = runMinipy(src);
  return r.out === got ? { diverges: false, crashed: null } : { diverges: true, want: r.out, got };
}

/** Drops lines (never the first, which makes the unit's object) while the unit still diverges. */
async function shrink(py: CPython, lines: string[]): Promise<string[]> {
  let cur = lines;
  for (let i = cur.length - 1; i >= 1; i--) {
    const trial = [...cur.slice(0, i), ...cur.slice(i + 1)];
    if ((await compare(py, trial)).diverges) cur = trial;
  }
  return cur;
}

/** Runs `count` statements of `seed` through python3 and minipy, unit by unit. */
export async function runBoundsFuzz(opts: BoundsFuzzOptions): Promise<BoundsFuzzResult> {
  const t0 = Date.now();
  const log = opts.log ?? (() => {});
  const per = opts.unitsPerProgram ?? 40;
  await loadMinipy();
  const units = drawUnits(opts.seed, opts.count);
  const statements = units.reduce((s, u) => s + u.lines.length, 0);
  const py = new CPython();
  const divergent: { unit: number; want: string; got: string }[] = [];
  const notRun: BoundsFuzzResult["notRun"] = [];
  try {
    const batch = 8;
    for (let start = 0; start < units.length; start += per * batch) {
      const programs: Unit[][] = [];
      for (let s = start; s < Math.min(units.length, start + per * batch); s += per)
        programs.push(units.slice(s, Math.min(units.length, s + per)));
      const srcs = programs.map(renderProgram);
      // python3 works on the batch while minipy runs it here
      const pending = srcs.map((s) => py.run(s));
      const mine = srcs.map((s) => runMinipy(s));
      const theirs = await Promise.all(pending);
      for (const [p, r] of theirs.entries()) {
        const base = start + p * per;
        const group = programs[p] as Unit[];
        if (r.crashed) {
          // salvage the program: each unit alone
          for (const [i, u] of group.entries()) {
            const o = await compare(py, u.lines);
            if (o.diverges) divergent.push({ unit: base + i, want: o.want, got: o.got });
            else if (o.crashed !== null) notRun.push({ unit: base + i, lines: u.lines, why: o.crashed });
          }
          continue;
        }
        const want = splitAtMarkers(r.out, group.length);
        const got = splitAtMarkers(mine[p] as string, group.length);
        for (let i = 0; i < group.length; i++)
          if (want[i] !== got[i])
            divergent.push({ unit: base + i, want: want[i] ?? "<missing>", got: got[i] ?? "<missing>" });
      }
      const done = Math.min(units.length, start + per * batch);
      if ((start / (per * batch)) % 4 === 3 || done === units.length)
        log(`${done}/${units.length} units, ${divergent.length} divergent`);
    }
    // each divergent unit alone, shrunk once per key
    const divergences: BoundsDivergence[] = [];
    const shrunkKeys = new Set<string>();
    for (const d of divergent) {
      const u = units[d.unit] as Unit;
      const key = keyOf(u.kind, d.want, d.got);
      let lines = u.lines;
      let want = d.want;
      let got = d.got;
      if (!shrunkKeys.has(key) && shrunkKeys.size < 20) {
        shrunkKeys.add(key);
        const alone = await compare(py, lines);
        if (alone.diverges) {
          lines = await shrink(py, lines);
          const o = await compare(py, lines);
          if (o.diverges) ({ want, got } = o);
        }
      }
      divergences.push({
        unit: d.unit,
        kind: u.kind,
        lines: u.lines,
        shrunk: unitProgram(lines),
        cpython: want,
        minipy: got,
        key,
      });
    }
    return { statements, units: units.length, divergences, notRun, ms: Date.now() - t0 };
  } finally {
    py.close();
  }
}
