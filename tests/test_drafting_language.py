"""The language check of a pasted report: the drafter reads English, whatever its style (a
report's prose or a terse list of headlines), and names the language of a text it refuses."""

import pytest
from django.core.exceptions import ValidationError

from negotiations.drafting.paste import checked_text

#: 40 words, one in ten of them ("a", "as") among the commonest English words.
PORTUGUESE = (
    "A proposta de trégua levada a Doha pelo Catar prevê a libertação de quarenta reféns em "
    "troca de presos palestinos, disseram as autoridades egípcias na terça-feira. As "
    "delegações voltam ao Cairo na próxima semana, e o Hamas ainda não respondeu."
)
HEADLINES = """Hamas weighs Qatari truce offer
Israeli envoys fly to Cairo
Aid convoys stall at Rafah crossing
UN chief urges six-week pause
Hostage families rally outside Knesset
Biden, Sisi discuss Gaza ceasefire by phone"""
FRENCH = (
    "Les médiateurs qatariens et égyptiens ont remis mardi au Hamas une nouvelle proposition "
    "de trêve de six semaines, qui prévoit la libération de quarante otages en échange de "
    "prisonniers palestiniens, selon deux responsables proches des discussions."
)
ARABIC = (
    "قال مسؤولون مصريون يوم الثلاثاء إن الوسطاء القطريين والمصريين قدموا إلى حركة حماس "
    "مقترحا جديدا لهدنة مدتها ستة أسابيع، يتضمن الإفراج عن أربعين رهينة مقابل أسرى "
    "فلسطينيين، على أن تستأنف المحادثات في القاهرة الأسبوع المقبل."
)


def refusal(text):
    with pytest.raises(ValidationError) as refused:
        checked_text(text)
    return refused.value.messages[0]


def test_a_portuguese_paragraph_is_refused_as_portuguese():
    assert refusal(PORTUGUESE).startswith("This reads as Portuguese; the drafter reads reports")


def test_a_french_paragraph_is_refused_as_french():
    assert refusal(FRENCH).startswith("This reads as French; the drafter reads reports in English")


def test_an_arabic_paragraph_is_refused_as_arabic():
    assert refusal(ARABIC).startswith("This reads as Arabic; the drafter reads reports in English")


def test_a_terse_list_of_english_headlines_is_accepted():
    assert checked_text(f"\n{HEADLINES}\n") == HEADLINES


def test_the_doha_report_is_accepted(article_text):
    assert checked_text(article_text) == article_text.strip()
