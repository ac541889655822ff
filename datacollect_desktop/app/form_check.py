"""What the shared form rules say about some data, without a profile (`form check`)."""

from __future__ import annotations

from datetime import date
from typing import Any

from datacollect_desktop.domain.errors import KnownError
from datacollect_desktop.domain.forms import AppConfig, form_warnings, validate_form_data
from datacollect_desktop.domain.forms.calculations import calculate, calculated_values
from datacollect_desktop.domain.forms.conditions import kept_data
from datacollect_desktop.domain.forms.logic import FormContext, expression_problems


class UnknownForm(KnownError):
    """The config has no form of that name."""


def check_form_data(config: AppConfig, form_name: str, data: Any, today: date
                    ) -> dict[str, Any]:
    """`{"errors": [...], "warnings": [...], "calculated": {key: value}}` for `data` as a
    submission of `form_name` on `today` would store it: calculated fields computed, hidden
    and blank fields dropped, then every rule checked. Each error and warning names its
    field's key (a data path inside grids). Expressions of the form that cannot be used are
    warnings."""
    form = config.form(form_name)
    if form is None:
        raise UnknownForm("The app config has no form {name!r}; its forms are: {names}.",
                          name=form_name, names=", ".join(f.name for f in config.entity_forms))
    context = FormContext(today)
    if isinstance(data, dict):
        values = kept_data(form, calculate(form, data, context), today=today)
        warnings = [{"key": w.key, "label": w.label, "message": str(w.message)}
                    for w in form_warnings(form.components, values, today)]
    else:
        values, warnings = data, []
    errors = [{"key": e.key, "label": e.label, "message": str(e.message)}
              for e in validate_form_data(form, values, today=today)]
    warnings.extend({"key": p.key, "label": p.where, "message": p.message}
                    for p in expression_problems(form))
    calculated = calculated_values(form, values) if isinstance(values, dict) else {}
    return {"errors": errors, "warnings": warnings, "calculated": calculated}
