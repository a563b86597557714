"""``make bench``: load tests of the API, feeds, pages and search against baselines.

Every figure is reported as a ratio to B1, a bare Django view served by the same server in
the same run, because the machine is shared and absolute numbers are noisy.
"""
