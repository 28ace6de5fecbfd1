# origin: github.com/karpathy/nn-zero-to-hero lectures/makemore/makemore_part4_backprop.ipynb at commit 00cb06c29ec3a4f5090404aabf67d148be62d581 (read with the search tool's read_file), code cell 10, from "# Linear layer 2" to `loss = ...`, verbatim
# values: ninja_cross_entropy.json gives h, W2, b2, n and Yb (earlier lines and cells), small

# Linear layer 2
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

