raise ValueError("outer") from OSError("never raised")
