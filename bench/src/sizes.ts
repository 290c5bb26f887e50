/**
 * Problem sizes and timing budget of a run. `--quick` shrinks every size so
 * that a whole run takes a few seconds; the full sizes are those of the issue.
 */
export interface Sizes {
  /** Bytes of the "1 MiB" workloads. */
  readonly mib: number;
  /** Bytes of the "64 MiB" tobytes. */
  readonly big: number;
  /** Iterations of the item get/set loops ("1e6"). */
  readonly loop: number;
  /** Side of the square 'B' view of `tobytes(order='F')` (2048). */
  readonly side: number;
  /** Records unpacked by the struct loop. */
  readonly records: number;
  /** Live memoryviews for the memory-per-view figure. */
  readonly views: number;
  /** C-API pairs per timed operation. */
  readonly pairs: number;
  /** Rounds (each: one Python batch, then one Node batch per workload). */
  readonly rounds: number;
  /** Minimum duration of one timed batch, in seconds. */
  readonly batch: number;
}

export const FULL: Sizes = {
  mib: 1 << 20,
  big: 64 << 20,
  loop: 1_000_000,
  side: 2048,
  records: 100_000,
  views: 1_000_000,
  pairs: 1000,
  rounds: 7,
  batch: 0.1,
};

export const QUICK: Sizes = {
  mib: 64 << 10,
  big: 4 << 20,
  loop: 10_000,
  side: 256,
  records: 1000,
  views: 20_000,
  pairs: 1000,
  rounds: 3,
  batch: 0.01,
};
