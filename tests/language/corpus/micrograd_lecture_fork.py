# origin: github.com/karpathy/nn-zero-to-hero lectures/micrograd/micrograd_lecture_first_half_roughly.ipynb at commit 5c786dc76c5a50b73afbb472f0d76db6049bca5e (read with the search tool's read_file), code cell 32, verbatim

a = Value(-2.0, label='a')
b = Value(3.0, label='b')
d = a * b    ; d.label = 'd'
e = a + b    ; e.label = 'e'
f = d * e    ; f.label = 'f'

f.backward()

draw_dot(f)
