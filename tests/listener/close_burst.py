#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""1,000 well-formed webhook posts from 200 concurrent clients, each with `Connection: close`
(issue #18, point 4; docs/reliability.md, section 9).

Starts `outagedash serve` on a throwaway SQLite timeline with the listener's defaults (128
connections at most) but a long idle timeout, so that a connection the listener failed to close
after its answer would show as a client waiting for the end of its answer, not as a quiet close.
Every post must be answered 200 and closed by the listener, and every sample stored exactly once.
Prints p50 / p99 / max of the answer times (connect → whole answer read) and of the close
(answer read → end of stream); times are printed, never asserted.

    tests/listener/close_burst.py build/app/outagedash [POSTS] [CLIENTS]
"""
import asyncio
import json
import os
import re
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time

TOKEN = "close-burst-token-0123456789abcdef"
BASE_MS = 1_700_000_000_000
# Far longer than any answer may take: a socket the listener keeps open after answering is
# reported as not closed, a functional failure, not a slow one.
CLOSE_WAIT_S = 30
IDLE_TIMEOUT_S = 60


def fail(message):
    print("close_burst: FAIL: " + message, file=sys.stderr)
    sys.exit(1)


def percentile(values, p):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


async def post_once(port, n, answers):
    body = json.dumps({"type": "sample", "time": BASE_MS + n * 1000, "service": "burst",
                       "availability": 0.5, "source": "burst"}).encode() + b"\n"
    request = (f"POST /hooks/push HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n"
               f"Authorization: Bearer {TOKEN}\r\nContent-Type: application/x-ndjson\r\n"
               f"Content-Length: {len(body)}\r\nConnection: close\r\n\r\n").encode() + body
    sent = time.monotonic()  # from the connect: a post waiting for a free slot waits in here
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    writer.write(request)
    await writer.drain()
    head = await reader.readuntil(b"\r\n\r\n")
    length = re.search(rb"(?i)\r\ncontent-length:\s*(\d+)", head)
    answer = await reader.readexactly(int(length.group(1))) if length else b""
    answered = time.monotonic()
    try:
        rest = await asyncio.wait_for(reader.read(), CLOSE_WAIT_S)
        closed = time.monotonic() if rest == b"" else None
    except asyncio.TimeoutError:
        closed = None
    writer.close()
    status = int(head[9:12])
    answers[n] = {"status": status, "body": answer, "head": head, "answer_s": answered - sent,
                  "close_s": None if closed is None else closed - answered}


async def client(port, queue, answers):
    while True:
        try:
            n = queue.get_nowait()
        except asyncio.QueueEmpty:
            return
        try:
            await post_once(port, n, answers)
        except (OSError, asyncio.IncompleteReadError) as e:
            answers[n] = {"status": 0, "error": repr(e)}


async def burst(port, posts, clients):
    queue = asyncio.Queue()
    for n in range(posts):
        queue.put_nowait(n)
    answers = {}
    started = time.monotonic()
    await asyncio.gather(*(client(port, queue, answers) for _ in range(clients)))
    return answers, time.monotonic() - started


def main():
    if len(sys.argv) < 2:
        fail("usage: close_burst.py OUTAGEDASH [POSTS] [CLIENTS]")
    binary = sys.argv[1]
    posts = int(sys.argv[2]) if len(sys.argv) > 2 else 1000
    clients = int(sys.argv[3]) if len(sys.argv) > 3 else 200
    with tempfile.TemporaryDirectory(prefix="close-burst.") as tmp:
        db = os.path.join(tmp, "t.sqlite")
        sources = os.path.join(tmp, "sources.json")
        with open(sources, "w") as f:
            json.dump({"listener": {"address": "127.0.0.1", "port": 0, "idle_timeout_s": IDLE_TIMEOUT_S},
                       "sources": [{"name": "push", "kind": "webhook", "format": "ndjson"}]}, f)
        env = dict(os.environ, OUTAGEDASH_TOKEN=TOKEN, QT_QPA_PLATFORM="offscreen")
        serve = subprocess.Popen([binary, "serve", "--db", db, "--sources", sources], env=env,
                                 stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
        try:
            port = None
            deadline = time.monotonic() + 30
            while port is None and time.monotonic() < deadline:
                line = serve.stdout.readline()
                if not line:
                    break
                m = re.search(r"webhooks on http://127\.0\.0\.1:(\d+)/", line)
                port = int(m.group(1)) if m else None
            if port is None:
                fail("serve did not start its listener")
            # Its log (a line per post) must not fill the pipe and stop it.
            threading.Thread(target=serve.stdout.read, daemon=True).start()
            answers, took = asyncio.run(asyncio.wait_for(burst(port, posts, clients), 240))
        finally:
            serve.terminate()
            serve.wait(10)
        bad = {n: a for n, a in answers.items() if a["status"] != 200}
        if len(answers) != posts:
            fail(f"{posts - len(answers)} posts got no answer")
        if bad:
            sample = [(n, a["status"], a.get("body", a.get("error"))) for n, a in list(bad.items())[:3]]
            fail(f"{len(bad)} of {posts} posts not answered 200, e.g. {sample}")
        unclosed = [n for n, a in answers.items() if a["close_s"] is None]
        if unclosed:
            fail(f"{len(unclosed)} connections still open {CLOSE_WAIT_S} s after their answer to "
                 f"`Connection: close` (e.g. post {unclosed[0]})")
        for n, a in answers.items():
            reply = json.loads(a["body"])
            if reply.get("stored") != 1 or reply.get("already_stored") != 0:
                fail(f"post {n} was answered {reply}")
            if b"connection: close" not in a["head"].lower():
                fail(f"the answer to post {n} does not say `Connection: close`: {a['head']!r}")
        con = sqlite3.connect(db)
        rows = [r[0] for r in con.execute("SELECT time FROM samples WHERE source = 'burst' ORDER BY time")]
        con.close()
        if rows != [BASE_MS + n * 1000 for n in range(posts)]:
            fail(f"{len(rows)} samples stored for {posts} posts")
        answer_ms = [a["answer_s"] * 1000 for a in answers.values()]
        close_ms = [a["close_s"] * 1000 for a in answers.values()]
        print(f"close_burst: {posts} posts from {clients} concurrent clients with `Connection: close` in "
              f"{took:.2f} s ({posts / took:.0f} posts/s): all 200, {len(rows)} stored once each")
        print(f"close_burst: answer time p50 {percentile(answer_ms, 50):.1f} ms, p99 {percentile(answer_ms, 99):.1f} ms, "
              f"max {max(answer_ms):.1f} ms; closed after the answer p50 {percentile(close_ms, 50):.2f} ms, "
              f"p99 {percentile(close_ms, 99):.2f} ms, max {max(close_ms):.2f} ms")


if __name__ == "__main__":
    main()
