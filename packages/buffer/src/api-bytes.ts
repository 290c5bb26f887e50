/**
 * The names of `@py/buffer` that make or hand out `bytes` objects
 * (re-exported by index.ts): the bytes constructors and accessors, the
 * struct module (its results are bytes; a parsed format's codecs make them)
 * and the JS layer. Importing any of them readies the `bytes` type.
 */
import "./bytes/bytes-type.js";

export { parseFormat } from "./format/parse.js";
export { packRecord, unpackRecord } from "./format/record.js";
export {
  PyInit_struct,
  PyStructObject,
  PyStruct_Check,
  PyStruct_Type,
  struct_calcsize,
  struct_clearcache,
  struct_iter_unpack,
  struct_pack,
  struct_pack_into,
  struct_unpack,
  struct_unpack_from,
} from "./format/struct.js";
export {
  PyBytesObject,
  PyBytes_AS_U8,
  PyBytes_AdoptBytes,
  PyBytes_Check,
  PyBytes_CheckExact,
  PyBytes_FromBytes,
  PyBytes_GET_SIZE,
  PyBytes_Storage,
  PyBytes_Type,
  _PyBytes_NewUninit,
  _PyBytes_Peek,
} from "./bytes/bytes.js";
export { PyBytes_FromObject } from "./bytes/construct.js";
export * as struct from "./js/struct.js";
export type { BytesSource, PackValue, StructIterator } from "./js/struct.js";
export { type JsValue, fromJs, toJs, viewBytes } from "./js/js-value.js";
