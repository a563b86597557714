"""The test settings leave nothing behind in the temporary directory."""

import os
import subprocess
import sys
from pathlib import Path

from django.conf import settings

ROOT = Path(settings.BASE_DIR)


def run(args: list[str], tmp: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "TMPDIR": str(tmp), "DJANGO_SETTINGS_MODULE": "cms.settings.test"}
    return subprocess.run(
        args, cwd=ROOT, env=env, capture_output=True, text=True, check=False, timeout=300
    )


def test_loading_the_test_settings_creates_no_directory(tmp_path):
    result = run([sys.executable, "-c", "import django; django.setup()"], tmp_path)

    assert result.returncode == 0, result.stderr
    assert list(tmp_path.iterdir()) == []


def test_a_test_session_removes_the_media_it_stored(tmp_path):
    test_file = tmp_path / "test_store_media.py"
    test_file.write_text(
        "from django.core.files.base import ContentFile\n"
        "from django.core.files.storage import default_storage\n\n"
        "def test_store():\n"
        "    name = default_storage.save('upload.txt', ContentFile(b'x'))\n"
        "    assert default_storage.exists(name)\n"
    )
    # The suite's own configuration and conftest, for a test file outside the suite.
    config = ["-c", str(ROOT / "pyproject.toml"), "-p", "tests.conftest", "-q"]
    result = run([sys.executable, "-m", "pytest", str(test_file), *config], tmp_path)

    assert result.returncode == 0, result.stdout + result.stderr
    assert "1 passed" in result.stdout
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith("vcms-test-media")] == []
