"""The nudge outbox's SQL: planning statements (`planning`, `planning_sql`,
`planning_checkins`, `local_time`) and the dispatcher's claim/lease/mark statements
(`outbox`). The rules and the orchestration stay in `engine.nudges`."""
