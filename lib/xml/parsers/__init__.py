"""Python interfaces to XML parsers (heapstack: the expat error types)."""
