"""The customs documents against the gate cameras (issue #14): the review window."""
