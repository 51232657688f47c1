"""The simulated EPE site: GStreamer RTSP cameras, a recorder (NVR) and ONVIF devices on 127.0.0.1.

Two sides. ``site`` (``SimulatedSite``) is driven from the venv: it starts the site, reads its
description and stops it. ``serve`` and what it imports (``config``, ``block_clock``, ``recorder``,
``onvif_server``) run under Debian's Python, which has GStreamer's ``gi`` but none of the venv's
packages, so this package and those modules use only the standard library (and ``gi`` inside
functions). ``outages`` puts a TCP front before every camera and ONVIF device that can fail on
demand (scheduled in the configuration, or live through a control channel). Product code does not
import the simulator, except the ``epewall sim`` / ``demo`` commands and the demo (see
tests/core/test_layering.py).
"""
