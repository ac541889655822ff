"""Form definitions (DataCollect app configs holding Form.io forms) and the rules for their data."""

from __future__ import annotations

from datacollect_desktop.domain.forms.components import (
    DISPLAY_TYPES,
    LAYOUT_TYPES,
    SUPPORTED_TYPES,
    VALUE_TYPES,
    Component,
    Conditional,
    HasComponents,
    Option,
    Validate,
    input_fields,
    parse_component,
)
from datacollect_desktop.domain.forms.conditions import (
    Visibility,
    condition_matches,
    hidden_keys,
    is_visible,
    kept_data,
    value_owners,
    visible_data,
)
from datacollect_desktop.domain.forms.config import (
    AppConfig,
    EntityForm,
    form_for_event,
    form_name_of,
)
from datacollect_desktop.domain.forms.i18n import (
    I18n,
    Translator,
    language_code,
    parse_i18n,
    translate,
    translator,
)
from datacollect_desktop.domain.forms.localized import (
    localize_component,
    localize_components,
    localize_config,
    localize_form,
    localized_errors,
)
from datacollect_desktop.domain.forms.public_config import is_secret_key, public_config_json
from datacollect_desktop.domain.forms.validation import FieldError, validate_form_data
from datacollect_desktop.domain.forms.warnings import FieldWarning, field_warning, form_warnings

__all__ = [
    "DISPLAY_TYPES",
    "LAYOUT_TYPES",
    "SUPPORTED_TYPES",
    "VALUE_TYPES",
    "AppConfig",
    "Component",
    "Conditional",
    "EntityForm",
    "FieldError",
    "FieldWarning",
    "HasComponents",
    "I18n",
    "Option",
    "Translator",
    "Validate",
    "Visibility",
    "condition_matches",
    "field_warning",
    "form_for_event",
    "form_name_of",
    "form_warnings",
    "hidden_keys",
    "input_fields",
    "is_secret_key",
    "is_visible",
    "kept_data",
    "language_code",
    "localize_component",
    "localize_components",
    "localize_config",
    "localize_form",
    "localized_errors",
    "parse_component",
    "parse_i18n",
    "public_config_json",
    "translate",
    "translator",
    "validate_form_data",
    "value_owners",
    "visible_data",
]
