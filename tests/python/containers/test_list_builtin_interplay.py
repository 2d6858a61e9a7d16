# Lists with builtins: sorted vs sort, reversed vs reverse, copy semantics via list(), slicing copies, index math.
nums = [5, 2, 9, 1, 5, 6]
s = sorted(nums)
r = list(reversed(nums))
print(nums, s, r, nums is not s)
nums.sort()
nums.reverse()
print(nums)
copy1, copy2, copy3 = nums[:], list(nums), nums.copy()
copy1.append(0)
print(nums, copy1, copy2 == copy3 == nums, copy2 is not nums)
print(len(nums), sum(nums), min(nums), max(nums), nums.count(5), nums.index(5), 9 in nums)
print(list(enumerate(nums))[:3], list(zip(nums, nums[1:]))[:3], list(map(lambda x: x % 3, nums)))
print([nums[i] - nums[i + 1] for i in range(len(nums) - 1)], nums[::2], nums[1::2], nums[-2:], nums[:-2])
matrix = [list(range(i, i + 4)) for i in range(0, 16, 4)]
print(matrix, [row[::-1] for row in matrix], [list(col) for col in zip(*matrix)][::-1])
rotated = [list(row) for row in zip(*matrix[::-1])]
print(rotated)
print([x for row in matrix for x in row if x % 5 == 0], sum(map(sum, matrix)), max(map(max, matrix)))
lst = [3, 1, 2]
lst[:] = sorted(lst)
lst += reversed(lst)
print(lst)
lst = list(range(10))
print(lst[len(lst) // 2], lst[-len(lst)], lst[len(lst) - 1], lst[::len(lst) - 1])
print(list(filter(lambda x: x % 2, lst)), list(map(str, lst[:3])), "".join(map(str, lst)))
