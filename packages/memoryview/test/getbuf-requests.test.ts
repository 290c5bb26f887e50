/**
 * The request matrix of `memoryview` (`memory_getbuf`): @py/buffer's `fillRequestedView`
 * with this exporter's messages and layout properties, against CPython's
 * outcomes in @py/buffer's `requests.json` fixture (written by its
 * `gen_requests.py` with `_testbuffer`), run by @py/buffer's `request-matrix.ts`.
 */
import { LAYOUT_C, LAYOUT_F, LAYOUT_PIL } from "@py/buffer";
import { describe, it } from "vitest";
import { MEMORYVIEW_REQUEST_ERRORS } from "../src/getbuf-errors.js";
import { checkRequest, requestRows } from "../../buffer/test/request-matrix.js";

describe("request matrix (fixtures from _testbuffer)", () => {
  it.each(requestRows)("%s %s", (_l, _f, c) => {
    const layout =
      c.base.suboffsets !== null ? LAYOUT_PIL : (c.base.mv[0] ? LAYOUT_C : 0) | (c.base.mv[1] ? LAYOUT_F : 0);
    checkRequest(c, c.memoryview, layout, MEMORYVIEW_REQUEST_ERRORS);
  });
});
