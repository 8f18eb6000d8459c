"""Ctrl-C during the seed's gather: asyncio.run turns SIGINT into cancelling the main task; the
cancelled gather cancels both coroutines, main sees CancelledError, and asyncio.run then raises
KeyboardInterrupt. The harness sends the SIGINT itself once both coroutines run."""
import asyncio

import harness


async def main(case):
    return await asyncio.gather(case.say_hello(), case.say_world())


if __name__ == "__main__":
    harness.run("interrupt", "SIGINT while asyncio.gather(say_hello(), say_world()) waits", main,
                decision="interrupt")
