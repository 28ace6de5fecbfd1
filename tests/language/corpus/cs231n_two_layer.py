# origin: CS231n assignment 2, two-layer net forward (cs231n/classifiers/neural_net.py), with its sizes made up
import numpy as np
np.random.seed(0)
N, D, H, C = 4, 5, 6, 3
X = np.random.randn(N, D)
W1 = 1e-1 * np.random.randn(D, H)
b1 = np.zeros(H)
W2 = 1e-1 * np.random.randn(H, C)
b2 = np.zeros(C)
h1 = np.maximum(0, X.dot(W1) + b1)
scores = h1.dot(W2) + b2
loss = np.sum(scores ** 2) / X.shape[0]
