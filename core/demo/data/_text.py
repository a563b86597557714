"""Small helper for writing long demo texts readably in Python source."""

import re

_BLANK_LINE = re.compile(r"\n\s*\n")


def t(text: str) -> str:
    """Turn a wrapped, indented text block into plain text.

    Lines inside a paragraph are joined with single spaces. Blank lines
    separate paragraphs, which come out separated by ``"\\n\\n"``.
    """
    paragraphs = (
        " ".join(line.strip() for line in block.strip().splitlines())
        for block in _BLANK_LINE.split(text.strip())
    )
    return "\n\n".join(p for p in paragraphs if p)
