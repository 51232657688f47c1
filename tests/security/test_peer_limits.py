"""Issue 12.7 and 12.8: a hostile peer cannot hold a call past its deadline nor fill the memory.

Deadlines: a peer sends one byte every 0.5 s forever; each call must fail, saying it timed out,
within its deadline and a small margin. The wait is a thread join bounded by that, so old code
that never returns fails instead of hanging. Sizes: a peer offers far more than the cap; the
client must stop reading, so what the peer managed to send stays under cap + socket buffers.
"""

from __future__ import annotations

import datetime as dt
import socket
import threading
import time
import tracemalloc
from collections.abc import Callable
from typing import Any

import pytest

from app.devices.onvif_client import (
    CallFailedError,
    OnvifClient,
    OnvifError,
    OnvifErrorKind,
    ProblemKind,
)
from app.devices.probing import run_probe
from app.media.failures import StreamFailure
from app.media.puller import StreamError, guarded_url
from app.peers import MAX_SEARCH_PAGE, MAX_SEARCH_TOTAL, MAX_SOAP_REPLY, CredentialScope
from app.recorders.base import (
    UTC,
    RecorderError,
    RecorderFailure,
    RecorderKind,
    RecorderSettings,
    ReplaySource,
)
from app.recorders.hikvision import HikvisionRecorder
from app.recorders.http import SEARCH_TIMEOUT_FACTOR, HttpClient
from app.recorders.proxy import ReplayProxy
from tests.helpers.faulty_servers import (
    HostileServer,
    flood,
    hostile_server,
    slow_onvif,
    trickle,
)

DEADLINE_S = 2.0
MARGIN_S = 1.5
# What a peer can push past a cap before the client closes: our receive buffer (the kernel
# doubles the 256 KB asked), the peer's send buffer (64 KB, doubled) and one chunk in flight.
BUFFERS = 2_000_000


def bounded(call: Callable[[], Any], seconds: float) -> tuple[BaseException | Any, float]:
    """Run ``call`` on a thread; (its exception or result, seconds taken). Fails the test when
    it has not returned within ``seconds``."""
    outcome: list[Any] = []

    def run() -> None:
        try:
            outcome.append(call())
        except BaseException as exc:
            outcome.append(exc)

    started = time.monotonic()
    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    thread.join(seconds)
    elapsed = time.monotonic() - started
    assert not thread.is_alive(), f"the call was still running after {seconds:g} s"
    return outcome[0], elapsed


def test_a_trickled_soap_answer_times_out_within_the_deadline() -> None:
    with hostile_server(trickle) as server:
        client = OnvifClient("127.0.0.1", server.port, "u", "p", timeout=DEADLINE_S)
        error, elapsed = bounded(
            lambda: client.call("device", "GetDeviceInformation"), DEADLINE_S + MARGIN_S
        )
    assert isinstance(error, CallFailedError)
    assert error.problem.kind is ProblemKind.TIMEOUT
    assert "2 s" in error.problem.message
    assert elapsed >= DEADLINE_S * 0.9
    print(f"ONVIF call against a trickle: {elapsed:.2f} s (deadline {DEADLINE_S} s)")


def test_a_trickled_recorder_answer_times_out_within_the_deadline() -> None:
    with hostile_server(trickle) as server:
        http = HttpClient(server.url, "u", "p", DEADLINE_S)
        error, elapsed = bounded(lambda: http.request("/ISAPI/ContentMgmt/search", b"<a/>"), 4)
    assert isinstance(error, RecorderError)
    assert error.reason is RecorderFailure.TIMED_OUT
    print(f"recorder request against a trickle: {elapsed:.2f} s")


def test_a_trickled_snapshot_times_out_within_the_deadline() -> None:
    with hostile_server(trickle) as server:
        client = OnvifClient("127.0.0.1", server.port, "u", "p", timeout=DEADLINE_S)
        picture, _elapsed = bounded(
            lambda: client.fetch_snapshot(f"{server.url}/snap.jpg"), DEADLINE_S + MARGIN_S
        )
    assert picture is None
    assert "2 s" in client.problems[-1].message


def test_a_trickled_rtsp_preflight_times_out_within_the_deadline() -> None:
    with hostile_server(trickle) as server:
        url = f"rtsp://127.0.0.1:{server.port}/live"
        error, _elapsed = bounded(
            lambda: guarded_url(url, "u", "p", CredentialScope.of(["127.0.0.1"]), DEADLINE_S),
            DEADLINE_S + MARGIN_S,
        )
    assert isinstance(error, StreamError)
    assert error.failure is StreamFailure.TIMED_OUT


def test_a_probe_of_slow_answers_ends_within_its_total_deadline() -> None:
    """Each call answered 1.5 s after it is asked, inside its 2 s: the probe's four calls
    would take 6 s; its total deadline of 4 s ends it, saying it timed out."""
    total = 2 * DEADLINE_S
    with hostile_server(slow_onvif(0.75 * DEADLINE_S)) as server:
        error, elapsed = bounded(
            lambda: run_probe(
                "127.0.0.1", server.port, "u", "p", timeout=DEADLINE_S, total_timeout=total
            ),
            total + MARGIN_S,
        )
    assert isinstance(error, OnvifError), error
    assert error.kind is OnvifErrorKind.TIMEOUT
    assert "timed out" in str(error) and "4 s" in str(error)
    assert elapsed >= total * 0.9
    assert server.connections >= 3  # it was the slow answers, not one that never came
    print(f"probe of slow answers: {server.connections} calls, {elapsed:.2f} s (total {total} s)")


def _offered(server: HostileServer, cap: int) -> None:
    # The peer stopped early because we closed, not because it ran out.
    assert server.sent <= cap + BUFFERS, f"the peer pushed {server.sent:,} bytes"


def test_an_endless_soap_body_is_cut_at_the_cap() -> None:
    with hostile_server(flood(None)) as server:
        client = OnvifClient("127.0.0.1", server.port, "u", "p", timeout=20)
        tracemalloc.start()
        error, elapsed = bounded(lambda: client.call("device", "GetDeviceInformation"), 25)
        _now, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
    assert isinstance(error, CallFailedError)
    assert error.problem.kind is ProblemKind.MALFORMED
    assert "larger" in error.problem.message
    _offered(server, MAX_SOAP_REPLY)
    assert peak < 4 * MAX_SOAP_REPLY
    print(f"SOAP flood: peer sent {server.sent:,} B, peak {peak:,} B, {elapsed:.2f} s")


@pytest.mark.parametrize("length", ["-1", "99999999999", "12abc"])
def test_an_impossible_content_length_is_refused_before_reading(length: str) -> None:
    with hostile_server(flood(length)) as server:
        http = HttpClient(server.url, "u", "p", 20)
        error, _elapsed = bounded(lambda: http.request("/cgi-bin/x"), 25)
    assert isinstance(error, RecorderError)
    assert error.reason is RecorderFailure.BAD_REPLY
    _offered(server, 0)


def _search_page(server: HostileServer, conn: Any) -> None:
    """Each page the 50 items asked for, padded to just under the page cap, always MORE."""
    if not server.read_head(conn):
        return
    item = (
        b"<searchMatchItem><timeSpan><startTime>2026-11-01T00:00:00Z</startTime>"
        b"<endTime>2026-11-01T01:00:00Z</endTime></timeSpan></searchMatchItem>"
    )
    body = (
        b"<CMSearchResult><responseStatusStrg>MORE</responseStatusStrg><matchList>"
        + item * 50
        + b"</matchList><padding>"
        + b"x" * (MAX_SEARCH_PAGE - 20_000)
        + b"</padding></CMSearchResult>"
    )
    head = f"HTTP/1.1 200 OK\r\nContent-Length: {len(body)}\r\n\r\n".encode()
    conn.settimeout(10)
    conn.sendall(head + body)
    server.sent += len(body)


def test_a_search_that_never_ends_stops_at_the_total_cap() -> None:
    with hostile_server(_search_page) as server:
        settings = RecorderSettings(RecorderKind.HIKVISION, "127.0.0.1", server.port)
        recorder = HikvisionRecorder(settings, "u", "p")
        start = dt.datetime(2026, 11, 1, tzinfo=UTC)
        # No tracemalloc here: tracing 56,000 parsed elements a page slows the parse 20-fold.
        error, elapsed = bounded(
            lambda: recorder.search(1, start, start + dt.timedelta(days=1)), 60
        )
    assert isinstance(error, RecorderError)
    assert error.reason is RecorderFailure.BAD_REPLY
    assert server.sent <= MAX_SEARCH_TOTAL + MAX_SEARCH_PAGE
    assert server.connections < 200  # stopped by the total, not by the page count
    print(
        f"endless search: {server.connections} pages, {server.sent:,} B, {elapsed:.2f} s, {error}"
    )


def _through_proxy(server: HostileServer, proxy: ReplayProxy, wait_s: float) -> float:
    """Ask the recorder (``server``) through the proxy; seconds until the proxy hung up."""
    start = dt.datetime(2026, 11, 1, tzinfo=UTC)
    source = ReplaySource(
        RecorderKind.ONVIF_G, 1, f"rtsp://127.0.0.1:{server.port}/rec", start, needs_proxy=True
    )
    url = proxy.open(source, "u", "p")
    with socket.create_connection(("127.0.0.1", proxy.port), timeout=wait_s) as client:
        began = time.monotonic()
        client.sendall(f"OPTIONS {url} RTSP/1.0\r\nCSeq: 1\r\n\r\n".encode())
        while client.recv(65_536):  # until the proxy closes; TimeoutError fails the test
            pass
        return time.monotonic() - began


def test_the_replay_proxy_refuses_a_negative_content_length() -> None:
    with (
        hostile_server(flood("-1", b"RTSP/1.0 200 OK")) as server,
        ReplayProxy() as proxy,
    ):
        elapsed = _through_proxy(server, proxy, 10)
    _offered(server, 0)
    print(f"proxy, Content-Length -1: peer sent {server.sent:,} B, closed after {elapsed:.2f} s")


def test_the_replay_proxy_cuts_a_trickled_answer() -> None:
    with hostile_server(trickle) as server, ReplayProxy(message_timeout_s=DEADLINE_S) as proxy:
        elapsed = _through_proxy(server, proxy, DEADLINE_S + MARGIN_S)
    # The first byte comes 0.5 s after the request; the deadline runs from it.
    assert DEADLINE_S * 0.9 <= elapsed <= DEADLINE_S + 0.5 + MARGIN_S
    print(f"proxy, trickled answer: closed after {elapsed:.2f} s")


def _slow_page(server: HostileServer, conn: Any) -> None:
    """A valid one-item page saying MORE, sent in ten pieces over 1.5 s: each request ends
    within its own timeout, only the search as a whole goes on and on."""
    if not server.read_head(conn):
        return
    body = (
        b"<CMSearchResult><responseStatusStrg>MORE</responseStatusStrg><matchList>"
        b"<searchMatchItem><timeSpan><startTime>2026-11-01T00:00:00Z</startTime>"
        b"<endTime>2026-11-01T01:00:00Z</endTime></timeSpan></searchMatchItem>"
        b"</matchList></CMSearchResult>"
    )
    reply = f"HTTP/1.1 200 OK\r\nContent-Length: {len(body)}\r\n\r\n".encode() + body
    step = len(reply) // 10 + 1
    for index in range(0, len(reply), step):
        if server.stop.wait(0.15):
            return
        conn.sendall(reply[index : index + step])


def test_a_search_of_slow_pages_ends_within_its_own_deadline() -> None:
    with hostile_server(_slow_page) as server:
        settings = RecorderSettings(
            RecorderKind.HIKVISION, "127.0.0.1", server.port, timeout_s=DEADLINE_S
        )
        recorder = HikvisionRecorder(settings, "u", "p")
        start = dt.datetime(2026, 11, 1, tzinfo=UTC)
        search_deadline = DEADLINE_S * SEARCH_TIMEOUT_FACTOR
        error, elapsed = bounded(
            lambda: recorder.search(1, start, start + dt.timedelta(days=1)),
            search_deadline + MARGIN_S,
        )
    assert isinstance(error, RecorderError)
    assert error.reason is RecorderFailure.TIMED_OUT
    print(f"search of slow pages: {server.connections} pages, {elapsed:.2f} s")
