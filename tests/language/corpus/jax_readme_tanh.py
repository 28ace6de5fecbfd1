# origin: github.com/jax-ml/jax README.md at commit 0018baf96ec58789df27bd512694efa19ee38092 (read with the search tool's read_file), "Automatic differentiation with grad", the block's first six lines (up to the def), verbatim
# values: jax_readme_tanh.json gives x = 1.0, the point of the block's grad_tanh(1.0)

from jax import grad
import jax.numpy as jnp

def tanh(x):  # Define a function
  y = jnp.exp(-2.0 * x)
  return (1.0 - y) / (1.0 + y)
