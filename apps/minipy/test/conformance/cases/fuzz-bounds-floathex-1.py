# bounds fuzz: pnpm fuzz bounds --seed 2 (unit 272), shrunk: float.hex() pads the mantissa to 13 hex digits (packages/object/src/float-string.ts floatHex)
import array
v = memoryview(array.array('d', [0.5, 1.5, -2.0]))
v[-1].hex()
(0.5).hex(), (1.5).hex(), (-2.0).hex(), (0.0).hex(), (1e-310).hex()
