"""Applications: their states and the rules of moving between them."""
