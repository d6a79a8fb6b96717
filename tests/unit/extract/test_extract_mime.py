"""An e-mail saved as its raw source is read as its message; other text is left as it is."""

from __future__ import annotations

from email.message import EmailMessage

from jpo.vacancy.extract import extract_bytes

BODY = (
    "POSITION ANNOUNCEMENT\n\nPosition title: Programme Analyst – Climate Resilience and Disaster Risk Reduction\n"
    "Sida publishes JPO positions twice a year. In each call you may apply for at most three positions.\n"
)


def _source(*, html_only: bool = False) -> bytes:
    message = EmailMessage()
    message["From"] = "Sida – JPO-programmet <jpo@news.sida.se>"
    message["To"] = "m.lindqvist@student.lu.se"
    message["Date"] = "Mon, 19 Apr 2027 10:30:12 +0200"
    message["Subject"] = "New JPO vacancy – Programme Analyst, Climate Resilience"
    if html_only:
        message.set_content("<html><body><h1>Programme Analyst</h1><p>Décision: Genève</p></body></html>",
                            subtype="html", cte="quoted-printable")  # fmt: skip
    else:
        message.set_content(BODY, cte="quoted-printable")
        message.add_alternative("<html><body><p>Programme Analyst</p></body></html>", subtype="html")
    return bytes(message)


def test_a_raw_message_is_read_as_its_decoded_plain_text_under_its_subject() -> None:
    raw = _source()
    assert b"=E2=80=93" in raw  # the source as saved: quoted-printable
    text = extract_bytes(raw, "txt").text
    assert "Subject: New JPO vacancy – Programme Analyst, Climate Resilience" in text
    assert "Position title: Programme Analyst – Climate Resilience and Disaster Risk Reduction" in text
    assert "In each call you may apply for at most three positions." in text
    assert "Content-Transfer-Encoding" not in text and "<html>" not in text


def test_a_message_with_only_html_is_read_through_the_html_reader() -> None:
    text = extract_bytes(_source(html_only=True), "txt").text
    assert "Programme Analyst" in text and "Décision: Genève" in text and "<h1>" not in text


def test_a_pasted_mail_without_mime_headers_stays_as_written() -> None:
    pasted = "From: JPO desk\nSent: Monday\nTo: me\nSubject: JPO vacancy =E2=80=93 test\n\nBody text.\n"
    assert extract_bytes(pasted.encode(), "txt").text == pasted


def test_a_message_with_an_unknown_charset_is_read_as_its_source() -> None:
    raw = (
        "From: a@example.org\nTo: b@example.org\nSubject: JPO\nMIME-Version: 1.0\n"
        'Content-Type: text/plain; charset="x-no-such-charset"\nContent-Transfer-Encoding: quoted-printable\n\n'
        "Position title: Programme Analyst=\n"
    )
    assert "Position title: Programme Analyst" in extract_bytes(raw.encode(), "txt").text


def test_a_part_sent_as_it_is_keeps_its_accents() -> None:
    source = (
        "From: Programa JPO <jpo@example.es>\nTo: lista@example.es\nDate: Mon, 9 Mar 2026 10:14:22 +0100\n"
        'Subject: Vacante\nContent-Type: text/plain; charset="UTF-8"\n\nPUESTO: Oficial (Pueblos Indígenas)\n'
    )
    assert "PUESTO: Oficial (Pueblos Indígenas)" in extract_bytes(source.encode(), "txt").text.splitlines()
