"""core.uploads on its own: which files pass, which do not, and what refusing costs in memory."""

import io
import json
import os
import resource

import psutil
import pytest
from django.core.exceptions import ValidationError
from django.test import override_settings
from PIL import Image

from core.uploads import ImageUploadField, validate_image_upload

from .files import (
    BAD_IMAGES,
    animated_gif,
    bad_image,
    image_bytes,
    noisy_jpeg,
    png_bomb,
    random_part,
    upload,
)

#: Refusing any file may grow the process by at most this much. Decoding the 20000×20000 PNG
#: would take 400 MB, the 13000×13000 one (below Pillow's own bomb guard) 169 MB.
MEMORY_BUDGET_MB = 64


def refusal(file) -> ValidationError:
    with pytest.raises(ValidationError) as caught:
        ImageUploadField().clean(file)
    return caught.value


@pytest.mark.parametrize("case", sorted(BAD_IMAGES))
def test_each_bad_file_is_refused_with_its_own_reason(case):
    error = refusal(bad_image(case))

    assert error.code == BAD_IMAGES[case][2]
    assert BAD_IMAGES[case][3] in error.messages[0]


@pytest.mark.parametrize(
    "name, data",
    [
        ("foto.jpg", noisy_jpeg()),
        ("foto.jpeg", image_bytes("JPEG")),
        ("grafik.png", image_bytes("PNG")),
        ("grafik.webp", image_bytes("WEBP")),
        ("kort.gif", image_bytes("GIF")),
        ("blink.gif", animated_gif(frames=20, size=100)),
        ("STORT.PNG", image_bytes("PNG")),
    ],
)
def test_sound_images_in_the_four_formats_pass(name, data):
    cleaned = ImageUploadField().clean(upload(name, data))

    stem, extension = os.path.splitext(name)
    # Stored under a name with a random part in front (core.image_metadata.private_name).
    token = random_part(cleaned.name)
    assert cleaned.name == f"{token}_{stem}{extension.lower()}"
    # No metadata in them: stored byte for byte, left at the start for saving.
    assert cleaned.read() == data


def test_frames_of_an_animated_png_and_webp_count_towards_the_limit():
    frames = [Image.new("RGB", (1000, 500), (index * 40, 0, 0)) for index in range(5)]
    for fmt, name in (("PNG", "anim.png"), ("WEBP", "anim.webp")):
        buffer = io.BytesIO()
        frames[0].save(buffer, fmt, save_all=True, append_images=frames[1:])
        with override_settings(WAGTAILIMAGES_MAX_IMAGE_PIXELS=2_000_000):  # 5 × 500,000 pixels
            error = refusal(upload(name, buffer.getvalue()))
        assert error.code == "file_too_many_pixels"
        assert "2,5 megapixel" in error.messages[0] and "højst have 2,0" in error.messages[0]


def test_an_image_just_over_the_limit_is_refused_and_one_at_the_limit_passes():
    data = image_bytes("PNG", (100, 100))
    with override_settings(WAGTAILIMAGES_MAX_IMAGE_PIXELS=10_000):
        ImageUploadField().clean(upload("ok.png", data))
    with override_settings(WAGTAILIMAGES_MAX_IMAGE_PIXELS=9_999):
        assert refusal(upload("ok.png", data)).code == "file_too_many_pixels"


def test_an_animation_with_too_many_tiny_frames_is_refused():
    # 1,001 frames of 10×10: few pixels, but every frame costs time to decode.
    error = refusal(upload("blink.gif", animated_gif(frames=1001, size=10)))

    assert error.code == "too_many_frames"
    assert "Animationen har for mange billeder (1001)" in error.messages[0]


def test_a_file_over_10_mb_is_refused_before_it_is_opened():
    # Not an image at all: the size alone decides, so nothing is parsed.
    error = refusal(upload("stort.jpg", b"\xff\xd8\xff" + bytes(10 * 1024 * 1024)))

    assert error.code == "file_too_large"
    assert "Billedet er for stort (10,0" in error.messages[0]


def test_svg_is_refused_even_if_settings_list_it():
    with override_settings(WAGTAILIMAGES_EXTENSIONS=["svg", "png"]):
        assert refusal(bad_image("svg_with_script")).code == "svg_not_allowed"
        assert ImageUploadField().allowed_image_extensions == ["png"]


@pytest.mark.parametrize(
    "name, data, code",
    [
        ("foto.heic", image_bytes("PNG"), "invalid_image_extension"),
        ("foto.bmp", image_bytes("BMP"), "invalid_image_extension"),
        ("foto.png", image_bytes("BMP"), "invalid_image_known_format"),
        ("foto.gif", image_bytes("PNG"), "invalid_image_known_format"),
        ("tekst.png", b"Dette er ikke et billede", "invalid_image"),
        ("side.png", b"<html><script>alert(1)</script></html>", "invalid_image"),
    ],
)
def test_other_formats_and_non_images_are_refused(name, data, code):
    assert refusal(upload(name, data)).code == code


def test_a_truncated_png_is_refused_at_upload_not_at_rendition_time():
    buffer = io.BytesIO()
    Image.effect_noise((300, 300), 60).save(buffer, "PNG")
    data = buffer.getvalue()

    assert refusal(upload("halv.png", data[: len(data) // 2])).code == "invalid_image"


def peak_memory_growth_mb(check) -> tuple[float, str]:
    """Run ``check`` in a forked child; return its peak RSS growth and outcome.

    The child's high-water mark starts at the RSS it inherits, so the growth is what ``check``
    allocated at its worst (Pillow's pixel buffers are C memory, invisible to tracemalloc).
    """
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # child
        status = 1
        try:
            start = psutil.Process().memory_info().rss
            outcome = check()
            peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
            os.write(write_end, json.dumps([(peak - start) / 2**20, outcome]).encode())
            status = 0
        finally:
            os._exit(status)
    os.close(write_end)
    with os.fdopen(read_end, "rb") as pipe:
        payload = pipe.read()
    _pid, status = os.waitpid(pid, 0)
    assert status == 0, "the check crashed in the child process"
    growth, outcome = json.loads(payload)
    return growth, outcome


@pytest.mark.parametrize("size", [20_000, 13_000])
def test_refusing_a_pixel_bomb_never_decodes_it(size):
    data = png_bomb(size, size)  # 400 and 169 megapixels, under 1 MB on disk

    def check():
        try:
            validate_image_upload(upload("bombe.png", data))
        except ValidationError as error:
            return error.code
        return "accepted"

    growth, outcome = peak_memory_growth_mb(check)

    assert outcome == "file_too_many_pixels"
    assert growth < MEMORY_BUDGET_MB, f"peak grew by {growth:.0f} MB"
