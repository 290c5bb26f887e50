/**
 * The `@py/buffer/struct` entry: the `struct` module alone, for a page that
 * packs and unpacks and needs nothing else of the package. The names that
 * pack or unpack (struct-api.ts) ready only the `bytes` type (what `pack`
 * returns and `unpack` reads JS bytes as), not `bytearray`'s methods or
 * `array.array`, so a bundle that imports this entry (and not `@py/buffer`)
 * leaves them out; `calcsize` and `StructError` ready nothing. Everything
 * here is also exported by `@py/buffer` itself, under the same names.
 *
 * `import { struct } from "@py/buffer/struct"` or
 * `import { pack, unpack } from "@py/buffer/struct"`.
 */
export { calcsize } from "./js/struct.js";
export { StructError } from "./format/format-code.js";
export * from "./struct-api.js";
