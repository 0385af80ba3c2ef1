"""drafting: draft, lint, score and translate press releases from past releases' facts."""

__version__ = "0.1.0"
