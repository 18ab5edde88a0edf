import time, pytest
from axe_playwright_python.sync_playwright import Axe
from tests.production.test_accessibility import AXE_OPTIONS, _sitemap_paths
pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
def test_t(live_server, page):
    paths = _sitemap_paths(page, live_server.url)[:12]
    axe = Axe()
    for p in paths:
        t0=time.perf_counter(); page.goto(live_server.url+p); t1=time.perf_counter()
        page.evaluate(axe.axe_script); t2=time.perf_counter()
        page.evaluate("axe.run(%s)" % __import__('json').dumps(AXE_OPTIONS)); t3=time.perf_counter()
        print(p, round(t1-t0,2), round(t2-t1,2), round(t3-t2,2))
