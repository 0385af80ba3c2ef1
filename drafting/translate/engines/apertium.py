"""Apertium (rule-based, Debian ``apertium-eng-spa``) for en->es, used only when installed.

One ``apertium`` process per batch: segments are joined with a blank line that
Apertium keeps, so a whole document costs one process start.
"""

from __future__ import annotations

import shutil
import subprocess

from drafting.translate.engines.base import Engine, EngineError, ModelMissing

PAIRS = {("en", "es"): "en-es", ("es", "en"): "es-en"}
_SEP = "\n\n"


class ApertiumEngine(Engine):
    name = "apertium"

    def supports(self, source: str, target: str) -> bool:
        return shutil.which("apertium") is not None and (source, target) in PAIRS

    def translate_batch(self, segments: list[str], source: str, target: str) -> list[str]:
        if shutil.which("apertium") is None:
            raise EngineError(
                "the apertium binary is not installed (apt-get install apertium-eng-spa)"
            )
        if (source, target) not in PAIRS:
            raise ModelMissing(source, target, "Apertium here covers only en<->es")
        text = _SEP.join(s.replace("\n", " ") for s in segments)
        try:
            done = subprocess.run(
                ["apertium", "-u", PAIRS[(source, target)]],
                input=text,
                capture_output=True,
                text=True,
                check=True,
                timeout=600,
            )
        except (subprocess.CalledProcessError, subprocess.TimeoutExpired) as exc:
            raise EngineError(f"apertium failed: {getattr(exc, 'stderr', '') or exc}") from None
        out = [s.strip() for s in done.stdout.split(_SEP)]
        if len(out) != len(segments):
            raise EngineError("apertium changed the number of segments")
        return out
