"""Deployment checks (`manage.py check --deploy`) for what Django's own cannot know: where
TLS ends, and whether the shared store of pages can fill up."""

from django.conf import settings
from django.core.checks import Tags, Warning, register

#: Redis policies that evict stored pages when memory is full; the others refuse writes.
EVICTING_POLICIES = {"allkeys-lru", "allkeys-lfu", "allkeys-random"}


@register(Tags.security, deploy=True)
def tls_ends_somewhere_said(app_configs, **kwargs):
    """Production must be told whether a TLS proxy stands in front of it."""
    if settings.DEBUG or settings.BEHIND_HTTPS_PROXY is not None:
        return []
    return [
        Warning(
            "BEHIND_HTTPS_PROXY is not set: say where TLS ends.",
            hint=(
                "Behind a proxy that terminates TLS and sets X-Forwarded-Proto, set "
                "BEHIND_HTTPS_PROXY=1 (without it every request redirects to itself and no "
                "HSTS header is sent); if this server serves HTTPS itself, set "
                "BEHIND_HTTPS_PROXY=0."
            ),
            id="tracker.W001",
        )
    ]


@register(Tags.caches, deploy=True)
def shared_page_store_is_bounded(app_configs, **kwargs):
    """The Redis of CACHE_URL must bound its memory and evict old pages to make room."""
    if not settings.CACHE_URL:
        return []
    import redis

    try:
        client = redis.Redis.from_url(settings.CACHE_URL, socket_timeout=5, decode_responses=True)
        config = client.config_get("maxmemory*")
    except redis.RedisError as error:
        return [
            Warning(
                f"Could not read the memory settings of the Redis at CACHE_URL: {error}",
                hint="Make sure it answers, and bound its memory as the README says.",
                id="tracker.W002",
            )
        ]
    maxmemory, policy = int(config.get("maxmemory", 0)), config.get("maxmemory-policy", "")
    if maxmemory and policy in EVICTING_POLICIES:
        return []
    return [
        Warning(
            f"The Redis at CACHE_URL has maxmemory {maxmemory} and policy {policy!r}: "
            "stored pages can fill its memory, and then every write to it fails.",
            hint="Set maxmemory (e.g. 256mb) and maxmemory-policy allkeys-lru.",
            id="tracker.W003",
        )
    ]
