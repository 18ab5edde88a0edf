# The two commands a new user needs: `make run` and `make test` (see README.md).
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
PORT ?= 8000

.PHONY: run test serve build clean messages

$(VENV)/.runtime: requirements.txt
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements.txt
	touch $@

$(VENV)/.dev: requirements-dev.txt $(VENV)/.runtime
	$(PY) -m pip install --quiet -r requirements-dev.txt
	touch $@

# Compiled catalogues (.mo) and the furigana of interface text are build products, never committed.
build: $(VENV)/.runtime
	$(PY) manage.py build_catalogues

run: build
	$(PY) manage.py migrate --noinput
	$(PY) manage.py load_content
	DJANGO_DEBUG=1 $(PY) manage.py runserver 127.0.0.1:$(PORT)

# The production configuration locally: gunicorn, DEBUG off, hashed and compressed static files.
# No TLS on 127.0.0.1, so the HTTPS redirect and secure-only cookies are off here.
serve: build
	$(PY) manage.py collectstatic --noinput --verbosity 0
	$(PY) manage.py migrate --noinput
	$(PY) manage.py load_content
	DJANGO_SECURE_SSL_REDIRECT=0 DJANGO_SECURE_COOKIES=0 PORT=$(PORT) $(VENV)/bin/gunicorn -c gunicorn.conf.py portal.wsgi:application

test: $(VENV)/.dev build
	$(PY) -m pytest

# Developers: refresh the catalogues after changing interface text (needs GNU gettext).
messages: $(VENV)/.runtime
	$(PY) manage.py makemessages --no-location --no-obsolete -l ja -l ja_Easy --ignore=.venv --ignore=staticfiles

clean:
	rm -rf $(VENV) staticfiles db.sqlite3
	find locale -name '*.mo' -delete -o -name ruby.json -delete
