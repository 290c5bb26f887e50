/**
 * The codecs bytes and str need: utf-8, ascii and latin-1 (CPython's
 * `Objects/unicodeobject.c` decoders/encoders and `Lib/encodings/aliases.py`
 * names), with the error handlers strict, ignore, replace,
 * backslashreplace, surrogateescape (and xmlcharrefreplace for encoding).
 *
 * Positions in messages count code points, as CPython's str indices do; a
 * JS string is UTF-16, so astral characters are two units here.
 */
import { PyExc_LookupError, PyExc_UnicodeDecodeError, PyExc_UnicodeEncodeError, raise } from "@py/object";

/** A codec this module implements, by its canonical name (as in messages). */
export type CodecName = "utf-8" | "ascii" | "latin-1";

/** `utf-8-sig`: utf-8 with a byte order mark (skipped when decoding, written when encoding). */
const SIG_NAMES = new Set(["utf_8_sig", "utf8_sig"]);
const BOM = Uint8Array.of(0xef, 0xbb, 0xbf);

const ALIASES = new Map<string, CodecName>();
for (const a of ["utf_8", "utf8", "u8", "utf", "utf8_ucs2", "utf8_ucs4", "cp65001"]) ALIASES.set(a, "utf-8");
for (const a of [
  "ascii",
  "646",
  "ansi_x3.4_1968",
  "ansi_x3_4_1968",
  "ansi_x3.4_1986",
  "cp367",
  "csascii",
  "ibm367",
  "iso646_us",
  "iso_646.irv_1991",
  "iso_ir_6",
  "us",
  "us_ascii",
]) {
  ALIASES.set(a, "ascii");
}
for (const a of [
  "latin_1",
  "8859",
  "cp819",
  "csisolatin1",
  "ibm819",
  "iso8859",
  "iso8859_1",
  "iso_8859_1",
  "iso_8859_1_1987",
  "iso_ir_100",
  "l1",
  "latin",
  "latin1",
]) {
  ALIASES.set(a, "latin-1");
}

/**
 * The codecs CPython registers that are not text encodings (`_is_text_encoding`
 * false: bytes-to-bytes and str-to-str), by their names and aliases.
 */
const NON_TEXT = new Set([
  "base64",
  "base_64",
  "base64_codec",
  "bz2",
  "bz2_codec",
  "hex",
  "hex_codec",
  "quopri",
  "quoted_printable",
  "quotedprintable",
  "quopri_codec",
  "rot13",
  "rot_13",
  "uu",
  "uu_codec",
  "zip",
  "zlib",
  "zlib_codec",
]);

/** `encodings.normalize_encoding` of the lower-cased name: runs of punctuation become one `_`. */
function normalizeEncoding(encoding: string): string {
  let out = "";
  let punct = false;
  for (const c of encoding.toLowerCase()) {
    if (/^[\p{L}\p{N}.]$/u.test(c)) {
      if (punct && out !== "") out += "_";
      if (c.charCodeAt(0) < 128) out += c;
      punct = false;
    } else punct = true;
  }
  return out;
}

/**
 * `_PyCodec_LookupTextEncoding`: the codec, or LookupError (`unknown
 * encoding: x`, or `'x' is not a text encoding; use codecs.encode() to handle
 * arbitrary codecs` for a codec CPython has that is not a text encoding).
 */
export function lookupCodec(encoding: string, op: "encode" | "decode" = "encode"): CodecName {
  const norm = normalizeEncoding(encoding);
  const c = ALIASES.get(norm) ?? ALIASES.get(norm.replace(/\./g, "_"));
  if (c !== undefined) return c;
  if (NON_TEXT.has(norm)) {
    raise(
      PyExc_LookupError,
      `'${encoding}' is not a text encoding; use codecs.${op}() to handle arbitrary codecs`,
    );
  }
  raise(PyExc_LookupError, `unknown encoding: ${encoding}`);
}

function isSig(encoding: string): boolean {
  return SIG_NAMES.has(
    encoding
      .trim()
      .toLowerCase()
      .replace(/[\s-]+/g, "_"),
  );
}

function unknownHandler(errors: string): never {
  raise(PyExc_LookupError, `unknown error handler name '${errors}'`);
}

const utf8Fatal = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
const utf8Encoder = new TextEncoder();

/** String from code units in `u8[start..end)` each below 256 (latin-1). */
function latin1String(u8: Uint8Array, start: number, end: number): string {
  if (end - start > 64) {
    // All-ASCII content decodes fastest as utf-8.
    let i = start;
    while (i < end && u8[i]! < 128) i++;
    if (i === end) return utf8Fatal.decode(u8.subarray(start, end));
  }
  const CH = 8192;
  if (end - start <= CH)
    return String.fromCharCode.apply(null, u8.subarray(start, end) as unknown as number[]);
  const parts: string[] = [];
  for (let i = start; i < end; i += CH) {
    parts.push(String.fromCharCode.apply(null, u8.subarray(i, Math.min(end, i + CH)) as unknown as number[]));
  }
  return parts.join("");
}

function hex2(c: number): string {
  return c.toString(16).padStart(2, "0");
}

/** Raises CPython's UnicodeDecodeError text for bytes `[start, end)`. */
function decodeError(
  codec: CodecName,
  u8: Uint8Array,
  offset: number,
  start: number,
  end: number,
  reason: string,
): never {
  if (end - start === 1) {
    raise(
      PyExc_UnicodeDecodeError,
      `'${codec}' codec can't decode byte 0x${hex2(u8[offset + start]!)} in position ${start}: ${reason}`,
    );
  }
  raise(
    PyExc_UnicodeDecodeError,
    `'${codec}' codec can't decode bytes in position ${start}-${end - 1}: ${reason}`,
  );
}

/** What an error handler puts in place of undecodable bytes `[start, end)`. */
function decodeReplacement(
  codec: CodecName,
  errors: string,
  u8: Uint8Array,
  offset: number,
  start: number,
  end: number,
  reason: string,
): string {
  switch (errors) {
    case "strict":
      return decodeError(codec, u8, offset, start, end, reason);
    case "ignore":
      return "";
    case "replace":
      return "\ufffd";
    case "backslashreplace": {
      let s = "";
      for (let i = start; i < end; i++) s += `\\x${hex2(u8[offset + i]!)}`;
      return s;
    }
    case "surrogateescape": {
      let s = "";
      for (let i = start; i < end; i++) {
        const c = u8[offset + i]!;
        if (c < 128) return decodeError(codec, u8, offset, start, end, reason);
        s += String.fromCharCode(0xdc00 + c);
      }
      return s;
    }
    default:
      return unknownHandler(errors);
  }
}

/**
 * Decodes `length` bytes at `u8[offset]` with `encoding` and the error
 * handler `errors` (`bytes.decode`, `str(b, encoding)`).
 */
export function decodeBytes(
  u8: Uint8Array,
  offset: number,
  length: number,
  encoding = "utf-8",
  errors = "strict",
): string {
  // PyUnicode_Decode: empty input decodes to '' before the codec is looked up
  if (length === 0) return "";
  if (isSig(encoding)) {
    if (length >= 3 && u8[offset] === 0xef && u8[offset + 1] === 0xbb && u8[offset + 2] === 0xbf) {
      offset += 3;
      length -= 3;
    }
    encoding = "utf-8";
  }
  const codec = lookupCodec(encoding, "decode");
  const end = offset + length;
  if (codec === "latin-1") return latin1String(u8, offset, end);
  if (codec === "ascii") {
    let i = offset;
    while (i < end && u8[i]! < 128) i++;
    if (i === end) return latin1String(u8, offset, end);
    let s = latin1String(u8, offset, i);
    for (; i < end; i++) {
      const c = u8[i]!;
      if (c < 128) s += String.fromCharCode(c);
      else
        s += decodeReplacement(
          codec,
          errors,
          u8,
          offset,
          i - offset,
          i - offset + 1,
          "ordinal not in range(128)",
        );
    }
    return s;
  }
  try {
    return utf8Fatal.decode(u8.subarray(offset, end));
  } catch {
    return decodeUtf8Slow(u8, offset, length, errors);
  }
}

/** The utf-8 decoder with CPython's error ranges (`ascii_decode`/`utf8_decode` error paths). */
function decodeUtf8Slow(u8: Uint8Array, offset: number, length: number, errors: string): string {
  const parts: string[] = [];
  let cps: number[] = [];
  const flush = (): void => {
    if (cps.length > 0) {
      parts.push(String.fromCodePoint(...cps));
      cps = [];
    }
  };
  let i = 0;
  while (i < length) {
    const c = u8[offset + i]!;
    if (c < 0x80) {
      cps.push(c);
      i++;
      if (cps.length >= 4096) flush();
      continue;
    }
    let need: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (c >= 0xc2 && c <= 0xdf) need = 1;
    else if (c >= 0xe0 && c <= 0xef) {
      need = 2;
      if (c === 0xe0) lo = 0xa0;
      else if (c === 0xed) hi = 0x9f;
    } else if (c >= 0xf0 && c <= 0xf4) {
      need = 3;
      if (c === 0xf0) lo = 0x90;
      else if (c === 0xf4) hi = 0x8f;
    } else {
      flush();
      parts.push(decodeReplacement("utf-8", errors, u8, offset, i, i + 1, "invalid start byte"));
      i++;
      continue;
    }
    // Count the valid continuation bytes that follow (the first has a narrower range).
    let k = 0;
    let bad = false;
    while (k < need) {
      const p = i + 1 + k;
      if (p >= length) break;
      const d = u8[offset + p]!;
      const ok = k === 0 ? d >= lo && d <= hi : d >= 0x80 && d <= 0xbf;
      if (!ok) {
        bad = true;
        break;
      }
      k++;
    }
    if (k === need) {
      let cp = c & (need === 1 ? 0x1f : need === 2 ? 0x0f : 0x07);
      for (let m = 1; m <= need; m++) cp = (cp << 6) | (u8[offset + i + m]! & 0x3f);
      cps.push(cp);
      i += need + 1;
      continue;
    }
    flush();
    const reason = bad ? "invalid continuation byte" : "unexpected end of data";
    parts.push(decodeReplacement("utf-8", errors, u8, offset, i, i + 1 + k, reason));
    i += 1 + k;
  }
  flush();
  return parts.join("");
}

/** The repr used in UnicodeEncodeError messages for one code point. */
function charEscape(cp: number): string {
  if (cp <= 0xff) return `\\x${hex2(cp)}`;
  if (cp <= 0xffff) return `\\u${cp.toString(16).padStart(4, "0")}`;
  return `\\U${cp.toString(16).padStart(8, "0")}`;
}

/** Raises CPython's UnicodeEncodeError text for code points `[i, j)`. */
function encodeError(codec: CodecName, cps: readonly number[], i: number, j: number, reason: string): never {
  if (j - i === 1) {
    raise(
      PyExc_UnicodeEncodeError,
      `'${codec}' codec can't encode character '${charEscape(cps[i]!)}' in position ${i}: ${reason}`,
    );
  }
  raise(
    PyExc_UnicodeEncodeError,
    `'${codec}' codec can't encode characters in position ${i}-${j - 1}: ${reason}`,
  );
}

/**
 * Encodes `s` with `encoding` and the error handler `errors`
 * (`str.encode`, `bytes(s, encoding)`).
 */
export function encodeString(s: string, encoding = "utf-8", errors = "strict"): Uint8Array {
  if (isSig(encoding)) {
    const body = encodeString(s, "utf-8", errors);
    const out = new Uint8Array(body.length + 3);
    out.set(BOM, 0);
    out.set(body, 3);
    return out;
  }
  const codec = lookupCodec(encoding);
  if (codec === "utf-8" && !/[\ud800-\udfff]/.test(s.replace(/[\ud800-\udbff][\udc00-\udfff]/g, ""))) {
    return utf8Encoder.encode(s);
  }
  const limit = codec === "ascii" ? 0x80 : codec === "latin-1" ? 0x100 : 0x110000;
  const reason =
    codec === "ascii"
      ? "ordinal not in range(128)"
      : codec === "latin-1"
        ? "ordinal not in range(256)"
        : "surrogates not allowed";
  const cps = Array.from(s, (ch) => ch.codePointAt(0)!);
  const isBad = (cp: number): boolean => cp >= limit || (codec === "utf-8" && cp >= 0xd800 && cp <= 0xdfff);
  const out: number[] = [];
  const push = (cp: number): void => {
    if (codec !== "utf-8" || cp < 0x80) out.push(cp);
    else for (const b of utf8Encoder.encode(String.fromCodePoint(cp))) out.push(b);
  };
  for (let i = 0; i < cps.length; ) {
    const cp = cps[i]!;
    if (!isBad(cp)) {
      push(cp);
      i++;
      continue;
    }
    let j = i + 1;
    while (j < cps.length && isBad(cps[j]!)) j++;
    switch (errors) {
      case "strict":
        return encodeError(codec, cps, i, j, reason);
      case "ignore":
        break;
      case "replace":
        for (let k = i; k < j; k++) out.push(63);
        break;
      case "backslashreplace":
        for (let k = i; k < j; k++) for (const ch of charEscape(cps[k]!)) out.push(ch.charCodeAt(0));
        break;
      case "xmlcharrefreplace":
        for (let k = i; k < j; k++) for (const ch of `&#${cps[k]!};`) out.push(ch.charCodeAt(0));
        break;
      case "surrogateescape":
        for (let k = i; k < j; k++) {
          const c = cps[k]!;
          if (c < 0xdc80 || c > 0xdcff) encodeError(codec, cps, i, j, reason);
          out.push(c - 0xdc00);
        }
        break;
      default:
        unknownHandler(errors);
    }
    i = j;
  }
  return Uint8Array.from(out);
}
