"""What the shop owner can do, one function (or object) each, called the same way by the
window and by the command line.

Above domain, store, evidence and report; below ui and cli. A use case opens what it
needs (the case file, a transaction), takes `progress` and `cancelled` callables where it
runs long, and raises errors whose messages are worded for the owner.
"""
