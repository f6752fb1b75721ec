"""``make lint``: structural validation, Spectral, and the project's own rules."""
