# origin: github.com/HIPS/autograd README.md at commit 02ec6058b5a4ceead5cbbd6f5933457fe914b47d (read with the search tool's read_file), "Example use", the block's first seven lines (up to the def), verbatim
# values: hips_autograd_tanh.json gives x = 1.0, the point of the next line's grad_tanh(1.0)

>>> import autograd.numpy as np  # Thinly-wrapped numpy
>>> from autograd import grad    # The only autograd function you may ever need
>>>
>>> def tanh(x):                 # Define a function
...     y = np.exp(-2.0 * x)
...     return (1.0 - y) / (1.0 + y)
...
