#!/usr/bin/env python3
"""Build a tiny, structurally valid .argosmodel for tests and benchmarks (seconds, offline).

Inside the zip: ``<name>/metadata.json``, ``sentencepiece.model`` (trained on a
few lines), ``model/`` (a random-weight Transformer written with CTranslate2's
``specs`` API, so no transformers/torch conversion is needed) and ``spacy/``
(a blank multilingual pipeline for argostranslate's sentence splitting). The
vocabulary ends with ``<pad>``, as the CTranslate2 Marian converter expects.
Its translations are noise; it exists to exercise loading, batching and caching.

    python scripts/build_tiny_model.py OUT_DIR --from en --to es
"""

from __future__ import annotations

import argparse
import json
import tempfile
import zipfile
from pathlib import Path

LINES = [
    "GUANGZHOU, China, Nov. 5, 2021 /PRNewswire/ -- A powerful comeback after three years.",
    "The serial events will be held in Guangzhou in an online and offline hybrid format.",
    "Nearly 600 guests from 113 cities around the world will share their wisdom.",
    "The press conference was also held in a hybrid manner.",
    "El foro se celebrará en Cantón con invitados de todo el mundo.",
    "Las ciudades comparten su experiencia en innovación urbana.",
    "Cerca de 600 invitados de 113 ciudades participarán en línea.",
    "La conferencia de prensa también se celebró de forma híbrida.",
    "广州 全球 市长 论坛 城市 创新 奖 。",
]


def train_sentencepiece(workdir: Path, vocab_size: int) -> list[str]:
    """Train a small unigram model; return its pieces in id order."""
    import sentencepiece as spm

    corpus = workdir / "corpus.txt"
    corpus.write_text("\n".join(LINES * 3) + "\n", encoding="utf-8")
    spm.SentencePieceTrainer.train(
        input=str(corpus),
        model_prefix=str(workdir / "sentencepiece"),
        vocab_size=vocab_size,
        model_type="unigram",
        character_coverage=1.0,
        hard_vocab_limit=False,
        byte_fallback=False,
        minloglevel=2,
        num_threads=1,
    )
    sp = spm.SentencePieceProcessor(model_file=str(workdir / "sentencepiece.model"))
    return [sp.id_to_piece(i) for i in range(sp.get_piece_size())]


def build_ct2_model(
    out: Path, vocab: list[str], *, d_model: int = 32, seed: int = 0, eos_bias: float = 0.25
) -> None:
    """A 1+1-layer Transformer with random weights, saved as a CTranslate2 model."""
    import numpy as np
    from ctranslate2.specs import transformer_spec

    rng = np.random.default_rng(seed)
    spec = transformer_spec.TransformerSpec.from_config((1, 1), 2)
    sizes = {"vocab": len(vocab), "d": d_model, "ffn": 2 * d_model}

    for name, value in spec.variables().items():
        if value is not None:
            continue
        shape = _shape(name, sizes)
        arr = (rng.standard_normal(shape) * 0.1).astype("float32")
        if name.endswith("gamma"):
            arr = np.ones(shape, dtype="float32")
        _assign(spec, name, arr)
    # A bias towards </s> keeps the noise short, like real output, so timings compare fairly.
    bias = np.zeros(len(vocab), dtype="float32")
    bias[vocab.index("</s>")] = eos_bias
    spec.decoder.projection.bias = bias
    spec.register_source_vocabulary(vocab)
    spec.register_target_vocabulary(vocab)
    spec.validate()
    out.mkdir(parents=True, exist_ok=True)
    spec.save(str(out))


def _shape(name: str, s: dict[str, int]) -> tuple[int, ...]:
    d, v, f = s["d"], s["vocab"], s["ffn"]
    if name.endswith(("gamma", "beta")):
        return (d,)
    if "embeddings" in name or name.endswith("projection/weight"):
        return (v, d)
    if "self_attention/linear_0" in name:
        return (3 * d, d)
    if "/attention/linear_1" in name:  # encoder-decoder attention: fused K,V
        return (2 * d, d)
    if "ffn/linear_0" in name:
        return (f, d)
    if "ffn/linear_1" in name:
        return (d, f)
    return (d, d)


def _assign(spec, name: str, arr) -> None:  # type: ignore[no-untyped-def]
    *scopes, attr = name.split("/")
    obj = spec
    for part in scopes:
        if "_" in part and part.rsplit("_", 1)[1].isdigit() and not hasattr(obj, part):
            base, idx = part.rsplit("_", 1)
            obj = getattr(obj, base)[int(idx)]
        else:
            obj = getattr(obj, part)
    setattr(obj, attr, arr)


def build(out_dir: Path, source: str, target: str) -> Path:
    """Write ``translate-<src>_<tgt>-tiny.argosmodel`` into ``out_dir`` and return its path."""
    import spacy

    out_dir.mkdir(parents=True, exist_ok=True)
    name = f"translate-{source}_{target}-tiny"
    with tempfile.TemporaryDirectory() as tmp:
        pkg = Path(tmp) / name
        pkg.mkdir()
        pieces = train_sentencepiece(Path(tmp), vocab_size=120)
        (pkg / "sentencepiece.model").write_bytes((Path(tmp) / "sentencepiece.model").read_bytes())
        vocab = [p for p in pieces if p != "<pad>"] + ["<pad>"]
        build_ct2_model(pkg / "model", vocab)
        spacy.blank("xx").to_disk(pkg / "spacy")
        meta = {
            "package_version": "0.0.1-tiny",
            "argos_version": "1.11.0",
            "from_code": source,
            "from_name": source,
            "to_code": target,
            "to_name": target,
            "type": "translate",
            "code": name,
            "links": [],
        }
        (pkg / "metadata.json").write_text(json.dumps(meta, indent=2), encoding="utf-8")
        (pkg / "README.md").write_text("Tiny random-weight test model: its output is noise.\n")
        archive = out_dir / f"{name}.argosmodel"
        with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as zf:
            for path in sorted(pkg.rglob("*")):
                zf.write(path, path.relative_to(Path(tmp)))
    return archive


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out_dir", type=Path)
    ap.add_argument("--from", dest="source", default="en")
    ap.add_argument("--to", dest="target", default="es")
    args = ap.parse_args(argv)
    print(build(args.out_dir, args.source, args.target))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
