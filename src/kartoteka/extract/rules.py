"""The rule-based extractor: sentences → dated, typed mentions with figures, actors, places.

It walks the text once, keeping the date context that headings, bullets and earlier
sentences establish, so "On March 12 …" after "In 1919 …" gets its year.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..models import Actor, DateSpan, Document, Extraction, Figure, Mention, NameMention
from . import dates, figures, morphology, names, places, sentences, tables, triggers
from .places import label as place_label
from .prefilter import Prefiltered

_FIGURE_TYPE = {"killed": "killing", "arrested": "arrest", "deported": "deportation",
                "hostages": "hostage_taking", "wounded": "attack"}
# the kind of count an event of a type makes ("deportations" count the deported)
_TYPE_FIGURE = {t: k for k, t in _FIGURE_TYPE.items() if k != "wounded"} | {"execution": "killed"}
# "Uritsky, head of the Petrograd Cheka, was assassinated": the apposition is not a clause break
_APPOSITION = re.compile(r"^\s*(?:,[^,;:]{1,80},|\([^)]{1,80}\))")
# a total over a whole regime or period ("2,279 deaths for the whole dictatorship", "in all"):
# not an event of the date the paragraph tells
_WHOLE_SPAN = re.compile(r"\b(?:for|over|during|throughout)\s+the\s+(?:whole|entire)\b|"
                         r"\b(?:in\s+all|in\s+total|all\s+told|altogether|overall)\b|"
                         r"\bthroughout\s+the\s+(?:dictatorship|regime|period|war|years)\b", re.I)
# "was shot", "were brutally shot", "was reported killed", "are said to have been shot"
_AUX = (r"(?:\b(?:was|were|been|being|is|are)|(?<!\w)(?:был|была|было|были))\s+(?:\w+ly\s+)?"
        r"(?:(?:reported|said|believed|thought|alleged|rumou?red|feared|presumed)\s+"
        r"(?:to\s+have\s+been\s+)?)?")
_PASSIVE = re.compile(_AUX + "$", re.I)
# "Bukharin and twenty others went on trial", "stood trial", "faced trial": undergone
_UNDERGOES = re.compile(r"\b(?:went|go|goes|going|stood|stand|stands|standing|faced?|facing)\s+"
                        r"(?:on\s+)?$", re.I)
_AUXILIARY = re.compile(_AUX, re.I)
# the day a referred-to act began, told in its own relative clause
_BEGUN_ON = re.compile(r"\s+(?:that|which)\s+(?:had\s+)?(?:began|begun|started|broke\s+out|opened)\s+"
                       r"(?:on\s+|in\s+)?(?:the\s+)?", re.I)
_LIST_DASH = re.compile(r"\s*[—–:-]\s*")
_PARTICIPLE = re.compile(r"[a-z]+ed|shot|hanged|hung|taken|beaten|slain|seized|stabbed", re.I)
# what follows an active verb: its object, or "shot at", "fired on"
_OBJECT_AFTER = re.compile(r"\s+(?:(?:the|a|an|his|her|their|its|two|three|some|about|nearly|"
                           r"almost|around|over|more|many|several|all|hundreds|thousands|dozens|"
                           r"\d[\d,]*)\s+|at\b|on\b|into\b|him\b|her\b|them\b|it\b|[A-ZА-ЯЁ])")


class RuleExtractor:
    """General rules only: nothing here is keyed to a particular document."""

    name = "rules"
    version = "1.0"

    def extract(self, doc: Document) -> Extraction:
        out = Extraction()
        in_camps = figures.about_camps(doc.text)
        written_year = _written_year(doc)
        ctx = dates.DateContext(julian_default=dates.old_style_document(doc.text),
                                era=dates.document_era(doc.text, written_year))
        if ctx.julian_default:  # its dual dates' New Style days, wherever they are told
            ctx.new_style_days = dates.new_style_days(doc.text)
        else:
            ctx.old_style_days = dates.old_style_days(doc.text)
        # a dispatch's "March 21" takes the year it was filed in; what it tells happened at
        # its dateline's place unless a sentence names another
        line = dates.dateline(doc.text)
        # a dispatch with no year of its own and no date of writing: the year its title or
        # address gives ("Hitler's purge, 1934", ".../1934/07/01/...")
        written = str(doc.date or doc.meta.get("date") or (_title_year(doc) if line and not line.group(
            "year") else "") or "")
        ctx.filed = dates.dispatch_day(line, written)
        ctx.written = dates.written_day(written)
        if ctx.filed is None and ctx.written is not None and (
                ctx.era is None or abs(ctx.era - ctx.written.year) <= 1):
            # a report on the days it was written in: its "Friday" and "yesterday" count
            # from its own date, as a dispatch's from its dateline
            ctx.filed = ctx.written
        ctx.year = ctx.filed.year if ctx.filed and not (line and line.group("year")) else None
        ctx.dateline_end = line.end() if line else None
        if ctx.julian_default and ctx.written is not None and ctx.written.year > 1918:
            # a piece written on an anniversary marks it on its New Style day: "17 апреля
            # 1912 года" in an article of 17 April 2017 is that day, not an Old Style one
            ctx.new_style_days |= {(ctx.written.month, ctx.written.day)}
        heading_carry: DateSpan | None = None
        listing: triggers.Trigger | None = None  # the event word of the last heading
        carry: DateSpan | None = None  # the date the paragraph set
        before: DateSpan | None = None  # the first date an event took in the paragraph before
        told: DateSpan | None = None  # the first date an event took in this paragraph
        heading_place: list[str] = [_dateline_place(line.group("place"))] if line else []
        place_carry: list[str] = []
        last_person: str | None = None
        antecedent: list[triggers.Trigger] = []  # the events the previous sentence told
        previous: list[Mention] = []  # the claims of the paragraph's last dated or eventful sentence
        topic: str | None = None  # the kind of figure the paragraph is counting
        subject: NameMention | None = None  # the body a later "it" stands for
        section = "body"
        block = -1
        rows, table_spans = tables.find_rows(doc.text) if "|" in doc.text else ([], [])
        out.mentions.extend(self._table_mention(doc, row) for row in rows)
        split = [s for s in sentences.split(doc.text)
                 if not any(a <= s.start < b for a, b in table_spans)]
        openers = _sentence_openers(doc.text, split)
        known_words = names.running_text_words([s.text for s in split])
        for sent in split:
            if _is_citation(doc.text, sent) or _PAGE_FURNITURE.fullmatch(sent.text.strip()) \
                    or len(sent.text) < 160 and sentences.CREDIT.search(sent.text):
                continue  # "Augustí Guillamón, El terror estalinista en Barcelona 1938"
            if sent.block != block:  # a new paragraph, heading or bullet
                block = sent.block
                # a nested bullet goes on with its parent's date; anything else with the heading's
                # and a paragraph that opens "In the months that followed" with the last one's
                # the date of the paragraph before's lead event still dates the count a
                # sentence with no date of its own gives, unless a heading or a list came
                # between ("Hospital staff said at least 300 had died" in a dispatch's second
                # paragraph)
                before = None if sent.heading or sent.bullet else told or before
                told = None
                carry = carry if sent.bullet and _indented(doc.text, sent.start) or (
                    carry is not None and _AFTERWARDS.match(sent.text)) else heading_carry
                place_carry = heading_place
                # an interview's answer goes on with the act its question asked about
                antecedent = antecedent if _answer(doc.text, sent) else []
                topic, previous = None, []
                if _COMMENTS.match(sent.text):
                    section = "reader comment"
                elif sent.heading and _BACK_MATTER.match(sent.text):
                    section = "back matter"
                elif sent.heading and section == "back matter":
                    section = "body"
            if section == "back matter":
                continue  # references and notes date books, not events
            if section != "body" and _COMMENT_HEADER.search(sent.text):
                continue  # "Ivan says: 12 March 2018 at 10:32 am" dates a comment, not an event
            found_names = names.headline_names(sent.text, sent.start, known_words) \
                if names.is_headline(sent.text) else \
                [n for n in names.find_names(sent.text, sent.start)
                 if not (n.start in openers and openers[n.start] == n.form and n.type == "person")
                 and not (line and n.end <= line.end())]  # the dateline's own place and agency
            for name in found_names:
                name.document = doc.name
            stated = []
            for alias in names.find_aliases(sent.text, sent.start):
                if alias.form in names.PRONOUNS:  # "He was born Viktor Kibalchich"
                    if last_person is None:
                        continue
                    alias.form = last_person
                alias.document = doc.name
                stated.append(alias)
            names.typed_by_aliases(doc.text, found_names, stated)
            said = {(a.form, a.alias) for a in stated}
            out.aliases += stated + [a for a in names.acronym_aliases(doc.text, found_names)
                                     if (a.form, a.alias) not in said]
            out.names.extend(found_names)
            persons = [n.form for n in found_names if n.type == "person"]
            if persons:
                last_person = max(persons, key=lambda f: len(f.split()))
            topic = figures.counted_kind(sent.text) or topic
            mentions, first, antecedent = self._sentence(doc, sent, ctx, carry, found_names,
                                                         antecedent, topic, in_camps, listing,
                                                         before)
            if sent.heading:
                listing = triggers.best(triggers.find_triggers(sent.text, sent.start), doc.text)
            topic = next((f.kind for m in reversed(mentions) for f in reversed(m.figures)
                          if f.kind not in ("other", "strength")), topic)
            here = _event_places(doc.text, found_names)
            for mention in mentions:
                mention.section = section
                # the sentence's own place before one carried from earlier text; a sentence
                # that dates itself to another month starts afresh, except under a placed heading
                carried = place_carry if _continues(mention, ctx) else heading_place
                if not mention.places and (here or carried):
                    mention.places, mention.places_carried = list(here or carried), True
                if subject is not None:
                    _add_referent(mention, subject)
            if not mentions and first is not None:
                _refine(previous, first, sent.end, doc.text)
            previous = mentions
            told = told or next((m.date for m in mentions if m.date), None)
            out.mentions.extend(mentions)
            subject = next((n for n in found_names if n.type == "organization"), subject)
            if here:
                place_carry = here
                if sent.heading:
                    heading_place = here
            if first is not None and not _flashback(first, carry):
                ctx.set(first)
                ctx.from_heading = sent.heading
                carry = first
            if sent.heading:  # a dated heading dates its section; an undated one ends that
                heading_carry = first
        out.mentions = _without_present_framing(out.mentions, written_year)
        if ctx.julian_default:
            _new_style_told_twice(out.mentions)
        out.mentions.sort(key=lambda m: m.start)
        return out

    def _table_mention(self, doc: Document, row: tables.TableRow) -> Mention:
        """A table row: its date, its counts, the type its own words say ("Military coup
        against Allende" an uprising) or else its column headers name ("Shot" an execution,
        "Arrested" an arrest), and the places its cells name."""
        told = [t for a, b in row.words if (a, b) not in row.notes
                for t in triggers.find_triggers(doc.text[a:b], a)]
        said = triggers.best(told, doc.text) or triggers.best(
            [t for title in row.titles for t in triggers.find_triggers(title)])
        kinds = [f.kind for f in row.figures if f.kind in _FIGURE_TYPE]
        event_type = said.type if said else _FIGURE_TYPE[kinds[0]] if kinds else "other"
        found = [n for a, b in row.words for n in names.find_names(doc.text[a:b], a)]
        for name in found:
            name.document = doc.name
        here = _event_places(doc.text, found)
        for a, b in row.places:  # "| Place |" over "| Novocherkassk |": a place, however small
            label = place_label(doc.text[a:b], "| ")
            if label not in here and not triggers.find_triggers(doc.text[a:b]):
                here.append(label)
        return Mention(document=doc.name, start=row.start, end=row.end,
                       quote=doc.text[row.start:row.end], type=event_type, date=row.date,
                       figures=row.figures, places=here,
                       extractor=self.name, extractor_version=self.version, confidence=0.6)

    def _sentence(self, doc: Document, sent: sentences.Sentence, ctx: dates.DateContext,
                  carry: DateSpan | None, found_names: list[NameMention],
                  antecedent: list[triggers.Trigger], topic: str | None, in_camps: bool,
                  listing: triggers.Trigger | None = None, before: DateSpan | None = None,
                  ) -> tuple[list[Mention], DateSpan | None, list[triggers.Trigger]]:
        """(mentions, the date later sentences inherit, the triggers a following "It" refers to);
        `in_camps`: the document is about camps (figures.about_camps); `listing`: the event
        word of the heading the sentence's list stands under"""
        figs = figures.find_figures(sent.text, sent.start, topic, in_camps)
        matches = dates.with_later_years(
            dates.find_dates(sent.text, sent.start, skip=[(f.start, f.end) for f in figs]))
        spans: list[DateSpan] = []
        periods: list[DateSpan] = []
        # "on 30 August 1918 …, on 5 September": a later date takes the year of an earlier one
        local = ctx.copy() if len(matches) > 1 else ctx
        for match in matches:
            if match is matches[0] and _DATE_LEAD.fullmatch(doc.text, sent.start, match.start):
                match = dates.leading_anchor(match, local)
            span = dates.resolve(match, local)
            if span is not None and any((s.start, s.end) == (span.start, span.end)
                                        and s.calendar != span.calendar for s in spans):
                continue  # "January 22, 1905; January 9 in the Julian calendar": one day twice
            if span is not None:
                (periods if span.period else spans).append(span)
                if not span.period and local is not ctx:
                    local.set(span)
            elif dates.from_the_present(match):
                carry = None  # "eighty years ago", "on Sunday" in a history: its own, unknown time
        if len(spans) > 1 and ctx.dateline_end is not None \
                and spans[0].char_end <= ctx.dateline_end:
            spans = spans[1:]  # the dateline's day is when it was filed, not when it happened
        if len(spans) > 1:
            # "attacked … early yesterday, killing 19, officials said today": the day a
            # statement was made dates the statement, not what it tells
            spans = [s for s in spans if not _REPORTED.search(
                doc.text, max(sent.start, s.char_start - 40), s.char_start)] or spans
        if len(spans) > 1 and _DATE_LEAD.fullmatch(doc.text, sent.start, spans[0].char_start):
            # "31 мая рабочие узнали, что с 1 июня цены повышаются": a later "from" day is
            # when a measure takes effect; the sentence's lead date is when it was told
            spans = [spans[0]] + [s for s in spans[1:] if s.start != s.end or not
                                  _ONSET.search(doc.text, max(0, s.char_start - 3), s.char_start)]
        trigs = _with_named_events(triggers.find_triggers(sent.text, sent.start), found_names)
        # "In 1990 the government acknowledged that the NKVD had committed it": the statement's
        # date dates none of what it tells
        spans = [s for s in spans if not _dates_a_statement(doc.text, s, trigs, sent.end)]
        pronoun = (_ANAPHOR.match(sent.text) or _answer(doc.text, sent)) \
            if not trigs and not figs and spans else None
        named = triggers.best(antecedent, doc.text) if pronoun else None
        if pronoun and named:
            # "The X Rebellion was a peasant uprising. It took place between August 1920 and
            # June 1921": the pronoun stands for the event the previous sentence named
            trigs = [triggers.Trigger(named.type, named.weight, sent.start,
                                      sent.start + pronoun.end(), pronoun.group())]
        told = trigs
        if not trigs and spans and sent.bullet and listing is not None \
                and _catalogue_entry(sent, spans):
            # "Soviet deportations of whole peoples" over "- Karachays: 2 November 1943, some
            # 69,000": a counted item with a date and no event word is one its heading lists
            kind = figures.kind_of(listing.text) or _TYPE_FIGURE.get(listing.type)
            if not figs and kind:
                figs = figures.listed_counts(sent.text, sent.start, kind,
                                             [(s.char_start, s.char_end) for s in spans])
            if figs:
                trigs = [triggers.Trigger(listing.type, 1, spans[0].char_start,
                                          spans[0].char_end, spans[0].as_written)]
        if not trigs and not figs and spans and not sent.heading:
            trigs = _date_led(sent, spans[0])
        if not trigs and not figs:
            # "Only in 1996 documents were found in the archives": the next sentences do not
            # happen in the year of their finding
            dated = spans and not (_about_a_publication(sent.text, sent.start, [])
                                   and not _told_in(doc.text, sent.start, spans[0])
                                   or _RESEARCH.search(sent.text))
            return [], spans[0] if dated else None, told
        finding = _a_finding(sent.text, figs)
        if finding and spans and all(_about_a_publication(
                doc.text[sent.start:s.char_end], sent.start, trigs) for s in spans):
            spans = []  # "a report published in 2008 found that 137 …": the report's year
        if not spans:
            if _about_a_publication(sent.text, sent.start, trigs) and not finding:
                return [], None, told
            # A sentence with no date of its own inherits the one its paragraph set; one that
            # names only a period ("in the 1870s") keeps it as a period, not as a date.
            told_before = carry or (before if figs else None)  # a toll told after the event
            # a period that dates the research ("investigations in the 1980s counted …") leaves
            # the count in the time of the story
            span = _inherited(told_before, sent.text) if told_before and (
                not periods or _INQUIRY.search(sent.text)) and not _WHOLE_SPAN.search(sent.text) \
                else None
            later = _LATER_CLAUSE.search(doc.text, sent.start, sent.end)
            cut = later.start() if later and any(t.end <= later.start() for t in trigs) else sent.end
            mention = self._mention(doc, sent, span, [t for t in trigs if t.end <= cut],
                                    [f for f in figs if f.end <= cut], found_names,
                                    sent.start, cut, periods[0] if periods else None)
            # "26 were killed and 87 wounded; seven men were later sentenced and shot": what
            # came later is its own claim, undated, not one of the day the paragraph tells
            after = self._mention(doc, sent, None, [t for t in trigs if t.end > cut],
                                  [f for f in figs if f.end > cut], found_names, cut, sent.end) \
                if cut < sent.end else None
            return [m for m in (mention, after) if m], None, told
        tail = _TRAILING_CLAUSE.search(doc.text, sent.start, spans[0].char_start) \
            if len(spans) == 1 and carry is not None and trigs else None
        if tail is not None and all(t.end <= tail.start() for t in trigs):
            # "… were arrested and flown to Moscow, where they signed the protocol on 26
            # August": the date is the clause's, the act before it goes on in the paragraph's time
            mention = self._mention(doc, sent, _inherited(carry, sent.text), trigs,
                                    [f for f in figs if f.start < tail.start()], found_names,
                                    sent.start, tail.start())
            return ([mention] if mention else []), carry, told
        inner = _interposed(doc.text, sent, spans, trigs)
        if inner is not None:
            return self._around_a_phrase(doc, sent, spans, trigs, figs, found_names, inner), \
                spans[0], told
        mentions = []
        # Each date owns the text from the clause break after the previous date up to the
        # clause break after itself: "On 13 March 1881 X was killed, and in 1881 Y was created."
        cuts = [sent.start]
        for a, b in zip(spans, spans[1:], strict=False):
            cuts.append(_cut_between(doc.text, cuts[-1], a, b, trigs))
        cuts.append(sent.end)
        listed: list[triggers.Trigger] = []
        for i, span in enumerate(spans):
            seg_start, seg_end = cuts[i], cuts[i + 1]
            seg_trigs = _clause_triggers(doc.text, span, trigs, seg_start, seg_end)
            if len(spans) == 1 and not seg_trigs:
                seg_trigs = trigs
            before_date = doc.text[seg_start:span.char_start]
            if not seg_trigs and (doc.text[span.char_start - 1:span.char_start] == "(" or (
                    _PREPOSITION.search(before_date) and not _OTHER_WORDS.search(
                        before_date + " " + doc.text[span.char_end:seg_end]))):
                # "the Left SR uprising in Moscow (6–7 July 1918)", "the trial took place in
                # 1922, from 8 June to 7 August": a date alone dates what was named before it
                seg_trigs = [t for t in trigs if t.end <= span.char_start][-1:]
                seg_trigs = [t for t in seg_trigs if t.type != "other"]  # "Germany (1922)"
            gap = doc.text[spans[i - 1].char_end:span.char_start] if i else ""
            if not seg_trigs and i and _DATE_LIST.fullmatch(gap):
                # "the Moscow trials (August 1936, January 1937 and March 1938)": a date
                # listed after another tells the same kind of event; one that opens a clause
                # of its own after a semicolon tells what that clause says, in words no
                # trigger list holds ("; в марте 1928 … дело стало политическим")
                seg_trigs = listed if not (";" in gap and _OTHER_WORDS.search(
                    doc.text, span.char_end, seg_end)) else [triggers.Trigger(
                        "other", 1, span.char_start, span.char_end, span.as_written)]
            listed = seg_trigs
            if _about_a_publication(doc.text[seg_start:seg_end], seg_start, seg_trigs) and \
                    not _dates_its_trigger(doc.text, span, seg_trigs) and \
                    not _told_in(doc.text, seg_start, span):
                continue
            seg_figs = [f for f in figs if seg_start <= f.start < seg_end]
            if len(spans) == 1:
                seg_figs = figs
            mention = self._mention(doc, sent, span, seg_trigs, seg_figs, found_names,
                                    seg_start, seg_end)
            acts = self._acts(doc, sent, span, trigs, figs, found_names, seg_end, spans, mention)
            if acts:  # the claim keeps its own clause, the acts after it theirs
                own_end = acts[0][0]
                mention = self._mention(doc, sent, span, [t for t in seg_trigs if t.start < own_end],
                                        [f for f in seg_figs if f.start < own_end], found_names,
                                        seg_start, own_end)
            if mention:
                mentions += self._dated_reference(doc, sent, span, trigs, mention, found_names,
                                                  seg_start)
                mentions.append(mention)
            elif not seg_trigs and not seg_figs:
                # "In the summer of 1918 … executed … on the night of 16–17 July": a finer
                # date with no event of its own dates the claim just told
                _refine(mentions[-1:], span, seg_end, doc.text, carried_only=False)
            mentions += [act for _, act in acts]
        # the context later sentences inherit is the date of an event told here, not of a
        # tenure or a life span beside it ("the head of the NKVD from 1936 to 1938")
        dated = [m.date for m in mentions if m.date]
        return mentions, dated[0] if dated else spans[0], told

    def _around_a_phrase(self, doc: Document, sent: sentences.Sentence, spans: list[DateSpan],
                         trigs: list[triggers.Trigger], figs: list[Figure],
                         found_names: list[NameMention], inner: tuple[int, int]
                         ) -> list[Mention]:
        """The main clause's claim, dated by the sentence's lead date, and the interposed
        phrase's, dated by its own (`_interposed`)."""
        p0, p1 = inner
        claims = []
        for span, keep in ((spans[0], lambda x: not p0 <= x < p1), (spans[1], lambda x: p0 <= x < p1)):
            start, end = (sent.start, sent.end) if span is spans[0] else inner
            claim = self._mention(doc, sent, span, [t for t in trigs if keep(t.start)],
                                  [f for f in figs if keep(f.start)],
                                  [n for n in found_names if keep(n.start)], start, end)
            if claim is not None:
                claims.append(claim)
        return claims

    def _acts(self, doc: Document, sent: sentences.Sentence, span: DateSpan,
              trigs: list[triggers.Trigger], figs: list[Figure], found_names: list[NameMention],
              seg_end: int, spans: list[DateSpan], main: Mention | None
              ) -> list[tuple[int, Mention]]:
        """"30 августа — убийство Урицкого; покушение на Ленина в Москве": the clauses after
        a semicolon that tell another act (another type, or the same at another place) are
        events of their own, of the same date; not "fired three shots; he was badly wounded".
        Each with where its clause begins."""
        acts = []
        for a, b in _clauses_after_semicolons(doc.text, span, seg_end, trigs, spans):
            cue = _STATEMENT.search(doc.text, a, b)
            if cue is not None and all(t.start >= cue.start() for t in trigs if a <= t.start < b):
                continue  # "; its report found that the killings were unjustified": a finding
            act = self._mention(doc, sent, span, [t for t in trigs if a <= t.start < b],
                                [f for f in figs if a <= f.start < b], found_names, a, b)
            # the main clause's type is its own words', before the first clause split off
            own = triggers.best([t for t in trigs if t.start < (acts[0][0] if acts else a)],
                                doc.text) if main is not None else None
            if act and (main is None or act.type != (own.type if own else main.type) or (
                    act.places and main.places and act.places != main.places)):
                acts.append((a, act))
        return acts

    def _dated_reference(self, doc: Document, sent: sentences.Sentence, span: DateSpan,
                         trigs: list[triggers.Trigger], main: Mention,
                         found_names: list[NameMention], seg_start: int) -> list[Mention]:
        """"Following Kirov's murder in December 1934, Stalin instituted a law": the date
        dates the act the opening phrase names, which is an event of its own (and the one
        other sources tell on that date), besides the act that followed it."""
        ref = _dated_trigger(doc.text, span, trigs)
        cue = triggers.time_reference_start(doc.text, ref) if ref and len(trigs) > 1 else None
        if ref is None or cue is None or ref.type in (main.type, "other") or not re.search(
                r"\b(?:in|on)(?:\s+the)?\s*$", doc.text[ref.end:span.char_start]):
            return []  # "after the February Revolution of 1917": a name's year, no dating
        told = self._mention(doc, sent, span, [ref], [], found_names, max(seg_start, cue),
                             span.char_end)
        return [told] if told else []

    def _mention(self, doc: Document, sent: sentences.Sentence, span: DateSpan | None,
                 trigs: list[triggers.Trigger], figs: list[Figure],
                 found_names: list[NameMention], seg_start: int, seg_end: int,
                 period: DateSpan | None = None) -> Mention | None:
        if span is None and not figs and period is None:
            return None  # undated and uncounted: nothing to put in a chronicle
        trigger = triggers.best(trigs, doc.text)
        if trigger is not None and not figs and _commemorated(doc.text, trigger, seg_start,
                                                              seg_end):
            # "workers struck to commemorate Bloody Sunday": the strike is the event
            trigger = triggers.best([t for t in trigs if not _commemorated(
                doc.text, t, seg_start, seg_end)], doc.text)
            if trigger is None:
                return None
        if trigger is None and not figs:
            return None
        begun = next((t for t in trigs if span is not None and not span.carried and t is not trigger
                      and _BEGUN_ON.fullmatch(doc.text, t.end, span.char_start)), None)
        if begun is not None:
            trigger = begun  # "during a strike that began the previous day": the strike's day
        if trigger is not None and span is not None and all(
                _aside_to(doc.text, t, sent, span) or span.char_start > t.end
                and triggers.is_time_reference(doc.text, t) for t in trigs) \
                and _dated_trigger(doc.text, span, trigs) is None:
            # "Узнав о повышении цен, 1 июня заводчане отправились к директору", "In 1909
            # Azef – who had taken part in assassinations – was exposed": the act the date
            # belongs to is the main clause's, in words no trigger list holds
            trigger = triggers.Trigger("other", 1, span.char_start, span.char_end,
                                       span.as_written)
        if trigger is None:
            event_type = _FIGURE_TYPE.get(figs[0].kind, "other")
            mood, attempt = "asserted", False
        else:
            event_type = trigger.type
            mood, attempt = triggers.modality(sent.text, trigger, sent.start)
            if event_type == "arrest" and figs and all(f.kind == "deported" for f in figs):
                event_type = "deportation"  # "30,000 imprisoned at the transit camp"
        in_segment = [n for n in found_names if seg_start <= n.start < seg_end]
        if trigger and event_type in ("killing", "execution", "attack") and not figs and \
                _one_person_on_another(doc.text, trigger, in_segment):
            # "Bogrov shoots Stolypin", "Narodnaya Volya kills Alexander II": an act against
            # one person by a named one is an assassination; "wounding him" makes it an attempt
            event_type = "assassination"
            attempt = attempt or bool(_SURVIVED.search(doc.text, trigger.end, sent.end))
        if event_type == "assassination" and (any((f.high or f.low or 0) >= 2 for f in figs)
                                              or _AT_A_CROWD.match(doc.text, trigger.end)):
            # "a guard shot at five prisoners", "fired at the men standing by the gate":
            # shooting at a group is no assassination
            event_type = "killing" if any(f.kind == "killed" for f in figs) else "attack"
        if event_type in ("strike", "uprising"):
            # "The strike, which eventually included more than 6,000 workers, …": people
            # counted in a strike with no word of what befell them are its strength
            figs = [replace(f, kind="strength") if f.kind == "other" and not _GOT_AWAY.search(
                f.quote) else f for f in figs]
        place_names = _event_places(doc.text, in_segment,
                                    destinations=event_type in ("deportation", "attack"))
        # roles are read against the act's own word, not one inside a body's name
        # ("the Khmer Rouge Tribunal sentenced Duch": "sentenced", not "Tribunal")
        verb = trigger if trigger is None or not _inside_a_name(trigger, in_segment) else next(
            (t for t in trigs if not _inside_a_name(t, in_segment)), trigger)
        actors = [Actor(role="event" if name.type == "event" else _role(doc.text, name, verb),
                        name=name) for name in in_segment if name.type != "place"
                  and not _a_source(doc.text, name)]
        if verb is not None:
            _russian_word_order(doc.text, verb, actors)
        for first, then in zip(actors, actors[1:], strict=False):
            # "carried out by the SS and the Gestapo": names joined to an agent are agents
            if first.role == "perpetrator" and then.role == "target" and verb is not None \
                    and first.name.start >= verb.end and _JOINED_AGENT.fullmatch(
                        doc.text, first.name.end, then.name.start):
                then.role = "perpetrator"
        for actor in actors:  # "Troops of the British Indian Army": the body inside acts too
            outer = next((o for o in actors if o is not actor and o.name.start <= actor.name.start
                          and actor.name.end <= o.name.end), None)
            if outer is not None and actor.role != "event":
                actor.role = outer.role
        confidence = 0.4 + (0.2 if span and span.as_written else 0) + \
            (0.1 * min(trigger.weight, 8) / 8 if trigger else 0) + (0.1 if figs else 0)
        return Mention(document=doc.name, start=sent.start, end=sent.end, quote=sent.text,
                       type=event_type, date=span, places=place_names, actors=actors,
                       figures=figs, attempt=attempt, modality=mood, extractor=self.name,
                       period=period,
                       extractor_version=self.version, confidence=round(confidence, 2))


_TARGET_AFTER = re.compile(r"\s+(?:at\s+|on\s+|в\s+)?(?:the\s+)?(?:(?:tsar|czar|emperor|empress|king|grand\s+duke|"
                           r"governor|minister|prime\s+minister|premier|ambassador|general|"
                           r"commissar|chairman)\b|[A-ZА-ЯЁ])")
_SURVIVED = re.compile(r"\b(?:wounding|wounded|unhurt|unharmed|survived|survives|missed|misses|"
                       r"escaped|escapes)\b", re.I)
_SAME_CLAUSE = re.compile(r"[^,;:()]*|,[^,;:()]{1,80},\s*[^,;:()]*|\s*\([^()]{1,80}\)\s*[^,;:()]*")


def _with_named_events(trigs: list[triggers.Trigger], found: list[NameMention]
                       ) -> list[triggers.Trigger]:
    """A sentence that names an event ("Bloody Sunday", "Кровавое воскресенье") tells one of
    the type its name's head gives, where no trigger word says more."""
    # a word inside a work's or a body's name is no act told: "Solzhenitsyn's account in The
    # Gulag Archipelago"
    trigs = [t for t in trigs if not any(
        n.type in ("organization", "person") and " " in n.form and n.start <= t.start
        and t.end <= n.end for n in found)]
    extra = []
    for n in found:
        kind = names.event_type(n.form) if n.type == "event" else None
        if kind and not any(t.start < n.end and n.start < t.end for t in trigs):
            extra.append(triggers.Trigger(kind, 6, n.start, n.end, n.form))
    return sorted(trigs + extra, key=lambda t: t.start) if extra else trigs


_CLAUSE_WORDS = re.compile(r"[^\W\d_]{2,}")


_ENTRY_WORDS = 7


def _catalogue_entry(sent: sentences.Sentence, spans: list[DateSpan]) -> bool:
    """A list item that is an entry, not prose: besides its dates and numbers a few words
    ("Karachays: 2 November 1943, some 69,000"), no sentence of its own."""
    text = sent.text
    for span in reversed(spans):
        text = text[:span.char_start - sent.start] + text[span.char_end - sent.start:]
    return len(_CLAUSE_WORDS.findall(text)) <= _ENTRY_WORDS


def _date_led(sent: sentences.Sentence, span: DateSpan) -> list[triggers.Trigger]:
    """"In 1926 the camp was turned into a prison", "31 мая 1962 года рабочие узнали …": a
    sentence that opens with its date tells something that happened then, even in words no
    trigger list holds; it is kept as an event of type "other" for a reviewer to type."""
    lead = _DATE_LEAD.match(sent.text)
    if lead is None or span.char_start > sent.start + lead.end() \
            or _COMMEMORATION.search(sent.text):  # "On 17 April 2017 the town marked …"
        return []
    rest = sent.text[span.char_end - sent.start:]
    if len(_CLAUSE_WORDS.findall(rest)) < 4:
        return []
    return [triggers.Trigger("other", 1, span.char_start, span.char_end, span.as_written)]


# "in the weeks that followed", "впоследствии": after the date the paragraph set, not on it
# a clause that goes on to what happened later: "…; seven men were later sentenced"
_LATER_CLAUSE = re.compile(r"[;:]\s+(?:[\w’'-]+\s+){0,4}?(?:later|afterwards|subsequently|eventually|"
                           r"впоследствии|позднее|позже)\b", re.I)
_AFTERWARDS = re.compile(r"\b(?:in\s+the\s+(?P<unit>days|weeks|months|years)\s+(?:that\s+)?"
                         r"(?:followed|following|after(?:wards)?)|in\s+the\s+following\s+"
                         r"(?P<unit2>days|weeks|months|years)|afterwards|subsequently|"
                         r"в\s+(?:последующие|следующие)\s+(?P<ru>дни|недели|месяцы|годы)|"
                         r"впоследствии|позднее|since\s+then|с\s+тех\s+пор|"
                         r"^\W*later(?!\s+(?:that|the\s+same|on)\b))\b",
                         re.I)


# "the night before", "two days earlier": told back from the day the paragraph is on
_BACK = re.compile(r"\b(?:the\s+(?:day|night|evening|morning)\s+before|the\s+previous\s+(?:day|"
                   r"night|evening|morning)|накануне|\w+\s+(?:days?|weeks?)\s+(?:earlier|before))$",
                   re.I)


def _flashback(span: DateSpan, carry: DateSpan | None) -> bool:
    """A day told back from the paragraph's ("The protest had begun the night before") is an
    aside: the sentences after it go on with the paragraph's day."""
    return carry is not None and span.start < carry.start and bool(_BACK.search(span.as_written))


def _inherited(carry: DateSpan, sentence: str) -> DateSpan:
    """The date a sentence without one of its own takes from its paragraph; what it says
    happened in the days after that date lies in its month, in the weeks or years after it
    in its year."""
    after = _AFTERWARDS.search(sentence)
    start, end = carry.start, carry.end
    if after:
        days = (after.group("unit") or after.group("unit2") or after.group("ru") or "") in (
            "days", "дни")
        start, end = (start[:7], end[:7]) if days else (start[:4], end[:4])
    return DateSpan(start, end, carry.as_written, carry.calendar, carry.char_start,
                    carry.char_end, carried=True)


def _refine(mentions: list[Mention], span: DateSpan, end: int, text: str,
            carried_only: bool = True) -> None:
    """"… executed 1111 people. It took him nine days, from 27 October to 4 November": a
    sentence (or clause) that tells no event of its own but a finer date inside the one a
    claim has dates that claim (only an inherited date, `carried_only`, from another
    sentence), and so does a span of days of that year after an inherited date ("On 10
    November he reported: 'the sentence was carried out'. It took nine days, from 27 October
    to 4 November"); its quote grows to `end` to hold the date."""
    for mention in mentions:
        date = mention.date
        if date is None or carried_only and not date.carried:
            continue
        finer = len(span.start) > len(date.start) and span.start[:len(date.start)] >= date.start \
            and span.end[:len(date.end)] <= date.end
        told = date.carried and span.start != span.end and len(span.start) == 10 \
            and span.start[:4] == date.start[:4]
        if not (finer or told):
            continue
        mention.date = span
        mention.end = max(mention.end, end)
        mention.quote = text[mention.start:mention.end]


def _indented(text: str, start: int) -> bool:
    line_start = text.rfind("\n", 0, start) + 1
    return start > line_start and not text[line_start:start].strip()


def _continues(mention: Mention, before: dates.DateContext) -> bool:
    """Whether the mention goes on with what the previous sentences told: no date of its own,
    or one in the month (or year) they were telling ("After the suppression on 18 March 1921"
    after "Between 1 and 18 March 1921 …"); "In November 1920 …" after March 1919 is new."""
    date = mention.date
    if date is None or date.carried or before.year is None:
        return True
    year, _, month = date.start.partition("-")
    return int(year) == before.year and (before.month is None or not month
                                         or int(month[:2]) == before.month)


def _one_person_on_another(text: str, trigger: triggers.Trigger, names: list[NameMention]) -> bool:
    """A named person or group acts on one person: 'Zasulich shoots the governor …'. A body
    of the state shooting someone ('the Cheka shot Kaplan') is an execution."""
    names = [n for n in names if n.type not in ("place", "event")]
    if _PASSIVE.search(text, max(0, trigger.start - 30), trigger.start) or _AUXILIARY.match(
            text, trigger.start):
        # "Alexander II was killed by a bomb thrown by a member of Narodnaya Volya": one
        # person the act befell, a named agent after "by"
        victim = next((n for n in reversed(names) if n.end <= trigger.start
                       and _SAME_CLAUSE.fullmatch(text[n.end:trigger.start])), None)
        agent = next((n for n in names if n.start > trigger.end and n.start - trigger.end <= 80
                      and re.search(r"\bby\b", text[trigger.end:n.start])
                      and not _CLAUSE_PUNCT.search(text[trigger.end:n.start])), None)
        return victim is not None and victim.type == "person" and agent is not None \
            and trigger.type != "execution"
    if not _TARGET_AFTER.match(text, trigger.end):
        return False
    after = [n for n in names if n.start >= trigger.end]
    # the subject: the last name before the verb in its clause, an apposition aside
    # ("Dmitry Bogrov, an Okhrana informer, shoots Stolypin")
    subject = next((n for n in reversed(names) if n.end <= trigger.start
                    and _SAME_CLAUSE.fullmatch(text[n.end:trigger.start])), None)
    if subject is None or trigger.type == "execution" and subject.type != "person" \
            or _DETERMINER_BEFORE.search(text, max(0, subject.start - 6), subject.start):
        return False  # "the Anfal campaign against …": a name that modifies the act's noun
    target = after[0] if after and after[0].start - trigger.end <= 60 \
        and "(" not in text[trigger.end:after[0].start] else None  # "(Hiltermann 2007)": cited
    if target is None:  # "shoots the governor", but not "attacked Jewish homes"
        return not _TARGET_AFTER.match(text, trigger.end).group().strip()[:1].isupper()
    return target.type == "person"


# the people shot at, not the agent of a passive ("was killed by members of the party")
_AT_A_CROWD = re.compile(r"\s+(?!by\b)(?:the\s+|a\s+)?(?:[\w-]+\s+)?(?:" + "|".join(sorted(figures.PEOPLE))
                         + r"|crowds?|columns?|processions?|demonstrations?|marches)\b", re.I)
_DETERMINER_BEFORE = re.compile(r"\b(?:the|a|an)\s+$", re.I)


# "it" as a subject: opening a clause, or anywhere before an auxiliary ("in 1922 it was …")
_IT = Prefiltered(r"(?:(?:^|[,;:]\s+|\band\s+)[Ii]t\s+|\b[Ii]t\s+(?=(?:was|were|is|had|has)\b))"
                  r"(?:(?:was|were|is|had|has)\s+(?:been\s+)?)?(?:\w+ly\s+)?(?P<verb>\w+)")


def _add_referent(mention: Mention, subject: NameMention) -> None:
    """"Established on 20 December 1917, it was led by Dzerzhinsky": the body named in an
    earlier sentence is an actor of an event told of "it"."""
    found = _IT.search(mention.quote)
    if found is None or any(a.name.form == subject.form for a in mention.actors):
        return
    done_to = bool(re.search(r"\b(?:was|were|is|been)\s+(?:\w+ly\s+)?$",
                             mention.quote[:found.start("verb")]))
    mention.actors.append(Actor(role="target" if done_to else "perpetrator", name=subject))


_COMMENTS = re.compile(r"^\W{0,3}(?:\d+\s+)?(?:comments?|responses?|replies|reader comments|"
                       r"leave a (?:reply|comment)|discussion|\d+\s+thoughts?\s+on\b)", re.I)
def _answer(text: str, sent: sentences.Sentence) -> re.Match[str] | None:
    """"Q: When were you arrested? A: In March 1949.": an interview's answer tells the act its
    question asks about."""
    found = _ANSWER.match(sent.text)
    if found is None:
        return None
    asked = text.rfind("\n", 0, max(0, text.rfind("\n", 0, sent.start)))
    return found if _QUESTION.match(text, asked + 1) else None


_ANSWER = re.compile(r"(?:A|Answer|О|Ответ)\s*[:.]", re.I)
_QUESTION = re.compile(r"\s*(?:Q|Question|В|Вопрос)\s*[:.][^\n]*\?\s*$", re.I | re.M)
_ANAPHOR = re.compile(r"(?:It|This|The\s+(?:event|episode|affair))(?=\s+(?:\w+ly\s+)?(?:took\s+place|"
                     r"lasted|began|started|ended|broke\s+out|happened|occurred|continued|"
                     r"was\s+(?:launched|carried\s+out|held|crushed|suppressed|put\s+down)))")
_BACK_MATTER = re.compile(r"^\W{0,3}(?:references|notes|bibliography|sources|further\s+reading|"
                          r"external\s+links|see\s+also|literature|footnotes|citations|"
                          r"works\s+cited|endnotes)\W*$", re.I)
_COMMENT_HEADER = re.compile(r"\b(?:says|said|wrote|replied)\s*:|\bat\s+\d{1,2}:\d{2}\s*(?:am|pm)?\b|"
                             r"^\W{0,3}reply\W*$", re.I)
_CITATION_LINE = re.compile(r"^\W{0,3}[A-ZÀ-Ž][\w’'.-]+(?:\s+[A-ZÀ-Ž][\w’'.-]+){0,3},\s+[^.;:]{3,150}?"
                            r"[\s,(]\d{4}\)?\.?$")
# a scanned page's running head or foot: "THE JUNE DEPORTATIONS      17", "17", "– 18 –"
# (not a chronology's "1919" heading)
_PAGE_FURNITURE = re.compile(r"\W{0,2}\d{1,3}\W{0,2}|[^\n]{1,80}?\S[ \t]{4,}\d{1,3}|"
                             r"\d{1,3}[ \t]{4,}\S[^\n]{0,80}")


def _is_citation(text: str, sent: sentences.Sentence) -> bool:
    """A line of its own shaped "Author, Title Year" — not a sentence that ends on a date."""
    own_line = text[max(0, sent.start - 1):sent.start] in ("", "\n") and \
        text[sent.end:sent.end + 1] in ("", "\n")
    # "MONTREAL GAZETTE, August 20, 1936" is a paper's dateline: it dates what follows
    return own_line and bool(_CITATION_LINE.match(sent.text)) and not re.search(
        rf"(?:\b(?:in|on|of|by)|{dates.MONTH}|{dates.MONTH}\s+\d{{1,2}},?|\d{{1,2}}\s+{dates.MONTH},?)"
        rf"\s+\(?\d{{4}}\)?\.?$", sent.text)


_POSTED = re.compile(r"\b(?:posted|published|updated|written)(?:\s+on)?:?\s+(?:\w+\s+)?"
                     r"(?:\d{1,2}\s+\w+\s+|\w+\s+\d{1,2},\s+)?(\d{4})", re.I)


def _dateline_place(written: str) -> str:
    """"SHARPEVILLE" -> "Sharpeville", "Moscow" as written: the gazetteer's name when it has
    one."""
    form = written.title() if written.isupper() else written
    known = places.lookup(form, "in ")
    return known.name if known else form


def _title_year(doc: Document) -> str | None:
    years = {y for value in (doc.title, doc.url) for y in re.findall(r"(?<!\d)(1[5-9]\d\d|20\d\d)(?!\d)",
                                                                     str(value or ""))}
    return years.pop() if len(years) == 1 else None  # one year, or none that can be trusted


def _written_year(doc: Document) -> int | None:
    """The year the document was written or posted (metadata, else a "Posted on" line)."""
    for value in (doc.date, doc.meta.get("date")):
        found = re.search(r"\b(1[5-9]\d\d|20\d\d)\b", str(value or ""))
        if found:
            return int(found.group(1))
    found = _POSTED.search(doc.text[:2000])
    return int(found.group(1)) if found else None


def _new_style_told_twice(mentions: list[Mention]) -> None:
    """"Ленский расстрел (17 апреля 1912 года)" over a text that tells the shooting "4 апреля":
    in a text written in the Old Style, a day written as the New Style day of the same kind of
    event told elsewhere in it is that New Style day, not an Old Style one."""
    told: dict[str, set[str]] = {}
    for m in mentions:
        if m.date and m.date.start == m.date.end:
            told.setdefault(m.type, set()).add(m.date.start)
    for m in mentions:
        day = dates.as_written_day(m.date) if m.date else None
        if day is not None and day in told.get(m.type, ()):
            m.date = DateSpan(day, day, m.date.as_written, "gregorian", m.date.char_start,
                              m.date.char_end, m.date.carried, m.date.period)


def _without_present_framing(mentions: list[Mention], written: int | None) -> list[Mention]:
    """A history written in 2017 that opens with "this October 2017, a hundred years later"
    dates its own writing, not an event: drop dates from the year of writing on, when the
    events the document tells lie decades earlier."""
    if written is None:
        return mentions
    years = sorted(int(m.date.start[:4]) for m in mentions if m.date)
    if not years or years[len(years) // 2] > written - 30:
        return mentions
    return [m for m in mentions if not m.date or int(m.date.start[:4]) < written]


# a semicolon, colon, bracket or dash, or a full stop before a space; led by one character
# class, which the regex engine skips to fast
_CLAUSE_END = re.compile(r"[;:()–—.](?:(?<=\.)\s|(?<!\.))")
# "wrote up his findings" is a publication; "wrote that …" reports a claim about events
_PUBLICATION = Prefiltered(r"\b(?:wrote|written|writes|published|republished|translated|reviewed|"
                           r"recounted|gave\s+an?\s+(?:\w+\s+)?account|articles?(?!\s+\d)|book|memoirs?|"  # not a code's "article 58"
                           r"pamphlets?|brochures?|essays?|treatise|novels?|"
                           r"born(?=\s+(?:in|on|at|into)\b|\s*[\d(,])|news\s+of|truth\s+about|"
                           r"сведени\w*|правд\w*\s+об?)\b(?!\s+that\b)",
                           ignore_case=True)
# the archives, a find, an exhumation: the research that brought events to light, in its own year
_INQUIRY = re.compile(r"\b(?:investigations?|inquir(?:y|ies)|studies|surveys?|census|research|"
                      r"historians|scholars)\b|(?<!\w)(?:расследовани\w*|исследовани\w*|историк\w*)",
                      re.I)
_RESEARCH = Prefiltered(r"\b(?:archives?|archival|declassified|discover(?:ed|y)|unearthed|"
                        r"identification|exhum\w+|опубликова\w*|архив\w*|рассекреч\w*|"
                        r"обнаружен\w*|эксгумац\w*)\b", ignore_case=True)


def _clause_cut(text: str, after: int, before: int) -> int:
    """Where one date's clause ends and the next one's begins: at a semicolon when there is
    one (a comma may only close an apposition, "Uritsky, head of the Cheka, was killed"), else
    a comma, else the last "and" or "и" ("the Tambov rising of 1920–21 and the Kronstadt mutiny
    of March 1921", "арестован 22 ноября 1956 года и казнён 16 июня 1958 года") or word that
    opens a clause ("the strike of July 1953 ended when guards shot
    53 on 1 August")."""
    between = text[after:before]
    found = re.search(r";", between) or re.search(r"[,:]", between)
    if found:
        return after + found.end()
    joined = list(re.finditer(r"\s(?:and|but|while|when|until|whereupon|after|before|и|а|но|"
                              r"когда|пока|после|затем)\s", between))
    return after + joined[-1].start() + 1 if joined else before


# what may stand before a date that opens its clause: "During 1937 and 1938, …", "В июне 1962 года …"
_DATE_LEAD = re.compile(r"\W*(?:(?:in|on|at|by|during|throughout|from|between|since|until|after|"
                        r"before|around|about|early|late|mid|the|of|morning|evening|night|hours|"
                        r"dawn|small|"
                        r"afternoon|then|finally|later|eventually|soon|в|во|с|со|к|на|по|до|около|"
                        r"утром|вечером|ночью|днём|днем|затем|потом)[\s,]+)*", re.I)
_DATE_LIST = re.compile(r"\s*(?:,|;|\band\b|\bor\b|и)\s*(?:(?:and|or|и)\s+)?(?:(?:in|on|и|в)\s+)?")
_STRONG_BREAK = re.compile(r"[;()\[\]]|\s[–—-]\s|—")
_BRACKETED = re.compile(r"\([^()]*\)|\[[^\[\]]*\]")


_REPORTED = re.compile(r"\b(?:said|says|announced|reported|stated|confirmed|told\s+\w+|"
                       r"сообщил[аио]?|заявил[аио]?|объявил[аио]?)\s+(?:on\s+|in\s+)?$", re.I)
_ONSET = re.compile(r"(?<!\w)(?:с|со|from)\s+$", re.I)
# a relative clause after the main one: ", where …", ", after which …", ", где …"
_TRAILING_CLAUSE = re.compile(r",\s+(?:where|whereupon|after\s+which|(?:an?\s+\w+\s+)?(?:which|whom)|"
                              r"while|whereas|где|после\s+чего|который|которую|которое|которые|"
                              r"а\s+(?:ещё|еще)\s+\w+)\b", re.I)  # ", while another died four months later"
# what opens a phrase set between a lead date and its main clause: "following …", "acting
# on …", "two weeks after …", "when …"
_PHRASE_OPENER = re.compile(r"(?:(?:some|a\s+few|\w+)\s+(?:days?|weeks?|months?|years?)\s+"
                            r"(?:after|before|later)|after|before|following|since|when|while|"
                            r"despite|[a-z]+ing)\b")


def _interposed(text: str, sent: sentences.Sentence, spans: list[DateSpan],
                trigs: list[triggers.Trigger]) -> tuple[int, int] | None:
    """"In the spring of 1940, acting on an order signed in early March, the NKVD murdered
    22,000 Poles": the sentence's lead date dates its main clause, and a date in a phrase set
    off by commas between them dates that phrase only. Where the phrase lies, or None."""
    if len(spans) != 2:
        return None
    a, b = spans
    comma = re.compile(r"\s*,\s*").match(text, a.char_end)
    if comma is None or not _DATE_LEAD.fullmatch(text, sent.start, a.char_start) \
            or not _PHRASE_OPENER.match(text, comma.end()):
        return None
    p0 = comma.end()
    close = text.find(",", b.char_end, sent.end)
    if close < 0 or _STRONG_BREAK.search(text, p0, close) \
            or not any(t.start > close for t in trigs):
        return None
    return p0, close


def _cut_between(text: str, start: int, a: DateSpan, b: DateSpan,
                 trigs: list[triggers.Trigger]) -> int:
    """Where the clause of date `a` (whose segment begins at `start`) ends and that of the
    next date `b` begins. A date that closes its clause ("After the assassination … on
    13 March 1881, the government created …") ends at the punctuation after it. A date that
    opens its clause ("In July–August 1936, X and fourteen others were convicted of having
    organised a centre formed in 1932") takes the event words after it that are nearer to it
    than to `b`, never across a semicolon, bracket or dash, and never one that names `b`
    ("the assassination of Kirov in December 1934"). Without event words between, the clause
    punctuation decides (`_clause_cut`)."""
    between = [t for t in trigs if a.char_end <= t.start and t.end <= b.char_start]
    opens = bool(_DATE_LEAD.fullmatch(_CLAUSE_PUNCT.split(text[start:a.char_start])[-1]))
    if not between or not opens:
        return _clause_cut(text, a.char_end, b.char_start)

    def cost(t: triggers.Trigger, side: str) -> int:
        lo, hi = (a.char_end, t.start) if side == "a" else (t.end, b.char_start)
        inside = _BRACKETED.sub("", text[lo:hi])  # "17 August 1918 (O.S.) Uritsky …" goes on
        return hi - lo + (1000 if _STRONG_BREAK.search(inside) else 0)

    def names_b(t: triggers.Trigger) -> bool:  # no other event word between it and `b`
        return 0 <= b.char_start - t.end <= 60 and t is between[-1] and \
            bool(_DATED_BY.fullmatch(text[t.end:b.char_start]))

    # the first event word after an opening date is its clause's verb; the others go nearer
    to_a = [t for i, t in enumerate(between) if not names_b(t)
            and (i == 0 and cost(t, "a") < 1000 or cost(t, "a") <= cost(t, "b"))]
    if not to_a:
        return _clause_cut(text, a.char_end, between[0].start)
    last = max(t.end for t in to_a)
    nxt = min((t.start for t in between if t.start >= last), default=b.char_start)
    return _clause_cut(text, last, nxt)


# "the assassination of Uritsky on …", "Order No. 00447 of 30 July 1937", "declared in their
# newspaper on September 3" (no other date or verb between)
_DATED_BY = re.compile(r"\s+(?:(?:No\.?|Nr\.?|n°|№|number)\s*[\w/-]+\s+)?"
                       r"(?:(?:of|in|at)\s+(?:(?!\band\b)[^,;.()\d]){1,40}?\s+)?"
                       r"(?:on|in|of)(?:\s+the)?\s*")


_PREPOSITION = re.compile(r"\b(?:from|between|on|in)\b", re.I)
_OTHER_WORDS = re.compile(r"\b(?!(?:from|to|on|in|between|and|the|of|until|till|through|since|or)\b)"
                          r"[^\W\d_]{2,}", re.I)
_HEAD_OF = re.compile(r"\s+of\s+(?:the\s+|a\s+|an\s+)?(?:[\w’'-]+\s+){0,3}")
_GOVERNS = re.compile(r"\s+(?:the\s+|a\s+|an\s+)?(?:[\w’'-]+\s+){0,2}")


def _clause_triggers(text: str, span: DateSpan, trigs: list[triggers.Trigger], seg_start: int,
                     seg_end: int) -> list[triggers.Trigger]:
    """The trigger the date directly modifies ("the assassination of X on 13 March 1881"),
    else the triggers in the date's own clause (between semicolons, dashes, parentheses),
    else those of the date's segment of the sentence."""
    def clause(pos: int) -> tuple[int, int]:
        starts = [m.end() for m in _CLAUSE_END.finditer(text, max(0, pos - 300), pos)]
        end = _CLAUSE_END.search(text, pos, pos + 300)
        return (starts[-1] if starts else pos - 300, end.start() if end else pos + 300)

    t = _dated_trigger(text, span, trigs)
    if t is not None and not (len(trigs) > 1 and triggers.is_time_reference(text, t)):
        # "decreed the Red Terror on 5 September": the decree governs its object
        verb = next((o for o in trigs if o.type == "decree" and o.end <= t.start
                     and _GOVERNS.fullmatch(text[o.end:t.start])), None)
        # "the suppression of the sailors' mutiny at Kronstadt in March 1921": the head
        head = next((o for o in trigs if o.end <= t.start
                     and _HEAD_OF.fullmatch(text[o.end:t.start])), None)
        return [verb or head or t]
    trigs = [t for t in trigs if seg_start <= t.start < seg_end]
    lo, hi = clause(span.char_start)
    inside = [t for t in trigs if lo <= t.start < hi]
    return inside or trigs


def _clauses_after_semicolons(text: str, span: DateSpan, seg_end: int,
                              trigs: list[triggers.Trigger], spans: list[DateSpan]
                              ) -> list[tuple[int, int]]:
    """The clauses after the date's own, split off by semicolons, that hold an event word
    and no date of their own."""
    cuts = [m.end() for m in re.finditer(r";", text[span.char_end:seg_end])]
    bounds = [span.char_end + c for c in cuts] + [seg_end]
    return [(a, b) for a, b in zip(bounds, bounds[1:], strict=False)
            if any(a <= t.start < b and t.type != "other" for t in trigs)
            and not any(a <= s.char_start < b for s in spans)
            and text[a:b].count("(") == text[a:b].count(")")]


def _aside_to(text: str, trigger: triggers.Trigger, sent: sentences.Sentence,
              span: DateSpan) -> bool:
    """The trigger is in an aside the date is not in: it describes, the date dates the main
    clause ("In 1909 Azef – who had taken part in assassinations – was exposed"); but "(heroine
    of a celebrated 1878 trial)" dates its own act."""
    bounds = triggers.aside(text, trigger, sent.start, sent.end, (
        span.char_start, span.char_end, span.char_start - sent.start <= 3))
    return bounds is not None and not bounds[0] <= span.char_start < bounds[1]


def _dated_trigger(text: str, span: DateSpan, trigs: list[triggers.Trigger]
                   ) -> triggers.Trigger | None:
    """The event word the date directly dates, the nearest before it: "the assassination of
    Tsar Alexander II on 13 March 1881"; not "sentenced … to death in August 1922" (the date
    is the verb's) nor an instrument ("with a bomb in 1881")."""
    for t in reversed(trigs):
        if 0 <= span.char_start - t.end <= 60 and _DATED_BY.fullmatch(
                text[t.end:span.char_start]) and not triggers.is_instrument(text, t) \
                and not re.search(r"\bto\s+$", text[max(0, t.start - 4):t.start]):
            return t
    return None


def _about_a_publication(segment: str, offset: int, trigs: list[triggers.Trigger]) -> bool:
    """"Serge wrote up his findings … in 1921", "Kennan gave an account of the exile system in
    1890": the date is a publication's when a publication word comes before every trigger
    (what was written about is not what happened then)."""
    found = _PUBLICATION.search(segment)
    if found is None:
        return False
    for t in trigs:
        between = segment[found.end():t.start - offset]
        if found.group().lower() == "born" and "," in between:
            return False  # "Born in 1890 in Minsk, he was arrested in 1937": the birth is an aside
        if triggers.CAUSED.search(between):
            return False  # "News of the shooting provoked strikes in May": the strikes are told
    return all(t.start - offset > found.start() for t in trigs)



# what a book or an article tells: "the book reconstructs the two days of April 1903"
_TELLS = re.compile(r"\b(?:reconstruct|describ|trac|chronicl|cover|narrat|retell|recount|depict|"
                    r"portray|examin|explor|revisit|document)(?:e|es|s|ed|ing)?\b|"
                    r"\b(?:is|are|was)\s+about\b|\bdeals?\s+with\b|\bfocus(?:es)?\s+on\b|"
                    r"(?<!\w)(?:описыва\w*|рассказыва\w*|восстанавлива\w*|посвящен\w*)", re.I)


def _told_in(text: str, start: int, span: DateSpan) -> bool:
    """"Judge's book reconstructs the two days of April 1903": a date after the verb that
    tells what a publication is about dates its story, not the publication."""
    before = text[start:span.char_start]
    found = _PUBLICATION.search(before)
    return found is not None and _TELLS.search(before, found.end()) is not None


# "a report published in 2008 found that 137 had been killed", "according to a study
# published by …, 137 died": the publication's finding is told, in the time of the story
# the verbs that report what a source found or admitted, in a "that" clause
_THAT_VERBS = (r"found|showed|shows|concluded|established|estimated|revealed|documented|confirmed|"
               r"acknowledged|admitted|conceded|confessed|denied|ruled")
_FINDING = re.compile(rf"\b(?:according\s+to|(?:{_THAT_VERBS})\s+that|по\s+данным|согласно)\b", re.I)


def _a_finding(segment: str, figs: list[Figure]) -> bool:
    """The publication a segment names reports a count of the story's own events."""
    return bool(figs) and _FINDING.search(segment) is not None


_TRIGGER_THEN_DATE = re.compile(r"^\s+(?:in|on|of)\s+(?:the\s+\w+\s+of\s+)?$", re.I)


def _dates_a_statement(text: str, span: DateSpan, trigs: list[triggers.Trigger],
                       end: int) -> bool:
    """"In 1990 the government acknowledged that the NKVD had committed the massacre": a date
    before a statement's verb dates the statement; the acts its "that" clause tells are not of
    that date (but "Serge wrote that in 1918 the Cheka shot 500" dates the shooting), nor
    those of "The inquiry concluded today that …"; a statement in another clause ("…
    established in 1998; its report found that …") dates nothing before it."""
    begin = max(0, span.char_start - 30)
    if "that" not in text[begin:end] and "что" not in text[begin:end]:
        return False  # most sentences: no content clause at all
    found = next((m for m in _STATEMENT.finditer(text, begin, end) if m.end() >= span.char_end), None)
    if found is None or ";" in text[span.char_end:found.start()]:
        return False
    after = [t for t in trigs if t.start >= span.char_end]
    return any(t.start >= found.end() for t in after) and all(
        t.start >= found.start() for t in after)


_STATEMENT = re.compile(rf"\b(?:{_THAT_VERBS})\s+(?:\w+\s+){{0,2}}?that\b|"
                        r"(?<!\w)(?:признал\w*|сообщил\w*|подтвердил\w*)"
                        r"\s*,?\s+(?:\w+\s+){0,2}?что\b", re.I)


def _dates_its_trigger(text: str, span: DateSpan, trigs: list[triggers.Trigger]) -> bool:
    """"the story of the Commission from its founding in December 1917": the date is bound to
    the event its subject underwent, whatever the sentence says about a book (not so "his
    findings on the repression in 1921", a topic)."""
    return any(_TRIGGER_THEN_DATE.match(text[t.end:span.char_start])
               and _POSSESSIVE.search(text, max(0, t.start - 8), t.start) for t in trigs
               if 0 <= span.char_start - t.end <= 30)


_POSSESSIVE = re.compile(r"\b(?:its|his|her|their)\s+$", re.I)


_BORN_IN = re.compile(r"\b(?:born|родил(?:ся|ась))\b[^,;.]{0,25}?(?:\bin|(?<!\w)в)\s+$", re.I)
_DESTINATION = re.compile(r"\b(?:to|into|towards|across)\s+(?:the\s+)?$", re.I)
_RU_DESTINATION = re.compile(r"(?<!\w)(?:в|во|на)\s+$", re.I)


# whose the troops were: "troops of the Soviet Union, Poland and Hungary", "войска СССР"
_ARMY_OF = re.compile(r"\b(?:troops|forces|armies|army|soldiers|units|divisions|tanks)\s+(?:from|of)"
                      r"\s+(?:the\s+)?$|(?<!\w)(?:войска|войсками|войск|армии|армия|части)\s+$", re.I)
_LISTED = re.compile(r"(?:,\s*|\s+and\s+|\s+и\s+)(?:the\s+)?$")


def _an_army_s(text: str, name: NameMention, found: list[NameMention]) -> bool:
    """Whether the place names whose troops acted (in a list after "troops of"), not where."""
    start = name.start
    while True:
        if _ARMY_OF.search(text, max(0, start - 30), start):
            return True
        listed = _LISTED.search(text, max(0, start - 12), start)
        before = listed and next((n for n in found if n.end == listed.start()), None)
        if not before:
            return False
        start = before.start


# what figures counts as "other" by its verb: those who got away, those fired at
_GOT_AWAY = re.compile(r"\b(?:" + dict(figures.KIND_VERBS)["other"] + r")\b", re.I)
# where the orders came from, not where the act was done: "acting on instructions from Moscow"
# where the people came from, not where it befell them: "1,111 prisoners from Solovki were shot"
_PEOPLE_FROM = re.compile(r"\b(?:" + "|".join(sorted(figures.PEOPLE)) + r")\s+from\s+(?:the\s+)?$|"
                          r"(?<!\w)(?:заключ[её]нн\w*|узник\w*|рабоч\w*|крестьян\w*)\s+из\s+$", re.I)
_SENT_FROM = re.compile(r"\b(?:instructions?|orders?|directives?|telegrams?|letters?|pressure|"
                        r"advisers?|envoys?|emissaries|commands?)\s+(?:\w+\s+)?from\s+(?:the\s+)?$|"
                        r"(?<!\w)(?:указани\w*|приказ\w*|директив\w*|телеграмм\w*)\s+(?:\w+\s+)?из\s+$",
                        re.I)


def _event_places(text: str, found: list[NameMention], destinations: bool = False) -> list[str]:
    """Places where something happened, by their gazetteer name; a destination ("escaped to
    Finland") only counts for deportations, and whose troops they were never."""
    out: list[str] = []
    for name in found:
        if name.type != "place":
            continue
        before = text[max(0, name.start - 30):name.start]
        whither = _DESTINATION.search(before) or _RU_DESTINATION.search(before) and \
            morphology.is_accusative(name.form.split()[-1])
        if whither and not destinations or _an_army_s(text, name, found) or _BORN_IN.search(
                text, max(0, name.start - 40), name.start) or _SENT_FROM.search(before) \
                or _PEOPLE_FROM.search(before):
            continue  # nor "Born in 1890 in Minsk", "on instructions from Moscow", "prisoners from Solovki"
        label = place_label(name.form, before)
        if label not in out:
            out.append(label)
    return out


def _sentence_openers(text: str, split: list[sentences.Sentence]) -> dict[int, str]:
    """One-word "names" that only ever open a sentence ("Summary", "Nonetheless") are ordinary
    words; a real name also turns up inside some sentence of the same document."""
    first: dict[int, str] = {}
    for sent in split:
        # a sentence's first word, and in an infobox each value's ("Attack type: Mass murder")
        for word in [_WORD.search(sent.text)] + [
                _WORD.match(sent.text, m.end() + 1) for m in sentences.LABEL.finditer(sent.text)]:
            if word and word.group()[0].isupper():
                first[sent.start + word.start()] = word.group()
    inside = {m.group() for m in _CAPITALISED.finditer(text)
              if m.start() not in first and m.group()[0].isupper()}
    return {pos: word for pos, word in first.items()
            if word not in inside and not _SURNAME_ENDING.search(word)
            and not _SUBJECT_OF.match(text, pos + len(word))
            # "Тухачевского арестовали …": the dictionary reads a Russian surname
            and not (morphology.CYRILLIC_WORD.fullmatch(word)
                     and morphology.name_kind(word) == "person")}


_WORD = re.compile(r"[\w’'-]+")
# "Kannegisser killed Uritsky": a word that a verb follows is the sentence's subject
_SUBJECT_OF = re.compile(r"\s+(?:was|were|had|has|is|became|remained|wrote|led|fled|shot|"
                         r"(?!(?:the|a|an|in|on|of|and)\b)[a-z]+ed)\b")
# "Dzerzhinsky was succeeded by …": a surname may open a sentence and nowhere else
_SURNAME_ENDING = re.compile(r"(?:sky|ski|skii|skiy|ov|ova|ev|eva|ich|enko|uk|yan|ян|ий|ов|ев|"
                             r"ин|ова|ева|ина)$")
# a capital not inside a word; led by its character class, which the regex engine skips to fast
_CAPITALISED = re.compile(r"[A-ZА-ЯЁ\u00C0-\u00DE\u0100-\u017F\u0370-\u03FF](?<![\w’'-].)[\w’'-]*")


# the agent, or the body the agents belong to ("killed by members of the SR Party")
_BY_BEFORE = re.compile(r"\b(?:by\s+(?:(?:the\s+|a\s+)?(?:members?|agents?|men|officers?|soldiers|troops|units?|"
                        r"detachments?|group|squad)\s+of\s+)?|(?:troops|forces|soldiers|units|tanks|detachments)\s+of\s+|"
                        r"under\s+(?:the\s+(?:command|leadership)\s+of\s+)?)(?:the\s+)?(?:[a-z]+\.?\s+)?$")
# "by the NKVD under Beria", "under General Suharto", "troops of the Soviet Union crossed"
# the one whose decision it was: "on the orders of Stalin", "по решению Политбюро"
_ORDERED_BY = re.compile(r"(?:\b(?:on|at|by|under)\s+(?:the\s+)?(?:orders?|instructions?|behest|"
                         r"command|decision|initiative)\s+of\s+(?:the\s+)?|(?<!\w)(?:по|согласно)\s+"
                         r"(?:решению|приказу|приказом|указанию|распоряжению|постановлению|"
                         r"инициативе)\s+)$", re.I)
_WHERE_BEFORE = re.compile(r"\b(?:at|in|into|to|near|from|inside|outside|towards|in\s+front\s+of|"
                           r"behind)\s+(?:the\s+)?$", re.I)
# a noun's modifier ("a procession led by"), not the clause's own passive ("it was led by")
_LED_BY = re.compile(r"(?<!was )(?<!were )(?<!been )(?<!is )(?<!are )\b(?:led|headed|organi[sz]ed|"
                     r"founded|commanded|accompanied|joined|followed|chaired|inspired)\s+by\s+"
                     r"(?:the\s+)?$")
_AGAINST_BEFORE = re.compile(r"\b(?:against|on|of)\s+(?:the\s+)?$")
_CLAUSE_PUNCT = re.compile(r"[,;:(]")
# a passive's agent or means after the act: "Prats and his wife killed by a car bomb"
_AGENT_AFTER = re.compile(r"\s+by\s+(?!(?:the\s+)?(?:end|time|then|now|way|middle|spring|summer|"
                          r"autumn|winter|orders?|decision|decree|command|\d))", re.I)
_WHO = re.compile(r"\b(?:who|which)\b")
_GENITIVE = re.compile(r"['’]s\b")
# the acts whose possessor is the one they befell ("Kirov's murder"; but "Stalin's decree")
_DONE_TO = frozenset({"killing", "execution", "assassination", "arrest", "deportation",
                      "torture", "trial", "hostage_taking"})
_FAR_TARGET = 60  # characters between an act and a name past a clause break
_NEW_CLAUSE = re.compile(r"\b(?:that|which|who|whom|whose|while|whereas|although|but)\b")


_INFOBOX_KEY = re.compile(r"(?:^|\n)[ \t]*(?:(?P<perpetrator>perpetrators?|commanders?|"
                          r"organi[sz]ers?|исполнител\w*|организатор\w*)|targets?|victims?|жертв\w*)"
                          r"\s*:[^\n:]*$", re.I)


# "Ellman estimates", "according to Conquest", "Memorial counted": who tells the figure is a
# source of the claim, not an actor of the event
_REPORTS_AFTER = re.compile(rf"(?:[’']s)?\s+(?:\w+ly\s+)?(?:{figures.REPORTING}|argu\w*|"
                            r"wr(?:ote|ites)|believ\w*|recalls?|recalled|concludes?|concluded)\b")
_REPORTS_BEFORE = re.compile(r"\b(?:according\s+to|cited\s+by|as\s+told\s+by|by\s+the\s+"
                             r"(?:estimate|count|reckoning)s?\s+of)\s+$", re.I)


def _a_source(text: str, name: NameMention) -> bool:
    return name.type == "person" and bool(
        _REPORTS_AFTER.match(text, name.end) or _REPORTS_BEFORE.search(
            text, max(0, name.start - 40), name.start))


# "marked the 105th anniversary of the massacre", "a memorial to the victims was unveiled",
# "годовщина расстрела": the act is remembered; the sentence's date is the remembering's
_COMMEMORATION = re.compile(r"\b(?:anniversary|anniversaries|commemorat\w*|memorials?|monuments?|"
                            r"in\s+memory|remember\w*|mourn\w*|years\s+since|"
                            r"годовщин\w*|памят\w*|мемориал\w*|лет\s+со\s+дня|почти\w*)\b",
                            re.I)
_REMEMBERED = 40  # characters after the cue that hold what is remembered


def _commemorated(text: str, trigger: triggers.Trigger, start: int, end: int) -> bool:
    """Whether the act the trigger names is only what the sentence remembers."""
    return any(cue.end() <= trigger.start <= cue.end() + _REMEMBERED
               and not _CLAUSE_PUNCT.search(text, cue.end(), trigger.start)
               and trigger.type in ("killing", "execution", "assassination", "deportation")
               for cue in _COMMEMORATION.finditer(text, start, end))


def _inside_a_name(trigger: triggers.Trigger, names: list[NameMention]) -> bool:
    return any(n.start <= trigger.start and trigger.end <= n.end for n in names)


_WORD_BEFORE = re.compile(r"(?<![\w-])([а-яё]+)\s+$", re.I)
# between an act's noun and the body that issued it
_ISSUED_BY = re.compile(r"\s+(?:of\s+(?:the\s+)?)?(?:[A-ZА-ЯЁ][\w()]*\s+(?:и|and)\s+(?:the\s+)?)?")
_RU_PASSIVE = re.compile(r"[а-яё]+(?:ан|ян|ен|ён|ит|ыт)(?:а|о|ы)?", re.I)
_RU_PREPOSITION = re.compile(r"(?<![\w-])(?:с|со|под|над|за|перед|между|вместе\s+с)\s+$", re.I)


def _russian_word_order(text: str, verb: triggers.Trigger, actors: list[Actor]) -> None:
    """Russian puts the object first when it will ("Тухачевского арестовали …", "Кирова убил
    Николаев"): a person before a verb in the plural, which one person cannot be the subject
    of, or before a verb whose subject follows it, is whom the act befell."""
    if not morphology.CYRILLIC_WORD.fullmatch(verb.text.split()[0]):
        return
    plural = bool(_RU_PLURAL_PAST.fullmatch(verb.text.split()[0]))
    # a subject after the verb agrees with it: a man's or a woman's past ("убил", "убила")
    after = bool(_RU_PERSONAL_PAST.fullmatch(verb.text.split()[0])) and any(a.role == "target" and a.name.type == "person" and a.name.start >= verb.end
                and morphology.CYRILLIC_WORD.search(a.name.form) and not _RU_PASSIVE.fullmatch(
                    verb.text) and morphology.is_nominative(a.name.form.split()[-1]) for a in actors)
    for actor in actors:
        if actor.role == "perpetrator" and actor.name.type == "person" and \
                actor.name.end <= verb.start and " и " not in actor.name.form and (plural or after):
            actor.role = "target"
    if after and not plural:  # the subject after its verb: "… убил Николаев"
        for actor in actors:
            if actor.role == "target" and actor.name.start >= verb.end and \
                    morphology.is_nominative(actor.name.form.split()[-1]):
                actor.role = "perpetrator"


_JOINED_AGENT = re.compile(r"\s*(?:,|,?\s+and|\s+и)\s+(?:the\s+)?")
_RU_PERSONAL_PAST = re.compile(r"[а-яё]+(?:л|ла)", re.I)
_RU_PLURAL_PAST = re.compile(r"[а-яё]+ли(?:сь)?", re.I)


def _russian_agent(text: str, name: NameMention, trigger: triggers.Trigger) -> bool:
    """"Осуждён тройкой УНКВД", "совершённые сотрудниками НКВД", "расстрелян Сталиным": the
    agent of a Russian passive stands in the instrumental, or its head noun before it does
    (not "с рабочими", with them); an acronym, which does not decline, right after the
    participle ("арестованы НКВД")."""
    first = name.form.split()[0]
    if _RU_PASSIVE.fullmatch(trigger.text) and not text[trigger.end:name.start].strip() \
            and first.isupper():
        return True
    before = _WORD_BEFORE.search(text, max(0, name.start - 30), name.start)
    if before is not None and morphology.is_instrumental(before.group(1)):
        return not _RU_PREPOSITION.search(text, max(0, before.start(1) - 12), before.start(1))
    return bool(morphology.CYRILLIC_WORD.fullmatch(first)) and morphology.is_instrumental(first) and not \
        _RU_PREPOSITION.search(text, max(0, name.start - 12), name.start)


def _role(text: str, name: NameMention, trigger: triggers.Trigger | None) -> str:
    """Perpetrator before an active trigger or after 'by'; target after it, after 'against', or
    before a passive one ("was shot", "Jara detained"); a participant where the words around
    say the name is not the act's subject or object: a place's preposition, a possessor, another
    clause, the agent of "led by"."""
    before = text[max(0, name.start - 12):name.start].lower()
    key = _INFOBOX_KEY.search(text, max(0, name.start - 40), name.start)
    if key:  # an infobox says the role: "Perpetrators: NKVD", "Victims: Polish officers"
        return "perpetrator" if key.group("perpetrator") else "target"
    if trigger is not None and name.start >= trigger.end and _in_a_later_clause(text, name, trigger) \
            or _WHERE_BEFORE.search(text, max(0, name.start - 24), name.start):
        return "participant"  # "taken to the Chile Stadium", "died in La Moneda": where, not whom
    if _ORDERED_BY.search(text, max(0, name.start - 40), name.start) or (
            trigger is not None and name.start >= trigger.end and _russian_agent(text, name, trigger)):
        return "perpetrator"
    if trigger is not None and trigger.type == "decree" and 0 <= name.start - trigger.end <= 40 \
            and _ISSUED_BY.fullmatch(text, trigger.end, name.start):
        return "perpetrator"  # "the decree of the Sovnarkom", "постановление СНК и ЦК": whose act
    if _BY_BEFORE.search(text[max(0, name.start - 40):name.start].lower()):
        # "fired on a procession led by Father Gapon": the agent of another verb after the act
        led = trigger is not None and name.start > trigger.end and _LED_BY.search(
            text, max(trigger.end, name.start - 30), name.start)
        return "participant" if led else "perpetrator"
    against = _AGAINST_BEFORE.search(before)
    if against and not (against.group().startswith("of") and trigger is not None
                        and name.end <= trigger.start):
        return "target"  # "the execution of Gumilev"; but "troops of the Army fired" act
    possessive = _GENITIVE.match(text, name.end)
    if possessive and trigger is not None and trigger.type in _DONE_TO \
            and trigger.start >= possessive.end() and re.fullmatch(
            r"\s*(?:(?:attempted|alleged|arbitrary|summary|brutal)\s+)?",
            text[possessive.end():trigger.start]):
        return "target"  # "Kirov's murder", "Gumilev's execution": whom the act befell
    if trigger is None or possessive:
        return "participant"  # "Tchaikovsky's nephew … was executed": the nephew was
    if name.end <= trigger.start:
        between = _APPOSITION.sub("", text[name.end:trigger.start])
        if _CLAUSE_PUNCT.search(between) and not _WHO.search(between):
            return "participant"  # a name in another clause ("after Lenin had spoken, …")
        who = _WHO.search(between)
        if who and between[:who.start()].strip(" ,"):
            return "participant"  # "Joffe and I searched for the prisoners who were shot"
        # the auxiliary may be the trigger's own first word ("was shot"); a chronology
        # leaves it out ("12 September: Jara detained and taken to the stadium"), and a list
        # puts a dash before it ("Bukharin, Nikolai Ivanovich — shot 15 March 1938")
        verb_end = trigger.start + len(re.match(r"\w*", trigger.text).group())
        passive = _PASSIVE.search(between) or _AUXILIARY.match(text, trigger.start) or \
            _AGENT_AFTER.match(text, trigger.end) or (
            trigger.type == "trial" and _UNDERGOES.search(between)) or (
            not between.strip() and _PARTICIPLE.fullmatch(text, trigger.start, trigger.end)
            and not _OBJECT_AFTER.match(text, trigger.end)) or (
            _LIST_DASH.fullmatch(text, name.end, trigger.start)
            and _PARTICIPLE.fullmatch(text, trigger.start, verb_end))
        return "target" if passive else "perpetrator"
    return "target"


def _in_a_later_clause(text: str, name: NameMention, trigger: triggers.Trigger) -> bool:
    """"Kirov was killed, a murder that historians have blamed on Stalin": a clause after
    the act names them, not as its object."""
    after = text[trigger.end:name.start]
    brk = _CLAUSE_PUNCT.search(after)
    return bool(brk and (len(after) > _FAR_TARGET or _NEW_CLAUSE.search(after, brk.end())))
