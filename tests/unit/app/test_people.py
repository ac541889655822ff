"""One person behind several user ids on a profile that has not signed in yet."""

from __future__ import annotations

from dataclasses import replace

from datacollect_desktop.app.audit import AuditFilter, AuditService
from datacollect_desktop.app.entry import EntryFlow
from datacollect_desktop.app.registration import Registrar
from datacollect_desktop.app.submission import EventFactory, Identity
from datacollect_desktop.app.workspace import Workspace

HOUSEHOLD = {"name": "Diallo household", "dwelling": "house"}


def register_as_an_older_build(workspace: Workspace, user_id: str, name: str) -> None:
    """What a build that signed events with the display name wrote on this device."""
    factory = EventFactory(lambda: Identity(user_id, workspace.device_id,
                                            workspace.config.version))
    Registrar(workspace.session, factory).register(
        workspace.config, workspace.config.form("household"), {**HOUSEHOLD, "name": name},
        correlation_id="older-build")


def opened_by_this_version(workspace: Workspace) -> Workspace:
    """The profile as this version first opens it: one written by an older build has never
    had its events' ids adopted (the `directory_adopted` mark is this version's)."""
    with workspace.session.db.atomic():
        workspace.session.db.execute_sql("DELETE FROM meta WHERE key = 'directory_adopted'")
    return Workspace(workspace.session)


def test_a_display_name_and_the_local_person_id_are_one_person_named_from_the_directory(
        workspace: Workspace) -> None:
    register_as_an_older_build(workspace, "Awa Diallo", "Older household")
    workspace = opened_by_this_version(workspace)
    flow = EntryFlow(workspace)
    flow.save(flow.start(), HOUSEHOLD)
    audit = AuditService(workspace.session, workspace.people)
    (person,) = audit.choices().users
    assert person == workspace.people.own_person_id() != "Awa Diallo"
    assert {e.entity_name for e in audit.page(AuditFilter(user=person), None, 10)} == {
        "Older household", "Diallo household"}
    assert audit.count(AuditFilter(user=person)) == 2
    assert sum(audit.activity(AuditFilter()).counts.values()) == 2
    # The name is the worker's own, from the settings: renaming shows the new name on both.
    workspace.save_settings(replace(workspace.settings, user_name="Awa D."))
    assert {e.user_name for e in audit.page(AuditFilter(), None, 10)} == {"Awa D."}
    assert audit.choices().user_names == {person: "Awa D."}
