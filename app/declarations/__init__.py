"""Customs data against the gate cameras (Decision 247 II.2.1): customs documents and their
import (``documents``, ``store``, ``importing``), container numbers and plates (``codes``), and
the reconciliation of declared movements with what the gate cameras read (``reconcile``)."""
