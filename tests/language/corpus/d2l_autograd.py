# origin: github.com/d2l-ai/d2l-pytorch-colab chapter_preliminaries/autograd.ipynb at commit 0463544fa20da564666f82ed646f00b008d377e5 (read with the search tool's read_file; d2l-en's chapter built for PyTorch), "A Simple Function", its first six code cells in order, verbatim

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
