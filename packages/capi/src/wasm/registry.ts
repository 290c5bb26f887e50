/**
 * The C-API functions extensions can import (`env.NAME`): name, wasm
 * signature and TypeScript implementation. Filled by capi-imports.ts and the
 * argument engines; read by the runtime and the loader.
 */
import { isCheckedMode } from "@py/object";
import { capiReport, hexAddr } from "../checked.js";
import { setErrorFrom } from "../errors.js";
import { rt, sweepCaches } from "../runtime.js";
import { CExit } from "./wasi.js";

export type WasmFn = (...args: any[]) => any;

/** The `env` functions C may import, with their wasm signatures (filled by capi-imports.ts). */
export interface ImportDef {
  /**
   * `"r:args"`: letters i (int), p (pointer), o (PyObject *), l (64-bit), d (double), f (float),
   * v (void), z (an int result that is 0 on failure: `PyArg_Parse*`).
   */
  sig: string;
  fn: WasmFn;
}

/** Wrapped imports (what wasm calls), by name. */
export const registry = new Map<string, ImportDef>();

/** The value a failing function returns, by result letter (the C error convention). */
function errorValue(ret: string): number | bigint | undefined {
  if (ret === "o" || ret === "p" || ret === "z") return 0;
  if (ret === "l") return -1n;
  if (ret === "v") return undefined;
  return -1;
}

/**
 * Wraps a TypeScript implementation for wasm: pointer arguments (`p`, `o`)
 * arrive as signed i32 and are made unsigned (`p >>> 0`); a thrown
 * `PyError` (or any other exception: a bug below, reported as SystemError)
 * becomes the C convention, NULL/-1 with the error indicator set.
 */
export function wrapImport(name: string, sig: string, fn: WasmFn): WasmFn {
  const [ret, args] = sig.split(":") as [string, string];
  const fail = errorValue(ret);
  const ptrs: number[] = [];
  for (let i = 0; i < args.length; i++) if (args[i] === "p" || args[i] === "o") ptrs.push(i);
  const raw: number[] = [];
  // The free functions report a freed block themselves (a double free).
  if (!/Free$|Realloc$/.test(name)) for (let i = 0; i < args.length; i++) if (args[i] === "p") raw.push(i);
  const onError = (e: unknown): any => {
    if (e instanceof CExit) throw e;
    setErrorFrom(e, name);
    return fail;
  };
  // Fixed arities (most of the C-API) without a rest array: a call from C is a
  // plain JS call. `u*` says whether argument * is a pointer (made unsigned).
  const u = (i: number) => args[i] === "p" || args[i] === "o";
  const [u0, u1, u2, u3] = [u(0), u(1), u(2), u(3)];
  switch (args.length) {
    case 0:
      return () => {
        try {
          return fn();
        } catch (e) {
          return onError(e);
        }
      };
    case 1:
      return (a0: any) => {
        if (u0) a0 >>>= 0;
        if (isCheckedMode()) checkPointers(name, [a0], raw);
        try {
          return fn(a0);
        } catch (e) {
          return onError(e);
        }
      };
    case 2:
      return (a0: any, a1: any) => {
        if (u0) a0 >>>= 0;
        if (u1) a1 >>>= 0;
        if (isCheckedMode()) checkPointers(name, [a0, a1], raw);
        try {
          return fn(a0, a1);
        } catch (e) {
          return onError(e);
        }
      };
    case 3:
      return (a0: any, a1: any, a2: any) => {
        if (u0) a0 >>>= 0;
        if (u1) a1 >>>= 0;
        if (u2) a2 >>>= 0;
        if (isCheckedMode()) checkPointers(name, [a0, a1, a2], raw);
        try {
          return fn(a0, a1, a2);
        } catch (e) {
          return onError(e);
        }
      };
    case 4:
      return (a0: any, a1: any, a2: any, a3: any) => {
        if (u0) a0 >>>= 0;
        if (u1) a1 >>>= 0;
        if (u2) a2 >>>= 0;
        if (u3) a3 >>>= 0;
        if (isCheckedMode()) checkPointers(name, [a0, a1, a2, a3], raw);
        try {
          return fn(a0, a1, a2, a3);
        } catch (e) {
          return onError(e);
        }
      };
  }
  return (...a: any[]) => {
    for (const i of ptrs) a[i] = a[i] >>> 0;
    if (isCheckedMode()) checkPointers(name, a, raw);
    try {
      return fn(...a);
    } catch (e) {
      return onError(e);
    }
  };
}

/**
 * Checked mode: a pointer argument into a block that was freed (a stale
 * `PyBytes_AsString`/`PyUnicode_AsUTF8` pointer, a freed `PyMem_Malloc`
 * block) is reported, naming the function and the block.
 */
function checkPointers(name: string, a: any[], raw: readonly number[]): void {
  const debug = rt.mem.allocator.debug;
  if (debug === null || raw.length === 0) return;
  // Storage kept for objects that died (PyUnicode_AsUTF8's copies) is freed, hence poisoned, now.
  if (rt.utf8.size > 0) sweepCaches();
  if (debug.size === 0) return;
  for (const i of raw) {
    const p = a[i] as number;
    if (p === 0) continue;
    const what = debug.freedBlockAt(p);
    if (what !== null) {
      capiReport(
        `${name}: argument ${i + 1} (${hexAddr(p)}) points into freed memory: ${what}, ` +
          "which was freed (a pointer kept after its object died or its block was freed)",
      );
    }
  }
}

/** Adds C-API functions to what extensions can import (`env.NAME`). */
export function defineImports(defs: Record<string, ImportDef>): void {
  for (const [name, def] of Object.entries(defs)) {
    registry.set(name, { sig: def.sig, fn: wrapImport(name, def.sig, def.fn) });
  }
}

/** The registered import `name`, if any. */
export function importDef(name: string): ImportDef | undefined {
  return registry.get(name);
}
