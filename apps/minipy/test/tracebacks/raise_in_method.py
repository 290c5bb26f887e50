class V:
    def check(self, x):
        if x < 0:
            raise ValueError(f'negative: {x}')
V().check(-1)
