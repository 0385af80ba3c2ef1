"""drafting.score."""
