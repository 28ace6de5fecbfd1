# origin: github.com/karpathy/micrograd test/test_engine.py at commit 2e696df76e2df6e31cace75bebcac9d7aacdd904 (read with the search tool's read_file), lines 14-21 (test_sanity_check, its PyTorch half), verbatim

    x = torch.Tensor([-4.0]).double()
    x.requires_grad = True
    z = 2 * x + 2 + x
    q = z.relu() + z * x
    h = (z * z).relu()
    y = h + q + q * x
    y.backward()
    xpt, ypt = x, y
