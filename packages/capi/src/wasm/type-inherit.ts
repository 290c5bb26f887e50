/**
 * Slot inheritance between C types (`inherit_slots` and `inherit_special` of
 * `Objects/typeobject.c`), done in the structs C reads: types.ts calls it when
 * a C type whose base is a C type is made ready.
 */
import type { CRuntime } from "./c-runtime.js";
import { BUFFER_PROCS, MAPPING, NUMBER, SEQUENCE, TYPE } from "./layout.js";

/** The function slots of `PyTypeObject` a C subtype inherits from a C base when it sets none (`inherit_slots`). */
const INHERITED_TP = [
  "tp_dealloc",
  "tp_repr",
  "tp_call",
  "tp_str",
  "tp_iter",
  "tp_iternext",
  "tp_descr_get",
  "tp_descr_set",
  "tp_init",
  "tp_finalize",
] as const;

/**
 * CPython's `inherit_slots` for a C type over a C base, in the structs C reads
 * (the slot bridges look their function up on the instance's type at call
 * time, so a subtype's struct must hold what it inherits): a NULL `tp_as_*`
 * table takes the base's, a table of its own gets the base's functions where
 * it has none; `tp_getattr`/`tp_getattro`, `tp_setattr`/`tp_setattro` and
 * `tp_richcompare`/`tp_hash` are inherited as pairs, the other function slots
 * one by one.
 */
export function inheritCSlots(c: CRuntime, addr: number, baseAddr: number): void {
  const m = c.mem;
  const tables: [number, Record<string, number>][] = [
    [TYPE.tp_as_number, NUMBER],
    [TYPE.tp_as_sequence, SEQUENCE],
    [TYPE.tp_as_mapping, MAPPING],
    [TYPE.tp_as_buffer, BUFFER_PROCS],
  ];
  for (const [field, layout] of tables) {
    const mine = m.readU32(addr + field);
    const theirs = m.readU32(baseAddr + field);
    if (theirs === 0) continue;
    if (mine === 0) {
      m.writeU32(addr + field, theirs);
      continue;
    }
    for (const [k, off] of Object.entries(layout)) {
      if (k === "size") continue;
      if (m.readU32(mine + off) === 0) m.writeU32(mine + off, m.readU32(theirs + off));
    }
  }
  const copyPair = (a: number, b: number) => {
    if (m.readU32(addr + a) === 0 && m.readU32(addr + b) === 0) {
      m.writeU32(addr + a, m.readU32(baseAddr + a));
      m.writeU32(addr + b, m.readU32(baseAddr + b));
    }
  };
  copyPair(TYPE.tp_getattr, TYPE.tp_getattro);
  copyPair(TYPE.tp_setattr, TYPE.tp_setattro);
  copyPair(TYPE.tp_richcompare, TYPE.tp_hash);
  for (const f of INHERITED_TP) {
    if (m.readU32(addr + TYPE[f]) === 0) m.writeU32(addr + TYPE[f], m.readU32(baseAddr + TYPE[f]));
  }
}
