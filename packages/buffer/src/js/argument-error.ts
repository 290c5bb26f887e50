/**
 * The JS layer's `TypeError` for a wrong JS argument: names the function,
 * the parameter, what it takes and what it got, as
 * `struct.pack(): argument 'fmt' must be a string, not number`.
 */

/** The JS type of `v` for a message: `null`, `undefined`, `number`, `Float64Array`, `object`, ... */
export function jsTypeName(v: unknown): string {
  if (v === null) return "null";
  if (typeof v === "object" || typeof v === "function") {
    const name = (v as { constructor?: { name?: unknown } }).constructor?.name;
    if (typeof name === "string" && name !== "" && name !== "Object" && name !== "Function") return name;
  }
  return typeof v;
}

/** A `TypeError`: argument `param` of `fn()` must be `expected`, not the type of `got`. */
export function argumentError(fn: string, param: string, expected: string, got: unknown): TypeError {
  return new TypeError(`${fn}(): argument '${param}' must be ${expected}, not ${jsTypeName(got)}`);
}
