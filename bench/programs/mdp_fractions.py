# A Markov decision process solved exactly (in the spirit of pyperformance's mdp): states and
# actions in dicts, transition probabilities as Fractions, value iteration with memoized
# expectations, then policy extraction and a float cross-check.
import sys
from fractions import Fraction

# tests/py/bench_like/mdp_fractions.py runs this program with a small SCALE as its argument.
SCALE = int(sys.argv[1]) if len(sys.argv) > 1 else 28

GOAL = "goal"
LOSE = "lose"


def build(n):
    """A battle-like game: state (my_hp, their_hp); actions with chances to hit and heal."""
    states = {}
    for me in range(1, n + 1):
        for them in range(1, n + 1):
            acts = {}
            acts["attack"] = [
                (Fraction(3, 5), (me, them - 2)),
                (Fraction(1, 5), (me - 1, them - 1)),
                (Fraction(1, 5), (me - 2, them)),
            ]
            acts["heal"] = [
                (Fraction(1, 2), (min(n, me + 2), them)),
                (Fraction(1, 2), (me - 1, them)),
            ]
            acts["gamble"] = [(Fraction(1, 3), (me, them - 4)), (Fraction(2, 3), (me - 3, them))]
            states[(me, them)] = acts
    return states


def outcome(state):
    me, them = state
    if them <= 0:
        return GOAL
    if me <= 0:
        return LOSE
    return state


def value_iteration(states, rounds):
    values = {s: Fraction(0) for s in states}
    reward = {GOAL: Fraction(1), LOSE: Fraction(0)}
    for _ in range(rounds):
        new = {}
        for s, acts in states.items():
            best = None
            for a, outs in acts.items():
                v = Fraction(0)
                for p, nxt in outs:
                    o = outcome(nxt)
                    v += p * (reward[o] if o in reward else values[o])
                if best is None or v > best:
                    best = v
            new[s] = best
        values = new
    return values


def policy(states, values):
    reward = {GOAL: 1, LOSE: 0}
    pol = {}
    for s, acts in states.items():
        scored = []
        for a, outs in acts.items():
            v = 0.0
            for p, nxt in outs:
                o = outcome(nxt)
                v += float(p) * (reward[o] if o in reward else float(values[o]))
            scored.append((v, a))
        pol[s] = max(scored)[1]
    return pol


def main():
    states = build(SCALE)
    values = value_iteration(states, 6)
    pol = policy(states, values)
    top = values[(SCALE, SCALE)]
    print(len(states), top.numerator % 10**9, top.denominator % 10**9, round(float(top), 9))
    counts = {}
    for a in pol.values():
        counts[a] = counts.get(a, 0) + 1
    print(sorted(counts.items()), pol[(1, SCALE)], pol[(SCALE, 1)])
    print(values[(2, 2)], max(values.values()) <= 1)


main()
