class Celsius:
    def __init__(self, deg):
        self.deg = deg
    def __format__(self, spec):
        if spec.endswith("F"):
            return format(self.deg * 9 / 5 + 32, spec[:-1]) + "F"
        return format(self.deg, spec) + "C"
    def __str__(self):
        return f"{self.deg} degrees"

c = Celsius(21.5)
print(f"{c}|{c:.1f}|{c:.0F}|{c:>8.2f}", format(c, ".3f"), str(c))
