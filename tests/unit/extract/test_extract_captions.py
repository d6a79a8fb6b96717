"""A video announcement's captions (SubRip, WebVTT) are read as the notice they speak."""

from __future__ import annotations

from jpo.vacancy.extract.captions import from_captions, is_captions
from jpo.vacancy.parse import parse_bytes

SRT = """\
1
00:00:00,400 --> 00:00:02,000
[upbeat music]

2
00:00:02,120 --> 00:00:05,400
[ON SCREEN: Junior Professional Officer –
Protection (Urban Refugee Programmes)]

3
00:00:05,520 --> 00:00:07,870
[ON SCREEN: Job ID JR2700418
Danish MFA file no. 2027-11873]

4
00:00:07,990 --> 00:00:11,520
FREJA: Tell us about the post.

5
00:00:11,560 --> 00:00:16,210
MARCO: The post is based in our country office
in Kuala Lumpur.

6
00:00:16,330 --> 00:00:19,980
It's at the P-2 level.

7
00:00:20,020 --> 00:00:24,980
[ON SCREEN: Upload • CV in English • Motivation letter
• Copy of your diploma]
"""

VTT = """\
WEBVTT - Rencontre JEA 2027

NOTE
Vidéo enregistrée le 4 mars 2027.

STYLE
::cue(v[voice="Léa"]) { color: #ffd700; }

c001
00:00:06.900 --> 00:00:12.060 line:8% position:50%
<v Léa Schmit>Bonjour à toutes et à tous,
et bienvenue.

c002
00:00:12.120 --> 00:00:16.990
<v Léa Schmit>Le poste est basé à Zinder.

c003
00:00:17.050 --> 00:00:22.500
[À L'ÉCRAN : Classe P-2 | Zinder, Niger]
"""


def test_srt_cues_read_as_turns_and_shown_text() -> None:
    assert is_captions(SRT)
    assert from_captions(SRT).split("\n\n") == [
        "Junior Professional Officer – Protection (Urban Refugee Programmes)",
        "Job ID JR2700418\nDanish MFA file no. 2027-11873",
        "Tell us about the post.",
        "The post is based in our country office in Kuala Lumpur. It's at the P-2 level.",
        "Upload:\n- CV in English\n- Motivation letter\n- Copy of your diploma\n",
    ]


def test_webvtt_header_notes_styles_and_voice_tags_are_left_out() -> None:
    assert is_captions(VTT)
    text = from_captions(VTT)
    assert "NOTE" not in text and "cue(" not in text and "<v" not in text and "Vidéo enregistrée" not in text
    assert "Bonjour à toutes et à tous, et bienvenue. Le poste est basé à Zinder." in text
    assert "\nClasse P-2\nZinder, Niger\n" in text


def test_captions_parse_to_the_notices_documents() -> None:
    v = parse_bytes(SRT.encode(), "txt")
    assert v.required_documents == ["CV in English", "Motivation letter", "Copy of your diploma"]


def test_a_text_with_an_arrow_is_no_subtitle_file() -> None:
    text = "Grade: P-2\nSteps: apply --> interview --> offer\n"
    assert not is_captions(text) and from_captions(text) is text
