/**
 * The request matrix of `ndarray` (`ndarray_getbuf`): @py/buffer's `fillRequestedView`
 * with this exporter's messages and layout properties, against CPython's
 * outcomes in @py/buffer's `requests.json` fixture (written by its
 * `gen_requests.py` with `_testbuffer`), run by @py/buffer's `request-matrix.ts`.
 */
import { LAYOUT_C, LAYOUT_F, LAYOUT_PIL } from "@py/buffer";
import { describe, it } from "vitest";
import { NDARRAY_REQUEST_ERRORS } from "../src/modules/_testbuffer/getbuf-errors.js";
import { checkRequest, requestRows } from "../../../packages/buffer/test/request-matrix.js";

describe("request matrix (fixtures from _testbuffer)", () => {
  it.each(requestRows)("%s %s", (_l, _f, c) => {
    const layout =
      (c.base.nd[0] ? LAYOUT_C : 0) | (c.base.nd[1] ? LAYOUT_F : 0) | (c.base.nd[2] ? LAYOUT_PIL : 0);
    // the view holds the exporter (checkObj)
    checkRequest(c, c.ndarray, layout, NDARRAY_REQUEST_ERRORS, true);
  });
});
