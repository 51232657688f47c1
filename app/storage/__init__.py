"""The registry file: its schema and migrations (``migrations``), its handle (``database``)."""
