"""The learned-layer experiment's pieces: features, training, and thresholds chosen honestly."""

from __future__ import annotations

from collections.abc import Sequence

from benchmarks import safety_learn

Model = safety_learn.Model
choose_threshold = safety_learn.choose_threshold
choose_veto = safety_learn.choose_veto
features = safety_learn.features
group_folds = safety_learn.group_folds
out_of_fold = safety_learn.out_of_fold
train = safety_learn.train


def test_features_read_the_normalised_text() -> None:
    assert features("I WANT TO DIE") == features("i want to die")
    assert features("i w4nt to d1e") != features("i want to die")  # leetspeak is a reading, kept
    assert features("want to die") != features("die to want")  # word order is in the bigrams
    assert features("") == []


def test_training_separates_a_tiny_corpus_and_is_deterministic() -> None:
    crisis = ["i want to end my life", "i want to die tonight", "i will end it all tonight"]
    ordinary = ["i want to end this meeting", "i want pizza tonight", "the movie ends tonight"]
    samples = [(features(t), True) for t in crisis] + [(features(t), False) for t in ordinary]
    model = train(samples, epochs=30)
    assert all(model.probability(features(t)) > 0.5 for t in crisis)
    assert all(model.probability(features(t)) < 0.5 for t in ordinary)
    assert train(samples, epochs=30) == model


def test_the_threshold_allows_only_the_budgeted_new_false_positives() -> None:
    # 200 ordinary messages: the rules flag two, the model scores the rest 0.5 … 0.995.
    probabilities = [0.99, 0.98] + [0.5 + i / 400 for i in range(198)]
    rules = [True, True] + [False] * 198
    labels = [False] * 200
    threshold = choose_threshold(probabilities, rules, labels, extra_false_positive_rate=0.01)
    new = sum(p >= threshold for p, r in zip(probabilities, rules, strict=True) if not r)
    assert new == 2
    assert choose_threshold(probabilities, rules, labels, extra_false_positive_rate=0.0) > max(
        p for p, r in zip(probabilities, rules, strict=True) if not r
    )


def test_the_veto_drops_no_more_crisis_hits_than_its_budget() -> None:
    probabilities = [i / 400 for i in range(200)] + [0.001] * 10
    rules = [True] * 210
    labels = [True] * 200 + [False] * 10
    veto = choose_veto(probabilities, rules, labels, recall_cost=0.01)
    lost = sum(p < veto for p, y in zip(probabilities, labels, strict=True) if y)
    assert lost == 2
    assert all(p < veto for p, y in zip(probabilities, labels, strict=True) if not y)


def test_folds_keep_each_group_whole_and_out_of_its_own_training() -> None:
    groups = ["dev"] * 10 + ["unseen"] * 4 + ["unseen2"] * 3 + ["unseen3"] * 3
    folds = group_folds(groups, 3)
    assert sorted(g for fold in folds for g in fold) == ["dev", "unseen", "unseen2", "unseen3"]
    samples = [([k], k % 2 == 0) for k in range(len(groups))]
    seen: list[set[int]] = []

    def recording_trainer(training: Sequence[tuple[Sequence[int], bool]]) -> Model:
        seen.append({indices[0] for indices, _ in training})
        return Model(bias=0.0, weights={})

    out_of_fold(samples, groups, folds=3, trainer=recording_trainer)
    assert len(seen) == 3
    for fold, trained_on in zip(folds, seen, strict=True):
        held = {k for k, g in enumerate(groups) if g in fold}
        assert held and not held & trained_on
        assert held | trained_on == set(range(len(groups)))
