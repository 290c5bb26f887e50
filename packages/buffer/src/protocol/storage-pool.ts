/**
 * Reuse of the private memories of dead bytes objects, as CPython's
 * allocator (pymalloc, then the C library's `malloc`) hands a freed block to
 * the next request without clearing it.
 *
 * In JS every fresh `ArrayBuffer` is zero-filled by the engine and, past a
 * few pages, faulted in page by page: for a copy into a new object (such as
 * `memoryview.tobytes()`) that costs several times the copy itself. Exact
 * reference counts tell when a bytes object dies (`tp_dealloc`); its memory
 * goes back to this pool and the next new bytes of a close size takes it,
 * unzeroed, and overwrites it.
 *
 * Invariants:
 * - only a memory made by `storagePoolTake` is ever given back
 *   (`mem.reusable`), and only while no JS window onto it can have escaped:
 *   every path that hands out a typed array, a `BufPtr` or the memory itself
 *   beyond the owner's lifetime (an export through `bf_getbuffer`,
 *   `PyBytes_AS_U8`, `PyBytes_Storage`, a slice sharing the storage) clears
 *   `reusable` first, for good;
 * - a memory in the pool belongs to no object, and a memory taken from it to
 *   exactly one, which must overwrite the bytes it uses (their content is the
 *   previous owner's);
 * - the pool holds at most `limit` bytes (`PyBuffer_SetStoragePoolLimit`), at
 *   most `PER_CLASS` memories of each size class, so a burst of deaths keeps
 *   a bounded amount of memory alive.
 */
import { PyMemory } from "./memory.js";

/** Memories kept per size class. */
const PER_CLASS = 8;

/** The default bound of the bytes the pool keeps alive (`PyBuffer_SetStoragePoolLimit`). */
const DEFAULT_LIMIT = 64 * 1024 * 1024;

let limit = DEFAULT_LIMIT;
let held = 0;
/** Free memories by size class (the class of their capacity rounded down). */
const classes = new Map<number, PyMemory[]>();

/**
 * The size class of `n` bytes rounded down (`up` false) or up: multiples of
 * 16 up to 64, then four classes per power of two (at most 25% apart).
 */
function sizeClass(n: number, up: boolean): number {
  if (n <= 64) return up ? (n + 15) & ~15 : n & ~15;
  // step = a quarter of the largest power of two <= n - 1 (n >= 65).
  const step =
    (n <= 0x1_0000_0000 ? 0x8000_0000 >>> Math.clz32(n - 1) : 2 ** Math.floor(Math.log2(n - 1))) / 4;
  return (up ? Math.ceil(n / step) : Math.floor(n / step)) * step;
}

/** A memory of at least `n` bytes from `bucket`, removed from it; null when none fits. */
function takeFrom(bucket: PyMemory[] | undefined, n: number): PyMemory | null {
  if (bucket === undefined) return null;
  for (let i = bucket.length - 1; i >= 0; i--) {
    const m = bucket[i]!;
    if (m.byteLength >= n) {
      bucket[i] = bucket[bucket.length - 1]!;
      bucket.pop();
      held -= m.byteLength;
      return m;
    }
  }
  return null;
}

/**
 * A private memory of at least `n` bytes (n >= 1) for one new object: a dead
 * object's memory of a close size when the pool has one (its content is
 * stale: the caller overwrites the bytes it uses), else a fresh zeroed one of
 * exactly `n` bytes (MemoryError when the host cannot allocate it). Either
 * way `reusable`: the owner's `tp_dealloc` may give it back with
 * `storagePoolGive`.
 */
export function storagePoolTake(n: number): PyMemory {
  if (held > 0) {
    const m = takeFrom(classes.get(sizeClass(n, true)), n) ?? takeFrom(classes.get(sizeClass(n, false)), n);
    if (m !== null) return m;
  }
  const m = new PyMemory(n);
  m.reusable = true;
  return m;
}

/**
 * Gives back the memory of a dead object (`tp_dealloc`), if it is still
 * `reusable` (no window onto it escaped) and the pool has room; otherwise it
 * is left to the garbage collector.
 */
export function storagePoolGive(m: PyMemory): void {
  if (!m.reusable) return;
  const size = m.byteLength;
  if (size > limit || size === 0) return;
  const key = sizeClass(size, false);
  let bucket = classes.get(key);
  if (bucket === undefined) {
    bucket = [];
    classes.set(key, bucket);
  } else if (bucket.length >= PER_CLASS) {
    return;
  }
  if (held + size > limit) evict(held + size - limit);
  bucket.push(m);
  held += size;
}

/** Drops pooled memories (the largest classes' first found) until at least `need` bytes are freed. */
function evict(need: number): void {
  for (const bucket of classes.values()) {
    while (bucket.length > 0 && need > 0) {
      const m = bucket.pop()!;
      held -= m.byteLength;
      need -= m.byteLength;
    }
    if (need <= 0) return;
  }
}

/**
 * Sets how many bytes of dead objects' memories the pool may keep for reuse
 * (default 64 MiB; 0 turns reuse off and empties the pool), as `mallopt`
 * sets how much freed memory the C library keeps; returns the previous
 * limit. No CPython counterpart (its allocator's thresholds are fixed at
 * build time).
 */
export function PyBuffer_SetStoragePoolLimit(bytes: number): number {
  const old = limit;
  limit = Math.max(0, bytes);
  if (held > limit) evict(held - limit);
  return old;
}

/** How many bytes the pool holds now (for tests and diagnostics). */
export function PyBuffer_StoragePoolSize(): number {
  return held;
}
