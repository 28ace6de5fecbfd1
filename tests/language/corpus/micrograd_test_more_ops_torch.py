# origin: github.com/karpathy/micrograd test/test_engine.py at commit 2e696df76e2df6e31cace75bebcac9d7aacdd904 (read with the search tool's read_file), lines 45-60 (test_more_ops, its PyTorch half), verbatim

    a = torch.Tensor([-4.0]).double()
    b = torch.Tensor([2.0]).double()
    a.requires_grad = True
    b.requires_grad = True
    c = a + b
    d = a * b + b**3
    c = c + c + 1
    c = c + 1 + c + (-a)
    d = d + d * 2 + (b + a).relu()
    d = d + 3 * d + (b - a).relu()
    e = c - d
    f = e**2
    g = f / 2.0
    g = g + 10.0 / f
    g.backward()
    apt, bpt, gpt = a, b, g
