# origin: github.com/karpathy/nn-zero-to-hero lectures/micrograd/micrograd_lecture_first_half_roughly.ipynb at commit 5c786dc76c5a50b73afbb472f0d76db6049bca5e (read with the search tool's read_file), code cell 5, verbatim

# let's get more complex
a = 2.0
b = -3.0
c = 10.0
d = a*b + c
print(d)
