"""Soak test: a mix of pages at 50 connections for 60 s; errors, and each worker's memory over time.

Usage (from the project root; needs `wrk`: apt-get install -y wrk):

    .venv/bin/python bench/soak.py                         # 60 s, 50 connections
    .venv/bin/python bench/soak.py --duration 600          # longer
    .venv/bin/python bench/soak.py --keep-recycling        # with gunicorn.conf.py's max_requests

Worker recycling (max_requests) is switched off by default here, because a recycled worker starts with
fresh memory and would hide a leak; RSS of each worker is sampled every 5 s and its growth printed.
The mix: every language's home, Q&A, cards, schedule, how-to-apply, sources and words pages, a dozen
question pages, with and without the furigana cookie, plus /healthz and the site CSS.
"""
import argparse
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from load import parse_wrk  # noqa: E402
from server import memory, running_server  # noqa: E402

SAMPLE_EVERY = 5

LUA = """
paths = {%s}
cookies = {"", "furigana=1", "furigana=0"}
counter = 0
request = function()
  counter = counter + 1
  local path = paths[(counter %% #paths) + 1]
  local cookie = cookies[(math.floor(counter / #paths) %% #cookies) + 1]
  local headers = {["Accept-Encoding"] = "gzip"}
  if cookie ~= "" then headers["Cookie"] = cookie end
  return wrk.format("GET", path, headers)
end
"""


def page_mix(server) -> list[str]:
    sitemap = server.sitemap_paths()
    questions = [path for path in sitemap if "/qa/" in path and path.count("/") == 5]
    fixed = [path for path in sitemap if "/qa/" not in path or path.endswith("/qa/")]
    _status, _headers, home = server.fetch("/en/")
    css = [part.split('"')[0] for part in home.decode().split('href="') if part.startswith("/static/css/site.")]
    return fixed + questions[::max(1, len(questions) // 12)] + ["/healthz"] + css[:1]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--duration", type=int, default=60)
    parser.add_argument("--connections", type=int, default=50)
    parser.add_argument("--keep-recycling", action="store_true", help="keep gunicorn's max_requests")
    args = parser.parse_args()
    if not shutil.which("wrk"):
        sys.exit("wrk is missing: apt-get install -y wrk")

    gunicorn_args = "" if args.keep_recycling else "--max-requests 0"
    samples: list[tuple[float, dict[int, int]]] = []
    with running_server(gunicorn_args=gunicorn_args) as server:
        paths = page_mix(server)
        script = Path(tempfile.mkdtemp(prefix="portal-soak-")) / "mix.lua"
        script.write_text(LUA % ", ".join(f'"{path}"' for path in paths))
        print(f"server {server.url}; {len(paths)} paths in the mix; recycling {'on' if args.keep_recycling else 'off'}")

        done = threading.Event()

        def sample():
            start = time.monotonic()
            while True:
                _master, workers = server.gunicorn_pids()
                rss = {}
                for pid in workers:
                    try:
                        rss[pid] = memory(pid)["rss"]
                    except OSError:
                        pass  # recycled between listing and reading
                samples.append((time.monotonic() - start, rss))
                if done.wait(SAMPLE_EVERY):
                    break

        sampler = threading.Thread(target=sample, daemon=True)
        sampler.start()
        try:
            command = ["wrk", "-t2", f"-c{args.connections}", f"-d{args.duration}s", "--latency", "-s", str(script),
                       server.url]
            output = subprocess.run(command, capture_output=True, text=True, check=True).stdout
        finally:
            done.set()
            sampler.join()
        restarts = server.log_path.read_text(errors="replace").count("Autorestarting worker")

    figures = parse_wrk(output)
    errors = figures["non_2xx_3xx"] + figures["socket_errors"]
    print(f"\nSoak: {args.duration} s, {args.connections} connections: {figures['requests']:,} requests, "
          f"{figures['rps']:,.0f} req/s, p50 {figures['p50']:.2f} ms, p99 {figures['p99']:.2f} ms, "
          f"errors {errors} (non-2xx/3xx {figures['non_2xx_3xx']}, socket {figures['socket_errors']}), "
          f"worker restarts {restarts}")
    pids = sorted({pid for _t, rss in samples for pid in rss})
    print(f"\nRSS per worker (MB), every {SAMPLE_EVERY} s")
    print(f"{'t (s)':>6} " + " ".join(f"{pid:>9}" for pid in pids))
    for moment, rss in samples:
        print(f"{moment:>6.0f} " + " ".join(f"{rss[pid] / 1024:>9.1f}" if pid in rss else f"{'-':>9}" for pid in pids))
    print("\nGrowth per worker (first to last sample it appears in):")
    for pid in pids:
        series = [rss[pid] for _t, rss in samples if pid in rss]
        # The first samples are taken while the load starts; growth after the first 10 s is what leaks.
        settled = series[2:] or series
        print(f"  worker {pid}: {series[0] / 1024:.1f} -> {series[-1] / 1024:.1f} MB "
              f"({(series[-1] - series[0]) / 1024:+.1f} MB; {(settled[-1] - settled[0]) / 1024:+.1f} MB after the first 10 s)")
    return 0 if errors == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
