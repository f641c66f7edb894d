"""How English news copy attributes what is said: the verbs of saying, the mediums ("in a
post on X"), the days ("late on Monday") and the shapes of an attribution (before the claim,
after it, inverted, between commas, with a title or a role), as patterns that
``sayings.sayings_in`` tries in turn."""

import re

from .date_words import MONTHS, WEEKDAY_NAMES

#: Words before "reports" that make it the noun: "Media reports that …", "Indian reports that
#: …", "the reports that …", "denied reports that …".
NOT_AFTER_A_NOUNS_WORD = "".join(
    rf"(?<!{word}\s)"
    for word in (
        *("[Mm]edia", "[Nn]ews", "[Pp]ress", "[Aa]mid", "[Ll]ocal", "[Ss]ome", "[Tt]he"),
        *("of", "on", "to", "by", "about", "denied", "rejected", "dismissed", "earlier"),
        *("unconfirmed", "conflicting", "recent", "initial", "such", "these", "those", "other"),
        # A people's adjective: "Indian", "Chinese", "British", "Pakistani", "Israeli".
        *("ian", "ese", "ish", "ani", "eli", "ern"),
    )
)
#: "…, the official news agency reported.": an outlet or witnesses report what they tell.
OUTLET_REPORTED = (
    r"(?:(?<=[Aa]gency\s)|(?<=[Rr]adio\s)|(?<=[Tt]elevision\s)|(?<=TV\s)|(?<=[Nn]ewspaper\s)"
    r"|(?<=[Ss]ervice\s)|(?<=[Mm]edia\s)|(?<=[Cc]hannel\s)|(?<=[Dd]aily\s)|(?<=[Ss]tation\s)"
    r"|(?<=[Ww]itnesses\s)|(?<=[Rr]esidents\s))"
    r"reported"
)
SAYING = (
    # Never a farewell ("says goodbye to a girl"), never the noun ("had no say in it").
    r"(?:(?:said|says)(?!\s+(?:goodbye|farewell|hello|good-?bye|prayers?|grace)\b)|added|told|"
    # "…, officials tell CNN.", "sources tell reporters": whom they told follows.
    r"tells?(?=\s+(?:reporters|journalists|(?:the\s+)?[A-Z]))|"
    # An answer, when words follow it: "Santos responded in Colombia: “…”", "…,” he replied.
    r"(?:responded|replied|retorted)(?=\s*(?:[.:]|$|that\b|[“\"])|,\s*[“\"]"
    r"|\s+(?:in|on|at|to)\s+[^.;:\"“”]{1,40}?(?::|,?\s*[“\"]|\s+that\b))|"
    # "He went on: “…”", "She continued: “…”".
    r"(?:went\s+on|continued)(?=\s*:\s*[“\"])|"
    # "Shafik Handal, one guerrilla commander, agreed: “…”": assent in words of one's own.
    r"(?:agreed|countered)(?=\s*:\s*[“\"])|"
    # "Officials say …", never "declined to say", "would not say".
    r"(?<!\bto\s)(?<!\bnot\s)(?<!n't\s)(?<!\bwould\s)(?<!\bcould\s)(?<!\bwill\s)(?<!\bcan\s)"
    r"(?<!\bmay\s)(?<!\bmight\s)(?<!\bdid\s)(?<!\bdo\s)(?<!\bdoes\s)(?<!\bshould\s)"
    r"(?<!\bno\s)(?<!\ba\s)(?<!\bany\s)(?<!\bfinal\s)(?<!\bthe\s)(?<!\btheir\s)(?<!\bits\s)"
    r"say\b(?!\s+(?:goodbye|farewell|hello|prayers?|grace|in\s+(?:the|its|their|how|what|who))\b)|"
    # "confirmed their release in a tweet": a thing confirmed, not words.
    # (never a passive's participle: "a ceasefire unilaterally announced by the Tigers")
    r"stated|warned|announced(?!\s+by\s)|noted|tweeted|wrote|confirmed(?!\s+(?:their|his|her|its)\s)|"
    r"made\s+(?:it\s+)?clear(?=\s+that\b)|"
    r"quipped|remarked|"
    # "reported that …", "reported hearing …"; never "the reported deal", nor "…, state radio
    # reported" after a claim that has its own speaker ("X accused Y …").
    # "reported earlier that …", "reported they were being taken …".
    # "reported Thursday that …".
    rf"reported(?=(?:\s+earlier)?(?:\s+(?:on\s+)?(?:{WEEKDAY_NAMES})|\s+(?:today|yesterday))?\s+that\b"
    r"|\s+[a-z]+ing\b|\s+(?:they|it|he|she)\s+(?:were|was|had|would)\b)|"
    # "Several witnesses reported a large army force entering the city": an outlet's or a
    # witness's report of a thing seen.
    rf"{OUTLET_REPORTED}|"
    # "suggested that …" ("proposed that …" is a proposal's, drafted as one); "officials
    # estimate it could require …".
    r"suggested(?=\s+that\b)|estimate[ds]?(?=\s+(?:that|it|there)\b)|"
    # Verbs that say only with "that" after them: "conceded that …", never "admitted 40 refugees";
    # a day may come between ("conceded Saturday night that …", "admitted on Monday that …").
    r"(?:alleged|admitted|conceded|revealed|indicated|hinted|recalled|maintained|predicted"
    r"|cautioned|complained|hoped|suspect(?:s|ed)?|believe[sd]?|warn|specified"
    r"|(?<!\bnot\s)(?<!n't\s)(?<!\bto\s)confirm"
    # "Authorities hope that …", never the noun ("raised hopes that", "the hope that").
    r"|repeated|(?<!\bthe\s)(?<!\ba\s)(?<!\bany\s)(?<!\bno\s)hope)"
    rf"(?=(?:\s+(?:late\s+|early\s+|on\s+)?(?:{WEEKDAY_NAMES})(?:\s+(?:morning|afternoon|evening|night))?"
    r"|\s+(?:yesterday|today|last\s+night))?\s+that\b)|"
    # What is posted is said, unless it is pictures: "posted images of the freed troops".
    r"posted(?!\s+(?:an?\s+|the\s+|new\s+)?(?:images?|photos?|pictures?|videos?|footage|clips?)\b)|"
    r"stressed|declared(?!\s+by\s)|insisted|reiterated|(?:re)?affirmed|emphasi[sz]ed|"
    # "The twists underscored the fragile nature of …": a thing shows, a speaker says "that".
    r"(?:underlined|underscored)(?=\s+that\b)|"
    r"explained|argued|asserted|acknowledged"
    # Never a toll: "The war has claimed an estimated 1 million people", "claimed the lives".
    r"|claimed(?!\s+(?:by|responsibility|credit|victory|(?:an?\s+estimated|some|about|more\s+than|at\s+least"
    r"|over|nearly|almost)?\s*(?:\d|the\s+lives|lives|hundreds|thousands|millions|dozens|tens)"
    # (a count that a verb follows is a claim: "claimed 40 soldiers were killed")
    r"(?![^.;]{0,60}?\b(?:were|was|had|have|has|is|are|would|will|remain(?:s|ed)?)\b)))"
    r"|pointed\s+out|called\s+for|"
    # "The rebels claim six soldiers were killed"; never "claim responsibility for …".
    # Never the noun: "casualty claims are impossible to verify".
    r"(?<!\bto\s)claims?(?!\s+(?:responsibility|credit|victory|to|the\s+(?:lives?|right|title)"
    r"|are|were|is|was|have|had|of|by|from|made|about|on|over|against|for|in|to)\b)"
    r"(?=\s+(?:that\s+)?(?:[\w'’-]+\s+){1,6}?(?:were|was|had|have|has|is|are|would|will)\b)|"
    # "Manzoni was confident that …"
    r"(?:was|were|is|are)\s+(?:confident|convinced|optimistic|hopeful|certain)(?=\s+that\b)|"
    r"(?:expressed|voiced)\s+(?:hope|concern|confidence|regret"
    r"|(?:optimism|pessimism|doubts?|satisfaction)(?=\s+that\b))|"
    # In the present, only before "that": "The ministry reports that …", never the noun
    # ("Media reports said …", "denied Indian reports that …").
    rf"(?:{NOT_AFTER_A_NOUNS_WORD}"
    r"reports|confirms|notes|adds|warns|insists|stresses|announces|acknowledges)"
    r"(?=\s+that\b))"
)
PRONOUNS = {"he", "she", "they"}
#: Quotation marks, straight or curly.
QUOTE = re.compile(r"[\"“]([^\"“”]+)[\"”]")
#: A word of a name: "Guterres", "al-Ansari", "Secretary-General"; a stop only inside
#: ("J. Smith").
NAME_WORD = r"(?:(?:al|el|ad|as|abu|bin|ben)-)?[A-Z][\w'’‘-]*(?:\.(?=\s+[A-Z]))?"
#: Between two words of a name, its particles, if any: "John de Chastelain", "Bashar al Assad",
#: "Sebastiao do Rego Barros".
PARTICLES = r"(?:de|da|di|do|du|del|della|dos|das|van|von|der|den|le|la|al|el|bin|ibn)"
NAME_GAP = rf"\s+(?:{PARTICLES}\s+)*"
#: Two words of a name or more: "Antonio Garcia", "Colombian President Gustavo Petro".
FULL_NAME_WORDS = rf"{NAME_WORD}(?:{NAME_GAP}{NAME_WORD})+"
#: Whom it was told: "told Reuters", "told reporters", "told the Associated Press".
TOLD = (
    r"(?:(?:(?<=told)|(?<=tell)|(?<=tells))\s+(?:reporters|journalists|"
    r"(?:an?\s+|the\s+)?(?:[a-z]+\s+){0,2}(?:conference|briefing|meeting|session|summit|forum|"
    rf"rally|crowd|audience|interview|parliament)|(?:the\s+)?{NAME_WORD}(?:{NAME_GAP}{NAME_WORD})*"
    # "He also told them that …"
    r"|(?:him|her|them|us|me)(?=\s+that\b)"
    # "told the three hijackers they would meet their demands": whom, then the claim's subject.
    r"|(?:the|his|her|their|its)\s+(?:[\w-]+\s+){0,3}?[a-z]+(?=\s+(?:that\s+)?(?:they|he|she|it|we)"
    r"\s+(?:would|will|had|have|has|were|was|are|is|could|should|must|might)\b)))?"
)
#: When it was said, after the verb: "on Tuesday", "late Wednesday", "Monday", "yesterday",
#: "last night", "this week", "on May 22".
WHEN = (
    # ("said here Tuesday", as agencies write where they file from)
    rf"(?:\s+here(?=\s))?(?:\s+(?:(?:late|early|earlier|later)\s+)?(?:on\s+)?(?:{WEEKDAY_NAMES})"
    r"(?:\s+(?:morning|afternoon|evening|night))?"
    rf"|\s+(?:yesterday|today|tonight|last\s+night|earlier\s+today|this\s+(?:morning|afternoon|evening)"
    rf"|(?:earlier\s+)?this\s+week|last\s+week|earlier(?=\s+(?:that|he|she|it|they|we|the|an?)\b))"
    rf"|\s+on\s+(?:{MONTHS})\s+\d{{1,2}})"
)
#: Where or how it was said, after the verb: "on X", "in a statement", "in a post on
#: Telegram", "in a phone call with Reuters", "at Friday's ceremony", "to reporters".
#: Never the claim's "that": "declared in a statement that it had suspended …" (but "in a
#: statement that did not mention Canada" is the statement's).
MEDIUM = (
    # (never a count's qualifier: "said at least 54 people had died")
    r"\s+(?:in|on|at(?!\s+(?:least|most)\b)|via|through|during|to|from|by|over|with|of|about)\s+"
    r"(?:(?!\bthat\s+(?!(?:did|does|was|were|is|are|has|had|have|also|would|will|could)\b))"
    r"[^,.;:\"“”]){1,70}?"
)
#: A cry, which says what it quotes only after the quote: "…,” Vanegas shouted from the window."
CRIED = r"(?:shouted|yelled|exclaimed|cried)"
#: Words between a speaker and the verb that are not the speaker: "Hamas also said",
#: "Israel had previously said", "France has for months demanded".
BETWEEN = (
    r"(?:(?:also|had|has|have|previously|earlier|later|again|separately|then|further|already|"
    r"once|repeatedly|publicly|reportedly|both|all|for\s+(?:days|weeks|months|years)"
    # "It however said …", "Kabul meanwhile said …".
    r"|however|meanwhile|nevertheless|instead)\s+)*"
)
#: What the verb is said with, last: "said as the talks ended", "said after the signing",
#: "said without giving details", "reported quoting local sources".
WHILE = (
    r"(?:\s+(?:as|after|when|before|while|following|without|quoting|citing|reading)"
    r"\s+[^,.;\"“”]{1,140})?"
)
#: Whom or what it was told, closing a sentence: "told a daily briefing".
TOLD_ANYONE = r"(?:(?:(?<=told)|(?<=tell)|(?<=tells))\s+[^,.;:\"“”]{1,60}?)?"
#: A relative clause names no speaker: "The deal, which Qatar announced, …"; nor does a
#: passive: "The truce” were announced by Washington".
NOT_RELATIVE = r"(?!\s*(?:which|who|whom|whose|where|was|were|is|are|been|being)\b)"
#: A conjunction names no speaker: "…, but added, “…”" is the same speaker's.
NOT_A_CONJUNCTION = r"(?!\s*(?:but|and|or|yet|so|then)\s+(?:also\s+)?(?:said|added|says|told)\b)"
#: A word of time closing an attribution: "told reporters afterwards", "said later".
AFTERWARD = r"(?:\s+(?:afterwards?|later|earlier|again|too|here))?"
#: A second claim after an attribution: "…,” Chea told AFP and claimed that his men …".
AND_CLAIMED = r"\s+and\s+(?:also\s+)?(?:claimed|said|added|insisted|warned|stressed)\s"
#: Words after a verb of saying that say nothing more: where, when or to whom it was said
#: ("said here Tuesday.", "told Sputnik.").
NOTHING_MORE = re.compile(
    rf"(?:\s+here)?(?P<when>{WHEN})?\s*\.?"
    rf"|\s+(?:the\s+)?{NAME_WORD}(?:\s+{NAME_WORD}){{0,3}}(?P<when_told>{WHEN})?\s*\.?"
)
#: The last word of an outlet that reports: its name's, or a noun of the press.
OUTLET_WORD = (
    r"(?:[A-Z][\w'’.-]*|newspapers?|papers|media|outlets|agenc(?:y|ies)|reporters?"
    r"|correspondents?|broadcasters?|website|site|network|magazine|monitor|channel|station"
    r"|television|radio|officials|sources|residents|witnesses|activists|observers|monitors)"
)
#: A report closing a sentence: "…, state radio reported today.", "…, CNN said."
REPORTED_AT_THE_END = re.compile(
    # (an outlet named or told by its noun: "…, Algerian newspapers reported Wednesday"; never
    # "…, but no casualties were reported")
    rf",[”\"″]?\s+(?:[^,\"“”]{{1,80}}?\s+{OUTLET_REPORTED}|(?:[^,\"“”]{{0,80}}?\s)?{OUTLET_WORD}\s+reported|(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*\s+said)"
    rf"(?:{WHEN})?[.]?$"
)
#: "…, Qatar said on Tuesday." / "…," Ansari said on X, formerly Twitter. / "…," he added.
SAID_AFTER = re.compile(
    # A speaker of a few words, or one a relative clause goes on describing: "…," Ana Costa
    # who signed the deal for the rebels said.
    rf"[,”\"]\s*{NOT_RELATIVE}{NOT_A_CONJUNCTION}(?P<who>[^,\"“”]{{1,80}}?|[^,\"“”]{{1,60}}?\s+who\s+[^,\"“”]{{1,80}}?)"
    # "…,” Yeltsin, 65, told journalists": the speaker's age.
    # "…,” Vanegas shouted from the window": a cry after a quote says it, as "said" does.
    rf"(?:,\s+\d{{1,3}},)?\s+{BETWEEN}(?:{SAYING}|read|{OUTLET_REPORTED}"
    # "…,” Abu Zuhri exulted at a news conference", "…,” Vanegas shouted from the window":
    # said so only just after a quote ("some joked and shouted" says nothing).
    rf"|(?P<after_a_quote>pleaded|begged|joked|exulted|reported|{CRIED})){TOLD_ANYONE}"
    rf"(?P<when>{WHEN})?"
    rf"(?P<outlet>{MEDIUM})?(?P<later>{WHEN})?{AFTERWARD}{WHILE}"
    # "…,” Chavez said he had told the two women.": what they told someone.
    r"(?:\s+(?:he|she|they)\s+(?:had\s+)?told\s+[^,.;\"“”]{1,100}"
    # "…,” Mitra said Aquino told him.": the words are Aquino's, which Mitra relays.
    rf"|\s+(?P<relayed>{NAME_WORD}(?:{NAME_GAP}{NAME_WORD}){{0,3}})\s+(?:had\s+)?told\s+(?:him|her|them|us|me)\b)?"
    rf"(?=[,.;:]|$|{AND_CLAIMED})"
)
#: Lowercase words of a name's title: "Hamas spokesman Abu Obeida".
TITLE_WORD = (
    r"(?:spokes(?:man|woman|person)|official|leader|chief|minister|president|envoy|negotiator|"
    r"commander|member|head|adviser|advisor|secretary|director|ambassador|representative|"
    r"deputy|senior|foreign|defen[cs]e|prime|political|military|bureau|general|special)"
)
#: Lowercase words of what a person is, before their name: "freed hostage Ken Fong".
WHO_THEY_ARE = (
    r"(?:hostage|captive|prisoner|detainee|mother|father|wife|husband|son|daughter|brother"
    r"|sister|relative|resident|witness|survivor|lawyer|analyst|activist|journalist"
    r"|correspondent|reporter|soldier|fighter|commentator|professor|priest)"
)
#: "…," Maria Lopez, a spokeswoman for the ministry, had said. / "…," Ana Costa, from the
#: ICRC, said. / "…," Tomas Berg, adviser to the council, told reporters afterwards. / "…,"
#: Lina Haddad, reporting from Beirut, said.
SAID_AFTER_APPOSITIVE = re.compile(
    # "…," top security official Abbas Ibrahim, who oversaw the swap, told Reuters.
    rf"[,”\"]\s*(?P<who>(?:(?:[A-Za-z][\w'’-]*\s+){{0,3}}?{TITLE_WORD}\s+)?"
    rf"{NAME_WORD}(?:{NAME_GAP}{NAME_WORD}){{0,5}}),\s+(?:\d{{1,3}},\s+)?"  # "…, Flynn, 50, the …"
    rf"(?P<role>(?:an?|the|another|who|whose|from|of|[a-z]+(?:\s+[a-z]+)?\s+(?:of|to|for|at|with)"
    rf"|[a-z]+ing\s+(?:from|in|at)"
    # "…," Ana Costa, ICRC's head of delegation, said / Tom Berg, Media Centre Executive Director
    rf"|[A-Z][\w-]*[’'‘]s\s+[a-z]+|(?:[A-Z][\w'’-]*\s+){{1,5}}(?i:{TITLE_WORD}))\b"
    # "…," Tut Gatluak Manime, head of the mediating team said: its closing comma left out.
    rf"[^\"“”]{{0,140}}?)(?P<closed>,)?\s+{BETWEEN}{SAYING}{TOLD}"
    # "…, said after the signing ceremony."
    rf"(?P<when>{WHEN})?(?P<outlet>{MEDIUM})?(?P<later>{WHEN})?{AFTERWARD}{WHILE}(?=[,.;]|$)"
)
#: A name as a report writes it: "UN Secretary-General António Guterres", "the Angolan
#: presidency", "a senior official", "joint statement"; never a clause ("the talks would
#: resume").
NAMED = (
    # (a verb after "before", "as", … is the circumstance's: "said a Western diplomat before the
    # cease-fire was lifted")
    r"(?:(?:an?|the|one|another)\s+(?!(?:(?!\b(?:as|after|when|before|while|following)\s)[^,.;:\"“”])*"
    r"\b(?:would|will|had|has|have|was|were|is|are|could|"
    # A stop only inside an abbreviation: "a senior U.N. official".
    r"should|might|must|did|does|can)\b)(?:[^,.;:\"“”]|\.(?=[A-Z]|\s+[a-z])){1,80}?"
    # "presidential spokesman Garba Shehu": a title in lower case, then the name.
    rf"|(?:[a-z]+\s+){{0,2}}(?:{TITLE_WORD}|{WHO_THEY_ARE})\s+{NAME_WORD}(?:{NAME_GAP}{NAME_WORD}){{0,3}}"
    # "said former President Jimmy Carter", "said navy Cmdr. Ajith Boyagoda": a word or two in
    # lower case, then a title capitalised or shortened, then the name.
    rf"|(?:(?!(?:in|on|at|to|by|for|from|with|that|and|or|but|of|as)\b)[a-z]+\s+){{1,2}}"
    rf"(?:[A-Z][a-z]{{1,4}}\.\s+){{0,2}}{NAME_WORD}(?:\s+(?:(?:of|for|the|{PARTICLES})\s+)*{NAME_WORD}){{1,6}}"
    r"|(?:[a-z]+\s+){0,2}(?:statement|communiqu[eé]|spokes(?:man|woman|person)|sources?)"
    # "…, say Russian news agencies.": whose they are, then the many who report.
    rf"|{NAME_WORD}\s+(?:[a-z]+\s+){{0,2}}(?:agenc(?:y|ies)|media|officials|sources|diplomats"
    r"|reports|newspapers?|television|radio)"
    # "said Cuban delegation leader Carlos Aldana": whose, what, the title, then the name.
    rf"|(?:{NAME_WORD}\s+){{1,3}}(?:[a-z]+\s+){{0,2}}{TITLE_WORD}\s+{NAME_WORD}(?:{NAME_GAP}{NAME_WORD}){{0,3}}"
    rf"|{NAME_WORD}(?:\s+(?:(?:of|for|the|{PARTICLES}|{TITLE_WORD})\s+)*{NAME_WORD})*"
    # "said Anderson's sister, Peggy Say": whose they are, then the name.
    rf"|{NAME_WORD}[’']s\s+(?:[a-z]+\s+){{0,2}}[a-z]+,\s+{NAME_WORD}(?:{NAME_GAP}{NAME_WORD}){{1,3}}"
    # "said Taliban spokesman, Suhail Shaheen": whose title it is, then the name.
    rf"|{NAME_WORD}\s+{TITLE_WORD},\s+{NAME_WORD}(?:{NAME_GAP}{NAME_WORD}){{1,3}})"
)
#: "…," Houthi negotiator, Mohammed Abdusalam, told Reuters: the title, then the name.
SAID_AFTER_TITLED = re.compile(
    # "…," another of the freed hostages, legislator Alfredo Cesar, said: who they are, the name.
    rf"[,”\"]\s*(?:(?:[A-Za-z][\w'’‘-]*\s+){{0,6}}?{TITLE_WORD}"
    rf"|(?:an?|another|one)\s+[^,\"“”]{{1,60}}?),\s+(?:[a-z]+\s+){{0,2}}"
    rf"(?P<who>{NAME_WORD}(?:{NAME_GAP}{NAME_WORD}){{1,3}}),\s+{BETWEEN}{SAYING}{TOLD}"
    # "…, said after meeting his arch-rival": when it was said, last.
    rf"(?P<when>{WHEN})?(?P<outlet>{MEDIUM})?(?P<later>{WHEN})?{AFTERWARD}{WHILE}(?=[,.;]|$)"
)
#: The verbs of saying that may come before their speaker; never one that takes an object
#: ("…, a Marxist rebel group, announced a 10-day ceasefire").
INVERTED = (
    r"(?:said|says|say|added|adds|wrote|writes|declared|explained|recalled|warned|insisted|continued"
    r"|replied|responded|retorted|remarked|quipped|noted|stressed|argued|asked|tweeted|stated"
    r"|observed)"
)
#: "…, said Recep Tayyip Erdoğan on Twitter." / "…," said the Angolan presidency / "…," said
#: the chief negotiator, Krishna Sitaula (the name after what they are) / "…, said Hernando
#: Correa, an Interior Ministry spokesman in Bogota." (what they are, closing the sentence);
#: never "…, told Reuters", whose speaker comes before the verb.
SAID_BY = re.compile(
    # (a dash may stand between: "…,” — said the OSCE representative.")
    rf"[,”\"]\s*(?:[—–]\s*)?(?!told\b)(?={INVERTED}\b){SAYING}(?P<when>{WHEN})?\s+"
    rf"(?P<who>{NAMED}(?:,\s+{FULL_NAME_WORDS}(?=[,;]|\.(?![A-Z]|\s+[a-z])|$))?)(?P<later>{WHEN})?"
    rf"(?P<outlet>{MEDIUM})?{AFTERWARD}{WHILE}"
    r"(?:,\s+(?:an?|the)\s+[^,;\"“”]{1,100}?(?=\.?$))?"
    r"(?=[,;]|\.(?![A-Z]|\s+[a-z])|$)"
)
#: "In December 2024," / "On Thursday," / "After the vote," / "Speaking in Doha," before
#: the speaker.
LEAD = (
    r"(?:(?:But|And|Yet)\s+)?"
    # "However, hours after it crumbled, the rebels said …": a linking word, then the clause.
    r"(?:(?:However|Meanwhile|Still|Nevertheless|Instead|Separately),\s+(?=[a-z]))?"
    # "In Wiesbaden, Germany, a doctor said …": a place and its country.
    r"(?:[Ii]n\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*,\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*"
    r"(?=,\s+[a-z])"
    r"|[A-Za-z]\w+(?:\s+\w+)?|(?:[Ii]n|[Oo]n|[Aa]t|[Dd]uring|[Aa]fter|[Bb]efore|[Ee]arlier|"
    r"[Ll]ater|[Ss]ince|[Ww]hen|[Aa]s|[Ss]peaking|[Aa]ddressing|[Ww]riting|[Aa]sked"
    # "Ahead of the meeting, …", "Under the deal, …", "With the talks stalled, …"
    r"|[Aa]head\s+of|[Ff]ollowing|[Uu]pon|[Uu]nder|[Ww]ith|[Ww]ithin|[Tt]hroughout"
    # "While he lauded the agreement, Annan said …"
    r"|[Ww]hile|[Dd]espite|[Aa]mid"
    # "Speaking from Havana, where the talks are held, Marquez said …"
    r"|[Ss]peaking\s+[^,\"“”]{1,60}?,\s+where"
    # "Announcing the move, …": a participle's clause before the speaker.
    r"|[A-Z][a-z]+ing)"
    r"\s+[^,\"“”]{1,60}?"
    # "Although the three factions pledged to resume the releases after a meeting in Pale,": a
    # clause of concession, however long.
    r"|(?:[Aa]lthough|[Tt]hough|[Ee]ven\s+though)\s+[^,\"“”]{1,160}?"
    # "Nine hours after the guns fell silent," / "Two days before the vote,"
    r"|[A-Za-z][\w-]*(?:\s+[\w-]+){0,2}\s+(?:after|before|since|until)\s+[^,\"“”]{1,60}?"
    # "After meeting the Chechen commander, Aslan Maskhadov, in the village of …, Lebed said":
    # a long opening clause, commas and all, when a name and its verb of saying follow it.
    r"|(?:After|Before|During|Following|Speaking|Meeting|Addressing|Writing)\s+[^\"“”]{1,200}?"
    rf"(?=,\s+{NAME_WORD}(?:{NAME_GAP}{NAME_WORD}){{0,3}}\s+{BETWEEN}{SAYING}\s))"
    r",\s+"
)
#: Who the speaker is, between commas: "Ana Costa, a spokeswoman for the mission, said",
#: "The ministry, which oversees the talks, said", "Tomas Berg, head of the mission, said";
#: never the rest of a list ("Israel, the US and Qatar said").
ROLE = (
    # (a role may span "and": "the director for the Near and Middle East")
    r"(?!(?:an?|the)\s(?:[A-Z][\w'’.-]*\s+)+and\s+(?:the\s+)?[A-Z])"
    r"(?:(?:which|who|whose|an?|the|one|another)\s[^\"“”]{1,120}?"
    r"|[A-Za-z]+(?:\s+[a-z]+)?\s+(?:of|to|for)\s[^,\"“”]{1,80}?"
    # "Flynn, 50, said": the speaker's age.
    r"|\d{1,3}"
    # "Trudeau, flanked by his foreign minister Marc Garneau, said"
    r"|[a-z]+ed\s+by\s[^,\"“”]{1,80}?"
    # "Mr Panic, asked about the camps, said": the question the speaker answers.
    r"|(?:asked|pressed|questioned)\s+(?:about|if|whether|why|how|what|when|on|over)\s[^,\"“”]{1,80}?"
    # "The ministry, hosting the talks, said", "Several sources, including a rebel spokesman,
    # said": what the speaker is doing, or who is among them.
    r"|[a-z]+ing\s[^,\"“”]{1,80}?"
    # "The chief mediator, Sudan's vice-president, Riek Machar, said": a second role, then the name.
    rf"|[A-Z][\w-]*[’'‘]s\s+[^,\"“”]{{1,60}}?,\s+(?P<titled>{NAME_WORD}(?:{NAME_GAP}{NAME_WORD}){{1,3}})"
    # "Jean Casimir, Aristide’s ambassador to Washington, said": a role of someone's.
    r"|[A-Z][\w-]*[’'‘]s\s+[a-z][^,\"“”]{1,80}?"
    # "the chief negotiator, Cabinet minister Aung Min, said": a title in lower case, the name.
    rf"|(?:[A-Z][\w'’-]*\s+)?(?:{TITLE_WORD}\s+)+(?P<title_name>{NAME_WORD}(?:{NAME_GAP}{NAME_WORD}){{1,3}})"
    rf"|(?P<name>{NAME_WORD}(?:{NAME_GAP}{NAME_WORD}){{1,4}})"
    # "Director General ISPR, Maj. General Babar Iftikhar in an exclusive conversation with
    # ARY News, has said": the name, then where it was said.
    r"(?:\s+(?:in|during)\s+an?\s+[^,\"“”]{1,80}?)?)"
)
#: A role the copy leaves unclosed before the verb: "Ana Costa, a former envoy and one of
#: the witnesses said …" (the comma that should close it is missing).
UNCLOSED_ROLE = rf",\s+(?P<unclosed_role>(?:an?|one\s+of)\s[^,\"“”]{{1,120}}?)(?=\s+{SAYING}\s)"
#: A verb of saying that may take a thing done for object ("announced a ceasefire"), and the
#: start of such an object.
THING_ANNOUNCED = re.compile(r"\b(?:announced|declared)\s*$")
THING = re.compile(r"(?:an?|the|its|their|his|her)\s+(?![\"“])")
#: Words set apart after the speaker: "Costa, for her part, said", "Hamas, however, said".
ASIDE = (
    r"(?:,\s+(?:for\s+(?:his|her|its|their)\s+part|however|meanwhile|in\s+turn|too|though|"
    r"in\s+response),)?"
)
#: "Details announced so far by the group": the verb is passive, what comes before it no
#: speaker.
NOT_PASSIVE = (
    r"(?!\s+(?:\w+\s+){0,2}by\s+"
    rf"(?!(?:the\s+end|noon|midnight|next|{WEEKDAY_NAMES}|{MONTHS})\b)[a-zA-Z])"
)
#: A form of "be" before the verb makes it passive: "The truce was announced".
PASSIVE = re.compile(r"\b(?:was|were|is|are|been|be|being)$")
#: A saying within what a source relays: "… note that Senior Hamas official Osama Hamdan said".
SAYING_WITHIN = re.compile(rf"\b{NAME_WORD}\s+{BETWEEN}(?:said|says|told|stated)\b")
#: A person named as the sentence's subject, before its verb: "President Volodymyr Zelenskiy
#: posted …" (two words of a name at least: one may be a body's).
NAMED_SUBJECT = re.compile(
    rf"^(?P<name>{NAME_WORD}(?:{NAME_GAP}{NAME_WORD}){{1,4}})\s+(?:has\s+|had\s+)?[a-z]+(?:ed|s)\b"
)
#: A relative word before the verb makes the saying part of a noun ("The deal that Biden
#: said"), unless the relative clause has a verb of its own ("an official who asked not to
#: be named said").
RELATIVE = re.compile(r"\b(?:that|which|who|whom|whose|what|where)\b", re.IGNORECASE)
VERB = re.compile(
    r"\b(?:[a-z]+ed|spoke|was|were|is|are|has|had|have|knows|knew|met|led|held|did|does"
    # "A Gaza Strip ceasefire came into effect early Thursday, an Egyptian source … told AFP".
    r"|came|went|took|began|broke|fell|made|gave|left|sent|struck|won|fought|ran|rose|got)\b"
)
#: When it was said, closing the words of where: "in a statement late on Monday".
OUTLET_WHEN = re.compile(rf"(?:{WHEN})$")
#: A medium the claim follows with no "that": "said in a statement it had handed the list",
#: "said on Telegram the truce held".
STATEMENT_MEDIUM = (
    r"\s+(?:in\s+an?\s+(?:[\w-]+\s+){0,2}(?:statement|post|video|speech|address|interview|message|"
    r"letter|briefing|communiqu[eé])(?:\s+on\s+[A-Z][\w-]*)?"
    r"|on\s+(?:X|Twitter|Telegram|Facebook|Instagram|social\s+media"
    r"|state\s+(?:television|TV|media)))"
    r"(?=\s+[a-z])"
)
#: A state's media named with no article: "state Voice of the People radio", "state TV".
STATE_MEDIA = r"state(?:-run|-owned)?\s+(?=[A-Z]|(?:television|TV|radio|media|news)\b)"
#: People a report does not name, with no article: "pro-government sources", "local officials".
UNNAMED_MANY = (
    r"(?:[a-z][\w-]*\s+){0,2}(?:sources|officials|witnesses|residents|activists|diplomats|medics"
    r"|representatives|negotiators|mediators|delegates|spokesmen)\b"
    # "representatives of the two main rebel groups"
    r"(?:\s+(?:of|from|for)\s+[^,\"“”]{1,60}?(?=\s+[a-z]+ed\b|\s+said\b))?"
)
#: One body named with a list: "The foreign ministers of the U.S., France and Italy".
OF_A_LIST = (
    r"(?:[Tt]he|[Aa]n?)\s+[a-z][\w-]*(?:\s+[a-z][\w-]*){0,3}\s+(?:of|from)\s+"
    r"(?P<listed>(?:the\s+)?[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3}"
    r"(?:,\s+(?:the\s+)?[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3})*"
    r",?\s+and\s+(?:the\s+)?[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3})"
)
#: "On Monday, a Hamas official said …" / "US President Joe Biden said Monday he …" /
#: "The ministry, in a post on Telegram, noted …" / "The UN envoy, Ana Costa, told the
#: council on Monday that …" / He said: "…"
SAID_BEFORE = re.compile(
    rf"^(?P<lead>{LEAD})?(?P<who>(?:[A-Z]|(?:an?|the|one|another)\s+\w|{STATE_MEDIA})[^,\"“”]{{0,80}}?|{OF_A_LIST}"
    rf"|{UNNAMED_MANY})"
    rf"(?:,\s+(?P<role>{ROLE}),|{UNCLOSED_ROLE}"
    # "The head of the mediation team, Sam Ibok said “…”": the name's closing comma left out
    # (never "The truce will hold, Ana Costa said in a statement", a claim then its speaker).
    rf"|,\s+(?P<unclosed_name>{NAME_WORD}(?:{NAME_GAP}{NAME_WORD}){{1,3}})"
    # ("…, Brigadier-General Lul Ruai says they had not been notified": a claim's subject)
    rf"(?=\s+{SAYING},?\s+(?:that\b|[“\"]|(?:it|he|she|they|we)\s)))?{ASIDE}"
    rf"(?:,\s+(?P<outlet>(?:in|on|via|through|speaking)\s+[^,\"“”]{{1,80}}),)?(?P<early>{WHEN})?\s+"
    rf"{BETWEEN}{SAYING}{NOT_PASSIVE}{TOLD}(?P<when>{WHEN})?"
    # "said in Washington he would …": where it was said, then the claim's own subject.
    rf"(?:(?P<spoken_in>{MEDIUM})(?=[,:]|\s+that\b|\s+[“\"]|\s+(?:he|she|they|it|we)\s+[a-z])"
    rf"|(?P<medium>{STATEMENT_MEDIUM}))?"
    r"[,:]?\s+(?:that\s+)?(?P<what>.+)$",
    re.DOTALL,  # a claim may run on past a line of wrapped copy
)
#: "The talks, Costa said, would resume": an attribution set between commas in the claim.
SAID_BETWEEN = re.compile(
    rf"^[^,\"“”]+,\s+{NOT_RELATIVE}(?P<who>[^,\"“”]{{1,60}}?)\s+{BETWEEN}{SAYING}(?P<when>{WHEN})?,\s+"
    # The claim goes on with its verb ("would resume"), not with more about the saying
    # ("adding that …", "in a statement", "as the talks ended").
    r"(?![a-z]+ing\b|(?:in|on|at|to|from|after|as|when|while|before|without|who|which|and|but|"
    r"though|although|according)\b)[a-z]"
)
#: "…, according to a statement from the ministry." / "…," according to the spokesman.
ACCORDING = re.compile(
    r"(?P<mark>[,”\"])\s*according\s+to\s+(?P<who>(?:an?\s+|the\s+|its\s+)?[^,.;\"“”]*?"
    r"\b(?P<noun>(?i:statements?|spokes\w+|communiqu[eé]s?|announcements?|declarations?|official"
    r"|officials|minister|ministry|office|presidency|envoy|council|committee|headquarters|government"
    r"|authorities|army|military|police))\b[^,;\"“”]*?)(?=[,.;]|$)"
)
#: Words "according to" gives a claim by, not only a figure: a statement, a spokesperson.
SAYING_NOUN = re.compile(r"statement|spokes|communiqu|announcement|declaration", re.I)
#: "According to the envoy, …" / "According to Ana Costa, …": the claim after the comma.
ACCORDING_OPENS = re.compile(
    # (perhaps after when: "By Jan. 23, according to the foreign secretary, …")
    rf"^(?:(?:By|On|In|As\s+of|Since|Until|Earlier|Later)\b[^,\"“”]{{1,25}},\s+)?[Aa]ccording\s+to\s+(?P<who>(?:the\s+)?{NAME_WORD}(?:{NAME_GAP}{NAME_WORD}){{0,4}}"
    r"|(?:an?\s+|the\s+|its\s+)?[^,\"“”]{0,60}?\b(?:statement|spokes\w+|official|officials|"
    # "According to the Algerian newspaper El Watan, …"
    r"minister|ministry|office|presidency|envoy|source|sources|newspaper|agency|radio|television"
    r")\b[^,\"“”]{0,40}?),\s+(?P<what>.+)$",
    re.DOTALL,  # a claim may run on past a line of wrapped copy
)
#: "…, according to Axios." / "…," according to Ana Costa: a name, not a tally's source.
ACCORDING_TO_NAME = re.compile(
    rf"(?P<mark>[,”\"])\s*according\s+to\s+(?P<who>(?:the\s+)?{NAME_WORD}(?:{NAME_GAP}{NAME_WORD}){{0,4}}"
    # Its initials after it: "the Lebanese National News Agency (NNA)".
    r"(?:\s+\([A-Z]{2,8}\))?)"
    r"(?=[,;]|\.(?![A-Z])|$)"  # never the "U" of "U.N."
)
#: A speaker that opens a sentence, after its date or circumstance words, if any.
#: "UN special envoy to Yemen, Martin Griffiths, welcomed …": a title, then the name.
OPENING = (
    rf"^(?P<lead>{LEAD})?(?P<who>(?:[A-Z]|(?:an?|the)\s+\w)[^,\"“”]{{0,80}}?)"
    rf"(?:,\s+(?P<named>{NAME_WORD}(?:{NAME_GAP}{NAME_WORD}){{1,3}}),"
    # "Andriy Kovalenko, the head of the centre, accused …": the name, then its role.
    r"|,\s+(?:an?|the)\s[^,\"“”]{1,100}?,"
    # "Ali Haqmal, head of the department in Spin Boldak, blamed …": a role with no article.
    rf"|,\s+(?:[a-z][\w'’-]*\s+){{0,2}}{TITLE_WORD}\b[^,\"“”]{{0,100}}?,"
    # "Pakistan, meanwhile, accused …": a linking word between commas.
    r"|,\s+(?:meanwhile|however|though|too|also|in\s+turn|for\s+(?:its|his|her|their)\s+part),"
    # "One of the captives, interviewed by Al Jazeera, said …"
    r"|,\s+[a-z]+(?:ed|ing)\s+(?:by|to|from|in|on|at|with|under|for|as)\s[^,\"“”]{1,60}?,"
    # "Yasushi Akashi, who leads the UN operation, condemned …"
    r"|,\s+who\s[^,\"“”]{1,100}?,"
    # "The groups, including Hamas, issued a joint statement saying …"
    r"|,\s+(?:including|led\s+by|such\s+as|among\s+them)\s[^,\"“”]{1,60}?,)?"
)
#: A verb in the past that is no saying: "unveiled", "led", "met" (never an adjective in -ed
#: before a noun: "The Syrian armed opposition delegation stated …").
DID = (
    r"(?:(?!(?:armed|exiled|embattled|beleaguered|besieged|unnamed|unidentified|alleged|"
    r"so-called|self-styled|masked|hooded)\b)[a-z]+ed|"
    r"met|led|held|spoke|gave|made|took|sent|left|went|came|read|began"
    # "Smith is considering the request, but said …": what the speaker is doing.
    r"|(?:is|are|was|were)\s+[a-z]+ing)"
)
#: "X unveiled the plan on Friday, saying …" / "X welcomed it saying …" / "X led the talks
#: and said …"; never "X quoted Y as saying" (``QUOTED_AS_SAYING``).
#: "…, with Israel saying it had targeted Hezbollah members": the one "with" names says it.
WITH_SAYING = re.compile(
    # "…, with the military accusing X and the rebels saying …": the second one names who says.
    # (the first one's participle takes an object: never "with the ruling party and …")
    r",\s+with\s+(?:[^,\"“”]{0,120}?\b[a-z]+ing\s+(?:the|an?|its|their|his|her|[A-Z])"
    r"[^,\"“”]{0,120}?\s+and\s+)?"
    r"(?P<who>(?:[A-Z]|(?:an?|the)\s+\w)[^,\"“”]{0,60}?)\s+"
    r"(?:saying|adding|insisting|claiming)\s+(?:that\s+)?(?P<what>.+)$",
    re.DOTALL,  # a claim may run on past a line of wrapped copy
)
SAYING_AS_WELL = re.compile(
    rf"{OPENING}\s+{BETWEEN}{DID}\b[^\"“”]*?"
    rf"(?:(?:,|(?<!\bas))\s+(?:saying|adding)|\s+(?:and|but)\s+{BETWEEN}{SAYING}(?:{WHEN})?"
    # "… and said in a statement that …": where it was said is no part of the claim.
    rf"(?:{MEDIUM}(?=\s+that\b))?)[,:]?\s+(?:that\s+)?(?P<what>.+)$",
    re.DOTALL,  # a claim may run on past a line of wrapped copy
)
#: A second speaker after a comma: "…, although an Israeli official said …", "…, and
#: after the vote, Hamas confirmed …".
SECOND_SPEAKER = re.compile(
    rf"(?:,\s+(?:and|but|although|though|while|whereas)|\s+(?:while|whereas))\s+"
    rf"(?=(?:{LEAD})?(?:[A-Z]|(?:an?|the)\s+\w|{UNNAMED_MANY})"
    # "…, and the United Nations has accused the Khmer Rouge of …": an accusation too.
    # "…, but Oman's foreign minister, Yusuf bin Alawi, said …": a name between commas too.
    rf"(?:[^,\"“”]{{0,80}}?|[^,\"“”]{{1,60}}?,\s+[A-Z][^,\"“”]{{1,60}}?,)\s+{BETWEEN}(?:{SAYING}|accused|urged|blamed)"
    # (never a passive's "said to be": "the group's leader, X, said to be wounded, was …")
    r"(?!\s+to\s+(?:be|have)\b)\s+[\w\"“])"
    # "… said A and he insisted B": the same speaker again, with no comma.
    rf"|\s+and\s+(?=(?:he|she|they)\s+{BETWEEN}{SAYING}\s+\w)"
)
#: "Said he: “…”", "He gave no reason, but said: “…”": the speaker, then a verb of saying
#: and a colon before the quote, with the words before it the speaker's own doing.
SAID_THEN_QUOTED = re.compile(
    r"^(?:(?:But|And)\s+)?(?:(?:Said|Says|Added)\s+(?P<after>he|she|they|[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})"
    r"|(?P<before>He|She|They|[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})\s+(?:did|does|would|could|gave|declined"
    r"|refused|was|had)\b(?:(?!\b(?:said|says|told|added)\b)[^\"“”:]){1,160}?,?\s+(?:but|and)\s+"
    r"(?:also\s+)?(?:said|added))\s*:\s*[“\"]"
)
#: "Reuters quoted a senior source as saying that …", "The mediators were quoted by Reuters
#: as saying …": the one quoted said it.
QUOTED_AS_SAYING = re.compile(
    rf"^(?:{LEAD})?(?:(?P<quoted>[^,\"“”]{{1,60}}?)\s+(?:was|were)\s+(?:also\s+)?quoted"
    rf"(?:\s+by\s+[^,\"“”]{{1,60}}?)?|[^,\"“”]{{1,60}}?\s+(?:also\s+)?quoted\s+(?P<who>[^,\"“”]{{1,80}}?))\s+as\s+"
    r"saying[,:]?\s+(?:that\s+)?(?P<what>.+)$",
    re.DOTALL,  # a claim may run on past a line of wrapped copy
)
#: "“…,” the BBC quoted Zuma as saying.": the one quoted said the quote before.
QUOTED_AS_SAYING_AFTER = re.compile(
    r"[,”\"]\s*(?:the\s+)?[A-Z][^,\"“”]{0,40}?\s+quoted\s+(?P<who>[^,\"“”]{1,80}?)\s+as\s+saying"
    r"(?=[.;]?\s*$)"
)
#: A name that opens a sentence, set apart by a comma: "Ana Costa, …"; never date or
#: circumstance words ("On Thursday,", "Late Tuesday,", "Last week,").
NAME_BEFORE_ROLE = re.compile(
    rf"^(?!(?:\w+\s+)*(?:But|And|Yet|On|In|At|During|After|Before|Earlier|Later|Late|Early|"
    rf"Since|When|As|Last|Next|This|Meanwhile|However|Speaking|Asked|{WEEKDAY_NAMES}|{MONTHS})\b)"
    rf"(?P<name>{NAME_WORD}(?:{NAME_GAP}{NAME_WORD}){{1,3}}),\s+$"
)
#: Whom a report quotes "as saying", as the subject of a saying: "quoted him as saying".
OBJECT_PRONOUNS = {"him": "he", "her": "she", "them": "they"}
#: A sentence that is only a quote: “We will not give up the valley.”
WHOLLY_QUOTED = re.compile(r"^[\"“][^\"“”]+[\"”][.!?]?$")
#: A quote in single curly marks: ‘…’, its closing mark before no letter (not "don’t").
SINGLE_QUOTE = re.compile(r"‘([^‘’]+(?:’\w[^‘’]*)*)’(?!\w)")
#: "Hamas official Osama Hamdan, speaking to the Al-Manar TV station …, held out hope …"
SPEAKING_TO = re.compile(r"^(?P<who>[A-Z][^,]{0,80}?),\s+speaking\s+to\s+(?P<outlet>[^,]+),")
#: Words that name no one speaker: "Neither side", "None of them", "Each side blamed the other".
NO_ONE = re.compile(
    rf"^(?:neither|nor|no\s+one|nobody|none|no\s+side|each\s+side"
    # A clause's opening word ("Despite reports that …"), or a verb ("as is called for in …").
    r"|despite|amid|following|given|(?:is|are|was|were|be|been)$"
    # A free relative clause, a thing: "What the EU signed up to in Moscow (says …)" (never
    # one that names the speaker: "what a UN mediator, Alvaro de Soto, (called …)").
    rf"|what\s(?=.*(?-i:{VERB.pattern}))"
    # A linking word before the speaker's role: "However, an official of Hamas, said …".
    r"|(?:however|meanwhile|moreover|furthermore|nevertheless|instead|separately)$"
    # "…, as previously declared": a conjunction with no one after it.
    r"|as$"
    # "“I told him that …”": one who speaks within a quote, whom the report does not name.
    r"|(?:i|we)$)\b",
    re.IGNORECASE,
)
#: Both sides together: they may say one thing ("Both sides said they would hold their fire"),
#: but an act of theirs ("accused each other", "pledged to …") is no one speaker's claim.
SIDES_TOGETHER = re.compile(r"^(?:both\s+sides|the\s+two\s+sides)\b", re.IGNORECASE)
#: Words that start a clause, not a speaker: "and", "but", "while", "as".
LEADING = re.compile(r"^(?:and|but|while|as|so|yet|however|then|meanwhile|even)\s+", re.IGNORECASE)
#: A relative clause whose verb says something, after those it is of: "… captured by rebel
#: groups, who said the prisoners were soldiers", "scorn from Ukrainian officials, who also
#: accused Moscow of …".
WHO_SAID = re.compile(
    # "… by Israel's new prime minister, Benjamin Netanyahu, who said …": a role, then the name.
    r"(?:^|\b(?:by|from|of|among|with)\s+(?:[^,\"“”]{1,60},\s+(?=[A-Z]))?"
    # "… after seeing Jackson, who later said …": a name, whatever the word before it.
    r"|\b(?=[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3},\s+who\s))"
    r"(?P<who>(?:the\s+|[A-Z][\w'’-]*\s+)?(?:[\w'’-]+\s+){0,3}?"
    r"[\w'’-]+),\s+who\s+(?:also\s+|had\s+|have\s+|later\s+|earlier\s+)?(?P<verb>said|say|says|accused|conceded|admitted|insisted|warned|claimed)\s+(?:that\s+)?"
    # What was said, a clause of three words at least ("said nothing more" says nothing).
    r"(?P<what>(?!(?:nothing|little|no|none)\b)[^\"“”;\s]+(?:\s+[^\"“”;\s]+){2,}?)(?=[.;]|$)"
)
