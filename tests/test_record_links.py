"""Pages list records as their names linked to their pages, comma-joined, in one tag."""

from django.template import Context, Template

from negotiations.models import Actor

LINKED = Template('{% load record_links %}{% linked_names actors empty="none named" %}')


def test_names_are_linked_to_their_pages_and_joined_by_commas():
    actors = [Actor(name="Qatar", slug="qatar"), Actor(name="Egypt", slug="egypt")]
    assert LINKED.render(Context({"actors": actors})) == (
        '<a href="/actors/qatar/">Qatar</a>, <a href="/actors/egypt/">Egypt</a>'
    )


def test_no_record_gives_the_words_for_none():
    assert LINKED.render(Context({"actors": []})) == "none named"


def test_a_name_is_text_never_markup():
    actors = [Actor(name='<script>alert("x")</script>', slug="x")]
    assert "<script>" not in LINKED.render(Context({"actors": actors}))
