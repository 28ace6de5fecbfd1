# origin: cs231n.github.io/optimization-2/ ("Backpropagation, Intuitions"), the 2-D neuron
import math
w = [2,-3,-3] # assume some random weights and data
x = [-1, -2]

# forward pass
dot = w[0]*x[0] + w[1]*x[1] + w[2]
f = 1.0 / (1 + math.exp(-dot)) # sigmoid function
