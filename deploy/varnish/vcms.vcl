vcl 4.1;
# Varnish 7 in front of the Vallensbæk CMS app nodes (docs/operations.md#the-stack).
#
# - Two (or more) app nodes in a round-robin director; each is probed on /healthz, and a node
#   that misses its probes is taken out of rotation until it answers again. A GET that finds
#   its node gone before the probe noticed is retried once on the other node. When every
#   probe fails at once, requests go to the nodes anyway (overload, not loss).
# - Purging by cache tag (varnish-modules' xkey): the app tags every public response with
#   `xkey: p12 l:activities.activitypage i3 ...` (core/cache_tags.py) and its frontend-cache
#   backend (core/varnish.py) sends `PURGE /` with `xkey-purge: p12 l:...` on a publish.
#   Only the addresses in `purgers` may purge.
# - X-Cache: HIT or MISS on every response, X-Cache-Hits the number of hits of the object.
# - Requests with a session or CSRF cookie (editors), and the admin, the screens player/feeds
#   (their heartbeat must reach the app), search and the health checks always pass.
#
# The `stack` (deploy/stack/stack.sh) renders the backends from this file's BACKENDS block;
# on a server, write the nodes' addresses here by hand.
import directors;
import std;
import xkey;

probe healthz {
    .request = "GET /healthz HTTP/1.1"
        "Host: 127.0.0.1"
        "Connection: close"
        "User-Agent: varnish-probe";
    .expected_response = 200;
    .interval = 1s;
    # A loaded node answers /healthz within this even while it renders (gunicorn threads).
    .timeout = 2s;
    .window = 3;
    .threshold = 2;
    .initial = 1;
}

# BACKENDS-BEGIN
backend node1 { .host = "127.0.0.1"; .port = "8001"; .probe = healthz; .connect_timeout = 1s; .first_byte_timeout = 30s; }
backend node2 { .host = "127.0.0.1"; .port = "8002"; .probe = healthz; .connect_timeout = 1s; .first_byte_timeout = 30s; }
# The same nodes without a probe: used only when every probe fails at once (below).
backend node1_any { .host = "127.0.0.1"; .port = "8001"; .connect_timeout = 1s; .first_byte_timeout = 30s; }
backend node2_any { .host = "127.0.0.1"; .port = "8002"; .connect_timeout = 1s; .first_byte_timeout = 30s; }
backend static_files { .host = "127.0.0.1"; .port = "8004"; }
# BACKENDS-END

acl purgers {
    "127.0.0.1";
    "::1";
}

sub vcl_init {
    new nodes = directors.round_robin();
    # NODES-BEGIN
    nodes.add_backend(node1);
    nodes.add_backend(node2);
    new any_node = directors.round_robin();
    any_node.add_backend(node1_any);
    any_node.add_backend(node2_any);
    # NODES-END
}

sub vcl_recv {
    if (req.method == "PURGE") {
        if (client.ip !~ purgers) {
            return (synth(403, "Forbidden"));
        }
        if (req.http.xkey-purge) {
            set req.http.n-gone = xkey.purge(req.http.xkey-purge);
            return (synth(200, "Purged " + req.http.n-gone + " objects"));
        }
        # A plain PURGE of one URL (Wagtail's HTTPBackend) drops that object.
        return (purge);
    }

    if (req.url ~ "^/(static|media)/") {
        set req.backend_hint = static_files;
        return (hash);
    }
    set req.backend_hint = nodes.backend();
    if (!std.healthy(req.backend_hint)) {
        # Every probe failed at once: the nodes are more likely overloaded (probes time out
        # behind renders) than all dead. Ask them anyway rather than answer 503 to all.
        set req.backend_hint = any_node.backend();
    }
    set req.http.X-Real-IP = client.ip;

    if (req.method != "GET" && req.method != "HEAD") {
        return (pass);
    }
    if (req.url ~ "^/(admin|django-admin|screens|soeg|en/soeg|healthz|readyz|documents)(/|$)"
        || req.url ~ "^/api/v3/(screens|preview)/") {
        return (pass);
    }
    if (req.http.Authorization || req.http.Cookie ~ "(^|;\s*)(sessionid|csrftoken|messages)=") {
        return (pass);
    }
    # Anonymous visitors' other cookies (consent, language) do not change the page.
    unset req.http.Cookie;
    return (hash);
}

sub vcl_backend_response {
    if (bereq.url ~ "^/(static|media)/") {
        set beresp.ttl = 1h;
        return (deliver);
    }
    # Rendered while one of its tags was purged (core/page_cache.py): it may show the state
    # before that change and have arrived after the purge. Deliver it, keep nothing (not
    # even a hit-for-miss: the next request is an ordinary miss).
    if (beresp.http.X-Purged-While-Rendering) {
        set beresp.uncacheable = true;
        set beresp.ttl = 0s;
        return (deliver);
    }
    # Only tagged public responses are kept: a purge can always reach them.
    if (beresp.http.xkey && beresp.http.Cache-Control ~ "public" && !beresp.http.Set-Cookie) {
        if (beresp.http.Cache-Control ~ "no-cache" || beresp.ttl <= 0s) {
            # The API says "revalidate every time" to browsers; Varnish is purged by tag instead.
            set beresp.ttl = 300s;
        }
        set beresp.grace = 10s;
        return (deliver);
    }
    set beresp.uncacheable = true;
    set beresp.ttl = 120s;
    return (deliver);
}

sub vcl_backend_fetch {
    if (bereq.retries > 0) {
        # The retry below goes to the other node, never back to the one that just failed:
        # the round robin alone may hand it the same, still unprobed, dead node again (a
        # screen's feed got a 503 that way in CI). The probe-less twin: the first try may
        # itself have gone to a `_any` node (every probe failing), and the other node is
        # asked even if its probe is behind. With more nodes, name each node's successor.
        if (bereq.http.X-Retry-Avoid ~ "^node1") {
            set bereq.backend = node2_any;
        } else {
            set bereq.backend = node1_any;
        }
        unset bereq.http.X-Retry-Avoid;
    }
}

sub vcl_backend_error {
    # A node that is gone (connection refused or closed before it answered) while its probe
    # has not yet taken it out: a GET or HEAD is asked of the other node once, so only
    # requests already answered in part, or posts, fail (tests/stack/test_node_loss.py).
    if (bereq.retries < 1 && (bereq.method == "GET" || bereq.method == "HEAD")) {
        set bereq.http.X-Retry-Avoid = beresp.backend.name;
        return (retry);
    }
}

sub vcl_deliver {
    if (obj.hits > 0) {
        set resp.http.X-Cache = "HIT";
    } else {
        set resp.http.X-Cache = "MISS";
    }
    set resp.http.X-Cache-Hits = obj.hits;
    # The tags are for Varnish only; clients do not need them.
    if (!req.http.X-Debug-Tags) {
        unset resp.http.xkey;
        unset resp.http.X-Purged-While-Rendering;
    }
}
