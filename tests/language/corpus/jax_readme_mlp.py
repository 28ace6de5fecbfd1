# origin: github.com/jax-ml/jax README.md ("Transformations"), predict and loss; params, inputs, targets made up, and loss called instead of jit(grad(loss))
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
