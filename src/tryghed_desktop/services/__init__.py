"""Use cases: each takes a session and the acting user; permission checks and audit happen here."""
