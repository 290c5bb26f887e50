/**
 * The fallback of the JS layer: what a caller forgets to release (by
 * `using`, `release()` or `[Symbol.dispose]()`) is released when its JS
 * wrapper is garbage-collected, through one `FinalizationRegistry`. So a
 * forgotten view never leaves a bytearray locked by an export forever; it
 * is only released later than it could have been (whenever the collector
 * runs, if ever before the program ends).
 *
 * The release function must not reach the wrapper (it would keep it alive):
 * it closes over the Python objects only.
 */

const registry = new FinalizationRegistry<() => void>((release) => {
  try {
    release();
  } catch {
    // A collector callback has nowhere to report to: a throw here would be
    // an uncaught exception at an arbitrary point of the program.
  }
});

/** Runs `release` once `wrapper` has been garbage-collected, unless `cancelReleaseOnCollect(wrapper)` first. */
export function releaseOnCollect(wrapper: object, release: () => void): void {
  registry.register(wrapper, release, wrapper);
}

/** The wrapper was released explicitly: nothing to do when it is collected. */
export function cancelReleaseOnCollect(wrapper: object): void {
  registry.unregister(wrapper);
}
