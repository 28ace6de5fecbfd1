# origin: cs231n.github.io/linear-classify/ ("Practical issues: Numeric stability")
import numpy as np
f = np.array([123, 456, 789]) # example with 3 classes and each having large scores
f -= np.max(f) # f becomes [-666, -333, 0]
p = np.exp(f) / np.sum(np.exp(f)) # safe to do, gives the correct answer
