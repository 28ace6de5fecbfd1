# origin: github.com/d2l-ai/d2l-pytorch-colab chapter_preliminaries/autograd.ipynb at commit 0463544fa20da564666f82ed646f00b008d377e5 (read with the search tool's read_file; d2l-en's chapter built for PyTorch), "Backward for Non-Scalar Variables", its code cell, verbatim
# values: d2l_nonscalar.json gives x = torch.arange(4.0), made by the section's first cell

x.grad.zero_()
y = x * x
y.backward(gradient=torch.ones(len(y)))  # Faster: y.sum().backward()
x.grad
