# origin: github.com/pytorch/pytorch torch/nn/functional.py at commit 00012f4bc0cca9bf3ae6cc63822fd03175fbc82b (read with the search tool's read_file), cross_entropy's docstring, "Examples", the example with class indices (dedented, as the docs print it), verbatim

>>> # Example of target with class indices
>>> input = torch.randn(3, 5, requires_grad=True)
>>> target = torch.randint(5, (3,), dtype=torch.int64)
>>> loss = F.cross_entropy(input, target)
>>> loss.backward()
