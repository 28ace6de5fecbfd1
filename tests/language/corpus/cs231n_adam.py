# origin: github.com/cs231n/cs231n.github.io neural-networks-3.md lines 316-321 (Adam, with bias correction), verbatim
# values: cs231n_adam.json gives the update's state and hyperparameters (the notes' beta1 = 0.9,
# beta2 = 0.999, eps = 1e-8)

# t is your iteration counter going from 1 to infinity
m = beta1*m + (1-beta1)*dx
mt = m / (1-beta1**t)
v = beta2*v + (1-beta2)*(dx**2)
vt = v / (1-beta2**t)
x += - learning_rate * mt / (np.sqrt(vt) + eps)
