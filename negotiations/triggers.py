"""Database triggers for the one invariant that spans two rows.

A proposal may respond only to a proposal of its own negotiation. No CHECK constraint can
see another row, so a trigger holds the rule on both supported databases, whatever the
write path (admin, shell, bulk update). SQLite drops a table's triggers whenever a
migration rebuilds the table, so they are (re)installed after every migrate.
"""

MESSAGE = "A proposal can only respond to a proposal in the same negotiation"

POSTGRES = [
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

_SQLITE_RESPONSE_CHECK = """
    WHEN NEW.responds_to_id IS NOT NULL AND NOT EXISTS (
        SELECT 1 FROM negotiations_proposal p
        WHERE p.id = NEW.responds_to_id AND p.negotiation_id = NEW.negotiation_id
    )"""

SQLITE = [
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


def install(connection):
    """Create (or re-create) the triggers on ``connection``'s database. Idempotent."""
    statements = {"postgresql": POSTGRES, "sqlite": SQLITE}.get(connection.vendor, [])
    with connection.cursor() as cursor:
        for statement in statements:
            cursor.execute(statement)


def install_after_migrate(using, **kwargs):
    """post_migrate receiver: put back triggers a table rebuild may have dropped."""
    from django.db import connections

    connection = connections[using]
    if "negotiations_proposal" in connection.introspection.table_names():
        install(connection)
