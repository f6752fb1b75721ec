"""Reference implementations of the four APIs, on the generated stubs, with SQLite storage.

Each module subclasses its API's generated servicer; :mod:`.server` mounts them together and
:mod:`.seed` loads demo data. Behaviour follows the real services as the specs describe them.
"""
