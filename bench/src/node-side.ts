/**
 * The Node side of a run: one timed batch per workload per round, either each
 * workload in its own worker thread (default: own isolate, own heap, own type
 * feedback) or all of them in this isolate (`--one-isolate`: what an
 * application mixing every operation sees).
 */
import { Worker } from "node:worker_threads";
import type { CextBuild } from "./cext.js";
import { FULL, QUICK } from "./sizes.js";
import { Timer } from "./timing.js";
import type { WorkerInput, WorkerReply } from "./worker.js";
import type { JsCase, Workload } from "./workloads.js";

export interface NodeSide {
  /** One batch of workload `i`. */
  measure(i: number): Promise<WorkerReply>;
  close(): Promise<void>;
}

/** Every workload in this isolate. */
export function inProcess(all: readonly Workload[], quick: boolean): NodeSide {
  const batch = (quick ? QUICK : FULL).batch;
  const cases: JsCase[] = all.map((w) => w.js());
  const timers = cases.map((c) => ({
    run: new Timer(c.run, batch),
    limit: c.limit ? new Timer(c.limit, batch) : null,
    alloc: c.allocLimit ? new Timer(c.allocLimit, batch) : null,
  }));
  return {
    async measure(i) {
      const t = timers[i]!;
      return { run: t.run.measure(), limit: t.limit?.measure() ?? null, alloc: t.alloc?.measure() ?? null };
    },
    async close() {
      for (const c of cases) c.done();
    },
  };
}

/** One worker thread per workload, set up once and kept for every round. */
export function inWorkers(all: readonly Workload[], quick: boolean, cext: CextBuild | null): NodeSide {
  const url = new URL("./worker-entry.mjs", import.meta.url);
  // V8 flags (--expose-gc) are per process and already apply to workers.
  const execArgv = process.execArgv.filter((a) => a !== "--expose-gc");
  const workers = all.map(
    (w) => new Worker(url, { workerData: { id: w.id, quick, cext } satisfies WorkerInput, execArgv }),
  );
  const ask = (wk: Worker): Promise<WorkerReply> =>
    new Promise((resolve, reject) => {
      const onError = (e: Error) => reject(e);
      wk.once("error", onError);
      wk.once("message", (m: WorkerReply) => {
        wk.off("error", onError);
        resolve(m);
      });
      wk.postMessage("measure");
    });
  return {
    measure: (i) => ask(workers[i]!),
    async close() {
      await Promise.all(
        workers.map(
          (wk) =>
            new Promise<void>((resolve) => {
              wk.once("exit", () => resolve());
              wk.postMessage("done");
            }),
        ),
      );
    },
  };
}
