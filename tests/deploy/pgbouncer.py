"""PgBouncer from Debian's package, in transaction mode, in front of the test server.

Harsher than a production pooler on purpose: `server_reset_query_always` runs
`DISCARD ALL` after every transaction, so anything a test leaves on a server
connection (a prepared statement, a session `SET`, a session advisory lock) is gone
by the next transaction even when PgBouncer would have handed back the same backend.
"""

from __future__ import annotations

import contextlib
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import psycopg

CANDIDATES = ("/usr/sbin/pgbouncer", "/usr/bin/pgbouncer")


def pgbouncer_binary() -> str | None:
    found = shutil.which("pgbouncer")
    return found or next((path for path in CANDIDATES if os.access(path, os.X_OK)), None)


@dataclass(frozen=True)
class Bouncer:
    host: str
    port: int
    log: Path

    @property
    def address(self) -> str:
        return f"{self.host}:{self.port}"

    def stats(self) -> dict[str, dict[str, int]]:
        """`SHOW STATS` from the admin console (simple-query protocol only), per database."""
        with psycopg.connect(
            host=self.host, port=self.port, user="postgres", dbname="pgbouncer", autocommit=True
        ) as conn:
            result = conn.pgconn.exec_(b"SHOW STATS")
        names = [(result.fname(i) or b"").decode() for i in range(result.nfields)]
        stats: dict[str, dict[str, int]] = {}
        for row in range(result.ntuples):
            values = [(result.get_value(row, i) or b"").decode() for i in range(result.nfields)]
            record = dict(zip(names, values, strict=True))
            stats[record["database"]] = {k: int(v) for k, v in record.items() if v.isdigit()}
        return stats


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _wait_listening(port: int, process: subprocess.Popen[bytes], log: Path) -> None:
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"pgbouncer exited: {log.read_text(errors='replace')[-2000:]}")
        with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", port), 0.2):
            return
        time.sleep(0.05)
    raise RuntimeError("pgbouncer did not start listening within 10 s")


@contextlib.contextmanager
def run_pgbouncer(server_url: str) -> Iterator[Bouncer]:
    """Start PgBouncer (transaction mode, every database) in front of `server_url`'s server.

    PgBouncer refuses to run as root; as root it runs as the `postgres` user.
    """
    binary = pgbouncer_binary()
    if binary is None:
        raise FileNotFoundError("pgbouncer")
    info = psycopg.conninfo.conninfo_to_dict(server_url)
    user = str(info.get("user", "postgres"))
    port = _free_port()
    with tempfile.TemporaryDirectory(prefix="coachbot-pgbouncer-") as tmp:
        root = Path(tmp)
        root.chmod(0o755)
        (root / "userlist.txt").write_text(f'"{user}" ""\n"postgres" ""\n')
        log = root / "pgbouncer.log"
        (root / "pgbouncer.ini").write_text(
            f"""[databases]
* = host={info.get("host", "127.0.0.1")} port={info.get("port", 5432)} user={user}

[pgbouncer]
listen_addr = 127.0.0.1
listen_port = {port}
unix_socket_dir =
auth_type = trust
auth_file = {root / "userlist.txt"}
admin_users = postgres
pool_mode = transaction
server_reset_query = DISCARD ALL
server_reset_query_always = 1
max_client_conn = 500
default_pool_size = 20
ignore_startup_parameters = extra_float_digits,options
logfile = {log}
pidfile = {root / "pgbouncer.pid"}
"""
        )
        run_as = pwd.getpwnam("postgres").pw_name if os.geteuid() == 0 else None
        if run_as is not None:
            shutil.chown(root, user=run_as)
            for child in root.iterdir():
                shutil.chown(child, user=run_as)
        process = subprocess.Popen(
            [binary, str(root / "pgbouncer.ini")],
            user=run_as,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.STDOUT,
        )
        try:
            _wait_listening(port, process, log)
            yield Bouncer(host="127.0.0.1", port=port, log=log)
        finally:
            process.terminate()
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
