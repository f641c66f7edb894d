"""A proposal may respond only to a proposal of its own negotiation.

The rule spans two rows, so no CHECK constraint can hold it; a trigger does, on both
supported databases, so that no write path (admin, shell, bulk update) can break it.
"""

from django.db import migrations

MESSAGE = "A proposal can only respond to a proposal in the same negotiation"

POSTGRES_FORWARD = f"""
CREATE FUNCTION negotiations_proposal_same_negotiation() RETURNS trigger AS $$
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
$$ LANGUAGE plpgsql;
CREATE TRIGGER negotiations_proposal_same_negotiation
    BEFORE INSERT OR UPDATE OF responds_to_id, negotiation_id ON negotiations_proposal
    FOR EACH ROW EXECUTE FUNCTION negotiations_proposal_same_negotiation();
"""

POSTGRES_BACKWARD = """
DROP TRIGGER IF EXISTS negotiations_proposal_same_negotiation ON negotiations_proposal;
DROP FUNCTION IF EXISTS negotiations_proposal_same_negotiation();
"""

SQLITE_RESPONSE_CHECK = """
    WHEN NEW.responds_to_id IS NOT NULL AND NOT EXISTS (
        SELECT 1 FROM negotiations_proposal p
        WHERE p.id = NEW.responds_to_id AND p.negotiation_id = NEW.negotiation_id
    )
"""

SQLITE_FORWARD = [
    f"""CREATE TRIGGER negotiations_proposal_same_negotiation_insert
    BEFORE INSERT ON negotiations_proposal {SQLITE_RESPONSE_CHECK}
    BEGIN SELECT RAISE(ABORT, '{MESSAGE}'); END;""",
    f"""CREATE TRIGGER negotiations_proposal_same_negotiation_update
    BEFORE UPDATE OF responds_to_id, negotiation_id ON negotiations_proposal {SQLITE_RESPONSE_CHECK}
    BEGIN SELECT RAISE(ABORT, '{MESSAGE}'); END;""",
    f"""CREATE TRIGGER negotiations_proposal_responses_follow
    BEFORE UPDATE OF negotiation_id ON negotiations_proposal
    WHEN EXISTS (
        SELECT 1 FROM negotiations_proposal c
        WHERE c.responds_to_id = NEW.id AND c.negotiation_id <> NEW.negotiation_id
    )
    BEGIN SELECT RAISE(ABORT, '{MESSAGE}'); END;""",
]

SQLITE_BACKWARD = [
    "DROP TRIGGER IF EXISTS negotiations_proposal_same_negotiation_insert;",
    "DROP TRIGGER IF EXISTS negotiations_proposal_same_negotiation_update;",
    "DROP TRIGGER IF EXISTS negotiations_proposal_responses_follow;",
]


def forward(apps, schema_editor):
    statements = (
        SQLITE_FORWARD if schema_editor.connection.vendor == "sqlite" else [POSTGRES_FORWARD]
    )
    for statement in statements:
        schema_editor.execute(statement)


def backward(apps, schema_editor):
    statements = (
        SQLITE_BACKWARD if schema_editor.connection.vendor == "sqlite" else [POSTGRES_BACKWARD]
    )
    for statement in statements:
        schema_editor.execute(statement)


class Migration(migrations.Migration):
    dependencies = [("negotiations", "0001_initial")]

    operations = [migrations.RunPython(forward, backward)]
