<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>DisplayText</name>
    <message>
        <source>Invited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Porter app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily doorcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portfolio Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Property Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>full Key Management</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>limited Key Management</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key Management for specific keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no Key Management</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building entrance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Residence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Communal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiration changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All keys revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guest key shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keycard enrolled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keycard activated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keycard deactivated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Door event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Porter: building access management.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database file (default: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>path</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>porter::PeopleModel</name>
    <message>
        <source>At least one key has no expiration date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guest of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No expiration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guest of</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>porter::PropertiesModel</name>
    <message>
        <source>Time zone: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Time zone: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>porter::sync::LoopbackTransport</name>
    <message>
        <source>Closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link to the door was lost.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>porter::sync::TcpTransport</name>
    <message>
        <source>The door closed the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reach the door at %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>porter::ui::AppController</name>
    <message>
        <source>Porter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>porter::ui::FirstRunDialog</name>
    <message>
        <source>Welcome to Porter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up your portfolio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database is empty. Create your portfolio and your own Portfolio Manager account; you can add more managers later.
To try Porter with sample buildings and people instead, run &quot;scripts/run --demo&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Acme Living</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least 10 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Maple Court (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. America/New_York</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portfolio and your account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Portfolio name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Confirm password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First property</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;roperty name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;untry code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start and expiration times are entered and shown in the property&apos;s time zone, and doors follow it, including daylight saving time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create Portfolio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords differ. Type the same password twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your portfolio was created. The property was not: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>porter::ui::InviteDialog</name>
    <message>
        <source>%1. %2</source>
        <extracomment>Invite dialog section title: step number and name, e.g. &quot;1. Access method&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Porter &amp;app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily &amp;doorcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resident of this property</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>May &amp;share keys with guests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Later, on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access &amp;expires on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invite Someone to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens doors from their phone; the welcome email has the app login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new keypad code every day, sent to them; no smartphone needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. (212) 555-0142 or +1 212 555 0142</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Doors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Always</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot be shared with guests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Doorcodes are not allowed with this key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some of its doors are offline and need a door sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This property has no keys yet. Keys are created by a manager with full Key Management (for now with porterctl key add).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resident and sharing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A resident&apos;s activity at their own residence doors stays private.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times are in the property&apos;s time zone: %1. With a later start, the welcome email still goes out today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invite someone to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send Invitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access ends by itself at this time (%1), even at doors that have not been synced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommended: set an expiration date, such as the end of the lease, so access is removed automatically on the right day.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>porter::ui::MainWindow</name>
    <message>
        <source>Porter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Properties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide this message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as %1 · %2</source>
        <extracomment>Status bar: &quot;Signed in as &lt;name&gt; · &lt;role&gt;&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
%2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device Management</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no Device Management</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This portfolio has no properties yet. Add one with porterctl property add, then choose Refresh.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No property is assigned to you yet. Ask a Portfolio Manager to assign one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Invite…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invite someone to this property and give them keys (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Revoke All Keys…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End every key of the selected person and the guest access they gave (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete Person…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected person from People (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload properties, people and door sync tasks (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;Expired Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Porter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · Time zone: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Porter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You need Key Management permission for this property. Ask a Portfolio Manager to add it to your account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Door sync tasks unavailable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All doors are in sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: 1 pending change</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n pending changes</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>1 door needs a sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n doors need a sync</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n due today)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>door %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was invited. The welcome email is queued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync these doors on the day access starts: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 will no longer open any door of %2 once the doors have been synced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The guest access %1 has given is revoked too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The %n guest shares %1 has given are revoked too.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Any guest access %1 has given is revoked too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 stays listed under “Show expired users”, and you can give them keys again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Afterwards, sync the affected offline doors: until then they still let %1 in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke All Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke all keys of %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keys of %1 were not revoked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys of %1 revoked: 1 key ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Keys of %1 revoked: %n keys ended.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>1 guest share ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n guest shares ended.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Sync these doors to remove the access from them: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is removed from People and loses access to every door once the doors have been synced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any permanent guests of %1 lose access too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their 1 permanent guest loses access too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Their %n permanent guests lose access too.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Their past activity stays available in Activity. To give them access again you will need to send a new invitation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Afterwards, sync the affected offline doors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Porter databases (*.sqlite *.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Porter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Porter %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building access for property managers: invite people, give and revoke keys, and sync offline doors.

Database: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>porter::ui::PeoplePage</name>
    <message>
        <source>Show expired users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invite Someone…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search name, email or phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also list people whose keys were revoked or have expired. You can give them keys again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 person</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n people</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No property selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a property on the left to see its people.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People could not be listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody matches “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try part of a name, an email address or a phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try part of a name, an email address or a phone number, or tick “Show expired users” to include people without current access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody has access right now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No people yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone&apos;s access has ended or was revoked. Tick “Show expired users” to see them, or invite someone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invite residents, staff and vendors to give them keys to this property&apos;s doors.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>porter::ui::PersonPanel</name>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Doors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke All Keys…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Person…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a person to see their keys, guests, keycards and activity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>May share:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invited:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keycards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guest of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a resident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes, with guests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No expiration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (shared by %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permanent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keys. Give keys with a new invitation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 key has no expiration date: this access will not end by itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n keys have no expiration date: this access will not end by itself.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No current keys. Revoked people stay listed under “Show expired users”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guests (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keycards enrolled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>porter::ui::SignInDialog</name>
    <message>
        <source>Sign in to Porter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign In</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>porter::ui::StatusLegend</name>
    <message>
        <source>Invited: access starts later. Active: can open doors now. Expired: every key has passed its expiration. Revoked: all keys were revoked; can be given keys again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
