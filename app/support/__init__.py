"""Support for the IT unit: versions, crash reports and the diagnostics archive."""
