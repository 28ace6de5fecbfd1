# origin: karpathy nn-zero-to-hero lectures/micrograd notebook, the first cell's function (its f(3.0) called on an input x)
def f(x):
  return 3*x**2 - 4*x + 5

x = 3.0
y = f(x)
