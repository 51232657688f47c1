"""Device warnings (Decision 247 II.2.2): ONVIF events of the EPEs' devices and recorders.

``pullpoint`` speaks the ONVIF event service (PullPoint) to one device, ``topics`` says which
warning an event topic is, ``store`` keeps the warnings (coalesced, resolved with a note) in the
registry's file, and ``manager`` keeps one subscription per device, each on its own thread, so a
dead device or one that answers faults never holds up another's warnings.
"""
