# Deep recursion: a recursive flood fill over a grid walks a long path, one Python frame per
# cell, so the stack gets deep. The report shows the deepest stack and each frame's size.
# Run: heapstack run --report examples/deep_recursion.py
import sys


def fill(grid, row, col, seen):
    if row < 0 or row >= len(grid) or col < 0 or col >= len(grid[0]):
        return 0
    if grid[row][col] != "." or (row, col) in seen:
        return 0
    seen.add((row, col))
    count = 1
    for dr, dc in ((0, 1), (1, 0), (0, -1), (-1, 0)):
        count += fill(grid, row + dr, col + dc, seen)
    return count


def snake(width, height):
    # a grid whose free cells form one long winding corridor
    grid = []
    for r in range(height):
        if r % 2 == 0:
            grid.append("." * width)
        elif r % 4 == 1:
            grid.append("#" * (width - 1) + ".")
        else:
            grid.append("." + "#" * (width - 1))
    return grid


sys.setrecursionlimit(2000)
grid = snake(20, 15)
print("cells reached:", fill(grid, 0, 0, set()))
