"""A race: asyncio.wait(FIRST_COMPLETED) returns when the first task is done (done by failing
counts too); the losers are still running, so cancel them, and wait until they have stopped."""
import asyncio

import harness


async def main(case):
    tasks = {asyncio.create_task(case.say_hello()), asyncio.create_task(case.say_world())}
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    for task in pending:
        task.cancel()
    if pending:
        await asyncio.wait(pending)
    return done.pop().result()


if __name__ == "__main__":
    harness.run("race", "asyncio.wait(..., return_when=FIRST_COMPLETED)", main, decision="first-success")
