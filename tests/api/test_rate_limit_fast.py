"""The rate limit's cheap path (core.ratelimit._usage) counts exactly as django-ratelimit."""

import pytest
from django.core.cache import cache
from django.test import RequestFactory, override_settings
from django_ratelimit.core import get_usage

from core import ratelimit

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("rate_clock")]


@pytest.fixture(autouse=True)
def _fresh():
    cache.clear()
    ratelimit._memo.clear()
    yield
    ratelimit._memo.clear()


def _request(ip="192.0.2.10", **meta):
    return RequestFactory().get("/api/v3/pages/", REMOTE_ADDR=ip, **meta)


def test_counts_land_where_django_ratelimit_reads_them():
    for _ in range(3):
        ratelimit.check(_request(), group="g", rate="10/m", key="ip")
    usage = get_usage(_request(), group="g", key="ip", rate="10/m", increment=False)
    assert usage["count"] == 3


def test_counts_django_ratelimit_made_are_counted_on():
    get_usage(_request(), group="g", key="ip", rate="2/m", increment=True)
    get_usage(_request(), group="g", key="ip", rate="2/m", increment=True)
    assert ratelimit.check(_request(), group="g", rate="2/m", key="ip").limited


def test_the_third_request_over_two_a_minute_is_refused_with_the_window_left():
    assert not ratelimit.check(_request(), group="g", rate="2/m", key="ip").limited
    assert not ratelimit.check(_request(), group="g", rate="2/m", key="ip").limited
    verdict = ratelimit.check(_request(), group="g", rate="2/m", key="ip")
    assert verdict.limited
    assert 1 <= verdict.retry_after <= 60
    # Another address has its own count.
    assert not ratelimit.check(_request("192.0.2.11"), group="g", rate="2/m", key="ip").limited


def test_ipv6_addresses_in_one_network_share_a_count_as_the_mask_says():
    one, other = "2001:db8::1", "2001:db8::2"
    ratelimit.check(_request(one), group="g", rate="1/m", key="ip")
    assert ratelimit.check(_request(other), group="g", rate="1/m", key="ip").limited
    with override_settings(RATELIMIT_IPV6_MASK=128):
        ratelimit.check(_request(one), group="g6", rate="1/m", key="ip")
        assert not ratelimit.check(_request(other), group="g6", rate="1/m", key="ip").limited


def test_a_header_key_counts_per_header_value():
    first = _request(HTTP_X_REAL_IP="198.51.100.1")
    second = _request(HTTP_X_REAL_IP="198.51.100.2")
    ratelimit.check(first, group="g", rate="1/m", key="header:x-real-ip")
    assert ratelimit.check(first, group="g", rate="1/m", key="header:x-real-ip").limited
    assert not ratelimit.check(second, group="g", rate="1/m", key="header:x-real-ip").limited


def test_a_new_window_starts_a_new_count(rate_clock):
    ratelimit.check(_request(), group="g", rate="1/s", key="ip")
    assert ratelimit.check(_request(), group="g", rate="1/s", key="ip").limited
    rate_clock.advance(1)
    assert not ratelimit.check(_request(), group="g", rate="1/s", key="ip").limited


def test_disabled_by_setting_counts_nothing():
    with override_settings(RATELIMIT_ENABLE=False):
        for _ in range(3):
            assert not ratelimit.check(_request(), group="g", rate="1/m", key="ip").limited
    assert not ratelimit.check(_request(), group="g", rate="1/m", key="ip").limited


def test_only_the_named_methods_count():
    post = RequestFactory().post("/x/", REMOTE_ADDR="192.0.2.10")
    for _ in range(3):
        ratelimit.check(_request(), group="g", rate="1/m", key="ip", method="POST")
    assert not ratelimit.check(post, group="g", rate="1/m", key="ip", method="POST").limited
    assert ratelimit.check(post, group="g", rate="1/m", key="ip", method="POST").limited


def test_a_callable_key_still_goes_through_django_ratelimit():
    def by_user_agent(group, request):
        return request.META.get("HTTP_USER_AGENT", "")

    agent = _request(HTTP_USER_AGENT="screen-1")
    ratelimit.check(agent, group="g", rate="1/m", key=by_user_agent)
    assert ratelimit.check(agent, group="g", rate="1/m", key=by_user_agent).limited
    assert not ratelimit.check(
        _request(HTTP_USER_AGENT="screen-2"), group="g", rate="1/m", key=by_user_agent
    ).limited
