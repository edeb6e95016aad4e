<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
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
</context>
<context>
    <name>porter::Demo</name>
    <message>
        <source>%1 already has a portfolio; the demo needs an empty database. Use --db with a new file.</source>
        <translation>%1 ya tiene una cartera; la demostración necesita una base de datos vacía. Use --db con un archivo nuevo.</translation>
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
    <name>porter::sync::LoopbackTransport</name>
    <message>
        <source>Closed.</source>
        <translation>Conexión cerrada.</translation>
    </message>
    <message>
        <source>The link to the door was lost.</source>
        <translation>Se perdió el enlace con la puerta.</translation>
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
        <source>This database is empty. Create your portfolio and your own Portfolio Manager account; you can add more managers later.
To try Porter with sample buildings and people instead, run &quot;scripts/run --demo&quot;.</source>
        <translation>Esta base de datos está vacía. Cree su cartera y su propia cuenta de Gestor de cartera; podrá añadir otros gestores más adelante.
Si prefiere probar Porter con edificios y personas de ejemplo, ejecute &quot;scripts/run --demo&quot;.</translation>
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
        <source>Co&amp;untry code:</source>
        <translation>Código de paí&amp;s:</translation>
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
        <source>E&amp;mail:</source>
        <translation>Correo &amp;electrónico:</translation>
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
        <source>This property has no keys yet. Keys are created by a manager with full Key Management (for now with porterctl key add).</source>
        <translation>Esta propiedad aún no tiene llaves. Las llaves las crea un administrador con gestión de llaves completa (por ahora, con porterctl key add).</translation>
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
        <translation>&amp;Cerrar sesión</translation>
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
        <source>You need Key Management permission for this property. Ask a Portfolio Manager to add it to your account.</source>
        <translation>Necesita el permiso de gestión de llaves para esta propiedad. Pida a un Gestor de cartera que se lo añada a su cuenta.</translation>
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
        <source>The guest access %1 has given is revoked too.</source>
        <translation>También se revoca el acceso de invitado que ha concedido %1.</translation>
    </message>
    <message numerus="yes">
        <source>The %n guest shares %1 has given are revoked too.</source>
        <translation>
            <numerusform>También se revoca %n acceso de invitado concedido por %1.</numerusform>
            <numerusform>También se revocan los %n accesos de invitado concedidos por %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Any guest access %1 has given is revoked too.</source>
        <translation>También se revoca cualquier acceso de invitado que haya concedido %1.</translation>
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
        <source>1 guest share ended.</source>
        <translation>1 acceso de invitado finalizado.</translation>
    </message>
    <message numerus="yes">
        <source>%n guest shares ended.</source>
        <translation>
            <numerusform>%n acceso de invitado finalizado.</numerusform>
            <numerusform>%n accesos de invitado finalizados.</numerusform>
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
        <source>Any permanent guests of %1 lose access too.</source>
        <translation>Los invitados permanentes que tenga %1 también pierden el acceso.</translation>
    </message>
    <message>
        <source>Their 1 permanent guest loses access too.</source>
        <translation>Su invitado permanente también pierde el acceso.</translation>
    </message>
    <message numerus="yes">
        <source>Their %n permanent guests lose access too.</source>
        <translation>
            <numerusform>Su %n invitado permanente también pierde el acceso.</numerusform>
            <numerusform>Sus %n invitados permanentes también pierden el acceso.</numerusform>
        </translation>
    </message>
    <message>
        <source>Their past activity stays available in Activity. To give them access again you will need to send a new invitation.</source>
        <translation>Su actividad anterior sigue disponible en Actividad. Para volver a darle acceso, tendrá que enviar una nueva invitación.</translation>
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
        <source>About Porter</source>
        <translation>Acerca de Porter</translation>
    </message>
    <message>
        <source>Porter %1</source>
        <translation>Porter %1</translation>
    </message>
    <message>
        <source>Building access for property managers: invite people, give and revoke keys, and sync offline doors.

Database: %1</source>
        <translation>Acceso a edificios para administradores de propiedades: invite a personas, conceda y revoque llaves y sincronice las puertas sin conexión.

Base de datos: %1</translation>
    </message>
    <message>
        <source> (holds the old doorcode secret)</source>
        <translation> (tiene el secreto antiguo de los códigos de puerta)</translation>
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
        <source>No keys. Give keys with a new invitation.</source>
        <translation>Sin llaves. Conceda llaves con una nueva invitación.</translation>
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
        <source>No current keys. Revoked people stay listed under “Show expired users”.</source>
        <translation>No hay llaves vigentes. Las personas revocadas siguen apareciendo en «Mostrar usuarios vencidos».</translation>
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
        <translation>%1: %2</translation>
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
        <source>Invited: access starts later. Active: can open doors now. Expired: every key has passed its expiration. Revoked: all keys were revoked; can be given keys again.</source>
        <translation>Invitado: el acceso empieza más adelante. Activo: puede abrir puertas ahora. Vencido: todas sus llaves han vencido. Revocado: se revocaron todas sus llaves; se le pueden volver a dar llaves.</translation>
    </message>
</context>
</TS>
