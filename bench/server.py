"""Start `make serve` for a benchmark, find its gunicorn workers, read their memory, stop it for sure.

The server runs exactly as in production (gunicorn, DEBUG off, hashed compressed static files) but on a
free port and with its own temporary SQLite database, so a benchmark never touches the developer's
db.sqlite3. Its process group is killed on exit whatever happens.

Also a command-line wrapper used by bench/lighthouse.sh:

    .venv/bin/python bench/server.py -- some-command args   # runs it with BENCH_URL and
                                                             # BENCH_QUESTION_PATH set
"""
import contextlib
import os
import re
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PROBE_DIR = Path(__file__).resolve().parent / "probe"
STARTUP_TIMEOUT = 300  # build_catalogues + collectstatic + migrate + load_content on a fresh database


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@dataclass
class Server:
    url: str
    process: subprocess.Popen
    workdir: Path
    log_path: Path
    marker_dir: Path
    extra: dict = field(default_factory=dict)

    # --- processes -----------------------------------------------------------------------------
    def gunicorn_pids(self) -> tuple[int | None, list[int]]:
        """(master, workers) among the processes of our process group."""
        pgid = os.getpgid(self.process.pid)
        gunicorns = {}
        for entry in Path("/proc").iterdir():
            if not entry.name.isdigit():
                continue
            try:
                stat = (entry / "stat").read_text()
                argv = (entry / "cmdline").read_bytes().decode(errors="replace").split("\0")
            except OSError:
                continue
            # Fields after the command name, which may contain spaces: state ppid pgrp ...
            fields = stat.rsplit(")", 1)[1].split()
            ppid, group = int(fields[1]), int(fields[2])
            # gunicorn itself (python .venv/bin/gunicorn ...), not the shell make runs it from.
            if group == pgid and any(Path(arg).name == "gunicorn" for arg in argv[:2]):
                gunicorns[int(entry.name)] = ppid
        masters = [pid for pid, ppid in gunicorns.items() if ppid not in gunicorns]
        master = masters[0] if masters else None
        workers = sorted(pid for pid, ppid in gunicorns.items() if ppid == master)
        return master, workers

    def pykakasi_loaded_in(self, pid: int) -> bool:
        """Whether pykakasi was imported in this process (or in the master before it forked)."""
        master, _workers = self.gunicorn_pids()
        markers = {int(path.name.split("-")[1]) for path in self.marker_dir.glob("pykakasi-*")}
        if pid in markers or (master in markers and pid != master):
            return True
        # Also anything pykakasi keeps mapped (none in 2.3.0, which reads pickles into memory).
        with contextlib.suppress(OSError):
            return "pykakasi" in Path(f"/proc/{pid}/maps").read_text()
        return False

    def fetch(self, path: str, headers: dict | None = None) -> tuple[int, dict, bytes]:
        request = urllib.request.Request(self.url + path, headers=headers or {})
        try:
            with urllib.request.urlopen(request, timeout=30) as response:
                return response.status, dict(response.headers), response.read()
        except urllib.error.HTTPError as error:
            return error.code, dict(error.headers), error.read()

    def sitemap_paths(self) -> list[str]:
        _status, _headers, body = self.fetch("/sitemap.xml")
        namespace = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}
        locations = [loc.text for loc in ET.fromstring(body).findall("s:url/s:loc", namespace)]
        return [re.sub(r"^https?://[^/]+", "", location) for location in locations]

    def question_path(self, code: str = "en") -> str:
        return next(p for p in self.sitemap_paths() if re.fullmatch(rf"/{code}/qa/\d+/[^/]+/", p))


def memory(pid: int) -> dict[str, int]:
    """kB figures from /proc/<pid>/smaps_rollup: RSS, PSS and USS (private pages only)."""
    figures = {}
    for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
        parts = line.split()
        if len(parts) >= 3 and parts[-1] == "kB":
            figures[parts[0].rstrip(":")] = int(parts[1])
    return {
        "rss": figures.get("Rss", 0),
        "pss": figures.get("Pss", 0),
        "uss": figures.get("Private_Clean", 0) + figures.get("Private_Dirty", 0),
    }


def _wait_for_health(server: Server, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if server.process.poll() is not None:
            raise RuntimeError(f"`make serve` exited with {server.process.returncode}; see {server.log_path}")
        with contextlib.suppress(OSError):
            if server.fetch("/healthz")[0] == 200:
                return
        time.sleep(0.5)
    raise TimeoutError(f"/healthz did not answer within {timeout:.0f} s; see {server.log_path}")


def _stop(process: subprocess.Popen) -> None:
    with contextlib.suppress(ProcessLookupError):
        pgid = os.getpgid(process.pid)
        os.killpg(pgid, signal.SIGTERM)
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            pass
        # make may be gone while gunicorn still drains; kill whatever of the group is left.
        with contextlib.suppress(ProcessLookupError):
            os.killpg(pgid, signal.SIGKILL)
    process.wait()


@contextlib.contextmanager
def running_server(extra_env: dict | None = None, gunicorn_args: str = ""):
    """`make serve` on a free port with a fresh database; yields a Server and always stops it."""
    workdir = Path(tempfile.mkdtemp(prefix="portal-bench-"))
    marker_dir = workdir / "markers"
    marker_dir.mkdir()
    port = free_port()
    env = {
        **os.environ,
        "PORT": str(port),
        "DATABASE_URL": f"sqlite:///{workdir / 'db.sqlite3'}",
        # The access log would cost more than some pages; benchmarks measure the application.
        "GUNICORN_ACCESS_LOG": "",
        # bench/probe/sitecustomize.py notes in which process pykakasi gets imported.
        "PYTHONPATH": os.pathsep.join(filter(None, [str(PROBE_DIR), os.environ.get("PYTHONPATH")])),
        "BENCH_PROBE_DIR": str(marker_dir),
        **(extra_env or {}),
    }
    if gunicorn_args:
        # gunicorn reads GUNICORN_CMD_ARGS after its config file, so these override gunicorn.conf.py.
        env["GUNICORN_CMD_ARGS"] = gunicorn_args
    log_path = workdir / "serve.log"
    with open(log_path, "wb") as log:
        process = subprocess.Popen(["make", "serve", f"PORT={port}"], cwd=ROOT, env=env, stdout=log,
                                   stderr=subprocess.STDOUT, start_new_session=True)
    server = Server(url=f"http://127.0.0.1:{port}", process=process, workdir=workdir, log_path=log_path,
                    marker_dir=marker_dir)
    try:
        _wait_for_health(server, STARTUP_TIMEOUT)
        # Give every worker time to boot before anyone counts them.
        deadline = time.monotonic() + 20
        expected = int(env.get("WEB_CONCURRENCY", "2"))
        while len(server.gunicorn_pids()[1]) < expected and time.monotonic() < deadline:
            time.sleep(0.2)
        yield server
    finally:
        _stop(process)


def main(argv: list[str]) -> int:
    if not argv or argv[0] != "--" or len(argv) < 2:
        print(__doc__)
        return 2
    with running_server() as server:
        env = {**os.environ, "BENCH_URL": server.url, "BENCH_QUESTION_PATH": server.question_path("en")}
        return subprocess.call(argv[1:], env=env)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
