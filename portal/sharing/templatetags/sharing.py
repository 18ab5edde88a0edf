"""Template tags of the sharing feature: the share bar's links, the page title and description for OpenGraph."""
import re
from html import unescape

from django import template
from django.urls import reverse
from django.utils.html import strip_tags
from django.utils.safestring import mark_safe
from django.utils.translation import get_language

from portal.sharing import links, opengraph

register = template.Library()

# Link previews show about this much; English needs about twice the characters of Japanese.
EXCERPT_LENGTH = {"en": 200}
EXCERPT_LENGTH_DEFAULT = 110
_READINGS = re.compile(r"<(rt|rp)\b[^>]*>.*?</\1>", re.S | re.I)
_AFTER_JAPANESE_STOP = re.compile(r"([。！？]) ")
_BLOCK_END = re.compile(r"</(p|li|h[1-6]|div|td|th|dd|dt|blockquote)>|<br\s*/?>", re.I)

# Pages whose share bar offers the "show at the counter" cards (the pages that name procedures or items).
COUNTER_PAGES = {"procedures:apply", "cards:comparison"}


class CaptureNode(template.Node):
    def __init__(self, nodelist, name):
        self.nodelist = nodelist
        self.name = name

    def render(self, context):
        output = self.nodelist.render(context)
        # Set where later includes in the same template (sharing/head.html) can read it.
        context[self.name] = mark_safe(" ".join(strip_tags(output).split()))
        return output


def plain_text(display_html: str) -> str:
    """Display HTML as one line of plain text: without furigana readings, tags or entities."""
    text = _READINGS.sub("", str(display_html))
    text = _BLOCK_END.sub(" ", text)
    text = " ".join(unescape(strip_tags(text)).split())
    # Japanese needs no space after a full stop where one block ended and the next began.
    return _AFTER_JAPANESE_STOP.sub(r"\1", text)


def shorten(text: str, limit: int) -> str:
    """At most ``limit`` characters; cut at a space where the text has spaces, ending in an ellipsis."""
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    space = cut.rfind(" ")
    if space > limit // 2:
        cut = cut[:space]
    return cut.rstrip(" ,.;:、。") + "…"


@register.filter
def excerpt(obj, field):
    """A content field as a short plain-text excerpt in the current language, for link previews:
    ``{% block description %}{{ question|excerpt:"answer" }}{% endblock %}`` (autoescaped as usual)."""
    text = plain_text(obj.html(field))
    return shorten(text, EXCERPT_LENGTH.get(get_language(), EXCERPT_LENGTH_DEFAULT))


@register.tag
def capture(parser, token):
    """Render the content as usual and also keep it, without tags, in a context variable.

    Lets base.html hand its title/description blocks to sharing/head.html without repeating them:
    ``{% capture page_title %}{% block title %}{% endblock %}{% endcapture %}``.
    """
    bits = token.split_contents()
    if len(bits) != 2:
        raise template.TemplateSyntaxError("usage: {% capture variable_name %}...{% endcapture %}")
    nodelist = parser.parse(("endcapture",))
    parser.delete_first_token()
    return CaptureNode(nodelist, bits[1])


@register.simple_tag(takes_context=True)
def share_info(context):
    """What the share bar and the head tags need to know about the current page."""
    request = context["request"]
    code = get_language()
    match = request.resolver_match
    view_name = match.view_name if match else ""
    info = {
        "url": request.build_absolute_uri(request.path),
        "qr": links.qr_path(request.path),
        "short_url": None,
        "sheet": None,
        "counter": reverse("sharing-counter-index") if view_name in COUNTER_PAGES else None,
        "calendar": reverse("sharing-schedule-ics") if view_name == "schedule:schedule" else None,
        "og_locale": opengraph.og_locale(code),
        "og_alternates": opengraph.alternate_locales(code),
        "og_image": opengraph.image_url(request),
        "og_type": "website",
    }
    question = context.get("question")
    if view_name == "qa:question" and question is not None:
        info["short_url"] = request.build_absolute_uri(links.short_question_path(question.number, code))
        info["og_type"] = "article"
    topic = context.get("topic")
    if view_name == "qa:topic" and topic is not None:
        info["sheet"] = reverse("sharing-topic-sheet", kwargs={"slug": topic.slug})
    return info
