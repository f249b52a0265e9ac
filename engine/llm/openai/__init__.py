"""Any OpenAI-compatible Chat Completions server (needs the `openai` SDK).

OpenAI, DeepSeek, Gemini's OpenAI-compatible endpoint, vLLM, Ollama, llama.cpp.
"""

from __future__ import annotations

from engine.llm.openai._request import ChatWire, build_request, parse_completion
from engine.llm.openai.coach import DEFAULT_MODELS, GEMINI_URL, OPENAI_URL, OpenAICoach
from engine.llm.openai.prices import PRICES, ChatPrice, price_for

__all__ = [
    "DEFAULT_MODELS",
    "GEMINI_URL",
    "OPENAI_URL",
    "PRICES",
    "ChatPrice",
    "ChatWire",
    "OpenAICoach",
    "build_request",
    "parse_completion",
    "price_for",
]
