"""Rank fusion and the extractive answer (pure logic)."""

from __future__ import annotations

from engine.knowledge import NO_MATERIAL, Passage, extractive_answer, fuse, passages_for_prompt


def _p(
    chunk_id: int, body: str = "Text.", document: str = "Doc", relevance: float = 1.0
) -> Passage:
    return Passage(chunk_id, 1, document, "src", "", f"{document}\n\n{body}", 0.0, relevance)


def test_reciprocal_rank_fusion_sums_one_over_60_plus_rank() -> None:
    fused = fuse({"fts": [_p(1), _p(2), _p(3)], "embedding": [_p(3), _p(4)]})
    by_id = {p.chunk_id: p for p in fused}
    assert by_id[3].score == 1 / 63 + 1 / 61
    assert by_id[1].score == 1 / 61
    assert [p.chunk_id for p in fused] == [3, 1, 2, 4]  # 2 and 4 tie: first found wins
    assert by_id[3].ranks == {"fts": 3, "embedding": 1}


def test_fusion_keeps_the_best_relevance_seen() -> None:
    fused = fuse({"fts": [_p(1, relevance=0.2)], "embedding": [_p(1, relevance=0.7)]})
    assert fused[0].relevance == 0.7


def test_the_extractive_answer_quotes_relevant_sentences_and_ends_with_sources() -> None:
    passages = [
        _p(
            1,
            "Habits form through repetition in a stable context. It took a median of 66 days"
            " for a daily behaviour to become automatic. Missing one day did not matter.",
            document="Habits",
        ),
        _p(2, "Values are directions you keep moving in, not goals.", document="Values"),
    ]
    answer = extractive_answer("How many days does it take for habits to form?", passages)
    assert "66 days" in answer.text
    assert answer.text.endswith("Sources: Habits") or answer.text.endswith(
        "Sources: Habits; Values"
    )
    sentences_used = answer.text.split("\n\n")[0].count(". ") + 1
    assert 2 <= sentences_used <= 5
    assert answer.chunk_ids[0] == 1 and answer.grounded


def test_no_passages_means_no_material() -> None:
    answer = extractive_answer("anything", [])
    assert answer.text == NO_MATERIAL and not answer.grounded
    assert NO_MATERIAL.startswith("I don't have material on that")


def test_passages_for_an_llm_are_delimited_with_their_ids() -> None:
    text = passages_for_prompt([_p(7, "Body seven.", document="Seven")])
    assert text == '<passage id="7" source="Seven">\nBody seven.\n</passage>'


def test_the_embedder_is_loaded_on_first_use_and_only_once() -> None:
    from engine.knowledge import HashingEmbedder, Retriever

    loads: list[int] = []

    def load() -> HashingEmbedder:
        loads.append(1)
        return HashingEmbedder()

    retriever = Retriever(load_embedder=load)
    assert loads == []
    assert retriever.modes == ("fts", "embedding", "hybrid")
    assert retriever.embedder is retriever.embedder and loads == [1]
    assert Retriever(load_embedder=lambda: None).modes == ("fts",)


def test_a_passage_from_another_document_that_shares_one_word_is_not_quoted() -> None:
    passages = [
        _p(
            1,
            "Start every run with five minutes of brisk walking. Run slowly enough to talk,"
            " three times a week. Rest days are when your legs get stronger.",
            document="Your first 5K",
        ),
        _p(
            2,
            "To start a compost heap, pick a shady corner. Mix green and brown material.",
            document="Composting",
            relevance=0.9,
        ),
    ]
    answer = extractive_answer("how do I start to run?", passages)
    assert answer.text.endswith("\n\nSources: Your first 5K"), answer.text
    assert "compost" not in answer.text and "green" not in answer.text
    assert answer.chunk_ids == (1,)


def test_a_nearly_as_relevant_passage_on_the_same_topic_is_quoted_and_cited() -> None:
    passages = [
        _p(1, "Turn the compost heap every few weeks to let air in.", document="Composting"),
        _p(
            2,
            "A compost heap that smells bad needs more air and dry leaves.",
            document="Garden care",
            relevance=0.9,
        ),
    ]
    answer = extractive_answer("why does my compost heap smell?", passages)
    assert "smells bad" in answer.text and "Turn the compost heap" in answer.text
    assert answer.text.endswith("Sources: Composting; Garden care") and answer.chunk_ids == (1, 2)
