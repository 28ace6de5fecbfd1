# origin: written for this corpus: the dot product of the CS231n neuron as a Python for loop with +=
w = [2.0, -3.0, -3.0]
x = [-1.0, -2.0, 1.0]
out = 0.0
for wi, xi in zip(w, x):
    out += wi * xi
