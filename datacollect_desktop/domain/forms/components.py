"""Form.io components as this app understands them: parsed once, typed and immutable."""

from __future__ import annotations

import contextlib
import math
import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

from datacollect_desktop.domain.attachments import parse_size
from datacollect_desktop.domain.errors import InvalidAppConfig
from datacollect_desktop.domain.forms.jsvalues import js_string

#: Containers that only arrange other components. `column` is made by the parser for each
#: entry of a `columns` component; it never comes from a config directly.
LAYOUT_TYPES = frozenset({"panel", "fieldset", "columns", "column"})
#: Read-only text shown to the user.
DISPLAY_TYPES = frozenset({"content", "htmlelement"})
#: Components whose value is stored under their key in the submitted data.
VALUE_TYPES = frozenset({
    "textfield", "textarea", "number", "email", "phoneNumber", "select", "radio",
    "selectboxes", "checkbox", "datetime", "day", "hidden", "editgrid",
    "file", "signature", "location",
})
#: Other names configs use for a component type this app knows (Form.io has no location
#: component of its own; ODK-style configs call it a geopoint).
TYPE_ALIASES = {"geopoint": "location"}
SUPPORTED_TYPES = (LAYOUT_TYPES - {"column"}) | DISPLAY_TYPES | VALUE_TYPES | set(TYPE_ALIASES)

# Deeper nesting than this is not a real form; refusing it keeps parsing free of RecursionError.
MAX_NESTING = 32


@dataclass(frozen=True, slots=True)
class Option:
    """One choice of a select, radio or selectboxes component."""

    label: str
    value: str


@dataclass(frozen=True, slots=True)
class Validate:
    """The `validate` rules this app enforces; `None` means the rule is not set."""

    min: int | float | None = None
    max: int | float | None = None
    min_length: int | None = None
    max_length: int | None = None
    pattern: str | None = None


@dataclass(frozen=True, slots=True)
class Conditional:
    """A simple Form.io conditional: show (or hide) when field `when` equals `eq`."""

    show: bool
    when: str
    eq: str


@dataclass(frozen=True)
class Component:
    """One Form.io component. `raw` keeps the original definition for the GUI to read more from."""

    type: str
    key: str
    label: str
    input: bool
    required: bool = False
    validate: Validate = Validate()
    conditional: Conditional | None = None
    options: tuple[Option, ...] = ()
    children: tuple[Component, ...] = ()
    default_value: Any = field(default=None, hash=False)
    enable_time: bool = True
    multiple: bool = False
    supported: bool = True
    clear_on_hide: bool = True
    #: Form.io's `errorLabel`: the name messages use instead of the label ("" for the label).
    error_label: str = ""
    #: Form.io's `validate.customMessage`: said instead of any broken rule's message.
    custom_message: str = ""
    #: A `file` component's `filePattern` ("image/*,.pdf"; "" for any type) and
    #: `fileMaxSize` in bytes (None: only the app config's limit); `image`: photos only.
    file_pattern: str = ""
    file_max_size: int | None = None
    image: bool = False
    raw: Mapping[str, Any] = field(default_factory=dict, hash=False, repr=False)

    @property
    def is_layout(self) -> bool:
        """True for containers that only arrange their children (panel, fieldset, columns)."""
        return self.supported and self.type in LAYOUT_TYPES

    @property
    def holds_value(self) -> bool:
        """True when the component stores a value under its key in the form data."""
        return self.supported and self.type in VALUE_TYPES


class HasComponents(Protocol):
    """Anything with a tuple of top-level components, such as an `EntityForm`."""

    @property
    def components(self) -> tuple[Component, ...]: ...


def input_fields(form: HasComponents | Sequence[Component]) -> list[Component]:
    """The value-holding components of a form (or component list) in form order.

    Layout containers are looked through; an editgrid is one field (a list of rows) whose own
    children are a separate scope. Display-only and unsupported components are left out.
    """
    components = form if isinstance(form, Sequence) else form.components
    return list(_walk_fields(components))


def _walk_fields(components: Sequence[Component]) -> Iterator[Component]:
    for component in components:
        if component.is_layout:
            yield from _walk_fields(component.children)
        elif component.holds_value:
            yield component


def parse_components(raw: Any, where: str, depth: int = 0) -> tuple[Component, ...]:
    """Parse a `components` list; `where` names its place in the config for error messages."""
    if raw is None:
        return ()
    if not isinstance(raw, list):
        raise InvalidAppConfig("{where}: 'components' must be a list.", where=where)
    if depth >= MAX_NESTING:
        raise InvalidAppConfig("{where}: components are nested more than {depth} deep.",
                               where=where, depth=MAX_NESTING)
    return tuple(
        parse_component(item, f"{where}, component {_name(item, index)}", depth)
        for index, item in enumerate(raw)
    )


def parse_component(raw: Any, where: str, depth: int = 0) -> Component:
    """Parse one component definition, raising `InvalidAppConfig` if it cannot be used."""
    if not isinstance(raw, dict):
        raise InvalidAppConfig("{where}: a component must be an object.", where=where)
    kind = raw.get("type")
    kind = kind if isinstance(kind, str) else ""
    kind = TYPE_ALIASES.get(kind, kind)
    key = raw.get("key")
    if key is not None and not isinstance(key, str):
        raise InvalidAppConfig("{where}: 'key' must be text.", where=where)
    key = key or ""
    label = _label(raw, key)
    if kind not in SUPPORTED_TYPES:
        # Never an error: the GUI shows a note and the validator skips it.
        return Component(
            type=kind, key=key, label=label, input=raw.get("input") is True,
            supported=False, default_value=raw.get("defaultValue"), raw=raw,
        )
    holds_value = kind in VALUE_TYPES
    if holds_value and not key:
        raise InvalidAppConfig("{where}: a {kind} field needs a 'key'.", where=where, kind=kind)
    validate = raw.get("validate")
    if validate is not None and not isinstance(validate, dict):
        raise InvalidAppConfig("{where}: 'validate' must be an object.", where=where)
    validate = validate or {}
    return Component(
        type=kind,
        key=key,
        label=label,
        input=holds_value,
        required=holds_value and _flag(validate.get("required")),
        validate=_validate_rules(validate, where),
        conditional=_conditional(raw, key),
        options=_options_of(raw, kind, where),
        children=_children(raw, kind, where, depth),
        default_value=raw.get("defaultValue"),
        enable_time=kind == "datetime" and raw.get("enableTime") is not False,
        multiple=kind in ("select", "file") and _flag(raw.get("multiple")),
        clear_on_hide=raw.get("clearOnHide") is not False,
        error_label=_optional_text(raw.get("errorLabel"), "errorLabel", where),
        custom_message=_optional_text(validate.get("customMessage"), "validate.customMessage",
                                      where),
        file_pattern=_file_pattern(raw, kind, where),
        file_max_size=_file_max_size(raw, kind, where),
        image=kind == "file" and _flag(raw.get("image")),
        raw=raw,
    )


def _file_pattern(raw: Mapping[str, Any], kind: str, where: str) -> str:
    if kind != "file":
        return ""
    pattern = _optional_text(raw.get("filePattern"), "filePattern", where)
    return "" if pattern == "*" else pattern


def _file_max_size(raw: Mapping[str, Any], kind: str, where: str) -> int | None:
    value = raw.get("fileMaxSize") if kind == "file" else None
    if value in (None, ""):
        return None
    size = parse_size(value)
    if size is None:
        raise InvalidAppConfig("{where}: fileMaxSize must be a size such as \"5MB\", not "
                               "{value}.", where=where, value=_show(value))
    return size


def _name(raw: Any, index: int) -> str:
    key = raw.get("key") if isinstance(raw, dict) else None
    return repr(key) if isinstance(key, str) and key else f"#{index + 1}"


def _label(raw: Mapping[str, Any], key: str) -> str:
    for name in ("label", "title"):
        text = raw.get(name)
        if isinstance(text, str) and text.strip():
            return text.strip()
    return key


def _optional_text(value: Any, name: str, where: str) -> str:
    if value is None:
        return ""
    if not isinstance(value, str):
        raise InvalidAppConfig("{where}: {name!r} must be text.", where=where, name=name)
    return value.strip()


def _flag(value: Any) -> bool:
    # The Form.io builder writes booleans, but hand-written configs sometimes quote them.
    return value is True or value == "true"


def _children(raw: Mapping[str, Any], kind: str, where: str, depth: int) -> tuple[Component, ...]:
    if kind in ("panel", "fieldset", "editgrid"):
        return parse_components(raw.get("components"), where, depth + 1)
    if kind != "columns":
        return ()
    columns = raw.get("columns")
    if columns is None:
        return ()
    if not isinstance(columns, list):
        raise InvalidAppConfig("{where}: 'columns' must be a list.", where=where)
    result = []
    for index, column in enumerate(columns):
        spot = f"{where}, column {index + 1}"
        if not isinstance(column, dict):
            raise InvalidAppConfig("{where}: a column must be an object.", where=spot)
        children = parse_components(column.get("components"), spot, depth + 1)
        result.append(
            Component(type="column", key="", label="", input=False, children=children, raw=column)
        )
    return tuple(result)


def _options_of(raw: Mapping[str, Any], kind: str, where: str) -> tuple[Option, ...]:
    if kind in ("radio", "selectboxes"):
        return _options(raw.get("values"), where)
    if kind == "select":
        data = raw.get("data")
        # Selects fed from a URL or resource carry no list here; any value is then accepted.
        return _options(data.get("values"), where) if isinstance(data, dict) else ()
    return ()


def _options(values: Any, where: str) -> tuple[Option, ...]:
    if values is None:
        return ()
    if not isinstance(values, list):
        raise InvalidAppConfig("{where}: the list of choices ('values') must be a list.",
                               where=where)
    options = []
    for index, item in enumerate(values):
        if not isinstance(item, dict):
            raise InvalidAppConfig("{where}: choice {number} must be an object.", where=where,
                                   number=index + 1)
        value, label = item.get("value"), item.get("label")
        if value in (None, "") and label in (None, ""):
            continue  # the empty row the Form.io builder leaves in new radios
        if value is None or isinstance(value, dict | list):
            raise InvalidAppConfig("{where}: choice {number} needs a text or number value.",
                                   where=where, number=index + 1)
        text = js_string(value)
        options.append(Option(label if isinstance(label, str) and label else text, text))
    return tuple(options)


def _validate_rules(validate: Mapping[str, Any], where: str) -> Validate:
    pattern = validate.get("pattern")
    if pattern in (None, ""):
        pattern = None
    elif not isinstance(pattern, str):
        raise InvalidAppConfig("{where}: validate.pattern must be text.", where=where)
    else:
        try:
            re.compile(pattern)
        except (re.error, RecursionError, OverflowError) as exc:
            raise InvalidAppConfig(
                "{where}: validate.pattern {pattern} is not a valid pattern ({reason}).",
                where=where, pattern=_show(pattern), reason=exc) from None
    return Validate(
        min=_number(validate.get("min"), "min", where),
        max=_number(validate.get("max"), "max", where),
        min_length=_length(validate.get("minLength"), "minLength", where),
        max_length=_length(validate.get("maxLength"), "maxLength", where),
        pattern=pattern,
    )


def _number(value: Any, name: str, where: str) -> int | float | None:
    if value is None or value == "":
        return None  # the Form.io builder stores unset limits as ""
    if isinstance(value, str):
        with contextlib.suppress(ValueError):
            value = float(value)
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        raise InvalidAppConfig("{where}: validate.{name} must be a number, not {value}.",
                               where=where, name=name, value=_show(value))
    if isinstance(value, float) and value.is_integer() and abs(value) < 2**53:
        return int(value)
    return value


def _length(value: Any, name: str, where: str) -> int | None:
    number = _number(value, name, where)
    if number is None:
        return None
    if not isinstance(number, int) or number < 0:
        raise InvalidAppConfig("{where}: validate.{name} must be a whole number of 0 or more.",
                               where=where, name=name)
    return number


def _conditional(raw: Mapping[str, Any], key: str) -> Conditional | None:
    custom = raw.get("customConditional")
    if isinstance(custom, str) and custom.strip():
        return None  # JavaScript conditions are not run here; the field stays visible
    cond = raw.get("conditional")
    if not isinstance(cond, dict) or cond.get("json") or cond.get("conditions"):
        return None  # JSONLogic and the newer condition lists are not supported: visible
    when = cond.get("when")
    if not isinstance(when, str) or not when or when == key:
        # A field cannot hide on its own value: once hidden, nobody could change it back.
        return None
    eq = cond.get("eq")
    # Form.io compares String(show) with "true", so a missing `show` means "hide when equal".
    show = js_string(cond.get("show")) == "true"
    return Conditional(show, when, "" if eq is None else js_string(eq))


def _show(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 40 else text[:37] + "..."
