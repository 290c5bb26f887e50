/**
 * `struct_get_unpacker` / `struct_unpack_single` (`Objects/memoryobject.c`):
 * unpacks one item of any struct format, for comparisons between views whose
 * formats are not the same native single char. A one-field format gives the
 * field itself, otherwise the tuple of fields. Throws struct.error for a
 * format the struct module rejects.
 */
import { type PyObject, PyTuple_Pack } from "@py/object";
import { type PyMemory, parseFormat, unpackRecord } from "@py/buffer";
import { getItemUnpacker } from "./unpack-single.js";

/** Unpacks the item at `off` (new reference). */
export type StructItemUnpacker = (mem: PyMemory, off: number) => PyObject;

/** `struct_get_unpacker(fmt, itemsize)`. */
export function structItemUnpacker(fmt: string): StructItemUnpacker {
  const u = getItemUnpacker(fmt);
  if (u !== null) return (mem, off) => u(mem.dv, off);
  // Not one item (or an invalid format: parseFormat raises struct.error).
  const sf = parseFormat(fmt);
  return (mem, off) => PyTuple_Pack(unpackRecord(sf, mem.u8, mem.dv, off));
}
