"""The seed, as the showcase runs it: say_hello (1 s) and say_world (2 s) gathered, 2 s not 3.

The post's own program is src/bench/python/seed.py; this one is the same gather with each
coroutine recorded (see harness.py), so that scripts/showcase asyncio can set it beside Java's.
"""
import asyncio

import harness


async def main(case):
    return await asyncio.gather(case.say_hello(), case.say_world())


if __name__ == "__main__":
    harness.run("gather", "asyncio.gather(say_hello(), say_world())", main)
