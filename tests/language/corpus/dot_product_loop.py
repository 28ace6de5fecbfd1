# origin: github.com/lazyprogrammer/machine_learning_examples numpy_class/dot_for.py at commit 1d2be2c7071562c551d6235ae2da18123a66d479 (read with the search tool's read_file), lines 4-15 (slow_dot_product, "Deep Learning Prerequisites: The Numpy Stack in Python"), verbatim

import numpy as np
from datetime import datetime

a = np.random.randn(100)
b = np.random.randn(100)
T = 100000

def slow_dot_product(a, b):
	result = 0
	for e, f in zip(a, b):
		result += e*f
	return result
