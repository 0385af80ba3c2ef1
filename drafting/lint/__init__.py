"""drafting.lint."""
