#!/usr/bin/env python3
"""Back up and restore the CMS: the database and the uploaded media, in one directory.

    python ops/backup.py backup [--dir BACKUP_DIR]      # → BACKUP_DIR/<UTC time>/
    python ops/backup.py restore BACKUP [--yes]         # into the configured database

``make backup`` and ``make restore BACKUP=…`` call this. The database and media root are
the ones the Django settings use (``DJANGO_SETTINGS_MODULE``, default ``cms.settings.dev``;
``DATABASE_URL``, ``MEDIA_ROOT``). A backup directory holds:

- ``database.dump``: PostgreSQL, ``pg_dump --format=custom`` (restored with ``pg_restore
  --clean --if-exists --no-owner``), or ``database.sqlite3``: SQLite, a consistent copy made
  with SQLite's backup API (safe while the site runs);
- ``media.tar.gz``: everything under ``MEDIA_ROOT`` (originals, renditions, documents).
  With S3 media (``AWS_STORAGE_BUCKET_NAME``) there is no local copy: use the bucket's
  versioning or replication; the manifest records that the media were not archived;
- ``manifest.json``: when, from which database, file sizes and SHA-256 sums.

Restore replaces the database's content and extracts the media over ``MEDIA_ROOT`` (files
that are not in the archive are left alone). It asks for the database name first unless
``--yes`` is given.
"""

import argparse
import datetime as dt
import hashlib
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import tarfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
POSTGRES = "django.db.backends.postgresql"
SQLITE = "django.db.backends.sqlite3"


class BackupError(Exception):
    """A problem the operator can fix; printed without a traceback."""


def load_settings():
    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cms.settings.dev")
    from django.conf import settings

    database = settings.DATABASES["default"]
    storage = settings.STORAGES["default"]["BACKEND"]
    local_media = storage == "django.core.files.storage.FileSystemStorage"
    return database, Path(settings.MEDIA_ROOT), local_media


def pg_env(database: dict) -> dict:
    """libpq environment for the database (keeps the password off the command line)."""
    env = dict(os.environ)
    for var, key in [
        ("PGHOST", "HOST"),
        ("PGPORT", "PORT"),
        ("PGUSER", "USER"),
        ("PGPASSWORD", "PASSWORD"),
        ("PGDATABASE", "NAME"),
    ]:
        if database.get(key):
            env[var] = str(database[key])
    sslmode = (database.get("OPTIONS") or {}).get("sslmode")
    if sslmode:
        env["PGSSLMODE"] = sslmode
    return env


def run(cmd: list[str], env: dict) -> None:
    tool = shutil.which(cmd[0])
    if tool is None:
        raise BackupError(f"{cmd[0]} is not installed (Debian: apt-get install postgresql-client)")
    result = subprocess.run([tool, *cmd[1:]], env=env, capture_output=True, text=True)
    if result.returncode:
        raise BackupError(f"{cmd[0]} failed:\n{result.stderr.strip()}")


def sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def sqlite_copy(source: Path, target: Path) -> None:
    """Copy a SQLite database consistently, even while another process writes to it."""
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    dst = sqlite3.connect(target)
    try:
        with dst:
            src.backup(dst)
    finally:
        src.close()
        dst.close()


def backup(target_root: Path) -> Path:
    database, media_root, local_media = load_settings()
    engine = database["ENGINE"]
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%SZ")
    target = target_root / stamp
    target.mkdir(parents=True, exist_ok=False)
    manifest = {"created": stamp, "engine": engine, "database": str(database["NAME"])}

    if engine == POSTGRES:
        dump = target / "database.dump"
        run(["pg_dump", "--format=custom", "--no-password", f"--file={dump}"], pg_env(database))
    elif engine == SQLITE:
        if not Path(database["NAME"]).is_file():
            target.rmdir()
            raise BackupError(f"There is no SQLite database at {database['NAME']}.")
        dump = target / "database.sqlite3"
        sqlite_copy(Path(database["NAME"]), dump)
    else:
        raise BackupError(f"Backups support PostgreSQL and SQLite, not {engine}.")
    files = [dump]

    if local_media:
        archive = target / "media.tar.gz"
        with tarfile.open(archive, "w:gz") as tar:
            if media_root.is_dir():
                for child in sorted(media_root.iterdir()):
                    tar.add(child, arcname=child.name)
        files.append(archive)
    else:
        manifest["media"] = "not archived: media are stored in S3 (use bucket versioning)"
        print("Media are in S3 and were not archived.", file=sys.stderr)

    manifest["files"] = {f.name: {"bytes": f.stat().st_size, "sha256": sha256(f)} for f in files}
    (target / "manifest.json").write_text(json.dumps(manifest, indent=2) + "\n")
    return target


def confirm(database_name: str) -> bool:
    print(f"This replaces everything in the database {database_name!r} and writes into media.")
    try:
        answer = input("Type the database name to continue: ")
    except EOFError:
        return False
    return answer.strip() == database_name


def restore(source: Path, assume_yes: bool) -> None:
    manifest_path = source / "manifest.json"
    if not manifest_path.is_file():
        raise BackupError(f"{source} is not a backup (no manifest.json).")
    manifest = json.loads(manifest_path.read_text())
    for name, info in manifest["files"].items():
        if sha256(source / name) != info["sha256"]:
            raise BackupError(f"{source / name} is damaged (checksum differs from the manifest).")

    database, media_root, local_media = load_settings()
    engine = database["ENGINE"]
    if engine != manifest["engine"]:
        raise BackupError(
            f"The backup is of a {manifest['engine']} database; the configured one is {engine}."
        )
    name = str(database["NAME"])
    if not assume_yes and not confirm(name):
        raise BackupError("Not confirmed; nothing was changed.")

    if engine == POSTGRES:
        run(
            ["pg_restore", "--clean", "--if-exists", "--no-owner", "--no-privileges",
             "--single-transaction", "--exit-on-error", "--no-password",
             f"--dbname={name}", str(source / "database.dump")],
            pg_env(database),
        )  # fmt: skip
    else:
        sqlite_copy(source / "database.sqlite3", Path(name))

    archive = source / "media.tar.gz"
    if archive.is_file():
        if not local_media:
            raise BackupError("The backup has local media but the site stores media in S3.")
        media_root.mkdir(parents=True, exist_ok=True)
        with tarfile.open(archive, "r:gz") as tar:
            tar.extractall(media_root, filter="data")  # refuses absolute paths and ".."


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    make = commands.add_parser("backup", help="back up the database and media")
    make.add_argument(
        "--dir",
        type=Path,
        default=Path(os.environ.get("BACKUP_DIR") or ROOT / "backups"),
        help="where to create the <time> directory (BACKUP_DIR, default ./backups)",
    )
    back = commands.add_parser("restore", help="restore a backup directory")
    back.add_argument("backup", type=Path, help="a directory made by 'backup'")
    back.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    args = parser.parse_args(argv)
    try:
        if args.command == "backup":
            print(backup(args.dir))
        else:
            restore(args.backup, args.yes)
            print(f"Restored {args.backup}")
    except BackupError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
