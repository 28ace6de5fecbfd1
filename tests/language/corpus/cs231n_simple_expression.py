# origin: github.com/cs231n/cs231n.github.io optimization-2.md lines 74-79 (the first code block, its forward pass), verbatim

# set some inputs
x = -2; y = 5; z = -4

# perform the forward pass
q = x + y # q becomes 3
f = q * z # f becomes -12
