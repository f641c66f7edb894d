"""The export's schema version and changelog, shown on /export/."""

SCHEMA_VERSION = "1.7"
#: (version, date, what changed), newest first; shown on /export/.
SCHEMA_CHANGELOG = (
    (
        "1.7",
        "2026-12-05",
        "New dataset memberships: actors' membership of coalitions and the sides they are "
        "on, with since and until at the precision the sources give (empty: not stated). "
        "Rows of every dataset are in the order of what their dates mean: by the earliest "
        "day each date may be, the more precise first on a tie (1 Feb before Feb), and an "
        "on_or_before with no earliest day just before its day.",
    ),
    (
        "1.6",
        "2026-12-05",
        "New dataset actor-aliases: other names actors go by. Proposals gain standing "
        "(where each stands today, derived from its steps, the same "
        "as on the pages and in the API) with standing_since, proposer_unstated, "
        "addressees_unstated and mediators_unstated (the sources do not say; an empty role "
        "is otherwise only not recorded), editors_note (note stays what the sources leave "
        "open), endorsers and witnesses. Milestones gain the kinds agreed and completed, and "
        "an extension's length (length_*, length_unit). Exchange terms: ratio_per is empty "
        "unless there is a ratio (it was hostage). Other terms gain the kind evacuation with "
        "evacuees and means, from_place and to_place (also for a withdrawal), the units km "
        "and people, and applies_to (an amount for one category, e.g. a class of weapons); a "
        "withdrawal's "
        "extent may be empty (not stated).",
    ),
    (
        "1.5",
        "2026-12-02",
        "New dataset corrections: saves an editor marked as publicly correcting a record, "
        "with when they were recorded and the note readers see.",
    ),
    (
        "1.4",
        "2026-12-02",
        "CSV: every text, code, slug and list cell is in double quotes (numbers, dates, "
        "date-times and booleans are not; an absent value is an empty cell without quotes), "
        "so that no separator an import is told to use can split a cell. The formula guard "
        "also catches a formula after leading spaces, and guards each item of a list. "
        "A semicolon within an item of a CSV list (a source URL) is written %3B. "
        "JSON: a list column is an array (of integers for source_ids), [] when empty; a code "
        "left blank is null in JSON and an empty cell in the CSV, as other absent values are. "
        "Milestones filter by actor. New: deletions (?since=), the rows deleted from each "
        "dataset, from the edit history; updated_since counts a citation added, changed or "
        "removed as a change of the row it cites, and now works on citations too.",
    ),
    (
        "1.3",
        "2026-12-02",
        "Every approximate date gains *_earliest, and *_precision the value on_or_before: "
        "a fact reported without its date, no later than the date given (the report's day), "
        "and no earlier than *_earliest where a source bounds it. A new dataset "
        "negotiations: stage (now with concluded), when the talks began and ended, sources. "
        "Issues are records: a new "
        "dataset issues (each negotiation's, in its own words, with a shared topic); "
        "positions give issue_id, issue (its slug) and issue_topic, and filter by topic. "
        "Sources: published_on is an approximate date (published_on_precision, "
        "published_on_earliest), for a source known only by its month. "
        "Exchange terms name any number of categories: the code column category (with "
        "unspecified) becomes the list column categories (empty when none is named).",
    ),
    (
        "1.2",
        "2026-12-01",
        "Agreements: new datasets milestones, phases and proposal-links; proposals gain "
        "ceasefire_class, form, purpose, coverage, covered_areas, signatories and guarantors. "
        "A term's phase is the number of a row in phases. Exchange terms gain receiving_party, "
        "affiliation, ratio_per and condition, and the groups prisoners_of_war, detainees and "
        "remains; other terms gain condition and eight kinds (initial_term, renewal, "
        "monitoring, corridors, fuel, flights, crossings, disarmament, services). Statements "
        "gain possibly_spoken_by_id: a person an unnamed speaker may be, left undecided.",
    ),
    (
        "1.1",
        "2026-12-01",
        "Absent means empty: a *_precision is empty (JSON null) when its date is, a "
        "*_qualifier when its quantity has neither bound nor words; they were day and exact. "
        "Every quantity gains *_words (the source's words) and the qualifier in_words for a "
        "count given only in words, such as several hundred. New "
        "datasets: status-changes, rounds, attendances, people, risks and citations (the "
        "passages every row rests on).",
    ),
    (
        "1.0",
        "2026-11-25",
        "First published schema: ten datasets, approximate dates as date + date_precision, "
        "approximate quantities as min + max + qualifier, sources as source_ids + source_urls.",
    ),
)
