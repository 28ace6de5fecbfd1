# origin: github.com/jax-ml/jax README.md at commit 0018baf96ec58789df27bd512694efa19ee38092 (read with the search tool's read_file), "What is JAX?", the first code block's lines 1-12 - ADAPTED
# adapted: lines 3-14 are the README's; its last lines `grad_loss = jit(grad(loss))` and
# `perex_grads = jit(vmap(...))` transform functions, which cgviz does not (it draws one call),
# so they are left out and lines 16-22 (made up) call loss on a 3-2-1 network's parameters:
# `params` is a list of (W, b) pairs, which `values` (numbers and nested lists) cannot hold.

import jax.numpy as jnp
from jax import grad, jit, vmap

def predict(params, inputs):
  for W, b in params:
    outputs = jnp.dot(inputs, W) + b
    inputs = jnp.tanh(outputs)  # inputs to the next layer
  return outputs                # no activation on last layer

def loss(params, inputs, targets):
  preds = predict(params, inputs)
  return jnp.sum((preds - targets)**2)

W1 = jnp.array([[0.1, -0.2], [0.3, 0.4], [-0.5, 0.6]])
b1 = jnp.array([0.01, -0.02])
W2 = jnp.array([[0.7], [-0.8]])
b2 = jnp.array([0.05])
inputs = jnp.array([[1.0, 2.0, 3.0], [-1.0, 0.5, 2.0]])
targets = jnp.array([[0.5], [-0.5]])
l = loss([(W1, b1), (W2, b2)], inputs, targets)
