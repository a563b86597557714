"""``ops/backup.py`` with SQLite (the default database): backup, confirmation, restore."""

import json
import sqlite3
import subprocess
import sys

import pytest
from django.conf import settings


def tool(tmp_path, *args, input=None):
    env = {
        "PATH": "/usr/bin:/bin",
        "DJANGO_SETTINGS_MODULE": "cms.settings.dev",
        "DATABASE_URL": f"sqlite:///{tmp_path / 'db.sqlite3'}",
        "MEDIA_ROOT": str(tmp_path / "media"),
    }
    return subprocess.run(
        [sys.executable, "ops/backup.py", *args],
        cwd=settings.BASE_DIR,
        env=env,
        input=input,
        capture_output=True,
        text=True,
        check=False,
    )


def rows(tmp_path):
    with sqlite3.connect(tmp_path / "db.sqlite3") as db:
        return db.execute("SELECT title FROM news ORDER BY title").fetchall()


@pytest.fixture
def site(tmp_path):
    """A SQLite database and a media directory standing in for a site's."""
    with sqlite3.connect(tmp_path / "db.sqlite3") as db:
        db.execute("CREATE TABLE news (title TEXT)")
        db.execute("INSERT INTO news VALUES ('Ny legeplads'), ('Juletræet tændes')")
    (tmp_path / "media" / "images").mkdir(parents=True)
    (tmp_path / "media" / "images" / "legeplads.jpg").write_bytes(b"\xff\xd8 picture")
    return tmp_path


def test_backup_and_restore_a_sqlite_site(site):
    made = tool(site, "backup", "--dir", str(site / "backups"))
    assert made.returncode == 0, made.stderr
    backup = made.stdout.strip()
    manifest = json.loads(
        (site / "backups" / backup.rsplit("/", 1)[1] / "manifest.json").read_text()
    )
    assert set(manifest["files"]) == {"database.sqlite3", "media.tar.gz"}

    # Disaster: content deleted and a file lost.
    with sqlite3.connect(site / "db.sqlite3") as db:
        db.execute("DELETE FROM news")
    (site / "media" / "images" / "legeplads.jpg").unlink()

    refused = tool(site, "restore", backup, input="wrong-name\n")
    assert refused.returncode == 1
    assert "Not confirmed" in refused.stderr
    assert rows(site) == []

    restored = tool(site, "restore", backup, "--yes")
    assert restored.returncode == 0, restored.stderr
    assert rows(site) == [("Juletræet tændes",), ("Ny legeplads",)]
    assert (site / "media" / "images" / "legeplads.jpg").read_bytes() == b"\xff\xd8 picture"


def test_restore_refuses_a_damaged_backup(site):
    backup = tool(site, "backup", "--dir", str(site / "backups")).stdout.strip()
    with open(f"{backup}/database.sqlite3", "r+b") as f:
        f.seek(200)
        f.write(b"garbage")

    result = tool(site, "restore", backup, "--yes")
    assert result.returncode == 1
    assert "damaged" in result.stderr
    assert len(rows(site)) == 2
