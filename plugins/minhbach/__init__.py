"""Minh Bạch: records, checks, public site and reports for the Nhà Bè device-support programme.

The package is layered (see STYLE.md): ``records`` loads YAML into plain data with locations,
``checks`` turns records into findings, ``ledger`` computes balances, ``cli`` is the only layer
that prints or exits.
"""

__version__ = "0.1.0"
