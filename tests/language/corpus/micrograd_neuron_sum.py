# origin: github.com/karpathy/micrograd micrograd/nn.py at commit 7e8c3cd01464132d026fac910e9f39ad4ef97e60 (read with the search tool's read_file), Neuron.__call__ (lines 20-22) - ADAPTED
# adapted because a class is not supported (docs/language.md): the method's `self.w`, `self.b` are
# the names w, b, given values in lines 4-6 instead of random.uniform(-1,1) and Value(0);
# line 7 is nn.py line 21 without `self.`; `return act.relu() if self.nonlin else act`
# is `out = act.relu()` (a ReLU neuron, nonlin=True).

w = [Value(0.5), Value(-0.25), Value(0.75)]
b = Value(0.1)
x = [2.0, 3.0, 1.0]
act = sum((wi*xi for wi,xi in zip(w, x)), b)
out = act.relu()
