"""A job feed (RSS or Atom) saved as text is read as its first item; other text is left as it is."""

from __future__ import annotations

from jpo.vacancy.extract import extract_bytes
from jpo.vacancy.parse import parse_bytes

_RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Programme vacancies</title>
<item><title>JPO: Programme Analyst, UNFPA Dakar</title><pubDate>Mon, 01 Mar 2027 09:00:00 +0100</pubDate>
<description><![CDATA[<p>Duty station: Dakar, Senegal</p><p>Deadline: 21 March 2027, 23:59 Dakar time</p>
<h3>Duties</h3><ul><li>Support the programme.</li><li>Draft reports.</li></ul>]]></description></item>
<item><title>JPO: WASH Officer, UNICEF Bamako</title>
<description>&lt;p&gt;Duty station: Bamako. Deadline: 2 April 2027.&lt;/p&gt;</description></item>
</channel></rss>
"""
_ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Vacancies</title>
<entry><title>Associate Expert, FAO Rome</title><updated>2027-03-01T09:00:00Z</updated>
<content type="html">&lt;p&gt;Duty station: Rome, Italy&lt;/p&gt;</content></entry></feed>
"""


def test_an_rss_feed_is_read_as_its_first_item() -> None:
    text = extract_bytes(_RSS.encode(), "txt").text
    assert text.startswith("# JPO: Programme Analyst, UNFPA Dakar\nDuty station: Dakar, Senegal\n")
    assert "Bamako" not in text and "Programme vacancies" not in text
    v = parse_bytes(_RSS.encode(), "txt")
    assert v.duty_station.city == "Dakar" and len(v.duties) == 2
    assert v.closing is not None and v.closing.utc == "2027-03-21T23:59:00Z"


def test_an_atom_feed_is_read_as_its_first_entry() -> None:
    assert (
        extract_bytes(_ATOM.encode(), "txt").text
        == "# Associate Expert, FAO Rome\nDuty station: Rome, Italy\n"
    )


def test_xml_that_is_no_feed_or_is_broken_is_left_as_it_is() -> None:
    for text in ("<rss><channel><title>t</title></channel></rss>\n", "<rss><item><title>cut\n", "<note/>\n"):
        assert extract_bytes(text.encode(), "txt").text == text
    bomb = (
        '<?xml version="1.0"?><!DOCTYPE r [<!ENTITY a "aaaa">]><rss><item><title>&a;</title></item></rss>\n'
    )
    assert extract_bytes(bomb.encode(), "txt").text == bomb  # a DTD is refused, never expanded
