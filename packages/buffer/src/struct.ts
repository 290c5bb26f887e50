/**
 * The `@py/buffer/struct` entry: the `struct` module alone, for a page that
 * packs and unpacks and needs nothing else of the package. It readies only
 * the `bytes` type (what `pack` returns and `unpack` reads JS bytes as), not
 * `bytearray`'s methods or `array.array`, so a bundle that imports this entry
 * (and not `@py/buffer`) leaves them out. Everything here is also exported
 * by `@py/buffer` itself, under the same names.
 *
 * `import { struct } from "@py/buffer/struct"` or
 * `import { pack, unpack } from "@py/buffer/struct"`.
 */
import "./bytes/bytes-type.js";

export * as struct from "./js/struct.js";
export {
  type BytesSource,
  calcsize,
  iterUnpack,
  type PackValue,
  pack,
  type StructIterator,
  unpack,
} from "./js/struct.js";
export { StructError } from "./format/format-code.js";
export {
  PyInit_struct,
  struct_calcsize,
  struct_clearcache,
  struct_iter_unpack,
  struct_pack,
  struct_pack_into,
  struct_unpack,
  struct_unpack_from,
} from "./format/struct.js";
