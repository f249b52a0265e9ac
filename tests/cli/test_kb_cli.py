"""`coachbot kb …` as an operator runs it: real processes against the real database."""

from __future__ import annotations

import json
from pathlib import Path

from tests.cli.test_cli import coachbot

HANDBOOK = {
    "expenses.md": "# Expense claims\n\nSource: Finance handbook\n\n## Receipts\n\n"
    "Submit receipts for travel, meals and equipment within 30 days of purchase."
    " Claims above 500 euros need a second approval from the budget owner.\n",
    "parental-leave.txt": "Parental leave\n\nEvery parent can take 16 weeks of paid"
    " parental leave in the first two years after a birth or adoption.\n",
    "security.yaml": "- id: phishing\n  title: Reporting phishing\n  content: Forward suspicious"
    " emails to the security mailbox and do not click any links or open attachments.\n"
    "- id: laptop\n  title: Lost laptop\n  content: If your laptop is lost or stolen, call the"
    " IT hotline at once so the device can be locked and wiped remotely.\n",
}
QUESTIONS = {
    "how long do I have to submit my receipts?": "Expense claims",
    "how many weeks of parental leave do I get after adopting a child?": "Parental leave",
    "what should I do with a suspicious email?": "Reporting phishing",
    "someone stole my laptop, what now?": "Lost laptop",
}


def test_add_a_new_folder_then_search_finds_the_right_document(pg_url: str, tmp_path: Path) -> None:
    env = {"DATABASE_URL": pg_url}
    docs = tmp_path / "docs"
    docs.mkdir()
    for name, text in HANDBOOK.items():
        (docs / name).write_text(text)
    assert coachbot("kb", "load-starter", "-q", env=env).returncode == 0
    added = coachbot("kb", "add", str(docs), "--category", "handbook", "--tags", "hr,it", env=env)
    assert added.returncode == 0, added.stderr
    assert added.stdout.count("new ") == 4
    hits = 0
    for question, title in QUESTIONS.items():
        result = coachbot("kb", "search", question, "--json", "-k", "3", env=env)
        assert result.returncode == 0, result.stderr
        found = json.loads(result.stdout)
        assert len(found) <= 3
        assert {"document", "source", "section", "text", "score", "chunk_id"} <= found[0].keys()
        hits += title in [f["document"] for f in found]
    assert hits == len(QUESTIONS)
    listed = json.loads(coachbot("kb", "list", "--json", env=env).stdout)
    expenses = next(d for d in listed if d["title"] == "Expense claims")
    assert expenses["category"] == "handbook" and expenses["tags"] == ["hr", "it"]
    assert expenses["source"] == "Finance handbook" and expenses["chunks"] == 1


def test_adding_twice_changes_nothing_an_edit_is_a_new_version_and_remove_removes(
    pg_url: str, tmp_path: Path
) -> None:
    env = {"DATABASE_URL": pg_url}
    path = tmp_path / "expenses.md"
    path.write_text(HANDBOOK["expenses.md"])
    assert "new Expense claims v1" in coachbot("kb", "add", str(path), env=env).stdout
    again = coachbot("kb", "add", str(path), env=env)
    assert again.returncode == 0 and "unchanged Expense claims v1" in again.stdout
    assert coachbot("kb", "add", str(path), "-q", env=env).stdout == ""
    path.write_text(HANDBOOK["expenses.md"].replace("30 days", "60 days"))
    assert "updated Expense claims v2" in coachbot("kb", "add", str(path), env=env).stdout
    [doc] = json.loads(coachbot("kb", "list", "--json", env=env).stdout)
    assert doc["version"] == 2
    found = json.loads(coachbot("kb", "search", "receipts 60 days", "--json", env=env).stdout)
    assert "60 days" in found[0]["text"]
    removed = coachbot("kb", "remove", "expense claims", env=env)
    assert removed.returncode == 0 and f"id {doc['id']}" in removed.stdout
    assert json.loads(coachbot("kb", "list", "--json", env=env).stdout) == []
    missing = coachbot("kb", "remove", str(doc["id"]), env=env)
    assert missing.returncode == 1 and "no document" in missing.stderr


def test_an_unreadable_path_is_one_line_and_exit_1(pg_url: str, tmp_path: Path) -> None:
    result = coachbot("kb", "add", str(tmp_path / "nope"), env={"DATABASE_URL": pg_url})
    assert result.returncode == 1
    assert result.stderr.strip() == f"coachbot: {tmp_path / 'nope'}: no such file or folder"


def test_bench_retrieval_prints_recall_and_mrr_as_json(pg_url: str) -> None:
    result = coachbot("bench", "retrieval", "--chunks", "0", "--json", env={"DATABASE_URL": pg_url})
    assert result.returncode == 0, result.stderr
    figures = json.loads(result.stdout)["benchmarks"]["retrieval"]
    assert "error" not in figures, figures
    assert figures["questions"] >= 60
    fts = figures["starter"]["fts"]
    assert fts["recall_at_3"] >= 0.85 and 0 < fts["mrr"] <= 1
    assert {"embedding_hashing", "hybrid_hashing"} <= figures["starter"].keys()
    threshold = figures["starter"]["answer_threshold_fts"]
    assert threshold["in_scope_answered"] >= 0.8 and threshold["out_of_scope_refused"] >= 0.8
