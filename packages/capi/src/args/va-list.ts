/**
 * `va_list`: the variadic arguments of a C call (`PyArg_ParseTuple(args, fmt, ...)`),
 * read in order.
 *
 * clang's wasm32 ABI passes the promoted variadic arguments in a buffer in
 * linear memory; the callee receives its address (a `va_list` is the same
 * pointer). Each argument sits at its natural alignment: int, long, pointer,
 * size_t and Py_ssize_t take 4 bytes; long long and double are 8-aligned and
 * take 8; char and short arrive promoted to int, float to double. (Checked
 * against clang's wasm32-wasip1 code: a call `probe(tag, char, long long,
 * short, float, void *, double, unsigned long, long, unsigned long long,
 * size_t)` reads back exactly with the methods below.)
 */

/** The reads a C callee does with `va_arg`. */
export interface VaList {
  /** `va_arg(va, int)` (also char, short and their unsigned forms, promoted). */
  int32(): number;
  /** `va_arg(va, unsigned int)`. */
  uint32(): number;
  /** `va_arg(va, long long)`. */
  int64(): bigint;
  /** `va_arg(va, unsigned long long)`. */
  uint64(): bigint;
  /** `va_arg(va, double)` (also float, promoted). */
  double(): number;
  /** `va_arg(va, T *)`: an address (0 is NULL). */
  ptr(): number;
}

/**
 * A wasm32 `va_list` over linear memory. `view` is called at every read: the
 * memory may grow and replace its ArrayBuffer between two reads.
 */
export class Wasm32VaList implements VaList {
  private p: number;
  constructor(
    private readonly view: () => DataView,
    address: number,
  ) {
    this.p = address >>> 0;
  }

  /** The address of the next argument (a `va_copy` continues from here). */
  get address(): number {
    return this.p;
  }

  private take(size: 4 | 8): number {
    const at = (this.p + size - 1) & ~(size - 1);
    this.p = at + size;
    return at >>> 0;
  }

  int32(): number {
    return this.view().getInt32(this.take(4), true);
  }
  uint32(): number {
    return this.view().getUint32(this.take(4), true);
  }
  int64(): bigint {
    return this.view().getBigInt64(this.take(8), true);
  }
  uint64(): bigint {
    return this.view().getBigUint64(this.take(8), true);
  }
  double(): number {
    return this.view().getFloat64(this.take(8), true);
  }
  ptr(): number {
    return this.view().getUint32(this.take(4), true);
  }
}

/**
 * A `va_list` over values already in hand (TypeScript callers, tests): each
 * read takes the next value, converted as C would convert it.
 */
export class ArrayVaList implements VaList {
  private i = 0;
  constructor(private readonly values: readonly (number | bigint)[]) {}

  private next(): number | bigint {
    if (this.i >= this.values.length) throw new RangeError("va_arg past the last argument");
    return this.values[this.i++]!;
  }
  int32(): number {
    return Number(BigInt.asIntN(32, BigInt(this.next())));
  }
  uint32(): number {
    return Number(BigInt.asUintN(32, BigInt(this.next())));
  }
  int64(): bigint {
    return BigInt.asIntN(64, BigInt(this.next()));
  }
  uint64(): bigint {
    return BigInt.asUintN(64, BigInt(this.next()));
  }
  double(): number {
    return Number(this.next());
  }
  ptr(): number {
    return Number(this.next());
  }
}
