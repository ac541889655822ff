<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About DataCollect Desktop</source>
        <translation>À propos de DataCollect Desktop</translation>
    </message>
    <message>
        <source>Apache License 2.0</source>
        <translation>Licence Apache 2.0</translation>
    </message>
    <message>
        <source>Built with:</source>
        <translation>Construit avec :</translation>
    </message>
    <message>
        <source>DataCollect Desktop {0}</source>
        <translation>DataCollect Desktop {0}</translation>
    </message>
    <message>
        <source>Licence:</source>
        <translation>Licence :</translation>
    </message>
    <message>
        <source>Log file:</source>
        <translation>Fichier journal :</translation>
    </message>
    <message>
        <source>Offline-first registration of individuals and households: encrypted on this laptop, tamper-evident, synced when a network is there.</source>
        <translation>Enregistrement de personnes et de ménages, d&apos;abord hors ligne : chiffré sur cet ordinateur, toute altération détectable, synchronisé dès qu&apos;un réseau est là.</translation>
    </message>
    <message>
        <source>Open the log folder</source>
        <translation>Ouvrir le dossier du journal</translation>
    </message>
    <message>
        <source>Preferences file:</source>
        <translation>Fichier de préférences :</translation>
    </message>
    <message>
        <source>Profile folder:</source>
        <translation>Dossier du profil :</translation>
    </message>
    <message>
        <source>Python {0}, Qt {1}</source>
        <translation>Python {0}, Qt {1}</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Version :</translation>
    </message>
</context>
<context>
    <name>ActivityChart</name>
    <message>
        <source>Activity chart</source>
        <translation>Graphique d&apos;activité</translation>
    </message>
    <message>
        <source>No activity for these filters.</source>
        <translation>Aucune activité pour ces filtres.</translation>
    </message>
    <message>
        <source>{0} events over {1} days by {2} users; at most {3} in a day.</source>
        <translation>{0} événements sur {1} jours par {2} utilisateurs ; au plus {3} en un jour.</translation>
    </message>
</context>
<context>
    <name>AsOfPage</name>
    <message>
        <source>(no name)</source>
        <translation>(sans nom)</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>À la date du</translation>
    </message>
    <message>
        <source>Choose a date and time to see the registry as it was then. Historical views are read-only.</source>
        <translation>Choisissez une date et une heure pour voir le registre tel qu&apos;il était alors. Les vues historiques sont en lecture seule.</translation>
    </message>
    <message>
        <source>Date and time to look back to</source>
        <translation>Date et heure à consulter</translation>
    </message>
    <message>
        <source>Filter by name</source>
        <translation>Filtrer par nom</translation>
    </message>
    <message>
        <source>Historical view, read-only: no record existed on {0}.</source>
        <translation>Vue historique, en lecture seule : aucune fiche n&apos;existait le {0}.</translation>
    </message>
    <message numerus="yes">
        <source>Historical view, read-only: the registry as of {0}, replaying the {1} of {2} events stamped then or earlier. %n record(s) lived then.</source>
        <translation>
            <numerusform>Vue historique, en lecture seule : le registre au {0}, en rejouant {1} des {2} événements datés de ce moment ou d&apos;avant. %n dossier existait alors.</numerusform>
            <numerusform>Vue historique, en lecture seule : le registre au {0}, en rejouant {1} des {2} événements datés de ce moment ou d&apos;avant. %n dossiers existaient alors.</numerusform>
        </translation>
    </message>
    <message>
        <source>Members then:</source>
        <translation>Membres à cette date :</translation>
    </message>
    <message>
        <source>Open the record as it is now</source>
        <translation>Ouvrir la fiche actuelle</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>Records as they were</source>
        <translation>Fiches telles qu&apos;elles étaient</translation>
    </message>
    <message>
        <source>Registry as of a moment</source>
        <translation>Le registre à une date donnée</translation>
    </message>
    <message>
        <source>Select a record to see it as it was.</source>
        <translation>Sélectionnez une fiche pour la voir telle qu&apos;elle était.</translation>
    </message>
    <message>
        <source>Show the registry as of that moment</source>
        <translation>Afficher le registre à cette date</translation>
    </message>
    <message>
        <source>Show the registry then</source>
        <translation>Afficher le registre à cette date</translation>
    </message>
    <message>
        <source>The record then (read-only)</source>
        <translation>La fiche à cette date (lecture seule)</translation>
    </message>
    <message>
        <source>Working out the registry as of {0}…</source>
        <translation>Calcul du registre au {0}…</translation>
    </message>
    <message>
        <source>{0} · version {1} · last change {2}</source>
        <translation>{0} · version {1} · dernière modification {2}</translation>
    </message>
</context>
<context>
    <name>AttachmentItem</name>
    <message>
        <source>Open {0}</source>
        <translation>Ouvrir {0}</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Remove {0}</source>
        <translation>Retirer {0}</translation>
    </message>
</context>
<context>
    <name>AttentionPage</name>
    <message numerus="yes">
        <source>%n change was refused by the server and waits on this laptop.</source>
        <translation>
            <numerusform>%n modification a été refusée par le serveur et attend sur cet ordinateur.</numerusform>
            <numerusform>%n modifications ont été refusées par le serveur et attendent sur cet ordinateur.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) kept but not applied</source>
        <translation>
            <numerusform>%n modification gardée mais non appliquée</numerusform>
            <numerusform>%n modifications gardées mais non appliquées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changes were refused by the server and wait on this laptop.</source>
        <translation>
            <numerusform>%n modification a été refusée par le serveur et attend sur cet ordinateur.</numerusform>
            <numerusform>%n modifications ont été refusées par le serveur et attendent sur cet ordinateur.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflit</numerusform>
            <numerusform>%n conflits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n possible duplicate(s)</source>
        <translation>
            <numerusform>%n doublon possible</numerusform>
            <numerusform>%n doublons possibles</numerusform>
        </translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>(the whole change)</source>
        <translation>(toute la modification)</translation>
    </message>
    <message>
        <source>Both changed it from {0}; this device&apos;s value stands because it reaches the server later. Edit the record to settle it.</source>
        <translation>Les deux l&apos;ont modifié à partir de {0} ; la valeur de cet appareil l&apos;emporte parce qu&apos;elle arrive plus tard au serveur. Modifiez la fiche pour trancher.</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <source>Changed here and on the server</source>
        <translation>Modifié ici et sur le serveur</translation>
    </message>
    <message>
        <source>Changes that were not applied or were refused</source>
        <translation>Modifications non appliquées ou refusées</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Kept but not applied: {0}</source>
        <translation>Conservé mais non appliqué : {0}</translation>
    </message>
    <message>
        <source>May be the same as</source>
        <translation>Peut-être la même que</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>À vérifier</translation>
    </message>
    <message>
        <source>No field was changed both here and on the server.</source>
        <translation>Aucun champ n&apos;a été modifié à la fois ici et sur le serveur.</translation>
    </message>
    <message>
        <source>No possible duplicates.</source>
        <translation>Aucun doublon possible.</translation>
    </message>
    <message>
        <source>Nothing to look at: every change was applied and accepted.</source>
        <translation>Rien à examiner : chaque modification a été appliquée et acceptée.</translation>
    </message>
    <message>
        <source>On the server</source>
        <translation>Sur le serveur</translation>
    </message>
    <message>
        <source>On this device</source>
        <translation>Sur cet appareil</translation>
    </message>
    <message>
        <source>Open the record to see its history; the change is kept.</source>
        <translation>Ouvrez la fiche pour voir son historique ; la modification est conservée.</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation>Doublons possibles</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Fiche</translation>
    </message>
    <message>
        <source>Refused by the server: {0}</source>
        <translation>Refusé par le serveur : {0}</translation>
    </message>
    <message>
        <source>Similarity</source>
        <translation>Ressemblance</translation>
    </message>
    <message>
        <source>The server holds a different change under the id of this device&apos;s change; this device&apos;s change was not sent.</source>
        <translation>Le serveur détient une autre modification sous l&apos;identifiant de celle de cet appareil ; la modification de cet appareil n&apos;a pas été envoyée.</translation>
    </message>
    <message>
        <source>What you can do</source>
        <translation>Que faire</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>{0}, {1} and {2}.</source>
        <translation>{0}, {1} et {2}.</translation>
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
        <translation>Toutes les actions</translation>
    </message>
    <message>
        <source>All forms</source>
        <translation>Tous les formulaires</translation>
    </message>
    <message>
        <source>All users</source>
        <translation>Tous les utilisateurs</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Effacer les filtres</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <source>Export the filtered entries as CSV</source>
        <translation>Exporter les entrées filtrées en CSV</translation>
    </message>
    <message>
        <source>Filter from a date</source>
        <translation>Filtrer à partir d&apos;une date</translation>
    </message>
    <message>
        <source>Filter up to a date</source>
        <translation>Filtrer jusqu&apos;à une date</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Premier jour</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Formulaire</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Dernier jour</translation>
    </message>
    <message>
        <source>Record id</source>
        <translation>Identifiant de fiche</translation>
    </message>
    <message>
        <source>Records whose name or fields hold these words</source>
        <translation>Fiches dont le nom ou les champs contiennent ces mots</translation>
    </message>
    <message>
        <source>Search records</source>
        <translation>Rechercher des fiches</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <source>Changes</source>
        <translation>Modifications</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Fiche</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>1 entry</source>
        <translation>1 entrée</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <source>Audit entries</source>
        <translation>Entrées d&apos;audit</translation>
    </message>
    <message>
        <source>Audit history</source>
        <translation>Historique d&apos;audit</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Changes of the selected entry</source>
        <translation>Modifications de l&apos;entrée sélectionnée</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Décompte…</translation>
    </message>
    <message>
        <source>Export the audit entries</source>
        <translation>Exporter les entrées d&apos;audit</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Export en cours…</translation>
    </message>
    <message>
        <source>Exporting… {0} entries written</source>
        <translation>Export en cours… {0} entrées écrites</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Inclusion proof</source>
        <translation>Preuve d&apos;inclusion</translation>
    </message>
    <message>
        <source>Inclusion proof of the selected event</source>
        <translation>Preuve d&apos;inclusion de l&apos;événement sélectionné</translation>
    </message>
    <message>
        <source>Kept but not applied: {0}</source>
        <translation>Conservé mais non appliqué : {0}</translation>
    </message>
    <message>
        <source>Open record</source>
        <translation>Ouvrir la fiche</translation>
    </message>
    <message>
        <source>Open the record of the selected entry</source>
        <translation>Ouvrir la fiche de l&apos;entrée sélectionnée</translation>
    </message>
    <message>
        <source>Reason: {0}</source>
        <translation>Motif : {0}</translation>
    </message>
    <message>
        <source>Select an entry to see what it changed.</source>
        <translation>Sélectionnez une entrée pour voir ce qu&apos;elle a modifié.</translation>
    </message>
    <message>
        <source>The export failed: {0}</source>
        <translation>L&apos;export a échoué : {0}</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <source>Timeline of the selected record</source>
        <translation>Chronologie de la fiche sélectionnée</translation>
    </message>
    <message>
        <source>{0} entries</source>
        <translation>{0} entrées</translation>
    </message>
    <message>
        <source>{0} entries exported to {1}.</source>
        <translation>{0} entrées exportées dans {1}.</translation>
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
        <translation>Prendre une photo</translation>
    </message>
    <message>
        <source>Take the photo</source>
        <translation>Prendre la photo</translation>
    </message>
</context>
<context>
    <name>ConflictPage</name>
    <message numerus="yes">
        <source>%n field(s) were changed both on this device and on the server from the same value. This device&apos;s value stands until you pick; the resolution is recorded as a new change.</source>
        <translation>
            <numerusform>%n champ a été modifié à la fois sur cet appareil et sur le serveur à partir de la même valeur. La valeur de cet appareil l&apos;emporte jusqu&apos;à votre choix ; la décision est enregistrée comme une nouvelle modification.</numerusform>
            <numerusform>%n champs ont été modifiés à la fois sur cet appareil et sur le serveur à partir de la même valeur. La valeur de cet appareil l&apos;emporte jusqu&apos;à votre choix ; la décision est enregistrée comme une nouvelle modification.</numerusform>
        </translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>(the whole change)</source>
        <translation>(toute la modification)</translation>
    </message>
    <message>
        <source>Both started from</source>
        <translation>Valeur de départ commune</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflits</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>No conflicts: every change agrees with the server&apos;s.</source>
        <translation>Aucun conflit : chaque modification s&apos;accorde avec celles du serveur.</translation>
    </message>
    <message>
        <source>No conflicts: no field was changed both here and on the server. They show here after a sync, for you to choose which value stays.</source>
        <translation>Aucun conflit : aucun champ n&apos;a été modifié à la fois ici et sur le serveur. Les conflits s&apos;affichent ici après une synchronisation, pour que vous choisissiez la valeur à garder.</translation>
    </message>
    <message>
        <source>On the server</source>
        <translation>Sur le serveur</translation>
    </message>
    <message>
        <source>On this device</source>
        <translation>Sur cet appareil</translation>
    </message>
    <message>
        <source>Open conflicts</source>
        <translation>Conflits en suspens</translation>
    </message>
    <message>
        <source>Open record</source>
        <translation>Ouvrir la fiche</translation>
    </message>
    <message>
        <source>Open the record</source>
        <translation>Ouvrir la fiche</translation>
    </message>
    <message>
        <source>Pick the value to keep for each field, then record the resolution.</source>
        <translation>Choisissez la valeur à garder pour chaque champ, puis enregistrez la décision.</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Fiche</translation>
    </message>
    <message>
        <source>Record the resolution</source>
        <translation>Enregistrer la décision</translation>
    </message>
    <message>
        <source>Record the values picked</source>
        <translation>Enregistrer les valeurs choisies</translation>
    </message>
    <message>
        <source>Select a conflict to settle it.</source>
        <translation>Sélectionnez un conflit pour le régler.</translation>
    </message>
    <message>
        <source>Side by side</source>
        <translation>Côte à côte</translation>
    </message>
    <message>
        <source>Side by side: {0}</source>
        <translation>Côte à côte : {0}</translation>
    </message>
    <message>
        <source>The resolution was recorded.</source>
        <translation>La décision a été enregistrée.</translation>
    </message>
    <message>
        <source>The server</source>
        <translation>Le serveur</translation>
    </message>
    <message>
        <source>The server holds a different change under the id of this device&apos;s change, so this device&apos;s change was not sent and cannot be merged. Compare them below; re-enter this device&apos;s data as a new change if it is still needed.</source>
        <translation>Le serveur détient une autre modification sous l&apos;identifiant de celle de cet appareil : la modification de cet appareil n&apos;a donc pas été envoyée et ne peut pas être fusionnée. Comparez-les ci-dessous ; saisissez de nouveau les données de cet appareil comme une nouvelle modification si elles sont encore utiles.</translation>
    </message>
    <message>
        <source>This device</source>
        <translation>Cet appareil</translation>
    </message>
    <message>
        <source>the server</source>
        <translation>du serveur</translation>
    </message>
    <message>
        <source>this device</source>
        <translation>de cet appareil</translation>
    </message>
    <message>
        <source>{0}: keep {1}&apos;s value</source>
        <translation>{0} : garder la valeur {1}</translation>
    </message>
</context>
<context>
    <name>DateEditor</name>
    <message>
        <source>DD/MM/YYYY</source>
        <translation>JJ/MM/AAAA</translation>
    </message>
    <message>
        <source>MM/DD/YYYY</source>
        <translation>MM/JJ/AAAA</translation>
    </message>
    <message>
        <source>Pick a date (Alt+Down)</source>
        <translation>Choisir une date (Alt+Bas)</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>YYYY-MM-DD HH:MM</source>
        <translation>AAAA-MM-JJ HH:MM</translation>
    </message>
</context>
<context>
    <name>DeleteDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Delete this record?</source>
        <translation>Supprimer cette fiche ?</translation>
    </message>
    <message>
        <source>For example: registered twice, moved away</source>
        <translation>Par exemple : inscrit deux fois, a déménagé</translation>
    </message>
    <message>
        <source>Reason (kept in the history):</source>
        <translation>Motif (conservé dans l&apos;historique) :</translation>
    </message>
    <message>
        <source>Reason for deleting</source>
        <translation>Motif de la suppression</translation>
    </message>
</context>
<context>
    <name>DetailPage</name>
    <message>
        <source>(no name)</source>
        <translation>(sans nom)</translation>
    </message>
    <message>
        <source>Add a member</source>
        <translation>Ajouter un membre</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Naissance</translation>
    </message>
    <message>
        <source>Current data</source>
        <translation>Données actuelles</translation>
    </message>
    <message>
        <source>Delete {0}?</source>
        <translation>Supprimer {0} ?</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <source>Edit (Ctrl+E)</source>
        <translation>Modifier (Ctrl+E)</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Formulaire</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>Ménage</translation>
    </message>
    <message numerus="yes">
        <source>Its %n member(s) stay registered; find them with the search.</source>
        <translation>
            <numerusform>Son membre reste enregistré ; retrouvez-le avec la recherche.</numerusform>
            <numerusform>Ses %n membres restent enregistrés ; retrouvez-les avec la recherche.</numerusform>
        </translation>
    </message>
    <message>
        <source>Its history is kept.</source>
        <translation>Son historique est conservé.</translation>
    </message>
    <message>
        <source>Members ({0})</source>
        <translation>Membres ({0})</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>No data.</source>
        <translation>Aucune donnée.</translation>
    </message>
    <message>
        <source>No members yet: &quot;Add a member&quot; above registers the first.</source>
        <translation>Aucun membre pour l&apos;instant : « Ajouter un membre », plus haut, inscrit le premier.</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Fiche</translation>
    </message>
    <message>
        <source>Related records</source>
        <translation>Fiches liées</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Lien de parenté</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexe</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synchro</translation>
    </message>
    <message>
        <source>That record is not in this profile.</source>
        <translation>Cette fiche n&apos;est pas dans ce profil.</translation>
    </message>
    <message>
        <source>The record</source>
        <translation>La fiche</translation>
    </message>
    <message>
        <source>Timeline (Ctrl+T)</source>
        <translation>Chronologie (Ctrl+T)</translation>
    </message>
    <message>
        <source>Timeline of this record</source>
        <translation>Chronologie de cette fiche</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>supprimée</translation>
    </message>
    <message>
        <source>this record</source>
        <translation>cette fiche</translation>
    </message>
    <message>
        <source>version {0}</source>
        <translation>version {0}</translation>
    </message>
    <message>
        <source>{0} was deleted.</source>
        <translation>{0} a été supprimé.</translation>
    </message>
    <message>
        <source>{0} was saved.</source>
        <translation>{0} : enregistré.</translation>
    </message>
    <message>
        <source>{0} · {1} · last change {2}</source>
        <translation>{0} · {1} · dernière modification {2}</translation>
    </message>
    <message>
        <source>← Back to the list</source>
        <translation>← Retour à la liste</translation>
    </message>
</context>
<context>
    <name>DraftNotice</name>
    <message numerus="yes">
        <source>%n unfinished registration(s) from an earlier session waiting in Drafts.</source>
        <translation>
            <numerusform>%n inscription inachevée d&apos;une session précédente attend dans « Brouillons ».</numerusform>
            <numerusform>%n inscriptions inachevées d&apos;une session précédente attendent dans « Brouillons ».</numerusform>
        </translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Pas maintenant</translation>
    </message>
    <message>
        <source>Open drafts</source>
        <translation>Ouvrir les brouillons</translation>
    </message>
    <message>
        <source>Unfinished registrations</source>
        <translation>Inscriptions inachevées</translation>
    </message>
</context>
<context>
    <name>DraftsPage</name>
    <message>
        <source>Discard</source>
        <translation>Abandonner</translation>
    </message>
    <message>
        <source>Discard this draft?</source>
        <translation>Abandonner ce brouillon ?</translation>
    </message>
    <message>
        <source>Discard…</source>
        <translation>Abandonner…</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>Brouillons</translation>
    </message>
    <message>
        <source>Editing {0}</source>
        <translation>Modification de {0}</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Pour</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Formulaire</translation>
    </message>
    <message>
        <source>Forms in progress are saved here every few seconds, encrypted like everything else.</source>
        <translation>Les formulaires en cours sont enregistrés ici toutes les quelques secondes, chiffrés comme tout le reste.</translation>
    </message>
    <message>
        <source>Last saved</source>
        <translation>Dernier enregistrement</translation>
    </message>
    <message>
        <source>Member of {0}</source>
        <translation>Membre de {0}</translation>
    </message>
    <message>
        <source>New record</source>
        <translation>Nouvelle fiche</translation>
    </message>
    <message>
        <source>No drafts: every form was saved or discarded. A form you leave unfinished on Register (Ctrl+1) waits here.</source>
        <translation>Aucun brouillon : chaque formulaire a été enregistré ou abandonné. Un formulaire que vous laissez inachevé dans « Inscrire » (Ctrl+1) attend ici.</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <source>The draft was discarded.</source>
        <translation>Le brouillon a été abandonné.</translation>
    </message>
    <message>
        <source>Typed so far</source>
        <translation>Saisi jusqu&apos;ici</translation>
    </message>
    <message>
        <source>What was typed in this draft will be lost.</source>
        <translation>Ce qui a été saisi dans ce brouillon sera perdu.</translation>
    </message>
</context>
<context>
    <name>DuplicateBanner</name>
    <message>
        <source>&lt;b&gt;{0}&lt;/b&gt;, born {1}</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt;, date de naissance : {1}</translation>
    </message>
    <message>
        <source>It is a different person</source>
        <translation>C&apos;est une autre personne</translation>
    </message>
    <message>
        <source>Open the existing record</source>
        <translation>Ouvrir la fiche existante</translation>
    </message>
    <message>
        <source>Open the existing record, or press Ctrl+S again to save anyway.</source>
        <translation>Ouvrez la fiche existante, ou appuyez de nouveau sur Ctrl+S pour enregistrer quand même.</translation>
    </message>
    <message>
        <source>This person may already be registered (same birth date, similar name):</source>
        <translation>Cette personne est peut-être déjà inscrite (même date de naissance, nom proche) :</translation>
    </message>
    <message>
        <source>and {0} more</source>
        <translation>et {0} de plus</translation>
    </message>
</context>
<context>
    <name>DuplicatePage</name>
    <message numerus="yes">
        <source>%n pair(s) of people registered on the same birth date with similar names. Compare them and decide; every decision is kept in the history.</source>
        <translation>
            <numerusform>%n paire de personnes inscrites avec la même date de naissance et des noms proches. Comparez-les et décidez ; chaque décision est conservée dans l&apos;historique.</numerusform>
            <numerusform>%n paires de personnes inscrites avec la même date de naissance et des noms proches. Comparez-les et décidez ; chaque décision est conservée dans l&apos;historique.</numerusform>
        </translation>
    </message>
    <message>
        <source>Both records were kept; the pair was settled.</source>
        <translation>Les deux fiches ont été gardées ; la paire est réglée.</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>Delete the duplicate</source>
        <translation>Supprimer le doublon</translation>
    </message>
    <message>
        <source>Delete the duplicate?</source>
        <translation>Supprimer le doublon ?</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>First</source>
        <translation>Première</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>Ménage</translation>
    </message>
    <message>
        <source>Keep both</source>
        <translation>Garder les deux</translation>
    </message>
    <message>
        <source>Keep both: they are different people</source>
        <translation>Garder les deux : ce sont des personnes différentes</translation>
    </message>
    <message>
        <source>Keep the first record and delete the second</source>
        <translation>Garder la première fiche et supprimer la seconde</translation>
    </message>
    <message>
        <source>Keep the first, delete the second</source>
        <translation>Garder la première, supprimer la seconde</translation>
    </message>
    <message>
        <source>Keep the second record and delete the first</source>
        <translation>Garder la seconde fiche et supprimer la première</translation>
    </message>
    <message>
        <source>Keep the second, delete the first</source>
        <translation>Garder la seconde, supprimer la première</translation>
    </message>
    <message>
        <source>Keep {0} and delete {1}?</source>
        <translation>Garder {0} et supprimer {1} ?</translation>
    </message>
    <message>
        <source>May be the same as</source>
        <translation>Peut-être la même que</translation>
    </message>
    <message>
        <source>No possible duplicates.</source>
        <translation>Aucun doublon possible.</translation>
    </message>
    <message>
        <source>No possible duplicates: no two people share a birth date and a similar name.</source>
        <translation>Aucun doublon possible : aucune paire de personnes n&apos;a la même date de naissance et un nom proche.</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Possible duplicate pairs</source>
        <translation>Paires de doublons possibles</translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation>Doublons possibles</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Inscription</translation>
    </message>
    <message>
        <source>Second</source>
        <translation>Seconde</translation>
    </message>
    <message>
        <source>Similarity</source>
        <translation>Ressemblance</translation>
    </message>
    <message>
        <source>The deleted record&apos;s history is kept.</source>
        <translation>L&apos;historique de la fiche supprimée est conservé.</translation>
    </message>
    <message>
        <source>The duplicate was deleted; the pair was settled.</source>
        <translation>Le doublon a été supprimé ; la paire est réglée.</translation>
    </message>
    <message>
        <source>The two records side by side</source>
        <translation>Les deux fiches côte à côte</translation>
    </message>
</context>
<context>
    <name>EditGridEditor</name>
    <message>
        <source>Add a row</source>
        <translation>Ajouter une ligne</translation>
    </message>
    <message>
        <source>Remove this row</source>
        <translation>Retirer cette ligne</translation>
    </message>
    <message>
        <source>Row {0}</source>
        <translation>Ligne {0}</translation>
    </message>
</context>
<context>
    <name>EntityTreeModel</name>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n membre</numerusform>
            <numerusform>%n membres</numerusform>
        </translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(sans nom)</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Naissance</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Formulaire</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>Ménage</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Modifié le</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexe</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synchro</translation>
    </message>
</context>
<context>
    <name>ErrorPresenter</name>
    <message>
        <source>Something went wrong</source>
        <translation>Une erreur s&apos;est produite</translation>
    </message>
    <message>
        <source>Something went wrong; details are in the log.</source>
        <translation>Une erreur s&apos;est produite ; les détails sont dans le journal.</translation>
    </message>
</context>
<context>
    <name>EventTypeDialog</name>
    <message>
        <source>(no name)</source>
        <translation>(sans nom)</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was saved: %n field(s) need attention.</source>
        <translation>
            <numerusform>Rien n&apos;a été enregistré : %n champ à corriger.</numerusform>
            <numerusform>Rien n&apos;a été enregistré : %n champs à corriger.</numerusform>
        </translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation>{0} : {1}</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>As of</source>
        <translation>À la date du</translation>
    </message>
    <message>
        <source>CSV files in a .zip, a file per form</source>
        <translation>Fichiers CSV dans un .zip, un fichier par formulaire</translation>
    </message>
    <message>
        <source>Date and time to export the records as of</source>
        <translation>Date et heure auxquelles exporter les fiches</translation>
    </message>
    <message>
        <source>Excel workbook (.xlsx), a sheet per form</source>
        <translation>Classeur Excel (.xlsx), une feuille par formulaire</translation>
    </message>
    <message>
        <source>Export records</source>
        <translation>Exporter les fiches</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Forms</source>
        <translation>Formulaires</translation>
    </message>
    <message>
        <source>Labels, as the forms show them</source>
        <translation>Libellés, tels que les formulaires les affichent</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Maintenant</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Fiches</translation>
    </message>
    <message>
        <source>Stored values and field keys</source>
        <translation>Valeurs enregistrées et clés des champs</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Valeurs</translation>
    </message>
</context>
<context>
    <name>FileEditor</name>
    <message>
        <source>Accepted files ({0})</source>
        <translation>Fichiers acceptés ({0})</translation>
    </message>
    <message>
        <source>Add a file…</source>
        <translation>Ajouter un fichier…</translation>
    </message>
    <message>
        <source>Add a photo…</source>
        <translation>Ajouter une photo…</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Choose a photo or file</source>
        <translation>Choisir une photo ou un fichier</translation>
    </message>
    <message>
        <source>Choose photos or files</source>
        <translation>Choisir des photos ou des fichiers</translation>
    </message>
    <message>
        <source>Replace the file…</source>
        <translation>Remplacer le fichier…</translation>
    </message>
    <message>
        <source>Replace the photo…</source>
        <translation>Remplacer la photo…</translation>
    </message>
    <message>
        <source>Take a photo…</source>
        <translation>Prendre une photo…</translation>
    </message>
    <message>
        <source>“{0}” could not be read: {1}</source>
        <translation>« {0} » n&apos;a pas pu être lu : {1}</translation>
    </message>
</context>
<context>
    <name>FirstRunPage</name>
    <message>
        <source>Add demo households so I can try the app</source>
        <translation>Ajouter des ménages de démonstration pour essayer l&apos;application</translation>
    </message>
    <message>
        <source>At least 8 characters; a few words work well.</source>
        <translation>Au moins 8 caractères ; quelques mots conviennent bien.</translation>
    </message>
    <message>
        <source>Create my profile</source>
        <translation>Créer mon profil</translation>
    </message>
    <message>
        <source>Everything you register is kept encrypted on this laptop. Choose a passphrase: a few words are easier to remember and harder to guess than one short word.</source>
        <translation>Tout ce que vous enregistrez est conservé chiffré sur cet ordinateur. Choisissez une phrase secrète : quelques mots sont plus faciles à retenir et plus difficiles à deviner qu&apos;un seul mot court.</translation>
    </message>
    <message>
        <source>Fair: one more word makes it strong.</source>
        <translation>Moyenne : un mot de plus la rend solide.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>Phrase secrète, une seconde fois</translation>
    </message>
    <message>
        <source>Passphrase again:</source>
        <translation>Phrase secrète (confirmation) :</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>Phrase secrète :</translation>
    </message>
    <message>
        <source>Strong.</source>
        <translation>Solide.</translation>
    </message>
    <message>
        <source>The passphrases differ.</source>
        <translation>Les phrases secrètes diffèrent.</translation>
    </message>
    <message>
        <source>The passphrases match.</source>
        <translation>Les phrases secrètes correspondent.</translation>
    </message>
    <message>
        <source>Too short: use at least 8 characters.</source>
        <translation>Trop courte : utilisez au moins 8 caractères.</translation>
    </message>
    <message>
        <source>Weak: add another word or two.</source>
        <translation>Faible : ajoutez un ou deux mots.</translation>
    </message>
    <message>
        <source>Welcome to DataCollect Desktop</source>
        <translation>Bienvenue dans DataCollect Desktop</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Votre nom</translation>
    </message>
    <message>
        <source>Your name:</source>
        <translation>Votre nom :</translation>
    </message>
</context>
<context>
    <name>FormView</name>
    <message>
        <source>“{0}” is a {1} field, which this app cannot show; it is left out.</source>
        <translation>« {0} » est un champ {1}, que cette application ne sait pas afficher ; il est laissé de côté.</translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <source>&amp;About DataCollect Desktop</source>
        <translation>À &amp;propos de DataCollect Desktop</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>Diagnostics saved to {0}. They hold the log and counts, no names or answers.</source>
        <translation>Diagnostic enregistré dans {0}. Il contient le journal et des décomptes, ni noms ni réponses.</translation>
    </message>
    <message>
        <source>Export &amp;diagnostics…</source>
        <translation>Exporter le &amp;diagnostic…</translation>
    </message>
    <message>
        <source>Export diagnostics</source>
        <translation>Exporter le diagnostic</translation>
    </message>
    <message>
        <source>The diagnostics were not saved: {0}</source>
        <translation>Le diagnostic n&apos;a pas été enregistré : {0}</translation>
    </message>
    <message>
        <source>Zip files (*.zip)</source>
        <translation>Fichiers zip (*.zip)</translation>
    </message>
</context>
<context>
    <name>IntegrityPage</name>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <source>Checkpoint of {0} events</source>
        <translation>Point de contrôle de {0} événements</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Copy the root hash</source>
        <translation>Copier l&apos;empreinte racine</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Events failing verification</source>
        <translation>Événements qui échouent à la vérification</translation>
    </message>
    <message>
        <source>Events in the log (tree size):</source>
        <translation>Événements du journal (taille de l&apos;arbre) :</translation>
    </message>
    <message>
        <source>Every change made on this laptop or received by sync is kept as a numbered event that is never rewritten. The root hash is a fingerprint of all of them together: changing any event, even by one character, changes it, and verification then names the event. An inclusion proof shows that one event is in the log exactly as it was written; the sync server&apos;s signed checkpoint shows that the server&apos;s copy of the log only ever grew.</source>
        <translation>Chaque modification faite sur cet ordinateur ou reçue par synchronisation est conservée comme un événement numéroté, jamais réécrit. L&apos;empreinte racine résume tous ces événements ensemble : modifier un seul événement, même d&apos;un caractère, la change, et la vérification nomme alors cet événement. Une preuve d&apos;inclusion montre qu&apos;un événement figure dans le journal exactement tel qu&apos;il a été écrit ; le point de contrôle signé du serveur de synchronisation montre que la copie du journal sur le serveur n&apos;a jamais fait que s&apos;allonger.</translation>
    </message>
    <message>
        <source>Every event verified.</source>
        <translation>Tous les événements ont été vérifiés.</translation>
    </message>
    <message>
        <source>Integrity</source>
        <translation>Intégrité</translation>
    </message>
    <message numerus="yes">
        <source>Integrity alarm: %n event(s) failed verification on {0}</source>
        <translation>
            <numerusform>Alerte d&apos;intégrité : %n événement n&apos;a pas passé la vérification le {0}</numerusform>
            <numerusform>Alerte d&apos;intégrité : %n événements n&apos;ont pas passé la vérification le {0}</numerusform>
        </translation>
    </message>
    <message>
        <source>Integrity alarm: the log failed verification on {0}</source>
        <translation>Alerte d&apos;intégrité : le journal a échoué à la vérification du {0}</translation>
    </message>
    <message>
        <source>Last full verification:</source>
        <translation>Dernière vérification complète :</translation>
    </message>
    <message>
        <source>Never. Press Verify now to check every event.</source>
        <translation>Jamais. Appuyez sur Vérifier maintenant pour contrôler chaque événement.</translation>
    </message>
    <message>
        <source>No. {0}
{1}</source>
        <translation>N° {0}
{1}</translation>
    </message>
    <message>
        <source>Only the first {0} of {1} problems are listed.</source>
        <translation>Seuls les {0} premiers des {1} problèmes sont listés.</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Fiche</translation>
    </message>
    <message>
        <source>Root hash</source>
        <translation>Empreinte racine</translation>
    </message>
    <message>
        <source>Root hash:</source>
        <translation>Empreinte racine :</translation>
    </message>
    <message>
        <source>The records on this laptop no longer match their tamper-evident log: someone or something changed them behind the application&apos;s back. Nothing was repaired or deleted. Do not sync; tell your supervisor or administrator, and keep this laptop as it is.</source>
        <translation>Les fiches de cet ordinateur ne correspondent plus à leur journal infalsifiable : quelqu&apos;un ou quelque chose les a modifiées à l&apos;insu de l&apos;application. Rien n&apos;a été réparé ni supprimé. Ne synchronisez pas ; prévenez votre superviseur ou votre administrateur, et laissez cet ordinateur en l&apos;état.</translation>
    </message>
    <message>
        <source>The root hash was copied.</source>
        <translation>L&apos;empreinte racine a été copiée.</translation>
    </message>
    <message>
        <source>This laptop&apos;s log</source>
        <translation>Le journal de cet ordinateur</translation>
    </message>
    <message>
        <source>Tree node {0}/{1}</source>
        <translation>Nœud de l&apos;arbre {0}/{1}</translation>
    </message>
    <message>
        <source>Verification FAILED: see Integrity.</source>
        <translation>ÉCHEC de la vérification : voir Intégrité.</translation>
    </message>
    <message>
        <source>Verification progress</source>
        <translation>Progression de la vérification</translation>
    </message>
    <message>
        <source>Verify every event now</source>
        <translation>Vérifier chaque événement maintenant</translation>
    </message>
    <message>
        <source>Verify now</source>
        <translation>Vérifier maintenant</translation>
    </message>
    <message>
        <source>What is wrong</source>
        <translation>Le problème</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message numerus="yes">
        <source>{0}: FAILED, %n problem(s) found.</source>
        <translation>
            <numerusform>{0} : ÉCHEC, %n problème trouvé.</numerusform>
            <numerusform>{0} : ÉCHEC, %n problèmes trouvés.</numerusform>
        </translation>
    </message>
    <message>
        <source>{0}: all {1} events verified; root {2}…</source>
        <translation>{0} : les {1} événements vérifiés ; racine {2}…</translation>
    </message>
</context>
<context>
    <name>LocationEditor</name>
    <message>
        <source>Accuracy (m)</source>
        <translation>Précision (m)</translation>
    </message>
    <message>
        <source>Asking the laptop for its position…</source>
        <translation>Demande de la position à l&apos;ordinateur…</translation>
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
        <translation>Long.</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Longitude</translation>
    </message>
    <message>
        <source>The laptop could not tell its position; type the coordinates instead.</source>
        <translation>L&apos;ordinateur n&apos;a pas pu donner sa position ; saisissez plutôt les coordonnées.</translation>
    </message>
    <message>
        <source>The laptop&apos;s position was filled in; check it.</source>
        <translation>La position de l&apos;ordinateur a été saisie ; vérifiez-la.</translation>
    </message>
    <message>
        <source>Type the coordinates in decimal degrees, or paste “lat, lon” or a geo: link.</source>
        <translation>Saisissez les coordonnées en degrés décimaux, ou collez « lat, lon » ou un lien geo:.</translation>
    </message>
    <message>
        <source>Use this laptop&apos;s position</source>
        <translation>Utiliser la position de cet ordinateur</translation>
    </message>
    <message>
        <source>e.g. -1.5197</source>
        <translation>p. ex. -1.5197</translation>
    </message>
    <message>
        <source>e.g. 12.3456</source>
        <translation>p. ex. 12.3456</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>facultatif</translation>
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
        <translation>&amp;Verrouiller</translation>
    </message>
    <message>
        <source>&amp;Profile</source>
        <translation>&amp;Profil</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>Adding demo households…</source>
        <translation>Ajout des ménages de démonstration…</translation>
    </message>
    <message>
        <source>DataCollect Desktop {0}</source>
        <translation>DataCollect Desktop {0}</translation>
    </message>
    <message>
        <source>Event types</source>
        <translation>Types d&apos;événement</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>Paramètres enregistrés.</translation>
    </message>
    <message>
        <source>Some event types of this installation could not be loaded; records changed by them are kept and listed under Needs attention.</source>
        <translation>Certains types d&apos;événement de cette installation n&apos;ont pas pu être chargés ; les modifications qu&apos;ils font sont conservées et listées sous À vérifier.</translation>
    </message>
    <message>
        <source>Something went wrong; details are in the log.</source>
        <translation>Une erreur s&apos;est produite ; les détails sont dans le journal.</translation>
    </message>
    <message>
        <source>The profile is locked. Unsaved forms were kept as drafts.</source>
        <translation>Le profil est verrouillé. Les formulaires non enregistrés ont été gardés comme brouillons.</translation>
    </message>
    <message>
        <source>The profile was locked after a while without use. Unsaved forms were kept as drafts.</source>
        <translation>Le profil a été verrouillé après un moment d&apos;inactivité. Les formulaires non enregistrés ont été gardés comme brouillons.</translation>
    </message>
    <message>
        <source>Your new passphrase is set; use it to unlock from now on.</source>
        <translation>Votre nouvelle phrase secrète est définie ; utilisez-la désormais pour déverrouiller.</translation>
    </message>
    <message>
        <source>{0} demo households were added.</source>
        <translation>{0} ménages de démonstration ont été ajoutés.</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>--at-seq must be between 0 and {size}, the number of events</source>
        <translation>--at-seq doit être compris entre 0 et {size}, le nombre d&apos;événements</translation>
    </message>
    <message>
        <source>1 attachment is not downloaded yet.</source>
        <translation>1 pièce jointe n&apos;est pas encore téléchargée.</translation>
    </message>
    <message>
        <source>1 attachment of the records here is not downloaded yet.</source>
        <translation>1 pièce jointe des fiches affichées n&apos;est pas encore téléchargée.</translation>
    </message>
    <message>
        <source>1 attachment stays on this laptop only: this server does not keep attachments.</source>
        <translation>1 pièce jointe reste sur cet ordinateur seulement : ce serveur ne garde pas les pièces jointes.</translation>
    </message>
    <message>
        <source>1 attachment was not sent and stays on this laptop only: this server does not keep attachments (the events were sent with their references).</source>
        <translation>1 pièce jointe n&apos;a pas été envoyée et reste sur cet ordinateur seulement : ce serveur ne garde pas les pièces jointes (les événements ont été envoyés avec leurs références).</translation>
    </message>
    <message>
        <source>1 conflict to review</source>
        <translation>1 conflit à examiner</translation>
    </message>
    <message>
        <source>A profile already exists in {path}.</source>
        <translation>Un profil existe déjà dans {path}.</translation>
    </message>
    <message>
        <source>A profile whose creation was cut short was removed; it held no records.</source>
        <translation>Un profil dont la création a été interrompue a été supprimé ; il ne contenait aucune fiche.</translation>
    </message>
    <message>
        <source>A {form} record must belong to a {parent} record.</source>
        <translation>Une fiche {form} doit appartenir à une fiche {parent}.</translation>
    </message>
    <message>
        <source>App config has no &apos;entityForms&apos; list.</source>
        <translation>La configuration d&apos;application n&apos;a pas de liste &apos;entityForms&apos;.</translation>
    </message>
    <message>
        <source>App config is not valid JSON ({reason}).</source>
        <translation>La configuration d&apos;application n&apos;est pas un JSON valide ({reason}).</translation>
    </message>
    <message>
        <source>App config must be a JSON object.</source>
        <translation>La configuration d&apos;application doit être un objet JSON.</translation>
    </message>
    <message>
        <source>App config: &apos;choiceLists&apos; must be an object of named lists.</source>
        <translation>Configuration : « choiceLists » doit être un objet de listes nommées.</translation>
    </message>
    <message>
        <source>App config: &apos;entityForms&apos; must be a list.</source>
        <translation>Configuration d&apos;application : &apos;entityForms&apos; doit être une liste.</translation>
    </message>
    <message>
        <source>App config: &apos;eventTypes&apos; must be a list.</source>
        <translation>Configuration de l&apos;application : &apos;eventTypes&apos; doit être une liste.</translation>
    </message>
    <message>
        <source>App config: &apos;i18n&apos; has a language with no code.</source>
        <translation>Configuration d&apos;application : &apos;i18n&apos; contient une langue sans code.</translation>
    </message>
    <message>
        <source>App config: &apos;i18n&apos; must be an object with one set of translations per language.</source>
        <translation>Configuration d&apos;application : &apos;i18n&apos; doit être un objet avec un jeu de traductions par langue.</translation>
    </message>
    <message>
        <source>App config: &apos;i18n&apos; names the same language twice: {first!r} and {second!r}.</source>
        <translation>Configuration d&apos;application : &apos;i18n&apos; nomme deux fois la même langue : {first!r} et {second!r}.</translation>
    </message>
    <message>
        <source>App config: {where} must be an object of English texts and their translations.</source>
        <translation>Configuration d&apos;application : {where} doit être un objet de textes anglais et de leurs traductions.</translation>
    </message>
    <message>
        <source>App config: {where}[{text!r}] must be text.</source>
        <translation>Configuration d&apos;application : {where}[{text!r}] doit être du texte.</translation>
    </message>
    <message>
        <source>Cannot reach the sync server at {url} ({reason}). Check the network; sync will try again on its own.</source>
        <translation>Impossible de joindre le serveur de synchronisation à {url} ({reason}). Vérifiez le réseau ; la synchronisation réessaiera d&apos;elle-même.</translation>
    </message>
    <message>
        <source>Cannot read the XLSForm {path}: there is no such file.</source>
        <translation>Impossible de lire le XLSForm {path} : ce fichier n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Cannot read the app config {path}: {reason}.</source>
        <translation>Impossible de lire la configuration d&apos;application {path} : {reason}.</translation>
    </message>
    <message>
        <source>Cannot read {path}: {reason}.</source>
        <translation>Impossible de lire {path} : {reason}.</translation>
    </message>
    <message>
        <source>Cannot write the app config {path}: {reason}.</source>
        <translation>Impossible d&apos;écrire la configuration d&apos;application {path} : {reason}.</translation>
    </message>
    <message>
        <source>Cannot write {path}: it is a folder.</source>
        <translation>Impossible d&apos;écrire {path} : c&apos;est un dossier.</translation>
    </message>
    <message>
        <source>Cannot write {path}: {reason}.</source>
        <translation>Impossible d&apos;écrire {path} : {reason}.</translation>
    </message>
    <message>
        <source>Choose the app config file to load.</source>
        <translation>Choisissez le fichier de configuration d&apos;application à charger.</translation>
    </message>
    <message>
        <source>Connected: the server answered, the account signed in and may use the app config {config_id!r}.</source>
        <translation>Connecté : le serveur a répondu, le compte s&apos;est connecté et peut utiliser la configuration d&apos;application {config_id!r}.</translation>
    </message>
    <message>
        <source>Could not reach the server at {url}. Check the address and the network, then try again.</source>
        <translation>Impossible de joindre le serveur à {url}. Vérifiez l&apos;adresse et le réseau, puis réessayez.</translation>
    </message>
    <message>
        <source>Enter or choose the id of the app config to use.</source>
        <translation>Saisissez ou choisissez l&apos;identifiant de la configuration d&apos;application à utiliser.</translation>
    </message>
    <message>
        <source>Enter the id of the app config to download.</source>
        <translation>Saisissez l&apos;identifiant de la configuration d&apos;application à télécharger.</translation>
    </message>
    <message>
        <source>Enter your name; it is written with every record you make.</source>
        <translation>Saisissez votre nom ; il est inscrit avec chaque enregistrement que vous faites.</translation>
    </message>
    <message>
        <source>Form name {name!r} is used by more than one form.</source>
        <translation>Le nom de formulaire {name!r} est utilisé par plusieurs formulaires.</translation>
    </message>
    <message>
        <source>Form {name!r} depends on {parent!r}, which is not a form of this app.</source>
        <translation>Le formulaire {name!r} dépend de {parent!r}, qui n&apos;est pas un formulaire de cette application.</translation>
    </message>
    <message>
        <source>Forms depend on each other in a circle: {cycle}.</source>
        <translation>Des formulaires dépendent les uns des autres en boucle : {cycle}.</translation>
    </message>
    <message>
        <source>Lock after idle: enter {low} to {high} minutes ({value} is out of range).</source>
        <translation>Verrouiller après inactivité : saisissez de {low} à {high} minutes ({value} est hors limites).</translation>
    </message>
    <message>
        <source>No profile in {path}. Create one with `datacollect-desktop init`.</source>
        <translation>Aucun profil dans {path}. Créez-en un avec `datacollect-desktop init`.</translation>
    </message>
    <message>
        <source>Nothing to do for this one: it follows an earlier change of the same record that the server refused, and is sent as soon as that one is accepted.</source>
        <translation>Rien à faire pour celle-ci : elle suit une modification antérieure du même dossier que le serveur a refusée, et sera envoyée dès que celle-ci sera acceptée.</translation>
    </message>
    <message>
        <source>Pick a value for at least one field.</source>
        <translation>Choisissez une valeur pour au moins un champ.</translation>
    </message>
    <message>
        <source>Say why this record is deleted; the reason is kept in its history.</source>
        <translation>Indiquez pourquoi cette fiche est supprimée ; le motif est conservé dans son historique.</translation>
    </message>
    <message>
        <source>Sign in again: the sync server needs the password of {email}.</source>
        <translation>Reconnectez-vous : le serveur de synchronisation demande le mot de passe de {email}.</translation>
    </message>
    <message>
        <source>Sync every: enter {low} to {high} minutes ({value} is out of range).</source>
        <translation>Synchroniser toutes les : saisissez de {low} à {high} minutes ({value} est hors limites).</translation>
    </message>
    <message>
        <source>Sync is not set up.</source>
        <translation>La synchronisation n&apos;est pas configurée.</translation>
    </message>
    <message>
        <source>Sync was cancelled; what was sent and received so far is kept.</source>
        <translation>La synchronisation a été annulée ; ce qui a déjà été envoyé et reçu est conservé.</translation>
    </message>
    <message>
        <source>Sync went wrong; the details are in the log. It will try again later.</source>
        <translation>La synchronisation a échoué ; les détails sont dans le journal. Elle réessaiera plus tard.</translation>
    </message>
    <message>
        <source>Synced: {sent} sent, {received} received, {conflicts}.</source>
        <translation>Synchronisé — envoyés : {sent}, reçus : {received}, {conflicts}.</translation>
    </message>
    <message>
        <source>Synced: {sent} sent, {received} received, {refused} refused by the server, {conflicts}.</source>
        <translation>Synchronisé — envoyés : {sent}, reçus : {received}, refusés par le serveur : {refused}, {conflicts}.</translation>
    </message>
    <message>
        <source>Synced: {sent} sent, {received} received, {refused} refused by the server.</source>
        <translation>Synchronisé — envoyés : {sent}, reçus : {received}, refusés par le serveur : {refused}.</translation>
    </message>
    <message>
        <source>Synced: {sent} sent, {received} received.</source>
        <translation>Synchronisé — envoyés : {sent}, reçus : {received}.</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Synchronisation…</translation>
    </message>
    <message>
        <source>Tell your supervisor the reason. The change is kept on this laptop and sent again on its own when the app or the app config is updated.</source>
        <translation>Indiquez le motif à votre superviseur. La modification est conservée sur cet ordinateur et renvoyée d&apos;elle-même quand l&apos;application ou la configuration d&apos;application est mise à jour.</translation>
    </message>
    <message>
        <source>That record no longer exists; the list is refreshed.</source>
        <translation>Cette fiche n&apos;existe plus ; la liste est actualisée.</translation>
    </message>
    <message>
        <source>The XLSForm {path} cannot be read: {reason}</source>
        <translation>Le XLSForm {path} ne peut pas être lu : {reason}</translation>
    </message>
    <message>
        <source>The address answered, but not as a DataCollect sync server: {reason}</source>
        <translation>L&apos;adresse a répondu, mais pas comme un serveur de synchronisation DataCollect : {reason}</translation>
    </message>
    <message>
        <source>The app config already has a form {name!r}; choose another name.</source>
        <translation>La configuration d&apos;application a déjà un formulaire {name!r} ; choisissez un autre nom.</translation>
    </message>
    <message>
        <source>The app config has no form {form!r} for {type}.</source>
        <translation>La configuration de l&apos;application n&apos;a pas de formulaire {form!r} pour {type}.</translation>
    </message>
    <message>
        <source>The app config has no form {form}; its forms are {forms}.</source>
        <translation>La configuration de l&apos;application n&apos;a pas de formulaire {form} ; ses formulaires sont {forms}.</translation>
    </message>
    <message>
        <source>The app config has no form {name!r}; its forms are: {names}.</source>
        <translation>La configuration n&apos;a pas de formulaire {name!r} ; ses formulaires sont : {names}.</translation>
    </message>
    <message>
        <source>The bundle contents are damaged ({reason}).</source>
        <translation>Le contenu du paquet est endommagé ({reason}).</translation>
    </message>
    <message>
        <source>The bundle header is damaged (attachments).</source>
        <translation>L&apos;en-tête du paquet est endommagé (pièces jointes).</translation>
    </message>
    <message>
        <source>The bundle header is damaged ({reason}).</source>
        <translation>L&apos;en-tête du paquet est endommagé ({reason}).</translation>
    </message>
    <message>
        <source>The bundle holds an invalid event ({reason}).</source>
        <translation>Le paquet contient un événement invalide ({reason}).</translation>
    </message>
    <message>
        <source>The bundle passphrase is wrong; nothing was imported.</source>
        <translation>La phrase secrète du paquet est fausse ; rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>The bundle&apos;s attachments are damaged; nothing was imported.</source>
        <translation>Les pièces jointes du paquet sont endommagées ; rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>The bundle&apos;s events do not match its signed tree root; nothing was imported.</source>
        <translation>Les événements du paquet ne correspondent pas à sa racine d&apos;arbre signée ; rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>The bundle&apos;s file {digest} does not match its digest; nothing was imported.</source>
        <translation>Le fichier {digest} du paquet ne correspond pas à son empreinte ; rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>The change is too large for the server. Tell your supervisor; it is kept on this laptop.</source>
        <translation>La modification est trop volumineuse pour le serveur. Prévenez votre superviseur ; elle est conservée sur cet ordinateur.</translation>
    </message>
    <message>
        <source>The change was kept in the history but could not be applied: {reason}. It is listed under Needs attention.</source>
        <translation>La modification a été conservée dans l&apos;historique mais n&apos;a pas pu être appliquée : {reason}. Elle figure dans « À vérifier ».</translation>
    </message>
    <message>
        <source>The connection to the sync server broke off ({reason}). Sync will try again on its own; nothing was lost.</source>
        <translation>La connexion au serveur de synchronisation a été coupée ({reason}). La synchronisation réessaiera d&apos;elle-même ; rien n&apos;a été perdu.</translation>
    </message>
    <message>
        <source>The decision was kept in the history but could not be applied: {reason}.</source>
        <translation>La décision a été conservée dans l&apos;historique mais n&apos;a pas pu être appliquée : {reason}.</translation>
    </message>
    <message>
        <source>The decision was not saved: {reason}</source>
        <translation>La décision n&apos;a pas été enregistrée : {reason}</translation>
    </message>
    <message>
        <source>The disk is full, or failing: the profile could not be written. Nothing was lost: what was saved before is intact. Free some space and try again.</source>
        <translation>Le disque est plein ou défaillant : le profil n&apos;a pas pu être écrit. Rien n&apos;a été perdu : ce qui était enregistré avant est intact. Libérez de l&apos;espace et réessayez.</translation>
    </message>
    <message>
        <source>The disk is full. Nothing was lost: what was saved before is intact. Free some space and try again.</source>
        <translation>Le disque est plein. Rien n&apos;a été perdu : ce qui était enregistré est intact. Libérez de l&apos;espace et réessayez.</translation>
    </message>
    <message>
        <source>The export format is csv or xlsx, not {format}.</source>
        <translation>Le format d&apos;export est csv ou xlsx, pas {format}.</translation>
    </message>
    <message>
        <source>The file {digest} is not on this laptop yet; sync to download it.</source>
        <translation>Le fichier {digest} n&apos;est pas encore sur cet ordinateur ; synchronisez pour le télécharger.</translation>
    </message>
    <message>
        <source>The file {name} is cut short (incomplete {kind}); copy it again. Nothing was stored.</source>
        <translation>Le fichier {name} est tronqué ({kind} incomplet) ; copiez-le à nouveau. Rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>The file {name} is empty; nothing was stored.</source>
        <translation>Le fichier {name} est vide ; rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>The file {name} is not of a type this app keeps (JPEG, PNG, GIF or WebP photos, PDF documents). Nothing was stored.</source>
        <translation>Le fichier {name} n&apos;est pas d&apos;un type que cette application conserve (photos JPEG, PNG, GIF ou WebP, documents PDF). Rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>The file {name} is said to be {said} but its content is {kind}. Nothing was stored.</source>
        <translation>Le fichier {name} est annoncé comme {said} mais son contenu est {kind}. Rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>The file {name} is {size}; the limit per file is {limit}. Nothing was stored.</source>
        <translation>Le fichier {name} fait {size} ; la limite par fichier est de {limit}. Rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>The file&apos;s bytes do not match their digest {digest}; nothing was stored.</source>
        <translation>Les octets du fichier ne correspondent pas à leur empreinte {digest} ; rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation>Le dossier {folder} n&apos;existe pas.</translation>
    </message>
    <message>
        <source>The key file of an unfinished profile (no database beside it) was set aside as {path}.</source>
        <translation>Le fichier de clés d&apos;un profil inachevé (sans base de données à côté) a été mis de côté sous le nom {path}.</translation>
    </message>
    <message>
        <source>The key file {path} asks for a key derivation far costlier than this app ever writes ({memory} KiB, {iterations} passes, {lanes} lanes); it was not used. It is damaged or was not made by DataCollect Desktop.</source>
        <translation>Le fichier de clés {path} demande une dérivation de clé bien plus coûteuse que tout ce que cette application écrit ({memory} Kio, {iterations} passes, {lanes} voies) ; il n&apos;a pas été utilisé. Il est endommagé ou n&apos;a pas été créé par DataCollect Desktop.</translation>
    </message>
    <message>
        <source>The key file {path} is damaged ({reason}).</source>
        <translation>Le fichier de clés {path} est endommagé ({reason}).</translation>
    </message>
    <message>
        <source>The key file {path} is missing.</source>
        <translation>Le fichier de clés {path} est introuvable.</translation>
    </message>
    <message>
        <source>The last saved change was lost from this laptop: the profile&apos;s files were damaged (a power cut or a disk fault). If it had reached the sync server, it comes back at the next sync.</source>
        <translation>La dernière modification enregistrée a été perdue sur cet ordinateur : les fichiers du profil ont été endommagés (coupure de courant ou panne de disque). Si elle était parvenue au serveur de synchronisation, elle revient à la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>The last {count} saved changes were lost from this laptop: the profile&apos;s files were damaged (a power cut or a disk fault). Those already on the sync server come back at the next sync; the others cannot be recovered here.</source>
        <translation>Les {count} dernières modifications enregistrées ont été perdues sur cet ordinateur : les fichiers du profil ont été endommagés (coupure de courant ou panne de disque). Celles qui étaient déjà sur le serveur de synchronisation reviennent à la prochaine synchronisation ; les autres ne peuvent pas être récupérées ici.</translation>
    </message>
    <message>
        <source>The passphrase is not right for this profile. Nothing was changed; check the keyboard layout and Caps Lock, or unlock with the recovery key.</source>
        <translation>La phrase secrète ne correspond pas à ce profil. Rien n&apos;a été modifié ; vérifiez la disposition du clavier et le verrouillage des majuscules, ou déverrouillez avec la clé de récupération.</translation>
    </message>
    <message>
        <source>The passphrase must be at least {count} characters long.</source>
        <translation>La phrase secrète doit compter au moins {count} caractères.</translation>
    </message>
    <message>
        <source>The profile database ({path}) is damaged or is not a DataCollect database; it was not read. Restore it from a backup or an export.</source>
        <translation>La base de données du profil ({path}) est endommagée ou n&apos;est pas une base DataCollect ; elle n&apos;a pas été lue. Restaurez-la depuis une sauvegarde ou un export.</translation>
    </message>
    <message>
        <source>The profile database is damaged ({problems}). Nothing was changed; restore it from a backup or an export.</source>
        <translation>La base de données du profil est endommagée ({problems}). Rien n&apos;a été modifié ; restaurez-la depuis une sauvegarde ou un export.</translation>
    </message>
    <message>
        <source>The profile database is damaged or is not a DataCollect database; it was not read. Restore it from a backup or an export.</source>
        <translation>La base de données du profil est endommagée ou n&apos;est pas une base DataCollect ; elle n&apos;a pas été lue. Restaurez-la depuis une sauvegarde ou un export.</translation>
    </message>
    <message>
        <source>The profile database {path} is missing. If this profile was never finished, `datacollect-desktop init` makes it again (the key file is set aside).</source>
        <translation>La base de données du profil {path} est introuvable. Si ce profil n&apos;a jamais été terminé, `datacollect-desktop init` le crée de nouveau (le fichier de clés est mis de côté).</translation>
    </message>
    <message>
        <source>The profile is busy in another window or process; try again.</source>
        <translation>Le profil est occupé dans une autre fenêtre ou un autre processus ; réessayez.</translation>
    </message>
    <message>
        <source>The profile&apos;s database ({path}) is damaged: it is empty or cut short and holds none of this profile&apos;s records. It was not read or changed. Keep it as it is and restore the profile from a backup or an export.</source>
        <translation>La base de données du profil ({path}) est endommagée : elle est vide ou tronquée et ne contient aucune fiche de ce profil. Elle n&apos;a été ni lue ni modifiée. Gardez-la en l&apos;état et restaurez le profil depuis une sauvegarde ou un export.</translation>
    </message>
    <message>
        <source>The record this change is for is not on this laptop; the change is kept but not applied.</source>
        <translation>La fiche visée par cette modification n&apos;est pas sur cet ordinateur ; la modification est conservée mais non appliquée.</translation>
    </message>
    <message>
        <source>The record this draft was editing no longer exists.</source>
        <translation>La fiche que ce brouillon modifiait n&apos;existe plus.</translation>
    </message>
    <message>
        <source>The record was not saved: {reason}</source>
        <translation>La fiche n&apos;a pas été enregistrée : {reason}</translation>
    </message>
    <message>
        <source>The records are being rebuilt; try again when that has finished.</source>
        <translation>Les fiches sont en cours de reconstruction ; réessayez quand ce sera terminé.</translation>
    </message>
    <message>
        <source>The recovery key cannot be saved as {path}: {reason}.</source>
        <translation>La clé de récupération ne peut pas être enregistrée sous {path} : {reason}.</translation>
    </message>
    <message>
        <source>The recovery key cannot be saved in the profile&apos;s own folder: whoever takes the laptop would have both. Choose a USB stick or another place you keep apart from it.</source>
        <translation>La clé de récupération ne peut pas être enregistrée dans le dossier du profil : qui prendrait l&apos;ordinateur aurait les deux. Choisissez une clé USB ou un autre endroit que vous gardez à l&apos;écart de l&apos;ordinateur.</translation>
    </message>
    <message>
        <source>The recovery key cannot be saved in {folder}: {reason}.</source>
        <translation>La clé de récupération ne peut pas être enregistrée dans {folder} : {reason}.</translation>
    </message>
    <message>
        <source>The saved changes on this laptop no longer match what it recorded after its last save ({recorded} changes): some were lost or altered when its files were damaged. Compare them with the sync server or a backup.</source>
        <translation>Les modifications enregistrées sur cet ordinateur ne correspondent plus à ce qu&apos;il avait noté après son dernier enregistrement ({recorded} modifications) : certaines ont été perdues ou altérées quand ses fichiers ont été endommagés. Comparez-les avec le serveur de synchronisation ou une sauvegarde.</translation>
    </message>
    <message>
        <source>The server address must start with http:// or https://.</source>
        <translation>L&apos;adresse du serveur doit commencer par http:// ou https://.</translation>
    </message>
    <message>
        <source>The server answered and the account signed in, but: {hint}</source>
        <translation>Le serveur a répondu et le compte s&apos;est connecté, mais : {hint}</translation>
    </message>
    <message>
        <source>The server answered with an error ({status}); try again later.</source>
        <translation>Le serveur a répondu par une erreur ({status}) ; réessayez plus tard.</translation>
    </message>
    <message>
        <source>The server answered, but it did not accept the account {account} with this password.</source>
        <translation>Le serveur a répondu, mais il n&apos;a pas accepté le compte {account} avec ce mot de passe.</translation>
    </message>
    <message>
        <source>The server asked to sign in again.</source>
        <translation>Le serveur demande de se reconnecter.</translation>
    </message>
    <message>
        <source>The server cannot be reached: {reason}</source>
        <translation>Impossible de joindre le serveur : {reason}</translation>
    </message>
    <message>
        <source>The server did not accept this e-mail and password.</source>
        <translation>Le serveur n&apos;a pas accepté cette adresse e-mail et ce mot de passe.</translation>
    </message>
    <message>
        <source>The server does not have a photo or file this change refers to, and this laptop does not hold it either, so it could not be sent. Tell your supervisor; the change is kept on this laptop.</source>
        <translation>Le serveur n&apos;a pas une photo ou un fichier auquel cette modification renvoie, et cet ordinateur ne l&apos;a pas non plus : elle n&apos;a donc pas pu être envoyée. Prévenez votre superviseur ; la modification est gardée sur cet ordinateur.</translation>
    </message>
    <message>
        <source>The server has no app config {config_id!r} for this account.</source>
        <translation>Le serveur n&apos;a pas de configuration d&apos;application {config_id!r} pour ce compte.</translation>
    </message>
    <message>
        <source>The server holds another change under this change&apos;s id. Tell your supervisor; this change is kept on this laptop.</source>
        <translation>Le serveur détient une autre modification sous l&apos;identifiant de celle-ci. Prévenez votre superviseur ; cette modification est conservée sur cet ordinateur.</translation>
    </message>
    <message>
        <source>The server sent two different events under {guid}.</source>
        <translation>Le serveur a envoyé deux événements différents sous {guid}.</translation>
    </message>
    <message>
        <source>The server was not asked: enter the e-mail of your account first.</source>
        <translation>Le serveur n&apos;a pas été interrogé : saisissez d&apos;abord l&apos;adresse e-mail de votre compte.</translation>
    </message>
    <message>
        <source>The server&apos;s answer was not JSON; is this a DataCollect server?</source>
        <translation>La réponse du serveur n&apos;était pas du JSON ; est-ce bien un serveur DataCollect ?</translation>
    </message>
    <message>
        <source>The server&apos;s app config has no form for this record. Tell your supervisor; the change is kept here and sent again on its own when the app or the app config is updated.</source>
        <translation>La configuration du serveur n&apos;a pas de formulaire pour ce dossier. Prévenez votre superviseur ; la modification est gardée ici et renvoyée d&apos;elle-même quand l&apos;application ou sa configuration est mise à jour.</translation>
    </message>
    <message>
        <source>The server&apos;s forms ask for something this laptop&apos;s forms do not. Tell your supervisor the reason; the change is kept here and sent again on its own when the app or the app config is updated.</source>
        <translation>Les formulaires du serveur demandent quelque chose que ceux de cet ordinateur ne demandent pas. Indiquez le motif à votre superviseur ; la modification est conservée ici et renvoyée d&apos;elle-même quand l&apos;application ou la configuration d&apos;application est mise à jour.</translation>
    </message>
    <message>
        <source>The server&apos;s sign-in answer had no token; is this a DataCollect server?</source>
        <translation>La réponse de connexion du serveur ne contenait pas de jeton ; est-ce bien un serveur DataCollect ?</translation>
    </message>
    <message>
        <source>The stored file {digest} is damaged: its bytes no longer match its digest. Run `datacollect-desktop verify`.</source>
        <translation>Le fichier enregistré {digest} est endommagé : ses octets ne correspondent plus à son empreinte. Lancez `datacollect-desktop verify`.</translation>
    </message>
    <message>
        <source>The sync server answered with an error ({status}). Sync will try again later.</source>
        <translation>Le serveur de synchronisation a répondu par une erreur ({status}). La synchronisation réessaiera plus tard.</translation>
    </message>
    <message>
        <source>The sync server answered with an error ({status}: {reason}). Sync will try again later.</source>
        <translation>Le serveur de synchronisation a répondu par une erreur ({status} : {reason}). La synchronisation réessaiera plus tard.</translation>
    </message>
    <message>
        <source>The sync server at {url} did not answer in time. Sync will try again on its own; nothing was lost.</source>
        <translation>Le serveur de synchronisation à {url} n&apos;a pas répondu à temps. La synchronisation réessaiera d&apos;elle-même ; rien n&apos;a été perdu.</translation>
    </message>
    <message>
        <source>The sync server cannot serve right now (it is overloaded or its database is out of reach). Sync will try again on its own; nothing was lost.</source>
        <translation>Le serveur de synchronisation ne peut pas répondre pour l&apos;instant (il est surchargé ou sa base de données est inaccessible). La synchronisation réessaiera d&apos;elle-même ; rien n&apos;a été perdu.</translation>
    </message>
    <message>
        <source>The sync server did not keep a chunk of the attachment {digest}; sync will try again.</source>
        <translation>Le serveur de synchronisation n&apos;a pas gardé une partie de la pièce jointe {digest} ; la synchronisation réessaiera.</translation>
    </message>
    <message>
        <source>The sync server does not hold events it acknowledged.</source>
        <translation>Le serveur de synchronisation ne détient pas des événements dont il a accusé réception.</translation>
    </message>
    <message>
        <source>The sync server does not hold the attachment {digest} yet.</source>
        <translation>Le serveur de synchronisation n&apos;a pas encore la pièce jointe {digest}.</translation>
    </message>
    <message>
        <source>The sync server failed an integrity check: {problem}. Sync stopped; everything on this device is kept. Tell your supervisor.</source>
        <translation>Le serveur de synchronisation a échoué à un contrôle d&apos;intégrité : {problem}. La synchronisation est arrêtée ; tout est conservé sur cet appareil. Prévenez votre superviseur.</translation>
    </message>
    <message>
        <source>The sync server has no app {config_id!r}.</source>
        <translation>Le serveur de synchronisation n&apos;a pas d&apos;application {config_id!r}.</translation>
    </message>
    <message>
        <source>The sync server holds different content for event {guid} than this device: its log was changed.</source>
        <translation>Le serveur de synchronisation détient pour l&apos;événement {guid} un contenu différent de celui de cet appareil : son journal a été modifié.</translation>
    </message>
    <message>
        <source>The sync server is busy (too many requests); sync will try again later.</source>
        <translation>Le serveur de synchronisation est occupé (trop de requêtes) ; la synchronisation réessaiera plus tard.</translation>
    </message>
    <message>
        <source>The sync server refused the attachment {digest}: {reason}</source>
        <translation>Le serveur de synchronisation a refusé la pièce jointe {digest} : {reason}</translation>
    </message>
    <message>
        <source>The sync server refused the email {email} with this password. Check both in the settings.</source>
        <translation>Le serveur de synchronisation a refusé l&apos;adresse {email} avec ce mot de passe. Vérifiez les deux dans les paramètres.</translation>
    </message>
    <message>
        <source>The sync server sent a proof that cannot be read.</source>
        <translation>Le serveur de synchronisation a envoyé une preuve illisible.</translation>
    </message>
    <message>
        <source>The sync server sent an answer that cannot be used ({what}). It will be tried again later.</source>
        <translation>Le serveur de synchronisation a envoyé une réponse inutilisable ({what}). Une nouvelle tentative aura lieu plus tard.</translation>
    </message>
    <message>
        <source>The sync server sent an answer that is not readable JSON (it may have been cut off). Sync will try again on its own; nothing was lost.</source>
        <translation>Le serveur de synchronisation a envoyé une réponse qui n&apos;est pas du JSON lisible (elle a peut-être été coupée). La synchronisation réessaiera d&apos;elle-même ; rien n&apos;a été perdu.</translation>
    </message>
    <message>
        <source>The sync server sent an attachment whose bytes do not match its digest {digest}; nothing of it was kept. Sync will try again.</source>
        <translation>Le serveur de synchronisation a envoyé une pièce jointe dont le contenu ne correspond pas à son empreinte {digest} ; rien n&apos;en a été gardé. La synchronisation réessaiera.</translation>
    </message>
    <message>
        <source>The sync server sent nothing: {reason}</source>
        <translation>Le serveur de synchronisation n&apos;a rien envoyé : {reason}</translation>
    </message>
    <message>
        <source>The sync server&apos;s answer was damaged on the way (it does not match its checksum) and was not used. Sync will try again on its own; nothing was lost.</source>
        <translation>La réponse du serveur de synchronisation a été endommagée en chemin (elle ne correspond pas à sa somme de contrôle) et n&apos;a pas été utilisée. La synchronisation réessaiera d&apos;elle-même ; rien n&apos;a été perdu.</translation>
    </message>
    <message>
        <source>The sync server&apos;s log kept moving while proving events; sync will try again later.</source>
        <translation>Le journal du serveur de synchronisation a changé pendant la preuve des événements ; la synchronisation réessaiera plus tard.</translation>
    </message>
    <message>
        <source>The two passphrases differ. Type the same passphrase twice.</source>
        <translation>Les deux phrases secrètes diffèrent. Tapez deux fois la même phrase secrète.</translation>
    </message>
    <message>
        <source>The {form} data must be a set of named fields.</source>
        <translation>Les données {form} doivent être un ensemble de champs nommés.</translation>
    </message>
    <message>
        <source>This account is not assigned to any app config on the server; ask your supervisor to assign it to {config_id!r}.</source>
        <translation>Ce compte n&apos;est affecté à aucune configuration d&apos;application sur le serveur ; demandez à votre superviseur de l&apos;affecter à {config_id!r}.</translation>
    </message>
    <message>
        <source>This account is not assigned to the app config {config_id!r}. Choose one it may use: {ids}.</source>
        <translation>Ce compte n&apos;est pas affecté à la configuration d&apos;application {config_id!r}. Choisissez-en une qu&apos;il peut utiliser : {ids}.</translation>
    </message>
    <message>
        <source>This account may not sync this app: {reason}</source>
        <translation>Ce compte ne peut pas synchroniser cette application : {reason}</translation>
    </message>
    <message>
        <source>This app config has no form for the members of this record.</source>
        <translation>Cette configuration d&apos;application n&apos;a pas de formulaire pour les membres de cette fiche.</translation>
    </message>
    <message>
        <source>This app config has no form to start a registration with.</source>
        <translation>Cette configuration d&apos;application n&apos;a pas de formulaire pour commencer une inscription.</translation>
    </message>
    <message>
        <source>This change ({type}) was made with a newer or other app config; it is kept, and applied once this laptop has a config that declares it.</source>
        <translation>Cette modification ({type}) a été faite avec une configuration plus récente ou différente ; elle est conservée, et appliquée dès que cet ordinateur a une configuration qui la déclare.</translation>
    </message>
    <message>
        <source>This draft is for the form {form!r}, which the current app config does not have.</source>
        <translation>Ce brouillon concerne le formulaire {form!r}, absent de la configuration d&apos;application actuelle.</translation>
    </message>
    <message>
        <source>This profile has no device key.</source>
        <translation>Ce profil n&apos;a pas de clé d&apos;appareil.</translation>
    </message>
    <message>
        <source>This profile is open in another DataCollect window. Close that window first, or switch to it.</source>
        <translation>Ce profil est ouvert dans une autre fenêtre DataCollect. Fermez d&apos;abord cette fenêtre, ou passez-y.</translation>
    </message>
    <message>
        <source>This profile syncs with {url} (app {config_id}); it cannot also sync with {new_url} (app {new_config_id}). Use another profile for that server.</source>
        <translation>Ce profil se synchronise avec {url} (application {config_id}) ; il ne peut pas aussi se synchroniser avec {new_url} (application {new_config_id}). Utilisez un autre profil pour ce serveur.</translation>
    </message>
    <message>
        <source>This profile was created without a recovery key.</source>
        <translation>Ce profil a été créé sans clé de récupération.</translation>
    </message>
    <message>
        <source>This profile was written by a newer version of DataCollect Desktop (schema {version}, this app knows {known}). Update the app to open it.</source>
        <translation>Ce profil a été écrit par une version plus récente de DataCollect Desktop (schéma {version}, cette application connaît le {known}). Mettez l&apos;application à jour pour l&apos;ouvrir.</translation>
    </message>
    <message>
        <source>This record was made with a form this app config does not have, so it cannot be edited here.</source>
        <translation>Cette fiche a été faite avec un formulaire absent de cette configuration d&apos;application ; elle ne peut donc pas être modifiée ici.</translation>
    </message>
    <message>
        <source>Too many wrong passwords for {email}; try again in 1 minute. Check the password in the settings.</source>
        <translation>Trop de mots de passe erronés pour {email} ; réessayez dans 1 minute. Vérifiez le mot de passe dans les paramètres.</translation>
    </message>
    <message>
        <source>Too many wrong passwords for {email}; try again in {count} minutes. Check the password in the settings.</source>
        <translation>Trop de mots de passe erronés pour {email} ; réessayez dans {count} minutes. Vérifiez le mot de passe dans les paramètres.</translation>
    </message>
    <message>
        <source>Type your passphrase to unlock.</source>
        <translation>Tapez votre phrase secrète pour déverrouiller.</translation>
    </message>
    <message>
        <source>a household</source>
        <translation>un ménage</translation>
    </message>
    <message>
        <source>a person</source>
        <translation>une personne</translation>
    </message>
    <message>
        <source>a record</source>
        <translation>une fiche</translation>
    </message>
    <message>
        <source>a stored tree node does not match the events</source>
        <translation>un nœud de l&apos;arbre enregistré ne correspond pas aux événements</translation>
    </message>
    <message>
        <source>event {guid} is not in a tree of size {size}</source>
        <translation>l&apos;événement {guid} n&apos;est pas dans un arbre de taille {size}</translation>
    </message>
    <message>
        <source>eventTypes: type {type!r} is declared more than once.</source>
        <translation>eventTypes : le type {type!r} est déclaré plus d&apos;une fois.</translation>
    </message>
    <message>
        <source>events it sent or acknowledged are not in its signed log as they are on this device</source>
        <translation>des événements qu&apos;il a envoyés ou confirmés ne figurent pas dans son journal signé tels qu&apos;ils sont sur cet appareil</translation>
    </message>
    <message>
        <source>events {first} to {last} are missing</source>
        <translation>les événements {first} à {last} manquent</translation>
    </message>
    <message>
        <source>history no longer matches a recorded checkpoint: it was rewritten</source>
        <translation>l&apos;historique ne correspond plus à un point de contrôle enregistré : il a été réécrit</translation>
    </message>
    <message>
        <source>it acknowledged a push without saying what happened to each event</source>
        <translation>il a accusé réception d&apos;un envoi sans dire ce qu&apos;il est advenu de chaque événement</translation>
    </message>
    <message>
        <source>it no longer signs its log, although it did before</source>
        <translation>il ne signe plus son journal, alors qu&apos;il le faisait auparavant</translation>
    </message>
    <message>
        <source>it placed two different events at one position</source>
        <translation>il a placé deux événements différents à la même position</translation>
    </message>
    <message>
        <source>it sent an event that is not valid ({reason})</source>
        <translation>il a envoyé un événement invalide ({reason})</translation>
    </message>
    <message>
        <source>it sent no signed checkpoint</source>
        <translation>il n&apos;a envoyé aucun point de contrôle signé</translation>
    </message>
    <message>
        <source>its bytes no longer match its digest</source>
        <translation>ses octets ne correspondent plus à son empreinte</translation>
    </message>
    <message>
        <source>its checkpoint does not verify ({reason})</source>
        <translation>son point de contrôle ne se vérifie pas ({reason})</translation>
    </message>
    <message>
        <source>its checkpoint key is malformed</source>
        <translation>sa clé de point de contrôle est mal formée</translation>
    </message>
    <message>
        <source>its checkpoint key is not the one this device pinned on its first sync</source>
        <translation>sa clé de point de contrôle n&apos;est pas celle que cet appareil a retenue lors de sa première synchronisation</translation>
    </message>
    <message>
        <source>its checkpoint names another log</source>
        <translation>son point de contrôle désigne un autre journal</translation>
    </message>
    <message>
        <source>its checkpoint says one thing and its signed note another</source>
        <translation>son point de contrôle dit une chose et sa note signée une autre</translation>
    </message>
    <message>
        <source>its log of {after} events does not extend the {before} events seen before: history was rewritten</source>
        <translation>son journal de {after} événements ne prolonge pas les {before} événements vus auparavant : l&apos;historique a été réécrit</translation>
    </message>
    <message>
        <source>its log shrank from {before} to {after} events</source>
        <translation>son journal a rétréci de {before} à {after} événements</translation>
    </message>
    <message>
        <source>its log was rewritten: same size, another root</source>
        <translation>son journal a été réécrit : même taille, autre racine</translation>
    </message>
    <message>
        <source>its pull does not follow the order of its log</source>
        <translation>sa réception ne suit pas l&apos;ordre de son journal</translation>
    </message>
    <message>
        <source>its push results do not match the events pushed</source>
        <translation>les résultats de son envoi ne correspondent pas aux événements envoyés</translation>
    </message>
    <message>
        <source>its size is not the one recorded</source>
        <translation>sa taille n&apos;est pas celle enregistrée</translation>
    </message>
    <message>
        <source>need 0 &lt; --from &lt;= --to &lt;= {size} (the tree size)</source>
        <translation>il faut 0 &lt; --from &lt;= --to &lt;= {size} (la taille de l&apos;arbre)</translation>
    </message>
    <message>
        <source>no event number {seq} in this profile</source>
        <translation>aucun événement numéro {seq} dans ce profil</translation>
    </message>
    <message>
        <source>no event {guid} in this profile</source>
        <translation>aucun événement {guid} dans ce profil</translation>
    </message>
    <message>
        <source>the event has no leaf in the tree</source>
        <translation>l&apos;événement n&apos;a pas de feuille dans l&apos;arbre</translation>
    </message>
    <message>
        <source>the event&apos;s content does not match its leaf hash: it was altered</source>
        <translation>le contenu de l&apos;événement ne correspond pas à l&apos;empreinte de sa feuille : il a été altéré</translation>
    </message>
    <message>
        <source>the event&apos;s indexed columns disagree with its hashed content</source>
        <translation>les colonnes indexées de l&apos;événement contredisent son contenu haché</translation>
    </message>
    <message>
        <source>the log is shorter than a checkpoint it once had: events were removed</source>
        <translation>le journal est plus court qu&apos;un point de contrôle qu&apos;il a eu : des événements ont été retirés</translation>
    </message>
    <message>
        <source>the stored event is not readable</source>
        <translation>l&apos;événement enregistré est illisible</translation>
    </message>
    <message>
        <source>the stored file {digest} is damaged: {problem}</source>
        <translation>le fichier enregistré {digest} est endommagé : {problem}</translation>
    </message>
    <message>
        <source>this row is not a set of fields.</source>
        <translation>cette ligne n&apos;est pas un ensemble de champs.</translation>
    </message>
    <message>
        <source>{at} is not a UTC time such as 2024-05-01T08:30:00Z.</source>
        <translation>{at} n&apos;est pas une heure UTC comme 2024-05-01T08:30:00Z.</translation>
    </message>
    <message>
        <source>{choices}, and {count} more</source>
        <translation>{choices}, et {count} de plus</translation>
    </message>
    <message>
        <source>{count} attachments are not downloaded yet.</source>
        <translation>{count} pièces jointes ne sont pas encore téléchargées.</translation>
    </message>
    <message>
        <source>{count} attachments of the records here are not downloaded yet.</source>
        <translation>{count} pièces jointes des fiches affichées ne sont pas encore téléchargées.</translation>
    </message>
    <message>
        <source>{count} attachments stay on this laptop only: this server does not keep attachments.</source>
        <translation>{count} pièces jointes restent sur cet ordinateur seulement : ce serveur ne garde pas les pièces jointes.</translation>
    </message>
    <message>
        <source>{count} attachments were not sent and stay on this laptop only: this server does not keep attachments (the events were sent with their references).</source>
        <translation>{count} pièces jointes n&apos;ont pas été envoyées et restent sur cet ordinateur seulement : ce serveur ne garde pas les pièces jointes (les événements ont été envoyés avec leurs références).</translation>
    </message>
    <message>
        <source>{count} conflicts to review</source>
        <translation>{count} conflits à examiner</translation>
    </message>
    <message>
        <source>{count} tree nodes are missing</source>
        <translation>{count} nœuds de l&apos;arbre manquent</translation>
    </message>
    <message>
        <source>{digest!r} is not an attachment digest (sha256:&lt;64 hex digits&gt;).</source>
        <translation>{digest!r} n&apos;est pas une empreinte de pièce jointe (sha256:&lt;64 chiffres hexadécimaux&gt;).</translation>
    </message>
    <message>
        <source>{grid}, row {row}: {problem}</source>
        <translation>{grid}, ligne {row} : {problem}</translation>
    </message>
    <message>
        <source>{label} does not match the expected format.</source>
        <translation>{label} ne respecte pas le format attendu.</translation>
    </message>
    <message>
        <source>{label} has a choice that is not on the list: {choice!r}.</source>
        <translation>{label} contient un choix absent de la liste : {choice!r}.</translation>
    </message>
    <message>
        <source>{label} holds something that is not a stored file.</source>
        <translation>{label} contient quelque chose qui n&apos;est pas un fichier enregistré.</translation>
    </message>
    <message>
        <source>{label} is in the future. Check it; you can still save.</source>
        <translation>{label} est dans le futur. Vérifiez-la ; vous pouvez quand même enregistrer.</translation>
    </message>
    <message>
        <source>{label} is not a valid e-mail address.</source>
        <translation>{label} n&apos;est pas une adresse e-mail valide.</translation>
    </message>
    <message>
        <source>{label} is not valid.</source>
        <translation>{label} n&apos;est pas valide.</translation>
    </message>
    <message>
        <source>{label} is required.</source>
        <translation>{label} est obligatoire.</translation>
    </message>
    <message>
        <source>{label} makes this person {age} years old. Check it; you can still save.</source>
        <translation>Avec {label}, cette personne aurait {age} ans. Vérifiez ; vous pouvez quand même enregistrer.</translation>
    </message>
    <message>
        <source>{label} must be a date and time, such as 2024-03-31T14:30:00Z.</source>
        <translation>{label} doit être une date et une heure, par exemple 2024-03-31T14:30:00Z.</translation>
    </message>
    <message>
        <source>{label} must be a date written as DD/MM/YYYY.</source>
        <translation>{label} doit être une date écrite JJ/MM/AAAA.</translation>
    </message>
    <message>
        <source>{label} must be a date written as MM/DD/YYYY.</source>
        <translation>{label} doit être une date écrite MM/JJ/AAAA.</translation>
    </message>
    <message>
        <source>{label} must be a date written as YYYY-MM-DD, such as 2024-03-31.</source>
        <translation>{label} doit être une date écrite AAAA-MM-JJ, par exemple 2024-03-31.</translation>
    </message>
    <message>
        <source>{label} must be a list of choices.</source>
        <translation>{label} doit être une liste de choix.</translation>
    </message>
    <message>
        <source>{label} must be a list of files.</source>
        <translation>{label} doit être une liste de fichiers.</translation>
    </message>
    <message>
        <source>{label} must be a list of rows.</source>
        <translation>{label} doit être une liste de lignes.</translation>
    </message>
    <message>
        <source>{label} must be a number.</source>
        <translation>{label} doit être un nombre.</translation>
    </message>
    <message>
        <source>{label} must be a place: a latitude and a longitude.</source>
        <translation>{label} doit être un lieu : une latitude et une longitude.</translation>
    </message>
    <message>
        <source>{label} must be a set of ticked and unticked choices.</source>
        <translation>{label} doit être un ensemble de choix cochés et non cochés.</translation>
    </message>
    <message>
        <source>{label} must be a signature drawn on this laptop.</source>
        <translation>{label} doit être une signature tracée sur cet ordinateur.</translation>
    </message>
    <message>
        <source>{label} must be at least 1 character long.</source>
        <translation>{label} doit compter au moins 1 caractère.</translation>
    </message>
    <message>
        <source>{label} must be at least {count} characters long.</source>
        <translation>{label} doit compter au moins {count} caractères.</translation>
    </message>
    <message>
        <source>{label} must be at least {limit}.</source>
        <translation>{label} doit être au moins {limit}.</translation>
    </message>
    <message>
        <source>{label} must be at most 1 character long.</source>
        <translation>{label} doit compter au plus 1 caractère.</translation>
    </message>
    <message>
        <source>{label} must be at most {count} characters long.</source>
        <translation>{label} doit compter au plus {count} caractères.</translation>
    </message>
    <message>
        <source>{label} must be at most {limit}.</source>
        <translation>{label} doit être au plus {limit}.</translation>
    </message>
    <message>
        <source>{label} must be one of: {choices}.</source>
        <translation>{label} doit être l&apos;un des choix suivants : {choices}.</translation>
    </message>
    <message>
        <source>{label} must be text.</source>
        <translation>{label} doit être du texte.</translation>
    </message>
    <message>
        <source>{label} must be ticked (true) or not ticked (false).</source>
        <translation>{label} doit être coché (true) ou non coché (false).</translation>
    </message>
    <message>
        <source>{label} must be ticked.</source>
        <translation>{label} doit être coché.</translation>
    </message>
    <message>
        <source>{label} must have at least 1 row.</source>
        <translation>{label} doit avoir au moins 1 ligne.</translation>
    </message>
    <message>
        <source>{label} must have at least {count} rows.</source>
        <translation>{label} doit avoir au moins {count} lignes.</translation>
    </message>
    <message>
        <source>{label} must have at most 1 row.</source>
        <translation>{label} doit avoir au plus 1 ligne.</translation>
    </message>
    <message>
        <source>{label} must have at most {count} rows.</source>
        <translation>{label} doit avoir au plus {count} lignes.</translation>
    </message>
    <message>
        <source>{label} takes one file.</source>
        <translation>{label} accepte un seul fichier.</translation>
    </message>
    <message>
        <source>{label}: each choice must be ticked (true) or not ticked (false).</source>
        <translation>{label} : chaque choix doit être coché (true) ou non coché (false).</translation>
    </message>
    <message>
        <source>{label}: the accuracy must be a number of metres, 0 or more.</source>
        <translation>{label} : la précision doit être un nombre de mètres, 0 ou plus.</translation>
    </message>
    <message>
        <source>{label}: the latitude must be a number from -90 to 90.</source>
        <translation>{label} : la latitude doit être un nombre de -90 à 90.</translation>
    </message>
    <message>
        <source>{label}: the longitude must be a number from -180 to 180.</source>
        <translation>{label} : la longitude doit être un nombre de -180 à 180.</translation>
    </message>
    <message>
        <source>{label}: this choice does not fit the other answers.</source>
        <translation>{label} : ce choix ne correspond pas aux autres réponses.</translation>
    </message>
    <message>
        <source>{label}: {name} is not a file of an accepted type ({pattern}).</source>
        <translation>{label} : {name} n&apos;est pas un fichier d&apos;un type accepté ({pattern}).</translation>
    </message>
    <message>
        <source>{label}: {name} is {size}; files here may be at most {limit}.</source>
        <translation>{label} : {name} fait {size} ; les fichiers ici ne peuvent dépasser {limit}.</translation>
    </message>
    <message>
        <source>{member} is not a member of {group}; the change is kept but not applied.</source>
        <translation>{member} n&apos;est pas membre de {group} ; la modification est conservée mais non appliquée.</translation>
    </message>
    <message>
        <source>{path} fails its signature check: it was altered or damaged.</source>
        <translation>{path} échoue au contrôle de signature : il a été modifié ou endommagé.</translation>
    </message>
    <message>
        <source>{path} is damaged or truncated ({reason}).</source>
        <translation>{path} est endommagé ou tronqué ({reason}).</translation>
    </message>
    <message>
        <source>{path} is not a DataCollect bundle.</source>
        <translation>{path} n&apos;est pas un paquet DataCollect.</translation>
    </message>
    <message>
        <source>{path} is not a DataCollect key file.</source>
        <translation>{path} n&apos;est pas un fichier de clés DataCollect.</translation>
    </message>
    <message>
        <source>{path} is not a regular file, so not a bundle; nothing was imported.</source>
        <translation>{path} n&apos;est pas un fichier ordinaire, donc pas un paquet ; rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>{path} is not an XLSForm workbook (.xlsx or .xls).</source>
        <translation>{path} n&apos;est pas un classeur XLSForm (.xlsx ou .xls).</translation>
    </message>
    <message>
        <source>{path} is too large to be a bundle; nothing was imported.</source>
        <translation>{path} est trop volumineux pour être un paquet ; rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>{path} was written by a newer version of the app.</source>
        <translation>{path} a été écrit par une version plus récente de l&apos;application.</translation>
    </message>
    <message>
        <source>{problem} Sync stopped; everything on this device is kept. Tell your supervisor.</source>
        <translation>{problem} La synchronisation est arrêtée ; tout est conservé sur cet appareil. Prévenez votre superviseur.</translation>
    </message>
    <message>
        <source>{reason} (Choose an app config this account may use: in Settings, &quot;Test connection&quot; lists them.)</source>
        <translation>{reason} (Choisissez une configuration d&apos;application que ce compte peut utiliser : dans Paramètres, « Tester la connexion » les liste.)</translation>
    </message>
    <message>
        <source>{record} is {kind}, not {wanted}; the change is kept but not applied.</source>
        <translation>{record} est {kind}, pas {wanted} ; la modification est conservée mais non appliquée.</translation>
    </message>
    <message>
        <source>{record} was deleted on {when}; this change is kept in its history but not applied.</source>
        <translation>{record} a été supprimé le {when} ; cette modification est conservée dans son historique mais non appliquée.</translation>
    </message>
    <message>
        <source>{server} is a stock DataCollect server: it signs no checkpoints, so only this device&apos;s own log is proven. What the server holds cannot be checked against it.</source>
        <translation>{server} est un serveur DataCollect standard : il ne signe aucun point de contrôle, donc seul le journal de cet appareil est prouvé. Ce que détient le serveur ne peut pas être vérifié par rapport à lui.</translation>
    </message>
    <message>
        <source>{synced} {files}</source>
        <translation>{synced} {files}</translation>
    </message>
    <message>
        <source>{where} changes nothing: give &apos;sets&apos;, &apos;clears&apos; or &apos;appends&apos;.</source>
        <translation>{where} ne change rien : donnez &apos;sets&apos;, &apos;clears&apos; ou &apos;appends&apos;.</translation>
    </message>
    <message>
        <source>{where} has no &apos;formio&apos; object.</source>
        <translation>{where} n&apos;a pas d&apos;objet &apos;formio&apos;.</translation>
    </message>
    <message>
        <source>{where} has no &apos;name&apos;.</source>
        <translation>{where} n&apos;a pas de &apos;name&apos;.</translation>
    </message>
    <message>
        <source>{where} must be a list of names.</source>
        <translation>{where} doit être une liste de noms.</translation>
    </message>
    <message>
        <source>{where} must be an object of field: source.</source>
        <translation>{where} doit être un objet champ : source.</translation>
    </message>
    <message>
        <source>{where} must be an object.</source>
        <translation>{where} doit être un objet.</translation>
    </message>
    <message>
        <source>{where} needs a &apos;form&apos;: the name of one of entityForms, or a Form.io form object.</source>
        <translation>{where} a besoin d&apos;un &apos;form&apos; : le nom d&apos;un des entityForms, ou un formulaire Form.io.</translation>
    </message>
    <message>
        <source>{where}: &apos;appliesTo&apos; names {form!r}, which is not a form of this app.</source>
        <translation>{where} : &apos;appliesTo&apos; nomme {form!r}, qui n&apos;est pas un formulaire de cette application.</translation>
    </message>
    <message>
        <source>{where}: &apos;columns&apos; must be a list.</source>
        <translation>{where} : &apos;columns&apos; doit être une liste.</translation>
    </message>
    <message>
        <source>{where}: &apos;components&apos; must be a list.</source>
        <translation>{where} : &apos;components&apos; doit être une liste.</translation>
    </message>
    <message>
        <source>{where}: &apos;dependsOn&apos; must be the name of another form.</source>
        <translation>{where} : &apos;dependsOn&apos; doit être le nom d&apos;un autre formulaire.</translation>
    </message>
    <message>
        <source>{where}: &apos;form&apos; names {form!r}, which is not a form of this app.</source>
        <translation>{where} : &apos;form&apos; nomme {form!r}, qui n&apos;est pas un formulaire de cette application.</translation>
    </message>
    <message>
        <source>{where}: &apos;key&apos; must be text.</source>
        <translation>{where} : &apos;key&apos; doit être du texte.</translation>
    </message>
    <message>
        <source>{where}: &apos;title&apos; must be text.</source>
        <translation>{where} : &apos;title&apos; doit être un texte.</translation>
    </message>
    <message>
        <source>{where}: &apos;type&apos; must be a short lower-case name such as &apos;assign-case-worker&apos;.</source>
        <translation>{where} : &apos;type&apos; doit être un nom court en minuscules comme &apos;assign-case-worker&apos;.</translation>
    </message>
    <message>
        <source>{where}: &apos;validate&apos; must be an object.</source>
        <translation>{where} : &apos;validate&apos; doit être un objet.</translation>
    </message>
    <message>
        <source>{where}: &apos;{part}&apos; may not change {field!r}; the app keeps it.</source>
        <translation>{where} : &apos;{part}&apos; ne peut pas changer {field!r} ; l&apos;application le gère.</translation>
    </message>
    <message>
        <source>{where}: &apos;{part}&apos; names field {field!r}; a field is a letter or _ then letters, digits or _.</source>
        <translation>{where} : &apos;{part}&apos; nomme le champ {field!r} ; un champ est une lettre ou _ puis des lettres, chiffres ou _.</translation>
    </message>
    <message>
        <source>{where}: a column must be an object.</source>
        <translation>{where} : une colonne doit être un objet.</translation>
    </message>
    <message>
        <source>{where}: a component must be an object.</source>
        <translation>{where} : un composant doit être un objet.</translation>
    </message>
    <message>
        <source>{where}: a {kind} field needs a &apos;key&apos;.</source>
        <translation>{where} : un champ {kind} doit avoir une &apos;key&apos;.</translation>
    </message>
    <message>
        <source>{where}: an inline &apos;form&apos; needs a &apos;components&apos; list.</source>
        <translation>{where} : un &apos;form&apos; intégré a besoin d&apos;une liste &apos;components&apos;.</translation>
    </message>
    <message>
        <source>{where}: choice list {name!r} is not in the config&apos;s &apos;choiceLists&apos;.</source>
        <translation>{where} : la liste de choix {name!r} n&apos;est pas dans « choiceLists » de la configuration.</translation>
    </message>
    <message>
        <source>{where}: choice {number} must be an object.</source>
        <translation>{where} : le choix {number} doit être un objet.</translation>
    </message>
    <message>
        <source>{where}: choice {number} needs a text or number value.</source>
        <translation>{where} : le choix {number} doit avoir une valeur texte ou numérique.</translation>
    </message>
    <message>
        <source>{where}: components are nested more than {depth} deep.</source>
        <translation>{where} : les composants sont imbriqués sur plus de {depth} niveaux.</translation>
    </message>
    <message>
        <source>{where}: field {field!r} is in both &apos;{first}&apos; and &apos;{part}&apos;.</source>
        <translation>{where} : le champ {field!r} est à la fois dans &apos;{first}&apos; et dans &apos;{part}&apos;.</translation>
    </message>
    <message>
        <source>{where}: fileMaxSize must be a size such as &quot;5MB&quot;, not {value}.</source>
        <translation>{where} : fileMaxSize doit être une taille comme « 5MB », pas {value}.</translation>
    </message>
    <message>
        <source>{where}: the list of choices (&apos;values&apos;) must be a list.</source>
        <translation>{where} : la liste des choix (&apos;values&apos;) doit être une liste.</translation>
    </message>
    <message>
        <source>{where}: the source of {field!r} is {source!r}; give &apos;data&apos;, &apos;data.&lt;path&gt;&apos; or one of {envelope}.</source>
        <translation>{where} : la source de {field!r} est {source!r} ; donnez &apos;data&apos;, &apos;data.&lt;path&gt;&apos; ou l&apos;un de {envelope}.</translation>
    </message>
    <message>
        <source>{where}: unknown key {key!r}; the keys are {keys}.</source>
        <translation>{where} : clé inconnue {key!r} ; les clés sont {keys}.</translation>
    </message>
    <message>
        <source>{where}: validate.pattern must be text.</source>
        <translation>{where} : validate.pattern doit être du texte.</translation>
    </message>
    <message>
        <source>{where}: validate.pattern {pattern} is not a valid pattern ({reason}).</source>
        <translation>{where} : validate.pattern {pattern} n&apos;est pas un motif valide ({reason}).</translation>
    </message>
    <message>
        <source>{where}: validate.{name} must be a number, not {value}.</source>
        <translation>{where} : validate.{name} doit être un nombre, pas {value}.</translation>
    </message>
    <message>
        <source>{where}: validate.{name} must be a whole number of 0 or more.</source>
        <translation>{where} : validate.{name} doit être un nombre entier supérieur ou égal à 0.</translation>
    </message>
    <message>
        <source>{where}: {name!r} must be text.</source>
        <translation>{where} : {name!r} doit être du texte.</translation>
    </message>
    <message>
        <source>{where}: {type!r} is a built-in event type; choose another name.</source>
        <translation>{where} : {type!r} est un type d&apos;événement intégré ; choisissez un autre nom.</translation>
    </message>
</context>
<context>
    <name>NewPassphraseDialog</name>
    <message>
        <source>Choose a new passphrase</source>
        <translation>Choisissez une nouvelle phrase secrète</translation>
    </message>
    <message>
        <source>Set the passphrase and continue</source>
        <translation>Définir la phrase secrète et continuer</translation>
    </message>
    <message>
        <source>You opened the profile with its recovery key. Choose a new passphrase now: you will type it to unlock from now on. The recovery key keeps working.</source>
        <translation>Vous avez ouvert le profil avec sa clé de récupération. Choisissez maintenant une nouvelle phrase secrète : c&apos;est elle que vous taperez désormais pour déverrouiller. La clé de récupération reste valable.</translation>
    </message>
</context>
<context>
    <name>PastModel</name>
    <message>
        <source>(no name)</source>
        <translation>(sans nom)</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Formulaire</translation>
    </message>
    <message>
        <source>Last change then</source>
        <translation>Dernière modification</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
</context>
<context>
    <name>ProofPanel</name>
    <message numerus="yes">
        <source>Audit path (%n hash(es)):</source>
        <translation>
            <numerusform>Chemin d&apos;audit (%n empreinte) :</numerusform>
            <numerusform>Chemin d&apos;audit (%n empreintes) :</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>Event number</source>
        <translation>Numéro d&apos;événement</translation>
    </message>
    <message>
        <source>Event number:</source>
        <translation>Numéro d&apos;événement :</translation>
    </message>
    <message>
        <source>Event: {0}</source>
        <translation>Événement : {0}</translation>
    </message>
    <message>
        <source>Inclusion proof</source>
        <translation>Preuve d&apos;inclusion</translation>
    </message>
    <message>
        <source>Inclusion proof of an event</source>
        <translation>Preuve d&apos;inclusion d&apos;un événement</translation>
    </message>
    <message>
        <source>Leaf hash in the tree:      {0}</source>
        <translation>Empreinte de feuille dans l&apos;arbre :          {0}</translation>
    </message>
    <message>
        <source>Leaf hash of the event now: {0}</source>
        <translation>Empreinte de feuille de l&apos;événement actuel : {0}</translation>
    </message>
    <message>
        <source>Leaf index: {0}   Tree size: {1}</source>
        <translation>Indice de feuille : {0}   Taille de l&apos;arbre : {1}</translation>
    </message>
    <message>
        <source>Proof result</source>
        <translation>Résultat de la preuve</translation>
    </message>
    <message>
        <source>Root hash: {0}</source>
        <translation>Empreinte racine : {0}</translation>
    </message>
    <message>
        <source>Show the inclusion proof of that event</source>
        <translation>Afficher la preuve d&apos;inclusion de cet événement</translation>
    </message>
    <message>
        <source>Show the proof</source>
        <translation>Afficher la preuve</translation>
    </message>
    <message>
        <source>Type an event&apos;s number and press &quot;{0}&quot;: the hashes that lead from that event to the root hash appear here, checked.</source>
        <translation>Saisissez le numéro d&apos;un événement et appuyez sur « {0} » : les empreintes qui mènent de cet événement à l&apos;empreinte racine s&apos;affichent ici, vérifiées.</translation>
    </message>
    <message>
        <source>✓ Verified: event {0} is leaf {1} of the tree of {2} events, and the proof leads from its content to the root.</source>
        <translation>✓ Vérifié : l&apos;événement {0} est la feuille {1} de l&apos;arbre de {2} événements, et la preuve mène de son contenu à la racine.</translation>
    </message>
    <message>
        <source>✗ Does not verify: the event as stored now does not lead to the root. It was altered after it was written.</source>
        <translation>✗ Non vérifié : l&apos;événement tel qu&apos;il est enregistré aujourd&apos;hui ne mène pas à la racine. Il a été altéré après son écriture.</translation>
    </message>
</context>
<context>
    <name>RecordExport</name>
    <message numerus="yes">
        <source>%n record(s) exported to {0}.</source>
        <translation>
            <numerusform>%n fiche exportée dans {0}.</numerusform>
            <numerusform>%n fiches exportées dans {0}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Classeurs Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Export records</source>
        <translation>Exporter les fiches</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Export en cours…</translation>
    </message>
    <message>
        <source>Exporting… {0} of {1} records</source>
        <translation>Export en cours… {0} fiches sur {1}</translation>
    </message>
    <message>
        <source>The export failed: {0}</source>
        <translation>L&apos;export a échoué : {0}</translation>
    </message>
    <message>
        <source>Zip files (*.zip)</source>
        <translation>Fichiers zip (*.zip)</translation>
    </message>
</context>
<context>
    <name>RecordsPage</name>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n membre</numerusform>
            <numerusform>%n membres</numerusform>
        </translation>
    </message>
    <message>
        <source>1 record</source>
        <translation>1 fiche</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>Households and people</source>
        <translation>Ménages et personnes</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>More than {0} found</source>
        <translation>Plus de {0} trouvés</translation>
    </message>
    <message>
        <source>Name A–Z</source>
        <translation>Nom A–Z</translation>
    </message>
    <message>
        <source>Name Z–A</source>
        <translation>Nom Z–A</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>Plus récents d&apos;abord</translation>
    </message>
    <message numerus="yes">
        <source>No living record matches; %n deleted records do — find them in the Audit history.</source>
        <translation>
            <numerusform>Aucune fiche active ne correspond ; %n fiche supprimée correspond — retrouvez-la dans l&apos;historique d&apos;audit.</numerusform>
            <numerusform>Aucune fiche active ne correspond ; %n fiches supprimées correspondent — retrouvez-les dans l&apos;historique d&apos;audit.</numerusform>
        </translation>
    </message>
    <message>
        <source>No living record matches; 1 deleted record does — find it in the Audit history.</source>
        <translation>Aucune fiche active ne correspond ; 1 fiche supprimée correspond — retrouvez-la dans l&apos;historique d&apos;audit.</translation>
    </message>
    <message>
        <source>No records yet. Register a household (Ctrl+1), or sync to receive the team&apos;s records.</source>
        <translation>Aucune fiche pour l&apos;instant. Inscrivez un ménage (Ctrl+1), ou synchronisez pour recevoir les fiches de l&apos;équipe.</translation>
    </message>
    <message>
        <source>Nothing matches. Check the spelling, or clear the search and the filter.</source>
        <translation>Aucun résultat. Vérifiez l&apos;orthographe, ou effacez la recherche et le filtre.</translation>
    </message>
    <message>
        <source>Oldest first</source>
        <translation>Plus anciens d&apos;abord</translation>
    </message>
    <message>
        <source>Only: {0}</source>
        <translation>Seulement : {0}</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Fiches</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Search names and fields (Ctrl+F)</source>
        <translation>Rechercher noms et champs (Ctrl+F)</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>Sort</source>
        <translation>Trier</translation>
    </message>
    <message>
        <source>Write the records to an Excel workbook or to CSV files</source>
        <translation>Écrire les fiches dans un classeur Excel ou dans des fichiers CSV</translation>
    </message>
    <message>
        <source>{0} found</source>
        <translation>Résultats : {0}</translation>
    </message>
    <message>
        <source>{0} records</source>
        <translation>{0} fiches</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>&amp;I have stored the recovery key somewhere safe</source>
        <translation>&amp;J&apos;ai rangé la clé de récupération en lieu sûr</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>&amp;Save to a file…</source>
        <translation>&amp;Enregistrer dans un fichier…</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuer</translation>
    </message>
    <message>
        <source>DataCollect Desktop: recovery key</source>
        <translation>DataCollect Desktop : clé de récupération</translation>
    </message>
    <message>
        <source>If you forget your passphrase, this key is the only way to open your records. Print it, save it to a USB stick or write it down, and keep it apart from this laptop. It is shown only this once.</source>
        <translation>Si vous oubliez votre phrase secrète, cette clé est le seul moyen d&apos;ouvrir vos fiches. Imprimez-la, enregistrez-la sur une clé USB ou recopiez-la à la main, et gardez-la à l&apos;écart de cet ordinateur. Elle n&apos;est affichée que cette fois-ci.</translation>
    </message>
    <message>
        <source>Made on: {0}</source>
        <translation>Créée le : {0}</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Non enregistrée</translation>
    </message>
    <message>
        <source>Print the recovery key</source>
        <translation>Imprimer la clé de récupération</translation>
    </message>
    <message>
        <source>Profile of: {0}</source>
        <translation>Profil de : {0}</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Clé de récupération</translation>
    </message>
    <message>
        <source>Save the recovery key</source>
        <translation>Enregistrer la clé de récupération</translation>
    </message>
    <message>
        <source>Saved as {0}. Whoever has this file can open your records with it: move it to a USB stick or a place apart from this laptop.</source>
        <translation>Enregistrée sous {0}. Quiconque a ce fichier peut ouvrir vos fiches avec : déplacez-le sur une clé USB ou dans un endroit à l&apos;écart de cet ordinateur.</translation>
    </message>
    <message>
        <source>Sent to the printer. Keep the page apart from this laptop.</source>
        <translation>Envoyée à l&apos;imprimante. Gardez la page à l&apos;écart de cet ordinateur.</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Fichiers texte (*.txt)</translation>
    </message>
    <message>
        <source>This key opens the profile if its passphrase is forgotten: on the unlock screen choose &quot;Forgot it? Use the recovery key&quot; and type it. Whoever holds this key can open every record of the profile: keep it apart from the laptop, somewhere safe.</source>
        <translation>Cette clé ouvre le profil si sa phrase secrète est oubliée : sur l&apos;écran de déverrouillage, choisissez « Oubliée ? Utilisez la clé de récupération » et tapez-la. Quiconque détient cette clé peut ouvrir toutes les fiches du profil : gardez-la à l&apos;écart de l&apos;ordinateur, en lieu sûr.</translation>
    </message>
    <message>
        <source>Your recovery key</source>
        <translation>Votre clé de récupération</translation>
    </message>
</context>
<context>
    <name>RegisterPage</name>
    <message>
        <source>Adding to {0}: {1} registered so far.</source>
        <translation>Ajout à {0} — membres inscrits jusqu&apos;ici : {1}.</translation>
    </message>
    <message>
        <source>Cancel editing</source>
        <translation>Annuler la modification</translation>
    </message>
    <message>
        <source>Clear the form</source>
        <translation>Vider le formulaire</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Abandonner</translation>
    </message>
    <message>
        <source>Discard this form?</source>
        <translation>Abandonner ce formulaire ?</translation>
    </message>
    <message>
        <source>Edit: {0}</source>
        <translation>Modifier : {0}</translation>
    </message>
    <message>
        <source>Finish {0} (Ctrl+Shift+S)</source>
        <translation>Terminer : {0} (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Formulaire</translation>
    </message>
    <message>
        <source>New {0}</source>
        <translation>Nouveau : {0}</translation>
    </message>
    <message>
        <source>Nothing changed; nothing was recorded.</source>
        <translation>Rien n&apos;a changé ; rien n&apos;a été enregistré.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was saved: %n field(s) need attention.</source>
        <translation>
            <numerusform>Rien n&apos;a été enregistré : %n champ à corriger.</numerusform>
            <numerusform>Rien n&apos;a été enregistré : %n champs à corriger.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only the fields you change are recorded.</source>
        <translation>Seuls les champs que vous modifiez sont enregistrés.</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Enregistrer (Ctrl+S)</translation>
    </message>
    <message>
        <source>Save and add another (Ctrl+S)</source>
        <translation>Enregistrer et en ajouter un autre (Ctrl+S)</translation>
    </message>
    <message>
        <source>Save and add members (Ctrl+S)</source>
        <translation>Enregistrer et ajouter les membres (Ctrl+S)</translation>
    </message>
    <message>
        <source>Save changes (Ctrl+S)</source>
        <translation>Enregistrer les modifications (Ctrl+S)</translation>
    </message>
    <message>
        <source>Saved 1 changed field.</source>
        <translation>1 champ modifié enregistré.</translation>
    </message>
    <message>
        <source>Saved {0} changed fields.</source>
        <translation>{0} champs modifiés enregistrés.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <source>This person may already be registered; nothing was saved yet.</source>
        <translation>Cette personne est peut-être déjà inscrite ; rien n&apos;a encore été enregistré.</translation>
    </message>
    <message>
        <source>What you typed in this form will be discarded.</source>
        <translation>Ce que vous avez saisi dans ce formulaire sera abandonné.</translation>
    </message>
    <message numerus="yes">
        <source>{0} is registered with %n member(s).</source>
        <translation>
            <numerusform>{0} est inscrit avec %n membre.</numerusform>
            <numerusform>{0} est inscrit avec %n membres.</numerusform>
        </translation>
    </message>
    <message>
        <source>{0} saved. Now add its members.</source>
        <translation>{0} enregistré. Ajoutez maintenant ses membres.</translation>
    </message>
</context>
<context>
    <name>ServerPanel</name>
    <message>
        <source>Consistency:</source>
        <translation>Cohérence :</translation>
    </message>
    <message>
        <source>Key fingerprint (SHA-256):</source>
        <translation>Empreinte de la clé (SHA-256) :</translation>
    </message>
    <message>
        <source>Last checkpoint:</source>
        <translation>Dernier point de contrôle :</translation>
    </message>
    <message>
        <source>Last successful sync: {0}</source>
        <translation>Dernière synchronisation réussie : {0}</translation>
    </message>
    <message>
        <source>No checkpoint was received from {0} yet.</source>
        <translation>Aucun point de contrôle n&apos;a encore été reçu de {0}.</translation>
    </message>
    <message>
        <source>Not checked yet: this is the first checkpoint seen; the next one will be checked against it.</source>
        <translation>Pas encore vérifiée : c&apos;est le premier point de contrôle reçu ; le suivant sera vérifié par rapport à lui.</translation>
    </message>
    <message>
        <source>Pinned key:</source>
        <translation>Clé retenue :</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Serveur :</translation>
    </message>
    <message>
        <source>Signature:</source>
        <translation>Signature :</translation>
    </message>
    <message>
        <source>Signed checkpoint</source>
        <translation>Point de contrôle signé</translation>
    </message>
    <message>
        <source>Signed note:</source>
        <translation>Note signée :</translation>
    </message>
    <message>
        <source>The sync server&apos;s signed log</source>
        <translation>Le journal signé du serveur de synchronisation</translation>
    </message>
    <message>
        <source>This laptop has not synced yet: no server checkpoint to show.</source>
        <translation>Cet ordinateur ne s&apos;est pas encore synchronisé : aucun point de contrôle du serveur à afficher.</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>{0} (key id {1})</source>
        <translation>{0} (identifiant de clé {1})</translation>
    </message>
    <message>
        <source>{0} events, root {1}</source>
        <translation>{0} événements, racine {1}</translation>
    </message>
    <message>
        <source>✓ Held: the log of {0} events extends the {1} seen before (checked {2}).</source>
        <translation>✓ Respectée : le journal de {0} événements prolonge les {1} vus auparavant (vérifié le {2}).</translation>
    </message>
    <message>
        <source>✓ Valid, by the pinned key</source>
        <translation>✓ Valide, par la clé retenue</translation>
    </message>
    <message>
        <source>✗ Did not hold ({0}): {1}</source>
        <translation>✗ Non respectée ({0}) : {1}</translation>
    </message>
    <message>
        <source>✗ Does not verify with the pinned key</source>
        <translation>✗ Ne se vérifie pas avec la clé retenue</translation>
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
        <translation>Un fichier sur cet ordinateur</translation>
    </message>
    <message>
        <source>A new language is used from the next time the app starts.</source>
        <translation>Une nouvelle langue est utilisée à partir du prochain démarrage de l&apos;application.</translation>
    </message>
    <message>
        <source>A record&apos;s, when it is first opened</source>
        <translation>Ceux d&apos;une fiche, à sa première ouverture</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>Compte :</translation>
    </message>
    <message>
        <source>All, at every sync</source>
        <translation>Tous, à chaque synchronisation</translation>
    </message>
    <message>
        <source>App config file</source>
        <translation>Fichier de configuration d&apos;application</translation>
    </message>
    <message>
        <source>App config on the server</source>
        <translation>Configuration d&apos;application sur le serveur</translation>
    </message>
    <message>
        <source>App configs (*.json)</source>
        <translation>Configurations d&apos;application (*.json)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Download photos and files</source>
        <translation>Télécharger les photos et fichiers</translation>
    </message>
    <message>
        <source>Download photos and files:</source>
        <translation>Télécharger les photos et fichiers :</translation>
    </message>
    <message>
        <source>Forms (app config)</source>
        <translation>Formulaires (configuration d&apos;application)</translation>
    </message>
    <message>
        <source>Get the list from the server</source>
        <translation>Obtenir la liste depuis le serveur</translation>
    </message>
    <message>
        <source>Import XLSForm…</source>
        <translation>Importer un XLSForm…</translation>
    </message>
    <message>
        <source>Imported {title}: {carried} of {rows} rows carried. Save to use it.</source>
        <translation>{title} importé : {carried} lignes reprises sur {rows}. Enregistrez pour l&apos;utiliser.</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Langue :</translation>
    </message>
    <message>
        <source>Lock after idle:</source>
        <translation>Verrouiller après inactivité :</translation>
    </message>
    <message>
        <source>Make an app config from an XLSForm workbook (.xlsx) and use it</source>
        <translation>Créer une configuration d&apos;application à partir d&apos;un classeur XLSForm (.xlsx) et l&apos;utiliser</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Mot de passe :</translation>
    </message>
    <message>
        <source>Row {row} ({name}): {reasons}</source>
        <translation>Ligne {row} ({name}) : {reasons}</translation>
    </message>
    <message>
        <source>Save the app config as</source>
        <translation>Enregistrer la configuration d&apos;application sous</translation>
    </message>
    <message>
        <source>Server address:</source>
        <translation>Adresse du serveur :</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Something went wrong; details are in the log.</source>
        <translation>Une erreur s&apos;est produite ; les détails sont dans le journal.</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synchro</translation>
    </message>
    <message>
        <source>Sync every:</source>
        <translation>Synchroniser toutes les :</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Tester la connexion</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>Test de la connexion…</translation>
    </message>
    <message>
        <source>The bundled example (household registration)</source>
        <translation>L&apos;exemple fourni (enregistrement des ménages)</translation>
    </message>
    <message>
        <source>The password is kept in the encrypted profile so that sync can run while you work.</source>
        <translation>Le mot de passe est conservé dans le profil chiffré pour que la synchronisation fonctionne pendant que vous travaillez.</translation>
    </message>
    <message>
        <source>The sync server</source>
        <translation>Le serveur de synchronisation</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>La langue du système</translation>
    </message>
    <message>
        <source>XLSForm to import</source>
        <translation>XLSForm à importer</translation>
    </message>
    <message>
        <source>XLSForms (*.xlsx *.xlsm *.xls)</source>
        <translation>XLSForms (*.xlsx *.xlsm *.xls)</translation>
    </message>
    <message>
        <source>Your name:</source>
        <translation>Votre nom :</translation>
    </message>
    <message>
        <source>app config id, e.g. household-registration</source>
        <translation>identifiant de configuration, p. ex. household-registration</translation>
    </message>
    <message>
        <source>e-mail of your account</source>
        <translation>adresse e-mail de votre compte</translation>
    </message>
    <message>
        <source>https://sync.example.org</source>
        <translation>https://sync.example.org</translation>
    </message>
    <message>
        <source>{0} to {1} minutes</source>
        <translation>De {0} à {1} minutes</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Back to the list from a record; from a timeline, back to where it was opened</source>
        <translation>Revenir à la liste depuis une fiche ; depuis une chronologie, revenir là où elle a été ouverte</translation>
    </message>
    <message>
        <source>Delete the record on screen (it asks first, and for a reason)</source>
        <translation>Supprimer le dossier affiché (avec confirmation et un motif)</translation>
    </message>
    <message>
        <source>Edit the record on screen</source>
        <translation>Modifier la fiche affichée</translation>
    </message>
    <message>
        <source>Everything can be done from the keyboard.</source>
        <translation>Tout peut se faire au clavier.</translation>
    </message>
    <message>
        <source>Finish the household, or cancel an edit</source>
        <translation>Terminer le ménage, ou annuler une modification</translation>
    </message>
    <message>
        <source>Go to Audit history</source>
        <translation>Aller à l&apos;historique d&apos;audit</translation>
    </message>
    <message>
        <source>Go to Conflicts</source>
        <translation>Aller aux conflits</translation>
    </message>
    <message>
        <source>Go to Drafts</source>
        <translation>Aller aux brouillons</translation>
    </message>
    <message>
        <source>Go to Duplicates</source>
        <translation>Aller aux doublons</translation>
    </message>
    <message>
        <source>Go to Integrity</source>
        <translation>Aller à « Intégrité »</translation>
    </message>
    <message>
        <source>Go to Needs attention</source>
        <translation>Aller à « À vérifier »</translation>
    </message>
    <message>
        <source>Go to Records</source>
        <translation>Aller aux fiches</translation>
    </message>
    <message>
        <source>Go to Register</source>
        <translation>Aller à « Inscrire »</translation>
    </message>
    <message>
        <source>Go to Registry as of</source>
        <translation>Aller à « Registre à la date… »</translation>
    </message>
    <message>
        <source>In the audit filters, show the entries; in the date of Registry as of, show the registry then</source>
        <translation>Dans les filtres d&apos;audit, afficher les entrées ; dans la date de « Registre à la date… », afficher le registre à cette date</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <source>Next field (Shift+Tab: the one before)</source>
        <translation>Champ suivant (Maj+Tab : le précédent)</translation>
    </message>
    <message>
        <source>Next field; on the last one, the Save button</source>
        <translation>Champ suivant ; après le dernier, le bouton Enregistrer</translation>
    </message>
    <message>
        <source>On a timeline, the first event (End: the last; the arrow keys and Page Up/Down step through the events)</source>
        <translation>Dans une chronologie, le premier événement (Fin : le dernier ; les flèches et Pg préc/Pg suiv parcourent les événements)</translation>
    </message>
    <message>
        <source>Open the calendar of a date field (F4 too)</source>
        <translation>Ouvrir le calendrier d&apos;un champ de date (F4 aussi)</translation>
    </message>
    <message>
        <source>Save the form; in a household, go on to the next member</source>
        <translation>Enregistrer le formulaire ; dans un ménage, passer au membre suivant</translation>
    </message>
    <message>
        <source>Search the records, or the audit history on its screen</source>
        <translation>Rechercher dans les fiches, ou dans l&apos;historique d&apos;audit sur son écran</translation>
    </message>
    <message>
        <source>The number pad&apos;s Enter does what Return does</source>
        <translation>La touche Entrée du pavé numérique fait comme Retour</translation>
    </message>
    <message>
        <source>Timeline of the record on screen</source>
        <translation>Chronologie de la fiche affichée</translation>
    </message>
    <message>
        <source>What they do</source>
        <translation>Ce qu&apos;elles font</translation>
    </message>
</context>
<context>
    <name>SignatureEditor</name>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>Sign above with the mouse, a pen or a finger.</source>
        <translation>Signez ci-dessus avec la souris, un stylet ou le doigt.</translation>
    </message>
    <message>
        <source>Sign here with the mouse, a pen or a finger.</source>
        <translation>Signez ici avec la souris, un stylet ou le doigt.</translation>
    </message>
    <message>
        <source>The signature is not on this laptop yet.</source>
        <translation>La signature n&apos;est pas encore sur cet ordinateur.</translation>
    </message>
</context>
<context>
    <name>StateModel</name>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>This event</source>
        <translation>Cet événement</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>modifié</translation>
    </message>
</context>
<context>
    <name>SyncStatusBar</name>
    <message numerus="yes">
        <source>%n change was refused by the server</source>
        <translation>
            <numerusform>%n modification refusée par le serveur</numerusform>
            <numerusform>%n modifications refusées par le serveur</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changes were refused by the server</source>
        <translation>
            <numerusform>%n modification refusée par le serveur</numerusform>
            <numerusform>%n modifications refusées par le serveur</numerusform>
        </translation>
    </message>
    <message>
        <source>Events on this laptop by how far they have travelled</source>
        <translation>Événements de cet ordinateur selon le chemin parcouru</translation>
    </message>
    <message>
        <source>Last sync: {0}</source>
        <translation>Dernière synchronisation : {0}</translation>
    </message>
    <message>
        <source>Never synced</source>
        <translation>Jamais synchronisé</translation>
    </message>
    <message>
        <source>Not sent: {0} · Synced: {1} · External: {2}</source>
        <translation>Non envoyés : {0} · Synchronisés : {1} · Externes : {2}</translation>
    </message>
    <message>
        <source>Not set up for sync — &lt;a href=&quot;settings&quot;&gt;Settings…&lt;/a&gt;</source>
        <translation>Synchronisation non configurée — &lt;a href=&quot;settings&quot;&gt;Paramètres…&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Hors ligne</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>En ligne</translation>
    </message>
    <message>
        <source>Send and receive events now</source>
        <translation>Envoyer et recevoir les événements maintenant</translation>
    </message>
    <message>
        <source>Sync failed</source>
        <translation>Échec de la synchronisation</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Synchroniser</translation>
    </message>
    <message>
        <source>Sync progress</source>
        <translation>Progression de la synchronisation</translation>
    </message>
    <message>
        <source>Sync stopped</source>
        <translation>Synchronisation arrêtée</translation>
    </message>
    <message>
        <source>Syncing is not available in this version.</source>
        <translation>La synchronisation n&apos;est pas disponible dans cette version.</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Synchronisation…</translation>
    </message>
    <message>
        <source>They are kept on this laptop. Open Needs attention to see why and what to do.</source>
        <translation>Elles sont conservées sur cet ordinateur. Ouvrez « À vérifier » pour voir pourquoi et que faire.</translation>
    </message>
    <message>
        <source>{0} of {1}</source>
        <translation>{0} sur {1}</translation>
    </message>
</context>
<context>
    <name>TimelinePage</name>
    <message>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>Event {0} of {1} · {2} · {3} · {4}</source>
        <translation>Événement {0} sur {1} · {2} · {3} · {4}</translation>
    </message>
    <message>
        <source>History of {0}</source>
        <translation>Historique de {0}</translation>
    </message>
    <message>
        <source>Loading the history…</source>
        <translation>Chargement de l&apos;historique…</translation>
    </message>
    <message>
        <source>No event concerns that record.</source>
        <translation>Aucun événement ne concerne cette fiche.</translation>
    </message>
    <message>
        <source>No history</source>
        <translation>Aucun historique</translation>
    </message>
    <message>
        <source>Open the record</source>
        <translation>Ouvrir la fiche</translation>
    </message>
    <message>
        <source>Open the record as it is now</source>
        <translation>Ouvrir la fiche telle qu&apos;elle est aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Selected event</source>
        <translation>Événement sélectionné</translation>
    </message>
    <message>
        <source>The record at the selected event</source>
        <translation>La fiche à l&apos;événement sélectionné</translation>
    </message>
    <message>
        <source>entered late</source>
        <translation>saisi en retard</translation>
    </message>
    <message>
        <source>it set {0}; a change dated earlier but received after it set that again, as shown</source>
        <translation>il a fixé {0} ; une modification datée d&apos;avant mais reçue après l&apos;a fixé de nouveau, comme affiché</translation>
    </message>
    <message>
        <source>kept but not applied: {0}</source>
        <translation>conservé mais non appliqué : {0}</translation>
    </message>
    <message>
        <source>the record did not exist yet</source>
        <translation>la fiche n&apos;existait pas encore</translation>
    </message>
    <message>
        <source>{0} events · use the slider, the arrow keys or the buttons to move through them</source>
        <translation>{0} événements · parcourez-les avec le curseur, les flèches ou les boutons</translation>
    </message>
    <message>
        <source>← Back</source>
        <translation>← Retour</translation>
    </message>
</context>
<context>
    <name>TimelineSlider</name>
    <message>
        <source>First</source>
        <translation>Premier</translation>
    </message>
    <message>
        <source>First event</source>
        <translation>Premier événement</translation>
    </message>
    <message>
        <source>Last</source>
        <translation>Dernier</translation>
    </message>
    <message>
        <source>Last event</source>
        <translation>Dernier événement</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>Next event</source>
        <translation>Événement suivant</translation>
    </message>
    <message>
        <source>Position in the record&apos;s history</source>
        <translation>Position dans l&apos;historique de la fiche</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <source>Previous event</source>
        <translation>Événement précédent</translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <source>Forgot it? Use the recovery key</source>
        <translation>Oubliée ? Utilisez la clé de récupération</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Clé de récupération</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Déverrouiller</translation>
    </message>
    <message>
        <source>Unlock your profile</source>
        <translation>Déverrouillez votre profil</translation>
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
        <translation>Brouillons</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>À vérifier</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Fiches</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Inscrire</translation>
    </message>
    <message>
        <source>Screens</source>
        <translation>Écrans</translation>
    </message>
</context>
<context>
    <name>ask</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>attachment_import</name>
    <message>
        <source>“{0}” is empty.</source>
        <translation>« {0} » est vide.</translation>
    </message>
    <message>
        <source>“{0}” is not a readable image: it may be damaged or cut short. Nothing was added.</source>
        <translation>« {0} » n&apos;est pas une image lisible : elle est peut-être abîmée ou tronquée. Rien n&apos;a été ajouté.</translation>
    </message>
</context>
<context>
    <name>attachment_view</name>
    <message>
        <source>(no name)</source>
        <translation>(sans nom)</translation>
    </message>
    <message>
        <source>Cannot open the attachment</source>
        <translation>Impossible d&apos;ouvrir la pièce jointe</translation>
    </message>
    <message>
        <source>Cannot save the attachment</source>
        <translation>Impossible d&apos;enregistrer la pièce jointe</translation>
    </message>
    <message>
        <source>Not downloaded yet</source>
        <translation>Pas encore téléchargé</translation>
    </message>
    <message>
        <source>Open {0}</source>
        <translation>Ouvrir {0}</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Photo</translation>
    </message>
    <message>
        <source>Save a copy of {0}</source>
        <translation>Enregistrer une copie de {0}</translation>
    </message>
    <message>
        <source>{0} KB</source>
        <translation>{0} Ko</translation>
    </message>
    <message>
        <source>{0} MB</source>
        <translation>{0} Mo</translation>
    </message>
    <message>
        <source>{0} bytes</source>
        <translation>{0} octets</translation>
    </message>
    <message>
        <source>{0} could not be written: {1}</source>
        <translation>{0} n&apos;a pas pu être écrit : {1}</translation>
    </message>
    <message>
        <source>{0} is not on this laptop yet: it comes with the next sync.</source>
        <translation>{0} n&apos;est pas encore sur cet ordinateur : il arrivera avec la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>{0} is not on this laptop yet: it is being downloaded now; open it again in a moment.</source>
        <translation>{0} n&apos;est pas encore sur cet ordinateur : il est en cours de téléchargement ; rouvrez-le dans un instant.</translation>
    </message>
</context>
<context>
    <name>audit_text</name>
    <message>
        <source>1 member</source>
        <translation>1 membre</translation>
    </message>
    <message>
        <source>Belongs to</source>
        <translation>Appartient à</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Supprimé</translation>
    </message>
    <message>
        <source>Duplicate settled</source>
        <translation>Doublon résolu</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Formulaire</translation>
    </message>
    <message>
        <source>Household changed</source>
        <translation>Ménage modifié</translation>
    </message>
    <message>
        <source>Household registered</source>
        <translation>Ménage inscrit</translation>
    </message>
    <message>
        <source>Member added</source>
        <translation>Membre ajouté</translation>
    </message>
    <message>
        <source>Member removed</source>
        <translation>Membre retiré</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message>
        <source>Person changed</source>
        <translation>Personne modifiée</translation>
    </message>
    <message>
        <source>Person registered</source>
        <translation>Personne inscrite</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>Vérifié</translation>
    </message>
    <message>
        <source>{0} members</source>
        <translation>{0} membres</translation>
    </message>
    <message>
        <source>{0}: {1} → {2}</source>
        <translation>{0} : {1} → {2}</translation>
    </message>
</context>
<context>
    <name>badges</name>
    <message>
        <source>Came from or went to an external system.</source>
        <translation>Reçu d&apos;un système externe ou envoyé vers lui.</translation>
    </message>
    <message>
        <source>External</source>
        <translation>Externe</translation>
    </message>
    <message>
        <source>Local</source>
        <translation>Local</translation>
    </message>
    <message>
        <source>Only on this laptop; sent at the next sync.</source>
        <translation>Uniquement sur cet ordinateur ; envoyé à la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>Stored on the sync server.</source>
        <translation>Stocké sur le serveur de synchronisation.</translation>
    </message>
    <message>
        <source>Synced</source>
        <translation>Synchronisé</translation>
    </message>
</context>
<context>
    <name>event_text</name>
    <message>
        <source>(not applied)</source>
        <translation>(non appliqué)</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modifié</translation>
    </message>
    <message>
        <source>Changed: {0}</source>
        <translation>Modifié : {0}</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Supprimé</translation>
    </message>
    <message>
        <source>Duplicate settled</source>
        <translation>Doublon résolu</translation>
    </message>
    <message>
        <source>Member added</source>
        <translation>Membre ajouté</translation>
    </message>
    <message>
        <source>Member removed</source>
        <translation>Membre retiré</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Inscrit</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>Vérifié</translation>
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
        <translation>1 ligne</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>attachment</source>
        <translation>pièce jointe</translation>
    </message>
    <message>
        <source>{0} rows</source>
        <translation>{0} lignes</translation>
    </message>
    <message>
        <source>{0}:</source>
        <translation>{0} :</translation>
    </message>
</context>
<context>
    <name>supervision</name>
    <message>
        <source>Audit history</source>
        <translation>Historique d&apos;audit</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflits</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>Doublons</translation>
    </message>
    <message>
        <source>Integrity</source>
        <translation>Intégrité</translation>
    </message>
    <message>
        <source>Registry as of…</source>
        <translation>Registre à la date…</translation>
    </message>
</context>
</TS>
