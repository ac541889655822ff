<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About DataCollect Desktop</source>
        <translation>Acerca de DataCollect Desktop</translation>
    </message>
    <message>
        <source>Apache License 2.0</source>
        <translation>Licencia Apache 2.0</translation>
    </message>
    <message>
        <source>Built with:</source>
        <translation>Creado con:</translation>
    </message>
    <message>
        <source>DataCollect Desktop {0}</source>
        <translation>DataCollect Desktop {0}</translation>
    </message>
    <message>
        <source>Licence:</source>
        <translation>Licencia:</translation>
    </message>
    <message>
        <source>Log file:</source>
        <translation>Archivo de registro:</translation>
    </message>
    <message>
        <source>Offline-first registration of individuals and households: encrypted on this laptop, tamper-evident, synced when a network is there.</source>
        <translation>Registro de personas y hogares, pensado para trabajar sin conexión: cifrado en este portátil, con detección de manipulaciones y sincronizado cuando hay red.</translation>
    </message>
    <message>
        <source>Open the log folder</source>
        <translation>Abrir la carpeta del registro</translation>
    </message>
    <message>
        <source>Preferences file:</source>
        <translation>Archivo de preferencias:</translation>
    </message>
    <message>
        <source>Profile folder:</source>
        <translation>Carpeta del perfil:</translation>
    </message>
    <message>
        <source>Python {0}, Qt {1}</source>
        <translation>Python {0}, Qt {1}</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Versión:</translation>
    </message>
</context>
<context>
    <name>AttentionPage</name>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>Changes that were not applied or were refused</source>
        <translation>Cambios no aplicados o rechazados</translation>
    </message>
    <message>
        <source>Kept but not applied: {0}</source>
        <translation>Conservado pero no aplicado: {0}</translation>
    </message>
    <message>
        <source>May be the same as</source>
        <translation>Puede ser la misma que</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Requiere atención</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation>Posibles duplicados</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Refused by the server: {0}</source>
        <translation>Rechazado por el servidor: {0}</translation>
    </message>
    <message>
        <source>Similarity</source>
        <translation>Similitud</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>{0} change(s) and {1} possible duplicate(s).</source>
        <translation>{0} cambio(s) y {1} posible(s) duplicado(s).</translation>
    </message>
</context>
<context>
    <name>DateEditor</name>
    <message>
        <source>DD/MM/YYYY</source>
        <translation>DD/MM/AAAA</translation>
    </message>
    <message>
        <source>MM/DD/YYYY</source>
        <translation>MM/DD/AAAA</translation>
    </message>
    <message>
        <source>Pick a date (Alt+Down)</source>
        <translation>Elegir una fecha (Alt+Abajo)</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-DD</translation>
    </message>
    <message>
        <source>YYYY-MM-DD HH:MM</source>
        <translation>AAAA-MM-DD HH:MM</translation>
    </message>
</context>
<context>
    <name>DetailPage</name>
    <message>
        <source>(no name)</source>
        <translation>(sin nombre)</translation>
    </message>
    <message>
        <source>Add a member</source>
        <translation>Añadir un miembro</translation>
    </message>
    <message>
        <source>Current data</source>
        <translation>Datos actuales</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Delete this record?</source>
        <translation>¿Eliminar este registro?</translation>
    </message>
    <message>
        <source>Delete {0}?</source>
        <translation>¿Eliminar {0}?</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Eliminar…</translation>
    </message>
    <message>
        <source>Edit (Ctrl+E)</source>
        <translation>Editar (Ctrl+E)</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Formulario</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>Hogar</translation>
    </message>
    <message>
        <source>Its history is kept.</source>
        <translation>Su historial se conserva.</translation>
    </message>
    <message>
        <source>Its {0} member(s) stay registered; find them with the search.</source>
        <translation>Sus {0} miembro(s) siguen registrados; búsquelos con la búsqueda.</translation>
    </message>
    <message>
        <source>Members ({0})</source>
        <translation>Miembros ({0})</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>No data.</source>
        <translation>Sin datos.</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Related records</source>
        <translation>Registros relacionados</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sincr.</translation>
    </message>
    <message>
        <source>That record is not in this profile.</source>
        <translation>Ese registro no está en este perfil.</translation>
    </message>
    <message>
        <source>The record</source>
        <translation>El registro</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>eliminado</translation>
    </message>
    <message>
        <source>this record</source>
        <translation>este registro</translation>
    </message>
    <message>
        <source>version {0}</source>
        <translation>versión {0}</translation>
    </message>
    <message>
        <source>{0} was deleted.</source>
        <translation>Se eliminó {0}.</translation>
    </message>
    <message>
        <source>{0} · {1} · last change {2}</source>
        <translation>{0} · {1} · último cambio {2}</translation>
    </message>
    <message>
        <source>← Back to the list</source>
        <translation>← Volver a la lista</translation>
    </message>
</context>
<context>
    <name>DraftsPage</name>
    <message>
        <source>Discard</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Discard this draft?</source>
        <translation>¿Descartar este borrador?</translation>
    </message>
    <message>
        <source>Discard…</source>
        <translation>Descartar…</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>Borradores</translation>
    </message>
    <message>
        <source>Editing {0}</source>
        <translation>Editando {0}</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Para</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Formulario</translation>
    </message>
    <message>
        <source>Forms in progress are saved here every few seconds, encrypted like everything else.</source>
        <translation>Los formularios en curso se guardan aquí cada pocos segundos, cifrados como todo lo demás.</translation>
    </message>
    <message>
        <source>Last saved</source>
        <translation>Guardado por última vez</translation>
    </message>
    <message>
        <source>Member of {0}</source>
        <translation>Miembro de {0}</translation>
    </message>
    <message>
        <source>New record</source>
        <translation>Registro nuevo</translation>
    </message>
    <message>
        <source>No drafts: every form was saved or discarded.</source>
        <translation>No hay borradores: cada formulario se guardó o se descartó.</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reanudar</translation>
    </message>
    <message>
        <source>The draft was discarded.</source>
        <translation>Se descartó el borrador.</translation>
    </message>
    <message>
        <source>Typed so far</source>
        <translation>Escrito hasta ahora</translation>
    </message>
    <message>
        <source>What was typed in this draft will be lost.</source>
        <translation>Lo escrito en este borrador se perderá.</translation>
    </message>
</context>
<context>
    <name>DuplicateBanner</name>
    <message>
        <source>&lt;b&gt;{0}&lt;/b&gt;, born {1}</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt;, nacido/a el {1}</translation>
    </message>
    <message>
        <source>It is a different person</source>
        <translation>Es otra persona</translation>
    </message>
    <message>
        <source>Open the existing record</source>
        <translation>Abrir el registro existente</translation>
    </message>
    <message>
        <source>Open the existing record, or press Ctrl+S again to save anyway.</source>
        <translation>Abra el registro existente o pulse Ctrl+S otra vez para guardar de todos modos.</translation>
    </message>
    <message>
        <source>This person may already be registered (same birth date, similar name):</source>
        <translation>Es posible que esta persona ya esté registrada (misma fecha de nacimiento, nombre parecido):</translation>
    </message>
    <message>
        <source>and {0} more</source>
        <translation>y {0} más</translation>
    </message>
</context>
<context>
    <name>EditGridEditor</name>
    <message>
        <source>Add a row</source>
        <translation>Añadir una fila</translation>
    </message>
    <message>
        <source>Remove this row</source>
        <translation>Quitar esta fila</translation>
    </message>
    <message>
        <source>Row {0}</source>
        <translation>Fila {0}</translation>
    </message>
</context>
<context>
    <name>EntityTreeModel</name>
    <message>
        <source>(no name)</source>
        <translation>(sin nombre)</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Formulario</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Último cambio</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Miembros</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sincr.</translation>
    </message>
</context>
<context>
    <name>ErrorPresenter</name>
    <message>
        <source>Something went wrong</source>
        <translation>Algo salió mal</translation>
    </message>
    <message>
        <source>Something went wrong; details are in the log.</source>
        <translation>Algo salió mal; los detalles están en el registro.</translation>
    </message>
</context>
<context>
    <name>FirstRunPage</name>
    <message>
        <source>Add demo households so I can try the app</source>
        <translation>Añadir hogares de demostración para probar la aplicación</translation>
    </message>
    <message>
        <source>At least 8 characters; a few words work well.</source>
        <translation>Al menos 8 caracteres; unas cuantas palabras funcionan bien.</translation>
    </message>
    <message>
        <source>Create my profile</source>
        <translation>Crear mi perfil</translation>
    </message>
    <message>
        <source>Everything you register is kept encrypted on this laptop. Choose a passphrase: a few words are easier to remember and harder to guess than one short word.</source>
        <translation>Todo lo que registre se guarda cifrado en este portátil. Elija una frase de contraseña: unas cuantas palabras son más fáciles de recordar y más difíciles de adivinar que una sola palabra corta.</translation>
    </message>
    <message>
        <source>Fair: one more word makes it strong.</source>
        <translation>Aceptable: una palabra más la hace robusta.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>Repita la frase de contraseña</translation>
    </message>
    <message>
        <source>Passphrase again:</source>
        <translation>Repita la frase:</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>Frase de contraseña:</translation>
    </message>
    <message>
        <source>Strong.</source>
        <translation>Robusta.</translation>
    </message>
    <message>
        <source>The passphrases differ.</source>
        <translation>Las frases no coinciden.</translation>
    </message>
    <message>
        <source>The passphrases match.</source>
        <translation>Las frases coinciden.</translation>
    </message>
    <message>
        <source>Too short: use at least 8 characters.</source>
        <translation>Demasiado corta: use al menos 8 caracteres.</translation>
    </message>
    <message>
        <source>Weak: add another word or two.</source>
        <translation>Débil: añada una o dos palabras más.</translation>
    </message>
    <message>
        <source>Welcome to DataCollect Desktop</source>
        <translation>Bienvenido a DataCollect Desktop</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Su nombre</translation>
    </message>
    <message>
        <source>Your name:</source>
        <translation>Su nombre:</translation>
    </message>
</context>
<context>
    <name>FormView</name>
    <message>
        <source>“{0}” is a {1} field, which this app cannot show; it is left out.</source>
        <translation>«{0}» es un campo {1}, que esta aplicación no puede mostrar; se omite.</translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <source>&amp;About DataCollect Desktop</source>
        <translation>&amp;Acerca de DataCollect Desktop</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Atajos de teclado</translation>
    </message>
    <message>
        <source>Diagnostics saved to {0}. They hold the log and counts, no names or answers.</source>
        <translation>Diagnóstico guardado en {0}. Contiene el registro y recuentos, sin nombres ni respuestas.</translation>
    </message>
    <message>
        <source>Export &amp;diagnostics…</source>
        <translation>Exportar &amp;diagnóstico…</translation>
    </message>
    <message>
        <source>Export diagnostics</source>
        <translation>Exportar diagnóstico</translation>
    </message>
    <message>
        <source>The diagnostics were not saved: {0}</source>
        <translation>No se guardó el diagnóstico: {0}</translation>
    </message>
    <message>
        <source>Zip files (*.zip)</source>
        <translation>Archivos zip (*.zip)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Bloquear</translation>
    </message>
    <message>
        <source>&amp;Profile</source>
        <translation>&amp;Perfil</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Ajustes…</translation>
    </message>
    <message>
        <source>Adding demo households…</source>
        <translation>Añadiendo hogares de demostración…</translation>
    </message>
    <message>
        <source>DataCollect Desktop {0}</source>
        <translation>DataCollect Desktop {0}</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>Ajustes guardados.</translation>
    </message>
    <message>
        <source>Something went wrong; details are in the log.</source>
        <translation>Algo salió mal; los detalles están en el registro.</translation>
    </message>
    <message>
        <source>The profile is locked. Unsaved forms were kept as drafts.</source>
        <translation>El perfil está bloqueado. Los formularios sin guardar se conservaron como borradores.</translation>
    </message>
    <message>
        <source>The profile was locked after a while without use. Unsaved forms were kept as drafts.</source>
        <translation>El perfil se bloqueó tras un rato sin uso. Los formularios sin guardar se conservaron como borradores.</translation>
    </message>
    <message>
        <source>{0} demo households were added.</source>
        <translation>Se añadieron {0} hogares de demostración.</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>--at-seq must be between 0 and {size}, the number of events</source>
        <translation>--at-seq debe estar entre 0 y {size}, el número de eventos</translation>
    </message>
    <message>
        <source>A profile already exists in {path}.</source>
        <translation>Ya existe un perfil en {path}.</translation>
    </message>
    <message>
        <source>A {form} record must belong to a {parent} record.</source>
        <translation>Un registro {form} debe pertenecer a un registro {parent}.</translation>
    </message>
    <message>
        <source>App config has no &apos;entityForms&apos; list.</source>
        <translation>La configuración de la aplicación no tiene una lista &apos;entityForms&apos;.</translation>
    </message>
    <message>
        <source>App config is not valid JSON ({reason}).</source>
        <translation>La configuración de la aplicación no es un JSON válido ({reason}).</translation>
    </message>
    <message>
        <source>App config must be a JSON object.</source>
        <translation>La configuración de la aplicación debe ser un objeto JSON.</translation>
    </message>
    <message>
        <source>App config: &apos;entityForms&apos; must be a list.</source>
        <translation>Configuración de la aplicación: &apos;entityForms&apos; debe ser una lista.</translation>
    </message>
    <message>
        <source>Cannot reach the sync server at {url} ({reason}). Check the network; sync will try again on its own.</source>
        <translation>No se puede contactar con el servidor de sincronización en {url} ({reason}). Compruebe la red; la sincronización volverá a intentarlo sola.</translation>
    </message>
    <message>
        <source>Cannot read the app config {path}: {reason}.</source>
        <translation>No se puede leer la configuración de la aplicación {path}: {reason}.</translation>
    </message>
    <message>
        <source>Cannot read {path}: {reason}.</source>
        <translation>No se puede leer {path}: {reason}.</translation>
    </message>
    <message>
        <source>Choose the app config file to load.</source>
        <translation>Elija el archivo de configuración de la aplicación que desea cargar.</translation>
    </message>
    <message>
        <source>Could not reach the server at {url}. Check the address and the network, then try again.</source>
        <translation>No se pudo contactar con el servidor en {url}. Compruebe la dirección y la red y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Enter the id of the app config to download.</source>
        <translation>Introduzca el identificador de la configuración de la aplicación que desea descargar.</translation>
    </message>
    <message>
        <source>Enter your name; it is written with every record you make.</source>
        <translation>Escriba su nombre; se guarda con cada registro que haga.</translation>
    </message>
    <message>
        <source>Form name {name!r} is used by more than one form.</source>
        <translation>El nombre de formulario {name!r} lo usa más de un formulario.</translation>
    </message>
    <message>
        <source>Form {name!r} depends on {parent!r}, which is not a form of this app.</source>
        <translation>El formulario {name!r} depende de {parent!r}, que no es un formulario de esta aplicación.</translation>
    </message>
    <message>
        <source>Forms depend on each other in a circle: {cycle}.</source>
        <translation>Hay formularios que dependen unos de otros en círculo: {cycle}.</translation>
    </message>
    <message>
        <source>No profile in {path}. Create one with `datacollect-desktop init`.</source>
        <translation>No hay ningún perfil en {path}. Cree uno con `datacollect-desktop init`.</translation>
    </message>
    <message>
        <source>Sign in again: the sync server needs the password of {email}.</source>
        <translation>Vuelva a iniciar sesión: el servidor de sincronización necesita la contraseña de {email}.</translation>
    </message>
    <message>
        <source>Sync is not set up.</source>
        <translation>La sincronización no está configurada.</translation>
    </message>
    <message>
        <source>Sync was cancelled; what was sent and received so far is kept.</source>
        <translation>Se canceló la sincronización; se conserva lo enviado y recibido hasta ahora.</translation>
    </message>
    <message>
        <source>Sync went wrong; the details are in the log. It will try again later.</source>
        <translation>La sincronización falló; los detalles están en el registro. Volverá a intentarlo más tarde.</translation>
    </message>
    <message>
        <source>Synced: {sent} sent, {received} received, {conflicts} conflicts to review.</source>
        <translation>Sincronizado: {sent} enviado(s), {received} recibido(s), {conflicts} conflicto(s) por revisar.</translation>
    </message>
    <message>
        <source>Synced: {sent} sent, {received} received, {refused} refused by the server, {conflicts} conflicts to review.</source>
        <translation>Sincronizado: {sent} enviado(s), {received} recibido(s), {refused} rechazado(s) por el servidor, {conflicts} conflicto(s) por revisar.</translation>
    </message>
    <message>
        <source>Synced: {sent} sent, {received} received, {refused} refused by the server.</source>
        <translation>Sincronizado: {sent} enviado(s), {received} recibido(s), {refused} rechazado(s) por el servidor.</translation>
    </message>
    <message>
        <source>Synced: {sent} sent, {received} received.</source>
        <translation>Sincronizado: {sent} enviado(s), {received} recibido(s).</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Sincronizando…</translation>
    </message>
    <message>
        <source>The bundle contents are damaged ({reason}).</source>
        <translation>El contenido del paquete está dañado ({reason}).</translation>
    </message>
    <message>
        <source>The bundle header is damaged ({reason}).</source>
        <translation>La cabecera del paquete está dañada ({reason}).</translation>
    </message>
    <message>
        <source>The bundle holds an invalid event ({reason}).</source>
        <translation>El paquete contiene un evento no válido ({reason}).</translation>
    </message>
    <message>
        <source>The bundle passphrase is wrong; nothing was imported.</source>
        <translation>La frase de contraseña del paquete es incorrecta; no se importó nada.</translation>
    </message>
    <message>
        <source>The bundle&apos;s events do not match its signed tree root; nothing was imported.</source>
        <translation>Los eventos del paquete no coinciden con su raíz de árbol firmada; no se importó nada.</translation>
    </message>
    <message>
        <source>The change was kept in the history but could not be applied: {reason}. It is listed under Needs attention.</source>
        <translation>El cambio se conservó en el historial pero no se pudo aplicar: {reason}. Aparece en Requiere atención.</translation>
    </message>
    <message>
        <source>The connection to the sync server broke off ({reason}). Sync will try again on its own; nothing was lost.</source>
        <translation>Se cortó la conexión con el servidor de sincronización ({reason}). La sincronización volverá a intentarlo sola; no se perdió nada.</translation>
    </message>
    <message>
        <source>The disk is full. Nothing was lost: what was saved before is intact. Free some space and try again.</source>
        <translation>El disco está lleno. No se perdió nada: lo guardado antes está intacto. Libere espacio y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The key file {path} is damaged ({reason}).</source>
        <translation>El archivo de claves {path} está dañado ({reason}).</translation>
    </message>
    <message>
        <source>The key file {path} is missing.</source>
        <translation>Falta el archivo de claves {path}.</translation>
    </message>
    <message>
        <source>The passphrase is not right for this profile. Nothing was changed; check the keyboard layout and Caps Lock, or unlock with the recovery key.</source>
        <translation>La frase de contraseña no es la de este perfil. No se cambió nada; compruebe la distribución del teclado y el Bloq Mayús, o desbloquee con la clave de recuperación.</translation>
    </message>
    <message>
        <source>The passphrase must be at least {count} characters long.</source>
        <translation>La frase de contraseña debe tener al menos {count} caracteres.</translation>
    </message>
    <message>
        <source>The profile database ({path}) is damaged or is not a DataCollect database; it was not read. Restore it from a backup or an export.</source>
        <translation>La base de datos del perfil ({path}) está dañada o no es una base de datos de DataCollect; no se leyó. Restáurela desde una copia de seguridad o una exportación.</translation>
    </message>
    <message>
        <source>The profile database is damaged ({problems}). Nothing was changed; restore it from a backup or an export.</source>
        <translation>La base de datos del perfil está dañada ({problems}). No se cambió nada; restáurela desde una copia de seguridad o una exportación.</translation>
    </message>
    <message>
        <source>The profile database is damaged or is not a DataCollect database; it was not read. Restore it from a backup or an export.</source>
        <translation>La base de datos del perfil está dañada o no es una base de datos de DataCollect; no se leyó. Restáurela desde una copia de seguridad o una exportación.</translation>
    </message>
    <message>
        <source>The profile database {path} is missing.</source>
        <translation>Falta la base de datos del perfil {path}.</translation>
    </message>
    <message>
        <source>The profile is busy in another window or process; try again.</source>
        <translation>El perfil está ocupado en otra ventana o proceso; vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The record this draft was editing no longer exists.</source>
        <translation>El registro que editaba este borrador ya no existe.</translation>
    </message>
    <message>
        <source>The record was not saved: {reason}</source>
        <translation>No se guardó el registro: {reason}</translation>
    </message>
    <message>
        <source>The records are being rebuilt; try again when that has finished.</source>
        <translation>Los registros se están reconstruyendo; vuelva a intentarlo cuando termine.</translation>
    </message>
    <message>
        <source>The server address must start with http:// or https://.</source>
        <translation>La dirección del servidor debe empezar por http:// o https://.</translation>
    </message>
    <message>
        <source>The server answered with an error ({status}); try again later.</source>
        <translation>El servidor respondió con un error ({status}); vuelva a intentarlo más tarde.</translation>
    </message>
    <message>
        <source>The server asked to sign in again.</source>
        <translation>El servidor pidió volver a iniciar sesión.</translation>
    </message>
    <message>
        <source>The server did not accept this e-mail and password.</source>
        <translation>El servidor no aceptó este correo y esta contraseña.</translation>
    </message>
    <message>
        <source>The server has no app config {config_id!r} for this account.</source>
        <translation>El servidor no tiene la configuración de aplicación {config_id!r} para esta cuenta.</translation>
    </message>
    <message>
        <source>The server sent two different events under {guid}.</source>
        <translation>El servidor envió dos eventos distintos con {guid}.</translation>
    </message>
    <message>
        <source>The server&apos;s answer was not JSON; is this a DataCollect server?</source>
        <translation>La respuesta del servidor no era JSON; ¿es un servidor de DataCollect?</translation>
    </message>
    <message>
        <source>The server&apos;s sign-in answer had no token; is this a DataCollect server?</source>
        <translation>La respuesta de inicio de sesión del servidor no traía token; ¿es un servidor de DataCollect?</translation>
    </message>
    <message>
        <source>The sync server answered with an error ({status}). Sync will try again later.</source>
        <translation>El servidor de sincronización respondió con un error ({status}). La sincronización volverá a intentarlo más tarde.</translation>
    </message>
    <message>
        <source>The sync server answered with an error ({status}: {reason}). Sync will try again later.</source>
        <translation>El servidor de sincronización respondió con un error ({status}: {reason}). La sincronización volverá a intentarlo más tarde.</translation>
    </message>
    <message>
        <source>The sync server at {url} did not answer in time. Sync will try again on its own; nothing was lost.</source>
        <translation>El servidor de sincronización en {url} no respondió a tiempo. La sincronización volverá a intentarlo sola; no se perdió nada.</translation>
    </message>
    <message>
        <source>The sync server does not hold events it acknowledged.</source>
        <translation>El servidor de sincronización no tiene eventos que confirmó haber recibido.</translation>
    </message>
    <message>
        <source>The sync server failed an integrity check: {problem}. Sync stopped; everything on this device is kept. Tell your supervisor.</source>
        <translation>El servidor de sincronización no superó una comprobación de integridad: {problem}. La sincronización se detuvo; todo se conserva en este dispositivo. Avise a su supervisor.</translation>
    </message>
    <message>
        <source>The sync server has no app {config_id!r}.</source>
        <translation>El servidor de sincronización no tiene la aplicación {config_id!r}.</translation>
    </message>
    <message>
        <source>The sync server holds different content for event {guid} than this device: its log was changed.</source>
        <translation>El servidor de sincronización tiene para el evento {guid} un contenido distinto al de este dispositivo: su registro se modificó.</translation>
    </message>
    <message>
        <source>The sync server is busy (too many requests); sync will try again later.</source>
        <translation>El servidor de sincronización está ocupado (demasiadas solicitudes); la sincronización volverá a intentarlo más tarde.</translation>
    </message>
    <message>
        <source>The sync server refused the email {email} with this password. Check both in the settings.</source>
        <translation>El servidor de sincronización rechazó el correo {email} con esta contraseña. Compruebe ambos en los ajustes.</translation>
    </message>
    <message>
        <source>The sync server sent a proof that cannot be read.</source>
        <translation>El servidor de sincronización envió una prueba que no se puede leer.</translation>
    </message>
    <message>
        <source>The sync server sent an answer that cannot be used ({what}). It will be tried again later.</source>
        <translation>El servidor de sincronización envió una respuesta que no se puede usar ({what}). Se volverá a intentar más tarde.</translation>
    </message>
    <message>
        <source>The sync server sent an answer that is not readable JSON (it may have been cut off). Sync will try again on its own; nothing was lost.</source>
        <translation>El servidor de sincronización envió una respuesta que no es JSON legible (puede que se cortara). La sincronización volverá a intentarlo sola; no se perdió nada.</translation>
    </message>
    <message>
        <source>The sync server&apos;s log kept moving while proving events; sync will try again later.</source>
        <translation>El registro del servidor de sincronización siguió cambiando mientras se probaban los eventos; la sincronización volverá a intentarlo más tarde.</translation>
    </message>
    <message>
        <source>The two passphrases differ. Type the same passphrase twice.</source>
        <translation>Las dos frases de contraseña no coinciden. Escriba la misma frase dos veces.</translation>
    </message>
    <message>
        <source>The {form} data must be a set of named fields.</source>
        <translation>Los datos de {form} deben ser un conjunto de campos con nombre.</translation>
    </message>
    <message>
        <source>This account may not sync this app: {reason}</source>
        <translation>Esta cuenta no puede sincronizar esta aplicación: {reason}</translation>
    </message>
    <message>
        <source>This app config has no form for the members of this record.</source>
        <translation>Esta configuración de aplicación no tiene un formulario para los miembros de este registro.</translation>
    </message>
    <message>
        <source>This app config has no form to start a registration with.</source>
        <translation>Esta configuración de aplicación no tiene un formulario con el que empezar un registro.</translation>
    </message>
    <message>
        <source>This draft is for the form {form!r}, which the current app config does not have.</source>
        <translation>Este borrador es del formulario {form!r}, que la configuración de aplicación actual no tiene.</translation>
    </message>
    <message>
        <source>This profile has no device key.</source>
        <translation>Este perfil no tiene clave de dispositivo.</translation>
    </message>
    <message>
        <source>This profile syncs with {url} (app {config_id}); it cannot also sync with {new_url} (app {new_config_id}). Use another profile for that server.</source>
        <translation>Este perfil se sincroniza con {url} (aplicación {config_id}); no puede sincronizarse también con {new_url} (aplicación {new_config_id}). Use otro perfil para ese servidor.</translation>
    </message>
    <message>
        <source>This profile was created without a recovery key.</source>
        <translation>Este perfil se creó sin clave de recuperación.</translation>
    </message>
    <message>
        <source>This profile was written by a newer version of DataCollect Desktop (schema {version}, this app knows {known}). Update the app to open it.</source>
        <translation>Este perfil lo escribió una versión más reciente de DataCollect Desktop (esquema {version}; esta aplicación conoce el {known}). Actualice la aplicación para abrirlo.</translation>
    </message>
    <message>
        <source>This record was made with a form this app config does not have, so it cannot be edited here.</source>
        <translation>Este registro se hizo con un formulario que esta configuración de aplicación no tiene, así que no se puede editar aquí.</translation>
    </message>
    <message>
        <source>Type your passphrase to unlock.</source>
        <translation>Escriba su frase de contraseña para desbloquear.</translation>
    </message>
    <message>
        <source>entity {guid} has no consistent state at {at}</source>
        <translation>la entidad {guid} no tiene un estado coherente en {at}</translation>
    </message>
    <message>
        <source>event {guid} is not in a tree of size {size}</source>
        <translation>el evento {guid} no está en un árbol de tamaño {size}</translation>
    </message>
    <message>
        <source>events it sent or acknowledged are not in its signed log as they are on this device</source>
        <translation>hay eventos que envió o confirmó que no están en su registro firmado tal como están en este dispositivo</translation>
    </message>
    <message>
        <source>it acknowledged a push without saying what happened to each event</source>
        <translation>confirmó un envío sin decir qué pasó con cada evento</translation>
    </message>
    <message>
        <source>it no longer signs its log, although it did before</source>
        <translation>ya no firma su registro, aunque antes lo hacía</translation>
    </message>
    <message>
        <source>it placed two different events at one position</source>
        <translation>colocó dos eventos distintos en una misma posición</translation>
    </message>
    <message>
        <source>it sent an event that is not valid ({reason})</source>
        <translation>envió un evento no válido ({reason})</translation>
    </message>
    <message>
        <source>it sent no signed checkpoint</source>
        <translation>no envió ningún punto de control firmado</translation>
    </message>
    <message>
        <source>its checkpoint does not verify ({reason})</source>
        <translation>su punto de control no se verifica ({reason})</translation>
    </message>
    <message>
        <source>its checkpoint key is malformed</source>
        <translation>su clave de punto de control está mal formada</translation>
    </message>
    <message>
        <source>its checkpoint key is not the one this device pinned on its first sync</source>
        <translation>su clave de punto de control no es la que este dispositivo fijó en su primera sincronización</translation>
    </message>
    <message>
        <source>its checkpoint names another log</source>
        <translation>su punto de control nombra otro registro</translation>
    </message>
    <message>
        <source>its checkpoint says one thing and its signed note another</source>
        <translation>su punto de control dice una cosa y su nota firmada otra</translation>
    </message>
    <message>
        <source>its log of {after} events does not extend the {before} events seen before: history was rewritten</source>
        <translation>su registro de {after} eventos no continúa los {before} eventos vistos antes: se reescribió el historial</translation>
    </message>
    <message>
        <source>its log shrank from {before} to {after} events</source>
        <translation>su registro se redujo de {before} a {after} eventos</translation>
    </message>
    <message>
        <source>its log was rewritten: same size, another root</source>
        <translation>su registro se reescribió: mismo tamaño, otra raíz</translation>
    </message>
    <message>
        <source>its pull does not follow the order of its log</source>
        <translation>su descarga no sigue el orden de su registro</translation>
    </message>
    <message>
        <source>its push results do not match the events pushed</source>
        <translation>los resultados del envío no coinciden con los eventos enviados</translation>
    </message>
    <message>
        <source>need 0 &lt; --from &lt;= --to &lt;= {size} (the tree size)</source>
        <translation>se necesita 0 &lt; --from &lt;= --to &lt;= {size} (el tamaño del árbol)</translation>
    </message>
    <message>
        <source>no event {guid} in this profile</source>
        <translation>no hay ningún evento {guid} en este perfil</translation>
    </message>
    <message>
        <source>this row is not a set of fields.</source>
        <translation>esta fila no es un conjunto de campos.</translation>
    </message>
    <message>
        <source>{choices}, and {count} more</source>
        <translation>{choices} y {count} más</translation>
    </message>
    <message>
        <source>{grid}, row {row}: {problem}</source>
        <translation>{grid}, fila {row}: {problem}</translation>
    </message>
    <message>
        <source>{label} does not match the expected format.</source>
        <translation>{label} no tiene el formato esperado.</translation>
    </message>
    <message>
        <source>{label} has a choice that is not on the list: {choice!r}.</source>
        <translation>{label} tiene una opción que no está en la lista: {choice!r}.</translation>
    </message>
    <message>
        <source>{label} is not a valid e-mail address.</source>
        <translation>{label} no es una dirección de correo válida.</translation>
    </message>
    <message>
        <source>{label} is required.</source>
        <translation>{label} es obligatorio.</translation>
    </message>
    <message>
        <source>{label} must be a date and time, such as 2024-03-31T14:30:00Z.</source>
        <translation>{label} debe ser una fecha y hora, por ejemplo 2024-03-31T14:30:00Z.</translation>
    </message>
    <message>
        <source>{label} must be a date written as DD/MM/YYYY.</source>
        <translation>{label} debe ser una fecha escrita como DD/MM/AAAA.</translation>
    </message>
    <message>
        <source>{label} must be a date written as MM/DD/YYYY.</source>
        <translation>{label} debe ser una fecha escrita como MM/DD/AAAA.</translation>
    </message>
    <message>
        <source>{label} must be a date written as YYYY-MM-DD, such as 2024-03-31.</source>
        <translation>{label} debe ser una fecha escrita como AAAA-MM-DD, por ejemplo 2024-03-31.</translation>
    </message>
    <message>
        <source>{label} must be a list of choices.</source>
        <translation>{label} debe ser una lista de opciones.</translation>
    </message>
    <message>
        <source>{label} must be a list of rows.</source>
        <translation>{label} debe ser una lista de filas.</translation>
    </message>
    <message>
        <source>{label} must be a number.</source>
        <translation>{label} debe ser un número.</translation>
    </message>
    <message>
        <source>{label} must be a set of ticked and unticked choices.</source>
        <translation>{label} debe ser un conjunto de opciones marcadas y sin marcar.</translation>
    </message>
    <message>
        <source>{label} must be at least 1 character long.</source>
        <translation>{label} debe tener al menos 1 carácter.</translation>
    </message>
    <message>
        <source>{label} must be at least {count} characters long.</source>
        <translation>{label} debe tener al menos {count} caracteres.</translation>
    </message>
    <message>
        <source>{label} must be at least {limit}.</source>
        <translation>{label} debe ser como mínimo {limit}.</translation>
    </message>
    <message>
        <source>{label} must be at most 1 character long.</source>
        <translation>{label} debe tener como máximo 1 carácter.</translation>
    </message>
    <message>
        <source>{label} must be at most {count} characters long.</source>
        <translation>{label} debe tener como máximo {count} caracteres.</translation>
    </message>
    <message>
        <source>{label} must be at most {limit}.</source>
        <translation>{label} debe ser como máximo {limit}.</translation>
    </message>
    <message>
        <source>{label} must be one of: {choices}.</source>
        <translation>{label} debe ser una de estas opciones: {choices}.</translation>
    </message>
    <message>
        <source>{label} must be text.</source>
        <translation>{label} debe ser texto.</translation>
    </message>
    <message>
        <source>{label} must be ticked (true) or not ticked (false).</source>
        <translation>{label} debe estar marcado (true) o sin marcar (false).</translation>
    </message>
    <message>
        <source>{label} must be ticked.</source>
        <translation>{label} debe estar marcado.</translation>
    </message>
    <message>
        <source>{label} must have at least 1 row.</source>
        <translation>{label} debe tener al menos 1 fila.</translation>
    </message>
    <message>
        <source>{label} must have at least {count} rows.</source>
        <translation>{label} debe tener al menos {count} filas.</translation>
    </message>
    <message>
        <source>{label} must have at most 1 row.</source>
        <translation>{label} debe tener como máximo 1 fila.</translation>
    </message>
    <message>
        <source>{label} must have at most {count} rows.</source>
        <translation>{label} debe tener como máximo {count} filas.</translation>
    </message>
    <message>
        <source>{label}: each choice must be ticked (true) or not ticked (false).</source>
        <translation>{label}: cada opción debe estar marcada (true) o sin marcar (false).</translation>
    </message>
    <message>
        <source>{path} fails its signature check: it was altered or damaged.</source>
        <translation>{path} no supera la comprobación de firma: se alteró o se dañó.</translation>
    </message>
    <message>
        <source>{path} is damaged or truncated ({reason}).</source>
        <translation>{path} está dañado o truncado ({reason}).</translation>
    </message>
    <message>
        <source>{path} is not a DataCollect bundle.</source>
        <translation>{path} no es un paquete de DataCollect.</translation>
    </message>
    <message>
        <source>{path} is not a DataCollect key file.</source>
        <translation>{path} no es un archivo de claves de DataCollect.</translation>
    </message>
    <message>
        <source>{path} was written by a newer version of the app.</source>
        <translation>{path} lo escribió una versión más reciente de la aplicación.</translation>
    </message>
    <message>
        <source>{problem} Sync stopped; everything on this device is kept. Tell your supervisor.</source>
        <translation>{problem} La sincronización se detuvo; todo se conserva en este dispositivo. Avise a su supervisor.</translation>
    </message>
    <message>
        <source>{where} has no &apos;formio&apos; object.</source>
        <translation>{where} no tiene un objeto &apos;formio&apos;.</translation>
    </message>
    <message>
        <source>{where} has no &apos;name&apos;.</source>
        <translation>{where} no tiene &apos;name&apos;.</translation>
    </message>
    <message>
        <source>{where} must be an object.</source>
        <translation>{where} debe ser un objeto.</translation>
    </message>
    <message>
        <source>{where}: &apos;columns&apos; must be a list.</source>
        <translation>{where}: &apos;columns&apos; debe ser una lista.</translation>
    </message>
    <message>
        <source>{where}: &apos;components&apos; must be a list.</source>
        <translation>{where}: &apos;components&apos; debe ser una lista.</translation>
    </message>
    <message>
        <source>{where}: &apos;dependsOn&apos; must be the name of another form.</source>
        <translation>{where}: &apos;dependsOn&apos; debe ser el nombre de otro formulario.</translation>
    </message>
    <message>
        <source>{where}: &apos;key&apos; must be text.</source>
        <translation>{where}: &apos;key&apos; debe ser texto.</translation>
    </message>
    <message>
        <source>{where}: &apos;validate&apos; must be an object.</source>
        <translation>{where}: &apos;validate&apos; debe ser un objeto.</translation>
    </message>
    <message>
        <source>{where}: a column must be an object.</source>
        <translation>{where}: una columna debe ser un objeto.</translation>
    </message>
    <message>
        <source>{where}: a component must be an object.</source>
        <translation>{where}: un componente debe ser un objeto.</translation>
    </message>
    <message>
        <source>{where}: a {kind} field needs a &apos;key&apos;.</source>
        <translation>{where}: un campo {kind} necesita una &apos;key&apos;.</translation>
    </message>
    <message>
        <source>{where}: choice {number} must be an object.</source>
        <translation>{where}: la opción {number} debe ser un objeto.</translation>
    </message>
    <message>
        <source>{where}: choice {number} needs a text or number value.</source>
        <translation>{where}: la opción {number} necesita un valor de texto o número.</translation>
    </message>
    <message>
        <source>{where}: components are nested more than {depth} deep.</source>
        <translation>{where}: los componentes están anidados a más de {depth} niveles.</translation>
    </message>
    <message>
        <source>{where}: the field key {key!r} is used twice.</source>
        <translation>{where}: la clave de campo {key!r} se usa dos veces.</translation>
    </message>
    <message>
        <source>{where}: the list of choices (&apos;values&apos;) must be a list.</source>
        <translation>{where}: la lista de opciones (&apos;values&apos;) debe ser una lista.</translation>
    </message>
    <message>
        <source>{where}: validate.pattern must be text.</source>
        <translation>{where}: validate.pattern debe ser texto.</translation>
    </message>
    <message>
        <source>{where}: validate.pattern {pattern} is not a valid pattern ({reason}).</source>
        <translation>{where}: validate.pattern {pattern} no es un patrón válido ({reason}).</translation>
    </message>
    <message>
        <source>{where}: validate.{name} must be a number, not {value}.</source>
        <translation>{where}: validate.{name} debe ser un número, no {value}.</translation>
    </message>
    <message>
        <source>{where}: validate.{name} must be a whole number of 0 or more.</source>
        <translation>{where}: validate.{name} debe ser un número entero igual o mayor que 0.</translation>
    </message>
    <message>
        <source>{where}: {name!r} must be text.</source>
        <translation>{where}: {name!r} debe ser texto.</translation>
    </message>
</context>
<context>
    <name>RecordsPage</name>
    <message>
        <source>Households and people</source>
        <translation>Hogares y personas</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>Name A–Z</source>
        <translation>Nombre A–Z</translation>
    </message>
    <message>
        <source>Name Z–A</source>
        <translation>Nombre Z–A</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>Más recientes primero</translation>
    </message>
    <message>
        <source>Oldest first</source>
        <translation>Más antiguos primero</translation>
    </message>
    <message>
        <source>Only: {0}</source>
        <translation>Solo: {0}</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Registros</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Search names and fields (Ctrl+F)</source>
        <translation>Buscar nombres y campos (Ctrl+F)</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Sort</source>
        <translation>Ordenar</translation>
    </message>
    <message>
        <source>{0} found</source>
        <translation>{0} encontrado(s)</translation>
    </message>
    <message>
        <source>{0} records</source>
        <translation>{0} registros</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>I have stored the recovery key somewhere safe</source>
        <translation>He guardado la clave de recuperación en un lugar seguro</translation>
    </message>
    <message>
        <source>If you forget your passphrase, this key is the only way to open your records. Write it down or print it and keep it apart from this laptop. It is shown only this once.</source>
        <translation>Si olvida su frase de contraseña, esta clave es la única forma de abrir sus registros. Anótela o imprímala y guárdela lejos de este portátil. Solo se muestra esta vez.</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Clave de recuperación</translation>
    </message>
    <message>
        <source>Your recovery key</source>
        <translation>Su clave de recuperación</translation>
    </message>
</context>
<context>
    <name>RegisterPage</name>
    <message>
        <source>Adding to {0}: {1} registered so far.</source>
        <translation>Añadiendo a {0}: {1} registrado(s) hasta ahora.</translation>
    </message>
    <message>
        <source>Cancel editing</source>
        <translation>Cancelar la edición</translation>
    </message>
    <message>
        <source>Clear the form</source>
        <translation>Vaciar el formulario</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Discard this form?</source>
        <translation>¿Descartar este formulario?</translation>
    </message>
    <message>
        <source>Edit: {0}</source>
        <translation>Editar: {0}</translation>
    </message>
    <message>
        <source>Finish {0} (Ctrl+Shift+S)</source>
        <translation>Terminar: {0} (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Formulario</translation>
    </message>
    <message>
        <source>New {0}</source>
        <translation>Nuevo: {0}</translation>
    </message>
    <message>
        <source>Nothing changed; nothing was recorded.</source>
        <translation>No cambió nada; no se registró nada.</translation>
    </message>
    <message>
        <source>Nothing was saved: {0} field(s) need attention.</source>
        <translation>No se guardó nada: {0} campo(s) requieren atención.</translation>
    </message>
    <message>
        <source>Only the fields you change are recorded.</source>
        <translation>Solo se registran los campos que cambie.</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Guardar (Ctrl+S)</translation>
    </message>
    <message>
        <source>Save and add another (Ctrl+S)</source>
        <translation>Guardar y añadir otro (Ctrl+S)</translation>
    </message>
    <message>
        <source>Save and add members (Ctrl+S)</source>
        <translation>Guardar y añadir miembros (Ctrl+S)</translation>
    </message>
    <message>
        <source>Save changes (Ctrl+S)</source>
        <translation>Guardar cambios (Ctrl+S)</translation>
    </message>
    <message>
        <source>Saved {0} changed field(s).</source>
        <translation>Se guardaron {0} campo(s) modificado(s).</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <source>This person may already be registered; nothing was saved yet.</source>
        <translation>Es posible que esta persona ya esté registrada; todavía no se guardó nada.</translation>
    </message>
    <message>
        <source>What you typed in this form will be discarded.</source>
        <translation>Lo que escribió en este formulario se descartará.</translation>
    </message>
    <message>
        <source>{0} is registered with {1} member(s).</source>
        <translation>{0} quedó registrado con {1} miembro(s).</translation>
    </message>
    <message>
        <source>{0} saved. Now add its members.</source>
        <translation>{0} guardado. Ahora añada sus miembros.</translation>
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
        <translation>Un archivo en este portátil</translation>
    </message>
    <message>
        <source>A new language is used from the next time the app starts.</source>
        <translation>El nuevo idioma se usará a partir del próximo inicio de la aplicación.</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>Cuenta:</translation>
    </message>
    <message>
        <source>App config file</source>
        <translation>Archivo de configuración de la aplicación</translation>
    </message>
    <message>
        <source>App configs (*.json)</source>
        <translation>Configuraciones de la aplicación (*.json)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>Forms (app config)</source>
        <translation>Formularios (configuración de la aplicación)</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Idioma:</translation>
    </message>
    <message>
        <source>Lock after idle:</source>
        <translation>Bloquear tras inactividad:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Contraseña:</translation>
    </message>
    <message>
        <source>Server address:</source>
        <translation>Dirección del servidor:</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sincr.</translation>
    </message>
    <message>
        <source>Sync every:</source>
        <translation>Sincronizar cada:</translation>
    </message>
    <message>
        <source>The bundled example (household registration)</source>
        <translation>El ejemplo incluido (registro de hogares)</translation>
    </message>
    <message>
        <source>The password is kept in the encrypted profile so that sync can run while you work.</source>
        <translation>La contraseña se guarda en el perfil cifrado para que la sincronización funcione mientras trabaja.</translation>
    </message>
    <message>
        <source>The sync server</source>
        <translation>El servidor de sincronización</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>El idioma del sistema</translation>
    </message>
    <message>
        <source>Your name:</source>
        <translation>Su nombre:</translation>
    </message>
    <message>
        <source>app config id, e.g. household-registration</source>
        <translation>identificador de la configuración, p. ej. household-registration</translation>
    </message>
    <message>
        <source>e-mail of your account</source>
        <translation>correo electrónico de su cuenta</translation>
    </message>
    <message>
        <source>https://sync.example.org</source>
        <translation>https://sync.example.org</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Back to the list from a record</source>
        <translation>Volver a la lista desde un registro</translation>
    </message>
    <message>
        <source>Edit the record on screen</source>
        <translation>Editar el registro en pantalla</translation>
    </message>
    <message>
        <source>Everything can be done from the keyboard.</source>
        <translation>Todo se puede hacer con el teclado.</translation>
    </message>
    <message>
        <source>Finish the household, or cancel an edit</source>
        <translation>Terminar el hogar o cancelar una edición</translation>
    </message>
    <message>
        <source>Go to Drafts</source>
        <translation>Ir a Borradores</translation>
    </message>
    <message>
        <source>Go to Needs attention</source>
        <translation>Ir a Requiere atención</translation>
    </message>
    <message>
        <source>Go to Records</source>
        <translation>Ir a Registros</translation>
    </message>
    <message>
        <source>Go to Register</source>
        <translation>Ir a Registrar</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <source>Next field (Shift+Tab: the one before)</source>
        <translation>Campo siguiente (Mayús+Tab: el anterior)</translation>
    </message>
    <message>
        <source>Next field; on the last one, the Save button</source>
        <translation>Campo siguiente; tras el último, el botón Guardar</translation>
    </message>
    <message>
        <source>Open the calendar of a date field (F4 too)</source>
        <translation>Abrir el calendario de un campo de fecha (también F4)</translation>
    </message>
    <message>
        <source>Save the form; in a household, go on to the next member</source>
        <translation>Guardar el formulario; en un hogar, pasar al miembro siguiente</translation>
    </message>
    <message>
        <source>Search the records</source>
        <translation>Buscar en los registros</translation>
    </message>
    <message>
        <source>What they do</source>
        <translation>Qué hacen</translation>
    </message>
</context>
<context>
    <name>SyncStatusBar</name>
    <message>
        <source>Events on this laptop by how far they have travelled</source>
        <translation>Eventos de este portátil según hasta dónde han llegado</translation>
    </message>
    <message>
        <source>Last sync: {0}</source>
        <translation>Última sincronización: {0}</translation>
    </message>
    <message>
        <source>Never synced</source>
        <translation>Nunca sincronizado</translation>
    </message>
    <message>
        <source>Not sent: {0} · Synced: {1} · External: {2}</source>
        <translation>Sin enviar: {0} · Sincronizados: {1} · Externos: {2}</translation>
    </message>
    <message>
        <source>Not set up for sync — &lt;a href=&quot;settings&quot;&gt;Settings…&lt;/a&gt;</source>
        <translation>Sincronización sin configurar — &lt;a href=&quot;settings&quot;&gt;Ajustes…&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Sin conexión</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>En línea</translation>
    </message>
    <message>
        <source>Send and receive events now</source>
        <translation>Enviar y recibir eventos ahora</translation>
    </message>
    <message>
        <source>Sync failed</source>
        <translation>Falló la sincronización</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Sincronizar ahora</translation>
    </message>
    <message>
        <source>Sync stopped</source>
        <translation>Sincronización detenida</translation>
    </message>
    <message>
        <source>Syncing is not available in this version.</source>
        <translation>La sincronización no está disponible en esta versión.</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Sincronizando…</translation>
    </message>
    <message>
        <source>{0} of {1}</source>
        <translation>{0} de {1}</translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <source>Forgot it? Use the recovery key</source>
        <translation>¿La olvidó? Use la clave de recuperación</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Clave de recuperación</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Desbloquear</translation>
    </message>
    <message>
        <source>Unlock your profile</source>
        <translation>Desbloquee su perfil</translation>
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
        <translation>Borradores</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Requiere atención</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Registros</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Registrar</translation>
    </message>
    <message>
        <source>Screens</source>
        <translation>Pantallas</translation>
    </message>
</context>
<context>
    <name>ask</name>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>badges</name>
    <message>
        <source>Came from or went to an external system.</source>
        <translation>Procede de un sistema externo o se envió a él.</translation>
    </message>
    <message>
        <source>External</source>
        <translation>Externo</translation>
    </message>
    <message>
        <source>Local</source>
        <translation>Local</translation>
    </message>
    <message>
        <source>Only on this laptop; sent at the next sync.</source>
        <translation>Solo en este portátil; se enviará en la próxima sincronización.</translation>
    </message>
    <message>
        <source>Stored on the sync server.</source>
        <translation>Guardado en el servidor de sincronización.</translation>
    </message>
    <message>
        <source>Synced</source>
        <translation>Sincronizado</translation>
    </message>
</context>
<context>
    <name>event_text</name>
    <message>
        <source>(not applied)</source>
        <translation>(no aplicado)</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modificado</translation>
    </message>
    <message>
        <source>Changed: {0}</source>
        <translation>Modificado: {0}</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Eliminado</translation>
    </message>
    <message>
        <source>Duplicate settled</source>
        <translation>Duplicado resuelto</translation>
    </message>
    <message>
        <source>Member added</source>
        <translation>Miembro añadido</translation>
    </message>
    <message>
        <source>Member removed</source>
        <translation>Miembro retirado</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Registrado</translation>
    </message>
</context>
<context>
    <name>field_text</name>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>{0} row(s)</source>
        <translation>{0} fila(s)</translation>
    </message>
</context>
</TS>
