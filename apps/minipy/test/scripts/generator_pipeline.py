def read_lines(text):
    for line in text.split("\n"):
        yield line

def strip_comments(lines):
    for line in lines:
        if "#" in line:
            line = line[:line.index("#")]
        if line.strip():
            yield line.strip()

def numbered(lines, start=1):
    n = start
    for line in lines:
        yield f"{n:3}: {line}"
        n += 1

SRC = """x = 1  # one
# whole comment

y = 2
z = x + y  # sum"""
for out in numbered(strip_comments(read_lines(SRC))):
    print(out)
