"""Time the clause library: as-you-type search, importing a library file, building from texts.

Targets: search over 20,000 clauses at most 10 ms per query at the 95th percentile; importing a
5,000-clause library file under 2 s; building a library from the 14 corpus texts under 1 s.
The clauses are variations of the corpus paragraphs (random word swaps), so the word
distribution is that of real resolutions.

usage: uv run python benchmarks/bench_library.py [CLAUSES]
"""

from __future__ import annotations

import json
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

from draftdesk.library import (
    LibraryStore,
    NewClause,
    add_resolution_files,
    ensure_builtin,
    export_library,
    import_library,
)

ROOT = Path(__file__).resolve().parents[1]
CORPUS = sorted((ROOT / "tests" / "data" / "corpus").glob("*.txt"))
QUERIES = (
    "requests the secretary-general to submit",
    "remain seized of the matter",
    "human rights council",
    "sustainable development goals",
    "decides to include in the provisional agenda",
    "international law commission",
    "peacebuilding fund",
    "migration",
    "calls upon all states",
    "recalling its resolution",
    "women and girls",
    "expresses its appreciation",
    "UNITAMS mandate",
    "A/RES/80/164",
    "report session",
)


def corpus_clauses(folder: Path) -> list[NewClause]:
    """Return the corpus paragraphs as clauses."""
    with LibraryStore(folder / "seed.sqlite3") as store:
        add_resolution_files(store, "Seed", CORPUS)
        return [
            NewClause(c.text, c.kind, c.body, c.topic, c.tags, "", c.source_symbol,
                      c.source_paragraph)
            for c in store.clauses("Seed")
        ]


def variations(seed: list[NewClause], count: int) -> list[NewClause]:
    """Make ``count`` distinct clauses by swapping a few words of corpus paragraphs."""
    rng = random.Random(1)
    vocabulary = sorted({w for c in seed for w in c.text.split() if w.isalpha()})
    out: list[NewClause] = []
    for index in range(count):
        base = seed[index % len(seed)]
        words = base.text.split()
        for _ in range(3 if index >= len(seed) else 0):
            words[rng.randrange(len(words))] = rng.choice(vocabulary)
        text = " ".join(words)
        out.append(NewClause(text, base.kind, base.body, base.topic, base.tags, "",
                             base.source_symbol, base.source_paragraph, key=f"c{index}"))
    return out


def typed_prefixes(query: str) -> list[str]:
    """Return what the search box holds after each keystroke."""
    return [query[:n] for n in range(1, len(query) + 1) if not query[:n].endswith(" ")]


def percentile(values: list[float], fraction: float) -> float:
    """Return the value below which ``fraction`` of the values lie."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(fraction * (len(ordered) - 1))))]


def main() -> None:
    """Run the three measurements and print them against their targets."""
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 20_000
    with tempfile.TemporaryDirectory() as folder_name:
        folder = Path(folder_name)
        seed = corpus_clauses(folder)

        # Building from the 14 corpus texts (import of the texts included).
        builds: list[float] = []
        for run in range(3):
            with LibraryStore(folder / f"build{run}.sqlite3") as store:
                start = time.perf_counter()
                report = add_resolution_files(store, "Corpus", CORPUS)
                builds.append(time.perf_counter() - start)
        build = statistics.median(builds)
        print(f"build from {len(CORPUS)} corpus texts ({report.added} clauses): "
              f"median {build * 1000:.1f} ms (target < 1000 ms)")

        # Importing a 5,000-clause library file into a fresh database.
        with LibraryStore(folder / "export.sqlite3") as store:
            store.create_library("Five thousand")
            store.add_clauses("Five thousand", variations(seed, 5_000))
            exchange = folder / "five-thousand.json"
            export_library(store, "Five thousand", exchange)
        size = exchange.stat().st_size
        imports: list[float] = []
        for run in range(3):
            with LibraryStore(folder / f"import{run}.sqlite3") as store:
                start = time.perf_counter()
                imported = import_library(store, exchange)
                imports.append(time.perf_counter() - start)
        elapsed = statistics.median(imports)
        print(f"import a {imported.added:,}-clause file ({size / 1e6:.1f} MB) into a fresh "
              f"database: median {elapsed * 1000:.1f} ms, best {min(imports) * 1000:.1f} ms "
              "(target < 2000 ms)")

        # Search as you type over `count` clauses plus the built-in library.
        with LibraryStore(folder / "search.sqlite3") as store:
            ensure_builtin(store)
            store.create_library("Big")
            store.add_clauses("Big", variations(seed, count))
            total = sum(lib.clause_count for lib in store.libraries())
            keystrokes = [p for q in QUERIES for p in typed_prefixes(q)]
            for text in keystrokes[:20]:
                store.search(text)  # warm the page cache
            times: list[float] = []
            for _round in range(3):
                for text in keystrokes:
                    start = time.perf_counter()
                    store.search(text, limit=50)
                    times.append(time.perf_counter() - start)
            filtered: list[float] = []
            for text in keystrokes:
                start = time.perf_counter()
                store.search(text, body="ga", kind="operative", limit=50)
                filtered.append(time.perf_counter() - start)
            similar: list[float] = []
            for clause in seed[:200]:
                start = time.perf_counter()
                store.similar(clause.text)
                similar.append(time.perf_counter() - start)
        print(f"search over {total:,} clauses, {len(times)} keystroke queries: "
              f"median {statistics.median(times) * 1000:.2f} ms, "
              f"p95 {percentile(times, 0.95) * 1000:.2f} ms, "
              f"max {max(times) * 1000:.2f} ms (target p95 <= 10 ms)")
        print(f"  with body+kind filters: median {statistics.median(filtered) * 1000:.2f} ms, "
              f"p95 {percentile(filtered, 0.95) * 1000:.2f} ms")
        print(f"similar agreed language, 200 paragraphs: "
              f"median {statistics.median(similar) * 1000:.2f} ms, "
              f"p95 {percentile(similar, 0.95) * 1000:.2f} ms")
        print(json.dumps({
            "build_ms": round(build * 1000, 1),
            "import_5000_ms": round(elapsed * 1000, 1),
            "search_p95_ms": round(percentile(times, 0.95) * 1000, 2),
            "similar_p95_ms": round(percentile(similar, 0.95) * 1000, 2),
        }))


if __name__ == "__main__":
    main()
