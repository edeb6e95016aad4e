<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>DisplayText</name>
    <message>
        <source>Invited</source>
        <translation>Invité</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expiré</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Révoqué</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Supprimé</translation>
    </message>
    <message>
        <source>No access</source>
        <translation>Sans accès</translation>
    </message>
    <message>
        <source>Porter app</source>
        <translation>Application Porter</translation>
    </message>
    <message>
        <source>Daily doorcode</source>
        <translation>Code de porte quotidien</translation>
    </message>
    <message>
        <source>Portfolio Manager</source>
        <translation>Gestionnaire de portefeuille</translation>
    </message>
    <message>
        <source>Property Manager</source>
        <translation>Gestionnaire d&apos;immeuble</translation>
    </message>
    <message>
        <source>full Key Management</source>
        <translation>gestion complète des clés</translation>
    </message>
    <message>
        <source>limited Key Management</source>
        <translation>gestion limitée des clés</translation>
    </message>
    <message>
        <source>Key Management for specific keys</source>
        <translation>gestion de certaines clés uniquement</translation>
    </message>
    <message>
        <source>no Key Management</source>
        <translation>aucune gestion des clés</translation>
    </message>
    <message>
        <source>Building entrance</source>
        <translation>Entrée de l&apos;immeuble</translation>
    </message>
    <message>
        <source>Residence</source>
        <translation>Logement</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Communal</source>
        <translation>Partie commune</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Retirée</translation>
    </message>
    <message>
        <source>Person deleted</source>
        <translation>Personne supprimée</translation>
    </message>
    <message>
        <source>Host revoked</source>
        <translation>Hôte révoqué</translation>
    </message>
    <message>
        <source>Host deleted</source>
        <translation>Hôte supprimé</translation>
    </message>
    <message>
        <source>Key added</source>
        <translation>Clé ajoutée</translation>
    </message>
    <message>
        <source>Expiration changed</source>
        <translation>Expiration modifiée</translation>
    </message>
    <message>
        <source>Key removed</source>
        <translation>Clé retirée</translation>
    </message>
    <message>
        <source>All keys revoked</source>
        <translation>Toutes les clés révoquées</translation>
    </message>
    <message>
        <source>Guest key shared</source>
        <translation>Clé partagée avec un invité</translation>
    </message>
    <message>
        <source>Keycard enrolled</source>
        <translation>Carte d&apos;accès enregistrée</translation>
    </message>
    <message>
        <source>Keycard activated</source>
        <translation>Carte d&apos;accès activée</translation>
    </message>
    <message>
        <source>Keycard deactivated</source>
        <translation>Carte d&apos;accès désactivée</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <source>Door event</source>
        <translation>Événement de porte</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Porter: building access management.</source>
        <translation>Porter&#xa0;: gestion des accès aux immeubles.</translation>
    </message>
    <message>
        <source>Database file (default: %1).</source>
        <translation>Fichier de base de données (par défaut&#xa0;: %1).</translation>
    </message>
    <message>
        <source>path</source>
        <translation>chemin</translation>
    </message>
    <message>
        <source>Database file.</source>
        <translation>Fichier de base de données.</translation>
    </message>
    <message>
        <source>Porter</source>
        <translation>Porter</translation>
    </message>
    <message>
        <source>Porter has no folder for its database.</source>
        <translation>Porter n’a aucun dossier pour sa base de données.</translation>
    </message>
</context>
<context>
    <name>porter::Demo</name>
    <message>
        <source>%1 already has a portfolio; the demo needs an empty database. Use --db with a new file.</source>
        <translation>%1 contient déjà un portefeuille&#xa0;; la démonstration a besoin d&apos;une base de données vide. Utilisez --db avec un nouveau fichier.</translation>
    </message>
</context>
<context>
    <name>porter::LocalTime</name>
    <message>
        <source>&quot;%1&quot; is not a known time zone. Use an IANA name such as America/New_York or Europe/Paris.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un fuseau horaire connu. Utilisez un nom IANA comme America/New_York ou Europe/Paris.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a usable time zone.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un fuseau horaire utilisable.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date or time. Use YYYY-MM-DD or YYYY-MM-DD HH:MM (the property&apos;s local time).</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est ni une date ni une heure. Utilisez AAAA-MM-JJ ou AAAA-MM-JJ HH:MM (heure locale de l&apos;immeuble).</translation>
    </message>
</context>
<context>
    <name>porter::Password</name>
    <message>
        <source>The password must not be empty.</source>
        <translation>Le mot de passe ne doit pas être vide.</translation>
    </message>
    <message>
        <source>The system random generator failed.</source>
        <translation>Le générateur aléatoire du système a échoué.</translation>
    </message>
    <message>
        <source>Hashing the password failed.</source>
        <translation>Le hachage du mot de passe a échoué.</translation>
    </message>
</context>
<context>
    <name>porter::PeopleModel</name>
    <message>
        <source>At least one key has no expiration date.</source>
        <translation>Au moins une clé n&apos;a pas de date d&apos;expiration.</translation>
    </message>
    <message>
        <source>Guest of %1</source>
        <translation>Invité de %1</translation>
    </message>
    <message>
        <source>No expiration</source>
        <translation>Sans expiration</translation>
    </message>
    <message>
        <source>Resident</source>
        <translation>Résident</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Clés</translation>
    </message>
    <message>
        <source>Access until</source>
        <translation>Accès jusqu&apos;au</translation>
    </message>
    <message>
        <source>Guest of</source>
        <translation>Invité de</translation>
    </message>
</context>
<context>
    <name>porter::PropertiesModel</name>
    <message>
        <source>Time zone: %1</source>
        <translation>Fuseau horaire&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1
Time zone: %2</source>
        <translation>%1
Fuseau horaire&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>porter::sync::LoopbackTransport</name>
    <message>
        <source>Closed.</source>
        <translation>Connexion fermée.</translation>
    </message>
    <message>
        <source>The link to the door was lost.</source>
        <translation>La liaison avec la porte a été perdue.</translation>
    </message>
</context>
<context>
    <name>porter::sync::TcpTransport</name>
    <message>
        <source>The door closed the connection.</source>
        <translation>La porte a fermé la connexion.</translation>
    </message>
    <message>
        <source>Cannot reach the door at %1: %2</source>
        <translation>Impossible de joindre la porte à l&apos;adresse %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Closed.</source>
        <translation>Connexion fermée.</translation>
    </message>
</context>
<context>
    <name>porter::ui::AppController</name>
    <message>
        <source>Porter</source>
        <translation>Porter</translation>
    </message>
    <message>
        <source>The database %1 could not be opened.</source>
        <translation>Impossible d&apos;ouvrir la base de données %1.</translation>
    </message>
    <message>
        <source>The database could not be read.</source>
        <translation>Impossible de lire la base de données.</translation>
    </message>
    <message>
        <source>There is no Porter database at %1.</source>
        <translation>Il n’y a pas de base de données Porter à l’emplacement %1.</translation>
    </message>
    <message>
        <source>Porter can create a new, empty database there and set it up.</source>
        <translation>Porter peut y créer une nouvelle base de données vide et la configurer.</translation>
    </message>
    <message>
        <source>Create Database</source>
        <translation>Créer la base de données</translation>
    </message>
</context>
<context>
    <name>porter::ui::FirstRunDialog</name>
    <message>
        <source>Welcome to Porter</source>
        <translation>Bienvenue dans Porter</translation>
    </message>
    <message>
        <source>Set up your portfolio</source>
        <translation>Configurez votre portefeuille</translation>
    </message>
    <message>
        <source>This database is empty. Create your portfolio and your own Portfolio Manager account; you can add more managers later.
To try Porter with sample buildings and people instead, run &quot;scripts/run --demo&quot;.</source>
        <translation>Cette base de données est vide. Créez votre portefeuille et votre propre compte de Gestionnaire de portefeuille&#xa0;; vous pourrez ajouter d&apos;autres gestionnaires plus tard.
Pour essayer plutôt Porter avec des immeubles et des personnes fictifs, exécutez &quot;scripts/run --demo&quot;.</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Base de données&#xa0;: %1</translation>
    </message>
    <message>
        <source>e.g. Acme Living</source>
        <translation>ex.&#xa0;: Acme Living</translation>
    </message>
    <message>
        <source>Your full name</source>
        <translation>Votre nom complet</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>nom@example.com</translation>
    </message>
    <message>
        <source>At least 10 characters</source>
        <translation>Au moins 10 caractères</translation>
    </message>
    <message>
        <source>e.g. Maple Court (optional)</source>
        <translation>ex.&#xa0;: Maple Court (facultatif)</translation>
    </message>
    <message>
        <source>e.g. America/New_York</source>
        <translation>ex.&#xa0;: America/New_York</translation>
    </message>
    <message>
        <source>Portfolio and your account</source>
        <translation>Portefeuille et votre compte</translation>
    </message>
    <message>
        <source>&amp;Portfolio name:</source>
        <translation>Nom du &amp;portefeuille&#xa0;:</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Votre &amp;nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-mail&#xa0;:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Confirm password:</source>
        <translation>&amp;Confirmer le mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>First property</source>
        <translation>Premier immeuble</translation>
    </message>
    <message>
        <source>P&amp;roperty name:</source>
        <translation>Nom de l&apos;&amp;immeuble&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>&amp;Fuseau horaire&#xa0;:</translation>
    </message>
    <message>
        <source>Co&amp;untry code:</source>
        <translation>Code pa&amp;ys&#xa0;:</translation>
    </message>
    <message>
        <source>Start and expiration times are entered and shown in the property&apos;s time zone, and doors follow it, including daylight saving time.</source>
        <translation>Les heures de début et d&apos;expiration sont saisies et affichées dans le fuseau horaire de l&apos;immeuble, que les portes suivent aussi, y compris l&apos;heure d&apos;été.</translation>
    </message>
    <message>
        <source>Create Portfolio</source>
        <translation>Créer le portefeuille</translation>
    </message>
    <message>
        <source>The two passwords differ. Type the same password twice.</source>
        <translation>Les deux mots de passe sont différents. Saisissez deux fois le même mot de passe.</translation>
    </message>
    <message>
        <source>Your portfolio was created. The property was not: %1</source>
        <translation>Votre portefeuille a été créé, mais pas l&apos;immeuble&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>porter::ui::InviteDialog</name>
    <message>
        <source>%1. %2</source>
        <extracomment>Invite dialog section title: step number and name, e.g. &quot;1. Access method&quot;</extracomment>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Porter &amp;app</source>
        <translation>&amp;Application Porter</translation>
    </message>
    <message>
        <source>Daily &amp;doorcode</source>
        <translation>&amp;Code de porte quotidien</translation>
    </message>
    <message>
        <source>&amp;Resident of this property</source>
        <translation>&amp;Résident de cet immeuble</translation>
    </message>
    <message>
        <source>May &amp;share keys with guests</source>
        <translation>Peut &amp;partager des clés avec des invités</translation>
    </message>
    <message>
        <source>&amp;Now</source>
        <translation>&amp;Maintenant</translation>
    </message>
    <message>
        <source>&amp;Later, on:</source>
        <translation>P&amp;lus tard, le&#xa0;:</translation>
    </message>
    <message>
        <source>Access &amp;expires on:</source>
        <translation>L&apos;accès e&amp;xpire le&#xa0;:</translation>
    </message>
    <message>
        <source>Invite Someone to %1</source>
        <translation>Inviter quelqu&apos;un à %1</translation>
    </message>
    <message>
        <source>Access method</source>
        <translation>Mode d&apos;accès</translation>
    </message>
    <message>
        <source>Opens doors from their phone; the welcome email has the app login.</source>
        <translation>Ouvre les portes depuis son téléphone&#xa0;; l&apos;e-mail de bienvenue contient les identifiants de l&apos;application.</translation>
    </message>
    <message>
        <source>A new keypad code every day, sent to them; no smartphone needed.</source>
        <translation>Un nouveau code de clavier chaque jour, qui lui est envoyé&#xa0;; aucun smartphone nécessaire.</translation>
    </message>
    <message>
        <source>Contact details</source>
        <translation>Coordonnées</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>nom@example.com</translation>
    </message>
    <message>
        <source>e.g. (212) 555-0142 or +1 212 555 0142</source>
        <translation>ex.&#xa0;: (212) 555-0142 ou +1 212 555 0142</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>E&amp;mail:</source>
        <translation>&amp;E-mail&#xa0;:</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>&amp;Téléphone&#xa0;:</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Clés</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>Doors</source>
        <translation>Portes</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Horaire</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Always</source>
        <translation>Toujours</translation>
    </message>
    <message>
        <source>Cannot be shared with guests.</source>
        <translation>Ne peut pas être partagée avec des invités.</translation>
    </message>
    <message>
        <source>Doorcodes are not allowed with this key.</source>
        <translation>Les codes de porte ne sont pas autorisés avec cette clé.</translation>
    </message>
    <message>
        <source>Some of its doors are offline and need a door sync.</source>
        <translation>Certaines de ses portes sont hors ligne et doivent être synchronisées.</translation>
    </message>
    <message>
        <source>This property has no keys yet. Keys are created by a manager with full Key Management (for now with porterctl key add).</source>
        <translation>Cet immeuble n&apos;a pas encore de clés. Les clés sont créées par un gestionnaire disposant de la gestion complète des clés (pour l&apos;instant avec porterctl key add).</translation>
    </message>
    <message>
        <source>Resident and sharing</source>
        <translation>Résident et partage</translation>
    </message>
    <message>
        <source>A resident&apos;s activity at their own residence doors stays private.</source>
        <translation>L&apos;activité d&apos;un résident aux portes de son propre logement reste privée.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Times are in the property&apos;s time zone: %1. With a later start, the welcome email still goes out today.</source>
        <translation>Les heures sont exprimées dans le fuseau horaire de l&apos;immeuble&#xa0;: %1. Avec un début ultérieur, l&apos;e-mail de bienvenue part tout de même aujourd&apos;hui.</translation>
    </message>
    <message>
        <source>Expiration</source>
        <translation>Expiration</translation>
    </message>
    <message>
        <source>Invite someone to %1</source>
        <translation>Inviter quelqu&apos;un à %1</translation>
    </message>
    <message>
        <source>Send Invitation</source>
        <translation>Envoyer l&apos;invitation</translation>
    </message>
    <message>
        <source>Access ends by itself at this time (%1), even at doors that have not been synced.</source>
        <translation>L&apos;accès prend fin automatiquement à cette heure (%1), même aux portes qui n&apos;ont pas été synchronisées.</translation>
    </message>
    <message>
        <source>Recommended: set an expiration date, such as the end of the lease, so access is removed automatically on the right day.</source>
        <translation>Recommandé&#xa0;: définissez une date d&apos;expiration, par exemple la fin du bail, afin que l&apos;accès soit retiré automatiquement le bon jour.</translation>
    </message>
</context>
<context>
    <name>porter::ui::MainWindow</name>
    <message>
        <source>Porter</source>
        <translation>Porter</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>Immeubles</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Ignorer</translation>
    </message>
    <message>
        <source>Hide this message</source>
        <translation>Masquer ce message</translation>
    </message>
    <message>
        <source>Signed in as %1 · %2</source>
        <extracomment>Status bar: &quot;Signed in as &lt;name&gt; · &lt;role&gt;&quot;</extracomment>
        <translation>Connecté en tant que %1 · %2</translation>
    </message>
    <message>
        <source>%1
%2, %3</source>
        <translation>%1
%2, %3</translation>
    </message>
    <message>
        <source>Device Management</source>
        <translation>gestion des appareils</translation>
    </message>
    <message>
        <source>no Device Management</source>
        <translation>aucune gestion des appareils</translation>
    </message>
    <message>
        <source>This portfolio has no properties yet. Add one with porterctl property add, then choose Refresh.</source>
        <translation>Ce portefeuille n&apos;a pas encore d&apos;immeubles. Ajoutez-en un avec porterctl property add, puis choisissez Actualiser.</translation>
    </message>
    <message>
        <source>No property is assigned to you yet. Ask a Portfolio Manager to assign one.</source>
        <translation>Aucun immeuble ne vous est encore attribué. Demandez à un Gestionnaire de portefeuille de vous en attribuer un.</translation>
    </message>
    <message>
        <source>&amp;Invite…</source>
        <translation>&amp;Inviter…</translation>
    </message>
    <message>
        <source>Invite someone to this property and give them keys (%1)</source>
        <translation>Inviter quelqu&apos;un dans cet immeuble et lui donner des clés (%1)</translation>
    </message>
    <message>
        <source>&amp;Revoke All Keys…</source>
        <translation>&amp;Révoquer toutes les clés…</translation>
    </message>
    <message>
        <source>End every key of the selected person and the guest access they gave (%1)</source>
        <translation>Mettre fin à toutes les clés de la personne sélectionnée et aux accès invités qu&apos;elle a accordés (%1)</translation>
    </message>
    <message>
        <source>&amp;Delete Person…</source>
        <translation>&amp;Supprimer la personne…</translation>
    </message>
    <message>
        <source>Remove the selected person from People (%1)</source>
        <translation>Retirer la personne sélectionnée de la liste Personnes (%1)</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>Reload properties, people and door sync tasks (%1)</source>
        <translation>Recharger les immeubles, les personnes et les tâches de synchronisation des portes (%1)</translation>
    </message>
    <message>
        <source>&amp;Find Person</source>
        <translation>Rechercher une &amp;personne</translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation>&amp;Ouvrir une base de données…</translation>
    </message>
    <message>
        <source>Sign &amp;Out</source>
        <translation>Se &amp;déconnecter</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;People</source>
        <translation>&amp;Personnes</translation>
    </message>
    <message>
        <source>Show &amp;Expired Users</source>
        <translation>Afficher les utilisateurs &amp;expirés</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;About Porter</source>
        <translation>À &amp;propos de Porter</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principale</translation>
    </message>
    <message>
        <source>Time zone: %1</source>
        <translation>Fuseau horaire&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 · Time zone: %2</source>
        <translation>%1 · Fuseau horaire&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 — Porter</source>
        <translation>%1 — Porter</translation>
    </message>
    <message>
        <source>You need Key Management permission for this property. Ask a Portfolio Manager to add it to your account.</source>
        <translation>Vous avez besoin de l&apos;autorisation de gestion des clés pour cet immeuble. Demandez à un Gestionnaire de portefeuille de l&apos;ajouter à votre compte.</translation>
    </message>
    <message>
        <source>Door sync tasks unavailable: %1</source>
        <translation>Tâches de synchronisation des portes indisponibles&#xa0;: %1</translation>
    </message>
    <message>
        <source>All doors are in sync</source>
        <translation>Toutes les portes sont synchronisées</translation>
    </message>
    <message>
        <source>%1: 1 pending change</source>
        <translation>%1&#xa0;: 1 modification en attente</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n pending changes</source>
        <translation>
            <numerusform>%1&#xa0;: %n modification en attente</numerusform>
            <numerusform>%1&#xa0;: %n modifications en attente</numerusform>
        </translation>
    </message>
    <message>
        <source>1 door needs a sync</source>
        <translation>1 porte doit être synchronisée</translation>
    </message>
    <message numerus="yes">
        <source>%n doors need a sync</source>
        <translation>
            <numerusform>%n porte doit être synchronisée</numerusform>
            <numerusform>%n portes doivent être synchronisées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n due today)</source>
        <translation>
            <numerusform>%1 (%n à faire aujourd&apos;hui)</numerusform>
            <numerusform>%1 (%n à faire aujourd&apos;hui)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · 1 door alarm</source>
        <translation>%1 · 1 alarme de porte</translation>
    </message>
    <message>
        <source>%1 · %2 door alarms</source>
        <translation>%1 · %2 alarmes de porte</translation>
    </message>
    <message>
        <source>door %1</source>
        <translation>porte %1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>%1 was invited. The welcome email is queued.</source>
        <translation>Invitation créée pour %1. L&apos;e-mail de bienvenue est en file d&apos;attente.</translation>
    </message>
    <message>
        <source>Sync these doors on the day access starts: %1.</source>
        <translation>Synchronisez ces portes le jour où l&apos;accès commence&#xa0;: %1.</translation>
    </message>
    <message>
        <source>%1 will no longer open any door of %2 once the doors have been synced.</source>
        <translation>%1 ne pourra plus ouvrir aucune porte de %2 une fois les portes synchronisées.</translation>
    </message>
    <message>
        <source>The guest access %1 has given is revoked too.</source>
        <translation>L&apos;accès invité accordé par %1 est également révoqué.</translation>
    </message>
    <message numerus="yes">
        <source>The %n guest shares %1 has given are revoked too.</source>
        <translation>
            <numerusform>%n accès invité accordé par %1 est également révoqué.</numerusform>
            <numerusform>Les %n accès invités accordés par %1 sont également révoqués.</numerusform>
        </translation>
    </message>
    <message>
        <source>Any guest access %1 has given is revoked too.</source>
        <translation>Tout accès invité accordé par %1 est également révoqué.</translation>
    </message>
    <message>
        <source>%1 stays listed under “Show expired users”, and you can give them keys again later.</source>
        <translation>%1 reste visible sous «&#xa0;Afficher les utilisateurs expirés&#xa0;», et vous pourrez lui redonner des clés plus tard.</translation>
    </message>
    <message>
        <source>Afterwards, sync the affected offline doors: until then they still let %1 in.</source>
        <translation>Ensuite, synchronisez les portes hors ligne concernées&#xa0;: d&apos;ici là, elles laissent encore entrer %1.</translation>
    </message>
    <message>
        <source>Revoke All Keys</source>
        <translation>Révoquer toutes les clés</translation>
    </message>
    <message>
        <source>Revoke all keys of %1?</source>
        <translation>Révoquer toutes les clés de %1&#xa0;?</translation>
    </message>
    <message>
        <source>The keys of %1 were not revoked.</source>
        <translation>Les clés de %1 n&apos;ont pas été révoquées.</translation>
    </message>
    <message>
        <source>Keys of %1 revoked: 1 key ended.</source>
        <translation>Clés de %1 révoquées&#xa0;: 1 clé a pris fin.</translation>
    </message>
    <message numerus="yes">
        <source>Keys of %1 revoked: %n keys ended.</source>
        <translation>
            <numerusform>Clés de %1 révoquées&#xa0;: %n clé a pris fin.</numerusform>
            <numerusform>Clés de %1 révoquées&#xa0;: %n clés ont pris fin.</numerusform>
        </translation>
    </message>
    <message>
        <source>1 guest share ended.</source>
        <translation>1 accès invité a pris fin.</translation>
    </message>
    <message numerus="yes">
        <source>%n guest shares ended.</source>
        <translation>
            <numerusform>%n accès invité a pris fin.</numerusform>
            <numerusform>%n accès invités ont pris fin.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync these doors to remove the access from them: %1.</source>
        <translation>Synchronisez ces portes pour en retirer l&apos;accès&#xa0;: %1.</translation>
    </message>
    <message>
        <source>%1 is removed from People and loses access to every door once the doors have been synced.</source>
        <translation>La personne %1 est retirée de la liste Personnes et perd l&apos;accès à toutes les portes une fois celles-ci synchronisées.</translation>
    </message>
    <message>
        <source>Any permanent guests of %1 lose access too.</source>
        <translation>Les éventuels invités permanents de %1 perdent aussi l&apos;accès.</translation>
    </message>
    <message>
        <source>Their 1 permanent guest loses access too.</source>
        <translation>Son invité permanent perd aussi l&apos;accès.</translation>
    </message>
    <message numerus="yes">
        <source>Their %n permanent guests lose access too.</source>
        <translation>
            <numerusform>Son %n invité permanent perd aussi l&apos;accès.</numerusform>
            <numerusform>Ses %n invités permanents perdent aussi l&apos;accès.</numerusform>
        </translation>
    </message>
    <message>
        <source>Their past activity stays available in Activity. To give them access again you will need to send a new invitation.</source>
        <translation>Son activité passée reste consultable dans Activité. Pour lui redonner accès, vous devrez envoyer une nouvelle invitation.</translation>
    </message>
    <message>
        <source>Afterwards, sync the affected offline doors.</source>
        <translation>Ensuite, synchronisez les portes hors ligne concernées.</translation>
    </message>
    <message>
        <source>Delete Person</source>
        <translation>Supprimer la personne</translation>
    </message>
    <message>
        <source>Delete %1?</source>
        <translation>Supprimer %1&#xa0;?</translation>
    </message>
    <message>
        <source>%1 was not deleted.</source>
        <translation>La personne %1 n&apos;a pas été supprimée.</translation>
    </message>
    <message>
        <source>%1 was deleted.</source>
        <translation>La personne %1 a été supprimée.</translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation>Ouvrir une base de données</translation>
    </message>
    <message>
        <source>Porter databases (*.sqlite *.db);;All files (*)</source>
        <translation>Bases de données Porter (*.sqlite *.db);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>About Porter</source>
        <translation>À propos de Porter</translation>
    </message>
    <message>
        <source>Porter %1</source>
        <translation>Porter %1</translation>
    </message>
    <message>
        <source>Building access for property managers: invite people, give and revoke keys, and sync offline doors.

Database: %1</source>
        <translation>Accès aux immeubles pour les gestionnaires d&apos;immeubles&#xa0;: invitez des personnes, donnez et révoquez des clés, et synchronisez les portes hors ligne.

Base de données&#xa0;: %1</translation>
    </message>
    <message>
        <source> (holds the old doorcode secret)</source>
        <translation> (détient l’ancien secret des codes de porte)</translation>
    </message>
</context>
<context>
    <name>porter::ui::PeoplePage</name>
    <message>
        <source>Show expired users</source>
        <translation>Afficher les utilisateurs expirés</translation>
    </message>
    <message>
        <source>Invite Someone…</source>
        <translation>Inviter quelqu&apos;un…</translation>
    </message>
    <message>
        <source>Search name, email or phone</source>
        <translation>Rechercher par nom, e-mail ou téléphone</translation>
    </message>
    <message>
        <source>Also list people whose keys were revoked or have expired. You can give them keys again.</source>
        <translation>Affiche aussi les personnes dont les clés ont été révoquées ou ont expiré. Vous pouvez leur redonner des clés.</translation>
    </message>
    <message>
        <source>People — %1</source>
        <translation>Personnes — %1</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>1 person</source>
        <translation>1 personne</translation>
    </message>
    <message numerus="yes">
        <source>%n people</source>
        <translation>
            <numerusform>%n personne</numerusform>
            <numerusform>%n personnes</numerusform>
        </translation>
    </message>
    <message>
        <source>No property selected</source>
        <translation>Aucun immeuble sélectionné</translation>
    </message>
    <message>
        <source>Choose a property on the left to see its people.</source>
        <translation>Choisissez un immeuble à gauche pour afficher sa liste de personnes.</translation>
    </message>
    <message>
        <source>People could not be listed</source>
        <translation>Impossible d&apos;afficher la liste des personnes</translation>
    </message>
    <message>
        <source>Nobody matches “%1”</source>
        <translation>Aucune personne ne correspond à «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Try part of a name, an email address or a phone number.</source>
        <translation>Essayez une partie d&apos;un nom, une adresse e-mail ou un numéro de téléphone.</translation>
    </message>
    <message>
        <source>Try part of a name, an email address or a phone number, or tick “Show expired users” to include people without current access.</source>
        <translation>Essayez une partie d&apos;un nom, une adresse e-mail ou un numéro de téléphone, ou cochez «&#xa0;Afficher les utilisateurs expirés&#xa0;» pour inclure les personnes sans accès actuel.</translation>
    </message>
    <message>
        <source>Nobody has access right now</source>
        <translation>Personne n&apos;a accès pour le moment</translation>
    </message>
    <message>
        <source>No people yet</source>
        <translation>Aucune personne pour l&apos;instant</translation>
    </message>
    <message>
        <source>Everyone&apos;s access has ended or was revoked. Tick “Show expired users” to see them, or invite someone.</source>
        <translation>L&apos;accès de toutes les personnes a pris fin ou a été révoqué. Cochez «&#xa0;Afficher les utilisateurs expirés&#xa0;» pour les voir, ou invitez quelqu&apos;un.</translation>
    </message>
    <message>
        <source>Invite residents, staff and vendors to give them keys to this property&apos;s doors.</source>
        <translation>Invitez des résidents, du personnel et des prestataires pour leur donner des clés des portes de cet immeuble.</translation>
    </message>
</context>
<context>
    <name>porter::ui::PersonPanel</name>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Expiration</source>
        <translation>Expiration</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Doors</source>
        <translation>Portes</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>Invité</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Jusqu&apos;au</translation>
    </message>
    <message>
        <source>Serial</source>
        <translation>Numéro de série</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Enregistrée</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Revoke All Keys…</source>
        <translation>Révoquer toutes les clés…</translation>
    </message>
    <message>
        <source>Delete Person…</source>
        <translation>Supprimer la personne…</translation>
    </message>
    <message>
        <source>Select a person to see their keys, guests, keycards and activity.</source>
        <translation>Sélectionnez une personne pour voir ses clés, ses invités, ses cartes d&apos;accès et son activité.</translation>
    </message>
    <message>
        <source>Email:</source>
        <translation>E-mail&#xa0;:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Téléphone&#xa0;:</translation>
    </message>
    <message>
        <source>Access by:</source>
        <translation>Accès par&#xa0;:</translation>
    </message>
    <message>
        <source>May share:</source>
        <translation>Peut partager&#xa0;:</translation>
    </message>
    <message>
        <source>Invited:</source>
        <translation>Date d&apos;invitation&#xa0;:</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Clés</translation>
    </message>
    <message>
        <source>Guests</source>
        <translation>Invités</translation>
    </message>
    <message>
        <source>Keycards</source>
        <translation>Cartes d&apos;accès</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <source>Resident</source>
        <translation>Résident</translation>
    </message>
    <message>
        <source>Guest of %1</source>
        <translation>Invité de %1</translation>
    </message>
    <message>
        <source>Not a resident</source>
        <translation>Non résident</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Yes, with guests</source>
        <translation>Oui, avec des invités</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expirée</translation>
    </message>
    <message>
        <source>Starts later</source>
        <translation>Commence plus tard</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>No expiration</source>
        <translation>Sans expiration</translation>
    </message>
    <message>
        <source>%1 (shared by %2)</source>
        <translation>%1 (partagée par %2)</translation>
    </message>
    <message>
        <source>Permanent</source>
        <translation>Permanent</translation>
    </message>
    <message>
        <source>No keys. Give keys with a new invitation.</source>
        <translation>Aucune clé. Donnez des clés avec une nouvelle invitation.</translation>
    </message>
    <message>
        <source>1 key has no expiration date: this access will not end by itself.</source>
        <translation>1 clé n&apos;a pas de date d&apos;expiration&#xa0;: cet accès ne prendra pas fin de lui-même.</translation>
    </message>
    <message numerus="yes">
        <source>%n keys have no expiration date: this access will not end by itself.</source>
        <translation>
            <numerusform>%n clé n&apos;a pas de date d&apos;expiration&#xa0;: cet accès ne prendra pas fin de lui-même.</numerusform>
            <numerusform>%n clés n&apos;ont pas de date d&apos;expiration&#xa0;: cet accès ne prendra pas fin de lui-même.</numerusform>
        </translation>
    </message>
    <message>
        <source>No current keys. Revoked people stay listed under “Show expired users”.</source>
        <translation>Aucune clé en cours. Les personnes révoquées restent visibles sous «&#xa0;Afficher les utilisateurs expirés&#xa0;».</translation>
    </message>
    <message>
        <source>Guests (%1)</source>
        <translation>Invités (%1)</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inactive</translation>
    </message>
    <message>
        <source>No keycards enrolled.</source>
        <translation>Aucune carte d&apos;accès enregistrée.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>porter::ui::SignInDialog</name>
    <message>
        <source>Sign in to Porter</source>
        <translation>Connexion à Porter</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Base de données&#xa0;: %1</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>nom@example.com</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-mail&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>Sign In</source>
        <translation>Se connecter</translation>
    </message>
</context>
<context>
    <name>porter::ui::StatusLegend</name>
    <message>
        <source>Invited: access starts later. Active: can open doors now. Expired: every key has passed its expiration. Revoked: all keys were revoked; can be given keys again.</source>
        <translation>Invité&#xa0;: l&apos;accès commence plus tard. Actif&#xa0;: peut ouvrir les portes maintenant. Expiré&#xa0;: toutes ses clés ont dépassé leur date d&apos;expiration. Révoqué&#xa0;: toutes ses clés ont été révoquées&#xa0;; de nouvelles clés peuvent lui être données.</translation>
    </message>
</context>
</TS>
