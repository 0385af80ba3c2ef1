"""Offline translation in layers: memory, glossary, then machine translation.

Import the pieces you need (``pipeline``, ``memory``, ``checks``, ``models``);
nothing here imports the MT stack until a segment actually needs a model.
"""
