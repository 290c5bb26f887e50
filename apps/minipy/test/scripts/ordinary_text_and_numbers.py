text = """The quick brown fox jumps over the lazy dog. The dog sleeps!
A fox is quick; the DOG is lazy."""
words = [w.strip(".,;!").lower() for w in text.split()]
counts = {}
for w in words:
    counts[w] = counts.get(w, 0) + 1
top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
for word, n in top:
    print(f"{word:<8}{n:>3} {'*' * n}")
print(len(words), len(set(words)), max(words, key=len), min(counts, key=counts.get))
print(text.title()[:20], text.swapcase()[:10], "tab\there".expandtabs(4), "Hello World".istitle())
print("x".center(7, "-"), "42".zfill(5), "a,b,,c".split(","), "  pad  ".strip(), "abc".capitalize())
print(" ".join(reversed(words[:4])), "-".join(map(str, range(5))), list(filter(None, [0, 1, "", "a"])))
inventory = {"apple": 3, "pear": 0}
inventory.setdefault("kiwi", 5)
inventory.update(pear=2, fig=1)
print(inventory, inventory.pop("fig"), list(inventory.keys()), sum(inventory.values()))
print(divmod(17, 5), pow(3, 4, 5), round(2.675, 2), round(7.5), abs(-3.5), hex(255), oct(8), bin(5), chr(65), ord("a"))
print(any(x > 2 for x in [1, 3]), all([]), sorted("banana"), list(zip("ab", [1, 2], strict=True)))
nums = [5, 3, 8, 1]
nums.sort(reverse=True)
print(nums, nums[::-1], nums[1:-1], nums.index(8), nums.count(3), sum(nums, 10))
matrix = [[i * j for j in range(3)] for i in range(3)]
print(matrix, [row[1] for row in matrix], list(map(sum, matrix)), [list(c) for c in zip(*matrix)])
s = "Mississippi"
print(s.count("ss"), s.find("ss"), s.rfind("ss"), s.replace("ss", "SS", 1), s.startswith(("Mi", "x")), s.partition("ss"))
print("%-10s|%5.1f%%" % ("rate", 12.345), "{:08.3f}".format(3.14159), f"{1234567:,}", f"{0.5:.0%}")
print(isinstance(3, (int, float)), type(3.0).__name__, int("ff", 16), float("1e-3"), str(b"x", "ascii"), bool([]))
print(list(enumerate("ab", start=1)), dict(zip("xy", (1, 2))), {k: v for k, v in zip("ab", "cd")})
total = 0
i = 0
while True:
    i += 1
    if i % 2:
        continue
    total += i
    if i >= 10:
        break
print(total, i)
print(sorted([(2, "b"), (1, "z"), (2, "a")]), max([3, 1], default=0), min([], default=None))
print("é".encode(), b"caf\xc3\xa9".decode(), "abc"[::-1], "a" * 3, [0] * 3, [[]] * 2)
print(10 / 4, 10 // 4, -10 // 4, 10 % -3, 2 ** -1, 1e3, 1_000_000, 0.1 + 0.2, 3 * 1.1)
print(str.upper("x"), "{} {}".format(*"ab"), sorted({3: 1, 1: 2}), list(range(10, 0, -3)))
