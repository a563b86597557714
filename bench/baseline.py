"""The constant body of the baselines: B1 (a Django view) and B0 (the same bytes as a file)."""

import json

FILLER = "Vallensbæk Kommune infoskærm benchmark. "


def baseline_body(size: int) -> bytes:
    """Valid JSON of exactly ``size`` bytes (at least the size of the empty envelope)."""
    envelope = json.dumps({"baseline": True, "padding": ""}).encode()
    room = max(0, size - len(envelope))
    # ASCII only, so characters and bytes agree.
    text = (FILLER.replace("æ", "ae") * (room // len(FILLER) + 1))[:room]
    return json.dumps({"baseline": True, "padding": text}).encode()
