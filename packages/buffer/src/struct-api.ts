/**
 * The names of the `@py/buffer/struct` entry that pack or unpack (re-exported
 * by struct.ts): importing any of them readies the `bytes` type (what `pack`
 * returns and `unpack` reads JS bytes as). `calcsize` and `StructError` make
 * no bytes and come straight from struct.ts, so a bundle that only measures
 * formats leaves bytes out.
 */
import "./bytes/bytes-type.js";

export * as struct from "./js/struct.js";
export {
  type BytesSource,
  iterUnpack,
  type PackValue,
  pack,
  type StructIterator,
  unpack,
} from "./js/struct.js";
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
