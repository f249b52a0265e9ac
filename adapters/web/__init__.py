"""Web adapters: the admin dashboard (mounted by the web process next to the Slack endpoints)."""
