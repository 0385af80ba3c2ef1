"""drafting.translate."""
