# origin: github.com/cs231n/cs231n.github.io linear-classify.md at commit 7984394980d19583d1a11e170ba523f1039ec4ec (read with the search tool's read_file), "Multiclass Support Vector Machine loss", L_i (the unvectorized multiclass SVM loss) - ADAPTED
# adapted: the notes' Python 2 `for j in xrange(D):` is `for j in range(D):` (Python 3; the same
# loop); every other line is the notes' own.
# values: cs231n_svm_loss_loop.json gives L_i's parameters x, y, W (3 classes, 4 pixels + bias)

def L_i(x, y, W):
  """
  unvectorized version. Compute the multiclass svm loss for a single example (x,y)
  - x is a column vector representing an image (e.g. 3073 x 1 in CIFAR-10)
    with an appended bias dimension in the 3073-rd position (i.e. bias trick)
  - y is an integer giving index of correct class (e.g. between 0 and 9 in CIFAR-10)
  - W is the weight matrix (e.g. 10 x 3073 in CIFAR-10)
  """
  delta = 1.0 # see notes about delta later in this section
  scores = W.dot(x) # scores becomes of size 10 x 1, the scores for each class
  correct_class_score = scores[y]
  D = W.shape[0] # number of classes, e.g. 10
  loss_i = 0.0
  for j in range(D): # iterate over all wrong classes
    if j == y:
      # skip for the true class to only loop over incorrect classes
      continue
    # accumulate loss for the i-th example
    loss_i += max(0, scores[j] - correct_class_score + delta)
  return loss_i
