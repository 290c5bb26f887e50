/**
 * `pnpm fuzz [--seed S] [--count N] [--ops K] [--shrink K] [--save] [--show K] [--json FILE]`
 *   differential fuzzing of minipy against python3 (src/diff/).
 * `pnpm fuzz scripts [--seed S] [--count N] [--show K]`
 *   multi-line programs run as scripts by minipy and python3 (src/scripts/).
 * `pnpm fuzz capi [--seed S] [--count N]`
 *   bad-input fuzzing of @py/capi (src/capi/run.ts).
 * `pnpm fuzz cside [--seed S] [--count N]`
 *   the C-API fuzzed from C: a C harness on the wasm runtime in checked mode (src/cside/run.ts).
 * `pnpm fuzz bounds [--seed S] [--count N] [--show K] [--save]`
 *   the table-driven boundary generator (src/bounds/): N statements.
 * Exit status 1 when divergences (or C-API violations) are found.
 */
import { existsSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { runBoundsFuzz } from "./bounds/run.js";
import { runCsideFuzz } from "./cside/run.js";
import { runDiffFuzz } from "./diff/run.js";
import { saveCase } from "./diff/save.js";
import { runScriptFuzz } from "./scripts/run.js";

interface Args {
  cmd: "diff" | "capi" | "scripts" | "bounds" | "cside";
  seed: number;
  count: number | null;
  shrink: number;
  save: boolean;
  show: number;
  json: string | null;
  ops: number | undefined;
}

const USAGE = `usage: pnpm fuzz [capi | scripts | bounds | cside] [--seed S] [--count N] [--ops K] [--shrink K] [--save] [--show K] [--json FILE]`;

function parse(argv: string[]): Args {
  const a: Args = {
    cmd: "diff",
    seed: Date.now() % 2 ** 31,
    count: null,
    shrink: 10,
    save: false,
    show: 3,
    json: null,
    ops: undefined,
  };
  const rest = [...argv];
  if (rest[0] === "--") rest.shift();
  if (
    rest[0] === "capi" ||
    rest[0] === "diff" ||
    rest[0] === "scripts" ||
    rest[0] === "bounds" ||
    rest[0] === "cside"
  )
    a.cmd = rest.shift() as Args["cmd"];
  while (rest.length) {
    const k = rest.shift() as string;
    const num = (): number => {
      const v = Number(rest.shift());
      if (!Number.isInteger(v)) throw new Error(`${k} takes an integer\n${USAGE}`);
      return v;
    };
    if (k === "--seed") a.seed = num();
    else if (k === "--count") a.count = num();
    else if (k === "--shrink") a.shrink = num();
    else if (k === "--show") a.show = num();
    else if (k === "--ops") a.ops = num();
    else if (k === "--save") a.save = true;
    else if (k === "--json") a.json = rest.shift() ?? null;
    else if (k === "--help" || k === "-h") {
      console.log(USAGE);
      process.exit(0);
    } else throw new Error(`unknown argument ${k}\n${USAGE}`);
  }
  return a;
}

async function capi(a: Args): Promise<number> {
  const file = join(import.meta.dirname, "capi", "run.ts");
  if (!existsSync(file)) {
    console.error(`pnpm fuzz capi: ${file} does not exist yet (the C-API fuzzer is not written).`);
    return 2;
  }
  const mod = (await import(pathToFileURL(file).href)) as {
    runCapiFuzz?: (o: {
      seed: number;
      count: number;
      log: (s: string) => void;
    }) => Promise<{ calls: number; violations: string[] }> | { calls: number; violations: string[] };
  };
  if (typeof mod.runCapiFuzz !== "function") {
    console.error(`pnpm fuzz capi: ${file} does not export runCapiFuzz.`);
    return 2;
  }
  console.log(`capi fuzz: seed ${a.seed}`);
  const r = await mod.runCapiFuzz({ seed: a.seed, count: a.count ?? 1000, log: (s) => console.log(s) });
  console.log(`${r.calls} calls, ${r.violations.length} violations`);
  for (const v of r.violations) console.log(`  ${v}`);
  return r.violations.length ? 1 : 0;
}

async function cside(a: Args): Promise<number> {
  const count = a.count ?? 2000;
  console.log(
    `cside fuzz: seed ${a.seed}, ${count} operations (repeat: pnpm fuzz cside --seed ${a.seed} --count ${count})`,
  );
  const t0 = Date.now();
  const r = await runCsideFuzz({ seed: a.seed, count, log: (s) => console.log(s) });
  console.log(
    `${r.ops} operations (${r.misuses} misuses) in ${r.sequences} sequences (${r.cleanSequences} leak-checked) in ` +
      `${((Date.now() - t0) / 1000).toFixed(1)} s: ${r.traps} traps, ${r.rawErrors} raw JS errors, ` +
      `${r.missed} misuses not reported, ${r.falseReports} reports for correct C, ${r.windows} JS windows checked, ` +
      `${r.grows} memory growths; ${r.violations.length} violations`,
  );
  for (const [name, st] of Object.entries(r.byOp).sort()) {
    console.log(
      `  ${name.padEnd(18)} ${String(st.ops).padStart(6)} ops, ${st.misuses} misuses, ${st.raised} raised`,
    );
  }
  for (const v of r.violations) console.log(`  ${v}`);
  return r.violations.length ? 1 : 0;
}

async function diff(a: Args): Promise<number> {
  const count = a.count ?? 500;
  console.log(
    `differential fuzz: seed ${a.seed}, ${count} programs (repeat: pnpm fuzz --seed ${a.seed} --count ${count}${a.ops ? ` --ops ${a.ops}` : ""})`,
  );
  const r = await runDiffFuzz({
    seed: a.seed,
    count,
    shrink: a.shrink,
    maxOps: a.ops,
    log: (s) => console.log(s),
  });
  const keys = new Map<string, number>();
  for (const d of r.divergences) keys.set(d.key, (keys.get(d.key) ?? 0) + 1);
  console.log(
    `${r.programs} programs in ${(r.ms / 1000).toFixed(1)} s: ${r.divergences.length} divergent (${keys.size} distinct), ${r.crashed.length} not run by CPython`,
  );
  const shown = new Set<string>();
  for (const d of r.divergences) {
    if (shown.has(d.key)) continue;
    shown.add(d.key);
    if (shown.size <= a.show) {
      console.log(`\n--- divergence (run ${d.run}, ${keys.get(d.key)} programs): ${d.key}`);
      console.log(d.shrunk.trimEnd());
      console.log("--- cpython:");
      console.log(d.cpython.trimEnd());
      console.log("--- minipy:");
      console.log(d.minipy.trimEnd());
    }
    if (a.save && d.shrunk !== d.program) {
      const name = saveCase(d.shrunk, `differential fuzz: pnpm fuzz --seed ${a.seed} (run ${d.run}), shrunk`);
      console.log(`saved apps/minipy/test/conformance/cases/${name}.py`);
    }
  }
  for (const c of r.crashed.slice(0, 3))
    console.log(`\n--- CPython did not run (run ${c.run}): ${c.why}\n${c.program}`);
  if (a.json) writeFileSync(a.json, JSON.stringify(r, null, 2));
  return r.divergences.length ? 1 : 0;
}

async function scripts(a: Args): Promise<number> {
  const count = a.count ?? 500;
  console.log(
    `script fuzz: seed ${a.seed}, ${count} programs (repeat: pnpm fuzz scripts --seed ${a.seed} --count ${count})`,
  );
  const t0 = Date.now();
  const found = await runScriptFuzz(a.seed, count, a.shrink);
  console.log(`${count} programs in ${((Date.now() - t0) / 1000).toFixed(1)} s: ${found.length} divergent`);
  for (const d of found.slice(0, a.show)) {
    console.log(`\n--- divergence (run ${d.run}), shrunk:\n${d.src.trimEnd()}`);
    console.log(`--- cpython: ${JSON.stringify(d.cpython)}`);
    console.log(`--- minipy:  ${JSON.stringify(d.minipy)}`);
  }
  return found.length ? 1 : 0;
}

async function bounds(a: Args): Promise<number> {
  const count = a.count ?? 20000;
  console.log(
    `bounds fuzz: seed ${a.seed}, ${count} statements (repeat: pnpm fuzz bounds --seed ${a.seed} --count ${count})`,
  );
  const r = await runBoundsFuzz({ seed: a.seed, count, log: (s) => console.log(s) });
  const keys = new Map<string, number>();
  for (const d of r.divergences) keys.set(d.key, (keys.get(d.key) ?? 0) + 1);
  console.log(
    `${r.statements} statements (${r.units} units) in ${(r.ms / 1000).toFixed(1)} s: ${r.divergences.length} divergent units (${keys.size} distinct), ${r.notRun.length} units not run by CPython`,
  );
  const shown = new Set<string>();
  for (const d of r.divergences) {
    if (shown.has(d.key)) continue;
    shown.add(d.key);
    if (shown.size <= a.show) {
      console.log(`\n--- divergence (unit ${d.unit}, ${keys.get(d.key)} units): ${d.key}`);
      console.log(d.shrunk.trimEnd());
      console.log("--- cpython:");
      console.log(d.cpython.trimEnd());
      console.log("--- minipy:");
      console.log(d.minipy.trimEnd());
    }
    if (a.save) {
      const body = d.shrunk.split("\n").slice(2).join("\n");
      const src = `import array, struct\nfrom _testbuffer import *\n${body}`;
      const name = saveCase(
        src,
        `bounds fuzz: pnpm fuzz bounds --seed ${a.seed} (unit ${d.unit}), shrunk`,
        undefined,
        `bounds-${d.kind}`,
      );
      console.log(`saved apps/minipy/test/conformance/cases/${name}.py`);
    }
  }
  for (const u of r.notRun.slice(0, 3))
    console.log(`\n--- CPython did not run (unit ${u.unit}): ${u.why}\n${u.lines.join("\n")}`);
  if (a.json) writeFileSync(a.json, JSON.stringify(r, null, 2));
  return r.divergences.length ? 1 : 0;
}

async function main(): Promise<void> {
  let a: Args;
  try {
    a = parse(process.argv.slice(2));
  } catch (e) {
    console.error((e as Error).message);
    process.exit(2);
  }
  process.exitCode =
    a.cmd === "capi"
      ? await capi(a)
      : a.cmd === "scripts"
        ? await scripts(a)
        : a.cmd === "bounds"
          ? await bounds(a)
          : a.cmd === "cside"
            ? await cside(a)
            : await diff(a);
}

await main();
