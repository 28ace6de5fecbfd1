# origin: github.com/karpathy/nn-zero-to-hero lectures/micrograd/micrograd_lecture_first_half_roughly.ipynb code cell 5, verbatim

# les get more complex
a = 2.0
b = -3.0
c = 10.0
d = a*b + c
print(d)
