"""Benchmark probe, active only when bench/server.py puts this folder on PYTHONPATH.

Notes in BENCH_PROBE_DIR which processes import pykakasi (its dictionary costs about 120 MB per
process), so bench/load.py can tell whether serving pages ever loads it. The application is unchanged.
"""
import os
import sys

_MARKER_DIR = os.environ.get("BENCH_PROBE_DIR")

if _MARKER_DIR:

    def _note_pykakasi_import(event, args):
        if event == "import" and args and args[0] == "pykakasi":
            try:
                open(os.path.join(_MARKER_DIR, f"pykakasi-{os.getpid()}"), "a").close()
            except OSError:
                pass

    sys.addaudithook(_note_pykakasi_import)
