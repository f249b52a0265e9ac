"""Deployment files (Dockerfile, compose, Kubernetes) and the checks `make test` runs on them."""
