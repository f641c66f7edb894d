"""Database triggers for the invariants that span two rows.

A proposal may respond only to a proposal of its own negotiation, and a term may belong
only to a phase of its own proposal. No CHECK constraint can see another row, so triggers
hold these rules on both supported databases, whatever the write path (admin, shell, bulk
update). SQLite drops a table's triggers whenever a migration rebuilds the table, so they
are (re)installed after every migrate.
"""

MESSAGE = "A proposal can only respond to a proposal in the same negotiation"
PHASE_MESSAGE = "A term can only belong to a phase of its own proposal"
TERM_TABLES = ("negotiations_exchangeterm", "negotiations_otherterm")

POSTGRES_RESPONSES = [
    f"""
CREATE OR REPLACE FUNCTION negotiations_proposal_same_negotiation() RETURNS trigger AS $$
BEGIN
    IF NEW.responds_to_id IS NOT NULL AND NOT EXISTS (
        SELECT 1 FROM negotiations_proposal p
        WHERE p.id = NEW.responds_to_id AND p.negotiation_id = NEW.negotiation_id
    ) THEN
        RAISE EXCEPTION '{MESSAGE}' USING ERRCODE = 'check_violation';
    END IF;
    IF TG_OP = 'UPDATE' AND EXISTS (
        SELECT 1 FROM negotiations_proposal c
        WHERE c.responds_to_id = NEW.id AND c.negotiation_id <> NEW.negotiation_id
    ) THEN
        RAISE EXCEPTION '{MESSAGE}' USING ERRCODE = 'check_violation';
    END IF;
    RETURN NEW;
END;
$$ LANGUAGE plpgsql""",
    "DROP TRIGGER IF EXISTS negotiations_proposal_same_negotiation ON negotiations_proposal",
    """CREATE TRIGGER negotiations_proposal_same_negotiation
    BEFORE INSERT OR UPDATE OF responds_to_id, negotiation_id ON negotiations_proposal
    FOR EACH ROW EXECUTE FUNCTION negotiations_proposal_same_negotiation()""",
]

POSTGRES_PHASES = [
    f"""
CREATE OR REPLACE FUNCTION negotiations_term_phase_of_its_proposal() RETURNS trigger AS $$
BEGIN
    IF NEW.phase_id IS NOT NULL AND NOT EXISTS (
        SELECT 1 FROM negotiations_phase ph
        WHERE ph.id = NEW.phase_id AND ph.proposal_id = NEW.proposal_id
    ) THEN
        RAISE EXCEPTION '{PHASE_MESSAGE}' USING ERRCODE = 'check_violation';
    END IF;
    RETURN NEW;
END;
$$ LANGUAGE plpgsql""",
    *(
        statement
        for table in TERM_TABLES
        for statement in (
            f"DROP TRIGGER IF EXISTS {table}_phase_of_its_proposal ON {table}",
            f"""CREATE TRIGGER {table}_phase_of_its_proposal
    BEFORE INSERT OR UPDATE OF phase_id, proposal_id ON {table}
    FOR EACH ROW EXECUTE FUNCTION negotiations_term_phase_of_its_proposal()""",
        )
    ),
    f"""
CREATE OR REPLACE FUNCTION negotiations_phase_keeps_its_terms() RETURNS trigger AS $$
BEGIN
    IF EXISTS (
        SELECT 1 FROM negotiations_exchangeterm t
        WHERE t.phase_id = NEW.id AND t.proposal_id <> NEW.proposal_id
    ) OR EXISTS (
        SELECT 1 FROM negotiations_otherterm t
        WHERE t.phase_id = NEW.id AND t.proposal_id <> NEW.proposal_id
    ) THEN
        RAISE EXCEPTION '{PHASE_MESSAGE}' USING ERRCODE = 'check_violation';
    END IF;
    RETURN NEW;
END;
$$ LANGUAGE plpgsql""",
    "DROP TRIGGER IF EXISTS negotiations_phase_keeps_its_terms ON negotiations_phase",
    """CREATE TRIGGER negotiations_phase_keeps_its_terms
    BEFORE UPDATE OF proposal_id ON negotiations_phase
    FOR EACH ROW EXECUTE FUNCTION negotiations_phase_keeps_its_terms()""",
]

_SQLITE_RESPONSE_CHECK = """
    WHEN NEW.responds_to_id IS NOT NULL AND NOT EXISTS (
        SELECT 1 FROM negotiations_proposal p
        WHERE p.id = NEW.responds_to_id AND p.negotiation_id = NEW.negotiation_id
    )"""

SQLITE_RESPONSES = [
    f"""CREATE TRIGGER IF NOT EXISTS negotiations_proposal_same_negotiation_insert
    BEFORE INSERT ON negotiations_proposal {_SQLITE_RESPONSE_CHECK}
    BEGIN SELECT RAISE(ABORT, '{MESSAGE}'); END""",
    f"""CREATE TRIGGER IF NOT EXISTS negotiations_proposal_same_negotiation_update
    BEFORE UPDATE OF responds_to_id, negotiation_id ON negotiations_proposal
    {_SQLITE_RESPONSE_CHECK}
    BEGIN SELECT RAISE(ABORT, '{MESSAGE}'); END""",
    f"""CREATE TRIGGER IF NOT EXISTS negotiations_proposal_responses_follow
    BEFORE UPDATE OF negotiation_id ON negotiations_proposal
    WHEN EXISTS (
        SELECT 1 FROM negotiations_proposal c
        WHERE c.responds_to_id = NEW.id AND c.negotiation_id <> NEW.negotiation_id
    )
    BEGIN SELECT RAISE(ABORT, '{MESSAGE}'); END""",
]

SQLITE_PHASES = [
    *(
        f"""CREATE TRIGGER IF NOT EXISTS {table}_phase_of_its_proposal_{event}
    BEFORE {event_sql} ON {table}
    WHEN NEW.phase_id IS NOT NULL AND NOT EXISTS (
        SELECT 1 FROM negotiations_phase ph
        WHERE ph.id = NEW.phase_id AND ph.proposal_id = NEW.proposal_id
    )
    BEGIN SELECT RAISE(ABORT, '{PHASE_MESSAGE}'); END"""
        for table in TERM_TABLES
        for event, event_sql in (
            ("insert", "INSERT"),
            ("update", "UPDATE OF phase_id, proposal_id"),
        )
    ),
    f"""CREATE TRIGGER IF NOT EXISTS negotiations_phase_keeps_its_terms
    BEFORE UPDATE OF proposal_id ON negotiations_phase
    WHEN EXISTS (
        SELECT 1 FROM negotiations_exchangeterm t
        WHERE t.phase_id = NEW.id AND t.proposal_id <> NEW.proposal_id
    ) OR EXISTS (
        SELECT 1 FROM negotiations_otherterm t
        WHERE t.phase_id = NEW.id AND t.proposal_id <> NEW.proposal_id
    )
    BEGIN SELECT RAISE(ABORT, '{PHASE_MESSAGE}'); END""",
]

#: Each rule's statements per database, and the table it needs to exist.
RULES = {
    "responses": (
        {"postgresql": POSTGRES_RESPONSES, "sqlite": SQLITE_RESPONSES},
        "negotiations_proposal",
    ),
    "phases": ({"postgresql": POSTGRES_PHASES, "sqlite": SQLITE_PHASES}, "negotiations_phase"),
}


def install(connection, rules=("responses",)):
    """Create (or re-create) the triggers of ``rules`` on ``connection``'s database.
    Idempotent. Migrations name the rules their schema has; the default is the first."""
    with connection.cursor() as cursor:
        for rule in rules:
            statements, _ = RULES[rule]
            for statement in statements.get(connection.vendor, []):
                cursor.execute(statement)


def drop_before_migrate(using, **kwargs):
    """pre_migrate receiver: on SQLite, a trigger that reads another table stops a migration
    from rebuilding that table ("no such table" at the rename), so the tracker's triggers
    go while migrations run; post_migrate puts them back."""
    from django.db import connections

    connection = connections[using]
    if connection.vendor != "sqlite":
        return
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'negotiations_%'"
        )
        for (name,) in cursor.fetchall():
            cursor.execute(f"DROP TRIGGER IF EXISTS {connection.ops.quote_name(name)}")


def install_after_migrate(using, **kwargs):
    """post_migrate receiver: put back triggers a table rebuild may have dropped, for each
    rule whose table the schema migrated to has."""
    from django.db import connections

    connection = connections[using]
    tables = set(connection.introspection.table_names())
    install(connection, [rule for rule, (_, table) in RULES.items() if table in tables])
