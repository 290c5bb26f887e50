/**
 * The values the bounds generator draws arguments from, as Python source: the
 * boundaries of every C integer type a call may convert to (char, short, int,
 * the double's 2**53, Py_ssize_t, size_t), one either side of each, and the
 * wrong kinds of argument (None, float, str, bytes, containers, objects).
 */

/** Integers at and around each C type's limits (source text). */
export const BOUNDARY_INTS: readonly string[] = [
  "0",
  "1",
  "-1",
  "2",
  "-2",
  "3",
  "-3",
  "7",
  "127",
  "128",
  "-128",
  "-129",
  "255",
  "256",
  "32767",
  "32768",
  "-32769",
  "65536",
  "2**31 - 1",
  "2**31",
  "-2**31",
  "-2**31 - 1",
  "2**32",
  "2**32 - 1",
  "2**53 - 1",
  "2**53",
  "2**53 + 1",
  "-2**53",
  "-2**53 - 1",
  "2**62",
  "2**62 + 1",
  "-2**62 - 3",
  "2**63 - 1",
  "2**63",
  "-2**63",
  "-2**63 + 1",
  "-2**63 - 1",
  "2**64 - 1",
  "2**64",
  "-2**64",
  "10**20",
];

/** Integers that ask for less than a few GB where a call allocates by its argument (a size, a count). */
export const ALLOC_SAFE_INTS: readonly string[] = BOUNDARY_INTS.filter((v) => {
  const n = evalInt(v);
  const a = n < 0n ? -n : n;
  return a <= 65536n || a >= 2n ** 53n;
});

/** Steps and bounds for slices: the boundary integers and None. */
export const SLICE_PARTS: readonly string[] = [...BOUNDARY_INTS, "None", "None", "None"];

/** Arguments of the wrong kind (and a few right ones) for any parameter. */
export const OTHER_ARGS: readonly string[] = [
  "None",
  "1.5",
  "-0.0",
  "float('nan')",
  "float('inf')",
  "True",
  "'a'",
  "''",
  "'utf-8'",
  "b''",
  "b'ab'",
  "b'\\x00'",
  "bytearray(b'xy')",
  "memoryview(b'ab')",
  "memoryview(b'abcd').cast('h')",
  "[1]",
  "[]",
  "(1,)",
  "()",
  "{}",
  "slice(1)",
  "range(3)",
  "object()",
  "2**100",
  "-2**100",
  "array.array('b', [1])",
  "ndarray([1, 2], shape=[2], format='b')",
];

/** Keyword names tried on calls (real ones of some method and a bogus one). */
export const KEYWORDS: readonly string[] = [
  "sep",
  "maxsplit",
  "keepends",
  "bytes_per_sep",
  "order",
  "errors",
  "encoding",
  "start",
  "end",
  "offset",
  "buffer",
  "format",
  "shape",
  "fillchar",
  "width",
  "tabsize",
  "delete",
  "count",
  "x",
];

/** The value of one of the integers above (for deciding what is safe to draw). */
export function evalInt(src: string): bigint {
  // forms: N, -N, A**B, -A**B, A**B + N, A**B - N
  const m = /^(-?)(\d+)(?:\*\*(\d+))?(?: ([+-]) (\d+))?$/.exec(src);
  if (!m) throw new Error(`not a boundary integer: ${src}`);
  let v = m[3] === undefined ? BigInt(m[2]!) : BigInt(m[2]!) ** BigInt(m[3]);
  if (m[1] === "-") v = -v;
  if (m[4] === "+") v += BigInt(m[5]!);
  if (m[4] === "-") v -= BigInt(m[5]!);
  return v;
}
