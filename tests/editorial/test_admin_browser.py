"""The editor's day in a real Chromium: edit, publish at once, no script, history and restore, stale save."""
import pytest
from django.contrib.auth.models import Group, User
from django.core.management import call_command

from portal.qa.models import Question

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
PASSWORD = "correct horse battery staple"


@pytest.fixture
def editors(live_server):
    call_command("setup_roles", verbosity=0)
    group = Group.objects.get(name="editor")
    for name in ("aiko", "ben"):
        User.objects.create_user(name, password=PASSWORD, is_staff=True).groups.add(group)


def log_in(page, base, username):
    page.goto(f"{base}/admin/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", PASSWORD)
    page.click("input[type=submit]")
    page.wait_for_url(f"{base}/admin/")


def edit_english_answer(page, base, question, text):
    page.goto(f"{base}/admin/qa/question/{question.pk}/change/")
    page.locator("#id_answer_en").evaluate("el => el.closest('.ui-tabs').scrollIntoView()")
    page.locator(".ui-tabs-nav a", has_text="en").nth(1).click()
    page.fill("#id_answer_en", text)


def save(page):
    page.locator("#question_form [type=submit]").first.click()
    page.wait_for_load_state()


def test_an_editor_edits_publishes_and_restores_safely(live_server, browser, editors):
    base = live_server.url
    question = Question.objects.get(number=10)
    public = f"{base}/en/qa/{question.number}/{question.slug}/"
    original = question.answer_en

    aiko = browser.new_context().new_page()
    log_in(aiko, base, "aiko")
    edit_english_answer(aiko, base, question,
                        "Updated by Aiko. <script>window.pwned = true</script><img src=x onerror=\"window.pwned=true\">")
    save(aiko)
    assert aiko.locator(".messagelist .success").count() == 1

    reader = browser.new_context().new_page()
    reader.goto(public)
    assert "Updated by Aiko." in reader.locator("main").inner_text()
    assert reader.evaluate("window.pwned === undefined")

    # The history shows both versions (and the one loaded from content/); restoring the older edit brings it back.
    edit_english_answer(aiko, base, question, "Second text by Aiko.")
    save(aiko)
    aiko.goto(f"{base}/admin/qa/question/{question.pk}/history/")
    rows = aiko.locator("#change-history tbody tr")
    assert rows.count() == 3
    assert "Second text by Aiko." in aiko.locator("#change-history").inner_text()
    rows.nth(1).locator("a.restore").click()
    save(aiko)
    reader.goto(public)
    assert "Updated by Aiko." in reader.locator("main").inner_text()
    assert "Second text by Aiko." not in reader.locator("main").inner_text()
    assert original not in reader.locator("main").inner_text()

    # Two editors open the same item; the second save over a stale form is refused.
    ben = browser.new_context().new_page()
    log_in(ben, base, "ben")
    edit_english_answer(ben, base, question, "Ben's text, written over a stale form.")
    edit_english_answer(aiko, base, question, "Aiko saves first.")
    save(aiko)
    save(ben)
    assert "Someone else saved this item" in ben.locator("ul.errorlist.nonfield").inner_text()
    assert ben.locator("ul.errorlist.nonfield a").get_attribute("href").endswith("/history/")
    reader.goto(public)
    assert "Aiko saves first." in reader.locator("main").inner_text()
    assert "stale form" not in reader.locator("main").inner_text()
