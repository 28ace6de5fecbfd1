# origin: CS231n assignment 3, rnn_step_forward (cs231n/rnn_layers.py), with inputs made up
import numpy as np
N, D, H = 3, 10, 4
x = np.linspace(-0.4, 1.2, num=N*D).reshape(N, D)
prev_h = np.linspace(-0.2, 0.5, num=N*H).reshape(N, H)
Wx = np.linspace(-0.1, 0.9, num=D*H).reshape(D, H)
Wh = np.linspace(-0.3, 0.7, num=H*H).reshape(H, H)
b = np.linspace(-0.2, 0.4, num=H)
next_h = np.tanh(prev_h.dot(Wh) + x.dot(Wx) + b)
