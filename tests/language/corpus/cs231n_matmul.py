# origin: github.com/cs231n/cs231n.github.io optimization-2.md lines 278-281 ("Gradients for vectorized operations", the forward pass), verbatim

# forward pass
W = np.random.randn(5, 10)
X = np.random.randn(10, 3)
D = W.dot(X)
