"""drafting.i18n."""
