import pytest
from portal.tools.search.finder import search
from portal.tools.models import SearchEntry

@pytest.mark.django_db
def test_smoke(client):
    print(SearchEntry.objects.count())
    for code, q in [("ja","在留"),("ja","ざいりゅう"),("ja","zairyu"),("ja","ZAIRYŪ"),("ja-easy","ざいりゅう"),("en","lost"),("en","lose"),("en","applying"),("en","zairyu")]:
        query, results = search(q, code)
        print(code, q, len(results), [r.label for r in results][:8])
    query, results = search("lost", "en")
    print(results[0].title, results[0].passage)
    query, results = search("ざいりゅう", "ja-easy")
    print(results[0].title, results[0].passage)
    for path in ["/ja/tools/", "/en/tools/search/?q=lost", "/ja/tools/search/?q=%00", "/en/tools/which-option/?status=mid_long&procedure=no&my_number=yes", "/ja-easy/tools/my-dates/"]:
        r = client.get(path); print(path, r.status_code)
    r = client.post("/en/tools/my-dates/", {"stay_year": "2027", "stay_month": "5", "stay_day": "31"})
    print(r.status_code, r.content.decode()[-3000:])
