for a in [(), ({1: 2},), ("ab",), ("ab", "c"), ({"ab": 1},), ({1.5: 1},), ("a", 1)]:
    try:
        print(str.maketrans(*a))
    except Exception as e:
        print(type(e).__name__, e)
for t in [{97: "xy", 98: None, 99: 100}, {97: 1.5}, {97: 0x110000}, "abc", [None] * 200, str.maketrans("ab", "AB", "d")]:
    try:
        print(repr("abcd".translate(t)))
    except Exception as e:
        print(type(e).__name__, e)
try:
    "a".expandtabs("x")
except Exception as e:
    print(type(e).__name__, e)
print(repr("a\tbc\td\n\tx\r\ty".expandtabs()), "ab\tc".expandtabs(tabsize=3), "x\ty".expandtabs(0), "x\ty".expandtabs(-1))
print("hello wORLD 3rd-pLACE o'neil".title(), "ß".casefold(), "Straße".casefold(), "".istitle(), "A B".istitle(), "AB".istitle(), "Ab 1".istitle())
print("a1".isidentifier(), "1a".isidentifier(), "_".isidentifier(), "".isidentifier(), "café".isidentifier(), "a-b".isidentifier())
table = str.maketrans({"a": "4", "e": "3", "o": None})
print("hello made code".translate(table), "rot".translate({ord(c): ord(c) + 1 for c in "rot"}))
