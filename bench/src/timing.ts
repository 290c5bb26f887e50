/**
 * Node-side timing: a batch of `n` calls of one operation, `n` calibrated once
 * so that a batch lasts at least `batch` seconds (after a warm-up that lets
 * V8 optimise the code). No forced collection between batches: a full GC
 * when no object of a shape is alive lets V8 drop that shape and the
 * optimised code built on it, so every batch would start cold; the young-
 * generation collections a batch causes are part of its cost in JS, as
 * freeing is part of CPython's.
 */

function now(): number {
  return Number(process.hrtime.bigint()) / 1e9;
}

/** Seconds taken by `n` calls of `f`. */
function timeBatch(f: () => void, n: number): number {
  const t0 = now();
  for (let k = 0; k < n; k++) f();
  return now() - t0;
}

/** A timed operation with its calibrated batch size. */
export class Timer {
  private n = 0;
  constructor(
    private readonly f: () => void,
    private readonly batch: number,
  ) {}

  /** Warm-up, then the smallest power-of-ten-ish count reaching `batch` seconds. */
  private calibrate(): number {
    let n = 1;
    // Warm-up: at least ~batch seconds of calls, so that V8 has optimised f.
    let spent = 0;
    while (spent < this.batch) {
      const took = timeBatch(this.f, n);
      spent += took;
      if (took < this.batch / 10) n *= 10;
    }
    n = 1;
    for (;;) {
      const took = timeBatch(this.f, n);
      if (took >= this.batch) return n;
      n = took > this.batch / 10 ? Math.max(n * 2, Math.ceil((n * this.batch * 1.2) / took)) : n * 10;
    }
  }

  /** One batch: seconds per call. */
  measure(): number {
    if (this.n === 0) this.n = this.calibrate();
    return timeBatch(this.f, this.n) / this.n;
  }
}

/** The median of `xs` (mean of the two middle values for an even count). */
export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const k = s.length >> 1;
  return s.length % 2 === 1 ? s[k]! : (s[k - 1]! + s[k]!) / 2;
}
