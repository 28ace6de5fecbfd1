# origin: github.com/pytorch/tutorials beginner_source/examples_tensor/polynomial_numpy.py at commit 06782c92ebe7f6bf491fd4e03446a3c17200914c (read with the search tool's read_file), "Warm-up: numpy" - ADAPTED
# adapted: lines 16-27 verbatim, then the forward pass of the training loop (lines 31-36)
# dedented, without `learning_rate = 1e-6`, `for t in range(2000):` and the rest of the loop:
# 2000 steps over 2000-element arrays are ~50,000 gates and ~10^8 numbers, past every limit
# (max_nodes, max_total_elements), so one step is drawn.

import numpy as np
import math

# Create random input and output data
x = np.linspace(-math.pi, math.pi, 2000)
y = np.sin(x)

# Randomly initialize weights
a = np.random.randn()
b = np.random.randn()
c = np.random.randn()
d = np.random.randn()

# Forward pass: compute predicted y
# y = a + b x + c x^2 + d x^3
y_pred = a + b * x + c * x ** 2 + d * x ** 3

# Compute and print loss
loss = np.square(y_pred - y).sum()
