"""Nudges: reminders planned set-based in SQL and sent exactly once through the outbox."""

from engine.nudges._outcomes import DispatchResult, NudgeRef, current_nudge
from engine.nudges.dispatcher import dispatch_due
from engine.nudges.pacing import PlatformPacer
from engine.nudges.planner import PlanResult, plan_due_nudges
from engine.nudges.render import CHECKIN_REF, render_nudge

__all__ = [
    "CHECKIN_REF",
    "DispatchResult",
    "NudgeRef",
    "PlanResult",
    "PlatformPacer",
    "current_nudge",
    "dispatch_due",
    "plan_due_nudges",
    "render_nudge",
]
