# origin: cs231n.github.io/optimization-2/ ("Gradients for vectorized operations")
import numpy as np
# forward pass
W = np.random.randn(5, 10)
X = np.random.randn(10, 3)
D = W.dot(X)
