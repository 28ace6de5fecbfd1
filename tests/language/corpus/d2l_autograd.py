# origin: github.com/d2l-ai/d2l-en chapter_preliminaries/autograd.md ("A Simple Function"), the PyTorch tab's first six code cells in order, verbatim

import torch
x = torch.arange(4.0)
x
# Can also create x = torch.arange(4.0, requires_grad=True)
x.requires_grad_(True)
x.grad  # The gradient is None by default
y = 2 * torch.dot(x, x)
y
y.backward()
x.grad
x.grad == 4 * x
