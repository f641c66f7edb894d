"""What browser tests of the admin do: log in as the ``site`` fixture's admin, and watch
for what the browser refuses."""

from django.urls import reverse

PASSWORD = "correct horse battery"


def watch_for_violations(page):
    """Collect what the browser refuses under the policy, and any script error, by page."""
    problems = []
    page.on(
        "console",
        lambda message: (
            problems.append(f"{page.url}: {message.text}")
            if "Content Security Policy" in message.text
            else None
        ),
    )
    page.on("pageerror", lambda error: problems.append(f"{page.url}: {error}"))
    return problems


def log_in(page, site):
    page.goto(site + reverse("admin:login"))
    page.fill("#id_username", "admin")
    page.fill("#id_password", PASSWORD)
    page.click("input[type=submit]")
    page.wait_for_url(site + reverse("admin:index"))
