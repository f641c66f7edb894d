"""What every request meets before the pages: one answer to OPTIONS, cookies only for the
admin, and a word in the log when the TLS proxy and the settings disagree."""

import logging

from django.conf import settings
from django.http import HttpResponseNotAllowed

logger = logging.getLogger(__name__)

ADMIN_METHODS = ["GET", "HEAD", "POST"]
PUBLIC_METHODS = ["GET", "HEAD"]


def is_admin(request):
    return request.path.startswith(settings.SESSION_COOKIE_PATH)


class NoOptionsMiddleware:
    """OPTIONS answers 405 everywhere, with the methods the address takes: the tracker
    serves no cross-origin writes, so there is nothing to pre-flight or describe."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.method == "OPTIONS":
            return HttpResponseNotAllowed(ADMIN_METHODS if is_admin(request) else PUBLIC_METHODS)
        return self.get_response(request)


class AdminOnlyCookiesMiddleware:
    """Outside the admin no cookie is read: the session and CSRF cookies are set for the
    admin's path alone, so one sent elsewhere is made up. Ignoring it keeps a reader from
    creating sessions or skipping the stored pages with it."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not is_admin(request):
            request.COOKIES = {}
        return self.get_response(request)


class ProxyHeadersMiddleware:
    """Logs, once per process, a request whose X-Forwarded-Proto the settings do not
    expect: behind a TLS proxy that disagrees with them every request redirects to itself."""

    HEADER = "HTTP_X_FORWARDED_PROTO"

    def __init__(self, get_response):
        self.get_response = get_response
        self.warned = False

    def __call__(self, request):
        if not self.warned and settings.SECURE_SSL_REDIRECT:
            problem = self.problem(request)
            if problem:
                self.warned = True
                logger.error(problem)
        return self.get_response(request)

    def problem(self, request):
        forwarded = request.META.get(self.HEADER)
        trusted = settings.SECURE_PROXY_SSL_HEADER is not None
        if forwarded and not trusted:
            return (
                f"A request came with X-Forwarded-Proto: {forwarded[:20]!r}, but "
                "BEHIND_HTTPS_PROXY is not set, so the header is not trusted and every "
                "request from that proxy is redirected to itself. Behind a TLS proxy that "
                "sets this header (and strips it from clients), set BEHIND_HTTPS_PROXY=1."
            )
        if trusted and not forwarded:
            return (
                "BEHIND_HTTPS_PROXY=1, but a request came without X-Forwarded-Proto, so it "
                "is taken for plain HTTP and redirected: make the proxy set the header "
                "(e.g. nginx: proxy_set_header X-Forwarded-Proto $scheme), or set "
                "BEHIND_HTTPS_PROXY=0 if this server serves HTTPS itself."
            )
        return None
