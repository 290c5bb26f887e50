nums = [5, 3, 8, 1]
nums.append(9)
nums.insert(0, 0)
nums.extend([7, 7])
print(nums, len(nums))
nums.sort()
print(nums)
nums.sort(key=lambda x: -x)
print(nums)
nums.reverse()
print(nums.pop(), nums.pop(0), nums)
nums.remove(7)
print(nums, nums.index(8), nums.count(7))
print(nums[1:3], nums[::-1], nums[-2:])
copy = nums[:]
copy[0] = 99
print(nums[0], copy[0])
print([1, 2] + [3], [0] * 3, sorted("hello"))
nums.remove(42)
