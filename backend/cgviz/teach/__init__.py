"""What a circuit adds for a learner: the staged forward and backward code (code.py), numeric
gradients beside the circuit's (gradcheck.py), a backward pass written by hand and checked line
by line (checks.py), and the course notes' worked examples (examples.py)."""
