"""Camera health of every EPE: the monitor, its state changes, and the status board's rows."""
