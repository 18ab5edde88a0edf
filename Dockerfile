# Production image: slim Python, non-root, gunicorn, static files collected and compressed at build time.
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 PIP_NO_CACHE_DIR=1 PIP_DISABLE_PIP_VERSION_CHECK=1

RUN useradd --create-home --uid 10001 portal
WORKDIR /app

COPY requirements.txt .
RUN pip install -r requirements.txt

COPY --chown=portal:portal . .
# Build products: compiled catalogues with their furigana, and hashed, compressed static files.
RUN DJANGO_SECRET_KEY=build-only python manage.py build_catalogues \
 && DJANGO_SECRET_KEY=build-only python manage.py collectstatic --noinput

USER portal
ENV PORT=8000 BIND_HOST=0.0.0.0 PAGECACHE_STAMP=/tmp/portal-pagecache-stamp
EXPOSE 8000
# Migrate and load the content (idempotent, never overwrites admin edits), then serve.
CMD ["sh", "-c", "python manage.py migrate --noinput && python manage.py load_content && exec gunicorn -c gunicorn.conf.py portal.wsgi:application"]
