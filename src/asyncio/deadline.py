"""A deadline: asyncio.timeout around a TaskGroup. At the deadline the timeout cancels the
awaiting task, the group cancels its unfinished children and waits for them, and the timeout
turns the CancelledError into TimeoutError."""
import asyncio

import harness


async def main(case):
    async with asyncio.timeout(case.deadline):
        async with asyncio.TaskGroup() as group:
            hello = group.create_task(case.say_hello())
            world = group.create_task(case.say_world())
    return [hello.result(), world.result()]


if __name__ == "__main__":
    harness.run("deadline", "asyncio.timeout(deadline) around asyncio.TaskGroup()", main, decision="deadline")
