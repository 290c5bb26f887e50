def checksum(data):
    total = 0
    for b in data:
        total = (total + b) % 256
    return total

def hexdump(data, width=4):
    lines = []
    for i in range(0, len(data), width):
        chunk = data[i:i + width]
        lines.append(f"{i:04x}: " + " ".join(f"{b:02x}" for b in chunk))
    return lines

payload = b"Hello, bytes!"
print(checksum(payload))
for line in hexdump(payload):
    print(line)
print(payload.upper(), payload.split(b","), payload[::-1])
print(bytes(range(5)), bytes([65, 66]) + b"C")
