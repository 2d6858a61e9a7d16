async def f():
    async with a:
        pass
    async with a as b, c as d:
        pass
    async for x in y:
        async for z in x:
            pass
