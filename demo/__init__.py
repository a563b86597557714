"""Danish demo content for development, tests and benchmarks (never installed in production).

``manage.py seed_demo`` builds the demo site from the data files in ``demo/data/``; each
installed app adds its part through a ``seed`` module (see ``demo.registry``). docs/demo.md
describes the data format.
"""
