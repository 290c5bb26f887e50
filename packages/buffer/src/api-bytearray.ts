/**
 * The names of `@py/buffer` that make or hand out `bytearray` objects
 * (re-exported by index.ts). Importing any of them readies `bytearray`,
 * and `bytes` (what several of its methods return).
 */
import "./bytes/bytes-type.js";
import "./bytes/bytearray-type.js";

export {
  PyByteArrayObject,
  PyByteArray_AS_U8,
  PyByteArray_Check,
  PyByteArray_CheckExact,
  PyByteArray_FromBytes,
  PyByteArray_GET_SIZE,
  PyByteArray_Storage,
  PyByteArray_Type,
} from "./bytes/bytearray.js";
export { PyByteArray_Resize } from "./bytes/bytearray-resize.js";
export { PyByteArray_FromObject } from "./bytes/construct.js";
