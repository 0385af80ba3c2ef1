"""Facts from past releases, with provenance (see :mod:`drafting.facts.model`)."""
