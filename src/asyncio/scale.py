"""The seed's scalability claim, measured: N coroutines, each sleeping D, gathered. asyncio.gather
wraps each in a Task; one event loop on one thread runs them all."""
import argparse
import asyncio
import time

import harness
from harness import log


async def main(tasks, delay):
    log.info("gathering %s coroutines, each sleeping %d ms", f"{tasks:,}", harness.millis(delay))
    start = time.monotonic()
    await asyncio.gather(*(asyncio.sleep(delay) for _ in range(tasks)))
    wall = time.monotonic() - start
    log.info("gathered %s in %d ms", f"{tasks:,}", harness.millis(wall))
    return wall


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description="N coroutines, each sleeping D, gathered")
    parser.add_argument("--tasks", type=int, default=10_000, help="how many coroutines (default: 10000)")
    parser.add_argument("--sleep-ms", type=int, default=1000, help="how long each sleeps (default: 1000)")
    options = parser.parse_args()
    harness.start_log()
    wall = asyncio.run(main(options.tasks, options.sleep_ms / 1000))
    harness.print_figures({"case": "scale", "idiom": "asyncio.gather(*(asyncio.sleep(D) for _ in range(N)))",
                           "tasks": options.tasks, "outcome": f"{options.tasks:,} slept", "wallMillis": round(wall * 1000, 3)})
