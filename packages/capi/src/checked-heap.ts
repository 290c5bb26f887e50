/**
 * Checked mode of the heap (the wasm runtime's `PyMem_*`/`malloc` blocks), as
 * CPython's debug allocator does it: each block gets guard bytes after the
 * size asked for (0xFD, "forbidden bytes"), checked when it is freed and at
 * every checkpoint (an overrun); a freed block is filled with 0xDD ("dead
 * bytes") and kept in a quarantine before it goes back to `free`, checked when
 * it leaves the quarantine and at checkpoints (a write after free). C passing
 * a pointer into a quarantined block back to a C-API function is reported too
 * (a stale `PyBytes_AsString`/`PyUnicode_AsUTF8` pointer, a freed block).
 *
 * Only blocks allocated while checked mode is on are guarded; with checked
 * mode off the allocator does none of this.
 */
import { hexAddr } from "./checked.js";

/** Bytes of guard after each block (beyond its size class). */
export const GUARD = 16;
const FORBIDDEN = 0xfd;
const DEAD = 0xdd;
const QUARANTINE = 512;

interface Guarded {
  /** Bytes asked for. */
  n: number;
  /** Bytes of the block including the guard. */
  total: number;
  /** Who allocated it (`PyMem_Malloc in C function f`). */
  by: string;
  /** What it holds, when the façade knows (`the storage of bytes object b'ab'`). */
  what?: string;
}

export class CheckedHeap {
  private readonly guarded = new Map<number, Guarded>();
  private readonly quarantine = new Map<number, Guarded>();
  constructor(
    private readonly bytes: () => Uint8Array,
    private readonly report: (msg: string) => void,
    private readonly backendFree: (addr: number) => void,
  ) {}

  get size(): number {
    return this.guarded.size + this.quarantine.size;
  }

  /** A fresh block of `total` bytes at `addr`, `n` asked for: writes its guard. */
  allocated(addr: number, n: number, total: number, by: string): void {
    this.quarantine.delete(addr);
    this.bytes().fill(FORBIDDEN, addr + n, addr + total);
    this.guarded.set(addr, { n, total, by });
  }

  isGuarded(addr: number): boolean {
    return this.guarded.has(addr);
  }

  isQuarantined(addr: number): boolean {
    return this.quarantine.has(addr);
  }

  /** Labels the guarded block holding `addr` (what it stores). */
  label(addr: number, what: string): void {
    for (const [a, g] of this.guarded) {
      if (addr >= a && addr < a + Math.max(g.n, 1)) {
        g.what = what;
        return;
      }
    }
  }

  private describe(addr: number, g: Guarded): string {
    return `the ${g.n}-byte block at ${hexAddr(addr)}${g.what !== undefined ? ` (${g.what})` : ""}, allocated by ${g.by}`;
  }

  private overrun(addr: number, g: Guarded, fn: string): boolean {
    const u8 = this.bytes();
    let bad = 0;
    let last = -1;
    for (let i = addr + g.n; i < addr + g.total; i++) {
      if (u8[i] !== FORBIDDEN) {
        bad++;
        last = i;
      }
    }
    if (bad === 0) return false;
    this.report(
      `${fn}: buffer overrun: C wrote past the end of ${this.describe(addr, g)} ` +
        `(${bad} guard byte${bad === 1 ? "" : "s"} changed, up to ${last - addr - g.n + 1} byte${last - addr - g.n === 0 ? "" : "s"} past the end)`,
    );
    return true;
  }

  private writtenAfterFree(addr: number, g: Guarded, fn: string): void {
    const u8 = this.bytes();
    for (let i = addr; i < addr + g.total; i++) {
      if (u8[i] !== DEAD) {
        this.report(
          `${fn}: use after free: C wrote into ${this.describe(addr, g)} after it was freed ` +
            `(byte ${i - addr} is 0x${u8[i]!.toString(16)}, not the 0xdd of freed memory)`,
        );
        return;
      }
    }
  }

  /**
   * A guarded block being freed: checks its guard, poisons it and keeps it in
   * quarantine (the backend frees it later). False if `addr` is not guarded.
   */
  freed(addr: number, fn: string): boolean {
    const g = this.guarded.get(addr);
    if (g === undefined) return false;
    this.guarded.delete(addr);
    this.overrun(addr, g, fn);
    this.bytes().fill(DEAD, addr, addr + g.total);
    this.quarantine.set(addr, g);
    if (this.quarantine.size > QUARANTINE) {
      const [old, og] = this.quarantine.entries().next().value as [number, Guarded];
      this.quarantine.delete(old);
      this.writtenAfterFree(old, og, fn);
      this.backendFree(old);
    }
    return true;
  }

  /** The quarantined (freed) block holding `addr`, described; null if none. */
  freedBlockAt(addr: number): string | null {
    for (const [a, g] of this.quarantine) {
      if (addr >= a && addr < a + Math.max(g.n, 1)) return this.describe(a, g);
    }
    return null;
  }

  /** Checks every guard and every freed block; reports what changed (as `checkpoint`). */
  checkpoint(): void {
    for (const [a, g] of this.guarded) {
      if (this.overrun(a, g, "checkpoint")) this.bytes().fill(FORBIDDEN, a + g.n, a + g.total);
    }
    for (const [a, g] of this.quarantine) {
      const before = this.bytes().slice(a, a + g.total);
      this.writtenAfterFree(a, g, "checkpoint");
      if (before.some((b) => b !== DEAD)) this.bytes().fill(DEAD, a, a + g.total);
    }
  }

  /** Gives every quarantined block back (when checked mode ends or for tests). */
  flush(): void {
    for (const a of this.quarantine.keys()) this.backendFree(a);
    this.quarantine.clear();
  }
}
