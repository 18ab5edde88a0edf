"""What a first visit to a page costs on the wire: its HTML and every asset it loads, compressed as served.

Usage (from the project root; starts `make serve` on a free port and stops it):

    .venv/bin/python bench/pagesize.py                  # the main pages
    .venv/bin/python bench/pagesize.py /en/ /ja/cards/  # chosen pages

Bytes are response bodies as the server sends them to a browser that accepts gzip and brotli (headers
not counted). "HTML raw" is the uncompressed page, "HTML if gzipped" what gzip level 6 would make of it,
so a page served uncompressed shows what compression would save. Target: <= 50 KB per page with assets.
"""
import gzip
import re
import sys
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urljoin, urlsplit

sys.path.insert(0, str(Path(__file__).resolve().parent))
from server import Server, running_server  # noqa: E402

BROWSER_HEADERS = {"Accept-Encoding": "gzip, br", "Accept": "text/html,*/*"}
BUDGET_BYTES = 50 * 1024
ASSET_LINK_RELS = {"stylesheet", "icon", "preload", "modulepreload", "manifest", "apple-touch-icon"}


class AssetLinks(HTMLParser):
    """URLs a browser fetches while loading the page (stylesheets, scripts, images, icons)."""

    def __init__(self):
        super().__init__()
        self.urls = []

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        if tag == "link" and ASSET_LINK_RELS & set((attributes.get("rel") or "").lower().split()):
            self.urls.append(attributes.get("href"))
        elif tag in ("script", "img", "source", "video", "audio", "input") and attributes.get("src"):
            self.urls.append(attributes["src"])
        if attributes.get("srcset"):
            self.urls += [candidate.split()[0] for candidate in attributes["srcset"].split(",") if candidate.strip()]


def _css_urls(css: str) -> list[str]:
    found = re.findall(r"url\(\s*['\"]?([^'\")]+)['\"]?\s*\)", css)
    found += re.findall(r"@import\s+['\"]([^'\"]+)['\"]", css)
    return [url for url in found if not url.startswith("data:")]


def _decoded(body: bytes, headers: dict) -> bytes:
    encoding = {k.lower(): v for k, v in headers.items()}.get("content-encoding", "")
    if encoding == "gzip":
        return gzip.decompress(body)
    if encoding == "br":
        import brotli  # only when the server sends brotli, which needs the package anyway

        return brotli.decompress(body)
    return body


def page_weight(server: Server, path: str) -> dict:
    status, headers, body = server.fetch(path, BROWSER_HEADERS)
    html = _decoded(body, headers)
    encoding = {k.lower(): v for k, v in headers.items()}.get("content-encoding", "none")
    parser = AssetLinks()
    parser.feed(html.decode("utf-8", "replace"))
    # data: URLs (the inline icon) cost no request and are already counted in the HTML.
    pending = [urljoin(path, url) for url in parser.urls if url and not url.startswith("data:")]
    assets, seen = [], set()
    while pending:
        url = pending.pop(0)
        parts = urlsplit(url)
        if parts.netloc or url in seen:
            # An external host would break the no-external-resources rule; it is listed, not fetched.
            if parts.netloc and url not in seen:
                assets.append({"url": url, "bytes": 0, "encoding": "EXTERNAL", "status": None})
            seen.add(url)
            continue
        seen.add(url)
        asset_status, asset_headers, asset_body = server.fetch(url, BROWSER_HEADERS)
        asset_encoding = {k.lower(): v for k, v in asset_headers.items()}.get("content-encoding", "none")
        assets.append({"url": url, "bytes": len(asset_body), "encoding": asset_encoding, "status": asset_status})
        if url.split("?")[0].endswith(".css"):
            pending += [urljoin(url, inner) for inner in _css_urls(_decoded(asset_body, asset_headers).decode("utf-8", "replace"))]
    total = len(body) + sum(asset["bytes"] for asset in assets)
    return {
        "path": path, "status": status, "html_wire": len(body), "html_encoding": encoding, "html_raw": len(html),
        "html_if_gzipped": len(gzip.compress(html, compresslevel=6)), "assets": assets, "total": total,
        "within_budget": total <= BUDGET_BYTES,
    }


def report(weights: list[dict]) -> None:
    print(f"\nPage weight, first visit, as served (budget {BUDGET_BYTES // 1024} KB with assets)")
    print(f"{'page':40} {'HTML sent':>10} {'enc':>5} {'raw':>8} {'if gzip':>8} {'assets':>8} {'total':>8}  budget")
    for weight in weights:
        asset_bytes = weight["total"] - weight["html_wire"]
        print(f"{weight['path'][:40]:40} {weight['html_wire']:>10,} {weight['html_encoding'][:5]:>5} "
              f"{weight['html_raw']:>8,} {weight['html_if_gzipped']:>8,} {asset_bytes:>8,} {weight['total']:>8,}  "
              f"{'ok' if weight['within_budget'] else 'OVER'}")
    assets = {asset["url"]: asset for weight in weights for asset in weight["assets"]}
    print("assets:")
    for url, asset in sorted(assets.items()):
        print(f"  {url[:70]:70} {asset['bytes']:>8,} B  {asset['encoding']}  (status {asset['status']})")


def main(paths: list[str]) -> int:
    with running_server() as server:
        paths = paths or ["/en/", "/ja/", "/ja-easy/", server.question_path("en"), server.question_path("ja-easy"),
                          "/en/cards/", "/ja-easy/cards/", "/en/qa/", "/ja/schedule/"]
        weights = [page_weight(server, path) for path in paths]
    report(weights)
    return 0 if all(weight["within_budget"] for weight in weights) else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
