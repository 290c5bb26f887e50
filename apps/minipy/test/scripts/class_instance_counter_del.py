class Node:
    count = 0
    def __init__(self, v, nxt=None):
        self.v = v
        self.next = nxt
        Node.count += 1

def build(n):
    head = None
    for i in range(n):
        head = Node(i, head)
    return head

def to_list(node):
    out = []
    while node is not None:
        out.append(node.v)
        node = node.next
    return out

h = build(5)
print(to_list(h), Node.count)
h.next.next = None
print(to_list(h))
