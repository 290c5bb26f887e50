class Grid:
    def __init__(self, w, h):
        self.w, self.h = w, h
        self.cells = [0] * (w * h)
    def __len__(self):
        return len(self.cells)
    def __getitem__(self, pos):
        x, y = pos
        return self.cells[y * self.w + x]
    def __setitem__(self, pos, v):
        x, y = pos
        self.cells[y * self.w + x] = v
    def __contains__(self, v):
        return v in self.cells
    def __iter__(self):
        for y in range(self.h):
            yield self.cells[y * self.w:(y + 1) * self.w]

g = Grid(3, 2)
g[1, 0] = 5
g[2, 1] = 7
print(len(g), g[1, 0], 7 in g, 9 in g)
for row in g:
    print(row)
print(list(g), bool(g))
g[5, 5]
