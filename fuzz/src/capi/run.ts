/**
 * Bad-input fuzzing of `@py/capi` (and, through it, `@py/buffer` and
 * `@py/memoryview`): `runCapiFuzz({ seed, count })` makes `count` C-API calls
 * with generated arguments — valid, stale, forged and NULL handles; pointers
 * inside, at the edge of and outside the linear memory; negative, huge and
 * non-integer sizes; random flags, orders and format strings; forged
 * `Py_buffer` structs whose shapes and strides overflow — in sequences of
 * 20..200 calls. Every call is checked by the oracle (oracle.ts); at the end
 * of a sequence everything the fuzzer held is given back and nothing may be
 * left: no C-owned handle, no unreleased export, no live object created in
 * the sequence, no exporter with a non-zero export count.
 *
 * The run alternates every 40 sequences between the LP64 and wasm32 ABIs
 * and between checked mode on and off (misuse reports are expected for bad
 * input and are cleared; they are not violations). Checked mode must report
 * a second `PyBuffer_Release` of a struct; unchecked, it must still be a
 * no-op (view->obj is NULL after the first), which the end-of-sequence
 * checks verify: no count goes wrong either way.
 */
import * as C from "@py/capi";
import { checkpoint, isCheckedMode, leakReport, type PyObject, setCheckedMode } from "@py/object";
import { CALLS, exportCount } from "./calls.js";
import { Oracle } from "./oracle.js";
import { Rng } from "./rng.js";
import { tsCalls } from "./ts-calls.js";
import { World } from "./world.js";

export interface CapiFuzzOptions {
  seed: number;
  count: number;
  log?: (s: string) => void;
}

export interface CapiFuzzResult {
  calls: number;
  violations: string[];
}

/** Runs the bad-input fuzzer; see the module comment. */
export function runCapiFuzz(opts: CapiFuzzOptions): CapiFuzzResult {
  const wasChecked = isCheckedMode();
  setCheckedMode(true);
  C.initCApi();
  C.capiForgetLeaks();
  C.capiClearReports();
  checkpoint();
  const rng = new Rng(opts.seed);
  // Debugging a hang: CAPI_FUZZ_VERBOSE_FROM=N names every call from the N-th on (stderr).
  const verboseFrom = typeof process !== "undefined" ? Number(process.env.CAPI_FUZZ_VERBOSE_FROM ?? -1) : -1;
  let world = new World(rng);
  const oracle = new Oracle(world, opts.log);
  const table = [...CALLS, ...tsCalls];
  const progressEvery = Math.max(10_000, Math.floor(opts.count / 20));
  let nextProgress = progressEvery;
  let seqEnd = oracle.calls + rng.range(20, 200);
  let sequences = 0;
  let abi: "lp64" | "wasm32" = "lp64";
  // Profiling: CAPI_FUZZ_PROFILE=1 logs time per kind of call at the end.
  const profile =
    typeof process !== "undefined" && process.env.CAPI_FUZZ_PROFILE
      ? new Map<string, [number, number, number]>()
      : null;
  try {
    while (oracle.calls < opts.count) {
      const [, callName, call] = rng.weighted(table.map((e) => [e[0], e] as const));
      // Every call starts on a clear indicator. The indicator owns a reference to its
      // exception (as CPython's tstate->curexc_value), and every checked call clears it
      // first (Oracle.call), which may free the exception and what its args hold: objects
      // the world only borrowed (a value restored with PyErr_Restore, an instance given to
      // PyErr_SetObject). Handles and counts must be looked at after that, not before.
      C.PyErr_Clear();
      if (verboseFrom >= 0 && oracle.calls >= verboseFrom) {
        oracle.verbose = true;
        process.stderr.write(`${oracle.calls} ${callName}\n`);
      }
      let broken = false;
      try {
        if (profile !== null) {
          const t = performance.now();
          call(world, oracle);
          const dt = performance.now() - t;
          const e = profile.get(callName) ?? [0, 0, 0];
          profile.set(callName, [e[0] + 1, e[1] + dt, Math.max(e[2], dt)]);
        } else call(world, oracle);
      } catch (e) {
        // The fuzzer's own code threw (its world model was wrong): a violation, never a crash.
        // The world may no longer describe what it holds, so the sequence ends here.
        oracle.violation(
          `fuzzer: ${callName} threw`,
          e instanceof Error ? (e.stack ?? e.message) : String(e),
        );
        broken = true;
      }
      if (broken || oracle.calls >= seqEnd || oracle.calls >= opts.count) {
        finish(world, oracle);
        sequences++;
        world = new World(rng);
        (oracle as unknown as { world: World }).world = world;
        // Every 40 sequences, the next of: LP64/wasm32 ABI (a fresh linear memory) x checked mode on/off.
        if (sequences % 40 === 0) {
          const mode = (sequences / 40) % 4;
          abi = mode % 2 === 0 ? "lp64" : "wasm32";
          C.initCApi({ abi });
          setCheckedMode(mode < 2);
          checkpoint();
        }
        seqEnd = oracle.calls + rng.range(20, 200);
      }
      if (oracle.calls >= nextProgress) {
        opts.log?.(`capi fuzz: ${oracle.calls} calls, ${sequences} sequences, ${oracle.total} violations`);
        nextProgress += progressEvery;
      }
    }
  } finally {
    C.initCApi();
    if (profile !== null) {
      for (const [k, [n, t, max]] of [...profile].sort((a, b) => b[1][1] - a[1][1])) {
        opts.log?.(
          `  ${k.padEnd(16)} ${String(n).padStart(7)} calls ${t.toFixed(0).padStart(7)} ms (max ${max.toFixed(1)} ms)`,
        );
      }
    }
    C.PyErr_Clear();
    C.capiClearReports();
    if (!wasChecked) setCheckedMode(false);
  }
  return { calls: oracle.calls, violations: oracle.violations };
}

/** Gives back everything the sequence held, then checks that nothing is left. */
function finish(w: World, o: Oracle): void {
  C.PyErr_Clear();
  // Release exports first (they hold references to exporters).
  for (const s of w.structs) {
    if (s.state !== "filled") continue;
    C.PyBuffer_Release(s.block.addr);
    if (C.PyErr_Occurred() !== 0) {
      o.violation("finish: PyBuffer_Release failed", `${C.currentException()?.ob_type.tp_name}`);
      C.PyErr_Clear();
    }
    s.state = "empty";
  }
  for (const r of [...w.refs.values()]) {
    for (let i = 0; i < r.owned; i++) C.Py_DECREF(r.h);
    if (C.PyErr_Occurred() !== 0) {
      o.violation("finish: Py_DECREF of an owned reference failed", `${r.obj.ob_type.tp_name}`);
      C.PyErr_Clear();
    }
  }
  w.refs.clear();
  for (const b of [...w.data, ...w.scratch]) C.PyMem_Free(b.addr);
  for (const s of w.structs) C.PyMem_Free(s.block.addr);
  w.data = [];
  w.scratch = [];
  w.structs = [];
  // Nothing may be left.
  for (const line of C.capiLeakReport()) {
    o.violation("leak after a sequence", line);
    const h = /handle (0x[0-9a-f]+)/.exec(line)?.[1];
    if (o.trace !== null && h !== undefined) for (const t of o.trace) if (t.includes(h)) o.log?.(`    ${t}`);
  }
  const grep = typeof process !== "undefined" ? process.env.CAPI_FUZZ_GREP : undefined;
  if (o.trace !== null && grep) for (const t of o.trace) if (t.includes(grep)) o.log?.(`    | ${t}`);
  if (o.trace !== null) o.trace = [];
  C.capiForgetLeaks();
  // Checked mode tracks every object: none made during the sequence may be alive.
  for (const line of leakReport()) o.violation("object alive after a sequence", line);
  checkpoint();
  // Either mode: the objects the fuzzer saw must be gone (or immortal).
  for (const obj of w.created as PyObject[]) {
    // Exception instances too: the indicator owns its exception since f26ba96 (CPython's
    // curexc), so one C fetched and gave back dies like any object, with its args.
    if (obj.ob_refcnt > 0 && !C.isImmortal(obj) && !isCheckedMode()) {
      o.violation("object alive after a sequence", `${obj.ob_type.tp_name} refcnt=${obj.ob_refcnt}`);
    }
  }
  for (const obj of w.created as PyObject[]) {
    const n = exportCount(obj);
    if (n > 0)
      o.violation(
        "export count not back to 0",
        `${obj.ob_type.tp_name} exports=${n} refcnt=${obj.ob_refcnt}`,
      );
  }
  C.capiClearReports();
  C.PyErr_Clear();
}
