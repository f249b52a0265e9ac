"""Syncing program documents into the database (the SQL lives in `engine.store.program_sync`)."""

from engine.store.program_sync import SyncResult, sync_programs

__all__ = ["SyncResult", "sync_programs"]
