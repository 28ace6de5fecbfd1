# origin: CS231n assignment 3, RNN_Captioning.ipynb, the "Vanilla RNN: step forward" test cell (its set-up lines), as stored in the public copy github.com/Cescfangs/CS231n-Python3 assignment3/RNN_Captioning.ipynb at commit 02064129c4a0e33770275709de7a7bda8c2a2710 (read with the search tool's read_file; find_string finds the same lines in other copies) - ADAPTED
# adapted: the cell's `next_h, _ = rnn_step_forward(x, prev_h, Wx, Wh, b)` calls the function the
# assignment asks students to write (cs231n/rnn_layers.py, released with an empty body), so the
# last line is that function's one-line body, h_t = tanh(W_hh h_(t-1) + W_xh x_t + b) as the
# notes write it; test_corpus.py checks it against the cell's own expected_next_h.

N, D, H = 3, 10, 4

x = np.linspace(-0.4, 0.7, num=N*D).reshape(N, D)
prev_h = np.linspace(-0.2, 0.5, num=N*H).reshape(N, H)
Wx = np.linspace(-0.1, 0.9, num=D*H).reshape(D, H)
Wh = np.linspace(-0.3, 0.7, num=H*H).reshape(H, H)
b = np.linspace(-0.2, 0.4, num=H)

next_h = np.tanh(prev_h.dot(Wh) + x.dot(Wx) + b)
