#!/bin/sh
# The one-shot release step (compose `release`, the Kubernetes Job, Procfile `release:`):
# migrate, sync the built-in programs (and any in /app/programs), load the knowledge base.
set -eu
coachbot db upgrade
coachbot programs sync
if [ -d /app/programs ] && [ -n "$(ls -A /app/programs 2>/dev/null)" ]; then
  coachbot programs sync /app/programs
fi
# The knowledge base command arrives with the knowledge feature; skipped until then.
if [ -d /app/knowledge ] && [ -n "$(ls -A /app/knowledge 2>/dev/null)" ]; then
  if coachbot kb --help >/dev/null 2>&1; then
    coachbot kb add /app/knowledge
  else
    echo "release: /app/knowledge is not empty but this build has no 'coachbot kb'; skipped" >&2
  fi
fi
echo "release: done"
