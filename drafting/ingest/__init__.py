"""drafting.ingest."""
