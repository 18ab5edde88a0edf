import io, pytest
from pypdf import PdfReader
from tests.sharing.test_print import _sheet_paths
pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

def test_dump(live_server, page):
    for code, topic, path in _sheet_paths():
        page.goto(live_server.url + path)
        data = page.pdf(format="A4", print_background=True)
        name = path.strip("/").replace("/", "_")
        open(f"/tmp/sharing_dev/{name}.pdf", "wb").write(data)
        reader = PdfReader(io.BytesIO(data))
        print(name, len(reader.pages))
