"""Analytics for admins: aggregate SQL over enrolments, attempts, check-ins, nudges, LLM use,
scenario practice and colleague connections.

Every figure about people is an aggregate; groups of fewer than `PRIVACY_MIN` people come
back suppressed (None), and with a cohort filter `guarded` also hides rows that a
neighbouring cohort would expose by subtraction (see `guard`). A person's own
engagement score is for that person only.
"""

from engine.analytics.attempts import step_attempts, variant_comparison
from engine.analytics.catalog import (
    ProgramSummary,
    PromptTemplateView,
    VersionCheck,
    check_version,
    list_programs,
    list_prompts,
    prompt_template,
    save_prompt_version,
)
from engine.analytics.connections import ConnectionOutcomeRow, connection_outcomes
from engine.analytics.dropoff import DEFAULT_INACTIVE_DAYS, drop_off, field_drop_off
from engine.analytics.engagement import (
    describe_engagement,
    engagement_distribution,
    engagement_for_person,
)
from engine.analytics.funnel import overview, step_funnel, week_durations, week_funnel
from engine.analytics.guard import coarse_filters, differencing_safe, guarded, guarded_one
from engine.analytics.knowledge import (
    DEFAULT_STALE_DAYS,
    ConversationRatingRow,
    KnowledgeDocumentRow,
    UnansweredQuestions,
    conversation_ratings,
    knowledge_documents,
    unanswered_questions,
)
from engine.analytics.llm import llm_cost_by_day, llm_usage
from engine.analytics.nudges import nudge_outcomes
from engine.analytics.scenarios import (
    ScenarioCompletionRow,
    ScenarioReviewRow,
    SceneOutcomeRow,
    scenario_completion,
    scenario_reviews,
    scene_outcomes,
)
from engine.analytics.types import (
    PRIVACY_MIN,
    SUPPRESSED,
    DropOffRow,
    EngagementBucket,
    EngagementDistribution,
    EngagementScore,
    FieldDropOffRow,
    Filters,
    LlmCostDay,
    LlmUsageRow,
    NudgeOutcomeRow,
    Overview,
    StepAttemptsRow,
    StepFunnelRow,
    VariantRow,
    WeekDurationRow,
    WeekFunnelRow,
    WellbeingRow,
)
from engine.analytics.wellbeing import wellbeing_trend

__all__ = [
    "DEFAULT_INACTIVE_DAYS",
    "DEFAULT_STALE_DAYS",
    "PRIVACY_MIN",
    "SUPPRESSED",
    "ConnectionOutcomeRow",
    "ConversationRatingRow",
    "DropOffRow",
    "EngagementBucket",
    "EngagementDistribution",
    "EngagementScore",
    "FieldDropOffRow",
    "Filters",
    "KnowledgeDocumentRow",
    "LlmCostDay",
    "LlmUsageRow",
    "NudgeOutcomeRow",
    "Overview",
    "ProgramSummary",
    "PromptTemplateView",
    "ScenarioCompletionRow",
    "ScenarioReviewRow",
    "SceneOutcomeRow",
    "StepAttemptsRow",
    "StepFunnelRow",
    "UnansweredQuestions",
    "VariantRow",
    "VersionCheck",
    "WeekDurationRow",
    "WeekFunnelRow",
    "WellbeingRow",
    "check_version",
    "coarse_filters",
    "connection_outcomes",
    "conversation_ratings",
    "describe_engagement",
    "differencing_safe",
    "drop_off",
    "engagement_distribution",
    "engagement_for_person",
    "field_drop_off",
    "guarded",
    "guarded_one",
    "knowledge_documents",
    "list_programs",
    "list_prompts",
    "llm_cost_by_day",
    "llm_usage",
    "nudge_outcomes",
    "overview",
    "prompt_template",
    "save_prompt_version",
    "scenario_completion",
    "scenario_reviews",
    "scene_outcomes",
    "step_attempts",
    "step_funnel",
    "unanswered_questions",
    "variant_comparison",
    "week_durations",
    "week_funnel",
    "wellbeing_trend",
]
