"""The coaching engine: programs, enrolments, steps, check-ins, goals and nudges.

It imports no chat platform, web framework or scheduler; `bot/` wires it to them.
"""
