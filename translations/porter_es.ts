<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>AccessService</name>
    <message>
        <source>first name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>last name</source>
        <translation>apellidos</translation>
    </message>
    <message>
        <source>The expiration must be after the start.</source>
        <translation>El vencimiento debe ser posterior al inicio.</translation>
    </message>
    <message>
        <source>The expiration is in the past. Pick a later date, or remove the key instead.</source>
        <translation>El vencimiento ya ha pasado. Elija una fecha posterior o, en su lugar, retire la llave.</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt; already has an active invitation at %3 (person %4). Edit their access instead.</source>
        <translation>%1 &lt;%2&gt; ya tiene una invitación activa en %3 (persona %4). Modifique su acceso en su lugar.</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt; is already listed at %3 as %4 (person %5). Add a key to them to give access again, or delete them first.</source>
        <translation>%1 &lt;%2&gt; ya figura en %3 como %4 (persona %5). Añádale una llave para volver a darle acceso, o elimínela primero.</translation>
    </message>
    <message>
        <source>Add at least one key to the invitation.</source>
        <translation>Añada al menos una llave a la invitación.</translation>
    </message>
    <message>
        <source>No expiration was set: %1&apos;s access will not end by itself. Setting one (such as the lease end) is recommended.</source>
        <translation>No se ha fijado ningún vencimiento: el acceso de %1 no terminará por sí solo. Se recomienda fijar uno (como el fin del contrato de alquiler).</translation>
    </message>
    <message>
        <source>Key &quot;%1&quot; opens no doors. Add doors to it first.</source>
        <translation>La llave «%1» no abre ninguna puerta. Añádale puertas primero.</translation>
    </message>
    <message>
        <source>&lt;%1&gt; is already listed at %2. Nothing was changed; look them up in People.</source>
        <translation>&lt;%1&gt; ya figura en %2. No se ha cambiado nada; búsquelo en Personas.</translation>
    </message>
    <message>
        <source>%1 already holds &quot;%2&quot; (grant %3). Change its expiration instead.</source>
        <translation>%1 ya tiene «%2» (asignación %3). Cambie su vencimiento en su lugar.</translation>
    </message>
    <message>
        <source>%1 already holds &quot;%2&quot;. Nothing was changed; look at their keys and change that grant&apos;s expiration instead.</source>
        <translation>%1 ya tiene «%2». No se ha cambiado nada; revise sus llaves y cambie en su lugar el vencimiento de esa asignación.</translation>
    </message>
    <message>
        <source>Grant %1 has already ended; add the key again instead.</source>
        <translation>La asignación %1 ya ha finalizado; en su lugar, vuelva a añadir la llave.</translation>
    </message>
    <message>
        <source>Grant %1 has already ended.</source>
        <translation>La asignación %1 ya ha finalizado.</translation>
    </message>
    <message>
        <source>%1 is a guest and cannot share keys further.</source>
        <translation>%1 es una persona invitada y no puede volver a compartir llaves.</translation>
    </message>
    <message>
        <source>%1 may not share keys. Turn on &quot;May share key&quot; for them first.</source>
        <translation>%1 no puede compartir llaves. Active primero «Puede compartir llaves» para esa persona.</translation>
    </message>
    <message>
        <source>Choose at least one key to share.</source>
        <translation>Elija al menos una llave para compartir.</translation>
    </message>
    <message>
        <source>The key &quot;%1&quot; may not be shared.</source>
        <translation>La llave «%1» no se puede compartir.</translation>
    </message>
    <message>
        <source>%1 does not hold the key &quot;%2&quot;, so cannot share it.</source>
        <translation>%1 no tiene la llave «%2», así que no puede compartirla.</translation>
    </message>
    <message>
        <source>The guest pass would start before %1&apos;s own access to &quot;%2&quot; does.</source>
        <translation>El acceso de invitado empezaría antes que el propio acceso de %1 a «%2».</translation>
    </message>
    <message>
        <source>The guest pass would outlast %1&apos;s own access to &quot;%2&quot; (until %3). Give the pass an end no later than that.</source>
        <translation>El acceso de invitado duraría más que el propio acceso de %1 a «%2» (hasta el %3). Póngale un final que no sea posterior.</translation>
    </message>
    <message>
        <source>Keycard %1 is already enrolled (for person %2). Deactivate or delete it there first.</source>
        <translation>La tarjeta de acceso %1 ya está registrada (para la persona %2). Desactívela o elimínela allí primero.</translation>
    </message>
    <message>
        <source>Keycard %1 is already enrolled. Nothing was changed.</source>
        <translation>La tarjeta de acceso %1 ya está registrada. No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>%1 is a guest, not a resident. Invite them to make them a resident.</source>
        <translation>%1 es una persona invitada, no un residente. Invítela para convertirla en residente.</translation>
    </message>
    <message>
        <source>&lt;%1&gt; already belongs to %2 at %3 (person %4). Nothing was changed.</source>
        <translation>&lt;%1&gt; ya pertenece a %2 en %3 (persona %4). No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>&lt;%1&gt; already belongs to someone else at %2. Nothing was changed.</source>
        <translation>&lt;%1&gt; ya pertenece a otra persona en %2. No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>There is no guest pass with id %1.</source>
        <translation>No existe ningún acceso de invitado con el id %1.</translation>
    </message>
    <message>
        <source>The guest pass %1 has already ended.</source>
        <translation>El acceso de invitado %1 ya ha finalizado.</translation>
    </message>
    <message>
        <source>%1 is a guest: guests get no welcome email, their host shares the pass with them.</source>
        <translation>%1 es una persona invitada: los invitados no reciben correo de bienvenida; su anfitrión comparte el acceso con ellos.</translation>
    </message>
    <message>
        <source>%1 holds no current or future key, so a welcome email would invite them to nothing. Add a key first.</source>
        <translation>%1 no tiene ninguna llave actual ni futura, así que un correo de bienvenida no le daría acceso a nada. Añada primero una llave.</translation>
    </message>
</context>
<context>
    <name>BleRadio</name>
    <message>
        <source>Bluetooth (no adapter)</source>
        <translation>Bluetooth (sin adaptador)</translation>
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
        <translation>La puerta %1 no está al alcance: busque primero, junto a la puerta.</translation>
    </message>
    <message>
        <source>No Bluetooth adapter was found to turn on. Plug in or enable the laptop&apos;s Bluetooth.</source>
        <translation>No se ha encontrado ningún adaptador Bluetooth que activar. Conecte o active el Bluetooth del portátil.</translation>
    </message>
    <message>
        <source>Bluetooth could not be turned on from Porter. Turn it on in the system&apos;s Bluetooth settings, then scan again.</source>
        <translation>Porter no ha podido activar el Bluetooth. Actívelo en la configuración de Bluetooth del sistema y vuelva a buscar.</translation>
    </message>
</context>
<context>
    <name>BulkService</name>
    <message>
        <source>Select at least one person.</source>
        <translation>Seleccione al menos una persona.</translation>
    </message>
    <message>
        <source>The expiration must be after the start.</source>
        <translation>El vencimiento debe ser posterior al inicio.</translation>
    </message>
    <message>
        <source>The expiration is in the past. Pick a later date.</source>
        <translation>El vencimiento ya ha pasado. Elija una fecha posterior.</translation>
    </message>
    <message>
        <source>Key &quot;%1&quot; opens no doors. Add doors to it first.</source>
        <translation>La llave «%1» no abre ninguna puerta. Añádale puertas primero.</translation>
    </message>
    <message>
        <source>The key &quot;%1&quot; does not allow doorcodes, so %2 (daily doorcode) could not open its doors. Leave them out, or allow doorcodes on the key.</source>
        <translation>La llave «%1» no admite códigos de puerta, así que %2 (código de puerta diario) no podría abrir sus puertas. Déjelos fuera o permita los códigos de puerta en la llave.</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>The file is %1 MB; Porter reads spreadsheets of up to %2 MB. Split it and import the parts one after another.</source>
        <translation>El archivo ocupa %1 MB; Porter lee hojas de cálculo de hasta %2 MB. Divídalo e importe las partes una tras otra.</translation>
    </message>
    <message>
        <source>The file says it is %1 but holds bytes that are not: it may be damaged. Save it again as “CSV UTF-8” and try once more.</source>
        <translation>El archivo dice estar en %1 pero contiene bytes que no lo están: puede estar dañado. Vuelva a guardarlo como «CSV UTF-8» e inténtelo otra vez.</translation>
    </message>
    <message>
        <source>Porter cannot tell how the file&apos;s text is encoded. Save it as “CSV UTF-8” and try again.</source>
        <translation>Porter no puede determinar la codificación del texto del archivo. Guárdelo como «CSV UTF-8» e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>El archivo está vacío.</translation>
    </message>
    <message>
        <source>This is a workbook (.xlsx, .xls or .ods), not a CSV file. Save it as “CSV UTF-8 (comma delimited)” in Excel or “Text CSV” in LibreOffice, and choose that file.</source>
        <translation>Esto es un libro (.xlsx, .xls u .ods), no un archivo CSV. Guárdelo como «CSV UTF-8 (delimitado por comas)» en Excel o «Texto CSV» en LibreOffice y elija ese archivo.</translation>
    </message>
    <message>
        <source>This file is not a spreadsheet saved as CSV: it holds binary data. Save the list as “CSV UTF-8” and choose that file.</source>
        <translation>Este archivo no es una hoja de cálculo guardada como CSV: contiene datos binarios. Guarde la lista como «CSV UTF-8» y elija ese archivo.</translation>
    </message>
    <message>
        <source>Out of memory while reading the file.</source>
        <translation>Memoria insuficiente al leer el archivo.</translation>
    </message>
    <message>
        <source>The file could not be read as CSV (%1).</source>
        <translation>El archivo no se pudo leer como CSV (%1).</translation>
    </message>
    <message>
        <source>The file has more than %1 rows. Split it into files of at most %1 people and import them one after another.</source>
        <translation>El archivo tiene más de %1 filas. Divídalo en archivos de %1 personas como máximo e impórtelos uno tras otro.</translation>
    </message>
    <message>
        <source>The file has no rows, only empty lines.</source>
        <translation>El archivo no tiene filas, solo líneas vacías.</translation>
    </message>
    <message>
        <source>The file has a header row but no people under it.</source>
        <translation>El archivo tiene una fila de encabezado pero ninguna persona debajo.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>No se puede abrir %1: %2</translation>
    </message>
</context>
<context>
    <name>CsvWriter</name>
    <message>
        <source>Could not write the file: %1. Check that the disk is not full and try again.</source>
        <translation>No se pudo escribir el archivo: %1. Compruebe que el disco no está lleno e inténtelo de nuevo.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Porter has no folder for its database: the home folder is not set, does not exist or cannot be written. Set HOME to your home folder, or give a database file with --db PATH.</source>
        <translation>Porter no tiene ninguna carpeta para su base de datos: la carpeta personal no está definida, no existe o no se puede escribir en ella. Defina HOME con su carpeta personal o indique un archivo de base de datos con --db PATH.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a Porter database file. Give the path of the database file.</source>
        <translation>%1 es una carpeta, no un archivo de base de datos de Porter. Indique la ruta del archivo de base de datos.</translation>
    </message>
    <message>
        <source>No Porter database at %1.</source>
        <translation>No hay ninguna base de datos de Porter en %1.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the database.</source>
        <translation>No se puede crear la carpeta %1 para la base de datos.</translation>
    </message>
    <message>
        <source>Cannot create the database %1: %2</source>
        <translation>No se puede crear la base de datos %1: %2</translation>
    </message>
    <message>
        <source>open</source>
        <translation>abrirse</translation>
    </message>
    <message>
        <source>Cannot read %1: %2. Check that you may read it.</source>
        <translation>No se puede leer %1: %2. Compruebe que tiene permiso de lectura.</translation>
    </message>
    <message>
        <source>No Porter database at %1 (the file is empty).</source>
        <translation>No hay ninguna base de datos de Porter en %1 (el archivo está vacío).</translation>
    </message>
    <message>
        <source>it is not an SQLite database file</source>
        <translation>no es un archivo de base de datos SQLite</translation>
    </message>
    <message>
        <source>read</source>
        <translation>leerse</translation>
    </message>
    <message>
        <source>No Porter database at %1 (the file is an empty SQLite database).</source>
        <translation>No hay ninguna base de datos de Porter en %1 (el archivo es una base de datos SQLite vacía).</translation>
    </message>
    <message>
        <source>it is another application&apos;s SQLite database</source>
        <translation>es una base de datos SQLite de otra aplicación</translation>
    </message>
    <message>
        <source>%1 was written by a newer Porter (schema %2; this one knows %3). Update Porter to open it.</source>
        <translation>%1 se escribió con una versión más reciente de Porter (esquema %2; esta conoce hasta el %3). Actualice Porter para abrirlo.</translation>
    </message>
    <message>
        <source>The database %1 is damaged: part of it cannot be read. Nothing was changed. Close Porter and restore the file from a backup.</source>
        <translation>La base de datos %1 está dañada: una parte no se puede leer. No se ha cambiado nada. Cierre Porter y restaure el archivo desde una copia de seguridad.</translation>
    </message>
    <message>
        <source>The disk could not read or write the database %1. Nothing was changed. Check the disk; if this happens again, restore the file from a backup.</source>
        <translation>El disco no pudo leer ni escribir la base de datos %1. No se ha cambiado nada. Revise el disco; si vuelve a ocurrir, restaure el archivo desde una copia de seguridad.</translation>
    </message>
    <message>
        <source>The disk holding the database %1 is full. Nothing was changed. Free some space and try again.</source>
        <translation>El disco que contiene la base de datos %1 está lleno. No se ha cambiado nada. Libere espacio e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>The database %1 cannot be written (it or its folder is read-only). Nothing was changed. Check its permissions.</source>
        <translation>No se puede escribir en la base de datos %1 (ella o su carpeta son de solo lectura). No se ha cambiado nada. Revise sus permisos.</translation>
    </message>
    <message>
        <source>The database %1 is busy: another Porter is writing to it. Nothing was changed. Try again.</source>
        <translation>La base de datos %1 está ocupada: otro Porter está escribiendo en ella. No se ha cambiado nada. Inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>Cannot open the database %1. Check that the file and its folder exist and that you may read and write them.</source>
        <translation>No se puede abrir la base de datos %1. Compruebe que el archivo y su carpeta existen y que tiene permiso para leerlos y escribir en ellos.</translation>
    </message>
    <message>
        <source>The database %1 could not %2 (%3). Nothing was changed.</source>
        <translation>La base de datos %1 no pudo %2 (%3). No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>read its rows</source>
        <translation>leer sus filas</translation>
    </message>
    <message>
        <source>SQLite refused WAL mode for %1 (it reported &quot;%2&quot;).</source>
        <translation>SQLite rechazó el modo WAL para %1 (indicó «%2»).</translation>
    </message>
    <message>
        <source>SQLite refused to enforce foreign keys.</source>
        <translation>SQLite se negó a aplicar las claves foráneas.</translation>
    </message>
    <message>
        <source>Migration %1 is missing from this build.</source>
        <translation>Falta la migración %1 en esta compilación.</translation>
    </message>
    <message>
        <source>%1 lists the same person twice (%2). This Porter allows one live person per email and property, and cannot choose which one to keep. Nothing was changed: with the Porter that wrote this file, delete all but one of each (porterctl delete PERSON --yes), then open it here again.</source>
        <translation>%1 contiene dos veces a la misma persona (%2). Esta versión de Porter admite una sola persona activa por correo electrónico y propiedad, y no puede elegir cuál conservar. No se ha cambiado nada: con el Porter que escribió este archivo, elimine todas menos una de cada (porterctl delete PERSON --yes) y vuelva a abrirlo aquí.</translation>
    </message>
    <message>
        <source>prepare a query</source>
        <translation>preparar una consulta</translation>
    </message>
    <message>
        <source>run a query</source>
        <translation>ejecutar una consulta</translation>
    </message>
    <message>
        <source>This Porter cannot reach a PostgreSQL server: Qt&apos;s PostgreSQL driver (QPSQL) is not installed. Install it (on Debian: libqt6sql6-psql) and try again.</source>
        <translation>Este Porter no puede conectarse a un servidor PostgreSQL: falta el controlador PostgreSQL de Qt (QPSQL). Instálelo (en Debian: libqt6sql6-psql) y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>connect to</source>
        <translation>conectarse a</translation>
    </message>
    <message>
        <source>The server of %1 runs PostgreSQL %2; Porter needs version 13 or later.</source>
        <translation>El servidor de %1 usa PostgreSQL %2; Porter necesita la versión 13 o posterior.</translation>
    </message>
    <message>
        <source>No Porter portfolio in %1: the database is empty. Create one there with porterctl init --db %1.</source>
        <translation>No hay ninguna cartera de Porter en %1: la base de datos está vacía. Cree una allí con porterctl init --db %1.</translation>
    </message>
    <message>
        <source>it holds another application&apos;s tables</source>
        <translation>contiene tablas de otra aplicación</translation>
    </message>
    <message>
        <source>The server of %1 refused the sign-in: wrong password, or no such login. Check the user name in the address and the password.</source>
        <translation>El servidor de %1 rechazó el inicio de sesión: contraseña incorrecta o usuario inexistente. Compruebe el nombre de usuario de la dirección y la contraseña.</translation>
    </message>
    <message>
        <source>The server has no database named &quot;%1&quot;. Ask its administrator to create it (createdb), or check the address %2.</source>
        <translation>El servidor no tiene ninguna base de datos llamada «%1». Pida a su administrador que la cree (createdb) o compruebe la dirección %2.</translation>
    </message>
    <message>
        <source>Cannot connect to the database server of %1 (%2). Check the address, that the server runs, and that it accepts connections from this computer.</source>
        <translation>No se puede conectar con el servidor de base de datos de %1 (%2). Compruebe la dirección, que el servidor esté en marcha y que acepte conexiones de este equipo.</translation>
    </message>
    <message>
        <source>Porter lost its connection to the database server of %1. Nothing was changed. Check that the server runs and that this computer can reach it, then try again: Porter connects again by itself.</source>
        <translation>Porter perdió la conexión con el servidor de base de datos de %1. No se cambió nada. Compruebe que el servidor esté en marcha y que este equipo pueda llegar a él, y vuelva a intentarlo: Porter se vuelve a conectar solo.</translation>
    </message>
    <message>
        <source>Other managers changed the same records at the same moment, several times in a row. Nothing was changed. Try again.</source>
        <translation>Otros administradores cambiaron los mismos registros en el mismo momento, varias veces seguidas. No se cambió nada. Vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The server of %1 does not allow your login to do this (%2). Nothing was changed.</source>
        <translation>El servidor de %1 no permite esto a su usuario (%2). No se cambió nada.</translation>
    </message>
    <message>
        <source>The disk of the database server of %1 is full. Nothing was changed. Ask its administrator to free some space.</source>
        <translation>El disco del servidor de base de datos de %1 está lleno. No se cambió nada. Pida a su administrador que libere espacio.</translation>
    </message>
    <message>
        <source>The database server of %1 accepts no more connections. Nothing was changed. Try again in a moment.</source>
        <translation>El servidor de base de datos de %1 no acepta más conexiones. No se cambió nada. Vuelva a intentarlo en un momento.</translation>
    </message>
    <message>
        <source>The database returned no id for a new row.</source>
        <translation>La base de datos no devolvió ningún identificador para una fila nueva.</translation>
    </message>
    <message>
        <source>Porter lost its connection to the database server of %1 while the change was being saved: the server may or may not have kept it. Look before doing it again.</source>
        <translation>Porter perdió la conexión con el servidor de base de datos de %1 mientras se guardaba el cambio: puede que el servidor lo haya guardado o no. Compruébelo antes de volver a hacerlo.</translation>
    </message>
    <message>
        <source>The login %1 may no longer connect to %2: its manager was removed, or the administrator closed it. Ask a Portfolio Manager.</source>
        <translation>El usuario %1 ya no puede conectarse a %2: se eliminó su administrador o el administrador de la base de datos lo cerró. Consulte a un gestor de cartera.</translation>
    </message>
    <message>
        <source>Logins belong to portfolios on a PostgreSQL server.</source>
        <translation>Los usuarios de servidor son de carteras en un servidor PostgreSQL.</translation>
    </message>
    <message>
        <source>Could not prepare the login&apos;s password: %1</source>
        <translation>No se pudo preparar la contraseña del usuario: %1</translation>
    </message>
    <message>
        <source>The server of %1 asks for the login&apos;s password, and none was given: type it when Porter asks, or set PGPASSWORD or a password file (~/.pgpass).</source>
        <translation>El servidor de %1 pide la contraseña del usuario de acceso y no se ha dado ninguna: escríbala cuando Porter la pida, o defina PGPASSWORD o un archivo de contraseñas (~/.pgpass).</translation>
    </message>
    <message>
        <source>Only a portfolio on a server announces other managers&apos; changes.</source>
        <translation>Solo una cartera en un servidor anuncia los cambios de otros administradores.</translation>
    </message>
    <message>
        <source>follow other managers&apos; changes on</source>
        <translation>seguir los cambios de otros administradores en</translation>
    </message>
    <message>
        <source>The connection to %1 has no socket to listen on.</source>
        <translation>La conexión con %1 no tiene un socket en el que escuchar.</translation>
    </message>
    <message>
        <source>Cannot reach the server of %1 to check the password.</source>
        <translation>No se puede contactar con el servidor de %1 para comprobar la contraseña.</translation>
    </message>
</context>
<context>
    <name>DatabaseLocation</name>
    <message>
        <source>No database given: a file path or a postgresql:// address.</source>
        <translation>No se indicó ninguna base de datos: una ruta de archivo o una dirección postgresql://.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid PostgreSQL address: %2</source>
        <translation>«%1» no es una dirección de PostgreSQL válida: %2</translation>
    </message>
    <message>
        <source>The address holds a password. Porter never keeps one in an address: leave it out, and Porter asks for it (or reads PGPASSWORD).</source>
        <translation>La dirección contiene una contraseña. Porter nunca guarda una en una dirección: quítela y Porter se la pedirá (o leerá PGPASSWORD).</translation>
    </message>
    <message>
        <source>The address names no database: write postgresql://HOST/DATABASE.</source>
        <translation>La dirección no indica ninguna base de datos: escriba postgresql://SERVIDOR/BASE.</translation>
    </message>
    <message>
        <source>The address names the server twice (before the database and as host=).</source>
        <translation>La dirección indica el servidor dos veces (antes de la base de datos y como host=).</translation>
    </message>
    <message>
        <source>port=%1 is not a port number from 1 to 65535.</source>
        <translation>port=%1 no es un número de puerto entre 1 y 65535.</translation>
    </message>
    <message>
        <source>sslmode=%1 is not one of %2.</source>
        <translation>sslmode=%1 no es uno de %2.</translation>
    </message>
    <message>
        <source>The address has an option Porter does not know: %1 (it knows host, port and sslmode).</source>
        <translation>La dirección tiene una opción que Porter no conoce: %1 (conoce host, port y sslmode).</translation>
    </message>
    <message>
        <source>The address names no server: write postgresql://HOST/DATABASE, or postgresql:///DATABASE?host=/run/postgresql for a local socket.</source>
        <translation>La dirección no indica ningún servidor: escriba postgresql://SERVIDOR/BASE, o postgresql:///BASE?host=/run/postgresql para un socket local.</translation>
    </message>
</context>
<context>
    <name>DeviceService</name>
    <message>
        <source>Property %1 has no signing key yet: commission a door first.</source>
        <translation>La propiedad %1 aún no tiene clave de firma: ponga primero una puerta en servicio.</translation>
    </message>
    <message>
        <source>This device is already commissioned (door %1 of property %2). Reset it to install mode before commissioning it again.</source>
        <translation>Este dispositivo ya está en servicio (puerta %1 de la propiedad %2). Vuelva a ponerlo en modo de instalación antes de ponerlo de nuevo en servicio.</translation>
    </message>
    <message>
        <source>Door ‘%1’ did not accept the commissioning.</source>
        <translation>La puerta «%1» no aceptó la puesta en servicio.</translation>
    </message>
    <message>
        <source>There is no door with id %1.</source>
        <translation>No existe ninguna puerta con el id %1.</translation>
    </message>
    <message>
        <source>Door ‘%1’ is already commissioned: Porter knows its identity. Commissioning it again replaces that identity, and Porter will then trust only the new one. Do this only for a door that was reset or replaced on site; confirm to replace it.</source>
        <translation>La puerta «%1» ya está en servicio: Porter conoce su identidad. Volver a ponerla en servicio sustituye esa identidad, y Porter solo confiará entonces en la nueva. Hágalo solo con una puerta que se haya restablecido o sustituido en el lugar; confirme para sustituirla.</translation>
    </message>
    <message>
        <source>Door ‘%1’ already has another identity; it was not replaced.</source>
        <translation>La puerta «%1» ya tiene otra identidad; no se ha sustituido.</translation>
    </message>
    <message>
        <source>%1 uses the app, not daily doorcodes.</source>
        <translation>%1 usa la aplicación, no códigos de puerta diarios.</translation>
    </message>
    <message>
        <source>%1 has no doorcode secret yet: commission a door first.</source>
        <translation>%1 aún no tiene secreto de códigos de puerta: ponga primero una puerta en servicio.</translation>
    </message>
    <message>
        <source>%1 uses daily doorcodes, not the app.</source>
        <translation>%1 usa códigos de puerta diarios, no la aplicación.</translation>
    </message>
    <message>
        <source>%1 has no signing key yet: commission a door first.</source>
        <translation>%1 aún no tiene clave de firma: ponga primero una puerta en servicio.</translation>
    </message>
    <message>
        <source>That is not a phone public key (32 bytes, made by the phone): create one on the phone and try again.</source>
        <translation>Eso no es una clave pública de teléfono (32 bytes, generada por el teléfono): cree una en el teléfono e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>%1 has used every phone key generation, so no further phone can be enrolled for this person: invite them again as a new person.</source>
        <translation>%1 ha agotado todas las generaciones de claves de teléfono, así que no se puede registrar ningún teléfono más para esta persona: vuelva a invitarla como persona nueva.</translation>
    </message>
    <message>
        <source>Could not sign the phone certificate.</source>
        <translation>No se pudo firmar el certificado del teléfono.</translation>
    </message>
    <message>
        <source>This portfolio is a file: its door secrets are this computer&apos;s, not given to managers one by one.</source>
        <translation>Esta cartera es un archivo: sus secretos de puerta son de este equipo, no se dan a cada administrador por separado.</translation>
    </message>
    <message>
        <source>No manager %1 in this portfolio.</source>
        <translation>No hay ningún administrador %1 en esta cartera.</translation>
    </message>
    <message>
        <source>Only a manager with Device Management gives door access.</source>
        <translation>Solo un administrador con gestión de dispositivos puede dar acceso a las puertas.</translation>
    </message>
    <message>
        <source>%1 has not signed in to this portfolio yet, so they have no key to give door access to. Give it after their first sign-in.</source>
        <translation>%1 aún no ha iniciado sesión en esta cartera, así que no tiene ninguna clave a la que dar acceso a las puertas. Déselo después de su primer inicio de sesión.</translation>
    </message>
    <message>
        <source>%1 is not the key registered for %2. Do not give door access until you know why: a mistake in reading it, a new computer of theirs (they register its key in Settings ▸ Security), or someone else&apos;s key.</source>
        <translation>%1 no es la clave registrada para %2. No dé acceso a las puertas hasta saber por qué: un error al leerla, un equipo nuevo suyo (registra su clave en Configuración ▸ Seguridad) o la clave de otra persona.</translation>
    </message>
    <message>
        <source>Only %1&apos;s own Porter shows their key.</source>
        <translation>Solo el propio Porter de %1 muestra su clave.</translation>
    </message>
    <message>
        <source>This portfolio is a file: its door secrets are this computer&apos;s, with no key per manager.</source>
        <translation>Esta cartera es un archivo: sus secretos de puerta son de este equipo, sin una clave por administrador.</translation>
    </message>
    <message>
        <source>Only %1 replaces their own key.</source>
        <translation>Solo %1 puede sustituir su propia clave.</translation>
    </message>
    <message>
        <source>Give all six groups of %1&apos;s key, as their Settings ▸ Security shows it, to check that it is theirs.</source>
        <translation>Indique los seis grupos de la clave de %1, tal como los muestra su Configuración ▸ Seguridad, para comprobar que es suya.</translation>
    </message>
    <message>
        <source>The doorcode epochs of %1 are not valid ones (the next would be %2): the doorcode secret was not rotated. Someone may have changed the database; tell its administrator.</source>
        <translation>Las épocas de los códigos de puerta de %1 no son válidas (la siguiente sería %2): no se ha sustituido el secreto de los códigos de puerta. Puede que alguien haya modificado la base de datos; avise a su administrador.</translation>
    </message>
    <message>
        <source>The signing key Porter holds for %1 is not the one its doors trust: the key was not rotated. Someone may have changed the database; tell its administrator.</source>
        <translation>La clave de firma que Porter tiene para %1 no es aquella en la que confían sus puertas: no se ha sustituido la clave. Puede que alguien haya modificado la base de datos; avise a su administrador.</translation>
    </message>
    <message>
        <source>The signing key of %1 could not sign its rotation.</source>
        <translation>La clave de firma de %1 no pudo firmar su sustitución.</translation>
    </message>
    <message>
        <source>%1 could read the door secrets of %2, so this change replaces its doorcode secret and its signing key, which needs the property&apos;s key: %3 Ask a manager who holds them to make this change, or to give you door access first.</source>
        <translation>%1 podía leer los secretos de puerta de %2, así que este cambio sustituye su secreto de códigos de puerta y su clave de firma, lo que requiere la clave de la propiedad: %3 Pida a un administrador que tenga los secretos que haga este cambio o que antes le dé acceso a las puertas.</translation>
    </message>
    <message>
        <source>%1 could read the door secrets of %2, and the signing key on record is not the one you hold (%3), so it had to be reset, which failed: %4</source>
        <translation>%1 podía leer los secretos de puerta de %2, y la clave de firma registrada no es la que usted tiene (%3), así que había que restablecerla, pero no se ha podido: %4</translation>
    </message>
    <message>
        <source>The signing key epoch of %1 is not a valid one (the next would be %2): the key was not changed. Someone may have changed the database; tell its administrator.</source>
        <translation>La época de la clave de firma de %1 no es válida (la siguiente sería %2): no se ha cambiado la clave. Puede que alguien haya modificado la base de datos; avise a su administrador.</translation>
    </message>
    <message>
        <source>If nobody holds them any more, reset the signing key first (porterctl property reset-signing-key %1 --yes), then make this change.</source>
        <translation>Si ya nadie los tiene, restablezca primero la clave de firma (porterctl property reset-signing-key %1 --yes) y luego haga este cambio.</translation>
    </message>
    <message>
        <source>Only a Portfolio Manager resets the signing key of %1: every door is then commissioned again on site. Ask one.</source>
        <translation>Solo un gestor de cartera restablece la clave de firma de %1: después cada puerta se vuelve a poner en servicio en el lugar. Pídaselo a uno.</translation>
    </message>
    <message>
        <source>On a shared portfolio only a Portfolio Manager rotates the signing key of %1 (the server cannot check who made a new key). Ask one.</source>
        <translation>En una cartera compartida solo un gestor de cartera rota la clave de firma de %1 (el servidor no puede comprobar quién hizo una clave nueva). Pídaselo a uno.</translation>
    </message>
    <message>
        <source>The key registered for you is another computer&apos;s: register this one first (porterctl secrets replace-key, or Settings ▸ Security), then reset the signing key of %1 or ask a manager who holds it to give it to you.</source>
        <translation>La clave registrada a su nombre es la de otro equipo: registre primero la de este (porterctl secrets replace-key, o Configuración ▸ Seguridad) y luego restablezca la clave de firma de %1 o pida a un administrador que la tenga que se la dé.</translation>
    </message>
    <message>
        <source>You hold no copy of the signing key of %1 on this computer, but other managers may (%2): ask one of them to give it to you (Managers ▸ Give Door Access), which sends nobody to the doors. If none of them can, reset it without a copy (porterctl property reset-signing-key %3 --yes --without-copy): the new key is then yours alone.</source>
        <translation>No tiene ninguna copia de la clave de firma de %1 en este equipo, pero otros administradores puede que sí (%2): pida a uno de ellos que se la dé (Administradores ▸ Dar acceso a puertas), lo que no obliga a visitar ninguna puerta. Si ninguno puede, restablézcala sin copia (porterctl property reset-signing-key %3 --yes --without-copy): la nueva clave será entonces solo suya.</translation>
    </message>
</context>
<context>
    <name>DirectoryRepository</name>
    <message>
        <source>portfolio</source>
        <translation>cartera</translation>
    </message>
    <message>
        <source>property</source>
        <translation>propiedad</translation>
    </message>
    <message>
        <source>door</source>
        <translation>puerta</translation>
    </message>
    <message>
        <source>There is no door with id %1.</source>
        <translation>No existe ninguna puerta con el id %1.</translation>
    </message>
    <message>
        <source>Another sync recorded version %1 for door %2 while this one ran from version %3. Nothing of this sync was recorded; sync the door again.</source>
        <translation>Otra sincronización registró la versión %1 para la puerta %2 mientras esta se ejecutaba desde la versión %3. No se ha registrado nada de esta sincronización; vuelva a sincronizar la puerta.</translation>
    </message>
    <message>
        <source>key</source>
        <translation>llave</translation>
    </message>
    <message>
        <source>manager</source>
        <translation>administrador</translation>
    </message>
</context>
<context>
    <name>DirectoryService</name>
    <message>
        <source>%1 already has a portfolio. Sign in as one of its managers.</source>
        <translation>%1 ya tiene una cartera. Inicie sesión como uno de sus administradores.</translation>
    </message>
    <message>
        <source>portfolio name</source>
        <translation>nombre de la cartera</translation>
    </message>
    <message>
        <source>manager name</source>
        <translation>nombre del administrador</translation>
    </message>
    <message>
        <source>The email or password is wrong for this database.</source>
        <translation>El correo electrónico o la contraseña no son correctos para esta base de datos.</translation>
    </message>
    <message>
        <source>property name</source>
        <translation>nombre de la propiedad</translation>
    </message>
    <message>
        <source>address</source>
        <translation>dirección</translation>
    </message>
    <message>
        <source>Doorcodes have 7, 8 or 9 digits, not %1.</source>
        <translation>Los códigos de puerta tienen 7, 8 o 9 dígitos, no %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a country code. Use a two-letter ISO code such as US or FR.</source>
        <translation>«%1» no es un código de país. Use un código ISO de dos letras, como ES o US.</translation>
    </message>
    <message>
        <source>There is already a property named &quot;%1&quot;.</source>
        <translation>Ya existe una propiedad llamada «%1».</translation>
    </message>
    <message>
        <source>%1 already has %2 commissioned door(s) using %3-digit doorcodes; a door learns the length only when it is commissioned. Choose the length before commissioning the first door, or reset and commission every door again.</source>
        <translation>%1 ya tiene %2 puerta(s) en servicio con códigos de puerta de %3 dígitos; una puerta solo aprende la longitud cuando se pone en servicio. Elija la longitud antes de poner en servicio la primera puerta, o restablezca todas las puertas y vuelva a ponerlas en servicio.</translation>
    </message>
    <message>
        <source>door name</source>
        <translation>nombre de la puerta</translation>
    </message>
    <message>
        <source>%1 already has a door named &quot;%2&quot;.</source>
        <translation>%1 ya tiene una puerta llamada «%2».</translation>
    </message>
    <message>
        <source>There is no door with id %1.</source>
        <translation>No existe ninguna puerta con el id %1.</translation>
    </message>
    <message>
        <source>A key must open at least one door.</source>
        <translation>Una llave debe abrir al menos una puerta.</translation>
    </message>
    <message>
        <source>There is no door with id %1 at %2.</source>
        <translation>No existe ninguna puerta con el id %1 en %2.</translation>
    </message>
    <message>
        <source>key name</source>
        <translation>nombre de la llave</translation>
    </message>
    <message>
        <source>%1 already has a key named &quot;%2&quot;.</source>
        <translation>%1 ya tiene una llave llamada «%2».</translation>
    </message>
    <message>
        <source>There is no key with id %1.</source>
        <translation>No existe ninguna llave con el id %1.</translation>
    </message>
    <message>
        <source>Key %1 was deleted.</source>
        <translation>La llave %1 se ha eliminado.</translation>
    </message>
    <message>
        <source>Key %1 &quot;%2&quot; was changed by someone else after it was read. Nothing was changed; look at the key again and repeat the edit.</source>
        <translation>Otra persona modificó la llave %1 «%2» después de leerla. No se ha cambiado nada; vuelva a consultar la llave y repita la modificación.</translation>
    </message>
    <message>
        <source>Key %1 was already deleted.</source>
        <translation>La llave %1 ya se había eliminado.</translation>
    </message>
    <message>
        <source>A Property Manager needs at least one property.</source>
        <translation>Un Administrador de propiedad necesita al menos una propiedad.</translation>
    </message>
    <message>
        <source>Specific Key Management needs the list of keys this manager may give.</source>
        <translation>La gestión de llaves específicas necesita la lista de llaves que este administrador puede conceder.</translation>
    </message>
    <message>
        <source>Keys can only be listed for Specific Key Management.</source>
        <translation>Solo se pueden indicar llaves para la gestión de llaves específicas.</translation>
    </message>
    <message>
        <source>There is no key with id %1 at this manager&apos;s properties.</source>
        <translation>No existe ninguna llave con el id %1 en las propiedades de este administrador.</translation>
    </message>
    <message>
        <source>There is already a manager with the email %1.</source>
        <translation>Ya existe un administrador con el correo electrónico %1.</translation>
    </message>
    <message>
        <source>There is no manager with id %1.</source>
        <translation>No existe ningún administrador con el id %1.</translation>
    </message>
    <message>
        <source>Your manager account was removed. Nothing was changed.</source>
        <translation>Se ha eliminado su cuenta de administrador. No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>You cannot take the Portfolio Manager role from yourself. Ask another Portfolio Manager to change it.</source>
        <translation>No puede quitarse a sí mismo la función de Gestor de cartera. Pida a otro Gestor de cartera que la cambie.</translation>
    </message>
    <message>
        <source>%1 is the last Portfolio Manager. Make another manager a Portfolio Manager first.</source>
        <translation>%1 es el último Gestor de cartera. Convierta primero a otro administrador en Gestor de cartera.</translation>
    </message>
    <message>
        <source>You cannot remove yourself. Ask another Portfolio Manager to do it.</source>
        <translation>No puede eliminarse a sí mismo. Pida a otro Gestor de cartera que lo haga.</translation>
    </message>
    <message>
        <source>%1 is the last Portfolio Manager and cannot be removed.</source>
        <translation>%1 es el último Gestor de cartera y no se puede eliminar.</translation>
    </message>
    <message>
        <source>The login %1 is not a manager of the portfolio at %2, or that manager was removed. Ask a Portfolio Manager.</source>
        <translation>El usuario %1 no es un administrador de la cartera de %2, o ese administrador fue eliminado. Consulte a un gestor de cartera.</translation>
    </message>
    <message>
        <source>Only a portfolio on a PostgreSQL server has logins; %1 is a file.</source>
        <translation>Solo una cartera en un servidor PostgreSQL tiene usuarios de servidor; %1 es un archivo.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be a login. Use lowercase letters, digits and underscores (at most 63), not starting with a digit, pg_ or porter_.</source>
        <translation>&quot;%1&quot; no puede ser un usuario. Use minúsculas, dígitos y guiones bajos (63 como máximo), sin empezar por un dígito, pg_ ni porter_.</translation>
    </message>
    <message>
        <source>This manager already has the login %1; a login keeps its name.</source>
        <translation>Este administrador ya tiene el usuario %1; un usuario conserva su nombre.</translation>
    </message>
    <message>
        <source>The server already has a login named %1. Choose another name.</source>
        <translation>El servidor ya tiene un usuario llamado %1. Elija otro nombre.</translation>
    </message>
    <message>
        <source>A new login needs its password.</source>
        <translation>Un usuario nuevo necesita su contraseña.</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>La contraseña actual no es correcta.</translation>
    </message>
    <message>
        <source>The new password is the same as the current one.</source>
        <translation>La contraseña nueva es igual a la actual.</translation>
    </message>
    <message>
        <source>This manager was removed.</source>
        <translation>Este administrador fue eliminado.</translation>
    </message>
</context>
<context>
    <name>DisplayText</name>
    <message>
        <source>Invited</source>
        <translation>Invitado</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Vencido</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Revocado</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Eliminado</translation>
    </message>
    <message>
        <source>No access</source>
        <translation>Sin acceso</translation>
    </message>
    <message>
        <source>Porter app</source>
        <translation>Aplicación Porter</translation>
    </message>
    <message>
        <source>Daily doorcode</source>
        <translation>Código de puerta diario</translation>
    </message>
    <message>
        <source>Portfolio Manager</source>
        <translation>Gestor de cartera</translation>
    </message>
    <message>
        <source>Property Manager</source>
        <translation>Administrador de propiedad</translation>
    </message>
    <message>
        <source>full Key Management</source>
        <translation>gestión de llaves completa</translation>
    </message>
    <message>
        <source>limited Key Management</source>
        <translation>gestión de llaves limitada</translation>
    </message>
    <message>
        <source>Key Management for specific keys</source>
        <translation>gestión solo de llaves específicas</translation>
    </message>
    <message>
        <source>no Key Management</source>
        <translation>sin gestión de llaves</translation>
    </message>
    <message>
        <source>Building entrance</source>
        <translation>Entrada del edificio</translation>
    </message>
    <message>
        <source>Residence</source>
        <translation>Vivienda</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Servicio</translation>
    </message>
    <message>
        <source>Communal</source>
        <translation>Zona común</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Retirada</translation>
    </message>
    <message>
        <source>Person deleted</source>
        <translation>Persona eliminada</translation>
    </message>
    <message>
        <source>Host revoked</source>
        <translation>Anfitrión revocado</translation>
    </message>
    <message>
        <source>Host deleted</source>
        <translation>Anfitrión eliminado</translation>
    </message>
    <message>
        <source>Key added</source>
        <translation>Llave añadida</translation>
    </message>
    <message>
        <source>Expiration changed</source>
        <translation>Vencimiento modificado</translation>
    </message>
    <message>
        <source>Key removed</source>
        <translation>Llave retirada</translation>
    </message>
    <message>
        <source>All keys revoked</source>
        <translation>Todas las llaves revocadas</translation>
    </message>
    <message>
        <source>Guest key shared</source>
        <translation>Llave compartida con invitado</translation>
    </message>
    <message>
        <source>Keycard enrolled</source>
        <translation>Tarjeta de acceso registrada</translation>
    </message>
    <message>
        <source>Keycard activated</source>
        <translation>Tarjeta de acceso activada</translation>
    </message>
    <message>
        <source>Keycard deactivated</source>
        <translation>Tarjeta de acceso desactivada</translation>
    </message>
    <message>
        <source>Refused</source>
        <extracomment>Activity result: the door or Porter refused</extracomment>
        <translation>Denegado</translation>
    </message>
    <message>
        <source>Door event</source>
        <translation>Evento de puerta</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Guest pass ended</source>
        <translation>Acceso de invitado finalizado</translation>
    </message>
    <message>
        <source>Details edited</source>
        <translation>Datos modificados</translation>
    </message>
    <message>
        <source>Welcome email resent</source>
        <translation>Correo de bienvenida reenviado</translation>
    </message>
    <message>
        <source>Door used</source>
        <translation>Puerta utilizada</translation>
    </message>
    <message>
        <source>Door synced</source>
        <translation>Puerta sincronizada</translation>
    </message>
    <message>
        <source>Door sync failed</source>
        <translation>Error al sincronizar la puerta</translation>
    </message>
    <message>
        <source>Door alarm</source>
        <translation>Alarma de puerta</translation>
    </message>
    <message>
        <source>Door added</source>
        <translation>Puerta añadida</translation>
    </message>
    <message>
        <source>Door set up</source>
        <translation>Puerta puesta en servicio</translation>
    </message>
    <message>
        <source>Door replaced</source>
        <translation>Puerta sustituida</translation>
    </message>
    <message>
        <source>Doorcode viewed</source>
        <translation>Código de puerta consultado</translation>
    </message>
    <message>
        <source>New doorcode secret</source>
        <translation>Nuevo secreto de códigos de puerta</translation>
    </message>
    <message>
        <source>Property added</source>
        <translation>Propiedad añadida</translation>
    </message>
    <message>
        <source>Doorcode length changed</source>
        <translation>Longitud del código de puerta modificada</translation>
    </message>
    <message>
        <source>Key created</source>
        <translation>Llave creada</translation>
    </message>
    <message>
        <source>Key changed</source>
        <translation>Llave modificada</translation>
    </message>
    <message>
        <source>Key deleted</source>
        <translation>Llave eliminada</translation>
    </message>
    <message>
        <source>Manager added</source>
        <translation>Administrador añadido</translation>
    </message>
    <message>
        <source>Phone enrolled</source>
        <translation>Teléfono registrado</translation>
    </message>
    <message>
        <source>Outbox viewed</source>
        <translation>Bandeja de salida consultada</translation>
    </message>
    <message>
        <source>Portfolio created</source>
        <translation>Cartera creada</translation>
    </message>
    <message>
        <source>Door events</source>
        <translation>Eventos de puerta</translation>
    </message>
    <message>
        <source>Access changes</source>
        <translation>Cambios de acceso</translation>
    </message>
    <message>
        <source>Refusals</source>
        <translation>Denegaciones</translation>
    </message>
    <message>
        <source>Device events</source>
        <translation>Eventos de dispositivos</translation>
    </message>
    <message>
        <source>Opened</source>
        <extracomment>Activity result: the door opened</extracomment>
        <translation>Abierta</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Alarm</source>
        <translation>Alarma</translation>
    </message>
    <message>
        <source>Doorcode</source>
        <translation>Código de puerta</translation>
    </message>
    <message>
        <source>Keycard</source>
        <translation>Tarjeta de acceso</translation>
    </message>
    <message>
        <source>access granted</source>
        <translation>acceso concedido</translation>
    </message>
    <message>
        <source>unknown credential</source>
        <translation>credencial desconocida</translation>
    </message>
    <message>
        <source>access revoked</source>
        <translation>acceso revocado</translation>
    </message>
    <message>
        <source>access not started yet</source>
        <translation>el acceso aún no ha empezado</translation>
    </message>
    <message>
        <source>access expired</source>
        <translation>acceso vencido</translation>
    </message>
    <message>
        <source>outside the key&apos;s schedule</source>
        <translation>fuera del horario de la llave</translation>
    </message>
    <message>
        <source>keypad locked</source>
        <translation>teclado bloqueado</translation>
    </message>
    <message>
        <source>wrong doorcode</source>
        <translation>código de puerta incorrecto</translation>
    </message>
    <message>
        <source>doorcodes not allowed</source>
        <translation>códigos de puerta no permitidos</translation>
    </message>
    <message>
        <source>app not allowed</source>
        <translation>aplicación no permitida</translation>
    </message>
    <message>
        <source>phone key replaced</source>
        <translation>clave del teléfono sustituida</translation>
    </message>
    <message>
        <source>credential not valid</source>
        <translation>credencial no válida</translation>
    </message>
    <message>
        <source>door not set up</source>
        <translation>puerta sin poner en servicio</translation>
    </message>
    <message>
        <source>phone certificate expired</source>
        <translation>certificado del teléfono vencido</translation>
    </message>
    <message>
        <source>keypad locked after wrong codes</source>
        <translation>teclado bloqueado tras códigos incorrectos</translation>
    </message>
    <message>
        <source>too many wrong codes</source>
        <translation>demasiados códigos incorrectos</translation>
    </message>
    <message>
        <source>door activity lost</source>
        <translation>actividad de la puerta perdida</translation>
    </message>
    <message>
        <source>door clock moved back</source>
        <translation>el reloj de la puerta retrocedió</translation>
    </message>
    <message>
        <source>door refused an update</source>
        <translation>la puerta rechazó una actualización</translation>
    </message>
    <message>
        <source>Opened with: %1</source>
        <translation>Abierta con: %1</translation>
    </message>
    <message>
        <source>Refused (%1): %2</source>
        <translation>Denegado (%1): %2</translation>
    </message>
    <message>
        <source>Alarm: %1</source>
        <translation>Alarma: %1</translation>
    </message>
    <message>
        <source>%1 refused: %2</source>
        <extracomment>A refused manager action: %1 is the action (&quot;Key added&quot;), %2 Porter&apos;s reason</extracomment>
        <translation>%1 — denegado: %2</translation>
    </message>
    <message>
        <source>resident</source>
        <extracomment>A tag in an activity detail: the person was invited as a resident</extracomment>
        <translation>residente</translation>
    </message>
    <message>
        <source>may share</source>
        <extracomment>A tag in an activity detail: the person may share guest keys</extracomment>
        <translation>puede compartir</translation>
    </message>
    <message>
        <source>Invited %1 &lt;%2&gt;: %3</source>
        <extracomment>%1 name, %2 email, %3 the keys and options, separated by &quot; · &quot;</extracomment>
        <translation>Se invitó a %1 &lt;%2&gt;: %3</translation>
    </message>
    <message>
        <source>Gave %1 the key %2</source>
        <translation>Se dio a %1 la llave %2</translation>
    </message>
    <message>
        <source>Removed the expiration of %1&apos;s key %2</source>
        <translation>Se quitó el vencimiento de la llave %2 de %1</translation>
    </message>
    <message>
        <source>Set the expiration of %1&apos;s key %2 to %3</source>
        <translation>Se fijó el vencimiento de la llave %2 de %1: %3</translation>
    </message>
    <message>
        <source>Removed the key %1 from %2</source>
        <translation>Se retiró la llave %1 a %2</translation>
    </message>
    <message>
        <source>Revoked all keys of %1: %2 keys and %3 guest passes ended</source>
        <translation>Se revocaron todas las llaves de %1: %2 llaves y %3 accesos de invitado finalizados</translation>
    </message>
    <message>
        <source>Deleted %1: %2 keys and %3 guest passes ended</source>
        <translation>Se eliminó a %1: %2 llaves y %3 accesos de invitado finalizados</translation>
    </message>
    <message>
        <source>%1 shared %2 with %3, with no end</source>
        <translation>%1 compartió %2 con %3, sin fecha de fin</translation>
    </message>
    <message>
        <source>%1 shared %2 with %3 until %4</source>
        <translation>%1 compartió %2 con %3 hasta el %4</translation>
    </message>
    <message>
        <source>Enrolled keycard %1 for %2, active</source>
        <translation>Se registró la tarjeta de acceso %1 para %2, activa</translation>
    </message>
    <message>
        <source>Enrolled keycard %1 for %2</source>
        <translation>Se registró la tarjeta de acceso %1 para %2</translation>
    </message>
    <message>
        <source>Activated keycard %1 of %2</source>
        <translation>Se activó la tarjeta de acceso %1 de %2</translation>
    </message>
    <message>
        <source>Deactivated keycard %1 of %2</source>
        <translation>Se desactivó la tarjeta de acceso %1 de %2</translation>
    </message>
    <message>
        <source>Resident (private)</source>
        <translation>Residente (privado)</translation>
    </message>
    <message>
        <source>Unknown credential</source>
        <translation>Credencial desconocida</translation>
    </message>
    <message>
        <source>Door</source>
        <translation>Puerta</translation>
    </message>
    <message>
        <source>Porter</source>
        <translation>Porter</translation>
    </message>
    <message>
        <source>Invited</source>
        <comment>person status: invited, access starts later (not a guest)</comment>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>Revoked all keys of %1: %2 keys and %3 guest passes ended (one of %4 people revoked together)</source>
        <extracomment>Several people revoked at once: %1 the person, %2 and %3 counts, %4 how many people</extracomment>
        <translation>Se revocaron todas las llaves de %1: %2 llaves y %3 accesos de invitado finalizados (una de %4 personas revocadas a la vez)</translation>
    </message>
    <message>
        <source>Ended the guest pass of %1 for %2 (shared by %3)</source>
        <translation>Se finalizó el acceso de invitado de %1 a %2 (compartido por %3)</translation>
    </message>
    <message>
        <source>Edited the details of %1: %2</source>
        <extracomment>%1 the person, %2 what changed (&quot;name, email&quot;)</extracomment>
        <translation>Se modificaron los datos de %1: %2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message numerus="yes">
        <source>%1; %n permanent guest passes ended</source>
        <translation>
            <numerusform>%1; %n acceso de invitado permanente finalizado</numerusform>
            <numerusform>%1; %n accesos de invitado permanentes finalizados</numerusform>
        </translation>
    </message>
    <message>
        <source>Queued a new welcome email for %1 &lt;%2&gt;</source>
        <translation>Se puso en cola un nuevo correo de bienvenida para %1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>Added door %1 (%2, %3)</source>
        <extracomment>%1 the door, %2 its type (&quot;Communal&quot;), %3 &quot;online&quot; or &quot;offline&quot;</extracomment>
        <translation>Se añadió la puerta %1 (%2, %3)</translation>
    </message>
    <message>
        <source>online</source>
        <translation>en línea</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>sin conexión</translation>
    </message>
    <message>
        <source>Set up door %1</source>
        <translation>Se puso en servicio la puerta %1</translation>
    </message>
    <message>
        <source>Replaced the identity of door %1 (was %2, now %3)</source>
        <translation>Se sustituyó la identidad de la puerta %1 (antes %2, ahora %3)</translation>
    </message>
    <message>
        <source>Viewed the doorcode of %1 for %2</source>
        <extracomment>%1 the person, %2 the day (a date)</extracomment>
        <translation>Se consultó el código de puerta de %1 para el %2</translation>
    </message>
    <message>
        <source>Added property %1 (%2)</source>
        <translation>Se añadió la propiedad %1 (%2)</translation>
    </message>
    <message>
        <source>Created key %1 (%2, %3)</source>
        <extracomment>%1 the key, %2 &quot;3 doors&quot;, %3 its schedule</extracomment>
        <translation>Se creó la llave %1 (%2, %3)</translation>
    </message>
    <message>
        <source>doorcodes allowed</source>
        <translation>códigos de puerta permitidos</translation>
    </message>
    <message>
        <source>no doorcodes</source>
        <translation>sin códigos de puerta</translation>
    </message>
    <message>
        <source>shareable</source>
        <translation>se puede compartir</translation>
    </message>
    <message>
        <source>not shareable</source>
        <translation>no se puede compartir</translation>
    </message>
    <message>
        <source>Changed key %1 (%2)</source>
        <extracomment>%1 the key, %2 its doors, schedule and options, separated by &quot;, &quot;</extracomment>
        <translation>Se modificó la llave %1 (%2)</translation>
    </message>
    <message>
        <source>Deleted key %1</source>
        <translation>Se eliminó la llave %1</translation>
    </message>
    <message>
        <source>Doorcodes of %1 now have %2 digits (were %3)</source>
        <translation>Los códigos de puerta de %1 tienen ahora %2 dígitos (antes %3)</translation>
    </message>
    <message>
        <source>New doorcode secret for %1 (epoch %2); %3 doors accept the old doorcodes until their next sync</source>
        <extracomment>%1 the property, %2 a number, %3 how many doors</extracomment>
        <translation>Nuevo secreto de códigos de puerta para %1 (época %2); %3 puertas aceptan los códigos de puerta anteriores hasta su próxima sincronización</translation>
    </message>
    <message>
        <source>Enrolled a phone for %1 (key generation %2, certificate valid until %3)</source>
        <extracomment>%1 the person, %2 a number, %3 a date and time</extracomment>
        <translation>Se registró un teléfono para %1 (generación de clave %2, certificado válido hasta el %3)</translation>
    </message>
    <message>
        <source>name</source>
        <extracomment>What changed in a person&apos;s details (activity)</extracomment>
        <translation>nombre</translation>
    </message>
    <message>
        <source>email</source>
        <translation>correo electrónico</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>teléfono</translation>
    </message>
    <message>
        <source>not resident</source>
        <translation>no residente</translation>
    </message>
    <message>
        <source>may not share</source>
        <translation>no puede compartir</translation>
    </message>
    <message>
        <source>1 door</source>
        <translation>1 puerta</translation>
    </message>
    <message numerus="yes">
        <source>%n doors</source>
        <translation>
            <numerusform>%n puerta</numerusform>
            <numerusform>%n puertas</numerusform>
        </translation>
    </message>
    <message>
        <source>changes only</source>
        <translation>solo cambios</translation>
    </message>
    <message>
        <source>full list</source>
        <translation>lista completa</translation>
    </message>
    <message>
        <source>no update</source>
        <translation>sin actualización</translation>
    </message>
    <message>
        <source>Door %1: version %2 → %3 (%4, %5 bytes), %6</source>
        <extracomment>A door sync: %1 the door, %2 and %3 list versions, %4 &quot;changes only&quot; or &quot;full list&quot;, %5 bytes, %6 &quot;3 events imported&quot;</extracomment>
        <translation>Puerta %1: versión %2 → %3 (%4, %5 bytes), %6</translation>
    </message>
    <message>
        <source>1 event imported</source>
        <translation>1 evento importado</translation>
    </message>
    <message numerus="yes">
        <source>%n events imported</source>
        <translation>
            <numerusform>%n evento importado</numerusform>
            <numerusform>%n eventos importados</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, new doorcode secret (epoch %2)</source>
        <translation>%1, nuevo secreto de códigos de puerta (época %2)</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <extracomment>A failed door sync: %1 what was done, %2 the reason</extracomment>
        <translation>%1; %2</translation>
    </message>
    <message>
        <source>%1; the door refused this computer&apos;s clock</source>
        <translation>%1; la puerta rechazó el reloj de este equipo</translation>
    </message>
    <message>
        <source>%1; left out: %2</source>
        <translation>%1; se dejaron fuera: %2</translation>
    </message>
    <message>
        <source>Device Management</source>
        <translation>gestión de dispositivos</translation>
    </message>
    <message>
        <source>password reset</source>
        <extracomment>A tag in an activity detail: the manager&apos;s password was set anew</extracomment>
        <translation>contraseña restablecida</translation>
    </message>
    <message>
        <source>Changed manager %1 &lt;%2&gt;: %3</source>
        <extracomment>%1 name, %2 email, %3 role and rights, separated by &quot; · &quot;</extracomment>
        <translation>Se modificó el administrador %1 &lt;%2&gt;: %3</translation>
    </message>
    <message>
        <source>Added manager %1 &lt;%2&gt; again: %3</source>
        <extracomment>A removed manager added back: %1 name, %2 email, %3 role and rights</extracomment>
        <translation>Se volvió a añadir el administrador %1 &lt;%2&gt;: %3</translation>
    </message>
    <message>
        <source>Added manager %1 &lt;%2&gt;: %3</source>
        <translation>Se añadió el administrador %1 &lt;%2&gt;: %3</translation>
    </message>
    <message>
        <source>Removed manager %1 &lt;%2&gt;</source>
        <translation>Se quitó el administrador %1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>Commissioned: the first sync sends the whole access list</source>
        <extracomment>A door&apos;s pending change: the door was just commissioned</extracomment>
        <translation>Puesta en servicio: la primera sincronización envía toda la lista de acceso</translation>
    </message>
    <message>
        <source>Time zone table and access list refreshed</source>
        <extracomment>A door&apos;s pending change: the door&apos;s time zone table and list are sent again</extracomment>
        <translation>Tabla de husos horarios y lista de acceso renovadas</translation>
    </message>
    <message>
        <source>Add %1 to %2</source>
        <extracomment>A door&apos;s pending change: %1 the keys, %2 who gets them</extracomment>
        <translation>Añadir %1 a %2</translation>
    </message>
    <message>
        <source>New expiration of %1 for %2</source>
        <extracomment>A door&apos;s pending change: %1 the key, %2 the person</extracomment>
        <translation>Nuevo vencimiento de %1 para %2</translation>
    </message>
    <message>
        <source>Remove %1 from %2</source>
        <extracomment>A door&apos;s pending change: %1 the key, %2 the person or people</extracomment>
        <translation>Retirar %1 a %2</translation>
    </message>
    <message>
        <source>Revoke all keys of %1</source>
        <translation>Revocar todas las llaves de %1</translation>
    </message>
    <message>
        <source>Remove %1 (deleted)</source>
        <extracomment>A door&apos;s pending change: the person was deleted</extracomment>
        <translation>Quitar a %1 (eliminado)</translation>
    </message>
    <message>
        <source>Guest %1 of %2</source>
        <extracomment>A door&apos;s pending change: %1 the guest, %2 the host who shared a key</extracomment>
        <translation>Invitado %1 de %2</translation>
    </message>
    <message>
        <source>End the guest pass of %1 (%2)</source>
        <extracomment>A door&apos;s pending change: %1 the guest, %2 the key</extracomment>
        <translation>Finalizar el acceso de invitado de %1 (%2)</translation>
    </message>
    <message>
        <source>Permanent guest passes of %1 ended</source>
        <extracomment>A door&apos;s pending change: %1 the host, who may no longer share</extracomment>
        <translation>Accesos de invitado permanentes de %1 finalizados</translation>
    </message>
    <message>
        <source>Keycard %1 of %2 activated</source>
        <extracomment>A door&apos;s pending change: %1 the card&apos;s serial, %2 the person</extracomment>
        <translation>Tarjeta de acceso %1 de %2 activada</translation>
    </message>
    <message>
        <source>Keycard %1 of %2 deactivated</source>
        <translation>Tarjeta de acceso %1 de %2 desactivada</translation>
    </message>
    <message>
        <source>Key %1 changed</source>
        <translation>Llave %1 modificada</translation>
    </message>
    <message>
        <source>Key %1 deleted</source>
        <translation>Llave %1 eliminada</translation>
    </message>
    <message>
        <source>New doorcode secret (epoch %1): codes of the old secret work here until this door is synced</source>
        <translation>Nuevo secreto de códigos de puerta (época %1): los códigos del secreto anterior funcionan aquí hasta que se sincronice esta puerta</translation>
    </message>
    <message>
        <source>New phone for %1</source>
        <extracomment>A door&apos;s pending change: the person&apos;s phone was enrolled again</extracomment>
        <translation>Nuevo teléfono de %1</translation>
    </message>
    <message numerus="yes">
        <source>%n people</source>
        <translation>
            <numerusform>%n persona</numerusform>
            <numerusform>%n personas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The keypad locked itself for %n s after repeated wrong codes.</source>
        <translation>
            <numerusform>El teclado se bloqueó durante %n s tras varios códigos incorrectos.</numerusform>
            <numerusform>El teclado se bloqueó durante %n s tras varios códigos incorrectos.</numerusform>
        </translation>
    </message>
    <message>
        <source>The keypad&apos;s daily budget of wrong codes is spent: it refuses every code until local midnight. Someone may be guessing codes.</source>
        <translation>El teclado agotó su cupo diario de códigos incorrectos: rechaza todos los códigos hasta la medianoche local. Puede que alguien esté intentando adivinar códigos.</translation>
    </message>
    <message>
        <source>The keypad&apos;s hourly budget of wrong codes is spent: it refuses every code until the hour rolls over. Someone may be guessing codes.</source>
        <translation>El teclado agotó su cupo por hora de códigos incorrectos: rechaza todos los códigos hasta que cambie la hora. Puede que alguien esté intentando adivinar códigos.</translation>
    </message>
    <message numerus="yes">
        <source>The door dropped %n activity entries (its log was full).</source>
        <translation>
            <numerusform>La puerta descartó %n entrada de actividad (su registro estaba lleno).</numerusform>
            <numerusform>La puerta descartó %n entradas de actividad (su registro estaba lleno).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The door&apos;s clock was set back by %n s, or a sync tried to set it earlier than an update the door holds (refused). Check the syncing computer&apos;s clock.</source>
        <translation>
            <numerusform>El reloj de la puerta se atrasó %n s, o una sincronización intentó ponerlo antes que una actualización que la puerta ya tiene (rechazada). Compruebe el reloj del ordenador que sincroniza.</numerusform>
            <numerusform>El reloj de la puerta se atrasó %n s, o una sincronización intentó ponerlo antes que una actualización que la puerta ya tiene (rechazada). Compruebe el reloj del ordenador que sincroniza.</numerusform>
        </translation>
    </message>
    <message>
        <source>The door refused an update (%1).</source>
        <extracomment>%1 the door&apos;s reason, a technical code such as &quot;stale version&quot;</extracomment>
        <translation>La puerta rechazó una actualización (%1).</translation>
    </message>
    <message>
        <source>People imported</source>
        <translation>Personas importadas</translation>
    </message>
    <message>
        <source>Imported people from %1: %2 invited, %3 updated, %4 unchanged</source>
        <extracomment>A people list imported: %1 the file&apos;s name, %2 %3 %4 counts</extracomment>
        <translation>Personas importadas de %1: %2 invitadas, %3 actualizadas, %4 sin cambios</translation>
    </message>
    <message>
        <source>a file</source>
        <translation>un archivo</translation>
    </message>
    <message numerus="yes">
        <source>Import of a people list (%n changed)</source>
        <extracomment>A door&apos;s pending change: a people list was imported; %n people invited or changed</extracomment>
        <translation>
            <numerusform>Importación de una lista de personas (%n cambio)</numerusform>
            <numerusform>Importación de una lista de personas (%n cambios)</numerusform>
        </translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation>Contraseña cambiada</translation>
    </message>
    <message>
        <source>Changed their own password</source>
        <translation>Cambió su propia contraseña</translation>
    </message>
    <message>
        <source>Field kit built</source>
        <translation>Kit de campo creado</translation>
    </message>
    <message>
        <source>Field kit uploaded</source>
        <translation>Kit de campo subido</translation>
    </message>
    <message>
        <source>Built field kit %1 for %2, valid until %3</source>
        <extracomment>%1 the kit&apos;s short id, %2 &quot;3 doors&quot;, %3 a date and time</extracomment>
        <translation>Creó el kit de campo %1 para %2, válido hasta el %3</translation>
    </message>
    <message>
        <source>Uploaded the field kit answer of door %1: version %2, %3</source>
        <extracomment>%1 the door, %2 a version number, %3 &quot;2 activity entries&quot;</extracomment>
        <translation>Subió la respuesta del kit de campo de la puerta %1: versión %2, %3</translation>
    </message>
    <message>
        <source>1 new activity entry</source>
        <translation>1 entrada de actividad nueva</translation>
    </message>
    <message numerus="yes">
        <source>%n new activity entries</source>
        <translation>
            <numerusform>%n entrada de actividad nueva</numerusform>
            <numerusform>%n entradas de actividad nuevas</numerusform>
        </translation>
    </message>
    <message>
        <source>New signing key</source>
        <translation>Nueva clave de firma</translation>
    </message>
    <message>
        <source>New signing key for %1 (epoch %2, key %3); %4 doors trust the old key until their next sync, %5 phones need a new certificate</source>
        <extracomment>%1 the property, %2 a number, %3 a key fingerprint, %4 how many doors, %5 how many phones</extracomment>
        <translation>Nueva clave de firma para %1 (época %2, clave %3); %4 puertas confían en la clave anterior hasta su próxima sincronización, %5 teléfonos necesitan un certificado nuevo</translation>
    </message>
    <message>
        <source>New signing key (epoch %1): this door trusts the old key until it is synced</source>
        <extracomment>A door&apos;s pending change: %1 a number</extracomment>
        <translation>Nueva clave de firma (época %1): esta puerta confía en la clave anterior hasta que se sincronice</translation>
    </message>
    <message>
        <source>%1, new signing key (epoch %2)</source>
        <extracomment>A door sync: %1 what was done, %2 a number</extracomment>
        <translation>%1, nueva clave de firma (época %2)</translation>
    </message>
    <message>
        <source>Signing key reset</source>
        <translation>Clave de firma restablecida</translation>
    </message>
    <message>
        <source>Reset the signing key of %1 (epoch %2, key %3); %4 doors must be reset on site and commissioned again, %5 phones need a new certificate</source>
        <extracomment>%1 the property, %2 a number, %3 a key fingerprint, %4 how many doors, %5 how many phones</extracomment>
        <translation>Se restableció la clave de firma de %1 (época %2, clave %3); %4 puertas deben restablecerse en el lugar y volver a ponerse en servicio, %5 teléfonos necesitan un certificado nuevo</translation>
    </message>
    <message>
        <source>Signing key reset (epoch %1): reset this door on site and commission it again</source>
        <extracomment>A door&apos;s pending change: %1 a number</extracomment>
        <translation>Clave de firma restablecida (época %1): restablezca esta puerta en el lugar y vuelva a ponerla en servicio</translation>
    </message>
</context>
<context>
    <name>DoorListRepository</name>
    <message>
        <source>There is no door with id %1.</source>
        <translation>No existe ninguna puerta con el id %1.</translation>
    </message>
</context>
<context>
    <name>FileKeyProvider</name>
    <message>
        <source>Cannot read the key file %1.</source>
        <translation>No se puede leer el archivo de clave %1.</translation>
    </message>
    <message>
        <source>The key file %1 is damaged; Porter&apos;s secrets cannot be opened.</source>
        <translation>El archivo de clave %1 está dañado; no se pueden abrir los secretos de Porter.</translation>
    </message>
    <message>
        <source>Cannot create the key folder %1.</source>
        <translation>No se puede crear la carpeta de claves %1.</translation>
    </message>
    <message>
        <source>Cannot create the key file %1.</source>
        <translation>No se puede crear el archivo de clave %1.</translation>
    </message>
    <message>
        <source>Cannot write the key file %1.</source>
        <translation>No se puede escribir el archivo de clave %1.</translation>
    </message>
</context>
<context>
    <name>ImportService</name>
    <message numerus="yes">
        <source>The column mapping does not match the file&apos;s %n columns.</source>
        <translation>
            <numerusform>La correspondencia de columnas no coincide con la columna del archivo.</numerusform>
            <numerusform>La correspondencia de columnas no coincide con las %n columnas del archivo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Columns &quot;%1&quot; and &quot;%2&quot; are both %3. Ignore one of them.</source>
        <translation>Las columnas «%1» y «%2» son ambas %3. Ignore una de ellas.</translation>
    </message>
    <message>
        <source>No column holds the email. Every person is found and invited by their email: map one column to %1.</source>
        <translation>Ninguna columna contiene el correo electrónico. Cada persona se busca e invita por su correo: asigne una columna a %1.</translation>
    </message>
    <message>
        <source>The file has a header row but no people under it.</source>
        <translation>El archivo tiene una fila de encabezado pero ninguna persona debajo.</translation>
    </message>
    <message>
        <source>Row %1 has the same email. Each person can appear once in the file: keep one of the rows.</source>
        <translation>La fila %1 tiene el mismo correo electrónico. Cada persona puede aparecer una sola vez en el archivo: conserve una de las filas.</translation>
    </message>
    <message numerus="yes">
        <source>%1 has no key named %2. Its keys are: %3.</source>
        <translation>
            <numerusform>%1 no tiene ninguna llave llamada %2. Sus llaves son: %3.</numerusform>
            <numerusform>%1 no tiene llaves llamadas %2. Sus llaves son: %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1&apos;s keys were revoked. Tick &quot;Give access again&quot; to give them the row&apos;s keys.</source>
        <translation>Las llaves de %1 se revocaron. Marque «Dar acceso de nuevo» para darle las llaves de la fila.</translation>
    </message>
    <message>
        <source>%1 opens doors with %2; an import does not change that. Remove the cell, or delete and invite them again.</source>
        <translation>%1 abre las puertas con %2; una importación no cambia eso. Vacíe la celda, o elimine a la persona e invítela de nuevo.</translation>
    </message>
    <message>
        <source>the app</source>
        <translation>la aplicación</translation>
    </message>
    <message>
        <source>a daily doorcode</source>
        <translation>un código de puerta diario</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>teléfono</translation>
    </message>
    <message>
        <source>resident</source>
        <translation>residente</translation>
    </message>
    <message>
        <source>not a resident</source>
        <translation>no residente</translation>
    </message>
    <message>
        <source>may share</source>
        <translation>puede compartir</translation>
    </message>
    <message>
        <source>may not share</source>
        <translation>no puede compartir</translation>
    </message>
    <message>
        <source>language</source>
        <translation>idioma</translation>
    </message>
    <message>
        <source>details: %1</source>
        <translation>datos: %1</translation>
    </message>
    <message>
        <source>To give %1 access again, the row needs their keys.</source>
        <translation>Para dar acceso de nuevo a %1, la fila necesita sus llaves.</translation>
    </message>
    <message>
        <source>expiration moved to the end of %1</source>
        <translation>vencimiento movido al final del %1</translation>
    </message>
    <message>
        <source>expiration moved to %1</source>
        <translation>vencimiento movido a %1</translation>
    </message>
    <message>
        <source>access given again: %1</source>
        <translation>acceso dado de nuevo: %1</translation>
    </message>
    <message>
        <source>keys added: %1</source>
        <translation>llaves añadidas: %1</translation>
    </message>
    <message>
        <source>keys removed: %1</source>
        <translation>llaves retiradas: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n invited</source>
        <translation>
            <numerusform>%n invitada</numerusform>
            <numerusform>%n invitadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>%n actualizada</numerusform>
            <numerusform>%n actualizadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to invite</source>
        <translation>
            <numerusform>%n por invitar</numerusform>
            <numerusform>%n por invitar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to update</source>
        <translation>
            <numerusform>%n por actualizar</numerusform>
            <numerusform>%n por actualizar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n sin cambios</numerusform>
            <numerusform>%n sin cambios</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n revoked (left as they are)</source>
        <translation>
            <numerusform>%n revocada (se deja como está)</numerusform>
            <numerusform>%n revocadas (se dejan como están)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with errors</source>
        <translation>
            <numerusform>%n con errores</numerusform>
            <numerusform>%n con errores</numerusform>
        </translation>
    </message>
    <message>
        <source>No people in the file.</source>
        <translation>No hay personas en el archivo.</translation>
    </message>
    <message>
        <source>The cell names no key. Write the key names, or leave the cell empty to keep a listed person&apos;s keys.</source>
        <translation>La celda no nombra ninguna llave. Escriba los nombres de las llaves, o deje la celda vacía para conservar las llaves de una persona ya registrada.</translation>
    </message>
    <message>
        <source>No expiration was set: %1&apos;s access will not end by itself. Setting one (such as the lease end) is recommended.</source>
        <translation>No se fijó ningún vencimiento: el acceso de %1 no terminará por sí solo. Se recomienda fijar uno (como el fin del contrato de alquiler).</translation>
    </message>
</context>
<context>
    <name>ImportSheet</name>
    <message>
        <source>First name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Apellidos</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Access method</source>
        <translation>Método de acceso</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Llaves</translation>
    </message>
    <message>
        <source>Resident</source>
        <translation>Residente</translation>
    </message>
    <message>
        <source>May share</source>
        <translation>Puede compartir</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Expiration</source>
        <translation>Vencimiento</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>The file&apos;s dates are written both day first (%1) and month first (%2). Write them one way, or as YYYY-MM-DD.</source>
        <translation>Las fechas del archivo están escritas con el día primero (%1) y con el mes primero (%2). Escríbalas de una sola forma, o como AAAA-MM-DD.</translation>
    </message>
    <message>
        <source>“%1” is not a date. Write it as %2 or YYYY-MM-DD, with a time if needed (HH:MM), in the property&apos;s local time.</source>
        <translation>«%1» no es una fecha. Escríbala como %2 o AAAA-MM-DD, con una hora si hace falta (HH:MM), en la hora local de la propiedad.</translation>
    </message>
    <message>
        <source>“%1” is not a date: read %2, there is no such day.</source>
        <translation>«%1» no es una fecha: leída con el %2, ese día no existe.</translation>
    </message>
    <message>
        <source>day first</source>
        <translation>día primero</translation>
    </message>
    <message>
        <source>month first</source>
        <translation>mes primero</translation>
    </message>
    <message>
        <source>“%1” has no such time.</source>
        <translation>«%1» no tiene una hora válida.</translation>
    </message>
    <message>
        <source>“%1” is neither yes nor no.</source>
        <translation>«%1» no es ni sí ni no.</translation>
    </message>
    <message>
        <source>“%1” is not an access method: write app or doorcode.</source>
        <translation>«%1» no es un método de acceso: escriba aplicación o código.</translation>
    </message>
    <message>
        <source>“%1” is not a language Porter writes emails in: English, Spanish or French.</source>
        <translation>«%1» no es un idioma en el que Porter escriba correos: inglés, español o francés.</translation>
    </message>
</context>
<context>
    <name>KeychainKeyProvider</name>
    <message>
        <source>This installation&apos;s key is in the system keychain, which cannot be reached now. Unlock the keychain and try again.</source>
        <translation>La clave de esta instalación está en el llavero del sistema, al que no se puede acceder ahora. Desbloquee el llavero e inténtelo de nuevo.</translation>
    </message>
</context>
<context>
    <name>KitFile</name>
    <message>
        <source>Cannot write the field kit %1: %2</source>
        <translation>No se puede escribir el kit de campo %1: %2</translation>
    </message>
    <message>
        <source>Cannot open the field kit %1: %2</source>
        <translation>No se puede abrir el kit de campo %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a field kit (too large).</source>
        <translation>%1 no es un kit de campo (demasiado grande).</translation>
    </message>
    <message>
        <source>%1 is not a Porter field kit.</source>
        <translation>%1 no es un kit de campo de Porter.</translation>
    </message>
    <message>
        <source>The field kit %1 was built on another computer or by another user, or it was changed: only the laptop that built a kit can use it. Build a new kit here.</source>
        <translation>El kit de campo %1 se creó en otro equipo o con otro usuario, o se ha modificado: solo el portátil que creó un kit puede usarlo. Cree un kit nuevo aquí.</translation>
    </message>
    <message>
        <source>The field kit file is damaged or was not made by Porter (%1).</source>
        <translation>El archivo del kit de campo está dañado o no lo creó Porter (%1).</translation>
    </message>
    <message>
        <source>unknown format</source>
        <translation>formato desconocido</translation>
    </message>
</context>
<context>
    <name>KitService</name>
    <message>
        <source>A field kit is valid for 1 to %1 days, not %2.</source>
        <translation>Un kit de campo es válido de 1 a %1 días, no %2.</translation>
    </message>
    <message>
        <source>Choose the properties or doors the field kit is for.</source>
        <translation>Elija las propiedades o las puertas para las que es el kit de campo.</translation>
    </message>
    <message>
        <source>There is no door with id %1.</source>
        <translation>No existe ninguna puerta con el id %1.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>None of these doors is commissioned, so a field kit has nothing to carry. Commission them with Porter online first.</source>
        <translation>Ninguna de estas puertas está en servicio, así que un kit de campo no tiene nada que llevar. Póngalas primero en servicio con Porter en línea.</translation>
    </message>
    <message>
        <source>This field kit was built for another portfolio (%1).</source>
        <translation>Este kit de campo se creó para otra cartera (%1).</translation>
    </message>
    <message>
        <source>You do not manage the devices of %1: this door&apos;s answer was not uploaded.</source>
        <translation>Usted no gestiona los dispositivos de %1: la respuesta de esta puerta no se ha subido.</translation>
    </message>
    <message>
        <source>The door no longer exists in Porter: its answer was not uploaded.</source>
        <translation>La puerta ya no existe en Porter: su respuesta no se ha subido.</translation>
    </message>
    <message>
        <source>The door was commissioned again after the kit was built: its answer belongs to the door it replaced and was not uploaded.</source>
        <translation>La puerta se volvió a poner en servicio después de crear el kit: su respuesta pertenece a la puerta a la que sustituyó y no se ha subido.</translation>
    </message>
    <message>
        <source>Porter already records a later sync of this door; the kit&apos;s acknowledgement was not needed.</source>
        <translation>Porter ya tiene registrada una sincronización posterior de esta puerta; la confirmación del kit no era necesaria.</translation>
    </message>
    <message>
        <source>The door refused the kit&apos;s update (%1): sync it with Porter online.</source>
        <translation>La puerta rechazó la actualización del kit (%1): sincronícela con Porter en línea.</translation>
    </message>
    <message>
        <source>The delivery did not finish (%1).</source>
        <translation>La entrega no terminó (%1).</translation>
    </message>
    <message>
        <source>This field kit was built for another portfolio (%1); upload it there.</source>
        <translation>Este kit de campo se creó para otra cartera (%1); súbalo a esa cartera.</translation>
    </message>
    <message>
        <source>This door&apos;s part of the kit is not the one Porter built for it: nothing of its answer was uploaded.</source>
        <translation>La parte del kit de esta puerta no es la que Porter creó para ella: no se ha subido nada de su respuesta.</translation>
    </message>
    <message>
        <source>This answer is not signed by the door (no receipt, or not this door&apos;s): nothing of it was uploaded. Deliver the kit to the door again, or sync it with Porter online.</source>
        <translation>Esta respuesta no está firmada por la puerta (no hay recibo, o no es de esta puerta): no se ha subido nada de ella. Entregue el kit de nuevo a la puerta o sincronícela con Porter en línea.</translation>
    </message>
    <message>
        <source>%1 · %2 (its signing key was reset: reset the door, then commission it)</source>
        <translation>%1 · %2 (su clave de firma se restableció: restablezca la puerta y luego póngala en servicio)</translation>
    </message>
</context>
<context>
    <name>MailService</name>
    <message>
        <source>Enter the mail server&apos;s name, such as smtp.example.com.</source>
        <translation>Introduzca el nombre del servidor de correo, por ejemplo smtp.example.com.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a server name: use letters, digits, dots and hyphens, such as smtp.example.com.</source>
        <translation>«%1» no es un nombre de servidor: use letras, dígitos, puntos y guiones, por ejemplo smtp.example.com.</translation>
    </message>
    <message>
        <source>The port must be from 1 to 65535 (usually 587 or 465).</source>
        <translation>El puerto debe estar entre 1 y 65535 (normalmente 587 o 465).</translation>
    </message>
    <message>
        <source>The From address is not valid: %1</source>
        <translation>La dirección del remitente no es válida: %1</translation>
    </message>
    <message>
        <source>The From name</source>
        <translation>nombre del remitente</translation>
    </message>
    <message>
        <source>The user name</source>
        <translation>nombre de usuario</translation>
    </message>
    <message>
        <source>The From name must be one line.</source>
        <translation>El nombre del remitente debe ocupar una sola línea.</translation>
    </message>
    <message>
        <source>The timeout must be from 1 to 600 seconds.</source>
        <translation>El tiempo de espera debe estar entre 1 y 600 segundos.</translation>
    </message>
    <message>
        <source>The time daily doorcodes are sent must be HH:MM, such as 06:00.</source>
        <translation>La hora de envío de los códigos de puerta diarios debe tener el formato HH:MM, por ejemplo 06:00.</translation>
    </message>
    <message>
        <source>Email is not set up yet: enter the mail server and the From address first.</source>
        <translation>El correo electrónico aún no está configurado: introduzca primero el servidor de correo y la dirección del remitente.</translation>
    </message>
    <message>
        <source>The test email was not sent.</source>
        <translation>No se envió el correo de prueba.</translation>
    </message>
    <message>
        <source>The server accepted the message.</source>
        <translation>El servidor aceptó el mensaje.</translation>
    </message>
    <message>
        <source>This message belongs to nobody in People and cannot be written again.</source>
        <translation>Este mensaje no pertenece a nadie de Personas y no se puede volver a generar.</translation>
    </message>
    <message>
        <source>Not sent: %1 was deleted before the email left.</source>
        <translation>No enviado: %1 se eliminó antes de que saliera el correo.</translation>
    </message>
    <message>
        <source>Not sent: %1&apos;s keys were revoked before the email left.</source>
        <translation>No enviado: las llaves de %1 se revocaron antes de que saliera el correo.</translation>
    </message>
    <message>
        <source>This daily doorcode email names no valid day.</source>
        <translation>Este correo de código de puerta diario no indica ningún día válido.</translation>
    </message>
    <message>
        <source>Not sent: %1 uses the app now, not daily doorcodes.</source>
        <translation>No enviado: %1 usa ahora la aplicación, no códigos de puerta diarios.</translation>
    </message>
    <message>
        <source>Not sent: the day of this doorcode (%1) is over.</source>
        <translation>No enviado: el día de este código de puerta (%1) ya ha terminado.</translation>
    </message>
    <message>
        <source>Not sent: %1 has no access on %2 any more.</source>
        <translation>No enviado: %1 ya no tiene acceso el %2.</translation>
    </message>
    <message>
        <source>Not sent: %1 has no doorcode secret yet (commission a door first).</source>
        <translation>No enviado: %1 aún no tiene secreto de códigos de puerta (ponga primero una puerta en servicio).</translation>
    </message>
    <message>
        <source>Not sent: %1 holds no current or future key any more.</source>
        <translation>No enviado: %1 ya no tiene ninguna llave actual ni futura.</translation>
    </message>
    <message>
        <source>Email is not set up: enter the mail server in Settings &gt; Email (or with porterctl mail settings).</source>
        <translation>El correo electrónico no está configurado: introduzca el servidor de correo en Configuración &gt; Correo electrónico (o con porterctl mail settings).</translation>
    </message>
    <message>
        <source>Not delivered after %1 attempts over three days. The last problem: %2</source>
        <translation>No se entregó tras %1 intentos durante tres días. Último problema: %2</translation>
    </message>
    <message>
        <source>Message %1 to &lt;%2&gt;: %3</source>
        <translation>Mensaje %1 a &lt;%2&gt;: %3</translation>
    </message>
    <message>
        <source>There is no message with id %1 in the outbox.</source>
        <translation>No hay ningún mensaje con el id %1 en la bandeja de salida.</translation>
    </message>
    <message>
        <source>Message %1 was sent already; use Resend Welcome Email for a new one.</source>
        <translation>El mensaje %1 ya se envió; use Reenviar correo de bienvenida para enviar uno nuevo.</translation>
    </message>
    <message>
        <source>Message %1 is still queued; it is sent at the next attempt.</source>
        <translation>El mensaje %1 sigue en cola; se enviará en el próximo intento.</translation>
    </message>
    <message>
        <source>Your doorcode for %1</source>
        <translation>Su código de puerta del %1</translation>
    </message>
    <message>
        <source>The password contains a control character. Type it again.</source>
        <translation>La contraseña contiene un carácter de control. Escríbala de nuevo.</translation>
    </message>
    <message>
        <source>The mail server&apos;s password is in the system keychain, which does not answer or no longer has it. Unlock the keychain and try again, or enter the password again in Settings ▸ Email.</source>
        <translation>La contraseña del servidor de correo está en el llavero del sistema, que no responde o ya no la tiene. Desbloquee el llavero e inténtelo de nuevo, o vuelva a escribir la contraseña en Configuración ▸ Correo electrónico.</translation>
    </message>
</context>
<context>
    <name>OutboxService</name>
    <message>
        <source>There is no person with id %1.</source>
        <translation>No existe ninguna persona con el id %1.</translation>
    </message>
</context>
<context>
    <name>PeopleExport</name>
    <message>
        <source>Status</source>
        <extracomment>Column of the people export, ignored when the file is imported back</extracomment>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Guests</source>
        <extracomment>Column of the people export: the names of the person&apos;s current guests</extracomment>
        <translation>Invitados</translation>
    </message>
    <message>
        <source>Keycards</source>
        <extracomment>Column of the people export: the person&apos;s keycard serials</extracomment>
        <translation>Tarjetas</translation>
    </message>
    <message>
        <source>Yes</source>
        <extracomment>A Yes/No cell of the people export (the import reads yes/no in English, Spanish and French)</extracomment>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>App</source>
        <extracomment>Access method cell of the people export (the import reads &quot;app&quot; and &quot;doorcode&quot; in three languages)</extracomment>
        <translation>Aplicación</translation>
    </message>
    <message>
        <source>Doorcode</source>
        <translation>Código</translation>
    </message>
</context>
<context>
    <name>PeopleRepository</name>
    <message>
        <source>person</source>
        <translation>persona</translation>
    </message>
    <message>
        <source>grant</source>
        <translation>asignación</translation>
    </message>
    <message>
        <source>keycard</source>
        <translation>tarjeta de acceso</translation>
    </message>
    <message>
        <source>guest pass</source>
        <translation>acceso de invitado</translation>
    </message>
    <message>
        <source>%1 (inactive)</source>
        <translation>%1 (inactiva)</translation>
    </message>
</context>
<context>
    <name>PortfolioMigration</name>
    <message>
        <source>--from is the SQLite file of the portfolio to move, not a server address.</source>
        <translation>--from es el archivo SQLite de la cartera que se va a mover, no la dirección de un servidor.</translation>
    </message>
    <message>
        <source>--to is the postgresql:// address of the server database to move the portfolio to.</source>
        <translation>--to es la dirección postgresql:// de la base de datos del servidor a la que se mueve la cartera.</translation>
    </message>
    <message>
        <source>%1 has a table &quot;%2&quot; this Porter cannot move. Nothing was changed.</source>
        <translation>%1 tiene una tabla «%2» que este Porter no sabe mover. No se cambió nada.</translation>
    </message>
    <message>
        <source>%1 holds no portfolio to move.</source>
        <translation>%1 no contiene ninguna cartera que mover.</translation>
    </message>
    <message>
        <source>%1 already holds a portfolio (its table %2 has rows). Porter moves a portfolio only into an empty database. Nothing was changed.</source>
        <translation>%1 ya contiene una cartera (su tabla %2 tiene filas). Porter solo mueve una cartera a una base de datos vacía. No se cambió nada.</translation>
    </message>
    <message>
        <source>The copy of table %1 on the server differs from the file (%2 rows against %3; first difference at the file&apos;s row &quot;%4&quot;). Nothing was kept on the server.</source>
        <translation>La copia de la tabla %1 en el servidor difiere del archivo (%2 filas frente a %3; primera diferencia en la fila «%4» del archivo). No se guardó nada en el servidor.</translation>
    </message>
</context>
<context>
    <name>QCoreApplication</name>
    <message>
        <source>The expiration is in the past. Pick a later date.</source>
        <translation>El vencimiento ya ha pasado. Elija una fecha posterior.</translation>
    </message>
</context>
<context>
    <name>QueryService</name>
    <message>
        <source>There is no person with id %1.</source>
        <translation>No existe ninguna persona con el id %1.</translation>
    </message>
    <message>
        <source>Name a property, a person or a door.</source>
        <translation>Indique una propiedad, una persona o una puerta.</translation>
    </message>
    <message>
        <source>That person or door is not at property %1.</source>
        <translation>Esa persona o esa puerta no pertenece a la propiedad %1.</translation>
    </message>
    <message>
        <source>There is no door with id %1.</source>
        <translation>No existe ninguna puerta con el id %1.</translation>
    </message>
    <message>
        <source>There is no key with id %1.</source>
        <translation>No existe ninguna llave con el id %1.</translation>
    </message>
</context>
<context>
    <name>Radio</name>
    <message>
        <source>This copy of Porter was built without Bluetooth, so it cannot reach doors over the air. Install a build with Bluetooth, or reach the door through its emulator over TCP.</source>
        <translation>Esta copia de Porter se compiló sin Bluetooth, por lo que no puede llegar a las puertas por radio. Instale una versión con Bluetooth o conéctese a la puerta mediante su emulador por TCP.</translation>
    </message>
</context>
<context>
    <name>SecretRepository</name>
    <message>
        <source>Porter holds no secret named %1.</source>
        <translation>Porter no guarda ningún secreto llamado %1.</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>The secret %1 cannot be opened with this installation&apos;s key (%2). Was the database copied from another computer without its key?</source>
        <translation>El secreto %1 no se puede abrir con la clave de esta instalación (%2). ¿Se copió la base de datos desde otro equipo sin su clave?</translation>
    </message>
    <message>
        <source>Property %1 has no doorcode secret yet: commission a door first.</source>
        <translation>La propiedad %1 aún no tiene secreto de códigos de puerta: ponga primero una puerta en servicio.</translation>
    </message>
    <message>
        <source>The sealed data of %1 is damaged.</source>
        <translation>Los datos protegidos de %1 están dañados.</translation>
    </message>
    <message>
        <source>%1 cannot be opened with this installation&apos;s key (%2). Was the database copied from another computer without its key?</source>
        <translation>%1 no se puede abrir con la clave de esta instalación (%2). ¿Se copió la base de datos desde otro equipo sin su clave?</translation>
    </message>
    <message>
        <source>The secret %1 is in the system keychain, which does not answer or no longer has it. Unlock the keychain and try again, or enter it again.</source>
        <translation>El secreto %1 está en el llavero del sistema, que no responde o ya no lo tiene. Desbloquee el llavero e inténtelo de nuevo, o vuelva a escribirlo.</translation>
    </message>
    <message>
        <source>The secret %1 points at a keychain entry that is not its own. Enter it again.</source>
        <translation>El secreto %1 apunta a una entrada del llavero que no es la suya. Vuelva a escribirlo.</translation>
    </message>
    <message>
        <source>Sign in first: door secrets are opened with a manager&apos;s own key.</source>
        <translation>Inicie sesión primero: los secretos de puerta se abren con la clave propia de un administrador.</translation>
    </message>
    <message>
        <source>This computer&apos;s device key is damaged.</source>
        <translation>La clave de dispositivo de este equipo está dañada.</translation>
    </message>
    <message>
        <source>You do not hold the door secrets of property %1. A manager who holds them gives them to you (Managers ▸ Give Door Access, or porterctl secrets give).</source>
        <translation>Usted no tiene los secretos de puerta de la propiedad %1. Se los da un administrador que los tenga (Administradores ▸ Dar acceso a puertas, o porterctl secrets give).</translation>
    </message>
    <message>
        <source>Your copy of the secret %1 does not open with your key: it is damaged or was not made for you. Ask a holder to give you door access again.</source>
        <translation>Su copia del secreto %1 no se abre con su clave: está dañada o no se hizo para usted. Pida a un administrador que tenga los secretos que le vuelva a dar acceso a las puertas.</translation>
    </message>
    <message>
        <source>Sign in first: door secrets are wrapped by a manager who holds them.</source>
        <translation>Inicie sesión primero: los secretos de puerta los cifra un administrador que los tiene.</translation>
    </message>
    <message>
        <source>You hold no door secrets of property %1 to give.</source>
        <translation>No tiene secretos de puerta de la propiedad %1 que dar.</translation>
    </message>
    <message>
        <source>Your copy of the door secrets of property %1 was given to the key of another computer; this computer&apos;s key is %2. Register this computer&apos;s key (Settings ▸ Security, or porterctl secrets replace-key), then ask a holder to give you door access.</source>
        <translation>Su copia de los secretos de puerta de la propiedad %1 se dio a la clave de otro equipo; la clave de este equipo es %2. Registre la clave de este equipo (Configuración ▸ Seguridad, o porterctl secrets replace-key) y después pida a un administrador que tenga los secretos que le dé acceso a las puertas.</translation>
    </message>
    <message>
        <source>The signing key of property %1 is damaged.</source>
        <translation>La clave de firma de la propiedad %1 está dañada.</translation>
    </message>
    <message>
        <source>Nobody who may sync the doors of property %1 can receive its door secrets from you: sign in as a manager with Device Management who holds them.</source>
        <translation>Nadie que pueda sincronizar las puertas de la propiedad %1 puede recibir de usted sus secretos de puerta: inicie sesión como un administrador con gestión de dispositivos que los tenga.</translation>
    </message>
    <message>
        <source>The sealed secret %1 could not be removed from the server.</source>
        <translation>No se pudo eliminar del servidor el secreto protegido %1.</translation>
    </message>
    <message>
        <source>The doorcode epoch of property %1 (%2) is not a valid one: Porter does not use it. Someone may have changed the database; tell its administrator.</source>
        <translation>La época de los códigos de puerta de la propiedad %1 (%2) no es válida: Porter no la usa. Puede que alguien haya modificado la base de datos; avise a su administrador.</translation>
    </message>
    <message>
        <source>The new signing key of property %1 is not valid.</source>
        <translation>La nueva clave de firma de la propiedad %1 no es válida.</translation>
    </message>
    <message>
        <source>Only a manager who may sync the doors of property %1 resets its signing key.</source>
        <translation>Solo un administrador que pueda sincronizar las puertas de la propiedad %1 puede restablecer su clave de firma.</translation>
    </message>
    <message>
        <source>The signing key on record for property %1 is not the one you hold: someone who held it put in another, which no one else has. Porter does not sign with it. Reset the signing key (porterctl property reset-signing-key %1 --yes; removing that manager does it by itself), then commission the doors again.</source>
        <translation>La clave de firma registrada para la propiedad %1 no es la que usted tiene: alguien que la tenía puso otra, que nadie más tiene. Porter no firma con ella. Restablezca la clave de firma (porterctl property reset-signing-key %1 --yes; al eliminar a ese gestor se hace sola) y vuelva a poner en servicio las puertas.</translation>
    </message>
    <message>
        <source>Your copy of the signing key of property %1 is of no key the property had: the key was not reset. Someone may have changed the database; tell its administrator.</source>
        <translation>Su copia de la clave de firma de la propiedad %1 no es de ninguna clave que la propiedad haya tenido: la clave no se restableció. Puede que alguien haya modificado la base de datos; avise a su administrador.</translation>
    </message>
</context>
<context>
    <name>ServiceBase</name>
    <message>
        <source>There is no property with id %1 in your portfolio.</source>
        <translation>No existe ninguna propiedad con el id %1 en su cartera.</translation>
    </message>
    <message>
        <source>There is no key with id %1 at %2.</source>
        <translation>No existe ninguna llave con el id %1 en %2.</translation>
    </message>
    <message>
        <source>There is no person with id %1.</source>
        <translation>No existe ninguna persona con el id %1.</translation>
    </message>
    <message>
        <source>%1 was deleted. To give them access again, send a new invitation.</source>
        <translation>Se eliminó a %1. Para volver a darle acceso, envíe una nueva invitación.</translation>
    </message>
    <message>
        <source>A key&apos;s schedule can have at most %1 weekly windows (this one has %2): that is all a door holds. Merge windows with the same hours.</source>
        <translation>El horario de una llave puede tener como máximo %1 franjas semanales (este tiene %2): es todo lo que admite una puerta. Una las franjas que tengan el mismo horario.</translation>
    </message>
    <message>
        <source>Porter has used up the %1 person numbers its doors and daily doorcodes can carry (docs/doorcodes.md): no one more can be added.</source>
        <translation>Porter ha agotado los %1 números de persona que admiten sus puertas y sus códigos de puerta diarios (docs/doorcodes.md): no se puede añadir a nadie más.</translation>
    </message>
    <message>
        <source>Door ‘%1’ would admit %2 people; a door holds at most %3. Nothing was changed: end someone&apos;s access there first.</source>
        <translation>La puerta «%1» admitiría a %2 personas; una puerta admite como máximo %3. No se ha cambiado nada: finalice primero el acceso de alguien a esa puerta.</translation>
    </message>
    <message>
        <source>Person %1 would hold %2 keys and passes that open door ‘%3’; a door holds at most %4 for one person. Nothing was changed: end one of them first.</source>
        <translation>La persona %1 tendría %2 llaves y accesos que abren la puerta «%3»; una puerta admite como máximo %4 por persona. No se ha cambiado nada: finalice primero uno de ellos.</translation>
    </message>
    <message>
        <source>The keys that open door ‘%1’ would have %2 different schedules; a door holds at most %3. Nothing was changed: give this key the schedule of another key of that door.</source>
        <translation>Las llaves que abren la puerta «%1» tendrían %2 horarios distintos; una puerta admite como máximo %3. No se ha cambiado nada: asigne a esta llave el horario de otra llave de esa puerta.</translation>
    </message>
    <message>
        <source>%1 already has %2 active keycards, the most a door holds for one person. Deactivate one first.</source>
        <translation>%1 ya tiene %2 tarjetas de acceso activas, el máximo que admite una puerta por persona. Desactive una primero.</translation>
    </message>
</context>
<context>
    <name>SimulatedRadio</name>
    <message>
        <source>The simulated door is out of range. Bring it back in range and try again.</source>
        <translation>La puerta simulada está fuera de alcance. Vuelva a ponerla al alcance e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>Closed.</source>
        <translation>Conexión cerrada.</translation>
    </message>
    <message>
        <source>simulated Bluetooth %1</source>
        <translation>Bluetooth simulado %1</translation>
    </message>
    <message>
        <source>Simulated doors</source>
        <translation>Puertas simuladas</translation>
    </message>
    <message>
        <source>There is no simulated door at %1. Scan again and pick a door in range.</source>
        <translation>No hay ninguna puerta simulada en %1. Vuelva a buscar y elija una puerta al alcance.</translation>
    </message>
</context>
<context>
    <name>SmtpSender</name>
    <message>
        <source>The mail library could not start.</source>
        <translation>No se pudo iniciar la biblioteca de correo.</translation>
    </message>
    <message>
        <source>The mail server refused the user name or password (%1). Check them in Settings &gt; Email; the message stays queued.</source>
        <translation>El servidor de correo rechazó el nombre de usuario o la contraseña (%1). Compruébelos en Configuración &gt; Correo electrónico; el mensaje sigue en cola.</translation>
    </message>
    <message>
        <source>A secure connection to %1 could not be made: %2. The message stays queued.</source>
        <translation>No se pudo establecer una conexión segura con %1: %2. El mensaje sigue en cola.</translation>
    </message>
    <message>
        <source>The server refused the message (%1).</source>
        <translation>El servidor rechazó el mensaje (%1).</translation>
    </message>
    <message>
        <source>The server asked to try later (%1).</source>
        <translation>El servidor pidió volver a intentarlo más tarde (%1).</translation>
    </message>
    <message>
        <source>The mail server %1:%2 could not be reached: %3.</source>
        <translation>No se pudo conectar con el servidor de correo %1:%2: %3.</translation>
    </message>
</context>
<context>
    <name>TableFile</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
    <message>
        <source>the folder does not exist</source>
        <translation>la carpeta no existe</translation>
    </message>
    <message>
        <source>the workbook could not be created</source>
        <translation>no se pudo crear el libro</translation>
    </message>
    <message>
        <source>the file is not open</source>
        <translation>el archivo no está abierto</translation>
    </message>
    <message>
        <source>An Excel sheet holds at most %1 rows. Export to CSV instead.</source>
        <translation>Una hoja de Excel admite como máximo %1 filas. Exporte a CSV en su lugar.</translation>
    </message>
    <message>
        <source>a cell could not be written</source>
        <translation>no se pudo escribir una celda</translation>
    </message>
</context>
<context>
    <name>TransportFactory</name>
    <message>
        <source>The link payload size must be from %1 to %2 bytes, not %3.</source>
        <translation>El tamaño de la carga útil del enlace debe estar entre %1 y %2 bytes, no %3.</translation>
    </message>
    <message>
        <source>There is no in-process door to connect to.</source>
        <translation>No hay ninguna puerta dentro del proceso a la que conectarse.</translation>
    </message>
    <message>
        <source>A door reached over TCP needs a host and a port, e.g. 127.0.0.1:40123.</source>
        <translation>Una puerta a la que se accede por TCP necesita un host y un puerto; p. ej., 127.0.0.1:40123.</translation>
    </message>
    <message>
        <source>Unknown kind of door address.</source>
        <translation>Tipo de dirección de puerta desconocido.</translation>
    </message>
    <message>
        <source>A door reached over Bluetooth needs its address.</source>
        <translation>Para llegar a una puerta por Bluetooth se necesita su dirección.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Porter: building access management.</source>
        <translation>Porter: gestión de acceso a edificios.</translation>
    </message>
    <message>
        <source>Database file (default: %1).</source>
        <translation>Archivo de base de datos (predeterminado: %1).</translation>
    </message>
    <message>
        <source>path</source>
        <translation>ruta</translation>
    </message>
    <message>
        <source>Database file.</source>
        <translation>Archivo de base de datos.</translation>
    </message>
    <message>
        <source>Porter</source>
        <translation>Porter</translation>
    </message>
    <message>
        <source>Porter has no folder for its database.</source>
        <translation>Porter no tiene ninguna carpeta para su base de datos.</translation>
    </message>
    <message>
        <source>Try Porter with simulated doors (not real hardware): the demo database is created when it does not exist, and its doors live inside Porter.</source>
        <translation>Pruebe Porter con puertas simuladas (no es hardware real): la base de datos de demostración se crea si no existe, y sus puertas funcionan dentro de Porter.</translation>
    </message>
    <message>
        <source>The demo could not be set up.</source>
        <translation>No se pudo preparar la demostración.</translation>
    </message>
    <message>
        <source>Demo database %1: sign in as %2 with password %3</source>
        <translation>Base de datos de demostración %1: inicie sesión como %2 con la contraseña %3</translation>
    </message>
    <message>
        <source>Porter is already open on %1; its window was brought forward.</source>
        <translation>Porter ya está abierto en %1; se ha traído su ventana al frente.</translation>
    </message>
</context>
<context>
    <name>porter-door</name>
    <message>
        <source>The door&apos;s state directory.</source>
        <translation>El directorio de estado de la puerta.</translation>
    </message>
    <message>
        <source>Machine-readable output.</source>
        <translation>Salida legible por máquina.</translation>
    </message>
    <message>
        <source>%1 (see porter-door help)</source>
        <translation>%1 (vea porter-door help)</translation>
    </message>
    <message>
        <source>%1: unexpected argument &quot;%2&quot; (see porter-door help)</source>
        <translation>%1: argumento inesperado «%2» (vea porter-door help)</translation>
    </message>
    <message>
        <source>%1 needs --state DIR.</source>
        <translation>%1 necesita --state DIR.</translation>
    </message>
    <message>
        <source>phone needs a subcommand: porter-door phone new --out DIR.</source>
        <translation>phone necesita una suborden: porter-door phone new --out DIR.</translation>
    </message>
    <message>
        <source>The phone&apos;s directory.</source>
        <translation>El directorio del teléfono.</translation>
    </message>
    <message>
        <source>phone new: unexpected argument &quot;%1&quot; (see porter-door help)</source>
        <translation>phone new: argumento inesperado «%1» (vea porter-door help)</translation>
    </message>
    <message>
        <source>phone new needs --out DIR.</source>
        <translation>phone new necesita --out DIR.</translation>
    </message>
    <message>
        <source>Cannot create the directory %1.</source>
        <translation>No se puede crear el directorio %1.</translation>
    </message>
    <message>
        <source>%1 already holds a phone key: phone new never replaces one; pick another directory.</source>
        <translation>%1 ya contiene una clave de teléfono: phone new nunca sustituye una; elija otro directorio.</translation>
    </message>
    <message>
        <source>New phone key in %1: phone.key (private, stays here) and phone.pub.</source>
        <translation>Nueva clave de teléfono en %1: phone.key (privada, se queda aquí) y phone.pub.</translation>
    </message>
    <message>
        <source>Next: porterctl person app-key PERSON --public-key %1 --out %2</source>
        <translation>Siguiente paso: porterctl person app-key PERSON --public-key %1 --out %2</translation>
    </message>
    <message>
        <source>Cannot write the door state in %1.</source>
        <translation>No se puede escribir el estado de la puerta en %1.</translation>
    </message>
    <message>
        <source>New door in %1 (not commissioned).</source>
        <translation>Puerta nueva en %1 (no está en servicio).</translation>
    </message>
    <message>
        <source>Next: porter-door serve --state %1 --listen 127.0.0.1:0, porter-door install --state %1 (the install button), then porterctl door commission DOOR --tcp HOST:PORT.</source>
        <translation>Siguiente paso: porter-door serve --state %1 --listen 127.0.0.1:0, porter-door install --state %1 (el botón de instalación) y luego porterctl door commission DOOR --tcp HOST:PORT.</translation>
    </message>
    <message>
        <source>The door state in %1 is damaged or was tampered with: the door refuses everything, install mode included. Reset it first: porter-door reset --state %1.</source>
        <translation>El estado de la puerta en %1 está dañado o se ha manipulado: la puerta lo rechaza todo, incluido el modo de instalación. Restablézcalo primero: porter-door reset --state %1.</translation>
    </message>
    <message>
        <source>The door in %1 is already commissioned (door %2 of property %3); reset it first to commission it again.</source>
        <translation>La puerta de %1 ya está en servicio (puerta %2 de la propiedad %3); restablézcala primero para volver a ponerla en servicio.</translation>
    </message>
    <message>
        <source>Install mode for 10 minutes: commission the door now (porterctl door commission DOOR --tcp HOST:PORT).</source>
        <translation>Modo de instalación durante 10 minutos: ponga ahora la puerta en servicio (porterctl door commission DOOR --tcp HOST:PORT).</translation>
    </message>
    <message>
        <source>The door in %1 is not in install mode: press install first.</source>
        <translation>La puerta de %1 no está en modo de instalación: pulse install primero.</translation>
    </message>
    <message>
        <source>Confirmed at the door: the pairing it shows will be committed.</source>
        <translation>Confirmado en la puerta: se consolidará el emparejamiento que muestra.</translation>
    </message>
    <message>
        <source>Cannot reset the door state in %1.</source>
        <translation>No se puede restablecer el estado de la puerta en %1.</translation>
    </message>
    <message>
        <source>Door in %1 reset: not commissioned. Press install (porter-door install --state %1) to commission it again; Porter must be told to replace its identity.</source>
        <translation>Puerta de %1 restablecida: no está en servicio. Pulse install (porter-door install --state %1) para volver a ponerla en servicio; hay que indicar a Porter que sustituya su identidad.</translation>
    </message>
    <message>
        <source>Address to listen on.</source>
        <translation>Dirección en la que escuchar.</translation>
    </message>
    <message>
        <source>Link payload (default 244).</source>
        <translation>Carga útil del enlace (predeterminado 244).</translation>
    </message>
    <message>
        <source>serve needs --listen HOST:PORT with a numeric address, e.g. 127.0.0.1:0.</source>
        <translation>serve necesita --listen HOST:PORT con una dirección numérica; p. ej., 127.0.0.1:0.</translation>
    </message>
    <message>
        <source>--payload needs a number from %1 to %2.</source>
        <translation>--payload necesita un número de %1 a %2.</translation>
    </message>
    <message>
        <source>Cannot set up signal handling.</source>
        <translation>No se puede configurar el tratamiento de señales.</translation>
    </message>
    <message>
        <source>FAULT: the door state is damaged or was tampered with; refusing everything until porter-door reset</source>
        <translation>FALLO: el estado de la puerta está dañado o se ha manipulado; se rechaza todo hasta porter-door reset</translation>
    </message>
    <message>
        <source>door %1 of property %2, version %3</source>
        <translation>puerta %1 de la propiedad %2, versión %3</translation>
    </message>
    <message>
        <source>not commissioned: waiting for the install button (porter-door install)</source>
        <translation>no está en servicio: esperando el botón de instalación (porter-door install)</translation>
    </message>
    <message>
        <source>A keypad code.</source>
        <translation>Un código de teclado.</translation>
    </message>
    <message>
        <source>A keycard serial (hex).</source>
        <translation>Un número de serie de tarjeta de acceso (hexadecimal).</translation>
    </message>
    <message>
        <source>A phone certificate.</source>
        <translation>Un certificado de teléfono.</translation>
    </message>
    <message>
        <source>The phone&apos;s private key (phone new).</source>
        <translation>La clave privada del teléfono (phone new).</translation>
    </message>
    <message>
        <source>The door&apos;s clock for the attempt.</source>
        <translation>El reloj de la puerta para el intento.</translation>
    </message>
    <message>
        <source>Zone of a local --at.</source>
        <translation>Zona de un --at local.</translation>
    </message>
    <message>
        <source>try needs exactly one of --doorcode CODE, --card SERIAL or --app CERTFILE.</source>
        <translation>try necesita exactamente uno de --doorcode CODE, --card SERIAL o --app CERTFILE.</translation>
    </message>
    <message>
        <source>--app CERTFILE and --phone-key KEYFILE go together: the phone signs with its private key and shows its certificate.</source>
        <translation>--app CERTFILE y --phone-key KEYFILE van juntos: el teléfono firma con su clave privada y presenta su certificado.</translation>
    </message>
    <message>
        <source>--tz: %1</source>
        <translation>--tz: %1</translation>
    </message>
    <message>
        <source>--at: %1</source>
        <translation>--at: %1</translation>
    </message>
    <message>
        <source>--tz only goes with --at.</source>
        <translation>--tz solo se usa con --at.</translation>
    </message>
    <message>
        <source>The door state in %1 is damaged or was tampered with: the door refuses everything until porter-door reset --state %1.</source>
        <translation>El estado de la puerta en %1 está dañado o se ha manipulado: la puerta lo rechaza todo hasta porter-door reset --state %1.</translation>
    </message>
    <message>
        <source>commissioned:     %1</source>
        <translation>en servicio:             %1</translation>
    </message>
    <message>
        <source>FAULT: damaged or tampered state, refusing everything</source>
        <translation>FALLO: estado dañado o manipulado; se rechaza todo</translation>
    </message>
    <message>
        <source>property:         %1</source>
        <translation>propiedad:               %1</translation>
    </message>
    <message>
        <source>door:             %1</source>
        <translation>puerta:                  %1</translation>
    </message>
    <message>
        <source>doorcode secret:  epoch %1</source>
        <translation>secreto de códigos:      época %1</translation>
    </message>
    <message>
        <source>version:          %1 (hash %2)</source>
        <translation>versión:                 %1 (hash %2)</translation>
    </message>
    <message>
        <source>holders:          %1</source>
        <translation>titulares:               %1</translation>
    </message>
    <message>
        <source>battery:          %1%</source>
        <translation>batería:                 %1%</translation>
    </message>
    <message>
        <source>firmware:         %1</source>
        <translation>firmware:                %1</translation>
    </message>
    <message>
        <source>clock:            %1 (host %2%3 s)</source>
        <translation>reloj:                   %1 (equipo %2%3 s)</translation>
    </message>
    <message>
        <source>activity pending: %1 (lost %2)</source>
        <translation>actividad pendiente: %1 (perdidas %2)</translation>
    </message>
    <message>
        <source>staged update:    version %1, %2 of %3 bytes</source>
        <translation>actualización preparada: versión %1, %2 de %3 bytes</translation>
    </message>
    <message>
        <source>Battery percent (0-100).</source>
        <translation>Porcentaje de batería (0-100).</translation>
    </message>
    <message>
        <source>Door clock minus host clock.</source>
        <translation>Reloj de la puerta menos reloj del equipo.</translation>
    </message>
    <message>
        <source>Firmware version.</source>
        <translation>Versión del firmware.</translation>
    </message>
    <message>
        <source>--battery needs a percentage from 0 to 100.</source>
        <translation>--battery necesita un porcentaje de 0 a 100.</translation>
    </message>
    <message>
        <source>--clock-offset needs a whole number of seconds (may be negative).</source>
        <translation>--clock-offset necesita un número entero de segundos (puede ser negativo).</translation>
    </message>
    <message>
        <source>set needs --battery, --clock-offset or --firmware.</source>
        <translation>set necesita --battery, --clock-offset o --firmware.</translation>
    </message>
    <message>
        <source>--firmware: at most 255 bytes, or %1</source>
        <translation>--firmware: como máximo 255 bytes, o %1</translation>
    </message>
    <message>
        <source>battery %1%, firmware %2, clock %3</source>
        <translation>batería %1%, firmware %2, reloj %3</translation>
    </message>
    <message>
        <source>No command given. Run porter-door help for the list.</source>
        <translation>No se ha indicado ninguna orden. Ejecute porter-door help para ver la lista.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;. Run porter-door help for the list.</source>
        <translation>Orden desconocida: «%1». Ejecute porter-door help para ver la lista.</translation>
    </message>
    <message>
        <source>Serve over Bluetooth LE (Qt&apos;s peripheral role).</source>
        <translation>Servir por Bluetooth LE (rol periférico de Qt).</translation>
    </message>
    <message>
        <source>Bluetooth local name (default Porter door).</source>
        <translation>Nombre local Bluetooth (por defecto Porter door).</translation>
    </message>
    <message>
        <source>serve needs either --listen HOST:PORT (TCP) or --ble (Bluetooth LE), not both.</source>
        <translation>serve necesita --listen HOST:PORT (TCP) o --ble (Bluetooth LE), pero no ambos.</translation>
    </message>
    <message>
        <source>--payload is for TCP; over Bluetooth the payload follows the negotiated MTU.</source>
        <translation>--payload es para TCP; por Bluetooth la carga útil sigue la MTU negociada.</translation>
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
        <translation>porter-door - el emulador de puerta de referencia de Porter

Uso:
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

init     crea en DIR una puerta nueva, sin poner en servicio (aún no en modo de instalación).
install  pulsa el botón de instalación de la puerta: durante 10 minutos la puerta acepta la puesta
         en servicio (como máximo 5 intentos de emparejamiento). Funciona mientras serve se ejecuta
         sobre la misma puerta.
confirm  el botón de instalación pulsado de nuevo cuando la puerta y Porter muestran el mismo código
         de emparejamiento: solo entonces la puerta confirma la puesta en servicio. Funciona mientras
         serve se ejecuta.
reset    el restablecimiento de fábrica deliberado: olvida la puesta en servicio, la lista, la
         actividad y cualquier estado dañado. La puerta vuelve a ser nueva (pulse install para
         ponerla en servicio).
serve    escucha a porterctl (door commission --tcp, door sync --tcp); el puerto 0 elige un puerto
         libre y muestra &quot;listening on HOST:PORT&quot;. Durante la puesta en servicio, muestra el código
         de emparejamiento de seis dígitos que la puerta mostraría en su pantalla. Se detiene con
         SIGTERM o SIGINT (Ctrl+C, Ctrl+Break o al cerrar la consola en Windows), o con
         --until-stdin-closes cuando se cierra su entrada estándar.
         --ble: una puerta Bluetooth LE real (se anuncia; porterctl door ... --ble). Necesita un
         adaptador distinto del de Porter y, con Qt 6.4 en Linux, root o CAP_NET_RAW.
try      un intento de apertura con el reloj de la puerta (o --at: ISO 8601 con Z, o
         &quot;AAAA-MM-DD HH:MM&quot; en --tz), registrado en la actividad de la puerta para la próxima
         sincronización. Muestra &quot;granted&quot; o &quot;denied: MOTIVO&quot;. --app es el certificado de porterctl
         person app-key; --phone-key, la clave privada del teléfono generada con phone new.
status   lo que contiene la puerta: puesta en servicio, versión, titulares, batería, reloj,
         actividad.
set      ajustes para demostraciones y pruebas: porcentaje de batería, desfase del reloj respecto
         al del equipo, firmware.
phone    new: hace de aplicación del teléfono: genera el par de claves del teléfono en DIR
         (phone.key, solo para el propietario, se queda allí; phone.pub para porterctl person
         app-key --public-key).

Solo un proceso usa un directorio de estado a la vez (archivo de bloqueo DIR/porter-door.lock):
detenga serve antes de usar try, set o status sobre la misma puerta.

Estado de salida: 0 hecho (try: acceso concedido), 1 error, 2 línea de órdenes incorrecta,
3 try: acceso denegado.
</translation>
    </message>
    <message>
        <source>Stop cleanly when standard input closes (supervisors, tests).</source>
        <translation>Se detiene limpiamente cuando se cierra la entrada estándar (supervisores, pruebas).</translation>
    </message>
    <message>
        <source>signing key:      epoch %1 (%2)</source>
        <translation>clave de firma:          época %1 (%2)</translation>
    </message>
</context>
<context>
    <name>porter::AccessService</name>
    <message>
        <source>The key &quot;%1&quot; does not allow doorcodes, so a daily-doorcode person could not open its doors. Give them the app, or allow doorcodes on the key.</source>
        <translation>La llave «%1» no admite códigos de puerta, así que una persona con código de puerta diario no podría abrir sus puertas. Asígnele la aplicación o permita los códigos de puerta en la llave.</translation>
    </message>
    <message>
        <source>The expiration must be after the start.</source>
        <translation>El vencimiento debe ser posterior al inicio.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a language Porter writes emails in. Use en (English), es (Spanish) or fr (French).</source>
        <translation>«%1» no es un idioma en el que Porter escriba correos. Use en (inglés), es (español) o fr (francés).</translation>
    </message>
</context>
<context>
    <name>porter::ActivityModel</name>
    <message>
        <source>%1 (deleted)</source>
        <extracomment>A deleted person&apos;s name in the Activity list</extracomment>
        <translation>%1 (eliminado)</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>By</source>
        <extracomment>Activity column: who acted (a manager, a person at a door, the door itself)</extracomment>
        <translation>Por</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Door</source>
        <translation>Puerta</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>When (%1)</source>
        <extracomment>CSV column header: the local time of the property, e.g. &quot;When (America/New_York)&quot;</extracomment>
        <translation>Cuándo (%1)</translation>
    </message>
</context>
<context>
    <name>porter::Backend</name>
    <message>
        <source>Enter the server: its name (db.example.com), its address, or a socket folder.</source>
        <translation>Escriba el servidor: su nombre (db.example.com), su dirección o una carpeta de socket.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a server name or address.</source>
        <translation>«%1» no es un nombre ni una dirección de servidor.</translation>
    </message>
    <message>
        <source>The port is a number from 1 to 65535.</source>
        <translation>El puerto es un número de 1 a 65535.</translation>
    </message>
    <message>
        <source>Enter the name of the portfolio&apos;s database.</source>
        <translation>Escriba el nombre de la base de datos de la cartera.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a database name.</source>
        <translation>«%1» no es un nombre de base de datos.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a login name.</source>
        <translation>«%1» no es un nombre de usuario de acceso.</translation>
    </message>
    <message>
        <source>Porter cannot write an address for these values: %1</source>
        <translation>Porter no puede escribir una dirección con estos valores: %1</translation>
    </message>
</context>
<context>
    <name>porter::Database</name>
    <message>
        <source>%1 is not a Porter database (%2). Porter left it unchanged: check the path, or give the path of a Porter database.</source>
        <translation>%1 no es una base de datos de Porter (%2). Porter no lo ha modificado: compruebe la ruta o indique la ruta de una base de datos de Porter.</translation>
    </message>
    <message>
        <source>Cannot make %1 readable by its owner only. Check who owns it.</source>
        <translation>No se puede hacer que %1 solo sea legible por su propietario. Compruebe quién es su propietario.</translation>
    </message>
</context>
<context>
    <name>porter::Demo</name>
    <message>
        <source>%1 already has a portfolio; the demo needs an empty database. Use --db with a new file.</source>
        <translation>%1 ya tiene una cartera; la demostración necesita una base de datos vacía. Use --db con un archivo nuevo.</translation>
    </message>
</context>
<context>
    <name>porter::DirectoryRepository</name>
    <message>
        <source>There is no %1 with id %2.</source>
        <translation>No se encuentra: %1 con el id %2.</translation>
    </message>
</context>
<context>
    <name>porter::DirectoryService</name>
    <message>
        <source>The password must have at least 10 characters.</source>
        <translation>La contraseña debe tener al menos 10 caracteres.</translation>
    </message>
</context>
<context>
    <name>porter::DoorsInRangeModel</name>
    <message>
        <source>One of this property&apos;s doors</source>
        <translation>Una de las puertas de esta propiedad</translation>
    </message>
    <message>
        <source>Waiting to be commissioned</source>
        <translation>Esperando la puesta en servicio</translation>
    </message>
    <message>
        <source>New door: press its install button to commission it</source>
        <translation>Puerta nueva: pulse su botón de instalación para ponerla en servicio</translation>
    </message>
    <message>
        <source>Not a door of this property</source>
        <translation>No es una puerta de esta propiedad</translation>
    </message>
    <message>
        <source>Faulted: it refuses everything until it is reset at the door</source>
        <translation>En fallo: lo rechaza todo hasta que se restablezca en la puerta</translation>
    </message>
    <message>
        <source>Needs a sync: 1 change</source>
        <translation>Necesita sincronizarse: 1 cambio</translation>
    </message>
    <message numerus="yes">
        <source>Needs a sync: %n changes</source>
        <translation>
            <numerusform>Necesita sincronizarse: %n cambio</numerusform>
            <numerusform>Necesita sincronizarse: %n cambios</numerusform>
        </translation>
    </message>
    <message>
        <source>Holds another list version: sync it</source>
        <translation>Tiene otra versión de la lista: sincronícela</translation>
    </message>
    <message>
        <source>Up to date</source>
        <translation>Actualizada</translation>
    </message>
    <message>
        <source>Unknown door</source>
        <translation>Puerta desconocida</translation>
    </message>
    <message>
        <source>Faulted door</source>
        <translation>Puerta en fallo</translation>
    </message>
    <message>
        <source>New door</source>
        <translation>Puerta nueva</translation>
    </message>
    <message>
        <source>%1 dBm</source>
        <extracomment>Signal strength in decibel-milliwatts, e.g. &quot;-61 dBm&quot;</extracomment>
        <translation>%1 dBm</translation>
    </message>
    <message>
        <source>Signal strength: %1 of 4 bars (%2 dBm). Move closer if the sync is slow or fails.</source>
        <translation>Intensidad de la señal: %1 de 4 barras (%2 dBm). Acérquese si la sincronización es lenta o falla.</translation>
    </message>
    <message>
        <source>It advertises property %1, door %2: not one of this property&apos;s doors. Porter leaves it alone.</source>
        <translation>Anuncia la propiedad %1, puerta %2: no es una de las puertas de esta propiedad. Porter no la toca.</translation>
    </message>
    <message>
        <source>Door</source>
        <translation>Puerta</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Signal</source>
        <translation>Señal</translation>
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
        <translation>Se actualiza por internet</translation>
    </message>
    <message>
        <source>Not commissioned yet</source>
        <translation>Aún no está en servicio</translation>
    </message>
    <message>
        <source>1 pending change</source>
        <translation>1 cambio pendiente</translation>
    </message>
    <message numerus="yes">
        <source>%n pending changes</source>
        <translation>
            <numerusform>%n cambio pendiente</numerusform>
            <numerusform>%n cambios pendientes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — sync due today</source>
        <extracomment>Doors page: &quot;3 pending changes — sync due today&quot;</extracomment>
        <translation>%1 — sincronizar hoy</translation>
    </message>
    <message>
        <source>Holds the old doorcode secret: sync due today</source>
        <translation>Tiene el secreto de códigos de puerta anterior: sincronizar hoy</translation>
    </message>
    <message>
        <source>Up to date</source>
        <translation>Actualizada</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>En línea</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Sin conexión</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <source>%1% (low)</source>
        <extracomment>Battery charge, e.g. &quot;17% (low)&quot;</extracomment>
        <translation>%1% (baja)</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguna</translation>
    </message>
    <message>
        <source>1 alarm, activity lost</source>
        <translation>1 alarma, actividad perdida</translation>
    </message>
    <message numerus="yes">
        <source>%n alarms, activity lost</source>
        <translation>
            <numerusform>%n alarma, actividad perdida</numerusform>
            <numerusform>%n alarmas, actividad perdida</numerusform>
        </translation>
    </message>
    <message>
        <source>1 alarm</source>
        <translation>1 alarma</translation>
    </message>
    <message numerus="yes">
        <source>%n alarms</source>
        <translation>
            <numerusform>%n alarma</numerusform>
            <numerusform>%n alarmas</numerusform>
        </translation>
    </message>
    <message>
        <source>Commission it first: press its install button, then Commission. 1 change waits for its first sync.</source>
        <translation>Póngala primero en servicio: pulse su botón de instalación y luego Poner en servicio. 1 cambio espera su primera sincronización.</translation>
    </message>
    <message numerus="yes">
        <source>Commission it first: press its install button, then Commission. %n changes wait for its first sync.</source>
        <translation>
            <numerusform>Póngala primero en servicio: pulse su botón de instalación y luego Poner en servicio. %n cambio espera su primera sincronización.</numerusform>
            <numerusform>Póngala primero en servicio: pulse su botón de instalación y luego Poner en servicio. %n cambios esperan su primera sincronización.</numerusform>
        </translation>
    </message>
    <message>
        <source>Commission it first: press its install button, then Commission.</source>
        <translation>Póngala primero en servicio: pulse su botón de instalación y luego Poner en servicio.</translation>
    </message>
    <message>
        <source>Access starts or ends today, or a change is already due: sync this door today.</source>
        <translation>Un acceso empieza o termina hoy, o ya hay un cambio pendiente: sincronice esta puerta hoy.</translation>
    </message>
    <message>
        <source>The access-list version the door last acknowledged.</source>
        <translation>La versión de la lista de acceso que la puerta confirmó por última vez.</translation>
    </message>
    <message>
        <source>How far the door&apos;s clock was off at its last sync (Porter set it right then).</source>
        <translation>Cuánto se desviaba el reloj de la puerta en su última sincronización (Porter lo corrigió entonces).</translation>
    </message>
    <message>
        <source>Keypad lockouts, spent failure budgets, lost activity and refused updates. Select the door to see them.</source>
        <translation>Bloqueos del teclado, límites de fallos agotados, actividad perdida y actualizaciones rechazadas. Seleccione la puerta para verlos.</translation>
    </message>
    <message>
        <source>Door</source>
        <translation>Puerta</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Conexión</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sincronización</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>Última sincronización</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>Battery</source>
        <translation>Batería</translation>
    </message>
    <message>
        <source>Firmware</source>
        <translation>Firmware</translation>
    </message>
    <message>
        <source>Clock drift</source>
        <translation>Desfase</translation>
    </message>
    <message>
        <source>Alarms</source>
        <translation>Alarmas</translation>
    </message>
</context>
<context>
    <name>porter::KeyHoldersModel</name>
    <message>
        <source>Guest of %1</source>
        <translation>Invitado de %1</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Starts %1</source>
        <translation>Empieza el %1</translation>
    </message>
    <message>
        <source>No expiration</source>
        <translation>Sin vencimiento</translation>
    </message>
    <message>
        <source>A guest pass %1 gave; it ends with their access at the latest.</source>
        <translation>Acceso de invitado concedido por %1; termina, como muy tarde, con el acceso de esa persona.</translation>
    </message>
    <message>
        <source>A permanent guest pass %1 gave; it ends with their access.</source>
        <translation>Acceso de invitado permanente concedido por %1; termina con el acceso de esa persona.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Holds it as</source>
        <translation>La tiene como</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Expiration</source>
        <translation>Vencimiento</translation>
    </message>
</context>
<context>
    <name>porter::KeysModel</name>
    <message>
        <source>Every day</source>
        <translation>Todos los días</translation>
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
        <translation>Siempre</translation>
    </message>
    <message>
        <source>all day</source>
        <translation>todo el día</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>One part of a schedule: days, then hours, e.g. &quot;Mon–Fri 08:00–18:00&quot; or &quot;Sat, Sun all day&quot;</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>door %1</source>
        <translation>puerta %1</translation>
    </message>
    <message>
        <source>Allowed</source>
        <translation>Permitidos</translation>
    </message>
    <message>
        <source>Not allowed</source>
        <translation>No permitidos</translation>
    </message>
    <message>
        <source>May be shared</source>
        <translation>Se puede compartir</translation>
    </message>
    <message>
        <source>Not shared</source>
        <translation>No se comparte</translation>
    </message>
    <message>
        <source>%1 (offline: learns changes at a sync)</source>
        <translation>%1 (sin conexión: recibe los cambios al sincronizarse)</translation>
    </message>
    <message>
        <source>%1 (online)</source>
        <translation>%1 (en línea)</translation>
    </message>
    <message>
        <source>Opens its doors at any hour, every day.</source>
        <translation>Abre sus puertas a cualquier hora, todos los días.</translation>
    </message>
    <message>
        <source>Opens its doors only at these hours, in the property&apos;s time zone: %1</source>
        <translation>Solo abre sus puertas en este horario, en la zona horaria de la propiedad: %1</translation>
    </message>
    <message>
        <source>A daily doorcode opens this key&apos;s doors.</source>
        <translation>Un código de puerta diario abre las puertas de esta llave.</translation>
    </message>
    <message>
        <source>This key&apos;s doors open only with the app or a keycard, not with a doorcode.</source>
        <translation>Las puertas de esta llave solo se abren con la aplicación o una tarjeta de acceso, no con un código de puerta.</translation>
    </message>
    <message>
        <source>Residents who may share can give this key to their guests.</source>
        <translation>Los residentes que pueden compartir pueden dar esta llave a sus invitados.</translation>
    </message>
    <message>
        <source>Nobody can share this key with guests.</source>
        <translation>Nadie puede compartir esta llave con invitados.</translation>
    </message>
    <message>
        <source>People and guests who hold this key now or from a later start.</source>
        <translation>Personas e invitados que tienen esta llave ahora o a partir de un inicio posterior.</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Llave</translation>
    </message>
    <message>
        <source>Doors</source>
        <translation>Puertas</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Horario</translation>
    </message>
    <message>
        <source>Doorcodes</source>
        <translation>Códigos de puerta</translation>
    </message>
    <message>
        <source>Sharing</source>
        <translation>Uso compartido</translation>
    </message>
    <message>
        <source>Holders</source>
        <translation>Titulares</translation>
    </message>
</context>
<context>
    <name>porter::LocalTime</name>
    <message>
        <source>&quot;%1&quot; is not a known time zone. Use an IANA name such as America/New_York or Europe/Paris.</source>
        <translation>«%1» no es una zona horaria conocida. Use un nombre IANA como America/New_York o Europe/Paris.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a usable time zone.</source>
        <translation>«%1» no es una zona horaria utilizable.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date or time. Use YYYY-MM-DD or YYYY-MM-DD HH:MM (the property&apos;s local time).</source>
        <translation>«%1» no es una fecha ni una hora. Use AAAA-MM-DD o AAAA-MM-DD HH:MM (hora local de la propiedad).</translation>
    </message>
</context>
<context>
    <name>porter::MailRepository</name>
    <message>
        <source>There is no message with id %1 in the outbox.</source>
        <translation>No hay ningún mensaje con el id %1 en la bandeja de salida.</translation>
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
        <translation>propiedad %1</translation>
    </message>
    <message>
        <source>key %1</source>
        <translation>llave %1</translation>
    </message>
    <message>
        <source>Full</source>
        <translation>Completa</translation>
    </message>
    <message>
        <source>Limited</source>
        <translation>Limitada</translation>
    </message>
    <message numerus="yes">
        <source>Specific keys (%n)</source>
        <translation>
            <numerusform>Llaves específicas (%n)</numerusform>
            <numerusform>Llaves específicas (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguna</translation>
    </message>
    <message>
        <source>All properties</source>
        <translation>Todas las propiedades</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>May give and revoke only these keys:
%1</source>
        <translation>Solo puede dar y revocar estas llaves:
%1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <source>Key Management</source>
        <translation>Gestión de llaves</translation>
    </message>
    <message>
        <source>Device Management</source>
        <translation>Gestión de dispositivos</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>Propiedades</translation>
    </message>
    <message>
        <source>To withdraw</source>
        <translation>Por retirar</translation>
    </message>
    <message>
        <source>Waiting for their first sign-in</source>
        <translation>Esperando su primer inicio de sesión</translation>
    </message>
    <message>
        <source>Waiting: give door access</source>
        <translation>En espera: dar acceso a puertas</translation>
    </message>
    <message>
        <source>Held (1 property)</source>
        <translation>Los tiene (1 propiedad)</translation>
    </message>
    <message numerus="yes">
        <source>Held (%n properties)</source>
        <translation>
            <numerusform>Los tiene (%n propiedad)</numerusform>
            <numerusform>Los tiene (%n propiedades)</numerusform>
        </translation>
    </message>
    <message>
        <source>Holds the door secrets of: %1</source>
        <translation>Tiene los secretos de puerta de: %1</translation>
    </message>
    <message>
        <source>Will hold those of %1 once they have signed in and been given door access.</source>
        <translation>Tendrá los de %1 cuando haya iniciado sesión y se le haya dado acceso a las puertas.</translation>
    </message>
    <message>
        <source>Waiting for door access to: %1</source>
        <translation>Esperando acceso a las puertas de: %1</translation>
    </message>
    <message>
        <source>Still has copies of: %1</source>
        <translation>Aún tiene copias de: %1</translation>
    </message>
    <message>
        <source>Does not sync doors, or no door is commissioned yet.</source>
        <translation>No sincroniza puertas, o aún no hay ninguna puerta en servicio.</translation>
    </message>
    <message>
        <source>Server Login</source>
        <translation>Usuario de servidor</translation>
    </message>
    <message>
        <source>Door Secrets</source>
        <translation>Secretos de puerta</translation>
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
        <translation>En cola</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Destinatario</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creado</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Sent %1</source>
        <extracomment>An email&apos;s state: &quot;Sent 2026-12-02 10:42 EST&quot;</extracomment>
        <translation>Enviado: %1</translation>
    </message>
    <message>
        <source>Retrying at %1</source>
        <extracomment>When Porter tries a temporarily failed email again: &quot;Retrying at 2026-12-02 10:42 EST&quot;</extracomment>
        <translation>Nuevo intento: %1</translation>
    </message>
    <message>
        <source>Welcome</source>
        <extracomment>The kind of an email: the one a person gets when invited</extracomment>
        <translation>Bienvenida</translation>
    </message>
    <message>
        <source>Daily doorcode</source>
        <extracomment>The kind of an email: the day&apos;s doorcode</extracomment>
        <translation>Código de puerta diario</translation>
    </message>
    <message>
        <source>Test</source>
        <extracomment>The kind of an email: a test from Settings</extracomment>
        <translation>Prueba</translation>
    </message>
    <message>
        <source>Porter has tried to send this email once.</source>
        <translation>Porter ha intentado enviar este correo una vez.</translation>
    </message>
    <message numerus="yes">
        <source>Porter has tried to send this email %n times.</source>
        <translation>
            <numerusform>Porter ha intentado enviar este correo %n vez.</numerusform>
            <numerusform>Porter ha intentado enviar este correo %n veces.</numerusform>
        </translation>
    </message>
    <message>
        <source>Kind</source>
        <extracomment>Outbox column: Welcome, Daily doorcode or Test</extracomment>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Attempts</source>
        <extracomment>Outbox column: how many times Porter tried to send the email</extracomment>
        <translation>Intentos</translation>
    </message>
    <message>
        <source>Next attempt</source>
        <translation>Próximo intento</translation>
    </message>
    <message>
        <source>Server&apos;s reason</source>
        <extracomment>Outbox column: the mail server&apos;s reason for a failure</extracomment>
        <translation>Motivo del servidor</translation>
    </message>
    <message>
        <source>What it says: the property, the person&apos;s keys with their doors and hours, when their access starts and ends, and how they open the doors (the app&apos;s one-time activation code, or when their daily doorcodes arrive). It is written in the person&apos;s language when it first leaves; Porter never shows the code it holds.</source>
        <translation>Qué dice: la propiedad, las llaves de la persona con sus puertas y horarios, cuándo empieza y termina su acceso, y cómo abre las puertas (el código de activación de un solo uso de la aplicación, o cuándo llegan sus códigos de puerta diarios). Se redacta en el idioma de la persona la primera vez que sale; Porter nunca muestra el código que contiene.</translation>
    </message>
    <message>
        <source>What it says: the doorcode for %1 and the doors it opens. Porter never shows the code here.</source>
        <extracomment>%1 a date</extracomment>
        <translation>Qué dice: el código de puerta del %1 y las puertas que abre. Porter nunca muestra el código aquí.</translation>
    </message>
    <message>
        <source>A test message from Settings ▸ Email, to check the mail server.</source>
        <translation>Un mensaje de prueba desde Configuración ▸ Correo electrónico, para comprobar el servidor de correo.</translation>
    </message>
</context>
<context>
    <name>porter::Password</name>
    <message>
        <source>The password must not be empty.</source>
        <translation>La contraseña no puede estar vacía.</translation>
    </message>
    <message>
        <source>The system random generator failed.</source>
        <translation>Falló el generador de números aleatorios del sistema.</translation>
    </message>
    <message>
        <source>Hashing the password failed.</source>
        <translation>No se pudo calcular el hash de la contraseña.</translation>
    </message>
</context>
<context>
    <name>porter::PeopleModel</name>
    <message>
        <source>At least one key has no expiration date.</source>
        <translation>Al menos una llave no tiene fecha de vencimiento.</translation>
    </message>
    <message>
        <source>Guest of %1</source>
        <translation>Invitado de %1</translation>
    </message>
    <message>
        <source>No expiration</source>
        <translation>Sin vencimiento</translation>
    </message>
    <message>
        <source>Resident</source>
        <translation>Residente</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Llaves</translation>
    </message>
    <message>
        <source>Access until</source>
        <translation>Acceso hasta</translation>
    </message>
    <message>
        <source>Guest of</source>
        <translation>Invitado de</translation>
    </message>
    <message>
        <source>Access was revoked on %1.</source>
        <translation>El acceso se revocó el %1.</translation>
    </message>
    <message>
        <source>Access ended on %1.</source>
        <translation>El acceso finalizó el %1.</translation>
    </message>
    <message>
        <source>Ended %1</source>
        <extracomment>People list, Access until column of an expired or revoked person: when their access ended</extracomment>
        <translation>Finalizado el %1</translation>
    </message>
</context>
<context>
    <name>porter::PeopleRepository</name>
    <message>
        <source>There is no %1 with id %2.</source>
        <translation>No se encuentra: %1 con el id %2.</translation>
    </message>
</context>
<context>
    <name>porter::Permissions</name>
    <message>
        <source>Ask a Portfolio Manager to change your permissions.</source>
        <translation>Pida a un Gestor de cartera que cambie sus permisos.</translation>
    </message>
    <message>
        <source>You are not a manager of %1. %2</source>
        <translation>No es administrador de %1. %2</translation>
    </message>
    <message>
        <source>Only Portfolio Managers can add or change properties.</source>
        <translation>Solo los Gestores de cartera pueden añadir o modificar propiedades.</translation>
    </message>
    <message>
        <source>Only Portfolio Managers can add or change managers and their permissions.</source>
        <translation>Solo los Gestores de cartera pueden añadir o modificar administradores y sus permisos.</translation>
    </message>
    <message>
        <source>Creating, editing and deleting keys needs Full Key Management at %1. %2</source>
        <translation>Para crear, modificar y eliminar llaves se necesita la gestión de llaves completa en %1. %2</translation>
    </message>
    <message>
        <source>Managing people&apos;s access needs Key Management at %1. %2</source>
        <translation>Para gestionar el acceso de las personas se necesita la gestión de llaves en %1. %2</translation>
    </message>
    <message>
        <source>Your Key Management is limited to specific keys, and key %1 is not one of them. %2</source>
        <translation>Su gestión de llaves se limita a llaves específicas, y la llave %1 no es una de ellas. %2</translation>
    </message>
    <message>
        <source>Adding, commissioning and syncing doors needs Device Management at %1. %2</source>
        <translation>Para añadir, poner en servicio y sincronizar puertas se necesita la gestión de dispositivos en %1. %2</translation>
    </message>
    <message>
        <source>This person holds key %1, which your Key Management does not cover: their credentials open its doors. %2</source>
        <translation>Esta persona tiene la llave %1, que su gestión de llaves no cubre: sus credenciales abren las puertas de esa llave. %2</translation>
    </message>
    <message>
        <source>Only Portfolio Managers can do this.</source>
        <translation>Solo los Gestores de cartera pueden hacer esto.</translation>
    </message>
    <message>
        <source>You are not a manager of %1. Ask a Portfolio Manager to assign it to you.</source>
        <translation>No es administrador de %1. Pida a un Gestor de cartera que se la asigne.</translation>
    </message>
    <message>
        <source>Needs Full Key Management at %1. Ask a Portfolio Manager to add it.</source>
        <translation>Necesita la gestión de llaves completa en %1. Pida a un Gestor de cartera que se la añada.</translation>
    </message>
    <message>
        <source>Needs Device Management at %1. Ask a Portfolio Manager to add it.</source>
        <translation>Necesita la gestión de dispositivos en %1. Pida a un Gestor de cartera que se la añada.</translation>
    </message>
    <message>
        <source>Needs Limited or Full Key Management: this person holds keys outside your list. Ask a Portfolio Manager to add them.</source>
        <translation>Necesita la gestión de llaves limitada o completa: esta persona tiene llaves que no están en su lista. Pida a un Gestor de cartera que se las añada.</translation>
    </message>
    <message>
        <source>Needs Key Management at %1. Ask a Portfolio Manager to add it.</source>
        <translation>Necesita la gestión de llaves en %1. Pida a un Gestor de cartera que se la añada.</translation>
    </message>
    <message>
        <source>Only Portfolio Managers can change the mail server or send a test email.</source>
        <translation>Solo los Gestores de cartera pueden cambiar el servidor de correo o enviar un correo de prueba.</translation>
    </message>
</context>
<context>
    <name>porter::PropertiesModel</name>
    <message>
        <source>Time zone: %1</source>
        <translation>Zona horaria: %1</translation>
    </message>
    <message>
        <source>%1
Time zone: %2</source>
        <translation>%1
Zona horaria: %2</translation>
    </message>
</context>
<context>
    <name>porter::Schedule</name>
    <message>
        <source>Schedule &quot;%1&quot;: %2. Write it like &quot;Mon-Fri 09:00-17:00; Sat 10:00-14:00&quot;.</source>
        <translation>Horario «%1»: %2. Escríbalo así: «Mon-Fri 09:00-17:00; Sat 10:00-14:00».</translation>
    </message>
    <message>
        <source>each part needs days and a time range</source>
        <translation>cada parte necesita días y una franja horaria</translation>
    </message>
    <message>
        <source>unknown day &quot;%1&quot;</source>
        <translation>día desconocido «%1»</translation>
    </message>
    <message>
        <source>bad day range &quot;%1&quot;</source>
        <translation>intervalo de días incorrecto «%1»</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names no day</source>
        <translation>«%1» no indica ningún día</translation>
    </message>
    <message>
        <source>bad time range &quot;%1&quot;</source>
        <translation>franja horaria incorrecta «%1»</translation>
    </message>
    <message>
        <source>bad time &quot;%1&quot;</source>
        <translation>hora incorrecta «%1»</translation>
    </message>
    <message>
        <source>the window %1 ends before it starts (split windows over midnight into two)</source>
        <translation>la franja %1 termina antes de empezar (divida en dos las franjas que pasan de medianoche)</translation>
    </message>
</context>
<context>
    <name>porter::SecretStore</name>
    <message>
        <source>The device key registered for manager %1 is not a valid key.</source>
        <translation>La clave de dispositivo registrada para el administrador %1 no es una clave válida.</translation>
    </message>
    <message>
        <source>The copy of %1 on the server was not made by a holder of the property&apos;s key: Porter does not use it. Someone who can write to the database may have changed it; tell the database&apos;s administrator.</source>
        <translation>La copia de %1 en el servidor no la hizo nadie que tenga la clave de la propiedad: Porter no la usa. Puede que la haya modificado alguien que puede escribir en la base de datos; avise al administrador de la base de datos.</translation>
    </message>
    <message>
        <source>The secret %1 could not be wrapped.</source>
        <translation>No se pudo cifrar el secreto %1.</translation>
    </message>
</context>
<context>
    <name>porter::SyncTasksModel</name>
    <message>
        <source>The door still accepts codes of the old doorcode secret until it is synced.</source>
        <translation>La puerta sigue aceptando códigos del secreto de códigos de puerta anterior hasta que se sincronice.</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Para hoy</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Más adelante</translation>
    </message>
    <message>
        <source>Door</source>
        <translation>Puerta</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sincronización</translation>
    </message>
    <message>
        <source>Pending changes</source>
        <translation>Cambios pendientes</translation>
    </message>
    <message>
        <source>Due since</source>
        <translation>Pendiente desde</translation>
    </message>
    <message>
        <source>First change</source>
        <translation>Primer cambio</translation>
    </message>
    <message>
        <source>The door still trusts the property&apos;s old signing key until it is synced.</source>
        <translation>La puerta sigue confiando en la clave de firma anterior de la propiedad hasta que se sincronice.</translation>
    </message>
    <message>
        <source>The property&apos;s signing key was reset: reset this door on site and commission it again.</source>
        <translation>Se ha restablecido la clave de firma de la propiedad: restablezca esta puerta en el lugar y vuelva a ponerla en servicio.</translation>
    </message>
</context>
<context>
    <name>porter::Validation</name>
    <message>
        <source>The %1 &quot;%2&quot; contains bytes that are not valid UTF-8 text; check the file&apos;s or terminal&apos;s encoding.</source>
        <translation>El campo «%1» («%2») contiene bytes que no son texto UTF-8 válido; compruebe la codificación del archivo o del terminal.</translation>
    </message>
    <message>
        <source>email address</source>
        <translation>dirección de correo electrónico</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid email address (expected name@example.com).</source>
        <translation>«%1» no es una dirección de correo electrónico válida (se esperaba nombre@example.com).</translation>
    </message>
    <message>
        <source>phone number</source>
        <translation>número de teléfono</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid phone number for region %2. Include the country code (e.g. +1 212 555 0100) if the number is from elsewhere.</source>
        <translation>«%1» no es un número de teléfono válido para la región %2. Incluya el prefijo del país (p. ej., +1 212 555 0100) si el número es de otro país.</translation>
    </message>
    <message>
        <source>The %1 must not be empty.</source>
        <translation>El campo «%1» no puede estar vacío.</translation>
    </message>
    <message>
        <source>The %1 is longer than 200 characters.</source>
        <translation>El campo «%1» tiene más de 200 caracteres.</translation>
    </message>
    <message>
        <source>The %1 contains a control character.</source>
        <translation>El campo «%1» contiene un carácter de control.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a keycard serial. Enter the card&apos;s 4 to %2 byte UID in hex, e.g. 04:A2:2B:3C:91:5E:80.</source>
        <translation>«%1» no es un número de serie de tarjeta de acceso. Introduzca el UID de la tarjeta, de 4 a %2 bytes, en hexadecimal; p. ej., 04:A2:2B:3C:91:5E:80.</translation>
    </message>
</context>
<context>
    <name>porter::ble::BleDoorScanner</name>
    <message>
        <source>Turn it on in the Bluetooth menu or in System Settings &gt; Bluetooth</source>
        <translation>Actívelo en el menú Bluetooth o en Ajustes del Sistema &gt; Bluetooth</translation>
    </message>
    <message>
        <source>Turn it on in Settings &gt; Bluetooth &amp; devices</source>
        <translation>Actívelo en Configuración &gt; Bluetooth y dispositivos</translation>
    </message>
    <message>
        <source>Turn it on in the system&apos;s Bluetooth settings (or run: bluetoothctl power on)</source>
        <translation>Actívelo en la configuración de Bluetooth del sistema (o ejecute: bluetoothctl power on)</translation>
    </message>
    <message>
        <source>No Bluetooth adapter was found. Plug in or enable the laptop&apos;s Bluetooth (or a USB Bluetooth adapter), check that the bluetooth service is running (systemctl status bluetooth), and scan again.</source>
        <translation>No se ha encontrado ningún adaptador Bluetooth. Conecte o active el Bluetooth del portátil (o un adaptador Bluetooth USB), compruebe que el servicio bluetooth está en marcha (systemctl status bluetooth) y vuelva a buscar.</translation>
    </message>
    <message>
        <source>No Bluetooth adapter was found. Plug in or enable the laptop&apos;s Bluetooth (or a USB Bluetooth adapter) and scan again.</source>
        <translation>No se ha encontrado ningún adaptador Bluetooth. Conecte o active el Bluetooth del portátil (o un adaptador Bluetooth USB) y vuelva a buscar.</translation>
    </message>
    <message>
        <source>Bluetooth is turned off on this computer. %1, then scan again.</source>
        <translation>El Bluetooth está desactivado en este equipo. %1 y vuelva a buscar.</translation>
    </message>
    <message>
        <source>Porter is not allowed to use Bluetooth. Allow it in System Settings &gt; Privacy &amp; Security &gt; Bluetooth, then scan again. (macOS refuses Bluetooth to a program started outside Porter.app: the app bundle carries the NSBluetoothAlwaysUsageDescription that macOS requires.)</source>
        <translation>Porter no tiene permiso para usar el Bluetooth. Permítalo en Ajustes del Sistema &gt; Privacidad y seguridad &gt; Bluetooth y vuelva a buscar. (macOS niega el Bluetooth a un programa iniciado fuera de Porter.app: el paquete de la aplicación incluye la NSBluetoothAlwaysUsageDescription que exige macOS).</translation>
    </message>
    <message>
        <source>Windows does not let Porter use Bluetooth. Turn Bluetooth on in Settings &gt; Bluetooth &amp; devices and allow apps to use the radio in Settings &gt; Privacy &amp; security, then scan again.</source>
        <translation>Windows no permite que Porter use el Bluetooth. Active el Bluetooth en Configuración &gt; Bluetooth y dispositivos, permita que las aplicaciones usen la radio en Configuración &gt; Privacidad y seguridad y vuelva a buscar.</translation>
    </message>
    <message>
        <source>This user may not use Bluetooth: the system refused access to the Bluetooth service. Ask the computer&apos;s administrator to allow it, then scan again.</source>
        <translation>Este usuario no puede usar el Bluetooth: el sistema ha denegado el acceso al servicio Bluetooth. Pida al administrador del equipo que lo permita y vuelva a buscar.</translation>
    </message>
    <message>
        <source>This computer&apos;s Bluetooth cannot scan for Bluetooth Low Energy devices, which Porter&apos;s doors are. Use a Bluetooth 4.0 (or newer) adapter.</source>
        <translation>El Bluetooth de este equipo no puede buscar dispositivos Bluetooth Low Energy, que es lo que son las puertas de Porter. Use un adaptador Bluetooth 4.0 (o posterior).</translation>
    </message>
    <message>
        <source>The Bluetooth scan failed (%1). Check that Bluetooth is on and scan again.</source>
        <translation>La búsqueda Bluetooth ha fallado (%1). Compruebe que el Bluetooth está activado y vuelva a buscar.</translation>
    </message>
    <message>
        <source>no detail</source>
        <translation>sin detalles</translation>
    </message>
</context>
<context>
    <name>porter::ble::BluetoothTransport</name>
    <message>
        <source>This device is not a Porter door: the device at %1 has no Porter door service. Scan again and choose a door from the list.</source>
        <translation>Este dispositivo no es una puerta de Porter: el dispositivo en %1 no tiene el servicio de puerta de Porter. Vuelva a buscar y elija una puerta de la lista.</translation>
    </message>
    <message>
        <source>This device is not a Porter door: the device at %1 lacks the door&apos;s characteristics. Scan again and choose a door from the list.</source>
        <translation>Este dispositivo no es una puerta de Porter: el dispositivo en %1 no tiene las características de la puerta. Vuelva a buscar y elija una puerta de la lista.</translation>
    </message>
    <message>
        <source>Door %1 is not in range (this computer&apos;s Bluetooth no longer knows it): scan again, standing near the door.</source>
        <translation>La puerta %1 no está al alcance (el Bluetooth de este equipo ya no la conoce): vuelva a buscar junto a la puerta.</translation>
    </message>
    <message>
        <source>Cannot connect to door %1 over Bluetooth. Stand closer to the door and try again.</source>
        <translation>No se puede conectar con la puerta %1 por Bluetooth. Acérquese a la puerta e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>Cannot connect to door %1 over Bluetooth (%2). Stand closer to the door and try again.</source>
        <translation>No se puede conectar con la puerta %1 por Bluetooth (%2). Acérquese a la puerta e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>The Bluetooth link to door %1 failed (%2). Stand closer to the door and try again.</source>
        <translation>El enlace Bluetooth con la puerta %1 ha fallado (%2). Acérquese a la puerta e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>Door %1 closed the Bluetooth link. Stand closer to the door and try again.</source>
        <translation>La puerta %1 ha cerrado el enlace Bluetooth. Acérquese a la puerta e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>Door %1 refused this computer&apos;s Bluetooth connection (authorization). Remove the door from the system&apos;s paired Bluetooth devices and try again.</source>
        <translation>La puerta %1 ha rechazado la conexión Bluetooth de este equipo (autorización). Quite la puerta de los dispositivos Bluetooth emparejados del sistema e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>Door %1 did not take the data sent over Bluetooth, so the link was closed. Stand closer and try again: a sync continues where it stopped.</source>
        <translation>La puerta %1 no ha aceptado los datos enviados por Bluetooth, así que se ha cerrado el enlace. Acérquese e inténtelo de nuevo: la sincronización continúa donde se detuvo.</translation>
    </message>
    <message>
        <source>The Bluetooth link to door %1 failed while setting up the door&apos;s service. Stand closer to the door and try again.</source>
        <translation>El enlace Bluetooth con la puerta %1 ha fallado al preparar el servicio de la puerta. Acérquese a la puerta e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>Door %1 dropped the Bluetooth link while it was being set up. Stand closer to the door and try again.</source>
        <translation>La puerta %1 ha cortado el enlace Bluetooth mientras se establecía. Acérquese a la puerta e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>The Bluetooth link to door %1 was lost. Stand closer to the door and try again: a sync continues where it stopped.</source>
        <translation>Se ha perdido el enlace Bluetooth con la puerta %1. Acérquese a la puerta e inténtelo de nuevo: la sincronización continúa donde se detuvo.</translation>
    </message>
    <message>
        <source>The door did not answer; stand closer and try again (door %1, no connection after %2 s).</source>
        <translation>La puerta no ha respondido; acérquese e inténtelo de nuevo (puerta %1, sin conexión tras %2 s).</translation>
    </message>
    <message>
        <source>The door did not answer; stand closer and try again (door %1 connected but did not set up its service within %2 s).</source>
        <translation>La puerta no ha respondido; acérquese e inténtelo de nuevo (la puerta %1 se conectó pero no preparó su servicio en %2 s).</translation>
    </message>
    <message>
        <source>Closed.</source>
        <translation>Conexión cerrada.</translation>
    </message>
</context>
<context>
    <name>porter::cli</name>
    <message>
        <source>No door state in %1: create one with porter-door init --state %1.</source>
        <translation>No hay ningún estado de puerta en %1: cree uno con porter-door init --state %1.</translation>
    </message>
    <message>
        <source>Give the door&apos;s state directory with --state DIR.</source>
        <translation>Indique el directorio de estado de la puerta con --state DIR.</translation>
    </message>
    <message>
        <source>%1 is a file; --state needs a directory.</source>
        <translation>%1 es un archivo; --state necesita un directorio.</translation>
    </message>
    <message>
        <source>Cannot create the directory %1.</source>
        <translation>No se puede crear el directorio %1.</translation>
    </message>
    <message>
        <source>The door in %1 is in use by another process (pid %2, e.g. porter-door serve): stop it first.</source>
        <translation>La puerta de %1 la está usando otro proceso (pid %2; p. ej., porter-door serve): deténgalo primero.</translation>
    </message>
    <message>
        <source>Cannot lock the door state in %1 (is the directory writable?).</source>
        <translation>No se puede bloquear el estado de la puerta en %1 (¿se puede escribir en el directorio?).</translation>
    </message>
    <message>
        <source>%1 holds a damaged door state; reset it with porter-door reset --state %1.</source>
        <translation>%1 contiene un estado de puerta dañado; restablézcalo con porter-door reset --state %1.</translation>
    </message>
    <message>
        <source>%1 already holds a door; use a new directory for a new door.</source>
        <translation>%1 ya contiene una puerta; use un directorio nuevo para una puerta nueva.</translation>
    </message>
    <message>
        <source>%1 is not a phone public key file (made by porter-door phone new).</source>
        <translation>%1 no es un archivo de clave pública de teléfono (generado por porter-door phone new).</translation>
    </message>
    <message>
        <source>%1 is not a phone private key (porter-door phone new).</source>
        <translation>%1 no es una clave privada de teléfono (porter-door phone new).</translation>
    </message>
    <message>
        <source>%1 is not a phone certificate (porterctl person app-key --out).</source>
        <translation>%1 no es un certificado de teléfono (porterctl person app-key --out).</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1 is the phone&apos;s private key: it must stay on the phone. Give the phone&apos;s public key file instead.</source>
        <translation>%1 es la clave privada del teléfono: debe quedarse en el teléfono. Indique en su lugar el archivo de clave pública del teléfono.</translation>
    </message>
    <message>
        <source>%1 already exists: phone new never replaces a phone&apos;s key; pick another directory.</source>
        <translation>%1 ya existe: phone new nunca sustituye la clave de un teléfono; elija otro directorio.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>porter::doorsim::BleDoorServer</name>
    <message>
        <source>The Bluetooth adapter did not accept the door&apos;s GATT service.</source>
        <translation>El adaptador Bluetooth no ha aceptado el servicio GATT de la puerta.</translation>
    </message>
    <message>
        <source>porter-door serve --ble needs a Bluetooth LE adapter that can advertise. With Qt 6.4 on Linux it also needs root or CAP_NET_RAW (sudo setcap cap_net_raw,cap_net_admin+ep porter-door), and it must use a different adapter or machine from the laptop running Porter.</source>
        <translation>porter-door serve --ble necesita un adaptador Bluetooth LE capaz de anunciarse. Con Qt 6.4 en Linux también necesita root o CAP_NET_RAW (sudo setcap cap_net_raw,cap_net_admin+ep porter-door), y debe usar un adaptador o un equipo distinto del portátil en el que se ejecuta Porter.</translation>
    </message>
    <message>
        <source>No usable Bluetooth adapter was found. %1</source>
        <translation>No se ha encontrado ningún adaptador Bluetooth utilizable. %1</translation>
    </message>
    <message>
        <source>The Bluetooth adapter refused to advertise. %1</source>
        <translation>El adaptador Bluetooth se ha negado a anunciarse. %1</translation>
    </message>
    <message>
        <source>Bluetooth permission is missing. %1</source>
        <translation>Falta el permiso de Bluetooth. %1</translation>
    </message>
    <message>
        <source>The Bluetooth door stopped (controller error %1). %2</source>
        <translation>La puerta Bluetooth se ha detenido (error del controlador %1). %2</translation>
    </message>
</context>
<context>
    <name>porter::doorsim::DoorServer</name>
    <message>
        <source>Cannot listen on %1:%2: %3</source>
        <translation>No se puede escuchar en %1:%2: %3</translation>
    </message>
</context>
<context>
    <name>porter::kits::KitCourier</name>
    <message>
        <source>Door %1 is not in this field kit.</source>
        <translation>La puerta %1 no está en este kit de campo.</translation>
    </message>
    <message>
        <source>This field kit expired on %1: doors refuse it. Build a new one with Porter online.</source>
        <translation>Este kit de campo venció el %1: las puertas lo rechazan. Cree uno nuevo con Porter en línea.</translation>
    </message>
    <message>
        <source>Door ‘%1’ cannot be reached (%2) Move closer and try again.</source>
        <translation>No se puede conectar con la puerta «%1» (%2) Acérquese e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>Door ‘%1’ did not answer. Move closer and try again.</source>
        <translation>La puerta «%1» no respondió. Acérquese e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>Door ‘%1’: %2</source>
        <translation>Puerta «%1»: %2</translation>
    </message>
</context>
<context>
    <name>porter::mail</name>
    <message>
        <source>midnight</source>
        <comment>the end of a day in a schedule</comment>
        <translation>medianoche</translation>
    </message>
    <message>
        <source>%1, %2 %3</source>
        <extracomment>A date, a time and the time zone, e.g. &quot;Monday, January 12, 2026, 9:00 AM EST&quot;</extracomment>
        <translation>%1, %2 %3</translation>
    </message>
    <message>
        <source>every day</source>
        <translation>todos los días</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <comment>a range of days: Monday to Friday</comment>
        <translation>de %1 a %2</translation>
    </message>
    <message>
        <source>, </source>
        <extracomment>The separator of a list but its last two items: &quot;Lobby, Garage and Gym&quot;</extracomment>
        <translation>, </translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <extracomment>The last two items of a list: &quot;Lobby, Garage and Gym&quot;</extracomment>
        <translation>%1 y %2</translation>
    </message>
    <message>
        <source>at any time, every day</source>
        <translation>a cualquier hora, todos los días</translation>
    </message>
    <message>
        <source>all day</source>
        <translation>todo el día</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <comment>a range of hours: 9:00 AM to 5:00 PM</comment>
        <translation>de %1 a %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <extracomment>Days and hours of a schedule: &quot;Monday to Friday, 9:00 AM to 5:00 PM&quot;</extracomment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>; </source>
        <extracomment>Between the parts of a schedule: &quot;Monday to Friday, 9:00 AM to 5:00 PM; Saturday, all day&quot;</extracomment>
        <translation>; </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>A label and its value, e.g. &quot;Starts: Monday, January 12, 2026, 9:00 AM EST&quot; or the doors of a key and their hours, &quot;Lobby and Garage: Monday to Friday, 9:00 AM to 5:00 PM&quot;</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Welcome to %1: your access details</source>
        <translation>Le damos la bienvenida a %1: sus datos de acceso</translation>
    </message>
    <message>
        <source>Hello,</source>
        <translation>Hola:</translation>
    </message>
    <message>
        <source>Hello %1,</source>
        <translation>Hola, %1:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A property and its address: &quot;Harbor View (12 Quay Street, Portsmouth)&quot;</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>You have been given access to %1. You will open its doors with the Porter app on your phone.</source>
        <translation>Se le ha dado acceso a %1. Abrirá sus puertas con la aplicación Porter en su teléfono.</translation>
    </message>
    <message>
        <source>You have been given access to %1. You will open its doors with a doorcode that we email to you every morning.</source>
        <translation>Se le ha dado acceso a %1. Abrirá sus puertas con un código de puerta que le enviamos por correo electrónico cada mañana.</translation>
    </message>
    <message>
        <source>no expiration</source>
        <translation>sin vencimiento</translation>
    </message>
    <message>
        <source>Your access</source>
        <translation>Su acceso</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Comienza</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Vence</translation>
    </message>
    <message>
        <source>Your access begins on %1. The doors will not open for you before then, but you can set up the app now.</source>
        <translation>Su acceso comienza el %1. Las puertas no se abrirán para usted antes de esa fecha, pero ya puede configurar la aplicación.</translation>
    </message>
    <message>
        <source>Your access begins on %1. The doors will not open for you before then.</source>
        <translation>Su acceso comienza el %1. Las puertas no se abrirán para usted antes de esa fecha.</translation>
    </message>
    <message>
        <source>Your access ends automatically at that time.</source>
        <translation>Su acceso termina automáticamente en ese momento.</translation>
    </message>
    <message>
        <source>Your keys and doors</source>
        <translation>Sus llaves y puertas</translation>
    </message>
    <message>
        <source>All times are the property&apos;s local time.</source>
        <translation>Todas las horas son la hora local de la propiedad.</translation>
    </message>
    <message>
        <source>Set up the Porter app</source>
        <translation>Configure la aplicación Porter</translation>
    </message>
    <message>
        <source>Install the Porter app on your phone and open it.</source>
        <translation>Instale la aplicación Porter en su teléfono y ábrala.</translation>
    </message>
    <message>
        <source>Sign in with your email address: %1</source>
        <translation>Inicie sesión con su dirección de correo electrónico: %1</translation>
    </message>
    <message>
        <source>Enter this one-time activation code:</source>
        <translation>Introduzca este código de activación de un solo uso:</translation>
    </message>
    <message>
        <source>Enter this one-time activation code, or scan the QR code below with your phone&apos;s camera:</source>
        <translation>Introduzca este código de activación de un solo uso o escanee el código QR de abajo con la cámara de su teléfono:</translation>
    </message>
    <message>
        <source>QR code for the Porter app</source>
        <translation>Código QR para la aplicación Porter</translation>
    </message>
    <message>
        <source>Or open this link on your phone</source>
        <translation>O abra este enlace en su teléfono</translation>
    </message>
    <message>
        <source>The code works once, for your phone only. Do not share it: anyone who has it could add your keys to their phone. If you change phones, ask your building manager for a new code.</source>
        <translation>El código funciona una sola vez y solo para su teléfono. No lo comparta: cualquiera que lo tenga podría añadir sus llaves a su propio teléfono. Si cambia de teléfono, pida un código nuevo al administrador de su edificio.</translation>
    </message>
    <message>
        <source>Once the app is set up, stand near a door and unlock it from the app.</source>
        <translation>Una vez configurada la aplicación, acérquese a una puerta y ábrala desde la aplicación.</translation>
    </message>
    <message>
        <source>How your daily doorcode works</source>
        <translation>Cómo funciona su código de puerta diario</translation>
    </message>
    <message>
        <source>Every morning at %1 (property time) we email you a new doorcode at %2.</source>
        <translation>Cada mañana a las %1 (hora de la propiedad) le enviamos un código de puerta nuevo a %2.</translation>
    </message>
    <message>
        <source>Type the code on the keypad of one of your doors. It opens them during the hours of your keys.</source>
        <translation>Marque el código en el teclado de una de sus puertas. Las abre en el horario de sus llaves.</translation>
    </message>
    <message>
        <source>A code works only on the day it is sent, from midnight to midnight at the property. The next morning brings a new one.</source>
        <translation>Un código solo funciona el día en que se envía, de medianoche a medianoche en la propiedad. A la mañana siguiente recibirá uno nuevo.</translation>
    </message>
    <message>
        <source>Your first doorcode will arrive on %1, the day your access starts.</source>
        <translation>Su primer código de puerta llegará el %1, el día en que comienza su acceso.</translation>
    </message>
    <message>
        <source>Keep your codes to yourself: anyone who has one can open your doors that day.</source>
        <translation>No comparta sus códigos: cualquiera que tenga uno puede abrir sus puertas ese día.</translation>
    </message>
    <message>
        <source>Your doorcode for %1 at %2</source>
        <extracomment>The subject of the daily doorcode email: &quot;Your doorcode for Monday, January 12, 2026 at Harbor View&quot;</extracomment>
        <translation>Su código de puerta del %1 en %2</translation>
    </message>
    <message>
        <source>Your doorcode at %1 for %2:</source>
        <translation>Su código de puerta en %1 para el %2:</translation>
    </message>
    <message>
        <source>Porter test email</source>
        <translation>Correo de prueba de Porter</translation>
    </message>
    <message>
        <source>This is a test email from Porter, sent through %1. If you are reading it, Porter can send welcome emails and daily doorcodes through this mail server.</source>
        <translation>Este es un correo de prueba de Porter, enviado a través de %1. Si lo está leyendo, Porter puede enviar correos de bienvenida y códigos de puerta diarios a través de este servidor de correo.</translation>
    </message>
    <message>
        <source>You can delete this email.</source>
        <translation>Puede eliminar este correo.</translation>
    </message>
    <message>
        <source>Questions about your access? Contact your building manager: this email was sent automatically.</source>
        <translation>¿Tiene preguntas sobre su acceso? Póngase en contacto con el administrador de su edificio: este correo se envió automáticamente.</translation>
    </message>
    <message>
        <source>It works on that day only, from midnight to midnight at the property. Type it on the keypad of the door.</source>
        <translation>Solo funciona ese día, de medianoche a medianoche en la propiedad. Márquelo en el teclado de la puerta.</translation>
    </message>
    <message>
        <source>The doors it opens</source>
        <translation>Las puertas que abre</translation>
    </message>
    <message>
        <source>The next day&apos;s code comes in the next morning&apos;s email. Keep your code to yourself: anyone who has it can open your doors that day.</source>
        <translation>El código del día siguiente llegará en el correo de la mañana siguiente. No comparta su código: cualquiera que lo tenga puede abrir sus puertas ese día.</translation>
    </message>
    <message>
        <source>The code can be used until %1. After that, ask your building manager to send a new welcome email.</source>
        <translation>El código puede usarse hasta el %1. Después, pida a la administración del edificio que le envíe un nuevo correo de bienvenida.</translation>
    </message>
</context>
<context>
    <name>porter::policy</name>
    <message>
        <source>Person %1 has an id beyond the doors&apos; 7-digit range (docs/doorcodes.md): left out of this door&apos;s list.</source>
        <translation>La persona %1 tiene un id que supera el rango de 7 dígitos de las puertas (docs/doorcodes.md): se ha dejado fuera de la lista de esta puerta.</translation>
    </message>
    <message>
        <source>Person %1: key %2&apos;s schedule would be this door&apos;s schedule number %3; the door takes at most %4. Left out.</source>
        <translation>Persona %1: el horario de la llave %2 sería el horario número %3 de esta puerta; la puerta admite como máximo %4. Se ha dejado fuera.</translation>
    </message>
    <message>
        <source>Person %1 left out of this door&apos;s list: %2.</source>
        <translation>La persona %1 se ha dejado fuera de la lista de esta puerta: %2.</translation>
    </message>
    <message>
        <source>The door takes at most %1 people: %2 people (the highest ids, from %3 on) left out.</source>
        <translation>La puerta admite como máximo %1 personas: se han dejado fuera %2 personas (los id más altos, a partir de %3).</translation>
    </message>
    <message>
        <source>The door takes at most %1 revoked doorcodes: %2 left out (those codes are still refused, as unknown).</source>
        <translation>La puerta admite como máximo %1 códigos de puerta revocados: se han dejado fuera %2 (esos códigos se siguen rechazando, como desconocidos).</translation>
    </message>
    <message>
        <source>Property %1 has an unknown time zone %2.</source>
        <translation>La propiedad %1 tiene una zona horaria desconocida: %2.</translation>
    </message>
    <message>
        <source>its schedule cannot be read (%1)</source>
        <translation>su horario no se puede leer (%1)</translation>
    </message>
    <message>
        <source>its schedule has %1 weekly windows; the door takes at most %2</source>
        <translation>su horario tiene %1 franjas semanales; la puerta admite como máximo %2</translation>
    </message>
    <message>
        <source>Person %1&apos;s access through key %2 left out of this door&apos;s list: %3.</source>
        <translation>El acceso de la persona %1 mediante la llave %2 se ha dejado fuera de la lista de esta puerta: %3.</translation>
    </message>
</context>
<context>
    <name>porter::sync::Commissioner</name>
    <message>
        <source>Commissioning door ‘%1’ was cancelled; Porter stored nothing. If the person at the door already pressed its button, reset the door before commissioning it again.</source>
        <translation>Se canceló la puesta en servicio de la puerta «%1»; Porter no ha guardado nada. Si la persona que está en la puerta ya pulsó su botón, restablezca la puerta antes de volver a ponerla en servicio.</translation>
    </message>
    <message>
        <source>Commissioning door ‘%1’ failed: %2</source>
        <translation>La puesta en servicio de la puerta «%1» falló: %2</translation>
    </message>
    <message>
        <source>The connection to the door was lost during commissioning. The door is not commissioned unless it says so; try again.</source>
        <translation>Se perdió la conexión con la puerta durante la puesta en servicio. La puerta no está en servicio a menos que lo indique; inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>%1 The door is commissioned but Porter could not record it: reset the door to install mode and commission it again.</source>
        <translation>%1 La puerta está en servicio, pero Porter no pudo registrarlo: vuelva a poner la puerta en modo de instalación y póngala en servicio de nuevo.</translation>
    </message>
</context>
<context>
    <name>porter::sync::DoorStage</name>
    <message>
        <source>Connecting to the door</source>
        <translation>Conectando con la puerta</translation>
    </message>
    <message>
        <source>Checking the door&apos;s identity</source>
        <translation>Comprobando la identidad de la puerta</translation>
    </message>
    <message>
        <source>Compare the pairing code with the door&apos;s display</source>
        <translation>Compare el código de emparejamiento con la pantalla de la puerta</translation>
    </message>
    <message>
        <source>Waiting for the person at the door to press its install button</source>
        <translation>Esperando a que la persona que está en la puerta pulse su botón de instalación</translation>
    </message>
    <message>
        <source>Reading the door&apos;s status and activity</source>
        <translation>Leyendo el estado y la actividad de la puerta</translation>
    </message>
    <message>
        <source>Sending the access list</source>
        <translation>Enviando la lista de acceso</translation>
    </message>
    <message>
        <source>Recording what the door confirmed</source>
        <translation>Registrando lo que confirmó la puerta</translation>
    </message>
</context>
<context>
    <name>porter::sync::LoopbackTransport</name>
    <message>
        <source>Closed.</source>
        <translation>Conexión cerrada.</translation>
    </message>
    <message>
        <source>The link to the door was lost.</source>
        <translation>Se perdió el enlace con la puerta.</translation>
    </message>
    <message>
        <source>The door ended the session.</source>
        <translation>La puerta ha terminado la sesión.</translation>
    </message>
</context>
<context>
    <name>porter::sync::Planner</name>
    <message>
        <source>Porter could not build an access list door %1 accepts (%2). Nothing was sent; please report this.</source>
        <translation>Porter no pudo crear una lista de acceso que acepte la puerta %1 (%2). No se ha enviado nada; informe de este problema.</translation>
    </message>
    <message>
        <source>Door %1 reports version %2, which Porter cannot exceed. Reset the door and commission it again.</source>
        <translation>La puerta %1 indica la versión %2, que Porter no puede superar. Restablezca la puerta y vuelva a ponerla en servicio.</translation>
    </message>
    <message>
        <source>Door ‘%1’ trusts a signing key %2 rotations old, more than a door follows in one sync (%3): commission it again.</source>
        <translation>La puerta «%1» confía en una clave de firma con %2 sustituciones de retraso, más de las que una puerta sigue en una sola sincronización (%3): vuelva a ponerla en servicio.</translation>
    </message>
    <message>
        <source>The signing key steps on record for door ‘%1’ do not lead to the property&apos;s current key: the door was not synced. Someone may have changed the database; tell its administrator.</source>
        <translation>Los pasos de clave de firma registrados para la puerta «%1» no llevan a la clave actual de la propiedad: no se ha sincronizado la puerta. Puede que alguien haya modificado la base de datos; avise a su administrador.</translation>
    </message>
    <message>
        <source>The signing key of this property was reset: door ‘%1’ trusts only the key from before, which Porter no longer signs with. Reset the door on site and commission it again.</source>
        <translation>Se ha restablecido la clave de firma de esta propiedad: la puerta «%1» solo confía en la clave anterior, con la que Porter ya no firma. Restablezca la puerta en el lugar y vuelva a ponerla en servicio.</translation>
    </message>
</context>
<context>
    <name>porter::sync::SyncEngine</name>
    <message>
        <source>Door ‘%1’ did not finish the sync. Press Sync again.</source>
        <translation>La puerta «%1» no terminó la sincronización. Pulse Sincronizar de nuevo.</translation>
    </message>
    <message>
        <source>Door ‘%1’ could not be authenticated (%2). It may be another door, or it was commissioned again: check the door and commission it if needed.</source>
        <translation>No se pudo autenticar la puerta «%1» (%2). Puede que sea otra puerta o que se haya vuelto a poner en servicio: revise la puerta y póngala en servicio si es necesario.</translation>
    </message>
    <message>
        <source>Door ‘%1’ says it was never commissioned. Commission it first.</source>
        <translation>La puerta «%1» indica que nunca se puso en servicio. Póngala en servicio primero.</translation>
    </message>
    <message>
        <source>The device answering is not door ‘%1’ (%2).</source>
        <translation>El dispositivo que responde no es la puerta «%1» (%2).</translation>
    </message>
    <message>
        <source>Door ‘%1’ refused the update: %2. Nothing changed on the door.</source>
        <translation>La puerta «%1» rechazó la actualización: %2. No ha cambiado nada en la puerta.</translation>
    </message>
    <message>
        <source>The link to door ‘%1’ was lost during the sync. Move closer and press Sync again: it continues where it stopped.</source>
        <translation>Se perdió el enlace con la puerta «%1» durante la sincronización. Acérquese y pulse Sincronizar de nuevo: continuará donde se detuvo.</translation>
    </message>
    <message>
        <source>Door ‘%1’ sent data that failed verification (%2). Nothing was recorded; press Sync again.</source>
        <translation>La puerta «%1» envió datos que no superaron la verificación (%2). No se ha registrado nada; pulse Sincronizar de nuevo.</translation>
    </message>
    <message>
        <source>Door ‘%1’ refuses everything: its memory is damaged or was tampered with. Reset it on site and commission it again.</source>
        <translation>La puerta «%1» lo rechaza todo: su memoria está dañada o se ha manipulado. Restablézcala en el lugar y vuelva a ponerla en servicio.</translation>
    </message>
    <message>
        <source>Door ‘%1’ kept its old doorcode secret (%2): codes of the old secret still work there. Press Sync again.</source>
        <translation>La puerta «%1» conservó su secreto de códigos de puerta anterior (%2): los códigos del secreto anterior siguen funcionando en ella. Pulse Sincronizar de nuevo.</translation>
    </message>
    <message>
        <source>Porter could not store what door ‘%1’ sent (%2).</source>
        <translation>Porter no pudo guardar lo que envió la puerta «%1» (%2).</translation>
    </message>
    <message>
        <source>There is no door with id %1.</source>
        <translation>No existe ninguna puerta con el id %1.</translation>
    </message>
    <message>
        <source>Door ‘%1’ has not been commissioned yet. Commission it first.</source>
        <translation>La puerta «%1» aún no se ha puesto en servicio. Póngala en servicio primero.</translation>
    </message>
    <message>
        <source>Door ‘%1’ was not updated: preparing its update failed (%2)</source>
        <translation>La puerta «%1» no se actualizó: falló la preparación de su actualización (%2)</translation>
    </message>
    <message>
        <source>Door ‘%1’ cannot be reached (%2) Move closer and press Sync again.</source>
        <translation>No se puede conectar con la puerta «%1» (%2). Acérquese y pulse Sincronizar de nuevo.</translation>
    </message>
    <message>
        <source>Door ‘%1’ did not answer. Move closer and press Sync again.</source>
        <translation>La puerta «%1» no respondió. Acérquese y pulse Sincronizar de nuevo.</translation>
    </message>
    <message>
        <source>The sync of door ‘%1’ was cancelled after the door had applied the update; Porter recorded the door&apos;s new list.</source>
        <translation>La sincronización de la puerta «%1» se canceló después de que la puerta aplicara la actualización; Porter ha registrado la nueva lista de la puerta.</translation>
    </message>
    <message>
        <source>The sync of door ‘%1’ was cancelled; nothing was recorded and the door keeps its list.</source>
        <translation>Se canceló la sincronización de la puerta «%1»; no se ha registrado nada y la puerta conserva su lista.</translation>
    </message>
</context>
<context>
    <name>porter::sync::TcpTransport</name>
    <message>
        <source>The door closed the connection.</source>
        <translation>La puerta cerró la conexión.</translation>
    </message>
    <message>
        <source>Cannot reach the door at %1: %2</source>
        <translation>No se puede conectar con la puerta en %1: %2</translation>
    </message>
    <message>
        <source>Closed.</source>
        <translation>Conexión cerrada.</translation>
    </message>
</context>
<context>
    <name>porter::ui::AboutDialog</name>
    <message>
        <source>About Porter</source>
        <translation>Acerca de Porter</translation>
    </message>
    <message>
        <source>Building access for property managers: invite people, give and revoke keys, and sync doors that have no internet connection.</source>
        <translation>Acceso a edificios para administradores de propiedades: invite a personas, dé y revoque llaves, y sincronice puertas que no tienen conexión a internet.</translation>
    </message>
    <message>
        <source>Website: &lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt;&lt;br&gt;Built with Qt %2.</source>
        <translation>Sitio web: &lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt;&lt;br&gt;Compilado con Qt %2.</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Base de datos: %1</translation>
    </message>
    <message>
        <source>&amp;Licence</source>
        <translation>&amp;Licencia</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licencia</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>&amp;Guía del usuario</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Acerca de &amp;Qt</translation>
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
        <translation>Actividad</translation>
    </message>
    <message>
        <source>E&amp;xport to CSV…</source>
        <translation>E&amp;xportar a CSV…</translation>
    </message>
    <message>
        <source>Person, door or manager</source>
        <translation>Persona, puerta o administrador</translation>
    </message>
    <message>
        <source>Part of a name, email or phone number. Deleted people are found too.</source>
        <translation>Parte de un nombre, correo electrónico o número de teléfono. También se encuentran las personas eliminadas.</translation>
    </message>
    <message>
        <source>Search activity</source>
        <translation>Buscar actividad</translation>
    </message>
    <message>
        <source>Door</source>
        <translation>Puerta</translation>
    </message>
    <message>
        <source>Kind of activity</source>
        <translation>Tipo de actividad</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Todos los tipos</translation>
    </message>
    <message>
        <source>Any day</source>
        <translation>Cualquier día</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Fecha de inicio</translation>
    </message>
    <message>
        <source>The first day to list, in the property&apos;s time zone</source>
        <translation>El primer día que se muestra, en la zona horaria de la propiedad</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Fecha de fin</translation>
    </message>
    <message>
        <source>The last day to list, in the property&apos;s time zone</source>
        <translation>El último día que se muestra, en la zona horaria de la propiedad</translation>
    </message>
    <message>
        <source>Save every event the filters match as a CSV file for a spreadsheet</source>
        <translation>Guardar todos los eventos que coinciden con los filtros como archivo CSV para una hoja de cálculo</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Buscar:</translation>
    </message>
    <message>
        <source>Doo&amp;r:</source>
        <translation>&amp;Puerta:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>Fro&amp;m:</source>
        <translation>&amp;Desde:</translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <translation>&amp;Hasta:</translation>
    </message>
    <message>
        <source>Door events and manager actions at %1, deleted people&apos;s included. Times in %2.</source>
        <translation>Eventos de puertas y acciones de administradores en %1, incluidas las de personas eliminadas. Horas en %2.</translation>
    </message>
    <message>
        <source>All doors</source>
        <translation>Todas las puertas</translation>
    </message>
    <message>
        <source>No activity matches these filters.</source>
        <translation>Ninguna actividad coincide con estos filtros.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n events shown; scroll for more.</source>
        <translation>
            <numerusform>%1 de %n evento mostrado; desplácese para ver más.</numerusform>
            <numerusform>%1 de %n eventos mostrados; desplácese para ver más.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n events</source>
        <translation>
            <numerusform>%n evento</numerusform>
            <numerusform>%n eventos</numerusform>
        </translation>
    </message>
    <message>
        <source>Activity %1 %2.csv</source>
        <translation>Actividad %1 %2.csv</translation>
    </message>
    <message>
        <source>Export Activity</source>
        <translation>Exportar actividad</translation>
    </message>
    <message>
        <source>The activity was not exported.</source>
        <translation>No se exportó la actividad.</translation>
    </message>
    <message>
        <source>Exported 1 event to %1.</source>
        <translation>Se exportó 1 evento a %1.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n events to %1.</source>
        <translation>
            <numerusform>Se exportó %n evento a %1.</numerusform>
            <numerusform>Se exportaron %n eventos a %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>CSV files (*.csv);;Excel workbooks (*.xlsx)</source>
        <translation>Archivos CSV (*.csv);;Libros de Excel (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>porter::ui::AddKeyDialog</name>
    <message>
        <source>&amp;Now</source>
        <translation>A&amp;hora</translation>
    </message>
    <message>
        <source>&amp;Later, on:</source>
        <translation>&amp;Más tarde, el:</translation>
    </message>
    <message>
        <source>Give Access Again</source>
        <translation>Volver a dar acceso</translation>
    </message>
    <message>
        <source>Add Key</source>
        <translation>Añadir llave</translation>
    </message>
    <message>
        <source>%1&apos;s access was revoked. Add the keys they need now; each key has its own start and expiration.</source>
        <translation>Se revocó el acceso de %1. Añada ahora las llaves que necesita; cada llave tiene su propio inicio y vencimiento.</translation>
    </message>
    <message>
        <source>Add a key to %1. It has its own start and expiration.</source>
        <translation>Añada una llave a %1. Tiene su propio inicio y vencimiento.</translation>
    </message>
    <message>
        <source>Keys you may give</source>
        <translation>Llaves que puede dar</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Llave</translation>
    </message>
    <message>
        <source>Doors</source>
        <translation>Puertas</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>&amp;Llave:</translation>
    </message>
    <message>
        <source>There is no key you may give that %1 does not hold already.</source>
        <translation>No hay ninguna llave que pueda dar y que %1 no tenga ya.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Start date and time</source>
        <translation>Fecha y hora de inicio</translation>
    </message>
    <message>
        <source>Expiration</source>
        <translation>Vencimiento</translation>
    </message>
    <message>
        <source>Give Access</source>
        <translation>Dar acceso</translation>
    </message>
    <message>
        <source>Choose the key to add.</source>
        <translation>Elija la llave que quiere añadir.</translation>
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
        <translation>No se pudo abrir la base de datos %1.</translation>
    </message>
    <message>
        <source>The database could not be read.</source>
        <translation>No se pudo leer la base de datos.</translation>
    </message>
    <message>
        <source>There is no Porter database at %1.</source>
        <translation>No hay ninguna base de datos de Porter en %1.</translation>
    </message>
    <message>
        <source>Porter can create a new, empty database there and set it up.</source>
        <translation>Porter puede crear allí una base de datos nueva y vacía y configurarla.</translation>
    </message>
    <message>
        <source>Create Database</source>
        <translation>Crear base de datos</translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation>Abrir base de datos</translation>
    </message>
    <message>
        <source>%1 is already open in another Porter window.</source>
        <translation>%1 ya está abierto en otra ventana de Porter.</translation>
    </message>
    <message>
        <source>That window was brought forward.</source>
        <translation>Se ha traído esa ventana al frente.</translation>
    </message>
    <message>
        <source>You cannot sign in to this portfolio.</source>
        <translation>No puede iniciar sesión en esta cartera.</translation>
    </message>
</context>
<context>
    <name>porter::ui::BulkKeyDialog</name>
    <message>
        <source>Add a Key</source>
        <translation>Añadir una llave</translation>
    </message>
    <message>
        <source>Remove a Key</source>
        <translation>Retirar una llave</translation>
    </message>
    <message>
        <source>Add a key to %1</source>
        <translation>Añadir una llave a %1</translation>
    </message>
    <message numerus="yes">
        <source>Add a key to %n people</source>
        <translation>
            <numerusform>Añadir una llave a %n persona</numerusform>
            <numerusform>Añadir una llave a %n personas</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove a key from %1</source>
        <translation>Retirar una llave a %1</translation>
    </message>
    <message numerus="yes">
        <source>Remove a key from %n people</source>
        <translation>
            <numerusform>Retirar una llave a %n persona</numerusform>
            <numerusform>Retirar una llave a %n personas</numerusform>
        </translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Llave</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>&amp;Llave:</translation>
    </message>
    <message>
        <source>&amp;Now</source>
        <translation>A&amp;hora</translation>
    </message>
    <message>
        <source>&amp;Later, on:</source>
        <translation>&amp;Más tarde, el:</translation>
    </message>
    <message>
        <source>Access &amp;expires on:</source>
        <translation>El acceso &amp;vence el:</translation>
    </message>
    <message>
        <source>Start date and time</source>
        <translation>Fecha y hora de inicio</translation>
    </message>
    <message>
        <source>Expiration date and time</source>
        <translation>Fecha y hora de vencimiento</translation>
    </message>
    <message>
        <source>Start:</source>
        <translation>Inicio:</translation>
    </message>
    <message>
        <source>Expiration:</source>
        <translation>Vencimiento:</translation>
    </message>
    <message>
        <source>Everyone selected gets the key with this start and expiration. People who already hold it keep their own dates. Afterwards, sync the key&apos;s offline doors.</source>
        <translation>Todas las personas seleccionadas reciben la llave con este inicio y vencimiento. Quienes ya la tienen conservan sus propias fechas. Después, sincronice las puertas sin conexión de la llave.</translation>
    </message>
    <message>
        <source>The key ends now for everyone selected who holds it. Their permanent guest passes on it end too; guest passes with an end date run out on their own. History stays in Activity. Afterwards, sync the key&apos;s offline doors.</source>
        <translation>La llave finaliza ahora para todas las personas seleccionadas que la tienen. También finalizan sus accesos de invitado permanentes con esa llave; los accesos de invitado con fecha de fin vencen por sí solos. El historial se conserva en Actividad. Después, sincronice las puertas sin conexión de la llave.</translation>
    </message>
    <message>
        <source>Add Key</source>
        <translation>Añadir llave</translation>
    </message>
    <message>
        <source>Remove Key</source>
        <translation>Retirar llave</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <extracomment>A list of names: &quot;%1&quot; is all but the last, joined with &quot;, &quot;; &quot;%2&quot; is the last one</extracomment>
        <translation>%1 y %2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Times are in the property&apos;s time zone: %1.</source>
        <translation>Las horas están en la zona horaria de la propiedad: %1.</translation>
    </message>
    <message>
        <source>Without an expiration the key never ends by itself.</source>
        <translation>Sin vencimiento, la llave nunca finaliza por sí sola.</translation>
    </message>
    <message>
        <source>Nobody was changed. %1</source>
        <extracomment>Bulk key dialog: nobody was changed because one person&apos;s change failed (all or nothing)</extracomment>
        <translation>No se ha cambiado a nadie. %1</translation>
    </message>
</context>
<context>
    <name>porter::ui::ChangePasswordDialog</name>
    <message>
        <source>Change Password</source>
        <translation>Cambiar contraseña</translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation>Contraseña &amp;actual:</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>Contraseña &amp;nueva:</translation>
    </message>
    <message>
        <source>Con&amp;firm new password:</source>
        <translation>Con&amp;firmar la contraseña nueva:</translation>
    </message>
    <message>
        <source>At least 10 characters. You sign in to this portfolio with it from now on.</source>
        <translation>Al menos 10 caracteres. A partir de ahora inicia sesión en esta cartera con ella.</translation>
    </message>
    <message>
        <source>The password of your login %1 on the portfolio&apos;s server. At least 10 characters; porterctl and Porter on your other computers use it from now on.</source>
        <translation>La contraseña de su usuario de acceso %1 en el servidor de la cartera. Al menos 10 caracteres; a partir de ahora la usan porterctl y Porter en sus otros equipos.</translation>
    </message>
    <message>
        <source>Change your password</source>
        <translation>Cambiar su contraseña</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>Enter your current password.</source>
        <translation>Escriba su contraseña actual.</translation>
    </message>
    <message>
        <source>The new password and its confirmation differ.</source>
        <translation>La contraseña nueva y su confirmación no coinciden.</translation>
    </message>
</context>
<context>
    <name>porter::ui::CommissionDialog</name>
    <message>
        <source>Start</source>
        <translation>Iniciar</translation>
    </message>
    <message>
        <source>Confirm: The Codes Match</source>
        <translation>Confirmar: los códigos coinciden</translation>
    </message>
    <message>
        <source>They Differ</source>
        <translation>Son distintos</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Commission a Door</source>
        <translation>Poner una puerta en servicio</translation>
    </message>
    <message>
        <source>Which door is this?</source>
        <translation>¿Qué puerta es esta?</translation>
    </message>
    <message>
        <source>Porter hears a new door waiting to be commissioned: its install button was pressed. Choose which of the property&apos;s doors it is. Only doors that are not commissioned yet are listed.</source>
        <translation>Porter detecta una puerta nueva que espera la puesta en servicio: se ha pulsado su botón de instalación. Elija cuál de las puertas de la propiedad es. Solo aparecen las puertas que aún no están en servicio.</translation>
    </message>
    <message>
        <source>&amp;Door:</source>
        <translation>&amp;Puerta:</translation>
    </message>
    <message>
        <source>Every door of this property is commissioned already. Add the door first (porterctl door add), then commission it.</source>
        <translation>Todas las puertas de esta propiedad ya están en servicio. Añada primero la puerta (porterctl door add) y luego póngala en servicio.</translation>
    </message>
    <message>
        <source>Compare the pairing code</source>
        <translation>Compare el código de emparejamiento</translation>
    </message>
    <message>
        <source>Porter shows:</source>
        <translation>Porter muestra:</translation>
    </message>
    <message>
        <source>Simulated door&apos;s display:</source>
        <translation>Pantalla de la puerta simulada:</translation>
    </message>
    <message>
        <source>This is a simulated door, not real hardware: nobody can press its button, so Confirm also presses it for you.</source>
        <translation>Es una puerta simulada, no hardware real: nadie puede pulsar su botón, así que Confirmar también lo pulsa por usted.</translation>
    </message>
    <message>
        <source>Does the door&apos;s display show the same six digits?</source>
        <translation>¿Muestra la pantalla de la puerta los mismos seis dígitos?</translation>
    </message>
    <message>
        <source>Does the door&apos;s display show the same six digits? If it does, press the door&apos;s install button, then Confirm here.</source>
        <translation>¿Muestra la pantalla de la puerta los mismos seis dígitos? Si es así, pulse el botón de instalación de la puerta y luego Confirmar aquí.</translation>
    </message>
    <message>
        <source>&lt;b&gt;If the codes differ, do not confirm.&lt;/b&gt; Someone may be trying to pose as the door. Choose They Differ, press the door&apos;s install button again and start over. If it happens again, stop: check the door and its surroundings for another device answering in its place, and tell your security contact before you try again.</source>
        <translation>&lt;b&gt;Si los códigos son distintos, no confirme.&lt;/b&gt; Puede que alguien intente hacerse pasar por la puerta. Elija Son distintos, vuelva a pulsar el botón de instalación de la puerta y empiece de nuevo. Si vuelve a ocurrir, deténgase: revise la puerta y su entorno por si otro dispositivo responde en su lugar, y avise a su responsable de seguridad antes de volver a intentarlo.</translation>
    </message>
    <message>
        <source>Commissioning the new door as ‘%1’.</source>
        <translation>Poniendo en servicio la puerta nueva como «%1».</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Door ‘%1’ is commissioned (pairing code %2). It holds no access yet: sync it now with Sync on the Doors page.</source>
        <translation>La puerta «%1» está en servicio (código de emparejamiento %2). Aún no tiene ningún acceso: sincronícela ahora con Sincronizar en la página Puertas.</translation>
    </message>
    <message>
        <source>Nothing was sent to the door and nothing was recorded. Someone may be trying to pose as the door: press the door&apos;s install button again and start over. If the codes differ again, stop, check the door and its surroundings for another device, and tell your security contact.</source>
        <translation>No se ha enviado nada a la puerta ni se ha registrado nada. Puede que alguien intente hacerse pasar por la puerta: vuelva a pulsar el botón de instalación de la puerta y empiece de nuevo. Si los códigos vuelven a ser distintos, deténgase, revise la puerta y su entorno por si hay otro dispositivo y avise a su responsable de seguridad.</translation>
    </message>
</context>
<context>
    <name>porter::ui::DoorSyncRun</name>
    <message>
        <source>Waiting</source>
        <translation>En espera</translation>
    </message>
    <message>
        <source>Not synced: the walk was cancelled before this door.</source>
        <translation>No sincronizada: el recorrido se canceló antes de llegar a esta puerta.</translation>
    </message>
    <message>
        <source>Already up to date: no change to who may open it.</source>
        <translation>Ya estaba actualizada: no cambia quién puede abrirla.</translation>
    </message>
    <message>
        <source>1 person given access</source>
        <translation>1 persona recibe acceso</translation>
    </message>
    <message numerus="yes">
        <source>%n people given access</source>
        <translation>
            <numerusform>%n persona recibe acceso</numerusform>
            <numerusform>%n personas reciben acceso</numerusform>
        </translation>
    </message>
    <message>
        <source>1 person&apos;s access removed</source>
        <translation>1 persona pierde el acceso</translation>
    </message>
    <message numerus="yes">
        <source>%n people&apos;s access removed</source>
        <translation>
            <numerusform>%n persona pierde el acceso</numerusform>
            <numerusform>%n personas pierden el acceso</numerusform>
        </translation>
    </message>
    <message>
        <source>1 key change</source>
        <translation>1 cambio de llave</translation>
    </message>
    <message numerus="yes">
        <source>%n key changes</source>
        <translation>
            <numerusform>%n cambio de llave</numerusform>
            <numerusform>%n cambios de llave</numerusform>
        </translation>
    </message>
    <message>
        <source>its first full list</source>
        <translation>su primera lista completa</translation>
    </message>
    <message>
        <source>1 change sent</source>
        <translation>1 cambio enviado</translation>
    </message>
    <message numerus="yes">
        <source>%n changes sent</source>
        <translation>
            <numerusform>%n cambio enviado</numerusform>
            <numerusform>%n cambios enviados</numerusform>
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
        <translation>La puerta ha rechazado la hora de este equipo, que es anterior a una actualización que tiene: compruebe el reloj de este equipo.</translation>
    </message>
    <message numerus="yes">
        <source>Clock set (it was %n s off).</source>
        <translation>
            <numerusform>Reloj ajustado (tenía un desfase de %n s).</numerusform>
            <numerusform>Reloj ajustado (tenía un desfase de %n s).</numerusform>
        </translation>
    </message>
    <message>
        <source>Clock checked.</source>
        <translation>Reloj comprobado.</translation>
    </message>
    <message>
        <source>No new activity.</source>
        <translation>No hay actividad nueva.</translation>
    </message>
    <message>
        <source>1 activity entry imported.</source>
        <translation>1 registro de actividad importado.</translation>
    </message>
    <message numerus="yes">
        <source>%n activity entries imported.</source>
        <translation>
            <numerusform>%n registro de actividad importado.</numerusform>
            <numerusform>%n registros de actividad importados.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new alarms: see the door&apos;s details.</source>
        <translation>
            <numerusform>%n alarma nueva: vea los detalles de la puerta.</numerusform>
            <numerusform>%n alarmas nuevas: vea los detalles de la puerta.</numerusform>
        </translation>
    </message>
    <message>
        <source>New doorcode secret installed.</source>
        <translation>Nuevo secreto de códigos de puerta instalado.</translation>
    </message>
    <message numerus="yes">
        <source>%n entries left out of its list (the door cannot carry them): see the door&apos;s details.</source>
        <translation>
            <numerusform>%n entrada se ha dejado fuera de su lista (la puerta no puede admitirla): vea los detalles de la puerta.</numerusform>
            <numerusform>%n entradas se han dejado fuera de su lista (la puerta no puede admitirlas): vea los detalles de la puerta.</numerusform>
        </translation>
    </message>
    <message>
        <source>The sync of door ‘%1’ failed. Press Sync again.</source>
        <translation>La sincronización de la puerta «%1» ha fallado. Pulse Sincronizar de nuevo.</translation>
    </message>
    <message>
        <source>The door now trusts only the new signing key.</source>
        <translation>La puerta ya solo confía en la nueva clave de firma.</translation>
    </message>
</context>
<context>
    <name>porter::ui::DoorsPage</name>
    <message>
        <source>Recorded</source>
        <translation>Registrado</translation>
    </message>
    <message>
        <source>Takes effect</source>
        <translation>Entra en vigor</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Raised by</source>
        <translation>Generada por</translation>
    </message>
    <message>
        <source>Alarm</source>
        <translation>Alarma</translation>
    </message>
    <message>
        <source>Commission…</source>
        <translation>Poner en servicio…</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sincronizar</translation>
    </message>
    <message>
        <source>Sync All in Range</source>
        <translation>Sincronizar todas al alcance</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>&lt;b&gt;Simulated doors — not real hardware.&lt;/b&gt; These doors live inside Porter for the demo, so you can try commissioning and Door Sync without a lock. Nothing here reaches a real door.</source>
        <translation>&lt;b&gt;Puertas simuladas: no es hardware real.&lt;/b&gt; Estas puertas funcionan dentro de Porter para la demostración, para que pueda probar la puesta en servicio y la sincronización de puertas sin una cerradura. Nada de lo que haga aquí llega a una puerta real.</translation>
    </message>
    <message>
        <source>Rows tinted amber must be synced today: access starts or ends today, or a change is already due.</source>
        <translation>Las filas en ámbar deben sincronizarse hoy: un acceso empieza o termina hoy, o ya hay un cambio pendiente.</translation>
    </message>
    <message>
        <source>Next Sync</source>
        <translation>Próxima sincronización</translation>
    </message>
    <message>
        <source>Alarms</source>
        <translation>Alarmas</translation>
    </message>
    <message>
        <source>Doors in Bluetooth range</source>
        <translation>Puertas al alcance por Bluetooth</translation>
    </message>
    <message>
        <source>Select a door in range and press Sync, or walk along a corridor with Sync All in Range.</source>
        <translation>Seleccione una puerta al alcance y pulse Sincronizar, o recorra un pasillo con Sincronizar todas al alcance.</translation>
    </message>
    <message>
        <source>Doors — %1</source>
        <translation>Puertas — %1</translation>
    </message>
    <message>
        <source>Doors</source>
        <translation>Puertas</translation>
    </message>
    <message>
        <source>Offline doors learn who may open them only when they are synced. Stand near a door and sync it over Bluetooth.</source>
        <translation>Las puertas sin conexión solo saben quién puede abrirlas cuando se sincronizan. Colóquese junto a una puerta y sincronícela por Bluetooth.</translation>
    </message>
    <message>
        <source>%1 The list of doors above still works.</source>
        <translation>%1 La lista de puertas de arriba sigue funcionando.</translation>
    </message>
    <message>
        <source>Cannot scan for doors: %1 The list of doors above still works; come back to this page to scan again.</source>
        <translation>No se pueden buscar puertas: %1 La lista de puertas de arriba sigue funcionando; vuelva a esta página para buscar de nuevo.</translation>
    </message>
    <message>
        <source>Scanning: %1. A door appears when it is near; one not heard for 10 seconds leaves the list.</source>
        <extracomment>%1 is how doors are reached, e.g. &quot;Bluetooth (hci0)&quot; or &quot;Simulated doors&quot;</extracomment>
        <translation>Buscando: %1. Una puerta aparece cuando está cerca; la que no se oye durante 10 segundos sale de la lista.</translation>
    </message>
    <message>
        <source>Doors could not be listed</source>
        <translation>No se pudieron listar las puertas</translation>
    </message>
    <message>
        <source>No door selected</source>
        <translation>Ninguna puerta seleccionada</translation>
    </message>
    <message>
        <source>Select a door to see its alarms and what its next sync would change.</source>
        <translation>Seleccione una puerta para ver sus alarmas y lo que cambiaría su próxima sincronización.</translation>
    </message>
    <message>
        <source>online: changes reach it over the internet</source>
        <translation>en línea: los cambios le llegan por internet</translation>
    </message>
    <message>
        <source>not commissioned yet: press its install button, then Commission it from the Bluetooth panel</source>
        <translation>aún no está en servicio: pulse su botón de instalación y luego póngala en servicio desde el panel Bluetooth</translation>
    </message>
    <message>
        <source>offline, version %1</source>
        <translation>sin conexión, versión %1</translation>
    </message>
    <message>
        <source>last synced %1</source>
        <translation>última sincronización %1</translation>
    </message>
    <message>
        <source>never synced</source>
        <translation>nunca sincronizada</translation>
    </message>
    <message>
        <source>holds the old doorcode secret</source>
        <translation>tiene el secreto de códigos de puerta anterior</translation>
    </message>
    <message>
        <source> · </source>
        <translation> · </translation>
    </message>
    <message>
        <source>at once</source>
        <translation>de inmediato</translation>
    </message>
    <message>
        <source>Nothing: an online door needs no sync.</source>
        <translation>Nada: una puerta en línea no necesita sincronización.</translation>
    </message>
    <message>
        <source>Nothing to change: the door is up to date. A sync would still set its clock and bring back its activity.</source>
        <translation>Nada que cambiar: la puerta está actualizada. Una sincronización aún ajustaría su reloj y recuperaría su actividad.</translation>
    </message>
    <message>
        <source>Next Sync (%1)</source>
        <translation>Próxima sincronización (%1)</translation>
    </message>
    <message>
        <source>Left out of the door&apos;s list (the door cannot carry them; fix the data and sync again):
%1</source>
        <translation>Se ha dejado fuera de la lista de la puerta (la puerta no puede admitirlo; corrija los datos y vuelva a sincronizar):
%1</translation>
    </message>
    <message>
        <source>Porter</source>
        <translation>Porter</translation>
    </message>
    <message>
        <source>The door</source>
        <translation>La puerta</translation>
    </message>
    <message numerus="yes">
        <source>The door has lost %n activity entries (its memory was full before a sync).</source>
        <translation>
            <numerusform>La puerta ha perdido %n registro de actividad (su memoria se llenó antes de una sincronización).</numerusform>
            <numerusform>La puerta ha perdido %n registros de actividad (su memoria se llenó antes de una sincronización).</numerusform>
        </translation>
    </message>
    <message>
        <source>No alarms.</source>
        <translation>No hay alarmas.</translation>
    </message>
    <message>
        <source>Alarms (%1)</source>
        <translation>Alarmas (%1)</translation>
    </message>
    <message>
        <source>Make this new door one of the property&apos;s doors.</source>
        <translation>Convertir esta puerta nueva en una de las puertas de la propiedad.</translation>
    </message>
    <message>
        <source>Select a door waiting to be commissioned in the list above (press the door&apos;s install button first).</source>
        <translation>Seleccione en la lista de arriba una puerta que espere la puesta en servicio (pulse antes el botón de instalación de la puerta).</translation>
    </message>
    <message>
        <source>Sync ‘%1’</source>
        <translation>Sincronizar «%1»</translation>
    </message>
    <message>
        <source>Select a door.</source>
        <translation>Seleccione una puerta.</translation>
    </message>
    <message>
        <source>‘%1’ is not commissioned yet.</source>
        <translation>«%1» aún no está en servicio.</translation>
    </message>
    <message>
        <source>‘%1’ is not in range: walk to it, and it appears in the list when Porter hears it.</source>
        <translation>«%1» no está al alcance: acérquese y aparecerá en la lista cuando Porter la oiga.</translation>
    </message>
    <message>
        <source>Send ‘%1’ its changes, set its clock and bring back its activity.</source>
        <translation>Enviar a «%1» sus cambios, ajustar su reloj y recuperar su actividad.</translation>
    </message>
    <message>
        <source>Sync All in Range (%1)</source>
        <translation>Sincronizar todas al alcance (%1)</translation>
    </message>
    <message>
        <source>Sync every door of this property in range, one after another.</source>
        <translation>Sincronizar una tras otra todas las puertas de esta propiedad que estén al alcance.</translation>
    </message>
    <message>
        <source>%1 — waiting</source>
        <translation>%1 — en espera</translation>
    </message>
    <message>
        <source>Door %1 of %2: %3 — %4</source>
        <translation>Puerta %1 de %2: %3 — %4</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 — Synced: %2</source>
        <extracomment>A door&apos;s line in the sync results: &quot;Lobby — Synced: 3 changes sent …&quot;</extracomment>
        <translation>%1 — Sincronizada: %2</translation>
    </message>
    <message>
        <source>%1 — Not synced: %2</source>
        <translation>%1 — No sincronizada: %2</translation>
    </message>
    <message>
        <source>%1 — Failed: %2</source>
        <translation>%1 — Error: %2</translation>
    </message>
    <message>
        <source>Done: the door is synced.</source>
        <translation>Hecho: la puerta está sincronizada.</translation>
    </message>
    <message numerus="yes">
        <source>Done: all %n doors are synced.</source>
        <translation>
            <numerusform>Hecho: %n puerta sincronizada.</numerusform>
            <numerusform>Hecho: las %n puertas están sincronizadas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Done: %1 of %2 doors synced. See below for what to do about the others.</source>
        <translation>Hecho: %1 de %2 puertas sincronizadas. Vea abajo qué hacer con las demás.</translation>
    </message>
    <message>
        <source>Turn &amp;Bluetooth On</source>
        <translation>Activar &amp;Bluetooth</translation>
    </message>
    <message>
        <source>Turn Bluetooth on</source>
        <translation>Activar el Bluetooth</translation>
    </message>
    <message>
        <source>Turns this computer&apos;s Bluetooth on and scans for doors again.</source>
        <translation>Activa el Bluetooth de este equipo y vuelve a buscar puertas.</translation>
    </message>
    <message>
        <source>Field Kit…</source>
        <translation>Kit de campo…</translation>
    </message>
    <message>
        <source>Sync doors where there is no internet: build a kit of this property&apos;s doors before going, deliver it at the site, upload the doors&apos; answers back online.</source>
        <translation>Sincronizar puertas donde no hay internet: cree un kit con las puertas de esta propiedad antes de salir, entréguelo en el lugar y, de vuelta en línea, suba las respuestas de las puertas.</translation>
    </message>
    <message>
        <source>trusts the old signing key</source>
        <translation>confía en la clave de firma antigua</translation>
    </message>
    <message>
        <source>trusts a signing key from before its reset: reset the door on site and commission it again</source>
        <translation>confía en una clave de firma anterior a su restablecimiento: restablezca la puerta en el lugar y vuelva a ponerla en servicio</translation>
    </message>
</context>
<context>
    <name>porter::ui::EditPersonDialog</name>
    <message>
        <source>&amp;Resident of this property</source>
        <translation>&amp;Residente de esta propiedad</translation>
    </message>
    <message>
        <source>May s&amp;hare keys with guests</source>
        <translation>Puede com&amp;partir llaves con invitados</translation>
    </message>
    <message>
        <source>Edit Details</source>
        <translation>Editar datos</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Apellidos</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Guests are not residents; invite them to make them one.</source>
        <translation>Los invitados no son residentes; invítelos para que lo sean.</translation>
    </message>
    <message>
        <source>Guests cannot share keys further.</source>
        <translation>Los invitados no pueden volver a compartir llaves.</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>La&amp;st name:</source>
        <translation>&amp;Apellidos:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>Correo &amp;electrónico:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Teléfono:</translation>
    </message>
    <message>
        <source>The welcome email and the app sign-in use this address. After changing it, resend the welcome email.</source>
        <translation>El correo de bienvenida y el inicio de sesión en la aplicación usan esta dirección. Después de cambiarla, reenvíe el correo de bienvenida.</translation>
    </message>
    <message>
        <source>Save Details</source>
        <translation>Guardar datos</translation>
    </message>
    <message>
        <source>Turning this off ends their 1 permanent guest pass now. Timed guest passes run to their end.</source>
        <translation>Si desactiva esta opción, su único acceso de invitado permanente finaliza ahora. Los accesos de invitado temporales duran hasta su fin.</translation>
    </message>
    <message numerus="yes">
        <source>Turning this off ends their %n permanent guest passes now. Timed guest passes run to their end.</source>
        <translation>
            <numerusform>Si desactiva esta opción, su %n acceso de invitado permanente finaliza ahora. Los accesos de invitado temporales duran hasta su fin.</numerusform>
            <numerusform>Si desactiva esta opción, sus %n accesos de invitado permanentes finalizan ahora. Los accesos de invitado temporales duran hasta su fin.</numerusform>
        </translation>
    </message>
    <message>
        <source>Guests they share with get a pass inside their own access; see the Guests tab.</source>
        <translation>Los invitados con los que comparte reciben un acceso dentro de su propio acceso; vea la pestaña Invitados.</translation>
    </message>
    <message>
        <source>Stop %1 sharing keys?</source>
        <translation>¿Impedir que %1 comparta llaves?</translation>
    </message>
    <message>
        <source>These guests lose their permanent passes now: %1.
Timed guest passes run to their end.
Afterwards, sync the affected offline doors.</source>
        <translation>Estos invitados pierden ahora sus accesos permanentes: %1.
Los accesos de invitado temporales duran hasta su fin.
Después, sincronice las puertas sin conexión afectadas.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Language for emails</source>
        <translation>Idioma de los correos</translation>
    </message>
    <message>
        <source>The welcome email and the daily doorcodes are written in this language</source>
        <translation>El correo de bienvenida y los códigos de puerta diarios se escriben en este idioma</translation>
    </message>
    <message>
        <source>Lan&amp;guage for emails:</source>
        <translation>&amp;Idioma de los correos:</translation>
    </message>
</context>
<context>
    <name>porter::ui::ExpiryChooser</name>
    <message>
        <source>No e&amp;xpiration</source>
        <translation>&amp;Sin vencimiento</translation>
    </message>
    <message>
        <source>+&amp;6 months</source>
        <translation>+&amp;6 meses</translation>
    </message>
    <message>
        <source>+1 &amp;year</source>
        <translation>+1 &amp;año</translation>
    </message>
    <message>
        <source>&amp;End of lease</source>
        <translation>&amp;Fin del contrato</translation>
    </message>
    <message>
        <source>Expiration date and time</source>
        <translation>Fecha y hora de vencimiento</translation>
    </message>
    <message>
        <source>Six months after %1, to the end of that day</source>
        <translation>Seis meses después del %1, hasta el final de ese día</translation>
    </message>
    <message>
        <source>One year after %1, to the end of that day</source>
        <translation>Un año después del %1, hasta el final de ese día</translation>
    </message>
    <message>
        <source>The latest expiration of this person&apos;s other keys: %1</source>
        <translation>El último vencimiento de las demás llaves de esta persona: %1</translation>
    </message>
    <message>
        <source>None of this person&apos;s other keys has an expiration date to match. Pick the lease end in the calendar.</source>
        <translation>Ninguna de las demás llaves de esta persona tiene una fecha de vencimiento que tomar. Elija el fin del contrato de alquiler en el calendario.</translation>
    </message>
    <message>
        <source>Without an expiration this access will not end by itself. Recommended: the end of the lease.</source>
        <translation>Sin vencimiento, este acceso no terminará por sí solo. Recomendado: el fin del contrato de alquiler.</translation>
    </message>
    <message>
        <source>Times are in the property&apos;s time zone (%1).</source>
        <translation>Las horas están en la zona horaria de la propiedad (%1).</translation>
    </message>
</context>
<context>
    <name>porter::ui::ExpiryDialog</name>
    <message>
        <source>Change Expiration</source>
        <translation>Cambiar vencimiento</translation>
    </message>
    <message>
        <source>When should %1&apos;s key “%2” stop opening its doors?</source>
        <translation>¿Cuándo debe dejar de abrir sus puertas la llave «%2» de %1?</translation>
    </message>
    <message>
        <source>No expiration</source>
        <translation>Sin vencimiento</translation>
    </message>
    <message>
        <source>Current expiration:</source>
        <translation>Vencimiento actual:</translation>
    </message>
    <message>
        <source>Starts:</source>
        <translation>Inicio:</translation>
    </message>
    <message>
        <source>Guest passes on this key that would last longer end at the new expiration: %1.</source>
        <translation>Los accesos de invitado de esta llave que durarían más finalizan en el nuevo vencimiento: %1.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>New expiration</source>
        <translation>Nuevo vencimiento</translation>
    </message>
</context>
<context>
    <name>porter::ui::FieldKitDialog</name>
    <message>
        <source>Build Kit…</source>
        <translation>Crear kit…</translation>
    </message>
    <message>
        <source>Open Kit…</source>
        <translation>Abrir kit…</translation>
    </message>
    <message>
        <source>Check for Newer Changes</source>
        <translation>Buscar cambios más recientes</translation>
    </message>
    <message>
        <source>Deliver to Doors in Range</source>
        <translation>Entregar a las puertas al alcance</translation>
    </message>
    <message>
        <source>Upload Answers</source>
        <translation>Subir respuestas</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <source>Field Kit — %1</source>
        <translation>Kit de campo — %1</translation>
    </message>
    <message>
        <source>Before Going: Build a Kit</source>
        <translation>Antes de salir: crear un kit</translation>
    </message>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source>A field kit carries Porter&apos;s signed updates for every commissioned door of ‘%1’, so you can sync them where there is no internet. It cannot change anyone&apos;s access, and it opens only on this computer, for you.</source>
        <translation>Un kit de campo lleva las actualizaciones firmadas por Porter para todas las puertas en servicio de «%1», para que pueda sincronizarlas donde no hay internet. No puede cambiar el acceso de nadie y solo se abre en este equipo y para usted.</translation>
    </message>
    <message>
        <source>Valid for:</source>
        <translation>Válido durante:</translation>
    </message>
    <message>
        <source>Door</source>
        <translation>Puerta</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>Changes After the Kit</source>
        <translation>Cambios posteriores al kit</translation>
    </message>
    <message>
        <source>At the Door</source>
        <translation>En la puerta</translation>
    </message>
    <message>
        <source>Online: count the changes made to each door after the kit was built. The count is kept in the kit, so you see it at the door without internet.</source>
        <translation>En línea: cuenta los cambios hechos en cada puerta después de crear el kit. El recuento se guarda en el kit, para que lo vea en la puerta sin internet.</translation>
    </message>
    <message>
        <source>At the site: listens for the kit&apos;s doors over Bluetooth and delivers the kit to each door heard, nearest first. No internet needed.</source>
        <translation>En el lugar: busca por Bluetooth las puertas del kit y entrega el kit a cada puerta que oye, de la más cercana a la más lejana. No necesita internet.</translation>
    </message>
    <message>
        <source>Back online: stores what the doors answered. Uploading twice stores nothing twice.</source>
        <translation>De vuelta en línea: guarda lo que respondieron las puertas. Subir dos veces no guarda nada dos veces.</translation>
    </message>
    <message>
        <source>Field kits (*.porterkit)</source>
        <translation>Kits de campo (*.porterkit)</translation>
    </message>
    <message>
        <source>%1 field kit %2.porterkit</source>
        <translation>Kit de campo %1 %2.porterkit</translation>
    </message>
    <message>
        <source>Save the Field Kit</source>
        <translation>Guardar el kit de campo</translation>
    </message>
    <message>
        <source>Open a Field Kit</source>
        <translation>Abrir un kit de campo</translation>
    </message>
    <message>
        <source>Built. Take this computer to the site and press Deliver to Doors in Range near the doors.</source>
        <translation>Creado. Lleve este equipo al lugar y, junto a las puertas, pulse Entregar a las puertas al alcance.</translation>
    </message>
    <message>
        <source>The kit carries every change made so far.</source>
        <translation>El kit lleva todos los cambios hechos hasta ahora.</translation>
    </message>
    <message>
        <source>1 change was made after the kit was built: the kit will not bring it. Build a new kit to include it.</source>
        <translation>Se hizo 1 cambio después de crear el kit: el kit no lo llevará. Cree un kit nuevo para incluirlo.</translation>
    </message>
    <message numerus="yes">
        <source>%n changes were made after the kit was built: the kit will not bring them. Build a new kit to include them.</source>
        <translation>
            <numerusform>Se hizo %n cambio después de crear el kit: el kit no lo llevará. Cree un kit nuevo para incluirlo.</numerusform>
            <numerusform>Se hicieron %n cambios después de crear el kit: el kit no los llevará. Cree un kit nuevo para incluirlos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Uploaded: 1 door took the kit&apos;s version</source>
        <translation>Subido: 1 puerta aplicó la versión del kit</translation>
    </message>
    <message numerus="yes">
        <source>Uploaded: %n doors took the kit&apos;s version</source>
        <translation>
            <numerusform>Subido: %n puerta aplicó la versión del kit</numerusform>
            <numerusform>Subido: %n puertas aplicaron la versión del kit</numerusform>
        </translation>
    </message>
    <message>
        <source>, 1 new activity entry.</source>
        <translation>, 1 entrada de actividad nueva.</translation>
    </message>
    <message numerus="yes">
        <source>, %n new activity entries.</source>
        <translation>
            <numerusform>, %n entrada de actividad nueva.</numerusform>
            <numerusform>, %n entradas de actividad nuevas.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 still needs 1 change: sync it with Porter online.</source>
        <translation>%1 aún necesita 1 cambio: sincronícela con Porter en línea.</translation>
    </message>
    <message numerus="yes">
        <source>%1 still needs %n changes: sync it with Porter online.</source>
        <translation>
            <numerusform>%1 aún necesita %n cambio: sincronícela con Porter en línea.</numerusform>
            <numerusform>%1 aún necesita %n cambios: sincronícela con Porter en línea.</numerusform>
        </translation>
    </message>
    <message>
        <source>No kit open. Build one for ‘%1’, or open a kit you built.</source>
        <translation>Ningún kit abierto. Cree uno para «%1» o abra un kit que haya creado.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: 1 door, built by %2, valid until %3.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: 1 puerta, creado por %2, válido hasta el %3.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt;: %n doors, built by %2, valid until %3.</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;: %n puerta, creado por %2, válido hasta el %3.</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;: %n puertas, creado por %2, válido hasta el %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>Expired: doors refuse it. Build a new kit.</source>
        <translation>Vencido: las puertas lo rechazan. Cree un kit nuevo.</translation>
    </message>
    <message>
        <source>1 answer to upload.</source>
        <translation>1 respuesta por subir.</translation>
    </message>
    <message numerus="yes">
        <source>%n answers to upload.</source>
        <translation>
            <numerusform>%n respuesta por subir.</numerusform>
            <numerusform>%n respuestas por subir.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not in the kit (not commissioned; needs a visit with Porter online): %1</source>
        <translation>Fuera del kit (sin poner en servicio; requiere una visita con Porter en línea): %1</translation>
    </message>
    <message>
        <source>%1 (no change)</source>
        <translation>%1 (sin cambios)</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Sin comprobar</translation>
    </message>
    <message>
        <source>None (checked %1)</source>
        <translation>Ninguno (comprobado el %1)</translation>
    </message>
    <message>
        <source>1 change will not reach this door</source>
        <translation>1 cambio no llegará a esta puerta</translation>
    </message>
    <message numerus="yes">
        <source>%n changes will not reach this door</source>
        <translation>
            <numerusform>%n cambio no llegará a esta puerta</numerusform>
            <numerusform>%n cambios no llegarán a esta puerta</numerusform>
        </translation>
    </message>
    <message>
        <source>Not delivered yet</source>
        <translation>Aún no entregado</translation>
    </message>
    <message>
        <source>Refused the update (%1)</source>
        <translation>Rechazó la actualización (%1)</translation>
    </message>
    <message>
        <source>Took version %1</source>
        <translation>Aplicó la versión %1</translation>
    </message>
    <message>
        <source>Holds version %1</source>
        <translation>Tiene la versión %1</translation>
    </message>
    <message>
        <source>; 1 activity entry</source>
        <translation>; 1 entrada de actividad</translation>
    </message>
    <message numerus="yes">
        <source>; %n activity entries</source>
        <translation>
            <numerusform>; %n entrada de actividad</numerusform>
            <numerusform>; %n entradas de actividad</numerusform>
        </translation>
    </message>
    <message>
        <source>; battery %1%</source>
        <translation>; batería %1%</translation>
    </message>
    <message>
        <source>; uploaded</source>
        <translation>; subido</translation>
    </message>
    <message>
        <source>; to upload</source>
        <translation>; por subir</translation>
    </message>
    <message>
        <source>This kit has expired: doors refuse it. Build a new one with Porter online.</source>
        <translation>Este kit ha vencido: las puertas lo rechazan. Cree uno nuevo con Porter en línea.</translation>
    </message>
    <message>
        <source>Listening for the kit&apos;s doors…</source>
        <translation>Buscando las puertas del kit…</translation>
    </message>
    <message>
        <source>Heard %1 of the kit&apos;s doors (%2)…</source>
        <translation>Puertas del kit oídas: %1 de %2…</translation>
    </message>
    <message>
        <source>No door of this kit was heard. Stand near a door (check that it has power) and try again.</source>
        <translation>No se ha oído ninguna puerta de este kit. Colóquese junto a una puerta (compruebe que tiene alimentación) e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>Delivered to 1 door.</source>
        <translation>Entregado a 1 puerta.</translation>
    </message>
    <message numerus="yes">
        <source>Delivered to %n doors.</source>
        <translation>
            <numerusform>Entregado a %n puerta.</numerusform>
            <numerusform>Entregado a %n puertas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Back online, press Upload Answers.</source>
        <translation>De vuelta en línea, pulse Subir respuestas.</translation>
    </message>
    <message>
        <source>Delivering to ‘%1’…</source>
        <translation>Entregando a «%1»…</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Detenido.</translation>
    </message>
    <message>
        <source>Stopped. The doors answered so far are in the kit.</source>
        <translation>Detenido. Las respuestas que han dado las puertas hasta ahora están en el kit.</translation>
    </message>
</context>
<context>
    <name>porter::ui::FirstRunDialog</name>
    <message>
        <source>Welcome to Porter</source>
        <translation>Le damos la bienvenida a Porter</translation>
    </message>
    <message>
        <source>Set up your portfolio</source>
        <translation>Configure su cartera</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Base de datos: %1</translation>
    </message>
    <message>
        <source>e.g. Acme Living</source>
        <translation>p. ej. Acme Living</translation>
    </message>
    <message>
        <source>Your full name</source>
        <translation>Su nombre completo</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>nombre@example.com</translation>
    </message>
    <message>
        <source>At least 10 characters</source>
        <translation>Al menos 10 caracteres</translation>
    </message>
    <message>
        <source>e.g. Maple Court (optional)</source>
        <translation>p. ej. Maple Court (opcional)</translation>
    </message>
    <message>
        <source>e.g. America/New_York</source>
        <translation>p. ej. America/New_York</translation>
    </message>
    <message>
        <source>Portfolio and your account</source>
        <translation>Cartera y su cuenta</translation>
    </message>
    <message>
        <source>&amp;Portfolio name:</source>
        <translation>Nombre de la &amp;cartera:</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Su &amp;nombre:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>Correo &amp;electrónico:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Con&amp;traseña:</translation>
    </message>
    <message>
        <source>&amp;Confirm password:</source>
        <translation>Con&amp;firmar contraseña:</translation>
    </message>
    <message>
        <source>First property</source>
        <translation>Primera propiedad</translation>
    </message>
    <message>
        <source>P&amp;roperty name:</source>
        <translation>Nombre de la &amp;propiedad:</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>&amp;Zona horaria:</translation>
    </message>
    <message>
        <source>Start and expiration times are entered and shown in the property&apos;s time zone, and doors follow it, including daylight saving time.</source>
        <translation>Las horas de inicio y de vencimiento se introducen y se muestran en la zona horaria de la propiedad, y las puertas la siguen, incluido el horario de verano.</translation>
    </message>
    <message>
        <source>Create Portfolio</source>
        <translation>Crear cartera</translation>
    </message>
    <message>
        <source>The two passwords differ. Type the same password twice.</source>
        <translation>Las dos contraseñas no coinciden. Escriba la misma contraseña dos veces.</translation>
    </message>
    <message>
        <source>Your portfolio was created. The property was not: %1</source>
        <translation>Se creó su cartera, pero no la propiedad: %1</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Co&amp;untry:</source>
        <translation>P&amp;aís:</translation>
    </message>
    <message>
        <source>Porter is ready to use. Create your portfolio (the buildings you manage) and your own account: you become its Portfolio Manager and can add more managers later. If your company already keeps its portfolio on a server, choose Join a Shared Portfolio… instead.</source>
        <translation>Porter está listo para usarse. Cree su cartera (los edificios que gestiona) y su propia cuenta: usted será su Gestor de cartera y podrá añadir más administradores después. Si su empresa ya tiene su cartera en un servidor, elija en su lugar Unirse a una cartera compartida…</translation>
    </message>
    <message>
        <source>Join a &amp;Shared Portfolio…</source>
        <translation>&amp;Unirse a una cartera compartida…</translation>
    </message>
    <message>
        <source>Your company keeps its portfolio on a server: connect to it instead of creating one on this computer</source>
        <translation>Su empresa tiene su cartera en un servidor: conéctese a ella en lugar de crear una en este equipo</translation>
    </message>
</context>
<context>
    <name>porter::ui::GiveDoorAccessDialog</name>
    <message>
        <source>Give Door Access</source>
        <translation>Dar acceso a puertas</translation>
    </message>
    <message>
        <source>&lt;b&gt;Give %1 the door secrets&lt;/b&gt;</source>
        <translation>&lt;b&gt;Dar a %1 los secretos de puerta&lt;/b&gt;</translation>
    </message>
    <message>
        <source>With them, %1 can commission and sync the doors of their properties. Porter gives them to the key of %1&apos;s own computer only.</source>
        <translation>Con ellos, %1 puede poner en servicio y sincronizar las puertas de sus propiedades. Porter los da solo a la clave del propio equipo de %1.</translation>
    </message>
    <message>
        <source>Their key</source>
        <translation>Su clave</translation>
    </message>
    <message>
        <source>Their &amp;key:</source>
        <translation>Su &amp;clave:</translation>
    </message>
    <message>
        <source>&amp;Give Door Access</source>
        <translation>&amp;Dar acceso a puertas</translation>
    </message>
    <message>
        <source>Ask %1 to read out the key their Porter shows in Settings ▸ Security (or porterctl secrets key), and type all of it. Do not copy it from an email or a chat: the point is to hear it from them.</source>
        <translation>Pida a %1 que le lea en voz alta la clave que muestra su Porter en Configuración ▸ Seguridad (o porterctl secrets key) y escríbala completa. No la copie de un correo electrónico ni de un chat: se trata de oírsela a esa persona.</translation>
    </message>
</context>
<context>
    <name>porter::ui::ImportWizard</name>
    <message>
        <source>New invitation</source>
        <translation>Nueva invitación</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Actualización</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Sin cambios</translation>
    </message>
    <message>
        <source>Revoked: left as is</source>
        <translation>Revocada: se deja como está</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Import People — %1</source>
        <translation>Importar personas — %1</translation>
    </message>
    <message>
        <source>Choose the people list</source>
        <translation>Elija la lista de personas</translation>
    </message>
    <message>
        <source>A spreadsheet saved as CSV from Excel, LibreOffice or Numbers, with a header row: first name, last name, email, phone, access method, keys, resident, may share, start, expiration. People already at %1 are matched by email and updated; nothing is written before the preview.</source>
        <translation>Una hoja de cálculo guardada como CSV desde Excel, LibreOffice o Numbers, con una fila de encabezado: nombre, apellidos, correo electrónico, teléfono, método de acceso, llaves, residente, puede compartir, inicio, vencimiento. Las personas que ya están en %1 se reconocen por su correo y se actualizan; nada se escribe antes de la vista previa.</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>Ningún archivo elegido</translation>
    </message>
    <message>
        <source>&amp;Choose File…</source>
        <translation>&amp;Elegir archivo…</translation>
    </message>
    <message>
        <source>Headers may be in English, Spanish or French. Dates are in the property&apos;s time (%1), as YYYY-MM-DD or your spreadsheet&apos;s short date. Several keys go in one cell, separated by semicolons. Up to 20,000 people per file.</source>
        <translation>Los encabezados pueden estar en inglés, español o francés. Las fechas están en la hora de la propiedad (%1), como AAAA-MM-DD o la fecha corta de su hoja de cálculo. Varias llaves van en una celda, separadas por punto y coma. Hasta 20.000 personas por archivo.</translation>
    </message>
    <message>
        <source>Match the columns</source>
        <translation>Relacione las columnas</translation>
    </message>
    <message>
        <source>Porter recognized the columns below by their headers. Pick the field of any column it did not recognize, or leave it ignored.</source>
        <translation>Porter reconoció las columnas de abajo por sus encabezados. Elija el campo de cualquier columna que no reconoció, o déjela ignorada.</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Columna del archivo</translation>
    </message>
    <message>
        <source>First value</source>
        <translation>Primer valor</translation>
    </message>
    <message>
        <source>Imported as</source>
        <translation>Se importa como</translation>
    </message>
    <message>
        <source>Check what will happen</source>
        <translation>Compruebe lo que va a pasar</translation>
    </message>
    <message>
        <source>Nothing has been written yet. Each row shows what the import will do.</source>
        <translation>Todavía no se ha escrito nada. Cada fila muestra lo que hará la importación.</translation>
    </message>
    <message>
        <source>All rows</source>
        <translation>Todas las filas</translation>
    </message>
    <message>
        <source>Rows that change something</source>
        <translation>Filas que cambian algo</translation>
    </message>
    <message>
        <source>Rows with errors</source>
        <translation>Filas con errores</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Fila</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Import the &amp;valid rows only (skip the rows with errors)</source>
        <translation>Importar solo las filas &amp;válidas (omitir las filas con errores)</translation>
    </message>
    <message>
        <source>&amp;Give revoked people in the file their keys again</source>
        <translation>&amp;Devolver sus llaves a las personas revocadas del archivo</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Mostrar:</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Importación terminada</translation>
    </message>
    <message>
        <source>Import People</source>
        <translation>Importar personas</translation>
    </message>
    <message>
        <source>Spreadsheets saved as CSV (*.csv *.txt);;All files (*)</source>
        <translation>Hojas de cálculo guardadas como CSV (*.csv *.txt);;Todos los archivos (*)</translation>
    </message>
    <message numerus="yes">
        <source>Rows: %n. Columns: %1 (%2, separated by “%3”).</source>
        <translation>
            <numerusform>Filas: %n. Columnas: %1 (%2, separadas por «%3»).</numerusform>
            <numerusform>Filas: %n. Columnas: %1 (%2, separadas por «%3»).</numerusform>
        </translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tabulador</translation>
    </message>
    <message>
        <source>Ignored</source>
        <translation>Ignorada</translation>
    </message>
    <message>
        <source>Two columns are imported as %1. Set one of them to Ignored.</source>
        <translation>Dos columnas se importan como %1. Ponga una de ellas en Ignorada.</translation>
    </message>
    <message>
        <source>Choose the column that holds the email: people are found and invited by it.</source>
        <translation>Elija la columna que contiene el correo electrónico: las personas se buscan e invitan por él.</translation>
    </message>
    <message>
        <source>Fix the rows with errors in the spreadsheet and choose the file again, or import the valid rows only.</source>
        <translation>Corrija las filas con errores en la hoja de cálculo y vuelva a elegir el archivo, o importe solo las filas válidas.</translation>
    </message>
    <message>
        <source>Nothing to import: everyone in the file is already at %1 as the file says.</source>
        <translation>Nada que importar: todas las personas del archivo ya están en %1 tal como dice el archivo.</translation>
    </message>
    <message numerus="yes">
        <source>Offline doors to sync afterwards, once each: %n.</source>
        <translation>
            <numerusform>Puertas sin conexión que sincronizar después, una vez cada una: %n.</numerusform>
            <numerusform>Puertas sin conexión que sincronizar después, una vez cada una: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>No se importó nada.</translation>
    </message>
    <message>
        <source>Nothing was imported: %1.</source>
        <translation>No se importó nada: %1.</translation>
    </message>
    <message>
        <source>Imported: %1.</source>
        <translation>Importado: %1.</translation>
    </message>
    <message numerus="yes">
        <source>Welcome emails queued: %n.</source>
        <translation>
            <numerusform>Correos de bienvenida en cola: %n.</numerusform>
            <numerusform>Correos de bienvenida en cola: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync these offline doors once: %1.</source>
        <translation>Sincronice una vez estas puertas sin conexión: %1.</translation>
    </message>
    <message numerus="yes">
        <source>Rows with errors, skipped: %n.</source>
        <translation>
            <numerusform>Filas con errores, omitidas: %n.</numerusform>
            <numerusform>Filas con errores, omitidas: %n.</numerusform>
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
        <translation>&amp;Aplicación Porter</translation>
    </message>
    <message>
        <source>Daily &amp;doorcode</source>
        <translation>&amp;Código de puerta diario</translation>
    </message>
    <message>
        <source>&amp;Resident of this property</source>
        <translation>&amp;Residente de esta propiedad</translation>
    </message>
    <message>
        <source>May &amp;share keys with guests</source>
        <translation>Puede com&amp;partir llaves con invitados</translation>
    </message>
    <message>
        <source>&amp;Now</source>
        <translation>A&amp;hora</translation>
    </message>
    <message>
        <source>&amp;Later, on:</source>
        <translation>&amp;Más tarde, el:</translation>
    </message>
    <message>
        <source>Access &amp;expires on:</source>
        <translation>El acceso &amp;vence el:</translation>
    </message>
    <message>
        <source>Invite Someone to %1</source>
        <translation>Invitar a alguien a %1</translation>
    </message>
    <message>
        <source>Access method</source>
        <translation>Método de acceso</translation>
    </message>
    <message>
        <source>Opens doors from their phone; the welcome email has the app login.</source>
        <translation>Abre las puertas desde su teléfono; el correo de bienvenida incluye los datos de acceso a la aplicación.</translation>
    </message>
    <message>
        <source>A new keypad code every day, sent to them; no smartphone needed.</source>
        <translation>Un código de teclado nuevo cada día, que se le envía; no necesita smartphone.</translation>
    </message>
    <message>
        <source>Contact details</source>
        <translation>Datos de contacto</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>nombre@example.com</translation>
    </message>
    <message>
        <source>e.g. (212) 555-0142 or +1 212 555 0142</source>
        <translation>p. ej. (212) 555-0142 o +1 212 555 0142</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Apellidos</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>&amp;Teléfono:</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Llaves</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Llave</translation>
    </message>
    <message>
        <source>Doors</source>
        <translation>Puertas</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Horario</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Always</source>
        <translation>Siempre</translation>
    </message>
    <message>
        <source>Cannot be shared with guests.</source>
        <translation>No se puede compartir con invitados.</translation>
    </message>
    <message>
        <source>Doorcodes are not allowed with this key.</source>
        <translation>Esta llave no admite códigos de puerta.</translation>
    </message>
    <message>
        <source>Some of its doors are offline and need a door sync.</source>
        <translation>Algunas de sus puertas están sin conexión y necesitan sincronizarse.</translation>
    </message>
    <message>
        <source>Resident and sharing</source>
        <translation>Residente y uso compartido</translation>
    </message>
    <message>
        <source>A resident&apos;s activity at their own residence doors stays private.</source>
        <translation>La actividad de un residente en las puertas de su propia vivienda se mantiene privada.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Times are in the property&apos;s time zone: %1. With a later start, the welcome email still goes out today.</source>
        <translation>Las horas están en la zona horaria de la propiedad: %1. Aunque el inicio sea posterior, el correo de bienvenida se envía hoy.</translation>
    </message>
    <message>
        <source>Expiration</source>
        <translation>Vencimiento</translation>
    </message>
    <message>
        <source>Invite someone to %1</source>
        <translation>Invitar a alguien a %1</translation>
    </message>
    <message>
        <source>Send Invitation</source>
        <translation>Enviar invitación</translation>
    </message>
    <message>
        <source>Access ends by itself at this time (%1), even at doors that have not been synced.</source>
        <translation>El acceso termina automáticamente a esta hora (%1), incluso en las puertas que no se han sincronizado.</translation>
    </message>
    <message>
        <source>Recommended: set an expiration date, such as the end of the lease, so access is removed automatically on the right day.</source>
        <translation>Recomendado: establezca una fecha de vencimiento, como el fin del contrato de alquiler, para que el acceso se retire automáticamente el día correcto.</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Ema&amp;il:</source>
        <translation>Correo &amp;electrónico:</translation>
    </message>
    <message>
        <source>This property has no keys yet. Create one, and it is ticked here.</source>
        <translation>Esta propiedad aún no tiene llaves. Cree una y quedará marcada aquí.</translation>
    </message>
    <message>
        <source>This property has no keys yet. %1</source>
        <translation>Esta propiedad aún no tiene llaves. %1</translation>
    </message>
    <message>
        <source>Create a &amp;Key…</source>
        <translation>Crear una &amp;llave…</translation>
    </message>
    <message>
        <source>Create a key: its doors, weekly schedule and options</source>
        <translation>Crear una llave: sus puertas, su horario semanal y sus opciones</translation>
    </message>
    <message>
        <source>Start date and time</source>
        <translation>Fecha y hora de inicio</translation>
    </message>
    <message>
        <source>Expiration date and time</source>
        <translation>Fecha y hora de vencimiento</translation>
    </message>
    <message>
        <source>Tick at least one key.</source>
        <translation>Marque al menos una llave.</translation>
    </message>
    <message>
        <source>The start is in the past. Choose Now, or a later time.</source>
        <translation>El inicio ya ha pasado. Elija Ahora o una hora posterior.</translation>
    </message>
    <message>
        <source>Language for emails</source>
        <translation>Idioma de los correos</translation>
    </message>
    <message>
        <source>The welcome email and the daily doorcodes are written in this language</source>
        <translation>El correo de bienvenida y los códigos de puerta diarios se escriben en este idioma</translation>
    </message>
    <message>
        <source>Lan&amp;guage for emails:</source>
        <translation>&amp;Idioma de los correos:</translation>
    </message>
</context>
<context>
    <name>porter::ui::KeyDialog</name>
    <message>
        <source>New Key for %1</source>
        <translation>Nueva llave para %1</translation>
    </message>
    <message>
        <source>Edit Key “%1”</source>
        <translation>Editar llave «%1»</translation>
    </message>
    <message>
        <source>e.g. Residents — Building A, Gym, Cleaning staff</source>
        <translation>p. ej. Residentes — Edificio A, Gimnasio, Personal de limpieza</translation>
    </message>
    <message>
        <source>Key name</source>
        <translation>Nombre de la llave</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>Doors</source>
        <translation>Puertas</translation>
    </message>
    <message>
        <source>Doors this key opens</source>
        <translation>Puertas que abre esta llave</translation>
    </message>
    <message>
        <source>&amp;Opens these doors:</source>
        <translation>&amp;Abre estas puertas:</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <extracomment>A door in the key dialog: its name and type, e.g. &quot;Gym · Communal&quot;</extracomment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Offline: learns a change to this key at its next door sync.</source>
        <translation>Sin conexión: recibe los cambios de esta llave en su próxima sincronización de puertas.</translation>
    </message>
    <message>
        <source>Online: learns a change to this key over the internet.</source>
        <translation>En línea: recibe los cambios de esta llave por internet.</translation>
    </message>
    <message>
        <source>This property has no doors yet. Add its doors first (porterctl door add), then create its keys.</source>
        <translation>Esta propiedad aún no tiene puertas. Añada primero sus puertas (porterctl door add) y luego cree sus llaves.</translation>
    </message>
    <message>
        <source>Weekly schedule</source>
        <translation>Horario semanal</translation>
    </message>
    <message>
        <source>Hours are in the property&apos;s time zone: %1.</source>
        <translation>Las horas están en la zona horaria de la propiedad: %1.</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Opciones</translation>
    </message>
    <message>
        <source>Doorcodes &amp;allowed</source>
        <translation>Códigos de puerta &amp;permitidos</translation>
    </message>
    <message>
        <source>When off, this key&apos;s doors do not open with a daily doorcode, only with the app or a keycard.</source>
        <translation>Si está desactivada, las puertas de esta llave no se abren con un código de puerta diario, solo con la aplicación o una tarjeta de acceso.</translation>
    </message>
    <message>
        <source>May be &amp;shared with guests</source>
        <translation>Se puede &amp;compartir con invitados</translation>
    </message>
    <message>
        <source>When on, residents who may share keys can give this one to their guests.</source>
        <translation>Si está activada, los residentes que pueden compartir llaves pueden darla a sus invitados.</translation>
    </message>
    <message>
        <source>Save Key</source>
        <translation>Guardar llave</translation>
    </message>
    <message>
        <source>Create Key</source>
        <translation>Crear llave</translation>
    </message>
    <message>
        <source>Edit Key</source>
        <translation>Editar llave</translation>
    </message>
    <message>
        <source>The key “%1” was not saved.</source>
        <translation>No se guardó la llave «%1».</translation>
    </message>
    <message>
        <source>Key Changed Elsewhere</source>
        <translation>Llave modificada por otra persona</translation>
    </message>
    <message>
        <source>Someone else changed the key “%1” while you were editing it.</source>
        <translation>Otra persona modificó la llave «%1» mientras usted la editaba.</translation>
    </message>
    <message>
        <source>%1
Your changes were not saved. The form now shows the key as it is now: make your changes again and save.</source>
        <translation>%1
No se guardaron sus cambios. El formulario muestra ahora la llave tal como está: vuelva a hacer sus cambios y guárdelos.</translation>
    </message>
    <message>
        <source>Reloaded: someone else changed this key. Make your changes again.</source>
        <translation>Se ha vuelto a cargar: otra persona modificó esta llave. Vuelva a hacer sus cambios.</translation>
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
            <numerusform>%1 y %n más</numerusform>
            <numerusform>%1 y %n más</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Create a Key…</source>
        <translation>&amp;Crear una llave…</translation>
    </message>
    <message>
        <source>&amp;New Key…</source>
        <translation>&amp;Nueva llave…</translation>
    </message>
    <message>
        <source>&amp;Edit Key…</source>
        <translation>&amp;Editar llave…</translation>
    </message>
    <message>
        <source>&amp;Delete Key…</source>
        <translation>E&amp;liminar llave…</translation>
    </message>
    <message>
        <source>A key is a set of doors and the hours they open. Give keys to people when you invite them; a change to a key applies to everyone who holds it.</source>
        <translation>Una llave es un conjunto de puertas y las horas en que se abren. Dé llaves a las personas al invitarlas; un cambio en una llave se aplica a todos los que la tienen.</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Llaves</translation>
    </message>
    <message>
        <source>No keys yet</source>
        <translation>Todavía no hay llaves</translation>
    </message>
    <message>
        <source>Holders of the selected key</source>
        <translation>Titulares de la llave seleccionada</translation>
    </message>
    <message>
        <source>Keys — %1</source>
        <translation>Llaves — %1</translation>
    </message>
    <message>
        <source>You can see this property&apos;s keys but not change them. %1</source>
        <translation>Puede ver las llaves de esta propiedad, pero no modificarlas. %1</translation>
    </message>
    <message>
        <source>Holders</source>
        <translation>Titulares</translation>
    </message>
    <message>
        <source>Select a key to see who holds it.</source>
        <translation>Seleccione una llave para ver quién la tiene.</translation>
    </message>
    <message>
        <source>Who holds a key shows here once the property has keys.</source>
        <translation>Aquí se mostrará quién tiene cada llave cuando la propiedad tenga llaves.</translation>
    </message>
    <message>
        <source>Who holds “%1”</source>
        <extracomment>Title above the holders of the selected key, e.g. &quot;Who holds “Gym”&quot;</extracomment>
        <translation>Quién tiene «%1»</translation>
    </message>
    <message>
        <source>Nobody holds this key. Give it to people when you invite them.</source>
        <translation>Nadie tiene esta llave. Dela a las personas al invitarlas.</translation>
    </message>
    <message>
        <source>1 person</source>
        <translation>1 persona</translation>
    </message>
    <message numerus="yes">
        <source>%n people</source>
        <translation>
            <numerusform>%n persona</numerusform>
            <numerusform>%n personas</numerusform>
        </translation>
    </message>
    <message>
        <source>1 guest</source>
        <translation>1 invitado</translation>
    </message>
    <message numerus="yes">
        <source>%n guests</source>
        <translation>
            <numerusform>%n invitado</numerusform>
            <numerusform>%n invitados</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 hold this key now or from a later start. Double-click someone to open them on the People page.</source>
        <extracomment>%1 &quot;3 people&quot; (or &quot;1 person&quot;), %2 &quot;2 guests&quot; (or &quot;1 guest&quot;)</extracomment>
        <translation>Tienen esta llave, ahora o a partir de un inicio posterior: %1. Haga doble clic en alguien para abrirlo en la página Personas.</translation>
    </message>
    <message>
        <source>%1 and %2 hold this key now or from a later start. Double-click someone to open them on the People page.</source>
        <translation>Tienen esta llave, ahora o a partir de un inicio posterior: %1 y %2. Haga doble clic en alguien para abrirlo en la página Personas.</translation>
    </message>
    <message>
        <source>Create a key: its doors, weekly schedule and options (%1)</source>
        <translation>Crear una llave: sus puertas, su horario semanal y sus opciones (%1)</translation>
    </message>
    <message>
        <source>Change the selected key&apos;s name, doors, schedule or options (%1)</source>
        <translation>Cambiar el nombre, las puertas, el horario o las opciones de la llave seleccionada (%1)</translation>
    </message>
    <message>
        <source>Select a key to edit it.</source>
        <translation>Seleccione una llave para editarla.</translation>
    </message>
    <message>
        <source>Delete the selected key; everyone who holds it loses it (%1)</source>
        <translation>Eliminar la llave seleccionada; todos los que la tienen la pierden (%1)</translation>
    </message>
    <message>
        <source>Select a key to delete it.</source>
        <translation>Seleccione una llave para eliminarla.</translation>
    </message>
    <message>
        <source>A key is a set of doors and the hours they open. Create the first one, then give it to people when you invite them.</source>
        <translation>Una llave es un conjunto de puertas y las horas en que se abren. Cree la primera y luego dela a las personas al invitarlas.</translation>
    </message>
    <message>
        <source>Keys are created by a manager with Full Key Management. %1</source>
        <translation>Las llaves las crea un administrador con gestión de llaves completa. %1</translation>
    </message>
    <message>
        <source>No offline door needs a sync for this.</source>
        <translation>Ninguna puerta sin conexión necesita sincronizarse por esto.</translation>
    </message>
    <message>
        <source>Sync these offline doors so they learn the change: %1.</source>
        <translation>Sincronice estas puertas sin conexión para que reciban el cambio: %1.</translation>
    </message>
    <message>
        <source>Key “%1” created. Nobody holds it yet, so no door needs a sync; give it to people when you invite them.</source>
        <translation>Llave «%1» creada. Todavía no la tiene nadie, así que ninguna puerta necesita sincronizarse; dela a las personas al invitarlas.</translation>
    </message>
    <message>
        <source>Edit Key</source>
        <translation>Editar llave</translation>
    </message>
    <message>
        <source>This key cannot be edited.</source>
        <translation>Esta llave no se puede editar.</translation>
    </message>
    <message>
        <source>Key “%1” was not changed.</source>
        <translation>La llave «%1» no se ha modificado.</translation>
    </message>
    <message>
        <source>Key “%1” saved.</source>
        <translation>Llave «%1» guardada.</translation>
    </message>
    <message>
        <source>Key “%1” saved: the change applies to the 1 person who holds it.</source>
        <translation>Llave «%1» guardada: el cambio se aplica a la persona que la tiene.</translation>
    </message>
    <message numerus="yes">
        <source>Key “%1” saved: the change applies to the %n people who hold it.</source>
        <translation>
            <numerusform>Llave «%1» guardada: el cambio se aplica a la %n persona que la tiene.</numerusform>
            <numerusform>Llave «%1» guardada: el cambio se aplica a las %n personas que la tienen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody holds this key, so nobody loses access.</source>
        <translation>Nadie tiene esta llave, así que nadie pierde el acceso.</translation>
    </message>
    <message>
        <source>1 person holds this key and loses access to its doors through it: %1.</source>
        <translation>1 persona tiene esta llave y pierde el acceso a sus puertas a través de ella: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n people hold this key and lose access to its doors through it: %1.</source>
        <translation>
            <numerusform>%n persona tiene esta llave y pierde el acceso a sus puertas a través de ella: %1.</numerusform>
            <numerusform>%n personas tienen esta llave y pierden el acceso a sus puertas a través de ella: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>1 guest loses their guest pass of this key: %1.</source>
        <translation>1 invitado pierde su acceso de invitado con esta llave: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n guests lose their guest pass of this key: %1.</source>
        <translation>
            <numerusform>%n invitado pierde su acceso de invitado con esta llave: %1.</numerusform>
            <numerusform>%n invitados pierden su acceso de invitado con esta llave: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Doors they open with other keys stay open to them.</source>
        <translation>Las puertas que abren con otras llaves les siguen abriendo.</translation>
    </message>
    <message>
        <source>Its doors are online: they learn the change without a door sync.</source>
        <translation>Sus puertas están en línea: reciben el cambio sin sincronizarlas.</translation>
    </message>
    <message>
        <source>Afterwards, sync these offline doors, which let the holders in until then: %1.</source>
        <translation>Después, sincronice estas puertas sin conexión, que hasta entonces seguirán dejando entrar a los titulares: %1.</translation>
    </message>
    <message>
        <source>A deleted key cannot be given again; its past activity stays in Activity.</source>
        <translation>Una llave eliminada no se puede volver a dar; su actividad pasada se conserva en Actividad.</translation>
    </message>
    <message>
        <source>Delete Key</source>
        <translation>Eliminar llave</translation>
    </message>
    <message>
        <source>Delete the key “%1”?</source>
        <translation>¿Eliminar la llave «%1»?</translation>
    </message>
    <message>
        <source>The key “%1” was not deleted.</source>
        <translation>La llave «%1» no se ha eliminado.</translation>
    </message>
    <message>
        <source>Key “%1” deleted.</source>
        <translation>Llave «%1» eliminada.</translation>
    </message>
    <message>
        <source>Key “%1” deleted: 1 person lost access through it.</source>
        <translation>Llave «%1» eliminada: 1 persona ha perdido el acceso a través de ella.</translation>
    </message>
    <message numerus="yes">
        <source>Key “%1” deleted: %n people lost access through it.</source>
        <translation>
            <numerusform>Llave «%1» eliminada: %n persona ha perdido el acceso a través de ella.</numerusform>
            <numerusform>Llave «%1» eliminada: %n personas han perdido el acceso a través de ella.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>porter::ui::MailDelivery</name>
    <message>
        <source>Sending 1 email…</source>
        <translation>Enviando 1 correo…</translation>
    </message>
    <message numerus="yes">
        <source>Sending %n emails…</source>
        <translation>
            <numerusform>Enviando %n correo…</numerusform>
            <numerusform>Enviando %n correos…</numerusform>
        </translation>
    </message>
    <message>
        <source>Email not set up — Settings</source>
        <extracomment>Status bar; clicking it opens Settings</extracomment>
        <translation>Correo no configurado — Configuración</translation>
    </message>
    <message>
        <source>Email: %1 failed</source>
        <extracomment>Status bar; clicking it shows the failed emails in the Outbox</extracomment>
        <translation>Correo: %1 con error</translation>
    </message>
    <message>
        <source>Email: 1 waiting to be sent again</source>
        <translation>Correo: 1 pendiente de reenvío</translation>
    </message>
    <message numerus="yes">
        <source>Email: %n waiting to be sent again</source>
        <translation>
            <numerusform>Correo: %n pendiente de reenvío</numerusform>
            <numerusform>Correo: %n pendientes de reenvío</numerusform>
        </translation>
    </message>
    <message>
        <source>Porter cannot send welcome emails and daily doorcodes until a mail server is set up. Click to open File ▸ Settings ▸ Email.</source>
        <translation>Porter no puede enviar correos de bienvenida ni códigos de puerta diarios hasta que se configure un servidor de correo. Haga clic para abrir Archivo ▸ Configuración ▸ Correo electrónico.</translation>
    </message>
    <message>
        <source>The mail server refused some emails for good. Click to see them and the server&apos;s reason in the Outbox.</source>
        <translation>El servidor de correo rechazó definitivamente algunos correos. Haga clic para verlos, junto con el motivo del servidor, en la Bandeja de salida.</translation>
    </message>
    <message>
        <source>Porter sends the emails in the background; you can keep working.</source>
        <translation>Porter envía los correos en segundo plano; puede seguir trabajando.</translation>
    </message>
</context>
<context>
    <name>porter::ui::MailSettingsPage</name>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Borrar</translation>
    </message>
    <message>
        <source>&amp;Verify the server&apos;s certificate</source>
        <translation>&amp;Verificar el certificado del servidor</translation>
    </message>
    <message>
        <source>Send &amp;Test Email…</source>
        <translation>Enviar correo de &amp;prueba…</translation>
    </message>
    <message>
        <source>e.g. smtp.example.com</source>
        <translation>p. ej., smtp.example.com</translation>
    </message>
    <message>
        <source>Mail server</source>
        <translation>Servidor de correo</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Puerto</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Seguridad</translation>
    </message>
    <message>
        <source>STARTTLS (usually port 587)</source>
        <translation>STARTTLS (normalmente puerto 587)</translation>
    </message>
    <message>
        <source>SSL/TLS (usually port 465)</source>
        <translation>SSL/TLS (normalmente puerto 465)</translation>
    </message>
    <message>
        <source>None — not encrypted</source>
        <translation>Ninguna — sin cifrar</translation>
    </message>
    <message>
        <source>Without encryption, the password, the activation codes and the daily doorcodes cross the network in clear text: anyone on the way can read them. Use this only for a mail server on this computer.</source>
        <translation>Sin cifrado, la contraseña, los códigos de activación y los códigos de puerta diarios viajan por la red como texto sin cifrar: cualquiera en el camino puede leerlos. Úselo solo para un servidor de correo en este equipo.</translation>
    </message>
    <message>
        <source>Empty if the server needs no sign-in</source>
        <translation>Vacío si el servidor no requiere inicio de sesión</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Remove the stored password when you choose OK</source>
        <translation>Elimina la contraseña guardada cuando pulse Aceptar</translation>
    </message>
    <message>
        <source>e.g. access@harbor-residential.example</source>
        <translation>p. ej., access@harbor-residential.example</translation>
    </message>
    <message>
        <source>From address</source>
        <translation>Dirección del remitente</translation>
    </message>
    <message>
        <source>e.g. Harbor Residential</source>
        <translation>p. ej., Harbor Residential</translation>
    </message>
    <message>
        <source>From name</source>
        <translation>Nombre del remitente</translation>
    </message>
    <message>
        <source> s</source>
        <extracomment>Seconds, after a number: &quot;30 s&quot;</extracomment>
        <translation> s</translation>
    </message>
    <message>
        <source>Timeout in seconds</source>
        <translation>Tiempo de espera en segundos</translation>
    </message>
    <message>
        <source>Porter will not check that it is talking to your mail server: someone on the network could pose as it and read the emails and the password. Turn this off only for a test server.</source>
        <translation>Porter no comprobará que se está comunicando con su servidor de correo: alguien en la red podría hacerse pasar por él y leer los correos y la contraseña. Desactive esta opción solo para un servidor de prueba.</translation>
    </message>
    <message>
        <source>Daily doorcode send time</source>
        <translation>Hora de envío del código de puerta diario</translation>
    </message>
    <message>
        <source>Send a short email through this server now, to check the settings</source>
        <translation>Enviar ahora un correo breve a través de este servidor para comprobar la configuración</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>Pue&amp;rto:</translation>
    </message>
    <message>
        <source>Mail &amp;server:</source>
        <translation>&amp;Servidor de correo:</translation>
    </message>
    <message>
        <source>Se&amp;curity:</source>
        <translation>Se&amp;guridad:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Usuario:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Con&amp;traseña:</translation>
    </message>
    <message>
        <source>T&amp;imeout:</source>
        <translation>Tiempo de &amp;espera:</translation>
    </message>
    <message>
        <source>Company CA file</source>
        <translation>Archivo de CA de la empresa</translation>
    </message>
    <message>
        <source>Empty: the certificates this computer trusts</source>
        <translation>Vacío: los certificados en los que confía este equipo</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>Eleg&amp;ir…</translation>
    </message>
    <message>
        <source>Choose the certificate (PEM) of your company&apos;s certificate authority</source>
        <translation>Elegir el certificado (PEM) de la autoridad de certificación de su empresa</translation>
    </message>
    <message>
        <source>Com&amp;pany CA file:</source>
        <translation>Archivo de CA de la e&amp;mpresa:</translation>
    </message>
    <message>
        <source>Emails Porter sends</source>
        <translation>Correos que envía Porter</translation>
    </message>
    <message>
        <source>&amp;From address:</source>
        <translation>&amp;Dirección del remitente:</translation>
    </message>
    <message>
        <source>From &amp;name:</source>
        <translation>&amp;Nombre del remitente:</translation>
    </message>
    <message>
        <source>&amp;Daily doorcodes at:</source>
        <translation>&amp;Códigos de puerta diarios a las:</translation>
    </message>
    <message>
        <source>People with doorcode access get the day&apos;s code each morning at this time, in each property&apos;s own time zone, while Porter is open (or from a scheduled porterctl doorcodes send-daily).</source>
        <translation>Las personas con acceso por código de puerta reciben el código del día cada mañana a esta hora, en la zona horaria de cada propiedad, mientras Porter está abierto (o mediante una tarea programada con porterctl doorcodes send-daily).</translation>
    </message>
    <message>
        <source>None (removed when you choose OK)</source>
        <translation>Ninguna (se eliminará al elegir Aceptar)</translation>
    </message>
    <message>
        <source>Company CA File</source>
        <translation>Archivo de CA de la empresa</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Certificados (*.pem *.crt *.cer);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>None stored</source>
        <translation>Ninguna guardada</translation>
    </message>
    <message>
        <source>Send Test Email</source>
        <translation>Enviar correo de prueba</translation>
    </message>
    <message>
        <source>Send a test email to:</source>
        <translation>Enviar un correo de prueba a:</translation>
    </message>
    <message>
        <source>The test email to %1 was not sent: %2</source>
        <translation>No se envió el correo de prueba a %1: %2</translation>
    </message>
    <message>
        <source>Sending a test email to %1… You can keep working meanwhile.</source>
        <translation>Enviando un correo de prueba a %1… Mientras tanto, puede seguir trabajando.</translation>
    </message>
    <message>
        <source>The test email to %1 was accepted by the server.</source>
        <translation>El servidor aceptó el correo de prueba a %1.</translation>
    </message>
    <message>
        <source>The test email to %1 was accepted. The server answered: %2</source>
        <translation>Se aceptó el correo de prueba a %1. Respuesta del servidor: %2</translation>
    </message>
    <message>
        <source>Stored in the system keychain</source>
        <translation>Guardada en el llavero del sistema</translation>
    </message>
    <message>
        <source>Stored, encrypted</source>
        <translation>Guardada y cifrada</translation>
    </message>
    <message>
        <source>Type a new password to replace the stored one. It is kept in the system keychain where one answers, otherwise encrypted.</source>
        <translation>Escriba una contraseña nueva para reemplazar la guardada. Se guarda en el llavero del sistema si responde; si no, cifrada.</translation>
    </message>
    <message>
        <source>The mail server&apos;s password, if it asks for one. It is kept in the system keychain where one answers, otherwise encrypted.</source>
        <translation>La contraseña del servidor de correo, si la pide. Se guarda en el llavero del sistema si responde; si no, cifrada.</translation>
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
        <translation>Propiedades</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Hide this message</source>
        <translation>Ocultar este mensaje</translation>
    </message>
    <message>
        <source>Signed in as %1 · %2</source>
        <extracomment>Status bar: &quot;Signed in as &lt;name&gt; · &lt;role&gt;&quot;</extracomment>
        <translation>Sesión iniciada como %1 · %2</translation>
    </message>
    <message>
        <source>%1
%2, %3</source>
        <translation>%1
%2, %3</translation>
    </message>
    <message>
        <source>Device Management</source>
        <translation>gestión de dispositivos</translation>
    </message>
    <message>
        <source>no Device Management</source>
        <translation>sin gestión de dispositivos</translation>
    </message>
    <message>
        <source>This portfolio has no properties yet. Add one with porterctl property add, then choose Refresh.</source>
        <translation>Esta cartera aún no tiene propiedades. Añada una con porterctl property add y luego elija Actualizar.</translation>
    </message>
    <message>
        <source>No property is assigned to you yet. Ask a Portfolio Manager to assign one.</source>
        <translation>Todavía no tiene ninguna propiedad asignada. Pida a un Gestor de cartera que le asigne una.</translation>
    </message>
    <message>
        <source>&amp;Invite…</source>
        <translation>&amp;Invitar…</translation>
    </message>
    <message>
        <source>Invite someone to this property and give them keys (%1)</source>
        <translation>Invitar a alguien a esta propiedad y darle llaves (%1)</translation>
    </message>
    <message>
        <source>&amp;Revoke All Keys…</source>
        <translation>&amp;Revocar todas las llaves…</translation>
    </message>
    <message>
        <source>End every key of the selected person and the guest access they gave (%1)</source>
        <translation>Finalizar todas las llaves de la persona seleccionada y los accesos de invitado que haya concedido (%1)</translation>
    </message>
    <message>
        <source>&amp;Delete Person…</source>
        <translation>&amp;Eliminar persona…</translation>
    </message>
    <message>
        <source>Remove the selected person from People (%1)</source>
        <translation>Quitar a la persona seleccionada de Personas (%1)</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <source>Reload properties, people and door sync tasks (%1)</source>
        <translation>Volver a cargar propiedades, personas y tareas de sincronización de puertas (%1)</translation>
    </message>
    <message>
        <source>&amp;Find Person</source>
        <translation>&amp;Buscar persona</translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation>&amp;Abrir base de datos…</translation>
    </message>
    <message>
        <source>Sign &amp;Out</source>
        <translation>C&amp;errar sesión</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;People</source>
        <translation>&amp;Personas</translation>
    </message>
    <message>
        <source>Show &amp;Expired Users</source>
        <translation>Mostrar usuarios &amp;vencidos</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;About Porter</source>
        <translation>&amp;Acerca de Porter</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>Time zone: %1</source>
        <translation>Zona horaria: %1</translation>
    </message>
    <message>
        <source>%1 · Time zone: %2</source>
        <translation>%1 · Zona horaria: %2</translation>
    </message>
    <message>
        <source>%1 — Porter</source>
        <translation>%1 — Porter</translation>
    </message>
    <message>
        <source>Door sync tasks unavailable: %1</source>
        <translation>Tareas de sincronización de puertas no disponibles: %1</translation>
    </message>
    <message>
        <source>All doors are in sync</source>
        <translation>Todas las puertas están sincronizadas</translation>
    </message>
    <message>
        <source>%1: 1 pending change</source>
        <translation>%1: 1 cambio pendiente</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n pending changes</source>
        <translation>
            <numerusform>%1: %n cambio pendiente</numerusform>
            <numerusform>%1: %n cambios pendientes</numerusform>
        </translation>
    </message>
    <message>
        <source>1 door needs a sync</source>
        <translation>1 puerta necesita sincronizarse</translation>
    </message>
    <message numerus="yes">
        <source>%n doors need a sync</source>
        <translation>
            <numerusform>%n puerta necesita sincronizarse</numerusform>
            <numerusform>%n puertas necesitan sincronizarse</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n due today)</source>
        <translation>
            <numerusform>%1 (%n para hoy)</numerusform>
            <numerusform>%1 (%n para hoy)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · 1 door alarm</source>
        <translation>%1 · 1 alarma de puerta</translation>
    </message>
    <message>
        <source>%1 · %2 door alarms</source>
        <translation>%1 · %2 alarmas de puerta</translation>
    </message>
    <message>
        <source>door %1</source>
        <translation>puerta %1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>%1 was invited. The welcome email is queued.</source>
        <translation>Se ha invitado a %1. El correo de bienvenida está en la cola de envío.</translation>
    </message>
    <message>
        <source>Sync these doors on the day access starts: %1.</source>
        <translation>Sincronice estas puertas el día en que empiece el acceso: %1.</translation>
    </message>
    <message>
        <source>%1 will no longer open any door of %2 once the doors have been synced.</source>
        <translation>%1 ya no podrá abrir ninguna puerta de %2 una vez que se sincronicen las puertas.</translation>
    </message>
    <message>
        <source>%1 stays listed under “Show expired users”, and you can give them keys again later.</source>
        <translation>%1 seguirá apareciendo en «Mostrar usuarios vencidos» y podrá volver a darle llaves más adelante.</translation>
    </message>
    <message>
        <source>Afterwards, sync the affected offline doors: until then they still let %1 in.</source>
        <translation>Después, sincronice las puertas sin conexión afectadas: hasta entonces seguirán dejando entrar a %1.</translation>
    </message>
    <message>
        <source>Revoke All Keys</source>
        <translation>Revocar todas las llaves</translation>
    </message>
    <message>
        <source>Revoke all keys of %1?</source>
        <translation>¿Revocar todas las llaves de %1?</translation>
    </message>
    <message>
        <source>The keys of %1 were not revoked.</source>
        <translation>No se revocaron las llaves de %1.</translation>
    </message>
    <message>
        <source>Keys of %1 revoked: 1 key ended.</source>
        <translation>Llaves de %1 revocadas: 1 llave finalizada.</translation>
    </message>
    <message numerus="yes">
        <source>Keys of %1 revoked: %n keys ended.</source>
        <translation>
            <numerusform>Llaves de %1 revocadas: %n llave finalizada.</numerusform>
            <numerusform>Llaves de %1 revocadas: %n llaves finalizadas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync these doors to remove the access from them: %1.</source>
        <translation>Sincronice estas puertas para retirar el acceso de ellas: %1.</translation>
    </message>
    <message>
        <source>%1 is removed from People and loses access to every door once the doors have been synced.</source>
        <translation>%1 se quita de Personas y pierde el acceso a todas las puertas una vez que se sincronicen.</translation>
    </message>
    <message>
        <source>Afterwards, sync the affected offline doors.</source>
        <translation>Después, sincronice las puertas sin conexión afectadas.</translation>
    </message>
    <message>
        <source>Delete Person</source>
        <translation>Eliminar persona</translation>
    </message>
    <message>
        <source>Delete %1?</source>
        <translation>¿Eliminar a %1?</translation>
    </message>
    <message>
        <source>%1 was not deleted.</source>
        <translation>No se eliminó a %1.</translation>
    </message>
    <message>
        <source>%1 was deleted.</source>
        <translation>Se eliminó a %1.</translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation>Abrir base de datos</translation>
    </message>
    <message>
        <source>Porter databases (*.sqlite *.db);;All files (*)</source>
        <translation>Bases de datos de Porter (*.sqlite *.db);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source> (holds the old doorcode secret)</source>
        <translation> (tiene el secreto antiguo de los códigos de puerta)</translation>
    </message>
    <message>
        <source>People</source>
        <extracomment>The sheet&apos;s name in an exported Excel workbook</extracomment>
        <translation>Personas</translation>
    </message>
    <message>
        <source>Doors</source>
        <translation>Puertas</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Doors</source>
        <translation>P&amp;uertas</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Llaves</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Actividad</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>Bandeja de salida</translation>
    </message>
    <message>
        <source>Managers</source>
        <translation>Administradores</translation>
    </message>
    <message>
        <source>Add &amp;Key…</source>
        <translation>Añadir &amp;llave…</translation>
    </message>
    <message>
        <source>Give a key to every selected person</source>
        <translation>Dar una llave a cada persona seleccionada</translation>
    </message>
    <message>
        <source>Re&amp;move Key…</source>
        <translation>Re&amp;tirar llave…</translation>
    </message>
    <message>
        <source>Take a key away from every selected person</source>
        <translation>Retirar una llave a cada persona seleccionada</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <source>&amp;Activity</source>
        <translation>A&amp;ctividad</translation>
    </message>
    <message>
        <source>&amp;Outbox</source>
        <translation>&amp;Bandeja de salida</translation>
    </message>
    <message>
        <source>Door Sync &amp;Tasks…</source>
        <translation>&amp;Tareas de sincronización de puertas…</translation>
    </message>
    <message>
        <source>&amp;Keys</source>
        <translation>&amp;Llaves</translation>
    </message>
    <message>
        <source>&amp;Managers</source>
        <translation>A&amp;dministradores</translation>
    </message>
    <message>
        <source>Click to see the door sync tasks.</source>
        <translation>Haga clic para ver las tareas de sincronización de puertas.</translation>
    </message>
    <message>
        <source>Their guest %1 loses access too.</source>
        <translation>Su invitado %1 también pierde el acceso.</translation>
    </message>
    <message>
        <source>Their guests %1 lose access too.</source>
        <translation>Sus invitados %1 también pierden el acceso.</translation>
    </message>
    <message>
        <source>They stay listed under “Show expired users”, and you can give them keys again later.</source>
        <translation>Seguirán apareciendo en «Mostrar usuarios vencidos» y podrá volver a darles llaves más adelante.</translation>
    </message>
    <message>
        <source>Either everyone is revoked or, if one of them cannot be, nobody is.</source>
        <translation>O se revocan todas, o, si una de ellas no se puede revocar, no se revoca ninguna.</translation>
    </message>
    <message>
        <source>Afterwards, sync the affected offline doors: until then they still let them in.</source>
        <translation>Después, sincronice las puertas sin conexión afectadas: hasta entonces seguirán dejándoles entrar.</translation>
    </message>
    <message numerus="yes">
        <source>Revoke all keys of %n people?</source>
        <translation>
            <numerusform>¿Revocar todas las llaves de %n persona?</numerusform>
            <numerusform>¿Revocar todas las llaves de %n personas?</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody&apos;s keys were revoked.</source>
        <translation>No se revocaron las llaves de nadie.</translation>
    </message>
    <message numerus="yes">
        <source>Keys of %n people revoked.</source>
        <translation>
            <numerusform>Llaves de %n persona revocadas.</numerusform>
            <numerusform>Llaves de %n personas revocadas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Guest access ended for %1.</source>
        <translation>Acceso de invitado finalizado para %1.</translation>
    </message>
    <message>
        <source>Their permanent guest %1 loses access too.</source>
        <translation>Su invitado permanente %1 también pierde el acceso.</translation>
    </message>
    <message>
        <source>Their permanent guests %1 lose access too.</source>
        <translation>Sus invitados permanentes %1 también pierden el acceso.</translation>
    </message>
    <message>
        <source>Their guest %1 has a pass with an end date and keeps it until it ends.</source>
        <translation>Su invitado %1 tiene un acceso con fecha de fin y lo conserva hasta que termine.</translation>
    </message>
    <message>
        <source>Their guests %1 have passes with an end date and keep them until they end.</source>
        <translation>Sus invitados %1 tienen accesos con fecha de fin y los conservan hasta que terminen.</translation>
    </message>
    <message>
        <source>Their history stays: their past activity remains available in Activity. To give them access again you will need to send a new invitation.</source>
        <translation>Su historial se conserva: su actividad pasada sigue disponible en Actividad. Para volver a darles acceso tendrá que enviar una nueva invitación.</translation>
    </message>
    <message numerus="yes">
        <source>%1 given to %n people.</source>
        <translation>
            <numerusform>Se dio la llave «%1» a %n persona.</numerusform>
            <numerusform>Se dio la llave «%1» a %n personas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 removed from %n people.</source>
        <translation>
            <numerusform>Se retiró la llave «%1» a %n persona.</numerusform>
            <numerusform>Se retiró la llave «%1» a %n personas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Already held by %1: unchanged.</source>
        <translation>Sin cambios para quien ya la tenía: %1.</translation>
    </message>
    <message>
        <source>Not held by %1: unchanged.</source>
        <translation>Sin cambios para quien no la tenía: %1.</translation>
    </message>
    <message>
        <source>Sync these doors: %1.</source>
        <translation>Sincronice estas puertas: %1.</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Configuración…</translation>
    </message>
    <message>
        <source>&amp;Next Pane</source>
        <translation>Panel &amp;siguiente</translation>
    </message>
    <message>
        <source>Pre&amp;vious Pane</source>
        <translation>Panel &amp;anterior</translation>
    </message>
    <message>
        <source>Porter &amp;User Guide</source>
        <translation>&amp;Guía del usuario de Porter</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>Atajos de &amp;teclado</translation>
    </message>
    <message>
        <source>Send Now</source>
        <translation>Enviar ahora</translation>
    </message>
    <message>
        <source>Email is not set up yet.</source>
        <translation>El correo electrónico aún no está configurado.</translation>
    </message>
    <message>
        <source>Enter the mail server in File ▸ Settings ▸ Email; Porter then sends the queued emails by itself.</source>
        <translation>Indique el servidor de correo en Archivo ▸ Configuración ▸ Correo electrónico; después, Porter enviará por sí solo los correos en cola.</translation>
    </message>
    <message>
        <source>&amp;Import People…</source>
        <translation>&amp;Importar personas…</translation>
    </message>
    <message>
        <source>Invite and update people from a spreadsheet saved as CSV</source>
        <translation>Invitar y actualizar personas desde una hoja de cálculo guardada como CSV</translation>
    </message>
    <message>
        <source>E&amp;xport People…</source>
        <translation>E&amp;xportar personas…</translation>
    </message>
    <message>
        <source>Save everyone at this property, with keys and dates, as CSV or Excel</source>
        <translation>Guardar a todas las personas de esta propiedad, con llaves y fechas, como CSV o Excel</translation>
    </message>
    <message>
        <source>Imported: %1.</source>
        <translation>Importado: %1.</translation>
    </message>
    <message numerus="yes">
        <source>Welcome emails queued: %n.</source>
        <translation>
            <numerusform>Correos de bienvenida en cola: %n.</numerusform>
            <numerusform>Correos de bienvenida en cola: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>People %1 %2.csv</source>
        <translation>Personas %1 %2.csv</translation>
    </message>
    <message>
        <source>Export People</source>
        <translation>Exportar personas</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;Excel workbooks (*.xlsx)</source>
        <translation>Archivos CSV (*.csv);;Libros de Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>The people were not exported.</source>
        <translation>No se exportaron las personas.</translation>
    </message>
    <message numerus="yes">
        <source>People exported to %1: %n.</source>
        <translation>
            <numerusform>Personas exportadas a %1: %n.</numerusform>
            <numerusform>Personas exportadas a %1: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Connected to the server again. The window shows what other managers changed meanwhile.</source>
        <translation>Conectado de nuevo al servidor. La ventana muestra lo que otros administradores cambiaron mientras tanto.</translation>
    </message>
    <message>
        <source>Server not reachable · reconnecting…</source>
        <extracomment>Status bar, while a shared portfolio&apos;s server cannot be reached</extracomment>
        <translation>Servidor inaccesible · reconectando…</translation>
    </message>
    <message>
        <source>Porter lost its connection to %1 and tries again by itself. What you change now is refused until the server is back; nothing is half-saved.</source>
        <translation>Porter perdió la conexión con %1 y vuelve a intentarlo por sí solo. Lo que cambie ahora se rechaza hasta que el servidor vuelva; nada queda guardado a medias.</translation>
    </message>
    <message>
        <source>A portfolio several managers share, on a PostgreSQL server</source>
        <translation>Una cartera que comparten varios administradores, en un servidor PostgreSQL</translation>
    </message>
    <message>
        <source>Open S&amp;hared Portfolio…</source>
        <translation>Abrir cartera com&amp;partida…</translation>
    </message>
    <message>
        <source>Change &amp;Password…</source>
        <translation>Cambiar c&amp;ontraseña…</translation>
    </message>
    <message>
        <source>Your password is changed. Sign in with the new one from now on.</source>
        <translation>Su contraseña se ha cambiado. A partir de ahora inicie sesión con la nueva.</translation>
    </message>
    <message>
        <source>The password of your login %1 is changed. Use the new one on your other computers too.</source>
        <translation>La contraseña de su usuario de acceso %1 se ha cambiado. Use la nueva también en sus otros equipos.</translation>
    </message>
    <message>
        <source> (trusts the old signing key)</source>
        <translation> (confía en la clave de firma anterior)</translation>
    </message>
    <message>
        <source> (signing key reset: commission it again)</source>
        <translation> (clave de firma restablecida: vuelva a ponerla en servicio)</translation>
    </message>
</context>
<context>
    <name>porter::ui::ManagerDialog</name>
    <message>
        <source>Name error</source>
        <translation>Error en el nombre</translation>
    </message>
    <message>
        <source>Email error</source>
        <translation>Error en el correo electrónico</translation>
    </message>
    <message>
        <source>Password error</source>
        <translation>Error en la contraseña</translation>
    </message>
    <message>
        <source>Portfol&amp;io Manager</source>
        <translation>&amp;Gestor de cartera</translation>
    </message>
    <message>
        <source>Property &amp;Manager</source>
        <translation>&amp;Administrador de propiedad</translation>
    </message>
    <message>
        <source>Properties error</source>
        <translation>Error en las propiedades</translation>
    </message>
    <message>
        <source>Keys error</source>
        <translation>Error en las llaves</translation>
    </message>
    <message>
        <source>&amp;Device Management: add, commission and sync doors</source>
        <translation>Gestión de &amp;dispositivos: añadir, poner en servicio y sincronizar puertas</translation>
    </message>
    <message>
        <source>Edit Manager %1</source>
        <translation>Editar administrador %1</translation>
    </message>
    <message>
        <source>New Manager</source>
        <translation>Nuevo administrador</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Administrador</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>nombre@example.com</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Confirm password</source>
        <translation>Confirmar contraseña</translation>
    </message>
    <message>
        <source>At least %1 characters</source>
        <translation>Al menos %1 caracteres</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>Correo &amp;electrónico:</translation>
    </message>
    <message>
        <source>&amp;Reset password</source>
        <translation>&amp;Restablecer contraseña</translation>
    </message>
    <message>
        <source>Give this manager a new password; tell it to them yourself.</source>
        <translation>Asigne una nueva contraseña a este administrador; comuníquesela usted mismo.</translation>
    </message>
    <message>
        <source>New &amp;password:</source>
        <translation>Nueva &amp;contraseña:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <source>Con&amp;firm password:</source>
        <translation>Con&amp;firmar contraseña:</translation>
    </message>
    <message>
        <source>Leave it unticked to keep their password.</source>
        <translation>Déjelo sin marcar para conservar su contraseña.</translation>
    </message>
    <message>
        <source>Choose their first password and tell it to them; they sign in with their email and it.</source>
        <translation>Elija su primera contraseña y comuníquesela; iniciará sesión con su correo electrónico y esa contraseña.</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Rol:</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>Propiedades</translation>
    </message>
    <message>
        <source>Manages &amp;these properties:</source>
        <translation>Administra es&amp;tas propiedades:</translation>
    </message>
    <message>
        <source>Assigned properties</source>
        <translation>Propiedades asignadas</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>Permisos</translation>
    </message>
    <message>
        <source>Key Management:</source>
        <translation>Gestión de llaves:</translation>
    </message>
    <message>
        <source>N&amp;one</source>
        <translation>N&amp;inguna</translation>
    </message>
    <message>
        <source>Sees people and activity; changes nobody&apos;s access.</source>
        <translation>Ve las personas y la actividad; no cambia el acceso de nadie.</translation>
    </message>
    <message>
        <source>Specific &amp;keys</source>
        <translation>Llaves es&amp;pecíficas</translation>
    </message>
    <message>
        <source>Gives and revokes only the keys ticked below.</source>
        <translation>Da y revoca solo las llaves marcadas abajo.</translation>
    </message>
    <message>
        <source>&amp;Limited</source>
        <translation>&amp;Limitada</translation>
    </message>
    <message>
        <source>Gives and revokes any key of their properties.</source>
        <translation>Da y revoca cualquier llave de sus propiedades.</translation>
    </message>
    <message>
        <source>F&amp;ull</source>
        <translation>Co&amp;mpleta</translation>
    </message>
    <message>
        <source>Also creates, edits and deletes keys.</source>
        <translation>Además crea, edita y elimina llaves.</translation>
    </message>
    <message>
        <source>Keys this manager may give</source>
        <translation>Llaves que este administrador puede dar</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Llave</translation>
    </message>
    <message>
        <source>No keys yet</source>
        <translation>Todavía no hay llaves</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>G&amp;uardar</translation>
    </message>
    <message>
        <source>&amp;Add Manager</source>
        <translation>Añadir administrad&amp;or</translation>
    </message>
    <message>
        <source>You cannot take the Portfolio Manager role from yourself. Another Portfolio Manager can.</source>
        <translation>No puede quitarse a sí mismo el rol de Gestor de cartera. Otro Gestor de cartera sí puede.</translation>
    </message>
    <message>
        <source>Everything in the portfolio, including properties and managers.</source>
        <translation>Todo lo de la cartera, incluidas las propiedades y los administradores.</translation>
    </message>
    <message>
        <source>Only the properties ticked below, with the permissions on the right.</source>
        <translation>Solo las propiedades marcadas abajo, con los permisos de la derecha.</translation>
    </message>
    <message>
        <source>Enter the manager&apos;s name.</source>
        <translation>Introduzca el nombre del administrador.</translation>
    </message>
    <message>
        <source>Enter the email they sign in with.</source>
        <translation>Introduzca el correo electrónico con el que inicia sesión.</translation>
    </message>
    <message>
        <source>This is not an email address.</source>
        <translation>Esta no es una dirección de correo electrónico.</translation>
    </message>
    <message>
        <source>The password needs at least %1 characters.</source>
        <translation>La contraseña necesita al menos %1 caracteres.</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Las dos contraseñas no coinciden.</translation>
    </message>
    <message>
        <source>Tick at least one property.</source>
        <translation>Marque al menos una propiedad.</translation>
    </message>
    <message>
        <source>Tick the keys this manager may give.</source>
        <translation>Marque las llaves que este administrador puede dar.</translation>
    </message>
    <message>
        <source>Server login</source>
        <translation>Usuario del servidor</translation>
    </message>
    <message>
        <source>e.g. ana (lowercase letters, digits, _)</source>
        <translation>p. ej. ana (minúsculas, dígitos, _)</translation>
    </message>
    <message>
        <source>Login error</source>
        <translation>Error en el usuario</translation>
    </message>
    <message>
        <source>A login keeps its name. Reset password gives it a new password.</source>
        <translation>Un usuario de acceso conserva su nombre. Restablecer contraseña le da una contraseña nueva.</translation>
    </message>
    <message>
        <source>Leave it unticked to keep their login&apos;s password.</source>
        <translation>Déjelo sin marcar para conservar la contraseña de su usuario de acceso.</translation>
    </message>
    <message>
        <source>Choose their login&apos;s first password and tell it to them; they open the portfolio with their login and it (File ▸ Open Shared Portfolio…).</source>
        <translation>Elija la primera contraseña de su usuario de acceso y dígasela; abre la cartera con su usuario y ella (Archivo ▸ Abrir cartera compartida…).</translation>
    </message>
    <message>
        <source>A login is lowercase letters, digits and _, starting with a letter.</source>
        <translation>Un usuario de acceso son minúsculas, dígitos y _, y empieza por una letra.</translation>
    </message>
    <message>
        <source>Tick Reset password: the new login needs its first password.</source>
        <translation>Marque Restablecer contraseña: el nuevo usuario de acceso necesita su primera contraseña.</translation>
    </message>
    <message>
        <source>Server lo&amp;gin:</source>
        <translation>Usuario del ser&amp;vidor:</translation>
    </message>
</context>
<context>
    <name>porter::ui::ManagersPage</name>
    <message>
        <source>Managers</source>
        <translation>Administradores</translation>
    </message>
    <message>
        <source>&amp;New Manager…</source>
        <translation>&amp;Nuevo administrador…</translation>
    </message>
    <message>
        <source>&amp;Edit Manager…</source>
        <translation>&amp;Editar administrador…</translation>
    </message>
    <message>
        <source>&amp;Remove Manager…</source>
        <translation>&amp;Retirar administrador…</translation>
    </message>
    <message>
        <source>Who may sign in to this portfolio and what they may do. Property Managers see only their properties; Key Management decides whose access they may change, Device Management whether they may add and sync doors.</source>
        <translation>Quién puede iniciar sesión en esta cartera y qué puede hacer. Los Administradores de propiedad solo ven sus propiedades; la gestión de llaves determina de quién pueden cambiar el acceso, y la gestión de dispositivos, si pueden añadir y sincronizar puertas.</translation>
    </message>
    <message>
        <source>Add a manager and choose their properties and permissions</source>
        <translation>Añadir un administrador y elegir sus propiedades y permisos</translation>
    </message>
    <message>
        <source>Change the selected manager&apos;s details, properties or permissions</source>
        <translation>Cambiar los datos, las propiedades o los permisos del administrador seleccionado</translation>
    </message>
    <message>
        <source>Remove the selected manager: they can no longer sign in</source>
        <translation>Retirar al administrador seleccionado: ya no podrá iniciar sesión</translation>
    </message>
    <message>
        <source>You cannot remove yourself. Another Portfolio Manager can.</source>
        <translation>No puede retirarse a sí mismo. Otro Gestor de cartera sí puede.</translation>
    </message>
    <message>
        <source>%1 was added. They sign in with %2 and the password you chose.</source>
        <translation>Se ha añadido a %1. Inicia sesión con %2 y la contraseña que ha elegido.</translation>
    </message>
    <message>
        <source>Your details were saved. Changes to your own permissions apply when you next sign in.</source>
        <translation>Se han guardado sus datos. Los cambios en sus propios permisos se aplicarán la próxima vez que inicie sesión.</translation>
    </message>
    <message>
        <source>%1 was changed. The new permissions apply when they next sign in.</source>
        <translation>Se ha modificado %1. Los nuevos permisos se aplicarán la próxima vez que inicie sesión.</translation>
    </message>
    <message>
        <source>%1 can no longer sign in to Porter or use porterctl.</source>
        <translation>%1 ya no puede iniciar sesión en Porter ni usar porterctl.</translation>
    </message>
    <message>
        <source>The people they invited keep their access, and the keys they gave stay given.</source>
        <translation>Las personas que invitó conservan su acceso, y las llaves que dio siguen asignadas.</translation>
    </message>
    <message>
        <source>What they did stays in Activity under their name.</source>
        <translation>Lo que hizo se conserva en Actividad con su nombre.</translation>
    </message>
    <message>
        <source>To bring them back, add a manager with %1 again.</source>
        <translation>Para recuperarlo, vuelva a añadir un administrador con %1.</translation>
    </message>
    <message>
        <source>Remove Manager</source>
        <translation>Retirar administrador</translation>
    </message>
    <message>
        <source>Remove %1 (%2)?</source>
        <translation>¿Retirar a %1 (%2)?</translation>
    </message>
    <message>
        <source>%1 was not removed.</source>
        <translation>No se retiró a %1.</translation>
    </message>
    <message>
        <source>%1 was removed.</source>
        <translation>Se retiró a %1.</translation>
    </message>
    <message>
        <source>%1 was added. They open this portfolio with the login %2 and the password you chose.</source>
        <translation>Se añadió a %1. Abre esta cartera con el usuario %2 y la contraseña que eligió.</translation>
    </message>
    <message>
        <source>Give Door &amp;Access…</source>
        <translation>Dar &amp;acceso a puertas…</translation>
    </message>
    <message>
        <source>Give the selected manager the door secrets, so they can commission and sync doors</source>
        <translation>Dar al administrador seleccionado los secretos de puerta, para que pueda poner en servicio y sincronizar puertas</translation>
    </message>
    <message>
        <source>They have not signed in to this portfolio yet, so they have no key to give door access to.</source>
        <translation>Aún no ha iniciado sesión en esta cartera, así que no tiene ninguna clave a la que dar acceso a las puertas.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>%1 now holds the door secrets of 1 property, and can commission and sync its doors.</source>
        <translation>%1 tiene ahora los secretos de puerta de 1 propiedad y puede poner en servicio y sincronizar sus puertas.</translation>
    </message>
    <message numerus="yes">
        <source>%1 now holds the door secrets of %n properties, and can commission and sync their doors.</source>
        <translation>
            <numerusform>%1 tiene ahora los secretos de puerta de %n propiedad y puede poner en servicio y sincronizar sus puertas.</numerusform>
            <numerusform>%1 tiene ahora los secretos de puerta de %n propiedades y puede poner en servicio y sincronizar sus puertas.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1&apos;s copies of the door secrets of %2 were withdrawn and its doorcode secret and signing key replaced.</source>
        <translation>Se han retirado las copias de %1 de los secretos de puerta de %2 y se han sustituido su secreto de códigos y su clave de firma.</translation>
    </message>
    <message>
        <source>%1&apos;s copies of the door secrets of %2 were withdrawn and its doorcode secret and signing key replaced. Until they are synced, these doors still accept the old ones: %3.</source>
        <translation>Se han retirado las copias de %1 de los secretos de puerta de %2 y se han sustituido su secreto de códigos y su clave de firma. Hasta que se sincronicen, estas puertas siguen aceptando los antiguos: %3.</translation>
    </message>
    <message>
        <source>Their copies of the door secrets are withdrawn, and the doorcode secret and signing key of each of their properties are replaced: those doors need a sync to learn the new ones, and phones enrolled there need a new certificate.</source>
        <translation>Se retiran sus copias de los secretos de puerta y se sustituyen el secreto de códigos y la clave de firma de cada una de sus propiedades: esas puertas necesitan una sincronización para conocer los nuevos, y los teléfonos registrados allí necesitan un nuevo certificado.</translation>
    </message>
    <message>
        <source>%1&apos;s copies of the door secrets of %2 were withdrawn. The signing key on record was not the one you hold, so it and the doorcode secret were reset: reset these doors on site and commission them again: %3.</source>
        <translation>Se han retirado las copias de %1 de los secretos de puerta de %2. La clave de firma registrada no era la que usted tiene, así que se han restablecido la clave y el secreto de códigos: restablezca estas puertas en el lugar y vuelva a ponerlas en servicio: %3.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
</context>
<context>
    <name>porter::ui::MinuteSpinBox</name>
    <message>
        <source>Until this time (24:00 is the end of the day). Type it as 17:30, or step by half hours with the arrow keys.</source>
        <translation>Hasta esta hora (24:00 es el final del día). Escríbala como 17:30, o avance de media en media hora con las flechas.</translation>
    </message>
    <message>
        <source>From this time. Type it as 08:15, or step by half hours with the arrow keys.</source>
        <translation>Desde esta hora. Escríbala como 08:15, o avance de media en media hora con las flechas.</translation>
    </message>
</context>
<context>
    <name>porter::ui::OutboxPage</name>
    <message>
        <source>Outbox</source>
        <translation>Bandeja de salida</translation>
    </message>
    <message>
        <source>Name or email</source>
        <translation>Nombre o correo electrónico</translation>
    </message>
    <message>
        <source>Filter by person</source>
        <translation>Filtrar por persona</translation>
    </message>
    <message>
        <source>Pe&amp;rson:</source>
        <translation>&amp;Persona:</translation>
    </message>
    <message>
        <source>1 email</source>
        <translation>1 correo</translation>
    </message>
    <message numerus="yes">
        <source>%n emails</source>
        <translation>
            <numerusform>%n correo</numerusform>
            <numerusform>%n correos</numerusform>
        </translation>
    </message>
    <message>
        <source>Re&amp;try</source>
        <translation>&amp;Reintentar</translation>
    </message>
    <message>
        <source>Send &amp;Now</source>
        <translation>Enviar &amp;ahora</translation>
    </message>
    <message>
        <source>Filter by state</source>
        <translation>Filtrar por estado</translation>
    </message>
    <message>
        <source>Any state</source>
        <extracomment>Outbox state filter: no filter</extracomment>
        <translation>Cualquier estado</translation>
    </message>
    <message>
        <source>&amp;State:</source>
        <translation>&amp;Estado:</translation>
    </message>
    <message>
        <source>Send the queued emails now instead of at the next minute</source>
        <translation>Enviar ahora los correos en cola en lugar de esperar al minuto siguiente</translation>
    </message>
    <message>
        <source>Emails</source>
        <translation>Correos</translation>
    </message>
    <message>
        <source>Email details</source>
        <translation>Detalles del correo</translation>
    </message>
    <message>
        <source>Select an email to see its details.</source>
        <translation>Seleccione un correo para ver sus detalles.</translation>
    </message>
    <message>
        <source>The emails Porter has written for %1 — welcome emails and daily doorcodes — and whether they have been sent. Porter sends them while it is open.</source>
        <translation>Los correos que Porter ha redactado para %1 — correos de bienvenida y códigos de puerta diarios — y si se han enviado. Porter los envía mientras está abierto.</translation>
    </message>
    <message>
        <source>Put the selected failed email back in the queue, to be sent again</source>
        <translation>Volver a poner en cola el correo fallido seleccionado para enviarlo de nuevo</translation>
    </message>
    <message>
        <source>To: %1</source>
        <translation>Para: %1</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Asunto: %1</translation>
    </message>
    <message>
        <source>Kind: %1</source>
        <translation>Tipo: %1</translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>Estado: %1</translation>
    </message>
    <message>
        <source>Attempts: %1</source>
        <translation>Intentos: %1</translation>
    </message>
    <message>
        <source>The server&apos;s reason: %1</source>
        <translation>Motivo del servidor: %1</translation>
    </message>
    <message>
        <source>Porter will not try again by itself. Correct the address (Edit Details) or the mail server (File ▸ Settings ▸ Email), then choose Retry.</source>
        <translation>Porter no volverá a intentarlo por sí solo. Corrija la dirección (Editar datos) o el servidor de correo (Archivo ▸ Configuración ▸ Correo electrónico) y luego elija Reintentar.</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>The email to %1 was not put back in the queue.</source>
        <translation>No se volvió a poner en cola el correo para %1.</translation>
    </message>
</context>
<context>
    <name>porter::ui::PeoplePage</name>
    <message>
        <source>Show expired users</source>
        <translation>Mostrar usuarios vencidos</translation>
    </message>
    <message>
        <source>Invite Someone…</source>
        <translation>Invitar a alguien…</translation>
    </message>
    <message>
        <source>Search name, email or phone</source>
        <translation>Buscar por nombre, correo o teléfono</translation>
    </message>
    <message>
        <source>Also list people whose keys were revoked or have expired. You can give them keys again.</source>
        <translation>Mostrar también a las personas cuyas llaves se revocaron o vencieron. Puede volver a darles llaves.</translation>
    </message>
    <message>
        <source>People — %1</source>
        <translation>Personas — %1</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>1 person</source>
        <translation>1 persona</translation>
    </message>
    <message numerus="yes">
        <source>%n people</source>
        <translation>
            <numerusform>%n persona</numerusform>
            <numerusform>%n personas</numerusform>
        </translation>
    </message>
    <message>
        <source>No property selected</source>
        <translation>Ninguna propiedad seleccionada</translation>
    </message>
    <message>
        <source>Choose a property on the left to see its people.</source>
        <translation>Elija una propiedad a la izquierda para ver su lista de personas.</translation>
    </message>
    <message>
        <source>People could not be listed</source>
        <translation>No se pudo mostrar la lista de personas</translation>
    </message>
    <message>
        <source>Nobody matches “%1”</source>
        <translation>Nadie coincide con «%1»</translation>
    </message>
    <message>
        <source>Try part of a name, an email address or a phone number.</source>
        <translation>Pruebe con parte de un nombre, una dirección de correo o un número de teléfono.</translation>
    </message>
    <message>
        <source>Try part of a name, an email address or a phone number, or tick “Show expired users” to include people without current access.</source>
        <translation>Pruebe con parte de un nombre, una dirección de correo o un número de teléfono, o marque «Mostrar usuarios vencidos» para incluir a las personas sin acceso actual.</translation>
    </message>
    <message>
        <source>Nobody has access right now</source>
        <translation>Nadie tiene acceso en este momento</translation>
    </message>
    <message>
        <source>No people yet</source>
        <translation>Todavía no hay personas</translation>
    </message>
    <message>
        <source>Everyone&apos;s access has ended or was revoked. Tick “Show expired users” to see them, or invite someone.</source>
        <translation>El acceso de todas las personas ha finalizado o se ha revocado. Marque «Mostrar usuarios vencidos» para verlas, o invite a alguien.</translation>
    </message>
    <message>
        <source>Invite residents, staff and vendors to give them keys to this property&apos;s doors.</source>
        <translation>Invite a residentes, personal y proveedores para darles llaves de las puertas de esta propiedad.</translation>
    </message>
    <message>
        <source>Invite someone to this property and give them keys (%1)</source>
        <translation>Invitar a alguien a esta propiedad y darle llaves (%1)</translation>
    </message>
</context>
<context>
    <name>porter::ui::PersonPanel</name>
    <message>
        <source>Key</source>
        <translation>Llave</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Expiration</source>
        <translation>Vencimiento</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Doors</source>
        <translation>Puertas</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>Invitado</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>Serial</source>
        <translation>Número de serie</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Registrada</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Por</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Revoke All Keys…</source>
        <translation>Revocar todas las llaves…</translation>
    </message>
    <message>
        <source>Delete Person…</source>
        <translation>Eliminar persona…</translation>
    </message>
    <message>
        <source>Select a person to see their keys, guests, keycards and activity.</source>
        <translation>Seleccione una persona para ver sus llaves, invitados, tarjetas de acceso y actividad.</translation>
    </message>
    <message>
        <source>Email:</source>
        <translation>Correo electrónico:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Teléfono:</translation>
    </message>
    <message>
        <source>Access by:</source>
        <translation>Acceso mediante:</translation>
    </message>
    <message>
        <source>May share:</source>
        <translation>Puede compartir:</translation>
    </message>
    <message>
        <source>Invited:</source>
        <translation>Fecha de invitación:</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Llaves</translation>
    </message>
    <message>
        <source>Guests</source>
        <translation>Invitados</translation>
    </message>
    <message>
        <source>Keycards</source>
        <translation>Tarjetas de acceso</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Actividad</translation>
    </message>
    <message>
        <source>Resident</source>
        <translation>Residente</translation>
    </message>
    <message>
        <source>Guest of %1</source>
        <translation>Invitado de %1</translation>
    </message>
    <message>
        <source>Not a resident</source>
        <translation>No residente</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Yes, with guests</source>
        <translation>Sí, con invitados</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Vencida</translation>
    </message>
    <message>
        <source>Starts later</source>
        <translation>Empieza más adelante</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activa</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>No expiration</source>
        <translation>Sin vencimiento</translation>
    </message>
    <message>
        <source>%1 (shared by %2)</source>
        <translation>%1 (compartida por %2)</translation>
    </message>
    <message>
        <source>Permanent</source>
        <translation>Permanente</translation>
    </message>
    <message>
        <source>1 key has no expiration date: this access will not end by itself.</source>
        <translation>1 llave no tiene fecha de vencimiento: este acceso no terminará por sí solo.</translation>
    </message>
    <message numerus="yes">
        <source>%n keys have no expiration date: this access will not end by itself.</source>
        <translation>
            <numerusform>%n llave no tiene fecha de vencimiento: este acceso no terminará por sí solo.</numerusform>
            <numerusform>%n llaves no tienen fecha de vencimiento: este acceso no terminará por sí solo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Guests (%1)</source>
        <translation>Invitados (%1)</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inactiva</translation>
    </message>
    <message>
        <source>No keycards enrolled.</source>
        <translation>No hay tarjetas de acceso registradas.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>Person panel, Activity: an action and its result, e.g. &quot;Door used: Refused&quot;</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Para</translation>
    </message>
    <message>
        <source>&amp;Add Key…</source>
        <translation>&amp;Añadir llave…</translation>
    </message>
    <message>
        <source>Change E&amp;xpiration…</source>
        <translation>Cambiar &amp;vencimiento…</translation>
    </message>
    <message>
        <source>Re&amp;move Key…</source>
        <translation>Re&amp;tirar llave…</translation>
    </message>
    <message>
        <source>Edit De&amp;tails…</source>
        <translation>Editar &amp;datos…</translation>
    </message>
    <message>
        <source>Resend &amp;Welcome Email</source>
        <translation>Reenviar correo de &amp;bienvenida</translation>
    </message>
    <message>
        <source>&amp;End Guest Pass…</source>
        <translation>&amp;Finalizar acceso de invitado…</translation>
    </message>
    <message>
        <source>Keys of this person</source>
        <translation>Llaves de esta persona</translation>
    </message>
    <message>
        <source>Guest passes this person gave</source>
        <translation>Accesos de invitado que ha dado esta persona</translation>
    </message>
    <message>
        <source>Activity of this person</source>
        <translation>Actividad de esta persona</translation>
    </message>
    <message>
        <source>Emails to this person</source>
        <translation>Correos a esta persona</translation>
    </message>
    <message>
        <source>Emails</source>
        <translation>Correos</translation>
    </message>
    <message>
        <source>No guest passes.</source>
        <translation>No hay accesos de invitado.</translation>
    </message>
    <message>
        <source>No keys yet. Add a key to give access.</source>
        <translation>Todavía no tiene llaves. Añada una llave para darle acceso.</translation>
    </message>
    <message>
        <source>Access revoked. Give access again to add keys; they stay listed under “Show expired users” until then.</source>
        <translation>Acceso revocado. Vuelva a darle acceso para añadir llaves; hasta entonces sigue apareciendo en «Mostrar usuarios vencidos».</translation>
    </message>
    <message>
        <source>No current keys. Add a key to give access again.</source>
        <translation>No tiene llaves vigentes. Añada una llave para volver a darle acceso.</translation>
    </message>
    <message>
        <source>Emails (%1)</source>
        <translation>Correos (%1)</translation>
    </message>
    <message>
        <source>%1 was deleted.</source>
        <translation>Se eliminó a %1.</translation>
    </message>
    <message>
        <source>&amp;Give Access Again…</source>
        <translation>Dar acceso de &amp;nuevo…</translation>
    </message>
    <message>
        <source>Guests hold the passes their host shares. Invite them to give them keys.</source>
        <translation>Los invitados tienen los accesos que comparte su anfitrión. Invítelos para darles llaves.</translation>
    </message>
    <message>
        <source>Add keys to %1 again; their access was revoked.</source>
        <translation>Volver a añadir llaves a %1; su acceso se revocó.</translation>
    </message>
    <message>
        <source>Add a key to %1, with its own start and expiration.</source>
        <translation>Añadir una llave a %1, con su propio inicio y vencimiento.</translation>
    </message>
    <message>
        <source>Select a key first.</source>
        <translation>Seleccione primero una llave.</translation>
    </message>
    <message>
        <source>This key has ended. Add the key again instead.</source>
        <translation>Esta llave ha finalizado. Vuelva a añadirla en su lugar.</translation>
    </message>
    <message>
        <source>Change when this key stops opening its doors (double-click the key).</source>
        <translation>Cambiar cuándo deja esta llave de abrir sus puertas (doble clic en la llave).</translation>
    </message>
    <message>
        <source>Take this key away; the person keeps their other keys.</source>
        <translation>Retirar esta llave; la persona conserva sus demás llaves.</translation>
    </message>
    <message>
        <source>Change the contact details, Resident and May share.</source>
        <translation>Cambiar los datos de contacto, Residente y Puede compartir.</translation>
    </message>
    <message>
        <source>Guests get no welcome email; their host shares the pass with them.</source>
        <translation>Los invitados no reciben correo de bienvenida; su anfitrión comparte el acceso con ellos.</translation>
    </message>
    <message>
        <source>%1 holds no current key. Add a key first.</source>
        <translation>%1 no tiene ninguna llave vigente. Añada primero una llave.</translation>
    </message>
    <message>
        <source>Queue a new welcome email to %1.</source>
        <translation>Poner en cola un nuevo correo de bienvenida para %1.</translation>
    </message>
    <message>
        <source>Select a guest pass first.</source>
        <translation>Seleccione primero un acceso de invitado.</translation>
    </message>
    <message>
        <source>This guest pass has already ended.</source>
        <translation>Este acceso de invitado ya ha finalizado.</translation>
    </message>
    <message>
        <source>End this guest pass now; the guest keeps their other passes.</source>
        <translation>Finalizar ahora este acceso de invitado; el invitado conserva sus demás accesos.</translation>
    </message>
    <message>
        <source>Sync these doors for the change to reach them: %1.</source>
        <translation>Sincronice estas puertas para que les llegue el cambio: %1.</translation>
    </message>
    <message>
        <source>%1 has access again: the key “%2” was added.</source>
        <translation>%1 vuelve a tener acceso: se añadió la llave «%2».</translation>
    </message>
    <message>
        <source>The key “%1” was added to %2.</source>
        <translation>Se añadió la llave «%1» a %2.</translation>
    </message>
    <message>
        <source>%1&apos;s key “%2” now expires: %3.</source>
        <translation>Nuevo vencimiento de la llave «%2» de %1: %3.</translation>
    </message>
    <message>
        <source>no expiration</source>
        <translation>sin vencimiento</translation>
    </message>
    <message>
        <source>%1 (until %2)</source>
        <translation>%1 (hasta el %2)</translation>
    </message>
    <message>
        <source>%1 will no longer open %2 with this key once the doors have been synced.</source>
        <translation>%1 ya no abrirá %2 con esta llave una vez que se sincronicen las puertas.</translation>
    </message>
    <message>
        <source>its doors</source>
        <translation>sus puertas</translation>
    </message>
    <message>
        <source>These guests lose their permanent pass on this key: %1.</source>
        <translation>Estos invitados pierden su acceso permanente con esta llave: %1.</translation>
    </message>
    <message>
        <source>Timed guest passes on this key run to their end: %1.</source>
        <translation>Los accesos de invitado temporales con esta llave siguen hasta su fin: %1.</translation>
    </message>
    <message>
        <source>%1 keeps their other keys.</source>
        <translation>%1 conserva sus demás llaves.</translation>
    </message>
    <message>
        <source>Afterwards, sync the affected offline doors: until then they still let %1 in.</source>
        <translation>Después, sincronice las puertas sin conexión afectadas: hasta entonces seguirán dejando entrar a %1.</translation>
    </message>
    <message>
        <source>Remove Key</source>
        <translation>Retirar llave</translation>
    </message>
    <message>
        <source>Remove the key “%1” from %2?</source>
        <translation>¿Retirar la llave «%1» a %2?</translation>
    </message>
    <message>
        <source>The key “%1” was not removed.</source>
        <translation>La llave «%1» no se ha retirado.</translation>
    </message>
    <message>
        <source>The key “%1” was removed from %2.</source>
        <translation>Se retiró la llave «%1» a %2.</translation>
    </message>
    <message>
        <source>Nothing to change for %1.</source>
        <translation>No hay nada que cambiar para %1.</translation>
    </message>
    <message>
        <source>The details of %1 were saved.</source>
        <translation>Se guardaron los datos de %1.</translation>
    </message>
    <message>
        <source>1 permanent guest pass ended.</source>
        <translation>1 acceso de invitado permanente finalizado.</translation>
    </message>
    <message numerus="yes">
        <source>%n permanent guest passes ended.</source>
        <translation>
            <numerusform>%n acceso de invitado permanente finalizado.</numerusform>
            <numerusform>%n accesos de invitado permanentes finalizados.</numerusform>
        </translation>
    </message>
    <message>
        <source>Resend the welcome email so they can sign in with the new address.</source>
        <translation>Reenvíe el correo de bienvenida para que pueda iniciar sesión con la nueva dirección.</translation>
    </message>
    <message>
        <source>%1 will no longer open %2 with the key “%3” shared by %4, once the doors have been synced.</source>
        <translation>%1 ya no abrirá %2 con la llave «%3» compartida por %4, una vez que se sincronicen las puertas.</translation>
    </message>
    <message>
        <source>Their other guest passes stay.</source>
        <translation>Sus demás accesos de invitado se mantienen.</translation>
    </message>
    <message>
        <source>Afterwards, sync the affected offline doors.</source>
        <translation>Después, sincronice las puertas sin conexión afectadas.</translation>
    </message>
    <message>
        <source>End Guest Pass</source>
        <translation>Finalizar acceso de invitado</translation>
    </message>
    <message>
        <source>End the guest pass of %1?</source>
        <translation>¿Finalizar el acceso de invitado de %1?</translation>
    </message>
    <message>
        <source>The guest pass of %1 was not ended.</source>
        <translation>No se finalizó el acceso de invitado de %1.</translation>
    </message>
    <message>
        <source>The guest pass of %1 for “%2” ended.</source>
        <translation>Finalizó el acceso de invitado de %1 para «%2».</translation>
    </message>
    <message>
        <source>Resend Welcome Email</source>
        <translation>Reenviar correo de bienvenida</translation>
    </message>
    <message>
        <source>No welcome email was queued for %1.</source>
        <translation>No se puso en cola ningún correo de bienvenida para %1.</translation>
    </message>
    <message>
        <source>A new welcome email to %1 &lt;%2&gt; is queued; see the Emails tab.</source>
        <translation>Hay un nuevo correo de bienvenida para %1 &lt;%2&gt; en cola; consulte la pestaña Correos.</translation>
    </message>
    <message>
        <source>E&amp;nroll Keycard…</source>
        <translation>Registrar &amp;tarjeta…</translation>
    </message>
    <message>
        <source>&amp;Deactivate Keycard</source>
        <translation>&amp;Desactivar tarjeta</translation>
    </message>
    <message>
        <source>Register a keycard&apos;s serial number for %1; it opens the doors of their keys once the doors are synced.</source>
        <translation>Registra el número de serie de una tarjeta de acceso para %1; abre las puertas de sus llaves una vez sincronizadas las puertas.</translation>
    </message>
    <message>
        <source>&amp;Activate Keycard</source>
        <translation>&amp;Activar tarjeta</translation>
    </message>
    <message>
        <source>Select a keycard first.</source>
        <translation>Seleccione primero una tarjeta de acceso.</translation>
    </message>
    <message>
        <source>Let this keycard open doors again.</source>
        <translation>Permite que esta tarjeta vuelva a abrir puertas.</translation>
    </message>
    <message>
        <source>Stop this keycard opening doors, e.g. when it is lost.</source>
        <translation>Impide que esta tarjeta abra puertas, por ejemplo si se ha perdido.</translation>
    </message>
    <message>
        <source>Enroll Keycard</source>
        <translation>Registrar tarjeta de acceso</translation>
    </message>
    <message>
        <source>Hold the card to your reader, or type the serial number (UID) printed on it or shown by the card programmer. Keycard for %1.</source>
        <translation>Acerque la tarjeta al lector, o escriba el número de serie (UID) impreso en ella o que muestra el programador de tarjetas. Tarjeta para %1.</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>Número de serie</translation>
    </message>
    <message>
        <source>&amp;Serial number:</source>
        <translation>Número de &amp;serie:</translation>
    </message>
    <message>
        <source>A&amp;ctive at once</source>
        <translation>A&amp;ctiva desde ahora</translation>
    </message>
    <message>
        <source>Enroll</source>
        <translation>Registrar</translation>
    </message>
    <message>
        <source>Keycard %1 is enrolled for %2 and opens their doors once they are synced.</source>
        <translation>La tarjeta %1 está registrada para %2 y abrirá sus puertas una vez sincronizadas.</translation>
    </message>
    <message>
        <source>Keycard %1 is enrolled for %2, inactive.</source>
        <translation>La tarjeta %1 está registrada para %2, inactiva.</translation>
    </message>
    <message>
        <source>Deactivate Keycard</source>
        <translation>Desactivar tarjeta de acceso</translation>
    </message>
    <message>
        <source>Deactivate keycard %1 of %2?</source>
        <translation>¿Desactivar la tarjeta %1 de %2?</translation>
    </message>
    <message>
        <source>The card stops opening doors once the doors have been synced; the person keeps their keys, app access or doorcode. You can activate the card again.</source>
        <translation>La tarjeta dejará de abrir puertas una vez sincronizadas las puertas; la persona conserva sus llaves, el acceso por la aplicación o el código de puerta. Puede volver a activar la tarjeta.</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Desactivar</translation>
    </message>
    <message>
        <source>Keycard</source>
        <translation>Tarjeta de acceso</translation>
    </message>
    <message>
        <source>Keycard %1 was not changed.</source>
        <translation>La tarjeta %1 no se ha modificado.</translation>
    </message>
    <message>
        <source>Keycard %1 of %2 is active again.</source>
        <translation>La tarjeta %1 de %2 vuelve a estar activa.</translation>
    </message>
    <message>
        <source>Keycard %1 of %2 is deactivated.</source>
        <translation>La tarjeta %1 de %2 está desactivada.</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creado</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Server&apos;s reason</source>
        <translation>Motivo del servidor</translation>
    </message>
    <message>
        <source>End every key of this person and the guest access they gave. They stay in People and can be given keys again.</source>
        <translation>Finalizar todas las llaves de esta persona y los accesos de invitado que haya concedido. Sigue en Personas y se le pueden volver a dar llaves.</translation>
    </message>
    <message>
        <source>Remove this person from People: every key and guest pass they hold ends. Their past activity stays in Activity.</source>
        <translation>Quitar a esta persona de Personas: finalizan todas sus llaves y accesos de invitado. Su actividad pasada se conserva en Actividad.</translation>
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
        <translation>&amp;Siempre</translation>
    </message>
    <message>
        <source>&amp;Weekdays 08:00–18:00</source>
        <translation>&amp;Laborables 08:00–18:00</translation>
    </message>
    <message>
        <source>Open every day, all day.</source>
        <translation>Abre todos los días, todo el día.</translation>
    </message>
    <message>
        <source>Monday to Friday from 08:00 to 18:00; closed on Saturday and Sunday.</source>
        <translation>De lunes a viernes de 08:00 a 18:00; cerrado sábado y domingo.</translation>
    </message>
    <message>
        <source>Presets:</source>
        <translation>Predefinidos:</translation>
    </message>
    <message>
        <source>All day</source>
        <translation>Todo el día</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Cerrado</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Horario</translation>
    </message>
    <message>
        <source>%1: when the key opens</source>
        <extracomment>Accessible name of a weekday&apos;s schedule choice, e.g. &quot;Monday: when the key opens&quot;</extracomment>
        <translation>%1: cuándo abre la llave</translation>
    </message>
    <message>
        <source>Add hours</source>
        <translation>Añadir franja</translation>
    </message>
    <message>
        <source>Add opening hours on %1</source>
        <extracomment>Tooltip of the button that adds a period on one weekday, e.g. &quot;Add opening hours on Monday&quot;</extracomment>
        <translation>Añadir una franja de apertura el %1</translation>
    </message>
    <message>
        <source>%1, hours %2: from</source>
        <extracomment>Accessible names of a period&apos;s times, e.g. &quot;Monday, hours 1: from&quot;</extracomment>
        <translation>%1, franja %2: desde</translation>
    </message>
    <message>
        <source>%1, hours %2: until</source>
        <translation>%1, franja %2: hasta</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>Remove these hours</source>
        <translation>Quitar esta franja</translation>
    </message>
    <message>
        <source>Remove hours %1 on %2</source>
        <translation>Quitar la franja %1 del %2</translation>
    </message>
    <message>
        <source>Opens: %1</source>
        <extracomment>Under the schedule editor: what the key&apos;s schedule is, e.g. &quot;Opens: Mon–Fri 08:00–18:00&quot;</extracomment>
        <translation>Abre: %1</translation>
    </message>
    <message>
        <source>On %1, the hours %2–%3 end before they start. For hours past midnight, end the day at 24:00 and start the next day at 00:00.</source>
        <extracomment>%1 a weekday, %2–%3 the hours, e.g. &quot;On Monday, the hours 18:00–08:00 end...&quot;</extracomment>
        <translation>El %1, la franja %2–%3 termina antes de empezar. Para horarios que pasan de medianoche, termine el día a las 24:00 y empiece el siguiente a las 00:00.</translation>
    </message>
    <message>
        <source>The key would open on no day. Choose the days and hours it opens, or Always.</source>
        <translation>La llave no abriría ningún día. Elija los días y las horas en que abre, o Siempre.</translation>
    </message>
</context>
<context>
    <name>porter::ui::ServerConnectDialog</name>
    <message>
        <source>Open this portfolio when Porter starts</source>
        <translation>Abrir esta cartera al iniciar Porter</translation>
    </message>
    <message>
        <source>Open Shared Portfolio</source>
        <translation>Abrir cartera compartida</translation>
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
        <translation>su usuario de acceso, p. ej. ana</translation>
    </message>
    <message>
        <source>Encrypted when the server offers it (default)</source>
        <translation>Cifrada cuando el servidor lo ofrece (predeterminado)</translation>
    </message>
    <message>
        <source>Always encrypted</source>
        <translation>Siempre cifrada</translation>
    </message>
    <message>
        <source>Always encrypted, server&apos;s certificate and name verified</source>
        <translation>Siempre cifrada, con certificado y nombre del servidor verificados</translation>
    </message>
    <message>
        <source>Not encrypted (this computer or a trusted network only)</source>
        <translation>Sin cifrar (solo este equipo o una red de confianza)</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Servidor:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;uerto:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Base de datos:</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Usuario de acceso:</translation>
    </message>
    <message>
        <source>&amp;Connection:</source>
        <translation>&amp;Conexión:</translation>
    </message>
    <message>
        <source>Your Portfolio Manager gives you these, with your login&apos;s password. Porter asks for the password when the server wants it, and keeps it in memory only.</source>
        <translation>Su gestor de cartera le da estos datos y la contraseña de su usuario de acceso. Porter pide la contraseña cuando el servidor la quiere y solo la guarda en memoria.</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Conectar</translation>
    </message>
    <message>
        <source>Open a shared portfolio</source>
        <translation>Abrir una cartera compartida</translation>
    </message>
    <message>
        <source>A portfolio several managers share, on a PostgreSQL server</source>
        <translation>Una cartera que comparten varios administradores, en un servidor PostgreSQL</translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation>Dirección: %1</translation>
    </message>
</context>
<context>
    <name>porter::ui::ServerSignInDialog</name>
    <message>
        <source>Sign in to the portfolio server</source>
        <translation>Iniciar sesión en el servidor de la cartera</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <source>Portfolio server: %1</source>
        <translation>Servidor de la cartera: %1</translation>
    </message>
    <message>
        <source>Login:</source>
        <translation>Usuario:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <source>Sign In</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <source>Your own login to the server, from your Portfolio Manager. Porter keeps the password in memory only, to connect again while it is open.</source>
        <translation>Su propio usuario del servidor, que le da su gestor de cartera. Porter guarda la contraseña solo en memoria, para volver a conectarse mientras está abierto.</translation>
    </message>
</context>
<context>
    <name>porter::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation>Predeterminado del sistema (%1)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>When you choose OK, Porter reopens its window in the new language. You stay signed in.</source>
        <translation>Al elegir Aceptar, Porter vuelve a abrir su ventana en el nuevo idioma. Su sesión sigue iniciada.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>Year-month-day (2027-06-30)</source>
        <translation>Año-mes-día (2027-06-30)</translation>
    </message>
    <message>
        <source>Short, as in the language</source>
        <translation>Corto, según el idioma</translation>
    </message>
    <message>
        <source>Long, as in the language</source>
        <translation>Largo, según el idioma</translation>
    </message>
    <message>
        <source>Date format</source>
        <translation>Formato de fecha</translation>
    </message>
    <message>
        <source>As in the language</source>
        <translation>Según el idioma</translation>
    </message>
    <message>
        <source>24-hour (23:59)</source>
        <translation>24 horas (23:59)</translation>
    </message>
    <message>
        <source>12-hour (11:59 PM)</source>
        <translation>12 horas (11:59 p. m.)</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>Reloj</translation>
    </message>
    <message>
        <source>Dates and times</source>
        <translation>Fechas y horas</translation>
    </message>
    <message>
        <source>&amp;Dates:</source>
        <translation>&amp;Fechas:</translation>
    </message>
    <message>
        <source>&amp;Times:</source>
        <translation>&amp;Horas:</translation>
    </message>
    <message>
        <source>Example:</source>
        <translation>Ejemplo:</translation>
    </message>
    <message>
        <source>Times are always those of the property&apos;s time zone, followed by its abbreviation. Dates you type in forms stay year-month-day.</source>
        <translation>Las horas son siempre las de la zona horaria de la propiedad, seguidas de su abreviatura. Las fechas que escriba en los formularios siguen siendo año-mes-día.</translation>
    </message>
    <message>
        <source>No expiration</source>
        <translation>Sin vencimiento</translation>
    </message>
    <message>
        <source>6 months after the invitation</source>
        <translation>6 meses después de la invitación</translation>
    </message>
    <message>
        <source>1 year after the invitation</source>
        <translation>1 año después de la invitación</translation>
    </message>
    <message>
        <source>On a fixed date</source>
        <translation>En una fecha fija</translation>
    </message>
    <message>
        <source>Default expiration</source>
        <translation>Vencimiento predeterminado</translation>
    </message>
    <message>
        <source>Fixed expiration date</source>
        <translation>Fecha de vencimiento fija</translation>
    </message>
    <message>
        <source>New invitations</source>
        <translation>Nuevas invitaciones</translation>
    </message>
    <message>
        <source>Default &amp;expiration:</source>
        <translation>&amp;Vencimiento predeterminado:</translation>
    </message>
    <message>
        <source>The Invite dialog starts with this expiration; you can still change it for each person. Access ends at the end of that day.</source>
        <translation>El cuadro de diálogo Invitar empieza con este vencimiento; puede cambiarlo para cada persona. El acceso termina al final de ese día.</translation>
    </message>
    <message>
        <source>Database in use</source>
        <translation>Base de datos en uso</translation>
    </message>
    <message>
        <source>Open &amp;Folder</source>
        <translation>Abrir &amp;carpeta</translation>
    </message>
    <message>
        <source>Show the folder that holds this database in the file manager</source>
        <translation>Mostrar en el gestor de archivos la carpeta que contiene esta base de datos</translation>
    </message>
    <message>
        <source>Database opened when Porter starts</source>
        <translation>Base de datos que se abre al iniciar Porter</translation>
    </message>
    <message>
        <source>Empty: the default, %1</source>
        <translation>Vacío: la predeterminada, %1</translation>
    </message>
    <message>
        <source>The default: %1</source>
        <translation>La predeterminada: %1</translation>
    </message>
    <message>
        <source>The default</source>
        <translation>La predeterminada</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Elegir…</translation>
    </message>
    <message>
        <source>Use De&amp;fault</source>
        <translation>Usar la &amp;predeterminada</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Datos</translation>
    </message>
    <message>
        <source>Database in &amp;use:</source>
        <translation>Base de datos en &amp;uso:</translation>
    </message>
    <message>
        <source>Open at &amp;start:</source>
        <translation>&amp;Abrir al iniciar:</translation>
    </message>
    <message>
        <source>Everything Porter knows (people, keys, doors, activity) is in this one file: include it in your backups. To switch now, use File ▸ Open Database…</source>
        <translation>Todo lo que Porter sabe (personas, llaves, puertas, actividad) está en este único archivo: inclúyalo en sus copias de seguridad. Para cambiar ahora, use Archivo ▸ Abrir base de datos…</translation>
    </message>
    <message>
        <source>Database to Open at Start</source>
        <translation>Base de datos que se abre al iniciar</translation>
    </message>
    <message>
        <source>Porter databases (*.sqlite *.db);;All files (*)</source>
        <translation>Bases de datos de Porter (*.sqlite *.db);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;General</translation>
    </message>
    <message>
        <source>E&amp;mail</source>
        <translation>C&amp;orreo electrónico</translation>
    </message>
    <message>
        <source>Se&amp;curity</source>
        <translation>&amp;Seguridad</translation>
    </message>
    <message>
        <source>Your key on this computer</source>
        <translation>Su clave en este equipo</translation>
    </message>
    <message>
        <source>Not available</source>
        <translation>No disponible</translation>
    </message>
    <message>
        <source>The door secrets of this portfolio are given to this key, which never leaves this computer. When a manager gives you door access, they ask you for it: read it out to them yourself (not by email or chat), so they know the key is yours.</source>
        <translation>Los secretos de puerta de esta cartera se dan a esta clave, que nunca sale de este equipo. Cuando un administrador le dé acceso a las puertas, se la pedirá: léasela usted mismo en voz alta (no por correo electrónico ni por chat), para que sepa que la clave es suya.</translation>
    </message>
    <message>
        <source>Another computer&apos;s key is registered for you</source>
        <translation>Tiene registrada a su nombre la clave de otro equipo</translation>
    </message>
    <message>
        <source>The door secrets were given to %1, the key of another computer of yours. To commission and sync doors from this computer, register this computer&apos;s key; the copies given to the old key are dropped, and a manager who holds the secrets gives them to you again.</source>
        <translation>Los secretos de puerta se dieron a %1, la clave de otro equipo suyo. Para poner en servicio y sincronizar puertas desde este equipo, registre la clave de este equipo; las copias dadas a la clave anterior se descartan, y un administrador que tenga los secretos se los vuelve a dar.</translation>
    </message>
    <message>
        <source>&amp;Register This Computer&apos;s Key</source>
        <translation>&amp;Registrar la clave de este equipo</translation>
    </message>
    <message>
        <source>This computer&apos;s key is now registered for you. Ask a manager who holds the door secrets to give you door access again. If nobody else holds them, a Portfolio Manager resets the property&apos;s signing key (porterctl property reset-signing-key), and every door is commissioned again.</source>
        <translation>La clave de este equipo ya está registrada a su nombre. Pida a un administrador que tenga los secretos de puerta que le vuelva a dar acceso a las puertas. Si nadie más los tiene, un gestor de cartera restablece la clave de firma de la propiedad (porterctl property reset-signing-key), y cada puerta se vuelve a poner en servicio.</translation>
    </message>
</context>
<context>
    <name>porter::ui::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Action</source>
        <extracomment>Column of the Keyboard Shortcuts list: the menu or the page the action belongs to</extracomment>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Atajo</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>%1 page</source>
        <extracomment>Keyboard Shortcuts, the Menu column of a page&apos;s own action: &quot;Keys page&quot;</extracomment>
        <translation>Página %1</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Ubicación</translation>
    </message>
</context>
<context>
    <name>porter::ui::SignInDialog</name>
    <message>
        <source>Sign in to Porter</source>
        <translation>Iniciar sesión en Porter</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Base de datos: %1</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>nombre@example.com</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>Correo &amp;electrónico:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <source>Sign In</source>
        <translation>Iniciar sesión</translation>
    </message>
</context>
<context>
    <name>porter::ui::StatusLegend</name>
    <message>
        <source>Invited: access starts later. Active: can open doors now. Expired: every key has passed its expiration. Revoked: all keys were revoked; can be given keys again. No access: holds no key (every key was removed); can be given keys again.</source>
        <translation>Pendiente: el acceso empieza más adelante. Activo: puede abrir puertas ahora. Vencido: todas sus llaves han superado su vencimiento. Revocado: se revocaron todas sus llaves; se le pueden volver a dar llaves. Sin acceso: no tiene ninguna llave (se retiraron todas); se le pueden volver a dar llaves.</translation>
    </message>
</context>
<context>
    <name>porter::ui::SyncTasksDialog</name>
    <message>
        <source>Door Sync Tasks — %1</source>
        <translation>Tareas de sincronización de puertas — %1</translation>
    </message>
    <message>
        <source>Door sync tasks</source>
        <translation>Tareas de sincronización de puertas</translation>
    </message>
    <message>
        <source>Offline doors learn about new, changed and ended access only when someone syncs them. Take the laptop to each door below and sync it on the Doors page; doors due today must be synced before the end of the day.</source>
        <translation>Las puertas sin conexión solo se enteran de los accesos nuevos, modificados y finalizados cuando alguien las sincroniza. Lleve el portátil a cada una de las puertas siguientes y sincronícela en la página Puertas; las puertas para hoy deben sincronizarse antes de que acabe el día.</translation>
    </message>
    <message>
        <source>All doors are in sync.</source>
        <translation>Todas las puertas están sincronizadas.</translation>
    </message>
    <message>
        <source>%1, %2, %3.</source>
        <extracomment>%1 is &quot;N doors need a sync&quot;, %2 &quot;N due today&quot;, %3 &quot;N pending changes&quot;</extracomment>
        <translation>%1, %2, %3.</translation>
    </message>
    <message>
        <source>1 door needs a sync</source>
        <translation>1 puerta necesita sincronizarse</translation>
    </message>
    <message numerus="yes">
        <source>%n doors need a sync</source>
        <translation>
            <numerusform>%n puerta necesita sincronizarse</numerusform>
            <numerusform>%n puertas necesitan sincronizarse</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n due today</source>
        <translation>
            <numerusform>%n para hoy</numerusform>
            <numerusform>%n para hoy</numerusform>
        </translation>
    </message>
    <message>
        <source>1 pending change</source>
        <translation>1 cambio pendiente</translation>
    </message>
    <message numerus="yes">
        <source>%n pending changes</source>
        <translation>
            <numerusform>%n cambio pendiente</numerusform>
            <numerusform>%n cambios pendientes</numerusform>
        </translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Para hoy</translation>
    </message>
    <message>
        <source>Open &amp;Doors Page</source>
        <translation>Abrir página &amp;Puertas</translation>
    </message>
    <message>
        <source>Go to the Doors page, where each door is synced</source>
        <translation>Ir a la página Puertas, donde se sincroniza cada puerta</translation>
    </message>
</context>
<context>
    <name>porter::ui::UserGuideWindow</name>
    <message>
        <source>Porter User Guide</source>
        <translation>Guía del usuario de Porter</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Guía del usuario</translation>
    </message>
</context>
<context>
    <name>porterctl</name>
    <message>
        <source>unknown (old: sync this door)</source>
        <translation>desconocida (anterior: sincronice esta puerta)</translation>
    </message>
    <message>
        <source>epoch %1 (old: sync this door)</source>
        <translation>época %1 (anterior: sincronice esta puerta)</translation>
    </message>
    <message>
        <source>epoch %1 (current)</source>
        <translation>época %1 (actual)</translation>
    </message>
    <message>
        <source>--date needs YYYY-MM-DD, not &quot;%1&quot;.</source>
        <translation>--date necesita AAAA-MM-DD, no «%1».</translation>
    </message>
    <message>
        <source>not due today</source>
        <translation>nada pendiente hoy</translation>
    </message>
    <message>
        <source>access starts or ends that day</source>
        <translation>un acceso empieza o termina ese día</translation>
    </message>
    <message>
        <source>due since %1</source>
        <translation>pendiente desde el %1</translation>
    </message>
    <message>
        <source>Door %1 &quot;%2&quot; (%3): %4 pending changes since version %5; %6.</source>
        <translation>Puerta %1 «%2» (%3): %4 cambios pendientes desde la versión %5; %6.</translation>
    </message>
    <message>
        <source>--type must be building-entrance, residence, service or communal.</source>
        <translation>--type debe ser building-entrance, residence, service o communal.</translation>
    </message>
    <message>
        <source>Added door %1 &quot;%2&quot; (%3, %4).</source>
        <translation>Se añadió la puerta %1 «%2» (%3, %4).</translation>
    </message>
    <message>
        <source>Add a door (Device Management).</source>
        <translation>Añadir una puerta (gestión de dispositivos).</translation>
    </message>
    <message>
        <source>Adds a door. Doors are offline unless --online: offline doors need a sync after every change to who may open them.</source>
        <translation>Añade una puerta. Las puertas están sin conexión salvo con --online: las puertas sin conexión necesitan sincronizarse tras cada cambio de quién puede abrirlas.</translation>
    </message>
    <message>
        <source>Property.</source>
        <translation>Propiedad.</translation>
    </message>
    <message>
        <source>Door name.</source>
        <translation>Nombre de la puerta.</translation>
    </message>
    <message>
        <source>building-entrance, residence, service or communal.</source>
        <translation>building-entrance, residence, service o communal.</translation>
    </message>
    <message>
        <source>The door is internet-connected.</source>
        <translation>La puerta está conectada a internet.</translation>
    </message>
    <message>
        <source>List a property&apos;s doors.</source>
        <translation>Listar las puertas de una propiedad.</translation>
    </message>
    <message>
        <source>Lists the doors of a property with the access-list version each last acknowledged and the doorcode secret epoch each holds (&quot;old&quot;: codes of a rotated-out secret still open it until it is synced).</source>
        <translation>Lista las puertas de una propiedad con la última versión de la lista de acceso que confirmó cada una y la época del secreto de códigos de puerta que tiene cada una (&quot;old&quot;: los códigos de un secreto ya sustituido la siguen abriendo hasta que se sincronice).</translation>
    </message>
    <message>
        <source>Show a door&apos;s changes not yet synced.</source>
        <translation>Mostrar los cambios de una puerta aún no sincronizados.</translation>
    </message>
    <message>
        <source>Lists the changes recorded for the door since the version it last acknowledged, oldest first. --date is the local day used for the &quot;due&quot; flags (default today).</source>
        <translation>Lista los cambios registrados para la puerta desde la última versión que confirmó, lo más antiguo primero. --date es el día local que se usa para las marcas &quot;due&quot; (predeterminado hoy).</translation>
    </message>
    <message>
        <source>Local day (default today).</source>
        <translation>Día local (predeterminado hoy).</translation>
    </message>
    <message>
        <source>--tcp needs HOST:PORT, e.g. 127.0.0.1:40123, not &quot;%1&quot;.</source>
        <translation>--tcp necesita HOST:PORT; p. ej., 127.0.0.1:40123, no «%1».</translation>
    </message>
    <message>
        <source>--payload needs a number from %1 to %2 (the same as porter-door serve&apos;s).</source>
        <translation>--payload necesita un número de %1 a %2 (el mismo que el de porter-door serve).</translation>
    </message>
    <message>
        <source>porterctl: warning: door %1 ‘%2’ is already commissioned. Commissioning it again replaces the identity Porter holds: do this only for a door that was reset or replaced on site.
</source>
        <translation>porterctl: aviso: la puerta %1 «%2» ya está en servicio. Volver a ponerla en servicio sustituye la identidad que tiene Porter: hágalo solo con una puerta que se haya restablecido o sustituido en el lugar.
</translation>
    </message>
    <message>
        <source>Replace the identity of door ‘%1’?</source>
        <translation>¿Sustituir la identidad de la puerta «%1»?</translation>
    </message>
    <message>
        <source>porterctl: pairing code %1 accepted without checking (--yes)
</source>
        <translation>porterctl: código de emparejamiento %1 aceptado sin comprobarlo (--yes)
</translation>
    </message>
    <message>
        <source>Does the door show %1?</source>
        <translation>¿Muestra la puerta %1?</translation>
    </message>
    <message>
        <source>Commissioned door %1 ‘%2’ over %3 (pairing code %4).</source>
        <translation>Se puso en servicio la puerta %1 «%2» a través de %3 (código de emparejamiento %4).</translation>
    </message>
    <message>
        <source>It holds no access yet: run porterctl door sync %1 --tcp %2.</source>
        <translation>Aún no contiene ningún acceso: ejecute porterctl door sync %1 --tcp %2.</translation>
    </message>
    <message>
        <source>The door in %1 is in use (porter-door serve?): stop it, or commission over the link with --tcp.</source>
        <translation>La puerta de %1 está en uso (¿porter-door serve?): deténgalo o póngala en servicio a través del enlace con --tcp.</translation>
    </message>
    <message>
        <source>The door state in %1 is damaged or was tampered with, so the door refuses everything: reset it with porter-door reset --state %1.</source>
        <translation>El estado de la puerta en %1 está dañado o se ha manipulado, así que la puerta lo rechaza todo: restablézcalo con porter-door reset --state %1.</translation>
    </message>
    <message>
        <source>The door in %1 is not in install mode: press its install button (porter-door install --state %1), then try again within 10 minutes.</source>
        <translation>La puerta de %1 no está en modo de instalación: pulse su botón de instalación (porter-door install --state %1) y vuelva a intentarlo en los 10 minutos siguientes.</translation>
    </message>
    <message>
        <source>Commissioned door %1 ‘%2’ in %3.</source>
        <translation>Se puso en servicio la puerta %1 «%2» en %3.</translation>
    </message>
    <message>
        <source>It holds no access yet: serve it with porter-door serve and run porterctl door sync %1 --tcp HOST:PORT.</source>
        <translation>Aún no contiene ningún acceso: sírvala con porter-door serve y ejecute porterctl door sync %1 --tcp HOST:PORT.</translation>
    </message>
    <message>
        <source>Door %1 ‘%2’ keeps the identity Porter holds; nothing was changed.</source>
        <translation>La puerta %1 «%2» conserva la identidad que tiene Porter; no se ha cambiado nada.</translation>
    </message>
    <message>
        <source>Commission a door in install mode (Device Management).</source>
        <translation>Poner en servicio una puerta en modo de instalación (gestión de dispositivos).</translation>
    </message>
    <message>
        <source>porter-door serve address.</source>
        <translation>Dirección de porter-door serve.</translation>
    </message>
    <message>
        <source>Link payload per write (default 244, as porter-door serve).</source>
        <translation>Carga útil del enlace por escritura (predeterminado 244, como porter-door serve).</translation>
    </message>
    <message>
        <source>Accept the pairing code without asking.</source>
        <translation>Aceptar el código de emparejamiento sin preguntar.</translation>
    </message>
    <message>
        <source>Replace the identity Porter holds for a door that was reset or replaced.</source>
        <translation>Sustituir la identidad que tiene Porter de una puerta que se restableció o se sustituyó.</translation>
    </message>
    <message>
        <source>A porter-door state directory.</source>
        <translation>Un directorio de estado de porter-door.</translation>
    </message>
    <message>
        <source>Synced door %1 ‘%2’ over %3.</source>
        <translation>Se sincronizó la puerta %1 «%2» a través de %3.</translation>
    </message>
    <message>
        <source>Version %1: already up to date.</source>
        <translation>Versión %1: ya está al día.</translation>
    </message>
    <message>
        <source>Version %1 -&gt; %2: %3 update, %4 bytes%5.</source>
        <translation>Versión %1 -&gt; %2: actualización %3, %4 bytes%5.</translation>
    </message>
    <message>
        <source> (resumed from byte %1)</source>
        <translation> (reanudada desde el byte %1)</translation>
    </message>
    <message>
        <source>Activity imported: %1.</source>
        <translation>Actividad importada: %1.</translation>
    </message>
    <message>
        <source>Alarms: %1 from the door, %2 raised by Porter; the door has lost %3 activity entries. See porterctl door show %4.</source>
        <translation>Alarmas: %1 de la puerta, %2 generadas por Porter; la puerta ha perdido %3 entradas de actividad. Vea porterctl door show %4.</translation>
    </message>
    <message>
        <source>Battery: %1; firmware: %2.</source>
        <translation>Batería: %1; firmware: %2.</translation>
    </message>
    <message>
        <source>Clock: the door refused this computer&apos;s time, which is earlier than an update it already holds (issued %1). Check this computer&apos;s clock.</source>
        <translation>Reloj: la puerta rechazó la hora de este equipo, que es anterior a una actualización que ya tiene (emitida el %1). Compruebe el reloj de este equipo.</translation>
    </message>
    <message>
        <source>Clock drift: %1 s (the door&apos;s clock was set).</source>
        <translation>Desfase del reloj: %1 s (se ajustó el reloj de la puerta).</translation>
    </message>
    <message>
        <source>Pending changes cleared: %1.</source>
        <translation>Cambios pendientes resueltos: %1.</translation>
    </message>
    <message>
        <source>Doorcode secret: epoch %1 (new); codes of the old secret no longer open this door.</source>
        <translation>Secreto de códigos de puerta: época %1 (nueva); los códigos del secreto anterior ya no abren esta puerta.</translation>
    </message>
    <message>
        <source>Left out of the door&apos;s list (the door cannot carry them; fix the data and sync again):</source>
        <translation>Fuera de la lista de la puerta (la puerta no puede contenerlos; corrija los datos y vuelva a sincronizar):</translation>
    </message>
    <message>
        <source>Door %1 ‘%2’ (%3, %4), property %5</source>
        <translation>Puerta %1 «%2» (%3, %4), propiedad %5</translation>
    </message>
    <message>
        <source>Commissioned:      %1</source>
        <translation>En servicio:           %1</translation>
    </message>
    <message>
        <source>Version (acked):   %1</source>
        <translation>Versión (confirmada):  %1</translation>
    </message>
    <message>
        <source>Pending changes:   %1</source>
        <translation>Cambios pendientes:    %1</translation>
    </message>
    <message>
        <source>Doorcode secret:   %1</source>
        <translation>Secreto de códigos:    %1</translation>
    </message>
    <message>
        <source>Last sync:         %1</source>
        <translation>Última sincronización: %1</translation>
    </message>
    <message>
        <source>Battery:           %1</source>
        <translation>Batería:               %1</translation>
    </message>
    <message>
        <source>Firmware:          %1</source>
        <translation>Firmware:              %1</translation>
    </message>
    <message>
        <source>Clock drift:       %1</source>
        <translation>Desfase del reloj:     %1</translation>
    </message>
    <message>
        <source>Activity lost:     %1 entries (the door&apos;s count at the last sync)</source>
        <translation>Actividad perdida:     %1 entradas (el recuento de la puerta en la última sincronización)</translation>
    </message>
    <message>
        <source>Alarms:            %1</source>
        <translation>Alarmas:               %1</translation>
    </message>
    <message>
        <source>Left out:          %1</source>
        <translation>Fuera de la lista:     %1</translation>
    </message>
    <message>
        <source>%1 (the door cannot carry them)</source>
        <translation>%1 (la puerta no puede contenerlas)</translation>
    </message>
    <message>
        <source>Show a door: version, battery, drift, last sync, alarms.</source>
        <translation>Mostrar una puerta: versión, batería, desfase, última sincronización, alarmas.</translation>
    </message>
    <message>
        <source>Shows a door with the version it last acknowledged, whether it is commissioned, its battery, firmware and clock drift from the last sync, when that was, how many changes it has not received yet, whether it holds the current doorcode secret, how many activity entries the door had to drop, and its alarms (keypad lockouts, spent failure budgets, lost activity, refused updates, clock set back) with their time and detail.</source>
        <translation>Muestra una puerta con la última versión que confirmó, si está en servicio, su batería, firmware y desfase del reloj de la última sincronización, cuándo fue, cuántos cambios aún no ha recibido, si tiene el secreto de códigos de puerta actual, cuántas entradas de actividad tuvo que descartar la puerta y sus alarmas (bloqueos del teclado, cupos de errores agotados, actividad perdida, actualizaciones rechazadas, reloj atrasado) con su hora y su detalle.</translation>
    </message>
    <message>
        <source>Person %1&apos;s daily doorcode for %2 (%3); it works on that local day only.</source>
        <translation>Código de puerta diario de la persona %1 para el %2 (%3); solo funciona ese día local.</translation>
    </message>
    <message>
        <source>It is a code of the new doorcode secret (epoch %1): %2 door(s) still hold the old one and accept it only after their next sync.</source>
        <translation>Es un código del nuevo secreto de códigos de puerta (época %1): %2 puerta(s) aún tienen el anterior y solo lo aceptan tras su próxima sincronización.</translation>
    </message>
    <message>
        <source>A doorcode person&apos;s daily code (Key Management).</source>
        <translation>El código diario de una persona con código de puerta (gestión de llaves).</translation>
    </message>
    <message>
        <source>Prints the person&apos;s daily doorcode for a local day of their property (default today) on the first line. It works at the property&apos;s doors on that day without a sync; after a revocation reaches a door it stops there at once. It is a code of the current doorcode secret: after property rotate-doorcode-secret it works at a door once that door is synced. Viewing a code is logged.</source>
        <translation>Muestra en la primera línea el código de puerta diario de la persona para un día local de su propiedad (predeterminado hoy). Funciona en las puertas de la propiedad ese día sin sincronizar; cuando una revocación llega a una puerta, deja de funcionar allí en el acto. Es un código del secreto de códigos de puerta actual: después de property rotate-doorcode-secret, funciona en una puerta en cuanto esa puerta se sincroniza. Cada consulta de un código queda registrada.</translation>
    </message>
    <message>
        <source>person app-key needs --public-key FILE (the phone&apos;s public key; porter-door phone new makes one).</source>
        <translation>person app-key necesita --public-key FILE (la clave pública del teléfono; porter-door phone new genera una).</translation>
    </message>
    <message>
        <source>Cannot replace %1.</source>
        <translation>No se puede sustituir %1.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2. The certificate is issued but lost: run person app-key again.</source>
        <translation>No se puede escribir %1: %2. El certificado se emitió pero se ha perdido: vuelva a ejecutar person app-key.</translation>
    </message>
    <message>
        <source>Signed the phone key of person %1 as key generation %2, valid until %3%4.</source>
        <translation>Se firmó la clave del teléfono de la persona %1 como generación de clave %2, válida hasta el %3%4.</translation>
    </message>
    <message>
        <source>; certificate written to %1</source>
        <translation>; certificado escrito en %1</translation>
    </message>
    <message>
        <source>Give the certificate to the phone. The person&apos;s other phones stop working at each door after that door&apos;s next sync; run this again before the certificate ends.</source>
        <translation>Entregue el certificado al teléfono. Los demás teléfonos de la persona dejan de funcionar en cada puerta tras la siguiente sincronización de esa puerta; vuelva a ejecutar esto antes de que venza el certificado.</translation>
    </message>
    <message>
        <source>Sign a phone&apos;s public key as the person&apos;s phone credential.</source>
        <translation>Firmar la clave pública de un teléfono como credencial telefónica de la persona.</translation>
    </message>
    <message>
        <source>Signs the public key the phone made (porter-door phone new stands in for the phone; its private key never leaves it) as the person&apos;s new key generation, valid for a year, and writes the certificate to CERTFILE (or prints it). Every other phone of the person stops working at each door after that door&apos;s next sync.</source>
        <translation>Firma la clave pública que generó el teléfono (porter-door phone new hace las veces del teléfono; su clave privada nunca sale de él) como la nueva generación de clave de la persona, válida durante un año, y escribe el certificado en CERTFILE (o lo muestra). Cualquier otro teléfono de la persona deja de funcionar en cada puerta tras la siguiente sincronización de esa puerta.</translation>
    </message>
    <message>
        <source>The phone&apos;s public key file.</source>
        <translation>El archivo de clave pública del teléfono.</translation>
    </message>
    <message>
        <source>Where to write the certificate (default: print it).</source>
        <translation>Dónde escribir el certificado (predeterminado: mostrarlo).</translation>
    </message>
    <message>
        <source>--schedule: %1</source>
        <translation>--schedule: %1</translation>
    </message>
    <message>
        <source>Give --doorcodes or --no-doorcodes, not both.</source>
        <translation>Indique --doorcodes o --no-doorcodes, no ambos.</translation>
    </message>
    <message>
        <source>Give --share or --no-share, not both.</source>
        <translation>Indique --share o --no-share, no ambos.</translation>
    </message>
    <message>
        <source>Key name.</source>
        <translation>Nombre de la llave.</translation>
    </message>
    <message>
        <source>Doors the key opens.</source>
        <translation>Puertas que abre la llave.</translation>
    </message>
    <message>
        <source>&quot;always&quot; (default) or weekly windows, e.g. &quot;Mon-Fri 09:00-17:00; Sat 10:00-14:00&quot;.</source>
        <translation>&quot;always&quot; (predeterminado) o franjas semanales; p. ej., &quot;Mon-Fri 09:00-17:00; Sat 10:00-14:00&quot;.</translation>
    </message>
    <message>
        <source>Daily doorcodes do not work with this key.</source>
        <translation>Los códigos de puerta diarios no funcionan con esta llave.</translation>
    </message>
    <message>
        <source>Holders may not share this key with guests.</source>
        <translation>Los titulares no pueden compartir esta llave con invitados.</translation>
    </message>
    <message>
        <source>Allow daily doorcodes again.</source>
        <translation>Volver a permitir los códigos de puerta diarios.</translation>
    </message>
    <message>
        <source>Allow sharing again.</source>
        <translation>Volver a permitir compartir.</translation>
    </message>
    <message>
        <source>Added key %1 &quot;%2&quot; (doors %3, %4).</source>
        <translation>Se añadió la llave %1 «%2» (puertas %3, %4).</translation>
    </message>
    <message>
        <source>Create a key (Full Key Management).</source>
        <translation>Crear una llave (gestión de llaves completa).</translation>
    </message>
    <message>
        <source>Creates a key: a named set of doors with a schedule in the property&apos;s local time.</source>
        <translation>Crea una llave: un conjunto de puertas con nombre y un horario en la hora local de la propiedad.</translation>
    </message>
    <message>
        <source>Key %1 &quot;%2&quot; now opens doors %3, %4.</source>
        <translation>La llave %1 «%2» abre ahora las puertas %3, %4.</translation>
    </message>
    <message>
        <source>Everyone holding it is affected; sync the offline doors (porterctl sync-tasks).</source>
        <translation>Afecta a todos los que la tienen; sincronice las puertas sin conexión (porterctl sync-tasks).</translation>
    </message>
    <message>
        <source>Change a key (affects everyone holding it).</source>
        <translation>Modificar una llave (afecta a todos los que la tienen).</translation>
    </message>
    <message>
        <source>Changes the options given and keeps the others. A change to a key applies to everyone holding it; the offline doors involved need a sync.</source>
        <translation>Cambia las opciones indicadas y conserva las demás. Un cambio en una llave se aplica a todos los que la tienen; las puertas sin conexión afectadas necesitan sincronizarse.</translation>
    </message>
    <message>
        <source>Deleted key %1.</source>
        <translation>Se eliminó la llave %1.</translation>
    </message>
    <message>
        <source>Delete a key.</source>
        <translation>Eliminar una llave.</translation>
    </message>
    <message>
        <source>Deletes a key; the grants of it end and its offline doors need a sync.</source>
        <translation>Elimina una llave; sus asignaciones finalizan y sus puertas sin conexión necesitan sincronizarse.</translation>
    </message>
    <message>
        <source>List a property&apos;s keys.</source>
        <translation>Listar las llaves de una propiedad.</translation>
    </message>
    <message>
        <source>Lists the keys of a property with their doors, schedule and flags.</source>
        <translation>Lista las llaves de una propiedad con sus puertas, su horario y sus opciones.</translation>
    </message>
    <message>
        <source>--role must be portfolio or property.</source>
        <translation>--role debe ser portfolio o property.</translation>
    </message>
    <message>
        <source>--key-management must be full, limited, specific or none.</source>
        <translation>--key-management debe ser full, limited, specific o none.</translation>
    </message>
    <message>
        <source>Set the new manager&apos;s password in PORTER_NEW_PASSWORD.</source>
        <translation>Defina la contraseña del nuevo administrador en PORTER_NEW_PASSWORD.</translation>
    </message>
    <message>
        <source>Added %1 %2 &lt;%3&gt; (manager %4).</source>
        <translation>Se añadió %1 %2 &lt;%3&gt; (administrador %4).</translation>
    </message>
    <message>
        <source>Portfolio Manager</source>
        <translation>Gestor de cartera</translation>
    </message>
    <message>
        <source>Property Manager</source>
        <translation>Administrador de propiedad</translation>
    </message>
    <message>
        <source>Add a manager (Portfolio Managers).</source>
        <translation>Añadir un administrador (Gestores de cartera).</translation>
    </message>
    <message>
        <source>Adds a Portfolio Manager or a Property Manager of the listed properties. Key Management: full (keys and access), limited (give and revoke any key), specific (only --keys), none. The new manager&apos;s password is read from PORTER_NEW_PASSWORD.</source>
        <translation>Añade un Gestor de cartera o un Administrador de propiedad de las propiedades indicadas. Gestión de llaves: full (llaves y acceso), limited (dar y revocar cualquier llave), specific (solo --keys), none. La contraseña del nuevo administrador se lee de PORTER_NEW_PASSWORD.</translation>
    </message>
    <message>
        <source>Name.</source>
        <translation>Nombre.</translation>
    </message>
    <message>
        <source>Email (sign-in).</source>
        <translation>Correo electrónico (inicio de sesión).</translation>
    </message>
    <message>
        <source>portfolio or property.</source>
        <translation>portfolio o property.</translation>
    </message>
    <message>
        <source>Assigned properties.</source>
        <translation>Propiedades asignadas.</translation>
    </message>
    <message>
        <source>full, limited, specific or none (default none).</source>
        <translation>full, limited, specific o none (predeterminado none).</translation>
    </message>
    <message>
        <source>Keys for specific Key Management.</source>
        <translation>Llaves para la gestión de llaves específicas.</translation>
    </message>
    <message>
        <source>May add and sync doors.</source>
        <translation>Puede añadir y sincronizar puertas.</translation>
    </message>
    <message>
        <source>List the portfolio&apos;s managers.</source>
        <translation>Listar los administradores de la cartera.</translation>
    </message>
    <message>
        <source>Lists the managers with their role and permissions.</source>
        <translation>Lista los administradores con su función y sus permisos.</translation>
    </message>
    <message>
        <source>--method must be app or doorcode.</source>
        <translation>--method debe ser app o doorcode.</translation>
    </message>
    <message>
        <source>No offline door needs a sync for this change.</source>
        <translation>Ninguna puerta sin conexión necesita sincronizarse por este cambio.</translation>
    </message>
    <message>
        <source>Offline doors to sync: %1 (see porterctl sync-tasks).</source>
        <translation>Puertas sin conexión que sincronizar: %1 (vea porterctl sync-tasks).</translation>
    </message>
    <message>
        <source>, %1 keycards disabled</source>
        <translation>, %1 tarjetas de acceso desactivadas</translation>
    </message>
    <message>
        <source>Deleted person %1: %2 keys and %3 guest passes ended%4.</source>
        <translation>Se eliminó a la persona %1: %2 llaves y %3 accesos de invitado finalizados%4.</translation>
    </message>
    <message>
        <source>Revoked all keys of person %1: %2 keys and %3 guest passes ended%4.</source>
        <translation>Se revocaron todas las llaves de la persona %1: %2 llaves y %3 accesos de invitado finalizados%4.</translation>
    </message>
    <message>
        <source>Keycard %1 (%2) is now %3; sync the person&apos;s offline doors.</source>
        <translation>La tarjeta de acceso %1 (%2) está ahora %3; sincronice las puertas sin conexión de la persona.</translation>
    </message>
    <message>
        <source>How they open doors.</source>
        <translation>Cómo abre las puertas.</translation>
    </message>
    <message>
        <source>First name.</source>
        <translation>Nombre.</translation>
    </message>
    <message>
        <source>Last name (optional).</source>
        <translation>Apellidos (opcional).</translation>
    </message>
    <message>
        <source>Email address.</source>
        <translation>Dirección de correo electrónico.</translation>
    </message>
    <message>
        <source>Phone number, any common format (optional).</source>
        <translation>Número de teléfono, en cualquier formato habitual (opcional).</translation>
    </message>
    <message>
        <source>Keys to give.</source>
        <translation>Llaves que se dan.</translation>
    </message>
    <message>
        <source>Invited %1 &lt;%2&gt; as person %3 (%4).</source>
        <translation>Se invitó a %1 &lt;%2&gt; como persona %3 (%4).</translation>
    </message>
    <message>
        <source>Access from %1 until %2; grants %3.</source>
        <translation>Acceso desde %1 hasta %2; asignaciones %3.</translation>
    </message>
    <message>
        <source>no expiry</source>
        <translation>sin vencimiento</translation>
    </message>
    <message>
        <source>Welcome email queued (outbox message %1).</source>
        <translation>Correo de bienvenida en cola (mensaje de salida %1).</translation>
    </message>
    <message>
        <source>Invite someone and give them keys.</source>
        <translation>Invitar a alguien y darle llaves.</translation>
    </message>
    <message>
        <source>Invites a person with one or more keys and queues their welcome email now, even for a future start. Setting --expires (e.g. the lease end) is recommended: without it a warning is printed on stderr.</source>
        <translation>Invita a una persona con una o varias llaves y pone en cola su correo de bienvenida ahora, incluso si el inicio es futuro. Se recomienda indicar --expires (p. ej., el fin del contrato de alquiler): sin él se muestra un aviso en stderr.</translation>
    </message>
    <message>
        <source>A resident (activity at residences is private).</source>
        <translation>Un residente (la actividad en las viviendas es privada).</translation>
    </message>
    <message>
        <source>May share their keys with guests.</source>
        <translation>Puede compartir sus llaves con invitados.</translation>
    </message>
    <message>
        <source>Start (default now).</source>
        <translation>Inicio (predeterminado ahora).</translation>
    </message>
    <message>
        <source>Expiration (recommended).</source>
        <translation>Vencimiento (recomendado).</translation>
    </message>
    <message>
        <source>%1 of %2 people%3.</source>
        <translation>%1 de %2 personas%3.</translation>
    </message>
    <message>
        <source> (add --show-expired for revoked and expired)</source>
        <translation> (añada --show-expired para las revocadas y vencidas)</translation>
    </message>
    <message>
        <source>List the people of a property.</source>
        <translation>Listar las personas de una propiedad.</translation>
    </message>
    <message>
        <source>Lists invited and active people (and guests). --show-expired adds revoked, expired and keyless people; deleted people never appear.</source>
        <translation>Lista las personas invitadas y activas (e invitados). --show-expired añade las personas revocadas, vencidas y sin llaves; las personas eliminadas nunca aparecen.</translation>
    </message>
    <message>
        <source>Match name, email or phone.</source>
        <translation>Buscar por nombre, correo o teléfono.</translation>
    </message>
    <message>
        <source>Include revoked and expired people.</source>
        <translation>Incluir a las personas revocadas y vencidas.</translation>
    </message>
    <message>
        <source>Rows (default 100).</source>
        <translation>Filas (predeterminado 100).</translation>
    </message>
    <message>
        <source>Rows to skip.</source>
        <translation>Filas que se omiten.</translation>
    </message>
    <message>
        <source>Person %1: %2 &lt;%3&gt;</source>
        <translation>Persona %1: %2 &lt;%3&gt;</translation>
    </message>
    <message>
        <source>Status: %1; method %2; phone %3; resident %4; may share %5</source>
        <translation>Estado: %1; método: %2; teléfono: %3; residente: %4; puede compartir: %5</translation>
    </message>
    <message>
        <source>Guest of person %1.</source>
        <translation>Invitado de la persona %1.</translation>
    </message>
    <message>
        <source>Deleted %1.</source>
        <translation>Eliminada el %1.</translation>
    </message>
    <message>
        <source>Guest passes:</source>
        <translation>Accesos de invitado:</translation>
    </message>
    <message>
        <source>Show a person&apos;s keys, guests, keycards and activity.</source>
        <translation>Mostrar las llaves, los invitados, las tarjetas de acceso y la actividad de una persona.</translation>
    </message>
    <message>
        <source>Shows one person, deleted ones included: every grant (ended ones too), the guest passes they gave or received, keycards and recent activity.</source>
        <translation>Muestra una persona, incluidas las eliminadas: todas las asignaciones (también las finalizadas), los accesos de invitado que concedió o recibió, las tarjetas de acceso y la actividad reciente.</translation>
    </message>
    <message>
        <source>Gave key %1 to person %2 (grant %3), from %4 until %5.</source>
        <translation>Se dio la llave %1 a la persona %2 (asignación %3), desde %4 hasta %5.</translation>
    </message>
    <message>
        <source>No expiration was set: this access will not end by itself.</source>
        <translation>No se ha fijado ningún vencimiento: este acceso no terminará por sí solo.</translation>
    </message>
    <message>
        <source>Give a person another key (also after a revoke).</source>
        <translation>Dar otra llave a una persona (también después de revocar).</translation>
    </message>
    <message>
        <source>Gives a key to a person. After &quot;revoke&quot; this gives them access again.</source>
        <translation>Da una llave a una persona. Después de «revoke», le devuelve el acceso.</translation>
    </message>
    <message>
        <source>Key.</source>
        <translation>Llave.</translation>
    </message>
    <message>
        <source>grant expiry needs either --expires T or --none.</source>
        <translation>grant expiry necesita --expires T o --none.</translation>
    </message>
    <message>
        <source>Grant %1 now expires %2.</source>
        <translation>La asignación %1 vence ahora el %2.</translation>
    </message>
    <message>
        <source>Change a grant&apos;s expiration.</source>
        <translation>Cambiar el vencimiento de una asignación.</translation>
    </message>
    <message>
        <source>Sets or clears the expiration of a grant (see person show for grant ids). Guest passes on the key are shortened so they never outlast it.</source>
        <translation>Fija o quita el vencimiento de una asignación (vea person show para los id de asignación). Los accesos de invitado de la llave se acortan para que nunca duren más que ella.</translation>
    </message>
    <message>
        <source>New expiration.</source>
        <translation>Nuevo vencimiento.</translation>
    </message>
    <message>
        <source>No expiration.</source>
        <translation>Sin vencimiento.</translation>
    </message>
    <message>
        <source>Removed grant %1; sync the key&apos;s offline doors (porterctl sync-tasks).</source>
        <translation>Se retiró la asignación %1; sincronice las puertas sin conexión de la llave (porterctl sync-tasks).</translation>
    </message>
    <message>
        <source>Take a key away from a person.</source>
        <translation>Retirar una llave a una persona.</translation>
    </message>
    <message>
        <source>Ends a grant now; permanent guest passes on that key end with it.</source>
        <translation>Finaliza ahora una asignación; los accesos de invitado permanentes de esa llave finalizan con ella.</translation>
    </message>
    <message>
        <source>Revoking ends every key of person %1 and every guest pass they gave, so their guests lose access too. Run again with --yes to confirm.</source>
        <translation>Revocar finaliza todas las llaves de la persona %1 y todos los accesos de invitado que haya concedido, así que sus invitados también pierden el acceso. Vuelva a ejecutarlo con --yes para confirmar.</translation>
    </message>
    <message>
        <source>They stay listed with --show-expired and can be given keys again.</source>
        <translation>Sigue apareciendo con --show-expired y se le pueden volver a dar llaves.</translation>
    </message>
    <message>
        <source>Revoke all keys of a person and of their guests.</source>
        <translation>Revocar todas las llaves de una persona y de sus invitados.</translation>
    </message>
    <message>
        <source>Ends every key of the person and every guest pass they gave: their guests lose access too. They stay listed with people --show-expired and can be given keys again (grant add). Needs --yes.</source>
        <translation>Finaliza todas las llaves de la persona y todos los accesos de invitado que haya concedido: sus invitados también pierden el acceso. Sigue apareciendo con people --show-expired y se le pueden volver a dar llaves (grant add). Necesita --yes.</translation>
    </message>
    <message>
        <source>Confirm.</source>
        <translation>Confirmar.</translation>
    </message>
    <message>
        <source>Deleting removes person %1 from People for good and ends the access of their permanent guests; timed guest passes run out on their own. Run again with --yes to confirm.</source>
        <translation>Eliminar quita definitivamente a la persona %1 de Personas y finaliza el acceso de sus invitados permanentes; los accesos de invitado temporales vencen por sí solos. Vuelva a ejecutarlo con --yes para confirmar.</translation>
    </message>
    <message>
        <source>Their activity stays readable; a new invitation is needed to give access again.</source>
        <translation>Su actividad sigue siendo legible; para volver a darle acceso hace falta una nueva invitación.</translation>
    </message>
    <message>
        <source>Delete a person.</source>
        <translation>Eliminar una persona.</translation>
    </message>
    <message>
        <source>Removes the person from People, ends their keys and keycards and the access of their permanent guests (timed guest passes run out on their own). Their activity stays readable; giving access again needs a new invitation. Needs --yes.</source>
        <translation>Quita a la persona de Personas y finaliza sus llaves, sus tarjetas de acceso y el acceso de sus invitados permanentes (los accesos de invitado temporales vencen por sí solos). Su actividad sigue siendo legible; para volver a darle acceso hace falta una nueva invitación. Necesita --yes.</translation>
    </message>
    <message>
        <source>Give --until T or --permanent, not both.</source>
        <translation>Indique --until T o --permanent, no ambos.</translation>
    </message>
    <message>
        <source>Person %1 shared keys %2 with %3 &lt;%4&gt; (guest person %5, shares %6) %7.</source>
        <translation>La persona %1 compartió las llaves %2 con %3 &lt;%4&gt; (persona invitada %5, accesos %6), %7.</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>hasta el %1</translation>
    </message>
    <message>
        <source>Share a resident&apos;s keys with a guest (on their behalf).</source>
        <translation>Compartir las llaves de un residente con un invitado (en su nombre).</translation>
    </message>
    <message>
        <source>What a resident with &quot;may share&quot; does from the app: gives a guest some of their shareable keys, permanently (default) or until a time.</source>
        <translation>Lo que hace desde la aplicación un residente con «puede compartir»: da a un invitado algunas de sus llaves que se pueden compartir, de forma permanente (predeterminado) o hasta una hora.</translation>
    </message>
    <message>
        <source>End of the pass.</source>
        <translation>Fin del acceso.</translation>
    </message>
    <message>
        <source>No end (the default).</source>
        <translation>Sin fin (predeterminado).</translation>
    </message>
    <message>
        <source>keycard enroll needs --serial HEX.</source>
        <translation>keycard enroll necesita --serial HEX.</translation>
    </message>
    <message>
        <source>Enrolled keycard %1 (%2) for person %3, %4.</source>
        <translation>Se registró la tarjeta de acceso %1 (%2) para la persona %3: %4.</translation>
    </message>
    <message>
        <source>active; it works after the doors sync</source>
        <translation>activa; funciona cuando se sincronicen las puertas</translation>
    </message>
    <message>
        <source>Enroll a keycard for a person.</source>
        <translation>Registrar una tarjeta de acceso para una persona.</translation>
    </message>
    <message>
        <source>Enrolls a card by its serial (4 to 10 bytes of hex; &apos;:&apos; &apos;-&apos; and spaces allowed), active unless --inactive. It works once the person&apos;s doors have synced.</source>
        <translation>Registra una tarjeta por su número de serie (de 4 a 10 bytes en hexadecimal; se admiten &apos;:&apos;, &apos;-&apos; y espacios), activa salvo con --inactive. Funciona cuando las puertas de la persona se han sincronizado.</translation>
    </message>
    <message>
        <source>Card serial.</source>
        <translation>Número de serie de la tarjeta.</translation>
    </message>
    <message>
        <source>Enroll without activating.</source>
        <translation>Registrar sin activar.</translation>
    </message>
    <message>
        <source>Activate a keycard.</source>
        <translation>Activar una tarjeta de acceso.</translation>
    </message>
    <message>
        <source>Activates an enrolled keycard.</source>
        <translation>Activa una tarjeta de acceso registrada.</translation>
    </message>
    <message>
        <source>Deactivate a keycard.</source>
        <translation>Desactivar una tarjeta de acceso.</translation>
    </message>
    <message>
        <source>Deactivates a keycard (lost or returned).</source>
        <translation>Desactiva una tarjeta de acceso (perdida o devuelta).</translation>
    </message>
    <message>
        <source>Created portfolio &quot;%1&quot; in %2.</source>
        <translation>Se creó la cartera «%1» en %2.</translation>
    </message>
    <message>
        <source>Portfolio Manager %1 &lt;%2&gt; (manager %3).</source>
        <translation>Gestor de cartera %1 &lt;%2&gt; (administrador %3).</translation>
    </message>
    <message>
        <source>Create a database with a portfolio and its first Portfolio Manager.</source>
        <translation>Crear una base de datos con una cartera y su primer Gestor de cartera.</translation>
    </message>
    <message>
        <source>Creates the portfolio in an empty database (--db) and its first Portfolio Manager, whose password is read from PORTER_PASSWORD or one line of standard input (at least 10 characters). No --as is needed.</source>
        <translation>Crea la cartera en una base de datos vacía (--db) y su primer Gestor de cartera, cuya contraseña se lee de PORTER_PASSWORD o de una línea de la entrada estándar (al menos 10 caracteres). No hace falta --as.</translation>
    </message>
    <message>
        <source>Portfolio name.</source>
        <translation>Nombre de la cartera.</translation>
    </message>
    <message>
        <source>The manager&apos;s name.</source>
        <translation>El nombre del administrador.</translation>
    </message>
    <message>
        <source>The manager&apos;s email (sign-in).</source>
        <translation>El correo electrónico del administrador (inicio de sesión).</translation>
    </message>
    <message>
        <source>property add needs --tz IANA-NAME, e.g. America/New_York.</source>
        <translation>property add necesita --tz IANA-NAME; p. ej., America/New_York.</translation>
    </message>
    <message>
        <source>Added property %1 &quot;%2&quot; (%3).</source>
        <translation>Se añadió la propiedad %1 «%2» (%3).</translation>
    </message>
    <message>
        <source>Daily doorcodes have %1 digits.</source>
        <translation>Los códigos de puerta diarios tienen %1 dígitos.</translation>
    </message>
    <message>
        <source>Add a property (Portfolio Managers).</source>
        <translation>Añadir una propiedad (Gestores de cartera).</translation>
    </message>
    <message>
        <source>Adds a property with its IANA time zone; every time entered for it is in that zone. --region is the ISO country code used for phone numbers without a country code (default US). --doorcode-digits is the length of its daily doorcodes (default 7; 8 or 9 for doors with many doorcode holders, docs/doorcodes.md).</source>
        <translation>Añade una propiedad con su zona horaria IANA; todas las horas que se introduzcan para ella están en esa zona. --region es el código ISO de país que se usa para los números de teléfono sin prefijo de país (predeterminado US). --doorcode-digits es la longitud de sus códigos de puerta diarios (predeterminada 7; 8 o 9 para puertas con muchos titulares de código, docs/doorcodes.md).</translation>
    </message>
    <message>
        <source>Property name.</source>
        <translation>Nombre de la propiedad.</translation>
    </message>
    <message>
        <source>Time zone, e.g. America/New_York.</source>
        <translation>Zona horaria; p. ej., America/New_York.</translation>
    </message>
    <message>
        <source>Phone region (default US).</source>
        <translation>Región del teléfono (predeterminada US).</translation>
    </message>
    <message>
        <source>Street address.</source>
        <translation>Dirección postal.</translation>
    </message>
    <message>
        <source>Digits of daily doorcodes: 7 (default), 8 or 9.</source>
        <translation>Dígitos de los códigos de puerta diarios: 7 (predeterminado), 8 o 9.</translation>
    </message>
    <message>
        <source>property set-doorcode-digits needs --digits 7, 8 or 9.</source>
        <translation>property set-doorcode-digits necesita --digits 7, 8 o 9.</translation>
    </message>
    <message>
        <source>Daily doorcodes of property %1 &quot;%2&quot; have %3 digits.</source>
        <translation>Los códigos de puerta diarios de la propiedad %1 «%2» tienen %3 dígitos.</translation>
    </message>
    <message>
        <source>Change the length of a property&apos;s doorcodes (before its first door is commissioned).</source>
        <translation>Cambiar la longitud de los códigos de puerta de una propiedad (antes de poner en servicio su primera puerta).</translation>
    </message>
    <message>
        <source>Sets how many digits the property&apos;s daily doorcodes have. A door learns the length when it is commissioned, so this is refused once any door of the property is commissioned (reset and commission every door again to change it).</source>
        <translation>Fija cuántos dígitos tienen los códigos de puerta diarios de la propiedad. Una puerta aprende la longitud cuando se pone en servicio, así que se rechaza en cuanto alguna puerta de la propiedad está en servicio (para cambiarla, restablezca y vuelva a poner en servicio todas las puertas).</translation>
    </message>
    <message>
        <source>7, 8 or 9.</source>
        <translation>7, 8 o 9.</translation>
    </message>
    <message>
        <source>List the properties you manage.</source>
        <translation>Listar las propiedades que gestiona.</translation>
    </message>
    <message>
        <source>Lists the properties the signed-in manager can see.</source>
        <translation>Lista las propiedades que puede ver el administrador que ha iniciado sesión.</translation>
    </message>
    <message>
        <source>Property %1 ‘%2’ (%3)</source>
        <translation>Propiedad %1 «%2» (%3)</translation>
    </message>
    <message>
        <source>epoch %1</source>
        <translation>época %1</translation>
    </message>
    <message>
        <source>none yet (commission a door first)</source>
        <translation>ninguno aún (ponga primero una puerta en servicio)</translation>
    </message>
    <message>
        <source>Old secret at:     %1</source>
        <translation>Secreto anterior en:   %1</translation>
    </message>
    <message>
        <source>no door</source>
        <translation>ninguna puerta</translation>
    </message>
    <message>
        <source>%1 door(s): %2 — codes of the old secret open them until they are synced</source>
        <translation>%1 puerta(s): %2; los códigos del secreto anterior las abren hasta que se sincronicen</translation>
    </message>
    <message>
        <source>Show a property and its doorcode secret.</source>
        <translation>Mostrar una propiedad y su secreto de códigos de puerta.</translation>
    </message>
    <message>
        <source>Shows a property with the epoch of its doorcode secret and the doors that still hold an older one (codes of the old secret open those doors until they are synced).</source>
        <translation>Muestra una propiedad con la época de su secreto de códigos de puerta y las puertas que aún tienen uno anterior (los códigos del secreto anterior abren esas puertas hasta que se sincronicen).</translation>
    </message>
    <message>
        <source>Property %1 has a new doorcode secret (epoch %2); the old one is gone.</source>
        <translation>La propiedad %1 tiene un nuevo secreto de códigos de puerta (época %2); el anterior ya no existe.</translation>
    </message>
    <message>
        <source>porterctl doorcode now shows codes of the new secret; they work at a door once it is synced.</source>
        <translation>porterctl doorcode muestra ahora códigos del nuevo secreto; funcionan en una puerta en cuanto se sincroniza.</translation>
    </message>
    <message>
        <source>No door is commissioned yet.</source>
        <translation>Aún no hay ninguna puerta en servicio.</translation>
    </message>
    <message>
        <source>Sync these doors now: codes of the old secret open them until then: %1.</source>
        <translation>Sincronice ahora estas puertas; hasta entonces, los códigos del secreto anterior las abren: %1.</translation>
    </message>
    <message>
        <source>Replace the doorcode secret (Device Management).</source>
        <translation>Sustituir el secreto de los códigos de puerta (gestión de dispositivos).</translation>
    </message>
    <message>
        <source>Creates a new doorcode secret for the property (the next epoch) and forgets the old one. porterctl doorcode shows codes of the new secret from now on. Each door receives the new secret, signed and encrypted, at its next sync; until then codes of the old secret still open it, so sync every door listed. Use it when the secret may have leaked (a stolen or lost door, a stolen backup).</source>
        <translation>Crea un nuevo secreto de códigos de puerta para la propiedad (la época siguiente) y olvida el anterior. A partir de ahora, porterctl doorcode muestra códigos del nuevo secreto. Cada puerta recibe el nuevo secreto, firmado y cifrado, en su próxima sincronización; hasta entonces los códigos del secreto anterior la siguen abriendo, así que sincronice todas las puertas indicadas. Úselo cuando el secreto haya podido filtrarse (una puerta robada o perdida, una copia de seguridad robada).</translation>
    </message>
    <message>
        <source>activity needs exactly one of --property, --person or --door.</source>
        <translation>activity necesita exactamente uno de --property, --person o --door.</translation>
    </message>
    <message>
        <source>Who did what, newest first.</source>
        <translation>Quién hizo qué, lo más reciente primero.</translation>
    </message>
    <message>
        <source>Admin actions (including refused ones) and door events, newest first. Deleted people&apos;s activity stays readable.</source>
        <translation>Acciones de administración (incluidas las denegadas) y eventos de puerta, lo más reciente primero. La actividad de las personas eliminadas sigue siendo legible.</translation>
    </message>
    <message>
        <source>Person.</source>
        <translation>Persona.</translation>
    </message>
    <message>
        <source>Door.</source>
        <translation>Puerta.</translation>
    </message>
    <message>
        <source>From (inclusive).</source>
        <translation>Desde (incluido).</translation>
    </message>
    <message>
        <source>To (a date includes that day).</source>
        <translation>Hasta (una fecha incluye ese día).</translation>
    </message>
    <message>
        <source>Rows (default 200).</source>
        <translation>Filas (predeterminado 200).</translation>
    </message>
    <message>
        <source>No door needs a sync.</source>
        <translation>Ninguna puerta necesita sincronizarse.</translation>
    </message>
    <message>
        <source>Offline doors that need a sync.</source>
        <translation>Puertas sin conexión que necesitan sincronizarse.</translation>
    </message>
    <message>
        <source>Door sync tasks: each offline door with changes it has not acknowledged, flagged when access starts or ends on the day (default today) or a change is already due. Online doors never appear.</source>
        <translation>Tareas de sincronización de puertas: cada puerta sin conexión con cambios que no ha confirmado, marcada cuando un acceso empieza o termina ese día (predeterminado hoy) o un cambio ya está pendiente. Las puertas conectadas nunca aparecen.</translation>
    </message>
    <message>
        <source>Created the demo portfolio &quot;%1&quot; in %2.</source>
        <translation>Se creó la cartera de demostración «%1» en %2.</translation>
    </message>
    <message>
        <source>Property %1 with %2 doors, %3 keys and %4 people.</source>
        <translation>Propiedad %1 con %2 puertas, %3 llaves y %4 personas.</translation>
    </message>
    <message>
        <source>Portfolio Manager: %1  password: %2</source>
        <translation>Gestor de cartera:          %1  contraseña: %2</translation>
    </message>
    <message>
        <source>Property Manager:  %1  password: %2</source>
        <translation>Administrador de propiedad: %1  contraseña: %2</translation>
    </message>
    <message>
        <source>Create a demo portfolio.</source>
        <translation>Crear una cartera de demostración.</translation>
    </message>
    <message>
        <source>Fills an empty database with the &quot;Harbor Point Residential&quot; demo: one property in America/New_York with doors, keys, residents, staff, vendors, guests and keycards, dated relative to today. Prints the managers&apos; emails and passwords. Refuses a database that already has a portfolio.</source>
        <translation>Rellena una base de datos vacía con la demostración «Harbor Point Residential»: una propiedad en America/New_York con puertas, llaves, residentes, personal, proveedores, invitados y tarjetas de acceso, con fechas relativas a hoy. Muestra los correos y las contraseñas de los administradores. Rechaza una base de datos que ya tenga una cartera.</translation>
    </message>
    <message>
        <source>Print the version.</source>
        <translation>Mostrar la versión.</translation>
    </message>
    <message>
        <source>Prints porterctl&apos;s version, the Qt version and the database schema version.</source>
        <translation>Muestra la versión de porterctl, la de Qt y la del esquema de la base de datos.</translation>
    </message>
    <message>
        <source>porterctl - manage a Porter access database from the command line

Usage: porterctl [--db PATH] [--as EMAIL] [--json] COMMAND [ARGUMENTS]

Commands:
</source>
        <translation>porterctl - gestione una base de datos de acceso de Porter desde la línea de órdenes

Uso: porterctl [--db PATH] [--as EMAIL] [--json] ORDEN [ARGUMENTOS]

Órdenes:
</translation>
    </message>
    <message>
        <source>This list, or help for one command.</source>
        <translation>Esta lista, o la ayuda de una orden.</translation>
    </message>
    <message>
        <source>
Global options:
</source>
        <translation>
Opciones globales:
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
Variables de entorno:
  PORTER_AS            iniciar sesión como este administrador (en lugar de --as)
  PORTER_PASSWORD      la contraseña (si no, una línea de la entrada estándar)
  PORTER_NEW_PASSWORD  la contraseña del nuevo administrador (manager add)

Estado de salida: 0 hecho, 1 la operación falló, 2 la línea de órdenes es incorrecta.
Ejecute «porterctl help ORDEN» para ver las opciones de una orden; docs/cli.md tiene ejemplos.
</translation>
    </message>
    <message>
        <source>Usage: porterctl %1 %2

</source>
        <translation>Uso: porterctl %1 %2

</translation>
    </message>
    <message>
        <source>
Options:
</source>
        <translation>
Opciones:
</translation>
    </message>
    <message>
        <source>porterctl: warning: %1
</source>
        <translation>porterctl: aviso: %1
</translation>
    </message>
    <message>
        <source>There is no command &quot;%1&quot;. Run porterctl help for the list.</source>
        <translation>No existe la orden «%1». Ejecute porterctl help para ver la lista.</translation>
    </message>
    <message>
        <source>No command given. Run porterctl help for the list.</source>
        <translation>No se ha indicado ninguna orden. Ejecute porterctl help para ver la lista.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs one of: %2.</source>
        <translation>«%1» necesita uno de estos valores: %2.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;. Run porterctl help for the list.</source>
        <translation>Orden desconocida: «%1». Ejecute porterctl help para ver la lista.</translation>
    </message>
    <message>
        <source>%1 (usage: %2)</source>
        <translation>%1 (uso: %2)</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot; (usage: %2)</source>
        <translation>Argumento inesperado «%1» (uso: %2)</translation>
    </message>
    <message>
        <source>%1 needs --%2 (usage: %3)</source>
        <translation>%1 necesita --%2 (uso: %3)</translation>
    </message>
    <message>
        <source>Database file (default: the app&apos;s).</source>
        <translation>Archivo de base de datos (predeterminado: el de la aplicación).</translation>
    </message>
    <message>
        <source>Sign in as this manager (or PORTER_AS).</source>
        <translation>Iniciar sesión como este administrador (o PORTER_AS).</translation>
    </message>
    <message>
        <source>Machine-readable output.</source>
        <translation>Salida legible por máquina.</translation>
    </message>
    <message>
        <source>Show diagnostic log messages on stderr.</source>
        <translation>Mostrar mensajes de diagnóstico en stderr.</translation>
    </message>
    <message>
        <source>Help for the command.</source>
        <translation>Ayuda de la orden.</translation>
    </message>
    <message>
        <source>Times are in the property&apos;s local time: YYYY-MM-DD (a start means the start of that day, an expiry the end of it) or &quot;YYYY-MM-DD HH:MM&quot;.</source>
        <translation>Las horas están en la hora local de la propiedad: AAAA-MM-DD (un inicio significa el principio de ese día; un vencimiento, el final) o &quot;AAAA-MM-DD HH:MM&quot;.</translation>
    </message>
    <message>
        <source>No Porter database at %1: create one with porterctl init --db %1</source>
        <translation>No hay ninguna base de datos de Porter en %1: cree una con porterctl init --db %1</translation>
    </message>
    <message>
        <source>No password: set PORTER_PASSWORD or give it on standard input.</source>
        <translation>Falta la contraseña: defina PORTER_PASSWORD o escríbala en la entrada estándar.</translation>
    </message>
    <message>
        <source>Sign in with --as EMAIL (or set PORTER_AS).</source>
        <translation>Inicie sesión con --as EMAIL (o defina PORTER_AS).</translation>
    </message>
    <message>
        <source>Password: </source>
        <translation>Contraseña: </translation>
    </message>
    <message>
        <source>%1 needs a numeric id, not &quot;%2&quot;.</source>
        <translation>%1 necesita un id numérico, no «%2».</translation>
    </message>
    <message>
        <source>%1 needs --%2 ID.</source>
        <translation>%1 necesita --%2 ID.</translation>
    </message>
    <message>
        <source>%1 needs %2. Usage: porterctl %1 %3</source>
        <translation>%1 necesita %2. Uso: porterctl %1 %3</translation>
    </message>
    <message>
        <source>%1 needs --%2 ID[,ID...].</source>
        <translation>%1 necesita --%2 ID[,ID...].</translation>
    </message>
    <message>
        <source>--%1 needs a whole number, not &quot;%2&quot;.</source>
        <translation>--%1 necesita un número entero, no «%2».</translation>
    </message>
    <message>
        <source>--now needs an ISO 8601 time such as 2026-03-07T12:00:00Z.</source>
        <translation>--now necesita una hora ISO 8601, como 2026-03-07T12:00:00Z.</translation>
    </message>
    <message>
        <source>%1 (acknowledged %2)</source>
        <translation>%1 (confirmada %2)</translation>
    </message>
    <message numerus="yes">
        <source>needs sync (%n pending change(s))</source>
        <translation>
            <numerusform>necesita sincronizarse (%n cambio pendiente)</numerusform>
            <numerusform>necesita sincronizarse (%n cambios pendientes)</numerusform>
        </translation>
    </message>
    <message>
        <source>up to date</source>
        <translation>actualizada</translation>
    </message>
    <message>
        <source>%1 dBm</source>
        <translation>%1 dBm</translation>
    </message>
    <message>
        <source>No door heard in %1 s. Stand near a door (it advertises only while it has power) and scan again.</source>
        <translation>No se ha oído ninguna puerta en %1 s. Colóquese junto a una puerta (solo se anuncia mientras tiene alimentación) y vuelva a buscar.</translation>
    </message>
    <message>
        <source>List the doors in Bluetooth range.</source>
        <translation>Listar las puertas al alcance por Bluetooth.</translation>
    </message>
    <message>
        <source>Listens for --seconds (default 5) for doors advertising over Bluetooth and lists them, nearest first: which of your doors each is (matched by the property and door ids it advertises, never by its address), doors waiting to be commissioned (install mode), doors of another property, the signal strength, the address to give door commission/sync --address, and the list version the door advertises against the one Porter recorded (&quot;needs sync&quot; when they differ or changes are pending). Devices the computer only remembers from earlier are not listed. --power-on turns the computer&apos;s Bluetooth on first.</source>
        <translation>Escucha durante --seconds (5 por defecto) las puertas que se anuncian por Bluetooth y las lista, de la más cercana a la más lejana: cuál de sus puertas es cada una (según los ids de propiedad y de puerta que anuncia, nunca por su dirección), las puertas que esperan la puesta en servicio (modo de instalación), las puertas de otra propiedad, la intensidad de la señal, la dirección que hay que indicar en door commission/sync --address, y la versión de la lista que anuncia la puerta frente a la que registró Porter (&quot;necesita sincronizarse&quot; cuando difieren o hay cambios pendientes). No se listan los dispositivos que el equipo solo recuerda de antes. --power-on activa antes el Bluetooth del equipo.</translation>
    </message>
    <message>
        <source>How long to listen (default 5).</source>
        <translation>Cuánto tiempo escuchar (5 por defecto).</translation>
    </message>
    <message>
        <source>Turn the computer&apos;s Bluetooth on if it is off.</source>
        <translation>Activar el Bluetooth del equipo si está desactivado.</translation>
    </message>
    <message>
        <source>Is porter-door serve running there?</source>
        <translation>¿Se está ejecutando porter-door serve allí?</translation>
    </message>
    <message>
        <source>Commissioning door %1 ‘%2’ failed: %3</source>
        <translation>La puesta en servicio de la puerta %1 «%2» ha fallado: %3</translation>
    </message>
    <message>
        <source>It holds no access yet: run porterctl door sync %1 --ble.</source>
        <translation>Aún no tiene ningún acceso: ejecute porterctl door sync %1 --ble.</translation>
    </message>
    <message>
        <source>door commission needs --ble, --tcp HOST:PORT or --state DIR (one of them).</source>
        <translation>door commission necesita --ble, --tcp HOST:PORT o --state DIR (uno de ellos).</translation>
    </message>
    <message>
        <source>Gives a new door the property&apos;s signing key and the doorcode secret, and records the door&apos;s identity key. The door must be in install mode (its install button pressed less than 10 minutes ago: porter-door install). --ble finds it over Bluetooth: porterctl listens for --seconds (default 5) and takes the one door waiting to be commissioned (several: choose one with --address, as door scan lists them). --tcp talks to porter-door serve. Over either link the door and porterctl both show a six-digit pairing code and you are asked &quot;does the door show NNNNNN? [y/N]&quot; (one line of standard input) before anything secret is sent. --yes accepts it unseen, for scripts on a link you trust: on any other link a device in the middle could be commissioned instead. --state commissions a porter-door state directory in process (porter-door must not be running on it). A door Porter already knows is commissioned again only after you confirm replacing its identity (asked on standard input, or --replace).</source>
        <translation>Entrega a una puerta nueva la clave de firma de la propiedad y el secreto de códigos de puerta, y registra la clave de identidad de la puerta. La puerta debe estar en modo de instalación (su botón de instalación pulsado hace menos de 10 minutos: porter-door install). --ble la busca por Bluetooth: porterctl escucha durante --seconds (5 por defecto) y toma la única puerta que espera la puesta en servicio (si hay varias, elija una con --address, tal como las lista door scan). --tcp se comunica con porter-door serve. Por cualquiera de los dos enlaces, la puerta y porterctl muestran un código de emparejamiento de seis dígitos y se le pregunta &quot;does the door show NNNNNN? [y/N]&quot; (una línea de la entrada estándar) antes de enviar nada secreto. --yes lo acepta sin verlo, para scripts en un enlace de confianza: en cualquier otro enlace podría ponerse en servicio un dispositivo intermedio en su lugar. --state pone en servicio, dentro del proceso, un directorio de estado de porter-door (porter-door no debe estar ejecutándose sobre él). Una puerta que Porter ya conoce solo se vuelve a poner en servicio después de que confirme la sustitución de su identidad (se pregunta por la entrada estándar, o --replace).</translation>
    </message>
    <message>
        <source>Find the door over Bluetooth.</source>
        <translation>Buscar la puerta por Bluetooth.</translation>
    </message>
    <message>
        <source>With --ble: the door&apos;s Bluetooth address (door scan).</source>
        <translation>Con --ble: la dirección Bluetooth de la puerta (door scan).</translation>
    </message>
    <message>
        <source>With --ble: how long to listen for the door (default 5).</source>
        <translation>Con --ble: cuánto tiempo escuchar la puerta (5 por defecto).</translation>
    </message>
    <message>
        <source>door sync needs --ble or --tcp HOST:PORT (one of them).</source>
        <translation>door sync necesita --ble o --tcp HOST:PORT (uno de ellos).</translation>
    </message>
    <message>
        <source>Link: %1 bytes per write.</source>
        <translation>Enlace: %1 bytes por escritura.</translation>
    </message>
    <message>
        <source>Sync a door over Bluetooth or TCP (porter-door serve).</source>
        <translation>Sincronizar una puerta por Bluetooth o TCP (porter-door serve).</translation>
    </message>
    <message>
        <source>Sends the door what it must enforce now (a delta from the version it acknowledged, or a full list), sets its clock, and brings back its activity, battery, firmware and clock drift. The door&apos;s new version is recorded only after the door acknowledged it; the door&apos;s sync task is then cleared. --ble listens up to --seconds (default 10) for the door&apos;s advertisement and connects to it over Bluetooth; a sync that lost its link continues where it stopped when run again. --tcp talks to porter-door serve.</source>
        <translation>Envía a la puerta lo que debe aplicar ahora (un delta desde la versión que confirmó, o una lista completa), ajusta su reloj y recupera su actividad, batería, firmware y desfase del reloj. La nueva versión de la puerta solo se registra después de que la puerta la confirme; entonces se borra la tarea de sincronización de la puerta. --ble escucha hasta --seconds (10 por defecto) el anuncio de la puerta y se conecta a ella por Bluetooth; una sincronización que perdió el enlace continúa donde se detuvo al volver a ejecutarla. --tcp se comunica con porter-door serve.</translation>
    </message>
    <message>
        <source>Reach the door over Bluetooth.</source>
        <translation>Llegar a la puerta por Bluetooth.</translation>
    </message>
    <message>
        <source>With --ble: how long to listen for the door (default 10).</source>
        <translation>Con --ble: cuánto tiempo escuchar la puerta (10 por defecto).</translation>
    </message>
    <message>
        <source>commissioned</source>
        <translation>en servicio</translation>
    </message>
    <message>
        <source>not commissioned, waiting to be commissioned (install mode)</source>
        <translation>no está en servicio, esperando la puesta en servicio (modo de instalación)</translation>
    </message>
    <message>
        <source>not commissioned (press its install button)</source>
        <translation>no está en servicio (pulse su botón de instalación)</translation>
    </message>
    <message>
        <source>unknown door (another property)</source>
        <translation>puerta desconocida (otra propiedad)</translation>
    </message>
    <message>
        <source>faulted: reset it at the door</source>
        <translation>en fallo: restablézcala en la puerta</translation>
    </message>
    <message>
        <source>--seconds needs a number from 1 to 600.</source>
        <translation>--seconds necesita un número de 1 a 600.</translation>
    </message>
    <message>
        <source>The door at %1 refuses everything (its memory is damaged or was tampered with): reset it at the door and commission it again.</source>
        <translation>La puerta en %1 lo rechaza todo (su memoria está dañada o se ha manipulado): restablézcala en la puerta y vuelva a ponerla en servicio.</translation>
    </message>
    <message>
        <source>The door at %1 is not commissioned: commission it first (porterctl door commission %2 --ble).</source>
        <translation>La puerta en %1 no está en servicio: póngala primero en servicio (porterctl door commission %2 --ble).</translation>
    </message>
    <message>
        <source>Nothing was heard from %1 in %2 s: the door is not in range. Stand near the door and try again.</source>
        <translation>No se ha oído nada de %1 en %2 s: la puerta no está al alcance. Colóquese junto a la puerta e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>Door %1 ‘%2’ is not in range: it was not heard in %3 s. Stand near the door (check that it has power) and try again.</source>
        <translation>La puerta %1 «%2» no está al alcance: no se ha oído en %3 s. Colóquese junto a la puerta (compruebe que tiene alimentación) e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>The door at %1 is %2, not waiting to be commissioned: press its install button, then try again within 10 minutes.</source>
        <translation>La puerta en %1 no espera la puesta en servicio (estado: %2): pulse su botón de instalación e inténtelo de nuevo en menos de 10 minutos.</translation>
    </message>
    <message>
        <source>No door waiting to be commissioned was heard in %1 s (%2 door(s) heard). Press the install button of the door to commission as door %3 ‘%4’, stand near it and try again.</source>
        <translation>No se ha oído ninguna puerta que espere la puesta en servicio en %1 s (puertas oídas: %2). Pulse el botón de instalación de la puerta que quiere poner en servicio como puerta %3 «%4», colóquese junto a ella e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>%1 (%2 dBm)</source>
        <translation>%1 (%2 dBm)</translation>
    </message>
    <message>
        <source>%1 doors are waiting to be commissioned, nearest first: %2. Choose the one in front of you with --address.</source>
        <translation>%1 puertas esperan la puesta en servicio, de la más cercana a la más lejana: %2. Elija la que tiene delante con --address.</translation>
    </message>
    <message>
        <source>--%1 must be yes or no.</source>
        <translation>--%1 debe ser yes o no.</translation>
    </message>
    <message>
        <source>Nothing to change for person %1.</source>
        <translation>No hay nada que cambiar para la persona %1.</translation>
    </message>
    <message>
        <source>Edited person %1 (%2): %3.</source>
        <translation>Se modificó la persona %1 (%2): %3.</translation>
    </message>
    <message>
        <source>May share is off: %1 permanent guest passes ended.</source>
        <translation>Puede compartir desactivado: %1 accesos de invitado permanentes finalizados.</translation>
    </message>
    <message>
        <source>The email changed: send a new welcome email with person resend-welcome.</source>
        <translation>El correo electrónico ha cambiado: envíe un nuevo correo de bienvenida con person resend-welcome.</translation>
    </message>
    <message>
        <source>Edit a person&apos;s contact details, Resident and May share.</source>
        <translation>Modificar los datos de contacto, Residente y Puede compartir de una persona.</translation>
    </message>
    <message>
        <source>Changes the options given and keeps the others; the contact is checked as for an invitation. Turning May share off ends the person&apos;s permanent guest passes now; timed passes run to their end. Give --last &quot;&quot; or --phone &quot;&quot; to clear them.</source>
        <translation>Cambia las opciones indicadas y conserva las demás; el contacto se comprueba como en una invitación. Al desactivar Puede compartir, los accesos de invitado permanentes de la persona finalizan ahora; los temporales siguen hasta su fin. Indique --last &quot;&quot; o --phone &quot;&quot; para borrarlos.</translation>
    </message>
    <message>
        <source>Last name.</source>
        <translation>Apellidos.</translation>
    </message>
    <message>
        <source>Phone number, any common format.</source>
        <translation>Número de teléfono, en cualquier formato habitual.</translation>
    </message>
    <message>
        <source>Resident of the property.</source>
        <translation>Residente de la propiedad.</translation>
    </message>
    <message>
        <source>May share keys with guests.</source>
        <translation>Puede compartir llaves con invitados.</translation>
    </message>
    <message>
        <source>Welcome email for person %1 queued (outbox message %2).</source>
        <translation>Correo de bienvenida para la persona %1 en cola (mensaje de salida %2).</translation>
    </message>
    <message>
        <source>Queue a new welcome email for a person.</source>
        <translation>Poner en cola un nuevo correo de bienvenida para una persona.</translation>
    </message>
    <message>
        <source>Queues a new welcome email to the person&apos;s current address, telling their access as it is now. Refused for deleted people, guests and people without a current or future key.</source>
        <translation>Pone en cola un nuevo correo de bienvenida a la dirección actual de la persona, con su acceso tal como está ahora. Se rechaza para personas eliminadas, invitados y personas sin ninguna llave vigente o futura.</translation>
    </message>
    <message>
        <source>Ended guest pass %1 of person %2.</source>
        <translation>Se finalizó el acceso de invitado %1 de la persona %2.</translation>
    </message>
    <message>
        <source>End a guest pass now.</source>
        <translation>Finalizar ahora un acceso de invitado.</translation>
    </message>
    <message>
        <source>Ends one guest pass now (see person show for pass ids); the guest keeps their other passes.</source>
        <translation>Finaliza ahora un acceso de invitado (vea person show para los id de los accesos); el invitado conserva sus demás accesos.</translation>
    </message>
    <message>
        <source>Give --device-management or --no-device-management, not both.</source>
        <translation>Indique --device-management o --no-device-management, no ambos.</translation>
    </message>
    <message>
        <source>Set the manager&apos;s new password in PORTER_NEW_PASSWORD.</source>
        <translation>Defina la nueva contraseña del administrador en PORTER_NEW_PASSWORD.</translation>
    </message>
    <message>
        <source>Changed %1 &lt;%2&gt; (manager %3).</source>
        <translation>Se modificó a %1 &lt;%2&gt; (administrador %3).</translation>
    </message>
    <message>
        <source>Their password was reset.</source>
        <translation>Se restableció su contraseña.</translation>
    </message>
    <message>
        <source>Change a manager (Portfolio Managers).</source>
        <translation>Modificar un administrador (Gestores de cartera).</translation>
    </message>
    <message>
        <source>Changes the options given and keeps the others. --reset-password sets the password read from PORTER_NEW_PASSWORD. The last Portfolio Manager cannot become a Property Manager, and nobody takes the Portfolio Manager role from themselves.</source>
        <translation>Cambia las opciones indicadas y conserva las demás. --reset-password establece la contraseña leída de PORTER_NEW_PASSWORD. El último Gestor de cartera no puede pasar a ser Administrador de propiedad, y nadie puede quitarse a sí mismo el rol de Gestor de cartera.</translation>
    </message>
    <message>
        <source>Assigned properties (replaces the list).</source>
        <translation>Propiedades asignadas (sustituye la lista).</translation>
    </message>
    <message>
        <source>full, limited, specific or none.</source>
        <translation>full, limited, specific o none.</translation>
    </message>
    <message>
        <source>Keys for specific Key Management (replaces the list).</source>
        <translation>Llaves para la gestión de llaves específicas (sustituye la lista).</translation>
    </message>
    <message>
        <source>May no longer add and sync doors.</source>
        <translation>Ya no puede añadir ni sincronizar puertas.</translation>
    </message>
    <message>
        <source>Set the password read from PORTER_NEW_PASSWORD.</source>
        <translation>Establecer la contraseña leída de PORTER_NEW_PASSWORD.</translation>
    </message>
    <message>
        <source>Removed manager %1. They can no longer sign in; their activity stays.</source>
        <translation>Se retiró al administrador %1. Ya no puede iniciar sesión; su actividad se conserva.</translation>
    </message>
    <message>
        <source>Remove a manager (Portfolio Managers).</source>
        <translation>Retirar un administrador (Gestores de cartera).</translation>
    </message>
    <message>
        <source>Removes a manager: they can no longer sign in and are no longer listed, and the activity they recorded keeps their name. Adding their email again brings them back. Nobody removes themselves or the last Portfolio Manager.</source>
        <translation>Retira un administrador: ya no puede iniciar sesión ni aparece en la lista, y la actividad que registró conserva su nombre. Si vuelve a añadir su correo electrónico, se le recupera. Nadie puede retirarse a sí mismo ni retirar al último Gestor de cartera.</translation>
    </message>
    <message>
        <source>Email is not set up. Give --host and --from (see porterctl help mail settings).</source>
        <translation>El correo electrónico no está configurado. Indique --host y --from (vea porterctl help mail settings).</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Server:        %1:%2 (%3)</source>
        <translation>Servidor:           %1:%2 (%3)</translation>
    </message>
    <message>
        <source>User:          %1 (password %2)</source>
        <translation>Usuario:            %1 (contraseña %2)</translation>
    </message>
    <message>
        <source>not stored</source>
        <translation>no guardada</translation>
    </message>
    <message>
        <source>From:          %1 &lt;%2&gt;</source>
        <translation>Remitente:          %1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>Verify server: %1%2</source>
        <translation>Verificar servidor: %1%2</translation>
    </message>
    <message>
        <source>Timeout:       %1 s</source>
        <translation>Tiempo de espera:   %1 s</translation>
    </message>
    <message>
        <source>Daily doorcodes at %1 (property time)</source>
        <translation>Códigos de puerta diarios a las %1 (hora de la propiedad)</translation>
    </message>
    <message>
        <source>--security must be starttls, tls or none.</source>
        <translation>--security debe ser starttls, tls o none.</translation>
    </message>
    <message>
        <source>--password reads the mail server&apos;s password from PORTER_SMTP_PASSWORD, which is not set.</source>
        <translation>--password lee la contraseña del servidor de correo de PORTER_SMTP_PASSWORD, que no está definida.</translation>
    </message>
    <message>
        <source>Saved the mail settings.</source>
        <translation>Se guardó la configuración del correo.</translation>
    </message>
    <message>
        <source>Security is none: passwords, activation codes and doorcodes cross the network in clear text. Use it only for a server on this computer.</source>
        <translation>La seguridad es none: las contraseñas, los códigos de activación y los códigos de puerta viajan por la red sin cifrar. Úsela solo para un servidor en este equipo.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not verified: anyone between Porter and the server can read the mail.</source>
        <translation>El certificado del servidor no se verifica: cualquiera que esté entre Porter y el servidor puede leer el correo.</translation>
    </message>
    <message>
        <source>Show or change the mail server (Portfolio Managers).</source>
        <translation>Mostrar o cambiar el servidor de correo (Gestores de cartera).</translation>
    </message>
    <message>
        <source>Without options, shows the portfolio&apos;s mail server. With options, changes those and keeps the others. The password is read from PORTER_SMTP_PASSWORD when --password is given and kept encrypted; it is never printed. STARTTLS (port 587) is the default; tls is SMTPS (port 465).</source>
        <translation>Sin opciones, muestra el servidor de correo de la cartera. Con opciones, cambia las indicadas y conserva las demás. La contraseña se lee de PORTER_SMTP_PASSWORD cuando se indica --password y se guarda cifrada; nunca se muestra. STARTTLS (puerto 587) es el valor predeterminado; tls es SMTPS (puerto 465).</translation>
    </message>
    <message>
        <source>Mail server name.</source>
        <translation>Nombre del servidor de correo.</translation>
    </message>
    <message>
        <source>Port (587 or 465 usually).</source>
        <translation>Puerto (normalmente 587 o 465).</translation>
    </message>
    <message>
        <source>Connection security.</source>
        <translation>Seguridad de la conexión.</translation>
    </message>
    <message>
        <source>User name (empty: none).</source>
        <translation>Nombre de usuario (vacío: ninguno).</translation>
    </message>
    <message>
        <source>Store the password given in PORTER_SMTP_PASSWORD.</source>
        <translation>Guardar la contraseña indicada en PORTER_SMTP_PASSWORD.</translation>
    </message>
    <message>
        <source>Remove the stored password.</source>
        <translation>Eliminar la contraseña guardada.</translation>
    </message>
    <message>
        <source>The From address.</source>
        <translation>La dirección del remitente.</translation>
    </message>
    <message>
        <source>The From name.</source>
        <translation>El nombre del remitente.</translation>
    </message>
    <message>
        <source>How long to wait for the server (default 30).</source>
        <translation>Cuánto tiempo esperar al servidor (30 por defecto).</translation>
    </message>
    <message>
        <source>Verify the server&apos;s certificate.</source>
        <translation>Verificar el certificado del servidor.</translation>
    </message>
    <message>
        <source>Do not verify the server&apos;s certificate (unsafe).</source>
        <translation>No verificar el certificado del servidor (inseguro).</translation>
    </message>
    <message>
        <source>Extra certificate authorities (PEM).</source>
        <translation>Autoridades de certificación adicionales (PEM).</translation>
    </message>
    <message>
        <source>When daily doorcodes are sent, property time.</source>
        <translation>Cuándo se envían los códigos de puerta diarios, en hora de la propiedad.</translation>
    </message>
    <message>
        <source>Sent a test email to &lt;%1&gt;. The server said: %2</source>
        <translation>Se envió un correo de prueba a &lt;%1&gt;. El servidor respondió: %2</translation>
    </message>
    <message>
        <source>Send a test email now (Portfolio Managers).</source>
        <translation>Enviar ahora un correo de prueba (Gestores de cartera).</translation>
    </message>
    <message>
        <source>Sends one message through the saved mail server, to --to or to you, and prints what the server answered. Nothing is queued.</source>
        <translation>Envía un mensaje a través del servidor de correo guardado, a --to o a usted, y muestra lo que respondió el servidor. No se pone nada en cola.</translation>
    </message>
    <message>
        <source>Recipient.</source>
        <translation>Destinatario.</translation>
    </message>
    <message>
        <source>Sent %1, will retry %2, failed %3; %4 still queued.</source>
        <translation>Enviados: %1; se reintentarán: %2; fallidos: %3; siguen en cola: %4.</translation>
    </message>
    <message>
        <source>--batch must be from 1 to 10000.</source>
        <translation>--batch debe estar entre 1 y 10000.</translation>
    </message>
    <message>
        <source>Deliver the queued emails now.</source>
        <translation>Enviar ahora los correos en cola.</translation>
    </message>
    <message>
        <source>Sends every queued email that is due, over one connection, for a scheduled task when Porter is closed (docs/mail.md has cron, systemd, Task Scheduler and launchd examples). A message the server refuses for now is retried later; one it refuses for good is marked failed with the server&apos;s reason. Exits 0 when delivery ran, listing problems on stderr.</source>
        <translation>Envía todos los correos en cola que toca enviar, por una sola conexión, para una tarea programada cuando Porter está cerrado (docs/mail.md tiene ejemplos para cron, systemd, el Programador de tareas y launchd). Un mensaje que el servidor rechaza de momento se reintenta más tarde; uno que rechaza definitivamente se marca como fallido con el motivo del servidor. Sale con 0 cuando se ha realizado el envío y enumera los problemas en stderr.</translation>
    </message>
    <message>
        <source>Messages per round (default 100).</source>
        <translation>Mensajes por tanda (predeterminado 100).</translation>
    </message>
    <message>
        <source>Message %1 is queued again.</source>
        <translation>El mensaje %1 vuelve a estar en cola.</translation>
    </message>
    <message>
        <source>Queue a failed email again.</source>
        <translation>Volver a poner en cola un correo fallido.</translation>
    </message>
    <message>
        <source>Queued %1 daily doorcode emails (%2 were queued before).</source>
        <translation>Se pusieron en cola %1 correos de código de puerta diario (%2 ya estaban en cola).</translation>
    </message>
    <message>
        <source>%1 has doorcode people but no commissioned door yet: no codes were sent.</source>
        <translation>%1 tiene personas con código de puerta, pero aún ninguna puerta en servicio: no se envió ningún código.</translation>
    </message>
    <message>
        <source>Email today&apos;s doorcode to everyone who uses doorcodes.</source>
        <translation>Enviar por correo el código de puerta de hoy a todos los que usan códigos de puerta.</translation>
    </message>
    <message>
        <source>Queues the day&apos;s doorcode email (default: today in each property) for every person with doorcode access active that day, in every property you can see, then delivers the queue. Running it twice for a day sends nothing twice. People revoked or deleted before their email leaves get none.</source>
        <translation>Pone en cola el correo con el código de puerta del día (predeterminado: hoy en cada propiedad) para cada persona con acceso por código de puerta activo ese día, en todas las propiedades que puede ver, y después envía la cola. Ejecutarlo dos veces para el mismo día no envía nada dos veces. Las personas revocadas o eliminadas antes de que salga su correo no reciben ninguno.</translation>
    </message>
    <message>
        <source>The local day (default today).</source>
        <translation>El día local (predeterminado hoy).</translation>
    </message>
    <message>
        <source>Queue, do not deliver now.</source>
        <translation>Poner en cola, sin enviar ahora.</translation>
    </message>
    <message>
        <source>The language of their emails (default English).</source>
        <translation>El idioma de sus correos (predeterminado inglés).</translation>
    </message>
    <message>
        <source>The language of their emails.</source>
        <translation>El idioma de sus correos.</translation>
    </message>
    <message>
        <source>Emails and their delivery state.</source>
        <translation>Correos y su estado de envío.</translation>
    </message>
    <message>
        <source>Lists the emails of the properties you can see (welcome emails, daily doorcodes) with their state: queued, sent or failed with the server&apos;s reason.</source>
        <translation>Lista los correos de las propiedades que puede ver (correos de bienvenida, códigos de puerta diarios) con su estado: en cola, enviado o fallido con el motivo del servidor.</translation>
    </message>
    <message>
        <source>in the system keychain</source>
        <translation>en el llavero del sistema</translation>
    </message>
    <message>
        <source>stored, encrypted</source>
        <translation>guardada y cifrada</translation>
    </message>
    <message>
        <source>Puts a failed message back in the queue, to be written again at its next attempt (after fixing the address or the server).</source>
        <translation>Vuelve a poner en cola un mensaje fallido, que se redacta de nuevo en su próximo intento (después de corregir la dirección o el servidor).</translation>
    </message>
    <message>
        <source>new invitation</source>
        <translation>nueva invitación</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>sin cambios</translation>
    </message>
    <message>
        <source>revoked: left as they are (--give-access-again)</source>
        <translation>revocada: se deja como está (--give-access-again)</translation>
    </message>
    <message>
        <source>import people needs the FILE to import.</source>
        <translation>import people necesita el FILE que importar.</translation>
    </message>
    <message>
        <source>Imported: %1.</source>
        <translation>Importado: %1.</translation>
    </message>
    <message>
        <source>Preview (nothing written): %1.</source>
        <translation>Vista previa (nada escrito): %1.</translation>
    </message>
    <message>
        <source>Preview (nothing written): %1. Fix the rows with errors, or add --valid-rows-only to import the others.</source>
        <translation>Vista previa (nada escrito): %1. Corrija las filas con errores, o añada --valid-rows-only para importar las demás.</translation>
    </message>
    <message numerus="yes">
        <source>Welcome emails queued: %n.</source>
        <translation>
            <numerusform>Correos de bienvenida en cola: %n.</numerusform>
            <numerusform>Correos de bienvenida en cola: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Offline doors to sync, one change each: %n.</source>
        <translation>
            <numerusform>Puertas sin conexión que sincronizar, un cambio cada una: %n.</numerusform>
            <numerusform>Puertas sin conexión que sincronizar, un cambio cada una: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported: %1. Fix the rows with errors, or add --valid-rows-only to import the others.</source>
        <translation>No se importó nada: %1. Corrija las filas con errores, o añada --valid-rows-only para importar las demás.</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>No se importó nada: %1</translation>
    </message>
    <message>
        <source>Invite and update people from a spreadsheet (CSV).</source>
        <translation>Invitar y actualizar personas desde una hoja de cálculo (CSV).</translation>
    </message>
    <message>
        <source>Reads a CSV file saved by Excel or LibreOffice (any of their encodings and separators) whose header names the columns: first name, last name, email, phone, access method, keys (by name, several per cell), resident, may share, start, expiration, language - in English, Spanish or French. Each row invites a new person, or updates the person of the property with that email (keys added or removed to match the row, expiration moved, details); a blank cell leaves a listed person&apos;s value as it is. Dates are the property&apos;s local time. Nothing is written when any row has an error, unless --valid-rows-only; either way the import is all or nothing. Importing the same file again changes nothing. Revoked people are reported, not given access again, unless --give-access-again. Offline doors get one change for the whole import.</source>
        <translation>Lee un archivo CSV guardado por Excel o LibreOffice (con cualquiera de sus codificaciones y separadores) cuyo encabezado nombra las columnas: nombre, apellidos, correo electrónico, teléfono, método de acceso, llaves (por nombre, varias por celda), residente, puede compartir, inicio, vencimiento, idioma, en inglés, español o francés. Cada fila invita a una persona nueva, o actualiza a la persona de la propiedad con ese correo (llaves añadidas o retiradas para coincidir con la fila, vencimiento movido, datos); una celda vacía deja el valor de una persona ya registrada como está. Las fechas están en la hora local de la propiedad. No se escribe nada si alguna fila tiene un error, salvo con --valid-rows-only; en cualquier caso la importación es todo o nada. Importar el mismo archivo de nuevo no cambia nada. Las personas revocadas se indican y no recuperan el acceso, salvo con --give-access-again. Las puertas sin conexión reciben un solo cambio por toda la importación.</translation>
    </message>
    <message>
        <source>Show what would happen; write nothing.</source>
        <translation>Mostrar lo que pasaría; no escribir nada.</translation>
    </message>
    <message>
        <source>Import the rows without errors, skip the others.</source>
        <translation>Importar las filas sin errores, omitir las demás.</translation>
    </message>
    <message>
        <source>Give revoked people in the file the row&apos;s keys again.</source>
        <translation>Devolver las llaves de la fila a las personas revocadas del archivo.</translation>
    </message>
    <message>
        <source>%1 needs --output FILE (.csv or .xlsx).</source>
        <translation>%1 necesita --output FILE (.csv o .xlsx).</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>Exported %1 people to %2.</source>
        <translation>Exportadas %1 personas a %2.</translation>
    </message>
    <message>
        <source>Export a property&apos;s people to CSV or Excel.</source>
        <translation>Exportar las personas de una propiedad a CSV o Excel.</translation>
    </message>
    <message>
        <source>Writes everyone listed at the property (guests with their host) with their keys, status, start, expiration, guests and keycards, in the import&apos;s columns: the file imports back unchanged. FILE ending in .xlsx is an Excel workbook, anything else CSV (UTF-8). No cell is ever a formula.</source>
        <translation>Escribe a todas las personas de la propiedad (los invitados con su anfitrión) con sus llaves, estado, inicio, vencimiento, invitados y tarjetas, en las columnas de la importación: el archivo se vuelve a importar sin cambios. Un FILE terminado en .xlsx es un libro de Excel; cualquier otro, CSV (UTF-8). Ninguna celda es nunca una fórmula.</translation>
    </message>
    <message>
        <source>The file to write (.csv or .xlsx).</source>
        <translation>El archivo que escribir (.csv o .xlsx).</translation>
    </message>
    <message>
        <source>Unknown kind &quot;%1&quot;: use doors, changes, denials or devices.</source>
        <translation>Tipo desconocido «%1»: use doors, changes, denials o devices.</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Actividad</translation>
    </message>
    <message>
        <source>Exported %1 events to %2.</source>
        <translation>Exportados %1 eventos a %2.</translation>
    </message>
    <message>
        <source>Export a property&apos;s activity to CSV or Excel.</source>
        <translation>Exportar la actividad de una propiedad a CSV o Excel.</translation>
    </message>
    <message>
        <source>Writes the activity the Activity page shows with the same filters: --from and --to, --kinds (doors, changes, denials, devices) and --search (a person, door or manager). Times are the property&apos;s local time. Residents&apos; events at Residence doors carry no identity. FILE ending in .xlsx is an Excel workbook, anything else CSV (UTF-8).</source>
        <translation>Escribe la actividad que muestra la página Actividad con los mismos filtros: --from y --to, --kinds (doors, changes, denials, devices) y --search (una persona, puerta o administrador). Las horas son la hora local de la propiedad. Los eventos de residentes en puertas de vivienda no llevan identidad. Un FILE terminado en .xlsx es un libro de Excel; cualquier otro, CSV (UTF-8).</translation>
    </message>
    <message>
        <source>doors, changes, denials, devices (default all).</source>
        <translation>doors, changes, denials, devices (por omisión, todos).</translation>
    </message>
    <message>
        <source>A person, door or manager.</source>
        <translation>Una persona, puerta o administrador.</translation>
    </message>
    <message>
        <source>--map needs HEADER=FIELD, FIELD one of: %1 (got &quot;%2&quot;).</source>
        <translation>--map necesita ENCABEZADO=CAMPO, con CAMPO uno de: %1 (se recibió «%2»).</translation>
    </message>
    <message>
        <source>The file has no column &quot;%1&quot;. Its columns: %2.</source>
        <translation>El archivo no tiene ninguna columna «%1». Sus columnas: %2.</translation>
    </message>
    <message>
        <source>Columns not imported (not a field Porter knows; name one with --map): %1.</source>
        <translation>Columnas no importadas (no son un campo que Porter conozca; indíquelo con --map): %1.</translation>
    </message>
    <message>
        <source>The field of a column Porter does not recognize (repeatable): first-name, last-name, email, phone, method, keys, resident, may-share, start, expiration, language or ignore.</source>
        <translation>El campo de una columna que Porter no reconoce (repetible): first-name, last-name, email, phone, method, keys, resident, may-share, start, expiration, language o ignore.</translation>
    </message>
    <message>
        <source>Moved the portfolio of %1 to %2: %3 rows in %4 tables, each row read back from the server and compared.</source>
        <translation>Cartera de %1 movida a %2: %3 filas en %4 tablas, cada fila leída de nuevo del servidor y comparada.</translation>
    </message>
    <message>
        <source>The file is unchanged. Open the portfolio with --db %1 from now on.</source>
        <translation>El archivo no ha cambiado. A partir de ahora, abra la cartera con --db %1.</translation>
    </message>
    <message>
        <source>Move a portfolio from its SQLite file to a PostgreSQL server.</source>
        <translation>Mover una cartera de su archivo SQLite a un servidor PostgreSQL.</translation>
    </message>
    <message>
        <source>Copies every row of the SQLite file to a server database that holds no portfolio yet, with its ids, then reads every row back from the server and compares it with the file, all in one transaction: on any difference nothing is kept. The server&apos;s password comes from PGPASSWORD or the PostgreSQL password file. No --as is needed: whoever may read the file may copy it.</source>
        <translation>Copia cada fila del archivo SQLite, con sus identificadores, a una base de datos del servidor que aún no contiene ninguna cartera; después lee de nuevo cada fila del servidor y la compara con el archivo, todo en una sola transacción: ante cualquier diferencia no se guarda nada. La contraseña del servidor se toma de PGPASSWORD o del archivo de contraseñas de PostgreSQL. No hace falta --as: quien puede leer el archivo puede copiarlo.</translation>
    </message>
    <message>
        <source>The portfolio&apos;s SQLite file.</source>
        <translation>El archivo SQLite de la cartera.</translation>
    </message>
    <message>
        <source>The server database (postgresql://...).</source>
        <translation>La base de datos del servidor (postgresql://...).</translation>
    </message>
    <message>
        <source>PostgreSQL: the manager&apos;s own login, created with the password; they sign in by connecting with it.</source>
        <translation>PostgreSQL: el usuario propio del administrador, creado con la contraseña; inicia sesión conectándose con él.</translation>
    </message>
    <message>
        <source>PostgreSQL: the manager&apos;s own login, created with the same password; they sign in by connecting with it.</source>
        <translation>PostgreSQL: el usuario propio del administrador, creado con la misma contraseña; inicia sesión conectándose con él.</translation>
    </message>
    <message>
        <source>PostgreSQL: give a manager who has none their own login, with the password read from PORTER_NEW_PASSWORD.</source>
        <translation>PostgreSQL: da a un administrador que no lo tiene su propio usuario, con la contraseña leída de PORTER_NEW_PASSWORD.</translation>
    </message>
    <message>
        <source>Their PostgreSQL login is %1: they sign in by connecting with it (--db postgresql://%1@SERVER/DATABASE) and its password.</source>
        <translation>Su usuario de PostgreSQL es %1: inicia sesión conectándose con él (--db postgresql://%1@SERVIDOR/BASE) y su contraseña.</translation>
    </message>
    <message>
        <source>This connection is the login %1 of %2, not of %3. Connect with %3&apos;s own login.</source>
        <translation>Esta conexión es el usuario %1 de %2, no de %3. Conéctese con el usuario propio de %3.</translation>
    </message>
    <message>
        <source>Set your new password in PORTER_NEW_PASSWORD.</source>
        <translation>Indique su contraseña nueva en PORTER_NEW_PASSWORD.</translation>
    </message>
    <message>
        <source>Your password is changed.</source>
        <translation>Su contraseña se ha cambiado.</translation>
    </message>
    <message>
        <source>The password of your login %1 is changed.</source>
        <translation>La contraseña de su usuario de acceso %1 se ha cambiado.</translation>
    </message>
    <message>
        <source>Change your own password.</source>
        <translation>Cambiar su propia contraseña.</translation>
    </message>
    <message>
        <source>Changes the signed-in manager&apos;s own password to the one in PORTER_NEW_PASSWORD, after checking the current one (PORTER_PASSWORD, or typed). On a portfolio on a PostgreSQL server, a manager with their own login changes that login&apos;s password; the server checks the current one.</source>
        <translation>Cambia la contraseña del administrador que ha iniciado sesión por la de PORTER_NEW_PASSWORD, tras comprobar la actual (PORTER_PASSWORD, o escrita). En una cartera en un servidor PostgreSQL, un administrador con su propio usuario de acceso cambia la contraseña de ese usuario; el servidor comprueba la actual.</translation>
    </message>
    <message>
        <source>This portfolio is a file: its door secrets are sealed with this computer&apos;s key.</source>
        <translation>Esta cartera es un archivo: sus secretos de puerta están protegidos con la clave de este equipo.</translation>
    </message>
    <message>
        <source>(not signed in yet)</source>
        <translation>(aún no ha iniciado sesión)</translation>
    </message>
    <message>
        <source>Who holds the door secrets of each property.</source>
        <translation>Quién tiene los secretos de puerta de cada propiedad.</translation>
    </message>
    <message>
        <source>Nothing to give: no property of theirs has a commissioned door, or you hold none of them.</source>
        <translation>Nada que dar: ninguna de sus propiedades tiene una puerta en servicio, o usted no tiene los secretos de ninguna de ellas.</translation>
    </message>
    <message>
        <source>Gave manager %1 the door secrets of 1 property.</source>
        <translation>Se dieron al administrador %1 los secretos de puerta de 1 propiedad.</translation>
    </message>
    <message numerus="yes">
        <source>Gave manager %1 the door secrets of %n properties.</source>
        <translation>
            <numerusform>Se dieron al administrador %1 los secretos de puerta de %n propiedad.</numerusform>
            <numerusform>Se dieron al administrador %1 los secretos de puerta de %n propiedades.</numerusform>
        </translation>
    </message>
    <message>
        <source>Give a manager the door secrets (Device Management).</source>
        <translation>Dar a un administrador los secretos de puerta (gestión de dispositivos).</translation>
    </message>
    <message>
        <source>The manager&apos;s key, as they read it out.</source>
        <translation>La clave del administrador, tal como la lee en voz alta.</translation>
    </message>
    <message>
        <source>This portfolio is a file: there is no key per manager.</source>
        <translation>Esta cartera es un archivo: no hay una clave por administrador.</translation>
    </message>
    <message>
        <source>Your key on this computer: %1</source>
        <translation>Su clave en este equipo: %1</translation>
    </message>
    <message>
        <source>Registered for you: %1 (another computer&apos;s). To sync doors from here, run porterctl secrets replace-key, then ask a holder to give you the door secrets again.</source>
        <translation>Registrada a su nombre: %1 (la de otro equipo). Para sincronizar puertas desde aquí, ejecute porterctl secrets replace-key y después pida a un administrador que tenga los secretos que se los vuelva a dar.</translation>
    </message>
    <message>
        <source>Show your own device key.</source>
        <translation>Mostrar su propia clave de dispositivo.</translation>
    </message>
    <message>
        <source>Shows the fingerprint of your device key on this computer, which you read out to the manager who gives you the door secrets, and the key registered for you if it is another computer&apos;s.</source>
        <translation>Muestra la huella de su clave de dispositivo en este equipo, que usted lee en voz alta al administrador que le da los secretos de puerta, y la clave registrada a su nombre si es la de otro equipo.</translation>
    </message>
    <message>
        <source>Registered this computer&apos;s key %1. A holder gives you the door secrets again: read this key out to them.</source>
        <translation>Se registró la clave de este equipo %1. Un administrador que tenga los secretos se los vuelve a dar: léale esta clave en voz alta.</translation>
    </message>
    <message>
        <source>Register this computer&apos;s key as yours.</source>
        <translation>Registrar la clave de este equipo como suya.</translation>
    </message>
    <message>
        <source>registered</source>
        <translation>registrada</translation>
    </message>
    <message>
        <source>On a portfolio on a PostgreSQL server, each property&apos;s signing key and doorcode secret are wrapped for every manager who may sync its doors (Portfolio Managers, and managers with Device Management on it), with that manager&apos;s own device key. Lists whether each manager has a key (KEY; none until their first sign-in), the properties whose secrets they hold, those they wait for (a holder gives them with secrets give), and copies left to withdraw.</source>
        <translation>En una cartera en un servidor PostgreSQL, la clave de firma y el secreto de códigos de puerta de cada propiedad se cifran para cada administrador que puede sincronizar sus puertas (Gestores de cartera y administradores con gestión de dispositivos en ella), con la propia clave de dispositivo de ese administrador. Muestra si cada administrador tiene una clave (KEY; ninguna hasta su primer inicio de sesión), las propiedades cuyos secretos tiene, las que espera (un administrador que tenga los secretos se los da con secrets give) y las copias que quedan por retirar.</translation>
    </message>
    <message>
        <source>Wraps the door secrets of every property you hold and they should hold for the manager&apos;s registered key. --fingerprint is that key as the manager reads it from their own Porter (porterctl secrets key, or Settings ▸ Security): all six groups. A key that does not match is refused: it may be someone else&apos;s.</source>
        <translation>Cifra, para la clave registrada para el administrador, los secretos de puerta de cada propiedad cuyos secretos tiene usted y debería tener él. --fingerprint es esa clave tal como el administrador la lee en su propio Porter (porterctl secrets key, o Configuración ▸ Seguridad): los seis grupos. Se rechaza una clave que no coincida: puede ser la de otra persona.</translation>
    </message>
    <message>
        <source>changes after the kit was built: not checked</source>
        <translation>cambios posteriores a la creación del kit: sin comprobar</translation>
    </message>
    <message>
        <source>up to date as of %1</source>
        <translation>al día a fecha de %1</translation>
    </message>
    <message>
        <source>not delivered yet</source>
        <translation>aún no entregado</translation>
    </message>
    <message>
        <source>took version %1</source>
        <translation>aplicó la versión %1</translation>
    </message>
    <message>
        <source>holds version %1</source>
        <translation>tiene la versión %1</translation>
    </message>
    <message>
        <source>answered</source>
        <translation>respondió</translation>
    </message>
    <message>
        <source>; refused the update (%1)</source>
        <translation>; rechazó la actualización (%1)</translation>
    </message>
    <message numerus="yes">
        <source>; %n activity entries</source>
        <translation>
            <numerusform>; %n entrada de actividad</numerusform>
            <numerusform>; %n entradas de actividad</numerusform>
        </translation>
    </message>
    <message>
        <source>; uploaded</source>
        <translation>; subido</translation>
    </message>
    <message>
        <source>; to upload</source>
        <translation>; por subir</translation>
    </message>
    <message>
        <source>Not in the kit: %1 is not commissioned (needs a visit with Porter online).</source>
        <translation>Fuera del kit: %1 no está en servicio (necesita una visita con Porter en línea).</translation>
    </message>
    <message>
        <source>Name the field kit file.</source>
        <translation>Indique el nombre del archivo del kit de campo.</translation>
    </message>
    <message>
        <source>kit build needs --property IDS or --door IDS.</source>
        <translation>kit build necesita --property IDS o --door IDS.</translation>
    </message>
    <message>
        <source>%1 exists already: choose another file.</source>
        <translation>%1 ya existe: elija otro archivo.</translation>
    </message>
    <message>
        <source>Built. It opens only on this computer, for you.</source>
        <translation>Creado. Solo se abre en este equipo y para usted.</translation>
    </message>
    <message>
        <source>Build a field kit to sync doors where there is no internet.</source>
        <translation>Crear un kit de campo para sincronizar puertas donde no hay internet.</translation>
    </message>
    <message>
        <source>Before going to sites with no internet: writes FILE with, for each commissioned door of the properties or doors named, Porter&apos;s signed update from the version the door last acknowledged, its full list as a fallback, and a certificate that lets the kit open sessions with that door only, for --days (default 3, at most 14). The kit cannot change anyone&apos;s access: it holds neither the property key nor the doorcode secret. It opens only on this computer, for this user. Doors not commissioned yet are listed as needing a visit with Porter online. Needs Device Management on each property, as a sync does.</source>
        <translation>Antes de ir a lugares sin internet: escribe FILE con, para cada puerta en servicio de las propiedades o puertas indicadas, la actualización firmada de Porter desde la última versión que confirmó la puerta, su lista completa como alternativa y un certificado que permite al kit abrir sesiones solo con esa puerta, durante --days (3 por defecto, 14 como máximo). El kit no puede cambiar el acceso de nadie: no contiene ni la clave de la propiedad ni el secreto de códigos de puerta. Solo se abre en este equipo y para este usuario. Las puertas que aún no están en servicio se indican como pendientes de una visita con Porter en línea. Necesita la gestión de dispositivos en cada propiedad, como una sincronización.</translation>
    </message>
    <message>
        <source>The kit file to write.</source>
        <translation>El archivo del kit que se va a escribir.</translation>
    </message>
    <message>
        <source>Every commissioned door of these properties (1,2,3).</source>
        <translation>Todas las puertas en servicio de estas propiedades (1,2,3).</translation>
    </message>
    <message>
        <source>These doors (1,2,3).</source>
        <translation>Estas puertas (1,2,3).</translation>
    </message>
    <message>
        <source>How long the kit is valid (1-14, default 3).</source>
        <translation>Cuánto tiempo es válido el kit (1-14, 3 por defecto).</translation>
    </message>
    <message>
        <source>What a field kit carries and what its doors answered.</source>
        <translation>Lo que lleva un kit de campo y lo que respondieron sus puertas.</translation>
    </message>
    <message>
        <source>Lists the kit&apos;s doors: the versions it takes them to, the changes made after it was built as last checked online (kit check), and each door&apos;s answer at the site. Needs no database.</source>
        <translation>Lista las puertas del kit: las versiones a las que las lleva, los cambios hechos después de crearlo según la última comprobación en línea (kit check) y la respuesta de cada puerta en el lugar. No necesita base de datos.</translation>
    </message>
    <message>
        <source>Count the changes a field kit will not bring its doors.</source>
        <translation>Contar los cambios que un kit de campo no llevará a sus puertas.</translation>
    </message>
    <message>
        <source>Online, before going: counts for each door of the kit the changes made after the kit was built, and keeps the count in the kit, so that kit deliver can say it at the door without internet. Build a new kit to bring them.</source>
        <translation>En línea, antes de salir: cuenta para cada puerta del kit los cambios hechos después de crear el kit y guarda el recuento en el kit, para que kit deliver pueda indicarlo en la puerta sin internet. Cree un kit nuevo para llevarlos.</translation>
    </message>
    <message>
        <source>Door %1 ‘%2’ (%3): %4.</source>
        <translation>Puerta %1 «%2» (%3): %4.</translation>
    </message>
    <message>
        <source>kit deliver needs --ble or --tcp HOST:PORT (one of them).</source>
        <translation>kit deliver necesita --ble o --tcp HOST:PORT (uno de ellos).</translation>
    </message>
    <message>
        <source>With --tcp, name the one door there: --door ID.</source>
        <translation>Con --tcp, indique la única puerta que hay allí: --door ID.</translation>
    </message>
    <message>
        <source>Door %1 is not in this field kit.</source>
        <translation>La puerta %1 no está en este kit de campo.</translation>
    </message>
    <message>
        <source>This field kit expired on %1: doors refuse it. Build a new one with Porter online.</source>
        <translation>Este kit de campo venció el %1: las puertas lo rechazan. Cree uno nuevo con Porter en línea.</translation>
    </message>
    <message>
        <source>Door %1 ‘%2’: not heard in %3 s.</source>
        <translation>Puerta %1 «%2»: no se ha oído en %3 s.</translation>
    </message>
    <message>
        <source>No door of this kit was reached. Stand near a door and try again.</source>
        <translation>No se ha llegado a ninguna puerta de este kit. Colóquese junto a una puerta e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>Back online, upload the answers: porterctl kit upload %1</source>
        <translation>De vuelta en línea, suba las respuestas: porterctl kit upload %1</translation>
    </message>
    <message>
        <source>Deliver a field kit to its doors (no internet needed).</source>
        <translation>Entregar un kit de campo a sus puertas (no necesita internet).</translation>
    </message>
    <message>
        <source>At the site: delivers the kit&apos;s update to each door of the kit heard over Bluetooth (--ble; --door to choose some) or to the one door at --tcp (porter-door serve). Before each door it says how many changes made after the kit was built will not reach it, as last checked online. Each door&apos;s answer (the version it took, its activity, battery and clock) is kept in the kit file at once; the door keeps its activity too, until Porter syncs it. Needs no database and no internet: back online, kit upload stores the answers.</source>
        <translation>En el lugar: entrega la actualización del kit a cada puerta del kit que se oiga por Bluetooth (--ble; --door para elegir algunas) o a la única puerta en --tcp (porter-door serve). Antes de cada puerta indica cuántos cambios hechos después de crear el kit no le llegarán, según la última comprobación en línea. La respuesta de cada puerta (la versión que aplicó, su actividad, batería y reloj) se guarda de inmediato en el archivo del kit; la puerta también conserva su actividad hasta que Porter la sincronice. No necesita base de datos ni internet: de vuelta en línea, kit upload guarda las respuestas.</translation>
    </message>
    <message>
        <source>Find the kit&apos;s doors over Bluetooth.</source>
        <translation>Buscar las puertas del kit por Bluetooth.</translation>
    </message>
    <message>
        <source>Only these doors of the kit.</source>
        <translation>Solo estas puertas del kit.</translation>
    </message>
    <message>
        <source>With --ble: how long to listen (default 10).</source>
        <translation>Con --ble: cuánto tiempo escuchar (10 por defecto).</translation>
    </message>
    <message>
        <source>No door of this kit has answered yet: deliver it first (porterctl kit deliver).</source>
        <translation>Ninguna puerta de este kit ha respondido aún: entréguelo primero (porterctl kit deliver).</translation>
    </message>
    <message>
        <source>%1 (recorded now)</source>
        <translation>%1 (registrada ahora)</translation>
    </message>
    <message>
        <source>Store what a field kit&apos;s doors answered.</source>
        <translation>Guardar lo que respondieron las puertas de un kit de campo.</translation>
    </message>
    <message>
        <source>Back online: stores the doors&apos; answers kept in the kit, in one transaction. A door&apos;s new version is recorded only on its authenticated word and only if Porter still records the version the kit started from; its sync task then clears for exactly the changes the kit carried. Activity is stored once per entry, so uploading the same kit again stores nothing twice. STILL PENDING counts the changes the door still needs (made after the kit was built, or not taken).</source>
        <translation>De vuelta en línea: guarda en una sola transacción las respuestas de las puertas conservadas en el kit. La nueva versión de una puerta solo se registra si la propia puerta la confirma de forma autenticada y solo si Porter sigue registrando la versión de la que partió el kit; entonces su tarea de sincronización se borra exactamente para los cambios que llevaba el kit. La actividad se guarda una sola vez por entrada, así que subir de nuevo el mismo kit no guarda nada dos veces. STILL PENDING cuenta los cambios que la puerta aún necesita (hechos después de crear el kit, o no aplicados).</translation>
    </message>
    <message>
        <source>1 change made after this kit was built will not reach this door (checked %1)</source>
        <translation>1 cambio hecho después de crear este kit no llegará a esta puerta (comprobado el %1)</translation>
    </message>
    <message numerus="yes">
        <source>%n changes made after this kit was built will not reach this door (checked %1)</source>
        <translation>
            <numerusform>%n cambio hecho después de crear este kit no llegará a esta puerta (comprobado el %1)</numerusform>
            <numerusform>%n cambios hechos después de crear este kit no llegarán a esta puerta (comprobado el %1)</numerusform>
        </translation>
    </message>
    <message>
        <source>; 1 activity entry</source>
        <translation>; 1 entrada de actividad</translation>
    </message>
    <message>
        <source>Field kit %1: 1 door, built by %2 on %3, valid until %4.</source>
        <translation>Kit de campo %1: 1 puerta, creado por %2 el %3, válido hasta el %4.</translation>
    </message>
    <message numerus="yes">
        <source>Field kit %1: %n doors, built by %2 on %3, valid until %4.</source>
        <translation>
            <numerusform>Kit de campo %1: %n puerta, creado por %2 el %3, válido hasta el %4.</numerusform>
            <numerusform>Kit de campo %1: %n puertas, creado por %2 el %3, válido hasta el %4.</numerusform>
        </translation>
    </message>
    <message>
        <source>Uploaded. New versions recorded: %1. New activity entries: %2.</source>
        <translation>Subido. Versiones nuevas registradas: %1. Entradas de actividad nuevas: %2.</translation>
    </message>
    <message>
        <source>Signing key: epoch %1 (new); this door no longer takes what the old key signed.</source>
        <translation>Clave de firma: época %1 (nueva); esta puerta ya no acepta lo que firmó la clave anterior.</translation>
    </message>
    <message>
        <source>Signing key:       %1</source>
        <translation>Clave de firma:        %1</translation>
    </message>
    <message>
        <source>Property %1 has a new signing key (epoch %2, key %3); the old one is gone.</source>
        <translation>La propiedad %1 tiene una nueva clave de firma (época %2, clave %3); la anterior ya no existe.</translation>
    </message>
    <message>
        <source>Sync these doors now: until then they also take lists, phone certificates and field kits signed by the old key: %1.</source>
        <translation>Sincronice ahora estas puertas: hasta entonces también aceptan listas, certificados de teléfono y kits de campo firmados por la clave anterior: %1.</translation>
    </message>
    <message>
        <source>These people&apos;s phones need a new certificate (porterctl person app-key) before they open a synced door: %1.</source>
        <translation>Los teléfonos de estas personas necesitan un certificado nuevo (porterctl person app-key) antes de abrir una puerta sincronizada: %1.</translation>
    </message>
    <message>
        <source>Their copies of the door secrets of %1 are withdrawn and its doorcode secret and signing key are rotated. Until these doors are synced, the old secret and key still work there: %2.</source>
        <translation>Se retiran sus copias de los secretos de puerta de %1 y se sustituyen su secreto de códigos de puerta y su clave de firma. Hasta que se sincronicen estas puertas, el secreto y la clave anteriores siguen funcionando en ellas: %2.</translation>
    </message>
    <message>
        <source>epoch %1 (from before the key&apos;s reset: reset the door on site and commission it again)</source>
        <translation>época %1 (anterior al restablecimiento de la clave: restablezca la puerta en el lugar y vuelva a ponerla en servicio)</translation>
    </message>
    <message>
        <source>Resetting the signing key means resetting every commissioned door of the property on site and commissioning it again: until then those doors take nothing Porter signs. Give --yes to reset it.</source>
        <translation>Restablecer la clave de firma implica restablecer en el lugar cada puerta en servicio de la propiedad y volver a ponerla en servicio: hasta entonces, esas puertas no aceptan nada de lo que firma Porter. Indique --yes para restablecerla.</translation>
    </message>
    <message>
        <source>Property %1 has a new signing key (epoch %2, key %3) and a new doorcode secret. No door can follow this key by itself.</source>
        <translation>La propiedad %1 tiene una nueva clave de firma (época %2, clave %3) y un nuevo secreto de códigos de puerta. Ninguna puerta puede seguir esta clave por sí sola.</translation>
    </message>
    <message>
        <source>Reset these doors on site and commission them again (porterctl door commission --replace); until then they take nothing Porter signs, and whoever holds the key they trust can still sign for them: %1.</source>
        <translation>Restablezca estas puertas en el lugar y vuelva a ponerlas en servicio (porterctl door commission --replace); hasta entonces no aceptan nada de lo que firma Porter, y quien tenga la clave en la que confían aún puede firmar para ellas: %1.</translation>
    </message>
    <message>
        <source>These people&apos;s phones need a new certificate (porterctl person app-key) before they open a door commissioned again: %1.</source>
        <translation>Los teléfonos de estas personas necesitan un certificado nuevo (porterctl person app-key) antes de abrir una puerta puesta de nuevo en servicio: %1.</translation>
    </message>
    <message>
        <source>Reset it: every commissioned door is commissioned again.</source>
        <translation>Restablecerla: cada puerta en servicio se vuelve a poner en servicio.</translation>
    </message>
    <message>
        <source>Their copies of the door secrets of %1 are withdrawn. The signing key on record was not the one you hold (someone who held it put in another), so it and the doorcode secret are reset: reset these doors on site and commission them again; until then they take nothing Porter signs: %2.</source>
        <translation>Se retiran sus copias de los secretos de puerta de %1. La clave de firma registrada no era la que usted tiene (alguien que la tenía puso otra), así que se restablecen la clave y el secreto de códigos de puerta: restablezca estas puertas en el lugar y vuelva a ponerlas en servicio; hasta entonces no aceptan nada de lo que firma Porter: %2.</translation>
    </message>
    <message>
        <source>These managers sync the doors of property %1 but do not hold the new key: give it to each (porterctl secrets give MANAGER --fingerprint KEY, with the key they read out from their own Porter): %2.</source>
        <translation>Estos administradores sincronizan las puertas de la propiedad %1 pero no tienen la nueva clave: désela a cada uno (porterctl secrets give ADMINISTRADOR --fingerprint CLAVE, con la clave que cada uno lee en su propio Porter): %2.</translation>
    </message>
    <message>
        <source>Replace a lost or taken signing key without it (Portfolio Manager).</source>
        <translation>Sustituir sin ella una clave de firma perdida o tomada (gestor de cartera).</translation>
    </message>
    <message>
        <source>Creates a new signing key and a new doorcode secret for the property without the old key: for when the key Porter holds is no longer the property&apos;s (someone who held it put in a key only they hold) or no holder has it any more. No door can follow a key the old one did not sign: each commissioned door is reset on site and commissioned again, and takes nothing Porter signs until then. The new key is wrapped for the managers with Device Management whom the property&apos;s keys had endorsed. Only a Portfolio Manager resets. One with no copy on this computer (a lost laptop) resets it for themselves alone and gives it to the others with secrets give; while another manager may still hold it, only with --without-copy. Removing a manager does this by itself when the key on record is not the one you hold.</source>
        <translation>Crea una nueva clave de firma y un nuevo secreto de códigos de puerta para la propiedad sin la clave anterior: para cuando la clave que tiene Porter ya no es la de la propiedad (alguien que la tenía puso en su lugar una clave que solo tiene él) o ya no la tiene nadie. Ninguna puerta puede seguir una clave que la anterior no firmó: cada puerta en servicio se restablece en el lugar y se vuelve a poner en servicio, y hasta entonces no acepta nada de lo que firma Porter. La nueva clave se cifra para los administradores con gestión de dispositivos a los que habían avalado las claves de la propiedad. Solo un gestor de cartera la restablece. Uno sin copia en este equipo (un portátil perdido) la restablece solo para sí y se la da a los demás con secrets give; mientras otro administrador pueda tenerla aún, solo con --without-copy. Retirar a un administrador lo hace automáticamente cuando la clave registrada no es la que usted tiene.</translation>
    </message>
    <message>
        <source>Replace the property&apos;s signing key (Device Management; on a server, Portfolio Manager).</source>
        <translation>Sustituir la clave de firma de la propiedad (gestión de dispositivos; en un servidor, gestor de cartera).</translation>
    </message>
    <message>
        <source>Creates a new signing key for the property (the next epoch), signs a step to it with the old key and forgets the old key. Each door follows the step at its next sync or field kit, and from then on refuses lists, phone certificates and field kits signed by the old key; until then it still takes them, so sync every door listed. Phones enrolled at the property need a new certificate. Use it when the key may have been copied (a removed manager, a stolen laptop or backup); removing a manager who held it does this by itself. On a shared portfolio only a Portfolio Manager rotates it.</source>
        <translation>Crea una nueva clave de firma para la propiedad (la época siguiente), firma con la clave anterior un paso hacia ella y olvida la clave anterior. Cada puerta sigue el paso en su próxima sincronización o kit de campo y, a partir de entonces, rechaza las listas, los certificados de teléfono y los kits de campo firmados por la clave anterior; hasta entonces los sigue aceptando, así que sincronice todas las puertas indicadas. Los teléfonos registrados en la propiedad necesitan un certificado nuevo. Úselo cuando la clave haya podido copiarse (un administrador retirado, un portátil o una copia de seguridad robados); retirar a un administrador que la tenía lo hace automáticamente. En una cartera compartida solo un gestor de cartera la rota.</translation>
    </message>
    <message>
        <source>Replaces the device key registered for you with this computer&apos;s (a new laptop). The door secrets given to the old key are dropped; a holder gives them to the new one. The last copy of a property&apos;s signing key stays (nobody can open it now): if no one else holds that key, a Portfolio Manager resets it (property reset-signing-key).</source>
        <translation>Sustituye la clave de dispositivo registrada a su nombre por la de este equipo (un portátil nuevo). Los secretos de puerta dados a la clave anterior se descartan; un administrador que los tenga los da a la nueva. La última copia de la clave de firma de una propiedad se conserva (ya nadie puede abrirla): si nadie más tiene esa clave, un gestor de cartera la restablece (property reset-signing-key).</translation>
    </message>
    <message>
        <source>Reset it although other managers may hold the key (none of them can give it).</source>
        <translation>Restablecerla aunque otros administradores puedan tener la clave (ninguno de ellos puede dársela).</translation>
    </message>
</context>
</TS>
