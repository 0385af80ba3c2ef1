"""drafting.draft."""
