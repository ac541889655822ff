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
    <name>ActivityChart</name>
    <message>
        <source>Activity chart</source>
        <translation>Gráfico de actividad</translation>
    </message>
    <message>
        <source>No activity for these filters.</source>
        <translation>No hay actividad con estos filtros.</translation>
    </message>
    <message>
        <source>{0} events over {1} days by {2} users; at most {3} in a day.</source>
        <translation>{0} eventos en {1} días por {2} usuarios; como máximo {3} en un día.</translation>
    </message>
</context>
<context>
    <name>AsOfPage</name>
    <message>
        <source>(no name)</source>
        <translation>(sin nombre)</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>A fecha de</translation>
    </message>
    <message>
        <source>Choose a date and time to see the registry as it was then. Historical views are read-only.</source>
        <translation>Elija una fecha y una hora para ver el padrón tal como era entonces. Las vistas históricas son de solo lectura.</translation>
    </message>
    <message>
        <source>Date and time to look back to</source>
        <translation>Fecha y hora que desea consultar</translation>
    </message>
    <message>
        <source>Filter by name</source>
        <translation>Filtrar por nombre</translation>
    </message>
    <message>
        <source>Historical view, read-only: no record existed on {0}.</source>
        <translation>Vista histórica, de solo lectura: no existía ningún registro el {0}.</translation>
    </message>
    <message numerus="yes">
        <source>Historical view, read-only: the registry as of {0}, replaying the {1} of {2} events stamped then or earlier. %n record(s) lived then.</source>
        <translation>
            <numerusform>Vista histórica, solo lectura: el registro a {0}, reproduciendo {1} de {2} eventos fechados entonces o antes. Entonces existía %n registro.</numerusform>
            <numerusform>Vista histórica, solo lectura: el registro a {0}, reproduciendo {1} de {2} eventos fechados entonces o antes. Entonces existían %n registros.</numerusform>
        </translation>
    </message>
    <message>
        <source>Members then:</source>
        <translation>Miembros en esa fecha:</translation>
    </message>
    <message>
        <source>Open the record as it is now</source>
        <translation>Abrir el registro actual</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>Records as they were</source>
        <translation>Registros tal como eran</translation>
    </message>
    <message>
        <source>Registry as of a moment</source>
        <translation>El padrón en una fecha dada</translation>
    </message>
    <message>
        <source>Select a record to see it as it was.</source>
        <translation>Seleccione un registro para verlo tal como era.</translation>
    </message>
    <message>
        <source>Show the registry as of that moment</source>
        <translation>Mostrar el padrón en ese momento</translation>
    </message>
    <message>
        <source>Show the registry then</source>
        <translation>Mostrar el padrón de entonces</translation>
    </message>
    <message>
        <source>The record then (read-only)</source>
        <translation>El registro en esa fecha (solo lectura)</translation>
    </message>
    <message>
        <source>Working out the registry as of {0}…</source>
        <translation>Calculando el padrón a {0}…</translation>
    </message>
    <message>
        <source>{0} · version {1} · last change {2}</source>
        <translation>{0} · versión {1} · último cambio {2}</translation>
    </message>
</context>
<context>
    <name>AttachmentItem</name>
    <message>
        <source>Open {0}</source>
        <translation>Abrir {0}</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove {0}</source>
        <translation>Quitar {0}</translation>
    </message>
</context>
<context>
    <name>AttentionPage</name>
    <message numerus="yes">
        <source>%n change was refused by the server and waits on this laptop.</source>
        <translation>
            <numerusform>El servidor rechazó %n cambio, que espera en este portátil.</numerusform>
            <numerusform>El servidor rechazó %n cambios, que esperan en este portátil.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) kept but not applied</source>
        <translation>
            <numerusform>%n cambio guardado pero no aplicado</numerusform>
            <numerusform>%n cambios guardados pero no aplicados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changes were refused by the server and wait on this laptop.</source>
        <translation>
            <numerusform>El servidor rechazó %n cambio, que espera en este portátil.</numerusform>
            <numerusform>El servidor rechazó %n cambios, que esperan en este portátil.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflicto</numerusform>
            <numerusform>%n conflictos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n possible duplicate(s)</source>
        <translation>
            <numerusform>%n posible duplicado</numerusform>
            <numerusform>%n posibles duplicados</numerusform>
        </translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vacío)</translation>
    </message>
    <message>
        <source>(the whole change)</source>
        <translation>(todo el cambio)</translation>
    </message>
    <message>
        <source>Both changed it from {0}; this device&apos;s value stands because it reaches the server later. Edit the record to settle it.</source>
        <translation>Ambos lo cambiaron a partir de {0}; prevalece el valor de este dispositivo porque llega después al servidor. Edite el registro para resolverlo.</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>Changed here and on the server</source>
        <translation>Cambiado aquí y en el servidor</translation>
    </message>
    <message>
        <source>Changes that were not applied or were refused</source>
        <translation>Cambios no aplicados o rechazados</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
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
        <source>No field was changed both here and on the server.</source>
        <translation>Ningún campo se cambió a la vez aquí y en el servidor.</translation>
    </message>
    <message>
        <source>No possible duplicates.</source>
        <translation>No hay posibles duplicados.</translation>
    </message>
    <message>
        <source>Nothing to look at: every change was applied and accepted.</source>
        <translation>Nada que revisar: todos los cambios se aplicaron y se aceptaron.</translation>
    </message>
    <message>
        <source>On the server</source>
        <translation>En el servidor</translation>
    </message>
    <message>
        <source>On this device</source>
        <translation>En este dispositivo</translation>
    </message>
    <message>
        <source>Open the record to see its history; the change is kept.</source>
        <translation>Abra el registro para ver su historial; el cambio se conserva.</translation>
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
        <source>The server holds a different change under the id of this device&apos;s change; this device&apos;s change was not sent.</source>
        <translation>El servidor tiene otro cambio con el identificador del cambio de este dispositivo; el cambio de este dispositivo no se envió.</translation>
    </message>
    <message>
        <source>What you can do</source>
        <translation>Qué puede hacer</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>{0}, {1} and {2}.</source>
        <translation>{0}, {1} y {2}.</translation>
    </message>
</context>
<context>
    <name>AuditFilterBar</name>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>Todas las acciones</translation>
    </message>
    <message>
        <source>All forms</source>
        <translation>Todos los formularios</translation>
    </message>
    <message>
        <source>All users</source>
        <translation>Todos los usuarios</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Borrar los filtros</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <source>Export the filtered entries as CSV</source>
        <translation>Exportar las entradas filtradas en CSV</translation>
    </message>
    <message>
        <source>Filter from a date</source>
        <translation>Filtrar desde una fecha</translation>
    </message>
    <message>
        <source>Filter up to a date</source>
        <translation>Filtrar hasta una fecha</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Primer día</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Formulario</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Último día</translation>
    </message>
    <message>
        <source>Record id</source>
        <translation>Identificador del registro</translation>
    </message>
    <message>
        <source>Records whose name or fields hold these words</source>
        <translation>Registros cuyo nombre o campos contienen estas palabras</translation>
    </message>
    <message>
        <source>Search records</source>
        <translation>Buscar registros</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <source>Changes</source>
        <translation>Cambios</translation>
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
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>1 entry</source>
        <translation>1 entrada</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Después</translation>
    </message>
    <message>
        <source>Audit entries</source>
        <translation>Entradas de auditoría</translation>
    </message>
    <message>
        <source>Audit history</source>
        <translation>Historial de auditoría</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Changes of the selected entry</source>
        <translation>Cambios de la entrada seleccionada</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Contando…</translation>
    </message>
    <message>
        <source>Export the audit entries</source>
        <translation>Exportar las entradas de auditoría</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exportando…</translation>
    </message>
    <message>
        <source>Exporting… {0} entries written</source>
        <translation>Exportando… {0} entradas escritas</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Inclusion proof</source>
        <translation>Prueba de inclusión</translation>
    </message>
    <message>
        <source>Inclusion proof of the selected event</source>
        <translation>Prueba de inclusión del evento seleccionado</translation>
    </message>
    <message>
        <source>Kept but not applied: {0}</source>
        <translation>Conservado pero no aplicado: {0}</translation>
    </message>
    <message>
        <source>Open record</source>
        <translation>Abrir el registro</translation>
    </message>
    <message>
        <source>Open the record of the selected entry</source>
        <translation>Abrir el registro de la entrada seleccionada</translation>
    </message>
    <message>
        <source>Reason: {0}</source>
        <translation>Motivo: {0}</translation>
    </message>
    <message>
        <source>Select an entry to see what it changed.</source>
        <translation>Seleccione una entrada para ver qué cambió.</translation>
    </message>
    <message>
        <source>The export failed: {0}</source>
        <translation>La exportación falló: {0}</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Cronología</translation>
    </message>
    <message>
        <source>Timeline of the selected record</source>
        <translation>Cronología del registro seleccionado</translation>
    </message>
    <message>
        <source>{0} entries</source>
        <translation>{0} entradas</translation>
    </message>
    <message>
        <source>{0} entries exported to {1}.</source>
        <translation>{0} entradas exportadas a {1}.</translation>
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
        <translation>Tomar una foto</translation>
    </message>
    <message>
        <source>Take the photo</source>
        <translation>Tomar la foto</translation>
    </message>
</context>
<context>
    <name>ConflictPage</name>
    <message numerus="yes">
        <source>%n field(s) were changed both on this device and on the server from the same value. This device&apos;s value stands until you pick; the resolution is recorded as a new change.</source>
        <translation>
            <numerusform>%n campo se cambió a la vez en este dispositivo y en el servidor a partir del mismo valor. Prevalece el valor de este dispositivo hasta que usted elija; la resolución se registra como un cambio nuevo.</numerusform>
            <numerusform>%n campos se cambiaron a la vez en este dispositivo y en el servidor a partir del mismo valor. Prevalece el valor de este dispositivo hasta que usted elija; la resolución se registra como un cambio nuevo.</numerusform>
        </translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vacío)</translation>
    </message>
    <message>
        <source>(the whole change)</source>
        <translation>(todo el cambio)</translation>
    </message>
    <message>
        <source>Both started from</source>
        <translation>Valor de partida común</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflictos</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>No conflicts: every change agrees with the server&apos;s.</source>
        <translation>No hay conflictos: cada cambio concuerda con los del servidor.</translation>
    </message>
    <message>
        <source>No conflicts: no field was changed both here and on the server. They show here after a sync, for you to choose which value stays.</source>
        <translation>No hay conflictos: ningún campo se cambió a la vez aquí y en el servidor. Los conflictos aparecen aquí después de una sincronización, para que usted elija qué valor se queda.</translation>
    </message>
    <message>
        <source>On the server</source>
        <translation>En el servidor</translation>
    </message>
    <message>
        <source>On this device</source>
        <translation>En este dispositivo</translation>
    </message>
    <message>
        <source>Open conflicts</source>
        <translation>Conflictos pendientes</translation>
    </message>
    <message>
        <source>Open record</source>
        <translation>Abrir el registro</translation>
    </message>
    <message>
        <source>Open the record</source>
        <translation>Abrir el registro</translation>
    </message>
    <message>
        <source>Pick the value to keep for each field, then record the resolution.</source>
        <translation>Elija el valor que desea conservar en cada campo y registre la resolución.</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Record the resolution</source>
        <translation>Registrar la resolución</translation>
    </message>
    <message>
        <source>Record the values picked</source>
        <translation>Registrar los valores elegidos</translation>
    </message>
    <message>
        <source>Select a conflict to settle it.</source>
        <translation>Seleccione un conflicto para resolverlo.</translation>
    </message>
    <message>
        <source>Side by side</source>
        <translation>Lado a lado</translation>
    </message>
    <message>
        <source>Side by side: {0}</source>
        <translation>Lado a lado: {0}</translation>
    </message>
    <message>
        <source>The resolution was recorded.</source>
        <translation>Se registró la resolución.</translation>
    </message>
    <message>
        <source>The server</source>
        <translation>El servidor</translation>
    </message>
    <message>
        <source>The server holds a different change under the id of this device&apos;s change, so this device&apos;s change was not sent and cannot be merged. Compare them below; re-enter this device&apos;s data as a new change if it is still needed.</source>
        <translation>El servidor tiene otro cambio con el identificador del cambio de este dispositivo, así que el cambio de este dispositivo no se envió y no se puede combinar. Compárelos abajo; vuelva a introducir los datos de este dispositivo como un cambio nuevo si todavía hacen falta.</translation>
    </message>
    <message>
        <source>This device</source>
        <translation>Este dispositivo</translation>
    </message>
    <message>
        <source>the server</source>
        <translation>del servidor</translation>
    </message>
    <message>
        <source>this device</source>
        <translation>de este dispositivo</translation>
    </message>
    <message>
        <source>{0}: keep {1}&apos;s value</source>
        <translation>{0}: conservar el valor {1}</translation>
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
    <name>DeleteDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
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
        <source>For example: registered twice, moved away</source>
        <translation>Por ejemplo: registrado dos veces, se mudó</translation>
    </message>
    <message>
        <source>Reason (kept in the history):</source>
        <translation>Motivo (se conserva en el historial):</translation>
    </message>
    <message>
        <source>Reason for deleting</source>
        <translation>Motivo de la eliminación</translation>
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
        <source>Born</source>
        <translation>Nacimiento</translation>
    </message>
    <message>
        <source>Current data</source>
        <translation>Datos actuales</translation>
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
    <message numerus="yes">
        <source>Its %n member(s) stay registered; find them with the search.</source>
        <translation>
            <numerusform>Su miembro sigue registrado; búsquelo con la búsqueda.</numerusform>
            <numerusform>Sus %n miembros siguen registrados; búsquelos con la búsqueda.</numerusform>
        </translation>
    </message>
    <message>
        <source>Its history is kept.</source>
        <translation>Su historial se conserva.</translation>
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
        <source>No members yet: &quot;Add a member&quot; above registers the first.</source>
        <translation>Todavía no hay miembros: «Añadir un miembro», arriba, registra el primero.</translation>
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
        <source>Relationship</source>
        <translation>Parentesco</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexo</translation>
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
        <source>Timeline (Ctrl+T)</source>
        <translation>Cronología (Ctrl+T)</translation>
    </message>
    <message>
        <source>Timeline of this record</source>
        <translation>Cronología de este registro</translation>
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
        <source>{0} was saved.</source>
        <translation>{0}: guardado.</translation>
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
    <name>DraftNotice</name>
    <message numerus="yes">
        <source>%n unfinished registration(s) from an earlier session waiting in Drafts.</source>
        <translation>
            <numerusform>%n registro sin terminar de una sesión anterior espera en «Borradores».</numerusform>
            <numerusform>%n registros sin terminar de una sesión anterior esperan en «Borradores».</numerusform>
        </translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Ahora no</translation>
    </message>
    <message>
        <source>Open drafts</source>
        <translation>Abrir borradores</translation>
    </message>
    <message>
        <source>Unfinished registrations</source>
        <translation>Registros sin terminar</translation>
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
        <source>No drafts: every form was saved or discarded. A form you leave unfinished on Register (Ctrl+1) waits here.</source>
        <translation>No hay borradores: todos los formularios se guardaron o se descartaron. Un formulario que deje sin terminar en «Registrar» (Ctrl+1) espera aquí.</translation>
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
    <name>DuplicatePage</name>
    <message numerus="yes">
        <source>%n pair(s) of people registered on the same birth date with similar names. Compare them and decide; every decision is kept in the history.</source>
        <translation>
            <numerusform>%n par de personas registradas con la misma fecha de nacimiento y nombres parecidos. Compárelas y decida; cada decisión se conserva en el historial.</numerusform>
            <numerusform>%n pares de personas registradas con la misma fecha de nacimiento y nombres parecidos. Compárelas y decida; cada decisión se conserva en el historial.</numerusform>
        </translation>
    </message>
    <message>
        <source>Both records were kept; the pair was settled.</source>
        <translation>Se conservaron ambos registros; el par quedó resuelto.</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Por</translation>
    </message>
    <message>
        <source>Delete the duplicate</source>
        <translation>Eliminar el duplicado</translation>
    </message>
    <message>
        <source>Delete the duplicate?</source>
        <translation>¿Eliminar el duplicado?</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>First</source>
        <translation>Primero</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>Hogar</translation>
    </message>
    <message>
        <source>Keep both</source>
        <translation>Conservar ambos</translation>
    </message>
    <message>
        <source>Keep both: they are different people</source>
        <translation>Conservar ambos: son personas distintas</translation>
    </message>
    <message>
        <source>Keep the first record and delete the second</source>
        <translation>Conservar el primer registro y eliminar el segundo</translation>
    </message>
    <message>
        <source>Keep the first, delete the second</source>
        <translation>Conservar el primero, eliminar el segundo</translation>
    </message>
    <message>
        <source>Keep the second record and delete the first</source>
        <translation>Conservar el segundo registro y eliminar el primero</translation>
    </message>
    <message>
        <source>Keep the second, delete the first</source>
        <translation>Conservar el segundo, eliminar el primero</translation>
    </message>
    <message>
        <source>Keep {0} and delete {1}?</source>
        <translation>¿Conservar {0} y eliminar {1}?</translation>
    </message>
    <message>
        <source>May be the same as</source>
        <translation>Puede ser la misma que</translation>
    </message>
    <message>
        <source>No possible duplicates.</source>
        <translation>No hay posibles duplicados.</translation>
    </message>
    <message>
        <source>No possible duplicates: no two people share a birth date and a similar name.</source>
        <translation>No hay posibles duplicados: no hay dos personas con la misma fecha de nacimiento y un nombre parecido.</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Possible duplicate pairs</source>
        <translation>Pares de posibles duplicados</translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation>Posibles duplicados</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Fecha de registro</translation>
    </message>
    <message>
        <source>Second</source>
        <translation>Segundo</translation>
    </message>
    <message>
        <source>Similarity</source>
        <translation>Similitud</translation>
    </message>
    <message>
        <source>The deleted record&apos;s history is kept.</source>
        <translation>Se conserva el historial del registro eliminado.</translation>
    </message>
    <message>
        <source>The duplicate was deleted; the pair was settled.</source>
        <translation>Se eliminó el duplicado; el par quedó resuelto.</translation>
    </message>
    <message>
        <source>The two records side by side</source>
        <translation>Los dos registros lado a lado</translation>
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
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n miembro</numerusform>
            <numerusform>%n miembros</numerusform>
        </translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(sin nombre)</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Nacimiento</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Formulario</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>Hogar</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Último cambio</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexo</translation>
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
    <name>EventTypeDialog</name>
    <message>
        <source>(no name)</source>
        <translation>(sin nombre)</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was saved: %n field(s) need attention.</source>
        <translation>
            <numerusform>No se guardó nada: %n campo requiere atención.</numerusform>
            <numerusform>No se guardó nada: %n campos requieren atención.</numerusform>
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
        <translation>A fecha de</translation>
    </message>
    <message>
        <source>CSV files in a .zip, a file per form</source>
        <translation>Archivos CSV en un .zip, un archivo por formulario</translation>
    </message>
    <message>
        <source>Date and time to export the records as of</source>
        <translation>Fecha y hora a la que exportar los registros</translation>
    </message>
    <message>
        <source>Excel workbook (.xlsx), a sheet per form</source>
        <translation>Libro de Excel (.xlsx), una hoja por formulario</translation>
    </message>
    <message>
        <source>Export records</source>
        <translation>Exportar los registros</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>Forms</source>
        <translation>Formularios</translation>
    </message>
    <message>
        <source>Labels, as the forms show them</source>
        <translation>Etiquetas, como las muestran los formularios</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Ahora</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Registros</translation>
    </message>
    <message>
        <source>Stored values and field keys</source>
        <translation>Valores guardados y claves de los campos</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Valores</translation>
    </message>
</context>
<context>
    <name>FileEditor</name>
    <message>
        <source>Accepted files ({0})</source>
        <translation>Archivos aceptados ({0})</translation>
    </message>
    <message>
        <source>Add a file…</source>
        <translation>Añadir un archivo…</translation>
    </message>
    <message>
        <source>Add a photo…</source>
        <translation>Añadir una foto…</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Choose a photo or file</source>
        <translation>Elegir una foto o un archivo</translation>
    </message>
    <message>
        <source>Choose photos or files</source>
        <translation>Elegir fotos o archivos</translation>
    </message>
    <message>
        <source>Replace the file…</source>
        <translation>Reemplazar el archivo…</translation>
    </message>
    <message>
        <source>Replace the photo…</source>
        <translation>Reemplazar la foto…</translation>
    </message>
    <message>
        <source>Take a photo…</source>
        <translation>Tomar una foto…</translation>
    </message>
    <message>
        <source>“{0}” could not be read: {1}</source>
        <translation>No se pudo leer «{0}»: {1}</translation>
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
    <name>IntegrityPage</name>
    <message>
        <source>By</source>
        <translation>Por</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>Checkpoint of {0} events</source>
        <translation>Punto de control de {0} eventos</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Copy the root hash</source>
        <translation>Copiar el hash raíz</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>Events failing verification</source>
        <translation>Eventos que no superan la verificación</translation>
    </message>
    <message>
        <source>Events in the log (tree size):</source>
        <translation>Eventos en el registro de eventos (tamaño del árbol):</translation>
    </message>
    <message>
        <source>Every change made on this laptop or received by sync is kept as a numbered event that is never rewritten. The root hash is a fingerprint of all of them together: changing any event, even by one character, changes it, and verification then names the event. An inclusion proof shows that one event is in the log exactly as it was written; the sync server&apos;s signed checkpoint shows that the server&apos;s copy of the log only ever grew.</source>
        <translation>Cada cambio hecho en este portátil o recibido por sincronización se conserva como un evento numerado que nunca se reescribe. El hash raíz es una huella de todos ellos juntos: cambiar cualquier evento, aunque sea en un solo carácter, lo cambia, y la verificación indica entonces qué evento fue. Una prueba de inclusión muestra que un evento está en el registro de eventos exactamente como se escribió; el punto de control firmado del servidor de sincronización muestra que la copia del registro de eventos en el servidor solo ha ido creciendo.</translation>
    </message>
    <message>
        <source>Every event verified.</source>
        <translation>Se verificaron todos los eventos.</translation>
    </message>
    <message>
        <source>Integrity</source>
        <translation>Integridad</translation>
    </message>
    <message numerus="yes">
        <source>Integrity alarm: %n event(s) failed verification on {0}</source>
        <translation>
            <numerusform>Alarma de integridad: %n evento no pasó la verificación el {0}</numerusform>
            <numerusform>Alarma de integridad: %n eventos no pasaron la verificación el {0}</numerusform>
        </translation>
    </message>
    <message>
        <source>Integrity alarm: the log failed verification on {0}</source>
        <translation>Alarma de integridad: el registro de eventos no superó la verificación del {0}</translation>
    </message>
    <message>
        <source>Last full verification:</source>
        <translation>Última verificación completa:</translation>
    </message>
    <message>
        <source>Never. Press Verify now to check every event.</source>
        <translation>Nunca. Pulse Verificar ahora para comprobar cada evento.</translation>
    </message>
    <message>
        <source>No. {0}
{1}</source>
        <translation>N.º {0}
{1}</translation>
    </message>
    <message>
        <source>Only the first {0} of {1} problems are listed.</source>
        <translation>Solo se muestran los primeros {0} de {1} problemas.</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Root hash</source>
        <translation>Hash raíz</translation>
    </message>
    <message>
        <source>Root hash:</source>
        <translation>Hash raíz:</translation>
    </message>
    <message>
        <source>The records on this laptop no longer match their tamper-evident log: someone or something changed them behind the application&apos;s back. Nothing was repaired or deleted. Do not sync; tell your supervisor or administrator, and keep this laptop as it is.</source>
        <translation>Los registros de este portátil ya no coinciden con su registro de eventos a prueba de manipulaciones: alguien o algo los cambió a espaldas de la aplicación. No se reparó ni se eliminó nada. No sincronice; avise a su supervisor o administrador y deje este portátil tal como está.</translation>
    </message>
    <message>
        <source>The root hash was copied.</source>
        <translation>Se copió el hash raíz.</translation>
    </message>
    <message>
        <source>This laptop&apos;s log</source>
        <translation>El registro de eventos de este portátil</translation>
    </message>
    <message>
        <source>Tree node {0}/{1}</source>
        <translation>Nodo del árbol {0}/{1}</translation>
    </message>
    <message>
        <source>Verification FAILED: see Integrity.</source>
        <translation>La verificación FALLÓ: vea Integridad.</translation>
    </message>
    <message>
        <source>Verification progress</source>
        <translation>Progreso de la verificación</translation>
    </message>
    <message>
        <source>Verify every event now</source>
        <translation>Verificar cada evento ahora</translation>
    </message>
    <message>
        <source>Verify now</source>
        <translation>Verificar ahora</translation>
    </message>
    <message>
        <source>What is wrong</source>
        <translation>Qué falla</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message numerus="yes">
        <source>{0}: FAILED, %n problem(s) found.</source>
        <translation>
            <numerusform>{0}: FALLÓ, %n problema encontrado.</numerusform>
            <numerusform>{0}: FALLÓ, %n problemas encontrados.</numerusform>
        </translation>
    </message>
    <message>
        <source>{0}: all {1} events verified; root {2}…</source>
        <translation>{0}: los {1} eventos verificados; raíz {2}…</translation>
    </message>
</context>
<context>
    <name>LocationEditor</name>
    <message>
        <source>Accuracy (m)</source>
        <translation>Precisión (m)</translation>
    </message>
    <message>
        <source>Asking the laptop for its position…</source>
        <translation>Pidiendo la posición al portátil…</translation>
    </message>
    <message>
        <source>Lat.</source>
        <translation>Lat.</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Latitud</translation>
    </message>
    <message>
        <source>Lon.</source>
        <translation>Long.</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Longitud</translation>
    </message>
    <message>
        <source>The laptop could not tell its position; type the coordinates instead.</source>
        <translation>El portátil no pudo dar su posición; escriba las coordenadas.</translation>
    </message>
    <message>
        <source>The laptop&apos;s position was filled in; check it.</source>
        <translation>Se rellenó la posición del portátil; compruébela.</translation>
    </message>
    <message>
        <source>Type the coordinates in decimal degrees, or paste “lat, lon” or a geo: link.</source>
        <translation>Escriba las coordenadas en grados decimales, o pegue «lat, lon» o un enlace geo:.</translation>
    </message>
    <message>
        <source>Use this laptop&apos;s position</source>
        <translation>Usar la posición de este portátil</translation>
    </message>
    <message>
        <source>e.g. -1.5197</source>
        <translation>p. ej. -1.5197</translation>
    </message>
    <message>
        <source>e.g. 12.3456</source>
        <translation>p. ej. 12.3456</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>opcional</translation>
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
        <source>Event types</source>
        <translation>Tipos de evento</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>Ajustes guardados.</translation>
    </message>
    <message>
        <source>Some event types of this installation could not be loaded; records changed by them are kept and listed under Needs attention.</source>
        <translation>No se pudieron cargar algunos tipos de evento de esta instalación; los cambios que hacen se conservan y aparecen en Requiere atención.</translation>
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
        <source>Your new passphrase is set; use it to unlock from now on.</source>
        <translation>Su nueva frase de contraseña quedó establecida; úsela para desbloquear a partir de ahora.</translation>
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
        <source>1 attachment is not downloaded yet.</source>
        <translation>1 archivo adjunto aún no se ha descargado.</translation>
    </message>
    <message>
        <source>1 attachment of the records here is not downloaded yet.</source>
        <translation>1 archivo adjunto de los registros mostrados aún no se ha descargado.</translation>
    </message>
    <message>
        <source>1 attachment stays on this laptop only: this server does not keep attachments.</source>
        <translation>1 archivo adjunto queda solo en este portátil: este servidor no guarda archivos adjuntos.</translation>
    </message>
    <message>
        <source>1 attachment was not sent and stays on this laptop only: this server does not keep attachments (the events were sent with their references).</source>
        <translation>1 archivo adjunto no se envió y queda solo en este portátil: este servidor no guarda archivos adjuntos (los eventos se enviaron con sus referencias).</translation>
    </message>
    <message>
        <source>1 conflict to review</source>
        <translation>1 conflicto por revisar</translation>
    </message>
    <message>
        <source>A profile already exists in {path}.</source>
        <translation>Ya existe un perfil en {path}.</translation>
    </message>
    <message>
        <source>A profile whose creation was cut short was removed; it held no records.</source>
        <translation>Se eliminó un perfil cuya creación quedó interrumpida; no contenía ningún registro.</translation>
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
        <source>App config: &apos;choiceLists&apos; must be an object of named lists.</source>
        <translation>Configuración: «choiceLists» debe ser un objeto de listas con nombre.</translation>
    </message>
    <message>
        <source>App config: &apos;entityForms&apos; must be a list.</source>
        <translation>Configuración de la aplicación: &apos;entityForms&apos; debe ser una lista.</translation>
    </message>
    <message>
        <source>App config: &apos;eventTypes&apos; must be a list.</source>
        <translation>Configuración de la aplicación: &apos;eventTypes&apos; debe ser una lista.</translation>
    </message>
    <message>
        <source>App config: &apos;i18n&apos; has a language with no code.</source>
        <translation>Configuración de la aplicación: &apos;i18n&apos; tiene un idioma sin código.</translation>
    </message>
    <message>
        <source>App config: &apos;i18n&apos; must be an object with one set of translations per language.</source>
        <translation>Configuración de la aplicación: &apos;i18n&apos; debe ser un objeto con un conjunto de traducciones por idioma.</translation>
    </message>
    <message>
        <source>App config: &apos;i18n&apos; names the same language twice: {first!r} and {second!r}.</source>
        <translation>Configuración de la aplicación: &apos;i18n&apos; nombra dos veces el mismo idioma: {first!r} y {second!r}.</translation>
    </message>
    <message>
        <source>App config: {where} must be an object of English texts and their translations.</source>
        <translation>Configuración de la aplicación: {where} debe ser un objeto de textos en inglés y sus traducciones.</translation>
    </message>
    <message>
        <source>App config: {where}[{text!r}] must be text.</source>
        <translation>Configuración de la aplicación: {where}[{text!r}] debe ser texto.</translation>
    </message>
    <message>
        <source>Cannot reach the sync server at {url} ({reason}). Check the network; sync will try again on its own.</source>
        <translation>No se puede contactar con el servidor de sincronización en {url} ({reason}). Compruebe la red; la sincronización volverá a intentarlo sola.</translation>
    </message>
    <message>
        <source>Cannot read the XLSForm {path}: there is no such file.</source>
        <translation>No se puede leer el XLSForm {path}: el archivo no existe.</translation>
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
        <source>Cannot write the app config {path}: {reason}.</source>
        <translation>No se puede escribir la configuración de la aplicación {path}: {reason}.</translation>
    </message>
    <message>
        <source>Cannot write {path}: it is a folder.</source>
        <translation>No se puede escribir {path}: es una carpeta.</translation>
    </message>
    <message>
        <source>Cannot write {path}: {reason}.</source>
        <translation>No se puede escribir {path}: {reason}.</translation>
    </message>
    <message>
        <source>Choose the app config file to load.</source>
        <translation>Elija el archivo de configuración de la aplicación que desea cargar.</translation>
    </message>
    <message>
        <source>Connected: the server answered, the account signed in and may use the app config {config_id!r}.</source>
        <translation>Conectado: el servidor respondió, la cuenta inició sesión y puede usar la configuración de aplicación {config_id!r}.</translation>
    </message>
    <message>
        <source>Could not reach the server at {url}. Check the address and the network, then try again.</source>
        <translation>No se pudo contactar con el servidor en {url}. Compruebe la dirección y la red y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Enter or choose the id of the app config to use.</source>
        <translation>Introduzca o elija el identificador de la configuración de la aplicación que desea usar.</translation>
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
        <source>Lock after idle: enter {low} to {high} minutes ({value} is out of range).</source>
        <translation>Bloquear tras inactividad: introduzca de {low} a {high} minutos ({value} está fuera del intervalo).</translation>
    </message>
    <message>
        <source>No profile in {path}. Create one with `datacollect-desktop init`.</source>
        <translation>No hay ningún perfil en {path}. Cree uno con `datacollect-desktop init`.</translation>
    </message>
    <message>
        <source>Nothing to do for this one: it follows an earlier change of the same record that the server refused, and is sent as soon as that one is accepted.</source>
        <translation>Nada que hacer con este: sigue a un cambio anterior del mismo registro que el servidor rechazó, y se envía en cuanto ese sea aceptado.</translation>
    </message>
    <message>
        <source>Pick a value for at least one field.</source>
        <translation>Elija un valor para al menos un campo.</translation>
    </message>
    <message>
        <source>Say why this record is deleted; the reason is kept in its history.</source>
        <translation>Indique por qué se elimina este registro; el motivo se conserva en su historial.</translation>
    </message>
    <message>
        <source>Sign in again: the sync server needs the password of {email}.</source>
        <translation>Vuelva a iniciar sesión: el servidor de sincronización necesita la contraseña de {email}.</translation>
    </message>
    <message>
        <source>Sync every: enter {low} to {high} minutes ({value} is out of range).</source>
        <translation>Sincronizar cada: introduzca de {low} a {high} minutos ({value} está fuera del intervalo).</translation>
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
        <source>Synced: {sent} sent, {received} received, {conflicts}.</source>
        <translation>Sincronizado — enviados: {sent}, recibidos: {received}, {conflicts}.</translation>
    </message>
    <message>
        <source>Synced: {sent} sent, {received} received, {refused} refused by the server, {conflicts}.</source>
        <translation>Sincronizado — enviados: {sent}, recibidos: {received}, rechazados por el servidor: {refused}, {conflicts}.</translation>
    </message>
    <message>
        <source>Synced: {sent} sent, {received} received, {refused} refused by the server.</source>
        <translation>Sincronizado — enviados: {sent}, recibidos: {received}, rechazados por el servidor: {refused}.</translation>
    </message>
    <message>
        <source>Synced: {sent} sent, {received} received.</source>
        <translation>Sincronizado — enviados: {sent}, recibidos: {received}.</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Sincronizando…</translation>
    </message>
    <message>
        <source>Tell your supervisor the reason. The change is kept on this laptop and sent again on its own when the app or the app config is updated.</source>
        <translation>Comunique el motivo a su supervisor. El cambio se conserva en este portátil y se vuelve a enviar solo cuando se actualiza la aplicación o la configuración de la aplicación.</translation>
    </message>
    <message>
        <source>That record no longer exists; the list is refreshed.</source>
        <translation>Ese registro ya no existe; la lista se actualiza.</translation>
    </message>
    <message>
        <source>The XLSForm {path} cannot be read: {reason}</source>
        <translation>No se puede leer el XLSForm {path}: {reason}</translation>
    </message>
    <message>
        <source>The address answered, but not as a DataCollect sync server: {reason}</source>
        <translation>La dirección respondió, pero no como un servidor de sincronización de DataCollect: {reason}</translation>
    </message>
    <message>
        <source>The app config already has a form {name!r}; choose another name.</source>
        <translation>La configuración de la aplicación ya tiene un formulario {name!r}; elija otro nombre.</translation>
    </message>
    <message>
        <source>The app config has no form {form!r} for {type}.</source>
        <translation>La configuración de la aplicación no tiene el formulario {form!r} para {type}.</translation>
    </message>
    <message>
        <source>The app config has no form {form}; its forms are {forms}.</source>
        <translation>La configuración de la aplicación no tiene el formulario {form}; sus formularios son {forms}.</translation>
    </message>
    <message>
        <source>The app config has no form {name!r}; its forms are: {names}.</source>
        <translation>La configuración no tiene el formulario {name!r}; sus formularios son: {names}.</translation>
    </message>
    <message>
        <source>The bundle contents are damaged ({reason}).</source>
        <translation>El contenido del paquete está dañado ({reason}).</translation>
    </message>
    <message>
        <source>The bundle header is damaged (attachments).</source>
        <translation>La cabecera del paquete está dañada (adjuntos).</translation>
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
        <source>The bundle&apos;s attachments are damaged; nothing was imported.</source>
        <translation>Los adjuntos del paquete están dañados; no se importó nada.</translation>
    </message>
    <message>
        <source>The bundle&apos;s events do not match its signed tree root; nothing was imported.</source>
        <translation>Los eventos del paquete no coinciden con su raíz de árbol firmada; no se importó nada.</translation>
    </message>
    <message>
        <source>The bundle&apos;s file {digest} does not match its digest; nothing was imported.</source>
        <translation>El archivo {digest} del paquete no coincide con su huella; no se importó nada.</translation>
    </message>
    <message>
        <source>The change is too large for the server. Tell your supervisor; it is kept on this laptop.</source>
        <translation>El cambio es demasiado grande para el servidor. Avise a su supervisor; se conserva en este portátil.</translation>
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
        <source>The decision was kept in the history but could not be applied: {reason}.</source>
        <translation>La decisión se conservó en el historial pero no se pudo aplicar: {reason}.</translation>
    </message>
    <message>
        <source>The decision was not saved: {reason}</source>
        <translation>No se guardó la decisión: {reason}</translation>
    </message>
    <message>
        <source>The disk is full, or failing: the profile could not be written. Nothing was lost: what was saved before is intact. Free some space and try again.</source>
        <translation>El disco está lleno o falla: no se pudo escribir el perfil. No se perdió nada: lo guardado antes está intacto. Libere espacio e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>The disk is full. Nothing was lost: what was saved before is intact. Free some space and try again.</source>
        <translation>El disco está lleno. No se perdió nada: lo guardado antes está intacto. Libere espacio y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The export format is csv or xlsx, not {format}.</source>
        <translation>El formato de exportación es csv o xlsx, no {format}.</translation>
    </message>
    <message>
        <source>The file {digest} is not on this laptop yet; sync to download it.</source>
        <translation>El archivo {digest} aún no está en este portátil; sincronice para descargarlo.</translation>
    </message>
    <message>
        <source>The file {name} is cut short (incomplete {kind}); copy it again. Nothing was stored.</source>
        <translation>El archivo {name} está incompleto ({kind} cortado); cópielo de nuevo. No se guardó nada.</translation>
    </message>
    <message>
        <source>The file {name} is empty; nothing was stored.</source>
        <translation>El archivo {name} está vacío; no se guardó nada.</translation>
    </message>
    <message>
        <source>The file {name} is not of a type this app keeps (JPEG, PNG, GIF or WebP photos, PDF documents). Nothing was stored.</source>
        <translation>El archivo {name} no es de un tipo que esta aplicación guarde (fotos JPEG, PNG, GIF o WebP, documentos PDF). No se guardó nada.</translation>
    </message>
    <message>
        <source>The file {name} is said to be {said} but its content is {kind}. Nothing was stored.</source>
        <translation>El archivo {name} se declara como {said} pero su contenido es {kind}. No se guardó nada.</translation>
    </message>
    <message>
        <source>The file {name} is {size}; the limit per file is {limit}. Nothing was stored.</source>
        <translation>El archivo {name} ocupa {size}; el límite por archivo es {limit}. No se guardó nada.</translation>
    </message>
    <message>
        <source>The file&apos;s bytes do not match their digest {digest}; nothing was stored.</source>
        <translation>Los bytes del archivo no coinciden con su huella {digest}; no se guardó nada.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation>La carpeta {folder} no existe.</translation>
    </message>
    <message>
        <source>The key file of an unfinished profile (no database beside it) was set aside as {path}.</source>
        <translation>El archivo de claves de un perfil sin terminar (sin base de datos al lado) se apartó como {path}.</translation>
    </message>
    <message>
        <source>The key file {path} asks for a key derivation far costlier than this app ever writes ({memory} KiB, {iterations} passes, {lanes} lanes); it was not used. It is damaged or was not made by DataCollect Desktop.</source>
        <translation>El archivo de claves {path} pide una derivación de clave mucho más costosa que cualquiera que escriba esta aplicación ({memory} KiB, {iterations} pasadas, {lanes} carriles); no se usó. Está dañado o no lo creó DataCollect Desktop.</translation>
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
        <source>The last saved change was lost from this laptop: the profile&apos;s files were damaged (a power cut or a disk fault). If it had reached the sync server, it comes back at the next sync.</source>
        <translation>El último cambio guardado se perdió en este portátil: los archivos del perfil se dañaron (un corte de luz o un fallo del disco). Si había llegado al servidor de sincronización, vuelve en la próxima sincronización.</translation>
    </message>
    <message>
        <source>The last {count} saved changes were lost from this laptop: the profile&apos;s files were damaged (a power cut or a disk fault). Those already on the sync server come back at the next sync; the others cannot be recovered here.</source>
        <translation>Los últimos {count} cambios guardados se perdieron en este portátil: los archivos del perfil se dañaron (un corte de luz o un fallo del disco). Los que ya estaban en el servidor de sincronización vuelven en la próxima sincronización; los demás no se pueden recuperar aquí.</translation>
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
        <source>The profile database {path} is missing. If this profile was never finished, `datacollect-desktop init` makes it again (the key file is set aside).</source>
        <translation>Falta la base de datos del perfil {path}. Si este perfil nunca se terminó, `datacollect-desktop init` lo vuelve a crear (el archivo de claves se aparta).</translation>
    </message>
    <message>
        <source>The profile is busy in another window or process; try again.</source>
        <translation>El perfil está ocupado en otra ventana o proceso; vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The profile&apos;s database ({path}) is damaged: it is empty or cut short and holds none of this profile&apos;s records. It was not read or changed. Keep it as it is and restore the profile from a backup or an export.</source>
        <translation>La base de datos del perfil ({path}) está dañada: está vacía o cortada y no contiene ningún registro de este perfil. No se leyó ni se modificó. Consérvela tal como está y restaure el perfil desde una copia de seguridad o una exportación.</translation>
    </message>
    <message>
        <source>The record this change is for is not on this laptop; the change is kept but not applied.</source>
        <translation>El registro al que corresponde este cambio no está en este portátil; el cambio se conserva pero no se aplica.</translation>
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
        <source>The recovery key cannot be saved as {path}: {reason}.</source>
        <translation>La clave de recuperación no se puede guardar como {path}: {reason}.</translation>
    </message>
    <message>
        <source>The recovery key cannot be saved in the profile&apos;s own folder: whoever takes the laptop would have both. Choose a USB stick or another place you keep apart from it.</source>
        <translation>La clave de recuperación no se puede guardar en la carpeta del propio perfil: quien se llevara el portátil tendría ambas cosas. Elija una memoria USB u otro lugar que mantenga apartado del portátil.</translation>
    </message>
    <message>
        <source>The recovery key cannot be saved in {folder}: {reason}.</source>
        <translation>La clave de recuperación no se puede guardar en {folder}: {reason}.</translation>
    </message>
    <message>
        <source>The saved changes on this laptop no longer match what it recorded after its last save ({recorded} changes): some were lost or altered when its files were damaged. Compare them with the sync server or a backup.</source>
        <translation>Los cambios guardados en este portátil ya no coinciden con lo que anotó tras su último guardado ({recorded} cambios): algunos se perdieron o se alteraron cuando se dañaron sus archivos. Compárelos con el servidor de sincronización o con una copia de seguridad.</translation>
    </message>
    <message>
        <source>The server address must start with http:// or https://.</source>
        <translation>La dirección del servidor debe empezar por http:// o https://.</translation>
    </message>
    <message>
        <source>The server answered and the account signed in, but: {hint}</source>
        <translation>El servidor respondió y la cuenta inició sesión, pero: {hint}</translation>
    </message>
    <message>
        <source>The server answered with an error ({status}); try again later.</source>
        <translation>El servidor respondió con un error ({status}); vuelva a intentarlo más tarde.</translation>
    </message>
    <message>
        <source>The server answered, but it did not accept the account {account} with this password.</source>
        <translation>El servidor respondió, pero no aceptó la cuenta {account} con esta contraseña.</translation>
    </message>
    <message>
        <source>The server asked to sign in again.</source>
        <translation>El servidor pidió volver a iniciar sesión.</translation>
    </message>
    <message>
        <source>The server cannot be reached: {reason}</source>
        <translation>No se puede contactar con el servidor: {reason}</translation>
    </message>
    <message>
        <source>The server did not accept this e-mail and password.</source>
        <translation>El servidor no aceptó este correo y esta contraseña.</translation>
    </message>
    <message>
        <source>The server does not have a photo or file this change refers to, and this laptop does not hold it either, so it could not be sent. Tell your supervisor; the change is kept on this laptop.</source>
        <translation>El servidor no tiene una foto o un archivo al que se refiere este cambio, y este portátil tampoco lo tiene, así que no se pudo enviar. Avise a su supervisor; el cambio se conserva en este portátil.</translation>
    </message>
    <message>
        <source>The server has no app config {config_id!r} for this account.</source>
        <translation>El servidor no tiene la configuración de aplicación {config_id!r} para esta cuenta.</translation>
    </message>
    <message>
        <source>The server holds another change under this change&apos;s id. Tell your supervisor; this change is kept on this laptop.</source>
        <translation>El servidor tiene otro cambio con el identificador de este cambio. Avise a su supervisor; este cambio se conserva en este portátil.</translation>
    </message>
    <message>
        <source>The server sent two different events under {guid}.</source>
        <translation>El servidor envió dos eventos distintos con {guid}.</translation>
    </message>
    <message>
        <source>The server was not asked: enter the e-mail of your account first.</source>
        <translation>No se consultó al servidor: introduzca primero el correo electrónico de su cuenta.</translation>
    </message>
    <message>
        <source>The server&apos;s answer was not JSON; is this a DataCollect server?</source>
        <translation>La respuesta del servidor no era JSON; ¿es un servidor de DataCollect?</translation>
    </message>
    <message>
        <source>The server&apos;s app config has no form for this record. Tell your supervisor; the change is kept here and sent again on its own when the app or the app config is updated.</source>
        <translation>La configuración del servidor no tiene formulario para este registro. Avise a su supervisor; el cambio se guarda aquí y se envía de nuevo por sí solo cuando se actualice la aplicación o su configuración.</translation>
    </message>
    <message>
        <source>The server&apos;s forms ask for something this laptop&apos;s forms do not. Tell your supervisor the reason; the change is kept here and sent again on its own when the app or the app config is updated.</source>
        <translation>Los formularios del servidor piden algo que los de este portátil no piden. Comunique el motivo a su supervisor; el cambio se conserva aquí y se vuelve a enviar solo cuando se actualiza la aplicación o la configuración de la aplicación.</translation>
    </message>
    <message>
        <source>The server&apos;s sign-in answer had no token; is this a DataCollect server?</source>
        <translation>La respuesta de inicio de sesión del servidor no traía token; ¿es un servidor de DataCollect?</translation>
    </message>
    <message>
        <source>The stored file {digest} is damaged: its bytes no longer match its digest. Run `datacollect-desktop verify`.</source>
        <translation>El archivo guardado {digest} está dañado: sus bytes ya no coinciden con su huella. Ejecute `datacollect-desktop verify`.</translation>
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
        <source>The sync server cannot serve right now (it is overloaded or its database is out of reach). Sync will try again on its own; nothing was lost.</source>
        <translation>El servidor de sincronización no puede atender ahora (está sobrecargado o su base de datos no está disponible). La sincronización volverá a intentarlo sola; no se perdió nada.</translation>
    </message>
    <message>
        <source>The sync server did not keep a chunk of the attachment {digest}; sync will try again.</source>
        <translation>El servidor de sincronización no guardó una parte del archivo adjunto {digest}; la sincronización lo intentará de nuevo.</translation>
    </message>
    <message>
        <source>The sync server does not hold events it acknowledged.</source>
        <translation>El servidor de sincronización no tiene eventos que confirmó haber recibido.</translation>
    </message>
    <message>
        <source>The sync server does not hold the attachment {digest} yet.</source>
        <translation>El servidor de sincronización aún no tiene el archivo adjunto {digest}.</translation>
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
        <source>The sync server refused the attachment {digest}: {reason}</source>
        <translation>El servidor de sincronización rechazó el archivo adjunto {digest}: {reason}</translation>
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
        <source>The sync server sent an attachment whose bytes do not match its digest {digest}; nothing of it was kept. Sync will try again.</source>
        <translation>El servidor de sincronización envió un archivo adjunto cuyo contenido no coincide con su huella {digest}; no se conservó nada. La sincronización lo intentará de nuevo.</translation>
    </message>
    <message>
        <source>The sync server sent nothing: {reason}</source>
        <translation>El servidor de sincronización no envió nada: {reason}</translation>
    </message>
    <message>
        <source>The sync server&apos;s answer was damaged on the way (it does not match its checksum) and was not used. Sync will try again on its own; nothing was lost.</source>
        <translation>La respuesta del servidor de sincronización se dañó por el camino (no coincide con su suma de comprobación) y no se usó. La sincronización lo volverá a intentar sola; no se perdió nada.</translation>
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
        <source>This account is not assigned to any app config on the server; ask your supervisor to assign it to {config_id!r}.</source>
        <translation>Esta cuenta no está asignada a ninguna configuración de aplicación en el servidor; pida a su supervisor que la asigne a {config_id!r}.</translation>
    </message>
    <message>
        <source>This account is not assigned to the app config {config_id!r}. Choose one it may use: {ids}.</source>
        <translation>Esta cuenta no está asignada a la configuración de aplicación {config_id!r}. Elija una que pueda usar: {ids}.</translation>
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
        <source>This change ({type}) was made with a newer or other app config; it is kept, and applied once this laptop has a config that declares it.</source>
        <translation>Este cambio ({type}) se hizo con una configuración más reciente u otra; se conserva y se aplicará cuando este equipo tenga una configuración que lo declare.</translation>
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
        <source>This profile is open in another DataCollect window. Close that window first, or switch to it.</source>
        <translation>Este perfil está abierto en otra ventana de DataCollect. Cierre primero esa ventana o cambie a ella.</translation>
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
        <source>Too many wrong passwords for {email}; try again in 1 minute. Check the password in the settings.</source>
        <translation>Demasiadas contraseñas incorrectas para {email}; inténtelo de nuevo en 1 minuto. Revise la contraseña en la configuración.</translation>
    </message>
    <message>
        <source>Too many wrong passwords for {email}; try again in {count} minutes. Check the password in the settings.</source>
        <translation>Demasiadas contraseñas incorrectas para {email}; inténtelo de nuevo en {count} minutos. Revise la contraseña en la configuración.</translation>
    </message>
    <message>
        <source>Type your passphrase to unlock.</source>
        <translation>Escriba su frase de contraseña para desbloquear.</translation>
    </message>
    <message>
        <source>a household</source>
        <translation>un hogar</translation>
    </message>
    <message>
        <source>a person</source>
        <translation>una persona</translation>
    </message>
    <message>
        <source>a record</source>
        <translation>un registro</translation>
    </message>
    <message>
        <source>a stored tree node does not match the events</source>
        <translation>un nodo del árbol guardado no coincide con los eventos</translation>
    </message>
    <message>
        <source>event {guid} is not in a tree of size {size}</source>
        <translation>el evento {guid} no está en un árbol de tamaño {size}</translation>
    </message>
    <message>
        <source>eventTypes: type {type!r} is declared more than once.</source>
        <translation>eventTypes: el tipo {type!r} se declara más de una vez.</translation>
    </message>
    <message>
        <source>events it sent or acknowledged are not in its signed log as they are on this device</source>
        <translation>hay eventos que envió o confirmó que no están en su registro firmado tal como están en este dispositivo</translation>
    </message>
    <message>
        <source>events {first} to {last} are missing</source>
        <translation>faltan los eventos {first} a {last}</translation>
    </message>
    <message>
        <source>history no longer matches a recorded checkpoint: it was rewritten</source>
        <translation>el historial ya no coincide con un punto de control registrado: se reescribió</translation>
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
        <source>its bytes no longer match its digest</source>
        <translation>sus bytes ya no coinciden con su huella</translation>
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
        <source>its size is not the one recorded</source>
        <translation>su tamaño no es el registrado</translation>
    </message>
    <message>
        <source>need 0 &lt; --from &lt;= --to &lt;= {size} (the tree size)</source>
        <translation>se necesita 0 &lt; --from &lt;= --to &lt;= {size} (el tamaño del árbol)</translation>
    </message>
    <message>
        <source>no event number {seq} in this profile</source>
        <translation>no hay ningún evento número {seq} en este perfil</translation>
    </message>
    <message>
        <source>no event {guid} in this profile</source>
        <translation>no hay ningún evento {guid} en este perfil</translation>
    </message>
    <message>
        <source>the event has no leaf in the tree</source>
        <translation>el evento no tiene hoja en el árbol</translation>
    </message>
    <message>
        <source>the event&apos;s content does not match its leaf hash: it was altered</source>
        <translation>el contenido del evento no coincide con el hash de su hoja: se alteró</translation>
    </message>
    <message>
        <source>the event&apos;s indexed columns disagree with its hashed content</source>
        <translation>las columnas indexadas del evento no concuerdan con su contenido con hash</translation>
    </message>
    <message>
        <source>the log is shorter than a checkpoint it once had: events were removed</source>
        <translation>el registro de eventos es más corto que un punto de control que tuvo: se quitaron eventos</translation>
    </message>
    <message>
        <source>the stored event is not readable</source>
        <translation>el evento guardado no se puede leer</translation>
    </message>
    <message>
        <source>the stored file {digest} is damaged: {problem}</source>
        <translation>el archivo guardado {digest} está dañado: {problem}</translation>
    </message>
    <message>
        <source>this row is not a set of fields.</source>
        <translation>esta fila no es un conjunto de campos.</translation>
    </message>
    <message>
        <source>{at} is not a UTC time such as 2024-05-01T08:30:00Z.</source>
        <translation>{at} no es una hora UTC como 2024-05-01T08:30:00Z.</translation>
    </message>
    <message>
        <source>{choices}, and {count} more</source>
        <translation>{choices} y {count} más</translation>
    </message>
    <message>
        <source>{count} attachments are not downloaded yet.</source>
        <translation>{count} archivos adjuntos aún no se han descargado.</translation>
    </message>
    <message>
        <source>{count} attachments of the records here are not downloaded yet.</source>
        <translation>{count} archivos adjuntos de los registros mostrados aún no se han descargado.</translation>
    </message>
    <message>
        <source>{count} attachments stay on this laptop only: this server does not keep attachments.</source>
        <translation>{count} archivos adjuntos quedan solo en este portátil: este servidor no guarda archivos adjuntos.</translation>
    </message>
    <message>
        <source>{count} attachments were not sent and stay on this laptop only: this server does not keep attachments (the events were sent with their references).</source>
        <translation>{count} archivos adjuntos no se enviaron y quedan solo en este portátil: este servidor no guarda archivos adjuntos (los eventos se enviaron con sus referencias).</translation>
    </message>
    <message>
        <source>{count} conflicts to review</source>
        <translation>{count} conflictos por revisar</translation>
    </message>
    <message>
        <source>{count} tree nodes are missing</source>
        <translation>faltan {count} nodos del árbol</translation>
    </message>
    <message>
        <source>{digest!r} is not an attachment digest (sha256:&lt;64 hex digits&gt;).</source>
        <translation>{digest!r} no es una huella de adjunto (sha256:&lt;64 dígitos hexadecimales&gt;).</translation>
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
        <source>{label} holds something that is not a stored file.</source>
        <translation>{label} contiene algo que no es un archivo guardado.</translation>
    </message>
    <message>
        <source>{label} is in the future. Check it; you can still save.</source>
        <translation>{label} está en el futuro. Revísela; aun así puede guardar.</translation>
    </message>
    <message>
        <source>{label} is not a valid e-mail address.</source>
        <translation>{label} no es una dirección de correo válida.</translation>
    </message>
    <message>
        <source>{label} is not valid.</source>
        <translation>{label} no es válido.</translation>
    </message>
    <message>
        <source>{label} is required.</source>
        <translation>{label} es obligatorio.</translation>
    </message>
    <message>
        <source>{label} makes this person {age} years old. Check it; you can still save.</source>
        <translation>Con {label}, esta persona tendría {age} años. Revíselo; aun así puede guardar.</translation>
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
        <source>{label} must be a list of files.</source>
        <translation>{label} debe ser una lista de archivos.</translation>
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
        <source>{label} must be a place: a latitude and a longitude.</source>
        <translation>{label} debe ser un lugar: una latitud y una longitud.</translation>
    </message>
    <message>
        <source>{label} must be a set of ticked and unticked choices.</source>
        <translation>{label} debe ser un conjunto de opciones marcadas y sin marcar.</translation>
    </message>
    <message>
        <source>{label} must be a signature drawn on this laptop.</source>
        <translation>{label} debe ser una firma trazada en este portátil.</translation>
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
        <source>{label} takes one file.</source>
        <translation>{label} admite un solo archivo.</translation>
    </message>
    <message>
        <source>{label}: each choice must be ticked (true) or not ticked (false).</source>
        <translation>{label}: cada opción debe estar marcada (true) o sin marcar (false).</translation>
    </message>
    <message>
        <source>{label}: the accuracy must be a number of metres, 0 or more.</source>
        <translation>{label}: la precisión debe ser un número de metros, 0 o más.</translation>
    </message>
    <message>
        <source>{label}: the latitude must be a number from -90 to 90.</source>
        <translation>{label}: la latitud debe ser un número de -90 a 90.</translation>
    </message>
    <message>
        <source>{label}: the longitude must be a number from -180 to 180.</source>
        <translation>{label}: la longitud debe ser un número de -180 a 180.</translation>
    </message>
    <message>
        <source>{label}: this choice does not fit the other answers.</source>
        <translation>{label}: esta opción no corresponde a las otras respuestas.</translation>
    </message>
    <message>
        <source>{label}: {name} is not a file of an accepted type ({pattern}).</source>
        <translation>{label}: {name} no es un archivo de un tipo aceptado ({pattern}).</translation>
    </message>
    <message>
        <source>{label}: {name} is {size}; files here may be at most {limit}.</source>
        <translation>{label}: {name} ocupa {size}; aquí los archivos pueden ocupar como máximo {limit}.</translation>
    </message>
    <message>
        <source>{member} is not a member of {group}; the change is kept but not applied.</source>
        <translation>{member} no es miembro de {group}; el cambio se conserva pero no se aplica.</translation>
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
        <source>{path} is not a regular file, so not a bundle; nothing was imported.</source>
        <translation>{path} no es un archivo normal, así que no es un paquete; no se importó nada.</translation>
    </message>
    <message>
        <source>{path} is not an XLSForm workbook (.xlsx or .xls).</source>
        <translation>{path} no es un libro XLSForm (.xlsx o .xls).</translation>
    </message>
    <message>
        <source>{path} is too large to be a bundle; nothing was imported.</source>
        <translation>{path} es demasiado grande para ser un paquete; no se importó nada.</translation>
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
        <source>{reason} (Choose an app config this account may use: in Settings, &quot;Test connection&quot; lists them.)</source>
        <translation>{reason} (Elija una configuración de aplicación que esta cuenta pueda usar: en Ajustes, «Probar conexión» las muestra.)</translation>
    </message>
    <message>
        <source>{record} is {kind}, not {wanted}; the change is kept but not applied.</source>
        <translation>{record} es {kind}, no {wanted}; el cambio se conserva pero no se aplica.</translation>
    </message>
    <message>
        <source>{record} was deleted on {when}; this change is kept in its history but not applied.</source>
        <translation>{record} se eliminó el {when}; este cambio se conserva en su historial pero no se aplica.</translation>
    </message>
    <message>
        <source>{server} is a stock DataCollect server: it signs no checkpoints, so only this device&apos;s own log is proven. What the server holds cannot be checked against it.</source>
        <translation>{server} es un servidor DataCollect estándar: no firma puntos de control, así que solo se prueba el registro de eventos de este propio dispositivo. Lo que tiene el servidor no se puede comprobar con él.</translation>
    </message>
    <message>
        <source>{synced} {files}</source>
        <translation>{synced} {files}</translation>
    </message>
    <message>
        <source>{where} changes nothing: give &apos;sets&apos;, &apos;clears&apos; or &apos;appends&apos;.</source>
        <translation>{where} no cambia nada: indique &apos;sets&apos;, &apos;clears&apos; o &apos;appends&apos;.</translation>
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
        <source>{where} must be a list of names.</source>
        <translation>{where} debe ser una lista de nombres.</translation>
    </message>
    <message>
        <source>{where} must be an object of field: source.</source>
        <translation>{where} debe ser un objeto campo: origen.</translation>
    </message>
    <message>
        <source>{where} must be an object.</source>
        <translation>{where} debe ser un objeto.</translation>
    </message>
    <message>
        <source>{where} needs a &apos;form&apos;: the name of one of entityForms, or a Form.io form object.</source>
        <translation>{where} necesita un &apos;form&apos;: el nombre de uno de los entityForms, o un formulario Form.io.</translation>
    </message>
    <message>
        <source>{where}: &apos;appliesTo&apos; names {form!r}, which is not a form of this app.</source>
        <translation>{where}: &apos;appliesTo&apos; nombra {form!r}, que no es un formulario de esta aplicación.</translation>
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
        <source>{where}: &apos;form&apos; names {form!r}, which is not a form of this app.</source>
        <translation>{where}: &apos;form&apos; nombra {form!r}, que no es un formulario de esta aplicación.</translation>
    </message>
    <message>
        <source>{where}: &apos;key&apos; must be text.</source>
        <translation>{where}: &apos;key&apos; debe ser texto.</translation>
    </message>
    <message>
        <source>{where}: &apos;title&apos; must be text.</source>
        <translation>{where}: &apos;title&apos; debe ser texto.</translation>
    </message>
    <message>
        <source>{where}: &apos;type&apos; must be a short lower-case name such as &apos;assign-case-worker&apos;.</source>
        <translation>{where}: &apos;type&apos; debe ser un nombre corto en minúsculas como &apos;assign-case-worker&apos;.</translation>
    </message>
    <message>
        <source>{where}: &apos;validate&apos; must be an object.</source>
        <translation>{where}: &apos;validate&apos; debe ser un objeto.</translation>
    </message>
    <message>
        <source>{where}: &apos;{part}&apos; may not change {field!r}; the app keeps it.</source>
        <translation>{where}: &apos;{part}&apos; no puede cambiar {field!r}; la aplicación lo gestiona.</translation>
    </message>
    <message>
        <source>{where}: &apos;{part}&apos; names field {field!r}; a field is a letter or _ then letters, digits or _.</source>
        <translation>{where}: &apos;{part}&apos; nombra el campo {field!r}; un campo es una letra o _ seguida de letras, dígitos o _.</translation>
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
        <source>{where}: an inline &apos;form&apos; needs a &apos;components&apos; list.</source>
        <translation>{where}: un &apos;form&apos; en línea necesita una lista &apos;components&apos;.</translation>
    </message>
    <message>
        <source>{where}: choice list {name!r} is not in the config&apos;s &apos;choiceLists&apos;.</source>
        <translation>{where}: la lista de opciones {name!r} no está en «choiceLists» de la configuración.</translation>
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
        <source>{where}: field {field!r} is in both &apos;{first}&apos; and &apos;{part}&apos;.</source>
        <translation>{where}: el campo {field!r} está a la vez en &apos;{first}&apos; y en &apos;{part}&apos;.</translation>
    </message>
    <message>
        <source>{where}: fileMaxSize must be a size such as &quot;5MB&quot;, not {value}.</source>
        <translation>{where}: fileMaxSize debe ser un tamaño como «5MB», no {value}.</translation>
    </message>
    <message>
        <source>{where}: the list of choices (&apos;values&apos;) must be a list.</source>
        <translation>{where}: la lista de opciones (&apos;values&apos;) debe ser una lista.</translation>
    </message>
    <message>
        <source>{where}: the source of {field!r} is {source!r}; give &apos;data&apos;, &apos;data.&lt;path&gt;&apos; or one of {envelope}.</source>
        <translation>{where}: el origen de {field!r} es {source!r}; indique &apos;data&apos;, &apos;data.&lt;path&gt;&apos; o uno de {envelope}.</translation>
    </message>
    <message>
        <source>{where}: unknown key {key!r}; the keys are {keys}.</source>
        <translation>{where}: clave desconocida {key!r}; las claves son {keys}.</translation>
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
    <message>
        <source>{where}: {type!r} is a built-in event type; choose another name.</source>
        <translation>{where}: {type!r} es un tipo de evento integrado; elija otro nombre.</translation>
    </message>
</context>
<context>
    <name>NewPassphraseDialog</name>
    <message>
        <source>Choose a new passphrase</source>
        <translation>Elija una nueva frase de contraseña</translation>
    </message>
    <message>
        <source>Set the passphrase and continue</source>
        <translation>Establecer la frase de contraseña y continuar</translation>
    </message>
    <message>
        <source>You opened the profile with its recovery key. Choose a new passphrase now: you will type it to unlock from now on. The recovery key keeps working.</source>
        <translation>Abrió el perfil con su clave de recuperación. Elija ahora una nueva frase de contraseña: es la que escribirá para desbloquear a partir de ahora. La clave de recuperación sigue funcionando.</translation>
    </message>
</context>
<context>
    <name>PastModel</name>
    <message>
        <source>(no name)</source>
        <translation>(sin nombre)</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Formulario</translation>
    </message>
    <message>
        <source>Last change then</source>
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
</context>
<context>
    <name>ProofPanel</name>
    <message numerus="yes">
        <source>Audit path (%n hash(es)):</source>
        <translation>
            <numerusform>Ruta de auditoría (%n hash):</numerusform>
            <numerusform>Ruta de auditoría (%n hashes):</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Comprobando…</translation>
    </message>
    <message>
        <source>Event number</source>
        <translation>Número de evento</translation>
    </message>
    <message>
        <source>Event number:</source>
        <translation>Número de evento:</translation>
    </message>
    <message>
        <source>Event: {0}</source>
        <translation>Evento: {0}</translation>
    </message>
    <message>
        <source>Inclusion proof</source>
        <translation>Prueba de inclusión</translation>
    </message>
    <message>
        <source>Inclusion proof of an event</source>
        <translation>Prueba de inclusión de un evento</translation>
    </message>
    <message>
        <source>Leaf hash in the tree:      {0}</source>
        <translation>Hash de hoja en el árbol:       {0}</translation>
    </message>
    <message>
        <source>Leaf hash of the event now: {0}</source>
        <translation>Hash de hoja del evento actual: {0}</translation>
    </message>
    <message>
        <source>Leaf index: {0}   Tree size: {1}</source>
        <translation>Índice de hoja: {0}   Tamaño del árbol: {1}</translation>
    </message>
    <message>
        <source>Proof result</source>
        <translation>Resultado de la prueba</translation>
    </message>
    <message>
        <source>Root hash: {0}</source>
        <translation>Hash raíz: {0}</translation>
    </message>
    <message>
        <source>Show the inclusion proof of that event</source>
        <translation>Mostrar la prueba de inclusión de ese evento</translation>
    </message>
    <message>
        <source>Show the proof</source>
        <translation>Mostrar la prueba</translation>
    </message>
    <message>
        <source>Type an event&apos;s number and press &quot;{0}&quot;: the hashes that lead from that event to the root hash appear here, checked.</source>
        <translation>Escriba el número de un evento y pulse «{0}»: aquí aparecen, comprobados, los hashes que llevan de ese evento al hash raíz.</translation>
    </message>
    <message>
        <source>✓ Verified: event {0} is leaf {1} of the tree of {2} events, and the proof leads from its content to the root.</source>
        <translation>✓ Verificado: el evento {0} es la hoja {1} del árbol de {2} eventos, y la prueba lleva de su contenido a la raíz.</translation>
    </message>
    <message>
        <source>✗ Does not verify: the event as stored now does not lead to the root. It was altered after it was written.</source>
        <translation>✗ No se verifica: el evento tal como está guardado ahora no lleva a la raíz. Se alteró después de escribirse.</translation>
    </message>
</context>
<context>
    <name>RecordExport</name>
    <message numerus="yes">
        <source>%n record(s) exported to {0}.</source>
        <translation>
            <numerusform>%n registro exportado a {0}.</numerusform>
            <numerusform>%n registros exportados a {0}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Libros de Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Export records</source>
        <translation>Exportar los registros</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exportando…</translation>
    </message>
    <message>
        <source>Exporting… {0} of {1} records</source>
        <translation>Exportando… {0} de {1} registros</translation>
    </message>
    <message>
        <source>The export failed: {0}</source>
        <translation>La exportación falló: {0}</translation>
    </message>
    <message>
        <source>Zip files (*.zip)</source>
        <translation>Archivos zip (*.zip)</translation>
    </message>
</context>
<context>
    <name>RecordsPage</name>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n miembro</numerusform>
            <numerusform>%n miembros</numerusform>
        </translation>
    </message>
    <message>
        <source>1 record</source>
        <translation>1 registro</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>Households and people</source>
        <translation>Hogares y personas</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>More than {0} found</source>
        <translation>Más de {0} encontrados</translation>
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
    <message numerus="yes">
        <source>No living record matches; %n deleted records do — find them in the Audit history.</source>
        <translation>
            <numerusform>Ningún registro activo coincide; coincide %n registro eliminado — búsquelo en el Historial de auditoría.</numerusform>
            <numerusform>Ningún registro activo coincide; coinciden %n registros eliminados — búsquelos en el Historial de auditoría.</numerusform>
        </translation>
    </message>
    <message>
        <source>No living record matches; 1 deleted record does — find it in the Audit history.</source>
        <translation>Ningún registro activo coincide; coincide 1 registro eliminado — búsquelo en el Historial de auditoría.</translation>
    </message>
    <message>
        <source>No records yet. Register a household (Ctrl+1), or sync to receive the team&apos;s records.</source>
        <translation>Aún no hay registros. Registre un hogar (Ctrl+1) o sincronice para recibir los registros del equipo.</translation>
    </message>
    <message>
        <source>Nothing matches. Check the spelling, or clear the search and the filter.</source>
        <translation>No hay coincidencias. Revise la ortografía o borre la búsqueda y el filtro.</translation>
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
        <source>Write the records to an Excel workbook or to CSV files</source>
        <translation>Escribir los registros en un libro de Excel o en archivos CSV</translation>
    </message>
    <message>
        <source>{0} found</source>
        <translation>Resultados: {0}</translation>
    </message>
    <message>
        <source>{0} records</source>
        <translation>{0} registros</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>&amp;I have stored the recovery key somewhere safe</source>
        <translation>&amp;He guardado la clave de recuperación en un lugar seguro</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <source>&amp;Save to a file…</source>
        <translation>&amp;Guardar en un archivo…</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <source>DataCollect Desktop: recovery key</source>
        <translation>DataCollect Desktop: clave de recuperación</translation>
    </message>
    <message>
        <source>If you forget your passphrase, this key is the only way to open your records. Print it, save it to a USB stick or write it down, and keep it apart from this laptop. It is shown only this once.</source>
        <translation>Si olvida su frase de contraseña, esta clave es la única forma de abrir sus registros. Imprímala, guárdela en una memoria USB o anótela, y manténgala apartada de este portátil. Solo se muestra esta vez.</translation>
    </message>
    <message>
        <source>Made on: {0}</source>
        <translation>Creada el: {0}</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>No se guardó</translation>
    </message>
    <message>
        <source>Print the recovery key</source>
        <translation>Imprimir la clave de recuperación</translation>
    </message>
    <message>
        <source>Profile of: {0}</source>
        <translation>Perfil de: {0}</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Clave de recuperación</translation>
    </message>
    <message>
        <source>Save the recovery key</source>
        <translation>Guardar la clave de recuperación</translation>
    </message>
    <message>
        <source>Saved as {0}. Whoever has this file can open your records with it: move it to a USB stick or a place apart from this laptop.</source>
        <translation>Guardada como {0}. Quien tenga este archivo puede abrir sus registros con él: muévalo a una memoria USB o a un lugar apartado de este portátil.</translation>
    </message>
    <message>
        <source>Sent to the printer. Keep the page apart from this laptop.</source>
        <translation>Enviada a la impresora. Mantenga la página apartada de este portátil.</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Archivos de texto (*.txt)</translation>
    </message>
    <message>
        <source>This key opens the profile if its passphrase is forgotten: on the unlock screen choose &quot;Forgot it? Use the recovery key&quot; and type it. Whoever holds this key can open every record of the profile: keep it apart from the laptop, somewhere safe.</source>
        <translation>Esta clave abre el perfil si se olvida su frase de contraseña: en la pantalla de desbloqueo elija «¿La olvidó? Use la clave de recuperación» y escríbala. Quien tenga esta clave puede abrir todos los registros del perfil: manténgala apartada del portátil, en un lugar seguro.</translation>
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
        <translation>Añadiendo a {0} — miembros registrados hasta ahora: {1}.</translation>
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
    <message numerus="yes">
        <source>Nothing was saved: %n field(s) need attention.</source>
        <translation>
            <numerusform>No se guardó nada: %n campo requiere atención.</numerusform>
            <numerusform>No se guardó nada: %n campos requieren atención.</numerusform>
        </translation>
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
        <source>Saved 1 changed field.</source>
        <translation>Se guardó 1 campo modificado.</translation>
    </message>
    <message>
        <source>Saved {0} changed fields.</source>
        <translation>Se guardaron {0} campos modificados.</translation>
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
    <message numerus="yes">
        <source>{0} is registered with %n member(s).</source>
        <translation>
            <numerusform>{0} quedó registrado con %n miembro.</numerusform>
            <numerusform>{0} quedó registrado con %n miembros.</numerusform>
        </translation>
    </message>
    <message>
        <source>{0} saved. Now add its members.</source>
        <translation>{0} guardado. Ahora añada sus miembros.</translation>
    </message>
</context>
<context>
    <name>ServerPanel</name>
    <message>
        <source>Consistency:</source>
        <translation>Coherencia:</translation>
    </message>
    <message>
        <source>Key fingerprint (SHA-256):</source>
        <translation>Huella de la clave (SHA-256):</translation>
    </message>
    <message>
        <source>Last checkpoint:</source>
        <translation>Último punto de control:</translation>
    </message>
    <message>
        <source>Last successful sync: {0}</source>
        <translation>Última sincronización correcta: {0}</translation>
    </message>
    <message>
        <source>No checkpoint was received from {0} yet.</source>
        <translation>Todavía no se recibió ningún punto de control de {0}.</translation>
    </message>
    <message>
        <source>Not checked yet: this is the first checkpoint seen; the next one will be checked against it.</source>
        <translation>Aún sin comprobar: es el primer punto de control recibido; el siguiente se comprobará con respecto a él.</translation>
    </message>
    <message>
        <source>Pinned key:</source>
        <translation>Clave fijada:</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Servidor:</translation>
    </message>
    <message>
        <source>Signature:</source>
        <translation>Firma:</translation>
    </message>
    <message>
        <source>Signed checkpoint</source>
        <translation>Punto de control firmado</translation>
    </message>
    <message>
        <source>Signed note:</source>
        <translation>Nota firmada:</translation>
    </message>
    <message>
        <source>The sync server&apos;s signed log</source>
        <translation>El registro de eventos firmado del servidor de sincronización</translation>
    </message>
    <message>
        <source>This laptop has not synced yet: no server checkpoint to show.</source>
        <translation>Este portátil aún no se ha sincronizado: no hay ningún punto de control del servidor que mostrar.</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>{0} (key id {1})</source>
        <translation>{0} (identificador de clave {1})</translation>
    </message>
    <message>
        <source>{0} events, root {1}</source>
        <translation>{0} eventos, raíz {1}</translation>
    </message>
    <message>
        <source>✓ Held: the log of {0} events extends the {1} seen before (checked {2}).</source>
        <translation>✓ Se mantiene: el registro de {0} eventos continúa los {1} vistos antes (comprobado el {2}).</translation>
    </message>
    <message>
        <source>✓ Valid, by the pinned key</source>
        <translation>✓ Válida, con la clave fijada</translation>
    </message>
    <message>
        <source>✗ Did not hold ({0}): {1}</source>
        <translation>✗ No se mantuvo ({0}): {1}</translation>
    </message>
    <message>
        <source>✗ Does not verify with the pinned key</source>
        <translation>✗ No se verifica con la clave fijada</translation>
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
        <source>A record&apos;s, when it is first opened</source>
        <translation>Los de un registro, al abrirlo por primera vez</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>Cuenta:</translation>
    </message>
    <message>
        <source>All, at every sync</source>
        <translation>Todos, en cada sincronización</translation>
    </message>
    <message>
        <source>App config file</source>
        <translation>Archivo de configuración de la aplicación</translation>
    </message>
    <message>
        <source>App config on the server</source>
        <translation>Configuración de la aplicación en el servidor</translation>
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
        <source>Download photos and files</source>
        <translation>Descargar fotos y archivos</translation>
    </message>
    <message>
        <source>Download photos and files:</source>
        <translation>Descargar fotos y archivos:</translation>
    </message>
    <message>
        <source>Forms (app config)</source>
        <translation>Formularios (configuración de la aplicación)</translation>
    </message>
    <message>
        <source>Get the list from the server</source>
        <translation>Obtener la lista del servidor</translation>
    </message>
    <message>
        <source>Import XLSForm…</source>
        <translation>Importar un XLSForm…</translation>
    </message>
    <message>
        <source>Imported {title}: {carried} of {rows} rows carried. Save to use it.</source>
        <translation>{title} importado: {carried} de {rows} filas incorporadas. Guarde para usarlo.</translation>
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
        <source>Make an app config from an XLSForm workbook (.xlsx) and use it</source>
        <translation>Crear una configuración de la aplicación a partir de un libro XLSForm (.xlsx) y usarla</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Contraseña:</translation>
    </message>
    <message>
        <source>Row {row} ({name}): {reasons}</source>
        <translation>Fila {row} ({name}): {reasons}</translation>
    </message>
    <message>
        <source>Save the app config as</source>
        <translation>Guardar la configuración de la aplicación como</translation>
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
        <source>Something went wrong; details are in the log.</source>
        <translation>Algo salió mal; los detalles están en el registro.</translation>
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
        <source>Test connection</source>
        <translation>Probar conexión</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>Probando la conexión…</translation>
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
        <source>XLSForm to import</source>
        <translation>XLSForm que importar</translation>
    </message>
    <message>
        <source>XLSForms (*.xlsx *.xlsm *.xls)</source>
        <translation>XLSForms (*.xlsx *.xlsm *.xls)</translation>
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
    <message>
        <source>{0} to {1} minutes</source>
        <translation>De {0} a {1} minutos</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Back to the list from a record; from a timeline, back to where it was opened</source>
        <translation>Volver a la lista desde un registro; desde una cronología, volver a donde se abrió</translation>
    </message>
    <message>
        <source>Delete the record on screen (it asks first, and for a reason)</source>
        <translation>Eliminar el registro en pantalla (pide confirmación y un motivo)</translation>
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
        <source>Go to Audit history</source>
        <translation>Ir a Historial de auditoría</translation>
    </message>
    <message>
        <source>Go to Conflicts</source>
        <translation>Ir a Conflictos</translation>
    </message>
    <message>
        <source>Go to Drafts</source>
        <translation>Ir a Borradores</translation>
    </message>
    <message>
        <source>Go to Duplicates</source>
        <translation>Ir a Duplicados</translation>
    </message>
    <message>
        <source>Go to Integrity</source>
        <translation>Ir a Integridad</translation>
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
        <source>Go to Registry as of</source>
        <translation>Ir a Padrón en una fecha</translation>
    </message>
    <message>
        <source>In the audit filters, show the entries; in the date of Registry as of, show the registry then</source>
        <translation>En los filtros de auditoría, mostrar las entradas; en la fecha de Padrón en una fecha, mostrar el padrón de entonces</translation>
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
        <source>On a timeline, the first event (End: the last; the arrow keys and Page Up/Down step through the events)</source>
        <translation>En una cronología, el primer evento (Fin: el último; las flechas y Re Pág/Av Pág recorren los eventos)</translation>
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
        <source>Search the records, or the audit history on its screen</source>
        <translation>Buscar en los registros, o en el historial de auditoría en su pantalla</translation>
    </message>
    <message>
        <source>The number pad&apos;s Enter does what Return does</source>
        <translation>El Intro del teclado numérico hace lo mismo que Retorno</translation>
    </message>
    <message>
        <source>Timeline of the record on screen</source>
        <translation>Cronología del registro en pantalla</translation>
    </message>
    <message>
        <source>What they do</source>
        <translation>Qué hacen</translation>
    </message>
</context>
<context>
    <name>SignatureEditor</name>
    <message>
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>Sign above with the mouse, a pen or a finger.</source>
        <translation>Firme arriba con el ratón, un lápiz o el dedo.</translation>
    </message>
    <message>
        <source>Sign here with the mouse, a pen or a finger.</source>
        <translation>Firme aquí con el ratón, un lápiz o el dedo.</translation>
    </message>
    <message>
        <source>The signature is not on this laptop yet.</source>
        <translation>La firma aún no está en este portátil.</translation>
    </message>
</context>
<context>
    <name>StateModel</name>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>This event</source>
        <translation>Este evento</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>cambiado</translation>
    </message>
</context>
<context>
    <name>SyncStatusBar</name>
    <message numerus="yes">
        <source>%n change was refused by the server</source>
        <translation>
            <numerusform>%n cambio rechazado por el servidor</numerusform>
            <numerusform>%n cambios rechazados por el servidor</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changes were refused by the server</source>
        <translation>
            <numerusform>%n cambio rechazado por el servidor</numerusform>
            <numerusform>%n cambios rechazados por el servidor</numerusform>
        </translation>
    </message>
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
        <source>Sync progress</source>
        <translation>Progreso de la sincronización</translation>
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
        <source>They are kept on this laptop. Open Needs attention to see why and what to do.</source>
        <translation>Se conservan en este portátil. Abra Requiere atención para ver por qué y qué hacer.</translation>
    </message>
    <message>
        <source>{0} of {1}</source>
        <translation>{0} de {1}</translation>
    </message>
</context>
<context>
    <name>TimelinePage</name>
    <message>
        <source>Back</source>
        <translation>Volver</translation>
    </message>
    <message>
        <source>Event {0} of {1} · {2} · {3} · {4}</source>
        <translation>Evento {0} de {1} · {2} · {3} · {4}</translation>
    </message>
    <message>
        <source>History of {0}</source>
        <translation>Historial de {0}</translation>
    </message>
    <message>
        <source>Loading the history…</source>
        <translation>Cargando el historial…</translation>
    </message>
    <message>
        <source>No event concerns that record.</source>
        <translation>Ningún evento afecta a ese registro.</translation>
    </message>
    <message>
        <source>No history</source>
        <translation>Sin historial</translation>
    </message>
    <message>
        <source>Open the record</source>
        <translation>Abrir el registro</translation>
    </message>
    <message>
        <source>Open the record as it is now</source>
        <translation>Abrir el registro tal como está ahora</translation>
    </message>
    <message>
        <source>Selected event</source>
        <translation>Evento seleccionado</translation>
    </message>
    <message>
        <source>The record at the selected event</source>
        <translation>El registro en el evento seleccionado</translation>
    </message>
    <message>
        <source>entered late</source>
        <translation>introducido con retraso</translation>
    </message>
    <message>
        <source>it set {0}; a change dated earlier but received after it set that again, as shown</source>
        <translation>fijó {0}; un cambio con fecha anterior pero recibido después lo volvió a fijar, como se muestra</translation>
    </message>
    <message>
        <source>kept but not applied: {0}</source>
        <translation>conservado pero no aplicado: {0}</translation>
    </message>
    <message>
        <source>the record did not exist yet</source>
        <translation>el registro aún no existía</translation>
    </message>
    <message>
        <source>{0} events · use the slider, the arrow keys or the buttons to move through them</source>
        <translation>{0} eventos · recórralos con el control deslizante, las flechas o los botones</translation>
    </message>
    <message>
        <source>← Back</source>
        <translation>← Volver</translation>
    </message>
</context>
<context>
    <name>TimelineSlider</name>
    <message>
        <source>First</source>
        <translation>Primero</translation>
    </message>
    <message>
        <source>First event</source>
        <translation>Primer evento</translation>
    </message>
    <message>
        <source>Last</source>
        <translation>Último</translation>
    </message>
    <message>
        <source>Last event</source>
        <translation>Último evento</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <source>Next event</source>
        <translation>Evento siguiente</translation>
    </message>
    <message>
        <source>Position in the record&apos;s history</source>
        <translation>Posición en el historial del registro</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Anterior</translation>
    </message>
    <message>
        <source>Previous event</source>
        <translation>Evento anterior</translation>
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
    <name>attachment_import</name>
    <message>
        <source>“{0}” is empty.</source>
        <translation>«{0}» está vacío.</translation>
    </message>
    <message>
        <source>“{0}” is not a readable image: it may be damaged or cut short. Nothing was added.</source>
        <translation>«{0}» no es una imagen legible: puede estar dañada o incompleta. No se añadió nada.</translation>
    </message>
</context>
<context>
    <name>attachment_view</name>
    <message>
        <source>(no name)</source>
        <translation>(sin nombre)</translation>
    </message>
    <message>
        <source>Cannot open the attachment</source>
        <translation>No se puede abrir el adjunto</translation>
    </message>
    <message>
        <source>Cannot save the attachment</source>
        <translation>No se puede guardar el adjunto</translation>
    </message>
    <message>
        <source>Not downloaded yet</source>
        <translation>Aún no descargado</translation>
    </message>
    <message>
        <source>Open {0}</source>
        <translation>Abrir {0}</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <source>Save a copy of {0}</source>
        <translation>Guardar una copia de {0}</translation>
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
        <translation>No se pudo escribir {0}: {1}</translation>
    </message>
    <message>
        <source>{0} is not on this laptop yet: it comes with the next sync.</source>
        <translation>{0} aún no está en este portátil: llegará con la próxima sincronización.</translation>
    </message>
    <message>
        <source>{0} is not on this laptop yet: it is being downloaded now; open it again in a moment.</source>
        <translation>{0} aún no está en este portátil: se está descargando ahora; vuelva a abrirlo en un momento.</translation>
    </message>
</context>
<context>
    <name>audit_text</name>
    <message>
        <source>1 member</source>
        <translation>1 miembro</translation>
    </message>
    <message>
        <source>Belongs to</source>
        <translation>Pertenece a</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
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
        <source>Form</source>
        <translation>Formulario</translation>
    </message>
    <message>
        <source>Household changed</source>
        <translation>Hogar modificado</translation>
    </message>
    <message>
        <source>Household registered</source>
        <translation>Hogar registrado</translation>
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
        <source>Members</source>
        <translation>Miembros</translation>
    </message>
    <message>
        <source>Person changed</source>
        <translation>Persona modificada</translation>
    </message>
    <message>
        <source>Person registered</source>
        <translation>Persona registrada</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>Revisado</translation>
    </message>
    <message>
        <source>{0} members</source>
        <translation>{0} miembros</translation>
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
    <message>
        <source>Reviewed</source>
        <translation>Revisado</translation>
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
        <translation>1 fila</translation>
    </message>
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
        <source>attachment</source>
        <translation>adjunto</translation>
    </message>
    <message>
        <source>{0} rows</source>
        <translation>{0} filas</translation>
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
        <translation>Historial de auditoría</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflictos</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>Duplicados</translation>
    </message>
    <message>
        <source>Integrity</source>
        <translation>Integridad</translation>
    </message>
    <message>
        <source>Registry as of…</source>
        <translation>Padrón en una fecha…</translation>
    </message>
</context>
</TS>
