"""Messages keep their template and parameters, so the window can translate what lower
layers say, while everyone else reads the same English text as before."""

from __future__ import annotations

import json
import pickle
from typing import Any

from datacollect_desktop.domain.errors import InvalidAppConfig, KnownError
from datacollect_desktop.domain.forms import AppConfig, validate_form_data
from datacollect_desktop.domain.messages import Message


def test_a_message_reads_as_its_english_text_and_keeps_template_and_parameters() -> None:
    message = Message("Cannot read {path}: {reason}.", path="/tmp/a.json", reason="gone")
    assert message == "Cannot read /tmp/a.json: gone."
    assert json.dumps(message) == '"Cannot read /tmp/a.json: gone."'
    assert message.template == "Cannot read {path}: {reason}."
    assert dict(message.params) == {"path": "/tmp/a.json", "reason": "gone"}


def test_a_message_without_parameters_takes_braces_literally() -> None:
    assert Message("{not a placeholder}") == "{not a placeholder}"


def test_counted_picks_the_singular_for_one() -> None:
    one = Message.counted(1, "1 row", "{count} rows")
    many = Message.counted(3, "1 row", "{count} rows")
    assert (one, one.template, many, many.template) == ("1 row", "1 row", "3 rows", "{count} rows")


def test_a_message_survives_pickling_with_nested_parameters() -> None:
    inner = Message("{count} sent", count=2)
    copy = pickle.loads(pickle.dumps(Message("Synced: {what}.", what=inner)))
    assert copy == "Synced: 2 sent."
    assert isinstance(copy.params["what"], Message)
    assert copy.params["what"].template == "{count} sent"


def test_a_known_error_is_a_template_and_reads_as_english() -> None:
    error = KnownError("The server has no app config {config_id!r}.", config_id="x")
    assert str(error) == "The server has no app config 'x'."
    assert error.message.template == "The server has no app config {config_id!r}."
    assert error.message.params == {"config_id": "x"}


def test_an_error_given_only_text_still_has_a_message() -> None:
    assert KnownError("Plain words.").message.template == "Plain words."


def test_validator_messages_in_grid_rows_nest_their_templates() -> None:
    config = AppConfig.from_json({"entityForms": [{"name": "household", "formio": {
        "components": [{"type": "editgrid", "key": "members", "label": "Members",
                        "components": [{"type": "number", "key": "age", "label": "Age"}]}]}}]})
    form = config.form("household")
    assert form is not None
    rows: Any = [{"age": 3}, {"age": "old"}]
    [error] = validate_form_data(form, {"members": rows})
    message = error.message
    assert message == "Members, row 2: Age must be a number."
    assert isinstance(message, Message) and message.template == "{grid}, row {row}: {problem}"
    problem = message.params["problem"]
    assert problem.template == "{label} must be a number." and problem.params == {"label": "Age"}


def test_config_errors_name_where_the_problem_is_as_a_parameter() -> None:
    try:
        AppConfig.from_json({"entityForms": [{"name": "household", "formio": {
            "components": [{"type": "textfield", "label": "Name"}]}}]})
    except InvalidAppConfig as error:
        assert error.message.template == "{where}: a {kind} field needs a 'key'."
        assert error.message.params["kind"] == "textfield"
    else:
        raise AssertionError("a field without a key was accepted")
