"""Name matching for fact checks: edit distance with a cut-off, and name normalisation."""

from __future__ import annotations

from drafting.text.lazy import lazy


def osa_distance(a: str, b: str, limit: int = 3) -> int:
    """Optimal-string-alignment distance (a swap counts as one edit), capped at ``limit + 1``."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    prev2: list[int] = []
    prev = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        cur = [i] + [0] * len(b)
        best = cur[0]
        for j in range(1, len(b) + 1):
            cost = a[i - 1] != b[j - 1]
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                cur[j] = min(cur[j], prev2[j - 2] + 1)
            best = min(best, cur[j])
        if best > limit:
            return limit + 1
        prev2, prev = prev, cur
    return prev[-1]


def norm_token(token: str) -> str:
    """A name token without its possessive, case-folded."""
    if token.endswith(("'s", "’s")):
        token = token[:-2]
    elif token.endswith(("'", "’")):
        token = token[:-1]
    return token.casefold()


class TokenFolds(dict[str, str]):
    """``norm_token`` of each token asked for, kept: the fact rules fold the same words
    file after file (a cache keyed on single words, bounded)."""

    LIMIT = 1 << 16  # tokens kept: a long run of files does not grow it without end

    def __missing__(self, token: str) -> str:
        if len(self) >= self.LIMIT:
            self.clear()
        folded = self[token] = norm_token(token)
        return folded


_FOLDS = TokenFolds()
_NAME_TOKEN = lazy(r"[\w'’&.-]+")


def name_tokens(name: str) -> list[str]:
    """The tokens :func:`norm_name` joins: each folded (``norm_token``), a leading "the"
    dropped; a token that folds to nothing ("'s") stays, empty."""
    tokens = list(map(_FOLDS.__getitem__, _NAME_TOKEN.findall(name)))
    if tokens and tokens[0] == "the":
        del tokens[0]
    return tokens


def norm_name(name: str) -> str:
    """A name for comparison: case-folded, possessives dropped, one space, no leading 'the'."""
    return " ".join(name_tokens(name))


def allowed_edits(name: str) -> int:
    """How far a near-miss may be: one edit for short names, two for long ones."""
    return 1 if len(name) < 9 else 2
