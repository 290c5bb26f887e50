/**
 * Every workload of a run by phase: the main rows (timed together, round by
 * round) and the growth rows (timed one at a time, see growth.ts).
 */
import type { CextBuild } from "./cext.js";
import { growthWorkloads } from "./growth.js";
import { mixedWorkloads } from "./mixed.js";
import type { Sizes } from "./sizes.js";
import { type Workload, workloads } from "./workloads.js";

/** The main rows: the workloads, the mixed rows, and the C rows when built. */
export function mainWorkloads(s: Sizes, cext: CextBuild | null): Workload[] {
  return [...workloads(s, cext), ...mixedWorkloads(s)];
}

/** The workload `id` of either phase. */
export function findWorkload(id: string, s: Sizes, quick: boolean, cext: CextBuild | null): Workload {
  const w = [...mainWorkloads(s, cext), ...growthWorkloads(quick)].find((x) => x.id === id);
  if (w === undefined) throw new Error(`no workload ${id}`);
  return w;
}
