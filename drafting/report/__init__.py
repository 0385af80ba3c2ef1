"""drafting.report."""
