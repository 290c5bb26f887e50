import sys
print("before")
raise SystemExit("fatal: stopping")
