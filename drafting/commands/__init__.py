"""drafting.commands."""
