# origin: d2l.ai chapter_preliminaries/autograd.md ("Automatic Differentiation"), PyTorch tab
import torch

x = torch.arange(4.0)
x
x.requires_grad_(True)
x.grad  # The gradient is None by default
y = 2 * torch.dot(x, x)
y
y.backward()
x.grad
