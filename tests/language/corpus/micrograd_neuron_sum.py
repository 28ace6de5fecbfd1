# origin: github.com/karpathy/micrograd micrograd/nn.py, Neuron.__call__, with self.w/self.b as plain names
w = [Value(0.5), Value(-0.25), Value(0.75)]
b = Value(0.1)
x = [2.0, 3.0, 1.0]
act = sum((wi*xi for wi, xi in zip(w, x)), b)
out = act.relu()
