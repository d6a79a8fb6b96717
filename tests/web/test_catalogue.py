"""Every message the web pages show has a French translation: a page can never be half English."""

from __future__ import annotations

from pathlib import Path

from babel.messages.extract import extract_from_dir

from jpo.web import i18n

WEB = Path(i18n.__file__).parent


def _template_messages() -> set[str]:
    found = extract_from_dir(str(WEB / "templates"), method_map=[("**.html", "jinja2")], keywords={"_": None})
    return {message for _file, _line, message, _comments, _context in found if isinstance(message, str)}


def _python_messages() -> set[str]:
    """English messages the page modules hand to templates, marked with `N_()`."""
    found = extract_from_dir(str(WEB), method_map=[("*.py", "python")], keywords={"N_": None})
    return {message for _file, _line, message, _comments, _context in found if isinstance(message, str)}


def test_every_message_is_in_french() -> None:
    french = i18n.translations("fr")
    wanted = _template_messages() | _python_messages()
    missing = sorted(m for m in wanted if french.gettext(m) == m)
    assert not missing, f"{len(missing)} messages have no French translation: {missing[:20]}"


def test_the_catalogues_agree_on_what_each_message_says() -> None:
    """A message translated in two area catalogues must be translated the same way."""
    from babel.messages.pofile import read_po

    seen: dict[str, tuple[str, str]] = {}
    for po in sorted((WEB / "locale" / "fr" / "LC_MESSAGES").glob("*.po")):
        with po.open("rb") as handle:
            for message in read_po(handle, locale="fr"):
                if message.id and isinstance(message.id, str):
                    earlier = seen.setdefault(message.id, (po.name, str(message.string)))
                    assert earlier[1] == message.string, (message.id, earlier[0], po.name)
