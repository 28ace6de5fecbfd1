# origin: github.com/karpathy/nn-zero-to-hero lectures/micrograd/micrograd_lecture_first_half_roughly.ipynb code cell 31, verbatim

a = Value(3.0, label='a')
b = a + a   ; b.label = 'b'
b.backward()
draw_dot(b)
