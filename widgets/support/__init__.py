"""The views of ``app/support``: the unexpected-error dialog, diagnostics, the welcome page."""
