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

const cache = new Map<string, WebAssembly.Module>();

function reexportModule(sig: string): WebAssembly.Module {
  let m = cache.get(sig);
  if (m !== undefined) return m;
  const { params, results } = wasmType(sig);
  const type = [0x60, ...leb(params.length), ...params, ...leb(results.length), ...results];
  const bytes = [
    0x00,
    0x61,
    0x73,
    0x6d,
    0x01,
    0x00,
    0x00,
    0x00,
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
