"""gunicorn settings for `make serve` and the Docker image; PORT and WEB_CONCURRENCY from the environment."""
import os

bind = f"{os.environ.get('BIND_HOST', '127.0.0.1')}:{os.environ.get('PORT', '8000')}"
workers = int(os.environ.get("WEB_CONCURRENCY", "2"))
# Threads let one worker overlap database and cache waits; pages themselves are cheap to render.
threads = int(os.environ.get("GUNICORN_THREADS", "2"))
# An empty GUNICORN_ACCESS_LOG turns the access log off (benchmarks).
accesslog = os.environ.get("GUNICORN_ACCESS_LOG", "-") or None
errorlog = "-"
timeout = 30
graceful_timeout = 20
# Recycling empties a worker's local page cache: rarely, as a guard against slow leaks.
max_requests = 100000
max_requests_jitter = 10000
# Loading the app in the master before forking saves memory; it never imports pykakasi.
preload_app = True
