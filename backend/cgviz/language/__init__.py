"""The circuit language: a program read by Python's own parser (source.py, parser.py), lowered to
the core's nodes (lower.py and its mixins), and a hand-written backward part split off and
evaluated over the forward values (backward_part.py, hand_lowering.py)."""
