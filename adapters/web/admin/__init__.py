"""The admin dashboard: aggregate analytics, programs and prompt editing, behind a login."""

from adapters.web.admin.app import build_admin_app
from adapters.web.admin.auth import hash_password, verify_password

__all__ = ["build_admin_app", "hash_password", "verify_password"]
