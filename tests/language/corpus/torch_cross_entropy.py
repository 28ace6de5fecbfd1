# origin: github.com/pytorch/pytorch torch/nn/functional.py, cross_entropy's docstring, "Examples", the example with class indices (as the docs print it), verbatim

>>> # Example of target with class indices
>>> input = torch.randn(3, 5, requires_grad=True)
>>> target = torch.randint(5, (3,), dtype=torch.int64)
>>> loss = F.cross_entropy(input, target)
>>> loss.backward()
