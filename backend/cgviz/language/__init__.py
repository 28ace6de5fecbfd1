"""The circuit language: grammar, syntax tree, and lowering to a graph."""
