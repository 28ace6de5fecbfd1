# origin: github.com/cs231n/cs231n.github.io optimization-2.md at commit 02a5dc6489430f6725360d0325174b1148594c68 (read with the search tool's read_file), "Gradients for vectorized operations", the forward pass of the block, verbatim

# forward pass
W = np.random.randn(5, 10)
X = np.random.randn(10, 3)
D = W.dot(X)
