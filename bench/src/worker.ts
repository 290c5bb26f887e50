/**
 * One workload timed in its own V8 isolate (a worker thread): its heap, its
 * garbage and its type feedback are its own, so one workload's leftovers do
 * not bias another's figures. The main thread asks for one batch per round.
 *
 * Messages: "measure" -> { run, limit, alloc } (seconds per operation, null
 * when the workload has no such figure); "done" -> the worker gives back its
 * references and exits.
 */
import { parentPort, workerData } from "node:worker_threads";
import { type CextBuild, loadMinipy } from "./cext.js";
import { findWorkload } from "./catalog.js";
import { FULL, QUICK } from "./sizes.js";
import { Timer } from "./timing.js";

export interface WorkerInput {
  readonly id: string;
  readonly quick: boolean;
  /** The C-extension builds, when the run has C rows. */
  readonly cext: CextBuild | null;
}

export interface WorkerReply {
  readonly run: number;
  readonly limit: number | null;
  readonly alloc: number | null;
}

const input = workerData as WorkerInput;
const sizes = input.quick ? QUICK : FULL;
if (input.cext !== null && input.id.startsWith("c-")) await loadMinipy();
const w = findWorkload(input.id, sizes, input.quick, input.cext);
const c = w.js();
const run = new Timer(c.run, sizes.batch);
const limit = c.limit ? new Timer(c.limit, sizes.batch) : null;
const alloc = c.allocLimit ? new Timer(c.allocLimit, sizes.batch) : null;
const port = parentPort!;
port.on("message", (m: string) => {
  if (m === "measure") {
    const reply: WorkerReply = {
      run: run.measure(),
      limit: limit ? limit.measure() : null,
      alloc: alloc ? alloc.measure() : null,
    };
    port.postMessage(reply);
  } else {
    c.done();
    port.close();
  }
});
