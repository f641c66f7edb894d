"""Create the configured PostgreSQL database when it is missing (SQLite needs nothing)."""

import dj_database_url
import psycopg
from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from psycopg import sql


class Command(BaseCommand):
    help = "Create the PostgreSQL database named by DATABASE_URL if it does not exist yet."

    def add_arguments(self, parser):
        parser.add_argument("--url", help="A database URL to use instead of the configured one.")
        parser.add_argument(
            "--check",
            action="store_true",
            help="Only tell, by the exit status, whether the database server answers.",
        )

    def handle(self, *args, url=None, check=False, **options):
        database = dj_database_url.parse(url) if url else settings.DATABASES["default"]
        if "postgresql" not in database["ENGINE"]:
            return
        server = {
            "host": database.get("HOST") or None,
            "port": database.get("PORT") or None,
            "user": database.get("USER") or None,
            "password": database.get("PASSWORD") or None,
            "dbname": "postgres",
            "connect_timeout": 5,
        }
        try:
            connection = psycopg.connect(**server, autocommit=True)
        except psycopg.OperationalError as error:
            if check:
                raise SystemExit(1) from error
            raise CommandError(f"PostgreSQL does not answer: {error}") from error
        with connection:
            if check:
                return
            name = database["NAME"]
            exists = connection.execute(
                "SELECT 1 FROM pg_database WHERE datname = %s", [name]
            ).fetchone()
            if not exists:
                connection.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
                self.stdout.write(f"Created PostgreSQL database {name!r}.")
