# origin: karpathy nn-zero-to-hero makemore part 4 ("Becoming a Backprop Ninja"), the cross-entropy chunk; the batch is made up
import torch
torch.manual_seed(42)
n = 4
h = torch.randn(n, 5)
W2 = torch.randn(5, 3) * 0.1
b2 = torch.randn(3) * 0.1
Yb = torch.tensor([1, 0, 2, 1])
logits = h @ W2 + b2 # output layer
# cross entropy loss (same as F.cross_entropy(logits, Yb))
logit_maxes = logits.max(1, keepdim=True).values
norm_logits = logits - logit_maxes # subtract max for numerical stability
counts = norm_logits.exp()
counts_sum = counts.sum(1, keepdims=True)
counts_sum_inv = counts_sum**-1 # if I use (1.0 / counts_sum) instead then I can't get backprop to be bit exact...
probs = counts * counts_sum_inv
logprobs = probs.log()
loss = -logprobs[range(n), Yb].mean()
