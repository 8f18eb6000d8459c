# The seed of loom-showcase, verbatim: "Asynchronous programming in Python" (2023-09-15).
# scripts/bench seed times it against scripts/showcase.
import asyncio

async def say_hello():
    await asyncio.sleep(1)
    print("Hello")

async def say_world():
    await asyncio.sleep(2)
    print("World")

async def main():
    await asyncio.gather(say_hello(), say_world())

if __name__ == "__main__":
    asyncio.run(main())
