# origin: github.com/d2l-ai/d2l-en chapter_preliminaries/autograd.md ("Detaching Computation"), the PyTorch tab's first cell, verbatim
# values: d2l_detach.json gives x = torch.arange(4.0), made by the section's first cell

x.grad.zero_()
y = x * x
u = y.detach()
z = u * x

z.sum().backward()
x.grad == u
