# origin: github.com/kratzert/kratzert.github.io _posts/2016/2016-02-12-understanding-the-gradient-flow-through-the-batch-normalization-layer.markdown at commit 0869ef348bb3a41f6869668dfbf8648044161924 (read with the search tool's read_file), batchnorm_forward, the whole block, verbatim
# values: batchnorm_forward.json gives the function's parameters (a batch of 4 with 3 features)

def batchnorm_forward(x, gamma, beta, eps):

  N, D = x.shape

  #step1: calculate mean
  mu = 1./N * np.sum(x, axis = 0)

  #step2: subtract mean vector of every trainings example
  xmu = x - mu

  #step3: following the lower branch - calculation denominator
  sq = xmu ** 2

  #step4: calculate variance
  var = 1./N * np.sum(sq, axis = 0)

  #step5: add eps for numerical stability, then sqrt
  sqrtvar = np.sqrt(var + eps)

  #step6: invert sqrtwar
  ivar = 1./sqrtvar

  #step7: execute normalization
  xhat = xmu * ivar

  #step8: Nor the two transformation steps
  gammax = gamma * xhat

  #step9
  out = gammax + beta

  #store intermediate
  cache = (xhat,gamma,xmu,ivar,sqrtvar,var,eps)

  return out, cache
