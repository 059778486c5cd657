"""The shared content files' shapes (content/model.py): the catalogue, the school's roles and their
words band by band, and the characters, each with the rules its fields' types cannot say."""

from __future__ import annotations

from safety_lessons.content.model import SHIPPED, Cast, Catalogue, Character, Reading, Role, School
from safety_lessons.content.schema import Text


def test_a_catalogue_language_must_name_a_words_file() -> None:
    catalogue = Catalogue(Text("Lessons"), {}, {}, language="Welsh")
    assert [field for field, _ in catalogue.check()] == ["language"]
    assert list(Catalogue(Text("Lessons"), {}, {}, language="cy").check()) == []
    assert [field for field, _ in Reading().check()] == ["ease-min"]
    assert list(Reading(sentence_words_max=12).check()) == []


def test_a_school_needs_its_two_roles_with_words_and_usable_ids() -> None:
    assert [field for field, _ in School().check()] == ["trusted-adult", "safeguarding-lead"]
    lead = Role(bands={"ages-4-7": Text("Mrs A.")})
    school = School({"trusted-adult": Text("Any adult."), "safeguarding-lead": lead, "Head_of_Year": Text("Mr B.")})
    assert [field for field, _ in school.check()] == ["safeguarding-lead.words", "Head_of_Year"]
    assert list(Role().check()) == [("words", "is missing; give the words pupils see: `words:` for every band, or "
                                              "a band's id (`ages-14-18: …`) for that band's own")]


def test_a_roles_words_band_by_band_and_what_pupils_call_it() -> None:
    year = Role(name=Text("Your Head of Year"), words=Text("Your Head of Year."), bands={"ages-14-18": Text("Mr P.")})
    school = School({"trusted-adult": Text("Any adult."), "head-of-year": year, "school-nurse": Text("The nurse.")})
    assert school.words("head-of-year", "ages-14-18") == "Mr P."
    assert school.words("head-of-year") == "Your Head of Year."
    assert school.words("form-tutor") is None
    assert school.people("ages-14-18") == {"trusted-adult": "Any adult.", "head-of-year": "Mr P.",
                                           "school-nurse": "The nurse."}
    assert school.own_roles(["school-nurse"], "ages-4-7") == ["head-of-year"]
    assert school.name("head-of-year", {}) == "Your Head of Year"
    assert school.name("school-nurse", {}) == "School nurse"
    assert school.name("trusted-adult", {"trusted-adult": "A"}) == "A"


def test_the_shipped_safeguarding_words_are_noticed_until_a_school_puts_its_own() -> None:
    assert School({"safeguarding-lead": Text(SHIPPED["safeguarding-lead"])}).shipped_notice() is not None
    assert School({"safeguarding-lead": Text("Mrs Ali, Room 4.")}).shipped_notice() is None


def test_a_character_is_an_svg_file_and_its_description_says_who() -> None:
    kit = Character(Text("Kit"), "kit.svg", Text("Kit, a girl with curly hair"))
    assert list(kit.check()) == []
    bad = Character(Text("Kit"), "../kit.png", Text("A girl with curly hair"))
    assert [field for field, _ in bad.check()] == ["picture", "description"]
    assert [field for field, _ in Cast({"Kit": kit}).check()] == ["characters.Kit"]
