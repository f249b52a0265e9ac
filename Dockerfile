# Coachbot: one image for every process (release, web, worker); the command picks the role.
#   docker build -t coachbot .
#   docker run --env-file .env coachbot slack serve      # web: Slack HTTP, /healthz, /readyz, /metrics, /admin
#   docker run --env-file .env coachbot worker           # Discord, Socket Mode, nudges
ARG PYTHON_IMAGE=python:3.11-slim-bookworm

# --- build: a virtualenv with the locked dependencies and coachbot itself -----------------
FROM ${PYTHON_IMAGE} AS build
ENV PIP_DISABLE_PIP_VERSION_CHECK=1 PIP_NO_CACHE_DIR=1 PYTHONDONTWRITEBYTECODE=1
# Compilers only here, for any dependency without a wheel for this platform.
RUN apt-get update \
 && apt-get install -y --no-install-recommends build-essential \
 && rm -rf /var/lib/apt/lists/*
RUN python -m venv /opt/coachbot
WORKDIR /src
# Dependencies first (a layer that changes only with the lock file) ...
COPY requirements.lock pyproject.toml README.md ./
RUN mkdir engine adapters bot migrations \
 && /opt/coachbot/bin/pip install -c requirements.lock .[all] \
 && /opt/coachbot/bin/pip uninstall -y coachbot
# ... then the code.
COPY engine ./engine
COPY adapters ./adapters
COPY bot ./bot
COPY migrations ./migrations
RUN /opt/coachbot/bin/pip install --no-deps -c requirements.lock . \
 && /opt/coachbot/bin/python -m compileall -q /opt/coachbot/lib

# --- runtime: the virtualenv on a clean slim base, no compilers, not root ---------------
FROM ${PYTHON_IMAGE} AS runtime
RUN groupadd --system --gid 10001 coachbot \
 && useradd --system --uid 10001 --gid coachbot --home-dir /app --shell /usr/sbin/nologin coachbot \
 && mkdir -p /app/data /app/knowledge \
 && chown -R coachbot:coachbot /app
COPY --from=build /opt/coachbot /opt/coachbot
COPY deploy/release.sh /app/deploy/release.sh
ENV PATH=/opt/coachbot/bin:$PATH \
    PYTHONUNBUFFERED=1 \
    PYTHONDONTWRITEBYTECODE=1 \
    COACHBOT_DATA_DIR=/app/data \
    PORT=8000
WORKDIR /app
USER 10001:10001
EXPOSE 8000
# The web process answers /healthz; the worker has no HTTP port, so compose and the
# Kubernetes manifests turn this check off for it (see docker-compose.yml, deploy/k8s).
HEALTHCHECK --interval=30s --timeout=3s --start-period=20s --retries=3 \
  CMD ["python", "-c", "import os, urllib.request; urllib.request.urlopen('http://127.0.0.1:%s/healthz' % os.environ.get('PORT', '8000'), timeout=2)"]
# exec form: coachbot is PID 1 and receives SIGTERM itself (graceful shutdown).
ENTRYPOINT ["coachbot"]
CMD ["slack", "serve"]
