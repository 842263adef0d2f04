#!/usr/bin/env python3
"""A TCP proxy that delays every byte by a fixed time in each direction.

Usage: latency-proxy.py LISTEN_PORT TARGET_PORT ONE_WAY_MS STATS_FILE

Listens on 127.0.0.1:LISTEN_PORT and forwards each connection to 127.0.0.1:TARGET_PORT.
Each chunk read from one side is written to the other ONE_WAY_MS later, in order; the
delay does not limit throughput (chunks in flight are not waited for one by one), so a
round trip costs 2 × ONE_WAY_MS, as over a network path of that latency.

Round trips are counted per connection as "turns": a burst of client bytes sent after
the server last spoke (the first client bytes count too). After each connection closes
a line `connections N turns T` (totals so far) is written to STATS_FILE, so a caller
can read how many round trips a command needed. Loopback only: it refuses any other
target.
"""
import asyncio
import collections
import signal
import sys
import time


class Stats:
    """Totals over all connections, rewritten to the stats file as each one ends."""

    def __init__(self, path):
        self.path = path
        self.connections = 0
        self.turns = 0

    def write(self):
        with open(self.path, "w") as f:
            f.write(f"connections {self.connections} turns {self.turns}\n")


async def pump(reader, writer, delay, on_chunk):
    """Copies reader to writer, each chunk `delay` seconds after it arrived, in order."""
    queue = collections.deque()
    arrived = asyncio.Event()
    done = False

    async def sender():
        while True:
            while not queue:
                if done:
                    return
                arrived.clear()
                await arrived.wait()
            due, chunk = queue[0]
            wait = due - time.monotonic()
            if wait > 0:
                await asyncio.sleep(wait)
            queue.popleft()
            if chunk is None:
                return
            writer.write(chunk)
            await writer.drain()

    task = asyncio.ensure_future(sender())
    try:
        while True:
            chunk = await reader.read(65536)
            if chunk:
                on_chunk()
            queue.append((time.monotonic() + delay, chunk if chunk else None))
            arrived.set()
            if not chunk:
                break
    except (ConnectionError, OSError):
        queue.append((time.monotonic() + delay, None))
        arrived.set()
    done = True
    arrived.set()
    try:
        await task
    except (ConnectionError, OSError):
        pass
    try:
        writer.close()
    except (ConnectionError, OSError):
        pass


async def handle(client_reader, client_writer, target_port, delay, stats):
    try:
        server_reader, server_writer = await asyncio.open_connection("127.0.0.1", target_port)
    except OSError:
        client_writer.close()
        return
    state = {"server_spoke_last": True, "turns": 0}

    def client_chunk():
        if state["server_spoke_last"]:
            state["turns"] += 1
            state["server_spoke_last"] = False

    def server_chunk():
        state["server_spoke_last"] = True

    await asyncio.gather(
        pump(client_reader, server_writer, delay, client_chunk),
        pump(server_reader, client_writer, delay, server_chunk),
    )
    stats.connections += 1
    # The closing read (end of file) is not a round trip the client waited on.
    stats.turns += max(state["turns"] - 1, 0) if not state["server_spoke_last"] else state["turns"]
    stats.write()


async def main():
    listen_port, target_port, one_way_ms, stats_path = (
        int(sys.argv[1]), int(sys.argv[2]), float(sys.argv[3]), sys.argv[4])
    stats = Stats(stats_path)
    stats.write()
    server = await asyncio.start_server(
        lambda r, w: handle(r, w, target_port, one_way_ms / 1000.0, stats), "127.0.0.1", listen_port)
    async with server:
        await server.serve_forever()


if __name__ == "__main__":
    if len(sys.argv) != 5:
        sys.exit(__doc__)
    # A parent may have blocked these (a test runner's thread): stopping must always work.
    signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGTERM, signal.SIGINT})
    asyncio.run(main())
