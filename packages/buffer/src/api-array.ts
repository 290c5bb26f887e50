/**
 * The names of `@py/buffer` that make or hand out `array.array` objects
 * (re-exported by index.ts). Importing any of them readies `array.array`,
 * and `bytes` and `bytearray` (what its methods return or accept).
 */
import "./bytes/bytes-type.js";
import "./bytes/bytearray-type.js";
import "./array/array-type.js";

export {
  PyArrayObject,
  PyArray_Bytes,
  PyArray_Check,
  PyArray_FromBytes,
  PyArray_FromValues,
  PyArray_Type,
  PyArray_Values,
} from "./array/array.js";
export { PyInit_array } from "./array/array-type.js";
