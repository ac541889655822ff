"""App configs with translations (`i18n`): accepted, served whole, and read by the desktop."""

from __future__ import annotations

import httpx

from datacollect_desktop.app.app_config import bundled_config, fetch_config
from tests.integration.server.support import ADMIN, PASSWORD, ServerHandle, app_config


def test_a_config_with_translations_is_accepted_served_whole_and_read_by_the_desktop(
        server_process: ServerHandle) -> None:
    admin: httpx.Client = server_process.as_user(ADMIN)
    doc = app_config("cfg-translated")
    doc["i18n"] = {"fr": {"Person": "Personne", "Given name": "Prénom",
                          "Password": "Mot de passe"},
                   "ar": {"Given name": "الاسم الأول"}}
    assert admin.post("/api/apps", json=doc).status_code == 201
    served = admin.get("/api/apps/cfg-translated").json()
    assert served["i18n"] == doc["i18n"]
    assert "externalSync" not in served  # the secrets still stay on the server

    config = fetch_config(server_process.base_url, ADMIN, PASSWORD, "cfg-translated")
    assert config.translator("fr")("Given name") == "Prénom"
    assert config.translator("fr-CA")("Person") == "Personne"
    assert config.translator("ar")("Person") == "Person"


def test_a_config_with_badly_shaped_translations_is_refused_naming_where(
        server_process: ServerHandle) -> None:
    admin: httpx.Client = server_process.as_user(ADMIN)
    doc = app_config("cfg-bad-i18n")
    doc["i18n"] = {"fr": {"Given name": ["Prénom"]}}
    refused = admin.post("/api/apps", json=doc)
    assert refused.status_code == 400
    assert refused.json()["error"] == "invalid_app_config"
    assert "i18n['fr']['Given name'] must be text" in refused.text


def test_the_bundled_config_with_its_translations_is_accepted(
        server_process: ServerHandle) -> None:
    admin: httpx.Client = server_process.as_user(ADMIN)
    doc = dict(bundled_config().raw)
    doc["id"] = "cfg-bundled"
    assert admin.post("/api/apps", json=doc).status_code == 201
    assert admin.get("/api/apps/cfg-bundled").json()["i18n"]["ar"]["Household"] == "الأسرة"
