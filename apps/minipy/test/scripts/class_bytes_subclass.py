class Tagged(bytes):
    def tag(self):
        return self[:2]

t = Tagged(b"abcdef")
print(t, t.tag(), len(t), t.upper(), type(t.upper()).__name__)
with memoryview(t) as m:
    print(m.tobytes(), m.readonly, m.tolist()[:3])
print(t == b"abcdef", hash(t) == hash(b"abcdef"), bytes(t))
print(b"".join([t, b"!"]))
