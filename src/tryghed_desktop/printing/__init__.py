"""Action cards: a Qt-free layout and its PDF renderers (DESIGN §5)."""
