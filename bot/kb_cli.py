"""`coachbot kb …`: add files to the knowledge base, list, remove and search it.

`kb search --json` prints a list, best first, of objects with the stable keys
`document` (title), `source`, `section`, `text`, `score` (fused rank score),
`relevance` (0–1, what the answer threshold uses), `chunk_id` and `document_id`.
`kb list --json` prints the documents with `id`, `title`, `category`, `content_type`,
`tags`, `source`, `version`, `updated_at`, `chunks` and `embedded`.
"""

from __future__ import annotations

import asyncio
import json
import sys
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console

from bot.database import resolve_url
from bot.settings import load_settings
from engine.knowledge import (
    AddResult,
    IngestError,
    Retriever,
    add_documents,
    installed_embedder,
    read_paths,
    starter_documents,
)
from engine.knowledge.model import SourceDocument
from engine.ports import Embedder
from engine.store import knowledge as store
from engine.store.database import Database

kb_app = typer.Typer(help="The knowledge base: add, list, remove, search.", no_args_is_help=True)
console = Console()
errors = Console(stderr=True)

JsonOpt = typer.Option(False, "--json", help="print JSON on stdout")


def _url() -> str:
    s = load_settings()
    return resolve_url(s.database_url, s.coachbot_data_dir)


async def _save(
    url: str, documents: Sequence[SourceDocument], embedder: Embedder | None, *, progress: bool
) -> list[AddResult]:
    from rich.progress import Progress

    results: list[AddResult] = []
    now = datetime.now(UTC)
    async with Database(url, max_size=1) as db, db.transaction() as conn:
        with Progress(console=errors, transient=True, disable=not progress) as bar:
            task = bar.add_task("indexing", total=len(documents))
            for document in documents:
                results += await add_documents(conn, [document], embedder=embedder, now=now)
                bar.advance(task)
    return results


def _report(results: Sequence[AddResult], *, quiet: bool) -> None:
    for result in results:
        saved = result.saved
        if saved.status == "unchanged" and quiet:
            continue
        label = {"new": "[green]new[/]", "updated": "[yellow]updated[/]"}.get(
            saved.status, saved.status
        )
        counts = f"{saved.chunks} chunks, id {saved.document_id}"
        console.print(f"{label} {result.title} v{saved.version} ({counts})", highlight=False)


@kb_app.command("add")
def kb_add(
    paths: Annotated[list[Path], typer.Argument(help="files or folders (.md .txt .yaml .pdf)")],
    category: str = typer.Option(None, "--category", "-c", help="category for every document"),
    tags: str = typer.Option("", "--tags", "-t", help="comma-separated tags, e.g. a,b"),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="print only what changed"),
) -> None:
    """Index files; unchanged content changes nothing, changed content is a new version."""
    tag_list = [t.strip() for t in tags.split(",") if t.strip()]
    try:
        documents = read_paths(paths, category=category, tags=tag_list)
    except IngestError as exc:
        print(f"coachbot: {exc}", file=sys.stderr)
        raise typer.Exit(1) from exc
    if not documents:
        print("coachbot: no Markdown, text, YAML or PDF files found", file=sys.stderr)
        raise typer.Exit(1)
    results = asyncio.run(
        _save(_url(), documents, installed_embedder(), progress=sys.stderr.isatty())
    )
    _report(results, quiet=quiet)


@kb_app.command("load-starter")
def kb_load_starter(
    quiet: bool = typer.Option(False, "--quiet", "-q", help="print only what changed"),
) -> None:
    """Index the starter knowledge base shipped with Coachbot (goals, habits, feedback…)."""
    results = asyncio.run(_save(_url(), starter_documents(), installed_embedder(), progress=False))
    _report(results, quiet=quiet)


async def _list(url: str) -> list[dict[str, Any]]:
    async with Database(url, max_size=1) as db, db.transaction() as conn:
        return [dict(row) for row in await store.list_documents(conn)]


@kb_app.command("list")
def kb_list(as_json: bool = JsonOpt) -> None:
    """List the documents: category, version, chunks, last update."""
    rows = asyncio.run(_list(_url()))
    if as_json:
        print(json.dumps(rows, default=str, indent=2, ensure_ascii=False))
        return
    from rich.table import Table

    table = Table("id", "title", "category", "type", "version", "chunks", "updated")
    for row in rows:
        updated = f"{row['updated_at']:%Y-%m-%d %H:%M}"
        table.add_row(
            str(row["id"]),
            row["title"],
            row["category"],
            row["content_type"],
            str(row["version"]),
            str(row["chunks"]),
            updated,
        )
    console.print(table)


async def _remove(url: str, ref: str) -> list[dict[str, Any]]:
    async with Database(url, max_size=1) as db, db.transaction() as conn:
        return [dict(row) for row in await store.remove_documents(conn, ref)]


@kb_app.command("remove")
def kb_remove(
    ref: Annotated[str, typer.Argument(help="document id, title or origin path")],
) -> None:
    """Remove a document and its chunks (exit 1 when nothing matches)."""
    origin = str(Path(ref).resolve()) if Path(ref).exists() else ref
    removed = asyncio.run(_remove(_url(), origin))
    if not removed and origin != ref:
        removed = asyncio.run(_remove(_url(), ref))
    if not removed:
        print(f"coachbot: no document {ref!r}", file=sys.stderr)
        raise typer.Exit(1)
    for row in removed:
        console.print(f"removed {row['title']} (id {row['id']})", highlight=False)


async def _search(url: str, query: str, k: int, mode: str) -> list[dict[str, Any]]:
    retriever = Retriever(embedder=installed_embedder() if mode != "fts" else None)
    async with Database(url, max_size=1) as db, db.transaction() as conn:
        passages = await retriever.search(conn, query, k=k, mode=mode)
    return [
        {
            "document": p.document,
            "source": p.source,
            "section": p.section,
            "text": p.text,
            "score": round(p.score, 6),
            "relevance": round(p.relevance, 4),
            "chunk_id": p.chunk_id,
            "document_id": p.document_id,
        }
        for p in passages
    ]


@kb_app.command("search")
def kb_search(
    query: Annotated[str, typer.Argument(help="a question or keywords")],
    k: int = typer.Option(5, "-k", "--limit", min=1, max=50, help="how many passages"),
    mode: str = typer.Option("hybrid", "--mode", help="hybrid, fts or embedding"),
    as_json: bool = JsonOpt,
) -> None:
    """Search the knowledge base the way the coach does, best passages first."""
    if mode not in ("hybrid", "fts", "embedding"):
        print("coachbot: --mode is hybrid, fts or embedding", file=sys.stderr)
        raise typer.Exit(2)
    results = asyncio.run(_search(_url(), query, k, mode))
    if as_json:
        print(json.dumps(results, indent=2, ensure_ascii=False))
        return
    if not results:
        console.print("no passages found")
    for number, r in enumerate(results, 1):
        where = f" — {r['section']}" if r["section"] else ""
        console.print(
            f"[bold]{number}. {r['document']}{where}[/] (relevance {r['relevance']:.2f},"
            f" chunk {r['chunk_id']})",
            highlight=False,
        )
