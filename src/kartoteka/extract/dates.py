"""Find dates in a sentence at the precision written, and resolve partial ones from context.

`find_dates` returns `DateMatch`es (what the text says, maybe without a year); `resolve`
turns one into a `DateSpan` using the running `DateContext` ("On March 12 …" after "In 1919").
Old Style dates are converted to the Gregorian calendar with convertdate.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from functools import lru_cache

from convertdate import julian
from number_parser import parse_number

from ..models import DateSpan
from .prefilter import Prefiltered

_EN_MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
              "september", "october", "november", "december"]
_RU_STEMS = ["январ", "феврал", "март", "апрел", "ма", "июн", "июл", "август", "сентябр",
             "октябр", "ноябр", "декабр"]
_EN = (r"(?:January|February|March|April|May|June|July|August|September|October|November|"
       r"December|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept\.?|Sep\.?|Oct\.?|"
       r"Nov\.?|Dec\.?)")
_RU = (r"(?:январ[ьяе]|феврал[ьяе]|марта?|марте|апрел[ьяе]|ма[йяе]|июн[ьяе]|июл[ьяе]|"
       r"августа?|августе|сентябр[ьяе]|октябр[ьяе]|ноябр[ьяе]|декабр[ьяе])")
# a Russian month opens a chronology's line capitalised ("Август 1962 г. —")
MONTH = rf"(?:{_EN}|(?i:{_RU}))"
DAY = r"(?:[0-3]?\d)(?:st|nd|rd|th|-(?:го|е|ое|ого)(?![а-яё]))?"  # "9th", "9-го января"
YEAR = r"(?:1[0-9]{3}|20[0-9]{2})(?!\d)(?:\s*(?:гг?\.|годах|годов|году|года|год)(?!\w)|-(?:го|м|х)(?!\w))?"
# "between 27 October and 4 November", "from 18 May to 6 July", "с 18 мая по 6 июля": the
# opening word a range may have; "and" and "по" close a range only after theirs
_FROM = r"(?:(?P<pre>[Bb]etween|[Ff]rom|[Сс]о?)\s+)?"
_UNTIL = r"\s*(?:[–—-]|\bto\b|\buntil\b|\btill\b|\band\b|(?<!\w)(?:по|до)(?!\w))\s*"
DAY_SEP = r"\s*(?:[–—-]|/|\band\b|\bto\b|\bor\b|\bthrough\b|\buntil\b|(?<!\w)(?:по|и|на)(?!\w))\s*"  # "с 16 на 17"
_STYLE_MARK = (r"(?:\s*[(\[]\s*(?:O\.?\s?S\.?|N\.?\s?S\.?|[Oo]ld [Ss]tyle|[Nn]ew [Ss]tyle|"
               r"(?:по\s+)?(?:ст\.\s*ст\.|н\.\s*ст\.|старому\s+стилю|новому\s+стилю))\s*[)\]])")
_Y = rf"(?:{_STYLE_MARK}?,?\s+(?:of\s+)?(?P<y>{YEAR}))"
_MOD = r"(?:(?:early|late|mid|the\s+(?:end|beginning|middle|start)\s+of)\s*-?\s*)?"
# Russian "the beginning / middle / end of", and seasons, in the cases a range puts them in
_EDGE_RU = r"(?:начал[аоеу]|середин[аеуы]|кон[ец]а?|конце|весн[аеуы]|лет[аоу]|осен[иь]|зим[аеуы])"
# Wikipedia's "20 December [O.S. 7 December] 1917": the style mark opens the bracket
_DUAL_MARK = r"(?:(?:O\.?\s?S\.?|N\.?\s?S\.?|[Oo]ld [Ss]tyle:?|[Nn]ew [Ss]tyle:?)\s*)?"
_RU_STYLE = r"(?:по\s+)?(?:новому|старому|н\.|ст\.)\s*(?:стилю|ст\.)"  # "по новому стилю", "н. ст."
# a calendar named after the day it marks: "[6 April O.S.]", "(7 ноября н. ст.)"
_STYLE_NOTE = (rf"(?:,?\s*(?:O\.?\s?S\.?|N\.?\s?S\.?|[Oo]ld [Ss]tyle|[Nn]ew [Ss]tyle|{_RU_STYLE}))?")
_EDGE = r"(?:(?:early|late|mid-?|the\s+(?:end|beginning|middle|start)\s+of)\s*)?"
_ROMAN = {"I": 1, "II": 2, "III": 3, "IV": 4, "V": 5, "VI": 6, "VII": 7, "VIII": 8, "IX": 9,
          "X": 10, "XI": 11, "XII": 12}
_NUMBER_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5,
                 "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11,
                 "twelve": 12, "several": None, "a few": None, "few": None,
                 "один": 1, "одна": 1, "два": 2, "две": 2, "три": 3, "четыре": 4, "пять": 5,
                 "шесть": 6, "семь": 7, "десять": 10}
_ORDINALS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
             "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
             "seventeenth", "eighteenth", "nineteenth", "twentieth"]
_ORDINAL_DAYS = {**{w: i + 1 for i, w in enumerate(_ORDINALS)},
                 **{f"twenty-{w}": 21 + i for i, w in enumerate(_ORDINALS[:9])},
                 "thirtieth": 30, "thirty-first": 31}
_ORDINAL_WORD = "|".join(sorted(_ORDINAL_DAYS, key=len, reverse=True))
_EN_WORD = (r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
            r"fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|"
            r"eighty|ninety|hundred)")
_EN_COUNT = rf"(?:an?\s+)?{_EN_WORD}(?:(?:\s+and\s+|[\s-]+){_EN_WORD})*"  # "a hundred and five"
_RU_COUNT = r"\d+|один|одна|два|две|три|четыре|пять|шесть|семь|десять"
_RU_UNIT = {"д": "day", "н": "week", "м": "month", "г": "year", "л": "year"}

# a span, not a shift: "left to plunder for two days before the troops came"
_NOT_A_SPAN = r"(?<!\bfor\s)(?<!\bover\s)(?<!\bwithin\s)(?<!\bfor\sthe\s)(?<!\bfor\sa\s)"
# "1952.11 When": a year, then a footnote's number run into the full stop (not 1952.11)
_NOT_DECIMAL = r"(?![,.]\d(?!\d{0,2}\s+[A-ZА-ЯЁ]))"
PATTERNS: list[tuple[str, re.Pattern[str]]] = [(name, re.compile(rx)) for name, rx in [
    # an anniversary piece's "On this day in 1912", "В этот день в 1912 году": the day it
    # was written, in that year
    ("this_day_in", rf"\b[Tt]his\s+(?:very\s+)?day\s*,?\s+(?:in|of)\s+(?P<y>{YEAR})\b|"
                    rf"(?<!\w)[Вв]\s+этот\s+(?:же\s+)?день\s*,?\s+(?:в\s+)?(?P<yr>{YEAR})(?:\s+год\w*)?"),
    ("cross_dm", rf"{_FROM}\b(?P<d1>{DAY})\s+(?:of\s+)?(?P<m1>{MONTH}){_UNTIL}"
                 rf"(?P<d2>{DAY})\s+(?:of\s+)?(?P<m2>{MONTH}){_Y}?"),
    ("cross_md", rf"{_FROM}\b(?P<m1>{MONTH})\s+(?P<d1>{DAY}){_UNTIL}"
                 rf"(?P<m2>{MONTH})\s+(?P<d2>{DAY})\b{_Y}?"),
    # "7–8 (20–21) января 1905": a span of days in both calendars; "9/22 января", "January 9
    # (22), 1905": one day in both
    ("dual_range", rf"\b(?P<d1>{DAY})\s*[–—-]\s*(?P<d2>{DAY})\s*[(\[]\s*(?P<d3>{DAY})\s*[–—-]\s*"
                   rf"(?P<d4>{DAY})\s*[)\]]\s+(?P<m1>{MONTH})(?:,?\s+(?P<y>{YEAR}))?"),
    # "19–20 April [O.S. 6–7 April] 1903": a span of days, then the same span Old Style
    ("dual_range_dm", rf"\b(?P<d1>{DAY})\s*[–—-]\s*(?P<d2>{DAY})\s+(?P<m1>{MONTH})\s*[(\[]\s*{_DUAL_MARK}"
                      rf"(?P<d3>{DAY})\s*[–—-]\s*(?P<d4>{DAY})\s+(?P<m2>{MONTH}){_STYLE_NOTE}\s*[)\]]"
                      rf"(?:,?\s+(?P<y>{YEAR}))?"),
    ("dual_slash", rf"\b(?P<d1>{DAY})\s*/\s*(?P<d2>{DAY})\s+(?P<m1>{MONTH})(?:,?\s+(?P<y>{YEAR}))?"),
    ("dual_mdd", rf"\b(?P<m1>{MONTH})\s+(?P<d1>{DAY})\s*[(\[]\s*(?P<d2>{DAY})\s*[)\]](?:,?\s+(?P<y>{YEAR}))?"),
    ("dual_md_slash", rf"\b(?P<m1>{MONTH})\s+(?P<d1>{DAY})\s*/\s*(?P<d2>{DAY})(?:,?\s+(?P<y>{YEAR}))?"),
    ("range_dm", rf"(?:(?P<pre>(?<!\w)с)\s+)?\b(?P<d1>{DAY}){DAY_SEP}(?P<d2>{DAY})\s+(?:of\s+)?(?P<m>{MONTH}){_Y}?"),
    ("range_md", rf"\b(?P<m>{MONTH})\s+(?P<d1>{DAY}){DAY_SEP}(?P<d2>{DAY})\b(?![,.]?\d){_Y}?"),
    ("dual", rf"\b(?P<d1>{DAY})\s+(?P<m1>{MONTH})\s*[(\[]\s*{_DUAL_MARK}(?P<d2>{DAY})\s+(?P<m2>{MONTH})"
             rf"{_STYLE_NOTE}\s*[)\]]"
             rf"(?:,?\s+(?P<y>{YEAR}))?"),
    # "9 (22) January 1905": the Old Style day, then the New Style one, of one month
    ("dual_day", rf"\b(?P<d1>{DAY})\s*[(\[]\s*{_DUAL_MARK}(?P<d2>{DAY})\s*[)\]]\s+(?P<m1>{MONTH})"
                 rf"(?:,?\s+(?P<y>{YEAR}))?"),
    ("dual_md", rf"\b(?P<m1>{MONTH})\s+(?P<d1>{DAY})\s*[(\[]\s*{_DUAL_MARK}(?P<m2>{MONTH})\s+"
                rf"(?P<d2>{DAY})\s*[)\]](?:,?\s+(?P<y>{YEAR}))?"),
    ("range_my", rf"\b(?:(?P<pre>[Ff]rom|[Bb]etween)\s+)?(?P<m1>{MONTH})\s+(?:of\s+)?(?P<y1>{YEAR})\s*"
                 rf"(?:[–—-]|\band\b|\bto\b|\buntil\b|\btill\b)\s*(?P<m2>{MONTH})\s+(?:of\s+)?"
                 rf"(?P<y2>{YEAR})"),
    ("range_mm", rf"\b(?:(?P<pre>[Ff]rom|[Bb]etween)\s+)?{_EDGE}(?P<m1>{MONTH})\s*(?:[–—-]|\band\b|\bto\b|"
                 rf"\buntil\b|\bи\b)\s*{_EDGE}(?P<m2>{MONTH})(?:,?\s+(?:of\s+)?(?P<y>{YEAR}))?"
                 rf"(?![\s,]*\d)"),  # "in September and October": of the year being told
    ("range_my_y", rf"\b(?:[Ff]rom|[Bb]etween)\s+(?P<m1>{MONTH})\s+(?:of\s+)?(?P<y1>{YEAR})\s+"
                   rf"(?:to|until|till|and)\s+(?:the\s+(?:end|beginning|middle|start)\s+of\s+)?"
                   rf"(?P<y2>{YEAR})(?!\s*[–—-])"),
    ("iso", rf"\b(?P<y>{YEAR})-(?P<mn>[01]\d)-(?P<d>[0-3]\d)\b"),
    ("ydm", rf"(?<![\d,.])\b(?P<y>{YEAR}),?\s+(?P<d>{DAY})\s+(?P<m>{MONTH})(?![a-zа-я])"),
    ("ymd", rf"(?<![\d,.])\b(?P<y>{YEAR}),?\s+(?P<m>{_EN})\s+(?P<d>{DAY})\b(?![,.]?\d)"),
    ("numeric", rf"\b(?P<d>[0-3]?\d)(?P<sep>[./])(?P<mn>[0-3]?\d)(?P=sep)(?P<y>{YEAR})"),
    ("roman", rf"\b(?P<d>[0-3]?\d)(?P<rsep>[.-])\s?(?P<rm>X{{0,1}}I{{1,3}}|IV|VI{{0,3}}|IX|X|XI|XII)(?P=rsep)\s?(?P<y>{YEAR})"),
    ("dmy", rf"\b(?:the\s+)?(?P<d>{DAY})\s+(?:of\s+)?(?P<m>{MONTH})(?![a-zа-я]){_Y}?"),
    ("mdy", rf"\b(?P<m>{MONTH})\s+(?:the\s+)?(?P<d>{DAY})\b(?![,.]?\d|\s*%){_Y}?"),  # "January the 9th"
    # "the ninth of January": a day in words
    ("dmy_words", rf"\b(?P<dw>{_ORDINAL_WORD})\s+of\s+(?P<m>{MONTH})(?![a-zа-я]){_Y}?"),
    ("my", rf"\b{_MOD}(?P<m>{MONTH})\s+(?:of\s+)?(?P<y>{YEAR})"),
    ("m_rel", rf"\b(?P<m>{_EN})\s+of\s+(?P<rel>that|the\s+same|that\s+same|the\s+following|"
              r"the\s+next|the\s+previous)\s+year\b"),
    ("year_range", rf"\b(?:(?P<pre>from|between|From|Between)\s+)?{_EDGE}(?P<y1>{YEAR})\s*"
                   r"(?:[–—-]|/|\s+to\s+|\s+and\s+|\s+и\s+|\s+until\s+|\s+till\s+|\s+through\s+)\s*"
                   rf"(?:around\s+|about\s+|c\.\s*|circa\s+|{_EDGE})?(?P<y2>\d{{4}}|\d{{2}})\b{_NOT_DECIMAL}"),
    # "с середины 1937 года по осень 1938 года", "с 1918 по 1922 год"
    ("year_range_ru", rf"(?<!\w)(?P<pre>[Сс]о?)\s+(?:{_EDGE_RU}\s+)?(?P<y1>{YEAR})\s+(?:по|до)\s+"
                      rf"(?:{_EDGE_RU}\s+)?(?P<y2>{YEAR})"),
    ("decade", r"\b(?:the\s+)?(?:early\s+|late\s+|mid-)?(?P<dec>1[0-9]{2}0|20[0-9]0)(?:'s|s\b|"
               r"-(?:х|е|ые|ых|ым|ыми|ми)(?![а-яё]))"),  # "the 1930s", "1930-х годах"
    ("season", rf"\b(?:[Ss]pring|[Ss]ummer|[Aa]utumn|[Ff]all|[Ww]inter|(?<!\w)(?:[Вв]есн|[Лл]ет|[Оо]сен|[Зз]им)[а-я]{{0,3}})"
               rf"\s+(?:of\s+)?(?P<y>{YEAR})"),
    ("year", rf"(?<![\d,.$£€])\b(?P<y>{YEAR})\b{_NOT_DECIMAL}(?!\s*%)"),
    ("m_ctx", rf"\b(?:[Ii]n|[Bb]y|[Oo]n|[Ss]ince|[Uu]ntil|[Tt]ill|[Dd]uring|[Tt]hroughout|[Ff]rom|[Ee]arly|"
              rf"[Ll]ate|[Mm]id|[Tt]he\s+previous|[Tt]he\s+following|[Tt]hat|[Ll]ast|[Nn]ext)"
              rf"[\s-]+(?:early\s+|late\s+|mid-|the\s+month\s+of\s+)?(?P<m>{_EN})\b(?!\s+\d)"),
    # "в марте", "к середине марта", "в конце апреля": a month of the year being told
    ("m_ctx_ru", rf"(?<!\w)(?:[Вв]о?|[Кк]|[Сс]|[Дд]о|[Пп]о|[Нн]а)\s+(?:(?:начал[аеу]|середин[аеуы]|"
                 rf"конц[ае]|конец|исход[аеу])\s+)?(?P<m>(?i:{_RU}))(?![а-яё])(?!\s*\d)"),
    # "we woke on the 21st": a day of the month the text is telling
    ("d_ctx", rf"\b(?:(?:[Oo]n|[Bb]y|[Uu]ntil|[Ff]rom|[Ss]ince)(?:\s+the\s+(?:morning|evening|night|"
              rf"afternoon|eve)\s+of)?)\s+the\s+(?P<d>[0-3]?\d)(?:st|nd|rd|th)\b"
              rf"(?!\s+(?:of\s+)?{MONTH}|\s+(?:century|anniversary|congress|division|army|regiment|"
              r"corps|brigade|floor|birthday|amendment|party))"),
    # a chronology's entry "• March: strikes …", "January — the Cheka reports …"
    ("m_lead", rf"^[•·*-]?\s*(?P<m>{MONTH})(?=\s*(?::|—|–|\s-)\s)"),  # "Ноябрь —"
    # "over the next seven years": from the year being told to that many after it
    ("rel_years", r"\b(?:over|during|in|for|within)\s+the\s+(?:next|following)\s+(?P<n>\d+|two|three|"
                  r"four|five|six|seven|eight|nine|ten|eleven|twelve)\s+years\b"),
    ("rel_next", r"\b(?:the\s+)?(?:following|next)\s+(?:few\s+)?(?P<unit>day|morning|week|month|"
                 r"year|days|weeks|months)\b"),
    # "on 26 May, one day after a guard shot …": what follows happened a day before the date
    ("rel_anchor", rf"{_NOT_A_SPAN}\b(?P<n>\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten)\s+"
                   r"(?P<unit>days?|weeks?|months?)\s+(?P<dir>after|before)\s+(?=[a-z«\"“])"
                   r"(?!that\b|this\b|which\b)"),
    # "two days later", "one hundred and five years ago (today)"
    ("rel_shift", rf"{_NOT_A_SPAN}\b(?P<n>\d+|{_EN_COUNT}|an?)\s+(?P<unit>days?|weeks?|months?|years?)\s+"
                  r"(?P<dir>later|afterwards|after\s+that|earlier|before|ago)\b"
                  r"(?:(?P<today>\s+(?:today|this\s+day))|(?P<thisweek>\s+this\s+(?:week|month)))?"),
    # a dispatch's "on Sunday", "last Tuesday": that weekday of the week its dateline ends
    # "early Sunday", "late on Saturday", "Saturday night"; and its "today"
    ("rel_weekday", r"\b(?:(?:early|late)(?:\s+on)?|on|last)\s+(?P<wd>monday|tuesday|wednesday|"
                    r"thursday|friday|saturday|sunday)\b(?!\s*,?\s*(?:the\s+)?\d)|"
                    r"\b(?P<wd2>monday|tuesday|wednesday|thursday|friday|saturday|sunday)\s+"
                    r"(?:morning|afternoon|evening|night)\b|\b(?P<today>today|tonight)\b|"
                    r"\b(?P<lastweek>last\s+week)(?:[’']s)?\b"),
    ("rel_same", r"\b(?:that|the\s+same|that\s+same|this)\s+(?P<unit>day|month|year|spring|"
                 r"summer|autumn|fall|winter)\b"),
    # a dispatch's "yesterday": the day before its dateline
    ("rel_back", r"\b(?:yesterday(?![’']s)|the\s+(?:day|night)\s+before(?!\s+\w)|the\s+(?:previous|"
                 r"preceding)\s+(?P<unit>day|week|month|year|spring|summer|autumn|fall|winter))\b"
                 r"(?![’']s)"),
    # "на следующий день", "через три дня", "спустя месяц", "накануне", "в тот же день"
    ("rel_ru", rf"(?<!\w)(?:(?P<next>на\s+следующ(?:ий|ее|ую)|в\s+следующ(?:ий|ем|ую))\s+"
               rf"(?P<nunit>день|утро|ночь|недел[юе]|месяц[е]?|год[у]?)|(?:через|спустя)\s+"
               rf"(?:(?P<n>{_RU_COUNT})\s+)?(?P<unit>дн|день|недел|месяц|год|лет)\w*"
               rf"|(?P<eve>накануне)(?=\s*[,.;—–]|\s+(?:вечером|ночью|утром))"
               rf"|в\s+т(?:от|у|ом)\s+же\s+(?P<same>день|ночь|месяц[е]?|год[у]?)"
               # a report's "вчера", "сегодня", "в субботу": from the day it was filed
               rf"|(?P<yday>позавчера|вчера)(?!\w)|(?P<today>сегодня)(?!\w)"
               rf"|в\s+(?P<wd>понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье)"
               rf"(?!\s*,?\s*\d))"),
    # "- Summer: troops use gas …", "Осенью —": a season of the year the section is in
    ("season_lead", r"^[•·*-]?\s*(?P<season>spring|summer|autumn|fall|winter|"
                    r"весн(?:а|ой)|лет(?:о|ом)|осен(?:ь|ью)|зим(?:а|ой))(?=\s*(?::|—|–|\s-)\s)"),
]]
# a calendar named right after a date ("9 January (O.S.)", "January 9 in the Julian calendar",
# "9 января по ст. ст.") or right before it ("[O.S. 9 January]", "(по новому стилю 22 января)")
_JULIAN = (r"O\.\s?S\.|o\.s\.|OS\s*[)\]]|[Oo]ld [Ss]tyle|(?:in\s+|by\s+|according\s+to\s+)?"
           r"(?:the\s+)?(?:old\s+)?Julian|ст\.\s*ст\.|по\s+старому\s+стилю|по\s+ст\.\s*ст\.")
_GREGORIAN = (r"N\.\s?S\.|n\.s\.|[Nn]ew [Ss]tyle|(?:in\s+|by\s+|according\s+to\s+)?(?:the\s+)?"
              r"Gregorian|н\.\s*ст\.|по\s+новому\s+стилю|по\s+н\.\s*ст\.")
_JULIAN_AFTER = re.compile(rf"^\s*[(\[,]?\s*(?:{_JULIAN})(?!\s*\d)")  # not "[O.S. 9 January]"
_GREGORIAN_AFTER = re.compile(rf"^\s*[(\[,]?\s*(?:{_GREGORIAN})(?!\s*\d)")
_JULIAN_BEFORE = re.compile(rf"(?:{_JULIAN})\s*:?\s*$")
_JULIAN_IN = re.compile(_JULIAN)
_GREGORIAN_IN = re.compile(_GREGORIAN)
_GREGORIAN_BEFORE = re.compile(rf"(?:{_GREGORIAN})\s*:?\s*$")
_JULIAN_SENTENCE = re.compile(r"\b(?:Old Style|old style|Julian calendar|old calendar)")
_EXPLICIT_STYLE = re.compile(r"O\.\s?S\.|N\.\s?S\.|New Style|new style|Gregorian|modern calendar|"
                             r"new calendar|по\s+новому\s+стилю|н\.\s*ст\.", re.I)
_NOT_EVENT = re.compile(
    # whole words: "disappeared in 1976" is no publication, nor "released in 1956" (prisoners)
    r"(?:\b(?:posted|published|updated|retrieved|accessed|written|writing|wrote|printed|copyright|"
    r"born|b\.|reprinted|edition|ed\.|translated|dated|appeared)|©)\s*(?:on|in)?\s*:?\s*"
    r"(?:the\s+)?$|\b(?:in|by)\s+(?:his|her|their)\s+$",  # "in his 1973 book"
    re.I)
# "a proposal by Beria dated 5 March 1940", "order No. 270 dated 16 August": an act's own day
_AN_ACT_DATED = re.compile(r"\b(?:orders?|decrees?|directives?|proposals?|memorand(?:um|a)|resolutions?|"
                           r"instructions?|decisions?|telegrams?|ukase)\b(?:\s+[\w.№,-]+){0,4}\s+dated\s*$",
                           re.I)
_RU_QUANTITY_BEFORE = re.compile(r"(?<!\w)(?:около|более|свыше|менее|примерно|почти|порядка|"
                                 r"ещё|еще|из\s+них)\s+$", re.I)
# an author-year reference: "(Hiltermann 2007: 105)", "(Conquest and Smith 1990, p. 3)"
_AUTHOR_YEAR = re.compile(rf"\((?!{_EN}\b)[A-Z][\w&'’.-]+(?:\s+(?:and|&)\s+[A-Z][\w'’-]+|"
                          r"\s+et\s+al\.)?\s+$")
_CITED_AFTER = re.compile(r"[a-z]?(?:\)|[:,;]\s*(?:pp?\.\s*)?\d|;\s*[A-Z])")
_CITATION = re.compile(rf"\((?:(?!{_EN}\b)[A-Z][\w .&'’-]*,\s*)+$")


_DIGIT = re.compile(r"\d")
_FOUR_DIGITS = re.compile(r"\d{4}")
# a month's first letters, as a literal-led alternation the regex engine scans for quickly
_MONTH_CUE = re.compile(r"J(?:an|u[nl])|Feb|Ma[ry]|A(?:pr|ug)|Sep|Oct|Nov|Dec|"
                        r"[Яя]нв|[Фф]ев|[Мм]ар|[Аа]пр|[Мм]а[йяе]|[Ии]ю[нл]|[Аа]вг|[Сс]ен|[Оо]кт|[Нн]оя|[Дд]ек")
_DECADE = re.compile(r"\d0(?:'?s\b|-[хе])")
_DIGIT_FEATURES = [("year", _FOUR_DIGITS), ("decade", _DECADE)]
_NEEDS = {"this_day_in": ("year",), "dual": ("month", "digit"), "dual_md": ("month", "digit"), "dual_day": ("month", "digit"),
          "dual_range": ("month", "digit"), "dual_range_dm": ("month", "digit"),
          "dual_slash": ("month", "digit"),
          "dual_mdd": ("month", "digit"), "dual_md_slash": ("month", "digit"),
          "roman": ("year",), "range_my": ("month", "year"), "range_mm": ("month",),
          "range_my_y": ("month", "year"), "ydm": ("month", "year"), "ymd": ("month", "year"),
          "cross_dm": ("month", "digit"), "cross_md": ("month", "digit"),
          "range_dm": ("month", "digit"), "range_md": ("month", "digit"), "iso": ("year",),
          "numeric": ("year",), "dmy": ("month", "digit"), "dmy_words": ("month",), "mdy": ("month", "digit"),
          "my": ("month", "year"), "m_rel": ("month",), "year_range": ("year",),
          "decade": ("decade",), "season": ("year",), "year_range_ru": ("year",), "year": ("year",), "m_ctx": ("month",), "m_ctx_ru": ("month",),
          "m_lead": ("month",), "season_lead": (), "d_ctx": ("digit",)}


def _features(text: str) -> frozenset[str]:
    """The cheap preconditions a sentence meets: a digit, a year, a decade, a month name."""
    present = []
    if _DIGIT.search(text):
        present.append("digit")
        present += [name for name, rx in _DIGIT_FEATURES if rx.search(text)]
    if _MONTH_CUE.search(text):
        present.append("month")
    return frozenset(present)


# Every pattern finds its candidates in the sentence's shared scans (prefilter). Relative
# expressions ("Two weeks later", "The following day") are matched case-blind, over the
# lower-cased sentence, the others as written; the relative ones come last in PATTERNS, so
# the order of the passes is kept.
_CASE_BLIND = {"rel_years", "rel_next", "rel_anchor", "rel_shift", "rel_same", "rel_back", "rel_ru",
               "rel_weekday", "season_lead"}
_CASED = [(name, Prefiltered(rx.pattern, together=True))
          for name, rx in PATTERNS if name not in _CASE_BLIND]
_BLIND = [(name, Prefiltered(rx.pattern, ignore_case=True, together=True))
          for name, rx in PATTERNS if name in _CASE_BLIND]


@lru_cache(maxsize=64)
def _applicable(present: frozenset[str]) -> list[tuple[str, Prefiltered]]:
    """The patterns read as written whose cheap preconditions (a year, a month name, …) the
    sentence meets."""
    return [(name, rx) for name, rx in _CASED if all(need in present for need in _NEEDS[name])]


def _passes(text: str) -> Iterator[tuple[str, re.Match[str]]]:
    """(pattern name, match) of every pattern that may match, pattern by pattern in PATTERNS
    order; the case-blind ones match the lower-cased text, at the same offsets."""
    present = _features(text)
    for name, pattern in _applicable(present) + _BLIND if present else _BLIND:
        for match in pattern.finditer(text):
            yield name, match


@dataclass(frozen=True)
class DateMatch:
    """What the text says: a date or range whose year may be missing (then context supplies it)."""

    start: int
    end: int
    text: str
    y1: int | None = None
    m1: int | None = None
    d1: int | None = None
    y2: int | None = None
    m2: int | None = None
    d2: int | None = None
    julian: bool = False
    relative: tuple[str, int] | None = None  # ("day", +1), ("year", 0) …
    period: bool = False
    bare: bool = False  # a year with no word before or after that makes it one ("1172")
    styled: bool = False  # the text says which calendar (a dual date, an O.S. or N.S. mark)
    weekday: int | None = None  # the day of the week written before it (Monday 0)


@dataclass
class DateContext:
    """The last date the text established, at its precision; later sentences inherit it."""

    year: int | None = None
    month: int | None = None
    day: int | None = None
    julian_default: bool = False  # the document dates the days before 1918 in the Old Style
    era: int | None = None  # the median year the document tells of (`document_era`)
    era_year: int | None = None  # the last year set that lies in that era
    filed: dt.date | None = None  # a news dispatch's day: "two days ago", "on Sunday" count from it
    dateline_end: int | None = None  # where the dispatch's dateline ("BEIJING, June 6 —") ends
    from_heading: bool = False  # the date set is a heading's: the day its section tells of
    written: dt.date | None = None  # the day (or year) the document says it was written
    # the New Style days of the document's dual dates (`new_style_days`): a lone "17 April"
    # in a text that writes "4 (17) April" is that day, not an Old Style one to convert
    new_style_days: frozenset[tuple[int, int]] = frozenset()
    # and in an English text that writes them Old Style first, their Old Style days
    # (`old_style_days`): its "On 4 April" after "4 (17) April" is that Old Style day
    old_style_days: frozenset[tuple[int, int]] = frozenset()

    def set(self, span: DateSpan) -> None:
        parts = [int(p) for p in span.start.split("-")]
        self.year, self.month, self.day = (parts + [None, None])[:3]
        if self.era is None or abs(parts[0] - self.era) <= ERA_YEARS:
            self.era_year = parts[0]

    def copy(self) -> DateContext:
        return replace(self)

    def year_for_partial(self) -> int | None:
        """The year a date written without one takes: the last one set, unless that lies far
        outside the story the document tells (the author's present, a distant past it
        mentions), then the last year of the story."""
        if self.year is not None and self.era is not None and self.era_year is not None \
                and abs(self.year - self.era) > ERA_YEARS:
            return self.era_year
        return self.year


def month_number(name: str) -> int:
    low = name.lower().rstrip(".")
    for i, stem in enumerate(_RU_STEMS):
        if low.startswith(stem) and not (stem == "ма" and low.startswith("мар")):
            return i + 1
    return next(i + 1 for i, m in enumerate(_EN_MONTHS) if m.startswith(low[:3]))


def _day(text: str | None) -> int | None:
    return int(re.sub(r"\D", "", text)) if text else None


def _year(text: str | None) -> int | None:
    return int(text[:4]) if text else None


def _from_groups(name: str, g: dict[str, str | None]) -> dict[str, object] | None:
    """Groups of one pattern to the DateMatch fields; None when the match is not a date."""
    y = _year(g.get("y"))
    if name == "this_day_in":
        year = y or _year(g.get("yr"))
        return dict(relative=("anniversary", year)) if year else None
    if name in ("cross_dm", "cross_md"):
        if not _range_closed(g):
            return None
        return dict(y1=y, m1=month_number(g["m1"] or ""), d1=_day(g["d1"]),
                    y2=y, m2=month_number(g["m2"] or ""), d2=_day(g["d2"]))
    if name in ("dual", "dual_md"):  # "25 October (7 November) 1917": the New Style day
        return _new_style_of_pair(y, (month_number(g["m1"] or ""), _day(g["d1"])),
                                  (month_number(g["m2"] or ""), _day(g["d2"])))
    if name == "range_my_y":
        y1, y2 = _year(g["y1"]), _year(g["y2"])
        if y1 is None or y2 is None or y2 <= y1:
            return None
        return dict(y1=y1, m1=month_number(g["m1"] or ""), y2=y2)
    if name in ("ydm", "ymd"):
        return dict(y1=y, m1=month_number(g["m"] or ""), d1=_day(g["d"]))
    if name == "range_my":
        if not _range_closed(g):
            return None
        y1, y2 = _year(g["y1"]), _year(g["y2"])
        m1, m2 = month_number(g["m1"] or ""), month_number(g["m2"] or "")
        if y1 is None or y2 is None or (y2, m2) <= (y1, m1):
            return None
        return dict(y1=y1, m1=m1, y2=y2, m2=m2)
    if name == "range_mm":  # "in May and June 1921" is a range, "in May and October" two months
        m1, m2 = month_number(g["m1"] or ""), month_number(g["m2"] or "")
        if not _range_closed(g) and m2 != m1 + 1:
            return None
        return dict(y1=y, m1=m1, y2=y, m2=m2) if m2 > m1 else None
    if name in ("range_dm", "range_md"):
        d1, d2 = _day(g["d1"]), _day(g["d2"])
        if d1 is None or d2 is None or d2 <= d1:
            return None
        m = month_number(g["m"] or "")
        return dict(y1=y, m1=m, d1=d1, y2=y, m2=m, d2=d2)
    if name in ("iso", "numeric"):
        day, month = _day(g["d"]), int(g["mn"] or 0)
        if g.get("sep") == "/" and month > 12 and day and day <= 12:
            day, month = month, day  # "08/30/1918": the American order
        return dict(y1=y, m1=month, d1=day)
    if name == "roman":
        return dict(y1=y, m1=_ROMAN.get(g["rm"] or ""), d1=_day(g["d"]))
    if name in ("dual_day", "dual_slash", "dual_mdd", "dual_md_slash"):  # "9 (22) January": Old Style, then New
        month = month_number(g["m1"] or "")
        return _new_style_of_pair(y, (month, _day(g["d1"])), (month, _day(g["d2"])))
    if name in ("dual_range", "dual_range_dm"):
        month = month_number(g["m1"] or "")
        inner = month_number(g.get("m2") or g["m1"] or "")
        first = _new_style_of_pair(y, (month, _day(g["d1"])), (inner, _day(g["d3"])))
        last = _new_style_of_pair(y, (month, _day(g["d2"])), (inner, _day(g["d4"])))
        if first is None or last is None or (last["m1"], last["d1"]) <= (first["m1"], first["d1"]):
            return None
        return dict(y1=y, m1=first["m1"], d1=first["d1"], y2=y, m2=last["m1"], d2=last["d1"])
    if name == "dmy_words":
        return dict(y1=y, m1=month_number(g["m"] or ""), d1=_ORDINAL_DAYS[(g["dw"] or "").lower()])
    if name in ("dmy", "mdy"):
        return dict(y1=y, m1=month_number(g["m"] or ""), d1=_day(g["d"]))
    if name in ("my", "m_ctx", "m_ctx_ru", "m_lead"):
        return dict(y1=y, m1=month_number(g["m"] or ""))
    if name == "m_rel":
        shift = {"the following": 1, "the next": 1, "the previous": -1}.get(
            re.sub(r"\s+", " ", g["rel"] or ""), 0)
        return dict(m1=month_number(g["m"] or ""), relative=("year", shift))
    if name == "year_range_ru":
        y1, y2 = _year(g["y1"]), _year(g["y2"])
        return dict(y1=y1, y2=y2) if y1 and y2 and y1 < y2 else None
    if name == "year_range":
        y1, raw2 = _year(g["y1"]), g["y2"] or ""
        y2 = int(raw2) if len(raw2) == 4 else (y1 // 100 * 100 + int(raw2) if y1 else None)
        sep_and = " and " in (g.get("_text") or "")
        if y1 is None or y2 is None or not (y1 < y2 <= 2100):
            return None
        if sep_and and not g.get("pre") and y2 != y1 + 1:
            return None
        return dict(y1=y1, y2=y2)
    if name == "decade":
        dec = int(g["dec"] or 0)
        return dict(y1=dec, y2=dec + 9, period=True)
    if name in ("season", "year"):
        return dict(y1=y)
    if name == "rel_years":
        shift = _count(g["n"], "year")
        return dict(relative=("years ahead", shift[1])) if shift else None
    if name == "rel_next":
        unit = "day" if g["unit"] == "morning" else g["unit"] or "day"
        if unit.endswith("s"):  # "in the following months": later the same year, no finer
            return dict(relative=("year", 0))
        return dict(relative=(unit, 1))
    if name in ("rel_shift", "rel_anchor"):
        shift = _count(g["n"], (g["unit"] or "").rstrip("s"))
        if shift is None:
            return None
        # "two days before, …" is earlier; "one day after a guard shot" dates the shooting
        # a day before the date it follows, "two weeks before the trial" the trial after it
        earlier = g["dir"] == "after" if name == "rel_anchor" else g["dir"] in (
            "earlier", "before", "ago")
        if g["dir"] == "ago":  # counted back from when it was written: only a dispatch's
            # "105 years ago today": that many years back to the very day
            # and "fifty years ago this week" to its month
            unit = shift[0] if shift[0] != "year" else "years to the day" if g.get("today") \
                else "years to the month" if g.get("thisweek") else "year"
            return dict(relative=("ago " + unit, -shift[1]))
        return dict(relative=(shift[0], -shift[1] if earlier else shift[1]))
    if name == "d_ctx":
        return dict(relative=("of month", _day(g["d"])))
    if name == "rel_weekday":
        if g["today"]:
            return dict(relative=("ago day", 0))
        if g["lastweek"]:
            return dict(relative=("week before", -1))
        return dict(relative=("weekday", _weekday_number((g["wd"] or g["wd2"]).lower())))
    if name == "rel_ru":
        if g["eve"]:
            return dict(relative=("day", -1))
        if g["yday"]:
            return dict(relative=("ago day", -2 if g["yday"].startswith("поза") else -1))
        if g["today"]:
            return dict(relative=("ago day", 0))
        if g["wd"]:
            return dict(relative=("weekday", _weekday_number(g["wd"])))
        if g["same"]:  # "в тот же день", "в ту же ночь", "в том же году"
            return dict(relative=({"м": "month", "г": "year"}.get(g["same"][0], "day"), 0))
        word = g["nunit"] or g["unit"] or "д"
        unit = "day" if word.startswith(("утро", "ночь")) else _RU_UNIT[word[0]]
        return dict(relative=_count(g["n"] or "1", unit))
    if name == "rel_back":
        unit = g["unit"] or "day"
        if unit in ("spring", "summer", "autumn", "fall", "winter"):
            return dict(relative=("year", -1))  # "the previous autumn": the year before's
        return dict(relative=("day", -7) if unit == "week" else (unit, -1))
    if name == "season_lead":
        return dict(relative=("year", 0))
    if name == "rel_same":
        unit = g["unit"] or "year"
        return dict(relative=(unit if unit in ("day", "month") else "year", 0))
    return None


_CLOSER = re.compile(r"\s(?:and|по|до)\s")


def _count(raw: str | None, unit: str) -> tuple[str, int] | None:
    """(unit, n) of "two weeks", "три дня": a week counts seven days; None for "several"."""
    word = " ".join((raw or "").lower().split())
    n = int(word) if word.isdigit() else _NUMBER_WORDS[word] if word in _NUMBER_WORDS else \
        parse_number(re.sub(r"^an?\s+", "one ", word))
    if not n:
        return None
    return ("day", n * 7) if unit == "week" else (unit, n)


def _range_closed(g: dict[str, str | None]) -> bool:
    """"between 27 October and 4 November", "с 18 мая по 6 июля": "and" and "по" end a range
    only after the word that opened it ("on 18 May and 6 July" are two dates)."""
    closer = _CLOSER.search(g.get("_text") or "")
    if closer is None:
        return True
    return bool(g.get("pre")) and (closer.group().strip() in ("по", "до")) == (
        (g.get("pre") or "").lower() in ("с", "со"))


def _new_style_of_pair(y: int | None, first: tuple[int, int | None],
                       second: tuple[int, int | None]) -> dict[str, object] | None:
    """Of a day written in both calendars ("February 29 (March 13)", "20 December [O.S.
    7 December] 1917"), the New Style one: always the later, 10 to 14 days on (the year, when
    the text omits it, comes from context)."""
    (m1, d1), (m2, d2) = first, second
    if d1 is None or d2 is None:
        return None
    try:  # 2000 has a 29 February, as the Julian calendar has in every fourth year
        a, b = dt.date(y or 2000, m1, d1), dt.date(y or 2000, m2, d2)
    except ValueError:
        a = b = None
    if a is None or b is None:  # "29 February" of a Julian year the Gregorian calendar lacks
        later = second if (m2, d2) > (m1, d1) else first
    else:
        if not 10 <= abs((b - a).days) <= 14:
            return None
        later = second if b > a else first
    return dict(y1=y, m1=later[0], d1=later[1])


def _valid(fields: dict[str, object]) -> bool:
    for y, m, d in (("y1", "m1", "d1"), ("y2", "m2", "d2")):
        month, day = fields.get(m), fields.get(d)
        if month is not None and not 1 <= int(month) <= 12:  # type: ignore[call-overload]
            return False
        if day is not None:
            limit = calendar.monthrange(int(fields.get(y) or 2000), int(month or 1))[1]  # type: ignore[call-overload]
            if not 1 <= int(day) <= limit:  # type: ignore[call-overload]
                return False
    return True


def _excluded(text: str, start: int, end: int, name: str, fields: dict[str, object]) -> bool:
    """Publication dates, citations and life spans are not event dates."""
    before = text[max(0, start - 40):start]
    not_event = _NOT_EVENT.search(before)
    if not_event and not _AN_ACT_DATED.search(before, 0, not_event.end()) \
            or _CITATION.search(text[max(0, start - 60):start]):
        return True
    if name == "year" and _AUTHOR_YEAR.search(before) and _CITED_AFTER.match(text, end):
        return True  # "(Hiltermann 2007: 105)", "(HRW 1993, pp. 67–70)": a work cited
    if name == "year" and text[start:end].isdigit() and _RU_QUANTITY_BEFORE.search(before):
        return True  # "из них около 1400 — в Москве": a Russian year says "года"; this counts
    if re.search(r"[”\"’]\s*\($", before) and text[end:end + 1] == ")":
        return True  # a title in quotes followed by its year: a publication
    if name == "year_range" and before.endswith("(") and text[end:end + 1] == ")":
        span = int(fields["y2"]) - int(fields["y1"])  # type: ignore[call-overload]
        word = re.search(r"([A-Z]\w+)\s*\($", before)
        if span >= 15 and word:
            return True
    return False


def find_dates(text: str, offset: int = 0, skip: list[tuple[int, int]] | None = None) -> list[DateMatch]:
    """Every date expression in `text` (a sentence), longest forms first, no overlaps.

    `skip` lists spans already claimed (figures such as "between 2000 and 4000 workers").
    """
    taken: list[tuple[int, int]] = [(a - offset, b - offset) for a, b in (skip or [])]
    found: list[DateMatch] = []
    julian_sentence: bool | None = None
    for name, match in _passes(text):
        start, end = match.span()
        if match.groupdict().get("pre") and name != "year_range":
            start = match.end("pre") + 1  # "between 27 October and …": the date, not its "between"
        text_match = text[start:end]
        if any(start < b and a < end for a, b in taken):
            continue
        groups = {**match.groupdict(), "_text": text_match}
        fields = _from_groups(name, groups)
        if fields is None or not _valid(fields):
            continue
        taken.append((start, end))
        if _excluded(text, start, end, name, fields):
            continue
        tail = text[end:end + 30]
        if julian_sentence is None:  # "Old Style" said once for the whole sentence, unless
            # its dates carry their own marks
            julian_sentence = bool(_JULIAN_SENTENCE.search(text)) and not _EXPLICIT_STYLE.search(text)
        dual = name.startswith("dual")
        lead = text[max(0, start - 30):start]
        # the mark after the date, before it or inside it ("22 January (N.S.) 1905")
        marked = "[OS]" in text_match or bool(_JULIAN_IN.search(text_match) or _JULIAN_AFTER.match(
            tail) or _JULIAN_BEFORE.search(lead))
        gregorian = bool(_GREGORIAN_AFTER.match(tail) or _GREGORIAN_BEFORE.search(lead)
                         or _GREGORIAN_IN.search(text_match))
        # a dual date is already its New Style day, whatever calendar the sentence names
        is_julian = not dual and (marked or bool(
            julian_sentence and fields.get("d1") is not None and not gregorian))
        bare = name == "year" and text_match.strip().isdigit() and not _YEAR_LEAD.search(
            text[max(0, start - 12):start])
        weekday = _WEEKDAY.search(lead)
        found.append(DateMatch(start + offset, end + offset, text_match.strip(),
                               julian=is_julian, styled=dual or marked or gregorian, bare=bare,
                               weekday=_weekday_number(weekday.group(1)) if weekday else None,
                               **fields))  # type: ignore[arg-type]
    if julian_sentence and any(d.styled for d in found):
        # "January 22, 1905; January 9 in the Julian calendar": the mark is that date's own,
        # and the sentence's other dates are the New Style ones
        found = [d if d.styled else replace(d, julian=False, styled=True) for d in found]
    return _joined_ranges(text, offset, _bracketed_styles(text, offset, sorted(found, key=lambda d: d.start)))


_BRACKET_OPEN = re.compile(rf"\s*[(\[]\s*(?:(?:{_JULIAN}|{_GREGORIAN})\s*:?\s*)?")
_BRACKET_CLOSE = re.compile(rf"\s*,?\s*(?:(?:{_JULIAN}|{_GREGORIAN})(?:\s+calendar)?\s*)?[)\]]")


def _bracketed_styles(text: str, offset: int, found: list[DateMatch]) -> list[DateMatch]:
    """"April 4, 1912 (April 17 N.S.)", "9 January 1905 (22 January by the Gregorian
    calendar)": a full date, then in brackets the same day in the other calendar, is one day:
    its New Style one."""
    out: list[DateMatch] = []
    for match in found:
        first = out[-1] if out else None
        if first is None or first.y1 is None or first.m1 is None or first.d1 is None \
                or first.y2 is not None or match.m1 is None or match.d1 is None \
                or match.y2 is not None or match.y1 not in (None, first.y1) \
                or not _BRACKET_OPEN.fullmatch(text, first.end - offset, match.start - offset):
            out.append(match)
            continue
        close = _BRACKET_CLOSE.match(text, match.end - offset)
        y = first.y1
        if close is None or not (_real_day(y, first.m1, first.d1) and _real_day(y, match.m1, match.d1)):
            out.append(match)
            continue
        if to_gregorian(y, first.m1, first.d1) == (y, match.m1, match.d1):
            new = (y, match.m1, match.d1)  # the Old Style day first
        elif to_gregorian(y, match.m1, match.d1) == (y, first.m1, first.d1):
            new = (y, first.m1, first.d1)  # the New Style day first
        else:
            out.append(match)
            continue
        end = close.end() + offset
        out[-1] = replace(first, end=end, text=text[first.start - offset:end - offset], y1=new[0],
                          m1=new[1], d1=new[2], julian=False, styled=True)
    return out


_FROM_BEFORE = re.compile(r"(?:\b(?:from|since|(?P<between>between))|(?<!\w)(?:с|со|(?P<mezhdu>между)))"
                          r"\s+(?:the\s+)?$", re.I)
_TO_BETWEEN = re.compile(r"\s*(?:to|until|till|through|[–—-]|по|до)\s+(?:the\s+)?(?:(?:end|beginning|"
                         r"middle|start)\s+of\s+|early\s+|late\s+|mid-?\s*|"
                         r"(?:начал|конц|середин)[а-я]{0,2}\s+)?", re.I)
_AND_BETWEEN = re.compile(r"\s*(?:and|и)\s+(?:the\s+)?", re.I)


def _joined_ranges(text: str, offset: int, found: list[DateMatch]) -> list[DateMatch]:
    """"from the autumn of 1936 to November 1938", "between 8 August 1937 and 19 October
    1938", "November 1920 – spring 1921": two dates that open and close one span are one
    range, from the first's start to the second's end. Without an opening word both must
    write their years and be joined by a dash or "to" ("в конце 1920 — начале 1921 года")."""
    out: list[DateMatch] = []
    for match in found:
        first = out[-1] if out else None
        opened = _FROM_BEFORE.search(text, max(0, first.start - offset - 12),
                                     first.start - offset) if first is not None else None
        closing = (_AND_BETWEEN if opened and (opened.group("between") or opened.group("mezhdu"))
                   else _TO_BETWEEN)
        if first is not None and first.y1 is not None and match.y1 is not None \
                and first.relative is None and match.relative is None \
                and first.y2 is None and not first.period and not match.period \
                and closing.fullmatch(text, first.end - offset, match.start - offset) \
                and (first.y1, first.m1 or 0, first.d1 or 0) < (match.y2 or match.y1,
                                                                 match.m2 or match.m1 or 13, 32):
            out[-1] = replace(first, end=match.end, text=text[first.start - offset:match.end - offset],
                              y2=match.y2 or match.y1, m2=match.m2 or match.m1,
                              d2=match.d2 or match.d1)
            continue
        out.append(match)
    return out


_WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
_WEEKDAYS_RU = ["понедельник", "вторник", "сред", "четверг", "пятниц", "суббот", "воскресень"]
_WEEKDAY = re.compile(r"(?<!\w)(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|"
                      r"понедельник|вторник|сред[ау]|четверг|пятниц[ау]|суббот[ау]|"
                      r"воскресень[ея])\W{0,3}(?:the\s+)?$", re.I)


def _weekday_number(word: str) -> int:
    word = word.lower()
    if word in _WEEKDAYS:
        return _WEEKDAYS.index(word)
    return next(i for i, stem in enumerate(_WEEKDAYS_RU) if word.startswith(stem))


def _calendar_of_weekday(y: int, m: int, d: int, weekday: int) -> str | None:
    """"On Sunday, 9 January 1905": the calendar in which that day fell on that weekday (the
    Julian 9 January 1905 was a Sunday, the Gregorian one a Monday); None if both or neither."""
    if (y, m, d) >= (1918, 2, 14):
        return None
    julian_day = dt.date(*to_gregorian(y, m, d)).weekday() == weekday
    gregorian_day = dt.date(y, m, d).weekday() == weekday
    if julian_day == gregorian_day:
        return None
    return "julian" if julian_day else "gregorian"


ERA_YEARS = 40
FAR_YEARS = 200  # a bare number this far before the story is no year of it ("1027", "1172")
_YEAR_LEAD = re.compile(r"(?:\b(?:in|of|since|by|from|until|to|during|year|around|about|circa|"
                        r"c\.|after|before)|(?<!\w)(?:в|с|до|к|по|после|около))\s*$", re.I)
_ANY_YEAR = re.compile(r"(?<![\d,.])(1[5-9]\d\d|20\d\d)(?![\d,.]\d)")


# a news dispatch's opening: "SHARPEVILLE, March 21 —", "Moscow, August 19.—", "LONDON, 3 May:"
# "SHARPEVILLE, March 21 —", "BERLIN, July 1 (AP) —", "МОСКВА, 12 июня. (ТАСС)."
_DATELINE = re.compile(rf"(?m)^[ \t]*(?P<place>[A-ZА-ЯЁ][A-Za-zА-ЯЁа-яё .'’-]{{1,40}}),\s+(?:(?P<m1>{_EN})\.?\s+"
                       rf"(?P<d1>{DAY})|(?P<d2>{DAY})\s+(?P<m2>{MONTH}))"
                       rf"(?P<year>,?\s+\d{{4}})?\s*[.:]?\s*(?:\((?:[A-ZА-ЯЁ][\w.-]{{1,10}})\)\s*[.:]?\s*)?"
                       rf"(?:[—–-]|(?<=\)\.)|(?<=\))\s)")


def dateline(text: str) -> re.Match[str] | None:
    """A news dispatch's dateline near the top of the text: its place and its day."""
    return _DATELINE.search(text[:2000])


def written_day(written: str | None) -> dt.date | None:
    """The day of a document's own date ("2006-05-11"); None unless it gives a real day."""
    found = re.fullmatch(r"(1[5-9]\d\d|20\d\d)-(\d\d)-(\d\d)", (written or "").strip()[:10])
    if not found:
        return None
    year, month, day = (int(g) for g in found.groups())
    return dt.date(year, month, day) if _real_day(year, month, day) else None


def dispatch_day(found: re.Match[str] | None, written: str | None) -> dt.date | None:
    """The day a news dispatch was filed: its dateline's ("SHARPEVILLE, March 21 —"), in the
    year the dateline writes or else the year the document was written (its metadata date,
    "1960-03-22"; the year before for a December dateline printed in January); None
    without a dateline or a year."""
    if not found:
        return None
    month = month_number(found.group("m1") or found.group("m2"))
    day = int(re.sub(r"\D", "", found.group("d1") or found.group("d2")))
    date = re.match(r"(1[5-9]\d\d|20\d\d)(?:-(\d\d))?", written or "")
    if found.group("year"):
        year = int(re.sub(r"\D", "", found.group("year")))
    elif date:
        year = int(date.group(1)) - (month > int(date.group(2) or 12))
    else:
        return None
    return dt.date(year, month, day) if _real_day(year, month, day) else None


def new_style_days(text: str) -> frozenset[tuple[int, int]]:
    """(month, day) of the New Style side of every dual date in a text ("4 (17) April" →
    (4, 17)): a lone "17 April" in a text that writes Old Style days is that New Style day."""
    return frozenset((m.m1, m.d1) for line in text.splitlines() if _DUAL_CUE.search(line)
                     for m in find_dates(line) if m.styled and not m.julian and m.m1 and m.d1)


# a dual date without its year is read in a year of the 20th century's Old Style (13 days
# behind, 1900–1918), when the Empire's duals were mostly written; the 1800s' 12 are tried too
_OLD_STYLE_CENTURY = 1904  # a leap year: a New Style 29 February stays a day


def old_style_days(text: str) -> frozenset[tuple[int, int]]:
    """(month, day) of the Old Style side of every dual date in a text that writes them Old
    Style first ("4 (17) April" → (4, 4)): an English source that writes "On 4 April" after
    it means that Old Style day; its other plain days are New Style (`old_style_document`)."""
    if _NEW_FIRST.search(text):
        return frozenset()
    days = set()
    for line in text.splitlines():
        if not _DUAL_CUE.search(line):
            continue
        for m in find_dates(line):
            if m.styled and not m.julian and m.m1 and m.d1:
                new = dt.date(m.y1 or _OLD_STYLE_CENTURY, m.m1, m.d1)
                old = next((d for d in (new - dt.timedelta(days=n) for n in (13, 12))
                            if to_gregorian(d.year, d.month, d.day) == (new.year, new.month, new.day)),
                           None)
                if old is not None:
                    days.add((old.month, old.day))
    return frozenset(days)


_DUAL_CUE = re.compile(r"\d\s*[(\[/]|O\.\s?S\.|N\.\s?S\.|ст\.\s?ст\.|нов\.\s?ст", re.I)


def as_written_day(span: DateSpan) -> str | None:
    """The day an Old Style conversion started from (ISO), for a one-day span converted so."""
    if span.calendar != "julian" or span.start != span.end or len(span.start) != 10:
        return None
    y, m, d = julian.from_gregorian(*map(int, span.start.split("-")))
    return _iso(y, m, d)


def document_era(text: str, written: int | None = None) -> int | None:
    """The median of the years a document writes: the time its story is set in. The years of
    its running text count, not those of a title or caption repeated above it ("Sandarmokh,
    2013" twice over a text on 1937), unless the running text has none; nor those of the
    author's present (`written`, the year the document says it was written, and after), when
    it writes others. Of two middle years the earlier: a story is told from later years."""
    running = sorted(int(y) for line in text.splitlines() if _RUNNING.search(line)
                     for y in _ANY_YEAR.findall(line))
    years = running or sorted(int(y) for y in _ANY_YEAR.findall(text))
    if written is not None and any(y < written - 1 for y in years):
        years = [y for y in years if y < written - 1]
    if not years or not running and len(years) < 3:
        return None
    return years[(len(years) - 1) // 2]


# a line of running text ends on a sentence's stop; a title or a caption does not
_RUNNING = re.compile(r"[.!?…][\"”»)\]\d]*\s*$")


_CYRILLIC = re.compile(r"[а-яёА-ЯЁ]")
_LATIN = re.compile(r"[A-Za-z]")
# "22 January [O.S. 9 January]": the Old Style day marked inside the brackets
_NEW_FIRST = re.compile(r"[\[(]\s*(?:O\.\s?S\.|Old Style|o\.s\.)\s*\d")
_DECLARED = re.compile(r"\b(?:dates?\s+(?:[\w,]+\s+){0,5}(?:in|according\s+to|by)\s+the\s+"
                       r"(?:old\s+style|julian\s+calendar|old\s+calendar)|"
                       r"(?:даты|дата)\s+(?:\w+\s+){0,3}по\s+старому\s+стилю)", re.I)


def old_style_document(text: str) -> bool:
    """Whether the days a document gives before 14 February 1918 are Old Style (Julian):
    Russian-language sources date the Empire's events so ("9 января 1905 года" is 22 January);
    an English one only when it says so: one that writes a dual date Old Style first ("29
    February (13 March) 1912") still gives its plain days in the New Style, as the dev set's
    English sources do ("April 17, 1912" for the Lena shooting). One that marks its Old Style
    dates ("22 January [O.S. 9 January]") gives the others in the New Style."""
    if _NEW_FIRST.search(text):
        return False
    cyrillic = len(_CYRILLIC.findall(text))
    if cyrillic > len(_LATIN.findall(text)):
        return True
    return bool(_DECLARED.search(text))


def is_year(text: str) -> bool:
    """A bare year ("1937"), as in a table's first column."""
    return bool(_BARE_YEAR.fullmatch(text.strip()))


_BARE_YEAR = re.compile(YEAR)


def _real_day(y: int, m: int | None, d: int | None) -> bool:
    """Whether the (partial) date exists in the calendar: 1855 had no 29 February."""
    if m is None or d is None:
        return m is None or 1 <= m <= 12
    return 1 <= m <= 12 and 1 <= d <= calendar.monthrange(y, m)[1]


def _iso(y: int, m: int | None, d: int | None) -> str:
    return f"{y:04d}" + (f"-{m:02d}" if m else "") + (f"-{d:02d}" if m and d else "")


def to_gregorian(y: int, m: int, d: int) -> tuple[int, int, int]:
    """Julian (Old Style) day to Gregorian (New Style): +12 days in the 1800s, +13 from 1900."""
    return julian.to_gregorian(y, m, d)


def _far_from_the_story(ctx: DateContext, year: int | None = None) -> bool:
    """Whether the document was written decades after what it tells (and `year`, if given,
    is the year of its writing or the one before)."""
    return ctx.written is not None and ctx.era is not None \
        and ctx.written.year - ctx.era > ERA_YEARS \
        and (year is None or year >= ctx.written.year - 1)


def from_the_present(match: DateMatch) -> bool:
    """"Two days ago", "on Sunday": counted from the day of writing, which only a dispatch's
    dateline gives."""
    return match.relative is not None and (match.relative[0] in ("weekday", "week before")
                                           or match.relative[0].startswith("ago "))


def _shift(ctx: DateContext, unit: str, n: int) -> DateMatch | None:
    if unit == "anniversary":  # "on this day in 1912": the day of writing, that year
        day = ctx.filed or ctx.written
        if day is None or not _real_day(n, day.month, day.day):
            return DateMatch(0, 0, "", y1=n)
        return DateMatch(0, 0, "", y1=n, m1=day.month, d1=day.day)
    if unit.startswith("ago ") or unit in ("weekday", "week before"):
        # "nine days ago", "on Sunday", "last week": from the day a dispatch was filed; "a
        # year ago" in a report also from the day it says it was written; else they count
        # from the author's present, which no date in the text gives
        present = ctx.filed or (ctx.written if unit.startswith("ago ") else None)
        if present is None or n == 0 and ctx.filed is None and _far_from_the_story(ctx):
            return None  # a history's "today" is its writer's, no time of what it tells
        if unit == "week before":  # Monday to Sunday of the week before the present one
            monday = present - dt.timedelta(days=present.weekday() + 7)
            sunday = monday + dt.timedelta(days=6)
            return DateMatch(0, 0, "", y1=monday.year, m1=monday.month, d1=monday.day,
                             y2=sunday.year, m2=sunday.month, d2=sunday.day)
        filed = DateContext(present.year, present.month, present.day)
        if unit == "weekday":
            return _shift(filed, "day", -((present.weekday() - n) % 7))
        return _shift(filed, unit[4:], n)
    if ctx.year is None:
        return None
    if unit == "year":
        return DateMatch(0, 0, "", y1=ctx.year + n)
    if unit == "years to the month" and ctx.month:
        return DateMatch(0, 0, "", y1=ctx.year + n, m1=ctx.month)
    if unit == "years to the day" and ctx.month and ctx.day:
        return DateMatch(0, 0, "", y1=ctx.year + n, m1=ctx.month, d1=ctx.day) if _real_day(
            ctx.year + n, ctx.month, ctx.day) else None
    if unit == "month":
        if ctx.month is None:
            return None
        total = ctx.year * 12 + ctx.month - 1 + n
        return DateMatch(0, 0, "", y1=total // 12, m1=total % 12 + 1)
    if unit == "years ahead":
        return DateMatch(0, 0, "", y1=ctx.year, y2=ctx.year + n)
    if unit == "of month":  # "on the 21st" of the month last told
        if ctx.month is None or not _real_day(ctx.year, ctx.month, n):
            return None
        return DateMatch(0, 0, "", y1=ctx.year, m1=ctx.month, d1=n)
    if unit == "day":
        if ctx.month is None or ctx.day is None:
            return None
        day = dt.date(ctx.year, ctx.month, ctx.day) + dt.timedelta(days=n)
        return DateMatch(0, 0, "", y1=day.year, m1=day.month, d1=day.day)
    return None


_ANCHOR = re.compile(r"\W*\w+\s+(?:days?|weeks?|months?)\s+(?:after|before)\b", re.I)


def leading_anchor(match: DateMatch, ctx: DateContext) -> DateMatch:
    """"Two days after the assassination, the Cheka shot 500": an anchor phrase that opens
    its sentence dates the main clause from the date told before (the assassination's), two
    days on; under a dated heading the section's own day is the main clause's ("Ten days
    before the Games opened, students gathered")."""
    if match.relative is None or not _ANCHOR.match(match.text):
        return match
    unit, n = match.relative
    return replace(match, relative=(unit, 0 if ctx.from_heading else -n))


def with_later_years(matches: list[DateMatch]) -> list[DateMatch]:
    """"The strike began on 20 January; on 21 January 1905 it was crushed": a day written
    without its year takes the year of the next date of its sentence that has one (the year
    before when its month comes late in the year: "on 20 December …, on 3 January 1905"). A
    day after the dated one is no step towards it ("since 18 January, … on 9 January 1905"):
    it keeps the year the text set before."""
    out = list(matches)
    for i, m in enumerate(out):
        if m.y1 is not None or m.y2 is not None or m.m1 is None or m.relative is not None:
            continue
        later = next((n for n in out[i + 1:] if n.y1 is not None and n.m1 is not None
                      and n.relative is None), None)
        if later is None or later.y1 is None or later.m1 is None:
            continue
        if (m.m1, m.d1 or 0) <= (later.m1, later.d1 or 32):
            out[i] = replace(m, y1=later.y1)
        elif m.m1 - later.m1 >= 9:
            out[i] = replace(m, y1=later.y1 - 1)
    return out


def resolve(match: DateMatch, ctx: DateContext) -> DateSpan | None:
    """A DateSpan for `match`, borrowing the year (or more) from `ctx` when the text omits it."""
    m = match
    if m.relative is not None:
        unit, n = m.relative
        if m.m1 is not None:  # "April of that same year"
            if ctx.year is None:
                return None
            m = replace(m, y1=ctx.year + n, relative=None)
        else:
            shifted = _shift(ctx, unit, n)
            if shifted is None:
                return None
            if unit != "anniversary" and _far_from_the_story(ctx, shifted.y1):
                return None  # "Today, 105 years later, …": the writer's present
            m = replace(m, y1=shifted.y1, m1=shifted.m1, d1=shifted.d1, y2=shifted.y2,
                        m2=shifted.m2, d2=shifted.d2, relative=None)
    y1 = m.y1 if m.y1 is not None else (m.y2 or ctx.year_for_partial())
    if y1 is None or m.bare and ctx.era is not None and ctx.era - y1 > FAR_YEARS:
        return None
    if m.y1 is None and m.y2 is None and ctx.month and m.m1 and m.text.lower().startswith(
            "the previous") and m.m1 >= ctx.month:
        y1 -= 1
    y2 = m.y2 if m.y2 is not None else y1
    start = (y1, m.m1, m.d1)
    end = (y2, m.m2 if m.y2 is not None or m.m2 else m.m1, m.d2 if m.d2 else m.d1)
    if m.m2 is None and m.y2 is not None and m.d2 is None and m.y1 != m.y2:
        end = (y2, None, None)
    if not _real_day(*start) or not _real_day(*end):
        return None  # "February 29" with a year from context that has none
    told = _calendar_of_weekday(y1, m.m1, m.d1, m.weekday) \
        if m.weekday is not None and m.m1 and m.d1 else None
    if told:
        m = replace(m, julian=told == "julian", styled=True)
    cal = "gregorian"
    if m.julian and m.d1 and m.m1 or not m.styled and m.d1 and m.m1 and start < (1918, 2, 14) \
            and (ctx.julian_default and (m.m1, m.d1) not in ctx.new_style_days
                 or (m.m1, m.d1) in ctx.old_style_days):
        cal = "julian"
        start = to_gregorian(y1, m.m1, m.d1)
        if end[1] and end[2]:
            end = to_gregorian(end[0], end[1], end[2])
    return DateSpan(start=_iso(*start), end=_iso(*end), as_written=m.text, calendar=cal,
                    char_start=m.start, char_end=m.end, period=m.period)
