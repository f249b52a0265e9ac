"""Keep the Slack SDKs' loggers quiet: below WARNING they log request bodies and tokens.

Bolt logs the body of a rejected request at INFO and slack_sdk logs every API call's
arguments (message text, OAuth tokens) at DEBUG. Bolt names its loggers after the app
(`coachbot:RequestVerification`…) and copies the root level into them unless it is
given a base logger, so the app gets `bolt_logger()`, whose level Bolt propagates.
Our own logs name ids and errors, never message text or tokens, so running at
LOG_LEVEL=DEBUG stays safe.
"""

from __future__ import annotations

import logging

SDK_LOGGERS = ("slack_bolt", "slack_sdk")


def quiet_sdk_loggers() -> None:
    """Raise the SDK loggers (and their children, which inherit) to WARNING."""
    for name in SDK_LOGGERS:
        logger = logging.getLogger(name)
        if logger.level == logging.NOTSET or logger.level < logging.WARNING:
            logger.setLevel(logging.WARNING)


def bolt_logger() -> logging.Logger:
    """The base logger for `AsyncApp(logger=...)`: WARNING, under `slack_bolt`."""
    quiet_sdk_loggers()
    logger = logging.getLogger("slack_bolt.coachbot")
    logger.setLevel(logging.WARNING)
    return logger
