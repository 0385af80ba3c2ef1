"""Argos Translate models, offline.

Two ways to run the same installed package:

* ``batch="ct2"`` (default): tokenize every segment with the package's
  SentencePiece model and hand the whole list to one CTranslate2
  ``translate_batch`` call. Segments arrive already split by drafting's
  splitter, so argostranslate's own sentence splitting is redundant, and this
  path never imports argostranslate (nor stanza/torch).
* ``batch="argos"``: argostranslate's ``translate()`` per segment, kept for
  comparison (``bench/translate_bench.py``) and as a fallback.
"""

from __future__ import annotations

import os
from typing import Any

from drafting.errors import ModelError
from drafting.translate.engines.base import Engine, EngineError, ModelMissing
from drafting.translate.models import MT_EXTRA_HINT, InstalledModel, find, install_command

#: CTranslate2 options matching argostranslate 1.11's defaults (beam 4, length penalty 0.2,
#: at most 256 target tokens)
BEAM_SIZE = 4
MAX_DECODING_LENGTH = 256
#: sentences are sorted by length and grouped up to this many source tokens per batch;
#: bench/translate_bench.py measured 256 faster than one batch for the whole document
MAX_BATCH_TOKENS = 256


class ArgosEngine(Engine):
    name = "argos"

    def __init__(
        self,
        batch: str = "ct2",
        device: str = "cpu",
        threads: int | None = None,
        max_batch_tokens: int = MAX_BATCH_TOKENS,
    ):
        if batch not in ("ct2", "argos"):
            raise ValueError(f"unknown batch mode {batch!r}")
        self.batch = batch
        self.device = device
        #: CTranslate2 intra-op threads; 0 = its default. Small models run faster on 1.
        self.threads = (
            int(os.environ.get("DRAFTING_MT_THREADS", "0")) if threads is None else threads
        )
        self.max_batch_tokens = max_batch_tokens
        self._loaded: dict[tuple[str, str], Any] = {}

    def supports(self, source: str, target: str) -> bool:
        return find(source, target) is not None

    def cache_key(self, source: str, target: str) -> str:
        model = self._model(source, target)
        stamp = (model.path / "model" / "model.bin").stat().st_mtime_ns
        return f"argos:{model.name}:{model.version}:{stamp}"

    def translate_batch(self, segments: list[str], source: str, target: str) -> list[str]:
        if not segments:
            return []
        if self.batch == "argos":
            return self._argos_loop(segments, source, target)
        return self._ct2(segments, source, target)

    # -- internals -----------------------------------------------------------
    def _model(self, source: str, target: str) -> InstalledModel:
        model = find(source, target)
        if model is None:
            raise ModelMissing(source, target, install_command(source, target))
        return model

    def _ct2(self, segments: list[str], source: str, target: str) -> list[str]:
        translator, sp, prefix = self._load_ct2(source, target)
        tokens = [sp.encode(s, out_type=str) for s in segments]
        try:
            results = translator.translate_batch(
                tokens,
                target_prefix=[[prefix]] * len(tokens) if prefix else None,
                replace_unknowns=True,
                max_batch_size=self.max_batch_tokens,
                batch_type="tokens",
                beam_size=BEAM_SIZE,
                length_penalty=0.2,
                max_decoding_length=MAX_DECODING_LENGTH,
            )
        except RuntimeError as exc:
            raise EngineError(f"CTranslate2 failed: {exc}") from None
        out = []
        for res in results:
            pieces = res.hypotheses[0]
            if prefix and pieces and pieces[0] == prefix:
                pieces = pieces[1:]
            out.append(sp.decode_pieces(pieces).replace("▁", " ").strip())
        return out

    def _load_ct2(self, source: str, target: str) -> tuple[Any, Any, str]:
        key = (source, target)
        if key not in self._loaded:
            import json

            model = self._model(source, target)
            try:
                import ctranslate2
                import sentencepiece
            except ImportError:
                raise ModelError(
                    "machine translation needs ctranslate2 and sentencepiece, not installed",
                    hint=MT_EXTRA_HINT,
                ) from None
            meta = json.loads((model.path / "metadata.json").read_text(encoding="utf-8"))
            sp_path = model.path / "sentencepiece.model"
            if not sp_path.exists():
                raise EngineError(
                    f"{model.path}: no sentencepiece.model (BPE packages need batch='argos')"
                )
            try:
                translator = ctranslate2.Translator(
                    str(model.path / "model"), device=self.device, intra_threads=self.threads
                )
            except (RuntimeError, ValueError) as exc:
                raise EngineError(f"{model.path}: cannot load the model ({exc})") from None
            sp = sentencepiece.SentencePieceProcessor(model_file=str(sp_path))
            self._loaded[key] = (translator, sp, meta.get("target_prefix", ""))
        return self._loaded[key]

    def _argos_loop(self, segments: list[str], source: str, target: str) -> list[str]:
        self._model(source, target)
        from drafting.translate import argos_env

        tr = argos_env.translate()
        key = ("loop", source, target)
        if key not in self._loaded:
            self._loaded[key] = tr.get_translation_from_codes(source, target)
        translation = self._loaded[key]
        return [translation.translate(s) for s in segments]
