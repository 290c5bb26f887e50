/**
 * JavaScript functions as table entries. A `WebAssembly.Table` of funcref
 * holds only WebAssembly functions, so a C-API function implemented in
 * TypeScript whose address C takes (`.tp_new = PyType_GenericNew`,
 * `Py_TYPE(self)->tp_free`) is wrapped in a tiny module that imports it and
 * exports it again (as Emscripten's `convertJsFunctionToWasm` does).
 */

/** Wasm value types by signature letter (see sigs.ts): i32, i64, f32, f64. */
const VALTYPE: Record<string, number> = { i: 0x7f, z: 0x7f, p: 0x7f, o: 0x7f, l: 0x7e, f: 0x7d, d: 0x7c };

function leb(n: number): number[] {
  const out: number[] = [];
  do {
    let b = n & 0x7f;
    n >>>= 7;
    if (n !== 0) b |= 0x80;
    out.push(b);
  } while (n !== 0);
  return out;
}

function section(id: number, body: number[]): number[] {
  return [id, ...leb(body.length), ...body];
}

function str(s: string): number[] {
  return [...leb(s.length), ...[...s].map((c) => c.charCodeAt(0))];
}

/** The wasm function type of a signature `"r:abc"` (r the result letter, `v` for none). */
export function wasmType(sig: string): { params: number[]; results: number[] } {
  const [ret, args] = sig.split(":") as [string, string];
  const params = [...args].map((c) => VALTYPE[c]!);
  const results = ret === "v" ? [] : [VALTYPE[ret]!];
  return { params, results };
}

/** `\0asm`, version 1. */
const HEADER = [0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00];

const cache = new Map<string, WebAssembly.Module>();

function reexportModule(sig: string): WebAssembly.Module {
  let m = cache.get(sig);
  if (m !== undefined) return m;
  const { params, results } = wasmType(sig);
  const type = [0x60, ...leb(params.length), ...params, ...leb(results.length), ...results];
  const bytes = [
    ...HEADER,
    ...section(1, [1, ...type]),
    ...section(2, [1, ...str("e"), ...str("f"), 0x00, 0]),
    ...section(7, [1, ...str("f"), 0x00, 0]),
  ];
  m = new WebAssembly.Module(new Uint8Array(bytes));
  cache.set(sig, m);
  return m;
}

/** A WebAssembly function (storable in a table) that calls `fn` with the signature `sig`. */
export function wasmFunction(fn: (...args: any[]) => unknown, sig: string): WebAssembly.ExportValue {
  const inst = new WebAssembly.Instance(reexportModule(sig), { e: { f: fn } });
  return inst.exports.f!;
}

let globalModule: WebAssembly.Module | null = null;

/**
 * Reading and writing a mutable i32 `WebAssembly.Global` through two tiny
 * wasm functions (`global.get`/`global.set`): a call into wasm is a few
 * nanoseconds, where the JS API's `Global.prototype.value` accessor is a
 * runtime call costing around a hundred (measured in Node 20).
 */
export function globalAccessors(g: WebAssembly.Global): { get(): number; set(v: number): void } {
  globalModule ??= new WebAssembly.Module(
    new Uint8Array([
      ...HEADER,
      // types: () -> i32, (i32) -> ()
      ...section(1, [2, 0x60, 0, 1, 0x7f, 0x60, 1, 0x7f, 0]),
      // import e.g: a mutable i32 global
      ...section(2, [1, ...str("e"), ...str("g"), 0x03, 0x7f, 0x01]),
      ...section(3, [2, 0, 1]),
      ...section(7, [2, ...str("get"), 0x00, 0, ...str("set"), 0x00, 1]),
      // get: global.get 0; set: local.get 0, global.set 0
      ...section(10, [2, 4, 0, 0x23, 0, 0x0b, 6, 0, 0x20, 0, 0x24, 0, 0x0b]),
    ]),
  );
  const e = new WebAssembly.Instance(globalModule, { e: { g } }).exports;
  return { get: e.get as () => number, set: e.set as (v: number) => void };
}
