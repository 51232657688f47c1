"""The views of app/health: the EPE status board."""
