/** Stand-alone entry: `tsx --conditions=@py/source src/capi/main.ts [seed] [count]` (the CLI has `pnpm fuzz capi`). */
import { runCapiFuzz } from "./run.js";

const seed = Number(process.argv[2] ?? 1);
const count = Number(process.argv[3] ?? 20000);
const t0 = Date.now();
const res = runCapiFuzz({ seed, count, log: (s) => console.log(s) });
console.log(
  `seed ${seed}: ${res.calls} calls in ${((Date.now() - t0) / 1000).toFixed(1)} s, ${res.violations.length} violations listed`,
);
for (const v of res.violations) console.log(`  ${v}`);
process.exitCode = res.violations.length > 0 ? 1 : 0;
