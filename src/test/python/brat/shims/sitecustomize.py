"""Lets brat's server modules (written for Python 3 before 3.11) run on Python 3.11.

Python imports this module at start-up when its directory is on PYTHONPATH. brat's
annotation.open_textfile adds 'U' (universal newlines) to every read mode and passes it to
codecs.open; Python 3.11 removed that mode and refuses it ("invalid mode: 'rUb'"). codecs.open
always opens files in binary mode, where 'U' never had an effect, so dropping it changes nothing
that brat reads or writes.
"""
import codecs

_open = codecs.open


def _open_without_u(filename, mode='r', *args, **kwargs):
    return _open(filename, mode.replace('U', ''), *args, **kwargs)


codecs.open = _open_without_u
