"""``python -m bench.scale N``: the demo plus N synthetic pages, for benchmarks.

The generator is ``bench.generator``; this is its command line (docs/demo.md).
"""

import argparse
import os


def main(argv=None, *, write=print, stdout=None) -> None:
    parser = argparse.ArgumentParser(
        prog="python -m bench.scale", description=__doc__.splitlines()[0]
    )
    parser.add_argument("pages", type=int, metavar="N", help="synthetic pages to add")
    parser.add_argument("--batch-size", type=int, default=1000, help="pages per bulk insert")
    parser.add_argument("--update-index", action="store_true", help="run update_index afterwards")
    parser.add_argument(
        "--small-images", action="store_true", help="small pictures (faster; for tests)"
    )
    args = parser.parse_args(argv)
    if args.pages < 0 or args.batch_size < 1:
        parser.error("N must be 0 or more and --batch-size at least 1")
    from django.apps import apps

    if not apps.ready:
        # Like manage.py: development settings unless the environment says otherwise.
        os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cms.settings.dev")
        import django

        django.setup()
    # Imported once Django is set up: the generator imports the models.
    from bench.generator import run

    run(
        args.pages,
        batch_size=args.batch_size,
        update_index=args.update_index,
        small_images=args.small_images,
        write=write,
        stdout=stdout,
    )


if __name__ == "__main__":
    main()
