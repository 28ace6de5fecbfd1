# origin: the PyTorch tutorial "A Gentle Introduction to torch.autograd", beginner_source/blitz/autograd_tutorial.py, as stored in github.com/basavyr/pytorch-tutorials (a copy of pytorch/tutorials; the search tool stores only older versions of pytorch/tutorials' own file) at commit 898f9279ce4f94b0349da70f03509d8da67fd937 (read with the search tool's read_file), "Differentiation in Autograd" - ADAPTED
# adapted: `import torch` is the file's own import (its line 48); the lines after it are the section
# "Differentiation in Autograd" verbatim, from `a = torch.tensor(...)` to the two prints. The
# lines between, a training step of a pretrained torchvision resnet18, are left out.

import torch

a = torch.tensor([2., 3.], requires_grad=True)
b = torch.tensor([6., 4.], requires_grad=True)

######################################################################
# We create another tensor ``Q`` from ``a`` and ``b``.
#
# .. math::
#    Q = 3a^3 - b^2

Q = 3*a**3 - b**2


######################################################################
# Let's assume ``a`` and ``b`` to be parameters of an NN, and ``Q``
# to be the error. In NN training, we want gradients of the error
# w.r.t. parameters, i.e.
#
# .. math::
#    \frac{\partial Q}{\partial a} = 9a^2
#
# .. math::
#    \frac{\partial Q}{\partial b} = -2b
#
#
# When we call ``.backward()`` on ``Q``, autograd calculates these gradients
# and stores them in the respective tensors' ``.grad`` attribute.
#
# We need to explicitly pass a ``gradient`` argument in ``Q.backward()`` because it is a vector.
# ``gradient`` is a tensor of the same shape as ``Q``, and it represents the
# gradient of Q w.r.t. itself, i.e.
#
# .. math::
#    \frac{dQ}{dQ} = 1
#
# Equivalently, we can also aggregate Q into a scalar and call backward implicitly, like ``Q.sum().backward()``.
#
external_grad = torch.tensor([1., 1.])
Q.backward(gradient=external_grad)


#######################################################################
# Gradients are now deposited in ``a.grad`` and ``b.grad``

# check if collected gradients are correct
print(9*a**2 == a.grad)
print(-2*b == b.grad)
