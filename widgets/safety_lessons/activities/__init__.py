"""Activity kinds: each is a content shape plus pure logic (no widgets, no browser), one module per
family of kinds (``from safety_lessons.activities.choose import Quiz``).

Which kinds there are, and which module holds each, is said once, in the registry: a kind's module
is imported when content first uses the kind, so a pupil's kernel loads only what its lesson shows.
What every kind shares (the base class, feedback) is here."""

from ..content.activity import Activity, Feedback

__all__ = ["Activity", "Feedback"]
