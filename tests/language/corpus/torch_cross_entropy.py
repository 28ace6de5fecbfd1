# origin: pytorch.org/docs/stable/generated/torch.nn.functional.cross_entropy.html, the example (seeded)
import torch
import torch.nn.functional as F
torch.manual_seed(0)
# Example of target with class indices
input = torch.randn(3, 5, requires_grad=True)
target = torch.tensor([1, 0, 4])
loss = F.cross_entropy(input, target)
loss.backward()
