# origin: github.com/cs231n/cs231n.github.io optimization-2.md at commit 02a5dc6489430f6725360d0325174b1148594c68 (read with the search tool's read_file), "Compound expressions with chain rule", the first code block's forward pass, verbatim

# set some inputs
x = -2; y = 5; z = -4

# perform the forward pass
q = x + y # q becomes 3
f = q * z # f becomes -12
