"""argparse's own texts in Danish ("brug:", "tilvalg", "fejl: …"), like the rest of the command line.

argparse looks up every text it prints through gettext (its module name `_`), so that an application
can translate them; Python ships no Danish catalogue. This is one, small enough to keep
as a table here instead of a compiled .mo file. A text a later Python adds stays English until it is
added below.
"""

from __future__ import annotations

import argparse

DANISH = {
    "usage: ": "brug: ",
    "positional arguments": "argumenter",
    "options": "tilvalg",
    "show this help message and exit": "vis denne hjælp og afslut",
    "show program's version number and exit": "vis programmets version og afslut",
    "%(prog)s: error: %(message)s\n": "%(prog)s: fejl: %(message)s\n",
    "argument %(argument_name)s: %(message)s": "%(argument_name)s: %(message)s",
    "unrecognized arguments: %s": "ukendte argumenter: %s",
    "the following arguments are required: %s": "skal angives: %s",
    "one of the arguments %s is required": "angiv et af disse: %s",
    "not allowed with argument %s": "kan ikke bruges sammen med %s",
    "ignored explicit argument %r": "tager ingen værdi: %r",
    "expected one argument": "mangler en værdi",
    "expected at most one argument": "højst én værdi",
    "expected at least one argument": "mindst én værdi",
    "ambiguous option: %(option)s could match %(matches)s": "%(option)s kan betyde flere: %(matches)s",
    "unexpected option string: %s": "uventet tilvalg: %s",
    "invalid %(type)s value: %(value)r": "ugyldig værdi: %(value)r",
    "invalid choice: %(value)r (choose from %(choices)s)": "ukendt: %(value)r (vælg mellem %(choices)s)",
    "can't open '%(filename)s': %(error)s": "kan ikke åbne '%(filename)s': %(error)s",
}


def speak_danish() -> None:
    """From now on argparse prints its texts in Danish (call it before the parsers are built: the
    group titles are read then). Its one text with a count ("expected %s arguments") is for a fixed
    number of values, which no command takes."""
    argparse._ = lambda message: DANISH.get(message, message)  # type: ignore[attr-defined]
