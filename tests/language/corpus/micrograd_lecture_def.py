# origin: github.com/karpathy/nn-zero-to-hero lectures/micrograd/micrograd_lecture_first_half_roughly.ipynb at commit 5c786dc76c5a50b73afbb472f0d76db6049bca5e (read with the search tool's read_file), code cell 1, verbatim
# values: micrograd_lecture_def.json gives x = 3.0, the argument of the next cell's f(3.0)

def f(x):
  return 3*x**2 - 4*x + 5
