"""The views of ``app/warnings``: the device warnings dock."""
