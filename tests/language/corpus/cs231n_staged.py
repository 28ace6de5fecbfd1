# origin: github.com/cs231n/cs231n.github.io optimization-2.md at commit 02a5dc6489430f6725360d0325174b1148594c68 (read with the search tool's read_file), "Backprop in practice: Staged computation", the forward pass, verbatim

x = 3 # example values
y = -4

# forward pass
sigy = 1.0 / (1 + math.exp(-y)) # sigmoid in numerator   #(1)
num = x + sigy # numerator                               #(2)
sigx = 1.0 / (1 + math.exp(-x)) # sigmoid in denominator #(3)
xpy = x + y                                              #(4)
xpysqr = xpy**2                                          #(5)
den = sigx + xpysqr # denominator                        #(6)
invden = 1.0 / den                                       #(7)
f = num * invden # done!                                 #(8)
