/**
 * `PyType_FromSpec`, `PyType_FromSpecWithBases`, `PyType_FromModuleAndSpec`
 * (`Objects/typeobject.c`, `Include/typeslots.h`): a heap type built from a
 * `PyType_Spec`. The type's C struct is allocated here, filled from the
 * slots, and made ready like a static type (types.ts).
 */
import { PyExc_SystemError, type PyObject, PyTuple_Check, type PyTypeObject, raise } from "@py/object";
import { borrow } from "../refcount.js";
import { cRuntime } from "./c-runtime.js";
import { BUFFER_PROCS, MAPPING, NUMBER, SEQUENCE, TPFLAGS, TYPE, TYPE_SLOT, TYPE_SPEC } from "./layout.js";
import { typeReady } from "./types.js";

type Table = "tp" | "nb" | "sq" | "mp" | "bf" | "am";

/** Slot ids of typeslots.h, in order from 1. */
const SLOTS: [Table, string][] = [
  ["bf", "bf_getbuffer"],
  ["bf", "bf_releasebuffer"],
  ["mp", "mp_ass_subscript"],
  ["mp", "mp_length"],
  ["mp", "mp_subscript"],
  ["nb", "nb_absolute"],
  ["nb", "nb_add"],
  ["nb", "nb_and"],
  ["nb", "nb_bool"],
  ["nb", "nb_divmod"],
  ["nb", "nb_float"],
  ["nb", "nb_floor_divide"],
  ["nb", "nb_index"],
  ["nb", "nb_inplace_add"],
  ["nb", "nb_inplace_and"],
  ["nb", "nb_inplace_floor_divide"],
  ["nb", "nb_inplace_lshift"],
  ["nb", "nb_inplace_multiply"],
  ["nb", "nb_inplace_or"],
  ["nb", "nb_inplace_power"],
  ["nb", "nb_inplace_remainder"],
  ["nb", "nb_inplace_rshift"],
  ["nb", "nb_inplace_subtract"],
  ["nb", "nb_inplace_true_divide"],
  ["nb", "nb_inplace_xor"],
  ["nb", "nb_int"],
  ["nb", "nb_invert"],
  ["nb", "nb_lshift"],
  ["nb", "nb_multiply"],
  ["nb", "nb_negative"],
  ["nb", "nb_or"],
  ["nb", "nb_positive"],
  ["nb", "nb_power"],
  ["nb", "nb_remainder"],
  ["nb", "nb_rshift"],
  ["nb", "nb_subtract"],
  ["nb", "nb_true_divide"],
  ["nb", "nb_xor"],
  ["sq", "sq_ass_item"],
  ["sq", "sq_concat"],
  ["sq", "sq_contains"],
  ["sq", "sq_inplace_concat"],
  ["sq", "sq_inplace_repeat"],
  ["sq", "sq_item"],
  ["sq", "sq_length"],
  ["sq", "sq_repeat"],
  ["tp", "tp_alloc"],
  ["tp", "tp_base"],
  ["tp", "tp_bases"],
  ["tp", "tp_call"],
  ["tp", "tp_clear"],
  ["tp", "tp_dealloc"],
  ["tp", "tp_del"],
  ["tp", "tp_descr_get"],
  ["tp", "tp_descr_set"],
  ["tp", "tp_doc"],
  ["tp", "tp_getattr"],
  ["tp", "tp_getattro"],
  ["tp", "tp_hash"],
  ["tp", "tp_init"],
  ["tp", "tp_is_gc"],
  ["tp", "tp_iter"],
  ["tp", "tp_iternext"],
  ["tp", "tp_methods"],
  ["tp", "tp_new"],
  ["tp", "tp_repr"],
  ["tp", "tp_richcompare"],
  ["tp", "tp_setattr"],
  ["tp", "tp_setattro"],
  ["tp", "tp_str"],
  ["tp", "tp_traverse"],
  ["tp", "tp_members"],
  ["tp", "tp_getset"],
  ["tp", "tp_free"],
  ["nb", "nb_matrix_multiply"],
  ["nb", "nb_inplace_matrix_multiply"],
  ["am", "am_await"],
  ["am", "am_aiter"],
  ["am", "am_anext"],
  ["tp", "tp_finalize"],
  ["am", "am_send"],
];

/** The module a heap type was created with (`PyType_GetModule`). */
export const typeModules = new WeakMap<PyTypeObject, PyObject>();

/** Builds a heap type from the `PyType_Spec` at `specAddr`; `bases` a type or tuple (0: none), `module` (0: none). New reference. */
export function typeFromSpec(specAddr: number, bases: number, module: number): PyTypeObject {
  const c = cRuntime();
  const m = c.mem;
  const t = m.allocator.malloc(TYPE.size);
  if (t === 0) raise(PyExc_SystemError, "out of memory for a type");
  m.zero(t, TYPE.size);
  const tables: Partial<Record<Table, number>> = {};
  const table = (k: Table, size: number, field: number): number => {
    let a = tables[k];
    if (a === undefined) {
      a = m.allocator.malloc(size);
      if (a === 0) raise(PyExc_SystemError, "out of memory for a type");
      m.zero(a, size);
      tables[k] = a;
      m.writeU32(t + field, a);
    }
    return a;
  };
  m.writeU32(t + TYPE.tp_name, m.readU32(specAddr + TYPE_SPEC.name));
  m.writeI32(t + TYPE.tp_basicsize, m.readI32(specAddr + TYPE_SPEC.basicsize));
  m.writeI32(t + TYPE.tp_itemsize, m.readI32(specAddr + TYPE_SPEC.itemsize));
  m.writeU32(t + TYPE.tp_flags, (m.readU32(specAddr + TYPE_SPEC.flags) | TPFLAGS.HEAPTYPE) >>> 0);
  let slots = m.readU32(specAddr + TYPE_SPEC.slots);
  for (; slots !== 0; slots += TYPE_SLOT.size) {
    const id = m.readI32(slots + TYPE_SLOT.slot);
    if (id === 0) break;
    const v = m.readU32(slots + TYPE_SLOT.pfunc);
    const s = SLOTS[id - 1];
    if (s === undefined) raise(PyExc_SystemError, "invalid slot offset");
    const [k, name] = s;
    if (k === "tp") {
      if (name === "tp_bases") {
        if (bases === 0) bases = v;
        continue;
      }
      if (name === "tp_doc" && v !== 0) {
        m.writeU32(t + TYPE.tp_doc, m.internCString(m.readCString(v)));
        continue;
      }
      m.writeU32(t + TYPE[name as keyof typeof TYPE], v);
    } else if (k === "nb")
      m.writeU32(table(k, NUMBER.size, TYPE.tp_as_number) + NUMBER[name as keyof typeof NUMBER], v);
    else if (k === "sq")
      m.writeU32(table(k, SEQUENCE.size, TYPE.tp_as_sequence) + SEQUENCE[name as keyof typeof SEQUENCE], v);
    else if (k === "mp")
      m.writeU32(table(k, MAPPING.size, TYPE.tp_as_mapping) + MAPPING[name as keyof typeof MAPPING], v);
    else if (k === "bf")
      m.writeU32(
        table(k, BUFFER_PROCS.size, TYPE.tp_as_buffer) + BUFFER_PROCS[name as keyof typeof BUFFER_PROCS],
        v,
      );
  }
  if (bases !== 0) {
    const b = borrow(bases, "PyType_FromSpecWithBases");
    const first = PyTuple_Check(b) ? b.items[0] : b;
    if (first !== undefined) m.writeU32(t + TYPE.tp_base, c.objects.handleOf(first));
  }
  const type = typeReady(t);
  // A heap type takes new class attributes unless made with Py_TPFLAGS_IMMUTABLETYPE.
  if ((m.readU32(specAddr + TYPE_SPEC.flags) & TPFLAGS.IMMUTABLETYPE) === 0) type.tp_mutable = true;
  if (module !== 0) typeModules.set(type, borrow(module, "PyType_FromModuleAndSpec"));
  return type;
}
