"""Asking the office for its settings, one Vietnamese question at a time (``minhbach init``).

Each question shows the value the setting keeps when the answer is empty; a setting that still
holds the demo's value shows none and must be answered. A wrong answer is explained and asked
again (three times at most). Input and output are injected, as in ``prompts``: the command
decides when to ask (only at a terminal), tests drive the questions with scripted answers.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping

from minhbach.messages import render
from minhbach.workflow.init import contact_note
from minhbach.workflow.office_settings import OFFICE_SETTINGS, OfficeSetting, SettingProblem

Ask = Callable[[str], str | None]
Say = Callable[[str], None]
TRIES = 3


class _EndOfInput(Exception):
    pass


def ask_settings(
    current: Mapping[str, object],
    given: Mapping[str, object],
    placeholders: Collection[str],
    ask: Ask,
    say: Say,
    lang: str = "vi",
) -> dict[str, object]:
    """The answers to every question ``given`` does not already answer (none for a setting
    whose shown value was kept). Stops quietly at the end of input."""
    answers: dict[str, object] = {}
    try:
        for setting in OFFICE_SETTINGS:
            if not setting.asked or setting.name in given:
                continue
            default = None if setting.name in placeholders else current.get(setting.name)
            if setting.name == "CONTACT_NOTE" and setting.name in placeholders:
                default = contact_note({**current, **given, **answers})
            value = _ask_one(setting, default, ask, say, lang)
            if value is not None and value != current.get(setting.name):
                answers[setting.name] = value
    except _EndOfInput:
        pass
    return answers


def _shown(value: object) -> str:
    return "; ".join(value) if isinstance(value, list | tuple) else str(value)


def _ask_one(
    setting: OfficeSetting, default: object, ask: Ask, say: Say, lang: str
) -> object | None:
    keep = render("INIT-PROMPT-KEEP", lang, {"value": _shown(default)}) if default else ""
    required = "" if default else render("INIT-PROMPT-REQUIRED", lang, {})
    question = f"{setting.question} ({setting.name}){keep}{required}: "
    for _ in range(TRIES):
        answer = ask(question)
        if answer is None:
            raise _EndOfInput
        if not answer.strip() and default:
            return default
        try:
            return setting.check(answer)
        except SettingProblem as problem:
            say(
                render(
                    "INIT-PROMPT-AGAIN", lang, {"why": render(problem.code, lang, problem.params)}
                )
            )
    return None
