"""Issues become records of their negotiation, each coded with a shared topic: every issue
code a negotiation's positions used becomes one of its issues, named as the code was shown,
and positions (and their history) point to it."""

import django.db.models.deletion
import django.db.models.functions.text
import django.utils.timezone
import simple_history.models
from django.conf import settings
from django.db import migrations, models

from negotiations.editors import let_editors_edit

#: The codes positions used until now: (name shown, slug, shared topic).
FORMER_ISSUES = {
    "withdrawal": ("Israeli withdrawal from Gaza", "withdrawal", "withdrawal"),
    "truce_length": ("length of the truce", "truce-length", "ceasefire_length"),
    "end_of_war": ("end of the war", "end-of-war", "end_of_war"),
    "prisoner_ratio": ("prisoners per hostage", "prisoner-ratio", "exchange_ratio"),
    "hostage_release": ("release of hostages", "hostage-release", "releases"),
    "rafah_operation": ("military operation in Rafah", "rafah-operation", "military_operation"),
    "aid": ("humanitarian aid", "aid", "humanitarian_aid"),
    "other": ("other", "other", "other"),
}


def issues_from_codes(apps, schema_editor):
    using = schema_editor.connection.alias
    Negotiation = apps.get_model("negotiations", "Negotiation")
    Issue = apps.get_model("negotiations", "Issue")
    issues = {}

    def issue_for(negotiation_id, code):
        key = (negotiation_id, code)
        if key not in issues:
            name, slug, topic = FORMER_ISSUES.get(code, (code, code.replace("_", "-"), "other"))
            issues[key] = Issue.objects.using(using).create(
                negotiation_id=negotiation_id, name=name, slug=slug, topic=topic
            )
        return issues[key]

    for model_name in ("Position", "HistoricalPosition"):
        model = apps.get_model("negotiations", model_name)
        existing = set(Negotiation.objects.using(using).values_list("pk", flat=True))
        for record in model.objects.using(using).all():
            # A history row of a deleted negotiation keeps its issue unset, as its negotiation
            # already points nowhere.
            if record.negotiation_id in existing:
                record.issue = issue_for(record.negotiation_id, record.issue_code)
                record.save(update_fields=["issue"])


def codes_from_issues(apps, schema_editor):
    using = schema_editor.connection.alias
    codes = {slug: code for code, (_, slug, _) in FORMER_ISSUES.items()}
    for model_name in ("Position", "HistoricalPosition"):
        model = apps.get_model("negotiations", model_name)
        for record in model.objects.using(using).select_related("issue"):
            # A history row may keep the id of an issue deleted since.
            slug = record.issue.slug if record.issue is not None else "other"
            record.issue_code = codes.get(slug, "other")
            record.save(update_fields=["issue_code"])


def let_editors_edit_issues(apps, schema_editor):
    """Editors add, change and view issues, as every other record."""
    let_editors_edit(apps, schema_editor, ["issue"])


class Migration(migrations.Migration):
    dependencies = [
        ("negotiations", "0012_on_or_before_dates"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.AlterModelOptions(
            name="position",
            options={
                "ordering": [
                    django.db.models.functions.text.Lower("issue__name"),
                    "issue",
                    "actor__name",
                    models.OrderBy(models.F("date"), nulls_first=True),
                    "pk",
                ]
            },
        ),
        migrations.CreateModel(
            name="HistoricalIssue",
            fields=[
                (
                    "id",
                    models.BigIntegerField(
                        auto_created=True, blank=True, db_index=True, verbose_name="ID"
                    ),
                ),
                (
                    "updated_at",
                    models.DateTimeField(
                        db_index=True, default=django.utils.timezone.now, editable=False
                    ),
                ),
                (
                    "version",
                    models.PositiveIntegerField(
                        default=1,
                        editable=False,
                        help_text="Goes up by one on every save; a save from an older version is refused.",
                    ),
                ),
                (
                    "name",
                    models.CharField(
                        help_text="In this negotiation's words, e.g. “Israeli withdrawal from Gaza”.",
                        max_length=200,
                    ),
                ),
                (
                    "slug",
                    models.SlugField(
                        help_text="Its address in filters and downloads: ?issue=withdrawal.",
                        max_length=60,
                    ),
                ),
                (
                    "topic",
                    models.CharField(
                        choices=[
                            ("withdrawal", "withdrawal of forces"),
                            ("ceasefire_length", "length of the ceasefire"),
                            ("end_of_war", "permanent end of hostilities"),
                            ("exchange_ratio", "exchange ratio"),
                            ("releases", "release of hostages, prisoners or detainees"),
                            ("military_operation", "a military operation"),
                            ("humanitarian_aid", "humanitarian aid and access"),
                            ("return_of_displaced", "return of displaced people"),
                            ("security", "security arrangements and monitoring"),
                            ("territory", "territory and borders"),
                            ("governance", "governance and political settlement"),
                            ("reconstruction", "reconstruction and services"),
                            ("guarantees", "guarantees"),
                            ("other", "other"),
                        ],
                        help_text="The shared topic it is a case of, to compare negotiations.",
                        max_length=20,
                    ),
                ),
                ("description", models.TextField(blank=True)),
                ("history_id", models.AutoField(primary_key=True, serialize=False)),
                ("history_date", models.DateTimeField(db_index=True)),
                ("history_change_reason", models.CharField(max_length=100, null=True)),
                (
                    "history_type",
                    models.CharField(
                        choices=[("+", "Created"), ("~", "Changed"), ("-", "Deleted")], max_length=1
                    ),
                ),
                (
                    "history_user",
                    models.ForeignKey(
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="+",
                        to=settings.AUTH_USER_MODEL,
                    ),
                ),
                (
                    "negotiation",
                    models.ForeignKey(
                        blank=True,
                        db_constraint=False,
                        null=True,
                        on_delete=django.db.models.deletion.DO_NOTHING,
                        related_name="+",
                        to="negotiations.negotiation",
                    ),
                ),
            ],
            options={
                "verbose_name": "historical issue",
                "verbose_name_plural": "historical issues",
                "ordering": ("-history_date", "-history_id"),
                "get_latest_by": ("history_date", "history_id"),
            },
            bases=(simple_history.models.HistoricalChanges, models.Model),
        ),
        migrations.CreateModel(
            name="Issue",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                (
                    "updated_at",
                    models.DateTimeField(
                        db_index=True, default=django.utils.timezone.now, editable=False
                    ),
                ),
                (
                    "version",
                    models.PositiveIntegerField(
                        default=1,
                        editable=False,
                        help_text="Goes up by one on every save; a save from an older version is refused.",
                    ),
                ),
                (
                    "name",
                    models.CharField(
                        help_text="In this negotiation's words, e.g. “Israeli withdrawal from Gaza”.",
                        max_length=200,
                    ),
                ),
                (
                    "slug",
                    models.SlugField(
                        help_text="Its address in filters and downloads: ?issue=withdrawal.",
                        max_length=60,
                    ),
                ),
                (
                    "topic",
                    models.CharField(
                        choices=[
                            ("withdrawal", "withdrawal of forces"),
                            ("ceasefire_length", "length of the ceasefire"),
                            ("end_of_war", "permanent end of hostilities"),
                            ("exchange_ratio", "exchange ratio"),
                            ("releases", "release of hostages, prisoners or detainees"),
                            ("military_operation", "a military operation"),
                            ("humanitarian_aid", "humanitarian aid and access"),
                            ("return_of_displaced", "return of displaced people"),
                            ("security", "security arrangements and monitoring"),
                            ("territory", "territory and borders"),
                            ("governance", "governance and political settlement"),
                            ("reconstruction", "reconstruction and services"),
                            ("guarantees", "guarantees"),
                            ("other", "other"),
                        ],
                        help_text="The shared topic it is a case of, to compare negotiations.",
                        max_length=20,
                    ),
                ),
                ("description", models.TextField(blank=True)),
                (
                    "negotiation",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="issues",
                        to="negotiations.negotiation",
                    ),
                ),
            ],
            options={
                "ordering": ["negotiation", django.db.models.functions.text.Lower("name"), "pk"],
            },
        ),
        migrations.AddConstraint(
            model_name="issue",
            constraint=models.UniqueConstraint(
                fields=("negotiation", "slug"),
                name="issue_slug_unique_in_negotiation",
                violation_error_message="This negotiation already has an issue at this address.",
            ),
        ),
        migrations.AddConstraint(
            model_name="issue",
            constraint=models.CheckConstraint(
                condition=models.Q(
                    (
                        "topic__in",
                        [
                            "withdrawal",
                            "ceasefire_length",
                            "end_of_war",
                            "exchange_ratio",
                            "releases",
                            "military_operation",
                            "humanitarian_aid",
                            "return_of_displaced",
                            "security",
                            "territory",
                            "governance",
                            "reconstruction",
                            "guarantees",
                            "other",
                        ],
                    )
                ),
                name="issue_topic_known",
                violation_error_code="topic",
                violation_error_message="Unknown topic.",
            ),
        ),
        migrations.RemoveIndex(model_name="position", name="position_latest_stance"),
        migrations.RenameField("position", "issue", "issue_code"),
        migrations.RenameField("historicalposition", "issue", "issue_code"),
        migrations.AddField(
            model_name="position",
            name="issue",
            field=models.ForeignKey(
                null=True,
                on_delete=django.db.models.deletion.RESTRICT,
                related_name="positions",
                to="negotiations.issue",
            ),
        ),
        migrations.AddField(
            model_name="historicalposition",
            name="issue",
            field=models.ForeignKey(
                blank=True,
                db_constraint=False,
                help_text="One of this negotiation's issues (add one on the negotiation's page).",
                null=True,
                on_delete=django.db.models.deletion.DO_NOTHING,
                related_name="+",
                to="negotiations.issue",
            ),
        ),
        migrations.RunPython(issues_from_codes, codes_from_issues),
        # A default first, so that reversing puts the column back into rows that exist.
        *(
            migrations.AlterField(
                model_name, "issue_code", models.CharField(max_length=20, default="other")
            )
            for model_name in ("position", "historicalposition")
        ),
        migrations.RemoveField("position", "issue_code"),
        migrations.RemoveField("historicalposition", "issue_code"),
        migrations.AlterField(
            model_name="historicalposition",
            name="issue",
            field=models.ForeignKey(
                blank=True,
                db_constraint=False,
                help_text="One of this negotiation's issues (add one on the negotiation's page).",
                null=True,
                on_delete=django.db.models.deletion.DO_NOTHING,
                related_name="+",
                to="negotiations.issue",
            ),
        ),
        migrations.AlterField(
            model_name="position",
            name="issue",
            field=models.ForeignKey(
                help_text="One of this negotiation's issues (add one on the negotiation's page).",
                on_delete=django.db.models.deletion.RESTRICT,
                related_name="positions",
                to="negotiations.issue",
            ),
        ),
        migrations.AddIndex(
            model_name="position",
            index=models.Index(
                fields=["negotiation", "actor", "issue", "date"], name="position_latest_stance"
            ),
        ),
        migrations.RunPython(let_editors_edit_issues, migrations.RunPython.noop),
    ]
