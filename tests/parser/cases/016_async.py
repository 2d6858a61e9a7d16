async def f():
    await x
    await f(x)
    await x.y
    async for a in b:
        pass
    else:
        pass
    async with a as b, c:
        pass
    async with (a as b, c as d):
        pass
    [x async for x in y]
    {x: 1 async for x in y}
    (x async for x in y)
    return await x ** 2
async def g(): return [await x for x in y]
