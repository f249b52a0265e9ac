"""What the analytics queries take and give: filters, and one frozen row type per question.

Every row that aggregates people carries `people` (distinct persons behind it). Rows
with fewer than `PRIVACY_MIN` people are *suppressed*: their figures are None and the
dashboard and the report show "fewer than 5 people" instead. The queries apply the rule
themselves, so no caller can forget it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

PRIVACY_MIN = 5
"""Smallest group of people whose aggregate is shown."""

SUPPRESSED = "fewer than 5 people"


@dataclass(frozen=True, slots=True)
class Filters:
    """Which enrolments (and their activity) a query looks at.

    `program` is a program slug (None: all programs). `since` selects a cohort, the
    enrolments started at or after it, for the funnels, drop-off, attempts, check-ins,
    engagement and variants; for activity in a period (nudges, LLM calls) it keeps the
    events at or after it, whenever their enrolment started.
    """

    program: str | None = None
    since: datetime | None = None


def shown(people: int) -> bool:
    return people >= PRIVACY_MIN


class CohortRow:
    """What every figure row about a group has: `people`, and `suppressed` below five."""

    __slots__ = ()
    people: int

    @property
    def suppressed(self) -> bool:
        return not shown(self.people)


@dataclass(frozen=True, slots=True)
class Overview:
    people: int
    enrolments: int | None
    active: int | None
    paused: int | None
    completed: int | None
    abandoned: int | None
    completion_rate: float | None
    messages_in: int | None
    llm_cost_usd: Decimal | None


@dataclass(frozen=True, slots=True)
class WeekFunnelRow(CohortRow):
    program: str
    week: int
    reached: int | None
    completed: int | None
    people: int


@dataclass(frozen=True, slots=True)
class StepFunnelRow(CohortRow):
    program: str
    week: int
    position: int
    step_key: str
    step_type: str
    reached: int | None
    passed: int | None
    people: int


@dataclass(frozen=True, slots=True)
class DropOffRow(CohortRow):
    """Enrolments that stopped (abandoned, or silent for `inactive_days`) at one step."""

    program: str
    week: int
    position: int
    step_key: str
    step_type: str
    dropped: int | None
    share: float | None
    people: int


@dataclass(frozen=True, slots=True)
class FieldDropOffRow(CohortRow):
    """Of those who stopped at an extract step, how many still lacked `field`."""

    program: str
    step_key: str
    field: str
    missing: int | None
    people: int


@dataclass(frozen=True, slots=True)
class WeekDurationRow(CohortRow):
    program: str
    week: int
    median_hours: float | None
    people: int


@dataclass(frozen=True, slots=True)
class StepAttemptsRow(CohortRow):
    program: str
    week: int
    step_key: str
    attempts: int | None
    attempts_per_person: float | None
    invalid: int | None
    forced: int | None
    people: int


@dataclass(frozen=True, slots=True)
class WellbeingRow(CohortRow):
    """Cohort averages of check-ins in one program week."""

    program: str
    week: int
    mood_avg: float | None
    progress_avg: float | None
    check_ins: int | None
    people: int


@dataclass(frozen=True, slots=True)
class EngagementScore:
    """One person's engagement, 0-100; shown to that person only."""

    user_id: int
    score: int
    messages_in: int
    median_reply_minutes: float | None
    check_in_weeks: int
    weeks_enrolled: int


@dataclass(frozen=True, slots=True)
class EngagementBucket:
    low: int
    high: int
    people: int | None


@dataclass(frozen=True, slots=True)
class EngagementDistribution:
    """Scores of everyone as quantiles and a histogram; no single person can be picked out."""

    people: int
    p25: float | None
    median: float | None
    p75: float | None
    buckets: tuple[EngagementBucket, ...]


@dataclass(frozen=True, slots=True)
class NudgeOutcomeRow(CohortRow):
    kind: str
    planned: int | None
    sent: int | None
    answered_24h: int | None
    unreachable: int | None
    expired: int | None
    pending: int | None
    people: int

    @property
    def answer_rate(self) -> float | None:
        if self.sent is None or self.answered_24h is None or self.sent == 0:
            return None
        return self.answered_24h / self.sent


@dataclass(frozen=True, slots=True)
class LlmUsageRow:
    program: str
    calls: int | None
    input_tokens: int | None
    output_tokens: int | None
    cache_read_tokens: int | None
    cache_write_tokens: int | None
    cache_read_share: float | None
    cost_usd: Decimal | None
    active_people: int
    cost_per_active_person: Decimal | None

    @property
    def suppressed(self) -> bool:
        return not shown(self.active_people)


@dataclass(frozen=True, slots=True)
class LlmCostDay(CohortRow):
    day: date
    calls: int | None
    cost_usd: Decimal | None
    people: int


@dataclass(frozen=True, slots=True)
class VariantRow(CohortRow):
    """A/B comparison of prompt variants within one program."""

    program: str
    variant: str
    enrolments: int | None
    completed: int | None
    completion_rate: float | None
    attempts_per_step: float | None
    forced_share: float | None
    people: int
