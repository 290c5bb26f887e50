/**
 * The method table of `str`, added to the type str.ts made ready
 * (`PyType_AddMethods`): splitting, stripping, searching, case, padding,
 * partitioning, `format`, `translate`/`maketrans` and `encode`. Only a
 * look-up by name reaches them, so only the full API (ready-full.ts)
 * imports this file: a bundle of the core API keeps `str`'s slots (repr,
 * hash, comparison, indexing) without the methods and what they need
 * (dicts, `format`'s specs, lists). Only imported for its effect
 * (package.json `sideEffects`).
 */
import { PyType_AddMethods } from "./object.js";
import { strEncodeMethod } from "./str.js";
import { strCaseMethods } from "./str-case.js";
import { strFormatMethods } from "./str-format.js";
import { PyUnicode_Type } from "./str-object.js";
import { strPadMethods } from "./str-pad.js";
import { strPartitionMethods } from "./str-partition.js";
import { strSearchMethods } from "./str-search.js";
import { strSplitMethods } from "./str-split.js";
import { strStripMethods } from "./str-strip.js";
import { strTranslateMethods } from "./str-translate.js";

PyType_AddMethods(PyUnicode_Type, {
  methods: {
    ...strSplitMethods,
    ...strStripMethods,
    ...strSearchMethods,
    ...strCaseMethods,
    ...strPadMethods,
    ...strPartitionMethods,
    ...strFormatMethods,
    ...strTranslateMethods,
    encode: strEncodeMethod,
  },
});
