"""asyncio.gather where say_hello fails: gather raises hello's exception at once, and say_world
is not cancelled; it runs on to its end (return_exceptions=False only decides what gather raises)."""
import asyncio

import harness


async def main(case):
    return await asyncio.gather(case.say_hello(), case.say_world())


if __name__ == "__main__":
    harness.run("gather-failure", "asyncio.gather(say_hello(), say_world())", main,
                failing="hello", decision="first-failure")
