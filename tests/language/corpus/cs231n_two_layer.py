# origin: github.com/cs231n/cs231n.github.io neural-networks-case-study.md at commit 02a5dc6489430f6725360d0325174b1148594c68 (read with the search tool's read_file), "Training a Neural Network", the class scores block, verbatim
# values: cs231n_two_layer.json gives the notes' X, W, b, W2, b2 (spiral data, 0.01 * randn),
# smaller: 6 points, 4 hidden units

# evaluate class scores with a 2-layer Neural Network
hidden_layer = np.maximum(0, np.dot(X, W) + b) # note, ReLU activation
scores = np.dot(hidden_layer, W2) + b2
