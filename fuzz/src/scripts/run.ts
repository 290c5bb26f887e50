/**
 * The script fuzzer: random multi-line programs (generate.ts) run as scripts
 * by python3 (cpython_scripts.py, one process for the batch) and by minipy
 * (`runScript`, in-process); stdout, the last line of stderr and the exit
 * status must agree. A divergence is shrunk by fast-check (blocks dropped,
 * choices moved to the simplest) by replaying its run.
 */
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import fc from "fast-check";
import { loadModules, runScript } from "minipy";
import { renderScript, type ScriptSeed, scriptArbitrary } from "./generate.js";

const DRIVER = join(import.meta.dirname, "cpython_scripts.py");
const ADDR = /(?<= at )0x[0-9a-fA-F]+/g;

/** What a script run gives: stdout, the last line of stderr, the exit status. */
export interface ScriptResult {
  stdout: string;
  stderr: string;
  status: number;
}

/** python3's results for programs, in order (one process for all of them). */
export function runCPythonScripts(srcs: readonly string[]): ScriptResult[] {
  const input = srcs.map((src, id) => JSON.stringify({ id, src })).join("\n");
  const p = spawnSync(process.env.PYTHON ?? "python3", [DRIVER], {
    input,
    encoding: "utf8",
    maxBuffer: 1 << 28,
  });
  if (p.status !== 0) throw new Error(`cpython_scripts.py failed: ${p.stderr}`);
  const out: ScriptResult[] = [];
  for (const line of p.stdout.split("\n")) {
    if (line.trim() === "") continue;
    const r = JSON.parse(line) as ScriptResult & { id: number };
    out[r.id] = {
      stdout: r.stdout.replace(ADDR, "0x?"),
      stderr: r.stderr.replace(ADDR, "0x?"),
      status: r.status,
    };
  }
  return out;
}

/** minipy's result for a program (await loadModules() first). */
export function runMinipyScript(src: string): ScriptResult {
  let stdout = "";
  let err = "";
  let status: number;
  try {
    status = runScript(src, "prog.py", { stdout: (s) => (stdout += s), stderr: (s) => (err += s) });
  } catch (e) {
    return { stdout, stderr: `<minipy crashed: ${e instanceof Error ? e.message : String(e)}>`, status: -1 };
  }
  const lines = err.replace(/\n$/, "").split("\n");
  return {
    stdout: stdout.replace(ADDR, "0x?"),
    stderr: err === "" ? "" : lines[lines.length - 1]!.replace(ADDR, "0x?"),
    status,
  };
}

/** The programs of a seed, as fast-check draws them (run i replays with `path: "i"`). */
export function sampleScripts(seed: number, count: number, maxBlocks = 8): ScriptSeed[] {
  const out: ScriptSeed[] = [];
  fc.check(
    fc.property(scriptArbitrary(maxBlocks), (p) => {
      out.push(p);
      return true;
    }),
    { seed, numRuns: count },
  );
  return out;
}

function same(a: ScriptResult, b: ScriptResult): boolean {
  return a.stdout === b.stdout && a.stderr === b.stderr && a.status === b.status;
}

/** A divergence: the program, shrunk, and both results. */
export interface ScriptDivergence {
  run: number;
  src: string;
  cpython: ScriptResult;
  minipy: ScriptResult;
}

/** Runs `count` programs of `seed`; shrinks up to `shrink` divergences. */
export async function runScriptFuzz(seed: number, count: number, shrink = 3): Promise<ScriptDivergence[]> {
  await loadModules();
  const seeds = sampleScripts(seed, count);
  const srcs = seeds.map(renderScript);
  const want = runCPythonScripts(srcs);
  const found: ScriptDivergence[] = [];
  srcs.forEach((src, run) => {
    const got = runMinipyScript(src);
    if (!same(want[run]!, got)) found.push({ run, src, cpython: want[run]!, minipy: got });
  });
  for (const d of found.slice(0, shrink)) {
    const res = fc.check(
      fc.property(scriptArbitrary(), (p) => {
        const src = renderScript(p);
        return same(runCPythonScripts([src])[0]!, runMinipyScript(src));
      }),
      { seed, path: String(d.run), endOnFailure: true },
    );
    const ce = res.counterexample?.[0];
    if (ce !== undefined) {
      d.src = renderScript(ce);
      d.cpython = runCPythonScripts([d.src])[0]!;
      d.minipy = runMinipyScript(d.src);
    }
  }
  return found;
}
