#!/usr/bin/env bash
# Lighthouse 12 (mobile) on the home, Q&A and card pages of `make serve`; prints the four category scores.
#
#   bash bench/lighthouse.sh                  # starts `make serve` on a free port (bench/server.py), stops it after
#   BENCH_URL=http://127.0.0.1:8000 BENCH_QUESTION_PATH=/en/qa/1/x/ bash bench/lighthouse.sh   # a running server
#
# Needs Node 20 and npm (Lighthouse 13 needs Node 22) and Chromium at /usr/bin/chromium. Lighthouse is
# installed once into LIGHTHOUSE_DIR (default: a folder under /tmp), never into the project.
# Targets: performance >= 95, accessibility, best practices and SEO 100. Reports: $REPORT_DIR/*.json.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ -z "${BENCH_URL:-}" ]; then
  exec .venv/bin/python bench/server.py -- bash "$0" "$@"
fi

LIGHTHOUSE_DIR=${LIGHTHOUSE_DIR:-/tmp/portal-lighthouse}
REPORT_DIR=${REPORT_DIR:-$(mktemp -d /tmp/portal-lighthouse-reports.XXXXXX)}
if [ ! -x "$LIGHTHOUSE_DIR/node_modules/.bin/lighthouse" ]; then
  mkdir -p "$LIGHTHOUSE_DIR"
  npm install --prefix "$LIGHTHOUSE_DIR" --no-audit --no-fund --silent lighthouse@12 >&2
fi

export CHROME_PATH=${CHROME_PATH:-/usr/bin/chromium}
CHROME_FLAGS="--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage --disable-background-networking --disable-component-update --disable-sync --no-first-run --disable-quic"
PAGES=(/en/ /ja-easy/ /en/qa/ "${BENCH_QUESTION_PATH:-/en/qa/}" /en/cards/ /ja-easy/cards/)

printf '%-50s %6s %6s %6s %6s\n' page perf a11y bp seo
for path in "${PAGES[@]}"; do
  report="$REPORT_DIR/$(echo "$path" | tr -c 'a-zA-Z0-9\n' '_').json"
  "$LIGHTHOUSE_DIR/node_modules/.bin/lighthouse" "$BENCH_URL$path" --quiet --output=json --output-path="$report" \
    --only-categories=performance,accessibility,best-practices,seo --chrome-flags="$CHROME_FLAGS" >/dev/null 2>&1 || true
  node -e '
    const r = require(process.argv[1]); const c = r.categories;
    const s = k => (c[k] && c[k].score !== null) ? Math.round(c[k].score * 100) : "n/a";
    console.log(process.argv[2].padEnd(50), ...["performance","accessibility","best-practices","seo"].map(k => String(s(k)).padStart(6)));
    for (const [k, cat] of Object.entries(c)) for (const ref of cat.auditRefs) {
      const a = r.audits[ref.id];
      if (ref.weight > 0 && a.score !== null && a.score < 1) console.log("    " + k + ": " + a.id + " (" + a.score + ") " + a.title + (a.displayValue ? " [" + a.displayValue + "]" : ""));
    }' "$report" "$path" || echo "$path: no report (see $report)"
done
echo "reports: $REPORT_DIR"
