/**
 * The threads row: the strided copy `m[::2].tobytes()` over a 256 MiB buffer
 * in a `SharedArrayBuffer`, done by one worker thread (both halves, one after
 * the other) and by two worker threads at once (one half each). Each worker
 * has its own V8 isolate and its own pyobj objects; only the bytes are
 * shared. Both sides start together on a message, after a warm-up, and the
 * row reports the wall time of each layout (median of the rounds).
 */
import { Worker } from "node:worker_threads";
import { median } from "./timing.js";
import { pattern } from "./workloads.js";
import type { ThreadsInput } from "./threads-worker.js";

export interface ThreadsFigure {
  readonly bytes: number;
  readonly one: number;
  readonly two: number;
}

async function runLayout(
  sab: SharedArrayBuffer,
  layout: ThreadsInput["parts"][],
  reps: number,
): Promise<number> {
  const url = new URL("./threads-entry.mjs", import.meta.url);
  const execArgv = process.execArgv.filter((a) => a !== "--expose-gc");
  const workers = layout.map(
    (parts) => new Worker(url, { workerData: { sab, parts, reps } satisfies ThreadsInput, execArgv }),
  );
  // Every worker says "ready" once it is set up and warm; then all start together.
  await Promise.all(
    workers.map(
      (w) =>
        new Promise<void>((resolve, reject) => {
          w.once("message", () => resolve());
          w.once("error", reject);
        }),
    ),
  );
  const t0 = performance.now();
  const done = workers.map(
    (w) =>
      new Promise<number>((resolve, reject) => {
        w.once("message", (s: number) => resolve(s));
        w.once("error", reject);
      }),
  );
  for (const w of workers) w.postMessage("go");
  await Promise.all(done);
  const wall = (performance.now() - t0) / 1e3;
  await Promise.all(workers.map((w) => w.terminate()));
  return wall / reps;
}

/** Times the threads row over `bytes` (256 MiB in a full run). */
export async function threadsRow(bytes: number, rounds: number): Promise<ThreadsFigure> {
  const sab = new SharedArrayBuffer(bytes);
  new Uint8Array(sab).set(pattern(bytes));
  const half = bytes / 2;
  const reps = 2;
  const one: number[] = [];
  const two: number[] = [];
  for (let r = 0; r < rounds; r++) {
    one.push(
      await runLayout(
        sab,
        [
          [
            [0, half],
            [half, half],
          ],
        ],
        reps,
      ),
    );
    two.push(await runLayout(sab, [[[0, half]], [[half, half]]], reps));
  }
  return { bytes, one: median(one), two: median(two) };
}
