"""What the engine asks the coach (LLM) and what it gets back."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from enum import StrEnum
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # only the types: engine.scenarios builds on this module
    from engine.scenarios.judgement import JudgementRequest, JudgementResult


class StepKind(StrEnum):
    """The built-in step kinds' names. A request's `kind` is any registered kind's name
    (`engine.steps.registry`); this enum only names the ones the built-in coaches know."""

    QUESTION = "question"
    SCALE = "scale"
    CHOICE = "choice"
    YES_NO = "yes_no"
    SMART_GOAL = "smart_goal"
    EXTRACT = "extract"
    CONTENT = "content"
    REFLECTION = "reflection"
    CHECK_IN = "check_in"
    SCENARIO = "scenario"
    CONVERSATION = "conversation"
    ASK = "ask"  # a question to the coach outside the steps, answered from the knowledge base


SMART_PARTS: tuple[str, ...] = ("specific", "measurable", "achievable", "relevant", "time_bound")


@dataclass(frozen=True, slots=True)
class RequiredItem:
    """Something an open answer must cover; `keywords` drive the offline coach."""

    key: str
    label: str
    keywords: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Scenario:
    """A class of answer with its own response prompt (seed 000's classifier)."""

    key: str
    description: str
    keywords: tuple[str, ...] = ()
    response: str = ""


@dataclass(frozen=True, slots=True)
class FieldSpec:
    """A profile field to extract from conversation."""

    name: str
    description: str
    choices: tuple[str, ...] = ()  # enum values; empty means free text
    patterns: tuple[str, ...] = ()  # regexes with one group, for the offline coach


@dataclass(frozen=True, slots=True)
class PromptText:
    """A prompt as sent, with the version row that produced it (for attribution)."""

    name: str
    body: str
    version_id: int | None = None
    variant: str = "A"


@dataclass(frozen=True, slots=True)
class KnowledgePassage:
    """A knowledge-base passage sent with the turn; `id` is what an answer cites."""

    id: str
    document: str
    section: str
    text: str
    source: str | None = None
    relevance: float = 0.0

    def context(self) -> dict[str, object]:
        """How a passage a reply used is recorded (`context_used` on the message)."""
        return {
            "chunk_id": int(self.id),
            "document": self.document,
            "section": self.section,
            "source": self.source,
            "relevance": round(self.relevance, 4),
        }


@dataclass(frozen=True, slots=True)
class Exchange:
    role: str  # "user" or "assistant"
    text: str


@dataclass(frozen=True, slots=True)
class CoachingContext:
    """What the engine knows around one judgement (built within a token budget).

    Built by `engine.coaching.context`; the LLM sees it as delimited context and the
    offline coach reads the same object.
    """

    name: str | None = None  # how to address the person
    timezone: str | None = None
    profile: tuple[tuple[str, str], ...] = ()  # preferences and other profile fields
    goal: str | None = None  # the active goal
    last_takeaway: str | None = None  # last week's takeaway (summary or learnings)
    last_actions: tuple[str, ...] = ()  # last week's action items
    week_so_far: tuple[Exchange, ...] = ()  # this week's answers, by step key


@dataclass(frozen=True, slots=True)
class JudgementRules:
    """What a step kind adds to the judgement its step type asks for (`StepType.judgement_rules`).

    The provider code reads these instead of knowing any step kind: a new step type brings
    its own words and keys, and nothing under `engine/llm/` changes.
    """

    missing_keys: tuple[str, ...] = ()  # keys `missing` may name beside the required items
    notes: tuple[str, ...] = ()  # lines of the turn text about the kind (after its sections)
    history_title: str | None = None  # what `history` is called (None: earlier attempts)


@dataclass(frozen=True, slots=True, kw_only=True)
class StepBrief:
    """What a step gives the coach to judge an answer against: the items an answer needs,
    the situations to recognise, the fields to extract (and those already known), the SMART
    parts so far, the week's answers, the step's earlier exchanges and the knowledge found.

    The step builds it into its `engine.steps.Judgement`; the coach reads it in the
    `CoachRequest` the turn builds from that (both are step briefs).
    """

    required: tuple[RequiredItem, ...] = ()
    scenarios: tuple[Scenario, ...] = ()
    fields: tuple[FieldSpec, ...] = ()
    known_fields: Mapping[str, str] = field(default_factory=dict)
    smart_so_far: Mapping[str, str] = field(default_factory=dict)
    week_answers: tuple[Exchange, ...] = ()  # for reflections and summaries
    history: tuple[Exchange, ...] = ()  # this step's earlier attempts and the coach's replies
    passages: tuple[KnowledgePassage, ...] = ()  # the knowledge the reply may draw on


@dataclass(frozen=True, slots=True)
class CoachRequest(StepBrief):
    """Everything the coach needs for one turn.

    The first fields are stable for a program (system prompt, program context) and
    are sent first so the LLM can cache them; the rest changes every turn.
    """

    system_prompt: str
    program_context: str
    kind: str  # the step kind (a `StepKind` for the built-in ones), or "ask"
    step_key: str
    question: str
    answer: str
    attempt_no: int = 1
    max_attempts: int = 3
    prompt: PromptText | None = None
    preferences: str = ""  # how the person likes to be coached, in their words (the profile)
    scenario: JudgementRequest | None = None  # a scenario turn: play the persona and judge
    covered: tuple[str, ...] = ()  # required-item keys covered by earlier attempts
    context: CoachingContext = field(default_factory=CoachingContext)
    rules: JudgementRules = JudgementRules()  # the step kind's own words and keys


@dataclass(frozen=True, slots=True)
class Usage:
    """LLM metadata recorded with the message it produced."""

    model: str
    input_tokens: int = 0
    output_tokens: int = 0
    cache_read_tokens: int = 0
    cache_write_tokens: int = 0
    latency_ms: int = 0
    cost_usd: Decimal | None = Decimal(0)  # None: a model without a known price
    provider: str = ""  # "anthropic", "openai", "gemini", "offline"


@dataclass(frozen=True, slots=True)
class CoachResult:
    """The coach's structured judgement of one answer."""

    reply: str
    complete: bool
    missing: tuple[str, ...] = ()  # keys of required items / SMART parts still missing
    classification: str | None = None
    extracted: Mapping[str, str] = field(default_factory=dict)
    confidence: Mapping[str, float] = field(default_factory=dict)
    smart: Mapping[str, str] = field(default_factory=dict)  # SMART part -> text
    summary: str | None = None
    takeaways: tuple[str, ...] = ()
    action_items: tuple[str, ...] = ()
    usage: Usage | None = None
    risk: str = "none"  # "none", "concern" or "crisis": the coach's reading of the message
    sources: tuple[str, ...] = ()  # ids of the request's passages the reply rests on
    goal: str | None = None  # SMART goals: the goal as one sentence, in the person's words
    scenario: JudgementResult | None = None  # the answer to `CoachRequest.scenario`
    meta: bool = False  # a question or complaint about the bot/question, not an answer
