"""Attendances become cited records: each one recorded before, and citing nothing, cites its
round's sources (without a passage, which the round's may not name the attendee in)."""

from django.db import migrations


def cite_the_rounds_sources(apps, schema_editor):
    using = schema_editor.connection.alias
    ContentType = apps.get_model("contenttypes", "ContentType")
    Citation = apps.get_model("negotiations", "Citation")
    Attendance = apps.get_model("negotiations", "Attendance")
    round_type = (
        ContentType.objects.using(using).filter(app_label="negotiations", model="round").first()
    )
    if round_type is None or not Attendance.objects.using(using).exists():
        return
    attendance_type, _ = ContentType.objects.using(using).get_or_create(
        app_label="negotiations", model="attendance"
    )
    already_cited = set(
        Citation.objects.using(using)
        .filter(content_type=attendance_type)
        .values_list("object_id", flat=True)
    )
    cited_rounds = {}
    for round_id, source_id in (
        Citation.objects.using(using)
        .filter(content_type=round_type)
        .values_list("object_id", "source_id")
    ):
        cited_rounds.setdefault(round_id, set()).add(source_id)
    Citation.objects.using(using).bulk_create(
        [
            Citation(content_type=attendance_type, object_id=pk, source_id=source)
            for pk, round_id in Attendance.objects.using(using).values_list("pk", "round_id")
            if pk not in already_cited
            for source in sorted(cited_rounds.get(round_id, ()))
        ]
    )


def forget_them(apps, schema_editor):
    """Back: attendance citations without a passage go, as those this made have none."""
    using = schema_editor.connection.alias
    Citation = apps.get_model("negotiations", "Citation")
    Citation.objects.using(using).filter(
        content_type__app_label="negotiations", content_type__model="attendance", passage=""
    ).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("contenttypes", "0002_remove_content_type_name"),
        ("negotiations", "0015_exchange_categories"),
    ]

    operations = [migrations.RunPython(cite_the_rounds_sources, forget_them)]
