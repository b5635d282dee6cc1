ROOMS = {
    "hall": {"north": "kitchen", "east": "study"},
    "kitchen": {"south": "hall"},
    "study": {"west": "hall", "up": "attic"},
    "attic": {"down": "study"},
}

class Game:
    def __init__(self):
        self.room = "hall"
        self.visited = {"hall"}
        self.moves = 0
    def go(self, direction):
        exits = ROOMS[self.room]
        if direction not in exits:
            return f"You can't go {direction} from the {self.room}."
        self.room = exits[direction]
        self.visited.add(self.room)
        self.moves += 1
        return f"You walk {direction} to the {self.room}."

g = Game()
for cmd in ["north", "west", "south", "east", "up", "up", "down"]:
    print(g.go(cmd))
print(g.moves, sorted(g.visited))
