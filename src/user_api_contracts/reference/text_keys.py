"""One rule for identifiers people type twice: e-mail addresses and logins.

Two spellings a person cannot tell apart must name one user. Without a rule, SQLite's
``lower()`` (ASCII only) and Python's ``str.lower()`` (all of Unicode) disagree, so the second
invitation of ``ÉLODIE@example.com`` slipped past the check and hit the unique index; the NFC
and NFD spellings of ``élodie`` became two users; and ``twin`` followed by a zero-width space
was a new login.

The rule, as the specs state it:

* A value is **stored in NFC** (Unicode canonical composition): what comes back is what was
  sent, composed.
* A value holding a control or invisible formatting character (Unicode categories ``Cc``,
  ``Cf``, ``Zl``, ``Zp``), or starting or ending with white space, is **refused** (400), so
  nothing invisible can make two values differ.
* Two values are **the same identifier** when their caseless keys are equal: Unicode's
  canonical caseless match (``NFC(NFD(value).casefold())``, the Unicode standard's D145), so
  ``ÉLODIE``/``élodie`` and ``Straße``/``STRASSE`` match. The key is stored beside the value
  with the unique index on it; comparisons never go through SQL's ``lower()``.
"""

from __future__ import annotations

import unicodedata

__all__ = ["InvalidIdentifierError", "caseless_key", "stored_form"]

_INVISIBLE = frozenset({"Cc", "Cf", "Zl", "Zp"})


class InvalidIdentifierError(ValueError):
    """A value that two people could read alike but the server would store apart."""


def stored_form(value: str, *, field: str) -> str:
    """``value`` in NFC, or :class:`InvalidIdentifierError` naming ``field`` and the reason."""
    if value != value.strip():
        raise InvalidIdentifierError(f"'{field}' must not start or end with white space.")
    for position, character in enumerate(value):
        if unicodedata.category(character) in _INVISIBLE:
            raise InvalidIdentifierError(
                f"'{field}' holds an invisible or control character"
                f" (U+{ord(character):04X}) at position {position}."
            )
    return unicodedata.normalize("NFC", value)


def caseless_key(value: str) -> str:
    """The key two spellings of one identifier share (canonical caseless matching)."""
    return unicodedata.normalize("NFC", unicodedata.normalize("NFD", value).casefold())
