"""Outputs in the shapes OS2display's built-in feed types read, so no plugin is needed.

``calendar``: the Calendar-API feed type (locations, resources, events).
``eventdb``: a read subset in the style of the event database v2 ("Eventdatabasen")
for poster slides. Only public, live content (``listable()``). See docs/os2display.md.
"""
