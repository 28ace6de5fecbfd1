# origin: github.com/HIPS/autograd README.md, the tanh example; called at x = 1.0 instead of grad(tanh)(1.0)
import autograd.numpy as np  # Thinly-wrapped numpy
from autograd import grad    # The only autograd function you may ever need

def tanh(x):                 # Define a function
    y = np.exp(-2.0 * x)
    return (1.0 - y) / (1.0 + y)

x = 1.0
t = tanh(x)
