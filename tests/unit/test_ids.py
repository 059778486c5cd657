"""An id a content file names that does not exist (content/ids.py): the ids there are, the closest
one, and where a new one goes with the fields it needs (read from the schema, so never stale)."""

from __future__ import annotations

from safety_lessons.content.facts import App, Helpline
from safety_lessons.content.ids import add_fact, add_person, add_service_or_person, unknown


def test_an_unknown_id_lists_the_ids_once_and_the_closest() -> None:
    message = unknown("childine", "a service in facts/helplines.yaml", ["childline", "nspcc", "childline"])
    assert message == ("'childine' is not a service in facts/helplines.yaml; expected one of: childline, nspcc "
                       "(did you mean 'childline'?)")
    assert unknown("x", "a band", ["ages-4-7"], "add it").endswith("expected one of: ages-4-7; add it")


def test_where_a_new_fact_goes_names_its_file_and_required_fields() -> None:
    assert add_fact(App, "app").startswith("to add a new app, put it in lessons/facts/apps.yaml with `name:`")
    helpline = add_fact(Helpline)
    assert "lessons/facts/helplines.yaml" in helpline and "`helps-with:`" in helpline
    assert "(and, if needed," in helpline and "`min-age:`" in helpline.split("(and, if needed,")[1]


def test_a_person_or_a_service_says_both_places() -> None:
    both = add_service_or_person()
    assert both.startswith("to add a new service, put it in lessons/facts/helplines.yaml")
    assert both.endswith(add_person()) and "lessons/school.yaml" in add_person()
