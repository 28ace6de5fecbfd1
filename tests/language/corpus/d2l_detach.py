# origin: github.com/d2l-ai/d2l-pytorch-colab chapter_preliminaries/autograd.ipynb at commit 0463544fa20da564666f82ed646f00b008d377e5 (read with the search tool's read_file; d2l-en's chapter built for PyTorch), "Detaching Computation", its first code cell, verbatim
# values: d2l_detach.json gives x = torch.arange(4.0), made by the section's first cell

x.grad.zero_()
y = x * x
u = y.detach()
z = u * x

z.sum().backward()
x.grad == u
