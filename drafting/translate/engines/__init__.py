"""Translation engines behind one small interface (see :mod:`.base`)."""
