<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About DataCollect Desktop</source>
        <translation>About DataCollect Desktop</translation>
    </message>
    <message>
        <source>Apache License 2.0</source>
        <translation>Apache License 2.0</translation>
    </message>
    <message>
        <source>Built with:</source>
        <translation>Built with:</translation>
    </message>
    <message>
        <source>DataCollect Desktop {0}</source>
        <translation>DataCollect Desktop {0}</translation>
    </message>
    <message>
        <source>Licence:</source>
        <translation>Licence:</translation>
    </message>
    <message>
        <source>Log file:</source>
        <translation>Log file:</translation>
    </message>
    <message>
        <source>Offline-first registration of individuals and households: encrypted on this laptop, tamper-evident, synced when a network is there.</source>
        <translation>Offline-first registration of individuals and households: encrypted on this laptop, tamper-evident, synced when a network is there.</translation>
    </message>
    <message>
        <source>Open the log folder</source>
        <translation>Open the log folder</translation>
    </message>
    <message>
        <source>Preferences file:</source>
        <translation>Preferences file:</translation>
    </message>
    <message>
        <source>Profile folder:</source>
        <translation>Profile folder:</translation>
    </message>
    <message>
        <source>Python {0}, Qt {1}</source>
        <translation>Python {0}, Qt {1}</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Version:</translation>
    </message>
</context>
<context>
    <name>ActivityChart</name>
    <message>
        <source>Activity chart</source>
        <translation>Activity chart</translation>
    </message>
    <message>
        <source>No activity for these filters.</source>
        <translation>No activity for these filters.</translation>
    </message>
    <message>
        <source>{0} events over {1} days by {2} users; at most {3} in a day.</source>
        <translation>{0} events over {1} days by {2} users; at most {3} in a day.</translation>
    </message>
</context>
<context>
    <name>AsOfPage</name>
    <message>
        <source>(no name)</source>
        <translation>(no name)</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>As of</translation>
    </message>
    <message>
        <source>Choose a date and time to see the registry as it was then. Historical views are read-only.</source>
        <translation>Choose a date and time to see the registry as it was then. Historical views are read-only.</translation>
    </message>
    <message>
        <source>Date and time to look back to</source>
        <translation>Date and time to look back to</translation>
    </message>
    <message>
        <source>Filter by name</source>
        <translation>Filter by name</translation>
    </message>
    <message>
        <source>Historical view, read-only: no record existed on {0}.</source>
        <translation>Historical view, read-only: no record existed on {0}.</translation>
    </message>
    <message numerus="yes">
        <source>Historical view, read-only: the registry as of {0}, replaying the {1} of {2} events stamped then or earlier. %n record(s) lived then.</source>
        <translation>
            <numerusform>Historical view, read-only: the registry as of {0}, replaying the {1} of {2} events stamped then or earlier. %n record lived then.</numerusform>
            <numerusform>Historical view, read-only: the registry as of {0}, replaying the {1} of {2} events stamped then or earlier. %n records lived then.</numerusform>
        </translation>
    </message>
    <message>
        <source>Members then:</source>
        <translation>Members then:</translation>
    </message>
    <message>
        <source>Open the record as it is now</source>
        <translation>Open the record as it is now</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>Records as they were</source>
        <translation>Records as they were</translation>
    </message>
    <message>
        <source>Registry as of a moment</source>
        <translation>Registry as of a moment</translation>
    </message>
    <message>
        <source>Select a record to see it as it was.</source>
        <translation>Select a record to see it as it was.</translation>
    </message>
    <message>
        <source>Show the registry as of that moment</source>
        <translation>Show the registry as of that moment</translation>
    </message>
    <message>
        <source>Show the registry then</source>
        <translation>Show the registry then</translation>
    </message>
    <message>
        <source>The record then (read-only)</source>
        <translation>The record then (read-only)</translation>
    </message>
    <message>
        <source>Working out the registry as of {0}…</source>
        <translation>Working out the registry as of {0}…</translation>
    </message>
    <message>
        <source>{0} · version {1} · last change {2}</source>
        <translation>{0} · version {1} · last change {2}</translation>
    </message>
</context>
<context>
    <name>AttachmentItem</name>
    <message>
        <source>Open {0}</source>
        <translation>Open {0}</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Remove {0}</source>
        <translation>Remove {0}</translation>
    </message>
</context>
<context>
    <name>AttentionPage</name>
    <message numerus="yes">
        <source>%n change was refused by the server and waits on this laptop.</source>
        <translation>
            <numerusform>%n change was refused by the server and waits on this laptop.</numerusform>
            <numerusform>%n changes were refused by the server and wait on this laptop.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) kept but not applied</source>
        <translation>
            <numerusform>%n change kept but not applied</numerusform>
            <numerusform>%n changes kept but not applied</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changes were refused by the server and wait on this laptop.</source>
        <translation>
            <numerusform>%n change was refused by the server and waits on this laptop.</numerusform>
            <numerusform>%n changes were refused by the server and wait on this laptop.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflict</numerusform>
            <numerusform>%n conflicts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n possible duplicate(s)</source>
        <translation>
            <numerusform>%n possible duplicate</numerusform>
            <numerusform>%n possible duplicates</numerusform>
        </translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>(the whole change)</source>
        <translation>(the whole change)</translation>
    </message>
    <message>
        <source>Both changed it from {0}; this device&apos;s value stands because it reaches the server later. Edit the record to settle it.</source>
        <translation>Both changed it from {0}; this device&apos;s value stands because it reaches the server later. Edit the record to settle it.</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Changed here and on the server</source>
        <translation>Changed here and on the server</translation>
    </message>
    <message>
        <source>Changes that were not applied or were refused</source>
        <translation>Changes that were not applied or were refused</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Kept but not applied: {0}</source>
        <translation>Kept but not applied: {0}</translation>
    </message>
    <message>
        <source>May be the same as</source>
        <translation>May be the same as</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Needs attention</translation>
    </message>
    <message>
        <source>No field was changed both here and on the server.</source>
        <translation>No field was changed both here and on the server.</translation>
    </message>
    <message>
        <source>No possible duplicates.</source>
        <translation>No possible duplicates.</translation>
    </message>
    <message>
        <source>Nothing to look at: every change was applied and accepted.</source>
        <translation>Nothing to look at: every change was applied and accepted.</translation>
    </message>
    <message>
        <source>On the server</source>
        <translation>On the server</translation>
    </message>
    <message>
        <source>On this device</source>
        <translation>On this device</translation>
    </message>
    <message>
        <source>Open the record to see its history; the change is kept.</source>
        <translation>Open the record to see its history; the change is kept.</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation>Possible duplicates</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Refused by the server: {0}</source>
        <translation>Refused by the server: {0}</translation>
    </message>
    <message>
        <source>Similarity</source>
        <translation>Similarity</translation>
    </message>
    <message>
        <source>The server holds a different change under the id of this device&apos;s change; this device&apos;s change was not sent.</source>
        <translation>The server holds a different change under the id of this device&apos;s change; this device&apos;s change was not sent.</translation>
    </message>
    <message>
        <source>What you can do</source>
        <translation>What you can do</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>{0}, {1} and {2}.</source>
        <translation>{0}, {1} and {2}.</translation>
    </message>
</context>
<context>
    <name>AuditFilterBar</name>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>All actions</translation>
    </message>
    <message>
        <source>All forms</source>
        <translation>All forms</translation>
    </message>
    <message>
        <source>All users</source>
        <translation>All users</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Clear filters</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Export CSV…</translation>
    </message>
    <message>
        <source>Export the filtered entries as CSV</source>
        <translation>Export the filtered entries as CSV</translation>
    </message>
    <message>
        <source>Filter from a date</source>
        <translation>Filter from a date</translation>
    </message>
    <message>
        <source>Filter up to a date</source>
        <translation>Filter up to a date</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>First day</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Last day</translation>
    </message>
    <message>
        <source>Record id</source>
        <translation>Record id</translation>
    </message>
    <message>
        <source>Records whose name or fields hold these words</source>
        <translation>Records whose name or fields hold these words</translation>
    </message>
    <message>
        <source>Search records</source>
        <translation>Search records</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>User</source>
        <translation>User</translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <source>Changes</source>
        <translation>Changes</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>1 entry</source>
        <translation>1 entry</translation>
    </message>
    <message>
        <source>After</source>
        <translation>After</translation>
    </message>
    <message>
        <source>Audit entries</source>
        <translation>Audit entries</translation>
    </message>
    <message>
        <source>Audit history</source>
        <translation>Audit history</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Before</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Changes of the selected entry</source>
        <translation>Changes of the selected entry</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Counting…</translation>
    </message>
    <message>
        <source>Export the audit entries</source>
        <translation>Export the audit entries</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <source>Exporting… {0} entries written</source>
        <translation>Exporting… {0} entries written</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Inclusion proof</source>
        <translation>Inclusion proof</translation>
    </message>
    <message>
        <source>Inclusion proof of the selected event</source>
        <translation>Inclusion proof of the selected event</translation>
    </message>
    <message>
        <source>Kept but not applied: {0}</source>
        <translation>Kept but not applied: {0}</translation>
    </message>
    <message>
        <source>Open record</source>
        <translation>Open record</translation>
    </message>
    <message>
        <source>Open the record of the selected entry</source>
        <translation>Open the record of the selected entry</translation>
    </message>
    <message>
        <source>Reason: {0}</source>
        <translation>Reason: {0}</translation>
    </message>
    <message>
        <source>Select an entry to see what it changed.</source>
        <translation>Select an entry to see what it changed.</translation>
    </message>
    <message>
        <source>The export failed: {0}</source>
        <translation>The export failed: {0}</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <source>Timeline of the selected record</source>
        <translation>Timeline of the selected record</translation>
    </message>
    <message>
        <source>{0} entries</source>
        <translation>{0} entries</translation>
    </message>
    <message>
        <source>{0} entries exported to {1}.</source>
        <translation>{0} entries exported to {1}.</translation>
    </message>
    <message>
        <source>{0} · {1} · {2}</source>
        <translation>{0} · {1} · {2}</translation>
    </message>
</context>
<context>
    <name>CameraDialog</name>
    <message>
        <source>Take a photo</source>
        <translation>Take a photo</translation>
    </message>
    <message>
        <source>Take the photo</source>
        <translation>Take the photo</translation>
    </message>
</context>
<context>
    <name>ConflictPage</name>
    <message numerus="yes">
        <source>%n field(s) were changed both on this device and on the server from the same value. This device&apos;s value stands until you pick; the resolution is recorded as a new change.</source>
        <translation>
            <numerusform>%n field was changed both on this device and on the server from the same value. This device&apos;s value stands until you pick; the resolution is recorded as a new change.</numerusform>
            <numerusform>%n fields were changed both on this device and on the server from the same value. This device&apos;s value stands until you pick; the resolution is recorded as a new change.</numerusform>
        </translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>(the whole change)</source>
        <translation>(the whole change)</translation>
    </message>
    <message>
        <source>Both started from</source>
        <translation>Both started from</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>No conflicts: every change agrees with the server&apos;s.</source>
        <translation>No conflicts: every change agrees with the server&apos;s.</translation>
    </message>
    <message>
        <source>No conflicts: no field was changed both here and on the server. They show here after a sync, for you to choose which value stays.</source>
        <translation>No conflicts: no field was changed both here and on the server. They show here after a sync, for you to choose which value stays.</translation>
    </message>
    <message>
        <source>On the server</source>
        <translation>On the server</translation>
    </message>
    <message>
        <source>On this device</source>
        <translation>On this device</translation>
    </message>
    <message>
        <source>Open conflicts</source>
        <translation>Open conflicts</translation>
    </message>
    <message>
        <source>Open record</source>
        <translation>Open record</translation>
    </message>
    <message>
        <source>Open the record</source>
        <translation>Open the record</translation>
    </message>
    <message>
        <source>Pick the value to keep for each field, then record the resolution.</source>
        <translation>Pick the value to keep for each field, then record the resolution.</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Record the resolution</source>
        <translation>Record the resolution</translation>
    </message>
    <message>
        <source>Record the values picked</source>
        <translation>Record the values picked</translation>
    </message>
    <message>
        <source>Select a conflict to settle it.</source>
        <translation>Select a conflict to settle it.</translation>
    </message>
    <message>
        <source>Side by side</source>
        <translation>Side by side</translation>
    </message>
    <message>
        <source>Side by side: {0}</source>
        <translation>Side by side: {0}</translation>
    </message>
    <message>
        <source>The resolution was recorded.</source>
        <translation>The resolution was recorded.</translation>
    </message>
    <message>
        <source>The server</source>
        <translation>The server</translation>
    </message>
    <message>
        <source>The server holds a different change under the id of this device&apos;s change, so this device&apos;s change was not sent and cannot be merged. Compare them below; re-enter this device&apos;s data as a new change if it is still needed.</source>
        <translation>The server holds a different change under the id of this device&apos;s change, so this device&apos;s change was not sent and cannot be merged. Compare them below; re-enter this device&apos;s data as a new change if it is still needed.</translation>
    </message>
    <message>
        <source>This device</source>
        <translation>This device</translation>
    </message>
    <message>
        <source>the server</source>
        <translation>the server</translation>
    </message>
    <message>
        <source>this device</source>
        <translation>this device</translation>
    </message>
    <message>
        <source>{0}: keep {1}&apos;s value</source>
        <translation>{0}: keep {1}&apos;s value</translation>
    </message>
</context>
<context>
    <name>DateEditor</name>
    <message>
        <source>DD/MM/YYYY</source>
        <translation>DD/MM/YYYY</translation>
    </message>
    <message>
        <source>MM/DD/YYYY</source>
        <translation>MM/DD/YYYY</translation>
    </message>
    <message>
        <source>Pick a date (Alt+Down)</source>
        <translation>Pick a date (Alt+Down)</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>YYYY-MM-DD HH:MM</source>
        <translation>YYYY-MM-DD HH:MM</translation>
    </message>
</context>
<context>
    <name>DeleteDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Delete this record?</source>
        <translation>Delete this record?</translation>
    </message>
    <message>
        <source>For example: registered twice, moved away</source>
        <translation>For example: registered twice, moved away</translation>
    </message>
    <message>
        <source>Reason (kept in the history):</source>
        <translation>Reason (kept in the history):</translation>
    </message>
    <message>
        <source>Reason for deleting</source>
        <translation>Reason for deleting</translation>
    </message>
</context>
<context>
    <name>DetailPage</name>
    <message>
        <source>(no name)</source>
        <translation>(no name)</translation>
    </message>
    <message>
        <source>Add a member</source>
        <translation>Add a member</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Born</translation>
    </message>
    <message>
        <source>Current data</source>
        <translation>Current data</translation>
    </message>
    <message>
        <source>Delete {0}?</source>
        <translation>Delete {0}?</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Delete…</translation>
    </message>
    <message>
        <source>Edit (Ctrl+E)</source>
        <translation>Edit (Ctrl+E)</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>Household</translation>
    </message>
    <message numerus="yes">
        <source>Its %n member(s) stay registered; find them with the search.</source>
        <translation>
            <numerusform>Its %n member stays registered; find them with the search.</numerusform>
            <numerusform>Its %n members stay registered; find them with the search.</numerusform>
        </translation>
    </message>
    <message>
        <source>Its history is kept.</source>
        <translation>Its history is kept.</translation>
    </message>
    <message>
        <source>Members ({0})</source>
        <translation>Members ({0})</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>No data.</source>
        <translation>No data.</translation>
    </message>
    <message>
        <source>No members yet: &quot;Add a member&quot; above registers the first.</source>
        <translation>No members yet: &quot;Add a member&quot; above registers the first.</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Related records</source>
        <translation>Related records</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Relationship</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sync</translation>
    </message>
    <message>
        <source>That record is not in this profile.</source>
        <translation>That record is not in this profile.</translation>
    </message>
    <message>
        <source>The record</source>
        <translation>The record</translation>
    </message>
    <message>
        <source>Timeline (Ctrl+T)</source>
        <translation>Timeline (Ctrl+T)</translation>
    </message>
    <message>
        <source>Timeline of this record</source>
        <translation>Timeline of this record</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>deleted</translation>
    </message>
    <message>
        <source>this record</source>
        <translation>this record</translation>
    </message>
    <message>
        <source>version {0}</source>
        <translation>version {0}</translation>
    </message>
    <message>
        <source>{0} was deleted.</source>
        <translation>{0} was deleted.</translation>
    </message>
    <message>
        <source>{0} was saved.</source>
        <translation>{0} was saved.</translation>
    </message>
    <message>
        <source>{0} · {1} · last change {2}</source>
        <translation>{0} · {1} · last change {2}</translation>
    </message>
    <message>
        <source>← Back to the list</source>
        <translation>← Back to the list</translation>
    </message>
</context>
<context>
    <name>DraftNotice</name>
    <message numerus="yes">
        <source>%n unfinished registration(s) from an earlier session waiting in Drafts.</source>
        <translation>
            <numerusform>%n unfinished registration from an earlier session waiting in Drafts.</numerusform>
            <numerusform>%n unfinished registrations from an earlier session waiting in Drafts.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Not now</translation>
    </message>
    <message>
        <source>Open drafts</source>
        <translation>Open drafts</translation>
    </message>
    <message>
        <source>Unfinished registrations</source>
        <translation>Unfinished registrations</translation>
    </message>
</context>
<context>
    <name>DraftsPage</name>
    <message>
        <source>Discard</source>
        <translation>Discard</translation>
    </message>
    <message>
        <source>Discard this draft?</source>
        <translation>Discard this draft?</translation>
    </message>
    <message>
        <source>Discard…</source>
        <translation>Discard…</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>Drafts</translation>
    </message>
    <message>
        <source>Editing {0}</source>
        <translation>Editing {0}</translation>
    </message>
    <message>
        <source>For</source>
        <translation>For</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>Forms in progress are saved here every few seconds, encrypted like everything else.</source>
        <translation>Forms in progress are saved here every few seconds, encrypted like everything else.</translation>
    </message>
    <message>
        <source>Last saved</source>
        <translation>Last saved</translation>
    </message>
    <message>
        <source>Member of {0}</source>
        <translation>Member of {0}</translation>
    </message>
    <message>
        <source>New record</source>
        <translation>New record</translation>
    </message>
    <message>
        <source>No drafts: every form was saved or discarded. A form you leave unfinished on Register (Ctrl+1) waits here.</source>
        <translation>No drafts: every form was saved or discarded. A form you leave unfinished on Register (Ctrl+1) waits here.</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Resume</translation>
    </message>
    <message>
        <source>The draft was discarded.</source>
        <translation>The draft was discarded.</translation>
    </message>
    <message>
        <source>Typed so far</source>
        <translation>Typed so far</translation>
    </message>
    <message>
        <source>What was typed in this draft will be lost.</source>
        <translation>What was typed in this draft will be lost.</translation>
    </message>
</context>
<context>
    <name>DuplicateBanner</name>
    <message>
        <source>&lt;b&gt;{0}&lt;/b&gt;, born {1}</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt;, born {1}</translation>
    </message>
    <message>
        <source>It is a different person</source>
        <translation>It is a different person</translation>
    </message>
    <message>
        <source>Open the existing record</source>
        <translation>Open the existing record</translation>
    </message>
    <message>
        <source>Open the existing record, or press Ctrl+S again to save anyway.</source>
        <translation>Open the existing record, or press Ctrl+S again to save anyway.</translation>
    </message>
    <message>
        <source>This person may already be registered (same birth date, similar name):</source>
        <translation>This person may already be registered (same birth date, similar name):</translation>
    </message>
    <message>
        <source>and {0} more</source>
        <translation>and {0} more</translation>
    </message>
</context>
<context>
    <name>DuplicatePage</name>
    <message numerus="yes">
        <source>%n pair(s) of people registered on the same birth date with similar names. Compare them and decide; every decision is kept in the history.</source>
        <translation>
            <numerusform>%n pair of people registered on the same birth date with similar names. Compare them and decide; every decision is kept in the history.</numerusform>
            <numerusform>%n pairs of people registered on the same birth date with similar names. Compare them and decide; every decision is kept in the history.</numerusform>
        </translation>
    </message>
    <message>
        <source>Both records were kept; the pair was settled.</source>
        <translation>Both records were kept; the pair was settled.</translation>
    </message>
    <message>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Delete the duplicate</source>
        <translation>Delete the duplicate</translation>
    </message>
    <message>
        <source>Delete the duplicate?</source>
        <translation>Delete the duplicate?</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>First</source>
        <translation>First</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>Household</translation>
    </message>
    <message>
        <source>Keep both</source>
        <translation>Keep both</translation>
    </message>
    <message>
        <source>Keep both: they are different people</source>
        <translation>Keep both: they are different people</translation>
    </message>
    <message>
        <source>Keep the first record and delete the second</source>
        <translation>Keep the first record and delete the second</translation>
    </message>
    <message>
        <source>Keep the first, delete the second</source>
        <translation>Keep the first, delete the second</translation>
    </message>
    <message>
        <source>Keep the second record and delete the first</source>
        <translation>Keep the second record and delete the first</translation>
    </message>
    <message>
        <source>Keep the second, delete the first</source>
        <translation>Keep the second, delete the first</translation>
    </message>
    <message>
        <source>Keep {0} and delete {1}?</source>
        <translation>Keep {0} and delete {1}?</translation>
    </message>
    <message>
        <source>May be the same as</source>
        <translation>May be the same as</translation>
    </message>
    <message>
        <source>No possible duplicates.</source>
        <translation>No possible duplicates.</translation>
    </message>
    <message>
        <source>No possible duplicates: no two people share a birth date and a similar name.</source>
        <translation>No possible duplicates: no two people share a birth date and a similar name.</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Possible duplicate pairs</source>
        <translation>Possible duplicate pairs</translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation>Possible duplicates</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Registered</translation>
    </message>
    <message>
        <source>Second</source>
        <translation>Second</translation>
    </message>
    <message>
        <source>Similarity</source>
        <translation>Similarity</translation>
    </message>
    <message>
        <source>The deleted record&apos;s history is kept.</source>
        <translation>The deleted record&apos;s history is kept.</translation>
    </message>
    <message>
        <source>The duplicate was deleted; the pair was settled.</source>
        <translation>The duplicate was deleted; the pair was settled.</translation>
    </message>
    <message>
        <source>The two records side by side</source>
        <translation>The two records side by side</translation>
    </message>
</context>
<context>
    <name>EditGridEditor</name>
    <message>
        <source>Add a row</source>
        <translation>Add a row</translation>
    </message>
    <message>
        <source>Remove this row</source>
        <translation>Remove this row</translation>
    </message>
    <message>
        <source>Row {0}</source>
        <translation>Row {0}</translation>
    </message>
</context>
<context>
    <name>EntityTreeModel</name>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n member</numerusform>
            <numerusform>%n members</numerusform>
        </translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(no name)</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Born</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>Household</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Last change</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sync</translation>
    </message>
</context>
<context>
    <name>ErrorPresenter</name>
    <message>
        <source>Something went wrong</source>
        <translation>Something went wrong</translation>
    </message>
    <message>
        <source>Something went wrong; details are in the log.</source>
        <translation>Something went wrong; details are in the log.</translation>
    </message>
</context>
<context>
    <name>EventTypeDialog</name>
    <message>
        <source>(no name)</source>
        <translation>(no name)</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was saved: %n field(s) need attention.</source>
        <translation>
            <numerusform>Nothing was saved: %n field needs attention.</numerusform>
            <numerusform>Nothing was saved: %n fields need attention.</numerusform>
        </translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>As of</source>
        <translation>As of</translation>
    </message>
    <message>
        <source>CSV files in a .zip, a file per form</source>
        <translation>CSV files in a .zip, a file per form</translation>
    </message>
    <message>
        <source>Date and time to export the records as of</source>
        <translation>Date and time to export the records as of</translation>
    </message>
    <message>
        <source>Excel workbook (.xlsx), a sheet per form</source>
        <translation>Excel workbook (.xlsx), a sheet per form</translation>
    </message>
    <message>
        <source>Export records</source>
        <translation>Export records</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Forms</source>
        <translation>Forms</translation>
    </message>
    <message>
        <source>Labels, as the forms show them</source>
        <translation>Labels, as the forms show them</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Now</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Records</translation>
    </message>
    <message>
        <source>Stored values and field keys</source>
        <translation>Stored values and field keys</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Values</translation>
    </message>
</context>
<context>
    <name>FileEditor</name>
    <message>
        <source>Accepted files ({0})</source>
        <translation>Accepted files ({0})</translation>
    </message>
    <message>
        <source>Add a file…</source>
        <translation>Add a file…</translation>
    </message>
    <message>
        <source>Add a photo…</source>
        <translation>Add a photo…</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>All files (*)</translation>
    </message>
    <message>
        <source>Choose a photo or file</source>
        <translation>Choose a photo or file</translation>
    </message>
    <message>
        <source>Choose photos or files</source>
        <translation>Choose photos or files</translation>
    </message>
    <message>
        <source>Replace the file…</source>
        <translation>Replace the file…</translation>
    </message>
    <message>
        <source>Replace the photo…</source>
        <translation>Replace the photo…</translation>
    </message>
    <message>
        <source>Take a photo…</source>
        <translation>Take a photo…</translation>
    </message>
    <message>
        <source>“{0}” could not be read: {1}</source>
        <translation>“{0}” could not be read: {1}</translation>
    </message>
</context>
<context>
    <name>FirstRunPage</name>
    <message>
        <source>Add demo households so I can try the app</source>
        <translation>Add demo households so I can try the app</translation>
    </message>
    <message>
        <source>At least 8 characters; a few words work well.</source>
        <translation>At least 8 characters; a few words work well.</translation>
    </message>
    <message>
        <source>Create my profile</source>
        <translation>Create my profile</translation>
    </message>
    <message>
        <source>Everything you register is kept encrypted on this laptop. Choose a passphrase: a few words are easier to remember and harder to guess than one short word.</source>
        <translation>Everything you register is kept encrypted on this laptop. Choose a passphrase: a few words are easier to remember and harder to guess than one short word.</translation>
    </message>
    <message>
        <source>Fair: one more word makes it strong.</source>
        <translation>Fair: one more word makes it strong.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>Passphrase again</translation>
    </message>
    <message>
        <source>Passphrase again:</source>
        <translation>Passphrase again:</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>Passphrase:</translation>
    </message>
    <message>
        <source>Strong.</source>
        <translation>Strong.</translation>
    </message>
    <message>
        <source>The passphrases differ.</source>
        <translation>The passphrases differ.</translation>
    </message>
    <message>
        <source>The passphrases match.</source>
        <translation>The passphrases match.</translation>
    </message>
    <message>
        <source>Too short: use at least 8 characters.</source>
        <translation>Too short: use at least 8 characters.</translation>
    </message>
    <message>
        <source>Weak: add another word or two.</source>
        <translation>Weak: add another word or two.</translation>
    </message>
    <message>
        <source>Welcome to DataCollect Desktop</source>
        <translation>Welcome to DataCollect Desktop</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Your name</translation>
    </message>
    <message>
        <source>Your name:</source>
        <translation>Your name:</translation>
    </message>
</context>
<context>
    <name>FormView</name>
    <message>
        <source>“{0}” is a {1} field, which this app cannot show; it is left out.</source>
        <translation>“{0}” is a {1} field, which this app cannot show; it is left out.</translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <source>&amp;About DataCollect Desktop</source>
        <translation>&amp;About DataCollect Desktop</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <source>Diagnostics saved to {0}. They hold the log and counts, no names or answers.</source>
        <translation>Diagnostics saved to {0}. They hold the log and counts, no names or answers.</translation>
    </message>
    <message>
        <source>Export &amp;diagnostics…</source>
        <translation>Export &amp;diagnostics…</translation>
    </message>
    <message>
        <source>Export diagnostics</source>
        <translation>Export diagnostics</translation>
    </message>
    <message>
        <source>The diagnostics were not saved: {0}</source>
        <translation>The diagnostics were not saved: {0}</translation>
    </message>
    <message>
        <source>Zip files (*.zip)</source>
        <translation>Zip files (*.zip)</translation>
    </message>
</context>
<context>
    <name>IntegrityPage</name>
    <message>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Checkpoint of {0} events</source>
        <translation>Checkpoint of {0} events</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copy</translation>
    </message>
    <message>
        <source>Copy the root hash</source>
        <translation>Copy the root hash</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>Events failing verification</source>
        <translation>Events failing verification</translation>
    </message>
    <message>
        <source>Events in the log (tree size):</source>
        <translation>Events in the log (tree size):</translation>
    </message>
    <message>
        <source>Every change made on this laptop or received by sync is kept as a numbered event that is never rewritten. The root hash is a fingerprint of all of them together: changing any event, even by one character, changes it, and verification then names the event. An inclusion proof shows that one event is in the log exactly as it was written; the sync server&apos;s signed checkpoint shows that the server&apos;s copy of the log only ever grew.</source>
        <translation>Every change made on this laptop or received by sync is kept as a numbered event that is never rewritten. The root hash is a fingerprint of all of them together: changing any event, even by one character, changes it, and verification then names the event. An inclusion proof shows that one event is in the log exactly as it was written; the sync server&apos;s signed checkpoint shows that the server&apos;s copy of the log only ever grew.</translation>
    </message>
    <message>
        <source>Every event verified.</source>
        <translation>Every event verified.</translation>
    </message>
    <message>
        <source>Integrity</source>
        <translation>Integrity</translation>
    </message>
    <message numerus="yes">
        <source>Integrity alarm: %n event(s) failed verification on {0}</source>
        <translation>
            <numerusform>Integrity alarm: %n event failed verification on {0}</numerusform>
            <numerusform>Integrity alarm: %n events failed verification on {0}</numerusform>
        </translation>
    </message>
    <message>
        <source>Integrity alarm: the log failed verification on {0}</source>
        <translation>Integrity alarm: the log failed verification on {0}</translation>
    </message>
    <message>
        <source>Last full verification:</source>
        <translation>Last full verification:</translation>
    </message>
    <message>
        <source>Never. Press Verify now to check every event.</source>
        <translation>Never. Press Verify now to check every event.</translation>
    </message>
    <message>
        <source>No. {0}
{1}</source>
        <translation>No. {0}
{1}</translation>
    </message>
    <message>
        <source>Only the first {0} of {1} problems are listed.</source>
        <translation>Only the first {0} of {1} problems are listed.</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Root hash</source>
        <translation>Root hash</translation>
    </message>
    <message>
        <source>Root hash:</source>
        <translation>Root hash:</translation>
    </message>
    <message>
        <source>The records on this laptop no longer match their tamper-evident log: someone or something changed them behind the application&apos;s back. Nothing was repaired or deleted. Do not sync; tell your supervisor or administrator, and keep this laptop as it is.</source>
        <translation>The records on this laptop no longer match their tamper-evident log: someone or something changed them behind the application&apos;s back. Nothing was repaired or deleted. Do not sync; tell your supervisor or administrator, and keep this laptop as it is.</translation>
    </message>
    <message>
        <source>The root hash was copied.</source>
        <translation>The root hash was copied.</translation>
    </message>
    <message>
        <source>This laptop&apos;s log</source>
        <translation>This laptop&apos;s log</translation>
    </message>
    <message>
        <source>Tree node {0}/{1}</source>
        <translation>Tree node {0}/{1}</translation>
    </message>
    <message>
        <source>Verification FAILED: see Integrity.</source>
        <translation>Verification FAILED: see Integrity.</translation>
    </message>
    <message>
        <source>Verification progress</source>
        <translation>Verification progress</translation>
    </message>
    <message>
        <source>Verify every event now</source>
        <translation>Verify every event now</translation>
    </message>
    <message>
        <source>Verify now</source>
        <translation>Verify now</translation>
    </message>
    <message>
        <source>What is wrong</source>
        <translation>What is wrong</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message numerus="yes">
        <source>{0}: FAILED, %n problem(s) found.</source>
        <translation>
            <numerusform>{0}: FAILED, %n problem found.</numerusform>
            <numerusform>{0}: FAILED, %n problems found.</numerusform>
        </translation>
    </message>
    <message>
        <source>{0}: all {1} events verified; root {2}…</source>
        <translation>{0}: all {1} events verified; root {2}…</translation>
    </message>
</context>
<context>
    <name>LocationEditor</name>
    <message>
        <source>Accuracy (m)</source>
        <translation>Accuracy (m)</translation>
    </message>
    <message>
        <source>Asking the laptop for its position…</source>
        <translation>Asking the laptop for its position…</translation>
    </message>
    <message>
        <source>Lat.</source>
        <translation>Lat.</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Latitude</translation>
    </message>
    <message>
        <source>Lon.</source>
        <translation>Lon.</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Longitude</translation>
    </message>
    <message>
        <source>The laptop could not tell its position; type the coordinates instead.</source>
        <translation>The laptop could not tell its position; type the coordinates instead.</translation>
    </message>
    <message>
        <source>The laptop&apos;s position was filled in; check it.</source>
        <translation>The laptop&apos;s position was filled in; check it.</translation>
    </message>
    <message>
        <source>Type the coordinates in decimal degrees, or paste “lat, lon” or a geo: link.</source>
        <translation>Type the coordinates in decimal degrees, or paste “lat, lon” or a geo: link.</translation>
    </message>
    <message>
        <source>Use this laptop&apos;s position</source>
        <translation>Use this laptop&apos;s position</translation>
    </message>
    <message>
        <source>e.g. -1.5197</source>
        <translation>e.g. -1.5197</translation>
    </message>
    <message>
        <source>e.g. 12.3456</source>
        <translation>e.g. 12.3456</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>± m</source>
        <translation>± m</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Lock</translation>
    </message>
    <message>
        <source>&amp;Profile</source>
        <translation>&amp;Profile</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <source>Adding demo households…</source>
        <translation>Adding demo households…</translation>
    </message>
    <message>
        <source>DataCollect Desktop {0}</source>
        <translation>DataCollect Desktop {0}</translation>
    </message>
    <message>
        <source>Event types</source>
        <translation>Event types</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>Settings saved.</translation>
    </message>
    <message>
        <source>Some event types of this installation could not be loaded; records changed by them are kept and listed under Needs attention.</source>
        <translation>Some event types of this installation could not be loaded; records changed by them are kept and listed under Needs attention.</translation>
    </message>
    <message>
        <source>Something went wrong; details are in the log.</source>
        <translation>Something went wrong; details are in the log.</translation>
    </message>
    <message>
        <source>The profile is locked. Unsaved forms were kept as drafts.</source>
        <translation>The profile is locked. Unsaved forms were kept as drafts.</translation>
    </message>
    <message>
        <source>The profile was locked after a while without use. Unsaved forms were kept as drafts.</source>
        <translation>The profile was locked after a while without use. Unsaved forms were kept as drafts.</translation>
    </message>
    <message>
        <source>Your new passphrase is set; use it to unlock from now on.</source>
        <translation>Your new passphrase is set; use it to unlock from now on.</translation>
    </message>
    <message>
        <source>{0} demo households were added.</source>
        <translation>{0} demo households were added.</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>--at-seq must be between 0 and {size}, the number of events</source>
        <translation>--at-seq must be between 0 and {size}, the number of events</translation>
    </message>
    <message>
        <source>1 attachment is not downloaded yet.</source>
        <translation>1 attachment is not downloaded yet.</translation>
    </message>
    <message>
        <source>1 attachment of the records here is not downloaded yet.</source>
        <translation>1 attachment of the records here is not downloaded yet.</translation>
    </message>
    <message>
        <source>1 attachment stays on this laptop only: this server does not keep attachments.</source>
        <translation>1 attachment stays on this laptop only: this server does not keep attachments.</translation>
    </message>
    <message>
        <source>1 attachment was not sent and stays on this laptop only: this server does not keep attachments (the events were sent with their references).</source>
        <translation>1 attachment was not sent and stays on this laptop only: this server does not keep attachments (the events were sent with their references).</translation>
    </message>
    <message>
        <source>1 conflict to review</source>
        <translation>1 conflict to review</translation>
    </message>
    <message>
        <source>A profile already exists in {path}.</source>
        <translation>A profile already exists in {path}.</translation>
    </message>
    <message>
        <source>A profile whose creation was cut short was removed; it held no records.</source>
        <translation>A profile whose creation was cut short was removed; it held no records.</translation>
    </message>
    <message>
        <source>A {form} record must belong to a {parent} record.</source>
        <translation>A {form} record must belong to a {parent} record.</translation>
    </message>
    <message>
        <source>App config has no &apos;entityForms&apos; list.</source>
        <translation>App config has no &apos;entityForms&apos; list.</translation>
    </message>
    <message>
        <source>App config is not valid JSON ({reason}).</source>
        <translation>App config is not valid JSON ({reason}).</translation>
    </message>
    <message>
        <source>App config must be a JSON object.</source>
        <translation>App config must be a JSON object.</translation>
    </message>
    <message>
        <source>App config: &apos;choiceLists&apos; must be an object of named lists.</source>
        <translation>App config: &apos;choiceLists&apos; must be an object of named lists.</translation>
    </message>
    <message>
        <source>App config: &apos;entityForms&apos; must be a list.</source>
        <translation>App config: &apos;entityForms&apos; must be a list.</translation>
    </message>
    <message>
        <source>App config: &apos;eventTypes&apos; must be a list.</source>
        <translation>App config: &apos;eventTypes&apos; must be a list.</translation>
    </message>
    <message>
        <source>App config: &apos;i18n&apos; has a language with no code.</source>
        <translation>App config: &apos;i18n&apos; has a language with no code.</translation>
    </message>
    <message>
        <source>App config: &apos;i18n&apos; must be an object with one set of translations per language.</source>
        <translation>App config: &apos;i18n&apos; must be an object with one set of translations per language.</translation>
    </message>
    <message>
        <source>App config: &apos;i18n&apos; names the same language twice: {first!r} and {second!r}.</source>
        <translation>App config: &apos;i18n&apos; names the same language twice: {first!r} and {second!r}.</translation>
    </message>
    <message>
        <source>App config: {where} must be an object of English texts and their translations.</source>
        <translation>App config: {where} must be an object of English texts and their translations.</translation>
    </message>
    <message>
        <source>App config: {where}[{text!r}] must be text.</source>
        <translation>App config: {where}[{text!r}] must be text.</translation>
    </message>
    <message>
        <source>Cannot reach the sync server at {url} ({reason}). Check the network; sync will try again on its own.</source>
        <translation>Cannot reach the sync server at {url} ({reason}). Check the network; sync will try again on its own.</translation>
    </message>
    <message>
        <source>Cannot read the XLSForm {path}: there is no such file.</source>
        <translation>Cannot read the XLSForm {path}: there is no such file.</translation>
    </message>
    <message>
        <source>Cannot read the app config {path}: {reason}.</source>
        <translation>Cannot read the app config {path}: {reason}.</translation>
    </message>
    <message>
        <source>Cannot read {path}: {reason}.</source>
        <translation>Cannot read {path}: {reason}.</translation>
    </message>
    <message>
        <source>Cannot write the app config {path}: {reason}.</source>
        <translation>Cannot write the app config {path}: {reason}.</translation>
    </message>
    <message>
        <source>Cannot write {path}: it is a folder.</source>
        <translation>Cannot write {path}: it is a folder.</translation>
    </message>
    <message>
        <source>Cannot write {path}: {reason}.</source>
        <translation>Cannot write {path}: {reason}.</translation>
    </message>
    <message>
        <source>Choose the app config file to load.</source>
        <translation>Choose the app config file to load.</translation>
    </message>
    <message>
        <source>Connected: the server answered, the account signed in and may use the app config {config_id!r}.</source>
        <translation>Connected: the server answered, the account signed in and may use the app config {config_id!r}.</translation>
    </message>
    <message>
        <source>Could not reach the server at {url}. Check the address and the network, then try again.</source>
        <translation>Could not reach the server at {url}. Check the address and the network, then try again.</translation>
    </message>
    <message>
        <source>Enter or choose the id of the app config to use.</source>
        <translation>Enter or choose the id of the app config to use.</translation>
    </message>
    <message>
        <source>Enter the id of the app config to download.</source>
        <translation>Enter the id of the app config to download.</translation>
    </message>
    <message>
        <source>Enter your name; it is written with every record you make.</source>
        <translation>Enter your name; it is written with every record you make.</translation>
    </message>
    <message>
        <source>Form name {name!r} is used by more than one form.</source>
        <translation>Form name {name!r} is used by more than one form.</translation>
    </message>
    <message>
        <source>Form {name!r} depends on {parent!r}, which is not a form of this app.</source>
        <translation>Form {name!r} depends on {parent!r}, which is not a form of this app.</translation>
    </message>
    <message>
        <source>Forms depend on each other in a circle: {cycle}.</source>
        <translation>Forms depend on each other in a circle: {cycle}.</translation>
    </message>
    <message>
        <source>Lock after idle: enter {low} to {high} minutes ({value} is out of range).</source>
        <translation>Lock after idle: enter {low} to {high} minutes ({value} is out of range).</translation>
    </message>
    <message>
        <source>No profile in {path}. Create one with `datacollect-desktop init`.</source>
        <translation>No profile in {path}. Create one with `datacollect-desktop init`.</translation>
    </message>
    <message>
        <source>Nothing to do for this one: it follows an earlier change of the same record that the server refused, and is sent as soon as that one is accepted.</source>
        <translation>Nothing to do for this one: it follows an earlier change of the same record that the server refused, and is sent as soon as that one is accepted.</translation>
    </message>
    <message>
        <source>Pick a value for at least one field.</source>
        <translation>Pick a value for at least one field.</translation>
    </message>
    <message>
        <source>Say why this record is deleted; the reason is kept in its history.</source>
        <translation>Say why this record is deleted; the reason is kept in its history.</translation>
    </message>
    <message>
        <source>Sign in again: the sync server needs the password of {email}.</source>
        <translation>Sign in again: the sync server needs the password of {email}.</translation>
    </message>
    <message>
        <source>Sync every: enter {low} to {high} minutes ({value} is out of range).</source>
        <translation>Sync every: enter {low} to {high} minutes ({value} is out of range).</translation>
    </message>
    <message>
        <source>Sync is not set up.</source>
        <translation>Sync is not set up.</translation>
    </message>
    <message>
        <source>Sync was cancelled; what was sent and received so far is kept.</source>
        <translation>Sync was cancelled; what was sent and received so far is kept.</translation>
    </message>
    <message>
        <source>Sync went wrong; the details are in the log. It will try again later.</source>
        <translation>Sync went wrong; the details are in the log. It will try again later.</translation>
    </message>
    <message>
        <source>Synced: {sent} sent, {received} received, {conflicts}.</source>
        <translation>Synced: {sent} sent, {received} received, {conflicts}.</translation>
    </message>
    <message>
        <source>Synced: {sent} sent, {received} received, {refused} refused by the server, {conflicts}.</source>
        <translation>Synced: {sent} sent, {received} received, {refused} refused by the server, {conflicts}.</translation>
    </message>
    <message>
        <source>Synced: {sent} sent, {received} received, {refused} refused by the server.</source>
        <translation>Synced: {sent} sent, {received} received, {refused} refused by the server.</translation>
    </message>
    <message>
        <source>Synced: {sent} sent, {received} received.</source>
        <translation>Synced: {sent} sent, {received} received.</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Syncing…</translation>
    </message>
    <message>
        <source>Tell your supervisor the reason. The change is kept on this laptop and sent again on its own when the app or the app config is updated.</source>
        <translation>Tell your supervisor the reason. The change is kept on this laptop and sent again on its own when the app or the app config is updated.</translation>
    </message>
    <message>
        <source>That record no longer exists; the list is refreshed.</source>
        <translation>That record no longer exists; the list is refreshed.</translation>
    </message>
    <message>
        <source>The XLSForm {path} cannot be read: {reason}</source>
        <translation>The XLSForm {path} cannot be read: {reason}</translation>
    </message>
    <message>
        <source>The address answered, but not as a DataCollect sync server: {reason}</source>
        <translation>The address answered, but not as a DataCollect sync server: {reason}</translation>
    </message>
    <message>
        <source>The app config already has a form {name!r}; choose another name.</source>
        <translation>The app config already has a form {name!r}; choose another name.</translation>
    </message>
    <message>
        <source>The app config has no form {form!r} for {type}.</source>
        <translation>The app config has no form {form!r} for {type}.</translation>
    </message>
    <message>
        <source>The app config has no form {form}; its forms are {forms}.</source>
        <translation>The app config has no form {form}; its forms are {forms}.</translation>
    </message>
    <message>
        <source>The app config has no form {name!r}; its forms are: {names}.</source>
        <translation>The app config has no form {name!r}; its forms are: {names}.</translation>
    </message>
    <message>
        <source>The bundle contents are damaged ({reason}).</source>
        <translation>The bundle contents are damaged ({reason}).</translation>
    </message>
    <message>
        <source>The bundle header is damaged (attachments).</source>
        <translation>The bundle header is damaged (attachments).</translation>
    </message>
    <message>
        <source>The bundle header is damaged ({reason}).</source>
        <translation>The bundle header is damaged ({reason}).</translation>
    </message>
    <message>
        <source>The bundle holds an invalid event ({reason}).</source>
        <translation>The bundle holds an invalid event ({reason}).</translation>
    </message>
    <message>
        <source>The bundle passphrase is wrong; nothing was imported.</source>
        <translation>The bundle passphrase is wrong; nothing was imported.</translation>
    </message>
    <message>
        <source>The bundle&apos;s attachments are damaged; nothing was imported.</source>
        <translation>The bundle&apos;s attachments are damaged; nothing was imported.</translation>
    </message>
    <message>
        <source>The bundle&apos;s events do not match its signed tree root; nothing was imported.</source>
        <translation>The bundle&apos;s events do not match its signed tree root; nothing was imported.</translation>
    </message>
    <message>
        <source>The bundle&apos;s file {digest} does not match its digest; nothing was imported.</source>
        <translation>The bundle&apos;s file {digest} does not match its digest; nothing was imported.</translation>
    </message>
    <message>
        <source>The change is too large for the server. Tell your supervisor; it is kept on this laptop.</source>
        <translation>The change is too large for the server. Tell your supervisor; it is kept on this laptop.</translation>
    </message>
    <message>
        <source>The change was kept in the history but could not be applied: {reason}. It is listed under Needs attention.</source>
        <translation>The change was kept in the history but could not be applied: {reason}. It is listed under Needs attention.</translation>
    </message>
    <message>
        <source>The connection to the sync server broke off ({reason}). Sync will try again on its own; nothing was lost.</source>
        <translation>The connection to the sync server broke off ({reason}). Sync will try again on its own; nothing was lost.</translation>
    </message>
    <message>
        <source>The decision was kept in the history but could not be applied: {reason}.</source>
        <translation>The decision was kept in the history but could not be applied: {reason}.</translation>
    </message>
    <message>
        <source>The decision was not saved: {reason}</source>
        <translation>The decision was not saved: {reason}</translation>
    </message>
    <message>
        <source>The disk is full, or failing: the profile could not be written. Nothing was lost: what was saved before is intact. Free some space and try again.</source>
        <translation>The disk is full, or failing: the profile could not be written. Nothing was lost: what was saved before is intact. Free some space and try again.</translation>
    </message>
    <message>
        <source>The disk is full. Nothing was lost: what was saved before is intact. Free some space and try again.</source>
        <translation>The disk is full. Nothing was lost: what was saved before is intact. Free some space and try again.</translation>
    </message>
    <message>
        <source>The export format is csv or xlsx, not {format}.</source>
        <translation>The export format is csv or xlsx, not {format}.</translation>
    </message>
    <message>
        <source>The file {digest} is not on this laptop yet; sync to download it.</source>
        <translation>The file {digest} is not on this laptop yet; sync to download it.</translation>
    </message>
    <message>
        <source>The file {name} is cut short (incomplete {kind}); copy it again. Nothing was stored.</source>
        <translation>The file {name} is cut short (incomplete {kind}); copy it again. Nothing was stored.</translation>
    </message>
    <message>
        <source>The file {name} is empty; nothing was stored.</source>
        <translation>The file {name} is empty; nothing was stored.</translation>
    </message>
    <message>
        <source>The file {name} is not of a type this app keeps (JPEG, PNG, GIF or WebP photos, PDF documents). Nothing was stored.</source>
        <translation>The file {name} is not of a type this app keeps (JPEG, PNG, GIF or WebP photos, PDF documents). Nothing was stored.</translation>
    </message>
    <message>
        <source>The file {name} is said to be {said} but its content is {kind}. Nothing was stored.</source>
        <translation>The file {name} is said to be {said} but its content is {kind}. Nothing was stored.</translation>
    </message>
    <message>
        <source>The file {name} is {size}; the limit per file is {limit}. Nothing was stored.</source>
        <translation>The file {name} is {size}; the limit per file is {limit}. Nothing was stored.</translation>
    </message>
    <message>
        <source>The file&apos;s bytes do not match their digest {digest}; nothing was stored.</source>
        <translation>The file&apos;s bytes do not match their digest {digest}; nothing was stored.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation>The folder {folder} does not exist.</translation>
    </message>
    <message>
        <source>The key file of an unfinished profile (no database beside it) was set aside as {path}.</source>
        <translation>The key file of an unfinished profile (no database beside it) was set aside as {path}.</translation>
    </message>
    <message>
        <source>The key file {path} asks for a key derivation far costlier than this app ever writes ({memory} KiB, {iterations} passes, {lanes} lanes); it was not used. It is damaged or was not made by DataCollect Desktop.</source>
        <translation>The key file {path} asks for a key derivation far costlier than this app ever writes ({memory} KiB, {iterations} passes, {lanes} lanes); it was not used. It is damaged or was not made by DataCollect Desktop.</translation>
    </message>
    <message>
        <source>The key file {path} is damaged ({reason}).</source>
        <translation>The key file {path} is damaged ({reason}).</translation>
    </message>
    <message>
        <source>The key file {path} is missing.</source>
        <translation>The key file {path} is missing.</translation>
    </message>
    <message>
        <source>The last saved change was lost from this laptop: the profile&apos;s files were damaged (a power cut or a disk fault). If it had reached the sync server, it comes back at the next sync.</source>
        <translation>The last saved change was lost from this laptop: the profile&apos;s files were damaged (a power cut or a disk fault). If it had reached the sync server, it comes back at the next sync.</translation>
    </message>
    <message>
        <source>The last {count} saved changes were lost from this laptop: the profile&apos;s files were damaged (a power cut or a disk fault). Those already on the sync server come back at the next sync; the others cannot be recovered here.</source>
        <translation>The last {count} saved changes were lost from this laptop: the profile&apos;s files were damaged (a power cut or a disk fault). Those already on the sync server come back at the next sync; the others cannot be recovered here.</translation>
    </message>
    <message>
        <source>The passphrase is not right for this profile. Nothing was changed; check the keyboard layout and Caps Lock, or unlock with the recovery key.</source>
        <translation>The passphrase is not right for this profile. Nothing was changed; check the keyboard layout and Caps Lock, or unlock with the recovery key.</translation>
    </message>
    <message>
        <source>The passphrase must be at least {count} characters long.</source>
        <translation>The passphrase must be at least {count} characters long.</translation>
    </message>
    <message>
        <source>The profile database ({path}) is damaged or is not a DataCollect database; it was not read. Restore it from a backup or an export.</source>
        <translation>The profile database ({path}) is damaged or is not a DataCollect database; it was not read. Restore it from a backup or an export.</translation>
    </message>
    <message>
        <source>The profile database is damaged ({problems}). Nothing was changed; restore it from a backup or an export.</source>
        <translation>The profile database is damaged ({problems}). Nothing was changed; restore it from a backup or an export.</translation>
    </message>
    <message>
        <source>The profile database is damaged or is not a DataCollect database; it was not read. Restore it from a backup or an export.</source>
        <translation>The profile database is damaged or is not a DataCollect database; it was not read. Restore it from a backup or an export.</translation>
    </message>
    <message>
        <source>The profile database {path} is missing. If this profile was never finished, `datacollect-desktop init` makes it again (the key file is set aside).</source>
        <translation>The profile database {path} is missing. If this profile was never finished, `datacollect-desktop init` makes it again (the key file is set aside).</translation>
    </message>
    <message>
        <source>The profile is busy in another window or process; try again.</source>
        <translation>The profile is busy in another window or process; try again.</translation>
    </message>
    <message>
        <source>The profile&apos;s database ({path}) is damaged: it is empty or cut short and holds none of this profile&apos;s records. It was not read or changed. Keep it as it is and restore the profile from a backup or an export.</source>
        <translation>The profile&apos;s database ({path}) is damaged: it is empty or cut short and holds none of this profile&apos;s records. It was not read or changed. Keep it as it is and restore the profile from a backup or an export.</translation>
    </message>
    <message>
        <source>The record this change is for is not on this laptop; the change is kept but not applied.</source>
        <translation>The record this change is for is not on this laptop; the change is kept but not applied.</translation>
    </message>
    <message>
        <source>The record this draft was editing no longer exists.</source>
        <translation>The record this draft was editing no longer exists.</translation>
    </message>
    <message>
        <source>The record was not saved: {reason}</source>
        <translation>The record was not saved: {reason}</translation>
    </message>
    <message>
        <source>The records are being rebuilt; try again when that has finished.</source>
        <translation>The records are being rebuilt; try again when that has finished.</translation>
    </message>
    <message>
        <source>The recovery key cannot be saved as {path}: {reason}.</source>
        <translation>The recovery key cannot be saved as {path}: {reason}.</translation>
    </message>
    <message>
        <source>The recovery key cannot be saved in the profile&apos;s own folder: whoever takes the laptop would have both. Choose a USB stick or another place you keep apart from it.</source>
        <translation>The recovery key cannot be saved in the profile&apos;s own folder: whoever takes the laptop would have both. Choose a USB stick or another place you keep apart from it.</translation>
    </message>
    <message>
        <source>The recovery key cannot be saved in {folder}: {reason}.</source>
        <translation>The recovery key cannot be saved in {folder}: {reason}.</translation>
    </message>
    <message>
        <source>The saved changes on this laptop no longer match what it recorded after its last save ({recorded} changes): some were lost or altered when its files were damaged. Compare them with the sync server or a backup.</source>
        <translation>The saved changes on this laptop no longer match what it recorded after its last save ({recorded} changes): some were lost or altered when its files were damaged. Compare them with the sync server or a backup.</translation>
    </message>
    <message>
        <source>The server address must start with http:// or https://.</source>
        <translation>The server address must start with http:// or https://.</translation>
    </message>
    <message>
        <source>The server answered and the account signed in, but: {hint}</source>
        <translation>The server answered and the account signed in, but: {hint}</translation>
    </message>
    <message>
        <source>The server answered with an error ({status}); try again later.</source>
        <translation>The server answered with an error ({status}); try again later.</translation>
    </message>
    <message>
        <source>The server answered, but it did not accept the account {account} with this password.</source>
        <translation>The server answered, but it did not accept the account {account} with this password.</translation>
    </message>
    <message>
        <source>The server asked to sign in again.</source>
        <translation>The server asked to sign in again.</translation>
    </message>
    <message>
        <source>The server cannot be reached: {reason}</source>
        <translation>The server cannot be reached: {reason}</translation>
    </message>
    <message>
        <source>The server did not accept this e-mail and password.</source>
        <translation>The server did not accept this e-mail and password.</translation>
    </message>
    <message>
        <source>The server does not have a photo or file this change refers to, and this laptop does not hold it either, so it could not be sent. Tell your supervisor; the change is kept on this laptop.</source>
        <translation>The server does not have a photo or file this change refers to, and this laptop does not hold it either, so it could not be sent. Tell your supervisor; the change is kept on this laptop.</translation>
    </message>
    <message>
        <source>The server has no app config {config_id!r} for this account.</source>
        <translation>The server has no app config {config_id!r} for this account.</translation>
    </message>
    <message>
        <source>The server holds another change under this change&apos;s id. Tell your supervisor; this change is kept on this laptop.</source>
        <translation>The server holds another change under this change&apos;s id. Tell your supervisor; this change is kept on this laptop.</translation>
    </message>
    <message>
        <source>The server sent two different events under {guid}.</source>
        <translation>The server sent two different events under {guid}.</translation>
    </message>
    <message>
        <source>The server was not asked: enter the e-mail of your account first.</source>
        <translation>The server was not asked: enter the e-mail of your account first.</translation>
    </message>
    <message>
        <source>The server&apos;s answer was not JSON; is this a DataCollect server?</source>
        <translation>The server&apos;s answer was not JSON; is this a DataCollect server?</translation>
    </message>
    <message>
        <source>The server&apos;s app config has no form for this record. Tell your supervisor; the change is kept here and sent again on its own when the app or the app config is updated.</source>
        <translation>The server&apos;s app config has no form for this record. Tell your supervisor; the change is kept here and sent again on its own when the app or the app config is updated.</translation>
    </message>
    <message>
        <source>The server&apos;s forms ask for something this laptop&apos;s forms do not. Tell your supervisor the reason; the change is kept here and sent again on its own when the app or the app config is updated.</source>
        <translation>The server&apos;s forms ask for something this laptop&apos;s forms do not. Tell your supervisor the reason; the change is kept here and sent again on its own when the app or the app config is updated.</translation>
    </message>
    <message>
        <source>The server&apos;s sign-in answer had no token; is this a DataCollect server?</source>
        <translation>The server&apos;s sign-in answer had no token; is this a DataCollect server?</translation>
    </message>
    <message>
        <source>The stored file {digest} is damaged: its bytes no longer match its digest. Run `datacollect-desktop verify`.</source>
        <translation>The stored file {digest} is damaged: its bytes no longer match its digest. Run `datacollect-desktop verify`.</translation>
    </message>
    <message>
        <source>The sync server answered with an error ({status}). Sync will try again later.</source>
        <translation>The sync server answered with an error ({status}). Sync will try again later.</translation>
    </message>
    <message>
        <source>The sync server answered with an error ({status}: {reason}). Sync will try again later.</source>
        <translation>The sync server answered with an error ({status}: {reason}). Sync will try again later.</translation>
    </message>
    <message>
        <source>The sync server at {url} did not answer in time. Sync will try again on its own; nothing was lost.</source>
        <translation>The sync server at {url} did not answer in time. Sync will try again on its own; nothing was lost.</translation>
    </message>
    <message>
        <source>The sync server cannot serve right now (it is overloaded or its database is out of reach). Sync will try again on its own; nothing was lost.</source>
        <translation>The sync server cannot serve right now (it is overloaded or its database is out of reach). Sync will try again on its own; nothing was lost.</translation>
    </message>
    <message>
        <source>The sync server did not keep a chunk of the attachment {digest}; sync will try again.</source>
        <translation>The sync server did not keep a chunk of the attachment {digest}; sync will try again.</translation>
    </message>
    <message>
        <source>The sync server does not hold events it acknowledged.</source>
        <translation>The sync server does not hold events it acknowledged.</translation>
    </message>
    <message>
        <source>The sync server does not hold the attachment {digest} yet.</source>
        <translation>The sync server does not hold the attachment {digest} yet.</translation>
    </message>
    <message>
        <source>The sync server failed an integrity check: {problem}. Sync stopped; everything on this device is kept. Tell your supervisor.</source>
        <translation>The sync server failed an integrity check: {problem}. Sync stopped; everything on this device is kept. Tell your supervisor.</translation>
    </message>
    <message>
        <source>The sync server has no app {config_id!r}.</source>
        <translation>The sync server has no app {config_id!r}.</translation>
    </message>
    <message>
        <source>The sync server holds different content for event {guid} than this device: its log was changed.</source>
        <translation>The sync server holds different content for event {guid} than this device: its log was changed.</translation>
    </message>
    <message>
        <source>The sync server is busy (too many requests); sync will try again later.</source>
        <translation>The sync server is busy (too many requests); sync will try again later.</translation>
    </message>
    <message>
        <source>The sync server refused the attachment {digest}: {reason}</source>
        <translation>The sync server refused the attachment {digest}: {reason}</translation>
    </message>
    <message>
        <source>The sync server refused the email {email} with this password. Check both in the settings.</source>
        <translation>The sync server refused the email {email} with this password. Check both in the settings.</translation>
    </message>
    <message>
        <source>The sync server sent a proof that cannot be read.</source>
        <translation>The sync server sent a proof that cannot be read.</translation>
    </message>
    <message>
        <source>The sync server sent an answer that cannot be used ({what}). It will be tried again later.</source>
        <translation>The sync server sent an answer that cannot be used ({what}). It will be tried again later.</translation>
    </message>
    <message>
        <source>The sync server sent an answer that is not readable JSON (it may have been cut off). Sync will try again on its own; nothing was lost.</source>
        <translation>The sync server sent an answer that is not readable JSON (it may have been cut off). Sync will try again on its own; nothing was lost.</translation>
    </message>
    <message>
        <source>The sync server sent an attachment whose bytes do not match its digest {digest}; nothing of it was kept. Sync will try again.</source>
        <translation>The sync server sent an attachment whose bytes do not match its digest {digest}; nothing of it was kept. Sync will try again.</translation>
    </message>
    <message>
        <source>The sync server sent nothing: {reason}</source>
        <translation>The sync server sent nothing: {reason}</translation>
    </message>
    <message>
        <source>The sync server&apos;s answer was damaged on the way (it does not match its checksum) and was not used. Sync will try again on its own; nothing was lost.</source>
        <translation>The sync server&apos;s answer was damaged on the way (it does not match its checksum) and was not used. Sync will try again on its own; nothing was lost.</translation>
    </message>
    <message>
        <source>The sync server&apos;s log kept moving while proving events; sync will try again later.</source>
        <translation>The sync server&apos;s log kept moving while proving events; sync will try again later.</translation>
    </message>
    <message>
        <source>The two passphrases differ. Type the same passphrase twice.</source>
        <translation>The two passphrases differ. Type the same passphrase twice.</translation>
    </message>
    <message>
        <source>The {form} data must be a set of named fields.</source>
        <translation>The {form} data must be a set of named fields.</translation>
    </message>
    <message>
        <source>This account is not assigned to any app config on the server; ask your supervisor to assign it to {config_id!r}.</source>
        <translation>This account is not assigned to any app config on the server; ask your supervisor to assign it to {config_id!r}.</translation>
    </message>
    <message>
        <source>This account is not assigned to the app config {config_id!r}. Choose one it may use: {ids}.</source>
        <translation>This account is not assigned to the app config {config_id!r}. Choose one it may use: {ids}.</translation>
    </message>
    <message>
        <source>This account may not sync this app: {reason}</source>
        <translation>This account may not sync this app: {reason}</translation>
    </message>
    <message>
        <source>This app config has no form for the members of this record.</source>
        <translation>This app config has no form for the members of this record.</translation>
    </message>
    <message>
        <source>This app config has no form to start a registration with.</source>
        <translation>This app config has no form to start a registration with.</translation>
    </message>
    <message>
        <source>This change ({type}) was made with a newer or other app config; it is kept, and applied once this laptop has a config that declares it.</source>
        <translation>This change ({type}) was made with a newer or other app config; it is kept, and applied once this laptop has a config that declares it.</translation>
    </message>
    <message>
        <source>This draft is for the form {form!r}, which the current app config does not have.</source>
        <translation>This draft is for the form {form!r}, which the current app config does not have.</translation>
    </message>
    <message>
        <source>This profile has no device key.</source>
        <translation>This profile has no device key.</translation>
    </message>
    <message>
        <source>This profile is open in another DataCollect window. Close that window first, or switch to it.</source>
        <translation>This profile is open in another DataCollect window. Close that window first, or switch to it.</translation>
    </message>
    <message>
        <source>This profile syncs with {url} (app {config_id}); it cannot also sync with {new_url} (app {new_config_id}). Use another profile for that server.</source>
        <translation>This profile syncs with {url} (app {config_id}); it cannot also sync with {new_url} (app {new_config_id}). Use another profile for that server.</translation>
    </message>
    <message>
        <source>This profile was created without a recovery key.</source>
        <translation>This profile was created without a recovery key.</translation>
    </message>
    <message>
        <source>This profile was written by a newer version of DataCollect Desktop (schema {version}, this app knows {known}). Update the app to open it.</source>
        <translation>This profile was written by a newer version of DataCollect Desktop (schema {version}, this app knows {known}). Update the app to open it.</translation>
    </message>
    <message>
        <source>This record was made with a form this app config does not have, so it cannot be edited here.</source>
        <translation>This record was made with a form this app config does not have, so it cannot be edited here.</translation>
    </message>
    <message>
        <source>Too many wrong passwords for {email}; try again in 1 minute. Check the password in the settings.</source>
        <translation>Too many wrong passwords for {email}; try again in 1 minute. Check the password in the settings.</translation>
    </message>
    <message>
        <source>Too many wrong passwords for {email}; try again in {count} minutes. Check the password in the settings.</source>
        <translation>Too many wrong passwords for {email}; try again in {count} minutes. Check the password in the settings.</translation>
    </message>
    <message>
        <source>Type your passphrase to unlock.</source>
        <translation>Type your passphrase to unlock.</translation>
    </message>
    <message>
        <source>a household</source>
        <translation>a household</translation>
    </message>
    <message>
        <source>a person</source>
        <translation>a person</translation>
    </message>
    <message>
        <source>a record</source>
        <translation>a record</translation>
    </message>
    <message>
        <source>a stored tree node does not match the events</source>
        <translation>a stored tree node does not match the events</translation>
    </message>
    <message>
        <source>event {guid} is not in a tree of size {size}</source>
        <translation>event {guid} is not in a tree of size {size}</translation>
    </message>
    <message>
        <source>eventTypes: type {type!r} is declared more than once.</source>
        <translation>eventTypes: type {type!r} is declared more than once.</translation>
    </message>
    <message>
        <source>events it sent or acknowledged are not in its signed log as they are on this device</source>
        <translation>events it sent or acknowledged are not in its signed log as they are on this device</translation>
    </message>
    <message>
        <source>events {first} to {last} are missing</source>
        <translation>events {first} to {last} are missing</translation>
    </message>
    <message>
        <source>history no longer matches a recorded checkpoint: it was rewritten</source>
        <translation>history no longer matches a recorded checkpoint: it was rewritten</translation>
    </message>
    <message>
        <source>it acknowledged a push without saying what happened to each event</source>
        <translation>it acknowledged a push without saying what happened to each event</translation>
    </message>
    <message>
        <source>it no longer signs its log, although it did before</source>
        <translation>it no longer signs its log, although it did before</translation>
    </message>
    <message>
        <source>it placed two different events at one position</source>
        <translation>it placed two different events at one position</translation>
    </message>
    <message>
        <source>it sent an event that is not valid ({reason})</source>
        <translation>it sent an event that is not valid ({reason})</translation>
    </message>
    <message>
        <source>it sent no signed checkpoint</source>
        <translation>it sent no signed checkpoint</translation>
    </message>
    <message>
        <source>its bytes no longer match its digest</source>
        <translation>its bytes no longer match its digest</translation>
    </message>
    <message>
        <source>its checkpoint does not verify ({reason})</source>
        <translation>its checkpoint does not verify ({reason})</translation>
    </message>
    <message>
        <source>its checkpoint key is malformed</source>
        <translation>its checkpoint key is malformed</translation>
    </message>
    <message>
        <source>its checkpoint key is not the one this device pinned on its first sync</source>
        <translation>its checkpoint key is not the one this device pinned on its first sync</translation>
    </message>
    <message>
        <source>its checkpoint names another log</source>
        <translation>its checkpoint names another log</translation>
    </message>
    <message>
        <source>its checkpoint says one thing and its signed note another</source>
        <translation>its checkpoint says one thing and its signed note another</translation>
    </message>
    <message>
        <source>its log of {after} events does not extend the {before} events seen before: history was rewritten</source>
        <translation>its log of {after} events does not extend the {before} events seen before: history was rewritten</translation>
    </message>
    <message>
        <source>its log shrank from {before} to {after} events</source>
        <translation>its log shrank from {before} to {after} events</translation>
    </message>
    <message>
        <source>its log was rewritten: same size, another root</source>
        <translation>its log was rewritten: same size, another root</translation>
    </message>
    <message>
        <source>its pull does not follow the order of its log</source>
        <translation>its pull does not follow the order of its log</translation>
    </message>
    <message>
        <source>its push results do not match the events pushed</source>
        <translation>its push results do not match the events pushed</translation>
    </message>
    <message>
        <source>its size is not the one recorded</source>
        <translation>its size is not the one recorded</translation>
    </message>
    <message>
        <source>need 0 &lt; --from &lt;= --to &lt;= {size} (the tree size)</source>
        <translation>need 0 &lt; --from &lt;= --to &lt;= {size} (the tree size)</translation>
    </message>
    <message>
        <source>no event number {seq} in this profile</source>
        <translation>no event number {seq} in this profile</translation>
    </message>
    <message>
        <source>no event {guid} in this profile</source>
        <translation>no event {guid} in this profile</translation>
    </message>
    <message>
        <source>the event has no leaf in the tree</source>
        <translation>the event has no leaf in the tree</translation>
    </message>
    <message>
        <source>the event&apos;s content does not match its leaf hash: it was altered</source>
        <translation>the event&apos;s content does not match its leaf hash: it was altered</translation>
    </message>
    <message>
        <source>the event&apos;s indexed columns disagree with its hashed content</source>
        <translation>the event&apos;s indexed columns disagree with its hashed content</translation>
    </message>
    <message>
        <source>the log is shorter than a checkpoint it once had: events were removed</source>
        <translation>the log is shorter than a checkpoint it once had: events were removed</translation>
    </message>
    <message>
        <source>the stored event is not readable</source>
        <translation>the stored event is not readable</translation>
    </message>
    <message>
        <source>the stored file {digest} is damaged: {problem}</source>
        <translation>the stored file {digest} is damaged: {problem}</translation>
    </message>
    <message>
        <source>this row is not a set of fields.</source>
        <translation>this row is not a set of fields.</translation>
    </message>
    <message>
        <source>{at} is not a UTC time such as 2024-05-01T08:30:00Z.</source>
        <translation>{at} is not a UTC time such as 2024-05-01T08:30:00Z.</translation>
    </message>
    <message>
        <source>{choices}, and {count} more</source>
        <translation>{choices}, and {count} more</translation>
    </message>
    <message>
        <source>{count} attachments are not downloaded yet.</source>
        <translation>{count} attachments are not downloaded yet.</translation>
    </message>
    <message>
        <source>{count} attachments of the records here are not downloaded yet.</source>
        <translation>{count} attachments of the records here are not downloaded yet.</translation>
    </message>
    <message>
        <source>{count} attachments stay on this laptop only: this server does not keep attachments.</source>
        <translation>{count} attachments stay on this laptop only: this server does not keep attachments.</translation>
    </message>
    <message>
        <source>{count} attachments were not sent and stay on this laptop only: this server does not keep attachments (the events were sent with their references).</source>
        <translation>{count} attachments were not sent and stay on this laptop only: this server does not keep attachments (the events were sent with their references).</translation>
    </message>
    <message>
        <source>{count} conflicts to review</source>
        <translation>{count} conflicts to review</translation>
    </message>
    <message>
        <source>{count} tree nodes are missing</source>
        <translation>{count} tree nodes are missing</translation>
    </message>
    <message>
        <source>{digest!r} is not an attachment digest (sha256:&lt;64 hex digits&gt;).</source>
        <translation>{digest!r} is not an attachment digest (sha256:&lt;64 hex digits&gt;).</translation>
    </message>
    <message>
        <source>{grid}, row {row}: {problem}</source>
        <translation>{grid}, row {row}: {problem}</translation>
    </message>
    <message>
        <source>{label} does not match the expected format.</source>
        <translation>{label} does not match the expected format.</translation>
    </message>
    <message>
        <source>{label} has a choice that is not on the list: {choice!r}.</source>
        <translation>{label} has a choice that is not on the list: {choice!r}.</translation>
    </message>
    <message>
        <source>{label} holds something that is not a stored file.</source>
        <translation>{label} holds something that is not a stored file.</translation>
    </message>
    <message>
        <source>{label} is in the future. Check it; you can still save.</source>
        <translation>{label} is in the future. Check it; you can still save.</translation>
    </message>
    <message>
        <source>{label} is not a valid e-mail address.</source>
        <translation>{label} is not a valid e-mail address.</translation>
    </message>
    <message>
        <source>{label} is not valid.</source>
        <translation>{label} is not valid.</translation>
    </message>
    <message>
        <source>{label} is required.</source>
        <translation>{label} is required.</translation>
    </message>
    <message>
        <source>{label} makes this person {age} years old. Check it; you can still save.</source>
        <translation>{label} makes this person {age} years old. Check it; you can still save.</translation>
    </message>
    <message>
        <source>{label} must be a date and time, such as 2024-03-31T14:30:00Z.</source>
        <translation>{label} must be a date and time, such as 2024-03-31T14:30:00Z.</translation>
    </message>
    <message>
        <source>{label} must be a date written as DD/MM/YYYY.</source>
        <translation>{label} must be a date written as DD/MM/YYYY.</translation>
    </message>
    <message>
        <source>{label} must be a date written as MM/DD/YYYY.</source>
        <translation>{label} must be a date written as MM/DD/YYYY.</translation>
    </message>
    <message>
        <source>{label} must be a date written as YYYY-MM-DD, such as 2024-03-31.</source>
        <translation>{label} must be a date written as YYYY-MM-DD, such as 2024-03-31.</translation>
    </message>
    <message>
        <source>{label} must be a list of choices.</source>
        <translation>{label} must be a list of choices.</translation>
    </message>
    <message>
        <source>{label} must be a list of files.</source>
        <translation>{label} must be a list of files.</translation>
    </message>
    <message>
        <source>{label} must be a list of rows.</source>
        <translation>{label} must be a list of rows.</translation>
    </message>
    <message>
        <source>{label} must be a number.</source>
        <translation>{label} must be a number.</translation>
    </message>
    <message>
        <source>{label} must be a place: a latitude and a longitude.</source>
        <translation>{label} must be a place: a latitude and a longitude.</translation>
    </message>
    <message>
        <source>{label} must be a set of ticked and unticked choices.</source>
        <translation>{label} must be a set of ticked and unticked choices.</translation>
    </message>
    <message>
        <source>{label} must be a signature drawn on this laptop.</source>
        <translation>{label} must be a signature drawn on this laptop.</translation>
    </message>
    <message>
        <source>{label} must be at least 1 character long.</source>
        <translation>{label} must be at least 1 character long.</translation>
    </message>
    <message>
        <source>{label} must be at least {count} characters long.</source>
        <translation>{label} must be at least {count} characters long.</translation>
    </message>
    <message>
        <source>{label} must be at least {limit}.</source>
        <translation>{label} must be at least {limit}.</translation>
    </message>
    <message>
        <source>{label} must be at most 1 character long.</source>
        <translation>{label} must be at most 1 character long.</translation>
    </message>
    <message>
        <source>{label} must be at most {count} characters long.</source>
        <translation>{label} must be at most {count} characters long.</translation>
    </message>
    <message>
        <source>{label} must be at most {limit}.</source>
        <translation>{label} must be at most {limit}.</translation>
    </message>
    <message>
        <source>{label} must be one of: {choices}.</source>
        <translation>{label} must be one of: {choices}.</translation>
    </message>
    <message>
        <source>{label} must be text.</source>
        <translation>{label} must be text.</translation>
    </message>
    <message>
        <source>{label} must be ticked (true) or not ticked (false).</source>
        <translation>{label} must be ticked (true) or not ticked (false).</translation>
    </message>
    <message>
        <source>{label} must be ticked.</source>
        <translation>{label} must be ticked.</translation>
    </message>
    <message>
        <source>{label} must have at least 1 row.</source>
        <translation>{label} must have at least 1 row.</translation>
    </message>
    <message>
        <source>{label} must have at least {count} rows.</source>
        <translation>{label} must have at least {count} rows.</translation>
    </message>
    <message>
        <source>{label} must have at most 1 row.</source>
        <translation>{label} must have at most 1 row.</translation>
    </message>
    <message>
        <source>{label} must have at most {count} rows.</source>
        <translation>{label} must have at most {count} rows.</translation>
    </message>
    <message>
        <source>{label} takes one file.</source>
        <translation>{label} takes one file.</translation>
    </message>
    <message>
        <source>{label}: each choice must be ticked (true) or not ticked (false).</source>
        <translation>{label}: each choice must be ticked (true) or not ticked (false).</translation>
    </message>
    <message>
        <source>{label}: the accuracy must be a number of metres, 0 or more.</source>
        <translation>{label}: the accuracy must be a number of metres, 0 or more.</translation>
    </message>
    <message>
        <source>{label}: the latitude must be a number from -90 to 90.</source>
        <translation>{label}: the latitude must be a number from -90 to 90.</translation>
    </message>
    <message>
        <source>{label}: the longitude must be a number from -180 to 180.</source>
        <translation>{label}: the longitude must be a number from -180 to 180.</translation>
    </message>
    <message>
        <source>{label}: this choice does not fit the other answers.</source>
        <translation>{label}: this choice does not fit the other answers.</translation>
    </message>
    <message>
        <source>{label}: {name} is not a file of an accepted type ({pattern}).</source>
        <translation>{label}: {name} is not a file of an accepted type ({pattern}).</translation>
    </message>
    <message>
        <source>{label}: {name} is {size}; files here may be at most {limit}.</source>
        <translation>{label}: {name} is {size}; files here may be at most {limit}.</translation>
    </message>
    <message>
        <source>{member} is not a member of {group}; the change is kept but not applied.</source>
        <translation>{member} is not a member of {group}; the change is kept but not applied.</translation>
    </message>
    <message>
        <source>{path} fails its signature check: it was altered or damaged.</source>
        <translation>{path} fails its signature check: it was altered or damaged.</translation>
    </message>
    <message>
        <source>{path} is damaged or truncated ({reason}).</source>
        <translation>{path} is damaged or truncated ({reason}).</translation>
    </message>
    <message>
        <source>{path} is not a DataCollect bundle.</source>
        <translation>{path} is not a DataCollect bundle.</translation>
    </message>
    <message>
        <source>{path} is not a DataCollect key file.</source>
        <translation>{path} is not a DataCollect key file.</translation>
    </message>
    <message>
        <source>{path} is not a regular file, so not a bundle; nothing was imported.</source>
        <translation>{path} is not a regular file, so not a bundle; nothing was imported.</translation>
    </message>
    <message>
        <source>{path} is not an XLSForm workbook (.xlsx or .xls).</source>
        <translation>{path} is not an XLSForm workbook (.xlsx or .xls).</translation>
    </message>
    <message>
        <source>{path} is too large to be a bundle; nothing was imported.</source>
        <translation>{path} is too large to be a bundle; nothing was imported.</translation>
    </message>
    <message>
        <source>{path} was written by a newer version of the app.</source>
        <translation>{path} was written by a newer version of the app.</translation>
    </message>
    <message>
        <source>{problem} Sync stopped; everything on this device is kept. Tell your supervisor.</source>
        <translation>{problem} Sync stopped; everything on this device is kept. Tell your supervisor.</translation>
    </message>
    <message>
        <source>{reason} (Choose an app config this account may use: in Settings, &quot;Test connection&quot; lists them.)</source>
        <translation>{reason} (Choose an app config this account may use: in Settings, &quot;Test connection&quot; lists them.)</translation>
    </message>
    <message>
        <source>{record} is {kind}, not {wanted}; the change is kept but not applied.</source>
        <translation>{record} is {kind}, not {wanted}; the change is kept but not applied.</translation>
    </message>
    <message>
        <source>{record} was deleted on {when}; this change is kept in its history but not applied.</source>
        <translation>{record} was deleted on {when}; this change is kept in its history but not applied.</translation>
    </message>
    <message>
        <source>{server} is a stock DataCollect server: it signs no checkpoints, so only this device&apos;s own log is proven. What the server holds cannot be checked against it.</source>
        <translation>{server} is a stock DataCollect server: it signs no checkpoints, so only this device&apos;s own log is proven. What the server holds cannot be checked against it.</translation>
    </message>
    <message>
        <source>{synced} {files}</source>
        <translation>{synced} {files}</translation>
    </message>
    <message>
        <source>{where} changes nothing: give &apos;sets&apos;, &apos;clears&apos; or &apos;appends&apos;.</source>
        <translation>{where} changes nothing: give &apos;sets&apos;, &apos;clears&apos; or &apos;appends&apos;.</translation>
    </message>
    <message>
        <source>{where} has no &apos;formio&apos; object.</source>
        <translation>{where} has no &apos;formio&apos; object.</translation>
    </message>
    <message>
        <source>{where} has no &apos;name&apos;.</source>
        <translation>{where} has no &apos;name&apos;.</translation>
    </message>
    <message>
        <source>{where} must be a list of names.</source>
        <translation>{where} must be a list of names.</translation>
    </message>
    <message>
        <source>{where} must be an object of field: source.</source>
        <translation>{where} must be an object of field: source.</translation>
    </message>
    <message>
        <source>{where} must be an object.</source>
        <translation>{where} must be an object.</translation>
    </message>
    <message>
        <source>{where} needs a &apos;form&apos;: the name of one of entityForms, or a Form.io form object.</source>
        <translation>{where} needs a &apos;form&apos;: the name of one of entityForms, or a Form.io form object.</translation>
    </message>
    <message>
        <source>{where}: &apos;appliesTo&apos; names {form!r}, which is not a form of this app.</source>
        <translation>{where}: &apos;appliesTo&apos; names {form!r}, which is not a form of this app.</translation>
    </message>
    <message>
        <source>{where}: &apos;columns&apos; must be a list.</source>
        <translation>{where}: &apos;columns&apos; must be a list.</translation>
    </message>
    <message>
        <source>{where}: &apos;components&apos; must be a list.</source>
        <translation>{where}: &apos;components&apos; must be a list.</translation>
    </message>
    <message>
        <source>{where}: &apos;dependsOn&apos; must be the name of another form.</source>
        <translation>{where}: &apos;dependsOn&apos; must be the name of another form.</translation>
    </message>
    <message>
        <source>{where}: &apos;form&apos; names {form!r}, which is not a form of this app.</source>
        <translation>{where}: &apos;form&apos; names {form!r}, which is not a form of this app.</translation>
    </message>
    <message>
        <source>{where}: &apos;key&apos; must be text.</source>
        <translation>{where}: &apos;key&apos; must be text.</translation>
    </message>
    <message>
        <source>{where}: &apos;title&apos; must be text.</source>
        <translation>{where}: &apos;title&apos; must be text.</translation>
    </message>
    <message>
        <source>{where}: &apos;type&apos; must be a short lower-case name such as &apos;assign-case-worker&apos;.</source>
        <translation>{where}: &apos;type&apos; must be a short lower-case name such as &apos;assign-case-worker&apos;.</translation>
    </message>
    <message>
        <source>{where}: &apos;validate&apos; must be an object.</source>
        <translation>{where}: &apos;validate&apos; must be an object.</translation>
    </message>
    <message>
        <source>{where}: &apos;{part}&apos; may not change {field!r}; the app keeps it.</source>
        <translation>{where}: &apos;{part}&apos; may not change {field!r}; the app keeps it.</translation>
    </message>
    <message>
        <source>{where}: &apos;{part}&apos; names field {field!r}; a field is a letter or _ then letters, digits or _.</source>
        <translation>{where}: &apos;{part}&apos; names field {field!r}; a field is a letter or _ then letters, digits or _.</translation>
    </message>
    <message>
        <source>{where}: a column must be an object.</source>
        <translation>{where}: a column must be an object.</translation>
    </message>
    <message>
        <source>{where}: a component must be an object.</source>
        <translation>{where}: a component must be an object.</translation>
    </message>
    <message>
        <source>{where}: a {kind} field needs a &apos;key&apos;.</source>
        <translation>{where}: a {kind} field needs a &apos;key&apos;.</translation>
    </message>
    <message>
        <source>{where}: an inline &apos;form&apos; needs a &apos;components&apos; list.</source>
        <translation>{where}: an inline &apos;form&apos; needs a &apos;components&apos; list.</translation>
    </message>
    <message>
        <source>{where}: choice list {name!r} is not in the config&apos;s &apos;choiceLists&apos;.</source>
        <translation>{where}: choice list {name!r} is not in the config&apos;s &apos;choiceLists&apos;.</translation>
    </message>
    <message>
        <source>{where}: choice {number} must be an object.</source>
        <translation>{where}: choice {number} must be an object.</translation>
    </message>
    <message>
        <source>{where}: choice {number} needs a text or number value.</source>
        <translation>{where}: choice {number} needs a text or number value.</translation>
    </message>
    <message>
        <source>{where}: components are nested more than {depth} deep.</source>
        <translation>{where}: components are nested more than {depth} deep.</translation>
    </message>
    <message>
        <source>{where}: field {field!r} is in both &apos;{first}&apos; and &apos;{part}&apos;.</source>
        <translation>{where}: field {field!r} is in both &apos;{first}&apos; and &apos;{part}&apos;.</translation>
    </message>
    <message>
        <source>{where}: fileMaxSize must be a size such as &quot;5MB&quot;, not {value}.</source>
        <translation>{where}: fileMaxSize must be a size such as &quot;5MB&quot;, not {value}.</translation>
    </message>
    <message>
        <source>{where}: the list of choices (&apos;values&apos;) must be a list.</source>
        <translation>{where}: the list of choices (&apos;values&apos;) must be a list.</translation>
    </message>
    <message>
        <source>{where}: the source of {field!r} is {source!r}; give &apos;data&apos;, &apos;data.&lt;path&gt;&apos; or one of {envelope}.</source>
        <translation>{where}: the source of {field!r} is {source!r}; give &apos;data&apos;, &apos;data.&lt;path&gt;&apos; or one of {envelope}.</translation>
    </message>
    <message>
        <source>{where}: unknown key {key!r}; the keys are {keys}.</source>
        <translation>{where}: unknown key {key!r}; the keys are {keys}.</translation>
    </message>
    <message>
        <source>{where}: validate.pattern must be text.</source>
        <translation>{where}: validate.pattern must be text.</translation>
    </message>
    <message>
        <source>{where}: validate.pattern {pattern} is not a valid pattern ({reason}).</source>
        <translation>{where}: validate.pattern {pattern} is not a valid pattern ({reason}).</translation>
    </message>
    <message>
        <source>{where}: validate.{name} must be a number, not {value}.</source>
        <translation>{where}: validate.{name} must be a number, not {value}.</translation>
    </message>
    <message>
        <source>{where}: validate.{name} must be a whole number of 0 or more.</source>
        <translation>{where}: validate.{name} must be a whole number of 0 or more.</translation>
    </message>
    <message>
        <source>{where}: {name!r} must be text.</source>
        <translation>{where}: {name!r} must be text.</translation>
    </message>
    <message>
        <source>{where}: {type!r} is a built-in event type; choose another name.</source>
        <translation>{where}: {type!r} is a built-in event type; choose another name.</translation>
    </message>
</context>
<context>
    <name>NewPassphraseDialog</name>
    <message>
        <source>Choose a new passphrase</source>
        <translation>Choose a new passphrase</translation>
    </message>
    <message>
        <source>Set the passphrase and continue</source>
        <translation>Set the passphrase and continue</translation>
    </message>
    <message>
        <source>You opened the profile with its recovery key. Choose a new passphrase now: you will type it to unlock from now on. The recovery key keeps working.</source>
        <translation>You opened the profile with its recovery key. Choose a new passphrase now: you will type it to unlock from now on. The recovery key keeps working.</translation>
    </message>
</context>
<context>
    <name>PastModel</name>
    <message>
        <source>(no name)</source>
        <translation>(no name)</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>Last change then</source>
        <translation>Last change then</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Members</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
</context>
<context>
    <name>ProofPanel</name>
    <message numerus="yes">
        <source>Audit path (%n hash(es)):</source>
        <translation>
            <numerusform>Audit path (%n hash):</numerusform>
            <numerusform>Audit path (%n hashes):</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <source>Event number</source>
        <translation>Event number</translation>
    </message>
    <message>
        <source>Event number:</source>
        <translation>Event number:</translation>
    </message>
    <message>
        <source>Event: {0}</source>
        <translation>Event: {0}</translation>
    </message>
    <message>
        <source>Inclusion proof</source>
        <translation>Inclusion proof</translation>
    </message>
    <message>
        <source>Inclusion proof of an event</source>
        <translation>Inclusion proof of an event</translation>
    </message>
    <message>
        <source>Leaf hash in the tree:      {0}</source>
        <translation>Leaf hash in the tree:      {0}</translation>
    </message>
    <message>
        <source>Leaf hash of the event now: {0}</source>
        <translation>Leaf hash of the event now: {0}</translation>
    </message>
    <message>
        <source>Leaf index: {0}   Tree size: {1}</source>
        <translation>Leaf index: {0}   Tree size: {1}</translation>
    </message>
    <message>
        <source>Proof result</source>
        <translation>Proof result</translation>
    </message>
    <message>
        <source>Root hash: {0}</source>
        <translation>Root hash: {0}</translation>
    </message>
    <message>
        <source>Show the inclusion proof of that event</source>
        <translation>Show the inclusion proof of that event</translation>
    </message>
    <message>
        <source>Show the proof</source>
        <translation>Show the proof</translation>
    </message>
    <message>
        <source>Type an event&apos;s number and press &quot;{0}&quot;: the hashes that lead from that event to the root hash appear here, checked.</source>
        <translation>Type an event&apos;s number and press &quot;{0}&quot;: the hashes that lead from that event to the root hash appear here, checked.</translation>
    </message>
    <message>
        <source>✓ Verified: event {0} is leaf {1} of the tree of {2} events, and the proof leads from its content to the root.</source>
        <translation>✓ Verified: event {0} is leaf {1} of the tree of {2} events, and the proof leads from its content to the root.</translation>
    </message>
    <message>
        <source>✗ Does not verify: the event as stored now does not lead to the root. It was altered after it was written.</source>
        <translation>✗ Does not verify: the event as stored now does not lead to the root. It was altered after it was written.</translation>
    </message>
</context>
<context>
    <name>RecordExport</name>
    <message numerus="yes">
        <source>%n record(s) exported to {0}.</source>
        <translation>
            <numerusform>%n record exported to {0}.</numerusform>
            <numerusform>%n records exported to {0}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <source>Export records</source>
        <translation>Export records</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <source>Exporting… {0} of {1} records</source>
        <translation>Exporting… {0} of {1} records</translation>
    </message>
    <message>
        <source>The export failed: {0}</source>
        <translation>The export failed: {0}</translation>
    </message>
    <message>
        <source>Zip files (*.zip)</source>
        <translation>Zip files (*.zip)</translation>
    </message>
</context>
<context>
    <name>RecordsPage</name>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n member</numerusform>
            <numerusform>%n members</numerusform>
        </translation>
    </message>
    <message>
        <source>1 record</source>
        <translation>1 record</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <source>Households and people</source>
        <translation>Households and people</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>More than {0} found</source>
        <translation>More than {0} found</translation>
    </message>
    <message>
        <source>Name A–Z</source>
        <translation>Name A–Z</translation>
    </message>
    <message>
        <source>Name Z–A</source>
        <translation>Name Z–A</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>Newest first</translation>
    </message>
    <message numerus="yes">
        <source>No living record matches; %n deleted records do — find them in the Audit history.</source>
        <translation>
            <numerusform>No living record matches; %n deleted record does — find it in the Audit history.</numerusform>
            <numerusform>No living record matches; %n deleted records do — find them in the Audit history.</numerusform>
        </translation>
    </message>
    <message>
        <source>No living record matches; 1 deleted record does — find it in the Audit history.</source>
        <translation>No living record matches; 1 deleted record does — find it in the Audit history.</translation>
    </message>
    <message>
        <source>No records yet. Register a household (Ctrl+1), or sync to receive the team&apos;s records.</source>
        <translation>No records yet. Register a household (Ctrl+1), or sync to receive the team&apos;s records.</translation>
    </message>
    <message>
        <source>Nothing matches. Check the spelling, or clear the search and the filter.</source>
        <translation>Nothing matches. Check the spelling, or clear the search and the filter.</translation>
    </message>
    <message>
        <source>Oldest first</source>
        <translation>Oldest first</translation>
    </message>
    <message>
        <source>Only: {0}</source>
        <translation>Only: {0}</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Records</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>Search names and fields (Ctrl+F)</source>
        <translation>Search names and fields (Ctrl+F)</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Show</translation>
    </message>
    <message>
        <source>Sort</source>
        <translation>Sort</translation>
    </message>
    <message>
        <source>Write the records to an Excel workbook or to CSV files</source>
        <translation>Write the records to an Excel workbook or to CSV files</translation>
    </message>
    <message>
        <source>{0} found</source>
        <translation>{0} found</translation>
    </message>
    <message>
        <source>{0} records</source>
        <translation>{0} records</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <source>&amp;I have stored the recovery key somewhere safe</source>
        <translation>&amp;I have stored the recovery key somewhere safe</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>&amp;Save to a file…</source>
        <translation>&amp;Save to a file…</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continue</translation>
    </message>
    <message>
        <source>DataCollect Desktop: recovery key</source>
        <translation>DataCollect Desktop: recovery key</translation>
    </message>
    <message>
        <source>If you forget your passphrase, this key is the only way to open your records. Print it, save it to a USB stick or write it down, and keep it apart from this laptop. It is shown only this once.</source>
        <translation>If you forget your passphrase, this key is the only way to open your records. Print it, save it to a USB stick or write it down, and keep it apart from this laptop. It is shown only this once.</translation>
    </message>
    <message>
        <source>Made on: {0}</source>
        <translation>Made on: {0}</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <source>Print the recovery key</source>
        <translation>Print the recovery key</translation>
    </message>
    <message>
        <source>Profile of: {0}</source>
        <translation>Profile of: {0}</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Recovery key</translation>
    </message>
    <message>
        <source>Save the recovery key</source>
        <translation>Save the recovery key</translation>
    </message>
    <message>
        <source>Saved as {0}. Whoever has this file can open your records with it: move it to a USB stick or a place apart from this laptop.</source>
        <translation>Saved as {0}. Whoever has this file can open your records with it: move it to a USB stick or a place apart from this laptop.</translation>
    </message>
    <message>
        <source>Sent to the printer. Keep the page apart from this laptop.</source>
        <translation>Sent to the printer. Keep the page apart from this laptop.</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Text files (*.txt)</translation>
    </message>
    <message>
        <source>This key opens the profile if its passphrase is forgotten: on the unlock screen choose &quot;Forgot it? Use the recovery key&quot; and type it. Whoever holds this key can open every record of the profile: keep it apart from the laptop, somewhere safe.</source>
        <translation>This key opens the profile if its passphrase is forgotten: on the unlock screen choose &quot;Forgot it? Use the recovery key&quot; and type it. Whoever holds this key can open every record of the profile: keep it apart from the laptop, somewhere safe.</translation>
    </message>
    <message>
        <source>Your recovery key</source>
        <translation>Your recovery key</translation>
    </message>
</context>
<context>
    <name>RegisterPage</name>
    <message>
        <source>Adding to {0}: {1} registered so far.</source>
        <translation>Adding to {0}: {1} registered so far.</translation>
    </message>
    <message>
        <source>Cancel editing</source>
        <translation>Cancel editing</translation>
    </message>
    <message>
        <source>Clear the form</source>
        <translation>Clear the form</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Discard</translation>
    </message>
    <message>
        <source>Discard this form?</source>
        <translation>Discard this form?</translation>
    </message>
    <message>
        <source>Edit: {0}</source>
        <translation>Edit: {0}</translation>
    </message>
    <message>
        <source>Finish {0} (Ctrl+Shift+S)</source>
        <translation>Finish {0} (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>New {0}</source>
        <translation>New {0}</translation>
    </message>
    <message>
        <source>Nothing changed; nothing was recorded.</source>
        <translation>Nothing changed; nothing was recorded.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was saved: %n field(s) need attention.</source>
        <translation>
            <numerusform>Nothing was saved: %n field needs attention.</numerusform>
            <numerusform>Nothing was saved: %n fields need attention.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only the fields you change are recorded.</source>
        <translation>Only the fields you change are recorded.</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Save (Ctrl+S)</translation>
    </message>
    <message>
        <source>Save and add another (Ctrl+S)</source>
        <translation>Save and add another (Ctrl+S)</translation>
    </message>
    <message>
        <source>Save and add members (Ctrl+S)</source>
        <translation>Save and add members (Ctrl+S)</translation>
    </message>
    <message>
        <source>Save changes (Ctrl+S)</source>
        <translation>Save changes (Ctrl+S)</translation>
    </message>
    <message>
        <source>Saved 1 changed field.</source>
        <translation>Saved 1 changed field.</translation>
    </message>
    <message>
        <source>Saved {0} changed fields.</source>
        <translation>Saved {0} changed fields.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <source>This person may already be registered; nothing was saved yet.</source>
        <translation>This person may already be registered; nothing was saved yet.</translation>
    </message>
    <message>
        <source>What you typed in this form will be discarded.</source>
        <translation>What you typed in this form will be discarded.</translation>
    </message>
    <message numerus="yes">
        <source>{0} is registered with %n member(s).</source>
        <translation>
            <numerusform>{0} is registered with %n member.</numerusform>
            <numerusform>{0} is registered with %n members.</numerusform>
        </translation>
    </message>
    <message>
        <source>{0} saved. Now add its members.</source>
        <translation>{0} saved. Now add its members.</translation>
    </message>
</context>
<context>
    <name>ServerPanel</name>
    <message>
        <source>Consistency:</source>
        <translation>Consistency:</translation>
    </message>
    <message>
        <source>Key fingerprint (SHA-256):</source>
        <translation>Key fingerprint (SHA-256):</translation>
    </message>
    <message>
        <source>Last checkpoint:</source>
        <translation>Last checkpoint:</translation>
    </message>
    <message>
        <source>Last successful sync: {0}</source>
        <translation>Last successful sync: {0}</translation>
    </message>
    <message>
        <source>No checkpoint was received from {0} yet.</source>
        <translation>No checkpoint was received from {0} yet.</translation>
    </message>
    <message>
        <source>Not checked yet: this is the first checkpoint seen; the next one will be checked against it.</source>
        <translation>Not checked yet: this is the first checkpoint seen; the next one will be checked against it.</translation>
    </message>
    <message>
        <source>Pinned key:</source>
        <translation>Pinned key:</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <source>Signature:</source>
        <translation>Signature:</translation>
    </message>
    <message>
        <source>Signed checkpoint</source>
        <translation>Signed checkpoint</translation>
    </message>
    <message>
        <source>Signed note:</source>
        <translation>Signed note:</translation>
    </message>
    <message>
        <source>The sync server&apos;s signed log</source>
        <translation>The sync server&apos;s signed log</translation>
    </message>
    <message>
        <source>This laptop has not synced yet: no server checkpoint to show.</source>
        <translation>This laptop has not synced yet: no server checkpoint to show.</translation>
    </message>
    <message>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <source>{0} (key id {1})</source>
        <translation>{0} (key id {1})</translation>
    </message>
    <message>
        <source>{0} events, root {1}</source>
        <translation>{0} events, root {1}</translation>
    </message>
    <message>
        <source>✓ Held: the log of {0} events extends the {1} seen before (checked {2}).</source>
        <translation>✓ Held: the log of {0} events extends the {1} seen before (checked {2}).</translation>
    </message>
    <message>
        <source>✓ Valid, by the pinned key</source>
        <translation>✓ Valid, by the pinned key</translation>
    </message>
    <message>
        <source>✗ Did not hold ({0}): {1}</source>
        <translation>✗ Did not hold ({0}): {1}</translation>
    </message>
    <message>
        <source>✗ Does not verify with the pinned key</source>
        <translation>✗ Does not verify with the pinned key</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>A file on this laptop</source>
        <translation>A file on this laptop</translation>
    </message>
    <message>
        <source>A new language is used from the next time the app starts.</source>
        <translation>A new language is used from the next time the app starts.</translation>
    </message>
    <message>
        <source>A record&apos;s, when it is first opened</source>
        <translation>A record&apos;s, when it is first opened</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>Account:</translation>
    </message>
    <message>
        <source>All, at every sync</source>
        <translation>All, at every sync</translation>
    </message>
    <message>
        <source>App config file</source>
        <translation>App config file</translation>
    </message>
    <message>
        <source>App config on the server</source>
        <translation>App config on the server</translation>
    </message>
    <message>
        <source>App configs (*.json)</source>
        <translation>App configs (*.json)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Download photos and files</source>
        <translation>Download photos and files</translation>
    </message>
    <message>
        <source>Download photos and files:</source>
        <translation>Download photos and files:</translation>
    </message>
    <message>
        <source>Forms (app config)</source>
        <translation>Forms (app config)</translation>
    </message>
    <message>
        <source>Get the list from the server</source>
        <translation>Get the list from the server</translation>
    </message>
    <message>
        <source>Import XLSForm…</source>
        <translation>Import XLSForm…</translation>
    </message>
    <message>
        <source>Imported {title}: {carried} of {rows} rows carried. Save to use it.</source>
        <translation>Imported {title}: {carried} of {rows} rows carried. Save to use it.</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Language:</translation>
    </message>
    <message>
        <source>Lock after idle:</source>
        <translation>Lock after idle:</translation>
    </message>
    <message>
        <source>Make an app config from an XLSForm workbook (.xlsx) and use it</source>
        <translation>Make an app config from an XLSForm workbook (.xlsx) and use it</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Password:</translation>
    </message>
    <message>
        <source>Row {row} ({name}): {reasons}</source>
        <translation>Row {row} ({name}): {reasons}</translation>
    </message>
    <message>
        <source>Save the app config as</source>
        <translation>Save the app config as</translation>
    </message>
    <message>
        <source>Server address:</source>
        <translation>Server address:</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Something went wrong; details are in the log.</source>
        <translation>Something went wrong; details are in the log.</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sync</translation>
    </message>
    <message>
        <source>Sync every:</source>
        <translation>Sync every:</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Test connection</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>Testing the connection…</translation>
    </message>
    <message>
        <source>The bundled example (household registration)</source>
        <translation>The bundled example (household registration)</translation>
    </message>
    <message>
        <source>The password is kept in the encrypted profile so that sync can run while you work.</source>
        <translation>The password is kept in the encrypted profile so that sync can run while you work.</translation>
    </message>
    <message>
        <source>The sync server</source>
        <translation>The sync server</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>The system&apos;s language</translation>
    </message>
    <message>
        <source>XLSForm to import</source>
        <translation>XLSForm to import</translation>
    </message>
    <message>
        <source>XLSForms (*.xlsx *.xlsm *.xls)</source>
        <translation>XLSForms (*.xlsx *.xlsm *.xls)</translation>
    </message>
    <message>
        <source>Your name:</source>
        <translation>Your name:</translation>
    </message>
    <message>
        <source>app config id, e.g. household-registration</source>
        <translation>app config id, e.g. household-registration</translation>
    </message>
    <message>
        <source>e-mail of your account</source>
        <translation>e-mail of your account</translation>
    </message>
    <message>
        <source>https://sync.example.org</source>
        <translation>https://sync.example.org</translation>
    </message>
    <message>
        <source>{0} to {1} minutes</source>
        <translation>{0} to {1} minutes</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Back to the list from a record; from a timeline, back to where it was opened</source>
        <translation>Back to the list from a record; from a timeline, back to where it was opened</translation>
    </message>
    <message>
        <source>Delete the record on screen (it asks first, and for a reason)</source>
        <translation>Delete the record on screen (it asks first, and for a reason)</translation>
    </message>
    <message>
        <source>Edit the record on screen</source>
        <translation>Edit the record on screen</translation>
    </message>
    <message>
        <source>Everything can be done from the keyboard.</source>
        <translation>Everything can be done from the keyboard.</translation>
    </message>
    <message>
        <source>Finish the household, or cancel an edit</source>
        <translation>Finish the household, or cancel an edit</translation>
    </message>
    <message>
        <source>Go to Audit history</source>
        <translation>Go to Audit history</translation>
    </message>
    <message>
        <source>Go to Conflicts</source>
        <translation>Go to Conflicts</translation>
    </message>
    <message>
        <source>Go to Drafts</source>
        <translation>Go to Drafts</translation>
    </message>
    <message>
        <source>Go to Duplicates</source>
        <translation>Go to Duplicates</translation>
    </message>
    <message>
        <source>Go to Integrity</source>
        <translation>Go to Integrity</translation>
    </message>
    <message>
        <source>Go to Needs attention</source>
        <translation>Go to Needs attention</translation>
    </message>
    <message>
        <source>Go to Records</source>
        <translation>Go to Records</translation>
    </message>
    <message>
        <source>Go to Register</source>
        <translation>Go to Register</translation>
    </message>
    <message>
        <source>Go to Registry as of</source>
        <translation>Go to Registry as of</translation>
    </message>
    <message>
        <source>In the audit filters, show the entries; in the date of Registry as of, show the registry then</source>
        <translation>In the audit filters, show the entries; in the date of Registry as of, show the registry then</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Keys</translation>
    </message>
    <message>
        <source>Next field (Shift+Tab: the one before)</source>
        <translation>Next field (Shift+Tab: the one before)</translation>
    </message>
    <message>
        <source>Next field; on the last one, the Save button</source>
        <translation>Next field; on the last one, the Save button</translation>
    </message>
    <message>
        <source>On a timeline, the first event (End: the last; the arrow keys and Page Up/Down step through the events)</source>
        <translation>On a timeline, the first event (End: the last; the arrow keys and Page Up/Down step through the events)</translation>
    </message>
    <message>
        <source>Open the calendar of a date field (F4 too)</source>
        <translation>Open the calendar of a date field (F4 too)</translation>
    </message>
    <message>
        <source>Save the form; in a household, go on to the next member</source>
        <translation>Save the form; in a household, go on to the next member</translation>
    </message>
    <message>
        <source>Search the records, or the audit history on its screen</source>
        <translation>Search the records, or the audit history on its screen</translation>
    </message>
    <message>
        <source>The number pad&apos;s Enter does what Return does</source>
        <translation>The number pad&apos;s Enter does what Return does</translation>
    </message>
    <message>
        <source>Timeline of the record on screen</source>
        <translation>Timeline of the record on screen</translation>
    </message>
    <message>
        <source>What they do</source>
        <translation>What they do</translation>
    </message>
</context>
<context>
    <name>SignatureEditor</name>
    <message>
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
    <message>
        <source>Sign above with the mouse, a pen or a finger.</source>
        <translation>Sign above with the mouse, a pen or a finger.</translation>
    </message>
    <message>
        <source>Sign here with the mouse, a pen or a finger.</source>
        <translation>Sign here with the mouse, a pen or a finger.</translation>
    </message>
    <message>
        <source>The signature is not on this laptop yet.</source>
        <translation>The signature is not on this laptop yet.</translation>
    </message>
</context>
<context>
    <name>StateModel</name>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>This event</source>
        <translation>This event</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>changed</translation>
    </message>
</context>
<context>
    <name>SyncStatusBar</name>
    <message numerus="yes">
        <source>%n change was refused by the server</source>
        <translation>
            <numerusform>%n change was refused by the server</numerusform>
            <numerusform>%n changes were refused by the server</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changes were refused by the server</source>
        <translation>
            <numerusform>%n change was refused by the server</numerusform>
            <numerusform>%n changes were refused by the server</numerusform>
        </translation>
    </message>
    <message>
        <source>Events on this laptop by how far they have travelled</source>
        <translation>Events on this laptop by how far they have travelled</translation>
    </message>
    <message>
        <source>Last sync: {0}</source>
        <translation>Last sync: {0}</translation>
    </message>
    <message>
        <source>Never synced</source>
        <translation>Never synced</translation>
    </message>
    <message>
        <source>Not sent: {0} · Synced: {1} · External: {2}</source>
        <translation>Not sent: {0} · Synced: {1} · External: {2}</translation>
    </message>
    <message>
        <source>Not set up for sync — &lt;a href=&quot;settings&quot;&gt;Settings…&lt;/a&gt;</source>
        <translation>Not set up for sync — &lt;a href=&quot;settings&quot;&gt;Settings…&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Send and receive events now</source>
        <translation>Send and receive events now</translation>
    </message>
    <message>
        <source>Sync failed</source>
        <translation>Sync failed</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Sync now</translation>
    </message>
    <message>
        <source>Sync progress</source>
        <translation>Sync progress</translation>
    </message>
    <message>
        <source>Sync stopped</source>
        <translation>Sync stopped</translation>
    </message>
    <message>
        <source>Syncing is not available in this version.</source>
        <translation>Syncing is not available in this version.</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Syncing…</translation>
    </message>
    <message>
        <source>They are kept on this laptop. Open Needs attention to see why and what to do.</source>
        <translation>They are kept on this laptop. Open Needs attention to see why and what to do.</translation>
    </message>
    <message>
        <source>{0} of {1}</source>
        <translation>{0} of {1}</translation>
    </message>
</context>
<context>
    <name>TimelinePage</name>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Event {0} of {1} · {2} · {3} · {4}</source>
        <translation>Event {0} of {1} · {2} · {3} · {4}</translation>
    </message>
    <message>
        <source>History of {0}</source>
        <translation>History of {0}</translation>
    </message>
    <message>
        <source>Loading the history…</source>
        <translation>Loading the history…</translation>
    </message>
    <message>
        <source>No event concerns that record.</source>
        <translation>No event concerns that record.</translation>
    </message>
    <message>
        <source>No history</source>
        <translation>No history</translation>
    </message>
    <message>
        <source>Open the record</source>
        <translation>Open the record</translation>
    </message>
    <message>
        <source>Open the record as it is now</source>
        <translation>Open the record as it is now</translation>
    </message>
    <message>
        <source>Selected event</source>
        <translation>Selected event</translation>
    </message>
    <message>
        <source>The record at the selected event</source>
        <translation>The record at the selected event</translation>
    </message>
    <message>
        <source>entered late</source>
        <translation>entered late</translation>
    </message>
    <message>
        <source>it set {0}; a change dated earlier but received after it set that again, as shown</source>
        <translation>it set {0}; a change dated earlier but received after it set that again, as shown</translation>
    </message>
    <message>
        <source>kept but not applied: {0}</source>
        <translation>kept but not applied: {0}</translation>
    </message>
    <message>
        <source>the record did not exist yet</source>
        <translation>the record did not exist yet</translation>
    </message>
    <message>
        <source>{0} events · use the slider, the arrow keys or the buttons to move through them</source>
        <translation>{0} events · use the slider, the arrow keys or the buttons to move through them</translation>
    </message>
    <message>
        <source>← Back</source>
        <translation>← Back</translation>
    </message>
</context>
<context>
    <name>TimelineSlider</name>
    <message>
        <source>First</source>
        <translation>First</translation>
    </message>
    <message>
        <source>First event</source>
        <translation>First event</translation>
    </message>
    <message>
        <source>Last</source>
        <translation>Last</translation>
    </message>
    <message>
        <source>Last event</source>
        <translation>Last event</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Next</translation>
    </message>
    <message>
        <source>Next event</source>
        <translation>Next event</translation>
    </message>
    <message>
        <source>Position in the record&apos;s history</source>
        <translation>Position in the record&apos;s history</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Previous</translation>
    </message>
    <message>
        <source>Previous event</source>
        <translation>Previous event</translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <source>Forgot it? Use the recovery key</source>
        <translation>Forgot it? Use the recovery key</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Recovery key</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <source>Unlock your profile</source>
        <translation>Unlock your profile</translation>
    </message>
    <message>
        <source>XXXX-XXXX-…</source>
        <translation>XXXX-XXXX-…</translation>
    </message>
</context>
<context>
    <name>WorkspaceView</name>
    <message>
        <source>Ctrl+{0}</source>
        <translation>Ctrl+{0}</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>Drafts</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Needs attention</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Records</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Register</translation>
    </message>
    <message>
        <source>Screens</source>
        <translation>Screens</translation>
    </message>
</context>
<context>
    <name>ask</name>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>attachment_import</name>
    <message>
        <source>“{0}” is empty.</source>
        <translation>“{0}” is empty.</translation>
    </message>
    <message>
        <source>“{0}” is not a readable image: it may be damaged or cut short. Nothing was added.</source>
        <translation>“{0}” is not a readable image: it may be damaged or cut short. Nothing was added.</translation>
    </message>
</context>
<context>
    <name>attachment_view</name>
    <message>
        <source>(no name)</source>
        <translation>(no name)</translation>
    </message>
    <message>
        <source>Cannot open the attachment</source>
        <translation>Cannot open the attachment</translation>
    </message>
    <message>
        <source>Cannot save the attachment</source>
        <translation>Cannot save the attachment</translation>
    </message>
    <message>
        <source>Not downloaded yet</source>
        <translation>Not downloaded yet</translation>
    </message>
    <message>
        <source>Open {0}</source>
        <translation>Open {0}</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Photo</translation>
    </message>
    <message>
        <source>Save a copy of {0}</source>
        <translation>Save a copy of {0}</translation>
    </message>
    <message>
        <source>{0} KB</source>
        <translation>{0} KB</translation>
    </message>
    <message>
        <source>{0} MB</source>
        <translation>{0} MB</translation>
    </message>
    <message>
        <source>{0} bytes</source>
        <translation>{0} bytes</translation>
    </message>
    <message>
        <source>{0} could not be written: {1}</source>
        <translation>{0} could not be written: {1}</translation>
    </message>
    <message>
        <source>{0} is not on this laptop yet: it comes with the next sync.</source>
        <translation>{0} is not on this laptop yet: it comes with the next sync.</translation>
    </message>
    <message>
        <source>{0} is not on this laptop yet: it is being downloaded now; open it again in a moment.</source>
        <translation>{0} is not on this laptop yet: it is being downloaded now; open it again in a moment.</translation>
    </message>
</context>
<context>
    <name>audit_text</name>
    <message>
        <source>1 member</source>
        <translation>1 member</translation>
    </message>
    <message>
        <source>Belongs to</source>
        <translation>Belongs to</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <source>Duplicate settled</source>
        <translation>Duplicate settled</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>Household changed</source>
        <translation>Household changed</translation>
    </message>
    <message>
        <source>Household registered</source>
        <translation>Household registered</translation>
    </message>
    <message>
        <source>Member added</source>
        <translation>Member added</translation>
    </message>
    <message>
        <source>Member removed</source>
        <translation>Member removed</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Members</translation>
    </message>
    <message>
        <source>Person changed</source>
        <translation>Person changed</translation>
    </message>
    <message>
        <source>Person registered</source>
        <translation>Person registered</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>Reviewed</translation>
    </message>
    <message>
        <source>{0} members</source>
        <translation>{0} members</translation>
    </message>
    <message>
        <source>{0}: {1} → {2}</source>
        <translation>{0}: {1} → {2}</translation>
    </message>
</context>
<context>
    <name>badges</name>
    <message>
        <source>Came from or went to an external system.</source>
        <translation>Came from or went to an external system.</translation>
    </message>
    <message>
        <source>External</source>
        <translation>External</translation>
    </message>
    <message>
        <source>Local</source>
        <translation>Local</translation>
    </message>
    <message>
        <source>Only on this laptop; sent at the next sync.</source>
        <translation>Only on this laptop; sent at the next sync.</translation>
    </message>
    <message>
        <source>Stored on the sync server.</source>
        <translation>Stored on the sync server.</translation>
    </message>
    <message>
        <source>Synced</source>
        <translation>Synced</translation>
    </message>
</context>
<context>
    <name>event_text</name>
    <message>
        <source>(not applied)</source>
        <translation>(not applied)</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Changed</translation>
    </message>
    <message>
        <source>Changed: {0}</source>
        <translation>Changed: {0}</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <source>Duplicate settled</source>
        <translation>Duplicate settled</translation>
    </message>
    <message>
        <source>Member added</source>
        <translation>Member added</translation>
    </message>
    <message>
        <source>Member removed</source>
        <translation>Member removed</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Registered</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>Reviewed</translation>
    </message>
</context>
<context>
    <name>field_text</name>
    <message>
        <source>(± {0} m)</source>
        <translation>(± {0} m)</translation>
    </message>
    <message>
        <source>1 row</source>
        <translation>1 row</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>attachment</source>
        <translation>attachment</translation>
    </message>
    <message>
        <source>{0} rows</source>
        <translation>{0} rows</translation>
    </message>
    <message>
        <source>{0}:</source>
        <translation>{0}:</translation>
    </message>
</context>
<context>
    <name>supervision</name>
    <message>
        <source>Audit history</source>
        <translation>Audit history</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>Duplicates</translation>
    </message>
    <message>
        <source>Integrity</source>
        <translation>Integrity</translation>
    </message>
    <message>
        <source>Registry as of…</source>
        <translation>Registry as of…</translation>
    </message>
</context>
</TS>
