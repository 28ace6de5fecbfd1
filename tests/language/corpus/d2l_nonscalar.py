# origin: github.com/d2l-ai/d2l-en chapter_preliminaries/autograd.md ("Backward for Non-Scalar Variables"), the PyTorch tab's cell, verbatim
# values: d2l_nonscalar.json gives x = torch.arange(4.0), made by the section's first cell

x.grad.zero_()
y = x * x
y.backward(gradient=torch.ones(len(y)))  # Faster: y.sum().backward()
x.grad
