"""drafting.text."""
