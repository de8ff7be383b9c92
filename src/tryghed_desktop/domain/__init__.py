"""Plain-Python domain: plan content, lifecycle rules. No Qt, no database session, no I/O."""
