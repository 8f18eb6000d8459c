"""asyncio.TaskGroup where say_hello fails: the group cancels say_world, waits for it, and raises
an ExceptionGroup holding hello's exception. The structured peer of Java's StructuredTaskScope."""
import asyncio

import harness


async def main(case):
    async with asyncio.TaskGroup() as group:
        hello = group.create_task(case.say_hello())
        world = group.create_task(case.say_world())
    return [hello.result(), world.result()]


if __name__ == "__main__":
    harness.run("taskgroup-failure", "asyncio.TaskGroup()", main, failing="hello", decision="first-failure")
