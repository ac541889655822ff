"""Property-based fuzzing of every operation in the live server's OpenAPI document: no 5xx."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import schemathesis
from hypothesis import HealthCheck, settings

from tests.integration.server.support import (
    ADMIN,
    ServerHandle,
    app_config,
    prepare_data_dir,
    run_cli,
    start_server,
)

pytestmark = pytest.mark.reliability(scenario="Hostile input")

EXAMPLES_PER_OPERATION = 50


@pytest.fixture(scope="module")
def fuzz_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ServerHandle]:
    data_dir = tmp_path_factory.mktemp("fuzz") / "data"
    prepare_data_dir(data_dir)
    # A config named "default" too: the id generated requests use when they leave it out.
    path: Path = data_dir / "default.json"
    path.write_text(json.dumps(app_config("default")))
    run_cli("load-config", str(path), "--data-dir", str(data_dir))
    handle = start_server(data_dir)
    yield handle
    handle.stop()


@pytest.fixture(scope="module")
def admin_token(fuzz_server: ServerHandle) -> str:
    return fuzz_server.login(ADMIN)


@pytest.fixture(scope="module")
def api_schema(fuzz_server: ServerHandle) -> Any:
    return schemathesis.openapi.from_url(f"{fuzz_server.base_url}/openapi.json")


schema = schemathesis.pytest.from_fixture("api_schema")


@schema.parametrize()
@settings(
    max_examples=EXAMPLES_PER_OPERATION,
    deadline=None,
    suppress_health_check=list(HealthCheck),
    derandomize=True,
)
def test_no_generated_request_makes_the_server_fail(
    case: Any, fuzz_server: ServerHandle, admin_token: str
) -> None:
    response = case.call(base_url=fuzz_server.base_url,
                         headers={"Authorization": f"Bearer {admin_token}"}, timeout=60)
    assert response.status_code < 500, (
        f"{case.method} {case.formatted_path} -> {response.status_code}: {response.text[:500]}"
    )
    if response.status_code >= 400:
        body = response.json()
        assert isinstance(body.get("error"), str), response.text
