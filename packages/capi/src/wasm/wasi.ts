/**
 * The few WASI (preview 1) imports wasi-libc needs in the main module:
 * stdout/stderr writes go to the host's callbacks, the environment is the
 * host's list (empty by default), and `exit()` becomes a clear error.
 */
import { builtinExceptions, newException, PyError, PyExc_SystemError, PyLong_FromNumber } from "@py/object";

const ERRNO_SUCCESS = 0;
const ERRNO_BADF = 8;
const ERRNO_SPIPE = 70;
const FILETYPE_CHARACTER_DEVICE = 2;

/** Where C's output goes. */
export interface WasiHost {
  /** Bytes written to fd 1 (stdout) or 2 (stderr). */
  write(fd: 1 | 2, bytes: Uint8Array): void;
  /** `environ` as `NAME=value` strings. */
  env: readonly string[];
}

/**
 * C ended the process (`exit(code)`, `Py_FatalError`): a SystemExit that goes
 * through every C frame and C-API import to the host, never turned into an
 * error return (C code does not expect these calls to return).
 */
export class CExit extends PyError {}

/** The `CExit` of `exit(code)`. */
export function exitError(code: number): CExit {
  const t = builtinExceptions.get("SystemExit");
  if (t === undefined) return new CExit(newException(PyExc_SystemError, `C code called exit(${code})`));
  return new CExit(newException(t, undefined, [PyLong_FromNumber(code)]));
}

/** The `wasi_snapshot_preview1` import object over `memory`. */
export function wasiImports(memory: WebAssembly.Memory, host: WasiHost): Record<string, Function> {
  const dv = (): DataView => new DataView(memory.buffer);
  const enc = new TextEncoder();
  const envBytes = host.env.map((e) => enc.encode(`${e}\0`));
  return {
    fd_write(fd: number, iovs: number, iovsLen: number, nwritten: number): number {
      if (fd !== 1 && fd !== 2) return ERRNO_BADF;
      const d = dv();
      let total = 0;
      const parts: Uint8Array[] = [];
      for (let i = 0; i < iovsLen; i++) {
        const ptr = d.getUint32(iovs + i * 8, true);
        const len = d.getUint32(iovs + i * 8 + 4, true);
        parts.push(new Uint8Array(memory.buffer, ptr, len).slice());
        total += len;
      }
      const all = new Uint8Array(total);
      let off = 0;
      for (const p of parts) {
        all.set(p, off);
        off += p.length;
      }
      host.write(fd, all);
      dv().setUint32(nwritten, total, true);
      return ERRNO_SUCCESS;
    },
    fd_seek(): number {
      return ERRNO_SPIPE;
    },
    fd_close(): number {
      return ERRNO_SUCCESS;
    },
    fd_fdstat_get(fd: number, stat: number): number {
      if (fd > 2) return ERRNO_BADF;
      const d = dv();
      // A character device: stdio line-buffers stdout, as for a terminal.
      d.setUint8(stat, FILETYPE_CHARACTER_DEVICE);
      d.setUint16(stat + 2, 0, true);
      d.setBigUint64(stat + 8, 0n, true);
      d.setBigUint64(stat + 16, 0n, true);
      return ERRNO_SUCCESS;
    },
    environ_sizes_get(countPtr: number, sizePtr: number): number {
      const d = dv();
      d.setUint32(countPtr, envBytes.length, true);
      d.setUint32(
        sizePtr,
        envBytes.reduce((a, b) => a + b.length, 0),
        true,
      );
      return ERRNO_SUCCESS;
    },
    environ_get(environ: number, buf: number): number {
      const d = dv();
      const u8 = new Uint8Array(memory.buffer);
      envBytes.forEach((b, i) => {
        d.setUint32(environ + i * 4, buf, true);
        u8.set(b, buf);
        buf += b.length;
      });
      return ERRNO_SUCCESS;
    },
    random_get(buf: number, len: number): number {
      const u8 = new Uint8Array(memory.buffer, buf, len);
      for (let i = 0; i < len; i += 65536) crypto.getRandomValues(u8.subarray(i, Math.min(len, i + 65536)));
      return ERRNO_SUCCESS;
    },
    clock_time_get(_id: number, _precision: bigint, out: number): number {
      dv().setBigUint64(out, BigInt(Date.now()) * 1000000n, true);
      return ERRNO_SUCCESS;
    },
    proc_exit(code: number): never {
      throw exitError(code);
    },
  };
}
