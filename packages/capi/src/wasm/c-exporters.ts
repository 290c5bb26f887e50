/**
 * C exporters asked for a buffer by C: `PyObject_GetBuffer(o, view, flags)`
 * from C on an object whose type's `bf_getbuffer` is a C function calls it
 * on C's own `Py_buffer` (as CPython's `PyObject_GetBuffer` does), and
 * `PyBuffer_Release` calls the C `bf_releasebuffer(o, view)`. TypeScript
 * consumers still go through the TypeScript bridge of the type (types.ts),
 * which lends the exporter a temporary struct and reads it back.
 *
 * Invariant: `owns(o)` is true exactly for objects whose type's buffer procs
 * are the bridge types.ts made for a C `tp_as_buffer` (`markCBufferProcs`);
 * the C functions are read from the type struct at call time, as the bridge
 * does.
 */
import type { PyBufferProcs, PyObject } from "@py/object";
import { PyExc_SystemError, raise } from "@py/object";
import { _setCExporters, type CExporters } from "../buffer-api.js";
import { raiseIfError } from "../errors.js";
import { cRuntime } from "./c-runtime.js";
import { BUFFER_PROCS, TYPE } from "./layout.js";

const cProcs = new WeakSet<PyBufferProcs>();

/** The C function `off` of the `tp_as_buffer` table of the type at `typeAddr` (0 if none). */
function bufferSlot(typeAddr: number, off: number): number {
  const m = cRuntime().mem;
  const table = m.readU32(typeAddr + TYPE.tp_as_buffer);
  return table === 0 ? 0 : m.readU32(table + off);
}

const exporters: CExporters = {
  owns: (o: PyObject) => {
    const pb = o.ob_type.tp_as_buffer;
    return pb !== null && cProcs.has(pb);
  },
  getbuffer(o, obj, view, flags) {
    const c = cRuntime();
    const f = bufferSlot(c.objects.handleOf(o.ob_type), BUFFER_PROCS.bf_getbuffer);
    if (c.callC(f, "bf_getbuffer", obj, view, flags) !== 0) {
      raiseIfError();
      raise(PyExc_SystemError, "bf_getbuffer failed without setting an exception");
    }
  },
  releasebuffer(o, obj, view) {
    const c = cRuntime();
    const f = bufferSlot(c.objects.handleOf(o.ob_type), BUFFER_PROCS.bf_releasebuffer);
    if (f !== 0) c.callC(f, "bf_releasebuffer", obj, view);
  },
};

/** Records that `procs` (made by types.ts for a C type) call C functions. */
export function markCBufferProcs(procs: PyBufferProcs): PyBufferProcs {
  cProcs.add(procs);
  _setCExporters(exporters);
  return procs;
}
