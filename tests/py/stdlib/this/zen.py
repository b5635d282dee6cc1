import this
print(this.s[:40], this.c, this.i, len(this.d))
import this
