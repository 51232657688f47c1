"""The demo opens with customs documents for its gate traffic, yesterday's and today's, so the
reconciliation review has a day to show: the planted discrepancies are in, the line the importer
would refuse (a wrong check digit) is not, and starting the demo again adds nothing twice."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

from app.declarations.codes import is_valid_container
from app.declarations.store import list_documents
from app.domain import Epe
from app.simsite.site import DEFAULT_CONFIG
from app.sites.demo import import_gate_declarations
from app.sites.registry import Registry

TODAY = dt.date(2026, 12, 2)


def test_the_demo_imports_two_days_of_customs_documents_once(
    registry: Registry, tmp_path: Path
) -> None:
    config = tmp_path / "demo_site.json"
    shutil.copy(DEFAULT_CONFIG, config)
    registry.add_epe(Epe(name="Công ty TNHH Điện tử Sao Việt", tax_id="0315867420"))

    first = import_gate_declarations(registry, config, TODAY)
    documents = list_documents(registry)
    assert first == len(documents) > 20
    days = {d.window_start.astimezone(dt.timezone(dt.timedelta(hours=7))).date() for d in documents}
    assert days == {TODAY - dt.timedelta(days=1), TODAY}
    assert {d.epe_tax_id for d in documents} == {"0315867420"}  # the only EPE with gate traffic
    for document in documents:
        for code in document.containers:
            assert is_valid_container(code)
    import_gate_declarations(registry, config, TODAY)
    assert len(list_documents(registry)) == len(documents)
