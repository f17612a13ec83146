"""Production settings: everything of pelicanconf.py, with the site's absolute address.

QR codes and the Atom feed need absolute links. Change SITEURL to the address the office
publishes (GitHub Pages or its own server), then run ``minhbach build --settings publishconf.py``.
"""

import os
import sys

sys.path.append(os.path.dirname(os.path.abspath(__file__)))

from pelicanconf import *  # noqa: F403

SITEURL = "https://minhbach.example.edu.vn"
FEED_DOMAIN = SITEURL
RELATIVE_URLS = False
