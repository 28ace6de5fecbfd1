# origin: github.com/cs231n/cs231n.github.io optimization-2.md at commit 02a5dc6489430f6725360d0325174b1148594c68 (read with the search tool's read_file), "Modularity: Sigmoid example", the 2-d neuron's forward pass, verbatim

w = [2,-3,-3] # assume some random weights and data
x = [-1, -2]

# forward pass
dot = w[0]*x[0] + w[1]*x[1] + w[2]
f = 1.0 / (1 + math.exp(-dot)) # sigmoid function
