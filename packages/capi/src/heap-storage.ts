/**
 * Exporter storage C can address. A runtime whose C code can only read its own
 * memory (the wasm runtime: `foreignAccessible` false) sets a storage
 * allocator over that memory (`PyBuffer_SetStorageAllocator`), so new bytes,
 * bytearray and array.array objects keep their bytes there. Objects made
 * before keep theirs elsewhere: before C gets the address of an object's
 * bytes, `intoHeapStorage` moves them (`PyBuffer_MoveIntoStorage`). A
 * bytearray or array that is exporting cannot move (BufferError), as it
 * cannot resize.
 */
import { PyBuffer_GetStorageAllocator, PyBuffer_MoveIntoStorage } from "@py/buffer";
import type { PyObject } from "@py/object";
import { rt } from "./runtime.js";

/**
 * Before C is handed the address of `o`'s bytes (`PyObject_GetBuffer`,
 * `PyBytes_AsString`, ...): when C cannot address foreign memories and the
 * storage allocator is over the heap, moves `o`'s storage (bytes, bytearray,
 * array.array) into it. Nothing for other objects or other runtimes.
 */
export function intoHeapStorage(o: PyObject): void {
  const m = rt.mem;
  if (m.foreignAccessible) return;
  const a = PyBuffer_GetStorageAllocator();
  if (a === null || a.memory !== m.heap) return;
  PyBuffer_MoveIntoStorage(o);
}
