"""What tells two people of one name apart in a list: birth date, sex, household and the
place in it, shown with the form's own choice labels."""

from __future__ import annotations

from datacollect_desktop.app.browse import EntityRow
from datacollect_desktop.domain.entities import RELATIONSHIP_KEYS, SEX_KEYS
from datacollect_desktop.domain.forms import AppConfig, Component, input_fields
from datacollect_desktop.ui.field_text import display_value


class PersonFacts:
    """Texts for a row's identifying facts, by the choice components of the row's form."""

    def __init__(self, config: AppConfig) -> None:
        self._components: dict[tuple[str, str], Component] = {}
        for form in config.entity_forms:
            for component in input_fields(form):
                self._components.setdefault((form.name, component.key), component)

    def _choice(self, row: EntityRow, keys: tuple[str, ...], value: str | None) -> str:
        if value is None:
            return ""
        component = next((self._components[(row.form or "", key)] for key in keys
                          if (row.form or "", key) in self._components), None)
        return display_value(component, value)

    def sex_labels(self) -> list[str]:
        """Every text the sex column can show: the choice labels of the forms' sex fields."""
        return [option.label for (_, key), component in self._components.items()
                if key in SEX_KEYS for option in component.options]

    def sex(self, row: EntityRow) -> str:
        return self._choice(row, SEX_KEYS, row.sex)

    def relationship(self, row: EntityRow) -> str:
        return self._choice(row, RELATIONSHIP_KEYS, row.relationship)

    @staticmethod
    def born(row: EntityRow) -> str:
        return row.birth_date or ""
