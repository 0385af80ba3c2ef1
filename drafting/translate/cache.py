"""A persistent MT cache, so the same segment is never sent to an engine twice.

Keyed by engine identity (name + model), language pair and the masked segment;
kept apart from the translation memory because machine output is not
reviewed copy. SQLite (stdlib) gives atomic writes and concurrent readers.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path


class SegmentCache:
    """``get_many`` / ``put_many`` over one SQLite table; ``path=None`` keeps it in memory."""

    def __init__(self, path: Path | None = None):
        if path is not None:
            path.parent.mkdir(parents=True, exist_ok=True)
        self._db = sqlite3.connect(str(path) if path else ":memory:")
        self._db.execute(
            "CREATE TABLE IF NOT EXISTS mt (engine TEXT, pair TEXT, source TEXT, target TEXT,"
            " PRIMARY KEY (engine, pair, source))"
        )

    def get_many(self, engine: str, pair: str, segments: list[str]) -> dict[str, str]:
        found: dict[str, str] = {}
        for i in range(0, len(segments), 500):
            chunk = segments[i : i + 500]
            marks = ",".join("?" * len(chunk))
            rows = self._db.execute(
                f"SELECT source, target FROM mt WHERE engine=? AND pair=? AND source IN ({marks})",
                (engine, pair, *chunk),
            )
            found.update(rows)
        return found

    def put_many(self, engine: str, pair: str, items: dict[str, str]) -> None:
        with self._db:
            self._db.executemany(
                "INSERT OR REPLACE INTO mt VALUES (?, ?, ?, ?)",
                [(engine, pair, s, t) for s, t in items.items()],
            )

    def close(self) -> None:
        self._db.close()
