<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>AccessService</name>
    <message>
        <source>first name</source>
        <translation>prénom</translation>
    </message>
    <message>
        <source>last name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>The expiration must be after the start.</source>
        <translation>L&apos;expiration doit être postérieure au début.</translation>
    </message>
    <message>
        <source>The expiration is in the past. Pick a later date, or remove the key instead.</source>
        <translation>L&apos;expiration est déjà passée. Choisissez une date ultérieure, ou retirez plutôt la clé.</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt; already has an active invitation at %3 (person %4). Edit their access instead.</source>
        <translation>%1 &lt;%2&gt; a déjà une invitation active à %3 (personne %4). Modifiez plutôt son accès.</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt; is already listed at %3 as %4 (person %5). Add a key to them to give access again, or delete them first.</source>
        <translation>%1 &lt;%2&gt; figure déjà à %3 en tant que %4 (personne %5). Ajoutez-lui une clé pour lui redonner accès, ou supprimez-la d&apos;abord.</translation>
    </message>
    <message>
        <source>Add at least one key to the invitation.</source>
        <translation>Ajoutez au moins une clé à l&apos;invitation.</translation>
    </message>
    <message>
        <source>No expiration was set: %1&apos;s access will not end by itself. Setting one (such as the lease end) is recommended.</source>
        <translation>Aucune expiration n&apos;a été définie&#xa0;: l&apos;accès de %1 ne prendra pas fin de lui-même. Il est recommandé d&apos;en définir une (par exemple la fin du bail).</translation>
    </message>
    <message>
        <source>Key &quot;%1&quot; opens no doors. Add doors to it first.</source>
        <translation>La clé «&#xa0;%1&#xa0;» n&apos;ouvre aucune porte. Ajoutez-lui d&apos;abord des portes.</translation>
    </message>
    <message>
        <source>&lt;%1&gt; is already listed at %2. Nothing was changed; look them up in People.</source>
        <translation>&lt;%1&gt; figure déjà à %2. Rien n&apos;a été modifié&#xa0;; recherchez cette personne dans Personnes.</translation>
    </message>
    <message>
        <source>%1 already holds &quot;%2&quot; (grant %3). Change its expiration instead.</source>
        <translation>%1 détient déjà «&#xa0;%2&#xa0;» (attribution %3). Modifiez plutôt son expiration.</translation>
    </message>
    <message>
        <source>%1 already holds &quot;%2&quot;. Nothing was changed; look at their keys and change that grant&apos;s expiration instead.</source>
        <translation>%1 détient déjà «&#xa0;%2&#xa0;». Rien n&apos;a été modifié&#xa0;; consultez ses clés et modifiez plutôt l&apos;expiration de cette attribution.</translation>
    </message>
    <message>
        <source>Grant %1 has already ended; add the key again instead.</source>
        <translation>L&apos;attribution %1 a déjà pris fin&#xa0;; ajoutez plutôt la clé de nouveau.</translation>
    </message>
    <message>
        <source>Grant %1 has already ended.</source>
        <translation>L&apos;attribution %1 a déjà pris fin.</translation>
    </message>
    <message>
        <source>%1 is a guest and cannot share keys further.</source>
        <translation>%1 est une personne invitée et ne peut pas partager de clés à son tour.</translation>
    </message>
    <message>
        <source>%1 may not share keys. Turn on &quot;May share key&quot; for them first.</source>
        <translation>%1 n&apos;a pas le droit de partager des clés. Activez d&apos;abord «&#xa0;Peut partager des clés&#xa0;» pour cette personne.</translation>
    </message>
    <message>
        <source>Choose at least one key to share.</source>
        <translation>Choisissez au moins une clé à partager.</translation>
    </message>
    <message>
        <source>The key &quot;%1&quot; may not be shared.</source>
        <translation>La clé «&#xa0;%1&#xa0;» ne peut pas être partagée.</translation>
    </message>
    <message>
        <source>%1 does not hold the key &quot;%2&quot;, so cannot share it.</source>
        <translation>%1 ne détient pas la clé «&#xa0;%2&#xa0;» et ne peut donc pas la partager.</translation>
    </message>
    <message>
        <source>The guest pass would start before %1&apos;s own access to &quot;%2&quot; does.</source>
        <translation>L&apos;accès invité commencerait avant l&apos;accès de %1 lui-même à «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>The guest pass would outlast %1&apos;s own access to &quot;%2&quot; (until %3). Give the pass an end no later than that.</source>
        <translation>L&apos;accès invité durerait plus longtemps que l&apos;accès de %1 lui-même à «&#xa0;%2&#xa0;» (jusqu&apos;au %3). Donnez-lui une fin qui ne soit pas plus tardive.</translation>
    </message>
    <message>
        <source>Keycard %1 is already enrolled (for person %2). Deactivate or delete it there first.</source>
        <translation>La carte d&apos;accès %1 est déjà enregistrée (pour la personne %2). Désactivez-la ou supprimez-la d&apos;abord à cet endroit.</translation>
    </message>
    <message>
        <source>Keycard %1 is already enrolled. Nothing was changed.</source>
        <translation>La carte d&apos;accès %1 est déjà enregistrée. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>%1 is a guest, not a resident. Invite them to make them a resident.</source>
        <translation>%1 est une personne invitée, pas un résident. Invitez-la pour en faire un résident.</translation>
    </message>
    <message>
        <source>&lt;%1&gt; already belongs to %2 at %3 (person %4). Nothing was changed.</source>
        <translation>&lt;%1&gt; appartient déjà à %2 à %3 (personne %4). Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>&lt;%1&gt; already belongs to someone else at %2. Nothing was changed.</source>
        <translation>&lt;%1&gt; appartient déjà à quelqu&apos;un d&apos;autre à %2. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>There is no guest pass with id %1.</source>
        <translation>Il n&apos;existe aucun accès invité avec l&apos;identifiant %1.</translation>
    </message>
    <message>
        <source>The guest pass %1 has already ended.</source>
        <translation>L&apos;accès invité %1 a déjà pris fin.</translation>
    </message>
    <message>
        <source>%1 is a guest: guests get no welcome email, their host shares the pass with them.</source>
        <translation>%1 est une personne invitée&#xa0;: les invités ne reçoivent pas d&apos;e-mail de bienvenue, c&apos;est leur hôte qui partage l&apos;accès avec eux.</translation>
    </message>
    <message>
        <source>%1 holds no current or future key, so a welcome email would invite them to nothing. Add a key first.</source>
        <translation>%1 ne détient aucune clé actuelle ou future&#xa0;: un e-mail de bienvenue ne l&apos;inviterait à rien. Ajoutez d&apos;abord une clé.</translation>
    </message>
</context>
<context>
    <name>BleRadio</name>
    <message>
        <source>Bluetooth (no adapter)</source>
        <translation>Bluetooth (aucun adaptateur)</translation>
    </message>
    <message>
        <source>Bluetooth (%1)</source>
        <translation>Bluetooth (%1)</translation>
    </message>
    <message>
        <source>Bluetooth (%1, %2)</source>
        <translation>Bluetooth (%1, %2)</translation>
    </message>
    <message>
        <source>Door %1 is not in range: scan first, standing near the door.</source>
        <translation>La porte %1 n&apos;est pas à portée&#xa0;: lancez d&apos;abord une recherche, près de la porte.</translation>
    </message>
    <message>
        <source>No Bluetooth adapter was found to turn on. Plug in or enable the laptop&apos;s Bluetooth.</source>
        <translation>Aucun adaptateur Bluetooth à activer n&apos;a été trouvé. Branchez ou activez le Bluetooth de l&apos;ordinateur portable.</translation>
    </message>
    <message>
        <source>Bluetooth could not be turned on from Porter. Turn it on in the system&apos;s Bluetooth settings, then scan again.</source>
        <translation>Porter n&apos;a pas pu activer le Bluetooth. Activez-le dans les réglages Bluetooth du système, puis relancez la recherche.</translation>
    </message>
</context>
<context>
    <name>BulkService</name>
    <message>
        <source>Select at least one person.</source>
        <translation>Sélectionnez au moins une personne.</translation>
    </message>
    <message>
        <source>The expiration must be after the start.</source>
        <translation>L&apos;expiration doit être postérieure au début.</translation>
    </message>
    <message>
        <source>The expiration is in the past. Pick a later date.</source>
        <translation>L&apos;expiration est dans le passé. Choisissez une date ultérieure.</translation>
    </message>
    <message>
        <source>Key &quot;%1&quot; opens no doors. Add doors to it first.</source>
        <translation>La clé «&#xa0;%1&#xa0;» n&apos;ouvre aucune porte. Ajoutez-lui d&apos;abord des portes.</translation>
    </message>
    <message>
        <source>The key &quot;%1&quot; does not allow doorcodes, so %2 (daily doorcode) could not open its doors. Leave them out, or allow doorcodes on the key.</source>
        <translation>La clé «&#xa0;%1&#xa0;» n&apos;accepte pas les codes de porte&#xa0;: %2 (code de porte quotidien) ne pourrait pas ouvrir ses portes. Excluez ces personnes, ou autorisez les codes de porte sur la clé.</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>The file is %1 MB; Porter reads spreadsheets of up to %2 MB. Split it and import the parts one after another.</source>
        <translation>Le fichier fait %1 Mo ; Porter lit les feuilles de calcul jusqu&apos;à %2 Mo. Divisez-le et importez les parties l&apos;une après l&apos;autre.</translation>
    </message>
    <message>
        <source>The file says it is %1 but holds bytes that are not: it may be damaged. Save it again as “CSV UTF-8” and try once more.</source>
        <translation>Le fichier se dit en %1 mais contient des octets qui ne le sont pas : il est peut-être endommagé. Enregistrez-le de nouveau au format « CSV UTF-8 » et réessayez.</translation>
    </message>
    <message>
        <source>Porter cannot tell how the file&apos;s text is encoded. Save it as “CSV UTF-8” and try again.</source>
        <translation>Porter ne parvient pas à déterminer l&apos;encodage du texte du fichier. Enregistrez-le au format « CSV UTF-8 » et réessayez.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Le fichier est vide.</translation>
    </message>
    <message>
        <source>This is a workbook (.xlsx, .xls or .ods), not a CSV file. Save it as “CSV UTF-8 (comma delimited)” in Excel or “Text CSV” in LibreOffice, and choose that file.</source>
        <translation>Ceci est un classeur (.xlsx, .xls ou .ods), pas un fichier CSV. Enregistrez-le au format « CSV UTF-8 (délimité par des virgules) » dans Excel ou « Texte CSV » dans LibreOffice, puis choisissez ce fichier.</translation>
    </message>
    <message>
        <source>This file is not a spreadsheet saved as CSV: it holds binary data. Save the list as “CSV UTF-8” and choose that file.</source>
        <translation>Ce fichier n&apos;est pas une feuille de calcul enregistrée en CSV : il contient des données binaires. Enregistrez la liste au format « CSV UTF-8 » et choisissez ce fichier.</translation>
    </message>
    <message>
        <source>Out of memory while reading the file.</source>
        <translation>Mémoire insuffisante pendant la lecture du fichier.</translation>
    </message>
    <message>
        <source>The file could not be read as CSV (%1).</source>
        <translation>Le fichier n&apos;a pas pu être lu comme CSV (%1).</translation>
    </message>
    <message>
        <source>The file has more than %1 rows. Split it into files of at most %1 people and import them one after another.</source>
        <translation>Le fichier compte plus de %1 lignes. Divisez-le en fichiers d&apos;au plus %1 personnes et importez-les l&apos;un après l&apos;autre.</translation>
    </message>
    <message>
        <source>The file has no rows, only empty lines.</source>
        <translation>Le fichier n&apos;a aucune ligne, seulement des lignes vides.</translation>
    </message>
    <message>
        <source>The file has a header row but no people under it.</source>
        <translation>Le fichier a une ligne d&apos;en-tête mais aucune personne en dessous.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Impossible d&apos;ouvrir %1 : %2</translation>
    </message>
</context>
<context>
    <name>CsvWriter</name>
    <message>
        <source>Could not write the file: %1. Check that the disk is not full and try again.</source>
        <translation>Impossible d&apos;écrire le fichier&#xa0;: %1. Vérifiez que le disque n&apos;est pas plein et réessayez.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Porter has no folder for its database: the home folder is not set, does not exist or cannot be written. Set HOME to your home folder, or give a database file with --db PATH.</source>
        <translation>Porter n&apos;a aucun dossier pour sa base de données&#xa0;: le dossier personnel n&apos;est pas défini, n&apos;existe pas ou n&apos;est pas accessible en écriture. Définissez HOME sur votre dossier personnel, ou indiquez un fichier de base de données avec --db PATH.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a Porter database file. Give the path of the database file.</source>
        <translation>%1 est un dossier, pas un fichier de base de données Porter. Indiquez le chemin du fichier de base de données.</translation>
    </message>
    <message>
        <source>No Porter database at %1.</source>
        <translation>Il n&apos;y a pas de base de données Porter à l&apos;emplacement %1.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the database.</source>
        <translation>Impossible de créer le dossier %1 pour la base de données.</translation>
    </message>
    <message>
        <source>Cannot create the database %1: %2</source>
        <translation>Impossible de créer la base de données %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>open</source>
        <translation>s&apos;ouvrir</translation>
    </message>
    <message>
        <source>Cannot read %1: %2. Check that you may read it.</source>
        <translation>Impossible de lire %1&#xa0;: %2. Vérifiez que vous avez le droit de le lire.</translation>
    </message>
    <message>
        <source>No Porter database at %1 (the file is empty).</source>
        <translation>Il n&apos;y a pas de base de données Porter à l&apos;emplacement %1 (le fichier est vide).</translation>
    </message>
    <message>
        <source>it is not an SQLite database file</source>
        <translation>ce n&apos;est pas un fichier de base de données SQLite</translation>
    </message>
    <message>
        <source>read</source>
        <translation>être lue</translation>
    </message>
    <message>
        <source>No Porter database at %1 (the file is an empty SQLite database).</source>
        <translation>Il n&apos;y a pas de base de données Porter à l&apos;emplacement %1 (le fichier est une base de données SQLite vide).</translation>
    </message>
    <message>
        <source>it is another application&apos;s SQLite database</source>
        <translation>c&apos;est la base de données SQLite d&apos;une autre application</translation>
    </message>
    <message>
        <source>%1 was written by a newer Porter (schema %2; this one knows %3). Update Porter to open it.</source>
        <translation>%1 a été écrit par une version plus récente de Porter (schéma %2&#xa0;; celle-ci connaît le %3). Mettez Porter à jour pour l&apos;ouvrir.</translation>
    </message>
    <message>
        <source>The database %1 is damaged: part of it cannot be read. Nothing was changed. Close Porter and restore the file from a backup.</source>
        <translation>La base de données %1 est endommagée&#xa0;: une partie est illisible. Rien n&apos;a été modifié. Fermez Porter et restaurez le fichier à partir d&apos;une sauvegarde.</translation>
    </message>
    <message>
        <source>The disk could not read or write the database %1. Nothing was changed. Check the disk; if this happens again, restore the file from a backup.</source>
        <translation>Le disque n&apos;a pas pu lire ou écrire la base de données %1. Rien n&apos;a été modifié. Vérifiez le disque&#xa0;; si cela se reproduit, restaurez le fichier à partir d&apos;une sauvegarde.</translation>
    </message>
    <message>
        <source>The disk holding the database %1 is full. Nothing was changed. Free some space and try again.</source>
        <translation>Le disque qui contient la base de données %1 est plein. Rien n&apos;a été modifié. Libérez de l&apos;espace et réessayez.</translation>
    </message>
    <message>
        <source>The database %1 cannot be written (it or its folder is read-only). Nothing was changed. Check its permissions.</source>
        <translation>La base de données %1 n&apos;est pas accessible en écriture (elle ou son dossier est en lecture seule). Rien n&apos;a été modifié. Vérifiez ses autorisations.</translation>
    </message>
    <message>
        <source>The database %1 is busy: another Porter is writing to it. Nothing was changed. Try again.</source>
        <translation>La base de données %1 est occupée&#xa0;: un autre Porter est en train d&apos;y écrire. Rien n&apos;a été modifié. Réessayez.</translation>
    </message>
    <message>
        <source>Cannot open the database %1. Check that the file and its folder exist and that you may read and write them.</source>
        <translation>Impossible d&apos;ouvrir la base de données %1. Vérifiez que le fichier et son dossier existent et que vous avez le droit de les lire et d&apos;y écrire.</translation>
    </message>
    <message>
        <source>The database %1 could not %2 (%3). Nothing was changed.</source>
        <translation>La base de données %1 n&apos;a pas pu %2 (%3). Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>read its rows</source>
        <translation>lire ses lignes</translation>
    </message>
    <message>
        <source>SQLite refused WAL mode for %1 (it reported &quot;%2&quot;).</source>
        <translation>SQLite a refusé le mode WAL pour %1 (message&#xa0;: «&#xa0;%2&#xa0;»).</translation>
    </message>
    <message>
        <source>SQLite refused to enforce foreign keys.</source>
        <translation>SQLite a refusé d&apos;appliquer les clés étrangères.</translation>
    </message>
    <message>
        <source>Migration %1 is missing from this build.</source>
        <translation>La migration %1 est absente de cette version.</translation>
    </message>
    <message>
        <source>%1 lists the same person twice (%2). This Porter allows one live person per email and property, and cannot choose which one to keep. Nothing was changed: with the Porter that wrote this file, delete all but one of each (porterctl delete PERSON --yes), then open it here again.</source>
        <translation>%1 contient deux fois la même personne (%2). Cette version de Porter n&apos;accepte qu&apos;une personne active par e-mail et par immeuble, et ne peut pas choisir laquelle garder. Rien n&apos;a été modifié&#xa0;: avec le Porter qui a écrit ce fichier, supprimez toutes les personnes sauf une pour chacune (porterctl delete PERSON --yes), puis rouvrez-le ici.</translation>
    </message>
    <message>
        <source>prepare a query</source>
        <translation>préparer une requête</translation>
    </message>
    <message>
        <source>run a query</source>
        <translation>exécuter une requête</translation>
    </message>
    <message>
        <source>This Porter cannot reach a PostgreSQL server: Qt&apos;s PostgreSQL driver (QPSQL) is not installed. Install it (on Debian: libqt6sql6-psql) and try again.</source>
        <translation>Ce Porter ne peut pas joindre un serveur PostgreSQL : le pilote PostgreSQL de Qt (QPSQL) n’est pas installé. Installez-le (sous Debian : libqt6sql6-psql) et réessayez.</translation>
    </message>
    <message>
        <source>connect to</source>
        <translation>se connecter à</translation>
    </message>
    <message>
        <source>The server of %1 runs PostgreSQL %2; Porter needs version 13 or later.</source>
        <translation>Le serveur de %1 exécute PostgreSQL %2 ; Porter a besoin de la version 13 ou ultérieure.</translation>
    </message>
    <message>
        <source>No Porter portfolio in %1: the database is empty. Create one there with porterctl init --db %1.</source>
        <translation>Aucun portefeuille Porter dans %1 : la base de données est vide. Créez-en un avec porterctl init --db %1.</translation>
    </message>
    <message>
        <source>it holds another application&apos;s tables</source>
        <translation>elle contient les tables d’une autre application</translation>
    </message>
    <message>
        <source>The server of %1 refused the sign-in: wrong password, or no such login. Check the user name in the address and the password.</source>
        <translation>Le serveur de %1 a refusé la connexion : mot de passe erroné ou identifiant inconnu. Vérifiez le nom d’utilisateur de l’adresse et le mot de passe.</translation>
    </message>
    <message>
        <source>The server has no database named &quot;%1&quot;. Ask its administrator to create it (createdb), or check the address %2.</source>
        <translation>Le serveur n’a pas de base de données nommée « %1 ». Demandez à son administrateur de la créer (createdb), ou vérifiez l’adresse %2.</translation>
    </message>
    <message>
        <source>Cannot connect to the database server of %1 (%2). Check the address, that the server runs, and that it accepts connections from this computer.</source>
        <translation>Impossible de se connecter au serveur de base de données de %1 (%2). Vérifiez l’adresse, que le serveur fonctionne et qu’il accepte les connexions de cet ordinateur.</translation>
    </message>
    <message>
        <source>Porter lost its connection to the database server of %1. Nothing was changed. Check that the server runs and that this computer can reach it, then try again: Porter connects again by itself.</source>
        <translation>Porter a perdu la connexion au serveur de base de données de %1. Rien n’a été modifié. Vérifiez que le serveur fonctionne et que cet ordinateur peut le joindre, puis réessayez : Porter se reconnecte tout seul.</translation>
    </message>
    <message>
        <source>Other managers changed the same records at the same moment, several times in a row. Nothing was changed. Try again.</source>
        <translation>D’autres gestionnaires ont modifié les mêmes enregistrements au même moment, plusieurs fois de suite. Rien n’a été modifié. Réessayez.</translation>
    </message>
    <message>
        <source>The server of %1 does not allow your login to do this (%2). Nothing was changed.</source>
        <translation>Le serveur de %1 n’autorise pas votre identifiant à faire ceci (%2). Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>The disk of the database server of %1 is full. Nothing was changed. Ask its administrator to free some space.</source>
        <translation>Le disque du serveur de base de données de %1 est plein. Rien n’a été modifié. Demandez à son administrateur de libérer de l’espace.</translation>
    </message>
    <message>
        <source>The database server of %1 accepts no more connections. Nothing was changed. Try again in a moment.</source>
        <translation>Le serveur de base de données de %1 n’accepte plus de connexions. Rien n’a été modifié. Réessayez dans un instant.</translation>
    </message>
    <message>
        <source>The database returned no id for a new row.</source>
        <translation>La base de données n’a renvoyé aucun identifiant pour une nouvelle ligne.</translation>
    </message>
    <message>
        <source>Porter lost its connection to the database server of %1 while the change was being saved: the server may or may not have kept it. Look before doing it again.</source>
        <translation>Porter a perdu la connexion au serveur de base de données de %1 pendant l’enregistrement de la modification : le serveur l’a peut-être conservée, ou non. Vérifiez avant de la refaire.</translation>
    </message>
    <message>
        <source>The login %1 may no longer connect to %2: its manager was removed, or the administrator closed it. Ask a Portfolio Manager.</source>
        <translation>L&apos;identifiant %1 ne peut plus se connecter à %2 : son gestionnaire a été retiré, ou l&apos;administrateur l&apos;a fermé. Adressez-vous à un gestionnaire de portefeuille.</translation>
    </message>
    <message>
        <source>Logins belong to portfolios on a PostgreSQL server.</source>
        <translation>Les identifiants de serveur appartiennent aux portefeuilles sur un serveur PostgreSQL.</translation>
    </message>
    <message>
        <source>Could not prepare the login&apos;s password: %1</source>
        <translation>Impossible de préparer le mot de passe de l&apos;identifiant : %1</translation>
    </message>
    <message>
        <source>The server of %1 asks for the login&apos;s password, and none was given: type it when Porter asks, or set PGPASSWORD or a password file (~/.pgpass).</source>
        <translation>Le serveur de %1 demande le mot de passe de l’identifiant et aucun n’a été fourni : saisissez-le quand Porter le demande, ou définissez PGPASSWORD ou un fichier de mots de passe (~/.pgpass).</translation>
    </message>
    <message>
        <source>Only a portfolio on a server announces other managers&apos; changes.</source>
        <translation>Seul un portefeuille sur un serveur annonce les modifications des autres gestionnaires.</translation>
    </message>
    <message>
        <source>follow other managers&apos; changes on</source>
        <translation>suivre les modifications des autres gestionnaires sur</translation>
    </message>
    <message>
        <source>The connection to %1 has no socket to listen on.</source>
        <translation>La connexion à %1 n’a pas de socket à écouter.</translation>
    </message>
    <message>
        <source>Cannot reach the server of %1 to check the password.</source>
        <translation>Impossible de joindre le serveur de %1 pour vérifier le mot de passe.</translation>
    </message>
</context>
<context>
    <name>DatabaseLocation</name>
    <message>
        <source>No database given: a file path or a postgresql:// address.</source>
        <translation>Aucune base de données indiquée&#xa0;: un chemin de fichier ou une adresse postgresql://.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid PostgreSQL address: %2</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une adresse PostgreSQL valide&#xa0;: %2</translation>
    </message>
    <message>
        <source>The address holds a password. Porter never keeps one in an address: leave it out, and Porter asks for it (or reads PGPASSWORD).</source>
        <translation>L&apos;adresse contient un mot de passe. Porter n&apos;en garde jamais dans une adresse&#xa0;: retirez-le, et Porter vous le demandera (ou lira PGPASSWORD).</translation>
    </message>
    <message>
        <source>The address names no database: write postgresql://HOST/DATABASE.</source>
        <translation>L&apos;adresse n&apos;indique aucune base de données&#xa0;: écrivez postgresql://SERVEUR/BASE.</translation>
    </message>
    <message>
        <source>The address names the server twice (before the database and as host=).</source>
        <translation>L&apos;adresse indique le serveur deux fois (avant la base de données et dans host=).</translation>
    </message>
    <message>
        <source>port=%1 is not a port number from 1 to 65535.</source>
        <translation>port=%1 n&apos;est pas un numéro de port de 1 à 65535.</translation>
    </message>
    <message>
        <source>sslmode=%1 is not one of %2.</source>
        <translation>sslmode=%1 ne fait pas partie de %2.</translation>
    </message>
    <message>
        <source>The address has an option Porter does not know: %1 (it knows host, port and sslmode).</source>
        <translation>L&apos;adresse contient une option que Porter ne connaît pas&#xa0;: %1 (il connaît host, port et sslmode).</translation>
    </message>
    <message>
        <source>The address names no server: write postgresql://HOST/DATABASE, or postgresql:///DATABASE?host=/run/postgresql for a local socket.</source>
        <translation>L&apos;adresse n&apos;indique aucun serveur&#xa0;: écrivez postgresql://SERVEUR/BASE, ou postgresql:///BASE?host=/run/postgresql pour un socket local.</translation>
    </message>
</context>
<context>
    <name>DeviceService</name>
    <message>
        <source>Property %1 has no signing key yet: commission a door first.</source>
        <translation>L&apos;immeuble %1 n&apos;a pas encore de clé de signature&#xa0;: mettez d&apos;abord une porte en service.</translation>
    </message>
    <message>
        <source>This device is already commissioned (door %1 of property %2). Reset it to install mode before commissioning it again.</source>
        <translation>Cet appareil est déjà mis en service (porte %1 de l&apos;immeuble %2). Remettez-le en mode installation avant de le remettre en service.</translation>
    </message>
    <message>
        <source>Door ‘%1’ did not accept the commissioning.</source>
        <translation>La porte «&#xa0;%1&#xa0;» n&apos;a pas accepté la mise en service.</translation>
    </message>
    <message>
        <source>There is no door with id %1.</source>
        <translation>Il n&apos;existe aucune porte avec l&apos;identifiant %1.</translation>
    </message>
    <message>
        <source>Door ‘%1’ is already commissioned: Porter knows its identity. Commissioning it again replaces that identity, and Porter will then trust only the new one. Do this only for a door that was reset or replaced on site; confirm to replace it.</source>
        <translation>La porte «&#xa0;%1&#xa0;» est déjà mise en service&#xa0;: Porter connaît son identité. La remettre en service remplace cette identité, et Porter ne fera alors confiance qu&apos;à la nouvelle. Ne le faites que pour une porte réinitialisée ou remplacée sur place&#xa0;; confirmez pour la remplacer.</translation>
    </message>
    <message>
        <source>Door ‘%1’ already has another identity; it was not replaced.</source>
        <translation>La porte «&#xa0;%1&#xa0;» a déjà une autre identité&#xa0;; elle n&apos;a pas été remplacée.</translation>
    </message>
    <message>
        <source>%1 uses the app, not daily doorcodes.</source>
        <translation>%1 utilise l&apos;application, pas les codes de porte quotidiens.</translation>
    </message>
    <message>
        <source>%1 has no doorcode secret yet: commission a door first.</source>
        <translation>%1 n&apos;a pas encore de secret de codes de porte&#xa0;: mettez d&apos;abord une porte en service.</translation>
    </message>
    <message>
        <source>%1 uses daily doorcodes, not the app.</source>
        <translation>%1 utilise les codes de porte quotidiens, pas l&apos;application.</translation>
    </message>
    <message>
        <source>%1 has no signing key yet: commission a door first.</source>
        <translation>%1 n&apos;a pas encore de clé de signature&#xa0;: mettez d&apos;abord une porte en service.</translation>
    </message>
    <message>
        <source>That is not a phone public key (32 bytes, made by the phone): create one on the phone and try again.</source>
        <translation>Ce n&apos;est pas une clé publique de téléphone (32 octets, créée par le téléphone)&#xa0;: créez-en une sur le téléphone et réessayez.</translation>
    </message>
    <message>
        <source>%1 has used every phone key generation, so no further phone can be enrolled for this person: invite them again as a new person.</source>
        <translation>%1 a épuisé toutes les générations de clés de téléphone&#xa0;: aucun autre téléphone ne peut être enregistré pour cette personne. Invitez-la de nouveau comme nouvelle personne.</translation>
    </message>
    <message>
        <source>Could not sign the phone certificate.</source>
        <translation>Impossible de signer le certificat du téléphone.</translation>
    </message>
    <message>
        <source>This portfolio is a file: its door secrets are this computer&apos;s, not given to managers one by one.</source>
        <translation>Ce portefeuille est un fichier&#xa0;: ses secrets de porte appartiennent à cet ordinateur et ne sont pas donnés gestionnaire par gestionnaire.</translation>
    </message>
    <message>
        <source>No manager %1 in this portfolio.</source>
        <translation>Aucun gestionnaire %1 dans ce portefeuille.</translation>
    </message>
    <message>
        <source>Only a manager with Device Management gives door access.</source>
        <translation>Seul un gestionnaire disposant de la gestion des appareils peut donner l&apos;accès aux portes.</translation>
    </message>
    <message>
        <source>%1 has not signed in to this portfolio yet, so they have no key to give door access to. Give it after their first sign-in.</source>
        <translation>%1 ne s&apos;est pas encore connecté à ce portefeuille et n&apos;a donc aucune clé à laquelle donner l&apos;accès aux portes. Donnez-le après sa première connexion.</translation>
    </message>
    <message>
        <source>%1 is not the key registered for %2. Do not give door access until you know why: a mistake in reading it, a new computer of theirs (they register its key in Settings ▸ Security), or someone else&apos;s key.</source>
        <translation>%1 n&apos;est pas la clé enregistrée pour %2. Ne donnez pas l&apos;accès aux portes avant d&apos;en connaître la raison&#xa0;: une erreur de lecture, un nouvel ordinateur de cette personne (elle en enregistre la clé dans Paramètres ▸ Sécurité), ou la clé de quelqu&apos;un d&apos;autre.</translation>
    </message>
    <message>
        <source>Only %1&apos;s own Porter shows their key.</source>
        <translation>Seul le Porter de %1 peut afficher sa clé.</translation>
    </message>
    <message>
        <source>This portfolio is a file: its door secrets are this computer&apos;s, with no key per manager.</source>
        <translation>Ce portefeuille est un fichier&#xa0;: ses secrets de porte appartiennent à cet ordinateur, sans clé par gestionnaire.</translation>
    </message>
    <message>
        <source>Only %1 replaces their own key.</source>
        <translation>Seul %1 peut remplacer sa propre clé.</translation>
    </message>
    <message>
        <source>Give all six groups of %1&apos;s key, as their Settings ▸ Security shows it, to check that it is theirs.</source>
        <translation>Indiquez les six groupes de la clé de %1, tels qu&apos;ils apparaissent dans ses Paramètres ▸ Sécurité, pour vérifier qu&apos;il s&apos;agit bien de la sienne.</translation>
    </message>
    <message>
        <source>The doorcode epochs of %1 are not valid ones (the next would be %2): the doorcode secret was not rotated. Someone may have changed the database; tell its administrator.</source>
        <translation>Les époques des codes de porte de %1 ne sont pas valides (la suivante serait %2)&#xa0;: le secret de codes de porte n&apos;a pas été remplacé. Quelqu&apos;un a peut-être modifié la base de données&#xa0;; prévenez son administrateur.</translation>
    </message>
    <message>
        <source>The signing key Porter holds for %1 is not the one its doors trust: the key was not rotated. Someone may have changed the database; tell its administrator.</source>
        <translation>La clé de signature que Porter détient pour %1 n&apos;est pas celle à laquelle ses portes font confiance&#xa0;: la clé n&apos;a pas été remplacée. Quelqu&apos;un a peut-être modifié la base de données&#xa0;; prévenez son administrateur.</translation>
    </message>
    <message>
        <source>The signing key of %1 could not sign its rotation.</source>
        <translation>La clé de signature de %1 n&apos;a pas pu signer son remplacement.</translation>
    </message>
    <message>
        <source>%1 could read the door secrets of %2, so this change replaces its doorcode secret and its signing key, which needs the property&apos;s key: %3 Ask a manager who holds them to make this change, or to give you door access first.</source>
        <translation>%1 pouvait lire les secrets de porte de %2, donc cette modification remplace son secret de codes de porte et sa clé de signature, ce qui nécessite la clé de l&apos;immeuble&#xa0;: %3 Demandez à un gestionnaire qui les détient d&apos;effectuer cette modification, ou de vous donner d&apos;abord l&apos;accès aux portes.</translation>
    </message>
    <message>
        <source>%1 could read the door secrets of %2, and the signing key on record is not the one you hold (%3), so it had to be reset, which failed: %4</source>
        <translation>%1 pouvait lire les secrets de porte de %2, et la clé de signature enregistrée n&apos;est pas celle que vous détenez (%3), elle devait donc être réinitialisée, ce qui a échoué&#xa0;: %4</translation>
    </message>
    <message>
        <source>The signing key epoch of %1 is not a valid one (the next would be %2): the key was not changed. Someone may have changed the database; tell its administrator.</source>
        <translation>L&apos;époque de la clé de signature de %1 n&apos;est pas valide (la suivante serait %2)&#xa0;: la clé n&apos;a pas été changée. Quelqu&apos;un a peut-être modifié la base de données&#xa0;; prévenez son administrateur.</translation>
    </message>
    <message>
        <source>If nobody holds them any more, reset the signing key first (porterctl property reset-signing-key %1 --yes), then make this change.</source>
        <translation>Si plus personne ne les détient, réinitialisez d&apos;abord la clé de signature (porterctl property reset-signing-key %1 --yes), puis faites ce changement.</translation>
    </message>
    <message>
        <source>Only a Portfolio Manager resets the signing key of %1: every door is then commissioned again on site. Ask one.</source>
        <translation>Seul un gestionnaire de portefeuille réinitialise la clé de signature de %1&#xa0;: chaque porte est ensuite remise en service sur place. Demandez-le à l&apos;un d&apos;eux.</translation>
    </message>
    <message>
        <source>On a shared portfolio only a Portfolio Manager rotates the signing key of %1 (the server cannot check who made a new key). Ask one.</source>
        <translation>Dans un portefeuille partagé, seul un gestionnaire de portefeuille renouvelle la clé de signature de %1 (le serveur ne peut pas vérifier qui a créé une nouvelle clé). Demandez-le à l&apos;un d&apos;eux.</translation>
    </message>
    <message>
        <source>The key registered for you is another computer&apos;s: register this one first (porterctl secrets replace-key, or Settings ▸ Security), then reset the signing key of %1 or ask a manager who holds it to give it to you.</source>
        <translation>La clé enregistrée à votre nom est celle d&apos;un autre ordinateur&#xa0;: enregistrez d&apos;abord celle-ci (porterctl secrets replace-key, ou Paramètres ▸ Sécurité), puis réinitialisez la clé de signature de %1 ou demandez à un gestionnaire qui la détient de vous la donner.</translation>
    </message>
    <message>
        <source>You hold no copy of the signing key of %1 on this computer, but other managers may (%2): ask one of them to give it to you (Managers ▸ Give Door Access), which sends nobody to the doors. If none of them can, reset it without a copy (porterctl property reset-signing-key %3 --yes --without-copy): the new key is then yours alone.</source>
        <translation>Vous ne détenez aucune copie de la clé de signature de %1 sur cet ordinateur, mais d&apos;autres gestionnaires la détiennent peut-être (%2)&#xa0;: demandez à l&apos;un d&apos;eux de vous la donner (Gestionnaires ▸ Donner l&apos;accès aux portes), ce qui n&apos;oblige à visiter aucune porte. Si aucun ne le peut, réinitialisez-la sans copie (porterctl property reset-signing-key %3 --yes --without-copy)&#xa0;: la nouvelle clé n&apos;est alors qu&apos;à vous.</translation>
    </message>
</context>
<context>
    <name>DirectoryRepository</name>
    <message>
        <source>portfolio</source>
        <translation>portefeuille</translation>
    </message>
    <message>
        <source>property</source>
        <translation>immeuble</translation>
    </message>
    <message>
        <source>door</source>
        <translation>porte</translation>
    </message>
    <message>
        <source>There is no door with id %1.</source>
        <translation>Il n&apos;existe aucune porte avec l&apos;identifiant %1.</translation>
    </message>
    <message>
        <source>Another sync recorded version %1 for door %2 while this one ran from version %3. Nothing of this sync was recorded; sync the door again.</source>
        <translation>Une autre synchronisation a enregistré la version %1 pour la porte %2 pendant que celle-ci partait de la version %3. Rien de cette synchronisation n&apos;a été enregistré&#xa0;; synchronisez de nouveau la porte.</translation>
    </message>
    <message>
        <source>key</source>
        <translation>clé</translation>
    </message>
    <message>
        <source>manager</source>
        <translation>gestionnaire</translation>
    </message>
</context>
<context>
    <name>DirectoryService</name>
    <message>
        <source>%1 already has a portfolio. Sign in as one of its managers.</source>
        <translation>%1 contient déjà un portefeuille. Connectez-vous en tant que l&apos;un de ses gestionnaires.</translation>
    </message>
    <message>
        <source>portfolio name</source>
        <translation>nom du portefeuille</translation>
    </message>
    <message>
        <source>manager name</source>
        <translation>nom du gestionnaire</translation>
    </message>
    <message>
        <source>The email or password is wrong for this database.</source>
        <translation>L&apos;e-mail ou le mot de passe est incorrect pour cette base de données.</translation>
    </message>
    <message>
        <source>property name</source>
        <translation>nom de l&apos;immeuble</translation>
    </message>
    <message>
        <source>address</source>
        <translation>adresse</translation>
    </message>
    <message>
        <source>Doorcodes have 7, 8 or 9 digits, not %1.</source>
        <translation>Les codes de porte comportent 7, 8 ou 9 chiffres, pas %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a country code. Use a two-letter ISO code such as US or FR.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un code pays. Utilisez un code ISO à deux lettres, comme FR ou US.</translation>
    </message>
    <message>
        <source>There is already a property named &quot;%1&quot;.</source>
        <translation>Il existe déjà un immeuble nommé «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>%1 already has %2 commissioned door(s) using %3-digit doorcodes; a door learns the length only when it is commissioned. Choose the length before commissioning the first door, or reset and commission every door again.</source>
        <translation>%1 a déjà %2 porte(s) mise(s) en service avec des codes de porte à %3 chiffres&#xa0;; une porte n&apos;apprend la longueur qu&apos;à sa mise en service. Choisissez la longueur avant de mettre en service la première porte, ou réinitialisez et remettez en service chaque porte.</translation>
    </message>
    <message>
        <source>door name</source>
        <translation>nom de la porte</translation>
    </message>
    <message>
        <source>%1 already has a door named &quot;%2&quot;.</source>
        <translation>%1 a déjà une porte nommée «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>There is no door with id %1.</source>
        <translation>Il n&apos;existe aucune porte avec l&apos;identifiant %1.</translation>
    </message>
    <message>
        <source>A key must open at least one door.</source>
        <translation>Une clé doit ouvrir au moins une porte.</translation>
    </message>
    <message>
        <source>There is no door with id %1 at %2.</source>
        <translation>Il n&apos;existe aucune porte avec l&apos;identifiant %1 à %2.</translation>
    </message>
    <message>
        <source>key name</source>
        <translation>nom de la clé</translation>
    </message>
    <message>
        <source>%1 already has a key named &quot;%2&quot;.</source>
        <translation>%1 a déjà une clé nommée «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>There is no key with id %1.</source>
        <translation>Il n&apos;existe aucune clé avec l&apos;identifiant %1.</translation>
    </message>
    <message>
        <source>Key %1 was deleted.</source>
        <translation>La clé %1 a été supprimée.</translation>
    </message>
    <message>
        <source>Key %1 &quot;%2&quot; was changed by someone else after it was read. Nothing was changed; look at the key again and repeat the edit.</source>
        <translation>La clé %1 «&#xa0;%2&#xa0;» a été modifiée par quelqu&apos;un d&apos;autre après sa lecture. Rien n&apos;a été modifié&#xa0;; consultez de nouveau la clé et refaites la modification.</translation>
    </message>
    <message>
        <source>Key %1 was already deleted.</source>
        <translation>La clé %1 était déjà supprimée.</translation>
    </message>
    <message>
        <source>A Property Manager needs at least one property.</source>
        <translation>Un Gestionnaire d&apos;immeuble a besoin d&apos;au moins un immeuble.</translation>
    </message>
    <message>
        <source>Specific Key Management needs the list of keys this manager may give.</source>
        <translation>La gestion de certaines clés nécessite la liste des clés que ce gestionnaire peut donner.</translation>
    </message>
    <message>
        <source>Keys can only be listed for Specific Key Management.</source>
        <translation>Des clés ne peuvent être indiquées que pour la gestion de certaines clés.</translation>
    </message>
    <message>
        <source>There is no key with id %1 at this manager&apos;s properties.</source>
        <translation>Il n&apos;existe aucune clé avec l&apos;identifiant %1 dans les immeubles de ce gestionnaire.</translation>
    </message>
    <message>
        <source>There is already a manager with the email %1.</source>
        <translation>Il existe déjà un gestionnaire avec l&apos;e-mail %1.</translation>
    </message>
    <message>
        <source>There is no manager with id %1.</source>
        <translation>Il n&apos;existe aucun gestionnaire avec l&apos;identifiant %1.</translation>
    </message>
    <message>
        <source>Your manager account was removed. Nothing was changed.</source>
        <translation>Votre compte de gestionnaire a été supprimé. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>You cannot take the Portfolio Manager role from yourself. Ask another Portfolio Manager to change it.</source>
        <translation>Vous ne pouvez pas vous retirer vous-même le rôle de Gestionnaire de portefeuille. Demandez à un autre Gestionnaire de portefeuille de le modifier.</translation>
    </message>
    <message>
        <source>%1 is the last Portfolio Manager. Make another manager a Portfolio Manager first.</source>
        <translation>%1 est le dernier Gestionnaire de portefeuille. Donnez d&apos;abord ce rôle à un autre gestionnaire.</translation>
    </message>
    <message>
        <source>You cannot remove yourself. Ask another Portfolio Manager to do it.</source>
        <translation>Vous ne pouvez pas vous supprimer vous-même. Demandez à un autre Gestionnaire de portefeuille de le faire.</translation>
    </message>
    <message>
        <source>%1 is the last Portfolio Manager and cannot be removed.</source>
        <translation>%1 est le dernier Gestionnaire de portefeuille et ne peut pas être supprimé.</translation>
    </message>
    <message>
        <source>The login %1 is not a manager of the portfolio at %2, or that manager was removed. Ask a Portfolio Manager.</source>
        <translation>L&apos;identifiant %1 n&apos;est pas un gestionnaire du portefeuille de %2, ou ce gestionnaire a été retiré. Adressez-vous à un gestionnaire de portefeuille.</translation>
    </message>
    <message>
        <source>Only a portfolio on a PostgreSQL server has logins; %1 is a file.</source>
        <translation>Seul un portefeuille sur un serveur PostgreSQL a des identifiants de serveur ; %1 est un fichier.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be a login. Use lowercase letters, digits and underscores (at most 63), not starting with a digit, pg_ or porter_.</source>
        <translation>&quot;%1&quot; ne peut pas être un identifiant. Utilisez des minuscules, des chiffres et des tirets bas (63 au plus), sans commencer par un chiffre, pg_ ou porter_.</translation>
    </message>
    <message>
        <source>This manager already has the login %1; a login keeps its name.</source>
        <translation>Ce gestionnaire a déjà l&apos;identifiant %1 ; un identifiant garde son nom.</translation>
    </message>
    <message>
        <source>The server already has a login named %1. Choose another name.</source>
        <translation>Le serveur a déjà un identifiant nommé %1. Choisissez un autre nom.</translation>
    </message>
    <message>
        <source>A new login needs its password.</source>
        <translation>Un nouvel identifiant a besoin de son mot de passe.</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>Le mot de passe actuel est incorrect.</translation>
    </message>
    <message>
        <source>The new password is the same as the current one.</source>
        <translation>Le nouveau mot de passe est identique à l’actuel.</translation>
    </message>
    <message>
        <source>This manager was removed.</source>
        <translation>Ce gestionnaire a été retiré.</translation>
    </message>
</context>
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
        <extracomment>Activity result: the door or Porter refused</extracomment>
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
    <message>
        <source>Guest pass ended</source>
        <translation>Accès invité terminé</translation>
    </message>
    <message>
        <source>Details edited</source>
        <translation>Détails modifiés</translation>
    </message>
    <message>
        <source>Welcome email resent</source>
        <translation>E-mail de bienvenue renvoyé</translation>
    </message>
    <message>
        <source>Door used</source>
        <translation>Porte utilisée</translation>
    </message>
    <message>
        <source>Door synced</source>
        <translation>Porte synchronisée</translation>
    </message>
    <message>
        <source>Door sync failed</source>
        <translation>Échec de la synchronisation de la porte</translation>
    </message>
    <message>
        <source>Door alarm</source>
        <translation>Alarme de porte</translation>
    </message>
    <message>
        <source>Door added</source>
        <translation>Porte ajoutée</translation>
    </message>
    <message>
        <source>Door set up</source>
        <translation>Porte mise en service</translation>
    </message>
    <message>
        <source>Door replaced</source>
        <translation>Porte remplacée</translation>
    </message>
    <message>
        <source>Doorcode viewed</source>
        <translation>Code de porte consulté</translation>
    </message>
    <message>
        <source>New doorcode secret</source>
        <translation>Nouveau secret de codes de porte</translation>
    </message>
    <message>
        <source>Property added</source>
        <translation>Immeuble ajouté</translation>
    </message>
    <message>
        <source>Doorcode length changed</source>
        <translation>Longueur des codes de porte modifiée</translation>
    </message>
    <message>
        <source>Key created</source>
        <translation>Clé créée</translation>
    </message>
    <message>
        <source>Key changed</source>
        <translation>Clé modifiée</translation>
    </message>
    <message>
        <source>Key deleted</source>
        <translation>Clé supprimée</translation>
    </message>
    <message>
        <source>Manager added</source>
        <translation>Gestionnaire ajouté</translation>
    </message>
    <message>
        <source>Phone enrolled</source>
        <translation>Téléphone enregistré</translation>
    </message>
    <message>
        <source>Outbox viewed</source>
        <translation>Boîte d&apos;envoi consultée</translation>
    </message>
    <message>
        <source>Portfolio created</source>
        <translation>Portefeuille créé</translation>
    </message>
    <message>
        <source>Door events</source>
        <translation>Événements de porte</translation>
    </message>
    <message>
        <source>Access changes</source>
        <translation>Modifications d&apos;accès</translation>
    </message>
    <message>
        <source>Refusals</source>
        <translation>Refus</translation>
    </message>
    <message>
        <source>Device events</source>
        <translation>Événements d&apos;appareil</translation>
    </message>
    <message>
        <source>Opened</source>
        <extracomment>Activity result: the door opened</extracomment>
        <translation>Ouvert</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Effectué</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Alarm</source>
        <translation>Alarme</translation>
    </message>
    <message>
        <source>Doorcode</source>
        <translation>Code de porte</translation>
    </message>
    <message>
        <source>Keycard</source>
        <translation>Carte d&apos;accès</translation>
    </message>
    <message>
        <source>access granted</source>
        <translation>accès accordé</translation>
    </message>
    <message>
        <source>unknown credential</source>
        <translation>identifiant inconnu</translation>
    </message>
    <message>
        <source>access revoked</source>
        <translation>accès révoqué</translation>
    </message>
    <message>
        <source>access not started yet</source>
        <translation>accès pas encore commencé</translation>
    </message>
    <message>
        <source>access expired</source>
        <translation>accès expiré</translation>
    </message>
    <message>
        <source>outside the key&apos;s schedule</source>
        <translation>en dehors de l&apos;horaire de la clé</translation>
    </message>
    <message>
        <source>keypad locked</source>
        <translation>clavier bloqué</translation>
    </message>
    <message>
        <source>wrong doorcode</source>
        <translation>code de porte erroné</translation>
    </message>
    <message>
        <source>doorcodes not allowed</source>
        <translation>codes de porte non autorisés</translation>
    </message>
    <message>
        <source>app not allowed</source>
        <translation>application non autorisée</translation>
    </message>
    <message>
        <source>phone key replaced</source>
        <translation>clé du téléphone remplacée</translation>
    </message>
    <message>
        <source>credential not valid</source>
        <translation>identifiant non valide</translation>
    </message>
    <message>
        <source>door not set up</source>
        <translation>porte non mise en service</translation>
    </message>
    <message>
        <source>phone certificate expired</source>
        <translation>certificat du téléphone expiré</translation>
    </message>
    <message>
        <source>keypad locked after wrong codes</source>
        <translation>clavier bloqué après des codes erronés</translation>
    </message>
    <message>
        <source>too many wrong codes</source>
        <translation>trop de codes erronés</translation>
    </message>
    <message>
        <source>door activity lost</source>
        <translation>activité de la porte perdue</translation>
    </message>
    <message>
        <source>door clock moved back</source>
        <translation>horloge de la porte reculée</translation>
    </message>
    <message>
        <source>door refused an update</source>
        <translation>la porte a refusé une mise à jour</translation>
    </message>
    <message>
        <source>Opened with: %1</source>
        <translation>Ouvert avec&#xa0;: %1</translation>
    </message>
    <message>
        <source>Refused (%1): %2</source>
        <translation>Refusé (%1)&#xa0;: %2</translation>
    </message>
    <message>
        <source>Alarm: %1</source>
        <translation>Alarme&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 refused: %2</source>
        <extracomment>A refused manager action: %1 is the action (&quot;Key added&quot;), %2 Porter&apos;s reason</extracomment>
        <translation>%1 — refus&#xa0;: %2</translation>
    </message>
    <message>
        <source>resident</source>
        <extracomment>A tag in an activity detail: the person was invited as a resident</extracomment>
        <translation>résident</translation>
    </message>
    <message>
        <source>may share</source>
        <extracomment>A tag in an activity detail: the person may share guest keys</extracomment>
        <translation>peut partager</translation>
    </message>
    <message>
        <source>Invited %1 &lt;%2&gt;: %3</source>
        <extracomment>%1 name, %2 email, %3 the keys and options, separated by &quot; · &quot;</extracomment>
        <translation>Invitation de %1 &lt;%2&gt;&#xa0;: %3</translation>
    </message>
    <message>
        <source>Gave %1 the key %2</source>
        <translation>Clé %2 donnée à %1</translation>
    </message>
    <message>
        <source>Removed the expiration of %1&apos;s key %2</source>
        <translation>Expiration de la clé %2 de %1 supprimée</translation>
    </message>
    <message>
        <source>Set the expiration of %1&apos;s key %2 to %3</source>
        <translation>Expiration de la clé %2 de %1 fixée au %3</translation>
    </message>
    <message>
        <source>Removed the key %1 from %2</source>
        <translation>Clé %1 retirée à %2</translation>
    </message>
    <message>
        <source>Revoked all keys of %1: %2 keys and %3 guest passes ended</source>
        <translation>Toutes les clés de %1 révoquées&#xa0;: %2 clés et %3 accès invités ont pris fin</translation>
    </message>
    <message>
        <source>Deleted %1: %2 keys and %3 guest passes ended</source>
        <translation>Suppression de %1&#xa0;: %2 clés et %3 accès invités ont pris fin</translation>
    </message>
    <message>
        <source>%1 shared %2 with %3, with no end</source>
        <translation>%1 a partagé %2 avec %3, sans fin</translation>
    </message>
    <message>
        <source>%1 shared %2 with %3 until %4</source>
        <translation>%1 a partagé %2 avec %3 jusqu&apos;au %4</translation>
    </message>
    <message>
        <source>Enrolled keycard %1 for %2, active</source>
        <translation>Carte d&apos;accès %1 enregistrée pour %2, active</translation>
    </message>
    <message>
        <source>Enrolled keycard %1 for %2</source>
        <translation>Carte d&apos;accès %1 enregistrée pour %2</translation>
    </message>
    <message>
        <source>Activated keycard %1 of %2</source>
        <translation>Carte d&apos;accès %1 de %2 activée</translation>
    </message>
    <message>
        <source>Deactivated keycard %1 of %2</source>
        <translation>Carte d&apos;accès %1 de %2 désactivée</translation>
    </message>
    <message>
        <source>Resident (private)</source>
        <translation>Résident (privé)</translation>
    </message>
    <message>
        <source>Unknown credential</source>
        <translation>Identifiant inconnu</translation>
    </message>
    <message>
        <source>Door</source>
        <translation>Porte</translation>
    </message>
    <message>
        <source>Porter</source>
        <translation>Porter</translation>
    </message>
    <message>
        <source>Invited</source>
        <comment>person status: invited, access starts later (not a guest)</comment>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Revoked all keys of %1: %2 keys and %3 guest passes ended (one of %4 people revoked together)</source>
        <extracomment>Several people revoked at once: %1 the person, %2 and %3 counts, %4 how many people</extracomment>
        <translation>Toutes les clés de %1 révoquées&#xa0;: %2 clés et %3 accès invités ont pris fin (une des %4 personnes révoquées ensemble)</translation>
    </message>
    <message>
        <source>Ended the guest pass of %1 for %2 (shared by %3)</source>
        <translation>Accès invité de %1 à la clé %2 terminé (partagé par %3)</translation>
    </message>
    <message>
        <source>Edited the details of %1: %2</source>
        <extracomment>%1 the person, %2 what changed (&quot;name, email&quot;)</extracomment>
        <translation>Détails de %1 modifiés&#xa0;: %2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message numerus="yes">
        <source>%1; %n permanent guest passes ended</source>
        <translation>
            <numerusform>%1&#xa0;; %n accès invité permanent a pris fin</numerusform>
            <numerusform>%1&#xa0;; %n accès invités permanents ont pris fin</numerusform>
        </translation>
    </message>
    <message>
        <source>Queued a new welcome email for %1 &lt;%2&gt;</source>
        <translation>Nouvel e-mail de bienvenue mis en file d&apos;attente pour %1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>Added door %1 (%2, %3)</source>
        <extracomment>%1 the door, %2 its type (&quot;Communal&quot;), %3 &quot;online&quot; or &quot;offline&quot;</extracomment>
        <translation>Porte %1 ajoutée (%2, %3)</translation>
    </message>
    <message>
        <source>online</source>
        <translation>en ligne</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>hors ligne</translation>
    </message>
    <message>
        <source>Set up door %1</source>
        <translation>Porte %1 mise en service</translation>
    </message>
    <message>
        <source>Replaced the identity of door %1 (was %2, now %3)</source>
        <translation>Identité de la porte %1 remplacée (avant&#xa0;: %2, maintenant&#xa0;: %3)</translation>
    </message>
    <message>
        <source>Viewed the doorcode of %1 for %2</source>
        <extracomment>%1 the person, %2 the day (a date)</extracomment>
        <translation>Code de porte de %1 pour le %2 consulté</translation>
    </message>
    <message>
        <source>Added property %1 (%2)</source>
        <translation>Immeuble %1 ajouté (%2)</translation>
    </message>
    <message>
        <source>Created key %1 (%2, %3)</source>
        <extracomment>%1 the key, %2 &quot;3 doors&quot;, %3 its schedule</extracomment>
        <translation>Clé %1 créée (%2, %3)</translation>
    </message>
    <message>
        <source>doorcodes allowed</source>
        <translation>codes de porte autorisés</translation>
    </message>
    <message>
        <source>no doorcodes</source>
        <translation>sans codes de porte</translation>
    </message>
    <message>
        <source>shareable</source>
        <translation>partageable</translation>
    </message>
    <message>
        <source>not shareable</source>
        <translation>non partageable</translation>
    </message>
    <message>
        <source>Changed key %1 (%2)</source>
        <extracomment>%1 the key, %2 its doors, schedule and options, separated by &quot;, &quot;</extracomment>
        <translation>Clé %1 modifiée (%2)</translation>
    </message>
    <message>
        <source>Deleted key %1</source>
        <translation>Clé %1 supprimée</translation>
    </message>
    <message>
        <source>Doorcodes of %1 now have %2 digits (were %3)</source>
        <translation>Les codes de porte de %1 ont désormais %2 chiffres (auparavant %3)</translation>
    </message>
    <message>
        <source>New doorcode secret for %1 (epoch %2); %3 doors accept the old doorcodes until their next sync</source>
        <extracomment>%1 the property, %2 a number, %3 how many doors</extracomment>
        <translation>Nouveau secret de codes de porte pour %1 (époque %2)&#xa0;; %3 portes acceptent les anciens codes de porte jusqu&apos;à leur prochaine synchronisation</translation>
    </message>
    <message>
        <source>Enrolled a phone for %1 (key generation %2, certificate valid until %3)</source>
        <extracomment>%1 the person, %2 a number, %3 a date and time</extracomment>
        <translation>Téléphone enregistré pour %1 (génération de clé %2, certificat valable jusqu&apos;au %3)</translation>
    </message>
    <message>
        <source>name</source>
        <extracomment>What changed in a person&apos;s details (activity)</extracomment>
        <translation>nom</translation>
    </message>
    <message>
        <source>email</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>téléphone</translation>
    </message>
    <message>
        <source>not resident</source>
        <translation>non résident</translation>
    </message>
    <message>
        <source>may not share</source>
        <translation>ne peut pas partager</translation>
    </message>
    <message>
        <source>1 door</source>
        <translation>1 porte</translation>
    </message>
    <message numerus="yes">
        <source>%n doors</source>
        <translation>
            <numerusform>%n porte</numerusform>
            <numerusform>%n portes</numerusform>
        </translation>
    </message>
    <message>
        <source>changes only</source>
        <translation>modifications uniquement</translation>
    </message>
    <message>
        <source>full list</source>
        <translation>liste complète</translation>
    </message>
    <message>
        <source>no update</source>
        <translation>aucune mise à jour</translation>
    </message>
    <message>
        <source>Door %1: version %2 → %3 (%4, %5 bytes), %6</source>
        <extracomment>A door sync: %1 the door, %2 and %3 list versions, %4 &quot;changes only&quot; or &quot;full list&quot;, %5 bytes, %6 &quot;3 events imported&quot;</extracomment>
        <translation>Porte %1&#xa0;: version %2 → %3 (%4, %5 octets), %6</translation>
    </message>
    <message>
        <source>1 event imported</source>
        <translation>1 événement importé</translation>
    </message>
    <message numerus="yes">
        <source>%n events imported</source>
        <translation>
            <numerusform>%n événement importé</numerusform>
            <numerusform>%n événements importés</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, new doorcode secret (epoch %2)</source>
        <translation>%1, nouveau secret de codes de porte (époque %2)</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <extracomment>A failed door sync: %1 what was done, %2 the reason</extracomment>
        <translation>%1&#xa0;; %2</translation>
    </message>
    <message>
        <source>%1; the door refused this computer&apos;s clock</source>
        <translation>%1&#xa0;; la porte a refusé l&apos;heure de cet ordinateur</translation>
    </message>
    <message>
        <source>%1; left out: %2</source>
        <translation>%1&#xa0;; omis&#xa0;: %2</translation>
    </message>
    <message>
        <source>Device Management</source>
        <translation>gestion des appareils</translation>
    </message>
    <message>
        <source>password reset</source>
        <extracomment>A tag in an activity detail: the manager&apos;s password was set anew</extracomment>
        <translation>mot de passe réinitialisé</translation>
    </message>
    <message>
        <source>Changed manager %1 &lt;%2&gt;: %3</source>
        <extracomment>%1 name, %2 email, %3 role and rights, separated by &quot; · &quot;</extracomment>
        <translation>Gestionnaire %1 &lt;%2&gt; modifié : %3</translation>
    </message>
    <message>
        <source>Added manager %1 &lt;%2&gt; again: %3</source>
        <extracomment>A removed manager added back: %1 name, %2 email, %3 role and rights</extracomment>
        <translation>Gestionnaire %1 &lt;%2&gt; ajouté de nouveau : %3</translation>
    </message>
    <message>
        <source>Added manager %1 &lt;%2&gt;: %3</source>
        <translation>Gestionnaire %1 &lt;%2&gt; ajouté : %3</translation>
    </message>
    <message>
        <source>Removed manager %1 &lt;%2&gt;</source>
        <translation>Gestionnaire %1 &lt;%2&gt; retiré</translation>
    </message>
    <message>
        <source>Commissioned: the first sync sends the whole access list</source>
        <extracomment>A door&apos;s pending change: the door was just commissioned</extracomment>
        <translation>Mise en service : la première synchronisation envoie toute la liste d&apos;accès</translation>
    </message>
    <message>
        <source>Time zone table and access list refreshed</source>
        <extracomment>A door&apos;s pending change: the door&apos;s time zone table and list are sent again</extracomment>
        <translation>Table des fuseaux horaires et liste d&apos;accès renouvelées</translation>
    </message>
    <message>
        <source>Add %1 to %2</source>
        <extracomment>A door&apos;s pending change: %1 the keys, %2 who gets them</extracomment>
        <translation>Ajouter %1 à %2</translation>
    </message>
    <message>
        <source>New expiration of %1 for %2</source>
        <extracomment>A door&apos;s pending change: %1 the key, %2 the person</extracomment>
        <translation>Nouvelle expiration de %1 pour %2</translation>
    </message>
    <message>
        <source>Remove %1 from %2</source>
        <extracomment>A door&apos;s pending change: %1 the key, %2 the person or people</extracomment>
        <translation>Retirer %1 à %2</translation>
    </message>
    <message>
        <source>Revoke all keys of %1</source>
        <translation>Révoquer toutes les clés de %1</translation>
    </message>
    <message>
        <source>Remove %1 (deleted)</source>
        <extracomment>A door&apos;s pending change: the person was deleted</extracomment>
        <translation>Retirer %1 (supprimé)</translation>
    </message>
    <message>
        <source>Guest %1 of %2</source>
        <extracomment>A door&apos;s pending change: %1 the guest, %2 the host who shared a key</extracomment>
        <translation>Invité %1 de %2</translation>
    </message>
    <message>
        <source>End the guest pass of %1 (%2)</source>
        <extracomment>A door&apos;s pending change: %1 the guest, %2 the key</extracomment>
        <translation>Mettre fin à l&apos;accès invité de %1 (%2)</translation>
    </message>
    <message>
        <source>Permanent guest passes of %1 ended</source>
        <extracomment>A door&apos;s pending change: %1 the host, who may no longer share</extracomment>
        <translation>Accès invités permanents de %1 terminés</translation>
    </message>
    <message>
        <source>Keycard %1 of %2 activated</source>
        <extracomment>A door&apos;s pending change: %1 the card&apos;s serial, %2 the person</extracomment>
        <translation>Carte d&apos;accès %1 de %2 activée</translation>
    </message>
    <message>
        <source>Keycard %1 of %2 deactivated</source>
        <translation>Carte d&apos;accès %1 de %2 désactivée</translation>
    </message>
    <message>
        <source>Key %1 changed</source>
        <translation>Clé %1 modifiée</translation>
    </message>
    <message>
        <source>Key %1 deleted</source>
        <translation>Clé %1 supprimée</translation>
    </message>
    <message>
        <source>New doorcode secret (epoch %1): codes of the old secret work here until this door is synced</source>
        <translation>Nouveau secret de codes de porte (époque %1) : les codes de l&apos;ancien secret fonctionnent ici jusqu&apos;à la synchronisation de cette porte</translation>
    </message>
    <message>
        <source>New phone for %1</source>
        <extracomment>A door&apos;s pending change: the person&apos;s phone was enrolled again</extracomment>
        <translation>Nouveau téléphone pour %1</translation>
    </message>
    <message numerus="yes">
        <source>%n people</source>
        <translation>
            <numerusform>%n personne</numerusform>
            <numerusform>%n personnes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The keypad locked itself for %n s after repeated wrong codes.</source>
        <translation>
            <numerusform>Le clavier s&apos;est bloqué pendant %n s après plusieurs codes erronés.</numerusform>
            <numerusform>Le clavier s&apos;est bloqué pendant %n s après plusieurs codes erronés.</numerusform>
        </translation>
    </message>
    <message>
        <source>The keypad&apos;s daily budget of wrong codes is spent: it refuses every code until local midnight. Someone may be guessing codes.</source>
        <translation>Le clavier a épuisé son quota quotidien de codes erronés : il refuse tous les codes jusqu&apos;à minuit, heure locale. Quelqu&apos;un essaie peut-être de deviner des codes.</translation>
    </message>
    <message>
        <source>The keypad&apos;s hourly budget of wrong codes is spent: it refuses every code until the hour rolls over. Someone may be guessing codes.</source>
        <translation>Le clavier a épuisé son quota horaire de codes erronés : il refuse tous les codes jusqu&apos;à l&apos;heure suivante. Quelqu&apos;un essaie peut-être de deviner des codes.</translation>
    </message>
    <message numerus="yes">
        <source>The door dropped %n activity entries (its log was full).</source>
        <translation>
            <numerusform>La porte a perdu %n entrée d&apos;activité (son journal était plein).</numerusform>
            <numerusform>La porte a perdu %n entrées d&apos;activité (son journal était plein).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The door&apos;s clock was set back by %n s, or a sync tried to set it earlier than an update the door holds (refused). Check the syncing computer&apos;s clock.</source>
        <translation>
            <numerusform>L&apos;horloge de la porte a été reculée de %n s, ou une synchronisation a tenté de la régler avant une mise à jour que la porte détient (refusée). Vérifiez l&apos;horloge de l&apos;ordinateur qui synchronise.</numerusform>
            <numerusform>L&apos;horloge de la porte a été reculée de %n s, ou une synchronisation a tenté de la régler avant une mise à jour que la porte détient (refusée). Vérifiez l&apos;horloge de l&apos;ordinateur qui synchronise.</numerusform>
        </translation>
    </message>
    <message>
        <source>The door refused an update (%1).</source>
        <extracomment>%1 the door&apos;s reason, a technical code such as &quot;stale version&quot;</extracomment>
        <translation>La porte a refusé une mise à jour (%1).</translation>
    </message>
    <message>
        <source>People imported</source>
        <translation>Personnes importées</translation>
    </message>
    <message>
        <source>Imported people from %1: %2 invited, %3 updated, %4 unchanged</source>
        <extracomment>A people list imported: %1 the file&apos;s name, %2 %3 %4 counts</extracomment>
        <translation>Personnes importées depuis %1 : %2 invitées, %3 mises à jour, %4 inchangées</translation>
    </message>
    <message>
        <source>a file</source>
        <translation>un fichier</translation>
    </message>
    <message numerus="yes">
        <source>Import of a people list (%n changed)</source>
        <extracomment>A door&apos;s pending change: a people list was imported; %n people invited or changed</extracomment>
        <translation>
            <numerusform>Import d&apos;une liste de personnes (%n modification)</numerusform>
            <numerusform>Import d&apos;une liste de personnes (%n modifications)</numerusform>
        </translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation>Mot de passe modifié</translation>
    </message>
    <message>
        <source>Changed their own password</source>
        <translation>A modifié son propre mot de passe</translation>
    </message>
    <message>
        <source>Field kit built</source>
        <translation>Kit de terrain créé</translation>
    </message>
    <message>
        <source>Field kit uploaded</source>
        <translation>Kit de terrain envoyé</translation>
    </message>
    <message>
        <source>Built field kit %1 for %2, valid until %3</source>
        <extracomment>%1 the kit&apos;s short id, %2 &quot;3 doors&quot;, %3 a date and time</extracomment>
        <translation>A créé le kit de terrain %1 pour %2, valable jusqu&apos;au %3</translation>
    </message>
    <message>
        <source>Uploaded the field kit answer of door %1: version %2, %3</source>
        <extracomment>%1 the door, %2 a version number, %3 &quot;2 activity entries&quot;</extracomment>
        <translation>A envoyé la réponse du kit de terrain de la porte %1&#xa0;: version %2, %3</translation>
    </message>
    <message>
        <source>1 new activity entry</source>
        <translation>1 nouvelle entrée d&apos;activité</translation>
    </message>
    <message numerus="yes">
        <source>%n new activity entries</source>
        <translation>
            <numerusform>%n nouvelle entrée d&apos;activité</numerusform>
            <numerusform>%n nouvelles entrées d&apos;activité</numerusform>
        </translation>
    </message>
    <message>
        <source>New signing key</source>
        <translation>Nouvelle clé de signature</translation>
    </message>
    <message>
        <source>New signing key for %1 (epoch %2, key %3); %4 doors trust the old key until their next sync, %5 phones need a new certificate</source>
        <extracomment>%1 the property, %2 a number, %3 a key fingerprint, %4 how many doors, %5 how many phones</extracomment>
        <translation>Nouvelle clé de signature pour %1 (époque %2, clé %3)&#xa0;; %4 portes font confiance à l&apos;ancienne clé jusqu&apos;à leur prochaine synchronisation, %5 téléphones ont besoin d&apos;un nouveau certificat</translation>
    </message>
    <message>
        <source>New signing key (epoch %1): this door trusts the old key until it is synced</source>
        <extracomment>A door&apos;s pending change: %1 a number</extracomment>
        <translation>Nouvelle clé de signature (époque %1)&#xa0;: cette porte fait confiance à l&apos;ancienne clé jusqu&apos;à sa synchronisation</translation>
    </message>
    <message>
        <source>%1, new signing key (epoch %2)</source>
        <extracomment>A door sync: %1 what was done, %2 a number</extracomment>
        <translation>%1, nouvelle clé de signature (époque %2)</translation>
    </message>
    <message>
        <source>Signing key reset</source>
        <translation>Clé de signature réinitialisée</translation>
    </message>
    <message>
        <source>Reset the signing key of %1 (epoch %2, key %3); %4 doors must be reset on site and commissioned again, %5 phones need a new certificate</source>
        <extracomment>%1 the property, %2 a number, %3 a key fingerprint, %4 how many doors, %5 how many phones</extracomment>
        <translation>Clé de signature de %1 réinitialisée (époque %2, clé %3)&#xa0;; %4 portes doivent être réinitialisées sur place et remises en service, %5 téléphones ont besoin d&apos;un nouveau certificat</translation>
    </message>
    <message>
        <source>Signing key reset (epoch %1): reset this door on site and commission it again</source>
        <extracomment>A door&apos;s pending change: %1 a number</extracomment>
        <translation>Clé de signature réinitialisée (époque %1)&#xa0;: réinitialisez cette porte sur place et remettez-la en service</translation>
    </message>
</context>
<context>
    <name>DoorListRepository</name>
    <message>
        <source>There is no door with id %1.</source>
        <translation>Il n&apos;existe aucune porte avec l&apos;identifiant %1.</translation>
    </message>
</context>
<context>
    <name>FileKeyProvider</name>
    <message>
        <source>Cannot read the key file %1.</source>
        <translation>Impossible de lire le fichier de clé %1.</translation>
    </message>
    <message>
        <source>The key file %1 is damaged; Porter&apos;s secrets cannot be opened.</source>
        <translation>Le fichier de clé %1 est endommagé&#xa0;; les secrets de Porter ne peuvent pas être ouverts.</translation>
    </message>
    <message>
        <source>Cannot create the key folder %1.</source>
        <translation>Impossible de créer le dossier de clés %1.</translation>
    </message>
    <message>
        <source>Cannot create the key file %1.</source>
        <translation>Impossible de créer le fichier de clé %1.</translation>
    </message>
    <message>
        <source>Cannot write the key file %1.</source>
        <translation>Impossible d&apos;écrire le fichier de clé %1.</translation>
    </message>
</context>
<context>
    <name>ImportService</name>
    <message numerus="yes">
        <source>The column mapping does not match the file&apos;s %n columns.</source>
        <translation>
            <numerusform>La correspondance des colonnes ne correspond pas à la colonne du fichier.</numerusform>
            <numerusform>La correspondance des colonnes ne correspond pas aux %n colonnes du fichier.</numerusform>
        </translation>
    </message>
    <message>
        <source>Columns &quot;%1&quot; and &quot;%2&quot; are both %3. Ignore one of them.</source>
        <translation>Les colonnes « %1 » et « %2 » sont toutes deux %3. Ignorez l&apos;une d&apos;elles.</translation>
    </message>
    <message>
        <source>No column holds the email. Every person is found and invited by their email: map one column to %1.</source>
        <translation>Aucune colonne ne contient l&apos;e-mail. Chaque personne est retrouvée et invitée par son e-mail : associez une colonne à %1.</translation>
    </message>
    <message>
        <source>The file has a header row but no people under it.</source>
        <translation>Le fichier a une ligne d&apos;en-tête mais aucune personne en dessous.</translation>
    </message>
    <message>
        <source>Row %1 has the same email. Each person can appear once in the file: keep one of the rows.</source>
        <translation>La ligne %1 a le même e-mail. Chaque personne ne peut figurer qu&apos;une fois dans le fichier : gardez une des lignes.</translation>
    </message>
    <message numerus="yes">
        <source>%1 has no key named %2. Its keys are: %3.</source>
        <translation>
            <numerusform>%1 n&apos;a pas de clé nommée %2. Ses clés sont : %3.</numerusform>
            <numerusform>%1 n&apos;a pas de clés nommées %2. Ses clés sont : %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1&apos;s keys were revoked. Tick &quot;Give access again&quot; to give them the row&apos;s keys.</source>
        <translation>Les clés de %1 ont été révoquées. Cochez « Redonner l&apos;accès » pour lui donner les clés de la ligne.</translation>
    </message>
    <message>
        <source>%1 opens doors with %2; an import does not change that. Remove the cell, or delete and invite them again.</source>
        <translation>%1 ouvre les portes avec %2 ; un import ne change pas cela. Videz la cellule, ou supprimez la personne et invitez-la à nouveau.</translation>
    </message>
    <message>
        <source>the app</source>
        <translation>l&apos;application</translation>
    </message>
    <message>
        <source>a daily doorcode</source>
        <translation>un code de porte quotidien</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>téléphone</translation>
    </message>
    <message>
        <source>resident</source>
        <translation>résident</translation>
    </message>
    <message>
        <source>not a resident</source>
        <translation>non résident</translation>
    </message>
    <message>
        <source>may share</source>
        <translation>peut partager</translation>
    </message>
    <message>
        <source>may not share</source>
        <translation>ne peut pas partager</translation>
    </message>
    <message>
        <source>language</source>
        <translation>langue</translation>
    </message>
    <message>
        <source>details: %1</source>
        <translation>coordonnées : %1</translation>
    </message>
    <message>
        <source>To give %1 access again, the row needs their keys.</source>
        <translation>Pour redonner l&apos;accès à %1, la ligne doit indiquer ses clés.</translation>
    </message>
    <message>
        <source>expiration moved to the end of %1</source>
        <translation>expiration déplacée à la fin du %1</translation>
    </message>
    <message>
        <source>expiration moved to %1</source>
        <translation>expiration déplacée au %1</translation>
    </message>
    <message>
        <source>access given again: %1</source>
        <translation>accès redonné : %1</translation>
    </message>
    <message>
        <source>keys added: %1</source>
        <translation>clés ajoutées : %1</translation>
    </message>
    <message>
        <source>keys removed: %1</source>
        <translation>clés retirées : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n invited</source>
        <translation>
            <numerusform>%n invitée</numerusform>
            <numerusform>%n invitées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>%n mise à jour</numerusform>
            <numerusform>%n mises à jour</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to invite</source>
        <translation>
            <numerusform>%n à inviter</numerusform>
            <numerusform>%n à inviter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to update</source>
        <translation>
            <numerusform>%n à mettre à jour</numerusform>
            <numerusform>%n à mettre à jour</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n inchangée</numerusform>
            <numerusform>%n inchangées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n revoked (left as they are)</source>
        <translation>
            <numerusform>%n révoquée (laissée telle quelle)</numerusform>
            <numerusform>%n révoquées (laissées telles quelles)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with errors</source>
        <translation>
            <numerusform>%n avec erreurs</numerusform>
            <numerusform>%n avec erreurs</numerusform>
        </translation>
    </message>
    <message>
        <source>No people in the file.</source>
        <translation>Aucune personne dans le fichier.</translation>
    </message>
    <message>
        <source>The cell names no key. Write the key names, or leave the cell empty to keep a listed person&apos;s keys.</source>
        <translation>La cellule ne nomme aucune clé. Écrivez les noms des clés, ou laissez la cellule vide pour garder les clés d&apos;une personne déjà présente.</translation>
    </message>
    <message>
        <source>No expiration was set: %1&apos;s access will not end by itself. Setting one (such as the lease end) is recommended.</source>
        <translation>Aucune expiration n&apos;a été fixée : l&apos;accès de %1 ne prendra pas fin de lui-même. Il est recommandé d&apos;en fixer une (comme la fin du bail).</translation>
    </message>
</context>
<context>
    <name>ImportSheet</name>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Last name</source>
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
        <source>Access method</source>
        <translation>Méthode d&apos;accès</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Clés</translation>
    </message>
    <message>
        <source>Resident</source>
        <translation>Résident</translation>
    </message>
    <message>
        <source>May share</source>
        <translation>Peut partager</translation>
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
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>The file&apos;s dates are written both day first (%1) and month first (%2). Write them one way, or as YYYY-MM-DD.</source>
        <translation>Les dates du fichier sont écrites jour en premier (%1) et mois en premier (%2). Écrivez-les d&apos;une seule façon, ou au format AAAA-MM-JJ.</translation>
    </message>
    <message>
        <source>“%1” is not a date. Write it as %2 or YYYY-MM-DD, with a time if needed (HH:MM), in the property&apos;s local time.</source>
        <translation>« %1 » n&apos;est pas une date. Écrivez-la sous la forme %2 ou AAAA-MM-JJ, avec une heure si besoin (HH:MM), à l&apos;heure locale de l&apos;immeuble.</translation>
    </message>
    <message>
        <source>“%1” is not a date: read %2, there is no such day.</source>
        <translation>« %1 » n&apos;est pas une date : lu %2, ce jour n&apos;existe pas.</translation>
    </message>
    <message>
        <source>day first</source>
        <translation>jour en premier</translation>
    </message>
    <message>
        <source>month first</source>
        <translation>mois en premier</translation>
    </message>
    <message>
        <source>“%1” has no such time.</source>
        <translation>« %1 » ne contient pas une heure valide.</translation>
    </message>
    <message>
        <source>“%1” is neither yes nor no.</source>
        <translation>« %1 » n&apos;est ni oui ni non.</translation>
    </message>
    <message>
        <source>“%1” is not an access method: write app or doorcode.</source>
        <translation>« %1 » n&apos;est pas une méthode d&apos;accès : écrivez application ou code.</translation>
    </message>
    <message>
        <source>“%1” is not a language Porter writes emails in: English, Spanish or French.</source>
        <translation>« %1 » n&apos;est pas une langue dans laquelle Porter écrit ses e-mails : anglais, espagnol ou français.</translation>
    </message>
</context>
<context>
    <name>KeychainKeyProvider</name>
    <message>
        <source>This installation&apos;s key is in the system keychain, which cannot be reached now. Unlock the keychain and try again.</source>
        <translation>La clé de cette installation se trouve dans le trousseau du système, inaccessible pour le moment. Déverrouillez le trousseau et réessayez.</translation>
    </message>
</context>
<context>
    <name>KitFile</name>
    <message>
        <source>Cannot write the field kit %1: %2</source>
        <translation>Impossible d&apos;écrire le kit de terrain %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot open the field kit %1: %2</source>
        <translation>Impossible d&apos;ouvrir le kit de terrain %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is not a field kit (too large).</source>
        <translation>%1 n&apos;est pas un kit de terrain (trop volumineux).</translation>
    </message>
    <message>
        <source>%1 is not a Porter field kit.</source>
        <translation>%1 n&apos;est pas un kit de terrain Porter.</translation>
    </message>
    <message>
        <source>The field kit %1 was built on another computer or by another user, or it was changed: only the laptop that built a kit can use it. Build a new kit here.</source>
        <translation>Le kit de terrain %1 a été créé sur un autre ordinateur ou par un autre utilisateur, ou il a été modifié&#xa0;: seul l&apos;ordinateur portable qui a créé un kit peut l&apos;utiliser. Créez un nouveau kit ici.</translation>
    </message>
    <message>
        <source>The field kit file is damaged or was not made by Porter (%1).</source>
        <translation>Le fichier du kit de terrain est endommagé ou n&apos;a pas été créé par Porter (%1).</translation>
    </message>
    <message>
        <source>unknown format</source>
        <translation>format inconnu</translation>
    </message>
</context>
<context>
    <name>KitService</name>
    <message>
        <source>A field kit is valid for 1 to %1 days, not %2.</source>
        <translation>Un kit de terrain est valable de 1 à %1 jours, pas %2.</translation>
    </message>
    <message>
        <source>Choose the properties or doors the field kit is for.</source>
        <translation>Choisissez les immeubles ou les portes auxquels le kit de terrain est destiné.</translation>
    </message>
    <message>
        <source>There is no door with id %1.</source>
        <translation>Il n&apos;existe aucune porte avec l&apos;identifiant %1.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>None of these doors is commissioned, so a field kit has nothing to carry. Commission them with Porter online first.</source>
        <translation>Aucune de ces portes n&apos;est mise en service, donc un kit de terrain n&apos;a rien à transporter. Mettez-les d&apos;abord en service avec Porter en ligne.</translation>
    </message>
    <message>
        <source>This field kit was built for another portfolio (%1).</source>
        <translation>Ce kit de terrain a été créé pour un autre portefeuille (%1).</translation>
    </message>
    <message>
        <source>You do not manage the devices of %1: this door&apos;s answer was not uploaded.</source>
        <translation>Vous ne gérez pas les appareils de %1&#xa0;: la réponse de cette porte n&apos;a pas été envoyée.</translation>
    </message>
    <message>
        <source>The door no longer exists in Porter: its answer was not uploaded.</source>
        <translation>La porte n&apos;existe plus dans Porter&#xa0;: sa réponse n&apos;a pas été envoyée.</translation>
    </message>
    <message>
        <source>The door was commissioned again after the kit was built: its answer belongs to the door it replaced and was not uploaded.</source>
        <translation>La porte a été remise en service après la création du kit&#xa0;: sa réponse appartient à la porte qu&apos;elle a remplacée et n&apos;a pas été envoyée.</translation>
    </message>
    <message>
        <source>Porter already records a later sync of this door; the kit&apos;s acknowledgement was not needed.</source>
        <translation>Porter enregistre déjà une synchronisation plus récente de cette porte&#xa0;; la confirmation du kit n&apos;était pas nécessaire.</translation>
    </message>
    <message>
        <source>The door refused the kit&apos;s update (%1): sync it with Porter online.</source>
        <translation>La porte a refusé la mise à jour du kit (%1)&#xa0;: synchronisez-la avec Porter en ligne.</translation>
    </message>
    <message>
        <source>The delivery did not finish (%1).</source>
        <translation>La livraison ne s&apos;est pas terminée (%1).</translation>
    </message>
    <message>
        <source>This field kit was built for another portfolio (%1); upload it there.</source>
        <translation>Ce kit de terrain a été créé pour un autre portefeuille (%1)&#xa0;; envoyez-le vers ce portefeuille.</translation>
    </message>
    <message>
        <source>This door&apos;s part of the kit is not the one Porter built for it: nothing of its answer was uploaded.</source>
        <translation>La partie du kit destinée à cette porte n&apos;est pas celle que Porter a créée pour elle&#xa0;: rien de sa réponse n&apos;a été envoyé.</translation>
    </message>
    <message>
        <source>This answer is not signed by the door (no receipt, or not this door&apos;s): nothing of it was uploaded. Deliver the kit to the door again, or sync it with Porter online.</source>
        <translation>Cette réponse n&apos;est pas signée par la porte (pas de reçu, ou pas celui de cette porte)&#xa0;: rien n&apos;en a été envoyé. Livrez de nouveau le kit à la porte, ou synchronisez-la avec Porter en ligne.</translation>
    </message>
    <message>
        <source>%1 · %2 (its signing key was reset: reset the door, then commission it)</source>
        <translation>%1 · %2 (sa clé de signature a été réinitialisée&#xa0;: réinitialisez la porte, puis mettez-la en service)</translation>
    </message>
</context>
<context>
    <name>MailService</name>
    <message>
        <source>Enter the mail server&apos;s name, such as smtp.example.com.</source>
        <translation>Saisissez le nom du serveur de messagerie, par exemple smtp.example.com.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a server name: use letters, digits, dots and hyphens, such as smtp.example.com.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un nom de serveur&#xa0;: utilisez des lettres, des chiffres, des points et des traits d&apos;union, par exemple smtp.example.com.</translation>
    </message>
    <message>
        <source>The port must be from 1 to 65535 (usually 587 or 465).</source>
        <translation>Le port doit être compris entre 1 et 65535 (généralement 587 ou 465).</translation>
    </message>
    <message>
        <source>The From address is not valid: %1</source>
        <translation>L&apos;adresse de l&apos;expéditeur n&apos;est pas valide&#xa0;: %1</translation>
    </message>
    <message>
        <source>The From name</source>
        <translation>nom de l&apos;expéditeur</translation>
    </message>
    <message>
        <source>The user name</source>
        <translation>nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>The From name must be one line.</source>
        <translation>Le nom de l&apos;expéditeur doit tenir sur une seule ligne.</translation>
    </message>
    <message>
        <source>The timeout must be from 1 to 600 seconds.</source>
        <translation>Le délai d&apos;attente doit être compris entre 1 et 600 secondes.</translation>
    </message>
    <message>
        <source>The time daily doorcodes are sent must be HH:MM, such as 06:00.</source>
        <translation>L&apos;heure d&apos;envoi des codes de porte quotidiens doit être au format HH:MM, par exemple 06:00.</translation>
    </message>
    <message>
        <source>Email is not set up yet: enter the mail server and the From address first.</source>
        <translation>L&apos;e-mail n&apos;est pas encore configuré&#xa0;: saisissez d&apos;abord le serveur de messagerie et l&apos;adresse de l&apos;expéditeur.</translation>
    </message>
    <message>
        <source>The test email was not sent.</source>
        <translation>L&apos;e-mail de test n&apos;a pas été envoyé.</translation>
    </message>
    <message>
        <source>The server accepted the message.</source>
        <translation>Le serveur a accepté le message.</translation>
    </message>
    <message>
        <source>This message belongs to nobody in People and cannot be written again.</source>
        <translation>Ce message n&apos;appartient à personne dans Personnes et ne peut pas être rédigé à nouveau.</translation>
    </message>
    <message>
        <source>Not sent: %1 was deleted before the email left.</source>
        <translation>Non envoyé&#xa0;: la personne %1 a été supprimée avant le départ de l&apos;e-mail.</translation>
    </message>
    <message>
        <source>Not sent: %1&apos;s keys were revoked before the email left.</source>
        <translation>Non envoyé&#xa0;: les clés de %1 ont été révoquées avant le départ de l&apos;e-mail.</translation>
    </message>
    <message>
        <source>This daily doorcode email names no valid day.</source>
        <translation>Cet e-mail de code de porte quotidien n&apos;indique aucun jour valide.</translation>
    </message>
    <message>
        <source>Not sent: %1 uses the app now, not daily doorcodes.</source>
        <translation>Non envoyé&#xa0;: %1 utilise désormais l&apos;application, et non plus les codes de porte quotidiens.</translation>
    </message>
    <message>
        <source>Not sent: the day of this doorcode (%1) is over.</source>
        <translation>Non envoyé&#xa0;: le jour de ce code de porte (%1) est passé.</translation>
    </message>
    <message>
        <source>Not sent: %1 has no access on %2 any more.</source>
        <translation>Non envoyé&#xa0;: %1 n&apos;a plus d&apos;accès le %2.</translation>
    </message>
    <message>
        <source>Not sent: %1 has no doorcode secret yet (commission a door first).</source>
        <translation>Non envoyé&#xa0;: %1 n&apos;a pas encore de secret de codes de porte (mettez d&apos;abord une porte en service).</translation>
    </message>
    <message>
        <source>Not sent: %1 holds no current or future key any more.</source>
        <translation>Non envoyé&#xa0;: %1 ne détient plus aucune clé actuelle ou future.</translation>
    </message>
    <message>
        <source>Email is not set up: enter the mail server in Settings &gt; Email (or with porterctl mail settings).</source>
        <translation>L&apos;e-mail n&apos;est pas configuré&#xa0;: saisissez le serveur de messagerie dans Paramètres &gt; E-mail (ou avec porterctl mail settings).</translation>
    </message>
    <message>
        <source>Not delivered after %1 attempts over three days. The last problem: %2</source>
        <translation>Non distribué après %1 tentatives sur trois jours. Dernier problème&#xa0;: %2</translation>
    </message>
    <message>
        <source>Message %1 to &lt;%2&gt;: %3</source>
        <translation>Message %1 à &lt;%2&gt;&#xa0;: %3</translation>
    </message>
    <message>
        <source>There is no message with id %1 in the outbox.</source>
        <translation>Il n&apos;existe aucun message avec l&apos;identifiant %1 dans la boîte d&apos;envoi.</translation>
    </message>
    <message>
        <source>Message %1 was sent already; use Resend Welcome Email for a new one.</source>
        <translation>Le message %1 a déjà été envoyé&#xa0;; utilisez Renvoyer l&apos;e-mail de bienvenue pour en envoyer un nouveau.</translation>
    </message>
    <message>
        <source>Message %1 is still queued; it is sent at the next attempt.</source>
        <translation>Le message %1 est encore en file d&apos;attente&#xa0;; il sera envoyé à la prochaine tentative.</translation>
    </message>
    <message>
        <source>Your doorcode for %1</source>
        <translation>Votre code de porte du %1</translation>
    </message>
    <message>
        <source>The password contains a control character. Type it again.</source>
        <translation>Le mot de passe contient un caractère de contrôle. Saisissez-le de nouveau.</translation>
    </message>
    <message>
        <source>The mail server&apos;s password is in the system keychain, which does not answer or no longer has it. Unlock the keychain and try again, or enter the password again in Settings ▸ Email.</source>
        <translation>Le mot de passe du serveur de messagerie se trouve dans le trousseau du système, qui ne répond pas ou ne l&apos;a plus. Déverrouillez le trousseau et réessayez, ou saisissez de nouveau le mot de passe dans Paramètres ▸ E-mail.</translation>
    </message>
</context>
<context>
    <name>OutboxService</name>
    <message>
        <source>There is no person with id %1.</source>
        <translation>Il n&apos;existe aucune personne avec l&apos;identifiant %1.</translation>
    </message>
</context>
<context>
    <name>PeopleExport</name>
    <message>
        <source>Status</source>
        <extracomment>Column of the people export, ignored when the file is imported back</extracomment>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Guests</source>
        <extracomment>Column of the people export: the names of the person&apos;s current guests</extracomment>
        <translation>Invités</translation>
    </message>
    <message>
        <source>Keycards</source>
        <extracomment>Column of the people export: the person&apos;s keycard serials</extracomment>
        <translation>Badges</translation>
    </message>
    <message>
        <source>Yes</source>
        <extracomment>A Yes/No cell of the people export (the import reads yes/no in English, Spanish and French)</extracomment>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>App</source>
        <extracomment>Access method cell of the people export (the import reads &quot;app&quot; and &quot;doorcode&quot; in three languages)</extracomment>
        <translation>Application</translation>
    </message>
    <message>
        <source>Doorcode</source>
        <translation>Code de porte</translation>
    </message>
</context>
<context>
    <name>PeopleRepository</name>
    <message>
        <source>person</source>
        <translation>personne</translation>
    </message>
    <message>
        <source>grant</source>
        <translation>attribution</translation>
    </message>
    <message>
        <source>keycard</source>
        <translation>carte d&apos;accès</translation>
    </message>
    <message>
        <source>guest pass</source>
        <translation>accès invité</translation>
    </message>
    <message>
        <source>%1 (inactive)</source>
        <translation>%1 (inactif)</translation>
    </message>
</context>
<context>
    <name>PortfolioMigration</name>
    <message>
        <source>--from is the SQLite file of the portfolio to move, not a server address.</source>
        <translation>--from est le fichier SQLite du portefeuille à déplacer, pas l’adresse d’un serveur.</translation>
    </message>
    <message>
        <source>--to is the postgresql:// address of the server database to move the portfolio to.</source>
        <translation>--to est l’adresse postgresql:// de la base de données du serveur où déplacer le portefeuille.</translation>
    </message>
    <message>
        <source>%1 has a table &quot;%2&quot; this Porter cannot move. Nothing was changed.</source>
        <translation>%1 contient une table « %2 » que ce Porter ne sait pas déplacer. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>%1 holds no portfolio to move.</source>
        <translation>%1 ne contient aucun portefeuille à déplacer.</translation>
    </message>
    <message>
        <source>%1 already holds a portfolio (its table %2 has rows). Porter moves a portfolio only into an empty database. Nothing was changed.</source>
        <translation>%1 contient déjà un portefeuille (sa table %2 a des lignes). Porter ne déplace un portefeuille que vers une base de données vide. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>The copy of table %1 on the server differs from the file (%2 rows against %3; first difference at the file&apos;s row &quot;%4&quot;). Nothing was kept on the server.</source>
        <translation>La copie de la table %1 sur le serveur diffère du fichier (%2 lignes contre %3 ; première différence à la ligne « %4 » du fichier). Rien n’a été conservé sur le serveur.</translation>
    </message>
</context>
<context>
    <name>QCoreApplication</name>
    <message>
        <source>The expiration is in the past. Pick a later date.</source>
        <translation>L&apos;expiration est dans le passé. Choisissez une date ultérieure.</translation>
    </message>
</context>
<context>
    <name>QueryService</name>
    <message>
        <source>There is no person with id %1.</source>
        <translation>Il n&apos;existe aucune personne avec l&apos;identifiant %1.</translation>
    </message>
    <message>
        <source>Name a property, a person or a door.</source>
        <translation>Indiquez un immeuble, une personne ou une porte.</translation>
    </message>
    <message>
        <source>That person or door is not at property %1.</source>
        <translation>Cette personne ou cette porte n&apos;appartient pas à l&apos;immeuble %1.</translation>
    </message>
    <message>
        <source>There is no door with id %1.</source>
        <translation>Il n&apos;existe aucune porte avec l&apos;identifiant %1.</translation>
    </message>
    <message>
        <source>There is no key with id %1.</source>
        <translation>Il n&apos;existe aucune clé avec l&apos;identifiant %1.</translation>
    </message>
</context>
<context>
    <name>Radio</name>
    <message>
        <source>This copy of Porter was built without Bluetooth, so it cannot reach doors over the air. Install a build with Bluetooth, or reach the door through its emulator over TCP.</source>
        <translation>Cette copie de Porter a été compilée sans Bluetooth&#xa0;: elle ne peut pas joindre les portes sans fil. Installez une version avec Bluetooth, ou joignez la porte par son émulateur via TCP.</translation>
    </message>
</context>
<context>
    <name>SecretRepository</name>
    <message>
        <source>Porter holds no secret named %1.</source>
        <translation>Porter ne détient aucun secret nommé %1.</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>The secret %1 cannot be opened with this installation&apos;s key (%2). Was the database copied from another computer without its key?</source>
        <translation>Le secret %1 ne peut pas être ouvert avec la clé de cette installation (%2). La base de données a-t-elle été copiée depuis un autre ordinateur sans sa clé&#xa0;?</translation>
    </message>
    <message>
        <source>Property %1 has no doorcode secret yet: commission a door first.</source>
        <translation>L&apos;immeuble %1 n&apos;a pas encore de secret de codes de porte&#xa0;: mettez d&apos;abord une porte en service.</translation>
    </message>
    <message>
        <source>The sealed data of %1 is damaged.</source>
        <translation>Les données scellées de %1 sont endommagées.</translation>
    </message>
    <message>
        <source>%1 cannot be opened with this installation&apos;s key (%2). Was the database copied from another computer without its key?</source>
        <translation>Impossible d&apos;ouvrir %1 avec la clé de cette installation (%2). La base de données a-t-elle été copiée depuis un autre ordinateur sans sa clé&#xa0;?</translation>
    </message>
    <message>
        <source>The secret %1 is in the system keychain, which does not answer or no longer has it. Unlock the keychain and try again, or enter it again.</source>
        <translation>Le secret %1 se trouve dans le trousseau du système, qui ne répond pas ou ne l&apos;a plus. Déverrouillez le trousseau et réessayez, ou saisissez-le de nouveau.</translation>
    </message>
    <message>
        <source>The secret %1 points at a keychain entry that is not its own. Enter it again.</source>
        <translation>Le secret %1 pointe vers une entrée du trousseau qui n&apos;est pas la sienne. Saisissez-le de nouveau.</translation>
    </message>
    <message>
        <source>Sign in first: door secrets are opened with a manager&apos;s own key.</source>
        <translation>Connectez-vous d&apos;abord&#xa0;: les secrets de porte s&apos;ouvrent avec la clé propre à chaque gestionnaire.</translation>
    </message>
    <message>
        <source>This computer&apos;s device key is damaged.</source>
        <translation>La clé d&apos;appareil de cet ordinateur est endommagée.</translation>
    </message>
    <message>
        <source>You do not hold the door secrets of property %1. A manager who holds them gives them to you (Managers ▸ Give Door Access, or porterctl secrets give).</source>
        <translation>Vous ne détenez pas les secrets de porte de l&apos;immeuble %1. Un gestionnaire qui les détient doit vous les donner (Gestionnaires ▸ Donner l&apos;accès aux portes, ou porterctl secrets give).</translation>
    </message>
    <message>
        <source>Your copy of the secret %1 does not open with your key: it is damaged or was not made for you. Ask a holder to give you door access again.</source>
        <translation>Votre copie du secret %1 ne s&apos;ouvre pas avec votre clé&#xa0;: elle est endommagée ou n&apos;a pas été faite pour vous. Demandez à un détenteur des secrets de vous redonner l&apos;accès aux portes.</translation>
    </message>
    <message>
        <source>Sign in first: door secrets are wrapped by a manager who holds them.</source>
        <translation>Connectez-vous d&apos;abord&#xa0;: les secrets de porte sont chiffrés par un gestionnaire qui les détient.</translation>
    </message>
    <message>
        <source>You hold no door secrets of property %1 to give.</source>
        <translation>Vous ne détenez aucun secret de porte de l&apos;immeuble %1 à donner.</translation>
    </message>
    <message>
        <source>Your copy of the door secrets of property %1 was given to the key of another computer; this computer&apos;s key is %2. Register this computer&apos;s key (Settings ▸ Security, or porterctl secrets replace-key), then ask a holder to give you door access.</source>
        <translation>Votre copie des secrets de porte de l&apos;immeuble %1 a été donnée à la clé d&apos;un autre ordinateur&#xa0;; la clé de cet ordinateur est %2. Enregistrez la clé de cet ordinateur (Paramètres ▸ Sécurité, ou porterctl secrets replace-key), puis demandez à un détenteur de vous donner l&apos;accès aux portes.</translation>
    </message>
    <message>
        <source>The signing key of property %1 is damaged.</source>
        <translation>La clé de signature de l&apos;immeuble %1 est endommagée.</translation>
    </message>
    <message>
        <source>Nobody who may sync the doors of property %1 can receive its door secrets from you: sign in as a manager with Device Management who holds them.</source>
        <translation>Aucune personne autorisée à synchroniser les portes de l&apos;immeuble %1 ne peut recevoir de vous ses secrets de porte&#xa0;: connectez-vous en tant que gestionnaire qui dispose de la gestion des appareils et les détient.</translation>
    </message>
    <message>
        <source>The sealed secret %1 could not be removed from the server.</source>
        <translation>Le secret scellé %1 n&apos;a pas pu être supprimé du serveur.</translation>
    </message>
    <message>
        <source>The doorcode epoch of property %1 (%2) is not a valid one: Porter does not use it. Someone may have changed the database; tell its administrator.</source>
        <translation>L&apos;époque des codes de porte de l&apos;immeuble %1 (%2) n&apos;est pas valide&#xa0;: Porter ne l&apos;utilise pas. Quelqu&apos;un a peut-être modifié la base de données&#xa0;; prévenez son administrateur.</translation>
    </message>
    <message>
        <source>The new signing key of property %1 is not valid.</source>
        <translation>La nouvelle clé de signature de l&apos;immeuble %1 n&apos;est pas valide.</translation>
    </message>
    <message>
        <source>Only a manager who may sync the doors of property %1 resets its signing key.</source>
        <translation>Seul un gestionnaire autorisé à synchroniser les portes de l&apos;immeuble %1 peut réinitialiser sa clé de signature.</translation>
    </message>
    <message>
        <source>The signing key on record for property %1 is not the one you hold: someone who held it put in another, which no one else has. Porter does not sign with it. Reset the signing key (porterctl property reset-signing-key %1 --yes; removing that manager does it by itself), then commission the doors again.</source>
        <translation>La clé de signature enregistrée pour l&apos;immeuble %1 n&apos;est pas celle que vous détenez&#xa0;: quelqu&apos;un qui la détenait en a mis une autre, que personne d&apos;autre n&apos;a. Porter ne signe pas avec elle. Réinitialisez la clé de signature (porterctl property reset-signing-key %1 --yes&#xa0;; retirer ce gestionnaire le fait de lui-même), puis remettez les portes en service.</translation>
    </message>
    <message>
        <source>Your copy of the signing key of property %1 is of no key the property had: the key was not reset. Someone may have changed the database; tell its administrator.</source>
        <translation>Votre copie de la clé de signature de l&apos;immeuble %1 n&apos;est d&apos;aucune clé qu&apos;a eue l&apos;immeuble&#xa0;: la clé n&apos;a pas été réinitialisée. Quelqu&apos;un a peut-être modifié la base de données&#xa0;; prévenez son administrateur.</translation>
    </message>
</context>
<context>
    <name>ServiceBase</name>
    <message>
        <source>There is no property with id %1 in your portfolio.</source>
        <translation>Il n&apos;existe aucun immeuble avec l&apos;identifiant %1 dans votre portefeuille.</translation>
    </message>
    <message>
        <source>There is no key with id %1 at %2.</source>
        <translation>Il n&apos;existe aucune clé avec l&apos;identifiant %1 à %2.</translation>
    </message>
    <message>
        <source>There is no person with id %1.</source>
        <translation>Il n&apos;existe aucune personne avec l&apos;identifiant %1.</translation>
    </message>
    <message>
        <source>%1 was deleted. To give them access again, send a new invitation.</source>
        <translation>La personne %1 a été supprimée. Pour lui redonner accès, envoyez une nouvelle invitation.</translation>
    </message>
    <message>
        <source>A key&apos;s schedule can have at most %1 weekly windows (this one has %2): that is all a door holds. Merge windows with the same hours.</source>
        <translation>L&apos;horaire d&apos;une clé peut comporter au plus %1 plages hebdomadaires (celui-ci en a %2)&#xa0;: c&apos;est tout ce qu&apos;une porte peut contenir. Fusionnez les plages aux mêmes heures.</translation>
    </message>
    <message>
        <source>Porter has used up the %1 person numbers its doors and daily doorcodes can carry (docs/doorcodes.md): no one more can be added.</source>
        <translation>Porter a épuisé les %1 numéros de personne que ses portes et ses codes de porte quotidiens peuvent contenir (docs/doorcodes.md)&#xa0;: plus personne ne peut être ajouté.</translation>
    </message>
    <message>
        <source>Door ‘%1’ would admit %2 people; a door holds at most %3. Nothing was changed: end someone&apos;s access there first.</source>
        <translation>La porte «&#xa0;%1&#xa0;» admettrait %2 personnes&#xa0;; une porte en accepte au plus %3. Rien n&apos;a été modifié&#xa0;: mettez d&apos;abord fin à l&apos;accès de quelqu&apos;un à cette porte.</translation>
    </message>
    <message>
        <source>Person %1 would hold %2 keys and passes that open door ‘%3’; a door holds at most %4 for one person. Nothing was changed: end one of them first.</source>
        <translation>La personne %1 détiendrait %2 clés et accès qui ouvrent la porte «&#xa0;%3&#xa0;»&#xa0;; une porte en accepte au plus %4 par personne. Rien n&apos;a été modifié&#xa0;: mettez d&apos;abord fin à l&apos;un d&apos;eux.</translation>
    </message>
    <message>
        <source>The keys that open door ‘%1’ would have %2 different schedules; a door holds at most %3. Nothing was changed: give this key the schedule of another key of that door.</source>
        <translation>Les clés qui ouvrent la porte «&#xa0;%1&#xa0;» auraient %2 horaires différents&#xa0;; une porte en accepte au plus %3. Rien n&apos;a été modifié&#xa0;: donnez à cette clé l&apos;horaire d&apos;une autre clé de cette porte.</translation>
    </message>
    <message>
        <source>%1 already has %2 active keycards, the most a door holds for one person. Deactivate one first.</source>
        <translation>%1 a déjà %2 cartes d&apos;accès actives, le maximum qu&apos;une porte accepte pour une personne. Désactivez-en d&apos;abord une.</translation>
    </message>
</context>
<context>
    <name>SimulatedRadio</name>
    <message>
        <source>The simulated door is out of range. Bring it back in range and try again.</source>
        <translation>La porte simulée est hors de portée. Remettez-la à portée et réessayez.</translation>
    </message>
    <message>
        <source>Closed.</source>
        <translation>Connexion fermée.</translation>
    </message>
    <message>
        <source>simulated Bluetooth %1</source>
        <translation>Bluetooth simulé %1</translation>
    </message>
    <message>
        <source>Simulated doors</source>
        <translation>Portes simulées</translation>
    </message>
    <message>
        <source>There is no simulated door at %1. Scan again and pick a door in range.</source>
        <translation>Il n&apos;y a aucune porte simulée à l&apos;adresse %1. Relancez la recherche et choisissez une porte à portée.</translation>
    </message>
</context>
<context>
    <name>SmtpSender</name>
    <message>
        <source>The mail library could not start.</source>
        <translation>La bibliothèque de messagerie n&apos;a pas pu démarrer.</translation>
    </message>
    <message>
        <source>The mail server refused the user name or password (%1). Check them in Settings &gt; Email; the message stays queued.</source>
        <translation>Le serveur de messagerie a refusé le nom d&apos;utilisateur ou le mot de passe (%1). Vérifiez-les dans Paramètres &gt; E-mail&#xa0;; le message reste en file d&apos;attente.</translation>
    </message>
    <message>
        <source>A secure connection to %1 could not be made: %2. The message stays queued.</source>
        <translation>Impossible d&apos;établir une connexion sécurisée avec %1&#xa0;: %2. Le message reste en file d&apos;attente.</translation>
    </message>
    <message>
        <source>The server refused the message (%1).</source>
        <translation>Le serveur a refusé le message (%1).</translation>
    </message>
    <message>
        <source>The server asked to try later (%1).</source>
        <translation>Le serveur a demandé de réessayer plus tard (%1).</translation>
    </message>
    <message>
        <source>The mail server %1:%2 could not be reached: %3.</source>
        <translation>Impossible de joindre le serveur de messagerie %1:%2&#xa0;: %3.</translation>
    </message>
</context>
<context>
    <name>TableFile</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>the folder does not exist</source>
        <translation>le dossier n&apos;existe pas</translation>
    </message>
    <message>
        <source>the workbook could not be created</source>
        <translation>le classeur n&apos;a pas pu être créé</translation>
    </message>
    <message>
        <source>the file is not open</source>
        <translation>le fichier n&apos;est pas ouvert</translation>
    </message>
    <message>
        <source>An Excel sheet holds at most %1 rows. Export to CSV instead.</source>
        <translation>Une feuille Excel contient au plus %1 lignes. Exportez plutôt en CSV.</translation>
    </message>
    <message>
        <source>a cell could not be written</source>
        <translation>une cellule n&apos;a pas pu être écrite</translation>
    </message>
</context>
<context>
    <name>TransportFactory</name>
    <message>
        <source>The link payload size must be from %1 to %2 bytes, not %3.</source>
        <translation>La taille utile de la liaison doit être comprise entre %1 et %2 octets, pas %3.</translation>
    </message>
    <message>
        <source>There is no in-process door to connect to.</source>
        <translation>Il n&apos;y a aucune porte dans le processus à laquelle se connecter.</translation>
    </message>
    <message>
        <source>A door reached over TCP needs a host and a port, e.g. 127.0.0.1:40123.</source>
        <translation>Une porte jointe par TCP a besoin d&apos;un hôte et d&apos;un port, par ex. 127.0.0.1:40123.</translation>
    </message>
    <message>
        <source>Unknown kind of door address.</source>
        <translation>Type d&apos;adresse de porte inconnu.</translation>
    </message>
    <message>
        <source>A door reached over Bluetooth needs its address.</source>
        <translation>Pour joindre une porte par Bluetooth, il faut son adresse.</translation>
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
    <message>
        <source>Try Porter with simulated doors (not real hardware): the demo database is created when it does not exist, and its doors live inside Porter.</source>
        <translation>Essayez Porter avec des portes simulées (pas du vrai matériel)&#xa0;: la base de données de démonstration est créée si elle n&apos;existe pas, et ses portes fonctionnent dans Porter.</translation>
    </message>
    <message>
        <source>The demo could not be set up.</source>
        <translation>La démonstration n&apos;a pas pu être préparée.</translation>
    </message>
    <message>
        <source>Demo database %1: sign in as %2 with password %3</source>
        <translation>Base de données de démonstration %1&#xa0;: connectez-vous en tant que %2 avec le mot de passe %3</translation>
    </message>
    <message>
        <source>Porter is already open on %1; its window was brought forward.</source>
        <translation>Porter est déjà ouvert sur %1&#xa0;; sa fenêtre a été mise au premier plan.</translation>
    </message>
</context>
<context>
    <name>porter-door</name>
    <message>
        <source>The door&apos;s state directory.</source>
        <translation>Le répertoire d&apos;état de la porte.</translation>
    </message>
    <message>
        <source>Machine-readable output.</source>
        <translation>Sortie lisible par une machine.</translation>
    </message>
    <message>
        <source>%1 (see porter-door help)</source>
        <translation>%1 (voir porter-door help)</translation>
    </message>
    <message>
        <source>%1: unexpected argument &quot;%2&quot; (see porter-door help)</source>
        <translation>%1&#xa0;: argument inattendu «&#xa0;%2&#xa0;» (voir porter-door help)</translation>
    </message>
    <message>
        <source>%1 needs --state DIR.</source>
        <translation>%1 a besoin de --state DIR.</translation>
    </message>
    <message>
        <source>phone needs a subcommand: porter-door phone new --out DIR.</source>
        <translation>phone a besoin d&apos;une sous-commande&#xa0;: porter-door phone new --out DIR.</translation>
    </message>
    <message>
        <source>The phone&apos;s directory.</source>
        <translation>Le répertoire du téléphone.</translation>
    </message>
    <message>
        <source>phone new: unexpected argument &quot;%1&quot; (see porter-door help)</source>
        <translation>phone new&#xa0;: argument inattendu «&#xa0;%1&#xa0;» (voir porter-door help)</translation>
    </message>
    <message>
        <source>phone new needs --out DIR.</source>
        <translation>phone new a besoin de --out DIR.</translation>
    </message>
    <message>
        <source>Cannot create the directory %1.</source>
        <translation>Impossible de créer le répertoire %1.</translation>
    </message>
    <message>
        <source>%1 already holds a phone key: phone new never replaces one; pick another directory.</source>
        <translation>%1 contient déjà une clé de téléphone&#xa0;: phone new n&apos;en remplace jamais&#xa0;; choisissez un autre répertoire.</translation>
    </message>
    <message>
        <source>New phone key in %1: phone.key (private, stays here) and phone.pub.</source>
        <translation>Nouvelle clé de téléphone dans %1&#xa0;: phone.key (privée, reste ici) et phone.pub.</translation>
    </message>
    <message>
        <source>Next: porterctl person app-key PERSON --public-key %1 --out %2</source>
        <translation>Ensuite&#xa0;: porterctl person app-key PERSON --public-key %1 --out %2</translation>
    </message>
    <message>
        <source>Cannot write the door state in %1.</source>
        <translation>Impossible d&apos;écrire l&apos;état de la porte dans %1.</translation>
    </message>
    <message>
        <source>New door in %1 (not commissioned).</source>
        <translation>Nouvelle porte dans %1 (non mise en service).</translation>
    </message>
    <message>
        <source>Next: porter-door serve --state %1 --listen 127.0.0.1:0, porter-door install --state %1 (the install button), then porterctl door commission DOOR --tcp HOST:PORT.</source>
        <translation>Ensuite&#xa0;: porter-door serve --state %1 --listen 127.0.0.1:0, porter-door install --state %1 (le bouton d&apos;installation), puis porterctl door commission DOOR --tcp HOST:PORT.</translation>
    </message>
    <message>
        <source>The door state in %1 is damaged or was tampered with: the door refuses everything, install mode included. Reset it first: porter-door reset --state %1.</source>
        <translation>L&apos;état de la porte dans %1 est endommagé ou a été altéré&#xa0;: la porte refuse tout, mode installation compris. Réinitialisez-le d&apos;abord&#xa0;: porter-door reset --state %1.</translation>
    </message>
    <message>
        <source>The door in %1 is already commissioned (door %2 of property %3); reset it first to commission it again.</source>
        <translation>La porte dans %1 est déjà mise en service (porte %2 de l&apos;immeuble %3)&#xa0;; réinitialisez-la d&apos;abord pour la remettre en service.</translation>
    </message>
    <message>
        <source>Install mode for 10 minutes: commission the door now (porterctl door commission DOOR --tcp HOST:PORT).</source>
        <translation>Mode installation pendant 10 minutes&#xa0;: mettez la porte en service maintenant (porterctl door commission DOOR --tcp HOST:PORT).</translation>
    </message>
    <message>
        <source>The door in %1 is not in install mode: press install first.</source>
        <translation>La porte dans %1 n&apos;est pas en mode installation&#xa0;: appuyez d&apos;abord sur install.</translation>
    </message>
    <message>
        <source>Confirmed at the door: the pairing it shows will be committed.</source>
        <translation>Confirmé à la porte&#xa0;: l&apos;appairage qu&apos;elle affiche sera validé.</translation>
    </message>
    <message>
        <source>Cannot reset the door state in %1.</source>
        <translation>Impossible de réinitialiser l&apos;état de la porte dans %1.</translation>
    </message>
    <message>
        <source>Door in %1 reset: not commissioned. Press install (porter-door install --state %1) to commission it again; Porter must be told to replace its identity.</source>
        <translation>Porte dans %1 réinitialisée&#xa0;: non mise en service. Appuyez sur install (porter-door install --state %1) pour la remettre en service&#xa0;; il faudra demander à Porter de remplacer son identité.</translation>
    </message>
    <message>
        <source>Address to listen on.</source>
        <translation>Adresse sur laquelle écouter.</translation>
    </message>
    <message>
        <source>Link payload (default 244).</source>
        <translation>Charge utile de la liaison (par défaut 244).</translation>
    </message>
    <message>
        <source>serve needs --listen HOST:PORT with a numeric address, e.g. 127.0.0.1:0.</source>
        <translation>serve a besoin de --listen HOST:PORT avec une adresse numérique, par ex. 127.0.0.1:0.</translation>
    </message>
    <message>
        <source>--payload needs a number from %1 to %2.</source>
        <translation>--payload a besoin d&apos;un nombre de %1 à %2.</translation>
    </message>
    <message>
        <source>Cannot set up signal handling.</source>
        <translation>Impossible de configurer la gestion des signaux.</translation>
    </message>
    <message>
        <source>FAULT: the door state is damaged or was tampered with; refusing everything until porter-door reset</source>
        <translation>DÉFAUT&#xa0;: l&apos;état de la porte est endommagé ou a été altéré&#xa0;; tout est refusé jusqu&apos;à porter-door reset</translation>
    </message>
    <message>
        <source>door %1 of property %2, version %3</source>
        <translation>porte %1 de l&apos;immeuble %2, version %3</translation>
    </message>
    <message>
        <source>not commissioned: waiting for the install button (porter-door install)</source>
        <translation>non mise en service&#xa0;: en attente du bouton d&apos;installation (porter-door install)</translation>
    </message>
    <message>
        <source>A keypad code.</source>
        <translation>Un code de clavier.</translation>
    </message>
    <message>
        <source>A keycard serial (hex).</source>
        <translation>Un numéro de série de carte d&apos;accès (hexadécimal).</translation>
    </message>
    <message>
        <source>A phone certificate.</source>
        <translation>Un certificat de téléphone.</translation>
    </message>
    <message>
        <source>The phone&apos;s private key (phone new).</source>
        <translation>La clé privée du téléphone (phone new).</translation>
    </message>
    <message>
        <source>The door&apos;s clock for the attempt.</source>
        <translation>L&apos;horloge de la porte pour la tentative.</translation>
    </message>
    <message>
        <source>Zone of a local --at.</source>
        <translation>Fuseau d&apos;un --at local.</translation>
    </message>
    <message>
        <source>try needs exactly one of --doorcode CODE, --card SERIAL or --app CERTFILE.</source>
        <translation>try a besoin d&apos;exactement un de --doorcode CODE, --card SERIAL ou --app CERTFILE.</translation>
    </message>
    <message>
        <source>--app CERTFILE and --phone-key KEYFILE go together: the phone signs with its private key and shows its certificate.</source>
        <translation>--app CERTFILE et --phone-key KEYFILE vont ensemble&#xa0;: le téléphone signe avec sa clé privée et présente son certificat.</translation>
    </message>
    <message>
        <source>--tz: %1</source>
        <translation>--tz&#xa0;: %1</translation>
    </message>
    <message>
        <source>--at: %1</source>
        <translation>--at&#xa0;: %1</translation>
    </message>
    <message>
        <source>--tz only goes with --at.</source>
        <translation>--tz ne s&apos;utilise qu&apos;avec --at.</translation>
    </message>
    <message>
        <source>The door state in %1 is damaged or was tampered with: the door refuses everything until porter-door reset --state %1.</source>
        <translation>L&apos;état de la porte dans %1 est endommagé ou a été altéré&#xa0;: la porte refuse tout jusqu&apos;à porter-door reset --state %1.</translation>
    </message>
    <message>
        <source>commissioned:     %1</source>
        <translation>mise en service&#xa0;:        %1</translation>
    </message>
    <message>
        <source>FAULT: damaged or tampered state, refusing everything</source>
        <translation>DÉFAUT&#xa0;: état endommagé ou altéré, tout est refusé</translation>
    </message>
    <message>
        <source>property:         %1</source>
        <translation>immeuble&#xa0;:               %1</translation>
    </message>
    <message>
        <source>door:             %1</source>
        <translation>porte&#xa0;:                  %1</translation>
    </message>
    <message>
        <source>doorcode secret:  epoch %1</source>
        <translation>secret des codes&#xa0;:       époque %1</translation>
    </message>
    <message>
        <source>version:          %1 (hash %2)</source>
        <translation>version&#xa0;:                %1 (hash %2)</translation>
    </message>
    <message>
        <source>holders:          %1</source>
        <translation>titulaires&#xa0;:             %1</translation>
    </message>
    <message>
        <source>battery:          %1%</source>
        <translation>batterie&#xa0;:               %1 %</translation>
    </message>
    <message>
        <source>firmware:         %1</source>
        <translation>micrologiciel&#xa0;:          %1</translation>
    </message>
    <message>
        <source>clock:            %1 (host %2%3 s)</source>
        <translation>horloge&#xa0;:                %1 (ordinateur %2%3 s)</translation>
    </message>
    <message>
        <source>activity pending: %1 (lost %2)</source>
        <translation>activité en attente&#xa0;: %1 (perdues&#xa0;: %2)</translation>
    </message>
    <message>
        <source>staged update:    version %1, %2 of %3 bytes</source>
        <translation>mise à jour en attente&#xa0;: version %1, %2 sur %3 octets</translation>
    </message>
    <message>
        <source>Battery percent (0-100).</source>
        <translation>Pourcentage de batterie (0-100).</translation>
    </message>
    <message>
        <source>Door clock minus host clock.</source>
        <translation>Horloge de la porte moins horloge de l&apos;ordinateur.</translation>
    </message>
    <message>
        <source>Firmware version.</source>
        <translation>Version du micrologiciel.</translation>
    </message>
    <message>
        <source>--battery needs a percentage from 0 to 100.</source>
        <translation>--battery a besoin d&apos;un pourcentage de 0 à 100.</translation>
    </message>
    <message>
        <source>--clock-offset needs a whole number of seconds (may be negative).</source>
        <translation>--clock-offset a besoin d&apos;un nombre entier de secondes (éventuellement négatif).</translation>
    </message>
    <message>
        <source>set needs --battery, --clock-offset or --firmware.</source>
        <translation>set a besoin de --battery, --clock-offset ou --firmware.</translation>
    </message>
    <message>
        <source>--firmware: at most 255 bytes, or %1</source>
        <translation>--firmware&#xa0;: au plus 255 octets, ou %1</translation>
    </message>
    <message>
        <source>battery %1%, firmware %2, clock %3</source>
        <translation>batterie %1 %, micrologiciel %2, horloge %3</translation>
    </message>
    <message>
        <source>No command given. Run porter-door help for the list.</source>
        <translation>Aucune commande indiquée. Exécutez porter-door help pour en voir la liste.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;. Run porter-door help for the list.</source>
        <translation>Commande inconnue&#xa0;: «&#xa0;%1&#xa0;». Exécutez porter-door help pour en voir la liste.</translation>
    </message>
    <message>
        <source>Serve over Bluetooth LE (Qt&apos;s peripheral role).</source>
        <translation>Servir en Bluetooth LE (rôle périphérique de Qt).</translation>
    </message>
    <message>
        <source>Bluetooth local name (default Porter door).</source>
        <translation>Nom local Bluetooth (par défaut Porter door).</translation>
    </message>
    <message>
        <source>serve needs either --listen HOST:PORT (TCP) or --ble (Bluetooth LE), not both.</source>
        <translation>serve a besoin soit de --listen HOST:PORT (TCP), soit de --ble (Bluetooth LE), mais pas des deux.</translation>
    </message>
    <message>
        <source>--payload is for TCP; over Bluetooth the payload follows the negotiated MTU.</source>
        <translation>--payload est réservé au TCP&#xa0;; en Bluetooth, la charge utile suit la MTU négociée.</translation>
    </message>
    <message>
        <source>porter-door - the Porter reference door emulator

Usage:
  porter-door init    --state DIR
  porter-door install --state DIR
  porter-door confirm --state DIR
  porter-door reset   --state DIR
  porter-door serve   --state DIR (--listen HOST:PORT [--payload N] | --ble [--name NAME])
                      [--until-stdin-closes]
  porter-door try     --state DIR (--doorcode CODE | --card SERIAL | --app CERTFILE --phone-key KEYFILE)
                      [--at TIME [--tz IANA]] [--json]
  porter-door status --state DIR [--json]
  porter-door set    --state DIR [--battery N] [--clock-offset SECONDS] [--firmware TEXT]
  porter-door phone new --out DIR
  porter-door help | --help | -h | --version

init     creates a new, uncommissioned door in DIR (not yet in install mode).
install  presses the door&apos;s install button: for 10 minutes the door accepts commissioning
         (at most 5 pairing attempts). Works while serve runs on the same door.
confirm  the install button pressed again once the door and Porter show the same pairing code:
         only then does the door commit the commissioning. Works while serve runs.
reset    the deliberate factory reset: forgets the commissioning, list, activity and any damaged
         state. The door is then new again (press install to commission it).
serve    listens for porterctl (door commission --tcp, door sync --tcp); port 0 picks a free port
         and prints &quot;listening on HOST:PORT&quot;. While commissioning, prints the six-digit
         pairing code the door would show on its display. Stops on SIGTERM or SIGINT (Ctrl+C,
         Ctrl+Break or closing the console on Windows), or with --until-stdin-closes when its
         standard input closes.
         --ble: a real Bluetooth LE door (advertises; porterctl door ... --ble). Needs an adapter
         other than Porter&apos;s and, with Qt 6.4 on Linux, root or CAP_NET_RAW.
try      one unlock attempt at the door&apos;s clock (or --at: ISO 8601 with Z, or &quot;YYYY-MM-DD HH:MM&quot;
         in --tz), recorded in the door&apos;s activity for the next sync. Prints &quot;granted&quot; or
         &quot;denied: REASON&quot;. --app is the certificate from porterctl person app-key, --phone-key
         the phone&apos;s private key from phone new.
status   what the door holds: commissioning, version, holders, battery, clock, activity.
set      demo and test knobs: battery percent, clock offset from the host clock, firmware.
phone    new: plays the phone app: makes the phone&apos;s key pair in DIR (phone.key, owner-only, stays
         there; phone.pub for porterctl person app-key --public-key).

Only one process uses a state directory at a time (lock file DIR/porter-door.lock): stop serve
before try, set or status on the same door.

Exit status: 0 done (try: granted), 1 failed, 2 wrong command line, 3 try: denied.
</source>
        <translation>porter-door - l&apos;émulateur de porte de référence de Porter

Utilisation&#xa0;:
  porter-door init    --state DIR
  porter-door install --state DIR
  porter-door confirm --state DIR
  porter-door reset   --state DIR
  porter-door serve   --state DIR (--listen HOST:PORT [--payload N] | --ble [--name NAME])
                      [--until-stdin-closes]
  porter-door try     --state DIR (--doorcode CODE | --card SERIAL | --app CERTFILE --phone-key KEYFILE)
                      [--at TIME [--tz IANA]] [--json]
  porter-door status --state DIR [--json]
  porter-door set    --state DIR [--battery N] [--clock-offset SECONDS] [--firmware TEXT]
  porter-door phone new --out DIR
  porter-door help | --help | -h | --version

init     crée dans DIR une nouvelle porte non mise en service (pas encore en mode installation).
install  appuie sur le bouton d&apos;installation de la porte&#xa0;: pendant 10 minutes, la porte accepte la
         mise en service (au plus 5 tentatives d&apos;appairage). Fonctionne pendant que serve tourne
         sur la même porte.
confirm  le bouton d&apos;installation pressé de nouveau une fois que la porte et Porter affichent le
         même code d&apos;appairage&#xa0;: c&apos;est seulement alors que la porte valide la mise en service.
         Fonctionne pendant que serve tourne.
reset    la réinitialisation d&apos;usine volontaire&#xa0;: oublie la mise en service, la liste, l&apos;activité
         et tout état endommagé. La porte est alors de nouveau neuve (appuyez sur install pour la
         mettre en service).
serve    écoute porterctl (door commission --tcp, door sync --tcp)&#xa0;; le port 0 choisit un port
         libre et affiche &quot;listening on HOST:PORT&quot;. Pendant la mise en service, affiche le code
         d&apos;appairage à six chiffres que la porte montrerait sur son écran. S&apos;arrête sur SIGTERM
         ou SIGINT (Ctrl+C, Ctrl+Break ou fermeture de la console sous Windows), ou avec
         --until-stdin-closes quand son entrée standard se ferme.
         --ble&#xa0;: une vraie porte Bluetooth LE (émet des annonces&#xa0;; porterctl door ... --ble).
         Nécessite un autre adaptateur que celui de Porter et, avec Qt 6.4 sous Linux, root ou
         CAP_NET_RAW.
try      une tentative d&apos;ouverture à l&apos;horloge de la porte (ou --at&#xa0;: ISO 8601 avec Z, ou
         &quot;AAAA-MM-JJ HH:MM&quot; dans --tz), enregistrée dans l&apos;activité de la porte pour la prochaine
         synchronisation. Affiche &quot;granted&quot; ou &quot;denied: RAISON&quot;. --app est le certificat de
         porterctl person app-key, --phone-key la clé privée du téléphone créée par phone new.
status   ce que détient la porte&#xa0;: mise en service, version, titulaires, batterie, horloge,
         activité.
set      réglages de démonstration et de test&#xa0;: pourcentage de batterie, décalage d&apos;horloge par
         rapport à celle de l&apos;ordinateur, micrologiciel.
phone    new&#xa0;: joue l&apos;application du téléphone&#xa0;: crée la paire de clés du téléphone dans DIR
         (phone.key, réservé au propriétaire, y reste&#xa0;; phone.pub pour porterctl person app-key
         --public-key).

Un seul processus utilise un répertoire d&apos;état à la fois (fichier de verrou
DIR/porter-door.lock)&#xa0;: arrêtez serve avant try, set ou status sur la même porte.

Code de sortie&#xa0;: 0 terminé (try&#xa0;: accès accordé), 1 échec, 2 ligne de commande incorrecte,
3 try&#xa0;: accès refusé.
</translation>
    </message>
    <message>
        <source>Stop cleanly when standard input closes (supervisors, tests).</source>
        <translation>S&apos;arrête proprement quand l&apos;entrée standard se ferme (superviseurs, tests).</translation>
    </message>
    <message>
        <source>signing key:      epoch %1 (%2)</source>
        <translation>clé de signature&#xa0;:       époque %1 (%2)</translation>
    </message>
</context>
<context>
    <name>porter::AccessService</name>
    <message>
        <source>The key &quot;%1&quot; does not allow doorcodes, so a daily-doorcode person could not open its doors. Give them the app, or allow doorcodes on the key.</source>
        <translation>La clé «&#xa0;%1&#xa0;» n&apos;accepte pas les codes de porte&#xa0;: une personne avec un code de porte quotidien ne pourrait pas ouvrir ses portes. Donnez-lui l&apos;application, ou autorisez les codes de porte sur la clé.</translation>
    </message>
    <message>
        <source>The expiration must be after the start.</source>
        <translation>L&apos;expiration doit être postérieure au début.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a language Porter writes emails in. Use en (English), es (Spanish) or fr (French).</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une langue dans laquelle Porter rédige des e-mails. Utilisez en (anglais), es (espagnol) ou fr (français).</translation>
    </message>
</context>
<context>
    <name>porter::ActivityModel</name>
    <message>
        <source>%1 (deleted)</source>
        <extracomment>A deleted person&apos;s name in the Activity list</extracomment>
        <translation>%1 (supprimé)</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>By</source>
        <extracomment>Activity column: who acted (a manager, a person at a door, the door itself)</extracomment>
        <translation>Par</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Door</source>
        <translation>Porte</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>When (%1)</source>
        <extracomment>CSV column header: the local time of the property, e.g. &quot;When (America/New_York)&quot;</extracomment>
        <translation>Quand (%1)</translation>
    </message>
</context>
<context>
    <name>porter::Backend</name>
    <message>
        <source>Enter the server: its name (db.example.com), its address, or a socket folder.</source>
        <translation>Saisissez le serveur : son nom (db.example.com), son adresse ou un dossier de socket.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a server name or address.</source>
        <translation>« %1 » n’est ni un nom ni une adresse de serveur.</translation>
    </message>
    <message>
        <source>The port is a number from 1 to 65535.</source>
        <translation>Le port est un nombre de 1 à 65535.</translation>
    </message>
    <message>
        <source>Enter the name of the portfolio&apos;s database.</source>
        <translation>Saisissez le nom de la base de données du portefeuille.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a database name.</source>
        <translation>« %1 » n’est pas un nom de base de données.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a login name.</source>
        <translation>« %1 » n’est pas un nom d’identifiant.</translation>
    </message>
    <message>
        <source>Porter cannot write an address for these values: %1</source>
        <translation>Porter ne peut pas écrire d’adresse avec ces valeurs : %1</translation>
    </message>
</context>
<context>
    <name>porter::Database</name>
    <message>
        <source>%1 is not a Porter database (%2). Porter left it unchanged: check the path, or give the path of a Porter database.</source>
        <translation>%1 n&apos;est pas une base de données Porter (%2). Porter ne l&apos;a pas modifié&#xa0;: vérifiez le chemin, ou indiquez le chemin d&apos;une base de données Porter.</translation>
    </message>
    <message>
        <source>Cannot make %1 readable by its owner only. Check who owns it.</source>
        <translation>Impossible de rendre %1 lisible par son seul propriétaire. Vérifiez à qui il appartient.</translation>
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
    <name>porter::DirectoryRepository</name>
    <message>
        <source>There is no %1 with id %2.</source>
        <translation>Introuvable&#xa0;: %1 avec l&apos;identifiant %2.</translation>
    </message>
</context>
<context>
    <name>porter::DirectoryService</name>
    <message>
        <source>The password must have at least 10 characters.</source>
        <translation>Le mot de passe doit comporter au moins 10 caractères.</translation>
    </message>
</context>
<context>
    <name>porter::DoorsInRangeModel</name>
    <message>
        <source>One of this property&apos;s doors</source>
        <translation>Une des portes de cet immeuble</translation>
    </message>
    <message>
        <source>Waiting to be commissioned</source>
        <translation>En attente de mise en service</translation>
    </message>
    <message>
        <source>New door: press its install button to commission it</source>
        <translation>Nouvelle porte&#xa0;: appuyez sur son bouton d&apos;installation pour la mettre en service</translation>
    </message>
    <message>
        <source>Not a door of this property</source>
        <translation>Pas une porte de cet immeuble</translation>
    </message>
    <message>
        <source>Faulted: it refuses everything until it is reset at the door</source>
        <translation>En défaut&#xa0;: refuse tout jusqu&apos;à sa réinitialisation sur place</translation>
    </message>
    <message>
        <source>Needs a sync: 1 change</source>
        <translation>À synchroniser&#xa0;: 1 modification</translation>
    </message>
    <message numerus="yes">
        <source>Needs a sync: %n changes</source>
        <translation>
            <numerusform>À synchroniser&#xa0;: %n modification</numerusform>
            <numerusform>À synchroniser&#xa0;: %n modifications</numerusform>
        </translation>
    </message>
    <message>
        <source>Holds another list version: sync it</source>
        <translation>Détient une autre version de la liste&#xa0;: synchronisez-la</translation>
    </message>
    <message>
        <source>Up to date</source>
        <translation>À jour</translation>
    </message>
    <message>
        <source>Unknown door</source>
        <translation>Porte inconnue</translation>
    </message>
    <message>
        <source>Faulted door</source>
        <translation>Porte en défaut</translation>
    </message>
    <message>
        <source>New door</source>
        <translation>Nouvelle porte</translation>
    </message>
    <message>
        <source>%1 dBm</source>
        <extracomment>Signal strength in decibel-milliwatts, e.g. &quot;-61 dBm&quot;</extracomment>
        <translation>%1 dBm</translation>
    </message>
    <message>
        <source>Signal strength: %1 of 4 bars (%2 dBm). Move closer if the sync is slow or fails.</source>
        <translation>Puissance du signal&#xa0;: %1 barres sur 4 (%2 dBm). Rapprochez-vous si la synchronisation est lente ou échoue.</translation>
    </message>
    <message>
        <source>It advertises property %1, door %2: not one of this property&apos;s doors. Porter leaves it alone.</source>
        <translation>Elle annonce l&apos;immeuble %1, porte %2&#xa0;: ce n&apos;est pas une des portes de cet immeuble. Porter n&apos;y touche pas.</translation>
    </message>
    <message>
        <source>Door</source>
        <translation>Porte</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Signal</source>
        <translation>Signal</translation>
    </message>
</context>
<context>
    <name>porter::DoorsModel</name>
    <message>
        <source>+</source>
        <extracomment>Sign of a clock drift: + the door ran fast, − slow</extracomment>
        <translation>+</translation>
    </message>
    <message>
        <source>−</source>
        <translation>−</translation>
    </message>
    <message>
        <source>%1%2 s</source>
        <translation>%1%2 s</translation>
    </message>
    <message>
        <source>%1%2 min %3 s</source>
        <translation>%1%2 min %3 s</translation>
    </message>
    <message>
        <source>Updates over the internet</source>
        <translation>Mise à jour par Internet</translation>
    </message>
    <message>
        <source>Not commissioned yet</source>
        <translation>Pas encore mise en service</translation>
    </message>
    <message>
        <source>1 pending change</source>
        <translation>1 modification en attente</translation>
    </message>
    <message numerus="yes">
        <source>%n pending changes</source>
        <translation>
            <numerusform>%n modification en attente</numerusform>
            <numerusform>%n modifications en attente</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — sync due today</source>
        <extracomment>Doors page: &quot;3 pending changes — sync due today&quot;</extracomment>
        <translation>%1 — synchro ce jour</translation>
    </message>
    <message>
        <source>Holds the old doorcode secret: sync due today</source>
        <translation>Ancien secret de codes de porte&#xa0;: synchro ce jour</translation>
    </message>
    <message>
        <source>Up to date</source>
        <translation>À jour</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>En ligne</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Hors ligne</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <source>%1% (low)</source>
        <extracomment>Battery charge, e.g. &quot;17% (low)&quot;</extracomment>
        <translation>%1 % (faible)</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <source>1 alarm, activity lost</source>
        <translation>1 alarme, activité perdue</translation>
    </message>
    <message numerus="yes">
        <source>%n alarms, activity lost</source>
        <translation>
            <numerusform>%n alarme, activité perdue</numerusform>
            <numerusform>%n alarmes, activité perdue</numerusform>
        </translation>
    </message>
    <message>
        <source>1 alarm</source>
        <translation>1 alarme</translation>
    </message>
    <message numerus="yes">
        <source>%n alarms</source>
        <translation>
            <numerusform>%n alarme</numerusform>
            <numerusform>%n alarmes</numerusform>
        </translation>
    </message>
    <message>
        <source>Commission it first: press its install button, then Commission. 1 change waits for its first sync.</source>
        <translation>Mettez-la d&apos;abord en service&#xa0;: appuyez sur son bouton d&apos;installation, puis sur Mettre en service. 1 modification attend sa première synchronisation.</translation>
    </message>
    <message numerus="yes">
        <source>Commission it first: press its install button, then Commission. %n changes wait for its first sync.</source>
        <translation>
            <numerusform>Mettez-la d&apos;abord en service&#xa0;: appuyez sur son bouton d&apos;installation, puis sur Mettre en service. %n modification attend sa première synchronisation.</numerusform>
            <numerusform>Mettez-la d&apos;abord en service&#xa0;: appuyez sur son bouton d&apos;installation, puis sur Mettre en service. %n modifications attendent sa première synchronisation.</numerusform>
        </translation>
    </message>
    <message>
        <source>Commission it first: press its install button, then Commission.</source>
        <translation>Mettez-la d&apos;abord en service&#xa0;: appuyez sur son bouton d&apos;installation, puis sur Mettre en service.</translation>
    </message>
    <message>
        <source>Access starts or ends today, or a change is already due: sync this door today.</source>
        <translation>Un accès commence ou se termine aujourd&apos;hui, ou une modification est déjà due&#xa0;: synchronisez cette porte aujourd&apos;hui.</translation>
    </message>
    <message>
        <source>The access-list version the door last acknowledged.</source>
        <translation>La version de la liste d&apos;accès que la porte a confirmée en dernier.</translation>
    </message>
    <message>
        <source>How far the door&apos;s clock was off at its last sync (Porter set it right then).</source>
        <translation>L&apos;écart de l&apos;horloge de la porte lors de sa dernière synchronisation (Porter l&apos;a alors corrigée).</translation>
    </message>
    <message>
        <source>Keypad lockouts, spent failure budgets, lost activity and refused updates. Select the door to see them.</source>
        <translation>Blocages du clavier, quotas d&apos;échecs épuisés, activité perdue et mises à jour refusées. Sélectionnez la porte pour les voir.</translation>
    </message>
    <message>
        <source>Door</source>
        <translation>Porte</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>Dernière synchro</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Battery</source>
        <translation>Batterie</translation>
    </message>
    <message>
        <source>Firmware</source>
        <translation>Firmware</translation>
    </message>
    <message>
        <source>Clock drift</source>
        <translation>Dérive</translation>
    </message>
    <message>
        <source>Alarms</source>
        <translation>Alarmes</translation>
    </message>
</context>
<context>
    <name>porter::KeyHoldersModel</name>
    <message>
        <source>Guest of %1</source>
        <translation>Invité de %1</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Starts %1</source>
        <translation>Commence le %1</translation>
    </message>
    <message>
        <source>No expiration</source>
        <translation>Sans expiration</translation>
    </message>
    <message>
        <source>A guest pass %1 gave; it ends with their access at the latest.</source>
        <translation>Accès invité accordé par %1&#xa0;; il prend fin au plus tard avec l&apos;accès de cette personne.</translation>
    </message>
    <message>
        <source>A permanent guest pass %1 gave; it ends with their access.</source>
        <translation>Accès invité permanent accordé par %1&#xa0;; il prend fin avec l&apos;accès de cette personne.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Holds it as</source>
        <translation>À titre de</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Expiration</source>
        <translation>Expiration</translation>
    </message>
</context>
<context>
    <name>porter::KeysModel</name>
    <message>
        <source>Every day</source>
        <translation>Tous les jours</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <extracomment>A range of weekdays in a schedule, e.g. &quot;Mon–Fri&quot;
----------
Opening hours in a schedule, e.g. &quot;08:00–18:00&quot;</extracomment>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>, </source>
        <extracomment>Separator between days in a schedule, e.g. &quot;Sat, Sun&quot;</extracomment>
        <translation>, </translation>
    </message>
    <message>
        <source>Always</source>
        <translation>Toujours</translation>
    </message>
    <message>
        <source>all day</source>
        <translation>toute la journée</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>One part of a schedule: days, then hours, e.g. &quot;Mon–Fri 08:00–18:00&quot; or &quot;Sat, Sun all day&quot;</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>door %1</source>
        <translation>porte %1</translation>
    </message>
    <message>
        <source>Allowed</source>
        <translation>Autorisés</translation>
    </message>
    <message>
        <source>Not allowed</source>
        <translation>Non autorisés</translation>
    </message>
    <message>
        <source>May be shared</source>
        <translation>Partageable</translation>
    </message>
    <message>
        <source>Not shared</source>
        <translation>Non partagée</translation>
    </message>
    <message>
        <source>%1 (offline: learns changes at a sync)</source>
        <translation>%1 (hors ligne&#xa0;: reçoit les modifications à la synchronisation)</translation>
    </message>
    <message>
        <source>%1 (online)</source>
        <translation>%1 (en ligne)</translation>
    </message>
    <message>
        <source>Opens its doors at any hour, every day.</source>
        <translation>Ouvre ses portes à toute heure, tous les jours.</translation>
    </message>
    <message>
        <source>Opens its doors only at these hours, in the property&apos;s time zone: %1</source>
        <translation>N&apos;ouvre ses portes qu&apos;à ces heures, dans le fuseau horaire de l&apos;immeuble&#xa0;: %1</translation>
    </message>
    <message>
        <source>A daily doorcode opens this key&apos;s doors.</source>
        <translation>Un code de porte quotidien ouvre les portes de cette clé.</translation>
    </message>
    <message>
        <source>This key&apos;s doors open only with the app or a keycard, not with a doorcode.</source>
        <translation>Les portes de cette clé ne s&apos;ouvrent qu&apos;avec l&apos;application ou une carte d&apos;accès, pas avec un code de porte.</translation>
    </message>
    <message>
        <source>Residents who may share can give this key to their guests.</source>
        <translation>Les résidents autorisés à partager peuvent donner cette clé à leurs invités.</translation>
    </message>
    <message>
        <source>Nobody can share this key with guests.</source>
        <translation>Personne ne peut partager cette clé avec des invités.</translation>
    </message>
    <message>
        <source>People and guests who hold this key now or from a later start.</source>
        <translation>Personnes et invités qui détiennent cette clé, dès maintenant ou à partir d&apos;un début ultérieur.</translation>
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
        <source>Doorcodes</source>
        <translation>Codes de porte</translation>
    </message>
    <message>
        <source>Sharing</source>
        <translation>Partage</translation>
    </message>
    <message>
        <source>Holders</source>
        <translation>Titulaires</translation>
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
    <name>porter::MailRepository</name>
    <message>
        <source>There is no message with id %1 in the outbox.</source>
        <translation>Il n&apos;existe aucun message avec l&apos;identifiant %1 dans la boîte d&apos;envoi.</translation>
    </message>
</context>
<context>
    <name>porter::ManagersModel</name>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A key and its property in a list of keys: &quot;Gym (Rue Lepic)&quot;</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>property %1</source>
        <translation>immeuble %1</translation>
    </message>
    <message>
        <source>key %1</source>
        <translation>clé %1</translation>
    </message>
    <message>
        <source>Full</source>
        <translation>Complète</translation>
    </message>
    <message>
        <source>Limited</source>
        <translation>Limitée</translation>
    </message>
    <message numerus="yes">
        <source>Specific keys (%n)</source>
        <translation>
            <numerusform>Certaines clés (%n)</numerusform>
            <numerusform>Certaines clés (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <source>All properties</source>
        <translation>Tous les immeubles</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>May give and revoke only these keys:
%1</source>
        <translation>Peut donner et révoquer uniquement ces clés&#xa0;:
%1</translation>
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
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Key Management</source>
        <translation>Gestion des clés</translation>
    </message>
    <message>
        <source>Device Management</source>
        <translation>Gestion des appareils</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>Immeubles</translation>
    </message>
    <message>
        <source>To withdraw</source>
        <translation>À retirer</translation>
    </message>
    <message>
        <source>Waiting for their first sign-in</source>
        <translation>En attente de sa première connexion</translation>
    </message>
    <message>
        <source>Waiting: give door access</source>
        <translation>En attente&#xa0;: donnez l&apos;accès aux portes</translation>
    </message>
    <message>
        <source>Held (1 property)</source>
        <translation>Détenus (1 immeuble)</translation>
    </message>
    <message numerus="yes">
        <source>Held (%n properties)</source>
        <translation>
            <numerusform>Détenus (%n immeuble)</numerusform>
            <numerusform>Détenus (%n immeubles)</numerusform>
        </translation>
    </message>
    <message>
        <source>Holds the door secrets of: %1</source>
        <translation>Détient les secrets de porte de&#xa0;: %1</translation>
    </message>
    <message>
        <source>Will hold those of %1 once they have signed in and been given door access.</source>
        <translation>Détiendra ceux de %1 après s&apos;être connecté et avoir reçu l&apos;accès aux portes.</translation>
    </message>
    <message>
        <source>Waiting for door access to: %1</source>
        <translation>En attente de l&apos;accès aux portes de&#xa0;: %1</translation>
    </message>
    <message>
        <source>Still has copies of: %1</source>
        <translation>Possède encore des copies de&#xa0;: %1</translation>
    </message>
    <message>
        <source>Does not sync doors, or no door is commissioned yet.</source>
        <translation>Ne synchronise pas de portes, ou aucune porte n&apos;est encore mise en service.</translation>
    </message>
    <message>
        <source>Server Login</source>
        <translation>Identifiant du serveur</translation>
    </message>
    <message>
        <source>Door Secrets</source>
        <translation>Secrets de porte</translation>
    </message>
</context>
<context>
    <name>porter::OutboxModel</name>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <extracomment>Outbox recipient: &quot;Name &lt;address&gt;&quot;</extracomment>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>Queued</source>
        <extracomment>An email waiting in the outbox</extracomment>
        <translation>En file d&apos;attente</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyé</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Destinataire</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créé</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Sent %1</source>
        <extracomment>An email&apos;s state: &quot;Sent 2026-12-02 10:42 EST&quot;</extracomment>
        <translation>Envoyé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Retrying at %1</source>
        <extracomment>When Porter tries a temporarily failed email again: &quot;Retrying at 2026-12-02 10:42 EST&quot;</extracomment>
        <translation>Nouvelle tentative&#xa0;: %1</translation>
    </message>
    <message>
        <source>Welcome</source>
        <extracomment>The kind of an email: the one a person gets when invited</extracomment>
        <translation>Bienvenue</translation>
    </message>
    <message>
        <source>Daily doorcode</source>
        <extracomment>The kind of an email: the day&apos;s doorcode</extracomment>
        <translation>Code de porte quotidien</translation>
    </message>
    <message>
        <source>Test</source>
        <extracomment>The kind of an email: a test from Settings</extracomment>
        <translation>Test</translation>
    </message>
    <message>
        <source>Porter has tried to send this email once.</source>
        <translation>Porter a tenté d&apos;envoyer cet e-mail une fois.</translation>
    </message>
    <message numerus="yes">
        <source>Porter has tried to send this email %n times.</source>
        <translation>
            <numerusform>Porter a tenté d&apos;envoyer cet e-mail %n fois.</numerusform>
            <numerusform>Porter a tenté d&apos;envoyer cet e-mail %n fois.</numerusform>
        </translation>
    </message>
    <message>
        <source>Kind</source>
        <extracomment>Outbox column: Welcome, Daily doorcode or Test</extracomment>
        <translation>Type</translation>
    </message>
    <message>
        <source>Attempts</source>
        <extracomment>Outbox column: how many times Porter tried to send the email</extracomment>
        <translation>Tentatives</translation>
    </message>
    <message>
        <source>Next attempt</source>
        <translation>Prochaine tentative</translation>
    </message>
    <message>
        <source>Server&apos;s reason</source>
        <extracomment>Outbox column: the mail server&apos;s reason for a failure</extracomment>
        <translation>Motif du serveur</translation>
    </message>
    <message>
        <source>What it says: the property, the person&apos;s keys with their doors and hours, when their access starts and ends, and how they open the doors (the app&apos;s one-time activation code, or when their daily doorcodes arrive). It is written in the person&apos;s language when it first leaves; Porter never shows the code it holds.</source>
        <translation>Ce qu&apos;il dit : l&apos;immeuble, les clés de la personne avec leurs portes et horaires, le début et la fin de son accès, et comment elle ouvre les portes (le code d&apos;activation à usage unique de l&apos;application, ou l&apos;heure d&apos;arrivée de ses codes de porte quotidiens). Il est rédigé dans la langue de la personne lors de son premier envoi ; Porter ne montre jamais le code qu&apos;il contient.</translation>
    </message>
    <message>
        <source>What it says: the doorcode for %1 and the doors it opens. Porter never shows the code here.</source>
        <extracomment>%1 a date</extracomment>
        <translation>Ce qu&apos;il dit : le code de porte du %1 et les portes qu&apos;il ouvre. Porter ne montre jamais le code ici.</translation>
    </message>
    <message>
        <source>A test message from Settings ▸ Email, to check the mail server.</source>
        <translation>Un message de test envoyé depuis Paramètres ▸ E-mail, pour vérifier le serveur de messagerie.</translation>
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
    <message>
        <source>Access was revoked on %1.</source>
        <translation>L&apos;accès a été révoqué le %1.</translation>
    </message>
    <message>
        <source>Access ended on %1.</source>
        <translation>L&apos;accès a pris fin le %1.</translation>
    </message>
    <message>
        <source>Ended %1</source>
        <extracomment>People list, Access until column of an expired or revoked person: when their access ended</extracomment>
        <translation>Terminé le %1</translation>
    </message>
</context>
<context>
    <name>porter::PeopleRepository</name>
    <message>
        <source>There is no %1 with id %2.</source>
        <translation>Introuvable&#xa0;: %1 avec l&apos;identifiant %2.</translation>
    </message>
</context>
<context>
    <name>porter::Permissions</name>
    <message>
        <source>Ask a Portfolio Manager to change your permissions.</source>
        <translation>Demandez à un Gestionnaire de portefeuille de modifier vos autorisations.</translation>
    </message>
    <message>
        <source>You are not a manager of %1. %2</source>
        <translation>Vous n&apos;êtes pas gestionnaire de %1. %2</translation>
    </message>
    <message>
        <source>Only Portfolio Managers can add or change properties.</source>
        <translation>Seuls les Gestionnaires de portefeuille peuvent ajouter ou modifier des immeubles.</translation>
    </message>
    <message>
        <source>Only Portfolio Managers can add or change managers and their permissions.</source>
        <translation>Seuls les Gestionnaires de portefeuille peuvent ajouter ou modifier des gestionnaires et leurs autorisations.</translation>
    </message>
    <message>
        <source>Creating, editing and deleting keys needs Full Key Management at %1. %2</source>
        <translation>Créer, modifier et supprimer des clés nécessite la gestion complète des clés à %1. %2</translation>
    </message>
    <message>
        <source>Managing people&apos;s access needs Key Management at %1. %2</source>
        <translation>Gérer l&apos;accès des personnes nécessite la gestion des clés à %1. %2</translation>
    </message>
    <message>
        <source>Your Key Management is limited to specific keys, and key %1 is not one of them. %2</source>
        <translation>Votre gestion des clés est limitée à certaines clés, et la clé %1 n&apos;en fait pas partie. %2</translation>
    </message>
    <message>
        <source>Adding, commissioning and syncing doors needs Device Management at %1. %2</source>
        <translation>Ajouter, mettre en service et synchroniser des portes nécessite la gestion des appareils à %1. %2</translation>
    </message>
    <message>
        <source>This person holds key %1, which your Key Management does not cover: their credentials open its doors. %2</source>
        <translation>Cette personne détient la clé %1, que votre gestion des clés ne couvre pas&#xa0;: ses identifiants ouvrent les portes de cette clé. %2</translation>
    </message>
    <message>
        <source>Only Portfolio Managers can do this.</source>
        <translation>Seuls les Gestionnaires de portefeuille peuvent faire cela.</translation>
    </message>
    <message>
        <source>You are not a manager of %1. Ask a Portfolio Manager to assign it to you.</source>
        <translation>Vous n&apos;êtes pas gestionnaire de %1. Demandez à un Gestionnaire de portefeuille de vous l&apos;attribuer.</translation>
    </message>
    <message>
        <source>Needs Full Key Management at %1. Ask a Portfolio Manager to add it.</source>
        <translation>Nécessite la gestion complète des clés à %1. Demandez à un Gestionnaire de portefeuille de vous l&apos;accorder.</translation>
    </message>
    <message>
        <source>Needs Device Management at %1. Ask a Portfolio Manager to add it.</source>
        <translation>Nécessite la gestion des appareils à %1. Demandez à un Gestionnaire de portefeuille de vous l&apos;accorder.</translation>
    </message>
    <message>
        <source>Needs Limited or Full Key Management: this person holds keys outside your list. Ask a Portfolio Manager to add them.</source>
        <translation>Nécessite la gestion limitée ou complète des clés&#xa0;: cette personne détient des clés hors de votre liste. Demandez à un Gestionnaire de portefeuille de vous les ajouter.</translation>
    </message>
    <message>
        <source>Needs Key Management at %1. Ask a Portfolio Manager to add it.</source>
        <translation>Nécessite la gestion des clés à %1. Demandez à un Gestionnaire de portefeuille de vous l&apos;accorder.</translation>
    </message>
    <message>
        <source>Only Portfolio Managers can change the mail server or send a test email.</source>
        <translation>Seuls les Gestionnaires de portefeuille peuvent modifier le serveur de messagerie ou envoyer un e-mail de test.</translation>
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
    <name>porter::Schedule</name>
    <message>
        <source>Schedule &quot;%1&quot;: %2. Write it like &quot;Mon-Fri 09:00-17:00; Sat 10:00-14:00&quot;.</source>
        <translation>Horaire «&#xa0;%1&#xa0;»&#xa0;: %2. Écrivez-le ainsi&#xa0;: «&#xa0;Mon-Fri 09:00-17:00; Sat 10:00-14:00&#xa0;».</translation>
    </message>
    <message>
        <source>each part needs days and a time range</source>
        <translation>chaque partie a besoin de jours et d&apos;une plage horaire</translation>
    </message>
    <message>
        <source>unknown day &quot;%1&quot;</source>
        <translation>jour inconnu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>bad day range &quot;%1&quot;</source>
        <translation>plage de jours incorrecte «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names no day</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;indique aucun jour</translation>
    </message>
    <message>
        <source>bad time range &quot;%1&quot;</source>
        <translation>plage horaire incorrecte «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>bad time &quot;%1&quot;</source>
        <translation>heure incorrecte «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>the window %1 ends before it starts (split windows over midnight into two)</source>
        <translation>la plage %1 se termine avant de commencer (scindez en deux les plages qui passent minuit)</translation>
    </message>
</context>
<context>
    <name>porter::SecretStore</name>
    <message>
        <source>The device key registered for manager %1 is not a valid key.</source>
        <translation>La clé d&apos;appareil enregistrée pour le gestionnaire %1 n&apos;est pas une clé valide.</translation>
    </message>
    <message>
        <source>The copy of %1 on the server was not made by a holder of the property&apos;s key: Porter does not use it. Someone who can write to the database may have changed it; tell the database&apos;s administrator.</source>
        <translation>La copie de %1 sur le serveur n&apos;a pas été faite par un détenteur de la clé de l&apos;immeuble&#xa0;: Porter ne l&apos;utilise pas. Quelqu&apos;un qui peut écrire dans la base de données l&apos;a peut-être modifiée&#xa0;; prévenez l&apos;administrateur de la base de données.</translation>
    </message>
    <message>
        <source>The secret %1 could not be wrapped.</source>
        <translation>Le secret %1 n&apos;a pas pu être chiffré.</translation>
    </message>
</context>
<context>
    <name>porter::SyncTasksModel</name>
    <message>
        <source>The door still accepts codes of the old doorcode secret until it is synced.</source>
        <translation>La porte accepte encore les codes de l&apos;ancien secret de codes de porte jusqu&apos;à sa synchronisation.</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>À faire aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Plus tard</translation>
    </message>
    <message>
        <source>Door</source>
        <translation>Porte</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <source>Pending changes</source>
        <translation>Modifications en attente</translation>
    </message>
    <message>
        <source>Due since</source>
        <translation>À faire depuis</translation>
    </message>
    <message>
        <source>First change</source>
        <translation>Première modification</translation>
    </message>
    <message>
        <source>The door still trusts the property&apos;s old signing key until it is synced.</source>
        <translation>La porte fait encore confiance à l&apos;ancienne clé de signature de l&apos;immeuble jusqu&apos;à sa synchronisation.</translation>
    </message>
    <message>
        <source>The property&apos;s signing key was reset: reset this door on site and commission it again.</source>
        <translation>La clé de signature de l&apos;immeuble a été réinitialisée&#xa0;: réinitialisez cette porte sur place et remettez-la en service.</translation>
    </message>
</context>
<context>
    <name>porter::Validation</name>
    <message>
        <source>The %1 &quot;%2&quot; contains bytes that are not valid UTF-8 text; check the file&apos;s or terminal&apos;s encoding.</source>
        <translation>Le champ «&#xa0;%1&#xa0;» («&#xa0;%2&#xa0;») contient des octets qui ne sont pas du texte UTF-8 valide&#xa0;; vérifiez l&apos;encodage du fichier ou du terminal.</translation>
    </message>
    <message>
        <source>email address</source>
        <translation>adresse e-mail</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid email address (expected name@example.com).</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une adresse e-mail valide (format attendu&#xa0;: nom@example.com).</translation>
    </message>
    <message>
        <source>phone number</source>
        <translation>numéro de téléphone</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid phone number for region %2. Include the country code (e.g. +1 212 555 0100) if the number is from elsewhere.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un numéro de téléphone valide pour la région %2. Ajoutez l&apos;indicatif du pays (par ex. +1 212 555 0100) si le numéro est d&apos;ailleurs.</translation>
    </message>
    <message>
        <source>The %1 must not be empty.</source>
        <translation>Le champ «&#xa0;%1&#xa0;» ne doit pas être vide.</translation>
    </message>
    <message>
        <source>The %1 is longer than 200 characters.</source>
        <translation>Le champ «&#xa0;%1&#xa0;» dépasse 200 caractères.</translation>
    </message>
    <message>
        <source>The %1 contains a control character.</source>
        <translation>Le champ «&#xa0;%1&#xa0;» contient un caractère de contrôle.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a keycard serial. Enter the card&apos;s 4 to %2 byte UID in hex, e.g. 04:A2:2B:3C:91:5E:80.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un numéro de série de carte d&apos;accès. Saisissez l&apos;UID de la carte, de 4 à %2 octets, en hexadécimal, par ex. 04:A2:2B:3C:91:5E:80.</translation>
    </message>
</context>
<context>
    <name>porter::ble::BleDoorScanner</name>
    <message>
        <source>Turn it on in the Bluetooth menu or in System Settings &gt; Bluetooth</source>
        <translation>Activez-le dans le menu Bluetooth ou dans Réglages Système &gt; Bluetooth</translation>
    </message>
    <message>
        <source>Turn it on in Settings &gt; Bluetooth &amp; devices</source>
        <translation>Activez-le dans Paramètres &gt; Bluetooth et appareils</translation>
    </message>
    <message>
        <source>Turn it on in the system&apos;s Bluetooth settings (or run: bluetoothctl power on)</source>
        <translation>Activez-le dans les réglages Bluetooth du système (ou exécutez&#xa0;: bluetoothctl power on)</translation>
    </message>
    <message>
        <source>No Bluetooth adapter was found. Plug in or enable the laptop&apos;s Bluetooth (or a USB Bluetooth adapter), check that the bluetooth service is running (systemctl status bluetooth), and scan again.</source>
        <translation>Aucun adaptateur Bluetooth n&apos;a été trouvé. Branchez ou activez le Bluetooth de l&apos;ordinateur portable (ou un adaptateur Bluetooth USB), vérifiez que le service bluetooth fonctionne (systemctl status bluetooth), puis relancez la recherche.</translation>
    </message>
    <message>
        <source>No Bluetooth adapter was found. Plug in or enable the laptop&apos;s Bluetooth (or a USB Bluetooth adapter) and scan again.</source>
        <translation>Aucun adaptateur Bluetooth n&apos;a été trouvé. Branchez ou activez le Bluetooth de l&apos;ordinateur portable (ou un adaptateur Bluetooth USB), puis relancez la recherche.</translation>
    </message>
    <message>
        <source>Bluetooth is turned off on this computer. %1, then scan again.</source>
        <translation>Le Bluetooth est désactivé sur cet ordinateur. %1, puis relancez la recherche.</translation>
    </message>
    <message>
        <source>Porter is not allowed to use Bluetooth. Allow it in System Settings &gt; Privacy &amp; Security &gt; Bluetooth, then scan again. (macOS refuses Bluetooth to a program started outside Porter.app: the app bundle carries the NSBluetoothAlwaysUsageDescription that macOS requires.)</source>
        <translation>Porter n&apos;est pas autorisé à utiliser le Bluetooth. Autorisez-le dans Réglages Système &gt; Confidentialité et sécurité &gt; Bluetooth, puis relancez la recherche. (macOS refuse le Bluetooth à un programme lancé hors de Porter.app&#xa0;: le paquet de l&apos;application contient la NSBluetoothAlwaysUsageDescription exigée par macOS.)</translation>
    </message>
    <message>
        <source>Windows does not let Porter use Bluetooth. Turn Bluetooth on in Settings &gt; Bluetooth &amp; devices and allow apps to use the radio in Settings &gt; Privacy &amp; security, then scan again.</source>
        <translation>Windows ne permet pas à Porter d&apos;utiliser le Bluetooth. Activez le Bluetooth dans Paramètres &gt; Bluetooth et appareils et autorisez les applications à utiliser la radio dans Paramètres &gt; Confidentialité et sécurité, puis relancez la recherche.</translation>
    </message>
    <message>
        <source>This user may not use Bluetooth: the system refused access to the Bluetooth service. Ask the computer&apos;s administrator to allow it, then scan again.</source>
        <translation>Cet utilisateur ne peut pas utiliser le Bluetooth&#xa0;: le système a refusé l&apos;accès au service Bluetooth. Demandez à l&apos;administrateur de l&apos;ordinateur de l&apos;autoriser, puis relancez la recherche.</translation>
    </message>
    <message>
        <source>This computer&apos;s Bluetooth cannot scan for Bluetooth Low Energy devices, which Porter&apos;s doors are. Use a Bluetooth 4.0 (or newer) adapter.</source>
        <translation>Le Bluetooth de cet ordinateur ne peut pas rechercher d&apos;appareils Bluetooth Low Energy, ce que sont les portes de Porter. Utilisez un adaptateur Bluetooth 4.0 (ou plus récent).</translation>
    </message>
    <message>
        <source>The Bluetooth scan failed (%1). Check that Bluetooth is on and scan again.</source>
        <translation>La recherche Bluetooth a échoué (%1). Vérifiez que le Bluetooth est activé, puis relancez la recherche.</translation>
    </message>
    <message>
        <source>no detail</source>
        <translation>aucun détail</translation>
    </message>
</context>
<context>
    <name>porter::ble::BluetoothTransport</name>
    <message>
        <source>This device is not a Porter door: the device at %1 has no Porter door service. Scan again and choose a door from the list.</source>
        <translation>Cet appareil n&apos;est pas une porte Porter&#xa0;: l&apos;appareil à l&apos;adresse %1 n&apos;a pas le service de porte Porter. Relancez la recherche et choisissez une porte dans la liste.</translation>
    </message>
    <message>
        <source>This device is not a Porter door: the device at %1 lacks the door&apos;s characteristics. Scan again and choose a door from the list.</source>
        <translation>Cet appareil n&apos;est pas une porte Porter&#xa0;: l&apos;appareil à l&apos;adresse %1 n&apos;a pas les caractéristiques de la porte. Relancez la recherche et choisissez une porte dans la liste.</translation>
    </message>
    <message>
        <source>Door %1 is not in range (this computer&apos;s Bluetooth no longer knows it): scan again, standing near the door.</source>
        <translation>La porte %1 n&apos;est pas à portée (le Bluetooth de cet ordinateur ne la connaît plus)&#xa0;: relancez la recherche près de la porte.</translation>
    </message>
    <message>
        <source>Cannot connect to door %1 over Bluetooth. Stand closer to the door and try again.</source>
        <translation>Impossible de se connecter à la porte %1 en Bluetooth. Rapprochez-vous de la porte et réessayez.</translation>
    </message>
    <message>
        <source>Cannot connect to door %1 over Bluetooth (%2). Stand closer to the door and try again.</source>
        <translation>Impossible de se connecter à la porte %1 en Bluetooth (%2). Rapprochez-vous de la porte et réessayez.</translation>
    </message>
    <message>
        <source>The Bluetooth link to door %1 failed (%2). Stand closer to the door and try again.</source>
        <translation>La liaison Bluetooth avec la porte %1 a échoué (%2). Rapprochez-vous de la porte et réessayez.</translation>
    </message>
    <message>
        <source>Door %1 closed the Bluetooth link. Stand closer to the door and try again.</source>
        <translation>La porte %1 a fermé la liaison Bluetooth. Rapprochez-vous de la porte et réessayez.</translation>
    </message>
    <message>
        <source>Door %1 refused this computer&apos;s Bluetooth connection (authorization). Remove the door from the system&apos;s paired Bluetooth devices and try again.</source>
        <translation>La porte %1 a refusé la connexion Bluetooth de cet ordinateur (autorisation). Retirez la porte des appareils Bluetooth appairés du système et réessayez.</translation>
    </message>
    <message>
        <source>Door %1 did not take the data sent over Bluetooth, so the link was closed. Stand closer and try again: a sync continues where it stopped.</source>
        <translation>La porte %1 n&apos;a pas accepté les données envoyées en Bluetooth&#xa0;: la liaison a été fermée. Rapprochez-vous et réessayez&#xa0;: la synchronisation reprend là où elle s&apos;est arrêtée.</translation>
    </message>
    <message>
        <source>The Bluetooth link to door %1 failed while setting up the door&apos;s service. Stand closer to the door and try again.</source>
        <translation>La liaison Bluetooth avec la porte %1 a échoué pendant la préparation du service de la porte. Rapprochez-vous de la porte et réessayez.</translation>
    </message>
    <message>
        <source>Door %1 dropped the Bluetooth link while it was being set up. Stand closer to the door and try again.</source>
        <translation>La porte %1 a coupé la liaison Bluetooth pendant son établissement. Rapprochez-vous de la porte et réessayez.</translation>
    </message>
    <message>
        <source>The Bluetooth link to door %1 was lost. Stand closer to the door and try again: a sync continues where it stopped.</source>
        <translation>La liaison Bluetooth avec la porte %1 a été perdue. Rapprochez-vous de la porte et réessayez&#xa0;: la synchronisation reprend là où elle s&apos;est arrêtée.</translation>
    </message>
    <message>
        <source>The door did not answer; stand closer and try again (door %1, no connection after %2 s).</source>
        <translation>La porte n&apos;a pas répondu&#xa0;; rapprochez-vous et réessayez (porte %1, pas de connexion après %2 s).</translation>
    </message>
    <message>
        <source>The door did not answer; stand closer and try again (door %1 connected but did not set up its service within %2 s).</source>
        <translation>La porte n&apos;a pas répondu&#xa0;; rapprochez-vous et réessayez (la porte %1 s&apos;est connectée mais n&apos;a pas préparé son service en %2 s).</translation>
    </message>
    <message>
        <source>Closed.</source>
        <translation>Connexion fermée.</translation>
    </message>
</context>
<context>
    <name>porter::cli</name>
    <message>
        <source>No door state in %1: create one with porter-door init --state %1.</source>
        <translation>Aucun état de porte dans %1&#xa0;: créez-en un avec porter-door init --state %1.</translation>
    </message>
    <message>
        <source>Give the door&apos;s state directory with --state DIR.</source>
        <translation>Indiquez le répertoire d&apos;état de la porte avec --state DIR.</translation>
    </message>
    <message>
        <source>%1 is a file; --state needs a directory.</source>
        <translation>%1 est un fichier&#xa0;; --state a besoin d&apos;un répertoire.</translation>
    </message>
    <message>
        <source>Cannot create the directory %1.</source>
        <translation>Impossible de créer le répertoire %1.</translation>
    </message>
    <message>
        <source>The door in %1 is in use by another process (pid %2, e.g. porter-door serve): stop it first.</source>
        <translation>La porte dans %1 est utilisée par un autre processus (pid %2, par ex. porter-door serve)&#xa0;: arrêtez-le d&apos;abord.</translation>
    </message>
    <message>
        <source>Cannot lock the door state in %1 (is the directory writable?).</source>
        <translation>Impossible de verrouiller l&apos;état de la porte dans %1 (le répertoire est-il accessible en écriture&#xa0;?).</translation>
    </message>
    <message>
        <source>%1 holds a damaged door state; reset it with porter-door reset --state %1.</source>
        <translation>%1 contient un état de porte endommagé&#xa0;; réinitialisez-le avec porter-door reset --state %1.</translation>
    </message>
    <message>
        <source>%1 already holds a door; use a new directory for a new door.</source>
        <translation>%1 contient déjà une porte&#xa0;; utilisez un nouveau répertoire pour une nouvelle porte.</translation>
    </message>
    <message>
        <source>%1 is not a phone public key file (made by porter-door phone new).</source>
        <translation>%1 n&apos;est pas un fichier de clé publique de téléphone (créé par porter-door phone new).</translation>
    </message>
    <message>
        <source>%1 is not a phone private key (porter-door phone new).</source>
        <translation>%1 n&apos;est pas une clé privée de téléphone (porter-door phone new).</translation>
    </message>
    <message>
        <source>%1 is not a phone certificate (porterctl person app-key --out).</source>
        <translation>%1 n&apos;est pas un certificat de téléphone (porterctl person app-key --out).</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is the phone&apos;s private key: it must stay on the phone. Give the phone&apos;s public key file instead.</source>
        <translation>%1 est la clé privée du téléphone&#xa0;: elle doit rester sur le téléphone. Indiquez plutôt le fichier de clé publique du téléphone.</translation>
    </message>
    <message>
        <source>%1 already exists: phone new never replaces a phone&apos;s key; pick another directory.</source>
        <translation>%1 existe déjà&#xa0;: phone new ne remplace jamais la clé d&apos;un téléphone&#xa0;; choisissez un autre répertoire.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>porter::doorsim::BleDoorServer</name>
    <message>
        <source>The Bluetooth adapter did not accept the door&apos;s GATT service.</source>
        <translation>L&apos;adaptateur Bluetooth n&apos;a pas accepté le service GATT de la porte.</translation>
    </message>
    <message>
        <source>porter-door serve --ble needs a Bluetooth LE adapter that can advertise. With Qt 6.4 on Linux it also needs root or CAP_NET_RAW (sudo setcap cap_net_raw,cap_net_admin+ep porter-door), and it must use a different adapter or machine from the laptop running Porter.</source>
        <translation>porter-door serve --ble a besoin d&apos;un adaptateur Bluetooth LE capable d&apos;émettre des annonces. Avec Qt 6.4 sous Linux, il faut aussi root ou CAP_NET_RAW (sudo setcap cap_net_raw,cap_net_admin+ep porter-door), et il doit utiliser un autre adaptateur ou une autre machine que l&apos;ordinateur portable qui exécute Porter.</translation>
    </message>
    <message>
        <source>No usable Bluetooth adapter was found. %1</source>
        <translation>Aucun adaptateur Bluetooth utilisable n&apos;a été trouvé. %1</translation>
    </message>
    <message>
        <source>The Bluetooth adapter refused to advertise. %1</source>
        <translation>L&apos;adaptateur Bluetooth a refusé d&apos;émettre des annonces. %1</translation>
    </message>
    <message>
        <source>Bluetooth permission is missing. %1</source>
        <translation>L&apos;autorisation Bluetooth manque. %1</translation>
    </message>
    <message>
        <source>The Bluetooth door stopped (controller error %1). %2</source>
        <translation>La porte Bluetooth s&apos;est arrêtée (erreur du contrôleur %1). %2</translation>
    </message>
</context>
<context>
    <name>porter::doorsim::DoorServer</name>
    <message>
        <source>Cannot listen on %1:%2: %3</source>
        <translation>Impossible d&apos;écouter sur %1:%2&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>porter::kits::KitCourier</name>
    <message>
        <source>Door %1 is not in this field kit.</source>
        <translation>La porte %1 ne fait pas partie de ce kit de terrain.</translation>
    </message>
    <message>
        <source>This field kit expired on %1: doors refuse it. Build a new one with Porter online.</source>
        <translation>Ce kit de terrain a expiré le %1&#xa0;: les portes le refusent. Créez-en un nouveau avec Porter en ligne.</translation>
    </message>
    <message>
        <source>Door ‘%1’ cannot be reached (%2) Move closer and try again.</source>
        <translation>La porte «&#xa0;%1&#xa0;» est injoignable (%2) Rapprochez-vous et réessayez.</translation>
    </message>
    <message>
        <source>Door ‘%1’ did not answer. Move closer and try again.</source>
        <translation>La porte «&#xa0;%1&#xa0;» n&apos;a pas répondu. Rapprochez-vous et réessayez.</translation>
    </message>
    <message>
        <source>Door ‘%1’: %2</source>
        <translation>Porte «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>porter::mail</name>
    <message>
        <source>midnight</source>
        <comment>the end of a day in a schedule</comment>
        <translation>minuit</translation>
    </message>
    <message>
        <source>%1, %2 %3</source>
        <extracomment>A date, a time and the time zone, e.g. &quot;Monday, January 12, 2026, 9:00 AM EST&quot;</extracomment>
        <translation>%1 à %2 %3</translation>
    </message>
    <message>
        <source>every day</source>
        <translation>tous les jours</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <comment>a range of days: Monday to Friday</comment>
        <translation>du %1 au %2</translation>
    </message>
    <message>
        <source>, </source>
        <extracomment>The separator of a list but its last two items: &quot;Lobby, Garage and Gym&quot;</extracomment>
        <translation>, </translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <extracomment>The last two items of a list: &quot;Lobby, Garage and Gym&quot;</extracomment>
        <translation>%1 et %2</translation>
    </message>
    <message>
        <source>at any time, every day</source>
        <translation>à toute heure, tous les jours</translation>
    </message>
    <message>
        <source>all day</source>
        <translation>toute la journée</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <comment>a range of hours: 9:00 AM to 5:00 PM</comment>
        <translation>de %1 à %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <extracomment>Days and hours of a schedule: &quot;Monday to Friday, 9:00 AM to 5:00 PM&quot;</extracomment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>; </source>
        <extracomment>Between the parts of a schedule: &quot;Monday to Friday, 9:00 AM to 5:00 PM; Saturday, all day&quot;</extracomment>
        <translation>&#xa0;; </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>A label and its value, e.g. &quot;Starts: Monday, January 12, 2026, 9:00 AM EST&quot; or the doors of a key and their hours, &quot;Lobby and Garage: Monday to Friday, 9:00 AM to 5:00 PM&quot;</extracomment>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Welcome to %1: your access details</source>
        <translation>Bienvenue à %1&#xa0;: vos informations d&apos;accès</translation>
    </message>
    <message>
        <source>Hello,</source>
        <translation>Bonjour,</translation>
    </message>
    <message>
        <source>Hello %1,</source>
        <translation>Bonjour %1,</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A property and its address: &quot;Harbor View (12 Quay Street, Portsmouth)&quot;</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>You have been given access to %1. You will open its doors with the Porter app on your phone.</source>
        <translation>Vous avez désormais accès à %1. Vous ouvrirez ses portes avec l&apos;application Porter sur votre téléphone.</translation>
    </message>
    <message>
        <source>You have been given access to %1. You will open its doors with a doorcode that we email to you every morning.</source>
        <translation>Vous avez désormais accès à %1. Vous ouvrirez ses portes avec un code de porte que nous vous envoyons par e-mail chaque matin.</translation>
    </message>
    <message>
        <source>no expiration</source>
        <translation>sans expiration</translation>
    </message>
    <message>
        <source>Your access</source>
        <translation>Votre accès</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expiration</translation>
    </message>
    <message>
        <source>Your access begins on %1. The doors will not open for you before then, but you can set up the app now.</source>
        <translation>Votre accès commence le %1. Les portes ne s&apos;ouvriront pas pour vous avant cette date, mais vous pouvez déjà configurer l&apos;application.</translation>
    </message>
    <message>
        <source>Your access begins on %1. The doors will not open for you before then.</source>
        <translation>Votre accès commence le %1. Les portes ne s&apos;ouvriront pas pour vous avant cette date.</translation>
    </message>
    <message>
        <source>Your access ends automatically at that time.</source>
        <translation>Votre accès prend fin automatiquement à ce moment-là.</translation>
    </message>
    <message>
        <source>Your keys and doors</source>
        <translation>Vos clés et vos portes</translation>
    </message>
    <message>
        <source>All times are the property&apos;s local time.</source>
        <translation>Toutes les heures sont à l&apos;heure locale de la propriété.</translation>
    </message>
    <message>
        <source>Set up the Porter app</source>
        <translation>Configurez l&apos;application Porter</translation>
    </message>
    <message>
        <source>Install the Porter app on your phone and open it.</source>
        <translation>Installez l&apos;application Porter sur votre téléphone et ouvrez-la.</translation>
    </message>
    <message>
        <source>Sign in with your email address: %1</source>
        <translation>Connectez-vous avec votre adresse e-mail&#xa0;: %1</translation>
    </message>
    <message>
        <source>Enter this one-time activation code:</source>
        <translation>Saisissez ce code d&apos;activation à usage unique&#xa0;:</translation>
    </message>
    <message>
        <source>Enter this one-time activation code, or scan the QR code below with your phone&apos;s camera:</source>
        <translation>Saisissez ce code d&apos;activation à usage unique, ou scannez le code QR ci-dessous avec l&apos;appareil photo de votre téléphone&#xa0;:</translation>
    </message>
    <message>
        <source>QR code for the Porter app</source>
        <translation>Code QR pour l&apos;application Porter</translation>
    </message>
    <message>
        <source>Or open this link on your phone</source>
        <translation>Ou ouvrez ce lien sur votre téléphone</translation>
    </message>
    <message>
        <source>The code works once, for your phone only. Do not share it: anyone who has it could add your keys to their phone. If you change phones, ask your building manager for a new code.</source>
        <translation>Le code ne fonctionne qu&apos;une fois, et pour votre téléphone uniquement. Ne le partagez pas&#xa0;: toute personne qui l&apos;a pourrait ajouter vos clés à son téléphone. Si vous changez de téléphone, demandez un nouveau code au gestionnaire de votre immeuble.</translation>
    </message>
    <message>
        <source>Once the app is set up, stand near a door and unlock it from the app.</source>
        <translation>Une fois l&apos;application configurée, approchez-vous d&apos;une porte et déverrouillez-la depuis l&apos;application.</translation>
    </message>
    <message>
        <source>How your daily doorcode works</source>
        <translation>Comment fonctionne votre code de porte quotidien</translation>
    </message>
    <message>
        <source>Every morning at %1 (property time) we email you a new doorcode at %2.</source>
        <translation>Chaque matin à %1 (heure de la propriété), nous vous envoyons un nouveau code de porte à %2.</translation>
    </message>
    <message>
        <source>Type the code on the keypad of one of your doors. It opens them during the hours of your keys.</source>
        <translation>Tapez le code sur le clavier de l&apos;une de vos portes. Il les ouvre aux heures de vos clés.</translation>
    </message>
    <message>
        <source>A code works only on the day it is sent, from midnight to midnight at the property. The next morning brings a new one.</source>
        <translation>Un code ne fonctionne que le jour de son envoi, de minuit à minuit à la propriété. Le lendemain matin, vous en recevez un nouveau.</translation>
    </message>
    <message>
        <source>Your first doorcode will arrive on %1, the day your access starts.</source>
        <translation>Votre premier code de porte arrivera le %1, jour où votre accès commence.</translation>
    </message>
    <message>
        <source>Keep your codes to yourself: anyone who has one can open your doors that day.</source>
        <translation>Gardez vos codes pour vous&#xa0;: toute personne qui en a un peut ouvrir vos portes ce jour-là.</translation>
    </message>
    <message>
        <source>Your doorcode for %1 at %2</source>
        <extracomment>The subject of the daily doorcode email: &quot;Your doorcode for Monday, January 12, 2026 at Harbor View&quot;</extracomment>
        <translation>Votre code de porte du %1 à %2</translation>
    </message>
    <message>
        <source>Your doorcode at %1 for %2:</source>
        <translation>Votre code de porte à %1 pour le %2&#xa0;:</translation>
    </message>
    <message>
        <source>Porter test email</source>
        <translation>E-mail de test de Porter</translation>
    </message>
    <message>
        <source>This is a test email from Porter, sent through %1. If you are reading it, Porter can send welcome emails and daily doorcodes through this mail server.</source>
        <translation>Ceci est un e-mail de test de Porter, envoyé via %1. Si vous le lisez, Porter peut envoyer les e-mails de bienvenue et les codes de porte quotidiens par ce serveur de messagerie.</translation>
    </message>
    <message>
        <source>You can delete this email.</source>
        <translation>Vous pouvez supprimer cet e-mail.</translation>
    </message>
    <message>
        <source>Questions about your access? Contact your building manager: this email was sent automatically.</source>
        <translation>Des questions sur votre accès&#xa0;? Contactez le gestionnaire de votre immeuble&#xa0;: cet e-mail a été envoyé automatiquement.</translation>
    </message>
    <message>
        <source>It works on that day only, from midnight to midnight at the property. Type it on the keypad of the door.</source>
        <translation>Il ne fonctionne que ce jour-là, de minuit à minuit à la propriété. Tapez-le sur le clavier de la porte.</translation>
    </message>
    <message>
        <source>The doors it opens</source>
        <translation>Les portes qu&apos;il ouvre</translation>
    </message>
    <message>
        <source>The next day&apos;s code comes in the next morning&apos;s email. Keep your code to yourself: anyone who has it can open your doors that day.</source>
        <translation>Le code du lendemain arrivera dans l&apos;e-mail du lendemain matin. Gardez votre code pour vous&#xa0;: toute personne qui l&apos;a peut ouvrir vos portes ce jour-là.</translation>
    </message>
    <message>
        <source>The code can be used until %1. After that, ask your building manager to send a new welcome email.</source>
        <translation>Le code peut être utilisé jusqu&apos;au %1. Ensuite, demandez au gestionnaire de votre immeuble de vous envoyer un nouvel e-mail de bienvenue.</translation>
    </message>
</context>
<context>
    <name>porter::policy</name>
    <message>
        <source>Person %1 has an id beyond the doors&apos; 7-digit range (docs/doorcodes.md): left out of this door&apos;s list.</source>
        <translation>La personne %1 a un identifiant au-delà de la plage à 7 chiffres des portes (docs/doorcodes.md)&#xa0;: elle est laissée hors de la liste de cette porte.</translation>
    </message>
    <message>
        <source>Person %1: key %2&apos;s schedule would be this door&apos;s schedule number %3; the door takes at most %4. Left out.</source>
        <translation>Personne %1&#xa0;: l&apos;horaire de la clé %2 serait l&apos;horaire numéro %3 de cette porte&#xa0;; la porte en accepte au plus %4. Laissée hors de la liste.</translation>
    </message>
    <message>
        <source>Person %1 left out of this door&apos;s list: %2.</source>
        <translation>La personne %1 est laissée hors de la liste de cette porte&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The door takes at most %1 people: %2 people (the highest ids, from %3 on) left out.</source>
        <translation>La porte accepte au plus %1 personnes&#xa0;: %2 personnes (les identifiants les plus élevés, à partir de %3) sont laissées hors de la liste.</translation>
    </message>
    <message>
        <source>The door takes at most %1 revoked doorcodes: %2 left out (those codes are still refused, as unknown).</source>
        <translation>La porte accepte au plus %1 codes de porte révoqués&#xa0;: %2 sont laissés hors de la liste (ces codes restent refusés, comme inconnus).</translation>
    </message>
    <message>
        <source>Property %1 has an unknown time zone %2.</source>
        <translation>L&apos;immeuble %1 a un fuseau horaire inconnu&#xa0;: %2.</translation>
    </message>
    <message>
        <source>its schedule cannot be read (%1)</source>
        <translation>son horaire est illisible (%1)</translation>
    </message>
    <message>
        <source>its schedule has %1 weekly windows; the door takes at most %2</source>
        <translation>son horaire comporte %1 plages hebdomadaires&#xa0;; la porte en accepte au plus %2</translation>
    </message>
    <message>
        <source>Person %1&apos;s access through key %2 left out of this door&apos;s list: %3.</source>
        <translation>L&apos;accès de la personne %1 par la clé %2 est laissé hors de la liste de cette porte&#xa0;: %3.</translation>
    </message>
</context>
<context>
    <name>porter::sync::Commissioner</name>
    <message>
        <source>Commissioning door ‘%1’ was cancelled; Porter stored nothing. If the person at the door already pressed its button, reset the door before commissioning it again.</source>
        <translation>La mise en service de la porte «&#xa0;%1&#xa0;» a été annulée&#xa0;; Porter n&apos;a rien enregistré. Si la personne à la porte a déjà appuyé sur son bouton, réinitialisez la porte avant de la remettre en service.</translation>
    </message>
    <message>
        <source>Commissioning door ‘%1’ failed: %2</source>
        <translation>La mise en service de la porte «&#xa0;%1&#xa0;» a échoué&#xa0;: %2</translation>
    </message>
    <message>
        <source>The connection to the door was lost during commissioning. The door is not commissioned unless it says so; try again.</source>
        <translation>La connexion avec la porte a été perdue pendant la mise en service. La porte n&apos;est pas mise en service, sauf si elle l&apos;indique&#xa0;; réessayez.</translation>
    </message>
    <message>
        <source>%1 The door is commissioned but Porter could not record it: reset the door to install mode and commission it again.</source>
        <translation>%1 La porte est mise en service, mais Porter n&apos;a pas pu l&apos;enregistrer&#xa0;: remettez la porte en mode installation et remettez-la en service.</translation>
    </message>
</context>
<context>
    <name>porter::sync::DoorStage</name>
    <message>
        <source>Connecting to the door</source>
        <translation>Connexion à la porte</translation>
    </message>
    <message>
        <source>Checking the door&apos;s identity</source>
        <translation>Vérification de l&apos;identité de la porte</translation>
    </message>
    <message>
        <source>Compare the pairing code with the door&apos;s display</source>
        <translation>Comparez le code d&apos;appairage avec l&apos;écran de la porte</translation>
    </message>
    <message>
        <source>Waiting for the person at the door to press its install button</source>
        <translation>En attente de l&apos;appui sur le bouton d&apos;installation de la porte par la personne sur place</translation>
    </message>
    <message>
        <source>Reading the door&apos;s status and activity</source>
        <translation>Lecture de l&apos;état et de l&apos;activité de la porte</translation>
    </message>
    <message>
        <source>Sending the access list</source>
        <translation>Envoi de la liste d&apos;accès</translation>
    </message>
    <message>
        <source>Recording what the door confirmed</source>
        <translation>Enregistrement de ce que la porte a confirmé</translation>
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
    <message>
        <source>The door ended the session.</source>
        <translation>La porte a mis fin à la session.</translation>
    </message>
</context>
<context>
    <name>porter::sync::Planner</name>
    <message>
        <source>Porter could not build an access list door %1 accepts (%2). Nothing was sent; please report this.</source>
        <translation>Porter n&apos;a pas pu construire une liste d&apos;accès acceptée par la porte %1 (%2). Rien n&apos;a été envoyé&#xa0;; merci de signaler ce problème.</translation>
    </message>
    <message>
        <source>Door %1 reports version %2, which Porter cannot exceed. Reset the door and commission it again.</source>
        <translation>La porte %1 indique la version %2, que Porter ne peut pas dépasser. Réinitialisez la porte et remettez-la en service.</translation>
    </message>
    <message>
        <source>Door ‘%1’ trusts a signing key %2 rotations old, more than a door follows in one sync (%3): commission it again.</source>
        <translation>La porte «&#xa0;%1&#xa0;» fait confiance à une clé de signature en retard de %2 remplacements, plus qu&apos;une porte n&apos;en suit en une seule synchronisation (%3)&#xa0;: remettez-la en service.</translation>
    </message>
    <message>
        <source>The signing key steps on record for door ‘%1’ do not lead to the property&apos;s current key: the door was not synced. Someone may have changed the database; tell its administrator.</source>
        <translation>Les étapes de clé de signature enregistrées pour la porte «&#xa0;%1&#xa0;» ne mènent pas à la clé actuelle de l&apos;immeuble&#xa0;: la porte n&apos;a pas été synchronisée. Quelqu&apos;un a peut-être modifié la base de données&#xa0;; prévenez son administrateur.</translation>
    </message>
    <message>
        <source>The signing key of this property was reset: door ‘%1’ trusts only the key from before, which Porter no longer signs with. Reset the door on site and commission it again.</source>
        <translation>La clé de signature de cet immeuble a été réinitialisée&#xa0;: la porte «&#xa0;%1&#xa0;» ne fait confiance qu&apos;à l&apos;ancienne clé, avec laquelle Porter ne signe plus. Réinitialisez la porte sur place et remettez-la en service.</translation>
    </message>
</context>
<context>
    <name>porter::sync::SyncEngine</name>
    <message>
        <source>Door ‘%1’ did not finish the sync. Press Sync again.</source>
        <translation>La porte «&#xa0;%1&#xa0;» n&apos;a pas terminé la synchronisation. Appuyez de nouveau sur Synchroniser.</translation>
    </message>
    <message>
        <source>Door ‘%1’ could not be authenticated (%2). It may be another door, or it was commissioned again: check the door and commission it if needed.</source>
        <translation>La porte «&#xa0;%1&#xa0;» n&apos;a pas pu être authentifiée (%2). Il s&apos;agit peut-être d&apos;une autre porte, ou elle a été remise en service&#xa0;: vérifiez la porte et mettez-la en service si nécessaire.</translation>
    </message>
    <message>
        <source>Door ‘%1’ says it was never commissioned. Commission it first.</source>
        <translation>La porte «&#xa0;%1&#xa0;» indique qu&apos;elle n&apos;a jamais été mise en service. Mettez-la d&apos;abord en service.</translation>
    </message>
    <message>
        <source>The device answering is not door ‘%1’ (%2).</source>
        <translation>L&apos;appareil qui répond n&apos;est pas la porte «&#xa0;%1&#xa0;» (%2).</translation>
    </message>
    <message>
        <source>Door ‘%1’ refused the update: %2. Nothing changed on the door.</source>
        <translation>La porte «&#xa0;%1&#xa0;» a refusé la mise à jour&#xa0;: %2. Rien n&apos;a changé sur la porte.</translation>
    </message>
    <message>
        <source>The link to door ‘%1’ was lost during the sync. Move closer and press Sync again: it continues where it stopped.</source>
        <translation>La liaison avec la porte «&#xa0;%1&#xa0;» a été perdue pendant la synchronisation. Rapprochez-vous et appuyez de nouveau sur Synchroniser&#xa0;: elle reprendra là où elle s&apos;est arrêtée.</translation>
    </message>
    <message>
        <source>Door ‘%1’ sent data that failed verification (%2). Nothing was recorded; press Sync again.</source>
        <translation>La porte «&#xa0;%1&#xa0;» a envoyé des données qui n&apos;ont pas passé la vérification (%2). Rien n&apos;a été enregistré&#xa0;; appuyez de nouveau sur Synchroniser.</translation>
    </message>
    <message>
        <source>Door ‘%1’ refuses everything: its memory is damaged or was tampered with. Reset it on site and commission it again.</source>
        <translation>La porte «&#xa0;%1&#xa0;» refuse tout&#xa0;: sa mémoire est endommagée ou a été altérée. Réinitialisez-la sur place et remettez-la en service.</translation>
    </message>
    <message>
        <source>Door ‘%1’ kept its old doorcode secret (%2): codes of the old secret still work there. Press Sync again.</source>
        <translation>La porte «&#xa0;%1&#xa0;» a gardé son ancien secret de codes de porte (%2)&#xa0;: les codes de l&apos;ancien secret y fonctionnent encore. Appuyez de nouveau sur Synchroniser.</translation>
    </message>
    <message>
        <source>Porter could not store what door ‘%1’ sent (%2).</source>
        <translation>Porter n&apos;a pas pu enregistrer ce que la porte «&#xa0;%1&#xa0;» a envoyé (%2).</translation>
    </message>
    <message>
        <source>There is no door with id %1.</source>
        <translation>Il n&apos;existe aucune porte avec l&apos;identifiant %1.</translation>
    </message>
    <message>
        <source>Door ‘%1’ has not been commissioned yet. Commission it first.</source>
        <translation>La porte «&#xa0;%1&#xa0;» n&apos;a pas encore été mise en service. Mettez-la d&apos;abord en service.</translation>
    </message>
    <message>
        <source>Door ‘%1’ was not updated: preparing its update failed (%2)</source>
        <translation>La porte «&#xa0;%1&#xa0;» n&apos;a pas été mise à jour&#xa0;: la préparation de sa mise à jour a échoué (%2)</translation>
    </message>
    <message>
        <source>Door ‘%1’ cannot be reached (%2) Move closer and press Sync again.</source>
        <translation>La porte «&#xa0;%1&#xa0;» est injoignable (%2). Rapprochez-vous et appuyez de nouveau sur Synchroniser.</translation>
    </message>
    <message>
        <source>Door ‘%1’ did not answer. Move closer and press Sync again.</source>
        <translation>La porte «&#xa0;%1&#xa0;» n&apos;a pas répondu. Rapprochez-vous et appuyez de nouveau sur Synchroniser.</translation>
    </message>
    <message>
        <source>The sync of door ‘%1’ was cancelled after the door had applied the update; Porter recorded the door&apos;s new list.</source>
        <translation>La synchronisation de la porte «&#xa0;%1&#xa0;» a été annulée après que la porte a appliqué la mise à jour&#xa0;; Porter a enregistré la nouvelle liste de la porte.</translation>
    </message>
    <message>
        <source>The sync of door ‘%1’ was cancelled; nothing was recorded and the door keeps its list.</source>
        <translation>La synchronisation de la porte «&#xa0;%1&#xa0;» a été annulée&#xa0;; rien n&apos;a été enregistré et la porte garde sa liste.</translation>
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
    <name>porter::ui::AboutDialog</name>
    <message>
        <source>About Porter</source>
        <translation>À propos de Porter</translation>
    </message>
    <message>
        <source>Building access for property managers: invite people, give and revoke keys, and sync doors that have no internet connection.</source>
        <translation>La gestion des accès aux immeubles pour les gestionnaires&#xa0;: invitez des personnes, donnez et révoquez des clés, et synchronisez les portes qui n&apos;ont pas de connexion Internet.</translation>
    </message>
    <message>
        <source>Website: &lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt;&lt;br&gt;Built with Qt %2.</source>
        <translation>Site web&#xa0;: &lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt;&lt;br&gt;Compilé avec Qt %2.</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Base de données&#xa0;: %1</translation>
    </message>
    <message>
        <source>&amp;Licence</source>
        <translation>&amp;Licence</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>&amp;Guide d&apos;utilisation</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>Porter %1</source>
        <translation>Porter %1</translation>
    </message>
</context>
<context>
    <name>porter::ui::ActivityPage</name>
    <message>
        <source>Activity</source>
        <extracomment>The sheet&apos;s name in an exported Excel workbook</extracomment>
        <translation>Activité</translation>
    </message>
    <message>
        <source>E&amp;xport to CSV…</source>
        <translation>E&amp;xporter en CSV…</translation>
    </message>
    <message>
        <source>Person, door or manager</source>
        <translation>Personne, porte ou gestionnaire</translation>
    </message>
    <message>
        <source>Part of a name, email or phone number. Deleted people are found too.</source>
        <translation>Une partie d&apos;un nom, d&apos;un e-mail ou d&apos;un numéro de téléphone. Les personnes supprimées sont aussi trouvées.</translation>
    </message>
    <message>
        <source>Search activity</source>
        <translation>Rechercher dans l&apos;activité</translation>
    </message>
    <message>
        <source>Door</source>
        <translation>Porte</translation>
    </message>
    <message>
        <source>Kind of activity</source>
        <translation>Type d&apos;activité</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <source>Any day</source>
        <translation>N&apos;importe quel jour</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Date de début</translation>
    </message>
    <message>
        <source>The first day to list, in the property&apos;s time zone</source>
        <translation>Le premier jour à afficher, dans le fuseau horaire de l&apos;immeuble</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Date de fin</translation>
    </message>
    <message>
        <source>The last day to list, in the property&apos;s time zone</source>
        <translation>Le dernier jour à afficher, dans le fuseau horaire de l&apos;immeuble</translation>
    </message>
    <message>
        <source>Save every event the filters match as a CSV file for a spreadsheet</source>
        <translation>Enregistrer tous les événements correspondant aux filtres dans un fichier CSV pour un tableur</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Rechercher&#xa0;:</translation>
    </message>
    <message>
        <source>Doo&amp;r:</source>
        <translation>&amp;Porte&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type&#xa0;:</translation>
    </message>
    <message>
        <source>Fro&amp;m:</source>
        <translation>&amp;Du&#xa0;:</translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <translation>&amp;Au&#xa0;:</translation>
    </message>
    <message>
        <source>Door events and manager actions at %1, deleted people&apos;s included. Times in %2.</source>
        <translation>Événements de porte et actions des gestionnaires à %1, y compris pour les personnes supprimées. Heures dans le fuseau %2.</translation>
    </message>
    <message>
        <source>All doors</source>
        <translation>Toutes les portes</translation>
    </message>
    <message>
        <source>No activity matches these filters.</source>
        <translation>Aucune activité ne correspond à ces filtres.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n events shown; scroll for more.</source>
        <translation>
            <numerusform>%1 événement affiché sur %n&#xa0;; faites défiler pour en voir plus.</numerusform>
            <numerusform>%1 événements affichés sur %n&#xa0;; faites défiler pour en voir plus.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n events</source>
        <translation>
            <numerusform>%n événement</numerusform>
            <numerusform>%n événements</numerusform>
        </translation>
    </message>
    <message>
        <source>Activity %1 %2.csv</source>
        <translation>Activité %1 %2.csv</translation>
    </message>
    <message>
        <source>Export Activity</source>
        <translation>Exporter l&apos;activité</translation>
    </message>
    <message>
        <source>The activity was not exported.</source>
        <translation>L&apos;activité n&apos;a pas été exportée.</translation>
    </message>
    <message>
        <source>Exported 1 event to %1.</source>
        <translation>1 événement exporté vers %1.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n events to %1.</source>
        <translation>
            <numerusform>%n événement exporté vers %1.</numerusform>
            <numerusform>%n événements exportés vers %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>CSV files (*.csv);;Excel workbooks (*.xlsx)</source>
        <translation>Fichiers CSV (*.csv);;Classeurs Excel (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>porter::ui::AddKeyDialog</name>
    <message>
        <source>&amp;Now</source>
        <translation>&amp;Maintenant</translation>
    </message>
    <message>
        <source>&amp;Later, on:</source>
        <translation>P&amp;lus tard, le&#xa0;:</translation>
    </message>
    <message>
        <source>Give Access Again</source>
        <translation>Redonner l&apos;accès</translation>
    </message>
    <message>
        <source>Add Key</source>
        <translation>Ajouter une clé</translation>
    </message>
    <message>
        <source>%1&apos;s access was revoked. Add the keys they need now; each key has its own start and expiration.</source>
        <translation>L&apos;accès de %1 a été révoqué. Ajoutez maintenant les clés nécessaires&#xa0;; chaque clé a son propre début et sa propre expiration.</translation>
    </message>
    <message>
        <source>Add a key to %1. It has its own start and expiration.</source>
        <translation>Ajouter une clé à %1. Elle a son propre début et sa propre expiration.</translation>
    </message>
    <message>
        <source>Keys you may give</source>
        <translation>Clés que vous pouvez donner</translation>
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
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>&amp;Clé&#xa0;:</translation>
    </message>
    <message>
        <source>There is no key you may give that %1 does not hold already.</source>
        <translation>Il n&apos;y a aucune clé que vous pouvez donner et que %1 ne détient pas déjà.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Start date and time</source>
        <translation>Date et heure de début</translation>
    </message>
    <message>
        <source>Expiration</source>
        <translation>Expiration</translation>
    </message>
    <message>
        <source>Give Access</source>
        <translation>Donner l&apos;accès</translation>
    </message>
    <message>
        <source>Choose the key to add.</source>
        <translation>Choisissez la clé à ajouter.</translation>
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
    <message>
        <source>Open Database</source>
        <translation>Ouvrir une base de données</translation>
    </message>
    <message>
        <source>%1 is already open in another Porter window.</source>
        <translation>%1 est déjà ouvert dans une autre fenêtre de Porter.</translation>
    </message>
    <message>
        <source>That window was brought forward.</source>
        <translation>Cette fenêtre a été mise au premier plan.</translation>
    </message>
    <message>
        <source>You cannot sign in to this portfolio.</source>
        <translation>Vous ne pouvez pas vous connecter à ce portefeuille.</translation>
    </message>
</context>
<context>
    <name>porter::ui::BulkKeyDialog</name>
    <message>
        <source>Add a Key</source>
        <translation>Ajouter une clé</translation>
    </message>
    <message>
        <source>Remove a Key</source>
        <translation>Retirer une clé</translation>
    </message>
    <message>
        <source>Add a key to %1</source>
        <translation>Ajouter une clé à %1</translation>
    </message>
    <message numerus="yes">
        <source>Add a key to %n people</source>
        <translation>
            <numerusform>Ajouter une clé à %n personne</numerusform>
            <numerusform>Ajouter une clé à %n personnes</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove a key from %1</source>
        <translation>Retirer une clé à %1</translation>
    </message>
    <message numerus="yes">
        <source>Remove a key from %n people</source>
        <translation>
            <numerusform>Retirer une clé à %n personne</numerusform>
            <numerusform>Retirer une clé à %n personnes</numerusform>
        </translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>&amp;Clé&#xa0;:</translation>
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
        <source>Start date and time</source>
        <translation>Date et heure de début</translation>
    </message>
    <message>
        <source>Expiration date and time</source>
        <translation>Date et heure d&apos;expiration</translation>
    </message>
    <message>
        <source>Start:</source>
        <translation>Début&#xa0;:</translation>
    </message>
    <message>
        <source>Expiration:</source>
        <translation>Expiration&#xa0;:</translation>
    </message>
    <message>
        <source>Everyone selected gets the key with this start and expiration. People who already hold it keep their own dates. Afterwards, sync the key&apos;s offline doors.</source>
        <translation>Toutes les personnes sélectionnées reçoivent la clé avec ce début et cette expiration. Celles qui la détiennent déjà gardent leurs propres dates. Ensuite, synchronisez les portes hors ligne de la clé.</translation>
    </message>
    <message>
        <source>The key ends now for everyone selected who holds it. Their permanent guest passes on it end too; guest passes with an end date run out on their own. History stays in Activity. Afterwards, sync the key&apos;s offline doors.</source>
        <translation>La clé prend fin maintenant pour toutes les personnes sélectionnées qui la détiennent. Leurs accès invités permanents sur cette clé prennent fin aussi&#xa0;; les accès invités avec une date de fin expirent d&apos;eux-mêmes. L&apos;historique reste dans Activité. Ensuite, synchronisez les portes hors ligne de la clé.</translation>
    </message>
    <message>
        <source>Add Key</source>
        <translation>Ajouter la clé</translation>
    </message>
    <message>
        <source>Remove Key</source>
        <translation>Retirer la clé</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <extracomment>A list of names: &quot;%1&quot; is all but the last, joined with &quot;, &quot;; &quot;%2&quot; is the last one</extracomment>
        <translation>%1 et %2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Times are in the property&apos;s time zone: %1.</source>
        <translation>Les heures sont exprimées dans le fuseau horaire de l&apos;immeuble&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Without an expiration the key never ends by itself.</source>
        <translation>Sans expiration, la clé ne prend jamais fin d&apos;elle-même.</translation>
    </message>
    <message>
        <source>Nobody was changed. %1</source>
        <extracomment>Bulk key dialog: nobody was changed because one person&apos;s change failed (all or nothing)</extracomment>
        <translation>Aucune personne n&apos;a été modifiée. %1</translation>
    </message>
</context>
<context>
    <name>porter::ui::ChangePasswordDialog</name>
    <message>
        <source>Change Password</source>
        <translation>Modifier le mot de passe</translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation>Mot de passe &amp;actuel :</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Nouveau mot de passe :</translation>
    </message>
    <message>
        <source>Con&amp;firm new password:</source>
        <translation>Con&amp;firmer le nouveau mot de passe :</translation>
    </message>
    <message>
        <source>At least 10 characters. You sign in to this portfolio with it from now on.</source>
        <translation>Au moins 10 caractères. Vous vous connectez désormais à ce portefeuille avec lui.</translation>
    </message>
    <message>
        <source>The password of your login %1 on the portfolio&apos;s server. At least 10 characters; porterctl and Porter on your other computers use it from now on.</source>
        <translation>Le mot de passe de votre identifiant %1 sur le serveur du portefeuille. Au moins 10 caractères ; porterctl et Porter sur vos autres ordinateurs l’utilisent désormais.</translation>
    </message>
    <message>
        <source>Change your password</source>
        <translation>Modifier votre mot de passe</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>Enter your current password.</source>
        <translation>Saisissez votre mot de passe actuel.</translation>
    </message>
    <message>
        <source>The new password and its confirmation differ.</source>
        <translation>Le nouveau mot de passe et sa confirmation diffèrent.</translation>
    </message>
</context>
<context>
    <name>porter::ui::CommissionDialog</name>
    <message>
        <source>Start</source>
        <translation>Démarrer</translation>
    </message>
    <message>
        <source>Confirm: The Codes Match</source>
        <translation>Confirmer&#xa0;: les codes correspondent</translation>
    </message>
    <message>
        <source>They Differ</source>
        <translation>Ils diffèrent</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Commission a Door</source>
        <translation>Mettre une porte en service</translation>
    </message>
    <message>
        <source>Which door is this?</source>
        <translation>De quelle porte s&apos;agit-il&#xa0;?</translation>
    </message>
    <message>
        <source>Porter hears a new door waiting to be commissioned: its install button was pressed. Choose which of the property&apos;s doors it is. Only doors that are not commissioned yet are listed.</source>
        <translation>Porter détecte une nouvelle porte en attente de mise en service&#xa0;: son bouton d&apos;installation a été pressé. Choisissez de quelle porte de l&apos;immeuble il s&apos;agit. Seules les portes pas encore mises en service sont listées.</translation>
    </message>
    <message>
        <source>&amp;Door:</source>
        <translation>&amp;Porte&#xa0;:</translation>
    </message>
    <message>
        <source>Every door of this property is commissioned already. Add the door first (porterctl door add), then commission it.</source>
        <translation>Toutes les portes de cet immeuble sont déjà mises en service. Ajoutez d&apos;abord la porte (porterctl door add), puis mettez-la en service.</translation>
    </message>
    <message>
        <source>Compare the pairing code</source>
        <translation>Comparez le code d&apos;appairage</translation>
    </message>
    <message>
        <source>Porter shows:</source>
        <translation>Porter affiche&#xa0;:</translation>
    </message>
    <message>
        <source>Simulated door&apos;s display:</source>
        <translation>Écran de la porte simulée&#xa0;:</translation>
    </message>
    <message>
        <source>This is a simulated door, not real hardware: nobody can press its button, so Confirm also presses it for you.</source>
        <translation>C&apos;est une porte simulée, pas du vrai matériel&#xa0;: personne ne peut appuyer sur son bouton, donc Confirmer appuie aussi dessus pour vous.</translation>
    </message>
    <message>
        <source>Does the door&apos;s display show the same six digits?</source>
        <translation>L&apos;écran de la porte affiche-t-il les mêmes six chiffres&#xa0;?</translation>
    </message>
    <message>
        <source>Does the door&apos;s display show the same six digits? If it does, press the door&apos;s install button, then Confirm here.</source>
        <translation>L&apos;écran de la porte affiche-t-il les mêmes six chiffres&#xa0;? Si oui, appuyez sur le bouton d&apos;installation de la porte, puis sur Confirmer ici.</translation>
    </message>
    <message>
        <source>&lt;b&gt;If the codes differ, do not confirm.&lt;/b&gt; Someone may be trying to pose as the door. Choose They Differ, press the door&apos;s install button again and start over. If it happens again, stop: check the door and its surroundings for another device answering in its place, and tell your security contact before you try again.</source>
        <translation>&lt;b&gt;Si les codes diffèrent, ne confirmez pas.&lt;/b&gt; Quelqu&apos;un essaie peut-être de se faire passer pour la porte. Choisissez Ils diffèrent, appuyez de nouveau sur le bouton d&apos;installation de la porte et recommencez. Si cela se reproduit, arrêtez&#xa0;: vérifiez la porte et ses abords à la recherche d&apos;un autre appareil qui répondrait à sa place, et prévenez votre responsable sécurité avant de réessayer.</translation>
    </message>
    <message>
        <source>Commissioning the new door as ‘%1’.</source>
        <translation>Mise en service de la nouvelle porte en tant que «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Door ‘%1’ is commissioned (pairing code %2). It holds no access yet: sync it now with Sync on the Doors page.</source>
        <translation>La porte «&#xa0;%1&#xa0;» est mise en service (code d&apos;appairage %2). Elle ne contient encore aucun accès&#xa0;: synchronisez-la maintenant avec Synchroniser dans la page Portes.</translation>
    </message>
    <message>
        <source>Nothing was sent to the door and nothing was recorded. Someone may be trying to pose as the door: press the door&apos;s install button again and start over. If the codes differ again, stop, check the door and its surroundings for another device, and tell your security contact.</source>
        <translation>Rien n&apos;a été envoyé à la porte ni enregistré. Quelqu&apos;un essaie peut-être de se faire passer pour la porte&#xa0;: appuyez de nouveau sur le bouton d&apos;installation de la porte et recommencez. Si les codes diffèrent encore, arrêtez, vérifiez la porte et ses abords à la recherche d&apos;un autre appareil, et prévenez votre responsable sécurité.</translation>
    </message>
</context>
<context>
    <name>porter::ui::DoorSyncRun</name>
    <message>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Not synced: the walk was cancelled before this door.</source>
        <translation>Non synchronisée&#xa0;: la tournée a été annulée avant cette porte.</translation>
    </message>
    <message>
        <source>Already up to date: no change to who may open it.</source>
        <translation>Déjà à jour&#xa0;: aucun changement sur qui peut l&apos;ouvrir.</translation>
    </message>
    <message>
        <source>1 person given access</source>
        <translation>1 personne reçoit l&apos;accès</translation>
    </message>
    <message numerus="yes">
        <source>%n people given access</source>
        <translation>
            <numerusform>%n personne reçoit l&apos;accès</numerusform>
            <numerusform>%n personnes reçoivent l&apos;accès</numerusform>
        </translation>
    </message>
    <message>
        <source>1 person&apos;s access removed</source>
        <translation>1 personne perd l&apos;accès</translation>
    </message>
    <message numerus="yes">
        <source>%n people&apos;s access removed</source>
        <translation>
            <numerusform>%n personne perd l&apos;accès</numerusform>
            <numerusform>%n personnes perdent l&apos;accès</numerusform>
        </translation>
    </message>
    <message>
        <source>1 key change</source>
        <translation>1 modification de clé</translation>
    </message>
    <message numerus="yes">
        <source>%n key changes</source>
        <translation>
            <numerusform>%n modification de clé</numerusform>
            <numerusform>%n modifications de clé</numerusform>
        </translation>
    </message>
    <message>
        <source>its first full list</source>
        <translation>sa première liste complète</translation>
    </message>
    <message>
        <source>1 change sent</source>
        <translation>1 modification envoyée</translation>
    </message>
    <message numerus="yes">
        <source>%n changes sent</source>
        <translation>
            <numerusform>%n modification envoyée</numerusform>
            <numerusform>%n modifications envoyées</numerusform>
        </translation>
    </message>
    <message>
        <source>.</source>
        <extracomment>&quot;5 changes sent (2 people given access, 1 person&apos;s access removed)&quot;</extracomment>
        <translation>.</translation>
    </message>
    <message>
        <source>%1 (%2).</source>
        <translation>%1 (%2).</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>The door refused this computer&apos;s time, which is earlier than an update it holds: check this computer&apos;s clock.</source>
        <translation>La porte a refusé l&apos;heure de cet ordinateur, antérieure à une mise à jour qu&apos;elle détient&#xa0;: vérifiez l&apos;horloge de cet ordinateur.</translation>
    </message>
    <message numerus="yes">
        <source>Clock set (it was %n s off).</source>
        <translation>
            <numerusform>Horloge réglée (elle avait %n s d&apos;écart).</numerusform>
            <numerusform>Horloge réglée (elle avait %n s d&apos;écart).</numerusform>
        </translation>
    </message>
    <message>
        <source>Clock checked.</source>
        <translation>Horloge vérifiée.</translation>
    </message>
    <message>
        <source>No new activity.</source>
        <translation>Aucune nouvelle activité.</translation>
    </message>
    <message>
        <source>1 activity entry imported.</source>
        <translation>1 entrée d&apos;activité importée.</translation>
    </message>
    <message numerus="yes">
        <source>%n activity entries imported.</source>
        <translation>
            <numerusform>%n entrée d&apos;activité importée.</numerusform>
            <numerusform>%n entrées d&apos;activité importées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new alarms: see the door&apos;s details.</source>
        <translation>
            <numerusform>%n nouvelle alarme&#xa0;: voir les détails de la porte.</numerusform>
            <numerusform>%n nouvelles alarmes&#xa0;: voir les détails de la porte.</numerusform>
        </translation>
    </message>
    <message>
        <source>New doorcode secret installed.</source>
        <translation>Nouveau secret de codes de porte installé.</translation>
    </message>
    <message numerus="yes">
        <source>%n entries left out of its list (the door cannot carry them): see the door&apos;s details.</source>
        <translation>
            <numerusform>%n entrée laissée hors de sa liste (la porte ne peut pas la contenir)&#xa0;: voir les détails de la porte.</numerusform>
            <numerusform>%n entrées laissées hors de sa liste (la porte ne peut pas les contenir)&#xa0;: voir les détails de la porte.</numerusform>
        </translation>
    </message>
    <message>
        <source>The sync of door ‘%1’ failed. Press Sync again.</source>
        <translation>La synchronisation de la porte «&#xa0;%1&#xa0;» a échoué. Appuyez de nouveau sur Synchroniser.</translation>
    </message>
    <message>
        <source>The door now trusts only the new signing key.</source>
        <translation>La porte ne fait plus confiance qu&apos;à la nouvelle clé de signature.</translation>
    </message>
</context>
<context>
    <name>porter::ui::DoorsPage</name>
    <message>
        <source>Recorded</source>
        <translation>Enregistré</translation>
    </message>
    <message>
        <source>Takes effect</source>
        <translation>Prend effet</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Raised by</source>
        <translation>Émise par</translation>
    </message>
    <message>
        <source>Alarm</source>
        <translation>Alarme</translation>
    </message>
    <message>
        <source>Commission…</source>
        <translation>Mettre en service…</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synchroniser</translation>
    </message>
    <message>
        <source>Sync All in Range</source>
        <translation>Tout synchroniser à portée</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>&lt;b&gt;Simulated doors — not real hardware.&lt;/b&gt; These doors live inside Porter for the demo, so you can try commissioning and Door Sync without a lock. Nothing here reaches a real door.</source>
        <translation>&lt;b&gt;Portes simulées — pas du vrai matériel.&lt;/b&gt; Ces portes fonctionnent dans Porter pour la démonstration&#xa0;: vous pouvez essayer la mise en service et la synchronisation des portes sans serrure. Rien ici n&apos;atteint une vraie porte.</translation>
    </message>
    <message>
        <source>Rows tinted amber must be synced today: access starts or ends today, or a change is already due.</source>
        <translation>Les lignes en orange doivent être synchronisées aujourd&apos;hui&#xa0;: un accès commence ou se termine aujourd&apos;hui, ou une modification est déjà due.</translation>
    </message>
    <message>
        <source>Next Sync</source>
        <translation>Prochaine synchro</translation>
    </message>
    <message>
        <source>Alarms</source>
        <translation>Alarmes</translation>
    </message>
    <message>
        <source>Doors in Bluetooth range</source>
        <translation>Portes à portée Bluetooth</translation>
    </message>
    <message>
        <source>Select a door in range and press Sync, or walk along a corridor with Sync All in Range.</source>
        <translation>Sélectionnez une porte à portée et appuyez sur Synchroniser, ou parcourez un couloir avec Tout synchroniser à portée.</translation>
    </message>
    <message>
        <source>Doors — %1</source>
        <translation>Portes — %1</translation>
    </message>
    <message>
        <source>Doors</source>
        <translation>Portes</translation>
    </message>
    <message>
        <source>Offline doors learn who may open them only when they are synced. Stand near a door and sync it over Bluetooth.</source>
        <translation>Les portes hors ligne n&apos;apprennent qui peut les ouvrir que lorsqu&apos;elles sont synchronisées. Placez-vous près d&apos;une porte et synchronisez-la en Bluetooth.</translation>
    </message>
    <message>
        <source>%1 The list of doors above still works.</source>
        <translation>%1 La liste des portes ci-dessus reste utilisable.</translation>
    </message>
    <message>
        <source>Cannot scan for doors: %1 The list of doors above still works; come back to this page to scan again.</source>
        <translation>Impossible de rechercher des portes&#xa0;: %1 La liste des portes ci-dessus reste utilisable&#xa0;; revenez sur cette page pour relancer la recherche.</translation>
    </message>
    <message>
        <source>Scanning: %1. A door appears when it is near; one not heard for 10 seconds leaves the list.</source>
        <extracomment>%1 is how doors are reached, e.g. &quot;Bluetooth (hci0)&quot; or &quot;Simulated doors&quot;</extracomment>
        <translation>Recherche&#xa0;: %1. Une porte apparaît quand elle est proche&#xa0;; une porte non captée pendant 10 secondes quitte la liste.</translation>
    </message>
    <message>
        <source>Doors could not be listed</source>
        <translation>Impossible de lister les portes</translation>
    </message>
    <message>
        <source>No door selected</source>
        <translation>Aucune porte sélectionnée</translation>
    </message>
    <message>
        <source>Select a door to see its alarms and what its next sync would change.</source>
        <translation>Sélectionnez une porte pour voir ses alarmes et ce que changerait sa prochaine synchronisation.</translation>
    </message>
    <message>
        <source>online: changes reach it over the internet</source>
        <translation>en ligne&#xa0;: les modifications lui parviennent par Internet</translation>
    </message>
    <message>
        <source>not commissioned yet: press its install button, then Commission it from the Bluetooth panel</source>
        <translation>pas encore mise en service&#xa0;: appuyez sur son bouton d&apos;installation, puis mettez-la en service depuis le panneau Bluetooth</translation>
    </message>
    <message>
        <source>offline, version %1</source>
        <translation>hors ligne, version %1</translation>
    </message>
    <message>
        <source>last synced %1</source>
        <translation>dernière synchronisation %1</translation>
    </message>
    <message>
        <source>never synced</source>
        <translation>jamais synchronisée</translation>
    </message>
    <message>
        <source>holds the old doorcode secret</source>
        <translation>détient l&apos;ancien secret de codes de porte</translation>
    </message>
    <message>
        <source> · </source>
        <translation> · </translation>
    </message>
    <message>
        <source>at once</source>
        <translation>immédiatement</translation>
    </message>
    <message>
        <source>Nothing: an online door needs no sync.</source>
        <translation>Rien&#xa0;: une porte en ligne n&apos;a pas besoin de synchronisation.</translation>
    </message>
    <message>
        <source>Nothing to change: the door is up to date. A sync would still set its clock and bring back its activity.</source>
        <translation>Rien à modifier&#xa0;: la porte est à jour. Une synchronisation réglerait quand même son horloge et récupérerait son activité.</translation>
    </message>
    <message>
        <source>Next Sync (%1)</source>
        <translation>Prochaine synchro (%1)</translation>
    </message>
    <message>
        <source>Left out of the door&apos;s list (the door cannot carry them; fix the data and sync again):
%1</source>
        <translation>Laissé hors de la liste de la porte (la porte ne peut pas le contenir&#xa0;; corrigez les données et resynchronisez)&#xa0;:
%1</translation>
    </message>
    <message>
        <source>Porter</source>
        <translation>Porter</translation>
    </message>
    <message>
        <source>The door</source>
        <translation>La porte</translation>
    </message>
    <message numerus="yes">
        <source>The door has lost %n activity entries (its memory was full before a sync).</source>
        <translation>
            <numerusform>La porte a perdu %n entrée d&apos;activité (sa mémoire était pleine avant une synchronisation).</numerusform>
            <numerusform>La porte a perdu %n entrées d&apos;activité (sa mémoire était pleine avant une synchronisation).</numerusform>
        </translation>
    </message>
    <message>
        <source>No alarms.</source>
        <translation>Aucune alarme.</translation>
    </message>
    <message>
        <source>Alarms (%1)</source>
        <translation>Alarmes (%1)</translation>
    </message>
    <message>
        <source>Make this new door one of the property&apos;s doors.</source>
        <translation>Faire de cette nouvelle porte une des portes de l&apos;immeuble.</translation>
    </message>
    <message>
        <source>Select a door waiting to be commissioned in the list above (press the door&apos;s install button first).</source>
        <translation>Sélectionnez dans la liste ci-dessus une porte en attente de mise en service (appuyez d&apos;abord sur le bouton d&apos;installation de la porte).</translation>
    </message>
    <message>
        <source>Sync ‘%1’</source>
        <translation>Synchroniser «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Select a door.</source>
        <translation>Sélectionnez une porte.</translation>
    </message>
    <message>
        <source>‘%1’ is not commissioned yet.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas encore mise en service.</translation>
    </message>
    <message>
        <source>‘%1’ is not in range: walk to it, and it appears in the list when Porter hears it.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas à portée&#xa0;: approchez-vous, elle apparaîtra dans la liste dès que Porter la captera.</translation>
    </message>
    <message>
        <source>Send ‘%1’ its changes, set its clock and bring back its activity.</source>
        <translation>Envoyer à «&#xa0;%1&#xa0;» ses modifications, régler son horloge et récupérer son activité.</translation>
    </message>
    <message>
        <source>Sync All in Range (%1)</source>
        <translation>Tout synchroniser à portée (%1)</translation>
    </message>
    <message>
        <source>Sync every door of this property in range, one after another.</source>
        <translation>Synchroniser l&apos;une après l&apos;autre toutes les portes de cet immeuble à portée.</translation>
    </message>
    <message>
        <source>%1 — waiting</source>
        <translation>%1 — en attente</translation>
    </message>
    <message>
        <source>Door %1 of %2: %3 — %4</source>
        <translation>Porte %1 sur %2&#xa0;: %3 — %4</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 — Synced: %2</source>
        <extracomment>A door&apos;s line in the sync results: &quot;Lobby — Synced: 3 changes sent …&quot;</extracomment>
        <translation>%1 — Synchronisée&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 — Not synced: %2</source>
        <translation>%1 — Non synchronisée&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 — Failed: %2</source>
        <translation>%1 — Échec&#xa0;: %2</translation>
    </message>
    <message>
        <source>Done: the door is synced.</source>
        <translation>Terminé&#xa0;: la porte est synchronisée.</translation>
    </message>
    <message numerus="yes">
        <source>Done: all %n doors are synced.</source>
        <translation>
            <numerusform>Terminé&#xa0;: %n porte synchronisée.</numerusform>
            <numerusform>Terminé&#xa0;: les %n portes sont synchronisées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Done: %1 of %2 doors synced. See below for what to do about the others.</source>
        <translation>Terminé&#xa0;: %1 sur %2 portes synchronisées. Voir ci-dessous que faire pour les autres.</translation>
    </message>
    <message>
        <source>Turn &amp;Bluetooth On</source>
        <translation>Activer le &amp;Bluetooth</translation>
    </message>
    <message>
        <source>Turn Bluetooth on</source>
        <translation>Activer le Bluetooth</translation>
    </message>
    <message>
        <source>Turns this computer&apos;s Bluetooth on and scans for doors again.</source>
        <translation>Active le Bluetooth de cet ordinateur et relance la recherche de portes.</translation>
    </message>
    <message>
        <source>Field Kit…</source>
        <translation>Kit de terrain…</translation>
    </message>
    <message>
        <source>Sync doors where there is no internet: build a kit of this property&apos;s doors before going, deliver it at the site, upload the doors&apos; answers back online.</source>
        <translation>Synchroniser des portes là où il n&apos;y a pas d&apos;Internet&#xa0;: créez un kit des portes de cet immeuble avant de partir, livrez-le sur place, puis, de retour en ligne, envoyez les réponses des portes.</translation>
    </message>
    <message>
        <source>trusts the old signing key</source>
        <translation>fait confiance à l&apos;ancienne clé de signature</translation>
    </message>
    <message>
        <source>trusts a signing key from before its reset: reset the door on site and commission it again</source>
        <translation>fait confiance à une clé de signature antérieure à sa réinitialisation&#xa0;: réinitialisez la porte sur place et remettez-la en service</translation>
    </message>
</context>
<context>
    <name>porter::ui::EditPersonDialog</name>
    <message>
        <source>&amp;Resident of this property</source>
        <translation>&amp;Résident de cet immeuble</translation>
    </message>
    <message>
        <source>May s&amp;hare keys with guests</source>
        <translation>Peut p&amp;artager des clés avec des invités</translation>
    </message>
    <message>
        <source>Edit Details</source>
        <translation>Modifier les détails</translation>
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
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Guests are not residents; invite them to make them one.</source>
        <translation>Les invités ne sont pas des résidents&#xa0;; invitez-les pour qu&apos;ils le deviennent.</translation>
    </message>
    <message>
        <source>Guests cannot share keys further.</source>
        <translation>Les invités ne peuvent pas partager de clés à leur tour.</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;Prénom&#xa0;:</translation>
    </message>
    <message>
        <source>La&amp;st name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-mail&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Téléphone&#xa0;:</translation>
    </message>
    <message>
        <source>The welcome email and the app sign-in use this address. After changing it, resend the welcome email.</source>
        <translation>L&apos;e-mail de bienvenue et la connexion à l&apos;application utilisent cette adresse. Après l&apos;avoir modifiée, renvoyez l&apos;e-mail de bienvenue.</translation>
    </message>
    <message>
        <source>Save Details</source>
        <translation>Enregistrer les détails</translation>
    </message>
    <message>
        <source>Turning this off ends their 1 permanent guest pass now. Timed guest passes run to their end.</source>
        <translation>Désactiver cette option met fin maintenant à l&apos;accès invité permanent que cette personne a accordé. Les accès invités à durée limitée vont jusqu&apos;à leur terme.</translation>
    </message>
    <message numerus="yes">
        <source>Turning this off ends their %n permanent guest passes now. Timed guest passes run to their end.</source>
        <translation>
            <numerusform>Désactiver cette option met fin maintenant à %n accès invité permanent accordé par cette personne. Les accès invités à durée limitée vont jusqu&apos;à leur terme.</numerusform>
            <numerusform>Désactiver cette option met fin maintenant aux %n accès invités permanents accordés par cette personne. Les accès invités à durée limitée vont jusqu&apos;à leur terme.</numerusform>
        </translation>
    </message>
    <message>
        <source>Guests they share with get a pass inside their own access; see the Guests tab.</source>
        <translation>Les invités avec qui elle partage reçoivent un accès inclus dans son propre accès&#xa0;; voir l&apos;onglet Invités.</translation>
    </message>
    <message>
        <source>Stop %1 sharing keys?</source>
        <translation>Empêcher %1 de partager des clés&#xa0;?</translation>
    </message>
    <message>
        <source>These guests lose their permanent passes now: %1.
Timed guest passes run to their end.
Afterwards, sync the affected offline doors.</source>
        <translation>Ces invités perdent maintenant leurs accès permanents&#xa0;: %1.
Les accès invités à durée limitée vont jusqu&apos;à leur terme.
Ensuite, synchronisez les portes hors ligne concernées.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Language for emails</source>
        <translation>Langue des e-mails</translation>
    </message>
    <message>
        <source>The welcome email and the daily doorcodes are written in this language</source>
        <translation>L&apos;e-mail de bienvenue et les codes de porte quotidiens sont rédigés dans cette langue</translation>
    </message>
    <message>
        <source>Lan&amp;guage for emails:</source>
        <translation>Lan&amp;gue des e-mails&#xa0;:</translation>
    </message>
</context>
<context>
    <name>porter::ui::ExpiryChooser</name>
    <message>
        <source>No e&amp;xpiration</source>
        <translation>Sans e&amp;xpiration</translation>
    </message>
    <message>
        <source>+&amp;6 months</source>
        <translation>+&amp;6 mois</translation>
    </message>
    <message>
        <source>+1 &amp;year</source>
        <translation>+1 &amp;an</translation>
    </message>
    <message>
        <source>&amp;End of lease</source>
        <translation>&amp;Fin du bail</translation>
    </message>
    <message>
        <source>Expiration date and time</source>
        <translation>Date et heure d&apos;expiration</translation>
    </message>
    <message>
        <source>Six months after %1, to the end of that day</source>
        <translation>Six mois après le %1, jusqu&apos;à la fin de ce jour</translation>
    </message>
    <message>
        <source>One year after %1, to the end of that day</source>
        <translation>Un an après le %1, jusqu&apos;à la fin de ce jour</translation>
    </message>
    <message>
        <source>The latest expiration of this person&apos;s other keys: %1</source>
        <translation>La dernière expiration des autres clés de cette personne&#xa0;: %1</translation>
    </message>
    <message>
        <source>None of this person&apos;s other keys has an expiration date to match. Pick the lease end in the calendar.</source>
        <translation>Aucune des autres clés de cette personne n&apos;a de date d&apos;expiration à reprendre. Choisissez la fin du bail dans le calendrier.</translation>
    </message>
    <message>
        <source>Without an expiration this access will not end by itself. Recommended: the end of the lease.</source>
        <translation>Sans expiration, cet accès ne prendra pas fin de lui-même. Recommandé&#xa0;: la fin du bail.</translation>
    </message>
    <message>
        <source>Times are in the property&apos;s time zone (%1).</source>
        <translation>Les heures sont exprimées dans le fuseau horaire de l&apos;immeuble (%1).</translation>
    </message>
</context>
<context>
    <name>porter::ui::ExpiryDialog</name>
    <message>
        <source>Change Expiration</source>
        <translation>Modifier l&apos;expiration</translation>
    </message>
    <message>
        <source>When should %1&apos;s key “%2” stop opening its doors?</source>
        <translation>Quand la clé «&#xa0;%2&#xa0;» de %1 doit-elle cesser d&apos;ouvrir ses portes&#xa0;?</translation>
    </message>
    <message>
        <source>No expiration</source>
        <translation>Sans expiration</translation>
    </message>
    <message>
        <source>Current expiration:</source>
        <translation>Expiration actuelle&#xa0;:</translation>
    </message>
    <message>
        <source>Starts:</source>
        <translation>Début&#xa0;:</translation>
    </message>
    <message>
        <source>Guest passes on this key that would last longer end at the new expiration: %1.</source>
        <translation>Les accès invités sur cette clé qui dureraient plus longtemps prendront fin à la nouvelle expiration&#xa0;: %1.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>New expiration</source>
        <translation>Nouvelle expiration</translation>
    </message>
</context>
<context>
    <name>porter::ui::FieldKitDialog</name>
    <message>
        <source>Build Kit…</source>
        <translation>Créer le kit…</translation>
    </message>
    <message>
        <source>Open Kit…</source>
        <translation>Ouvrir un kit…</translation>
    </message>
    <message>
        <source>Check for Newer Changes</source>
        <translation>Chercher des changements plus récents</translation>
    </message>
    <message>
        <source>Deliver to Doors in Range</source>
        <translation>Livrer aux portes à portée</translation>
    </message>
    <message>
        <source>Upload Answers</source>
        <translation>Envoyer les réponses</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Field Kit — %1</source>
        <translation>Kit de terrain — %1</translation>
    </message>
    <message>
        <source>Before Going: Build a Kit</source>
        <translation>Avant de partir&#xa0;: créer un kit</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>A field kit carries Porter&apos;s signed updates for every commissioned door of ‘%1’, so you can sync them where there is no internet. It cannot change anyone&apos;s access, and it opens only on this computer, for you.</source>
        <translation>Un kit de terrain contient les mises à jour signées par Porter pour toutes les portes mises en service de «&#xa0;%1&#xa0;», pour que vous puissiez les synchroniser là où il n&apos;y a pas d&apos;Internet. Il ne peut modifier l&apos;accès de personne, et il ne s&apos;ouvre que sur cet ordinateur, pour vous.</translation>
    </message>
    <message>
        <source>Valid for:</source>
        <translation>Valable pendant&#xa0;:</translation>
    </message>
    <message>
        <source>Door</source>
        <translation>Porte</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Changes After the Kit</source>
        <translation>Modifications après le kit</translation>
    </message>
    <message>
        <source>At the Door</source>
        <translation>À la porte</translation>
    </message>
    <message>
        <source>Online: count the changes made to each door after the kit was built. The count is kept in the kit, so you see it at the door without internet.</source>
        <translation>En ligne&#xa0;: compte les modifications faites pour chaque porte après la création du kit. Ce nombre est conservé dans le kit, pour que vous le voyiez à la porte sans Internet.</translation>
    </message>
    <message>
        <source>At the site: listens for the kit&apos;s doors over Bluetooth and delivers the kit to each door heard, nearest first. No internet needed.</source>
        <translation>Sur place&#xa0;: recherche les portes du kit en Bluetooth et livre le kit à chaque porte captée, de la plus proche à la plus éloignée. Sans besoin d&apos;Internet.</translation>
    </message>
    <message>
        <source>Back online: stores what the doors answered. Uploading twice stores nothing twice.</source>
        <translation>De retour en ligne&#xa0;: enregistre ce que les portes ont répondu. Envoyer deux fois n&apos;enregistre rien en double.</translation>
    </message>
    <message>
        <source>Field kits (*.porterkit)</source>
        <translation>Kits de terrain (*.porterkit)</translation>
    </message>
    <message>
        <source>%1 field kit %2.porterkit</source>
        <translation>Kit de terrain %1 %2.porterkit</translation>
    </message>
    <message>
        <source>Save the Field Kit</source>
        <translation>Enregistrer le kit de terrain</translation>
    </message>
    <message>
        <source>Open a Field Kit</source>
        <translation>Ouvrir un kit de terrain</translation>
    </message>
    <message>
        <source>Built. Take this computer to the site and press Deliver to Doors in Range near the doors.</source>
        <translation>Créé. Emportez cet ordinateur sur place et, près des portes, appuyez sur Livrer aux portes à portée.</translation>
    </message>
    <message>
        <source>The kit carries every change made so far.</source>
        <translation>Le kit apporte toutes les modifications faites jusqu&apos;à présent.</translation>
    </message>
    <message>
        <source>1 change was made after the kit was built: the kit will not bring it. Build a new kit to include it.</source>
        <translation>1 modification a été faite après la création du kit&#xa0;: le kit ne l&apos;apportera pas. Créez un nouveau kit pour l&apos;inclure.</translation>
    </message>
    <message numerus="yes">
        <source>%n changes were made after the kit was built: the kit will not bring them. Build a new kit to include them.</source>
        <translation>
            <numerusform>%n modification a été faite après la création du kit&#xa0;: le kit ne l&apos;apportera pas. Créez un nouveau kit pour l&apos;inclure.</numerusform>
            <numerusform>%n modifications ont été faites après la création du kit&#xa0;: le kit ne les apportera pas. Créez un nouveau kit pour les inclure.</numerusform>
        </translation>
    </message>
    <message>
        <source>Uploaded: 1 door took the kit&apos;s version</source>
        <translation>Envoyé&#xa0;: 1 porte a appliqué la version du kit</translation>
    </message>
    <message numerus="yes">
        <source>Uploaded: %n doors took the kit&apos;s version</source>
        <translation>
            <numerusform>Envoyé&#xa0;: %n porte a appliqué la version du kit</numerusform>
            <numerusform>Envoyé&#xa0;: %n portes ont appliqué la version du kit</numerusform>
        </translation>
    </message>
    <message>
        <source>, 1 new activity entry.</source>
        <translation>, 1 nouvelle entrée d&apos;activité.</translation>
    </message>
    <message numerus="yes">
        <source>, %n new activity entries.</source>
        <translation>
            <numerusform>, %n nouvelle entrée d&apos;activité.</numerusform>
            <numerusform>, %n nouvelles entrées d&apos;activité.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 still needs 1 change: sync it with Porter online.</source>
        <translation>%1 attend encore 1 modification&#xa0;: synchronisez-la avec Porter en ligne.</translation>
    </message>
    <message numerus="yes">
        <source>%1 still needs %n changes: sync it with Porter online.</source>
        <translation>
            <numerusform>%1 attend encore %n modification&#xa0;: synchronisez-la avec Porter en ligne.</numerusform>
            <numerusform>%1 attend encore %n modifications&#xa0;: synchronisez-la avec Porter en ligne.</numerusform>
        </translation>
    </message>
    <message>
        <source>No kit open. Build one for ‘%1’, or open a kit you built.</source>
        <translation>Aucun kit ouvert. Créez-en un pour «&#xa0;%1&#xa0;», ou ouvrez un kit que vous avez créé.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: 1 door, built by %2, valid until %3.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&#xa0;: 1 porte, créé par %2, valable jusqu&apos;au %3.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt;: %n doors, built by %2, valid until %3.</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;&#xa0;: %n porte, créé par %2, valable jusqu&apos;au %3.</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;&#xa0;: %n portes, créé par %2, valable jusqu&apos;au %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>Expired: doors refuse it. Build a new kit.</source>
        <translation>Expiré&#xa0;: les portes le refusent. Créez un nouveau kit.</translation>
    </message>
    <message>
        <source>1 answer to upload.</source>
        <translation>1 réponse à envoyer.</translation>
    </message>
    <message numerus="yes">
        <source>%n answers to upload.</source>
        <translation>
            <numerusform>%n réponse à envoyer.</numerusform>
            <numerusform>%n réponses à envoyer.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not in the kit (not commissioned; needs a visit with Porter online): %1</source>
        <translation>Hors du kit (pas mise en service&#xa0;; visite avec Porter en ligne nécessaire)&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 (no change)</source>
        <translation>%1 (aucune modification)</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Non vérifiées</translation>
    </message>
    <message>
        <source>None (checked %1)</source>
        <translation>Aucune (vérifié le %1)</translation>
    </message>
    <message>
        <source>1 change will not reach this door</source>
        <translation>1 modification ne parviendra pas à cette porte</translation>
    </message>
    <message numerus="yes">
        <source>%n changes will not reach this door</source>
        <translation>
            <numerusform>%n modification ne parviendra pas à cette porte</numerusform>
            <numerusform>%n modifications ne parviendront pas à cette porte</numerusform>
        </translation>
    </message>
    <message>
        <source>Not delivered yet</source>
        <translation>Pas encore livré</translation>
    </message>
    <message>
        <source>Refused the update (%1)</source>
        <translation>A refusé la mise à jour (%1)</translation>
    </message>
    <message>
        <source>Took version %1</source>
        <translation>A appliqué la version %1</translation>
    </message>
    <message>
        <source>Holds version %1</source>
        <translation>Détient la version %1</translation>
    </message>
    <message>
        <source>; 1 activity entry</source>
        <translation>&#xa0;; 1 entrée d&apos;activité</translation>
    </message>
    <message numerus="yes">
        <source>; %n activity entries</source>
        <translation>
            <numerusform>&#xa0;; %n entrée d&apos;activité</numerusform>
            <numerusform>&#xa0;; %n entrées d&apos;activité</numerusform>
        </translation>
    </message>
    <message>
        <source>; battery %1%</source>
        <translation>&#xa0;; batterie %1&#xa0;%</translation>
    </message>
    <message>
        <source>; uploaded</source>
        <translation>&#xa0;; envoyé</translation>
    </message>
    <message>
        <source>; to upload</source>
        <translation>&#xa0;; à envoyer</translation>
    </message>
    <message>
        <source>This kit has expired: doors refuse it. Build a new one with Porter online.</source>
        <translation>Ce kit a expiré&#xa0;: les portes le refusent. Créez-en un nouveau avec Porter en ligne.</translation>
    </message>
    <message>
        <source>Listening for the kit&apos;s doors…</source>
        <translation>Recherche des portes du kit…</translation>
    </message>
    <message>
        <source>Heard %1 of the kit&apos;s doors (%2)…</source>
        <translation>Portes du kit captées&#xa0;: %1 sur %2…</translation>
    </message>
    <message>
        <source>No door of this kit was heard. Stand near a door (check that it has power) and try again.</source>
        <translation>Aucune porte de ce kit n&apos;a été captée. Placez-vous près d&apos;une porte (vérifiez qu&apos;elle est alimentée) et réessayez.</translation>
    </message>
    <message>
        <source>Delivered to 1 door.</source>
        <translation>Livré à 1 porte.</translation>
    </message>
    <message numerus="yes">
        <source>Delivered to %n doors.</source>
        <translation>
            <numerusform>Livré à %n porte.</numerusform>
            <numerusform>Livré à %n portes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Back online, press Upload Answers.</source>
        <translation>De retour en ligne, appuyez sur Envoyer les réponses.</translation>
    </message>
    <message>
        <source>Delivering to ‘%1’…</source>
        <translation>Livraison à «&#xa0;%1&#xa0;»…</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Arrêté.</translation>
    </message>
    <message>
        <source>Stopped. The doors answered so far are in the kit.</source>
        <translation>Arrêté. Les réponses déjà reçues des portes sont dans le kit.</translation>
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
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Co&amp;untry:</source>
        <translation>P&amp;ays&#xa0;:</translation>
    </message>
    <message>
        <source>Porter is ready to use. Create your portfolio (the buildings you manage) and your own account: you become its Portfolio Manager and can add more managers later. If your company already keeps its portfolio on a server, choose Join a Shared Portfolio… instead.</source>
        <translation>Porter est prêt à l&apos;emploi. Créez votre portefeuille (les immeubles que vous gérez) et votre propre compte&#xa0;: vous en devenez le Gestionnaire de portefeuille et pourrez ajouter d&apos;autres gestionnaires plus tard. Si votre entreprise garde déjà son portefeuille sur un serveur, choisissez plutôt Rejoindre un portefeuille partagé…</translation>
    </message>
    <message>
        <source>Join a &amp;Shared Portfolio…</source>
        <translation>&amp;Rejoindre un portefeuille partagé…</translation>
    </message>
    <message>
        <source>Your company keeps its portfolio on a server: connect to it instead of creating one on this computer</source>
        <translation>Votre entreprise garde son portefeuille sur un serveur&#xa0;: connectez-vous-y au lieu d&apos;en créer un sur cet ordinateur</translation>
    </message>
</context>
<context>
    <name>porter::ui::GiveDoorAccessDialog</name>
    <message>
        <source>Give Door Access</source>
        <translation>Donner l&apos;accès aux portes</translation>
    </message>
    <message>
        <source>&lt;b&gt;Give %1 the door secrets&lt;/b&gt;</source>
        <translation>&lt;b&gt;Donner les secrets de porte à %1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>With them, %1 can commission and sync the doors of their properties. Porter gives them to the key of %1&apos;s own computer only.</source>
        <translation>Grâce à eux, %1 peut mettre en service et synchroniser les portes de ses immeubles. Porter ne les donne qu&apos;à la clé de l&apos;ordinateur de %1.</translation>
    </message>
    <message>
        <source>Their key</source>
        <translation>Sa clé</translation>
    </message>
    <message>
        <source>Their &amp;key:</source>
        <translation>Sa &amp;clé&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Give Door Access</source>
        <translation>&amp;Donner l&apos;accès aux portes</translation>
    </message>
    <message>
        <source>Ask %1 to read out the key their Porter shows in Settings ▸ Security (or porterctl secrets key), and type all of it. Do not copy it from an email or a chat: the point is to hear it from them.</source>
        <translation>Demandez à %1 de vous lire à voix haute la clé que son Porter affiche dans Paramètres ▸ Sécurité (ou porterctl secrets key), et saisissez-la en entier. Ne la copiez pas depuis un e-mail ni une messagerie instantanée&#xa0;: le but est de l&apos;entendre de sa bouche.</translation>
    </message>
</context>
<context>
    <name>porter::ui::ImportWizard</name>
    <message>
        <source>New invitation</source>
        <translation>Nouvelle invitation</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Mise à jour</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Inchangée</translation>
    </message>
    <message>
        <source>Revoked: left as is</source>
        <translation>Révoquée : laissée telle quelle</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Import People — %1</source>
        <translation>Importer des personnes — %1</translation>
    </message>
    <message>
        <source>Choose the people list</source>
        <translation>Choisissez la liste de personnes</translation>
    </message>
    <message>
        <source>A spreadsheet saved as CSV from Excel, LibreOffice or Numbers, with a header row: first name, last name, email, phone, access method, keys, resident, may share, start, expiration. People already at %1 are matched by email and updated; nothing is written before the preview.</source>
        <translation>Une feuille de calcul enregistrée en CSV depuis Excel, LibreOffice ou Numbers, avec une ligne d&apos;en-tête : prénom, nom, e-mail, téléphone, méthode d&apos;accès, clés, résident, peut partager, début, expiration. Les personnes déjà présentes à %1 sont reconnues par leur e-mail et mises à jour ; rien n&apos;est écrit avant l&apos;aperçu.</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>Aucun fichier choisi</translation>
    </message>
    <message>
        <source>&amp;Choose File…</source>
        <translation>&amp;Choisir un fichier…</translation>
    </message>
    <message>
        <source>Headers may be in English, Spanish or French. Dates are in the property&apos;s time (%1), as YYYY-MM-DD or your spreadsheet&apos;s short date. Several keys go in one cell, separated by semicolons. Up to 20,000 people per file.</source>
        <translation>Les en-têtes peuvent être en anglais, en espagnol ou en français. Les dates sont à l&apos;heure de la propriété (%1), au format AAAA-MM-JJ ou en date courte de votre tableur. Plusieurs clés vont dans une cellule, séparées par des points-virgules. Jusqu&apos;à 20 000 personnes par fichier.</translation>
    </message>
    <message>
        <source>Match the columns</source>
        <translation>Associez les colonnes</translation>
    </message>
    <message>
        <source>Porter recognized the columns below by their headers. Pick the field of any column it did not recognize, or leave it ignored.</source>
        <translation>Porter a reconnu les colonnes ci-dessous par leurs en-têtes. Choisissez le champ de toute colonne non reconnue, ou laissez-la ignorée.</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Colonne du fichier</translation>
    </message>
    <message>
        <source>First value</source>
        <translation>Première valeur</translation>
    </message>
    <message>
        <source>Imported as</source>
        <translation>Importée comme</translation>
    </message>
    <message>
        <source>Check what will happen</source>
        <translation>Vérifiez ce qui va se passer</translation>
    </message>
    <message>
        <source>Nothing has been written yet. Each row shows what the import will do.</source>
        <translation>Rien n&apos;a encore été écrit. Chaque ligne montre ce que fera l&apos;import.</translation>
    </message>
    <message>
        <source>All rows</source>
        <translation>Toutes les lignes</translation>
    </message>
    <message>
        <source>Rows that change something</source>
        <translation>Lignes qui changent quelque chose</translation>
    </message>
    <message>
        <source>Rows with errors</source>
        <translation>Lignes avec erreurs</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Ligne</translation>
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
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Import the &amp;valid rows only (skip the rows with errors)</source>
        <translation>Importer uniquement les lignes &amp;valides (ignorer les lignes avec erreurs)</translation>
    </message>
    <message>
        <source>&amp;Give revoked people in the file their keys again</source>
        <translation>&amp;Redonner leurs clés aux personnes révoquées du fichier</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Afficher :</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Import terminé</translation>
    </message>
    <message>
        <source>Import People</source>
        <translation>Importer des personnes</translation>
    </message>
    <message>
        <source>Spreadsheets saved as CSV (*.csv *.txt);;All files (*)</source>
        <translation>Feuilles de calcul enregistrées en CSV (*.csv *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message numerus="yes">
        <source>Rows: %n. Columns: %1 (%2, separated by “%3”).</source>
        <translation>
            <numerusform>Lignes : %n. Colonnes : %1 (%2, séparées par « %3 »).</numerusform>
            <numerusform>Lignes : %n. Colonnes : %1 (%2, séparées par « %3 »).</numerusform>
        </translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tabulation</translation>
    </message>
    <message>
        <source>Ignored</source>
        <translation>Ignorée</translation>
    </message>
    <message>
        <source>Two columns are imported as %1. Set one of them to Ignored.</source>
        <translation>Deux colonnes sont importées comme %1. Mettez l&apos;une d&apos;elles sur Ignorée.</translation>
    </message>
    <message>
        <source>Choose the column that holds the email: people are found and invited by it.</source>
        <translation>Choisissez la colonne qui contient l&apos;e-mail : les personnes sont retrouvées et invitées grâce à lui.</translation>
    </message>
    <message>
        <source>Fix the rows with errors in the spreadsheet and choose the file again, or import the valid rows only.</source>
        <translation>Corrigez les lignes avec erreurs dans la feuille de calcul et choisissez à nouveau le fichier, ou importez uniquement les lignes valides.</translation>
    </message>
    <message>
        <source>Nothing to import: everyone in the file is already at %1 as the file says.</source>
        <translation>Rien à importer : toutes les personnes du fichier sont déjà à %1 comme le dit le fichier.</translation>
    </message>
    <message numerus="yes">
        <source>Offline doors to sync afterwards, once each: %n.</source>
        <translation>
            <numerusform>Portes hors ligne à synchroniser ensuite, une fois chacune : %n.</numerusform>
            <numerusform>Portes hors ligne à synchroniser ensuite, une fois chacune : %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>Nothing was imported: %1.</source>
        <translation>Rien n&apos;a été importé : %1.</translation>
    </message>
    <message>
        <source>Imported: %1.</source>
        <translation>Importé : %1.</translation>
    </message>
    <message numerus="yes">
        <source>Welcome emails queued: %n.</source>
        <translation>
            <numerusform>E-mails de bienvenue en file d&apos;attente : %n.</numerusform>
            <numerusform>E-mails de bienvenue en file d&apos;attente : %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync these offline doors once: %1.</source>
        <translation>Synchronisez une fois ces portes hors ligne : %1.</translation>
    </message>
    <message numerus="yes">
        <source>Rows with errors, skipped: %n.</source>
        <translation>
            <numerusform>Lignes avec erreurs, ignorées : %n.</numerusform>
            <numerusform>Lignes avec erreurs, ignorées : %n.</numerusform>
        </translation>
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
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Ema&amp;il:</source>
        <translation>E-ma&amp;il&#xa0;:</translation>
    </message>
    <message>
        <source>This property has no keys yet. Create one, and it is ticked here.</source>
        <translation>Cet immeuble n&apos;a pas encore de clés. Créez-en une&#xa0;: elle sera cochée ici.</translation>
    </message>
    <message>
        <source>This property has no keys yet. %1</source>
        <translation>Cet immeuble n&apos;a pas encore de clés. %1</translation>
    </message>
    <message>
        <source>Create a &amp;Key…</source>
        <translation>Cré&amp;er une clé…</translation>
    </message>
    <message>
        <source>Create a key: its doors, weekly schedule and options</source>
        <translation>Créer une clé&#xa0;: ses portes, son horaire hebdomadaire et ses options</translation>
    </message>
    <message>
        <source>Start date and time</source>
        <translation>Date et heure de début</translation>
    </message>
    <message>
        <source>Expiration date and time</source>
        <translation>Date et heure d&apos;expiration</translation>
    </message>
    <message>
        <source>Tick at least one key.</source>
        <translation>Cochez au moins une clé.</translation>
    </message>
    <message>
        <source>The start is in the past. Choose Now, or a later time.</source>
        <translation>Le début est dans le passé. Choisissez Maintenant, ou une heure ultérieure.</translation>
    </message>
    <message>
        <source>Language for emails</source>
        <translation>Langue des e-mails</translation>
    </message>
    <message>
        <source>The welcome email and the daily doorcodes are written in this language</source>
        <translation>L&apos;e-mail de bienvenue et les codes de porte quotidiens sont rédigés dans cette langue</translation>
    </message>
    <message>
        <source>Lan&amp;guage for emails:</source>
        <translation>Lan&amp;gue des e-mails&#xa0;:</translation>
    </message>
</context>
<context>
    <name>porter::ui::KeyDialog</name>
    <message>
        <source>New Key for %1</source>
        <translation>Nouvelle clé pour %1</translation>
    </message>
    <message>
        <source>Edit Key “%1”</source>
        <translation>Modifier la clé «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>e.g. Residents — Building A, Gym, Cleaning staff</source>
        <translation>ex.&#xa0;: Résidents — Bâtiment A, Salle de sport, Personnel d&apos;entretien</translation>
    </message>
    <message>
        <source>Key name</source>
        <translation>Nom de la clé</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Doors</source>
        <translation>Portes</translation>
    </message>
    <message>
        <source>Doors this key opens</source>
        <translation>Portes que cette clé ouvre</translation>
    </message>
    <message>
        <source>&amp;Opens these doors:</source>
        <translation>&amp;Ouvre ces portes&#xa0;:</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <extracomment>A door in the key dialog: its name and type, e.g. &quot;Gym · Communal&quot;</extracomment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Offline: learns a change to this key at its next door sync.</source>
        <translation>Hors ligne&#xa0;: apprend une modification de cette clé à sa prochaine synchronisation.</translation>
    </message>
    <message>
        <source>Online: learns a change to this key over the internet.</source>
        <translation>En ligne&#xa0;: apprend une modification de cette clé par Internet.</translation>
    </message>
    <message>
        <source>This property has no doors yet. Add its doors first (porterctl door add), then create its keys.</source>
        <translation>Cet immeuble n&apos;a pas encore de portes. Ajoutez d&apos;abord ses portes (porterctl door add), puis créez ses clés.</translation>
    </message>
    <message>
        <source>Weekly schedule</source>
        <translation>Horaire hebdomadaire</translation>
    </message>
    <message>
        <source>Hours are in the property&apos;s time zone: %1.</source>
        <translation>Les heures sont exprimées dans le fuseau horaire de l&apos;immeuble&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Options</translation>
    </message>
    <message>
        <source>Doorcodes &amp;allowed</source>
        <translation>Codes de porte &amp;autorisés</translation>
    </message>
    <message>
        <source>When off, this key&apos;s doors do not open with a daily doorcode, only with the app or a keycard.</source>
        <translation>Si l&apos;option est désactivée, les portes de cette clé ne s&apos;ouvrent pas avec un code de porte quotidien, seulement avec l&apos;application ou une carte d&apos;accès.</translation>
    </message>
    <message>
        <source>May be &amp;shared with guests</source>
        <translation>Peut être &amp;partagée avec des invités</translation>
    </message>
    <message>
        <source>When on, residents who may share keys can give this one to their guests.</source>
        <translation>Si l&apos;option est activée, les résidents autorisés à partager des clés peuvent donner celle-ci à leurs invités.</translation>
    </message>
    <message>
        <source>Save Key</source>
        <translation>Enregistrer la clé</translation>
    </message>
    <message>
        <source>Create Key</source>
        <translation>Créer la clé</translation>
    </message>
    <message>
        <source>Edit Key</source>
        <translation>Modifier la clé</translation>
    </message>
    <message>
        <source>The key “%1” was not saved.</source>
        <translation>La clé «&#xa0;%1&#xa0;» n&apos;a pas été enregistrée.</translation>
    </message>
    <message>
        <source>Key Changed Elsewhere</source>
        <translation>Clé modifiée ailleurs</translation>
    </message>
    <message>
        <source>Someone else changed the key “%1” while you were editing it.</source>
        <translation>Quelqu&apos;un d&apos;autre a modifié la clé «&#xa0;%1&#xa0;» pendant que vous la modifiiez.</translation>
    </message>
    <message>
        <source>%1
Your changes were not saved. The form now shows the key as it is now: make your changes again and save.</source>
        <translation>%1
Vos modifications n&apos;ont pas été enregistrées. Le formulaire affiche maintenant la clé dans son état actuel&#xa0;: refaites vos modifications et enregistrez.</translation>
    </message>
    <message>
        <source>Reloaded: someone else changed this key. Make your changes again.</source>
        <translation>Rechargé&#xa0;: quelqu&apos;un d&apos;autre a modifié cette clé. Refaites vos modifications.</translation>
    </message>
</context>
<context>
    <name>porter::ui::KeysPage</name>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <extracomment>A list cut short: &quot;Alice Adams, Bob Brown, … and 3 more&quot;</extracomment>
        <translation>
            <numerusform>%1 et %n autre</numerusform>
            <numerusform>%1 et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Create a Key…</source>
        <translation>&amp;Créer une clé…</translation>
    </message>
    <message>
        <source>&amp;New Key…</source>
        <translation>&amp;Nouvelle clé…</translation>
    </message>
    <message>
        <source>&amp;Edit Key…</source>
        <translation>&amp;Modifier la clé…</translation>
    </message>
    <message>
        <source>&amp;Delete Key…</source>
        <translation>&amp;Supprimer la clé…</translation>
    </message>
    <message>
        <source>A key is a set of doors and the hours they open. Give keys to people when you invite them; a change to a key applies to everyone who holds it.</source>
        <translation>Une clé est un ensemble de portes et d&apos;horaires d&apos;ouverture. Donnez des clés aux personnes lorsque vous les invitez&#xa0;; toute modification d&apos;une clé s&apos;applique à tous ceux qui la détiennent.</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Clés</translation>
    </message>
    <message>
        <source>No keys yet</source>
        <translation>Aucune clé pour l&apos;instant</translation>
    </message>
    <message>
        <source>Holders of the selected key</source>
        <translation>Détenteurs de la clé sélectionnée</translation>
    </message>
    <message>
        <source>Keys — %1</source>
        <translation>Clés — %1</translation>
    </message>
    <message>
        <source>You can see this property&apos;s keys but not change them. %1</source>
        <translation>Vous pouvez voir les clés de cet immeuble, mais pas les modifier. %1</translation>
    </message>
    <message>
        <source>Holders</source>
        <translation>Détenteurs</translation>
    </message>
    <message>
        <source>Select a key to see who holds it.</source>
        <translation>Sélectionnez une clé pour voir qui la détient.</translation>
    </message>
    <message>
        <source>Who holds a key shows here once the property has keys.</source>
        <translation>Les détenteurs des clés s&apos;afficheront ici dès que l&apos;immeuble aura des clés.</translation>
    </message>
    <message>
        <source>Who holds “%1”</source>
        <extracomment>Title above the holders of the selected key, e.g. &quot;Who holds “Gym”&quot;</extracomment>
        <translation>Détenteurs de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Nobody holds this key. Give it to people when you invite them.</source>
        <translation>Personne ne détient cette clé. Donnez-la aux personnes lorsque vous les invitez.</translation>
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
        <source>1 guest</source>
        <translation>1 invité</translation>
    </message>
    <message numerus="yes">
        <source>%n guests</source>
        <translation>
            <numerusform>%n invité</numerusform>
            <numerusform>%n invités</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 hold this key now or from a later start. Double-click someone to open them on the People page.</source>
        <extracomment>%1 &quot;3 people&quot; (or &quot;1 person&quot;), %2 &quot;2 guests&quot; (or &quot;1 guest&quot;)</extracomment>
        <translation>Détenteurs de cette clé, dès maintenant ou à partir d&apos;un début ultérieur&#xa0;: %1. Double-cliquez sur une personne pour l&apos;ouvrir dans la page Personnes.</translation>
    </message>
    <message>
        <source>%1 and %2 hold this key now or from a later start. Double-click someone to open them on the People page.</source>
        <translation>Détenteurs de cette clé, dès maintenant ou à partir d&apos;un début ultérieur&#xa0;: %1 et %2. Double-cliquez sur une personne pour l&apos;ouvrir dans la page Personnes.</translation>
    </message>
    <message>
        <source>Create a key: its doors, weekly schedule and options (%1)</source>
        <translation>Créer une clé&#xa0;: ses portes, son horaire hebdomadaire et ses options (%1)</translation>
    </message>
    <message>
        <source>Change the selected key&apos;s name, doors, schedule or options (%1)</source>
        <translation>Modifier le nom, les portes, l&apos;horaire ou les options de la clé sélectionnée (%1)</translation>
    </message>
    <message>
        <source>Select a key to edit it.</source>
        <translation>Sélectionnez une clé pour la modifier.</translation>
    </message>
    <message>
        <source>Delete the selected key; everyone who holds it loses it (%1)</source>
        <translation>Supprimer la clé sélectionnée&#xa0;; tous ceux qui la détiennent la perdent (%1)</translation>
    </message>
    <message>
        <source>Select a key to delete it.</source>
        <translation>Sélectionnez une clé pour la supprimer.</translation>
    </message>
    <message>
        <source>A key is a set of doors and the hours they open. Create the first one, then give it to people when you invite them.</source>
        <translation>Une clé est un ensemble de portes et d&apos;horaires d&apos;ouverture. Créez la première, puis donnez-la aux personnes lorsque vous les invitez.</translation>
    </message>
    <message>
        <source>Keys are created by a manager with Full Key Management. %1</source>
        <translation>Les clés sont créées par un gestionnaire disposant de la gestion complète des clés. %1</translation>
    </message>
    <message>
        <source>No offline door needs a sync for this.</source>
        <translation>Aucune porte hors ligne n&apos;a besoin d&apos;être synchronisée pour cela.</translation>
    </message>
    <message>
        <source>Sync these offline doors so they learn the change: %1.</source>
        <translation>Synchronisez ces portes hors ligne pour qu&apos;elles prennent en compte la modification&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Key “%1” created. Nobody holds it yet, so no door needs a sync; give it to people when you invite them.</source>
        <translation>Clé «&#xa0;%1&#xa0;» créée. Personne ne la détient encore, donc aucune porte n&apos;a besoin d&apos;être synchronisée&#xa0;; donnez-la aux personnes lorsque vous les invitez.</translation>
    </message>
    <message>
        <source>Edit Key</source>
        <translation>Modifier la clé</translation>
    </message>
    <message>
        <source>This key cannot be edited.</source>
        <translation>Cette clé ne peut pas être modifiée.</translation>
    </message>
    <message>
        <source>Key “%1” was not changed.</source>
        <translation>La clé «&#xa0;%1&#xa0;» n&apos;a pas été modifiée.</translation>
    </message>
    <message>
        <source>Key “%1” saved.</source>
        <translation>Clé «&#xa0;%1&#xa0;» enregistrée.</translation>
    </message>
    <message>
        <source>Key “%1” saved: the change applies to the 1 person who holds it.</source>
        <translation>Clé «&#xa0;%1&#xa0;» enregistrée&#xa0;: la modification s&apos;applique à la personne qui la détient.</translation>
    </message>
    <message numerus="yes">
        <source>Key “%1” saved: the change applies to the %n people who hold it.</source>
        <translation>
            <numerusform>Clé «&#xa0;%1&#xa0;» enregistrée&#xa0;: la modification s&apos;applique à %n personne qui la détient.</numerusform>
            <numerusform>Clé «&#xa0;%1&#xa0;» enregistrée&#xa0;: la modification s&apos;applique aux %n personnes qui la détiennent.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody holds this key, so nobody loses access.</source>
        <translation>Personne ne détient cette clé, donc personne ne perd d&apos;accès.</translation>
    </message>
    <message>
        <source>1 person holds this key and loses access to its doors through it: %1.</source>
        <translation>1 personne détient cette clé et perd l&apos;accès à ses portes par cette clé&#xa0;: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n people hold this key and lose access to its doors through it: %1.</source>
        <translation>
            <numerusform>%n personne détient cette clé et perd l&apos;accès à ses portes par cette clé&#xa0;: %1.</numerusform>
            <numerusform>%n personnes détiennent cette clé et perdent l&apos;accès à ses portes par cette clé&#xa0;: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>1 guest loses their guest pass of this key: %1.</source>
        <translation>1 invité perd son accès invité sur cette clé&#xa0;: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n guests lose their guest pass of this key: %1.</source>
        <translation>
            <numerusform>%n invité perd son accès invité sur cette clé&#xa0;: %1.</numerusform>
            <numerusform>%n invités perdent leur accès invité sur cette clé&#xa0;: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Doors they open with other keys stay open to them.</source>
        <translation>Les portes qu&apos;ils ouvrent avec d&apos;autres clés leur restent ouvertes.</translation>
    </message>
    <message>
        <source>Its doors are online: they learn the change without a door sync.</source>
        <translation>Ses portes sont en ligne&#xa0;: elles prennent en compte la modification sans synchronisation.</translation>
    </message>
    <message>
        <source>Afterwards, sync these offline doors, which let the holders in until then: %1.</source>
        <translation>Ensuite, synchronisez ces portes hors ligne, qui laissent entrer les détenteurs d&apos;ici là&#xa0;: %1.</translation>
    </message>
    <message>
        <source>A deleted key cannot be given again; its past activity stays in Activity.</source>
        <translation>Une clé supprimée ne peut plus être donnée&#xa0;; son activité passée reste dans Activité.</translation>
    </message>
    <message>
        <source>Delete Key</source>
        <translation>Supprimer la clé</translation>
    </message>
    <message>
        <source>Delete the key “%1”?</source>
        <translation>Supprimer la clé «&#xa0;%1&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <source>The key “%1” was not deleted.</source>
        <translation>La clé «&#xa0;%1&#xa0;» n&apos;a pas été supprimée.</translation>
    </message>
    <message>
        <source>Key “%1” deleted.</source>
        <translation>Clé «&#xa0;%1&#xa0;» supprimée.</translation>
    </message>
    <message>
        <source>Key “%1” deleted: 1 person lost access through it.</source>
        <translation>Clé «&#xa0;%1&#xa0;» supprimée&#xa0;: 1 personne a perdu l&apos;accès par cette clé.</translation>
    </message>
    <message numerus="yes">
        <source>Key “%1” deleted: %n people lost access through it.</source>
        <translation>
            <numerusform>Clé «&#xa0;%1&#xa0;» supprimée&#xa0;: %n personne a perdu l&apos;accès par cette clé.</numerusform>
            <numerusform>Clé «&#xa0;%1&#xa0;» supprimée&#xa0;: %n personnes ont perdu l&apos;accès par cette clé.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>porter::ui::MailDelivery</name>
    <message>
        <source>Sending 1 email…</source>
        <translation>Envoi d&apos;un e-mail…</translation>
    </message>
    <message numerus="yes">
        <source>Sending %n emails…</source>
        <translation>
            <numerusform>Envoi de %n e-mail…</numerusform>
            <numerusform>Envoi de %n e-mails…</numerusform>
        </translation>
    </message>
    <message>
        <source>Email not set up — Settings</source>
        <extracomment>Status bar; clicking it opens Settings</extracomment>
        <translation>E-mail non configuré — Paramètres</translation>
    </message>
    <message>
        <source>Email: %1 failed</source>
        <extracomment>Status bar; clicking it shows the failed emails in the Outbox</extracomment>
        <translation>E-mail&#xa0;: %1 en échec</translation>
    </message>
    <message>
        <source>Email: 1 waiting to be sent again</source>
        <translation>E-mail&#xa0;: 1 en attente de renvoi</translation>
    </message>
    <message numerus="yes">
        <source>Email: %n waiting to be sent again</source>
        <translation>
            <numerusform>E-mail&#xa0;: %n en attente de renvoi</numerusform>
            <numerusform>E-mail&#xa0;: %n en attente de renvoi</numerusform>
        </translation>
    </message>
    <message>
        <source>Porter cannot send welcome emails and daily doorcodes until a mail server is set up. Click to open File ▸ Settings ▸ Email.</source>
        <translation>Porter ne peut pas envoyer d&apos;e-mails de bienvenue ni de codes de porte quotidiens tant qu&apos;aucun serveur de messagerie n&apos;est configuré. Cliquez pour ouvrir Fichier ▸ Paramètres ▸ E-mail.</translation>
    </message>
    <message>
        <source>The mail server refused some emails for good. Click to see them and the server&apos;s reason in the Outbox.</source>
        <translation>Le serveur de messagerie a définitivement refusé certains e-mails. Cliquez pour les voir, avec le motif du serveur, dans la Boîte d&apos;envoi.</translation>
    </message>
    <message>
        <source>Porter sends the emails in the background; you can keep working.</source>
        <translation>Porter envoie les e-mails en arrière-plan&#xa0;; vous pouvez continuer à travailler.</translation>
    </message>
</context>
<context>
    <name>porter::ui::MailSettingsPage</name>
    <message>
        <source>C&amp;lear</source>
        <translation>Effac&amp;er</translation>
    </message>
    <message>
        <source>&amp;Verify the server&apos;s certificate</source>
        <translation>&amp;Vérifier le certificat du serveur</translation>
    </message>
    <message>
        <source>Send &amp;Test Email…</source>
        <translation>Envoyer un e-mail de &amp;test…</translation>
    </message>
    <message>
        <source>e.g. smtp.example.com</source>
        <translation>par ex. smtp.example.com</translation>
    </message>
    <message>
        <source>Mail server</source>
        <translation>Serveur de messagerie</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Sécurité</translation>
    </message>
    <message>
        <source>STARTTLS (usually port 587)</source>
        <translation>STARTTLS (généralement port 587)</translation>
    </message>
    <message>
        <source>SSL/TLS (usually port 465)</source>
        <translation>SSL/TLS (généralement port 465)</translation>
    </message>
    <message>
        <source>None — not encrypted</source>
        <translation>Aucune — connexion non chiffrée</translation>
    </message>
    <message>
        <source>Without encryption, the password, the activation codes and the daily doorcodes cross the network in clear text: anyone on the way can read them. Use this only for a mail server on this computer.</source>
        <translation>Sans chiffrement, le mot de passe, les codes d&apos;activation et les codes de porte quotidiens transitent en clair sur le réseau&#xa0;: toute personne sur le trajet peut les lire. N&apos;utilisez cette option que pour un serveur de messagerie installé sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Empty if the server needs no sign-in</source>
        <translation>Vide si le serveur ne demande pas de connexion</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Remove the stored password when you choose OK</source>
        <translation>Supprimer le mot de passe enregistré lorsque vous choisissez OK</translation>
    </message>
    <message>
        <source>e.g. access@harbor-residential.example</source>
        <translation>par ex. access@harbor-residential.example</translation>
    </message>
    <message>
        <source>From address</source>
        <translation>Adresse de l&apos;expéditeur</translation>
    </message>
    <message>
        <source>e.g. Harbor Residential</source>
        <translation>par ex. Harbor Residential</translation>
    </message>
    <message>
        <source>From name</source>
        <translation>Nom de l&apos;expéditeur</translation>
    </message>
    <message>
        <source> s</source>
        <extracomment>Seconds, after a number: &quot;30 s&quot;</extracomment>
        <translation> s</translation>
    </message>
    <message>
        <source>Timeout in seconds</source>
        <translation>Délai d&apos;attente en secondes</translation>
    </message>
    <message>
        <source>Porter will not check that it is talking to your mail server: someone on the network could pose as it and read the emails and the password. Turn this off only for a test server.</source>
        <translation>Porter ne vérifiera pas qu&apos;il communique bien avec votre serveur de messagerie&#xa0;: quelqu&apos;un sur le réseau pourrait se faire passer pour lui et lire les e-mails et le mot de passe. Ne désactivez cette option que pour un serveur de test.</translation>
    </message>
    <message>
        <source>Daily doorcode send time</source>
        <translation>Heure d&apos;envoi du code de porte quotidien</translation>
    </message>
    <message>
        <source>Send a short email through this server now, to check the settings</source>
        <translation>Envoyer maintenant un court e-mail par ce serveur pour vérifier les paramètres</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort&#xa0;:</translation>
    </message>
    <message>
        <source>Mail &amp;server:</source>
        <translation>&amp;Serveur de messagerie&#xa0;:</translation>
    </message>
    <message>
        <source>Se&amp;curity:</source>
        <translation>Sé&amp;curité&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Nom d&apos;&amp;utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Mot de &amp;passe&#xa0;:</translation>
    </message>
    <message>
        <source>T&amp;imeout:</source>
        <translation>&amp;Délai d&apos;attente&#xa0;:</translation>
    </message>
    <message>
        <source>Company CA file</source>
        <translation>Fichier d&apos;AC de l&apos;entreprise</translation>
    </message>
    <message>
        <source>Empty: the certificates this computer trusts</source>
        <translation>Vide&#xa0;: les certificats approuvés par cet ordinateur</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoisir…</translation>
    </message>
    <message>
        <source>Choose the certificate (PEM) of your company&apos;s certificate authority</source>
        <translation>Choisir le certificat (PEM) de l&apos;autorité de certification de votre entreprise</translation>
    </message>
    <message>
        <source>Com&amp;pany CA file:</source>
        <translation>&amp;Fichier d&apos;AC de l&apos;entreprise&#xa0;:</translation>
    </message>
    <message>
        <source>Emails Porter sends</source>
        <translation>E-mails envoyés par Porter</translation>
    </message>
    <message>
        <source>&amp;From address:</source>
        <translation>&amp;Adresse de l&apos;expéditeur&#xa0;:</translation>
    </message>
    <message>
        <source>From &amp;name:</source>
        <translation>&amp;Nom de l&apos;expéditeur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Daily doorcodes at:</source>
        <translation>Codes de porte &amp;quotidiens à&#xa0;:</translation>
    </message>
    <message>
        <source>People with doorcode access get the day&apos;s code each morning at this time, in each property&apos;s own time zone, while Porter is open (or from a scheduled porterctl doorcodes send-daily).</source>
        <translation>Les personnes ayant un accès par code de porte reçoivent le code du jour chaque matin à cette heure, dans le fuseau horaire de chaque immeuble, tant que Porter est ouvert (ou via une tâche planifiée porterctl doorcodes send-daily).</translation>
    </message>
    <message>
        <source>None (removed when you choose OK)</source>
        <translation>Aucun (supprimé lorsque vous choisissez OK)</translation>
    </message>
    <message>
        <source>Company CA File</source>
        <translation>Fichier d&apos;AC de l&apos;entreprise</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Certificats (*.pem *.crt *.cer);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>None stored</source>
        <translation>Aucun enregistré</translation>
    </message>
    <message>
        <source>Send Test Email</source>
        <translation>Envoyer un e-mail de test</translation>
    </message>
    <message>
        <source>Send a test email to:</source>
        <translation>Envoyer un e-mail de test à&#xa0;:</translation>
    </message>
    <message>
        <source>The test email to %1 was not sent: %2</source>
        <translation>L&apos;e-mail de test à %1 n&apos;a pas été envoyé&#xa0;: %2</translation>
    </message>
    <message>
        <source>Sending a test email to %1… You can keep working meanwhile.</source>
        <translation>Envoi d&apos;un e-mail de test à %1… Vous pouvez continuer à travailler pendant ce temps.</translation>
    </message>
    <message>
        <source>The test email to %1 was accepted by the server.</source>
        <translation>L&apos;e-mail de test à %1 a été accepté par le serveur.</translation>
    </message>
    <message>
        <source>The test email to %1 was accepted. The server answered: %2</source>
        <translation>L&apos;e-mail de test à %1 a été accepté. Réponse du serveur&#xa0;: %2</translation>
    </message>
    <message>
        <source>Stored in the system keychain</source>
        <translation>Enregistré dans le trousseau du système</translation>
    </message>
    <message>
        <source>Stored, encrypted</source>
        <translation>Enregistré et chiffré</translation>
    </message>
    <message>
        <source>Type a new password to replace the stored one. It is kept in the system keychain where one answers, otherwise encrypted.</source>
        <translation>Saisissez un nouveau mot de passe pour remplacer celui enregistré. Il est conservé dans le trousseau du système s&apos;il répond, sinon chiffré.</translation>
    </message>
    <message>
        <source>The mail server&apos;s password, if it asks for one. It is kept in the system keychain where one answers, otherwise encrypted.</source>
        <translation>Le mot de passe du serveur de messagerie, s&apos;il en demande un. Il est conservé dans le trousseau du système s&apos;il répond, sinon chiffré.</translation>
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
        <source>Sync these doors to remove the access from them: %1.</source>
        <translation>Synchronisez ces portes pour en retirer l&apos;accès&#xa0;: %1.</translation>
    </message>
    <message>
        <source>%1 is removed from People and loses access to every door once the doors have been synced.</source>
        <translation>La personne %1 est retirée de la liste Personnes et perd l&apos;accès à toutes les portes une fois celles-ci synchronisées.</translation>
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
        <source> (holds the old doorcode secret)</source>
        <translation> (détient l’ancien secret des codes de porte)</translation>
    </message>
    <message>
        <source>People</source>
        <extracomment>The sheet&apos;s name in an exported Excel workbook</extracomment>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Doors</source>
        <translation>Portes</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Affic&amp;hage</translation>
    </message>
    <message>
        <source>&amp;Doors</source>
        <translation>P&amp;ortes</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Clés</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>Boîte d&apos;envoi</translation>
    </message>
    <message>
        <source>Managers</source>
        <translation>Gestionnaires</translation>
    </message>
    <message>
        <source>Add &amp;Key…</source>
        <translation>Ajouter une &amp;clé…</translation>
    </message>
    <message>
        <source>Give a key to every selected person</source>
        <translation>Donner une clé à chaque personne sélectionnée</translation>
    </message>
    <message>
        <source>Re&amp;move Key…</source>
        <translation>&amp;Retirer une clé…</translation>
    </message>
    <message>
        <source>Take a key away from every selected person</source>
        <translation>Retirer une clé à chaque personne sélectionnée</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>&amp;Activity</source>
        <translation>&amp;Activité</translation>
    </message>
    <message>
        <source>&amp;Outbox</source>
        <translation>&amp;Boîte d&apos;envoi</translation>
    </message>
    <message>
        <source>Door Sync &amp;Tasks…</source>
        <translation>&amp;Tâches de synchronisation des portes…</translation>
    </message>
    <message>
        <source>&amp;Keys</source>
        <translation>&amp;Clés</translation>
    </message>
    <message>
        <source>&amp;Managers</source>
        <translation>&amp;Gestionnaires</translation>
    </message>
    <message>
        <source>Click to see the door sync tasks.</source>
        <translation>Cliquez pour voir les tâches de synchronisation des portes.</translation>
    </message>
    <message>
        <source>Their guest %1 loses access too.</source>
        <translation>L&apos;invité %1 perd aussi l&apos;accès.</translation>
    </message>
    <message>
        <source>Their guests %1 lose access too.</source>
        <translation>Les invités %1 perdent aussi l&apos;accès.</translation>
    </message>
    <message>
        <source>They stay listed under “Show expired users”, and you can give them keys again later.</source>
        <translation>Ces personnes restent visibles sous «&#xa0;Afficher les utilisateurs expirés&#xa0;», et vous pourrez leur redonner des clés plus tard.</translation>
    </message>
    <message>
        <source>Either everyone is revoked or, if one of them cannot be, nobody is.</source>
        <translation>Soit toutes les personnes sont révoquées, soit, si l&apos;une d&apos;elles ne peut pas l&apos;être, aucune ne l&apos;est.</translation>
    </message>
    <message>
        <source>Afterwards, sync the affected offline doors: until then they still let them in.</source>
        <translation>Ensuite, synchronisez les portes hors ligne concernées&#xa0;: d&apos;ici là, elles laissent encore entrer ces personnes.</translation>
    </message>
    <message numerus="yes">
        <source>Revoke all keys of %n people?</source>
        <translation>
            <numerusform>Révoquer toutes les clés de %n personne&#xa0;?</numerusform>
            <numerusform>Révoquer toutes les clés de %n personnes&#xa0;?</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody&apos;s keys were revoked.</source>
        <translation>Aucune clé n&apos;a été révoquée.</translation>
    </message>
    <message numerus="yes">
        <source>Keys of %n people revoked.</source>
        <translation>
            <numerusform>Clés de %n personne révoquées.</numerusform>
            <numerusform>Clés de %n personnes révoquées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Guest access ended for %1.</source>
        <translation>Fin de l&apos;accès invité pour %1.</translation>
    </message>
    <message>
        <source>Their permanent guest %1 loses access too.</source>
        <translation>L&apos;invité permanent %1 perd aussi l&apos;accès.</translation>
    </message>
    <message>
        <source>Their permanent guests %1 lose access too.</source>
        <translation>Les invités permanents %1 perdent aussi l&apos;accès.</translation>
    </message>
    <message>
        <source>Their guest %1 has a pass with an end date and keeps it until it ends.</source>
        <translation>L&apos;invité %1 a un accès avec une date de fin et le conserve jusqu&apos;à cette date.</translation>
    </message>
    <message>
        <source>Their guests %1 have passes with an end date and keep them until they end.</source>
        <translation>Les invités %1 ont des accès avec une date de fin et les conservent jusqu&apos;à cette date.</translation>
    </message>
    <message>
        <source>Their history stays: their past activity remains available in Activity. To give them access again you will need to send a new invitation.</source>
        <translation>L&apos;historique est conservé&#xa0;: l&apos;activité passée reste disponible dans Activité. Pour redonner accès, vous devrez envoyer une nouvelle invitation.</translation>
    </message>
    <message numerus="yes">
        <source>%1 given to %n people.</source>
        <translation>
            <numerusform>%1 donnée à %n personne.</numerusform>
            <numerusform>%1 donnée à %n personnes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 removed from %n people.</source>
        <translation>
            <numerusform>%1 retirée à %n personne.</numerusform>
            <numerusform>%1 retirée à %n personnes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Already held by %1: unchanged.</source>
        <translation>Déjà détenue par %1&#xa0;: aucun changement.</translation>
    </message>
    <message>
        <source>Not held by %1: unchanged.</source>
        <translation>Non détenue par %1&#xa0;: aucun changement.</translation>
    </message>
    <message>
        <source>Sync these doors: %1.</source>
        <translation>Synchronisez ces portes&#xa0;: %1.</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>&amp;Next Pane</source>
        <translation>Volet &amp;suivant</translation>
    </message>
    <message>
        <source>Pre&amp;vious Pane</source>
        <translation>Volet &amp;précédent</translation>
    </message>
    <message>
        <source>Porter &amp;User Guide</source>
        <translation>&amp;Guide de l&apos;utilisateur de Porter</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>Send Now</source>
        <translation>Envoyer maintenant</translation>
    </message>
    <message>
        <source>Email is not set up yet.</source>
        <translation>L&apos;envoi d&apos;e-mails n&apos;est pas encore configuré.</translation>
    </message>
    <message>
        <source>Enter the mail server in File ▸ Settings ▸ Email; Porter then sends the queued emails by itself.</source>
        <translation>Indiquez le serveur de messagerie dans Fichier ▸ Paramètres ▸ E-mail&#xa0;; Porter enverra ensuite lui-même les e-mails en file d&apos;attente.</translation>
    </message>
    <message>
        <source>&amp;Import People…</source>
        <translation>&amp;Importer des personnes…</translation>
    </message>
    <message>
        <source>Invite and update people from a spreadsheet saved as CSV</source>
        <translation>Inviter et mettre à jour des personnes depuis une feuille de calcul enregistrée en CSV</translation>
    </message>
    <message>
        <source>E&amp;xport People…</source>
        <translation>E&amp;xporter les personnes…</translation>
    </message>
    <message>
        <source>Save everyone at this property, with keys and dates, as CSV or Excel</source>
        <translation>Enregistrer toutes les personnes de cette propriété, avec clés et dates, en CSV ou Excel</translation>
    </message>
    <message>
        <source>Imported: %1.</source>
        <translation>Importé : %1.</translation>
    </message>
    <message numerus="yes">
        <source>Welcome emails queued: %n.</source>
        <translation>
            <numerusform>E-mails de bienvenue en file d&apos;attente : %n.</numerusform>
            <numerusform>E-mails de bienvenue en file d&apos;attente : %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>People %1 %2.csv</source>
        <translation>Personnes %1 %2.csv</translation>
    </message>
    <message>
        <source>Export People</source>
        <translation>Exporter les personnes</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;Excel workbooks (*.xlsx)</source>
        <translation>Fichiers CSV (*.csv);;Classeurs Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>The people were not exported.</source>
        <translation>Les personnes n&apos;ont pas été exportées.</translation>
    </message>
    <message numerus="yes">
        <source>People exported to %1: %n.</source>
        <translation>
            <numerusform>Personnes exportées vers %1 : %n.</numerusform>
            <numerusform>Personnes exportées vers %1 : %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Connected to the server again. The window shows what other managers changed meanwhile.</source>
        <translation>De nouveau connecté au serveur. La fenêtre montre ce que les autres gestionnaires ont modifié entre-temps.</translation>
    </message>
    <message>
        <source>Server not reachable · reconnecting…</source>
        <extracomment>Status bar, while a shared portfolio&apos;s server cannot be reached</extracomment>
        <translation>Serveur injoignable · reconnexion…</translation>
    </message>
    <message>
        <source>Porter lost its connection to %1 and tries again by itself. What you change now is refused until the server is back; nothing is half-saved.</source>
        <translation>Porter a perdu sa connexion à %1 et réessaie de lui-même. Vos modifications sont refusées jusqu’au retour du serveur ; rien n’est enregistré à moitié.</translation>
    </message>
    <message>
        <source>A portfolio several managers share, on a PostgreSQL server</source>
        <translation>Un portefeuille que plusieurs gestionnaires partagent, sur un serveur PostgreSQL</translation>
    </message>
    <message>
        <source>Open S&amp;hared Portfolio…</source>
        <translation>Ouvrir un portefeuille parta&amp;gé…</translation>
    </message>
    <message>
        <source>Change &amp;Password…</source>
        <translation>Modifier le &amp;mot de passe…</translation>
    </message>
    <message>
        <source>Your password is changed. Sign in with the new one from now on.</source>
        <translation>Votre mot de passe est modifié. Connectez-vous désormais avec le nouveau.</translation>
    </message>
    <message>
        <source>The password of your login %1 is changed. Use the new one on your other computers too.</source>
        <translation>Le mot de passe de votre identifiant %1 est modifié. Utilisez aussi le nouveau sur vos autres ordinateurs.</translation>
    </message>
    <message>
        <source> (trusts the old signing key)</source>
        <translation> (fait confiance à l&apos;ancienne clé de signature)</translation>
    </message>
    <message>
        <source> (signing key reset: commission it again)</source>
        <translation> (clé de signature réinitialisée&#xa0;: remettez-la en service)</translation>
    </message>
</context>
<context>
    <name>porter::ui::ManagerDialog</name>
    <message>
        <source>Name error</source>
        <translation>Erreur de nom</translation>
    </message>
    <message>
        <source>Email error</source>
        <translation>Erreur d&apos;e-mail</translation>
    </message>
    <message>
        <source>Password error</source>
        <translation>Erreur de mot de passe</translation>
    </message>
    <message>
        <source>Portfol&amp;io Manager</source>
        <translation>Gestionnaire de p&amp;ortefeuille</translation>
    </message>
    <message>
        <source>Property &amp;Manager</source>
        <translation>Gestionnaire d&apos;&amp;immeuble</translation>
    </message>
    <message>
        <source>Properties error</source>
        <translation>Erreur d&apos;immeubles</translation>
    </message>
    <message>
        <source>Keys error</source>
        <translation>Erreur de clés</translation>
    </message>
    <message>
        <source>&amp;Device Management: add, commission and sync doors</source>
        <translation>Gestion des &amp;appareils&#xa0;: ajouter, mettre en service et synchroniser des portes</translation>
    </message>
    <message>
        <source>Edit Manager %1</source>
        <translation>Modifier le gestionnaire %1</translation>
    </message>
    <message>
        <source>New Manager</source>
        <translation>Nouveau gestionnaire</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Gestionnaire</translation>
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
        <source>name@example.com</source>
        <translation>nom@example.com</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Confirm password</source>
        <translation>Confirmer le mot de passe</translation>
    </message>
    <message>
        <source>At least %1 characters</source>
        <translation>Au moins %1 caractères</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-mail&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Reset password</source>
        <translation>&amp;Réinitialiser le mot de passe</translation>
    </message>
    <message>
        <source>Give this manager a new password; tell it to them yourself.</source>
        <translation>Donnez un nouveau mot de passe à ce gestionnaire&#xa0;; communiquez-le-lui vous-même.</translation>
    </message>
    <message>
        <source>New &amp;password:</source>
        <translation>Nouveau mot de &amp;passe&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>Con&amp;firm password:</source>
        <translation>Con&amp;firmer le mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>Leave it unticked to keep their password.</source>
        <translation>Laissez la case décochée pour conserver son mot de passe.</translation>
    </message>
    <message>
        <source>Choose their first password and tell it to them; they sign in with their email and it.</source>
        <translation>Choisissez son premier mot de passe et communiquez-le-lui&#xa0;; la connexion se fait avec son e-mail et ce mot de passe.</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Rôle&#xa0;:</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>Immeubles</translation>
    </message>
    <message>
        <source>Manages &amp;these properties:</source>
        <translation>Gère &amp;ces immeubles&#xa0;:</translation>
    </message>
    <message>
        <source>Assigned properties</source>
        <translation>Immeubles attribués</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>Autorisations</translation>
    </message>
    <message>
        <source>Key Management:</source>
        <translation>Gestion des clés&#xa0;:</translation>
    </message>
    <message>
        <source>N&amp;one</source>
        <translation>Auc&amp;une</translation>
    </message>
    <message>
        <source>Sees people and activity; changes nobody&apos;s access.</source>
        <translation>Voit les personnes et l&apos;activité&#xa0;; ne modifie l&apos;accès de personne.</translation>
    </message>
    <message>
        <source>Specific &amp;keys</source>
        <translation>Certaines clé&amp;s</translation>
    </message>
    <message>
        <source>Gives and revokes only the keys ticked below.</source>
        <translation>Donne et révoque uniquement les clés cochées ci-dessous.</translation>
    </message>
    <message>
        <source>&amp;Limited</source>
        <translation>&amp;Limitée</translation>
    </message>
    <message>
        <source>Gives and revokes any key of their properties.</source>
        <translation>Donne et révoque n&apos;importe quelle clé de ses immeubles.</translation>
    </message>
    <message>
        <source>F&amp;ull</source>
        <translation>Complè&amp;te</translation>
    </message>
    <message>
        <source>Also creates, edits and deletes keys.</source>
        <translation>Crée, modifie et supprime aussi des clés.</translation>
    </message>
    <message>
        <source>Keys this manager may give</source>
        <translation>Clés que ce gestionnaire peut donner</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>No keys yet</source>
        <translation>Aucune clé pour l&apos;instant</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>Enre&amp;gistrer</translation>
    </message>
    <message>
        <source>&amp;Add Manager</source>
        <translation>A&amp;jouter le gestionnaire</translation>
    </message>
    <message>
        <source>You cannot take the Portfolio Manager role from yourself. Another Portfolio Manager can.</source>
        <translation>Vous ne pouvez pas vous retirer le rôle de Gestionnaire de portefeuille. Un autre Gestionnaire de portefeuille peut le faire.</translation>
    </message>
    <message>
        <source>Everything in the portfolio, including properties and managers.</source>
        <translation>Tout le portefeuille, y compris les immeubles et les gestionnaires.</translation>
    </message>
    <message>
        <source>Only the properties ticked below, with the permissions on the right.</source>
        <translation>Uniquement les immeubles cochés ci-dessous, avec les autorisations indiquées à droite.</translation>
    </message>
    <message>
        <source>Enter the manager&apos;s name.</source>
        <translation>Saisissez le nom du gestionnaire.</translation>
    </message>
    <message>
        <source>Enter the email they sign in with.</source>
        <translation>Saisissez l&apos;e-mail utilisé pour la connexion.</translation>
    </message>
    <message>
        <source>This is not an email address.</source>
        <translation>Ceci n&apos;est pas une adresse e-mail.</translation>
    </message>
    <message>
        <source>The password needs at least %1 characters.</source>
        <translation>Le mot de passe doit comporter au moins %1 caractères.</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Les deux mots de passe sont différents.</translation>
    </message>
    <message>
        <source>Tick at least one property.</source>
        <translation>Cochez au moins un immeuble.</translation>
    </message>
    <message>
        <source>Tick the keys this manager may give.</source>
        <translation>Cochez les clés que ce gestionnaire peut donner.</translation>
    </message>
    <message>
        <source>Server login</source>
        <translation>Identifiant du serveur</translation>
    </message>
    <message>
        <source>e.g. ana (lowercase letters, digits, _)</source>
        <translation>p. ex. ana (minuscules, chiffres, _)</translation>
    </message>
    <message>
        <source>Login error</source>
        <translation>Erreur d’identifiant</translation>
    </message>
    <message>
        <source>A login keeps its name. Reset password gives it a new password.</source>
        <translation>Un identifiant garde son nom. Réinitialiser le mot de passe lui en donne un nouveau.</translation>
    </message>
    <message>
        <source>Leave it unticked to keep their login&apos;s password.</source>
        <translation>Laissez décoché pour garder le mot de passe de son identifiant.</translation>
    </message>
    <message>
        <source>Choose their login&apos;s first password and tell it to them; they open the portfolio with their login and it (File ▸ Open Shared Portfolio…).</source>
        <translation>Choisissez le premier mot de passe de son identifiant et communiquez-le ; il ouvre le portefeuille avec son identifiant et ce mot de passe (Fichier ▸ Ouvrir un portefeuille partagé…).</translation>
    </message>
    <message>
        <source>A login is lowercase letters, digits and _, starting with a letter.</source>
        <translation>Un identifiant est fait de minuscules, de chiffres et de _, et commence par une lettre.</translation>
    </message>
    <message>
        <source>Tick Reset password: the new login needs its first password.</source>
        <translation>Cochez Réinitialiser le mot de passe : le nouvel identifiant a besoin de son premier mot de passe.</translation>
    </message>
    <message>
        <source>Server lo&amp;gin:</source>
        <translation>I&amp;dentifiant du serveur :</translation>
    </message>
</context>
<context>
    <name>porter::ui::ManagersPage</name>
    <message>
        <source>Managers</source>
        <translation>Gestionnaires</translation>
    </message>
    <message>
        <source>&amp;New Manager…</source>
        <translation>&amp;Nouveau gestionnaire…</translation>
    </message>
    <message>
        <source>&amp;Edit Manager…</source>
        <translation>&amp;Modifier le gestionnaire…</translation>
    </message>
    <message>
        <source>&amp;Remove Manager…</source>
        <translation>&amp;Retirer le gestionnaire…</translation>
    </message>
    <message>
        <source>Who may sign in to this portfolio and what they may do. Property Managers see only their properties; Key Management decides whose access they may change, Device Management whether they may add and sync doors.</source>
        <translation>Qui peut se connecter à ce portefeuille, et avec quels droits. Les Gestionnaires d&apos;immeuble ne voient que leurs immeubles&#xa0;; la gestion des clés détermine de qui ils peuvent modifier l&apos;accès, la gestion des appareils s&apos;ils peuvent ajouter et synchroniser des portes.</translation>
    </message>
    <message>
        <source>Add a manager and choose their properties and permissions</source>
        <translation>Ajouter un gestionnaire et choisir ses immeubles et ses autorisations</translation>
    </message>
    <message>
        <source>Change the selected manager&apos;s details, properties or permissions</source>
        <translation>Modifier les coordonnées, les immeubles ou les autorisations du gestionnaire sélectionné</translation>
    </message>
    <message>
        <source>Remove the selected manager: they can no longer sign in</source>
        <translation>Retirer le gestionnaire sélectionné&#xa0;: il ne pourra plus se connecter</translation>
    </message>
    <message>
        <source>You cannot remove yourself. Another Portfolio Manager can.</source>
        <translation>Vous ne pouvez pas vous retirer vous-même. Un autre Gestionnaire de portefeuille peut le faire.</translation>
    </message>
    <message>
        <source>%1 was added. They sign in with %2 and the password you chose.</source>
        <translation>Gestionnaire %1 ajouté. Connexion avec %2 et le mot de passe que vous avez choisi.</translation>
    </message>
    <message>
        <source>Your details were saved. Changes to your own permissions apply when you next sign in.</source>
        <translation>Vos informations ont été enregistrées. Les modifications de vos propres autorisations s&apos;appliqueront à votre prochaine connexion.</translation>
    </message>
    <message>
        <source>%1 was changed. The new permissions apply when they next sign in.</source>
        <translation>Gestionnaire %1 modifié. Les nouvelles autorisations s&apos;appliqueront à sa prochaine connexion.</translation>
    </message>
    <message>
        <source>%1 can no longer sign in to Porter or use porterctl.</source>
        <translation>%1 ne peut plus se connecter à Porter ni utiliser porterctl.</translation>
    </message>
    <message>
        <source>The people they invited keep their access, and the keys they gave stay given.</source>
        <translation>Les personnes invitées par ce gestionnaire conservent leur accès, et les clés qu&apos;il a données restent attribuées.</translation>
    </message>
    <message>
        <source>What they did stays in Activity under their name.</source>
        <translation>Ses actions restent dans Activité, sous son nom.</translation>
    </message>
    <message>
        <source>To bring them back, add a manager with %1 again.</source>
        <translation>Pour le rétablir, ajoutez de nouveau un gestionnaire avec %1.</translation>
    </message>
    <message>
        <source>Remove Manager</source>
        <translation>Retirer le gestionnaire</translation>
    </message>
    <message>
        <source>Remove %1 (%2)?</source>
        <translation>Retirer %1 (%2)&#xa0;?</translation>
    </message>
    <message>
        <source>%1 was not removed.</source>
        <translation>Le gestionnaire %1 n&apos;a pas été retiré.</translation>
    </message>
    <message>
        <source>%1 was removed.</source>
        <translation>Le gestionnaire %1 a été retiré.</translation>
    </message>
    <message>
        <source>%1 was added. They open this portfolio with the login %2 and the password you chose.</source>
        <translation>%1 a été ajouté. Il ouvre ce portefeuille avec l’identifiant %2 et le mot de passe que vous avez choisi.</translation>
    </message>
    <message>
        <source>Give Door &amp;Access…</source>
        <translation>&amp;Donner l&apos;accès aux portes…</translation>
    </message>
    <message>
        <source>Give the selected manager the door secrets, so they can commission and sync doors</source>
        <translation>Donner les secrets de porte au gestionnaire sélectionné, pour qu&apos;il puisse mettre en service et synchroniser des portes</translation>
    </message>
    <message>
        <source>They have not signed in to this portfolio yet, so they have no key to give door access to.</source>
        <translation>Ce gestionnaire ne s&apos;est pas encore connecté à ce portefeuille et n&apos;a donc aucune clé à laquelle donner l&apos;accès aux portes.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>%1 now holds the door secrets of 1 property, and can commission and sync its doors.</source>
        <translation>%1 détient désormais les secrets de porte d&apos;un immeuble et peut mettre en service et synchroniser ses portes.</translation>
    </message>
    <message numerus="yes">
        <source>%1 now holds the door secrets of %n properties, and can commission and sync their doors.</source>
        <translation>
            <numerusform>%1 détient désormais les secrets de porte de %n immeuble et peut mettre en service et synchroniser ses portes.</numerusform>
            <numerusform>%1 détient désormais les secrets de porte de %n immeubles et peut mettre en service et synchroniser leurs portes.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1&apos;s copies of the door secrets of %2 were withdrawn and its doorcode secret and signing key replaced.</source>
        <translation>Les copies des secrets de porte de %2 détenues par %1 ont été retirées, et son secret des codes et sa clé de signature remplacés.</translation>
    </message>
    <message>
        <source>%1&apos;s copies of the door secrets of %2 were withdrawn and its doorcode secret and signing key replaced. Until they are synced, these doors still accept the old ones: %3.</source>
        <translation>Les copies des secrets de porte de %2 détenues par %1 ont été retirées, et son secret des codes et sa clé de signature remplacés. Tant qu&apos;elles ne sont pas synchronisées, ces portes acceptent encore les anciens&#xa0;: %3.</translation>
    </message>
    <message>
        <source>Their copies of the door secrets are withdrawn, and the doorcode secret and signing key of each of their properties are replaced: those doors need a sync to learn the new ones, and phones enrolled there need a new certificate.</source>
        <translation>Ses copies des secrets de porte sont retirées, et le secret des codes et la clé de signature de chacun de ses immeubles sont remplacés&#xa0;: ces portes doivent être synchronisées pour connaître les nouveaux, et les téléphones qui y sont enregistrés ont besoin d&apos;un nouveau certificat.</translation>
    </message>
    <message>
        <source>%1&apos;s copies of the door secrets of %2 were withdrawn. The signing key on record was not the one you hold, so it and the doorcode secret were reset: reset these doors on site and commission them again: %3.</source>
        <translation>Les copies des secrets de porte de %2 détenues par %1 ont été retirées. La clé de signature enregistrée n&apos;était pas celle que vous détenez&#xa0;; la clé et le secret des codes ont donc été réinitialisés&#xa0;: réinitialisez ces portes sur place et remettez-les en service&#xa0;: %3.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
</context>
<context>
    <name>porter::ui::MinuteSpinBox</name>
    <message>
        <source>Until this time (24:00 is the end of the day). Type it as 17:30, or step by half hours with the arrow keys.</source>
        <translation>Jusqu&apos;à cette heure (24:00 correspond à la fin de la journée). Saisissez-la sous la forme 17:30, ou avancez par demi-heures avec les touches fléchées.</translation>
    </message>
    <message>
        <source>From this time. Type it as 08:15, or step by half hours with the arrow keys.</source>
        <translation>À partir de cette heure. Saisissez-la sous la forme 08:15, ou avancez par demi-heures avec les touches fléchées.</translation>
    </message>
</context>
<context>
    <name>porter::ui::OutboxPage</name>
    <message>
        <source>Outbox</source>
        <translation>Boîte d&apos;envoi</translation>
    </message>
    <message>
        <source>Name or email</source>
        <translation>Nom ou e-mail</translation>
    </message>
    <message>
        <source>Filter by person</source>
        <translation>Filtrer par personne</translation>
    </message>
    <message>
        <source>Pe&amp;rson:</source>
        <translation>&amp;Personne&#xa0;:</translation>
    </message>
    <message>
        <source>1 email</source>
        <translation>1 e-mail</translation>
    </message>
    <message numerus="yes">
        <source>%n emails</source>
        <translation>
            <numerusform>%n e-mail</numerusform>
            <numerusform>%n e-mails</numerusform>
        </translation>
    </message>
    <message>
        <source>Re&amp;try</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <source>Send &amp;Now</source>
        <translation>Envoyer &amp;maintenant</translation>
    </message>
    <message>
        <source>Filter by state</source>
        <translation>Filtrer par état</translation>
    </message>
    <message>
        <source>Any state</source>
        <extracomment>Outbox state filter: no filter</extracomment>
        <translation>Tous les états</translation>
    </message>
    <message>
        <source>&amp;State:</source>
        <translation>É&amp;tat&#xa0;:</translation>
    </message>
    <message>
        <source>Send the queued emails now instead of at the next minute</source>
        <translation>Envoyer maintenant les e-mails en file d&apos;attente au lieu d&apos;attendre la minute suivante</translation>
    </message>
    <message>
        <source>Emails</source>
        <translation>E-mails</translation>
    </message>
    <message>
        <source>Email details</source>
        <translation>Détails de l&apos;e-mail</translation>
    </message>
    <message>
        <source>Select an email to see its details.</source>
        <translation>Sélectionnez un e-mail pour voir ses détails.</translation>
    </message>
    <message>
        <source>The emails Porter has written for %1 — welcome emails and daily doorcodes — and whether they have been sent. Porter sends them while it is open.</source>
        <translation>Les e-mails que Porter a rédigés pour %1 — e-mails de bienvenue et codes de porte quotidiens — et s&apos;ils ont été envoyés. Porter les envoie tant qu&apos;il est ouvert.</translation>
    </message>
    <message>
        <source>Put the selected failed email back in the queue, to be sent again</source>
        <translation>Remettre l&apos;e-mail en échec sélectionné dans la file d&apos;attente, pour qu&apos;il soit renvoyé</translation>
    </message>
    <message>
        <source>To: %1</source>
        <translation>Destinataire&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Objet&#xa0;: %1</translation>
    </message>
    <message>
        <source>Kind: %1</source>
        <translation>Type&#xa0;: %1</translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>État&#xa0;: %1</translation>
    </message>
    <message>
        <source>Attempts: %1</source>
        <translation>Tentatives&#xa0;: %1</translation>
    </message>
    <message>
        <source>The server&apos;s reason: %1</source>
        <translation>Motif donné par le serveur&#xa0;: %1</translation>
    </message>
    <message>
        <source>Porter will not try again by itself. Correct the address (Edit Details) or the mail server (File ▸ Settings ▸ Email), then choose Retry.</source>
        <translation>Porter ne réessaiera pas de lui-même. Corrigez l&apos;adresse (Modifier les coordonnées) ou le serveur de messagerie (Fichier ▸ Paramètres ▸ E-mail), puis choisissez Réessayer.</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>The email to %1 was not put back in the queue.</source>
        <translation>L&apos;e-mail à %1 n&apos;a pas été remis dans la file d&apos;attente.</translation>
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
    <message>
        <source>Invite someone to this property and give them keys (%1)</source>
        <translation>Inviter quelqu&apos;un dans cet immeuble et lui donner des clés (%1)</translation>
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
        <extracomment>Person panel, Activity: an action and its result, e.g. &quot;Door used: Refused&quot;</extracomment>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Destinataire</translation>
    </message>
    <message>
        <source>&amp;Add Key…</source>
        <translation>&amp;Ajouter une clé…</translation>
    </message>
    <message>
        <source>Change E&amp;xpiration…</source>
        <translation>Modifier l&apos;e&amp;xpiration…</translation>
    </message>
    <message>
        <source>Re&amp;move Key…</source>
        <translation>&amp;Retirer la clé…</translation>
    </message>
    <message>
        <source>Edit De&amp;tails…</source>
        <translation>Modifier les &amp;coordonnées…</translation>
    </message>
    <message>
        <source>Resend &amp;Welcome Email</source>
        <translation>Renvoyer l&apos;e-mail de &amp;bienvenue</translation>
    </message>
    <message>
        <source>&amp;End Guest Pass…</source>
        <translation>&amp;Mettre fin à l&apos;accès invité…</translation>
    </message>
    <message>
        <source>Keys of this person</source>
        <translation>Clés de cette personne</translation>
    </message>
    <message>
        <source>Guest passes this person gave</source>
        <translation>Accès invités accordés par cette personne</translation>
    </message>
    <message>
        <source>Activity of this person</source>
        <translation>Activité de cette personne</translation>
    </message>
    <message>
        <source>Emails to this person</source>
        <translation>E-mails à cette personne</translation>
    </message>
    <message>
        <source>Emails</source>
        <translation>E-mails</translation>
    </message>
    <message>
        <source>No guest passes.</source>
        <translation>Aucun accès invité.</translation>
    </message>
    <message>
        <source>No keys yet. Add a key to give access.</source>
        <translation>Aucune clé pour l&apos;instant. Ajoutez une clé pour donner l&apos;accès.</translation>
    </message>
    <message>
        <source>Access revoked. Give access again to add keys; they stay listed under “Show expired users” until then.</source>
        <translation>Accès révoqué. Redonnez l&apos;accès pour ajouter des clés&#xa0;; d&apos;ici là, cette personne reste visible sous «&#xa0;Afficher les utilisateurs expirés&#xa0;».</translation>
    </message>
    <message>
        <source>No current keys. Add a key to give access again.</source>
        <translation>Aucune clé en cours. Ajoutez une clé pour redonner l&apos;accès.</translation>
    </message>
    <message>
        <source>Emails (%1)</source>
        <translation>E-mails (%1)</translation>
    </message>
    <message>
        <source>%1 was deleted.</source>
        <translation>La personne %1 a été supprimée.</translation>
    </message>
    <message>
        <source>&amp;Give Access Again…</source>
        <translation>Re&amp;donner l&apos;accès…</translation>
    </message>
    <message>
        <source>Guests hold the passes their host shares. Invite them to give them keys.</source>
        <translation>Les invités détiennent les accès que leur hôte partage. Invitez-les pour leur donner des clés.</translation>
    </message>
    <message>
        <source>Add keys to %1 again; their access was revoked.</source>
        <translation>Ajouter de nouveau des clés à %1&#xa0;; son accès a été révoqué.</translation>
    </message>
    <message>
        <source>Add a key to %1, with its own start and expiration.</source>
        <translation>Ajouter une clé à %1, avec son propre début et sa propre expiration.</translation>
    </message>
    <message>
        <source>Select a key first.</source>
        <translation>Sélectionnez d&apos;abord une clé.</translation>
    </message>
    <message>
        <source>This key has ended. Add the key again instead.</source>
        <translation>Cette clé a pris fin. Ajoutez plutôt la clé de nouveau.</translation>
    </message>
    <message>
        <source>Change when this key stops opening its doors (double-click the key).</source>
        <translation>Modifier le moment où cette clé cesse d&apos;ouvrir ses portes (double-cliquez sur la clé).</translation>
    </message>
    <message>
        <source>Take this key away; the person keeps their other keys.</source>
        <translation>Retirer cette clé&#xa0;; la personne conserve ses autres clés.</translation>
    </message>
    <message>
        <source>Change the contact details, Resident and May share.</source>
        <translation>Modifier les coordonnées, Résident et Peut partager.</translation>
    </message>
    <message>
        <source>Guests get no welcome email; their host shares the pass with them.</source>
        <translation>Les invités ne reçoivent pas d&apos;e-mail de bienvenue&#xa0;; leur hôte partage l&apos;accès avec eux.</translation>
    </message>
    <message>
        <source>%1 holds no current key. Add a key first.</source>
        <translation>%1 ne détient aucune clé en cours. Ajoutez d&apos;abord une clé.</translation>
    </message>
    <message>
        <source>Queue a new welcome email to %1.</source>
        <translation>Mettre en file d&apos;attente un nouvel e-mail de bienvenue pour %1.</translation>
    </message>
    <message>
        <source>Select a guest pass first.</source>
        <translation>Sélectionnez d&apos;abord un accès invité.</translation>
    </message>
    <message>
        <source>This guest pass has already ended.</source>
        <translation>Cet accès invité a déjà pris fin.</translation>
    </message>
    <message>
        <source>End this guest pass now; the guest keeps their other passes.</source>
        <translation>Mettre fin à cet accès invité maintenant&#xa0;; l&apos;invité conserve ses autres accès.</translation>
    </message>
    <message>
        <source>Sync these doors for the change to reach them: %1.</source>
        <translation>Synchronisez ces portes pour qu&apos;elles reçoivent la modification&#xa0;: %1.</translation>
    </message>
    <message>
        <source>%1 has access again: the key “%2” was added.</source>
        <translation>%1 a de nouveau accès&#xa0;: la clé «&#xa0;%2&#xa0;» a été ajoutée.</translation>
    </message>
    <message>
        <source>The key “%1” was added to %2.</source>
        <translation>La clé «&#xa0;%1&#xa0;» a été ajoutée à %2.</translation>
    </message>
    <message>
        <source>%1&apos;s key “%2” now expires: %3.</source>
        <translation>La clé «&#xa0;%2&#xa0;» de %1 expire désormais&#xa0;: %3.</translation>
    </message>
    <message>
        <source>no expiration</source>
        <translation>sans expiration</translation>
    </message>
    <message>
        <source>%1 (until %2)</source>
        <translation>%1 (jusqu&apos;au %2)</translation>
    </message>
    <message>
        <source>%1 will no longer open %2 with this key once the doors have been synced.</source>
        <translation>%1 ne pourra plus ouvrir %2 avec cette clé une fois les portes synchronisées.</translation>
    </message>
    <message>
        <source>its doors</source>
        <translation>ses portes</translation>
    </message>
    <message>
        <source>These guests lose their permanent pass on this key: %1.</source>
        <translation>Ces invités perdent leur accès permanent sur cette clé&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Timed guest passes on this key run to their end: %1.</source>
        <translation>Les accès invités limités dans le temps sur cette clé restent valables jusqu&apos;à leur fin&#xa0;: %1.</translation>
    </message>
    <message>
        <source>%1 keeps their other keys.</source>
        <translation>%1 conserve ses autres clés.</translation>
    </message>
    <message>
        <source>Afterwards, sync the affected offline doors: until then they still let %1 in.</source>
        <translation>Ensuite, synchronisez les portes hors ligne concernées&#xa0;: d&apos;ici là, elles laissent encore entrer %1.</translation>
    </message>
    <message>
        <source>Remove Key</source>
        <translation>Retirer la clé</translation>
    </message>
    <message>
        <source>Remove the key “%1” from %2?</source>
        <translation>Retirer la clé «&#xa0;%1&#xa0;» à %2&#xa0;?</translation>
    </message>
    <message>
        <source>The key “%1” was not removed.</source>
        <translation>La clé «&#xa0;%1&#xa0;» n&apos;a pas été retirée.</translation>
    </message>
    <message>
        <source>The key “%1” was removed from %2.</source>
        <translation>La clé «&#xa0;%1&#xa0;» a été retirée à %2.</translation>
    </message>
    <message>
        <source>Nothing to change for %1.</source>
        <translation>Rien à modifier pour %1.</translation>
    </message>
    <message>
        <source>The details of %1 were saved.</source>
        <translation>Les informations de %1 ont été enregistrées.</translation>
    </message>
    <message>
        <source>1 permanent guest pass ended.</source>
        <translation>1 accès invité permanent a pris fin.</translation>
    </message>
    <message numerus="yes">
        <source>%n permanent guest passes ended.</source>
        <translation>
            <numerusform>%n accès invité permanent a pris fin.</numerusform>
            <numerusform>%n accès invités permanents ont pris fin.</numerusform>
        </translation>
    </message>
    <message>
        <source>Resend the welcome email so they can sign in with the new address.</source>
        <translation>Renvoyez l&apos;e-mail de bienvenue pour que cette personne puisse se connecter avec la nouvelle adresse.</translation>
    </message>
    <message>
        <source>%1 will no longer open %2 with the key “%3” shared by %4, once the doors have been synced.</source>
        <translation>%1 ne pourra plus ouvrir %2 avec la clé «&#xa0;%3&#xa0;» partagée par %4, une fois les portes synchronisées.</translation>
    </message>
    <message>
        <source>Their other guest passes stay.</source>
        <translation>Ses autres accès invités sont conservés.</translation>
    </message>
    <message>
        <source>Afterwards, sync the affected offline doors.</source>
        <translation>Ensuite, synchronisez les portes hors ligne concernées.</translation>
    </message>
    <message>
        <source>End Guest Pass</source>
        <translation>Mettre fin à l&apos;accès invité</translation>
    </message>
    <message>
        <source>End the guest pass of %1?</source>
        <translation>Mettre fin à l&apos;accès invité de %1&#xa0;?</translation>
    </message>
    <message>
        <source>The guest pass of %1 was not ended.</source>
        <translation>L&apos;accès invité de %1 n&apos;a pas pris fin.</translation>
    </message>
    <message>
        <source>The guest pass of %1 for “%2” ended.</source>
        <translation>L&apos;accès invité de %1 pour «&#xa0;%2&#xa0;» a pris fin.</translation>
    </message>
    <message>
        <source>Resend Welcome Email</source>
        <translation>Renvoyer l&apos;e-mail de bienvenue</translation>
    </message>
    <message>
        <source>No welcome email was queued for %1.</source>
        <translation>Aucun e-mail de bienvenue n&apos;a été mis en file d&apos;attente pour %1.</translation>
    </message>
    <message>
        <source>A new welcome email to %1 &lt;%2&gt; is queued; see the Emails tab.</source>
        <translation>Un nouvel e-mail de bienvenue à %1 &lt;%2&gt; est en file d&apos;attente&#xa0;; voir l&apos;onglet E-mails.</translation>
    </message>
    <message>
        <source>E&amp;nroll Keycard…</source>
        <translation>&amp;Enregistrer une carte…</translation>
    </message>
    <message>
        <source>&amp;Deactivate Keycard</source>
        <translation>&amp;Désactiver la carte</translation>
    </message>
    <message>
        <source>Register a keycard&apos;s serial number for %1; it opens the doors of their keys once the doors are synced.</source>
        <translation>Enregistre le numéro de série d&apos;une carte d&apos;accès pour %1&#xa0;; elle ouvre les portes de ses clés une fois les portes synchronisées.</translation>
    </message>
    <message>
        <source>&amp;Activate Keycard</source>
        <translation>&amp;Activer la carte</translation>
    </message>
    <message>
        <source>Select a keycard first.</source>
        <translation>Sélectionnez d&apos;abord une carte d&apos;accès.</translation>
    </message>
    <message>
        <source>Let this keycard open doors again.</source>
        <translation>Permet à cette carte d&apos;ouvrir de nouveau les portes.</translation>
    </message>
    <message>
        <source>Stop this keycard opening doors, e.g. when it is lost.</source>
        <translation>Empêche cette carte d&apos;ouvrir les portes, par exemple si elle est perdue.</translation>
    </message>
    <message>
        <source>Enroll Keycard</source>
        <translation>Enregistrer une carte d&apos;accès</translation>
    </message>
    <message>
        <source>Hold the card to your reader, or type the serial number (UID) printed on it or shown by the card programmer. Keycard for %1.</source>
        <translation>Présentez la carte à votre lecteur, ou saisissez le numéro de série (UID) imprimé dessus ou affiché par le programmateur de cartes. Carte pour %1.</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>Numéro de série</translation>
    </message>
    <message>
        <source>&amp;Serial number:</source>
        <translation>Numéro de &amp;série&#xa0;:</translation>
    </message>
    <message>
        <source>A&amp;ctive at once</source>
        <translation>A&amp;ctive immédiatement</translation>
    </message>
    <message>
        <source>Enroll</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Keycard %1 is enrolled for %2 and opens their doors once they are synced.</source>
        <translation>La carte %1 est enregistrée pour %2 et ouvrira ses portes une fois celles-ci synchronisées.</translation>
    </message>
    <message>
        <source>Keycard %1 is enrolled for %2, inactive.</source>
        <translation>La carte %1 est enregistrée pour %2, inactive.</translation>
    </message>
    <message>
        <source>Deactivate Keycard</source>
        <translation>Désactiver la carte d&apos;accès</translation>
    </message>
    <message>
        <source>Deactivate keycard %1 of %2?</source>
        <translation>Désactiver la carte %1 de %2&#xa0;?</translation>
    </message>
    <message>
        <source>The card stops opening doors once the doors have been synced; the person keeps their keys, app access or doorcode. You can activate the card again.</source>
        <translation>La carte n&apos;ouvrira plus les portes une fois celles-ci synchronisées&#xa0;; la personne garde ses clés, son accès par l&apos;application ou son code de porte. Vous pouvez réactiver la carte.</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Désactiver</translation>
    </message>
    <message>
        <source>Keycard</source>
        <translation>Carte d&apos;accès</translation>
    </message>
    <message>
        <source>Keycard %1 was not changed.</source>
        <translation>La carte %1 n&apos;a pas été modifiée.</translation>
    </message>
    <message>
        <source>Keycard %1 of %2 is active again.</source>
        <translation>La carte %1 de %2 est de nouveau active.</translation>
    </message>
    <message>
        <source>Keycard %1 of %2 is deactivated.</source>
        <translation>La carte %1 de %2 est désactivée.</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créé</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Server&apos;s reason</source>
        <translation>Motif du serveur</translation>
    </message>
    <message>
        <source>End every key of this person and the guest access they gave. They stay in People and can be given keys again.</source>
        <translation>Mettre fin à toutes les clés de cette personne et aux accès invités qu&apos;elle a accordés. Elle reste dans la liste Personnes et pourra de nouveau recevoir des clés.</translation>
    </message>
    <message>
        <source>Remove this person from People: every key and guest pass they hold ends. Their past activity stays in Activity.</source>
        <translation>Retirer cette personne de la liste Personnes&#xa0;: toutes ses clés et tous ses accès invités prennent fin. Son activité passée reste dans Activité.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>porter::ui::ScheduleEditor</name>
    <message>
        <source>Al&amp;ways</source>
        <translation>&amp;Toujours</translation>
    </message>
    <message>
        <source>&amp;Weekdays 08:00–18:00</source>
        <translation>&amp;En semaine 08:00–18:00</translation>
    </message>
    <message>
        <source>Open every day, all day.</source>
        <translation>Ouvert tous les jours, toute la journée.</translation>
    </message>
    <message>
        <source>Monday to Friday from 08:00 to 18:00; closed on Saturday and Sunday.</source>
        <translation>Du lundi au vendredi de 08:00 à 18:00&#xa0;; fermé le samedi et le dimanche.</translation>
    </message>
    <message>
        <source>Presets:</source>
        <translation>Préréglages&#xa0;:</translation>
    </message>
    <message>
        <source>All day</source>
        <translation>Toute la journée</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Fermé</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Heures</translation>
    </message>
    <message>
        <source>%1: when the key opens</source>
        <extracomment>Accessible name of a weekday&apos;s schedule choice, e.g. &quot;Monday: when the key opens&quot;</extracomment>
        <translation>%1&#xa0;: heures d&apos;ouverture de la clé</translation>
    </message>
    <message>
        <source>Add hours</source>
        <translation>Ajouter des heures</translation>
    </message>
    <message>
        <source>Add opening hours on %1</source>
        <extracomment>Tooltip of the button that adds a period on one weekday, e.g. &quot;Add opening hours on Monday&quot;</extracomment>
        <translation>Ajouter des heures d&apos;ouverture le %1</translation>
    </message>
    <message>
        <source>%1, hours %2: from</source>
        <extracomment>Accessible names of a period&apos;s times, e.g. &quot;Monday, hours 1: from&quot;</extracomment>
        <translation>%1, plage %2&#xa0;: de</translation>
    </message>
    <message>
        <source>%1, hours %2: until</source>
        <translation>%1, plage %2&#xa0;: à</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>Remove these hours</source>
        <translation>Supprimer ces heures</translation>
    </message>
    <message>
        <source>Remove hours %1 on %2</source>
        <translation>Supprimer la plage %1 le %2</translation>
    </message>
    <message>
        <source>Opens: %1</source>
        <extracomment>Under the schedule editor: what the key&apos;s schedule is, e.g. &quot;Opens: Mon–Fri 08:00–18:00&quot;</extracomment>
        <translation>Ouvre&#xa0;: %1</translation>
    </message>
    <message>
        <source>On %1, the hours %2–%3 end before they start. For hours past midnight, end the day at 24:00 and start the next day at 00:00.</source>
        <extracomment>%1 a weekday, %2–%3 the hours, e.g. &quot;On Monday, the hours 18:00–08:00 end...&quot;</extracomment>
        <translation>Le %1, la plage %2–%3 se termine avant de commencer. Pour des heures après minuit, terminez la journée à 24:00 et commencez le jour suivant à 00:00.</translation>
    </message>
    <message>
        <source>The key would open on no day. Choose the days and hours it opens, or Always.</source>
        <translation>La clé n&apos;ouvrirait aucun jour. Choisissez les jours et les heures d&apos;ouverture, ou Toujours.</translation>
    </message>
</context>
<context>
    <name>porter::ui::ServerConnectDialog</name>
    <message>
        <source>Open this portfolio when Porter starts</source>
        <translation>Ouvrir ce portefeuille au démarrage de Porter</translation>
    </message>
    <message>
        <source>Open Shared Portfolio</source>
        <translation>Ouvrir un portefeuille partagé</translation>
    </message>
    <message>
        <source>db.example.com</source>
        <translation>db.example.com</translation>
    </message>
    <message>
        <source>harbor</source>
        <translation>harbor</translation>
    </message>
    <message>
        <source>your login, e.g. ana</source>
        <translation>votre identifiant, p. ex. ana</translation>
    </message>
    <message>
        <source>Encrypted when the server offers it (default)</source>
        <translation>Chiffrée si le serveur le propose (par défaut)</translation>
    </message>
    <message>
        <source>Always encrypted</source>
        <translation>Toujours chiffrée</translation>
    </message>
    <message>
        <source>Always encrypted, server&apos;s certificate and name verified</source>
        <translation>Toujours chiffrée, certificat et nom du serveur vérifiés</translation>
    </message>
    <message>
        <source>Not encrypted (this computer or a trusted network only)</source>
        <translation>Non chiffrée (cet ordinateur ou un réseau de confiance seulement)</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Serveur :</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort :</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Base de données :</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Identifiant :</translation>
    </message>
    <message>
        <source>&amp;Connection:</source>
        <translation>&amp;Connexion :</translation>
    </message>
    <message>
        <source>Your Portfolio Manager gives you these, with your login&apos;s password. Porter asks for the password when the server wants it, and keeps it in memory only.</source>
        <translation>Votre gestionnaire de portefeuille vous les donne, avec le mot de passe de votre identifiant. Porter demande le mot de passe quand le serveur le veut et ne le garde qu’en mémoire.</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>Open a shared portfolio</source>
        <translation>Ouvrir un portefeuille partagé</translation>
    </message>
    <message>
        <source>A portfolio several managers share, on a PostgreSQL server</source>
        <translation>Un portefeuille que plusieurs gestionnaires partagent, sur un serveur PostgreSQL</translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation>Adresse : %1</translation>
    </message>
</context>
<context>
    <name>porter::ui::ServerSignInDialog</name>
    <message>
        <source>Sign in to the portfolio server</source>
        <translation>Connexion au serveur du portefeuille</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Portfolio server: %1</source>
        <translation>Serveur du portefeuille : %1</translation>
    </message>
    <message>
        <source>Login:</source>
        <translation>Identifiant :</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <source>Sign In</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>Your own login to the server, from your Portfolio Manager. Porter keeps the password in memory only, to connect again while it is open.</source>
        <translation>Votre propre identifiant du serveur, donné par votre gestionnaire de portefeuille. Porter garde le mot de passe en mémoire seulement, pour se reconnecter tant qu&apos;il est ouvert.</translation>
    </message>
</context>
<context>
    <name>porter::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation>Par défaut du système (%1)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>When you choose OK, Porter reopens its window in the new language. You stay signed in.</source>
        <translation>Lorsque vous choisissez OK, Porter rouvre sa fenêtre dans la nouvelle langue. Vous restez connecté.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>Year-month-day (2027-06-30)</source>
        <translation>Année-mois-jour (2027-06-30)</translation>
    </message>
    <message>
        <source>Short, as in the language</source>
        <translation>Court, selon la langue</translation>
    </message>
    <message>
        <source>Long, as in the language</source>
        <translation>Long, selon la langue</translation>
    </message>
    <message>
        <source>Date format</source>
        <translation>Format de date</translation>
    </message>
    <message>
        <source>As in the language</source>
        <translation>Selon la langue</translation>
    </message>
    <message>
        <source>24-hour (23:59)</source>
        <translation>24 heures (23:59)</translation>
    </message>
    <message>
        <source>12-hour (11:59 PM)</source>
        <translation>12 heures (11:59 PM)</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>Horloge</translation>
    </message>
    <message>
        <source>Dates and times</source>
        <translation>Dates et heures</translation>
    </message>
    <message>
        <source>&amp;Dates:</source>
        <translation>&amp;Dates&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Times:</source>
        <translation>&amp;Heures&#xa0;:</translation>
    </message>
    <message>
        <source>Example:</source>
        <translation>Exemple&#xa0;:</translation>
    </message>
    <message>
        <source>Times are always those of the property&apos;s time zone, followed by its abbreviation. Dates you type in forms stay year-month-day.</source>
        <translation>Les heures sont toujours celles du fuseau horaire de l&apos;immeuble, suivies de son abréviation. Les dates saisies dans les formulaires restent au format année-mois-jour.</translation>
    </message>
    <message>
        <source>No expiration</source>
        <translation>Sans expiration</translation>
    </message>
    <message>
        <source>6 months after the invitation</source>
        <translation>6 mois après l&apos;invitation</translation>
    </message>
    <message>
        <source>1 year after the invitation</source>
        <translation>1 an après l&apos;invitation</translation>
    </message>
    <message>
        <source>On a fixed date</source>
        <translation>À une date fixe</translation>
    </message>
    <message>
        <source>Default expiration</source>
        <translation>Expiration par défaut</translation>
    </message>
    <message>
        <source>Fixed expiration date</source>
        <translation>Date d&apos;expiration fixe</translation>
    </message>
    <message>
        <source>New invitations</source>
        <translation>Nouvelles invitations</translation>
    </message>
    <message>
        <source>Default &amp;expiration:</source>
        <translation>&amp;Expiration par défaut&#xa0;:</translation>
    </message>
    <message>
        <source>The Invite dialog starts with this expiration; you can still change it for each person. Access ends at the end of that day.</source>
        <translation>La boîte de dialogue Inviter commence avec cette expiration&#xa0;; vous pouvez toujours la modifier pour chaque personne. L&apos;accès prend fin à la fin de ce jour.</translation>
    </message>
    <message>
        <source>Database in use</source>
        <translation>Base de données utilisée</translation>
    </message>
    <message>
        <source>Open &amp;Folder</source>
        <translation>Ouvrir le d&amp;ossier</translation>
    </message>
    <message>
        <source>Show the folder that holds this database in the file manager</source>
        <translation>Afficher le dossier contenant cette base de données dans le gestionnaire de fichiers</translation>
    </message>
    <message>
        <source>Database opened when Porter starts</source>
        <translation>Base de données ouverte au démarrage de Porter</translation>
    </message>
    <message>
        <source>Empty: the default, %1</source>
        <translation>Vide&#xa0;: la valeur par défaut, %1</translation>
    </message>
    <message>
        <source>The default: %1</source>
        <translation>Par défaut&#xa0;: %1</translation>
    </message>
    <message>
        <source>The default</source>
        <translation>Par défaut</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Choisir…</translation>
    </message>
    <message>
        <source>Use De&amp;fault</source>
        <translation>Utiliser la valeur par dé&amp;faut</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Données</translation>
    </message>
    <message>
        <source>Database in &amp;use:</source>
        <translation>Base de données &amp;utilisée&#xa0;:</translation>
    </message>
    <message>
        <source>Open at &amp;start:</source>
        <translation>Ouvrir au dé&amp;marrage&#xa0;:</translation>
    </message>
    <message>
        <source>Everything Porter knows (people, keys, doors, activity) is in this one file: include it in your backups. To switch now, use File ▸ Open Database…</source>
        <translation>Tout ce que Porter sait (personnes, clés, portes, activité) se trouve dans ce seul fichier&#xa0;: incluez-le dans vos sauvegardes. Pour en changer maintenant, utilisez Fichier ▸ Ouvrir une base de données…</translation>
    </message>
    <message>
        <source>Database to Open at Start</source>
        <translation>Base de données à ouvrir au démarrage</translation>
    </message>
    <message>
        <source>Porter databases (*.sqlite *.db);;All files (*)</source>
        <translation>Bases de données Porter (*.sqlite *.db);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;Général</translation>
    </message>
    <message>
        <source>E&amp;mail</source>
        <translation>E-&amp;mail</translation>
    </message>
    <message>
        <source>Se&amp;curity</source>
        <translation>Sécu&amp;rité</translation>
    </message>
    <message>
        <source>Your key on this computer</source>
        <translation>Votre clé sur cet ordinateur</translation>
    </message>
    <message>
        <source>Not available</source>
        <translation>Non disponible</translation>
    </message>
    <message>
        <source>The door secrets of this portfolio are given to this key, which never leaves this computer. When a manager gives you door access, they ask you for it: read it out to them yourself (not by email or chat), so they know the key is yours.</source>
        <translation>Les secrets de porte de ce portefeuille sont donnés à cette clé, qui ne quitte jamais cet ordinateur. Quand un gestionnaire vous donne l&apos;accès aux portes, il vous la demande&#xa0;: lisez-la-lui vous-même à voix haute (pas par e-mail ni par messagerie instantanée), pour qu&apos;il sache que la clé est bien la vôtre.</translation>
    </message>
    <message>
        <source>Another computer&apos;s key is registered for you</source>
        <translation>La clé d&apos;un autre ordinateur est enregistrée pour vous</translation>
    </message>
    <message>
        <source>The door secrets were given to %1, the key of another computer of yours. To commission and sync doors from this computer, register this computer&apos;s key; the copies given to the old key are dropped, and a manager who holds the secrets gives them to you again.</source>
        <translation>Les secrets de porte ont été donnés à %1, la clé d&apos;un autre de vos ordinateurs. Pour mettre en service et synchroniser des portes depuis cet ordinateur, enregistrez la clé de cet ordinateur&#xa0;; les copies données à l&apos;ancienne clé sont supprimées, et un gestionnaire qui détient les secrets vous les redonne.</translation>
    </message>
    <message>
        <source>&amp;Register This Computer&apos;s Key</source>
        <translation>Enreg&amp;istrer la clé de cet ordinateur</translation>
    </message>
    <message>
        <source>This computer&apos;s key is now registered for you. Ask a manager who holds the door secrets to give you door access again. If nobody else holds them, a Portfolio Manager resets the property&apos;s signing key (porterctl property reset-signing-key), and every door is commissioned again.</source>
        <translation>La clé de cet ordinateur est désormais enregistrée pour vous. Demandez à un gestionnaire qui détient les secrets de porte de vous redonner l&apos;accès aux portes. Si personne d&apos;autre ne les détient, un gestionnaire de portefeuille réinitialise la clé de signature de l&apos;immeuble (porterctl property reset-signing-key), et chaque porte est remise en service.</translation>
    </message>
</context>
<context>
    <name>porter::ui::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Action</source>
        <extracomment>Column of the Keyboard Shortcuts list: the menu or the page the action belongs to</extracomment>
        <translation>Action</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Raccourci</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>%1 page</source>
        <extracomment>Keyboard Shortcuts, the Menu column of a page&apos;s own action: &quot;Keys page&quot;</extracomment>
        <translation>Page %1</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Emplacement</translation>
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
        <source>Invited: access starts later. Active: can open doors now. Expired: every key has passed its expiration. Revoked: all keys were revoked; can be given keys again. No access: holds no key (every key was removed); can be given keys again.</source>
        <translation>En attente&#xa0;: l&apos;accès commence plus tard. Actif&#xa0;: peut ouvrir les portes maintenant. Expiré&#xa0;: toutes les clés ont dépassé leur expiration. Révoqué&#xa0;: toutes les clés ont été révoquées&#xa0;; peut recevoir de nouveau des clés. Sans accès&#xa0;: ne détient aucune clé (toutes les clés ont été retirées)&#xa0;; peut recevoir de nouveau des clés.</translation>
    </message>
</context>
<context>
    <name>porter::ui::SyncTasksDialog</name>
    <message>
        <source>Door Sync Tasks — %1</source>
        <translation>Tâches de synchronisation des portes — %1</translation>
    </message>
    <message>
        <source>Door sync tasks</source>
        <translation>Tâches de synchronisation des portes</translation>
    </message>
    <message>
        <source>Offline doors learn about new, changed and ended access only when someone syncs them. Take the laptop to each door below and sync it on the Doors page; doors due today must be synced before the end of the day.</source>
        <translation>Les portes hors ligne ne prennent connaissance des accès nouveaux, modifiés ou terminés que lorsque quelqu&apos;un les synchronise. Apportez l&apos;ordinateur portable à chaque porte ci-dessous et synchronisez-la dans la page Portes&#xa0;; les portes à faire aujourd&apos;hui doivent être synchronisées avant la fin de la journée.</translation>
    </message>
    <message>
        <source>All doors are in sync.</source>
        <translation>Toutes les portes sont synchronisées.</translation>
    </message>
    <message>
        <source>%1, %2, %3.</source>
        <extracomment>%1 is &quot;N doors need a sync&quot;, %2 &quot;N due today&quot;, %3 &quot;N pending changes&quot;</extracomment>
        <translation>%1, %2, %3.</translation>
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
        <source>%n due today</source>
        <translation>
            <numerusform>%n à faire aujourd&apos;hui</numerusform>
            <numerusform>%n à faire aujourd&apos;hui</numerusform>
        </translation>
    </message>
    <message>
        <source>1 pending change</source>
        <translation>1 modification en attente</translation>
    </message>
    <message numerus="yes">
        <source>%n pending changes</source>
        <translation>
            <numerusform>%n modification en attente</numerusform>
            <numerusform>%n modifications en attente</numerusform>
        </translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>À faire aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Open &amp;Doors Page</source>
        <translation>Ouvrir la page &amp;Portes</translation>
    </message>
    <message>
        <source>Go to the Doors page, where each door is synced</source>
        <translation>Aller à la page Portes, où chaque porte est synchronisée</translation>
    </message>
</context>
<context>
    <name>porter::ui::UserGuideWindow</name>
    <message>
        <source>Porter User Guide</source>
        <translation>Guide de l&apos;utilisateur de Porter</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Guide de l&apos;utilisateur</translation>
    </message>
</context>
<context>
    <name>porterctl</name>
    <message>
        <source>unknown (old: sync this door)</source>
        <translation>inconnue (ancienne&#xa0;: synchronisez cette porte)</translation>
    </message>
    <message>
        <source>epoch %1 (old: sync this door)</source>
        <translation>époque %1 (ancienne&#xa0;: synchronisez cette porte)</translation>
    </message>
    <message>
        <source>epoch %1 (current)</source>
        <translation>époque %1 (actuelle)</translation>
    </message>
    <message>
        <source>--date needs YYYY-MM-DD, not &quot;%1&quot;.</source>
        <translation>--date a besoin de AAAA-MM-JJ, pas de «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>not due today</source>
        <translation>rien de dû aujourd&apos;hui</translation>
    </message>
    <message>
        <source>access starts or ends that day</source>
        <translation>un accès commence ou se termine ce jour-là</translation>
    </message>
    <message>
        <source>due since %1</source>
        <translation>due depuis le %1</translation>
    </message>
    <message>
        <source>Door %1 &quot;%2&quot; (%3): %4 pending changes since version %5; %6.</source>
        <translation>Porte %1 «&#xa0;%2&#xa0;» (%3)&#xa0;: %4 modifications en attente depuis la version %5&#xa0;; %6.</translation>
    </message>
    <message>
        <source>--type must be building-entrance, residence, service or communal.</source>
        <translation>--type doit valoir building-entrance, residence, service ou communal.</translation>
    </message>
    <message>
        <source>Added door %1 &quot;%2&quot; (%3, %4).</source>
        <translation>Porte %1 «&#xa0;%2&#xa0;» ajoutée (%3, %4).</translation>
    </message>
    <message>
        <source>Add a door (Device Management).</source>
        <translation>Ajouter une porte (gestion des appareils).</translation>
    </message>
    <message>
        <source>Adds a door. Doors are offline unless --online: offline doors need a sync after every change to who may open them.</source>
        <translation>Ajoute une porte. Les portes sont hors ligne sauf avec --online&#xa0;: une porte hors ligne doit être synchronisée après chaque changement de qui peut l&apos;ouvrir.</translation>
    </message>
    <message>
        <source>Property.</source>
        <translation>Immeuble.</translation>
    </message>
    <message>
        <source>Door name.</source>
        <translation>Nom de la porte.</translation>
    </message>
    <message>
        <source>building-entrance, residence, service or communal.</source>
        <translation>building-entrance, residence, service ou communal.</translation>
    </message>
    <message>
        <source>The door is internet-connected.</source>
        <translation>La porte est connectée à internet.</translation>
    </message>
    <message>
        <source>List a property&apos;s doors.</source>
        <translation>Lister les portes d&apos;un immeuble.</translation>
    </message>
    <message>
        <source>Lists the doors of a property with the access-list version each last acknowledged and the doorcode secret epoch each holds (&quot;old&quot;: codes of a rotated-out secret still open it until it is synced).</source>
        <translation>Liste les portes d&apos;un immeuble avec la dernière version de liste d&apos;accès confirmée par chacune et l&apos;époque du secret de codes de porte qu&apos;elle détient (&quot;old&quot;&#xa0;: les codes d&apos;un secret remplacé l&apos;ouvrent encore jusqu&apos;à sa synchronisation).</translation>
    </message>
    <message>
        <source>Show a door&apos;s changes not yet synced.</source>
        <translation>Afficher les modifications d&apos;une porte pas encore synchronisées.</translation>
    </message>
    <message>
        <source>Lists the changes recorded for the door since the version it last acknowledged, oldest first. --date is the local day used for the &quot;due&quot; flags (default today).</source>
        <translation>Liste les modifications enregistrées pour la porte depuis la dernière version qu&apos;elle a confirmée, de la plus ancienne à la plus récente. --date est le jour local utilisé pour les indicateurs &quot;due&quot; (par défaut aujourd&apos;hui).</translation>
    </message>
    <message>
        <source>Local day (default today).</source>
        <translation>Jour local (par défaut aujourd&apos;hui).</translation>
    </message>
    <message>
        <source>--tcp needs HOST:PORT, e.g. 127.0.0.1:40123, not &quot;%1&quot;.</source>
        <translation>--tcp a besoin de HOST:PORT, par ex. 127.0.0.1:40123, pas de «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>--payload needs a number from %1 to %2 (the same as porter-door serve&apos;s).</source>
        <translation>--payload a besoin d&apos;un nombre de %1 à %2 (le même que celui de porter-door serve).</translation>
    </message>
    <message>
        <source>porterctl: warning: door %1 ‘%2’ is already commissioned. Commissioning it again replaces the identity Porter holds: do this only for a door that was reset or replaced on site.
</source>
        <translation>porterctl&#xa0;: avertissement&#xa0;: la porte %1 «&#xa0;%2&#xa0;» est déjà mise en service. La remettre en service remplace l&apos;identité que Porter détient&#xa0;: ne le faites que pour une porte réinitialisée ou remplacée sur place.
</translation>
    </message>
    <message>
        <source>Replace the identity of door ‘%1’?</source>
        <translation>Remplacer l&apos;identité de la porte «&#xa0;%1&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <source>porterctl: pairing code %1 accepted without checking (--yes)
</source>
        <translation>porterctl&#xa0;: code d&apos;appairage %1 accepté sans vérification (--yes)
</translation>
    </message>
    <message>
        <source>Does the door show %1?</source>
        <translation>La porte affiche-t-elle %1&#xa0;?</translation>
    </message>
    <message>
        <source>Commissioned door %1 ‘%2’ over %3 (pairing code %4).</source>
        <translation>Porte %1 «&#xa0;%2&#xa0;» mise en service via %3 (code d&apos;appairage %4).</translation>
    </message>
    <message>
        <source>It holds no access yet: run porterctl door sync %1 --tcp %2.</source>
        <translation>Elle ne contient encore aucun accès&#xa0;: exécutez porterctl door sync %1 --tcp %2.</translation>
    </message>
    <message>
        <source>The door in %1 is in use (porter-door serve?): stop it, or commission over the link with --tcp.</source>
        <translation>La porte dans %1 est utilisée (porter-door serve&#xa0;?)&#xa0;: arrêtez-le, ou mettez-la en service par la liaison avec --tcp.</translation>
    </message>
    <message>
        <source>The door state in %1 is damaged or was tampered with, so the door refuses everything: reset it with porter-door reset --state %1.</source>
        <translation>L&apos;état de la porte dans %1 est endommagé ou a été altéré, donc la porte refuse tout&#xa0;: réinitialisez-le avec porter-door reset --state %1.</translation>
    </message>
    <message>
        <source>The door in %1 is not in install mode: press its install button (porter-door install --state %1), then try again within 10 minutes.</source>
        <translation>La porte dans %1 n&apos;est pas en mode installation&#xa0;: appuyez sur son bouton d&apos;installation (porter-door install --state %1), puis réessayez dans les 10 minutes.</translation>
    </message>
    <message>
        <source>Commissioned door %1 ‘%2’ in %3.</source>
        <translation>Porte %1 «&#xa0;%2&#xa0;» mise en service dans %3.</translation>
    </message>
    <message>
        <source>It holds no access yet: serve it with porter-door serve and run porterctl door sync %1 --tcp HOST:PORT.</source>
        <translation>Elle ne contient encore aucun accès&#xa0;: servez-la avec porter-door serve et exécutez porterctl door sync %1 --tcp HOST:PORT.</translation>
    </message>
    <message>
        <source>Door %1 ‘%2’ keeps the identity Porter holds; nothing was changed.</source>
        <translation>La porte %1 «&#xa0;%2&#xa0;» garde l&apos;identité que Porter détient&#xa0;; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Commission a door in install mode (Device Management).</source>
        <translation>Mettre en service une porte en mode installation (gestion des appareils).</translation>
    </message>
    <message>
        <source>porter-door serve address.</source>
        <translation>Adresse de porter-door serve.</translation>
    </message>
    <message>
        <source>Link payload per write (default 244, as porter-door serve).</source>
        <translation>Charge utile de la liaison par écriture (par défaut 244, comme porter-door serve).</translation>
    </message>
    <message>
        <source>Accept the pairing code without asking.</source>
        <translation>Accepter le code d&apos;appairage sans demander.</translation>
    </message>
    <message>
        <source>Replace the identity Porter holds for a door that was reset or replaced.</source>
        <translation>Remplacer l&apos;identité que Porter détient pour une porte réinitialisée ou remplacée.</translation>
    </message>
    <message>
        <source>A porter-door state directory.</source>
        <translation>Un répertoire d&apos;état porter-door.</translation>
    </message>
    <message>
        <source>Synced door %1 ‘%2’ over %3.</source>
        <translation>Porte %1 «&#xa0;%2&#xa0;» synchronisée via %3.</translation>
    </message>
    <message>
        <source>Version %1: already up to date.</source>
        <translation>Version %1&#xa0;: déjà à jour.</translation>
    </message>
    <message>
        <source>Version %1 -&gt; %2: %3 update, %4 bytes%5.</source>
        <translation>Version %1 -&gt; %2&#xa0;: mise à jour %3, %4 octets%5.</translation>
    </message>
    <message>
        <source> (resumed from byte %1)</source>
        <translation> (reprise à partir de l&apos;octet %1)</translation>
    </message>
    <message>
        <source>Activity imported: %1.</source>
        <translation>Activité importée&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Alarms: %1 from the door, %2 raised by Porter; the door has lost %3 activity entries. See porterctl door show %4.</source>
        <translation>Alarmes&#xa0;: %1 de la porte, %2 levées par Porter&#xa0;; la porte a perdu %3 entrées d&apos;activité. Voir porterctl door show %4.</translation>
    </message>
    <message>
        <source>Battery: %1; firmware: %2.</source>
        <translation>Batterie&#xa0;: %1&#xa0;; micrologiciel&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Clock: the door refused this computer&apos;s time, which is earlier than an update it already holds (issued %1). Check this computer&apos;s clock.</source>
        <translation>Horloge&#xa0;: la porte a refusé l&apos;heure de cet ordinateur, antérieure à une mise à jour qu&apos;elle détient déjà (émise le %1). Vérifiez l&apos;horloge de cet ordinateur.</translation>
    </message>
    <message>
        <source>Clock drift: %1 s (the door&apos;s clock was set).</source>
        <translation>Dérive de l&apos;horloge&#xa0;: %1 s (l&apos;horloge de la porte a été réglée).</translation>
    </message>
    <message>
        <source>Pending changes cleared: %1.</source>
        <translation>Modifications en attente effacées&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Doorcode secret: epoch %1 (new); codes of the old secret no longer open this door.</source>
        <translation>Secret des codes de porte&#xa0;: époque %1 (nouvelle)&#xa0;; les codes de l&apos;ancien secret n&apos;ouvrent plus cette porte.</translation>
    </message>
    <message>
        <source>Left out of the door&apos;s list (the door cannot carry them; fix the data and sync again):</source>
        <translation>Hors de la liste de la porte (la porte ne peut pas les contenir&#xa0;; corrigez les données et resynchronisez)&#xa0;:</translation>
    </message>
    <message>
        <source>Door %1 ‘%2’ (%3, %4), property %5</source>
        <translation>Porte %1 «&#xa0;%2&#xa0;» (%3, %4), immeuble %5</translation>
    </message>
    <message>
        <source>Commissioned:      %1</source>
        <translation>Mise en service&#xa0;:          %1</translation>
    </message>
    <message>
        <source>Version (acked):   %1</source>
        <translation>Version (confirmée)&#xa0;:      %1</translation>
    </message>
    <message>
        <source>Pending changes:   %1</source>
        <translation>Modifications en attente&#xa0;: %1</translation>
    </message>
    <message>
        <source>Doorcode secret:   %1</source>
        <translation>Secret des codes&#xa0;:         %1</translation>
    </message>
    <message>
        <source>Last sync:         %1</source>
        <translation>Dernière synchronisation&#xa0;: %1</translation>
    </message>
    <message>
        <source>Battery:           %1</source>
        <translation>Batterie&#xa0;:                 %1</translation>
    </message>
    <message>
        <source>Firmware:          %1</source>
        <translation>Micrologiciel&#xa0;:            %1</translation>
    </message>
    <message>
        <source>Clock drift:       %1</source>
        <translation>Dérive de l&apos;horloge&#xa0;:      %1</translation>
    </message>
    <message>
        <source>Activity lost:     %1 entries (the door&apos;s count at the last sync)</source>
        <translation>Activité perdue&#xa0;:          %1 entrées (le décompte de la porte lors de la dernière synchronisation)</translation>
    </message>
    <message>
        <source>Alarms:            %1</source>
        <translation>Alarmes&#xa0;:                  %1</translation>
    </message>
    <message>
        <source>Left out:          %1</source>
        <translation>Hors de la liste&#xa0;:         %1</translation>
    </message>
    <message>
        <source>%1 (the door cannot carry them)</source>
        <translation>%1 (la porte ne peut pas les contenir)</translation>
    </message>
    <message>
        <source>Show a door: version, battery, drift, last sync, alarms.</source>
        <translation>Afficher une porte&#xa0;: version, batterie, dérive, dernière synchronisation, alarmes.</translation>
    </message>
    <message>
        <source>Shows a door with the version it last acknowledged, whether it is commissioned, its battery, firmware and clock drift from the last sync, when that was, how many changes it has not received yet, whether it holds the current doorcode secret, how many activity entries the door had to drop, and its alarms (keypad lockouts, spent failure budgets, lost activity, refused updates, clock set back) with their time and detail.</source>
        <translation>Affiche une porte avec la dernière version qu&apos;elle a confirmée, si elle est mise en service, sa batterie, son micrologiciel et la dérive de son horloge lors de la dernière synchronisation, la date de celle-ci, le nombre de modifications qu&apos;elle n&apos;a pas encore reçues, si elle détient le secret de codes de porte actuel, combien d&apos;entrées d&apos;activité elle a dû perdre, et ses alarmes (verrouillages du clavier, quotas d&apos;échecs épuisés, activité perdue, mises à jour refusées, horloge reculée) avec leur heure et leur détail.</translation>
    </message>
    <message>
        <source>Person %1&apos;s daily doorcode for %2 (%3); it works on that local day only.</source>
        <translation>Code de porte quotidien de la personne %1 pour le %2 (%3)&#xa0;; il ne fonctionne que ce jour-là (heure locale).</translation>
    </message>
    <message>
        <source>It is a code of the new doorcode secret (epoch %1): %2 door(s) still hold the old one and accept it only after their next sync.</source>
        <translation>C&apos;est un code du nouveau secret de codes de porte (époque %1)&#xa0;: %2 porte(s) détiennent encore l&apos;ancien et ne l&apos;acceptent qu&apos;après leur prochaine synchronisation.</translation>
    </message>
    <message>
        <source>A doorcode person&apos;s daily code (Key Management).</source>
        <translation>Le code quotidien d&apos;une personne avec code de porte (gestion des clés).</translation>
    </message>
    <message>
        <source>Prints the person&apos;s daily doorcode for a local day of their property (default today) on the first line. It works at the property&apos;s doors on that day without a sync; after a revocation reaches a door it stops there at once. It is a code of the current doorcode secret: after property rotate-doorcode-secret it works at a door once that door is synced. Viewing a code is logged.</source>
        <translation>Affiche sur la première ligne le code de porte quotidien de la personne pour un jour local de son immeuble (par défaut aujourd&apos;hui). Il fonctionne aux portes de l&apos;immeuble ce jour-là sans synchronisation&#xa0;; dès qu&apos;une révocation atteint une porte, il cesse aussitôt d&apos;y fonctionner. C&apos;est un code du secret de codes de porte actuel&#xa0;: après property rotate-doorcode-secret, il fonctionne à une porte dès que celle-ci est synchronisée. Chaque consultation d&apos;un code est journalisée.</translation>
    </message>
    <message>
        <source>person app-key needs --public-key FILE (the phone&apos;s public key; porter-door phone new makes one).</source>
        <translation>person app-key a besoin de --public-key FILE (la clé publique du téléphone&#xa0;; porter-door phone new en crée une).</translation>
    </message>
    <message>
        <source>Cannot replace %1.</source>
        <translation>Impossible de remplacer %1.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2. The certificate is issued but lost: run person app-key again.</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2. Le certificat est émis mais perdu&#xa0;: relancez person app-key.</translation>
    </message>
    <message>
        <source>Signed the phone key of person %1 as key generation %2, valid until %3%4.</source>
        <translation>Clé du téléphone de la personne %1 signée comme génération de clé %2, valable jusqu&apos;au %3%4.</translation>
    </message>
    <message>
        <source>; certificate written to %1</source>
        <translation>; certificat écrit dans %1</translation>
    </message>
    <message>
        <source>Give the certificate to the phone. The person&apos;s other phones stop working at each door after that door&apos;s next sync; run this again before the certificate ends.</source>
        <translation>Remettez le certificat au téléphone. Les autres téléphones de la personne cessent de fonctionner à chaque porte après la prochaine synchronisation de celle-ci&#xa0;; relancez cette commande avant la fin du certificat.</translation>
    </message>
    <message>
        <source>Sign a phone&apos;s public key as the person&apos;s phone credential.</source>
        <translation>Signer la clé publique d&apos;un téléphone comme identifiant téléphonique de la personne.</translation>
    </message>
    <message>
        <source>Signs the public key the phone made (porter-door phone new stands in for the phone; its private key never leaves it) as the person&apos;s new key generation, valid for a year, and writes the certificate to CERTFILE (or prints it). Every other phone of the person stops working at each door after that door&apos;s next sync.</source>
        <translation>Signe la clé publique créée par le téléphone (porter-door phone new joue le rôle du téléphone&#xa0;; sa clé privée ne le quitte jamais) comme nouvelle génération de clé de la personne, valable un an, et écrit le certificat dans CERTFILE (ou l&apos;affiche). Tout autre téléphone de la personne cesse de fonctionner à chaque porte après la prochaine synchronisation de celle-ci.</translation>
    </message>
    <message>
        <source>The phone&apos;s public key file.</source>
        <translation>Le fichier de clé publique du téléphone.</translation>
    </message>
    <message>
        <source>Where to write the certificate (default: print it).</source>
        <translation>Où écrire le certificat (par défaut&#xa0;: l&apos;afficher).</translation>
    </message>
    <message>
        <source>--schedule: %1</source>
        <translation>--schedule&#xa0;: %1</translation>
    </message>
    <message>
        <source>Give --doorcodes or --no-doorcodes, not both.</source>
        <translation>Indiquez --doorcodes ou --no-doorcodes, pas les deux.</translation>
    </message>
    <message>
        <source>Give --share or --no-share, not both.</source>
        <translation>Indiquez --share ou --no-share, pas les deux.</translation>
    </message>
    <message>
        <source>Key name.</source>
        <translation>Nom de la clé.</translation>
    </message>
    <message>
        <source>Doors the key opens.</source>
        <translation>Portes que la clé ouvre.</translation>
    </message>
    <message>
        <source>&quot;always&quot; (default) or weekly windows, e.g. &quot;Mon-Fri 09:00-17:00; Sat 10:00-14:00&quot;.</source>
        <translation>&quot;always&quot; (par défaut) ou des plages hebdomadaires, par ex. &quot;Mon-Fri 09:00-17:00; Sat 10:00-14:00&quot;.</translation>
    </message>
    <message>
        <source>Daily doorcodes do not work with this key.</source>
        <translation>Les codes de porte quotidiens ne fonctionnent pas avec cette clé.</translation>
    </message>
    <message>
        <source>Holders may not share this key with guests.</source>
        <translation>Les titulaires ne peuvent pas partager cette clé avec des invités.</translation>
    </message>
    <message>
        <source>Allow daily doorcodes again.</source>
        <translation>Autoriser de nouveau les codes de porte quotidiens.</translation>
    </message>
    <message>
        <source>Allow sharing again.</source>
        <translation>Autoriser de nouveau le partage.</translation>
    </message>
    <message>
        <source>Added key %1 &quot;%2&quot; (doors %3, %4).</source>
        <translation>Clé %1 «&#xa0;%2&#xa0;» ajoutée (portes %3, %4).</translation>
    </message>
    <message>
        <source>Create a key (Full Key Management).</source>
        <translation>Créer une clé (gestion complète des clés).</translation>
    </message>
    <message>
        <source>Creates a key: a named set of doors with a schedule in the property&apos;s local time.</source>
        <translation>Crée une clé&#xa0;: un ensemble nommé de portes avec un horaire à l&apos;heure locale de l&apos;immeuble.</translation>
    </message>
    <message>
        <source>Key %1 &quot;%2&quot; now opens doors %3, %4.</source>
        <translation>La clé %1 «&#xa0;%2&#xa0;» ouvre désormais les portes %3, %4.</translation>
    </message>
    <message>
        <source>Everyone holding it is affected; sync the offline doors (porterctl sync-tasks).</source>
        <translation>Tous ceux qui la détiennent sont concernés&#xa0;; synchronisez les portes hors ligne (porterctl sync-tasks).</translation>
    </message>
    <message>
        <source>Change a key (affects everyone holding it).</source>
        <translation>Modifier une clé (concerne tous ceux qui la détiennent).</translation>
    </message>
    <message>
        <source>Changes the options given and keeps the others. A change to a key applies to everyone holding it; the offline doors involved need a sync.</source>
        <translation>Modifie les options indiquées et garde les autres. Une modification de clé s&apos;applique à tous ceux qui la détiennent&#xa0;; les portes hors ligne concernées doivent être synchronisées.</translation>
    </message>
    <message>
        <source>Deleted key %1.</source>
        <translation>Clé %1 supprimée.</translation>
    </message>
    <message>
        <source>Delete a key.</source>
        <translation>Supprimer une clé.</translation>
    </message>
    <message>
        <source>Deletes a key; the grants of it end and its offline doors need a sync.</source>
        <translation>Supprime une clé&#xa0;; ses attributions prennent fin et ses portes hors ligne doivent être synchronisées.</translation>
    </message>
    <message>
        <source>List a property&apos;s keys.</source>
        <translation>Lister les clés d&apos;un immeuble.</translation>
    </message>
    <message>
        <source>Lists the keys of a property with their doors, schedule and flags.</source>
        <translation>Liste les clés d&apos;un immeuble avec leurs portes, leur horaire et leurs options.</translation>
    </message>
    <message>
        <source>--role must be portfolio or property.</source>
        <translation>--role doit valoir portfolio ou property.</translation>
    </message>
    <message>
        <source>--key-management must be full, limited, specific or none.</source>
        <translation>--key-management doit valoir full, limited, specific ou none.</translation>
    </message>
    <message>
        <source>Set the new manager&apos;s password in PORTER_NEW_PASSWORD.</source>
        <translation>Définissez le mot de passe du nouveau gestionnaire dans PORTER_NEW_PASSWORD.</translation>
    </message>
    <message>
        <source>Added %1 %2 &lt;%3&gt; (manager %4).</source>
        <translation>Ajout de %1 %2 &lt;%3&gt; (gestionnaire %4).</translation>
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
        <source>Add a manager (Portfolio Managers).</source>
        <translation>Ajouter un gestionnaire (Gestionnaires de portefeuille).</translation>
    </message>
    <message>
        <source>Adds a Portfolio Manager or a Property Manager of the listed properties. Key Management: full (keys and access), limited (give and revoke any key), specific (only --keys), none. The new manager&apos;s password is read from PORTER_NEW_PASSWORD.</source>
        <translation>Ajoute un Gestionnaire de portefeuille ou un Gestionnaire d&apos;immeuble des immeubles indiqués. Gestion des clés&#xa0;: full (clés et accès), limited (donner et révoquer n&apos;importe quelle clé), specific (seulement --keys), none. Le mot de passe du nouveau gestionnaire est lu dans PORTER_NEW_PASSWORD.</translation>
    </message>
    <message>
        <source>Name.</source>
        <translation>Nom.</translation>
    </message>
    <message>
        <source>Email (sign-in).</source>
        <translation>E-mail (connexion).</translation>
    </message>
    <message>
        <source>portfolio or property.</source>
        <translation>portfolio ou property.</translation>
    </message>
    <message>
        <source>Assigned properties.</source>
        <translation>Immeubles attribués.</translation>
    </message>
    <message>
        <source>full, limited, specific or none (default none).</source>
        <translation>full, limited, specific ou none (par défaut none).</translation>
    </message>
    <message>
        <source>Keys for specific Key Management.</source>
        <translation>Clés pour la gestion de certaines clés.</translation>
    </message>
    <message>
        <source>May add and sync doors.</source>
        <translation>Peut ajouter et synchroniser des portes.</translation>
    </message>
    <message>
        <source>List the portfolio&apos;s managers.</source>
        <translation>Lister les gestionnaires du portefeuille.</translation>
    </message>
    <message>
        <source>Lists the managers with their role and permissions.</source>
        <translation>Liste les gestionnaires avec leur rôle et leurs autorisations.</translation>
    </message>
    <message>
        <source>--method must be app or doorcode.</source>
        <translation>--method doit valoir app ou doorcode.</translation>
    </message>
    <message>
        <source>No offline door needs a sync for this change.</source>
        <translation>Aucune porte hors ligne n&apos;a besoin d&apos;être synchronisée pour cette modification.</translation>
    </message>
    <message>
        <source>Offline doors to sync: %1 (see porterctl sync-tasks).</source>
        <translation>Portes hors ligne à synchroniser&#xa0;: %1 (voir porterctl sync-tasks).</translation>
    </message>
    <message>
        <source>, %1 keycards disabled</source>
        <translation>, %1 cartes d&apos;accès désactivées</translation>
    </message>
    <message>
        <source>Deleted person %1: %2 keys and %3 guest passes ended%4.</source>
        <translation>Personne %1 supprimée&#xa0;: %2 clés et %3 accès invités ont pris fin%4.</translation>
    </message>
    <message>
        <source>Revoked all keys of person %1: %2 keys and %3 guest passes ended%4.</source>
        <translation>Toutes les clés de la personne %1 révoquées&#xa0;: %2 clés et %3 accès invités ont pris fin%4.</translation>
    </message>
    <message>
        <source>Keycard %1 (%2) is now %3; sync the person&apos;s offline doors.</source>
        <translation>La carte d&apos;accès %1 (%2) est désormais %3&#xa0;; synchronisez les portes hors ligne de la personne.</translation>
    </message>
    <message>
        <source>How they open doors.</source>
        <translation>Comment elle ouvre les portes.</translation>
    </message>
    <message>
        <source>First name.</source>
        <translation>Prénom.</translation>
    </message>
    <message>
        <source>Last name (optional).</source>
        <translation>Nom (facultatif).</translation>
    </message>
    <message>
        <source>Email address.</source>
        <translation>Adresse e-mail.</translation>
    </message>
    <message>
        <source>Phone number, any common format (optional).</source>
        <translation>Numéro de téléphone, dans tout format courant (facultatif).</translation>
    </message>
    <message>
        <source>Keys to give.</source>
        <translation>Clés à donner.</translation>
    </message>
    <message>
        <source>Invited %1 &lt;%2&gt; as person %3 (%4).</source>
        <translation>Invitation de %1 &lt;%2&gt; comme personne %3 (%4).</translation>
    </message>
    <message>
        <source>Access from %1 until %2; grants %3.</source>
        <translation>Accès du %1 jusqu&apos;au %2&#xa0;; attributions %3.</translation>
    </message>
    <message>
        <source>no expiry</source>
        <translation>sans expiration</translation>
    </message>
    <message>
        <source>Welcome email queued (outbox message %1).</source>
        <translation>E-mail de bienvenue en file d&apos;attente (message sortant %1).</translation>
    </message>
    <message>
        <source>Invite someone and give them keys.</source>
        <translation>Inviter quelqu&apos;un et lui donner des clés.</translation>
    </message>
    <message>
        <source>Invites a person with one or more keys and queues their welcome email now, even for a future start. Setting --expires (e.g. the lease end) is recommended: without it a warning is printed on stderr.</source>
        <translation>Invite une personne avec une ou plusieurs clés et met son e-mail de bienvenue en file d&apos;attente dès maintenant, même pour un début futur. Il est recommandé d&apos;indiquer --expires (par ex. la fin du bail)&#xa0;: sans lui, un avertissement s&apos;affiche sur stderr.</translation>
    </message>
    <message>
        <source>A resident (activity at residences is private).</source>
        <translation>Un résident (l&apos;activité dans les logements est privée).</translation>
    </message>
    <message>
        <source>May share their keys with guests.</source>
        <translation>Peut partager ses clés avec des invités.</translation>
    </message>
    <message>
        <source>Start (default now).</source>
        <translation>Début (par défaut maintenant).</translation>
    </message>
    <message>
        <source>Expiration (recommended).</source>
        <translation>Expiration (recommandée).</translation>
    </message>
    <message>
        <source>%1 of %2 people%3.</source>
        <translation>%1 personnes sur %2%3.</translation>
    </message>
    <message>
        <source> (add --show-expired for revoked and expired)</source>
        <translation> (ajoutez --show-expired pour les personnes révoquées et expirées)</translation>
    </message>
    <message>
        <source>List the people of a property.</source>
        <translation>Lister les personnes d&apos;un immeuble.</translation>
    </message>
    <message>
        <source>Lists invited and active people (and guests). --show-expired adds revoked, expired and keyless people; deleted people never appear.</source>
        <translation>Liste les personnes invitées et actives (et les invités). --show-expired ajoute les personnes révoquées, expirées et sans clé&#xa0;; les personnes supprimées n&apos;apparaissent jamais.</translation>
    </message>
    <message>
        <source>Match name, email or phone.</source>
        <translation>Rechercher par nom, e-mail ou téléphone.</translation>
    </message>
    <message>
        <source>Include revoked and expired people.</source>
        <translation>Inclure les personnes révoquées et expirées.</translation>
    </message>
    <message>
        <source>Rows (default 100).</source>
        <translation>Lignes (par défaut 100).</translation>
    </message>
    <message>
        <source>Rows to skip.</source>
        <translation>Lignes à sauter.</translation>
    </message>
    <message>
        <source>Person %1: %2 &lt;%3&gt;</source>
        <translation>Personne %1&#xa0;: %2 &lt;%3&gt;</translation>
    </message>
    <message>
        <source>Status: %1; method %2; phone %3; resident %4; may share %5</source>
        <translation>Statut&#xa0;: %1&#xa0;; mode&#xa0;: %2&#xa0;; téléphone&#xa0;: %3&#xa0;; résident&#xa0;: %4&#xa0;; peut partager&#xa0;: %5</translation>
    </message>
    <message>
        <source>Guest of person %1.</source>
        <translation>Invité de la personne %1.</translation>
    </message>
    <message>
        <source>Deleted %1.</source>
        <translation>Supprimée le %1.</translation>
    </message>
    <message>
        <source>Guest passes:</source>
        <translation>Accès invités&#xa0;:</translation>
    </message>
    <message>
        <source>Show a person&apos;s keys, guests, keycards and activity.</source>
        <translation>Afficher les clés, les invités, les cartes d&apos;accès et l&apos;activité d&apos;une personne.</translation>
    </message>
    <message>
        <source>Shows one person, deleted ones included: every grant (ended ones too), the guest passes they gave or received, keycards and recent activity.</source>
        <translation>Affiche une personne, y compris supprimée&#xa0;: chaque attribution (y compris terminée), les accès invités qu&apos;elle a accordés ou reçus, ses cartes d&apos;accès et son activité récente.</translation>
    </message>
    <message>
        <source>Gave key %1 to person %2 (grant %3), from %4 until %5.</source>
        <translation>Clé %1 donnée à la personne %2 (attribution %3), du %4 jusqu&apos;au %5.</translation>
    </message>
    <message>
        <source>No expiration was set: this access will not end by itself.</source>
        <translation>Aucune expiration n&apos;a été définie&#xa0;: cet accès ne prendra pas fin de lui-même.</translation>
    </message>
    <message>
        <source>Give a person another key (also after a revoke).</source>
        <translation>Donner une autre clé à une personne (aussi après une révocation).</translation>
    </message>
    <message>
        <source>Gives a key to a person. After &quot;revoke&quot; this gives them access again.</source>
        <translation>Donne une clé à une personne. Après «&#xa0;revoke&#xa0;», cela lui redonne accès.</translation>
    </message>
    <message>
        <source>Key.</source>
        <translation>Clé.</translation>
    </message>
    <message>
        <source>grant expiry needs either --expires T or --none.</source>
        <translation>grant expiry a besoin de --expires T ou de --none.</translation>
    </message>
    <message>
        <source>Grant %1 now expires %2.</source>
        <translation>L&apos;attribution %1 expire désormais le %2.</translation>
    </message>
    <message>
        <source>Change a grant&apos;s expiration.</source>
        <translation>Modifier l&apos;expiration d&apos;une attribution.</translation>
    </message>
    <message>
        <source>Sets or clears the expiration of a grant (see person show for grant ids). Guest passes on the key are shortened so they never outlast it.</source>
        <translation>Définit ou efface l&apos;expiration d&apos;une attribution (voir person show pour les identifiants d&apos;attribution). Les accès invités sur la clé sont raccourcis pour ne jamais durer plus longtemps qu&apos;elle.</translation>
    </message>
    <message>
        <source>New expiration.</source>
        <translation>Nouvelle expiration.</translation>
    </message>
    <message>
        <source>No expiration.</source>
        <translation>Sans expiration.</translation>
    </message>
    <message>
        <source>Removed grant %1; sync the key&apos;s offline doors (porterctl sync-tasks).</source>
        <translation>Attribution %1 retirée&#xa0;; synchronisez les portes hors ligne de la clé (porterctl sync-tasks).</translation>
    </message>
    <message>
        <source>Take a key away from a person.</source>
        <translation>Retirer une clé à une personne.</translation>
    </message>
    <message>
        <source>Ends a grant now; permanent guest passes on that key end with it.</source>
        <translation>Met fin à une attribution maintenant&#xa0;; les accès invités permanents sur cette clé prennent fin avec elle.</translation>
    </message>
    <message>
        <source>Revoking ends every key of person %1 and every guest pass they gave, so their guests lose access too. Run again with --yes to confirm.</source>
        <translation>La révocation met fin à toutes les clés de la personne %1 et à tous les accès invités qu&apos;elle a accordés&#xa0;: ses invités perdent donc aussi l&apos;accès. Relancez avec --yes pour confirmer.</translation>
    </message>
    <message>
        <source>They stay listed with --show-expired and can be given keys again.</source>
        <translation>Elle reste visible avec --show-expired et peut recevoir de nouveau des clés.</translation>
    </message>
    <message>
        <source>Revoke all keys of a person and of their guests.</source>
        <translation>Révoquer toutes les clés d&apos;une personne et de ses invités.</translation>
    </message>
    <message>
        <source>Ends every key of the person and every guest pass they gave: their guests lose access too. They stay listed with people --show-expired and can be given keys again (grant add). Needs --yes.</source>
        <translation>Met fin à toutes les clés de la personne et à tous les accès invités qu&apos;elle a accordés&#xa0;: ses invités perdent aussi l&apos;accès. Elle reste visible avec people --show-expired et peut recevoir de nouveau des clés (grant add). Nécessite --yes.</translation>
    </message>
    <message>
        <source>Confirm.</source>
        <translation>Confirmer.</translation>
    </message>
    <message>
        <source>Deleting removes person %1 from People for good and ends the access of their permanent guests; timed guest passes run out on their own. Run again with --yes to confirm.</source>
        <translation>La suppression retire définitivement la personne %1 de la liste Personnes et met fin à l&apos;accès de ses invités permanents&#xa0;; les accès invités limités expirent d&apos;eux-mêmes. Relancez avec --yes pour confirmer.</translation>
    </message>
    <message>
        <source>Their activity stays readable; a new invitation is needed to give access again.</source>
        <translation>Son activité reste lisible&#xa0;; une nouvelle invitation est nécessaire pour lui redonner accès.</translation>
    </message>
    <message>
        <source>Delete a person.</source>
        <translation>Supprimer une personne.</translation>
    </message>
    <message>
        <source>Removes the person from People, ends their keys and keycards and the access of their permanent guests (timed guest passes run out on their own). Their activity stays readable; giving access again needs a new invitation. Needs --yes.</source>
        <translation>Retire la personne de la liste Personnes, met fin à ses clés, à ses cartes d&apos;accès et à l&apos;accès de ses invités permanents (les accès invités limités expirent d&apos;eux-mêmes). Son activité reste lisible&#xa0;; lui redonner accès nécessite une nouvelle invitation. Nécessite --yes.</translation>
    </message>
    <message>
        <source>Give --until T or --permanent, not both.</source>
        <translation>Indiquez --until T ou --permanent, pas les deux.</translation>
    </message>
    <message>
        <source>Person %1 shared keys %2 with %3 &lt;%4&gt; (guest person %5, shares %6) %7.</source>
        <translation>La personne %1 a partagé les clés %2 avec %3 &lt;%4&gt; (personne invitée %5, partages %6), %7.</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>jusqu&apos;au %1</translation>
    </message>
    <message>
        <source>Share a resident&apos;s keys with a guest (on their behalf).</source>
        <translation>Partager les clés d&apos;un résident avec un invité (pour son compte).</translation>
    </message>
    <message>
        <source>What a resident with &quot;may share&quot; does from the app: gives a guest some of their shareable keys, permanently (default) or until a time.</source>
        <translation>Ce que fait depuis l&apos;application un résident qui «&#xa0;peut partager&#xa0;»&#xa0;: donner à un invité certaines de ses clés partageables, de façon permanente (par défaut) ou jusqu&apos;à une heure donnée.</translation>
    </message>
    <message>
        <source>End of the pass.</source>
        <translation>Fin de l&apos;accès.</translation>
    </message>
    <message>
        <source>No end (the default).</source>
        <translation>Sans fin (par défaut).</translation>
    </message>
    <message>
        <source>keycard enroll needs --serial HEX.</source>
        <translation>keycard enroll a besoin de --serial HEX.</translation>
    </message>
    <message>
        <source>Enrolled keycard %1 (%2) for person %3, %4.</source>
        <translation>Carte d&apos;accès %1 (%2) enregistrée pour la personne %3&#xa0;: %4.</translation>
    </message>
    <message>
        <source>active; it works after the doors sync</source>
        <translation>active&#xa0;; elle fonctionne après la synchronisation des portes</translation>
    </message>
    <message>
        <source>Enroll a keycard for a person.</source>
        <translation>Enregistrer une carte d&apos;accès pour une personne.</translation>
    </message>
    <message>
        <source>Enrolls a card by its serial (4 to 10 bytes of hex; &apos;:&apos; &apos;-&apos; and spaces allowed), active unless --inactive. It works once the person&apos;s doors have synced.</source>
        <translation>Enregistre une carte par son numéro de série (4 à 10 octets en hexadécimal&#xa0;; &apos;:&apos;, &apos;-&apos; et espaces acceptés), active sauf avec --inactive. Elle fonctionne une fois les portes de la personne synchronisées.</translation>
    </message>
    <message>
        <source>Card serial.</source>
        <translation>Numéro de série de la carte.</translation>
    </message>
    <message>
        <source>Enroll without activating.</source>
        <translation>Enregistrer sans activer.</translation>
    </message>
    <message>
        <source>Activate a keycard.</source>
        <translation>Activer une carte d&apos;accès.</translation>
    </message>
    <message>
        <source>Activates an enrolled keycard.</source>
        <translation>Active une carte d&apos;accès enregistrée.</translation>
    </message>
    <message>
        <source>Deactivate a keycard.</source>
        <translation>Désactiver une carte d&apos;accès.</translation>
    </message>
    <message>
        <source>Deactivates a keycard (lost or returned).</source>
        <translation>Désactive une carte d&apos;accès (perdue ou rendue).</translation>
    </message>
    <message>
        <source>Created portfolio &quot;%1&quot; in %2.</source>
        <translation>Portefeuille «&#xa0;%1&#xa0;» créé dans %2.</translation>
    </message>
    <message>
        <source>Portfolio Manager %1 &lt;%2&gt; (manager %3).</source>
        <translation>Gestionnaire de portefeuille %1 &lt;%2&gt; (gestionnaire %3).</translation>
    </message>
    <message>
        <source>Create a database with a portfolio and its first Portfolio Manager.</source>
        <translation>Créer une base de données avec un portefeuille et son premier Gestionnaire de portefeuille.</translation>
    </message>
    <message>
        <source>Creates the portfolio in an empty database (--db) and its first Portfolio Manager, whose password is read from PORTER_PASSWORD or one line of standard input (at least 10 characters). No --as is needed.</source>
        <translation>Crée le portefeuille dans une base de données vide (--db) et son premier Gestionnaire de portefeuille, dont le mot de passe est lu dans PORTER_PASSWORD ou sur une ligne de l&apos;entrée standard (au moins 10 caractères). --as n&apos;est pas nécessaire.</translation>
    </message>
    <message>
        <source>Portfolio name.</source>
        <translation>Nom du portefeuille.</translation>
    </message>
    <message>
        <source>The manager&apos;s name.</source>
        <translation>Le nom du gestionnaire.</translation>
    </message>
    <message>
        <source>The manager&apos;s email (sign-in).</source>
        <translation>L&apos;e-mail du gestionnaire (connexion).</translation>
    </message>
    <message>
        <source>property add needs --tz IANA-NAME, e.g. America/New_York.</source>
        <translation>property add a besoin de --tz IANA-NAME, par ex. America/New_York.</translation>
    </message>
    <message>
        <source>Added property %1 &quot;%2&quot; (%3).</source>
        <translation>Immeuble %1 «&#xa0;%2&#xa0;» ajouté (%3).</translation>
    </message>
    <message>
        <source>Daily doorcodes have %1 digits.</source>
        <translation>Les codes de porte quotidiens comportent %1 chiffres.</translation>
    </message>
    <message>
        <source>Add a property (Portfolio Managers).</source>
        <translation>Ajouter un immeuble (Gestionnaires de portefeuille).</translation>
    </message>
    <message>
        <source>Adds a property with its IANA time zone; every time entered for it is in that zone. --region is the ISO country code used for phone numbers without a country code (default US). --doorcode-digits is the length of its daily doorcodes (default 7; 8 or 9 for doors with many doorcode holders, docs/doorcodes.md).</source>
        <translation>Ajoute un immeuble avec son fuseau horaire IANA&#xa0;; toute heure saisie pour lui est dans ce fuseau. --region est le code pays ISO utilisé pour les numéros de téléphone sans indicatif (par défaut US). --doorcode-digits est la longueur de ses codes de porte quotidiens (par défaut 7&#xa0;; 8 ou 9 pour les portes avec beaucoup de titulaires de codes, docs/doorcodes.md).</translation>
    </message>
    <message>
        <source>Property name.</source>
        <translation>Nom de l&apos;immeuble.</translation>
    </message>
    <message>
        <source>Time zone, e.g. America/New_York.</source>
        <translation>Fuseau horaire, par ex. America/New_York.</translation>
    </message>
    <message>
        <source>Phone region (default US).</source>
        <translation>Région du téléphone (par défaut US).</translation>
    </message>
    <message>
        <source>Street address.</source>
        <translation>Adresse postale.</translation>
    </message>
    <message>
        <source>Digits of daily doorcodes: 7 (default), 8 or 9.</source>
        <translation>Chiffres des codes de porte quotidiens&#xa0;: 7 (par défaut), 8 ou 9.</translation>
    </message>
    <message>
        <source>property set-doorcode-digits needs --digits 7, 8 or 9.</source>
        <translation>property set-doorcode-digits a besoin de --digits 7, 8 ou 9.</translation>
    </message>
    <message>
        <source>Daily doorcodes of property %1 &quot;%2&quot; have %3 digits.</source>
        <translation>Les codes de porte quotidiens de l&apos;immeuble %1 «&#xa0;%2&#xa0;» comportent %3 chiffres.</translation>
    </message>
    <message>
        <source>Change the length of a property&apos;s doorcodes (before its first door is commissioned).</source>
        <translation>Modifier la longueur des codes de porte d&apos;un immeuble (avant la mise en service de sa première porte).</translation>
    </message>
    <message>
        <source>Sets how many digits the property&apos;s daily doorcodes have. A door learns the length when it is commissioned, so this is refused once any door of the property is commissioned (reset and commission every door again to change it).</source>
        <translation>Définit le nombre de chiffres des codes de porte quotidiens de l&apos;immeuble. Une porte apprend la longueur lors de sa mise en service, donc c&apos;est refusé dès qu&apos;une porte de l&apos;immeuble est mise en service (pour la changer, réinitialisez et remettez en service chaque porte).</translation>
    </message>
    <message>
        <source>7, 8 or 9.</source>
        <translation>7, 8 ou 9.</translation>
    </message>
    <message>
        <source>List the properties you manage.</source>
        <translation>Lister les immeubles que vous gérez.</translation>
    </message>
    <message>
        <source>Lists the properties the signed-in manager can see.</source>
        <translation>Liste les immeubles que le gestionnaire connecté peut voir.</translation>
    </message>
    <message>
        <source>Property %1 ‘%2’ (%3)</source>
        <translation>Immeuble %1 «&#xa0;%2&#xa0;» (%3)</translation>
    </message>
    <message>
        <source>epoch %1</source>
        <translation>époque %1</translation>
    </message>
    <message>
        <source>none yet (commission a door first)</source>
        <translation>aucun pour l&apos;instant (mettez d&apos;abord une porte en service)</translation>
    </message>
    <message>
        <source>Old secret at:     %1</source>
        <translation>Ancien secret sur&#xa0;:        %1</translation>
    </message>
    <message>
        <source>no door</source>
        <translation>aucune porte</translation>
    </message>
    <message>
        <source>%1 door(s): %2 — codes of the old secret open them until they are synced</source>
        <translation>%1 porte(s)&#xa0;: %2 — les codes de l&apos;ancien secret les ouvrent jusqu&apos;à leur synchronisation</translation>
    </message>
    <message>
        <source>Show a property and its doorcode secret.</source>
        <translation>Afficher un immeuble et son secret de codes de porte.</translation>
    </message>
    <message>
        <source>Shows a property with the epoch of its doorcode secret and the doors that still hold an older one (codes of the old secret open those doors until they are synced).</source>
        <translation>Affiche un immeuble avec l&apos;époque de son secret de codes de porte et les portes qui en détiennent encore un plus ancien (les codes de l&apos;ancien secret ouvrent ces portes jusqu&apos;à leur synchronisation).</translation>
    </message>
    <message>
        <source>Property %1 has a new doorcode secret (epoch %2); the old one is gone.</source>
        <translation>L&apos;immeuble %1 a un nouveau secret de codes de porte (époque %2)&#xa0;; l&apos;ancien n&apos;existe plus.</translation>
    </message>
    <message>
        <source>porterctl doorcode now shows codes of the new secret; they work at a door once it is synced.</source>
        <translation>porterctl doorcode affiche désormais des codes du nouveau secret&#xa0;; ils fonctionnent à une porte dès sa synchronisation.</translation>
    </message>
    <message>
        <source>No door is commissioned yet.</source>
        <translation>Aucune porte n&apos;est encore mise en service.</translation>
    </message>
    <message>
        <source>Sync these doors now: codes of the old secret open them until then: %1.</source>
        <translation>Synchronisez ces portes maintenant&#xa0;; d&apos;ici là, les codes de l&apos;ancien secret les ouvrent&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Replace the doorcode secret (Device Management).</source>
        <translation>Remplacer le secret des codes de porte (gestion des appareils).</translation>
    </message>
    <message>
        <source>Creates a new doorcode secret for the property (the next epoch) and forgets the old one. porterctl doorcode shows codes of the new secret from now on. Each door receives the new secret, signed and encrypted, at its next sync; until then codes of the old secret still open it, so sync every door listed. Use it when the secret may have leaked (a stolen or lost door, a stolen backup).</source>
        <translation>Crée un nouveau secret de codes de porte pour l&apos;immeuble (l&apos;époque suivante) et oublie l&apos;ancien. Désormais, porterctl doorcode affiche des codes du nouveau secret. Chaque porte reçoit le nouveau secret, signé et chiffré, à sa prochaine synchronisation&#xa0;; d&apos;ici là, les codes de l&apos;ancien secret l&apos;ouvrent encore, donc synchronisez chaque porte indiquée. À utiliser quand le secret a pu fuiter (porte volée ou perdue, sauvegarde volée).</translation>
    </message>
    <message>
        <source>activity needs exactly one of --property, --person or --door.</source>
        <translation>activity a besoin d&apos;exactement un de --property, --person ou --door.</translation>
    </message>
    <message>
        <source>Who did what, newest first.</source>
        <translation>Qui a fait quoi, du plus récent au plus ancien.</translation>
    </message>
    <message>
        <source>Admin actions (including refused ones) and door events, newest first. Deleted people&apos;s activity stays readable.</source>
        <translation>Actions d&apos;administration (y compris celles refusées) et événements de porte, du plus récent au plus ancien. L&apos;activité des personnes supprimées reste lisible.</translation>
    </message>
    <message>
        <source>Person.</source>
        <translation>Personne.</translation>
    </message>
    <message>
        <source>Door.</source>
        <translation>Porte.</translation>
    </message>
    <message>
        <source>From (inclusive).</source>
        <translation>À partir de (inclus).</translation>
    </message>
    <message>
        <source>To (a date includes that day).</source>
        <translation>Jusqu&apos;à (une date inclut ce jour).</translation>
    </message>
    <message>
        <source>Rows (default 200).</source>
        <translation>Lignes (par défaut 200).</translation>
    </message>
    <message>
        <source>No door needs a sync.</source>
        <translation>Aucune porte n&apos;a besoin d&apos;être synchronisée.</translation>
    </message>
    <message>
        <source>Offline doors that need a sync.</source>
        <translation>Portes hors ligne qui doivent être synchronisées.</translation>
    </message>
    <message>
        <source>Door sync tasks: each offline door with changes it has not acknowledged, flagged when access starts or ends on the day (default today) or a change is already due. Online doors never appear.</source>
        <translation>Tâches de synchronisation des portes&#xa0;: chaque porte hors ligne avec des modifications qu&apos;elle n&apos;a pas confirmées, signalée quand un accès commence ou se termine ce jour-là (par défaut aujourd&apos;hui) ou qu&apos;une modification est déjà due. Les portes en ligne n&apos;apparaissent jamais.</translation>
    </message>
    <message>
        <source>Created the demo portfolio &quot;%1&quot; in %2.</source>
        <translation>Portefeuille de démonstration «&#xa0;%1&#xa0;» créé dans %2.</translation>
    </message>
    <message>
        <source>Property %1 with %2 doors, %3 keys and %4 people.</source>
        <translation>Immeuble %1 avec %2 portes, %3 clés et %4 personnes.</translation>
    </message>
    <message>
        <source>Portfolio Manager: %1  password: %2</source>
        <translation>Gestionnaire de portefeuille&#xa0;: %1  mot de passe&#xa0;: %2</translation>
    </message>
    <message>
        <source>Property Manager:  %1  password: %2</source>
        <translation>Gestionnaire d&apos;immeuble&#xa0;:      %1  mot de passe&#xa0;: %2</translation>
    </message>
    <message>
        <source>Create a demo portfolio.</source>
        <translation>Créer un portefeuille de démonstration.</translation>
    </message>
    <message>
        <source>Fills an empty database with the &quot;Harbor Point Residential&quot; demo: one property in America/New_York with doors, keys, residents, staff, vendors, guests and keycards, dated relative to today. Prints the managers&apos; emails and passwords. Refuses a database that already has a portfolio.</source>
        <translation>Remplit une base de données vide avec la démonstration «&#xa0;Harbor Point Residential&#xa0;»&#xa0;: un immeuble à America/New_York avec portes, clés, résidents, personnel, prestataires, invités et cartes d&apos;accès, datés par rapport à aujourd&apos;hui. Affiche les e-mails et mots de passe des gestionnaires. Refuse une base de données qui a déjà un portefeuille.</translation>
    </message>
    <message>
        <source>Print the version.</source>
        <translation>Afficher la version.</translation>
    </message>
    <message>
        <source>Prints porterctl&apos;s version, the Qt version and the database schema version.</source>
        <translation>Affiche la version de porterctl, celle de Qt et celle du schéma de la base de données.</translation>
    </message>
    <message>
        <source>porterctl - manage a Porter access database from the command line

Usage: porterctl [--db PATH] [--as EMAIL] [--json] COMMAND [ARGUMENTS]

Commands:
</source>
        <translation>porterctl - gérer une base de données d&apos;accès Porter en ligne de commande

Utilisation&#xa0;: porterctl [--db PATH] [--as EMAIL] [--json] COMMANDE [ARGUMENTS]

Commandes&#xa0;:
</translation>
    </message>
    <message>
        <source>This list, or help for one command.</source>
        <translation>Cette liste, ou l&apos;aide d&apos;une commande.</translation>
    </message>
    <message>
        <source>
Global options:
</source>
        <translation>
Options globales&#xa0;:
</translation>
    </message>
    <message>
        <source>
Environment:
  PORTER_AS            sign in as this manager (instead of --as)
  PORTER_PASSWORD      the password (otherwise one line of standard input)
  PORTER_NEW_PASSWORD  the new manager&apos;s password (manager add)

Exit status: 0 done, 1 the operation failed, 2 the command line is wrong.
Run &quot;porterctl help COMMAND&quot; for a command&apos;s options; docs/cli.md has examples.
</source>
        <translation>
Variables d&apos;environnement&#xa0;:
  PORTER_AS            se connecter en tant que ce gestionnaire (au lieu de --as)
  PORTER_PASSWORD      le mot de passe (sinon une ligne de l&apos;entrée standard)
  PORTER_NEW_PASSWORD  le mot de passe du nouveau gestionnaire (manager add)

Code de sortie&#xa0;: 0 terminé, 1 l&apos;opération a échoué, 2 la ligne de commande est incorrecte.
Exécutez «&#xa0;porterctl help COMMANDE&#xa0;» pour les options d&apos;une commande&#xa0;; docs/cli.md contient des exemples.
</translation>
    </message>
    <message>
        <source>Usage: porterctl %1 %2

</source>
        <translation>Utilisation&#xa0;: porterctl %1 %2

</translation>
    </message>
    <message>
        <source>
Options:
</source>
        <translation>
Options&#xa0;:
</translation>
    </message>
    <message>
        <source>porterctl: warning: %1
</source>
        <translation>porterctl&#xa0;: avertissement&#xa0;: %1
</translation>
    </message>
    <message>
        <source>There is no command &quot;%1&quot;. Run porterctl help for the list.</source>
        <translation>La commande «&#xa0;%1&#xa0;» n&apos;existe pas. Exécutez porterctl help pour en voir la liste.</translation>
    </message>
    <message>
        <source>No command given. Run porterctl help for the list.</source>
        <translation>Aucune commande indiquée. Exécutez porterctl help pour en voir la liste.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs one of: %2.</source>
        <translation>«&#xa0;%1&#xa0;» a besoin de l&apos;une de ces valeurs&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;. Run porterctl help for the list.</source>
        <translation>Commande inconnue&#xa0;: «&#xa0;%1&#xa0;». Exécutez porterctl help pour en voir la liste.</translation>
    </message>
    <message>
        <source>%1 (usage: %2)</source>
        <translation>%1 (utilisation&#xa0;: %2)</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot; (usage: %2)</source>
        <translation>Argument inattendu «&#xa0;%1&#xa0;» (utilisation&#xa0;: %2)</translation>
    </message>
    <message>
        <source>%1 needs --%2 (usage: %3)</source>
        <translation>%1 a besoin de --%2 (utilisation&#xa0;: %3)</translation>
    </message>
    <message>
        <source>Database file (default: the app&apos;s).</source>
        <translation>Fichier de base de données (par défaut&#xa0;: celui de l&apos;application).</translation>
    </message>
    <message>
        <source>Sign in as this manager (or PORTER_AS).</source>
        <translation>Se connecter en tant que ce gestionnaire (ou PORTER_AS).</translation>
    </message>
    <message>
        <source>Machine-readable output.</source>
        <translation>Sortie lisible par une machine.</translation>
    </message>
    <message>
        <source>Show diagnostic log messages on stderr.</source>
        <translation>Afficher les messages de diagnostic sur stderr.</translation>
    </message>
    <message>
        <source>Help for the command.</source>
        <translation>Aide de la commande.</translation>
    </message>
    <message>
        <source>Times are in the property&apos;s local time: YYYY-MM-DD (a start means the start of that day, an expiry the end of it) or &quot;YYYY-MM-DD HH:MM&quot;.</source>
        <translation>Les heures sont à l&apos;heure locale de l&apos;immeuble&#xa0;: AAAA-MM-JJ (un début désigne le début de ce jour, une expiration sa fin) ou &quot;AAAA-MM-JJ HH:MM&quot;.</translation>
    </message>
    <message>
        <source>No Porter database at %1: create one with porterctl init --db %1</source>
        <translation>Il n&apos;y a pas de base de données Porter à l&apos;emplacement %1&#xa0;: créez-en une avec porterctl init --db %1</translation>
    </message>
    <message>
        <source>No password: set PORTER_PASSWORD or give it on standard input.</source>
        <translation>Aucun mot de passe&#xa0;: définissez PORTER_PASSWORD ou donnez-le sur l&apos;entrée standard.</translation>
    </message>
    <message>
        <source>Sign in with --as EMAIL (or set PORTER_AS).</source>
        <translation>Connectez-vous avec --as EMAIL (ou définissez PORTER_AS).</translation>
    </message>
    <message>
        <source>Password: </source>
        <translation>Mot de passe&#xa0;: </translation>
    </message>
    <message>
        <source>%1 needs a numeric id, not &quot;%2&quot;.</source>
        <translation>%1 a besoin d&apos;un identifiant numérique, pas de «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>%1 needs --%2 ID.</source>
        <translation>%1 a besoin de --%2 ID.</translation>
    </message>
    <message>
        <source>%1 needs %2. Usage: porterctl %1 %3</source>
        <translation>%1 a besoin de %2. Utilisation&#xa0;: porterctl %1 %3</translation>
    </message>
    <message>
        <source>%1 needs --%2 ID[,ID...].</source>
        <translation>%1 a besoin de --%2 ID[,ID...].</translation>
    </message>
    <message>
        <source>--%1 needs a whole number, not &quot;%2&quot;.</source>
        <translation>--%1 a besoin d&apos;un nombre entier, pas de «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>--now needs an ISO 8601 time such as 2026-03-07T12:00:00Z.</source>
        <translation>--now a besoin d&apos;une heure ISO 8601, comme 2026-03-07T12:00:00Z.</translation>
    </message>
    <message>
        <source>%1 (acknowledged %2)</source>
        <translation>%1 (confirmée %2)</translation>
    </message>
    <message numerus="yes">
        <source>needs sync (%n pending change(s))</source>
        <translation>
            <numerusform>à synchroniser (%n modification en attente)</numerusform>
            <numerusform>à synchroniser (%n modifications en attente)</numerusform>
        </translation>
    </message>
    <message>
        <source>up to date</source>
        <translation>à jour</translation>
    </message>
    <message>
        <source>%1 dBm</source>
        <translation>%1 dBm</translation>
    </message>
    <message>
        <source>No door heard in %1 s. Stand near a door (it advertises only while it has power) and scan again.</source>
        <translation>Aucune porte captée en %1 s. Placez-vous près d&apos;une porte (elle n&apos;émet d&apos;annonces que lorsqu&apos;elle est alimentée) et relancez la recherche.</translation>
    </message>
    <message>
        <source>List the doors in Bluetooth range.</source>
        <translation>Lister les portes à portée Bluetooth.</translation>
    </message>
    <message>
        <source>Listens for --seconds (default 5) for doors advertising over Bluetooth and lists them, nearest first: which of your doors each is (matched by the property and door ids it advertises, never by its address), doors waiting to be commissioned (install mode), doors of another property, the signal strength, the address to give door commission/sync --address, and the list version the door advertises against the one Porter recorded (&quot;needs sync&quot; when they differ or changes are pending). Devices the computer only remembers from earlier are not listed. --power-on turns the computer&apos;s Bluetooth on first.</source>
        <translation>Écoute pendant --seconds (5 par défaut) les portes qui émettent des annonces Bluetooth et les liste, de la plus proche à la plus éloignée&#xa0;: laquelle de vos portes est chacune (d&apos;après les identifiants d&apos;immeuble et de porte qu&apos;elle annonce, jamais d&apos;après son adresse), les portes en attente de mise en service (mode installation), les portes d&apos;un autre immeuble, la puissance du signal, l&apos;adresse à donner à door commission/sync --address, et la version de liste annoncée par la porte face à celle enregistrée par Porter («&#xa0;à synchroniser&#xa0;» si elles diffèrent ou si des modifications sont en attente). Les appareils dont l&apos;ordinateur se souvient seulement ne sont pas listés. --power-on active d&apos;abord le Bluetooth de l&apos;ordinateur.</translation>
    </message>
    <message>
        <source>How long to listen (default 5).</source>
        <translation>Durée d&apos;écoute (5 par défaut).</translation>
    </message>
    <message>
        <source>Turn the computer&apos;s Bluetooth on if it is off.</source>
        <translation>Activer le Bluetooth de l&apos;ordinateur s&apos;il est désactivé.</translation>
    </message>
    <message>
        <source>Is porter-door serve running there?</source>
        <translation>porter-door serve tourne-t-il à cet endroit&#xa0;?</translation>
    </message>
    <message>
        <source>Commissioning door %1 ‘%2’ failed: %3</source>
        <translation>La mise en service de la porte %1 «&#xa0;%2&#xa0;» a échoué&#xa0;: %3</translation>
    </message>
    <message>
        <source>It holds no access yet: run porterctl door sync %1 --ble.</source>
        <translation>Elle ne contient encore aucun accès&#xa0;: exécutez porterctl door sync %1 --ble.</translation>
    </message>
    <message>
        <source>door commission needs --ble, --tcp HOST:PORT or --state DIR (one of them).</source>
        <translation>door commission a besoin de --ble, --tcp HOST:PORT ou --state DIR (l&apos;un d&apos;eux).</translation>
    </message>
    <message>
        <source>Gives a new door the property&apos;s signing key and the doorcode secret, and records the door&apos;s identity key. The door must be in install mode (its install button pressed less than 10 minutes ago: porter-door install). --ble finds it over Bluetooth: porterctl listens for --seconds (default 5) and takes the one door waiting to be commissioned (several: choose one with --address, as door scan lists them). --tcp talks to porter-door serve. Over either link the door and porterctl both show a six-digit pairing code and you are asked &quot;does the door show NNNNNN? [y/N]&quot; (one line of standard input) before anything secret is sent. --yes accepts it unseen, for scripts on a link you trust: on any other link a device in the middle could be commissioned instead. --state commissions a porter-door state directory in process (porter-door must not be running on it). A door Porter already knows is commissioned again only after you confirm replacing its identity (asked on standard input, or --replace).</source>
        <translation>Donne à une nouvelle porte la clé de signature de l&apos;immeuble et le secret de codes de porte, et enregistre la clé d&apos;identité de la porte. La porte doit être en mode installation (son bouton d&apos;installation pressé il y a moins de 10 minutes&#xa0;: porter-door install). --ble la trouve en Bluetooth&#xa0;: porterctl écoute pendant --seconds (5 par défaut) et prend l&apos;unique porte en attente de mise en service (s&apos;il y en a plusieurs, choisissez-en une avec --address, telle que door scan les liste). --tcp dialogue avec porter-door serve. Sur l&apos;une ou l&apos;autre liaison, la porte et porterctl affichent tous deux un code d&apos;appairage à six chiffres, et la question &quot;does the door show NNNNNN? [y/N]&quot; vous est posée (une ligne de l&apos;entrée standard) avant tout envoi de secret. --yes l&apos;accepte sans la voir, pour les scripts sur une liaison de confiance&#xa0;: sur toute autre liaison, un appareil intercalé pourrait être mis en service à sa place. --state met en service, dans le processus, un répertoire d&apos;état de porter-door (porter-door ne doit pas tourner dessus). Une porte que Porter connaît déjà n&apos;est remise en service qu&apos;après confirmation du remplacement de son identité (demandée sur l&apos;entrée standard, ou --replace).</translation>
    </message>
    <message>
        <source>Find the door over Bluetooth.</source>
        <translation>Trouver la porte en Bluetooth.</translation>
    </message>
    <message>
        <source>With --ble: the door&apos;s Bluetooth address (door scan).</source>
        <translation>Avec --ble&#xa0;: l&apos;adresse Bluetooth de la porte (door scan).</translation>
    </message>
    <message>
        <source>With --ble: how long to listen for the door (default 5).</source>
        <translation>Avec --ble&#xa0;: durée d&apos;écoute de la porte (5 par défaut).</translation>
    </message>
    <message>
        <source>door sync needs --ble or --tcp HOST:PORT (one of them).</source>
        <translation>door sync a besoin de --ble ou de --tcp HOST:PORT (l&apos;un des deux).</translation>
    </message>
    <message>
        <source>Link: %1 bytes per write.</source>
        <translation>Liaison&#xa0;: %1 octets par écriture.</translation>
    </message>
    <message>
        <source>Sync a door over Bluetooth or TCP (porter-door serve).</source>
        <translation>Synchroniser une porte en Bluetooth ou TCP (porter-door serve).</translation>
    </message>
    <message>
        <source>Sends the door what it must enforce now (a delta from the version it acknowledged, or a full list), sets its clock, and brings back its activity, battery, firmware and clock drift. The door&apos;s new version is recorded only after the door acknowledged it; the door&apos;s sync task is then cleared. --ble listens up to --seconds (default 10) for the door&apos;s advertisement and connects to it over Bluetooth; a sync that lost its link continues where it stopped when run again. --tcp talks to porter-door serve.</source>
        <translation>Envoie à la porte ce qu&apos;elle doit appliquer désormais (un delta depuis la version qu&apos;elle a confirmée, ou une liste complète), règle son horloge et récupère son activité, sa batterie, son micrologiciel et la dérive de son horloge. La nouvelle version de la porte n&apos;est enregistrée qu&apos;après sa confirmation par la porte&#xa0;; la tâche de synchronisation de la porte est alors effacée. --ble écoute jusqu&apos;à --seconds (10 par défaut) l&apos;annonce de la porte et s&apos;y connecte en Bluetooth&#xa0;; une synchronisation qui a perdu sa liaison reprend là où elle s&apos;est arrêtée quand on la relance. --tcp dialogue avec porter-door serve.</translation>
    </message>
    <message>
        <source>Reach the door over Bluetooth.</source>
        <translation>Joindre la porte en Bluetooth.</translation>
    </message>
    <message>
        <source>With --ble: how long to listen for the door (default 10).</source>
        <translation>Avec --ble&#xa0;: durée d&apos;écoute de la porte (10 par défaut).</translation>
    </message>
    <message>
        <source>commissioned</source>
        <translation>mise en service</translation>
    </message>
    <message>
        <source>not commissioned, waiting to be commissioned (install mode)</source>
        <translation>non mise en service, en attente de mise en service (mode installation)</translation>
    </message>
    <message>
        <source>not commissioned (press its install button)</source>
        <translation>non mise en service (appuyez sur son bouton d&apos;installation)</translation>
    </message>
    <message>
        <source>unknown door (another property)</source>
        <translation>porte inconnue (autre immeuble)</translation>
    </message>
    <message>
        <source>faulted: reset it at the door</source>
        <translation>en défaut&#xa0;: réinitialisez-la sur place</translation>
    </message>
    <message>
        <source>--seconds needs a number from 1 to 600.</source>
        <translation>--seconds a besoin d&apos;un nombre de 1 à 600.</translation>
    </message>
    <message>
        <source>The door at %1 refuses everything (its memory is damaged or was tampered with): reset it at the door and commission it again.</source>
        <translation>La porte à l&apos;adresse %1 refuse tout (sa mémoire est endommagée ou a été altérée)&#xa0;: réinitialisez-la sur place et remettez-la en service.</translation>
    </message>
    <message>
        <source>The door at %1 is not commissioned: commission it first (porterctl door commission %2 --ble).</source>
        <translation>La porte à l&apos;adresse %1 n&apos;est pas mise en service&#xa0;: mettez-la d&apos;abord en service (porterctl door commission %2 --ble).</translation>
    </message>
    <message>
        <source>Nothing was heard from %1 in %2 s: the door is not in range. Stand near the door and try again.</source>
        <translation>Rien n&apos;a été capté de %1 en %2 s&#xa0;: la porte n&apos;est pas à portée. Placez-vous près de la porte et réessayez.</translation>
    </message>
    <message>
        <source>Door %1 ‘%2’ is not in range: it was not heard in %3 s. Stand near the door (check that it has power) and try again.</source>
        <translation>La porte %1 «&#xa0;%2&#xa0;» n&apos;est pas à portée&#xa0;: elle n&apos;a pas été captée en %3 s. Placez-vous près de la porte (vérifiez qu&apos;elle est alimentée) et réessayez.</translation>
    </message>
    <message>
        <source>The door at %1 is %2, not waiting to be commissioned: press its install button, then try again within 10 minutes.</source>
        <translation>La porte à l&apos;adresse %1 n&apos;est pas en attente de mise en service (état&#xa0;: %2)&#xa0;: appuyez sur son bouton d&apos;installation, puis réessayez dans les 10 minutes.</translation>
    </message>
    <message>
        <source>No door waiting to be commissioned was heard in %1 s (%2 door(s) heard). Press the install button of the door to commission as door %3 ‘%4’, stand near it and try again.</source>
        <translation>Aucune porte en attente de mise en service n&apos;a été captée en %1 s (portes captées&#xa0;: %2). Appuyez sur le bouton d&apos;installation de la porte à mettre en service comme porte %3 «&#xa0;%4&#xa0;», placez-vous près d&apos;elle et réessayez.</translation>
    </message>
    <message>
        <source>%1 (%2 dBm)</source>
        <translation>%1 (%2 dBm)</translation>
    </message>
    <message>
        <source>%1 doors are waiting to be commissioned, nearest first: %2. Choose the one in front of you with --address.</source>
        <translation>%1 portes sont en attente de mise en service, de la plus proche à la plus éloignée&#xa0;: %2. Choisissez celle qui est devant vous avec --address.</translation>
    </message>
    <message>
        <source>--%1 must be yes or no.</source>
        <translation>--%1 doit valoir yes ou no.</translation>
    </message>
    <message>
        <source>Nothing to change for person %1.</source>
        <translation>Rien à modifier pour la personne %1.</translation>
    </message>
    <message>
        <source>Edited person %1 (%2): %3.</source>
        <translation>Personne %1 (%2) modifiée&#xa0;: %3.</translation>
    </message>
    <message>
        <source>May share is off: %1 permanent guest passes ended.</source>
        <translation>Peut partager est désactivé&#xa0;: %1 accès invités permanents ont pris fin.</translation>
    </message>
    <message>
        <source>The email changed: send a new welcome email with person resend-welcome.</source>
        <translation>L&apos;e-mail a changé&#xa0;: envoyez un nouvel e-mail de bienvenue avec person resend-welcome.</translation>
    </message>
    <message>
        <source>Edit a person&apos;s contact details, Resident and May share.</source>
        <translation>Modifier les coordonnées, Résident et Peut partager d&apos;une personne.</translation>
    </message>
    <message>
        <source>Changes the options given and keeps the others; the contact is checked as for an invitation. Turning May share off ends the person&apos;s permanent guest passes now; timed passes run to their end. Give --last &quot;&quot; or --phone &quot;&quot; to clear them.</source>
        <translation>Modifie les options indiquées et conserve les autres&#xa0;; les coordonnées sont vérifiées comme pour une invitation. Désactiver Peut partager met fin dès maintenant aux accès invités permanents de la personne&#xa0;; les accès limités dans le temps vont jusqu&apos;à leur fin. Indiquez --last &quot;&quot; ou --phone &quot;&quot; pour les effacer.</translation>
    </message>
    <message>
        <source>Last name.</source>
        <translation>Nom.</translation>
    </message>
    <message>
        <source>Phone number, any common format.</source>
        <translation>Numéro de téléphone, dans tout format courant.</translation>
    </message>
    <message>
        <source>Resident of the property.</source>
        <translation>Résident de l&apos;immeuble.</translation>
    </message>
    <message>
        <source>May share keys with guests.</source>
        <translation>Peut partager des clés avec des invités.</translation>
    </message>
    <message>
        <source>Welcome email for person %1 queued (outbox message %2).</source>
        <translation>E-mail de bienvenue pour la personne %1 en file d&apos;attente (message sortant %2).</translation>
    </message>
    <message>
        <source>Queue a new welcome email for a person.</source>
        <translation>Mettre en file d&apos;attente un nouvel e-mail de bienvenue pour une personne.</translation>
    </message>
    <message>
        <source>Queues a new welcome email to the person&apos;s current address, telling their access as it is now. Refused for deleted people, guests and people without a current or future key.</source>
        <translation>Met en file d&apos;attente un nouvel e-mail de bienvenue à l&apos;adresse actuelle de la personne, décrivant son accès tel qu&apos;il est maintenant. Refusé pour les personnes supprimées, les invités et les personnes sans clé en cours ou à venir.</translation>
    </message>
    <message>
        <source>Ended guest pass %1 of person %2.</source>
        <translation>Accès invité %1 de la personne %2 terminé.</translation>
    </message>
    <message>
        <source>End a guest pass now.</source>
        <translation>Mettre fin à un accès invité maintenant.</translation>
    </message>
    <message>
        <source>Ends one guest pass now (see person show for pass ids); the guest keeps their other passes.</source>
        <translation>Met fin à un accès invité maintenant (voir person show pour les identifiants des accès)&#xa0;; l&apos;invité conserve ses autres accès.</translation>
    </message>
    <message>
        <source>Give --device-management or --no-device-management, not both.</source>
        <translation>Indiquez --device-management ou --no-device-management, pas les deux.</translation>
    </message>
    <message>
        <source>Set the manager&apos;s new password in PORTER_NEW_PASSWORD.</source>
        <translation>Définissez le nouveau mot de passe du gestionnaire dans PORTER_NEW_PASSWORD.</translation>
    </message>
    <message>
        <source>Changed %1 &lt;%2&gt; (manager %3).</source>
        <translation>%1 &lt;%2&gt; modifié (gestionnaire %3).</translation>
    </message>
    <message>
        <source>Their password was reset.</source>
        <translation>Son mot de passe a été réinitialisé.</translation>
    </message>
    <message>
        <source>Change a manager (Portfolio Managers).</source>
        <translation>Modifier un gestionnaire (Gestionnaires de portefeuille).</translation>
    </message>
    <message>
        <source>Changes the options given and keeps the others. --reset-password sets the password read from PORTER_NEW_PASSWORD. The last Portfolio Manager cannot become a Property Manager, and nobody takes the Portfolio Manager role from themselves.</source>
        <translation>Modifie les options indiquées et conserve les autres. --reset-password définit le mot de passe lu dans PORTER_NEW_PASSWORD. Le dernier Gestionnaire de portefeuille ne peut pas devenir Gestionnaire d&apos;immeuble, et personne ne peut se retirer à soi-même le rôle de Gestionnaire de portefeuille.</translation>
    </message>
    <message>
        <source>Assigned properties (replaces the list).</source>
        <translation>Immeubles attribués (remplace la liste).</translation>
    </message>
    <message>
        <source>full, limited, specific or none.</source>
        <translation>full, limited, specific ou none.</translation>
    </message>
    <message>
        <source>Keys for specific Key Management (replaces the list).</source>
        <translation>Clés pour la gestion de certaines clés (remplace la liste).</translation>
    </message>
    <message>
        <source>May no longer add and sync doors.</source>
        <translation>Ne peut plus ajouter ni synchroniser de portes.</translation>
    </message>
    <message>
        <source>Set the password read from PORTER_NEW_PASSWORD.</source>
        <translation>Définir le mot de passe lu dans PORTER_NEW_PASSWORD.</translation>
    </message>
    <message>
        <source>Removed manager %1. They can no longer sign in; their activity stays.</source>
        <translation>Gestionnaire %1 retiré. Il ne peut plus se connecter&#xa0;; son activité est conservée.</translation>
    </message>
    <message>
        <source>Remove a manager (Portfolio Managers).</source>
        <translation>Retirer un gestionnaire (Gestionnaires de portefeuille).</translation>
    </message>
    <message>
        <source>Removes a manager: they can no longer sign in and are no longer listed, and the activity they recorded keeps their name. Adding their email again brings them back. Nobody removes themselves or the last Portfolio Manager.</source>
        <translation>Retire un gestionnaire&#xa0;: il ne peut plus se connecter et n&apos;apparaît plus dans la liste, et l&apos;activité qu&apos;il a enregistrée conserve son nom. L&apos;ajouter de nouveau avec son e-mail le rétablit. Personne ne peut se retirer soi-même ni retirer le dernier Gestionnaire de portefeuille.</translation>
    </message>
    <message>
        <source>Email is not set up. Give --host and --from (see porterctl help mail settings).</source>
        <translation>L&apos;envoi d&apos;e-mails n&apos;est pas configuré. Indiquez --host et --from (voir porterctl help mail settings).</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Server:        %1:%2 (%3)</source>
        <translation>Serveur&#xa0;:             %1:%2 (%3)</translation>
    </message>
    <message>
        <source>User:          %1 (password %2)</source>
        <translation>Utilisateur&#xa0;:         %1 (mot de passe %2)</translation>
    </message>
    <message>
        <source>not stored</source>
        <translation>non enregistré</translation>
    </message>
    <message>
        <source>From:          %1 &lt;%2&gt;</source>
        <translation>Expéditeur&#xa0;:          %1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>Verify server: %1%2</source>
        <translation>Vérifier le serveur&#xa0;: %1%2</translation>
    </message>
    <message>
        <source>Timeout:       %1 s</source>
        <translation>Délai&#xa0;:               %1 s</translation>
    </message>
    <message>
        <source>Daily doorcodes at %1 (property time)</source>
        <translation>Codes de porte quotidiens à %1 (heure de l&apos;immeuble)</translation>
    </message>
    <message>
        <source>--security must be starttls, tls or none.</source>
        <translation>--security doit valoir starttls, tls ou none.</translation>
    </message>
    <message>
        <source>--password reads the mail server&apos;s password from PORTER_SMTP_PASSWORD, which is not set.</source>
        <translation>--password lit le mot de passe du serveur de messagerie dans PORTER_SMTP_PASSWORD, qui n&apos;est pas défini.</translation>
    </message>
    <message>
        <source>Saved the mail settings.</source>
        <translation>Paramètres de messagerie enregistrés.</translation>
    </message>
    <message>
        <source>Security is none: passwords, activation codes and doorcodes cross the network in clear text. Use it only for a server on this computer.</source>
        <translation>Sécurité «&#xa0;none&#xa0;»&#xa0;: les mots de passe, les codes d&apos;activation et les codes de porte transitent en clair sur le réseau. Ne l&apos;utilisez que pour un serveur situé sur cet ordinateur.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not verified: anyone between Porter and the server can read the mail.</source>
        <translation>Le certificat du serveur n&apos;est pas vérifié&#xa0;: toute personne placée entre Porter et le serveur peut lire les e-mails.</translation>
    </message>
    <message>
        <source>Show or change the mail server (Portfolio Managers).</source>
        <translation>Afficher ou modifier le serveur de messagerie (Gestionnaires de portefeuille).</translation>
    </message>
    <message>
        <source>Without options, shows the portfolio&apos;s mail server. With options, changes those and keeps the others. The password is read from PORTER_SMTP_PASSWORD when --password is given and kept encrypted; it is never printed. STARTTLS (port 587) is the default; tls is SMTPS (port 465).</source>
        <translation>Sans option, affiche le serveur de messagerie du portefeuille. Avec des options, modifie celles-ci et conserve les autres. Le mot de passe est lu dans PORTER_SMTP_PASSWORD lorsque --password est indiqué, et conservé chiffré&#xa0;; il n&apos;est jamais affiché. STARTTLS (port 587) est la valeur par défaut&#xa0;; tls correspond à SMTPS (port 465).</translation>
    </message>
    <message>
        <source>Mail server name.</source>
        <translation>Nom du serveur de messagerie.</translation>
    </message>
    <message>
        <source>Port (587 or 465 usually).</source>
        <translation>Port (généralement 587 ou 465).</translation>
    </message>
    <message>
        <source>Connection security.</source>
        <translation>Sécurité de la connexion.</translation>
    </message>
    <message>
        <source>User name (empty: none).</source>
        <translation>Nom d&apos;utilisateur (vide&#xa0;: aucun).</translation>
    </message>
    <message>
        <source>Store the password given in PORTER_SMTP_PASSWORD.</source>
        <translation>Enregistrer le mot de passe indiqué dans PORTER_SMTP_PASSWORD.</translation>
    </message>
    <message>
        <source>Remove the stored password.</source>
        <translation>Supprimer le mot de passe enregistré.</translation>
    </message>
    <message>
        <source>The From address.</source>
        <translation>L&apos;adresse de l&apos;expéditeur.</translation>
    </message>
    <message>
        <source>The From name.</source>
        <translation>Le nom de l&apos;expéditeur.</translation>
    </message>
    <message>
        <source>How long to wait for the server (default 30).</source>
        <translation>Durée d&apos;attente du serveur (30 par défaut).</translation>
    </message>
    <message>
        <source>Verify the server&apos;s certificate.</source>
        <translation>Vérifier le certificat du serveur.</translation>
    </message>
    <message>
        <source>Do not verify the server&apos;s certificate (unsafe).</source>
        <translation>Ne pas vérifier le certificat du serveur (dangereux).</translation>
    </message>
    <message>
        <source>Extra certificate authorities (PEM).</source>
        <translation>Autorités de certification supplémentaires (PEM).</translation>
    </message>
    <message>
        <source>When daily doorcodes are sent, property time.</source>
        <translation>Heure d&apos;envoi des codes de porte quotidiens, à l&apos;heure de l&apos;immeuble.</translation>
    </message>
    <message>
        <source>Sent a test email to &lt;%1&gt;. The server said: %2</source>
        <translation>E-mail de test envoyé à &lt;%1&gt;. Réponse du serveur&#xa0;: %2</translation>
    </message>
    <message>
        <source>Send a test email now (Portfolio Managers).</source>
        <translation>Envoyer maintenant un e-mail de test (Gestionnaires de portefeuille).</translation>
    </message>
    <message>
        <source>Sends one message through the saved mail server, to --to or to you, and prints what the server answered. Nothing is queued.</source>
        <translation>Envoie un message par le serveur de messagerie enregistré, à --to ou à vous-même, et affiche la réponse du serveur. Rien n&apos;est mis en file d&apos;attente.</translation>
    </message>
    <message>
        <source>Recipient.</source>
        <translation>Destinataire.</translation>
    </message>
    <message>
        <source>Sent %1, will retry %2, failed %3; %4 still queued.</source>
        <translation>Envoyés&#xa0;: %1, à réessayer&#xa0;: %2, en échec&#xa0;: %3&#xa0;; encore en file d&apos;attente&#xa0;: %4.</translation>
    </message>
    <message>
        <source>--batch must be from 1 to 10000.</source>
        <translation>--batch doit être compris entre 1 et 10000.</translation>
    </message>
    <message>
        <source>Deliver the queued emails now.</source>
        <translation>Envoyer maintenant les e-mails en file d&apos;attente.</translation>
    </message>
    <message>
        <source>Sends every queued email that is due, over one connection, for a scheduled task when Porter is closed (docs/mail.md has cron, systemd, Task Scheduler and launchd examples). A message the server refuses for now is retried later; one it refuses for good is marked failed with the server&apos;s reason. Exits 0 when delivery ran, listing problems on stderr.</source>
        <translation>Envoie, par une seule connexion, tous les e-mails en file d&apos;attente dont l&apos;heure est venue, pour une tâche planifiée lorsque Porter est fermé (docs/mail.md contient des exemples pour cron, systemd, le Planificateur de tâches et launchd). Un message que le serveur refuse temporairement est réessayé plus tard&#xa0;; un message qu&apos;il refuse définitivement est marqué en échec avec le motif du serveur. Se termine avec le code 0 si l&apos;envoi a eu lieu, en signalant les problèmes sur stderr.</translation>
    </message>
    <message>
        <source>Messages per round (default 100).</source>
        <translation>Messages par cycle (100 par défaut).</translation>
    </message>
    <message>
        <source>Message %1 is queued again.</source>
        <translation>Le message %1 est de nouveau en file d&apos;attente.</translation>
    </message>
    <message>
        <source>Queue a failed email again.</source>
        <translation>Remettre un e-mail en échec dans la file d&apos;attente.</translation>
    </message>
    <message>
        <source>Queued %1 daily doorcode emails (%2 were queued before).</source>
        <translation>E-mails de code de porte quotidien mis en file d&apos;attente&#xa0;: %1 (%2 l&apos;étaient déjà).</translation>
    </message>
    <message>
        <source>%1 has doorcode people but no commissioned door yet: no codes were sent.</source>
        <translation>%1 a des personnes avec code de porte mais encore aucune porte mise en service&#xa0;: aucun code n&apos;a été envoyé.</translation>
    </message>
    <message>
        <source>Email today&apos;s doorcode to everyone who uses doorcodes.</source>
        <translation>Envoyer par e-mail le code de porte du jour à toutes les personnes qui utilisent les codes de porte.</translation>
    </message>
    <message>
        <source>Queues the day&apos;s doorcode email (default: today in each property) for every person with doorcode access active that day, in every property you can see, then delivers the queue. Running it twice for a day sends nothing twice. People revoked or deleted before their email leaves get none.</source>
        <translation>Met en file d&apos;attente l&apos;e-mail du code de porte du jour (par défaut&#xa0;: aujourd&apos;hui dans chaque immeuble) pour chaque personne ayant un accès par code de porte actif ce jour-là, dans tous les immeubles que vous voyez, puis envoie la file d&apos;attente. L&apos;exécuter deux fois pour un même jour n&apos;envoie rien en double. Les personnes révoquées ou supprimées avant le départ de leur e-mail n&apos;en reçoivent pas.</translation>
    </message>
    <message>
        <source>The local day (default today).</source>
        <translation>Le jour local (par défaut aujourd&apos;hui).</translation>
    </message>
    <message>
        <source>Queue, do not deliver now.</source>
        <translation>Mettre en file d&apos;attente sans envoyer maintenant.</translation>
    </message>
    <message>
        <source>The language of their emails (default English).</source>
        <translation>La langue de ses e-mails (anglais par défaut).</translation>
    </message>
    <message>
        <source>The language of their emails.</source>
        <translation>La langue de ses e-mails.</translation>
    </message>
    <message>
        <source>Emails and their delivery state.</source>
        <translation>Les e-mails et leur état d&apos;envoi.</translation>
    </message>
    <message>
        <source>Lists the emails of the properties you can see (welcome emails, daily doorcodes) with their state: queued, sent or failed with the server&apos;s reason.</source>
        <translation>Liste les e-mails des immeubles que vous voyez (e-mails de bienvenue, codes de porte quotidiens) avec leur état&#xa0;: en file d&apos;attente, envoyé, ou en échec avec le motif du serveur.</translation>
    </message>
    <message>
        <source>in the system keychain</source>
        <translation>dans le trousseau du système</translation>
    </message>
    <message>
        <source>stored, encrypted</source>
        <translation>enregistré et chiffré</translation>
    </message>
    <message>
        <source>Puts a failed message back in the queue, to be written again at its next attempt (after fixing the address or the server).</source>
        <translation>Remet en file d&apos;attente un message en échec, rédigé de nouveau à sa prochaine tentative (après avoir corrigé l&apos;adresse ou le serveur).</translation>
    </message>
    <message>
        <source>new invitation</source>
        <translation>nouvelle invitation</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>inchangée</translation>
    </message>
    <message>
        <source>revoked: left as they are (--give-access-again)</source>
        <translation>révoquée : laissée telle quelle (--give-access-again)</translation>
    </message>
    <message>
        <source>import people needs the FILE to import.</source>
        <translation>import people a besoin du FILE à importer.</translation>
    </message>
    <message>
        <source>Imported: %1.</source>
        <translation>Importé : %1.</translation>
    </message>
    <message>
        <source>Preview (nothing written): %1.</source>
        <translation>Aperçu (rien d&apos;écrit) : %1.</translation>
    </message>
    <message>
        <source>Preview (nothing written): %1. Fix the rows with errors, or add --valid-rows-only to import the others.</source>
        <translation>Aperçu (rien d&apos;écrit) : %1. Corrigez les lignes avec erreurs, ou ajoutez --valid-rows-only pour importer les autres.</translation>
    </message>
    <message numerus="yes">
        <source>Welcome emails queued: %n.</source>
        <translation>
            <numerusform>E-mails de bienvenue en file d&apos;attente : %n.</numerusform>
            <numerusform>E-mails de bienvenue en file d&apos;attente : %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Offline doors to sync, one change each: %n.</source>
        <translation>
            <numerusform>Portes hors ligne à synchroniser, une modification chacune : %n.</numerusform>
            <numerusform>Portes hors ligne à synchroniser, une modification chacune : %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported: %1. Fix the rows with errors, or add --valid-rows-only to import the others.</source>
        <translation>Rien n&apos;a été importé : %1. Corrigez les lignes avec erreurs, ou ajoutez --valid-rows-only pour importer les autres.</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Rien n&apos;a été importé : %1</translation>
    </message>
    <message>
        <source>Invite and update people from a spreadsheet (CSV).</source>
        <translation>Inviter et mettre à jour des personnes depuis une feuille de calcul (CSV).</translation>
    </message>
    <message>
        <source>Reads a CSV file saved by Excel or LibreOffice (any of their encodings and separators) whose header names the columns: first name, last name, email, phone, access method, keys (by name, several per cell), resident, may share, start, expiration, language - in English, Spanish or French. Each row invites a new person, or updates the person of the property with that email (keys added or removed to match the row, expiration moved, details); a blank cell leaves a listed person&apos;s value as it is. Dates are the property&apos;s local time. Nothing is written when any row has an error, unless --valid-rows-only; either way the import is all or nothing. Importing the same file again changes nothing. Revoked people are reported, not given access again, unless --give-access-again. Offline doors get one change for the whole import.</source>
        <translation>Lit un fichier CSV enregistré par Excel ou LibreOffice (avec n&apos;importe lequel de leurs encodages et séparateurs) dont l&apos;en-tête nomme les colonnes : prénom, nom, e-mail, téléphone, méthode d&apos;accès, clés (par nom, plusieurs par cellule), résident, peut partager, début, expiration, langue, en anglais, en espagnol ou en français. Chaque ligne invite une nouvelle personne, ou met à jour la personne de la propriété ayant cet e-mail (clés ajoutées ou retirées pour correspondre à la ligne, expiration déplacée, coordonnées) ; une cellule vide laisse la valeur d&apos;une personne déjà présente telle quelle. Les dates sont à l&apos;heure locale de la propriété. Rien n&apos;est écrit si une ligne a une erreur, sauf avec --valid-rows-only ; dans tous les cas l&apos;import est tout ou rien. Importer à nouveau le même fichier ne change rien. Les personnes révoquées sont signalées et ne retrouvent pas l&apos;accès, sauf avec --give-access-again. Les portes hors ligne reçoivent une seule modification pour tout l&apos;import.</translation>
    </message>
    <message>
        <source>Show what would happen; write nothing.</source>
        <translation>Montrer ce qui se passerait ; ne rien écrire.</translation>
    </message>
    <message>
        <source>Import the rows without errors, skip the others.</source>
        <translation>Importer les lignes sans erreurs, ignorer les autres.</translation>
    </message>
    <message>
        <source>Give revoked people in the file the row&apos;s keys again.</source>
        <translation>Redonner les clés de la ligne aux personnes révoquées du fichier.</translation>
    </message>
    <message>
        <source>%1 needs --output FILE (.csv or .xlsx).</source>
        <translation>%1 a besoin de --output FILE (.csv ou .xlsx).</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Exported %1 people to %2.</source>
        <translation>%1 personnes exportées vers %2.</translation>
    </message>
    <message>
        <source>Export a property&apos;s people to CSV or Excel.</source>
        <translation>Exporter les personnes d&apos;une propriété en CSV ou Excel.</translation>
    </message>
    <message>
        <source>Writes everyone listed at the property (guests with their host) with their keys, status, start, expiration, guests and keycards, in the import&apos;s columns: the file imports back unchanged. FILE ending in .xlsx is an Excel workbook, anything else CSV (UTF-8). No cell is ever a formula.</source>
        <translation>Écrit toutes les personnes de la propriété (les invités avec leur hôte) avec leurs clés, statut, début, expiration, invités et badges, dans les colonnes de l&apos;import : le fichier se réimporte inchangé. Un FILE se terminant par .xlsx est un classeur Excel ; tout autre, du CSV (UTF-8). Aucune cellule n&apos;est jamais une formule.</translation>
    </message>
    <message>
        <source>The file to write (.csv or .xlsx).</source>
        <translation>Le fichier à écrire (.csv ou .xlsx).</translation>
    </message>
    <message>
        <source>Unknown kind &quot;%1&quot;: use doors, changes, denials or devices.</source>
        <translation>Type inconnu « %1 » : utilisez doors, changes, denials ou devices.</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <source>Exported %1 events to %2.</source>
        <translation>%1 événements exportés vers %2.</translation>
    </message>
    <message>
        <source>Export a property&apos;s activity to CSV or Excel.</source>
        <translation>Exporter l&apos;activité d&apos;une propriété en CSV ou Excel.</translation>
    </message>
    <message>
        <source>Writes the activity the Activity page shows with the same filters: --from and --to, --kinds (doors, changes, denials, devices) and --search (a person, door or manager). Times are the property&apos;s local time. Residents&apos; events at Residence doors carry no identity. FILE ending in .xlsx is an Excel workbook, anything else CSV (UTF-8).</source>
        <translation>Écrit l&apos;activité que montre la page Activité avec les mêmes filtres : --from et --to, --kinds (doors, changes, denials, devices) et --search (une personne, une porte ou un gestionnaire). Les heures sont à l&apos;heure locale de la propriété. Les événements des résidents aux portes de logement ne portent pas d&apos;identité. Un FILE se terminant par .xlsx est un classeur Excel ; tout autre, du CSV (UTF-8).</translation>
    </message>
    <message>
        <source>doors, changes, denials, devices (default all).</source>
        <translation>doors, changes, denials, devices (par défaut, tous).</translation>
    </message>
    <message>
        <source>A person, door or manager.</source>
        <translation>Une personne, une porte ou un gestionnaire.</translation>
    </message>
    <message>
        <source>--map needs HEADER=FIELD, FIELD one of: %1 (got &quot;%2&quot;).</source>
        <translation>--map attend EN-TÊTE=CHAMP, CHAMP parmi : %1 (reçu « %2 »).</translation>
    </message>
    <message>
        <source>The file has no column &quot;%1&quot;. Its columns: %2.</source>
        <translation>Le fichier n&apos;a pas de colonne « %1 ». Ses colonnes : %2.</translation>
    </message>
    <message>
        <source>Columns not imported (not a field Porter knows; name one with --map): %1.</source>
        <translation>Colonnes non importées (pas un champ connu de Porter ; indiquez-le avec --map) : %1.</translation>
    </message>
    <message>
        <source>The field of a column Porter does not recognize (repeatable): first-name, last-name, email, phone, method, keys, resident, may-share, start, expiration, language or ignore.</source>
        <translation>Le champ d&apos;une colonne que Porter ne reconnaît pas (répétable) : first-name, last-name, email, phone, method, keys, resident, may-share, start, expiration, language ou ignore.</translation>
    </message>
    <message>
        <source>Moved the portfolio of %1 to %2: %3 rows in %4 tables, each row read back from the server and compared.</source>
        <translation>Portefeuille de %1 déplacé vers %2 : %3 lignes dans %4 tables, chaque ligne relue sur le serveur et comparée.</translation>
    </message>
    <message>
        <source>The file is unchanged. Open the portfolio with --db %1 from now on.</source>
        <translation>Le fichier est inchangé. Ouvrez désormais le portefeuille avec --db %1.</translation>
    </message>
    <message>
        <source>Move a portfolio from its SQLite file to a PostgreSQL server.</source>
        <translation>Déplacer un portefeuille de son fichier SQLite vers un serveur PostgreSQL.</translation>
    </message>
    <message>
        <source>Copies every row of the SQLite file to a server database that holds no portfolio yet, with its ids, then reads every row back from the server and compares it with the file, all in one transaction: on any difference nothing is kept. The server&apos;s password comes from PGPASSWORD or the PostgreSQL password file. No --as is needed: whoever may read the file may copy it.</source>
        <translation>Copie chaque ligne du fichier SQLite, avec ses identifiants, vers une base de données du serveur qui ne contient encore aucun portefeuille, puis relit chaque ligne sur le serveur et la compare au fichier, le tout en une seule transaction : à la moindre différence, rien n’est conservé. Le mot de passe du serveur vient de PGPASSWORD ou du fichier de mots de passe de PostgreSQL. Pas besoin de --as : qui peut lire le fichier peut le copier.</translation>
    </message>
    <message>
        <source>The portfolio&apos;s SQLite file.</source>
        <translation>Le fichier SQLite du portefeuille.</translation>
    </message>
    <message>
        <source>The server database (postgresql://...).</source>
        <translation>La base de données du serveur (postgresql://...).</translation>
    </message>
    <message>
        <source>PostgreSQL: the manager&apos;s own login, created with the password; they sign in by connecting with it.</source>
        <translation>PostgreSQL : l&apos;identifiant propre du gestionnaire, créé avec le mot de passe ; il se connecte avec lui.</translation>
    </message>
    <message>
        <source>PostgreSQL: the manager&apos;s own login, created with the same password; they sign in by connecting with it.</source>
        <translation>PostgreSQL : l&apos;identifiant propre du gestionnaire, créé avec le même mot de passe ; il se connecte avec lui.</translation>
    </message>
    <message>
        <source>PostgreSQL: give a manager who has none their own login, with the password read from PORTER_NEW_PASSWORD.</source>
        <translation>PostgreSQL : donne à un gestionnaire qui n&apos;en a pas son propre identifiant, avec le mot de passe lu dans PORTER_NEW_PASSWORD.</translation>
    </message>
    <message>
        <source>Their PostgreSQL login is %1: they sign in by connecting with it (--db postgresql://%1@SERVER/DATABASE) and its password.</source>
        <translation>Son identifiant PostgreSQL est %1 : il se connecte avec lui (--db postgresql://%1@SERVEUR/BASE) et son mot de passe.</translation>
    </message>
    <message>
        <source>This connection is the login %1 of %2, not of %3. Connect with %3&apos;s own login.</source>
        <translation>Cette connexion est l&apos;identifiant %1 de %2, pas de %3. Connectez-vous avec l&apos;identifiant propre de %3.</translation>
    </message>
    <message>
        <source>Set your new password in PORTER_NEW_PASSWORD.</source>
        <translation>Indiquez votre nouveau mot de passe dans PORTER_NEW_PASSWORD.</translation>
    </message>
    <message>
        <source>Your password is changed.</source>
        <translation>Votre mot de passe est modifié.</translation>
    </message>
    <message>
        <source>The password of your login %1 is changed.</source>
        <translation>Le mot de passe de votre identifiant %1 est modifié.</translation>
    </message>
    <message>
        <source>Change your own password.</source>
        <translation>Modifier votre propre mot de passe.</translation>
    </message>
    <message>
        <source>Changes the signed-in manager&apos;s own password to the one in PORTER_NEW_PASSWORD, after checking the current one (PORTER_PASSWORD, or typed). On a portfolio on a PostgreSQL server, a manager with their own login changes that login&apos;s password; the server checks the current one.</source>
        <translation>Remplace le mot de passe du gestionnaire connecté par celui de PORTER_NEW_PASSWORD, après vérification de l’actuel (PORTER_PASSWORD, ou saisi). Sur un portefeuille sur un serveur PostgreSQL, un gestionnaire qui a son propre identifiant change le mot de passe de cet identifiant ; le serveur vérifie l’actuel.</translation>
    </message>
    <message>
        <source>This portfolio is a file: its door secrets are sealed with this computer&apos;s key.</source>
        <translation>Ce portefeuille est un fichier&#xa0;: ses secrets de porte sont scellés avec la clé de cet ordinateur.</translation>
    </message>
    <message>
        <source>(not signed in yet)</source>
        <translation>(pas encore connecté)</translation>
    </message>
    <message>
        <source>Who holds the door secrets of each property.</source>
        <translation>Qui détient les secrets de porte de chaque immeuble.</translation>
    </message>
    <message>
        <source>Nothing to give: no property of theirs has a commissioned door, or you hold none of them.</source>
        <translation>Rien à donner&#xa0;: aucun de ses immeubles n&apos;a de porte mise en service, ou vous n&apos;en détenez aucun secret.</translation>
    </message>
    <message>
        <source>Gave manager %1 the door secrets of 1 property.</source>
        <translation>Secrets de porte d&apos;un immeuble donnés au gestionnaire %1.</translation>
    </message>
    <message numerus="yes">
        <source>Gave manager %1 the door secrets of %n properties.</source>
        <translation>
            <numerusform>Secrets de porte de %n immeuble donnés au gestionnaire %1.</numerusform>
            <numerusform>Secrets de porte de %n immeubles donnés au gestionnaire %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Give a manager the door secrets (Device Management).</source>
        <translation>Donner les secrets de porte à un gestionnaire (gestion des appareils).</translation>
    </message>
    <message>
        <source>The manager&apos;s key, as they read it out.</source>
        <translation>La clé du gestionnaire, telle qu&apos;il la lit à voix haute.</translation>
    </message>
    <message>
        <source>This portfolio is a file: there is no key per manager.</source>
        <translation>Ce portefeuille est un fichier&#xa0;: il n&apos;y a pas de clé par gestionnaire.</translation>
    </message>
    <message>
        <source>Your key on this computer: %1</source>
        <translation>Votre clé sur cet ordinateur&#xa0;: %1</translation>
    </message>
    <message>
        <source>Registered for you: %1 (another computer&apos;s). To sync doors from here, run porterctl secrets replace-key, then ask a holder to give you the door secrets again.</source>
        <translation>Enregistrée pour vous&#xa0;: %1 (celle d&apos;un autre ordinateur). Pour synchroniser des portes depuis cet ordinateur, exécutez porterctl secrets replace-key, puis demandez à un détenteur de vous redonner les secrets de porte.</translation>
    </message>
    <message>
        <source>Show your own device key.</source>
        <translation>Afficher votre propre clé d&apos;appareil.</translation>
    </message>
    <message>
        <source>Shows the fingerprint of your device key on this computer, which you read out to the manager who gives you the door secrets, and the key registered for you if it is another computer&apos;s.</source>
        <translation>Affiche l&apos;empreinte de votre clé d&apos;appareil sur cet ordinateur, que vous lisez à voix haute au gestionnaire qui vous donne les secrets de porte, ainsi que la clé enregistrée pour vous si c&apos;est celle d&apos;un autre ordinateur.</translation>
    </message>
    <message>
        <source>Registered this computer&apos;s key %1. A holder gives you the door secrets again: read this key out to them.</source>
        <translation>Clé %1 de cet ordinateur enregistrée. Un détenteur doit vous redonner les secrets de porte&#xa0;: lisez-lui cette clé à voix haute.</translation>
    </message>
    <message>
        <source>Register this computer&apos;s key as yours.</source>
        <translation>Enregistrer la clé de cet ordinateur comme la vôtre.</translation>
    </message>
    <message>
        <source>registered</source>
        <translation>enregistrée</translation>
    </message>
    <message>
        <source>On a portfolio on a PostgreSQL server, each property&apos;s signing key and doorcode secret are wrapped for every manager who may sync its doors (Portfolio Managers, and managers with Device Management on it), with that manager&apos;s own device key. Lists whether each manager has a key (KEY; none until their first sign-in), the properties whose secrets they hold, those they wait for (a holder gives them with secrets give), and copies left to withdraw.</source>
        <translation>Dans un portefeuille sur un serveur PostgreSQL, la clé de signature et le secret de codes de porte de chaque immeuble sont chiffrés pour chaque gestionnaire autorisé à synchroniser ses portes (les Gestionnaires de portefeuille, et les gestionnaires disposant de la gestion des appareils sur cet immeuble), avec la propre clé d&apos;appareil de ce gestionnaire. Indique si chaque gestionnaire a une clé (KEY&#xa0;; aucune avant sa première connexion), les immeubles dont il détient les secrets, ceux qu&apos;il attend (un détenteur les lui donne avec secrets give) et les copies restant à retirer.</translation>
    </message>
    <message>
        <source>Wraps the door secrets of every property you hold and they should hold for the manager&apos;s registered key. --fingerprint is that key as the manager reads it from their own Porter (porterctl secrets key, or Settings ▸ Security): all six groups. A key that does not match is refused: it may be someone else&apos;s.</source>
        <translation>Chiffre, pour la clé enregistrée pour le gestionnaire, les secrets de porte de chaque immeuble que vous détenez et qu&apos;il devrait détenir. --fingerprint est cette clé telle que le gestionnaire la lit dans son propre Porter (porterctl secrets key, ou Paramètres ▸ Sécurité)&#xa0;: les six groupes. Une clé qui ne correspond pas est refusée&#xa0;: elle peut être celle de quelqu&apos;un d&apos;autre.</translation>
    </message>
    <message>
        <source>changes after the kit was built: not checked</source>
        <translation>modifications après la création du kit&#xa0;: non vérifiées</translation>
    </message>
    <message>
        <source>up to date as of %1</source>
        <translation>à jour au %1</translation>
    </message>
    <message>
        <source>not delivered yet</source>
        <translation>pas encore livré</translation>
    </message>
    <message>
        <source>took version %1</source>
        <translation>a appliqué la version %1</translation>
    </message>
    <message>
        <source>holds version %1</source>
        <translation>détient la version %1</translation>
    </message>
    <message>
        <source>answered</source>
        <translation>a répondu</translation>
    </message>
    <message>
        <source>; refused the update (%1)</source>
        <translation>&#xa0;; a refusé la mise à jour (%1)</translation>
    </message>
    <message numerus="yes">
        <source>; %n activity entries</source>
        <translation>
            <numerusform>&#xa0;; %n entrée d&apos;activité</numerusform>
            <numerusform>&#xa0;; %n entrées d&apos;activité</numerusform>
        </translation>
    </message>
    <message>
        <source>; uploaded</source>
        <translation>&#xa0;; envoyé</translation>
    </message>
    <message>
        <source>; to upload</source>
        <translation>&#xa0;; à envoyer</translation>
    </message>
    <message>
        <source>Not in the kit: %1 is not commissioned (needs a visit with Porter online).</source>
        <translation>Hors du kit&#xa0;: %1 n&apos;est pas mise en service (nécessite une visite avec Porter en ligne).</translation>
    </message>
    <message>
        <source>Name the field kit file.</source>
        <translation>Indiquez le nom du fichier du kit de terrain.</translation>
    </message>
    <message>
        <source>kit build needs --property IDS or --door IDS.</source>
        <translation>kit build a besoin de --property IDS ou de --door IDS.</translation>
    </message>
    <message>
        <source>%1 exists already: choose another file.</source>
        <translation>%1 existe déjà&#xa0;: choisissez un autre fichier.</translation>
    </message>
    <message>
        <source>Built. It opens only on this computer, for you.</source>
        <translation>Créé. Il ne s&apos;ouvre que sur cet ordinateur, pour vous.</translation>
    </message>
    <message>
        <source>Build a field kit to sync doors where there is no internet.</source>
        <translation>Créer un kit de terrain pour synchroniser des portes là où il n&apos;y a pas d&apos;Internet.</translation>
    </message>
    <message>
        <source>Before going to sites with no internet: writes FILE with, for each commissioned door of the properties or doors named, Porter&apos;s signed update from the version the door last acknowledged, its full list as a fallback, and a certificate that lets the kit open sessions with that door only, for --days (default 3, at most 14). The kit cannot change anyone&apos;s access: it holds neither the property key nor the doorcode secret. It opens only on this computer, for this user. Doors not commissioned yet are listed as needing a visit with Porter online. Needs Device Management on each property, as a sync does.</source>
        <translation>Avant d&apos;aller sur des sites sans Internet&#xa0;: écrit FILE avec, pour chaque porte mise en service des immeubles ou des portes indiqués, la mise à jour signée par Porter depuis la dernière version confirmée par la porte, sa liste complète en solution de repli, et un certificat qui permet au kit d&apos;ouvrir des sessions avec cette porte uniquement, pendant --days (3 par défaut, 14 au plus). Le kit ne peut modifier l&apos;accès de personne&#xa0;: il ne contient ni la clé de l&apos;immeuble ni le secret de codes de porte. Il ne s&apos;ouvre que sur cet ordinateur, pour cet utilisateur. Les portes pas encore mises en service sont listées comme nécessitant une visite avec Porter en ligne. Nécessite la gestion des appareils pour chaque immeuble, comme une synchronisation.</translation>
    </message>
    <message>
        <source>The kit file to write.</source>
        <translation>Le fichier du kit à écrire.</translation>
    </message>
    <message>
        <source>Every commissioned door of these properties (1,2,3).</source>
        <translation>Toutes les portes mises en service de ces immeubles (1,2,3).</translation>
    </message>
    <message>
        <source>These doors (1,2,3).</source>
        <translation>Ces portes (1,2,3).</translation>
    </message>
    <message>
        <source>How long the kit is valid (1-14, default 3).</source>
        <translation>Durée de validité du kit (1-14, 3 par défaut).</translation>
    </message>
    <message>
        <source>What a field kit carries and what its doors answered.</source>
        <translation>Ce que contient un kit de terrain et ce que ses portes ont répondu.</translation>
    </message>
    <message>
        <source>Lists the kit&apos;s doors: the versions it takes them to, the changes made after it was built as last checked online (kit check), and each door&apos;s answer at the site. Needs no database.</source>
        <translation>Liste les portes du kit&#xa0;: les versions auxquelles il les amène, les modifications faites après sa création selon la dernière vérification en ligne (kit check), et la réponse de chaque porte sur place. Ne nécessite aucune base de données.</translation>
    </message>
    <message>
        <source>Count the changes a field kit will not bring its doors.</source>
        <translation>Compter les modifications qu&apos;un kit de terrain n&apos;apportera pas à ses portes.</translation>
    </message>
    <message>
        <source>Online, before going: counts for each door of the kit the changes made after the kit was built, and keeps the count in the kit, so that kit deliver can say it at the door without internet. Build a new kit to bring them.</source>
        <translation>En ligne, avant de partir&#xa0;: compte pour chaque porte du kit les modifications faites après la création du kit, et conserve ce nombre dans le kit, pour que kit deliver puisse l&apos;indiquer à la porte sans Internet. Créez un nouveau kit pour les apporter.</translation>
    </message>
    <message>
        <source>Door %1 ‘%2’ (%3): %4.</source>
        <translation>Porte %1 «&#xa0;%2&#xa0;» (%3)&#xa0;: %4.</translation>
    </message>
    <message>
        <source>kit deliver needs --ble or --tcp HOST:PORT (one of them).</source>
        <translation>kit deliver a besoin de --ble ou de --tcp HOST:PORT (l&apos;un des deux).</translation>
    </message>
    <message>
        <source>With --tcp, name the one door there: --door ID.</source>
        <translation>Avec --tcp, indiquez l&apos;unique porte qui s&apos;y trouve&#xa0;: --door ID.</translation>
    </message>
    <message>
        <source>Door %1 is not in this field kit.</source>
        <translation>La porte %1 ne fait pas partie de ce kit de terrain.</translation>
    </message>
    <message>
        <source>This field kit expired on %1: doors refuse it. Build a new one with Porter online.</source>
        <translation>Ce kit de terrain a expiré le %1&#xa0;: les portes le refusent. Créez-en un nouveau avec Porter en ligne.</translation>
    </message>
    <message>
        <source>Door %1 ‘%2’: not heard in %3 s.</source>
        <translation>Porte %1 «&#xa0;%2&#xa0;»&#xa0;: pas captée en %3 s.</translation>
    </message>
    <message>
        <source>No door of this kit was reached. Stand near a door and try again.</source>
        <translation>Aucune porte de ce kit n&apos;a été jointe. Placez-vous près d&apos;une porte et réessayez.</translation>
    </message>
    <message>
        <source>Back online, upload the answers: porterctl kit upload %1</source>
        <translation>De retour en ligne, envoyez les réponses&#xa0;: porterctl kit upload %1</translation>
    </message>
    <message>
        <source>Deliver a field kit to its doors (no internet needed).</source>
        <translation>Livrer un kit de terrain à ses portes (sans besoin d&apos;Internet).</translation>
    </message>
    <message>
        <source>At the site: delivers the kit&apos;s update to each door of the kit heard over Bluetooth (--ble; --door to choose some) or to the one door at --tcp (porter-door serve). Before each door it says how many changes made after the kit was built will not reach it, as last checked online. Each door&apos;s answer (the version it took, its activity, battery and clock) is kept in the kit file at once; the door keeps its activity too, until Porter syncs it. Needs no database and no internet: back online, kit upload stores the answers.</source>
        <translation>Sur place&#xa0;: livre la mise à jour du kit à chaque porte du kit captée en Bluetooth (--ble&#xa0;; --door pour en choisir certaines) ou à l&apos;unique porte à --tcp (porter-door serve). Avant chaque porte, indique combien de modifications faites après la création du kit ne lui parviendront pas, selon la dernière vérification en ligne. La réponse de chaque porte (la version appliquée, son activité, sa batterie et son horloge) est aussitôt conservée dans le fichier du kit&#xa0;; la porte conserve aussi son activité jusqu&apos;à ce que Porter la synchronise. Ne nécessite ni base de données ni Internet&#xa0;: de retour en ligne, kit upload enregistre les réponses.</translation>
    </message>
    <message>
        <source>Find the kit&apos;s doors over Bluetooth.</source>
        <translation>Trouver les portes du kit en Bluetooth.</translation>
    </message>
    <message>
        <source>Only these doors of the kit.</source>
        <translation>Uniquement ces portes du kit.</translation>
    </message>
    <message>
        <source>With --ble: how long to listen (default 10).</source>
        <translation>Avec --ble&#xa0;: durée d&apos;écoute (10 par défaut).</translation>
    </message>
    <message>
        <source>No door of this kit has answered yet: deliver it first (porterctl kit deliver).</source>
        <translation>Aucune porte de ce kit n&apos;a encore répondu&#xa0;: livrez-le d&apos;abord (porterctl kit deliver).</translation>
    </message>
    <message>
        <source>%1 (recorded now)</source>
        <translation>%1 (enregistrée maintenant)</translation>
    </message>
    <message>
        <source>Store what a field kit&apos;s doors answered.</source>
        <translation>Enregistrer ce que les portes d&apos;un kit de terrain ont répondu.</translation>
    </message>
    <message>
        <source>Back online: stores the doors&apos; answers kept in the kit, in one transaction. A door&apos;s new version is recorded only on its authenticated word and only if Porter still records the version the kit started from; its sync task then clears for exactly the changes the kit carried. Activity is stored once per entry, so uploading the same kit again stores nothing twice. STILL PENDING counts the changes the door still needs (made after the kit was built, or not taken).</source>
        <translation>De retour en ligne&#xa0;: enregistre en une seule transaction les réponses des portes conservées dans le kit. La nouvelle version d&apos;une porte n&apos;est enregistrée que sur confirmation authentifiée de la porte elle-même, et seulement si Porter enregistre encore la version dont le kit est parti&#xa0;; sa tâche de synchronisation est alors effacée pour exactement les modifications qu&apos;apportait le kit. L&apos;activité est enregistrée une seule fois par entrée, donc envoyer de nouveau le même kit n&apos;enregistre rien deux fois. STILL PENDING compte les modifications dont la porte a encore besoin (faites après la création du kit, ou non appliquées).</translation>
    </message>
    <message>
        <source>1 change made after this kit was built will not reach this door (checked %1)</source>
        <translation>1 modification faite après la création de ce kit ne parviendra pas à cette porte (vérifié le %1)</translation>
    </message>
    <message numerus="yes">
        <source>%n changes made after this kit was built will not reach this door (checked %1)</source>
        <translation>
            <numerusform>%n modification faite après la création de ce kit ne parviendra pas à cette porte (vérifié le %1)</numerusform>
            <numerusform>%n modifications faites après la création de ce kit ne parviendront pas à cette porte (vérifié le %1)</numerusform>
        </translation>
    </message>
    <message>
        <source>; 1 activity entry</source>
        <translation>&#xa0;; 1 entrée d&apos;activité</translation>
    </message>
    <message>
        <source>Field kit %1: 1 door, built by %2 on %3, valid until %4.</source>
        <translation>Kit de terrain %1&#xa0;: 1 porte, créé par %2 le %3, valable jusqu&apos;au %4.</translation>
    </message>
    <message numerus="yes">
        <source>Field kit %1: %n doors, built by %2 on %3, valid until %4.</source>
        <translation>
            <numerusform>Kit de terrain %1&#xa0;: %n porte, créé par %2 le %3, valable jusqu&apos;au %4.</numerusform>
            <numerusform>Kit de terrain %1&#xa0;: %n portes, créé par %2 le %3, valable jusqu&apos;au %4.</numerusform>
        </translation>
    </message>
    <message>
        <source>Uploaded. New versions recorded: %1. New activity entries: %2.</source>
        <translation>Envoyé. Nouvelles versions enregistrées&#xa0;: %1. Nouvelles entrées d&apos;activité&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Signing key: epoch %1 (new); this door no longer takes what the old key signed.</source>
        <translation>Clé de signature&#xa0;: époque %1 (nouvelle)&#xa0;; cette porte n&apos;accepte plus ce que l&apos;ancienne clé a signé.</translation>
    </message>
    <message>
        <source>Signing key:       %1</source>
        <translation>Clé de signature&#xa0;:         %1</translation>
    </message>
    <message>
        <source>Property %1 has a new signing key (epoch %2, key %3); the old one is gone.</source>
        <translation>L&apos;immeuble %1 a une nouvelle clé de signature (époque %2, clé %3)&#xa0;; l&apos;ancienne n&apos;existe plus.</translation>
    </message>
    <message>
        <source>Sync these doors now: until then they also take lists, phone certificates and field kits signed by the old key: %1.</source>
        <translation>Synchronisez ces portes maintenant&#xa0;: d&apos;ici là, elles acceptent aussi les listes, les certificats de téléphone et les kits de terrain signés par l&apos;ancienne clé&#xa0;: %1.</translation>
    </message>
    <message>
        <source>These people&apos;s phones need a new certificate (porterctl person app-key) before they open a synced door: %1.</source>
        <translation>Les téléphones de ces personnes ont besoin d&apos;un nouveau certificat (porterctl person app-key) avant d&apos;ouvrir une porte synchronisée&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Their copies of the door secrets of %1 are withdrawn and its doorcode secret and signing key are rotated. Until these doors are synced, the old secret and key still work there: %2.</source>
        <translation>Ses copies des secrets de porte de %1 sont retirées, et le secret de codes de porte et la clé de signature de cet immeuble sont remplacés. Tant que ces portes ne sont pas synchronisées, l&apos;ancien secret et l&apos;ancienne clé y fonctionnent encore&#xa0;: %2.</translation>
    </message>
    <message>
        <source>epoch %1 (from before the key&apos;s reset: reset the door on site and commission it again)</source>
        <translation>époque %1 (antérieure à la réinitialisation de la clé&#xa0;: réinitialisez la porte sur place et remettez-la en service)</translation>
    </message>
    <message>
        <source>Resetting the signing key means resetting every commissioned door of the property on site and commissioning it again: until then those doors take nothing Porter signs. Give --yes to reset it.</source>
        <translation>Réinitialiser la clé de signature implique de réinitialiser sur place chaque porte mise en service de l&apos;immeuble et de la remettre en service&#xa0;: d&apos;ici là, ces portes n&apos;acceptent rien de ce que Porter signe. Indiquez --yes pour la réinitialiser.</translation>
    </message>
    <message>
        <source>Property %1 has a new signing key (epoch %2, key %3) and a new doorcode secret. No door can follow this key by itself.</source>
        <translation>L&apos;immeuble %1 a une nouvelle clé de signature (époque %2, clé %3) et un nouveau secret de codes de porte. Aucune porte ne peut suivre cette clé d&apos;elle-même.</translation>
    </message>
    <message>
        <source>Reset these doors on site and commission them again (porterctl door commission --replace); until then they take nothing Porter signs, and whoever holds the key they trust can still sign for them: %1.</source>
        <translation>Réinitialisez ces portes sur place et remettez-les en service (porterctl door commission --replace)&#xa0;; d&apos;ici là, elles n&apos;acceptent rien de ce que Porter signe, et quiconque détient la clé à laquelle elles font confiance peut encore signer pour elles&#xa0;: %1.</translation>
    </message>
    <message>
        <source>These people&apos;s phones need a new certificate (porterctl person app-key) before they open a door commissioned again: %1.</source>
        <translation>Les téléphones de ces personnes ont besoin d&apos;un nouveau certificat (porterctl person app-key) avant d&apos;ouvrir une porte remise en service&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Reset it: every commissioned door is commissioned again.</source>
        <translation>La réinitialiser&#xa0;: chaque porte mise en service est remise en service.</translation>
    </message>
    <message>
        <source>Their copies of the door secrets of %1 are withdrawn. The signing key on record was not the one you hold (someone who held it put in another), so it and the doorcode secret are reset: reset these doors on site and commission them again; until then they take nothing Porter signs: %2.</source>
        <translation>Ses copies des secrets de porte de %1 sont retirées. La clé de signature enregistrée n&apos;était pas celle que vous détenez (quelqu&apos;un qui la détenait en a mis une autre)&#xa0;; la clé et le secret de codes de porte sont donc réinitialisés&#xa0;: réinitialisez ces portes sur place et remettez-les en service&#xa0;; d&apos;ici là, elles n&apos;acceptent rien de ce que Porter signe&#xa0;: %2.</translation>
    </message>
    <message>
        <source>These managers sync the doors of property %1 but do not hold the new key: give it to each (porterctl secrets give MANAGER --fingerprint KEY, with the key they read out from their own Porter): %2.</source>
        <translation>Ces gestionnaires synchronisent les portes de l&apos;immeuble %1 mais ne détiennent pas la nouvelle clé&#xa0;: donnez-la à chacun (porterctl secrets give GESTIONNAIRE --fingerprint CLÉ, avec la clé que chacun lit dans son propre Porter)&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Replace a lost or taken signing key without it (Portfolio Manager).</source>
        <translation>Remplacer sans elle une clé de signature perdue ou prise (gestionnaire de portefeuille).</translation>
    </message>
    <message>
        <source>Creates a new signing key and a new doorcode secret for the property without the old key: for when the key Porter holds is no longer the property&apos;s (someone who held it put in a key only they hold) or no holder has it any more. No door can follow a key the old one did not sign: each commissioned door is reset on site and commissioned again, and takes nothing Porter signs until then. The new key is wrapped for the managers with Device Management whom the property&apos;s keys had endorsed. Only a Portfolio Manager resets. One with no copy on this computer (a lost laptop) resets it for themselves alone and gives it to the others with secrets give; while another manager may still hold it, only with --without-copy. Removing a manager does this by itself when the key on record is not the one you hold.</source>
        <translation>Crée une nouvelle clé de signature et un nouveau secret de codes de porte pour l&apos;immeuble sans l&apos;ancienne clé&#xa0;: pour le cas où la clé que détient Porter n&apos;est plus celle de l&apos;immeuble (quelqu&apos;un qui la détenait a mis à sa place une clé que lui seul détient) ou que plus aucun détenteur ne l&apos;a. Aucune porte ne peut suivre une clé que l&apos;ancienne n&apos;a pas signée&#xa0;: chaque porte mise en service est réinitialisée sur place et remise en service, et n&apos;accepte rien de ce que Porter signe d&apos;ici là. La nouvelle clé est chiffrée pour les gestionnaires disposant de la gestion des appareils que les clés de l&apos;immeuble avaient avalisés. Seul un gestionnaire de portefeuille la réinitialise. Celui qui n&apos;a pas de copie sur cet ordinateur (un portable perdu) la réinitialise pour lui seul et la donne aux autres avec secrets give&#xa0;; tant qu&apos;un autre gestionnaire peut encore la détenir, seulement avec --without-copy. Retirer un gestionnaire le fait automatiquement lorsque la clé enregistrée n&apos;est pas celle que vous détenez.</translation>
    </message>
    <message>
        <source>Replace the property&apos;s signing key (Device Management; on a server, Portfolio Manager).</source>
        <translation>Remplacer la clé de signature de l&apos;immeuble (gestion des appareils&#xa0;; sur un serveur, gestionnaire de portefeuille).</translation>
    </message>
    <message>
        <source>Creates a new signing key for the property (the next epoch), signs a step to it with the old key and forgets the old key. Each door follows the step at its next sync or field kit, and from then on refuses lists, phone certificates and field kits signed by the old key; until then it still takes them, so sync every door listed. Phones enrolled at the property need a new certificate. Use it when the key may have been copied (a removed manager, a stolen laptop or backup); removing a manager who held it does this by itself. On a shared portfolio only a Portfolio Manager rotates it.</source>
        <translation>Crée une nouvelle clé de signature pour l&apos;immeuble (l&apos;époque suivante), signe avec l&apos;ancienne clé une étape vers la nouvelle et oublie l&apos;ancienne clé. Chaque porte suit cette étape à sa prochaine synchronisation ou à son prochain kit de terrain, et refuse dès lors les listes, les certificats de téléphone et les kits de terrain signés par l&apos;ancienne clé&#xa0;; d&apos;ici là, elle les accepte encore, donc synchronisez chaque porte indiquée. Les téléphones enregistrés dans l&apos;immeuble ont besoin d&apos;un nouveau certificat. À utiliser quand la clé a pu être copiée (gestionnaire retiré, ordinateur portable ou sauvegarde volés)&#xa0;; retirer un gestionnaire qui la détenait le fait automatiquement. Dans un portefeuille partagé, seul un gestionnaire de portefeuille la renouvelle.</translation>
    </message>
    <message>
        <source>Replaces the device key registered for you with this computer&apos;s (a new laptop). The door secrets given to the old key are dropped; a holder gives them to the new one. The last copy of a property&apos;s signing key stays (nobody can open it now): if no one else holds that key, a Portfolio Manager resets it (property reset-signing-key).</source>
        <translation>Remplace la clé d&apos;appareil enregistrée pour vous par celle de cet ordinateur (un nouvel ordinateur portable). Les secrets de porte donnés à l&apos;ancienne clé sont supprimés&#xa0;; un détenteur les donne à la nouvelle. La dernière copie de la clé de signature d&apos;un immeuble reste (plus personne ne peut l&apos;ouvrir)&#xa0;: si personne d&apos;autre ne détient cette clé, un gestionnaire de portefeuille la réinitialise (property reset-signing-key).</translation>
    </message>
    <message>
        <source>Reset it although other managers may hold the key (none of them can give it).</source>
        <translation>La réinitialiser bien que d&apos;autres gestionnaires puissent détenir la clé (aucun d&apos;eux ne peut vous la donner).</translation>
    </message>
</context>
</TS>
