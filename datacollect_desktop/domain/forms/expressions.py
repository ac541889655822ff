"""One safe expression language for forms: XLSForm's syntax and Form.io's JSONLogic, one AST.

`parse_xlsform("${age} >= 18")` and `from_jsonlogic({">=": [{"var": "age"}, 18]})` give the
same tree, and `evaluate(tree, context)` gives the value the way XLSForm (XPath 1.0, as
ODK's JavaRosa computes it) does. Nothing is run with `eval`: the tree holds literals, field
references, operators and calls of a fixed list of functions. Every evaluation has a step
budget and a depth limit, so no expression in a config can make a device or the server spin.

Values are XPath's: numbers are floats, text is `str`, `True`/`False`, and a field inside a
repeat (an editgrid), read from outside it, is a `NodeSet` of its values in every row. An empty
field is "". Dates are text (`YYYY-MM-DD`); used as numbers they count days since 1970-01-01,
so `today() - ${dob}` is an age in days. Division by zero gives Infinity (or NaN for 0 div 0),
as XLSForm does. `today()` reads `Context.today` (the event's date), never the clock.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import Any

MAX_SOURCE = 4000
MAX_DEPTH = 48
DEFAULT_STEPS = 20_000
MAX_TEXT = 10_000
_MAX_REGEX = 200
_MAX_REGEX_SUBJECT = 1000
_EPOCH = date(1970, 1, 1)


class ExpressionError(Exception):
    """A bad expression: its syntax, an unknown field or function, or too much work.

    `position` is the character offset in XLSForm text, or a path such as `if[1]` in a
    JSONLogic object; `None` when it has none.
    """

    def __init__(self, message: str, position: int | str | None = None) -> None:
        self.message = message
        self.position = position
        where = "" if position is None else (
            f" at character {position + 1}" if isinstance(position, int) else f" at {position}")
        super().__init__(message + where)


# ---------------------------------------------------------------------------------------- AST


@dataclass(frozen=True, slots=True)
class Literal:
    value: Any


@dataclass(frozen=True, slots=True)
class ListOf:
    """A JSONLogic array literal (the right side of `in`)."""

    items: tuple[Node, ...]


@dataclass(frozen=True, slots=True)
class Field:
    """`${name}`: a field of the form, looked up in the current row first."""

    name: str
    position: int | str | None = field(default=None, compare=False)


@dataclass(frozen=True, slots=True)
class Column:
    """A bare name: a column of the choice being filtered (`district` in a choice filter)."""

    name: str
    position: int | str | None = field(default=None, compare=False)


@dataclass(frozen=True, slots=True)
class Current:
    """`.`: the value of the field the expression belongs to (in a constraint)."""


@dataclass(frozen=True, slots=True)
class Unary:
    op: str
    operand: Node


@dataclass(frozen=True, slots=True)
class Binary:
    op: str
    left: Node
    right: Node


@dataclass(frozen=True, slots=True)
class Call:
    name: str
    args: tuple[Node, ...]
    position: int | str | None = field(default=None, compare=False)


Node = Literal | ListOf | Field | Column | Current | Unary | Binary | Call


class NodeSet(tuple):  # type: ignore[type-arg]
    """The values of one field in every row of a repeat, read from outside the repeat."""


def field_names(node: Node) -> frozenset[str]:
    """The fields (`${name}`) an expression reads."""
    found: set[str] = set()
    stack: list[Node] = [node]
    while stack:
        item = stack.pop()
        if isinstance(item, Field):
            found.add(item.name)
        elif isinstance(item, Unary):
            stack.append(item.operand)
        elif isinstance(item, Binary):
            stack.extend((item.left, item.right))
        elif isinstance(item, Call):
            stack.extend(item.args)
            if item.name == "missing":
                found.update(a.value for a in item.args
                             if isinstance(a, Literal) and isinstance(a.value, str))
        elif isinstance(item, ListOf):
            stack.extend(item.items)
    return frozenset(found)


# ----------------------------------------------------------------------------- XLSForm syntax

_TOKEN = re.compile(r"""
    (?P<space>\s+)
  | (?P<number>[0-9]+(?:\.[0-9]*)?|\.[0-9]+)
  | (?P<string>'[^']*'|"[^"]*")
  | (?P<field>\$\{[^{}\s]*\})
  | (?P<op><=|>=|!=|[-+*=<>(),|])
  | (?P<name>[A-Za-z_][A-Za-z0-9_.\-]*(?::[A-Za-z_][A-Za-z0-9_.\-]*)?)
  | (?P<dot>\.)
""", re.VERBOSE)
_FIELD_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_.\-]*")


@dataclass(frozen=True, slots=True)
class _Tok:
    kind: str
    text: str
    position: int


def tokenize(source: str) -> list[_Tok]:
    """The tokens of an XLSForm expression; raises `ExpressionError` at the first bad one."""
    if not isinstance(source, str):
        raise ExpressionError("an expression must be text")
    if len(source) > MAX_SOURCE:
        raise ExpressionError(f"the expression is longer than {MAX_SOURCE} characters")
    tokens: list[_Tok] = []
    position = 0
    while position < len(source):
        match = _TOKEN.match(source, position)
        if match is None:
            raise ExpressionError(f"unexpected character {source[position]!r}", position)
        kind = match.lastgroup or ""
        text = match.group()
        if kind == "field" and _FIELD_NAME.fullmatch(text[2:-1]) is None:
            raise ExpressionError(f"{text} is not a field name", position)
        if kind != "space":
            tokens.append(_Tok(kind, text, position))
        position = match.end()
    tokens.append(_Tok("end", "", len(source)))
    return tokens


_LEVELS: tuple[frozenset[str], ...] = (
    frozenset({"or"}), frozenset({"and"}), frozenset({"=", "!="}),
    frozenset({"<", "<=", ">", ">="}), frozenset({"+", "-"}), frozenset({"*", "div", "mod"}),
)


class _Parser:
    def __init__(self, source: str) -> None:
        self.tokens = tokenize(source)
        self.index = 0
        self.depth = 0

    def peek(self) -> _Tok:
        return self.tokens[self.index]

    def take(self) -> _Tok:
        token = self.tokens[self.index]
        self.index += 1
        return token

    def operator(self, level: frozenset[str]) -> str | None:
        token = self.peek()
        if token.kind == "op" and token.text in level:
            return token.text
        # `and`, `div` ... are operators only where an operator can stand.
        if token.kind == "name" and token.text in level:
            return token.text
        return None

    def expect(self, text: str) -> None:
        token = self.take()
        if token.text != text or token.kind not in ("op",):
            raise ExpressionError(f"expected {text!r}, found {_shown(token)}", token.position)

    def parse(self) -> Node:
        node = self.level(0)
        token = self.peek()
        if token.kind != "end":
            raise ExpressionError(f"unexpected {_shown(token)}", token.position)
        return node

    def level(self, number: int) -> Node:
        if number == len(_LEVELS):
            return self.unary()
        self.descend()
        node = self.level(number + 1)
        while (op := self.operator(_LEVELS[number])) is not None:
            self.take()
            node = Binary(op, node, self.level(number + 1))
        self.depth -= 1
        return node

    def descend(self) -> None:
        self.depth += 1
        if self.depth > MAX_DEPTH:
            raise ExpressionError("the expression is nested too deeply", self.peek().position)

    def unary(self) -> Node:
        token = self.peek()
        if token.kind == "op" and token.text == "-":
            self.take()
            self.descend()
            node = Unary("-", self.unary())
            self.depth -= 1
            return node
        return self.union()

    def union(self) -> Node:
        node = self.primary()
        while self.peek().kind == "op" and self.peek().text == "|":
            self.take()
            node = Call("union", (node, self.primary()))
        return node

    def primary(self) -> Node:
        token = self.take()
        if token.kind == "number":
            return Literal(float(token.text))
        if token.kind == "string":
            return Literal(token.text[1:-1])
        if token.kind == "field":
            return Field(token.text[2:-1], token.position)
        if token.kind == "dot":
            return Current()
        if token.kind == "op" and token.text == "(":
            self.descend()
            node = self.level(0)
            self.depth -= 1
            self.expect(")")
            return node
        if token.kind == "name":
            if self.peek().kind == "op" and self.peek().text == "(":
                return self.call(token)
            return Column(token.text, token.position)
        raise ExpressionError(f"unexpected {_shown(token)}", token.position)

    def call(self, name: _Tok) -> Node:
        if name.text not in FUNCTIONS:
            raise ExpressionError(f"unknown function {name.text}()", name.position)
        self.take()  # (
        args: list[Node] = []
        self.descend()
        if not (self.peek().kind == "op" and self.peek().text == ")"):
            args.append(self.level(0))
            while self.peek().kind == "op" and self.peek().text == ",":
                self.take()
                args.append(self.level(0))
        self.depth -= 1
        self.expect(")")
        _check_arity(name.text, len(args), name.position)
        return Call(name.text, tuple(args), name.position)


def _shown(token: _Tok) -> str:
    return "the end of the expression" if token.kind == "end" else repr(token.text)


def parse_xlsform(source: str) -> Node:
    """The tree of an XLSForm expression (`relevant`, `constraint`, `calculate`,
    `choice_filter`); raises `ExpressionError` with the position of the first problem."""
    return _Parser(source).parse()


# -------------------------------------------------------------------------------- JSONLogic

_JSON_BINARY = {"==": "=", "===": "=", "!=": "!=", "!==": "!=", "<": "<", ">": ">",
                "<=": "<=", ">=": ">=", "/": "div", "%": "mod"}
_JSON_FOLD = {"and": "and", "or": "or", "+": "+", "*": "*"}
_JSON_CALLS = {"cat": "concat", "substr": "substr", "in": "in", "missing": "missing",
               "max": "max", "min": "min", "today": "today", "selected": "selected",
               "count": "count", "sum": "sum"}


def from_jsonlogic(rule: Any) -> Node:
    """The tree of a JSONLogic rule (Form.io's `conditional.json`, `calculateValue`,
    `validate.json`). Besides the usual operators, any function of the XLSForm language may
    be used as an operator: `{"count-selected": [{"var": "data.crops"}]}`."""
    return _from_json(rule, "", 0)


def _from_json(rule: Any, path: str, depth: int) -> Node:
    if depth > MAX_DEPTH:
        raise ExpressionError("the rule is nested too deeply", path or "the rule")
    if rule is None or isinstance(rule, bool | str):
        return Literal(rule if rule is not None else "")
    if isinstance(rule, int | float):
        if not math.isfinite(rule):
            raise ExpressionError("a number must be finite", path or "the rule")
        return Literal(float(rule))
    if isinstance(rule, list):
        return ListOf(tuple(_from_json(item, f"{path}[{i}]", depth + 1)
                            for i, item in enumerate(rule)))
    if not isinstance(rule, dict) or len(rule) != 1:
        raise ExpressionError("a rule must be an object with one operator", path or "the rule")
    (op, raw_args), = rule.items()
    where = f"{path}.{op}" if path else str(op)
    if op == "var":
        return _var(raw_args, where)
    items = raw_args if isinstance(raw_args, list) else [raw_args]
    args = [_from_json(item, f"{where}[{i}]", depth + 1) for i, item in enumerate(items)]
    if op in _JSON_BINARY:
        if op in ("<", "<=") and len(args) == 3:  # between: a < b < c
            return Binary("and", Binary(_JSON_BINARY[op], args[0], args[1]),
                          Binary(_JSON_BINARY[op], args[1], args[2]))
        _need(args, 2, where)
        return Binary(_JSON_BINARY[op], args[0], args[1])
    if op in _JSON_FOLD:
        if not args:
            raise ExpressionError(f"{op} needs at least one argument", where)
        if len(args) == 1:
            return Unary("+", args[0]) if op in ("+", "*") else Call("boolean", (args[0],))
        node = args[0]
        for arg in args[1:]:
            node = Binary(_JSON_FOLD[op], node, arg)
        return node
    if op == "-":
        if len(args) == 1:
            return Unary("-", args[0])
        _need(args, 2, where)
        return Binary("-", args[0], args[1])
    if op == "!":
        _need(args, 1, where)
        return Call("not", (args[0],))
    if op == "!!":
        _need(args, 1, where)
        return Call("boolean", (args[0],))
    if op in ("if", "?:"):
        return _json_if(args, where)
    name = _JSON_CALLS.get(op, op)
    if name not in FUNCTIONS or name == "union":
        raise ExpressionError(f"unknown operator {op!r}", where)
    _check_arity(name, len(args), where)
    return Call(name, tuple(args), where)


def _var(raw: Any, where: str) -> Node:
    default: Any = None
    if isinstance(raw, list):
        if not raw or len(raw) > 2:
            raise ExpressionError("var takes a name and an optional default", where)
        raw, default = raw[0], (raw[1] if len(raw) == 2 else None)
    if raw is None or raw == "" or raw == "input":
        return Current()  # Form.io's `input` is the value being validated
    if isinstance(raw, int | float) and not isinstance(raw, bool):
        raw = str(raw)
    if not isinstance(raw, str):
        raise ExpressionError("var needs a field name", where)
    scope, _, rest = raw.partition(".")
    if scope in ("data", "row") and rest:
        name = rest
    elif scope == "choice" and rest:
        return _with_default(Column(rest, where), default, where)
    else:
        name = raw
    if _FIELD_NAME.fullmatch(name) is None or "." in name:
        raise ExpressionError(f"{raw!r} is not a field name", where)
    return _with_default(Field(name, where), default, where)


def _with_default(node: Node, default: Any, where: str) -> Node:
    if default is None:
        return node
    return Call("coalesce", (node, _from_json(default, where, 1)), where)


def _json_if(args: list[Node], where: str) -> Node:
    if not args:
        return Literal("")
    if len(args) == 1:
        return args[0]
    otherwise = _json_if(args[2:], where) if len(args) > 2 else Literal("")
    return Call("if", (args[0], args[1], otherwise), where)


def _need(args: list[Node], count: int, where: str) -> None:
    if len(args) != count:
        raise ExpressionError(f"needs {count} argument{'s' if count > 1 else ''}", where)


# ------------------------------------------------------------------------------ evaluation


@dataclass(frozen=True)
class Context:
    """What an expression can see. `resolve(name)` gives a field's value (raising KeyError
    for a field the form does not have); `current` is `.`; `choice` the columns of the choice
    being filtered; `today` the event's date."""

    resolve: Callable[[str], Any]
    today: date | None = None
    current: Any = ""
    choice: Mapping[str, Any] = field(default_factory=dict)
    steps: int = DEFAULT_STEPS


def data_context(data: Mapping[str, Any], *, today: date | None = None, current: Any = "",
                 known: frozenset[str] | None = None, steps: int = DEFAULT_STEPS) -> Context:
    """A context over one flat set of values; with `known`, other names are unknown fields."""

    def resolve(name: str) -> Any:
        if known is not None and name not in known and name not in data:
            raise KeyError(name)
        return data.get(name, "")

    return Context(resolve, today=today, current=current, steps=steps)


class _Run:
    def __init__(self, context: Context) -> None:
        self.context = context
        self.left = context.steps

    def charge(self, cost: int = 1) -> None:
        self.left -= cost
        if self.left < 0:
            raise ExpressionError("the expression takes too many steps")

    def run(self, node: Node, depth: int) -> Any:
        self.charge()
        if depth > MAX_DEPTH * 4:
            raise ExpressionError("the expression is nested too deeply")
        if isinstance(node, Literal):
            return node.value
        if isinstance(node, Field):
            try:
                value = self.context.resolve(node.name)
            except KeyError:
                raise ExpressionError(f"unknown field ${{{node.name}}}", node.position) from None
            return _from_data(value)
        if isinstance(node, Column):
            return _from_data(self.context.choice.get(node.name, ""))
        if isinstance(node, Current):
            return _from_data(self.context.current)
        if isinstance(node, ListOf):
            return NodeSet(self.run(item, depth + 1) for item in node.items)
        if isinstance(node, Unary):
            value = to_number(self.run(node.operand, depth + 1))
            return -value if node.op == "-" else value
        if isinstance(node, Binary):
            return self.binary(node, depth)
        return self.call(node, depth)

    def binary(self, node: Binary, depth: int) -> Any:
        op = node.op
        left = self.run(node.left, depth + 1)
        if op == "and":
            return to_boolean(left) and to_boolean(self.run(node.right, depth + 1))
        if op == "or":
            return to_boolean(left) or to_boolean(self.run(node.right, depth + 1))
        right = self.run(node.right, depth + 1)
        if op in ("=", "!="):
            return _equal(left, right) == (op == "=")
        if op in ("<", "<=", ">", ">="):
            a, b = to_number(left), to_number(right)
            return {"<": a < b, "<=": a <= b, ">": a > b, ">=": a >= b}[op]
        a, b = to_number(left), to_number(right)
        if op == "+":
            return a + b
        if op == "-":
            return a - b
        if op == "*":
            return a * b
        if op == "div":
            return _divide(a, b)
        return _modulo(a, b)

    def call(self, node: Call, depth: int) -> Any:
        name = node.name
        if name == "if":
            test = to_boolean(self.run(node.args[0], depth + 1))
            return self.run(node.args[1] if test else node.args[2], depth + 1)
        if name == "coalesce":
            for arg in node.args:
                value = self.run(arg, depth + 1)
                if to_string(value) != "":
                    return value
            return ""
        if name == "today":
            if self.context.today is None:
                raise ExpressionError("today() needs the date of the event", node.position)
            return self.context.today.isoformat()
        if name == "now":
            if self.context.today is None:
                raise ExpressionError("now() needs the date of the event", node.position)
            return self.context.today.isoformat()
        if name == "missing":
            missing = []
            for arg in node.args:
                key = to_string(self.run(arg, depth + 1))
                try:
                    value = self.context.resolve(key)
                except KeyError:
                    value = ""
                if _blank(value):
                    missing.append(key)
            return NodeSet(missing)
        args = [self.run(arg, depth + 1) for arg in node.args]
        result = FUNCTIONS[name][2](args)
        if isinstance(result, str):
            self.charge(len(result) // 64)
            if len(result) > MAX_TEXT:
                raise ExpressionError(f"text longer than {MAX_TEXT} characters", node.position)
        return result


def evaluate(node: Node, context: Context) -> Any:
    """The value of `node`; raises `ExpressionError` (and nothing else) for anything wrong,
    including running out of steps."""
    try:
        return _Run(context).run(node, 0)
    except ExpressionError:
        raise
    except (ValueError, TypeError, OverflowError, ArithmeticError, re.error) as exc:
        raise ExpressionError(f"cannot compute this: {exc}") from None


# ---------------------------------------------------------------------------- conversions


def _from_data(value: Any) -> Any:
    """A stored value as the language sees it: None is "", numbers are floats, a
    select-multiple list is its values joined by spaces (as XLSForm stores it)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return value
    if isinstance(value, int | float):
        return float(value)
    if isinstance(value, NodeSet):
        return NodeSet(_from_data(item) for item in value)
    if isinstance(value, list):
        return " ".join(to_string(_from_data(item)) for item in value)
    if isinstance(value, dict):
        return " ".join(str(key) for key, ticked in value.items() if ticked is True)
    return value if isinstance(value, str) else str(value)


def _blank(value: Any) -> bool:
    return value is None or value == "" or (isinstance(value, list | dict) and not value)


def to_string(value: Any) -> str:
    """XPath's string(): numbers without a needless ".0", NaN and Infinity by name."""
    if isinstance(value, NodeSet):
        return to_string(value[0]) if value else ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        if math.isnan(value):
            return "NaN"
        if math.isinf(value):
            return "Infinity" if value > 0 else "-Infinity"
        if value.is_integer() and abs(value) < 1e21:
            return str(int(value))
        return repr(value)
    return value if isinstance(value, str) else str(value)


_NUMBER = re.compile(r"\s*-?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)\s*")
_DATE = re.compile(r"([0-9]{4})-([0-9]{2})-([0-9]{2})")
_DATE_TIME = re.compile(r"([0-9]{4})-([0-9]{2})-([0-9]{2})[T ]([0-9]{2}):([0-9]{2})"
                        r"(?::([0-9]{2})(?:\.([0-9]{1,9}))?)?(Z|[+-][0-9]{2}:?[0-9]{2})?")


def to_number(value: Any) -> float:
    """XPath's number(); a date (or date-time) counts days since 1970-01-01."""
    if isinstance(value, NodeSet):
        return to_number(value[0]) if value else math.nan
    if isinstance(value, bool):
        return 1.0 if value else 0.0
    if isinstance(value, int | float):
        return float(value)
    text = to_string(value)
    if _NUMBER.fullmatch(text):
        return float(text)
    days = _days(text)
    return math.nan if days is None else days


def _days(text: str) -> float | None:
    moment = _moment(text)
    if moment is None:
        return None
    return (moment - datetime(1970, 1, 1, tzinfo=UTC)).total_seconds() / 86400


def _moment(text: str) -> datetime | None:
    try:
        if _DATE.fullmatch(text):
            return datetime.fromisoformat(text).replace(tzinfo=UTC)
        match = _DATE_TIME.fullmatch(text)
        if match is None:
            return None
        moment = datetime.fromisoformat(text.replace("Z", "+00:00").replace(" ", "T"))
    except ValueError:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def to_boolean(value: Any) -> bool:
    """XPath's boolean(): non-zero numbers, non-empty text and non-empty node sets are true."""
    if isinstance(value, NodeSet):
        return bool(value)
    if isinstance(value, bool):
        return value
    if isinstance(value, float):
        return not (value == 0 or math.isnan(value))
    return to_string(value) != ""


def _equal(left: Any, right: Any) -> bool:
    if isinstance(left, NodeSet) or isinstance(right, NodeSet):
        lefts = left if isinstance(left, NodeSet) else (left,)
        rights = right if isinstance(right, NodeSet) else (right,)
        return any(_equal(a, b) for a in lefts for b in rights)
    if isinstance(left, bool) or isinstance(right, bool):
        return to_boolean(left) == to_boolean(right)
    if isinstance(left, float) or isinstance(right, float):
        return to_number(left) == to_number(right)
    return to_string(left) == to_string(right)


def _divide(a: float, b: float) -> float:
    if b == 0:
        if a == 0 or math.isnan(a):
            return math.nan
        return math.copysign(math.inf, a) * math.copysign(1.0, b)
    return a / b


def _modulo(a: float, b: float) -> float:
    if b == 0 or math.isinf(a) or math.isnan(a) or math.isnan(b):
        return math.nan
    return math.fmod(a, b)  # XPath's mod keeps the sign of the dividend, like fmod


# ------------------------------------------------------------------------------ functions


def _selected(args: list[Any]) -> bool:
    return to_string(args[1]) in to_string(args[0]).split()


def _count_selected(args: list[Any]) -> float:
    return float(len(to_string(args[0]).split()))


def _count(args: list[Any]) -> float:
    value = args[0]
    if isinstance(value, NodeSet):
        return float(len(value))
    return 0.0 if to_string(value) == "" else 1.0


def _sum(args: list[Any]) -> float:
    value = args[0]
    items = value if isinstance(value, NodeSet) else (value,)
    return math.fsum(to_number(item) for item in items) if items else 0.0


def _int(args: list[Any]) -> float:
    number = to_number(args[0])
    return number if not math.isfinite(number) else float(math.trunc(number))


def _round(args: list[Any]) -> float:
    number = to_number(args[0])
    places = to_number(args[1]) if len(args) > 1 else 0.0
    if not math.isfinite(number) or not math.isfinite(places):
        return number if math.isfinite(places) else math.nan
    places = max(-20, min(20, int(places)))
    # XPath rounds halves up, not to even.
    scale = 10.0 ** places
    return math.floor(number * scale + 0.5) / scale


def _concat(args: list[Any]) -> str:
    return "".join(to_string(arg) for arg in args)


def _regex(args: list[Any]) -> bool:
    subject, pattern = to_string(args[0]), to_string(args[1])
    if len(pattern) > _MAX_REGEX or _NESTED_REPEAT.search(pattern):
        raise ExpressionError("the regular expression is too long or repeats a repetition")
    return re.search(pattern, subject[:_MAX_REGEX_SUBJECT]) is not None


# A group that repeats and holds a repetition, such as (a+)+: the shape that backtracks for ever.
_NESTED_REPEAT = re.compile(r"\([^)]*[+*}][^)]*\)\s*[+*{]")


def _date(args: list[Any]) -> str:
    value = args[0]
    if isinstance(value, str) and _DATE.match(value) and _moment(value[:10]) is not None:
        return value[:10]
    days = to_number(value)
    if not math.isfinite(days) or abs(days) > 2_900_000:
        return ""
    return (_EPOCH + timedelta(days=math.floor(days))).isoformat()


def _decimal_date_time(args: list[Any]) -> float:
    return to_number(args[0])


def _string_length(args: list[Any]) -> float:
    return float(len(to_string(args[0])))


def _substr(args: list[Any]) -> str:
    text = to_string(args[0])
    start = to_number(args[1]) if len(args) > 1 else 0.0
    begin = 0 if not math.isfinite(start) else int(start)
    if begin < 0:
        begin = max(0, len(text) + begin)
    if len(args) < 3:
        return text[begin:]
    length = to_number(args[2])
    count = 0 if not math.isfinite(length) else int(length)
    end = begin + count if count >= 0 else len(text) + count
    return text[begin:max(begin, end)]


def _substr_xpath(args: list[Any]) -> str:
    """ODK's substr(text, start, end): 0-based start, end exclusive."""
    text = to_string(args[0])
    start = to_number(args[1])
    begin = max(0, int(start)) if math.isfinite(start) else 0
    if len(args) < 3:
        return text[begin:]
    end = to_number(args[2])
    return text[begin:int(end)] if math.isfinite(end) else text[begin:]


def _in(args: list[Any]) -> bool:
    needle, haystack = args[0], args[1]
    if isinstance(haystack, NodeSet):
        return any(_equal(needle, item) for item in haystack)
    return to_string(needle) in to_string(haystack)


def _extreme(pick: Callable[[list[float]], float]) -> Callable[[list[Any]], float]:
    def run(args: list[Any]) -> float:
        numbers = [to_number(item) for arg in args
                   for item in (arg if isinstance(arg, NodeSet) else (arg,))]
        if not numbers or any(math.isnan(n) for n in numbers):
            return math.nan
        return pick(numbers)
    return run


def _union(args: list[Any]) -> NodeSet:
    items: list[Any] = []
    for arg in args:
        items.extend(arg if isinstance(arg, NodeSet) else (arg,))
    return NodeSet(items)


def _unreachable(args: list[Any]) -> Any:  # if, coalesce, today ... are run lazily above
    raise ExpressionError("internal: lazy function called eagerly")


#: name -> (fewest arguments, most arguments or -1 for any, implementation)
FUNCTIONS: dict[str, tuple[int, int, Callable[[list[Any]], Any]]] = {
    "if": (3, 3, _unreachable),
    "coalesce": (2, -1, _unreachable),
    "today": (0, 0, _unreachable),
    "now": (0, 0, _unreachable),
    "missing": (0, -1, _unreachable),
    "not": (1, 1, lambda a: not to_boolean(a[0])),
    "boolean": (1, 1, lambda a: to_boolean(a[0])),
    "true": (0, 0, lambda a: True),
    "false": (0, 0, lambda a: False),
    "number": (1, 1, lambda a: to_number(a[0])),
    "string": (1, 1, lambda a: to_string(a[0])),
    "int": (1, 1, _int),
    "round": (1, 2, _round),
    "floor": (1, 1, lambda a: float(math.floor(n)) if math.isfinite(n := to_number(a[0]))
              else n),
    "ceiling": (1, 1, lambda a: float(math.ceil(n)) if math.isfinite(n := to_number(a[0]))
                else n),
    "abs": (1, 1, lambda a: abs(to_number(a[0]))),
    "concat": (0, -1, _concat),
    "string-length": (1, 1, _string_length),
    "contains": (2, 2, lambda a: to_string(a[1]) in to_string(a[0])),
    "starts-with": (2, 2, lambda a: to_string(a[0]).startswith(to_string(a[1]))),
    "normalize-space": (1, 1, lambda a: " ".join(to_string(a[0]).split())),
    "regex": (2, 2, _regex),
    "selected": (2, 2, _selected),
    "count-selected": (1, 1, _count_selected),
    "count": (1, 1, _count),
    "sum": (1, 1, _sum),
    "max": (1, -1, _extreme(max)),
    "min": (1, -1, _extreme(min)),
    "date": (1, 1, _date),
    "decimal-date-time": (1, 1, _decimal_date_time),
    "substr": (2, 3, _substr_xpath),
    "in": (2, 2, _in),
    "union": (2, 2, _union),
}
# JSONLogic's substr counts from the end for negative numbers and takes a length.
_JSON_CALLS["substr"] = "substr-js"
FUNCTIONS["substr-js"] = (2, 3, _substr)


def _check_arity(name: str, count: int, position: int | str | None) -> None:
    fewest, most, _ = FUNCTIONS[name]
    if count < fewest or (most >= 0 and count > most):
        wanted = str(fewest) if fewest == most else (
            f"{fewest} or more" if most < 0 else f"{fewest} to {most}")
        raise ExpressionError(f"{name}() takes {wanted} argument{'s' if wanted != '1' else ''},"
                              f" not {count}", position)


def compile_expression(source: Any, syntax: str) -> Node:
    """An expression from a config: XLSForm text when `syntax` is "xlsform" and `source` is
    text, else a JSONLogic rule."""
    if isinstance(source, str) and syntax == "xlsform":
        return parse_xlsform(source)
    if isinstance(source, str):
        raise ExpressionError("text expressions are JavaScript unless the form says "
                              "\"expressionSyntax\": \"xlsform\"")
    return from_jsonlogic(source)


def output_value(value: Any) -> Any:
    """A computed value as JSON data: integral numbers as ints, NaN and Infinity as None
    (JSON has no such numbers), a node set as its first value."""
    if isinstance(value, NodeSet):
        return output_value(value[0]) if value else None
    if isinstance(value, float):
        if not math.isfinite(value):
            return None
        if value.is_integer() and abs(value) < 2**53:
            return int(value)
    return value


