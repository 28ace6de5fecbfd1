# origin: github.com/HIPS/autograd README.md, the first example's first six lines (up to the def), verbatim
# values: hips_autograd_tanh.json gives x = 1.0, the point of the next line's grad_tanh(1.0)

>>> import autograd.numpy as np  # Thinly-wrapped numpy
>>> from autograd import grad    # The only autograd function you may ever need
>>>
>>> def tanh(x):                 # Define a function
...     return (1.0 - np.exp((-2 * x))) / (1.0 + np.exp(-(2 * x)))
...
