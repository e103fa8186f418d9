<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>ConfigProblems</name>
    <message>
        <source>no console port: the guest&apos;s console cannot be opened and a stop through the console is impossible</source>
        <translation>pas de port console&#x202f;: la console de l’invité ne peut pas être ouverte et un arrêt par la console est impossible</translation>
    </message>
    <message>
        <source>console port %1 is already used by the guest %2: only one of them can start</source>
        <translation>le port console %1 est déjà utilisé par l’invité %2&#x202f;: un seul des deux peut démarrer</translation>
    </message>
    <message>
        <source>%1 uses the host interface &quot;%2&quot;, which does not exist on this host</source>
        <translation>%1 utilise l’interface «&#xa0;%2&#xa0;», qui n’existe pas sur cet hôte</translation>
    </message>
</context>
<context>
    <name>ConsoleServer</name>
    <message>
        <source>cannot listen on %1 port %2: %3</source>
        <translation>impossible d’écouter sur %1 port %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>console in use by %1 since %2</source>
        <translation>console utilisée par %1 depuis %2</translation>
    </message>
</context>
<context>
    <name>DesktopNotification</name>
    <message>
        <source>%1 guests started</source>
        <translation>%1 invités démarrés</translation>
    </message>
    <message>
        <source>%1 guests stopped</source>
        <translation>%1 invités arrêtés</translation>
    </message>
    <message>
        <source>%1 guests stopped with FAILURE</source>
        <translation>%1 invités arrêtés en ÉCHEC</translation>
    </message>
    <message>
        <source>%1 guests being restarted by systemd</source>
        <translation>%1 invités redémarrés par systemd</translation>
    </message>
    <message>
        <source>%1 jobs did not succeed</source>
        <translation>%1 tâches ont échoué</translation>
    </message>
    <message>
        <source>License back for %1 guests</source>
        <translation>Licence revenue pour %1 invités</translation>
    </message>
    <message>
        <source>License lost by %1 guests</source>
        <translation>Licence perdue par %1 invités</translation>
    </message>
    <message>
        <source>No valid license for %1 guests</source>
        <translation>Aucune licence valide pour %1 invités</translation>
    </message>
    <message>
        <source>License expiring for %1 guests</source>
        <translation>Licence bientôt expirée pour %1 invités</translation>
    </message>
    <message>
        <source>License expired for %1 guests</source>
        <translation>Licence expirée pour %1 invités</translation>
    </message>
    <message>
        <source>%1 emulators announced a shutdown</source>
        <translation>%1 émulateurs ont annoncé un arrêt</translation>
    </message>
    <message>
        <source>The OS of %1 guests answers</source>
        <translation>Le système de %1 invités répond</translation>
    </message>
    <message>
        <source>The OS of %1 guests does not answer</source>
        <translation>Le système de %1 invités ne répond pas</translation>
    </message>
    <message>
        <source>The OS probe failed for %1 guests</source>
        <translation>La sonde système a échoué pour %1 invités</translation>
    </message>
    <message>
        <source>The host&apos;s systemd cannot be reached</source>
        <translation>Le systemd de l’hôte est injoignable</translation>
    </message>
    <message>
        <source>The host&apos;s systemd can be reached again</source>
        <translation>Le systemd de l’hôte est de nouveau joignable</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… et %1 de plus</translation>
    </message>
    <message>
        <source>Open console</source>
        <translation>Ouvrir la console</translation>
    </message>
    <message>
        <source>Show guest</source>
        <translation>Afficher l’invité</translation>
    </message>
    <message>
        <source>Show guests</source>
        <translation>Afficher les invités</translation>
    </message>
</context>
<context>
    <name>EditableFile</name>
    <message>
        <source>it holds binary data (NUL bytes), not text</source>
        <translation>il contient des données binaires (octets NUL), pas du texte</translation>
    </message>
    <message>
        <source>it is not UTF-8 text</source>
        <translation>ce n’est pas du texte UTF-8</translation>
    </message>
    <message>
        <source>Cannot open %1: no such file.</source>
        <translation>Impossible d’ouvrir %1&#x202f;: fichier introuvable.</translation>
    </message>
    <message>
        <source>Cannot open %1: it is a directory.</source>
        <translation>Impossible d’ouvrir %1&#x202f;: c’est un dossier.</translation>
    </message>
    <message>
        <source>Cannot open %1: it is %2 MB, larger than the %3 MB an editor here accepts; a configuration or script is never that large.</source>
        <translation>Impossible d’ouvrir %1&#x202f;: il fait %2 Mo, plus que les %3 Mo qu’un éditeur accepte ici&#x202f;; une configuration ou un script n’est jamais aussi gros.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2.</source>
        <translation>Impossible d’ouvrir %1&#x202f;: %2.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>Impossible de lire %1&#x202f;: %2.</translation>
    </message>
    <message>
        <source>%1 was changed by someone else since it was opened; nothing was written.</source>
        <translation>%1 a été modifié par quelqu’un d’autre depuis son ouverture&#x202f;; rien n’a été écrit.</translation>
    </message>
    <message>
        <source>%1 is unchanged.</source>
        <translation>%1 est inchangé.</translation>
    </message>
    <message>
        <source>Could not keep the previous version as %1 (%2); %3 is unchanged.</source>
        <translation>Impossible de garder la version précédente sous %1 (%2)&#x202f;; %3 est inchangé.</translation>
    </message>
    <message>
        <source>Could not create the folder %1; nothing was written.</source>
        <translation>Impossible de créer le dossier %1&#x202f;; rien n’a été écrit.</translation>
    </message>
    <message>
        <source>Could not save %1 (%2); the file is unchanged.</source>
        <translation>Impossible d’enregistrer %1 (%2)&#x202f;; le fichier est inchangé.</translation>
    </message>
    <message>
        <source>Could not save %1 (%2); nothing was written.</source>
        <translation>Impossible d’enregistrer %1 (%2)&#x202f;; rien n’a été écrit.</translation>
    </message>
</context>
<context>
    <name>EmulatorLog</name>
    <message>
        <source>cannot open the log file %1: %2</source>
        <translation>impossible d’ouvrir le fichier journal %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>EmulatorProfile</name>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1&#xa0;: lecture impossible&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: too large</source>
        <translation>%1&#xa0;: trop volumineux</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>manquant</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>doit être une chaîne</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>ne doit pas être vide</translation>
    </message>
    <message>
        <source>must be an array of strings</source>
        <translation>doit être un tableau de chaînes</translation>
    </message>
    <message>
        <source>empty pattern</source>
        <translation>motif vide</translation>
    </message>
    <message>
        <source>%1 at offset %2</source>
        <translation>%1 à la position %2</translation>
    </message>
    <message>
        <source>the pattern needs a named group (?&lt;%1&gt;...)</source>
        <translation>le motif exige un groupe nommé (?&lt;%1&gt;...)</translation>
    </message>
    <message>
        <source>must be an array of objects</source>
        <translation>doit être un tableau d’objets</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>doit être un objet</translation>
    </message>
    <message>
        <source>must be 1</source>
        <translation>doit valoir 1</translation>
    </message>
    <message>
        <source>use lower-case letters, digits, &apos;-&apos; and &apos;_&apos; only</source>
        <translation>utilisez uniquement des minuscules, des chiffres, &apos;-&apos; et &apos;_&apos;</translation>
    </message>
    <message>
        <source>unknown field &quot;%1&quot;</source>
        <translation>champ inconnu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>not valid JSON: %1 at offset %2</source>
        <translation>JSON invalide&#xa0;: %1 à la position %2</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>pas un objet JSON</translation>
    </message>
</context>
<context>
    <name>HistoryEvent</name>
    <message>
        <source>killed by a signal</source>
        <translation>tué par un signal</translation>
    </message>
    <message>
        <source>exited with an error code</source>
        <translation>terminé avec un code d’erreur</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>délai dépassé</translation>
    </message>
    <message>
        <source>killed for lack of memory</source>
        <translation>tué par manque de mémoire</translation>
    </message>
    <message>
        <source>dumped core</source>
        <translation>fichier core produit</translation>
    </message>
    <message>
        <source>watchdog timeout</source>
        <translation>délai du chien de garde dépassé</translation>
    </message>
    <message>
        <source>started too often</source>
        <translation>démarré trop souvent</translation>
    </message>
    <message>
        <source>resources missing</source>
        <translation>ressources manquantes</translation>
    </message>
    <message>
        <source>a dependency failed</source>
        <translation>une dépendance a échoué</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Démarré</translation>
    </message>
    <message>
        <source>Start failed</source>
        <translation>Échec du démarrage</translation>
    </message>
    <message>
        <source>Start failed: %1</source>
        <translation>Échec du démarrage&#x202f;: %1</translation>
    </message>
    <message>
        <source>Stop requested</source>
        <translation>Arrêt demandé</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Arrêté</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Failed: %1 (%2)</source>
        <translation>Échec&#x202f;: %1 (%2)</translation>
    </message>
    <message>
        <source>Emulator process ended</source>
        <translation>Processus de l’émulateur terminé</translation>
    </message>
    <message>
        <source>Emulator process ended: %1, status %2</source>
        <translation>Processus de l’émulateur terminé&#x202f;: %1, statut %2</translation>
    </message>
    <message>
        <source>Restart scheduled by systemd</source>
        <translation>Redémarrage planifié par systemd</translation>
    </message>
    <message>
        <source>Reloaded</source>
        <translation>Rechargé</translation>
    </message>
    <message>
        <source> (key %1)</source>
        <translation> (clé %1)</translation>
    </message>
    <message>
        <source>License key lost%1</source>
        <translation>Clé de licence perdue%1</translation>
    </message>
    <message>
        <source>License key back%1</source>
        <translation>Clé de licence revenue%1</translation>
    </message>
    <message>
        <source>No valid license</source>
        <translation>Aucune licence valide</translation>
    </message>
    <message>
        <source>Emulator shutdown announced</source>
        <translation>Arrêt de l’émulateur annoncé</translation>
    </message>
    <message>
        <source>Emulator shutdown announced in %1 minutes</source>
        <translation>Arrêt de l’émulateur annoncé dans %1 minutes</translation>
    </message>
    <message numerus="yes">
        <source>License expires in %n days (%1)</source>
        <translation>
            <numerusform>La licence expire dans %n jours (%1)</numerusform>
            <numerusform>La licence expire dans %n jours (%1)</numerusform>
        </translation>
    </message>
    <message>
        <source>License expires soon</source>
        <translation>La licence expire bientôt</translation>
    </message>
</context>
<context>
    <name>HostSummary</name>
    <message>
        <source>Charon Manager: systemd cannot be reached</source>
        <translation>Charon Manager&#x202f;: systemd injoignable</translation>
    </message>
    <message>
        <source>guests: %1</source>
        <translation>invités&#x202f;: %1</translation>
    </message>
    <message>
        <source>running: %1</source>
        <translation>en marche&#x202f;: %1</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>en échec&#x202f;: %1</translation>
    </message>
    <message>
        <source>license trouble: %1</source>
        <translation>problème de licence&#x202f;: %1</translation>
    </message>
    <message>
        <source>Charon Manager — %1</source>
        <translation>Charon Manager — %1</translation>
    </message>
</context>
<context>
    <name>KeyboardHelp</name>
    <message>
        <source>F6, Shift+F6</source>
        <translation>F6, Maj+F6</translation>
    </message>
    <message>
        <source>Next or previous area: guest table, details, console (in a console, F6 goes to the guest)</source>
        <translation>Zone suivante ou précédente&#x202f;: tableau des invités, détails, console (dans une console, F6 va à l’invité)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+L</source>
        <translation>Ctrl+Maj+L</translation>
    </message>
    <message>
        <source>From a console: back to the guest table</source>
        <translation>Depuis une console&#x202f;: retour au tableau des invités</translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <source>Filter the guests</source>
        <translation>Filtrer les invités</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <source>In the table: open the selected guest&apos;s console</source>
        <translation>Dans le tableau&#x202f;: ouvrir la console de l’invité sélectionné</translation>
    </message>
    <message>
        <source>Ctrl+Tab, Ctrl+PgDn, Ctrl+Shift+PgDn</source>
        <translation>Ctrl+Tab, Ctrl+PgSuiv, Ctrl+Maj+PgSuiv</translation>
    </message>
    <message>
        <source>In a console: next console</source>
        <translation>Dans une console&#x202f;: console suivante</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Tab, Ctrl+PgUp, Ctrl+Shift+PgUp</source>
        <translation>Ctrl+Maj+Tab, Ctrl+PgPréc, Ctrl+Maj+PgPréc</translation>
    </message>
    <message>
        <source>In a console: previous console</source>
        <translation>Dans une console&#x202f;: console précédente</translation>
    </message>
    <message>
        <source>Ctrl+Shift+W</source>
        <translation>Ctrl+Maj+W</translation>
    </message>
    <message>
        <source>In a console: close it (asks when connected)</source>
        <translation>Dans une console&#x202f;: la fermer (demande si elle est connectée)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+F</source>
        <translation>Ctrl+Maj+F</translation>
    </message>
    <message>
        <source>In a console: find in its text</source>
        <translation>Dans une console&#x202f;: chercher dans son texte</translation>
    </message>
    <message>
        <source>Ctrl+Shift+C, Ctrl+Shift+V</source>
        <translation>Ctrl+Maj+C, Ctrl+Maj+V</translation>
    </message>
    <message>
        <source>In a console: copy, paste</source>
        <translation>Dans une console&#x202f;: copier, coller</translation>
    </message>
    <message>
        <source>Shift+PgUp, Shift+PgDn</source>
        <translation>Maj+PgPréc, Maj+PgSuiv</translation>
    </message>
    <message>
        <source>In a console: scroll back and forth</source>
        <translation>Dans une console&#x202f;: défiler en arrière et en avant</translation>
    </message>
    <message>
        <source>Ctrl+plus, Ctrl+minus, Ctrl+0</source>
        <translation>Ctrl+plus, Ctrl+moins, Ctrl+0</translation>
    </message>
    <message>
        <source>In a console: zoom in, out, reset</source>
        <translation>Dans une console&#x202f;: agrandir, réduire, taille normale</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tab</translation>
    </message>
    <message>
        <source>In a connected console: goes to the guest; while not connected: next control</source>
        <translation>Dans une console connectée&#x202f;: va à l’invité&#x202f;; sinon&#x202f;: contrôle suivant</translation>
    </message>
    <message>
        <source>Any other key</source>
        <translation>Toute autre touche</translation>
    </message>
    <message>
        <source>In a console: goes to the guest (Ctrl+C, Ctrl+P, F-keys, Alt+letters included)</source>
        <translation>Dans une console&#x202f;: va à l’invité (Ctrl+C, Ctrl+P, touches F, Alt+lettres compris)</translation>
    </message>
    <message>
        <source>Keyboard</source>
        <translation>Clavier</translation>
    </message>
</context>
<context>
    <name>LicenseTracker</name>
    <message>
        <source>License key lost at %1</source>
        <translation>Clé de licence perdue à %1</translation>
    </message>
    <message>
        <source>License key %1 lost at %2</source>
        <translation>Clé de licence %1 perdue à %2</translation>
    </message>
    <message>
        <source>No valid license key since %1</source>
        <translation>Aucune clé de licence valide depuis %1</translation>
    </message>
    <message>
        <source>License warning at %1</source>
        <translation>Avertissement de licence à %1</translation>
    </message>
    <message>
        <source>License restored at %1</source>
        <translation>Licence rétablie à %1</translation>
    </message>
    <message>
        <source>%1 — the emulator announced a shutdown</source>
        <translation>%1 — l’émulateur a annoncé un arrêt</translation>
    </message>
    <message>
        <source>%1 — the emulator shuts down by %2</source>
        <translation>%1 — l’émulateur s’arrête au plus tard à %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 — the guest keeps running for %n h</source>
        <translation>
            <numerusform>%1 — l’invité continue de tourner pendant %n h</numerusform>
            <numerusform>%1 — l’invité continue de tourner pendant %n h</numerusform>
        </translation>
    </message>
    <message>
        <source>License expired (reported at %1)</source>
        <translation>Licence expirée (signalé à %1)</translation>
    </message>
    <message numerus="yes">
        <source>License expires in %n d (%1, reported at %2)</source>
        <translation>
            <numerusform>La licence expire dans %n jour (%1, signalé à %2)</numerusform>
            <numerusform>La licence expire dans %n jours (%1, signalé à %2)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LogLine</name>
    <message numerus="yes">
        <source>[binary data, %n bytes]</source>
        <translation>
            <numerusform>[données binaires, %n octets]</numerusform>
            <numerusform>[données binaires, %n octets]</numerusform>
        </translation>
    </message>
    <message>
        <source>emergency</source>
        <translation>urgence</translation>
    </message>
    <message>
        <source>alert</source>
        <translation>alerte</translation>
    </message>
    <message>
        <source>critical</source>
        <translation>critique</translation>
    </message>
    <message>
        <source>error</source>
        <translation>erreur</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>avertissement</translation>
    </message>
    <message>
        <source>notice</source>
        <translation>avis</translation>
    </message>
    <message>
        <source>debug</source>
        <translation>débogage</translation>
    </message>
    <message>
        <source>info</source>
        <translation>info</translation>
    </message>
</context>
<context>
    <name>StopScriptTemplate</name>
    <message>
        <source>a configuration path with a line break cannot be given a branch: %1</source>
        <translation>un chemin de configuration contenant un saut de ligne ne peut pas recevoir de branche&#x202f;: %1</translation>
    </message>
</context>
<context>
    <name>TerminalConsole</name>
    <message>
        <source>Connected to the console of %1. Press Ctrl-%2 to leave.</source>
        <translation>Connecté à la console de %1. Appuyez sur Ctrl-%2 pour la quitter.</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Attention&#xa0;: %1</translation>
    </message>
    <message>
        <source>Output closed.</source>
        <translation>Sortie fermée.</translation>
    </message>
    <message>
        <source>The console was closed by the guest&apos;s side.</source>
        <translation>La console a été fermée du côté de l’invité.</translation>
    </message>
    <message>
        <source>Input error: %1</source>
        <translation>Erreur d’entrée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Left the console.</source>
        <translation>Console quittée.</translation>
    </message>
    <message>
        <source>Ended by signal %1.</source>
        <translation>Terminé par le signal %1.</translation>
    </message>
</context>
<context>
    <name>charon::cli::AddCommand</name>
    <message>
        <source>Guest name (default: from the configuration file name).</source>
        <translation>Nom de l’invité (par défaut&#xa0;: d’après le nom du fichier de configuration).</translation>
    </message>
    <message>
        <source>The Charon emulator executable.</source>
        <translation>L’exécutable de l’émulateur Charon.</translation>
    </message>
    <message>
        <source>The guest&apos;s Charon configuration file.</source>
        <translation>Le fichier de configuration Charon de l’invité.</translation>
    </message>
    <message>
        <source>The emulator&apos;s working directory (default: the config&apos;s).</source>
        <translation>Le répertoire de travail de l’émulateur (par défaut&#xa0;: celui de la configuration).</translation>
    </message>
    <message>
        <source>Emulator family: par, axp or vax (default: guessed).</source>
        <translation>Famille d’émulateur&#xa0;: par, axp ou vax (par défaut&#xa0;: devinée).</translation>
    </message>
    <message>
        <source>Guest OS for the stop script template (hpux, mpeix, openvms, tru64).</source>
        <translation>Système invité pour le modèle de script d’arrêt (hpux, mpeix, openvms, tru64).</translation>
    </message>
    <message>
        <source>Start the guest when the host boots.</source>
        <translation>Démarrer l’invité au démarrage de l’hôte.</translation>
    </message>
    <message>
        <source>The emulator reports readiness to systemd (sd_notify).</source>
        <translation>L’émulateur signale à systemd qu’il est prêt (sd_notify).</translation>
    </message>
    <message>
        <source>Do not add a template branch to the stop script.</source>
        <translation>Ne pas ajouter de branche modèle au script d’arrêt.</translation>
    </message>
    <message>
        <source>Accept a configuration the parser finds errors in.</source>
        <translation>Accepter une configuration dans laquelle l’analyseur trouve des erreurs.</translation>
    </message>
    <message>
        <source>Add a guest: write its systemd unit.</source>
        <translation>Ajouter un invité&#xa0;: écrire son unit systemd.</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot; (usage: charon-vm %2)</source>
        <translation>argument inattendu «&#xa0;%1&#xa0;» (utilisation&#xa0;: charon-vm %2)</translation>
    </message>
    <message>
        <source>add needs --emulator and --config</source>
        <translation>add exige --emulator et --config</translation>
    </message>
    <message>
        <source> (--force adds it anyway)</source>
        <translation> (--force l’ajoute quand même)</translation>
    </message>
    <message>
        <source>Added guest %1 (%2).</source>
        <translation>Invité %1 ajouté (%2).</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>avertissement&#xa0;: %1</translation>
    </message>
    <message>
        <source>guest added, but systemd did not reload: %1</source>
        <translation>invité ajouté, mais systemd n’a pas rechargé sa configuration&#xa0;: %1</translation>
    </message>
    <message>
        <source>guest added, but auto-boot could not be turned on: %1</source>
        <translation>invité ajouté, mais le démarrage automatique n’a pas pu être activé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Auto-boot on for %1.</source>
        <translation>Démarrage automatique activé pour %1.</translation>
    </message>
</context>
<context>
    <name>charon::cli::CfgCommand</name>
    <message>
        <source>Save the edit even if the parser finds errors.</source>
        <translation>Enregistrer la modification même si l’analyseur trouve des erreurs.</translation>
    </message>
    <message>
        <source>Edit a guest&apos;s configuration, checked before it is saved (alias: vmcfg).</source>
        <translation>Modifier la configuration d’un invité, vérifiée avant d’être enregistrée (alias&#xa0;: vmcfg).</translation>
    </message>
    <message>
        <source>cfg takes one guest name</source>
        <translation>cfg prend un nom d’invité</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot make a copy to edit: %1</source>
        <translation>impossible de faire une copie à modifier&#xa0;: %1</translation>
    </message>
    <message>
        <source>the EDITOR variable is empty</source>
        <translation>la variable EDITOR est vide</translation>
    </message>
    <message>
        <source>the editor %1 failed; %2 is unchanged</source>
        <translation>l’éditeur %1 a échoué&#x202f;; %2 est inchangé</translation>
    </message>
    <message>
        <source>cannot run the editor %1: %2</source>
        <translation>impossible de lancer l’éditeur %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot read the edited copy: %1</source>
        <translation>impossible de lire la copie modifiée&#xa0;: %1</translation>
    </message>
    <message>
        <source>No changes.</source>
        <translation>Aucune modification.</translation>
    </message>
    <message>
        <source>the edited configuration has errors</source>
        <translation>la configuration modifiée contient des erreurs</translation>
    </message>
    <message>
        <source>Save it anyway? [y/N] </source>
        <translation>L’enregistrer quand même&#x202f;? [y/N] </translation>
    </message>
    <message>
        <source>not saved</source>
        <translation>non enregistré</translation>
    </message>
    <message>
        <source>Saved %1 (the previous version is %2). A running guest reads it at its next start.</source>
        <translation>%1 enregistré (la version précédente est %2). Un invité en marche la lira à son prochain démarrage.</translation>
    </message>
    <message>
        <source>%1: %2 is unchanged; your edit is kept in %3</source>
        <translation>%1&#xa0;: %2 est inchangé&#x202f;; votre modification est conservée dans %3</translation>
    </message>
</context>
<context>
    <name>charon::cli::CliApp</name>
    <message>
        <source>usage: charon-vm [--user | --system] COMMAND [OPTIONS] [ARGS]

Runs Charon guests as systemd services. Without a NAME, commands act on the default guest.
--system (the default) manages the host&apos;s guests; --user your own user manager&apos;s.

Commands:
</source>
        <translation>utilisation&#xa0;: charon-vm [--user | --system] COMMANDE [OPTIONS] [ARGUMENTS]

Exécute des invités Charon comme services systemd. Sans NOM, les commandes portent sur l’invité par défaut.
--system (par défaut) gère les invités de l’hôte&#x202f;; --user ceux de votre propre gestionnaire utilisateur.

Commandes&#xa0;:
</translation>
    </message>
    <message>
        <source>no command given (try charon-vm --help)</source>
        <translation>aucune commande donnée (essayez charon-vm --help)</translation>
    </message>
    <message>
        <source>--user and --system exclude each other</source>
        <translation>--user et --system s’excluent mutuellement</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot; (try charon-vm --help)</source>
        <translation>commande inconnue «&#xa0;%1&#xa0;» (essayez charon-vm --help)</translation>
    </message>
    <message>
        <source>Guests of your own systemd user manager.</source>
        <translation>Invités de votre propre gestionnaire utilisateur systemd.</translation>
    </message>
    <message>
        <source>Guests of the host (default).</source>
        <translation>Invités de l’hôte (par défaut).</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Afficher cette aide.</translation>
    </message>
    <message>
        <source> (usage: charon-vm %1)</source>
        <translation> (utilisation&#xa0;: charon-vm %1)</translation>
    </message>
    <message>
        <source>usage: charon-vm [--user | --system] %1
%2
</source>
        <translation>utilisation&#xa0;: charon-vm [--user | --system] %1
%2
</translation>
    </message>
    <message>
        <source>Show this text, or the options of one command.</source>
        <translation>Affiche ce texte, ou les options d’une commande.</translation>
    </message>
    <message>
        <source>
Exit codes: 0 ok, 1 other error, 2 usage, 3 guest not found, 4 permission denied, 5 systemd job failed, 6 console in use by another client, 7 nothing to do (start of a running guest, stop of a stopped one), 8 systemd unreachable (no bus, no manager, or no answer within 5 s).
</source>
        <translation>
Codes de sortie&#x202f;: 0 succès, 1 autre erreur, 2 utilisation, 3 invité introuvable, 4 permission refusée, 5 échec du job systemd, 6 console utilisée par un autre client, 7 rien à faire (démarrage d’un invité en marche, arrêt d’un invité arrêté), 8 systemd injoignable (pas de bus, pas de gestionnaire, ou pas de réponse en 5&#xa0;s).
</translation>
    </message>
</context>
<context>
    <name>charon::cli::CliCommand</name>
    <message>
        <source>no guest named and no default guest set (see: charon-vm default NAME)</source>
        <translation>aucun invité nommé et aucun invité par défaut défini (voir&#xa0;: charon-vm default NOM)</translation>
    </message>
    <message>
        <source>invalid guest name &quot;%1&quot;</source>
        <translation>nom d’invité invalide «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>no guest named &quot;%1&quot;</source>
        <translation>aucun invité nommé «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>charon::cli::ConsoleCommand</name>
    <message>
        <source>Connect this terminal to the guest&apos;s console (Ctrl-] leaves).</source>
        <translation>Connecter ce terminal à la console de l’invité (Ctrl-] pour quitter).</translation>
    </message>
    <message>
        <source>console takes one guest name</source>
        <translation>console prend un nom d’invité</translation>
    </message>
    <message>
        <source>the configuration of %1 (%2) sets no console port</source>
        <translation>la configuration de %1 (%2) ne définit aucun port de console</translation>
    </message>
    <message>
        <source>What Return sends: auto (CR LF to telnet, CR to a raw socket), telnet or raw.</source>
        <translation>Ce qu’envoie Entrée&#x202f;: auto (CR LF en telnet, CR vers un socket brut), telnet ou raw.</translation>
    </message>
    <message>
        <source>The terminal type announced to the guest: vt100, vt220 or xterm.</source>
        <translation>Le type de terminal annoncé à l’invité&#x202f;: vt100, vt220 ou xterm.</translation>
    </message>
    <message>
        <source>Remember --return and --identity for this guest.</source>
        <translation>Retenir --return et --identity pour cet invité.</translation>
    </message>
    <message>
        <source>--return takes auto, telnet or raw</source>
        <translation>--return accepte auto, telnet ou raw</translation>
    </message>
    <message>
        <source>--identity takes vt100, vt220 or xterm</source>
        <translation>--identity accepte vt100, vt220 ou xterm</translation>
    </message>
</context>
<context>
    <name>charon::cli::DefaultCommand</name>
    <message>
        <source>Have no default guest.</source>
        <translation>N’avoir aucun invité par défaut.</translation>
    </message>
    <message>
        <source>Show or set the default guest (the star).</source>
        <translation>Afficher ou définir l’invité par défaut (l’étoile).</translation>
    </message>
    <message>
        <source>usage: charon-vm %1</source>
        <translation>utilisation&#xa0;: charon-vm %1</translation>
    </message>
    <message>
        <source>No default guest.</source>
        <translation>Aucun invité par défaut.</translation>
    </message>
    <message>
        <source>no default guest set</source>
        <translation>aucun invité par défaut défini</translation>
    </message>
    <message>
        <source>Default guest: %1.</source>
        <translation>Invité par défaut&#xa0;: %1.</translation>
    </message>
</context>
<context>
    <name>charon::cli::EnableCommand</name>
    <message>
        <source>Turn auto-boot on (start with the host).</source>
        <translation>Activer le démarrage automatique (démarrer avec l’hôte).</translation>
    </message>
    <message>
        <source>Turn auto-boot off.</source>
        <translation>Désactiver le démarrage automatique.</translation>
    </message>
    <message>
        <source>Auto-boot on for %1.</source>
        <translation>Démarrage automatique activé pour %1.</translation>
    </message>
    <message>
        <source>Auto-boot off for %1.</source>
        <translation>Démarrage automatique désactivé pour %1.</translation>
    </message>
</context>
<context>
    <name>charon::cli::GuestFormat</name>
    <message>
        <source>Host %1, up since %2, %3 CPUs, memory %4 available of %5</source>
        <translation>Hôte %1, en marche depuis %2, %3 CPU, mémoire %4 disponible sur %5</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>EMULATOR</source>
        <translation>ÉMULATEUR</translation>
    </message>
    <message>
        <source>CONFIG</source>
        <translation>CONFIG</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>MEM(MB)</source>
        <translation>MÉM(Mo)</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>ÉTAT</translation>
    </message>
    <message>
        <source>CONSOLE</source>
        <translation>CONSOLE</translation>
    </message>
    <message>
        <source>AUTO-BOOT</source>
        <translation>DÉMARRAGE-AUTO</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>Invité</translation>
    </message>
    <message>
        <source> (default)</source>
        <translation> (par défaut)</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>Cause</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Démarré</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Arrêté</translation>
    </message>
    <message>
        <source>Emulator</source>
        <translation>Émulateur</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>Configuration</translation>
    </message>
    <message>
        <source>Working dir</source>
        <translation>Répertoire de travail</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>CPUs</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>Memory (MB)</source>
        <translation>Mémoire (Mo)</translation>
    </message>
    <message>
        <source> (listens beyond localhost: reachable from the network)</source>
        <translation> (écoute au-delà de localhost&#xa0;: accessible depuis le réseau)</translation>
    </message>
    <message>
        <source>Console port</source>
        <translation>Port de console</translation>
    </message>
    <message>
        <source>Console keys</source>
        <translation>Touches de console</translation>
    </message>
    <message>
        <source>break_on/stop_on set: a key on the console can halt the guest</source>
        <translation>break_on/stop_on défini&#xa0;: une touche sur la console peut arrêter l’invité</translation>
    </message>
    <message>
        <source>Auto-boot</source>
        <translation>Démarrage automatique</translation>
    </message>
    <message>
        <source>Start timeout</source>
        <translation>Délai de démarrage</translation>
    </message>
    <message>
        <source>Stop timeout</source>
        <translation>Délai d’arrêt</translation>
    </message>
    <message>
        <source>OOM protection</source>
        <translation>Protection OOM</translation>
    </message>
    <message>
        <source>Auto-restart</source>
        <translation>Redémarrage automatique</translation>
    </message>
    <message>
        <source>Pre-start script</source>
        <translation>Script de pré-démarrage</translation>
    </message>
    <message>
        <source>Stop script</source>
        <translation>Script d’arrêt</translation>
    </message>
    <message>
        <source>(1) does not exist</source>
        <translation>(1) n’existe pas</translation>
    </message>
    <message>
        <source>(2) managed by the network configuration tool</source>
        <translation>(2) gérée par l’outil de configuration réseau</translation>
    </message>
    <message>
        <source>(3) also used by guest %1</source>
        <translation>(3) aussi utilisée par l’invité %1</translation>
    </message>
    <message>
        <source>(4) has an IP address (%1)</source>
        <translation>(4) a une adresse IP (%1)</translation>
    </message>
    <message>
        <source>NIC %1</source>
        <translation>Carte réseau %1</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>Config issue</source>
        <translation>Problème de configuration</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>sans limite</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
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
        <source>License</source>
        <translation>Licence</translation>
    </message>
    <message>
        <source>Unit files</source>
        <translation>Fichiers d’unité</translation>
    </message>
    <message>
        <source>changed on disk since systemd read them: systemctl daemon-reload applies them</source>
        <translation>modifiés sur le disque depuis que systemd les a lus&#x202f;: systemctl daemon-reload les applique</translation>
    </message>
    <message>
        <source>Guest OS</source>
        <translation>Système invité</translation>
    </message>
    <message>
        <source>Restart needed</source>
        <translation>Redémarrage nécessaire</translation>
    </message>
</context>
<context>
    <name>charon::cli::KillCommand</name>
    <message>
        <source>Power guests off at once (SIGKILL, like Force Stop): no clean shutdown.</source>
        <translation>Coupe immédiatement l’alimentation des invités (SIGKILL, comme Arrêt forcé)&#x202f;: pas d’arrêt propre.</translation>
    </message>
    <message>
        <source>%1 is already stopped</source>
        <translation>%1 est déjà arrêté</translation>
    </message>
    <message>
        <source>Killed %1.</source>
        <translation>%1 tué.</translation>
    </message>
</context>
<context>
    <name>charon::cli::ListCommand</name>
    <message>
        <source>Print a JSON array instead of the table.</source>
        <translation>Afficher un tableau JSON au lieu de la table.</translation>
    </message>
    <message>
        <source>List the guests with their state (alias: vmlist).</source>
        <translation>Lister les invités avec leur état (alias&#xa0;: vmlist).</translation>
    </message>
    <message>
        <source>list takes no guest names</source>
        <translation>list ne prend aucun nom d’invité</translation>
    </message>
</context>
<context>
    <name>charon::cli::PrestartCommand</name>
    <message>
        <source>Internal (ExecStartPre=): check the guest and its NICs before it starts.</source>
        <translation>Interne (ExecStartPre=)&#xa0;: vérifier l’invité et ses cartes réseau avant son démarrage.</translation>
    </message>
    <message>
        <source>prestart takes one guest name</source>
        <translation>prestart prend un nom d’invité</translation>
    </message>
    <message>
        <source>%1 not started: its configuration has errors</source>
        <translation>%1 non démarré&#xa0;: sa configuration contient des erreurs</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>avertissement&#xa0;: %1</translation>
    </message>
    <message>
        <source>(1) does not exist</source>
        <translation>(1) n’existe pas</translation>
    </message>
    <message>
        <source>(2) is managed by the network configuration tool</source>
        <translation>(2) est gérée par l’outil de configuration réseau</translation>
    </message>
    <message>
        <source>(3) is also used by guest %1</source>
        <translation>(3) est aussi utilisée par l’invité %1</translation>
    </message>
    <message>
        <source>(4) has an IP address</source>
        <translation>(4) a une adresse IP</translation>
    </message>
    <message>
        <source>warning: %1 NIC %2 (%3): %4</source>
        <translation>avertissement&#xa0;: %1 carte réseau %2 (%3)&#xa0;: %4</translation>
    </message>
</context>
<context>
    <name>charon::cli::RemoveCommand</name>
    <message>
        <source>Stop the guest first if it is running.</source>
        <translation>Arrêter d’abord l’invité s’il est en marche.</translation>
    </message>
    <message>
        <source>Remove a guest&apos;s unit (its configuration and disks stay).</source>
        <translation>Supprimer l’unit d’un invité (sa configuration et ses disques restent).</translation>
    </message>
    <message>
        <source>remove takes exactly one guest name</source>
        <translation>remove prend exactement un nom d’invité</translation>
    </message>
    <message>
        <source>guest %1 is running (%2): stop it first, or use --force</source>
        <translation>l’invité %1 est en marche (%2)&#xa0;: arrêtez-le d’abord, ou utilisez --force</translation>
    </message>
    <message>
        <source>Stopped %1.</source>
        <translation>%1 arrêté.</translation>
    </message>
    <message>
        <source>Removed guest %1; its configuration and disks are untouched.</source>
        <translation>Invité %1 supprimé&#x202f;; sa configuration et ses disques sont intacts.</translation>
    </message>
</context>
<context>
    <name>charon::cli::SetCommand</name>
    <message>
        <source>no limit</source>
        <translation>aucune limite</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>on</source>
        <translation>activé</translation>
    </message>
    <message>
        <source>off</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <source>The guest&apos;s description (&quot;&quot;: the unit&apos;s own).</source>
        <translation>La description de l’invité (&quot;&quot;&#x202f;: celle de l’unité).</translation>
    </message>
    <message>
        <source>Seconds the emulator may take to start (0: no limit).</source>
        <translation>Secondes accordées à l’émulateur pour démarrer (0&#x202f;: aucune limite).</translation>
    </message>
    <message>
        <source>Seconds the stop script and emulator may take to stop before SIGKILL (0: no limit).</source>
        <translation>Secondes accordées au script d’arrêt et à l’émulateur pour s’arrêter avant SIGKILL (0&#x202f;: aucune limite).</translation>
    </message>
    <message>
        <source>Start with the host (as enable/disable).</source>
        <translation>Démarrer avec l’hôte (comme enable/disable).</translation>
    </message>
    <message>
        <source>Restart the guest when its emulator fails.</source>
        <translation>Redémarrer l’invité quand son émulateur échoue.</translation>
    </message>
    <message>
        <source>Seconds between a failure and the restart (default 30).</source>
        <translation>Secondes entre un échec et le redémarrage (30 par défaut).</translation>
    </message>
    <message>
        <source>At most N starts within the interval (default 2).</source>
        <translation>Au plus N démarrages dans l’intervalle (2 par défaut).</translation>
    </message>
    <message>
        <source>The start-limit interval in seconds (default 600).</source>
        <translation>L’intervalle de la limite de démarrages en secondes (600 par défaut).</translation>
    </message>
    <message>
        <source>Protect the emulator from the kernel&apos;s OOM killer.</source>
        <translation>Protéger l’émulateur de l’OOM killer du noyau.</translation>
    </message>
    <message>
        <source>Start before (stop after) GUEST; repeat for several, &quot;&quot; for none.</source>
        <translation>Démarrer avant (arrêter après) GUEST&#x202f;; à répéter pour plusieurs, &quot;&quot; pour aucun.</translation>
    </message>
    <message>
        <source>Start after (stop before) GUEST; repeat for several, &quot;&quot; for none.</source>
        <translation>Démarrer après (arrêter avant) GUEST&#x202f;; à répéter pour plusieurs, &quot;&quot; pour aucun.</translation>
    </message>
    <message>
        <source>A script run before the emulator (&quot;&quot; for none).</source>
        <translation>Un script exécuté avant l’émulateur (&quot;&quot; pour aucun).</translation>
    </message>
    <message>
        <source>Change a guest&apos;s service settings (our drop-in, then daemon-reload) and show what systemd applies.</source>
        <translation>Modifie les paramètres du service d’un invité (notre drop-in, puis daemon-reload) et montre ce que systemd applique.</translation>
    </message>
    <message>
        <source>  (set by %1)</source>
        <translation>  (défini par %1)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Settings of %1, as systemd applies them:</source>
        <translation>Paramètres de %1, tels que systemd les applique&#x202f;:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Description&#x202f;:</translation>
    </message>
    <message>
        <source>Start timeout:</source>
        <translation>Délai de démarrage&#x202f;:</translation>
    </message>
    <message>
        <source>Stop timeout:</source>
        <translation>Délai d’arrêt&#x202f;:</translation>
    </message>
    <message>
        <source>Auto-boot:</source>
        <translation>Démarrage auto&#x202f;:</translation>
    </message>
    <message>
        <source>Auto-restart:</source>
        <translation>Redémarrage auto&#x202f;:</translation>
    </message>
    <message>
        <source>on, after %1, at most %2 starts in %3</source>
        <translation>activé, après %1, au plus %2 démarrages en %3</translation>
    </message>
    <message>
        <source>OOM protection:</source>
        <translation>Protection OOM&#x202f;:</translation>
    </message>
    <message>
        <source>Pre-start script:</source>
        <translation>Script de pré-démarrage&#x202f;:</translation>
    </message>
    <message>
        <source>Starts before:</source>
        <translation>Démarre avant&#x202f;:</translation>
    </message>
    <message>
        <source>Starts after:</source>
        <translation>Démarre après&#x202f;:</translation>
    </message>
    <message>
        <source>set takes one guest name (usage: charon-vm %1)</source>
        <translation>set prend un nom d’invité (usage&#x202f;: charon-vm %1)</translation>
    </message>
    <message>
        <source>--%1: &quot;%2&quot; is not a number of seconds</source>
        <translation>--%1&#x202f;: «&#xa0;%2&#xa0;» n’est pas un nombre de secondes</translation>
    </message>
    <message>
        <source>--%1: &quot;%2&quot; is not a number</source>
        <translation>--%1&#x202f;: «&#xa0;%2&#xa0;» n’est pas un nombre</translation>
    </message>
    <message>
        <source>--%1 takes on or off, not &quot;%2&quot;</source>
        <translation>--%1 prend on ou off, pas «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>nothing written for %1</source>
        <translation>rien n’a été écrit pour %1</translation>
    </message>
    <message>
        <source>warning: %1 of %2 is set by %3, which overrides ours (%4)</source>
        <translation>avertissement&#x202f;: %1 de %2 est défini par %3, qui remplace le nôtre (%4)</translation>
    </message>
</context>
<context>
    <name>charon::cli::StatusCommand</name>
    <message>
        <source>Print a JSON object.</source>
        <translation>Afficher un objet JSON.</translation>
    </message>
    <message>
        <source>Show one guest in detail.</source>
        <translation>Afficher un invité en détail.</translation>
    </message>
    <message>
        <source>status takes one guest name</source>
        <translation>status prend un nom d’invité</translation>
    </message>
</context>
<context>
    <name>charon::cli::StopScriptCommand</name>
    <message>
        <source>Internal (ExecStop=): run the guest&apos;s stop script branch, wait for the emulator.</source>
        <translation>Interne (ExecStop=)&#xa0;: exécuter la branche du script d’arrêt de l’invité, attendre l’émulateur.</translation>
    </message>
    <message>
        <source>stop-script takes one guest name</source>
        <translation>stop-script prend un nom d’invité</translation>
    </message>
</context>
<context>
    <name>charon::cli::UnitCommand</name>
    <message>
        <source>Return once systemd has queued the job, without its result.</source>
        <translation>Rendre la main dès que systemd a mis le job en file, sans attendre son résultat.</translation>
    </message>
    <message>
        <source>Start guests, in parallel (alias: vmstart).</source>
        <translation>Démarrer des invités, en parallèle (alias&#xa0;: vmstart).</translation>
    </message>
    <message>
        <source>Stop guests: clean shutdown by the stop script, else power-off (alias: vmstop).</source>
        <translation>Arrêter des invités&#xa0;: arrêt propre par le script d’arrêt, sinon mise hors tension (alias&#xa0;: vmstop).</translation>
    </message>
    <message>
        <source>Stop then start guests.</source>
        <translation>Arrêter puis démarrer des invités.</translation>
    </message>
    <message>
        <source>Started %1.</source>
        <translation>%1 démarré.</translation>
    </message>
    <message>
        <source>Stopped %1.</source>
        <translation>%1 arrêté.</translation>
    </message>
    <message>
        <source>Restarted %1.</source>
        <translation>%1 redémarré.</translation>
    </message>
    <message>
        <source>Start of %1 queued.</source>
        <translation>Démarrage de %1 mis en file.</translation>
    </message>
    <message>
        <source>Stop of %1 queued.</source>
        <translation>Arrêt de %1 mis en file.</translation>
    </message>
    <message>
        <source>Restart of %1 queued.</source>
        <translation>Redémarrage de %1 mis en file.</translation>
    </message>
    <message>
        <source>%1 is already running</source>
        <translation>%1 est déjà en marche</translation>
    </message>
    <message>
        <source>%1 is already stopped</source>
        <translation>%1 est déjà arrêté</translation>
    </message>
    <message>
        <source>Do not ask before powering off a guest whose stop script has no shutdown commands (never asked when stdin is not a terminal).</source>
        <translation>Ne pas demander avant de couper un invité dont le script d’arrêt n’a pas de commandes d’arrêt (jamais demandé quand l’entrée standard n’est pas un terminal).</translation>
    </message>
    <message>
        <source>nothing stopped</source>
        <translation>rien n’a été arrêté</translation>
    </message>
    <message>
        <source>%1 (stop script: %2)</source>
        <translation>%1 (script d’arrêt&#x202f;: %2)</translation>
    </message>
    <message>
        <source>warning: no shutdown commands in the stop script for %1: the emulator is ended, a power-off for the guest OS</source>
        <translation>avertissement&#x202f;: pas de commandes d’arrêt dans le script d’arrêt pour %1&#x202f;: l’émulateur est terminé, une coupure de courant pour le système invité</translation>
    </message>
    <message>
        <source>Power off anyway? [y/N] </source>
        <translation>Couper quand même&#x202f;? [o/N] </translation>
    </message>
    <message>
        <source>y</source>
        <translation>o</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
</context>
<context>
    <name>charon::cli::WatchCommand</name>
    <message>
        <source>Print one JSON object per event.</source>
        <translation>Afficher un objet JSON par événement.</translation>
    </message>
    <message>
        <source>Run PROGRAM for each event with the arguments KIND SEVERITY GUEST TEXT (no shell; the event is also in CHARON_EVENT_JSON).</source>
        <translation>Lancer PROGRAMME pour chaque événement avec les arguments TYPE GRAVITÉ INVITÉ TEXTE (sans shell&#x202f;; l’événement est aussi dans CHARON_EVENT_JSON).</translation>
    </message>
    <message>
        <source>Only these kinds of event, comma-separated (started, stopped, failed, restarting, job-failed, manager-lost, manager-back, license-found, license-lost, license-restored, license-missing, license-expiring, license-expired, shutdown-warning, os-answers, os-no-answer, os-probe-error).</source>
        <translation>Seulement ces types d’événement, séparés par des virgules (started, stopped, failed, restarting, job-failed, manager-lost, manager-back, license-found, license-lost, license-restored, license-missing, license-expiring, license-expired, shutdown-warning, os-answers, os-no-answer, os-probe-error).</translation>
    </message>
    <message>
        <source>Print (or hand to a program) every state, license and guest OS event as it happens.</source>
        <translation>Afficher (ou transmettre à un programme) chaque événement d’état, de licence et de système invité dès qu’il survient.</translation>
    </message>
    <message>
        <source>invalid guest name: %1</source>
        <translation>nom d’invité invalide&#x202f;: %1</translation>
    </message>
    <message>
        <source>unknown kind of event: %1</source>
        <translation>type d’événement inconnu&#x202f;: %1</translation>
    </message>
    <message>
        <source>--exec %1: no such executable program</source>
        <translation>--exec %1&#x202f;: programme exécutable introuvable</translation>
    </message>
    <message>
        <source>watching 1 guest</source>
        <translation>surveillance de 1 invité</translation>
    </message>
    <message>
        <source>watching %1 guests</source>
        <translation>surveillance de %1 invités</translation>
    </message>
    <message>
        <source>%1 failed for the %2 event (exit %3)</source>
        <translation>%1 a échoué pour l’événement %2 (code %3)</translation>
    </message>
    <message>
        <source>cannot run %1: %2</source>
        <translation>impossible de lancer %1&#x202f;: %2</translation>
    </message>
</context>
<context>
    <name>charon::core</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d’écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot create directory %1</source>
        <translation>impossible de créer le répertoire %1</translation>
    </message>
    <message>
        <source>cannot keep a backup: %1</source>
        <translation>impossible de conserver une sauvegarde&#xa0;: %1</translation>
    </message>
    <message>
        <source>a command run before the emulator failed (ExecStartPre)</source>
        <translation>une commande exécutée avant l’émulateur a échoué (ExecStartPre)</translation>
    </message>
    <message>
        <source>a command run around the emulator failed (ExecStartPost, ExecStop...)</source>
        <translation>une commande exécutée autour de l’émulateur a échoué (ExecStartPost, ExecStop...)</translation>
    </message>
    <message>
        <source>the emulator exited with status %1</source>
        <translation>l’émulateur s’est terminé avec le statut %1</translation>
    </message>
    <message>
        <source>the working directory could not be entered (%1)</source>
        <translation>impossible d’entrer dans le répertoire de travail (%1)</translation>
    </message>
    <message>
        <source>the emulator could not be executed: missing or not executable (%1)</source>
        <translation>l’émulateur n’a pas pu être exécuté&#xa0;: absent ou non exécutable (%1)</translation>
    </message>
    <message>
        <source>the configured user or group does not exist (%1)</source>
        <translation>l’utilisateur ou le groupe configuré n’existe pas (%1)</translation>
    </message>
    <message>
        <source>systemd could not prepare the emulator&apos;s process (%1)</source>
        <translation>systemd n’a pas pu préparer le processus de l’émulateur (%1)</translation>
    </message>
    <message>
        <source>the unit file is missing</source>
        <translation>le fichier d’unit est absent</translation>
    </message>
    <message>
        <source>systemd cannot load the unit file (%1)</source>
        <translation>systemd ne peut pas charger le fichier d’unit (%1)</translation>
    </message>
    <message>
        <source>the unit is masked</source>
        <translation>l’unit est masquée</translation>
    </message>
    <message>
        <source>the emulator was killed by signal %1</source>
        <translation>l’émulateur a été tué par le signal %1</translation>
    </message>
    <message>
        <source>the emulator crashed (%1, core dumped)</source>
        <translation>l’émulateur a planté (%1, core dump écrit)</translation>
    </message>
    <message>
        <source>systemd gave up waiting (timeout)</source>
        <translation>systemd a cessé d’attendre (délai dépassé)</translation>
    </message>
    <message>
        <source>it failed too often in a row (start limit hit)</source>
        <translation>échecs trop nombreux d’affilée (limite de démarrages atteinte)</translation>
    </message>
    <message>
        <source>the kernel&apos;s OOM killer ended the emulator</source>
        <translation>l’OOM killer du noyau a arrêté l’émulateur</translation>
    </message>
    <message>
        <source>systemd could not prepare it (working directory, files or user missing)</source>
        <translation>systemd n’a pas pu le préparer (répertoire de travail, fichiers ou utilisateur absents)</translation>
    </message>
    <message>
        <source>the watchdog expired</source>
        <translation>le watchdog a expiré</translation>
    </message>
    <message>
        <source>a start condition was not met</source>
        <translation>une condition de démarrage n’était pas remplie</translation>
    </message>
    <message>
        <source>systemd reports: %1</source>
        <translation>systemd signale&#xa0;: %1</translation>
    </message>
    <message>
        <source>invalid escape sequence at position %1</source>
        <translation>séquence d’échappement invalide à la position %1</translation>
    </message>
    <message>
        <source>unterminated quote</source>
        <translation>guillemet non fermé</translation>
    </message>
    <message>
        <source>no command</source>
        <translation>aucune commande</translation>
    </message>
    <message>
        <source>it contains a control character</source>
        <translation>il contient un caractère de contrôle</translation>
    </message>
    <message>
        <source>it ends with whitespace</source>
        <translation>il se termine par une espace</translation>
    </message>
    <message>
        <source>it ends with a backslash</source>
        <translation>il se termine par une barre oblique inverse</translation>
    </message>
    <message>
        <source>systemd does not accept quotes, backslashes or control characters in the path of a program</source>
        <translation>systemd n’accepte ni guillemets, ni barres obliques inverses, ni caractères de contrôle dans le chemin d’un programme</translation>
    </message>
    <message>
        <source>starting…</source>
        <translation>démarrage…</translation>
    </message>
    <message>
        <source>checking it runs…</source>
        <translation>vérification qu’il tourne…</translation>
    </message>
    <message>
        <source>stopping…</source>
        <translation>arrêt…</translation>
    </message>
    <message>
        <source>reloading…</source>
        <translation>rechargement…</translation>
    </message>
    <message>
        <source>reloading or starting…</source>
        <translation>rechargement ou démarrage…</translation>
    </message>
    <message>
        <source>restarting…</source>
        <translation>redémarrage…</translation>
    </message>
    <message>
        <source>busy…</source>
        <translation>occupé…</translation>
    </message>
    <message>
        <source>last answer %1</source>
        <translation>dernière réponse %1</translation>
    </message>
    <message>
        <source>never answered</source>
        <translation>n’a jamais répondu</translation>
    </message>
    <message>
        <source>waiting for the first answer</source>
        <translation>en attente de la première réponse</translation>
    </message>
    <message>
        <source>answers (checked %1)</source>
        <translation>répond (vérifié à %1)</translation>
    </message>
    <message>
        <source>not booted or unreachable (%1)</source>
        <translation>non démarré ou injoignable (%1)</translation>
    </message>
    <message>
        <source>probe error: %1 (%2)</source>
        <translation>erreur de sonde&#x202f;: %1 (%2)</translation>
    </message>
    <message>
        <source>configuration file %1 already exists: use it as it is, or choose another name</source>
        <translation>le fichier de configuration %1 existe déjà&#x202f;: utilisez-le tel quel ou choisissez un autre nom</translation>
    </message>
    <message>
        <source>folder for the new configuration does not exist: %1</source>
        <translation>le dossier de la nouvelle configuration n’existe pas&#x202f;: %1</translation>
    </message>
    <message>
        <source>folder for the new configuration is not writable: %1</source>
        <translation>le dossier de la nouvelle configuration n’est pas accessible en écriture&#x202f;: %1</translation>
    </message>
    <message>
        <source>cannot write the configuration file %1: %2</source>
        <translation>impossible d’écrire le fichier de configuration %1&#x202f;: %2</translation>
    </message>
</context>
<context>
    <name>charon::core::ConfigLineReader</name>
    <message>
        <source>larger than %1 KiB: not a Charon configuration file</source>
        <translation>plus de %1 Kio&#xa0;: pas un fichier de configuration Charon</translation>
    </message>
    <message>
        <source>encoded as UTF-16: save it as UTF-8 or ASCII</source>
        <translation>encodé en UTF-16&#xa0;: enregistrez-le en UTF-8 ou en ASCII</translation>
    </message>
    <message>
        <source>contains NUL bytes: a binary file, not a Charon configuration</source>
        <translation>contient des octets NUL&#xa0;: un fichier binaire, pas une configuration Charon</translation>
    </message>
    <message>
        <source>not valid UTF-8: read as Latin-1</source>
        <translation>UTF-8 invalide&#xa0;: lu comme Latin-1</translation>
    </message>
    <message>
        <source>line longer than %1 characters: ignored</source>
        <translation>ligne de plus de %1 caractères&#xa0;: ignorée</translation>
    </message>
</context>
<context>
    <name>charon::core::ConfigParser</name>
    <message>
        <source>no such file</source>
        <translation>fichier inexistant</translation>
    </message>
    <message>
        <source>is a directory, not a configuration file</source>
        <translation>est un répertoire, pas un fichier de configuration</translation>
    </message>
    <message>
        <source>not a regular file (a device, pipe or socket)</source>
        <translation>pas un fichier ordinaire (un périphérique, un tube ou une socket)</translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation>lecture impossible&#xa0;: %1</translation>
    </message>
    <message>
        <source>unknown emulator profile &quot;%1&quot; (known: %2)</source>
        <translation>profil d’émulateur inconnu «&#xa0;%1&#xa0;» (connus&#xa0;: %2)</translation>
    </message>
    <message>
        <source>cannot tell which Charon emulator this configuration is for</source>
        <translation>impossible de savoir à quel émulateur Charon cette configuration est destinée</translation>
    </message>
    <message>
        <source>hardware model</source>
        <translation>modèle matériel</translation>
    </message>
    <message>
        <source>memory size</source>
        <translation>taille mémoire</translation>
    </message>
    <message>
        <source>console port</source>
        <translation>port de console</translation>
    </message>
    <message>
        <source>log file</source>
        <translation>fichier journal</translation>
    </message>
    <message>
        <source>break_on</source>
        <translation>break_on</translation>
    </message>
    <message>
        <source>stop_on</source>
        <translation>stop_on</translation>
    </message>
    <message>
        <source>configuration name</source>
        <translation>nom de configuration</translation>
    </message>
    <message>
        <source>license id</source>
        <translation>identifiant de licence</translation>
    </message>
    <message>
        <source>adapter %1</source>
        <translation>adaptateur %1</translation>
    </message>
    <message>
        <source>interface of %1</source>
        <translation>interface de %1</translation>
    </message>
    <message>
        <source>mapping mode of %1</source>
        <translation>mode de mappage de %1</translation>
    </message>
    <message>
        <source>link of %1</source>
        <translation>lien de %1</translation>
    </message>
    <message>
        <source>%1 set again: line %2 overrides line %3</source>
        <translation>%1 redéfini&#xa0;: la ligne %2 remplace la ligne %3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; takes no &apos;=&apos; (the emulator refuses to start)</source>
        <translation>«&#xa0;%1&#xa0;» ne prend pas de &apos;=&apos; (l’émulateur refuse de démarrer)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs &apos;=&apos; (the emulator refuses to start)</source>
        <translation>«&#xa0;%1&#xa0;» exige &apos;=&apos; (l’émulateur refuse de démarrer)</translation>
    </message>
    <message>
        <source>unterminated quote (opened at column %1): line ignored</source>
        <translation>guillemet non fermé (ouvert à la colonne %1)&#xa0;: ligne ignorée</translation>
    </message>
    <message>
        <source>not understood, kept as is: %1</source>
        <translation>non compris, conservé tel quel&#xa0;: %1</translation>
    </message>
    <message>
        <source>empty license id: ignored</source>
        <translation>identifiant de licence vide&#xa0;: ignoré</translation>
    </message>
    <message>
        <source>license id &quot;%1&quot; listed twice</source>
        <translation>identifiant de licence «&#xa0;%1&#xa0;» indiqué deux fois</translation>
    </message>
    <message>
        <source>unknown mapping mode &quot;%1&quot; for %2 (expected %3)</source>
        <translation>mode de mappage inconnu «&#xa0;%1&#xa0;» pour %2 (attendu&#xa0;: %3)</translation>
    </message>
    <message>
        <source>memory size &quot;%1&quot; is not understood</source>
        <translation>taille mémoire «&#xa0;%1&#xa0;» non comprise</translation>
    </message>
    <message>
        <source>console port &quot;%1&quot; is not a TCP port number (1-65535)</source>
        <translation>le port de console «&#xa0;%1&#xa0;» n’est pas un numéro de port TCP (1-65535)</translation>
    </message>
    <message>
        <source>console port %1 listens on &quot;%2&quot;: anyone on the network can reach the console; use &quot;lo:%1&quot; or a bare port number</source>
        <translation>le port de console %1 écoute sur «&#xa0;%2&#xa0;»&#xa0;: n’importe qui sur le réseau peut atteindre la console&#x202f;; utilisez «&#xa0;lo:%1&#xa0;» ou un simple numéro de port</translation>
    </message>
    <message>
        <source>more than %1 NICs: %2 supports at most %1</source>
        <translation>plus de %1 cartes réseau&#xa0;: %2 en gère au plus %1</translation>
    </message>
    <message>
        <source>could be for %1 or %2: read as %1; name the emulator to be sure</source>
        <translation>pourrait convenir à %1 ou à %2&#xa0;: lu comme %1&#x202f;; nommez l’émulateur pour en être sûr</translation>
    </message>
</context>
<context>
    <name>charon::core::ConsoleConnector</name>
    <message>
        <source>Not connected</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connexion à %1…</translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation>Connecté à %1</translation>
    </message>
    <message>
        <source>Connection refused by %1: is the emulator running?</source>
        <translation>Connexion refusée par %1&#xa0;: l’émulateur est-il en marche&#x202f;?</translation>
    </message>
    <message>
        <source>Host %1 not found</source>
        <translation>Hôte %1 introuvable</translation>
    </message>
    <message>
        <source>No answer from %1</source>
        <translation>Pas de réponse de %1</translation>
    </message>
    <message>
        <source>Connection closed by %1</source>
        <translation>Connexion fermée par %1</translation>
    </message>
    <message>
        <source>Connection to %1 failed: %2</source>
        <translation>Échec de la connexion à %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Disconnected from %1</source>
        <translation>Déconnecté de %1</translation>
    </message>
    <message>
        <source>Timed out</source>
        <translation>Délai dépassé</translation>
    </message>
</context>
<context>
    <name>charon::core::ConsoleLink</name>
    <message>
        <source>%1 halts the guest (break_on)</source>
        <translation>%1 arrête l’invité (break_on)</translation>
    </message>
    <message>
        <source>%1 stops the emulator (stop_on)</source>
        <translation>%1 arrête l’émulateur (stop_on)</translation>
    </message>
    <message>
        <source>On this console, %1 and %2.</source>
        <translation>Sur cette console, %1 et %2.</translation>
    </message>
    <message>
        <source>On this console, %1.</source>
        <translation>Sur cette console, %1.</translation>
    </message>
    <message>
        <source>Connection closed by %1:%2</source>
        <translation>Connexion fermée par %1:%2</translation>
    </message>
    <message numerus="yes">
        <source>Retrying in %n s.</source>
        <translation>
            <numerusform>Nouvel essai dans %n s.</numerusform>
            <numerusform>Nouvel essai dans %n s.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <source>The guest is stopping.</source>
        <translation>L’invité s’arrête.</translation>
    </message>
    <message>
        <source>The guest is stopped. The console reconnects when it runs.</source>
        <translation>L’invité est arrêté. La console se reconnecte quand il tourne.</translation>
    </message>
    <message>
        <source>The guest is not running.</source>
        <translation>L’invité n’est pas en marche.</translation>
    </message>
    <message>
        <source>The guest is starting. The console connects when it is up.</source>
        <translation>L’invité démarre. La console se connecte quand il est prêt.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connexion à %1…</translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation>Connecté à %1</translation>
    </message>
    <message>
        <source>Console in use by another client (the emulator hung up at once).</source>
        <translation>Console utilisée par un autre client (l’émulateur a raccroché aussitôt).</translation>
    </message>
    <message>
        <source>Console in use by another client: %1.</source>
        <translation>Console utilisée par un autre client&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Disconnected from %1</source>
        <translation>Déconnecté de %1</translation>
    </message>
</context>
<context>
    <name>charon::core::DefaultGuest</name>
    <message>
        <source>cannot remove %1</source>
        <translation>impossible de supprimer %1</translation>
    </message>
    <message>
        <source>invalid guest name &quot;%1&quot;</source>
        <translation>nom d’invité invalide «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>charon::core::DesktopNotifier</name>
    <message>
        <source>no D-Bus session bus</source>
        <translation>pas de bus de session D-Bus</translation>
    </message>
</context>
<context>
    <name>charon::core::EmulatorLogFeed</name>
    <message>
        <source>the newest of %1 in %2</source>
        <translation>le plus récent de %1 dans %2</translation>
    </message>
    <message>
        <source>no emulator log</source>
        <translation>aucun journal d’émulateur</translation>
    </message>
    <message>
        <source>The configuration names no emulator log, and the emulator writes none by default.</source>
        <translation>La configuration ne nomme aucun journal d’émulateur, et l’émulateur n’en écrit pas par défaut.</translation>
    </message>
    <message>
        <source>%1 does not exist (yet): its lines show here once the emulator writes it.</source>
        <translation>%1 n’existe pas (encore)&#x202f;: ses lignes s’afficheront ici dès que l’émulateur l’écrira.</translation>
    </message>
    <message>
        <source>%1 is not a regular file: it is not read.</source>
        <translation>%1 n’est pas un fichier ordinaire&#x202f;: il n’est pas lu.</translation>
    </message>
    <message>
        <source>Cannot read %1: permission denied. Following goes on if that changes.</source>
        <translation>Impossible de lire %1&#x202f;: permission refusée. Le suivi reprendra si cela change.</translation>
    </message>
    <message>
        <source>No log file matching %1 in %2 yet: lines show here once the emulator writes one.</source>
        <translation>Aucun fichier journal correspondant à %1 dans %2 pour l’instant&#x202f;: les lignes s’afficheront ici dès que l’émulateur en écrira un.</translation>
    </message>
    <message>
        <source>%1 was deleted or moved away: waiting for the emulator to write it again.</source>
        <translation>%1 a été supprimé ou déplacé&#x202f;: en attente que l’émulateur l’écrive à nouveau.</translation>
    </message>
    <message>
        <source>Now reading %1, the emulator&apos;s newer log.</source>
        <translation>Lecture de %1, le journal plus récent de l’émulateur.</translation>
    </message>
    <message>
        <source>%1 started over (new, rotated, truncated or replaced): reading it from its start.</source>
        <translation>%1 a recommencé (nouveau, renouvelé, tronqué ou remplacé)&#x202f;: lecture depuis le début.</translation>
    </message>
    <message>
        <source>%1 holds binary data: such lines show as &quot;[binary data]&quot;.</source>
        <translation>%1 contient des données binaires&#x202f;: ces lignes s’affichent comme «&#xa0;[données binaires]&#xa0;».</translation>
    </message>
    <message>
        <source>%1 of the log were not shown: more was written at once than is worth reading. The newest lines follow.</source>
        <translation>%1 du journal n’ont pas été affichés&#x202f;: trop de texte écrit d’un coup pour valoir la lecture. Les lignes les plus récentes suivent.</translation>
    </message>
</context>
<context>
    <name>charon::core::GuestEventWatcher</name>
    <message>
        <source>%1 stopped with FAILURE</source>
        <translation>%1 arrêté en ÉCHEC</translation>
    </message>
    <message>
        <source>%1 stopped with FAILURE: %2</source>
        <translation>%1 arrêté en ÉCHEC&#x202f;: %2</translation>
    </message>
    <message>
        <source>%1 will be restarted by systemd</source>
        <translation>%1 va être redémarré par systemd</translation>
    </message>
    <message>
        <source>%1 was restarted by systemd</source>
        <translation>%1 a été redémarré par systemd</translation>
    </message>
    <message>
        <source>%1 started</source>
        <translation>%1 démarré</translation>
    </message>
    <message>
        <source>%1 stopped (requested)</source>
        <translation>%1 arrêté (demandé)</translation>
    </message>
    <message>
        <source>%1: the guest OS answers</source>
        <translation>%1&#x202f;: le système invité répond</translation>
    </message>
    <message>
        <source>%1: the guest OS does not answer (not booted or unreachable)</source>
        <translation>%1&#x202f;: le système invité ne répond pas (non démarré ou injoignable)</translation>
    </message>
    <message>
        <source>%1: the guest OS probe failed: %2</source>
        <translation>%1&#x202f;: la sonde du système invité a échoué&#x202f;: %2</translation>
    </message>
    <message>
        <source>a job</source>
        <translation>une tâche</translation>
    </message>
    <message>
        <source>%1: %2 did not succeed (%3)</source>
        <translation>%1&#x202f;: %2 a échoué (%3)</translation>
    </message>
    <message>
        <source>%1: license key lost; the emulator runs on for %2 h</source>
        <translation>%1&#x202f;: clé de licence perdue&#x202f;; l’émulateur continue %2 h</translation>
    </message>
    <message>
        <source>%1: license key lost</source>
        <translation>%1&#x202f;: clé de licence perdue</translation>
    </message>
    <message>
        <source>%1: license key restored</source>
        <translation>%1&#x202f;: clé de licence retrouvée</translation>
    </message>
    <message>
        <source>%1: license key found</source>
        <translation>%1&#x202f;: clé de licence trouvée</translation>
    </message>
    <message>
        <source>%1: no valid license key</source>
        <translation>%1&#x202f;: aucune clé de licence valide</translation>
    </message>
    <message>
        <source>%1: the emulator will shut down in %2 min</source>
        <translation>%1&#x202f;: l’émulateur s’arrêtera dans %2 min</translation>
    </message>
    <message>
        <source>%1: the emulator announced a shutdown</source>
        <translation>%1&#x202f;: l’émulateur a annoncé un arrêt</translation>
    </message>
    <message>
        <source>%1: the license expired</source>
        <translation>%1&#x202f;: la licence a expiré</translation>
    </message>
    <message>
        <source>%1: the license expires in %2 d (%3)</source>
        <translation>%1&#x202f;: la licence expire dans %2 j (%3)</translation>
    </message>
    <message>
        <source>The host&apos;s systemd can be reached again</source>
        <translation>Le systemd de l’hôte est de nouveau joignable</translation>
    </message>
    <message>
        <source>The host&apos;s systemd cannot be reached</source>
        <translation>Le systemd de l’hôte est injoignable</translation>
    </message>
    <message>
        <source>The host&apos;s systemd cannot be reached: %1</source>
        <translation>Le systemd de l’hôte est injoignable&#x202f;: %1</translation>
    </message>
</context>
<context>
    <name>charon::core::GuestFacts</name>
    <message>
        <source>the configuration changed at %1, after the start</source>
        <translation>la configuration a changé à %1, après le démarrage</translation>
    </message>
    <message>
        <source>restart needed: %1</source>
        <translation>redémarrage nécessaire&#x202f;: %1</translation>
    </message>
</context>
<context>
    <name>charon::core::GuestInstaller</name>
    <message>
        <source>a guest named &quot;%1&quot; already exists (%2)</source>
        <translation>un invité nommé «&#xa0;%1&#xa0;» existe déjà (%2)</translation>
    </message>
    <message>
        <source>cannot tell the emulator family of %1: name it (par, axp or vax)</source>
        <translation>impossible de déterminer la famille d’émulateur de %1&#xa0;: indiquez-la (par, axp ou vax)</translation>
    </message>
    <message>
        <source>unknown emulator family &quot;%1&quot; (known: %2)</source>
        <translation>famille d’émulateur inconnue «&#xa0;%1&#xa0;» (connues&#xa0;: %2)</translation>
    </message>
    <message>
        <source>permission denied: cannot write to %1</source>
        <translation>permission refusée&#xa0;: impossible d’écrire dans %1</translation>
    </message>
    <message>
        <source>Added a branch to customize in the stop script %1.</source>
        <translation>Branche à personnaliser ajoutée dans le script d’arrêt %1.</translation>
    </message>
    <message>
        <source>Wrote the configuration %1 from the %2 template.</source>
        <translation>Configuration %1 écrite à partir du modèle %2.</translation>
    </message>
</context>
<context>
    <name>charon::core::GuestMonitor</name>
    <message>
        <source>reading the guests</source>
        <translation>lecture des invités</translation>
    </message>
    <message>
        <source>the systemd manager is back</source>
        <translation>le gestionnaire systemd est de retour</translation>
    </message>
    <message>
        <source>waiting for systemd on the %1</source>
        <translation>attente de systemd sur le %1</translation>
    </message>
    <message>
        <source>resynchronizing with systemd</source>
        <translation>resynchronisation avec systemd</translation>
    </message>
    <message>
        <source>systemd reloaded its configuration</source>
        <translation>systemd a rechargé sa configuration</translation>
    </message>
    <message>
        <source>cannot connect to the %1: %2; trying again in %3 s</source>
        <translation>impossible de se connecter au %1&#x202f;: %2&#x202f;; nouvel essai dans %3&#xa0;s</translation>
    </message>
    <message>
        <source>cannot connect to the %1: %2</source>
        <translation>impossible de se connecter au %1&#x202f;: %2</translation>
    </message>
</context>
<context>
    <name>charon::core::GuestRemover</name>
    <message>
        <source>invalid guest name &quot;%1&quot;</source>
        <translation>nom d’invité invalide «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Cannot remove %1 from here: its unit file is on the remote host.</source>
        <translation>Impossible de supprimer %1 d’ici&#xa0;: son fichier d’unit est sur l’hôte distant.</translation>
    </message>
    <message>
        <source>no guest named &quot;%1&quot;</source>
        <translation>aucun invité nommé «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Cannot remove %1: there is no connection to systemd (%2).</source>
        <translation>Impossible de supprimer %1&#xa0;: pas de connexion à systemd (%2).</translation>
    </message>
    <message>
        <source>Cannot remove %1 while it is running (%2): stop it first.</source>
        <translation>Impossible de supprimer %1 tant qu’il tourne (%2)&#xa0;: arrêtez-le d’abord.</translation>
    </message>
    <message>
        <source>Could not remove %1: %2</source>
        <translation>Impossible de supprimer %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 was removed, but systemd did not reload: %2</source>
        <translation>%1 a été supprimé, mais systemd n’a pas rechargé sa configuration&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>charon::core::GuestUnitScan</name>
    <message>
        <source>cannot read %1</source>
        <translation>impossible de lire %1</translation>
    </message>
    <message>
        <source>no ExecStart=</source>
        <translation>pas de ExecStart=</translation>
    </message>
</context>
<context>
    <name>charon::core::GuestValidator</name>
    <message>
        <source>the emulator path must be absolute: %1</source>
        <translation>le chemin de l’émulateur doit être absolu&#xa0;: %1</translation>
    </message>
    <message>
        <source>emulator not found: %1</source>
        <translation>émulateur introuvable&#xa0;: %1</translation>
    </message>
    <message>
        <source>emulator is not an executable file: %1</source>
        <translation>l’émulateur n’est pas un fichier exécutable&#xa0;: %1</translation>
    </message>
    <message>
        <source>the configuration path must be absolute: %1</source>
        <translation>le chemin de la configuration doit être absolu&#xa0;: %1</translation>
    </message>
    <message>
        <source>configuration file not found: %1</source>
        <translation>fichier de configuration introuvable&#xa0;: %1</translation>
    </message>
    <message>
        <source>configuration file is not readable: %1</source>
        <translation>le fichier de configuration n’est pas lisible&#xa0;: %1</translation>
    </message>
    <message>
        <source>the working directory must be absolute: %1</source>
        <translation>le répertoire de travail doit être absolu&#xa0;: %1</translation>
    </message>
    <message>
        <source>working directory does not exist: %1</source>
        <translation>le répertoire de travail n’existe pas&#xa0;: %1</translation>
    </message>
    <message>
        <source>console port %1 is already used by guest &quot;%2&quot;</source>
        <translation>le port de console %1 est déjà utilisé par l’invité «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>invalid guest name &quot;%1&quot;: use letters, digits, &apos;-&apos;, &apos;_&apos; and &apos;.&apos; (at most 64)</source>
        <translation>nom d’invité invalide «&#xa0;%1&#xa0;»&#xa0;: utilisez des lettres, des chiffres, &apos;-&apos;, &apos;_&apos; et &apos;.&apos; (64 au plus)</translation>
    </message>
    <message>
        <source>a guest named &quot;%1&quot; already exists</source>
        <translation>un invité nommé «&#xa0;%1&#xa0;» existe déjà</translation>
    </message>
    <message>
        <source>configuration file %1 is already used by guest &quot;%2&quot;</source>
        <translation>le fichier de configuration %1 est déjà utilisé par l’invité «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>no emulator chosen</source>
        <translation>aucun émulateur choisi</translation>
    </message>
    <message>
        <source>no configuration file chosen</source>
        <translation>aucun fichier de configuration choisi</translation>
    </message>
    <message>
        <source>no console port is set in %1</source>
        <translation>aucun port de console n’est défini dans %1</translation>
    </message>
    <message>
        <source>no working directory chosen</source>
        <translation>aucun répertoire de travail choisi</translation>
    </message>
    <message>
        <source>working directory is not writable: %1</source>
        <translation>le répertoire de travail n’est pas accessible en écriture&#x202f;: %1</translation>
    </message>
    <message>
        <source>console port %1 is in use on this host (another program listens on it)</source>
        <translation>le port de console %1 est occupé sur cet hôte (un autre programme l’écoute)</translation>
    </message>
    <message>
        <source>console port %1 cannot be opened on this host: %2</source>
        <translation>le port de console %1 ne peut pas être ouvert sur cet hôte&#x202f;: %2</translation>
    </message>
    <message>
        <source>configuration has errors: %1</source>
        <translation>la configuration contient des erreurs&#x202f;: %1</translation>
    </message>
    <message>
        <source>NIC %1 in %2: host interface &quot;%3&quot; does not exist</source>
        <translation>carte réseau %1 dans %2&#x202f;: l’interface de l’hôte «&#xa0;%3&#xa0;» n’existe pas</translation>
    </message>
    <message>
        <source>NIC %1 in %2: host interface &quot;%3&quot; has an IP address (%4); an interface given to a guest should have none</source>
        <translation>carte réseau %1 dans %2&#x202f;: l’interface de l’hôte «&#xa0;%3&#xa0;» a une adresse IP (%4)&#x202f;; une interface confiée à un invité ne devrait pas en avoir</translation>
    </message>
    <message>
        <source>NIC %1 in %2: host interface &quot;%3&quot; is also used by guest &quot;%4&quot;</source>
        <translation>carte réseau %1 dans %2&#x202f;: l’interface de l’hôte «&#xa0;%3&#xa0;» est aussi utilisée par l’invité «&#xa0;%4&#xa0;»</translation>
    </message>
</context>
<context>
    <name>charon::core::HelperClient</name>
    <message>
        <source>the system bus cannot be reached, so the privileged helper cannot be asked</source>
        <translation>le bus système est injoignable&#x202f;: l’assistant privilégié ne peut pas être sollicité</translation>
    </message>
</context>
<context>
    <name>charon::core::HelperRequest</name>
    <message>
        <source>%1: the path contains a NUL character</source>
        <translation>%1&#x202f;: le chemin contient un caractère NUL</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot;: the path must be absolute</source>
        <translation>%1 «&#xa0;%2&#xa0;»&#x202f;: le chemin doit être absolu</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot;: the path must not contain &quot;..&quot;</source>
        <translation>%1 «&#xa0;%2&#xa0;»&#x202f;: le chemin ne doit pas contenir «&#xa0;..&#xa0;»</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot;: no such file or directory</source>
        <translation>%1 «&#xa0;%2&#xa0;»&#x202f;: fichier ou dossier introuvable</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a directory</source>
        <translation>%1 «&#xa0;%2&#xa0;» n’est pas un dossier</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a regular file</source>
        <translation>%1 «&#xa0;%2&#xa0;» n’est pas un fichier ordinaire</translation>
    </message>
    <message>
        <source>unknown field &quot;%1&quot; in the request</source>
        <translation>champ «&#xa0;%1&#xa0;» inconnu dans la demande</translation>
    </message>
    <message>
        <source>invalid guest name &quot;%1&quot;</source>
        <translation>nom d’invité «&#xa0;%1&#xa0;» invalide</translation>
    </message>
    <message>
        <source>invalid identifier &quot;%1&quot;</source>
        <translation>identifiant «&#xa0;%1&#xa0;» invalide</translation>
    </message>
    <message>
        <source>emulator</source>
        <translation>émulateur</translation>
    </message>
    <message>
        <source>configuration file</source>
        <translation>fichier de configuration</translation>
    </message>
    <message>
        <source>working directory</source>
        <translation>dossier de travail</translation>
    </message>
    <message>
        <source>the stop script&apos;s path contains a NUL character</source>
        <translation>le chemin du script d’arrêt contient un caractère NUL</translation>
    </message>
    <message>
        <source>the stop script&apos;s path &quot;%1&quot; must be absolute, without &quot;..&quot;</source>
        <translation>le chemin du script d’arrêt «&#xa0;%1&#xa0;» doit être absolu, sans «&#xa0;..&#xa0;»</translation>
    </message>
    <message>
        <source>the stop script &quot;%1&quot; is not a regular file; nothing was read or written</source>
        <translation>le script d’arrêt «&#xa0;%1&#xa0;» n’est pas un fichier ordinaire&#x202f;; rien n’a été lu ni écrit</translation>
    </message>
    <message>
        <source>the script contains a NUL character; nothing was written</source>
        <translation>le script contient un caractère NUL&#x202f;; rien n’a été écrit</translation>
    </message>
    <message>
        <source>the script is larger than %1 MB; nothing was written</source>
        <translation>le script dépasse %1&#xa0;Mo&#x202f;; rien n’a été écrit</translation>
    </message>
    <message>
        <source>the script cannot be written: %1</source>
        <translation>le script ne peut pas être écrit&#x202f;: %1</translation>
    </message>
</context>
<context>
    <name>charon::core::HelperService</name>
    <message>
        <source>adding and removing guests needs root or membership in the group “%1”</source>
        <translation>ajouter et retirer des invités demande root ou l’appartenance au groupe «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>polkit could not be asked (%1)</source>
        <translation>polkit n’a pas pu être interrogé (%1)</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>avertissement&#x202f;: %1</translation>
    </message>
    <message>
        <source>guest added, but systemd did not reload: %1</source>
        <translation>invité ajouté, mais systemd ne s’est pas rechargé&#x202f;: %1</translation>
    </message>
    <message>
        <source>invalid guest name &quot;%1&quot;</source>
        <translation>nom d’invité «&#xa0;%1&#xa0;» invalide</translation>
    </message>
    <message>
        <source>changing a guest&apos;s service settings needs root or membership in the group “%1”</source>
        <translation>modifier les paramètres de service d’un invité demande root ou l’appartenance au groupe «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>there is no guest named %1</source>
        <translation>il n’y a pas d’invité nommé %1</translation>
    </message>
    <message>
        <source>%1; nothing was written for %2</source>
        <translation>%1&#x202f;; rien n’a été écrit pour %2</translation>
    </message>
    <message>
        <source>reading and editing the stop script needs root or membership in the group “%1”</source>
        <translation>lire et modifier le script d’arrêt demande root ou l’appartenance au groupe «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>%1 was changed by someone else since it was opened; nothing was written.</source>
        <translation>%1 a été modifié par quelqu’un d’autre depuis son ouverture&#x202f;; rien n’a été écrit.</translation>
    </message>
    <message>
        <source>bash -n refuses the script at line %1: %2</source>
        <translation>bash -n refuse le script à la ligne %1&#x202f;: %2</translation>
    </message>
    <message>
        <source>bash -n refuses the script: %1</source>
        <translation>bash -n refuse le script&#x202f;: %1</translation>
    </message>
    <message>
        <source>Nothing was written.</source>
        <translation>Rien n’a été écrit.</translation>
    </message>
</context>
<context>
    <name>charon::core::InvocationOutput</name>
    <message>
        <source>cannot open the journal: %1</source>
        <translation>impossible d’ouvrir le journal&#x202f;: %1</translation>
    </message>
    <message>
        <source>cannot select the unit&apos;s entries in the journal</source>
        <translation>impossible de sélectionner les entrées de l’unité dans le journal</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#x202f;: %2</translation>
    </message>
</context>
<context>
    <name>charon::core::JournalFeed</name>
    <message>
        <source> in %1</source>
        <translation> dans %1</translation>
    </message>
    <message>
        <source>journal of the user unit %1%2</source>
        <translation>journal de l’unité utilisateur %1%2</translation>
    </message>
    <message>
        <source>journal of the system unit %1%2</source>
        <translation>journal de l’unité système %1%2</translation>
    </message>
</context>
<context>
    <name>charon::core::JournalWorker</name>
    <message>
        <source>Cannot open the systemd journal: %1.</source>
        <translation>Impossible d’ouvrir le journal systemd&#x202f;: %1.</translation>
    </message>
    <message>
        <source>Cannot open the journal in %1: %2.</source>
        <translation>Impossible d’ouvrir le journal dans %1&#x202f;: %2.</translation>
    </message>
    <message>
        <source>No systemd journal to read on this host: systemd-journald does not run, or this user may not read its files (members of the systemd-journal group may).</source>
        <translation>Aucun journal systemd à lire sur cet hôte&#x202f;: systemd-journald ne tourne pas, ou cet utilisateur ne peut pas lire ses fichiers (les membres du groupe systemd-journal le peuvent).</translation>
    </message>
    <message>
        <source>No journal files in %1.</source>
        <translation>Aucun fichier journal dans %1.</translation>
    </message>
    <message>
        <source>Cannot select the unit&apos;s entries in the journal.</source>
        <translation>Impossible de sélectionner les entrées de l’unité dans le journal.</translation>
    </message>
    <message>
        <source>Cannot follow the journal: %1. New lines show after reopening this view.</source>
        <translation>Impossible de suivre le journal&#x202f;: %1. Les nouvelles lignes s’afficheront après réouverture de cette vue.</translation>
    </message>
    <message>
        <source>Following the journal failed: %1.</source>
        <translation>Le suivi du journal a échoué&#x202f;: %1.</translation>
    </message>
</context>
<context>
    <name>charon::core::ListGuestUnitsJob</name>
    <message>
        <source>Listing the guests failed</source>
        <translation>Échec de la liste des invités</translation>
    </message>
</context>
<context>
    <name>charon::core::LogFileBackReader</name>
    <message>
        <source>%1 is gone: the lines before these cannot be read again.</source>
        <translation>%1 a disparu&#x202f;: les lignes précédentes ne peuvent plus être relues.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>Impossible de lire %1&#x202f;: %2.</translation>
    </message>
    <message>
        <source>%1 is not a regular file.</source>
        <translation>%1 n’est pas un fichier ordinaire.</translation>
    </message>
    <message>
        <source>%1 was replaced: the lines before these cannot be read again.</source>
        <translation>%1 a été remplacé&#x202f;: les lignes précédentes ne peuvent plus être relues.</translation>
    </message>
</context>
<context>
    <name>charon::core::ManagerCheckJob</name>
    <message>
        <source>cannot connect to the %1: %2</source>
        <translation>impossible de se connecter au %1&#x202f;: %2</translation>
    </message>
    <message>
        <source>no systemd manager on the %1 (it has exited or is restarting)</source>
        <translation>aucun gestionnaire systemd sur le %1 (il s’est arrêté ou redémarre)</translation>
    </message>
    <message>
        <source>permission denied on the %1: %2</source>
        <translation>permission refusée sur le %1&#x202f;: %2</translation>
    </message>
    <message>
        <source>the %1 did not answer within %2 s</source>
        <translation>le %1 n’a pas répondu en %2&#xa0;s</translation>
    </message>
    <message>
        <source>the %1 answered: %2</source>
        <translation>le %1 a répondu&#x202f;: %2</translation>
    </message>
    <message>
        <source>the systemd manager on the %1 did not answer within %2 s</source>
        <translation>le gestionnaire systemd du %1 n’a pas répondu en %2&#xa0;s</translation>
    </message>
    <message>
        <source>permission denied by the systemd manager on the %1: %2</source>
        <translation>permission refusée par le gestionnaire systemd du %1&#x202f;: %2</translation>
    </message>
    <message>
        <source>the systemd manager on the %1 went away</source>
        <translation>le gestionnaire systemd du %1 a disparu</translation>
    </message>
    <message>
        <source>the systemd manager on the %1 answered: %2</source>
        <translation>le gestionnaire systemd du %1 a répondu&#x202f;: %2</translation>
    </message>
    <message>
        <source>systemd is unreachable: %1</source>
        <translation>systemd est injoignable&#x202f;: %1</translation>
    </message>
</context>
<context>
    <name>charon::core::ModelCatalogue</name>
    <message>
        <source>expected &quot;model&lt;TAB&gt;cpus&lt;TAB&gt;family&quot; with cpus &gt;= 1</source>
        <translation>attendu «&#xa0;model&lt;TAB&gt;cpus&lt;TAB&gt;family&#xa0;» avec cpus &gt;= 1</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1&#xa0;: lecture impossible&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: too large</source>
        <translation>%1&#xa0;: trop volumineux</translation>
    </message>
</context>
<context>
    <name>charon::core::NicOffload</name>
    <message>
        <source>cannot run %1: %2</source>
        <translation>impossible d’exécuter %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>ethtool -k %1 failed: %2</source>
        <translation>ethtool -k %1 a échoué&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: no offload feature is on</source>
        <translation>%1&#xa0;: aucune fonction d’offload n’est active</translation>
    </message>
    <message>
        <source>%1: turned off %2</source>
        <translation>%1&#xa0;: %2 désactivé</translation>
    </message>
    <message>
        <source>ethtool -K %1 failed: %2</source>
        <translation>ethtool -K %1 a échoué&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>charon::core::OsProbeRun</name>
    <message>
        <source>the probe script %1 does not exist</source>
        <translation>le script de sonde %1 n’existe pas</translation>
    </message>
    <message>
        <source>the probe script %1 is not a regular file</source>
        <translation>le script de sonde %1 n’est pas un fichier ordinaire</translation>
    </message>
    <message>
        <source>the probe script %1 is not executable (chmod +x)</source>
        <translation>le script de sonde %1 n’est pas exécutable (chmod +x)</translation>
    </message>
    <message>
        <source>cannot run the probe script %1: %2</source>
        <translation>impossible de lancer le script de sonde %1&#x202f;: %2</translation>
    </message>
    <message>
        <source>the probe script was killed</source>
        <translation>le script de sonde a été tué</translation>
    </message>
    <message>
        <source>the probe script exited with code %1</source>
        <translation>le script de sonde s’est terminé avec le code %1</translation>
    </message>
    <message>
        <source>exit %1: %2</source>
        <translation>code %1&#x202f;: %2</translation>
    </message>
    <message>
        <source>the probe script did not finish within %1 s</source>
        <translation>le script de sonde n’a pas fini en %1 s</translation>
    </message>
</context>
<context>
    <name>charon::core::ScriptSyntaxCheck</name>
    <message>
        <source>bash could not be started to check the script (%1); it was not saved</source>
        <translation>bash n’a pas pu être lancé pour vérifier le script (%1)&#x202f;; il n’a pas été enregistré</translation>
    </message>
    <message>
        <source>bash -n did not answer within 10 s</source>
        <translation>bash -n n’a pas répondu en 10 s</translation>
    </message>
</context>
<context>
    <name>charon::core::ServiceSettingsApplier</name>
    <message>
        <source>Reading the settings of %1 from systemd failed</source>
        <translation>La lecture des paramètres de %1 depuis systemd a échoué</translation>
    </message>
    <message>
        <source>%1; the previous settings of %2 were put back in %3</source>
        <translation>%1&#x202f;; les paramètres précédents de %2 ont été remis dans %3</translation>
    </message>
    <message>
        <source>%1; putting the previous settings of %2 back failed too: %3</source>
        <translation>%1&#x202f;; la remise des paramètres précédents de %2 a aussi échoué&#x202f;: %3</translation>
    </message>
</context>
<context>
    <name>charon::core::ServiceSettingsValidator</name>
    <message>
        <source>the description cannot hold a line break or a control character: %1</source>
        <translation>la description ne peut contenir ni saut de ligne ni caractère de contrôle&#x202f;: %1</translation>
    </message>
    <message>
        <source>the description is %1 characters long: at most 200 fit in a unit file</source>
        <translation>la description fait %1 caractères&#x202f;: 200 au plus tiennent dans un fichier d’unité</translation>
    </message>
    <message>
        <source>start timeout %1 s is out of range: use 0 (no limit) to %2 seconds</source>
        <translation>le délai de démarrage de %1 s est hors limites&#x202f;: utilisez 0 (aucune limite) à %2 secondes</translation>
    </message>
    <message>
        <source>stop timeout %1 s is out of range: use 0 (no limit) to %2 seconds</source>
        <translation>le délai d’arrêt de %1 s est hors limites&#x202f;: utilisez 0 (aucune limite) à %2 secondes</translation>
    </message>
    <message>
        <source>restart delay %1 s is out of range: use 1 to 3600 seconds</source>
        <translation>le délai de redémarrage de %1 s est hors limites&#x202f;: utilisez 1 à 3600 secondes</translation>
    </message>
    <message>
        <source>start limit %1 is out of range: allow 1 to 100 starts per interval</source>
        <translation>la limite de démarrages %1 est hors limites&#x202f;: autorisez 1 à 100 démarrages par intervalle</translation>
    </message>
    <message>
        <source>start limit interval %1 s is out of range: use 1 to %2 seconds</source>
        <translation>l’intervalle de limite de démarrages de %1 s est hors limites&#x202f;: utilisez 1 à %2 secondes</translation>
    </message>
    <message>
        <source>the pre-start script path must be absolute and normalized: %1</source>
        <translation>le chemin du script de pré-démarrage doit être absolu et normalisé&#x202f;: %1</translation>
    </message>
    <message>
        <source>the pre-start script path cannot be used: %1: %2</source>
        <translation>le chemin du script de pré-démarrage est inutilisable&#x202f;: %1&#x202f;: %2</translation>
    </message>
    <message>
        <source>pre-start script not found: %1</source>
        <translation>script de pré-démarrage introuvable&#x202f;: %1</translation>
    </message>
    <message>
        <source>pre-start script is not an executable file: %1</source>
        <translation>le script de pré-démarrage n’est pas un fichier exécutable&#x202f;: %1</translation>
    </message>
    <message>
        <source>guest &quot;%1&quot; cannot be ordered before or after itself</source>
        <translation>l’invité «&#xa0;%1&#xa0;» ne peut pas être placé avant ou après lui-même</translation>
    </message>
    <message>
        <source>cannot order %1 against &quot;%2&quot;: there is no such guest</source>
        <translation>impossible d’ordonner %1 par rapport à «&#xa0;%2&#xa0;»&#x202f;: cet invité n’existe pas</translation>
    </message>
    <message>
        <source>guest &quot;%1&quot; cannot be both before and after %2</source>
        <translation>l’invité «&#xa0;%1&#xa0;» ne peut pas être à la fois avant et après %2</translation>
    </message>
    <message>
        <source>invalid guest name &quot;%1&quot;: use letters, digits, &apos;-&apos;, &apos;_&apos; and &apos;.&apos; (at most 64)</source>
        <translation>nom d’invité «&#xa0;%1&#xa0;» invalide&#x202f;: utilisez lettres, chiffres, «&#xa0;-&#xa0;», «&#xa0;_&#xa0;» et «&#xa0;.&#xa0;» (64 au plus)</translation>
    </message>
</context>
<context>
    <name>charon::core::SettingsDropIn</name>
    <message>
        <source>invalid guest name &quot;%1&quot;</source>
        <translation>nom d’invité «&#xa0;%1&#xa0;» invalide</translation>
    </message>
    <message>
        <source>no guest named &quot;%1&quot; (no unit file %2)</source>
        <translation>aucun invité nommé «&#xa0;%1&#xa0;» (pas de fichier d’unité %2)</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1&#x202f;: %2</translation>
    </message>
    <message>
        <source>cannot remove %1</source>
        <translation>impossible de supprimer %1</translation>
    </message>
</context>
<context>
    <name>charon::core::SettingsRequest</name>
    <message>
        <source>&quot;%1&quot; contains a NUL character</source>
        <translation>«&#xa0;%1&#xa0;» contient un caractère NUL</translation>
    </message>
    <message>
        <source>a whole number (D-Bus type i)</source>
        <translation>un nombre entier (type D-Bus i)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is out of range</source>
        <translation>«&#xa0;%1&#xa0;» est hors limites</translation>
    </message>
    <message>
        <source>true or false (D-Bus type b)</source>
        <translation>vrai ou faux (type D-Bus b)</translation>
    </message>
    <message>
        <source>a string (D-Bus type s)</source>
        <translation>une chaîne (type D-Bus s)</translation>
    </message>
    <message>
        <source>a list of guest names (D-Bus type as)</source>
        <translation>une liste de noms d’invités (type D-Bus as)</translation>
    </message>
    <message>
        <source>unknown setting &quot;%1&quot; in the request</source>
        <translation>paramètre inconnu «&#xa0;%1&#xa0;» dans la requête</translation>
    </message>
    <message>
        <source>pre-start script</source>
        <translation>script de pré-démarrage</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be %2</source>
        <translation>«&#xa0;%1&#xa0;» doit être %2</translation>
    </message>
</context>
<context>
    <name>charon::core::StopScript</name>
    <message>
        <source>a configuration path with a line break cannot be given a branch: %1</source>
        <translation>un chemin de configuration contenant un saut de ligne ne peut pas recevoir de branche&#xa0;: %1</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 already has a branch for %2</source>
        <translation>%1 a déjà une branche pour %2</translation>
    </message>
</context>
<context>
    <name>charon::core::StopScriptRunner</name>
    <message>
        <source>the emulator exited</source>
        <translation>l’émulateur s’est terminé</translation>
    </message>
    <message>
        <source>the stop script did not finish in time; the emulator will be killed</source>
        <translation>le script d’arrêt n’a pas fini à temps&#x202f;; l’émulateur va être tué</translation>
    </message>
    <message>
        <source>the emulator is still running at the deadline; it will be killed</source>
        <translation>l’émulateur tourne encore à l’échéance&#x202f;; il va être tué</translation>
    </message>
    <message>
        <source>the emulator is not running; nothing to stop</source>
        <translation>l’émulateur n’est pas en marche&#x202f;; rien à arrêter</translation>
    </message>
    <message>
        <source>no stop script branch for this configuration (%1): powering off</source>
        <translation>aucune branche du script d’arrêt pour cette configuration (%1)&#xa0;: mise hors tension</translation>
    </message>
    <message>
        <source>cannot run the stop script: %1</source>
        <translation>impossible d’exécuter le script d’arrêt&#xa0;: %1</translation>
    </message>
    <message>
        <source>stop script done (exit %1); the emulator exited</source>
        <translation>script d’arrêt terminé (code %1)&#x202f;; l’émulateur s’est terminé</translation>
    </message>
</context>
<context>
    <name>charon::core::SystemdClient</name>
    <message>
        <source>Subscribing to systemd&apos;s signals failed</source>
        <translation>Échec de l’abonnement aux signaux de systemd</translation>
    </message>
    <message>
        <source>Killing %1 failed</source>
        <translation>Échec de l’arrêt forcé de %1</translation>
    </message>
    <message>
        <source>Reloading systemd&apos;s configuration failed</source>
        <translation>Échec du rechargement de la configuration de systemd</translation>
    </message>
    <message>
        <source>Reading the unit file state of %1 failed</source>
        <translation>Échec de la lecture de l’état du fichier d’unit de %1</translation>
    </message>
    <message>
        <source>Reading systemd job %1 failed</source>
        <translation>Échec de la lecture du job systemd %1</translation>
    </message>
    <message>
        <source>Forgetting the failure of %1 failed</source>
        <translation>Impossible d’oublier l’échec de %1</translation>
    </message>
</context>
<context>
    <name>charon::core::SystemdConnection</name>
    <message>
        <source>system bus</source>
        <translation>bus système</translation>
    </message>
    <message>
        <source>user bus</source>
        <translation>bus utilisateur</translation>
    </message>
    <message>
        <source>lost the connection to the %1</source>
        <translation>connexion au %1 perdue</translation>
    </message>
    <message>
        <source>no bus at this address</source>
        <translation>aucun bus à cette adresse</translation>
    </message>
    <message>
        <source>the systemd manager left the %1 (it has exited or is restarting); waiting for it to come back</source>
        <translation>le gestionnaire systemd a quitté le %1 (il s’est arrêté ou redémarre)&#x202f;; en attente de son retour</translation>
    </message>
</context>
<context>
    <name>charon::core::SystemdError</name>
    <message>
        <source>not found</source>
        <translation>introuvable</translation>
    </message>
    <message>
        <source>the job failed</source>
        <translation>le job a échoué</translation>
    </message>
    <message>
        <source>no connection to systemd</source>
        <translation>pas de connexion à systemd</translation>
    </message>
    <message>
        <source>error</source>
        <translation>erreur</translation>
    </message>
    <message>
        <source>systemd did not answer in time</source>
        <translation>systemd n’a pas répondu à temps</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>permission denied (guests are started and stopped by root or by members of the group “%1”)</source>
        <translation>permission refusée (les invités sont démarrés et arrêtés par root ou par les membres du groupe «&#xa0;%1&#xa0;»)</translation>
    </message>
</context>
<context>
    <name>charon::core::UnitCommandJob</name>
    <message>
        <source>Starting %1 failed</source>
        <translation>Échec du démarrage de %1</translation>
    </message>
    <message>
        <source>Stopping %1 failed</source>
        <translation>Échec de l’arrêt de %1</translation>
    </message>
    <message>
        <source>Restarting %1 failed</source>
        <translation>Échec du redémarrage de %1</translation>
    </message>
    <message>
        <source>the unit failed</source>
        <translation>l’unit a échoué</translation>
    </message>
    <message>
        <source>systemd gave up waiting (timeout)</source>
        <translation>systemd a cessé d’attendre (délai dépassé)</translation>
    </message>
    <message>
        <source>another request for the guest replaced it (canceled)</source>
        <translation>une autre demande pour l’invité l’a remplacé (annulé)</translation>
    </message>
    <message>
        <source>a unit it depends on failed</source>
        <translation>une unit dont il dépend a échoué</translation>
    </message>
    <message>
        <source>it does not apply in the unit&apos;s current state (skipped)</source>
        <translation>il ne s’applique pas dans l’état actuel de l’unit (ignoré)</translation>
    </message>
    <message>
        <source>it is not possible in the unit&apos;s current state</source>
        <translation>il n’est pas possible dans l’état actuel de l’unit</translation>
    </message>
    <message>
        <source>an assertion in the unit file was not met</source>
        <translation>une assertion du fichier d’unit n’était pas remplie</translation>
    </message>
    <message>
        <source>the unit does not support it</source>
        <translation>l’unit ne le prend pas en charge</translation>
    </message>
    <message>
        <source>systemd reports &quot;%1&quot;</source>
        <translation>systemd signale «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>systemd job %1 ended with &quot;%2&quot;</source>
        <translation>le job systemd %1 s’est terminé par «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>the systemd manager restarted while it ran</source>
        <translation>le gestionnaire systemd a redémarré pendant son exécution</translation>
    </message>
    <message>
        <source>%1: %2; its outcome is unknown</source>
        <translation>%1&#xa0;: %2&#x202f;; son issue est inconnue</translation>
    </message>
</context>
<context>
    <name>charon::core::UnitFile</name>
    <message>
        <source>invalid guest name &quot;%1&quot;</source>
        <translation>nom d’invité invalide «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>no guest named &quot;%1&quot; (no unit file %2)</source>
        <translation>aucun invité nommé «&#xa0;%1&#xa0;» (pas de fichier d’unit %2)</translation>
    </message>
    <message>
        <source>%1: ExecStart= is not &quot;emulator [flag] config&quot; (%2)</source>
        <translation>%1&#xa0;: ExecStart= n’est pas de la forme «&#xa0;emulator [flag] config&#xa0;» (%2)</translation>
    </message>
    <message>
        <source>too few words</source>
        <translation>trop peu de mots</translation>
    </message>
    <message>
        <source>invalid guest name &quot;%1&quot;: use letters, digits, &apos;-&apos;, &apos;_&apos; and &apos;.&apos; (at most 64)</source>
        <translation>nom d’invité invalide «&#xa0;%1&#xa0;»&#xa0;: utilisez des lettres, des chiffres, &apos;-&apos;, &apos;_&apos; et &apos;.&apos; (64 au plus)</translation>
    </message>
    <message>
        <source>emulator</source>
        <translation>émulateur</translation>
    </message>
    <message>
        <source>the configuration path must be absolute: %1</source>
        <translation>le chemin de la configuration doit être absolu&#xa0;: %1</translation>
    </message>
    <message>
        <source>the working directory must be absolute and normalized: %1</source>
        <translation>le répertoire de travail doit être absolu et normalisé&#xa0;: %1</translation>
    </message>
    <message>
        <source>the working directory cannot be written in a unit file: %1</source>
        <translation>le répertoire de travail ne peut pas être écrit dans un fichier d’unit&#xa0;: %1</translation>
    </message>
    <message>
        <source>pre-start script</source>
        <translation>script de pré-démarrage</translation>
    </message>
    <message>
        <source>invalid emulator profile id &quot;%1&quot;</source>
        <translation>identifiant de profil d’émulateur invalide «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>invalid detached flag &quot;%1&quot;</source>
        <translation>option de détachement invalide «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>invalid emulator family name: %1</source>
        <translation>nom de famille d’émulateur invalide&#xa0;: %1</translation>
    </message>
    <message>
        <source>a guest named &quot;%1&quot; already exists (%2)</source>
        <translation>un invité nommé «&#xa0;%1&#xa0;» existe déjà (%2)</translation>
    </message>
    <message>
        <source>cannot read %1</source>
        <translation>impossible de lire %1</translation>
    </message>
    <message>
        <source>cannot remove %1</source>
        <translation>impossible de supprimer %1</translation>
    </message>
    <message>
        <source>the %1 path must be absolute and normalized: %2</source>
        <translation>le chemin (%1) doit être absolu et normalisé&#xa0;: %2</translation>
    </message>
    <message>
        <source>the %1 path cannot be used: %2: %3</source>
        <translation>le chemin (%1) est inutilisable&#xa0;: %2&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>charon::core::UnitFilesJob</name>
    <message>
        <source>Turning auto-boot on for %1 failed</source>
        <translation>Échec de l’activation du démarrage automatique de %1</translation>
    </message>
    <message>
        <source>Turning auto-boot off for %1 failed</source>
        <translation>Échec de la désactivation du démarrage automatique de %1</translation>
    </message>
    <message>
        <source>%1: the unit file has no [Install] section</source>
        <translation>%1&#xa0;: le fichier d’unit n’a pas de section [Install]</translation>
    </message>
</context>
<context>
    <name>charon::core::UnitPropertiesJob</name>
    <message>
        <source>Reading the state of %1 failed</source>
        <translation>Échec de la lecture de l’état de %1</translation>
    </message>
</context>
<context>
    <name>charon::sim::GuestMachine</name>
    <message>
        <source>the guest powered the machine off</source>
        <translation>l’invité a mis la machine hors tension</translation>
    </message>
    <message>
        <source>the stop_on key F6 was pressed on the console</source>
        <translation>la touche stop_on F6 a été pressée sur la console</translation>
    </message>
</context>
<context>
    <name>charon::sim::SimOptions</name>
    <message>
        <source>usage: charon-guest-sim -x CONFIG   (Charon-PAR)
       charon-guest-sim -d CONFIG   (Charon-AXP / Charon-VAX)
A stand-in Charon emulator: see sim/README.md for the test switches.
</source>
        <translation>utilisation&#xa0;: charon-guest-sim -x CONFIG   (Charon-PAR)
               charon-guest-sim -d CONFIG   (Charon-AXP / Charon-VAX)
Un émulateur Charon de substitution&#xa0;: voir sim/README.md pour les options de test.
</translation>
    </message>
    <message>
        <source>expected exactly one of -x CONFIG or -d CONFIG</source>
        <translation>attendu exactement un de -x CONFIG ou -d CONFIG</translation>
    </message>
    <message>
        <source>unknown argument: %1</source>
        <translation>argument inconnu&#xa0;: %1</translation>
    </message>
    <message>
        <source>expected -x CONFIG or -d CONFIG</source>
        <translation>attendu -x CONFIG ou -d CONFIG</translation>
    </message>
    <message>
        <source>%1:%2: ignored simulator directive &quot;%3&quot;</source>
        <translation>%1:%2: directive du simulateur ignorée «&#xa0;%3&#xa0;»</translation>
    </message>
    <message>
        <source>directive %1</source>
        <translation>directive %1</translation>
    </message>
    <message>
        <source>%1: bad value &quot;%2&quot;</source>
        <translation>%1&#xa0;: valeur incorrecte «&#xa0;%2&#xa0;»</translation>
    </message>
</context>
<context>
    <name>charon::sim::Simulator</name>
    <message>
        <source>stopped after the stop delay</source>
        <translation>arrêté après le délai d’arrêt</translation>
    </message>
    <message>
        <source>leaking memory up to %1 MiB</source>
        <translation>fuite de mémoire jusqu’à %1 Mio</translation>
    </message>
    <message>
        <source>memory leak stopped at %1 MiB</source>
        <translation>fuite de mémoire arrêtée à %1 Mio</translation>
    </message>
    <message>
        <source>refusing to start: %1 has errors</source>
        <translation>démarrage refusé&#xa0;: %1 contient des erreurs</translation>
    </message>
    <message>
        <source>refusing to start: %1 configures no console port</source>
        <translation>démarrage refusé&#xa0;: %1 ne configure aucun port de console</translation>
    </message>
    <message>
        <source>unknown guest OS &quot;%1&quot;</source>
        <translation>système invité inconnu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>console connected from %1</source>
        <translation>console connectée depuis %1</translation>
    </message>
    <message>
        <source>console refused to %1: already in use</source>
        <translation>console refusée à %1&#xa0;: déjà utilisée</translation>
    </message>
    <message>
        <source>%1 simulator %2 started: configuration %3, model %4, guest OS %5</source>
        <translation>simulateur %1 %2 démarré&#xa0;: configuration %3, modèle %4, système invité %5</translation>
    </message>
    <message>
        <source>start delay: the console opens in %1 s</source>
        <translation>délai de démarrage&#xa0;: la console s’ouvre dans %1 s</translation>
    </message>
    <message>
        <source>console OPA0 listening on %1 port %2</source>
        <translation>console OPA0 à l’écoute sur %1 port %2</translation>
    </message>
    <message>
        <source>stop requested by signal %1 (%2)</source>
        <translation>arrêt demandé par le signal %1 (%2)</translation>
    </message>
    <message>
        <source>stopping in %1 s</source>
        <translation>arrêt dans %1 s</translation>
    </message>
    <message>
        <source>exiting (%1): %2</source>
        <translation>fin (%1)&#xa0;: %2</translation>
    </message>
    <message>
        <source>emulator stopped: %1</source>
        <translation>émulateur arrêté&#xa0;: %1</translation>
    </message>
    <message>
        <source>simulating a crash with signal %1 (%2)</source>
        <translation>simulation d’un plantage par le signal %1 (%2)</translation>
    </message>
    <message>
        <source>license key lost (simulated)</source>
        <translation>clé de licence perdue (simulé)</translation>
    </message>
    <message>
        <source>license key restored (simulated)</source>
        <translation>clé de licence rétablie (simulé)</translation>
    </message>
    <message>
        <source>console window %1x%2</source>
        <translation>fenêtre de console %1x%2</translation>
    </message>
    <message>
        <source>console terminal type %1</source>
        <translation>type de terminal de la console %1</translation>
    </message>
</context>
<context>
    <name>charon::ui::AddGuestSummaryPage</name>
    <message>
        <source>&amp;Start the guest now</source>
        <translation>&amp;Démarrer l’invité maintenant</translation>
    </message>
    <message>
        <source>Open its &amp;console</source>
        <translation>Ouvrir sa &amp;console</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Récapitulatif</translation>
    </message>
    <message>
        <source>Nothing has been written yet. Check what will be added.</source>
        <translation>Rien n’a encore été écrit. Vérifiez ce qui sera ajouté.</translation>
    </message>
    <message>
        <source>Checks before adding</source>
        <translation>Vérifications avant l’ajout</translation>
    </message>
    <message>
        <source>Start the guest now</source>
        <translation>Démarrer l’invité maintenant</translation>
    </message>
    <message>
        <source>Open its console</source>
        <translation>Ouvrir sa console</translation>
    </message>
    <message>
        <source>Starts the guest, then opens its console</source>
        <translation>Démarre l’invité, puis ouvre sa console</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) must be fixed before the guest can be added (go Back to change a choice).</source>
        <translation>
            <numerusform>%n problème(s) à corriger avant de pouvoir ajouter l’invité (revenez en arrière pour changer un choix).</numerusform>
            <numerusform>%n problème(s) à corriger avant de pouvoir ajouter l’invité (revenez en arrière pour changer un choix).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Ready to add. %n note(s) to look at; they do not prevent adding the guest.</source>
        <translation>
            <numerusform>Prêt à ajouter. %n remarque(s) à lire&#x202f;; elles n’empêchent pas l’ajout de l’invité.</numerusform>
            <numerusform>Prêt à ajouter. %n remarque(s) à lire&#x202f;; elles n’empêchent pas l’ajout de l’invité.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ready to add: every check passed.</source>
        <translation>Prêt à ajouter&#x202f;: toutes les vérifications sont passées.</translation>
    </message>
    <message>
        <source>The guest was not added.</source>
        <translation>L’invité n’a pas été ajouté.</translation>
    </message>
    <message>
        <source>Adding the guest…</source>
        <translation>Ajout de l’invité…</translation>
    </message>
</context>
<context>
    <name>charon::ui::AddGuestWizard</name>
    <message>
        <source>Use an &amp;existing configuration file</source>
        <translation>Utiliser un fichier de configuration &amp;existant</translation>
    </message>
    <message>
        <source>Create a new one from the family&apos;s &amp;template</source>
        <translation>En créer un nouveau à partir du &amp;modèle de la famille</translation>
    </message>
    <message>
        <source>Start the emulator when the host boots (&amp;auto-boot)</source>
        <translation>Démarrer l’émulateur au démarrage de l’hôte (&amp;auto-boot)</translation>
    </message>
    <message>
        <source>Protect the emulator from the &amp;OOM killer</source>
        <translation>Protéger l’émulateur de l’&amp;OOM killer</translation>
    </message>
    <message>
        <source>Add Guest</source>
        <translation>Ajouter un invité</translation>
    </message>
    <message>
        <source>&amp;Add Guest</source>
        <translation>&amp;Ajouter l’invité</translation>
    </message>
    <message>
        <source>Emulator</source>
        <translation>Émulateur</translation>
    </message>
    <message>
        <source>The Charon emulator that runs this guest. Executables found in %1 are listed; any other can be typed or browsed to.</source>
        <translation>L’émulateur Charon qui exécute cet invité. Les exécutables trouvés dans %1 sont proposés&#x202f;; tout autre peut être saisi ou choisi.</translation>
    </message>
    <message>
        <source>Emulator executable</source>
        <translation>Exécutable de l’émulateur</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>Browse for the emulator</source>
        <translation>Choisir l’émulateur</translation>
    </message>
    <message>
        <source>Choose the Charon emulator</source>
        <translation>Choisir l’émulateur Charon</translation>
    </message>
    <message>
        <source>Product family</source>
        <translation>Famille de produits</translation>
    </message>
    <message>
        <source>Detect (from the executable, then the configuration)</source>
        <translation>Détecter (d’après l’exécutable, puis la configuration)</translation>
    </message>
    <message>
        <source>E&amp;xecutable:</source>
        <translation>E&amp;xécutable&#x202f;:</translation>
    </message>
    <message>
        <source>&amp;Family:</source>
        <translation>&amp;Famille&#x202f;:</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>Configuration</translation>
    </message>
    <message>
        <source>The Charon configuration file the emulator reads. A new one is written only when the guest is added.</source>
        <translation>Le fichier de configuration Charon que lit l’émulateur. Un nouveau fichier n’est écrit qu’au moment où l’invité est ajouté.</translation>
    </message>
    <message>
        <source>Existing configuration file</source>
        <translation>Fichier de configuration existant</translation>
    </message>
    <message>
        <source>New configuration file</source>
        <translation>Nouveau fichier de configuration</translation>
    </message>
    <message>
        <source>Where to write the copy, e.g. %1</source>
        <translation>Où écrire la copie, par ex. %1</translation>
    </message>
    <message>
        <source>Use an existing configuration file</source>
        <translation>Utiliser un fichier de configuration existant</translation>
    </message>
    <message>
        <source>Create a new configuration from the template</source>
        <translation>Créer une nouvelle configuration à partir du modèle</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>Pa&amp;rcourir…</translation>
    </message>
    <message>
        <source>Browse for the configuration file</source>
        <translation>Choisir le fichier de configuration</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>Parc&amp;ourir…</translation>
    </message>
    <message>
        <source>Choose where to write the new configuration</source>
        <translation>Choisir où écrire la nouvelle configuration</translation>
    </message>
    <message>
        <source>Choose the configuration file</source>
        <translation>Choisir le fichier de configuration</translation>
    </message>
    <message>
        <source>Write the new configuration to</source>
        <translation>Écrire la nouvelle configuration dans</translation>
    </message>
    <message>
        <source>The template sets a console port no other guest uses, on localhost only; review its model, memory, disks and NICs before the first start.</source>
        <translation>Le modèle choisit un port de console qu’aucun autre invité n’utilise, sur localhost uniquement&#x202f;; vérifiez le modèle, la mémoire, les disques et les cartes réseau avant le premier démarrage.</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>Invité</translation>
    </message>
    <message>
        <source>Its name (letters, digits, &apos;-&apos;, &apos;_&apos; and &apos;.&apos;), where the emulator runs, and how the service behaves.</source>
        <translation>Son nom (lettres, chiffres, «&#xa0;-&#xa0;», «&#xa0;_&#xa0;» et «&#xa0;.&#xa0;»), où tourne l’émulateur et comment se comporte le service.</translation>
    </message>
    <message>
        <source>Guest name</source>
        <translation>Nom de l’invité</translation>
    </message>
    <message>
        <source>Working directory</source>
        <translation>Répertoire de travail</translation>
    </message>
    <message>
        <source>Auto-boot</source>
        <translation>Auto-boot</translation>
    </message>
    <message>
        <source>OOM protection</source>
        <translation>Protection OOM</translation>
    </message>
    <message>
        <source>The kernel&apos;s out-of-memory killer spares the emulator (OOMScoreAdjust=-1000): another process is ended instead.</source>
        <translation>L’OOM killer du noyau épargne l’émulateur (OOMScoreAdjust=-1000)&#x202f;: un autre processus est arrêté à sa place.</translation>
    </message>
    <message>
        <source>Brow&amp;se…</source>
        <translation>Parcou&amp;rir…</translation>
    </message>
    <message>
        <source>Browse for the working directory</source>
        <translation>Choisir le répertoire de travail</translation>
    </message>
    <message>
        <source>Choose the working directory</source>
        <translation>Choisir le répertoire de travail</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>N&amp;om&#x202f;:</translation>
    </message>
    <message>
        <source>&amp;Working directory:</source>
        <translation>&amp;Répertoire de travail&#x202f;:</translation>
    </message>
    <message>
        <source>Detected from the executable&apos;s name: %1.</source>
        <translation>Détectée d’après le nom de l’exécutable&#x202f;: %1.</translation>
    </message>
    <message>
        <source>The executable&apos;s name does not tell the family: the configuration will.</source>
        <translation>Le nom de l’exécutable n’indique pas la famille&#x202f;: la configuration le dira.</translation>
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
        <source>Name: %1</source>
        <translation>Nom&#x202f;: %1</translation>
    </message>
    <message>
        <source>Emulator: %1</source>
        <translation>Émulateur&#x202f;: %1</translation>
    </message>
    <message>
        <source>Family: %1</source>
        <translation>Famille&#x202f;: %1</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnue</translation>
    </message>
    <message>
        <source>Configuration: %1 (new, from the template)</source>
        <translation>Configuration&#x202f;: %1 (nouvelle, d’après le modèle)</translation>
    </message>
    <message>
        <source>Configuration: %1</source>
        <translation>Configuration&#x202f;: %1</translation>
    </message>
    <message>
        <source>Console port: %1</source>
        <translation>Port de console&#x202f;: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Working directory: %1</source>
        <translation>Répertoire de travail&#x202f;: %1</translation>
    </message>
    <message>
        <source>Auto-boot: %1</source>
        <translation>Auto-boot&#x202f;: %1</translation>
    </message>
    <message>
        <source>OOM protection: %1</source>
        <translation>Protection OOM&#x202f;: %1</translation>
    </message>
    <message>
        <source>Unit: %1</source>
        <translation>Unité&#x202f;: %1</translation>
    </message>
    <message>
        <source>choose the product family on the Emulator page: the template depends on it</source>
        <translation>choisissez la famille de produits sur la page Émulateur&#x202f;: le modèle en dépend</translation>
    </message>
    <message>
        <source>systemd did not reload (%1): nothing was added</source>
        <translation>systemd n’a pas rechargé (%1)&#x202f;: rien n’a été ajouté</translation>
    </message>
    <message>
        <source>guest %1 added, but auto-boot could not be turned on: %2</source>
        <translation>invité %1 ajouté, mais l’auto-boot n’a pas pu être activé&#x202f;: %2</translation>
    </message>
    <message>
        <source>cannot write %1: %2; nothing was added</source>
        <translation>impossible d’écrire %1&#x202f;: %2&#x202f;; rien n’a été ajouté</translation>
    </message>
</context>
<context>
    <name>charon::ui::ConfigEditorDialog</name>
    <message>
        <source>Configuration of %1</source>
        <translation>Configuration de %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Saving shows the changes first, then replaces the file at once and keeps the previous version as %2.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;L’enregistrement montre d’abord les changements, puis remplace le fichier d’un coup et garde la version précédente sous %2.</translation>
    </message>
    <message>
        <source>&amp;Problems:</source>
        <translation>&amp;Problèmes&#x202f;:</translation>
    </message>
    <message>
        <source>Configuration text</source>
        <translation>Texte de la configuration</translation>
    </message>
    <message>
        <source>Problems of the configuration</source>
        <translation>Problèmes de la configuration</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>Ligne %1</translation>
    </message>
    <message>
        <source>Whole file</source>
        <translation>Tout le fichier</translation>
    </message>
    <message>
        <source>No problem found.</source>
        <translation>Aucun problème trouvé.</translation>
    </message>
</context>
<context>
    <name>charon::ui::ConsoleStatusBar</name>
    <message>
        <source>Not connected</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <source>%1 · port %2</source>
        <translation>%1 · port %2</translation>
    </message>
    <message>
        <source>%1 · no console port</source>
        <translation>%1 · aucun port de console</translation>
    </message>
    <message>
        <source>halt keys</source>
        <translation>touches d’arrêt</translation>
    </message>
</context>
<context>
    <name>charon::ui::ConsoleTab</name>
    <message>
        <source>console reconnected</source>
        <translation>console reconnectée</translation>
    </message>
    <message>
        <source>console closed</source>
        <translation>console fermée</translation>
    </message>
    <message>
        <source>Send Break…</source>
        <translation>Envoyer Break…</translation>
    </message>
    <message>
        <source>Send a telnet BREAK to the guest (asks first)</source>
        <translation>Envoyer un BREAK telnet à l’invité (demande confirmation)</translation>
    </message>
    <message>
        <source>Log to File…</source>
        <translation>Journaliser dans un fichier…</translation>
    </message>
    <message>
        <source>Write everything the console shows to a file</source>
        <translation>Écrire dans un fichier tout ce qu’affiche la console</translation>
    </message>
    <message>
        <source>Detach</source>
        <translation>Détacher</translation>
    </message>
    <message>
        <source>Move this console into a window of its own</source>
        <translation>Placer cette console dans sa propre fenêtre</translation>
    </message>
    <message>
        <source>&lt;b&gt;Careful:&lt;/b&gt; %1 Connect only if you mean to use this console with that in mind.</source>
        <translation>&lt;b&gt;Attention&#xa0;:&lt;/b&gt; %1 Ne vous connectez que si vous comptez utiliser cette console en le sachant.</translation>
    </message>
    <message>
        <source>Not connected: the console waits for you to read the warning above.</source>
        <translation>Non connecté&#xa0;: la console attend que vous ayez lu l’avertissement ci-dessus.</translation>
    </message>
    <message>
        <source>The configuration of %1 sets no console port.</source>
        <translation>La configuration de %1 ne définit aucun port de console.</translation>
    </message>
    <message>
        <source>Logging stopped: %1</source>
        <translation>Journalisation arrêtée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Send a Break to %1? Its configuration sets break_on=&quot;%2&quot;: a Break halts the guest at once, without shutting its operating system down.</source>
        <translation>Envoyer un Break à %1&#x202f;? Sa configuration définit break_on=&quot;%2&quot;&#xa0;: un Break arrête l’invité immédiatement, sans arrêter son système d’exploitation.</translation>
    </message>
    <message>
        <source>Send a Break to %1? Depending on the emulator and the guest, a Break can halt the guest into its firmware, stopping the operating system without a shutdown.</source>
        <translation>Envoyer un Break à %1&#x202f;? Selon l’émulateur et l’invité, un Break peut ramener l’invité à son firmware, arrêtant le système d’exploitation sans arrêt propre.</translation>
    </message>
    <message>
        <source>Send Break</source>
        <translation>Envoyer Break</translation>
    </message>
    <message>
        <source>Cannot log to %1: %2</source>
        <translation>Impossible de journaliser dans %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Logging to %1</source>
        <translation>Journalisation dans %1</translation>
    </message>
    <message>
        <source>Log Console of %1</source>
        <translation>Journaliser la console de %1</translation>
    </message>
    <message>
        <source>Log files (*.log);;All files (*)</source>
        <translation>Fichiers journaux (*.log);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Attach</source>
        <translation>Rattacher</translation>
    </message>
    <message>
        <source>Put this console back into the main window</source>
        <translation>Remettre cette console dans la fenêtre principale</translation>
    </message>
    <message>
        <source>Close Console</source>
        <translation>Fermer la console</translation>
    </message>
    <message>
        <source>Close the console of %1? The connection ends; whoever is logged in on the guest&apos;s console stays logged in.</source>
        <translation>Fermer la console de %1&#x202f;? La connexion prend fin&#x202f;; quiconque est connecté sur la console de l’invité le reste.</translation>
    </message>
    <message>
        <source>Terminal</source>
        <translation>Terminal</translation>
    </message>
    <message>
        <source>Terminal settings</source>
        <translation>Réglages du terminal</translation>
    </message>
    <message>
        <source>Return key, terminal identity and 132-column display for this guest</source>
        <translation>Touche Entrée, identité du terminal et affichage en 132 colonnes pour cet invité</translation>
    </message>
    <message>
        <source>&amp;Automatic</source>
        <translation>&amp;Automatique</translation>
    </message>
    <message>
        <source>CR LF to a telnet console, CR alone to a raw socket that never negotiates</source>
        <translation>CR LF vers une console telnet, CR seul vers un socket brut qui ne négocie jamais</translation>
    </message>
    <message>
        <source>&amp;Telnet (CR LF)</source>
        <translation>&amp;Telnet (CR LF)</translation>
    </message>
    <message>
        <source>Always the telnet rule: CR LF, CR in binary</source>
        <translation>Toujours la règle telnet&#x202f;: CR LF, CR en binaire</translation>
    </message>
    <message>
        <source>&amp;Raw (CR)</source>
        <translation>&amp;Brut (CR)</translation>
    </message>
    <message>
        <source>Always CR alone, as PuTTY&apos;s Raw connections</source>
        <translation>Toujours CR seul, comme les connexions Raw de PuTTY</translation>
    </message>
    <message>
        <source>&amp;Return Key</source>
        <translation>Touche &amp;Entrée</translation>
    </message>
    <message>
        <source>VT&amp;100</source>
        <translation>VT&amp;100</translation>
    </message>
    <message>
        <source>Answers as a VT100 with AVO; terminal type VT100</source>
        <translation>Répond comme un VT100 avec AVO&#x202f;; type de terminal VT100</translation>
    </message>
    <message>
        <source>VT&amp;220</source>
        <translation>VT&amp;220</translation>
    </message>
    <message>
        <source>Answers as a VT220; terminal type VT220</source>
        <translation>Répond comme un VT220&#x202f;; type de terminal VT220</translation>
    </message>
    <message>
        <source>&amp;xterm</source>
        <translation>&amp;xterm</translation>
    </message>
    <message>
        <source>Answers as a VT220 with colour; terminal type XTERM-256COLOR</source>
        <translation>Répond comme un VT220 avec couleurs&#x202f;; type de terminal XTERM-256COLOR</translation>
    </message>
    <message>
        <source>Terminal &amp;Identity</source>
        <translation>&amp;Identité du terminal</translation>
    </message>
    <message>
        <source>&amp;Narrow to Fit</source>
        <translation>&amp;Resserrer pour tenir</translation>
    </message>
    <message>
        <source>132 columns are drawn narrower to fit the window</source>
        <translation>Les 132 colonnes sont dessinées plus étroites pour tenir dans la fenêtre</translation>
    </message>
    <message>
        <source>&amp;Scroll Sideways</source>
        <translation>&amp;Défiler horizontalement</translation>
    </message>
    <message>
        <source>132 columns keep the font; a scroll bar moves along</source>
        <translation>Les 132 colonnes gardent la police&#x202f;; une barre de défilement permet de se déplacer</translation>
    </message>
    <message>
        <source>&amp;132 Columns</source>
        <translation>&amp;132 colonnes</translation>
    </message>
    <message>
        <source>Console of %1</source>
        <translation>Console de %1</translation>
    </message>
    <message>
        <source>Retrying at %1.</source>
        <translation>Nouvel essai à %1.</translation>
    </message>
</context>
<context>
    <name>charon::ui::ConsoleTabs</name>
    <message>
        <source>Close Consoles</source>
        <translation>Fermer les consoles</translation>
    </message>
    <message numerus="yes">
        <source>%n console session(s) are connected (%1). Close them? Whoever is logged in on those consoles stays logged in.</source>
        <translation>
            <numerusform>%n session de console est connectée (%1). La fermer&#x202f;? Quiconque est connecté sur cette console le reste.</numerusform>
            <numerusform>%n sessions de console sont connectées (%1). Les fermer&#x202f;? Quiconque est connecté sur ces consoles le reste.</numerusform>
        </translation>
    </message>
    <message>
        <source>Console of %1</source>
        <translation>Console de %1</translation>
    </message>
    <message>
        <source>Close console of %1</source>
        <translation>Fermer la console de %1</translation>
    </message>
</context>
<context>
    <name>charon::ui::ConsoleWarningStrip</name>
    <message>
        <source>Connect anyway</source>
        <translation>Se connecter quand même</translation>
    </message>
</context>
<context>
    <name>charon::ui::ConsoleWindow</name>
    <message>
        <source>%1 — Console — %2</source>
        <translation>%1 — Console — %2</translation>
    </message>
</context>
<context>
    <name>charon::ui::EmptyHostPanel</name>
    <message>
        <source>&amp;Add Guest…</source>
        <translation>&amp;Ajouter un invité…</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>There is no guest on this host yet. Add one to run its Charon emulator as a service, start and stop it and open its console here.</source>
        <translation>Il n’y a encore aucun invité sur cet hôte. Ajoutez-en un pour faire tourner son émulateur Charon comme service, le démarrer, l’arrêter et ouvrir sa console ici.</translation>
    </message>
    <message>
        <source>Add Guest</source>
        <translation>Ajouter un invité</translation>
    </message>
    <message>
        <source>Or on the command line:</source>
        <translation>Ou en ligne de commande&#x202f;:</translation>
    </message>
    <message>
        <source>Command line to add a guest</source>
        <translation>Ligne de commande pour ajouter un invité</translation>
    </message>
    <message>
        <source>Copy the command line</source>
        <translation>Copier la ligne de commande</translation>
    </message>
</context>
<context>
    <name>charon::ui::EventNotifications</name>
    <message>
        <source>Desktop notifications are not available (%1): the tray shows them instead.</source>
        <translation>Les notifications du bureau ne sont pas disponibles (%1)&#x202f;: la zone de notification les affiche à la place.</translation>
    </message>
    <message>
        <source>Desktop notifications are not available (%1): events show here instead.</source>
        <translation>Les notifications du bureau ne sont pas disponibles (%1)&#x202f;: les événements s’affichent ici.</translation>
    </message>
</context>
<context>
    <name>charon::ui::GuestActions</name>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Démarrer</translation>
    </message>
    <message>
        <source>Start the selected guests&apos; emulators</source>
        <translation>Démarrer les émulateurs des invités sélectionnés</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>&amp;Arrêter</translation>
    </message>
    <message>
        <source>Stop cleanly: the stop script shuts the guest OS down, then the emulator ends</source>
        <translation>Arrêt propre&#xa0;: le script d’arrêt arrête le système invité, puis l’émulateur se termine</translation>
    </message>
    <message>
        <source>&amp;Restart</source>
        <translation>&amp;Redémarrer</translation>
    </message>
    <message>
        <source>Stop cleanly, then start again</source>
        <translation>Arrêt propre, puis nouveau démarrage</translation>
    </message>
    <message>
        <source>&amp;Force Stop…</source>
        <translation>Arrêt &amp;forcé…</translation>
    </message>
    <message>
        <source>End the emulator at once, like pulling the power cord</source>
        <translation>Terminer l’émulateur immédiatement, comme en débranchant le cordon d’alimentation</translation>
    </message>
    <message>
        <source>Enable &amp;Auto-boot</source>
        <translation>Activer le démarrage a&amp;utomatique</translation>
    </message>
    <message>
        <source>Start the emulator when the host boots</source>
        <translation>Démarrer l’émulateur au démarrage de l’hôte</translation>
    </message>
    <message>
        <source>&amp;Disable Auto-boot</source>
        <translation>Désacti&amp;ver le démarrage automatique</translation>
    </message>
    <message>
        <source>Do not start the emulator when the host boots</source>
        <translation>Ne pas démarrer l’émulateur au démarrage de l’hôte</translation>
    </message>
    <message>
        <source>Set as De&amp;fault</source>
        <translation>Définir par défau&amp;t</translation>
    </message>
    <message>
        <source>The command-line tools act on this guest when none is named</source>
        <translation>Les outils en ligne de commande agissent sur cet invité quand aucun n’est nommé</translation>
    </message>
    <message>
        <source>Open &amp;Console</source>
        <translation>Ouvrir la &amp;console</translation>
    </message>
    <message>
        <source>Open the guest&apos;s console</source>
        <translation>Ouvrir la console de l’invité</translation>
    </message>
    <message>
        <source>&amp;Edit Configuration…</source>
        <translation>&amp;Modifier la configuration…</translation>
    </message>
    <message>
        <source>Edit the Charon configuration file</source>
        <translation>Modifier le fichier de configuration Charon</translation>
    </message>
    <message>
        <source>Service &amp;Settings…</source>
        <translation>Paramètres du &amp;service…</translation>
    </message>
    <message>
        <source>Timeouts, restart on failure, OOM protection, pre-start script</source>
        <translation>Délais, redémarrage en cas d’échec, protection OOM, script de pré-démarrage</translation>
    </message>
    <message>
        <source>Edit Stop Scr&amp;ipt…</source>
        <translation>Modifier le scr&amp;ipt d’arrêt…</translation>
    </message>
    <message>
        <source>The clean shutdown commands for this guest</source>
        <translation>Les commandes d’arrêt propre de cet invité</translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation>Su&amp;pprimer…</translation>
    </message>
    <message>
        <source>Remove the guest&apos;s service (its configuration and disks stay)</source>
        <translation>Supprimer le service de l’invité (sa configuration et ses disques restent)</translation>
    </message>
    <message>
        <source>Force stop %1?

The emulator is ended at once: for the guest OS this is a power-off, without a clean shutdown. Unsaved data in the guest is lost.</source>
        <translation>Forcer l’arrêt de %1&#x202f;?

L’émulateur est terminé immédiatement&#xa0;: pour le système invité, c’est une mise hors tension, sans arrêt propre. Les données non enregistrées dans l’invité sont perdues.</translation>
    </message>
    <message>
        <source>Force stop %1 guests (%2)?

Each emulator is ended at once: for the guest OS this is a power-off, without a clean shutdown. Unsaved data in the guests is lost.</source>
        <translation>Forcer l’arrêt de %1 invités (%2)&#x202f;?

Chaque émulateur est terminé immédiatement&#xa0;: pour le système invité, c’est une mise hors tension, sans arrêt propre. Les données non enregistrées dans les invités sont perdues.</translation>
    </message>
    <message>
        <source>Force Stop</source>
        <translation>Arrêt forcé</translation>
    </message>
    <message>
        <source>Power Off</source>
        <translation>Mettre hors tension</translation>
    </message>
    <message>
        <source>Remove Guests</source>
        <translation>Supprimer des invités</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>&amp;Logs and History…</source>
        <translation>&amp;Journaux et historique…</translation>
    </message>
    <message>
        <source>The unit&apos;s journal, the emulator log and the event history</source>
        <translation>Le journal systemd de l’unité, le journal de l’émulateur et l’historique des événements</translation>
    </message>
    <message>
        <source>Edit OS &amp;Probe Script…</source>
        <translation>Modifier le script de &amp;sonde de l’OS…</translation>
    </message>
    <message>
        <source>How to ask whether this guest&apos;s operating system answers</source>
        <translation>Comment demander si le système d’exploitation de cet invité répond</translation>
    </message>
    <message>
        <source>&amp;Add Guest…</source>
        <translation>&amp;Ajouter un invité…</translation>
    </message>
    <message>
        <source>Add a guest: its emulator, configuration and service</source>
        <translation>Ajouter un invité&#x202f;: son émulateur, sa configuration et son service</translation>
    </message>
    <message>
        <source>its systemd unit %1</source>
        <translation>son unité systemd %1</translation>
    </message>
    <message>
        <source>our drop-in %1</source>
        <translation>notre drop-in %1</translation>
    </message>
    <message>
        <source>its default-guest mark</source>
        <translation>sa marque d’invité par défaut</translation>
    </message>
    <message>
        <source>%1 — removed: %2.</source>
        <translation>%1 — supprimé&#x202f;: %2.</translation>
    </message>
    <message>
        <source>Kept: the configuration %1, the working directory %2, and the disks and logs the configuration names.</source>
        <translation>Conservés&#x202f;: la configuration %1, le répertoire de travail %2, ainsi que les disques et journaux que nomme la configuration.</translation>
    </message>
    <message>
        <source>%1 is running: it is stopped cleanly first (the stop script runs).</source>
        <translation>%1 est en marche&#x202f;: il est d’abord arrêté proprement (le script d’arrêt s’exécute).</translation>
    </message>
    <message>
        <source>…and %1 more: %2.</source>
        <translation>…et %1 de plus&#x202f;: %2.</translation>
    </message>
    <message>
        <source>Remove %1?</source>
        <translation>Supprimer %1&#x202f;?</translation>
    </message>
    <message>
        <source>Remove %1 guests (%2)?</source>
        <translation>Supprimer %1 invités (%2)&#x202f;?</translation>
    </message>
    <message>
        <source>The configuration files, disks and working directories are kept: adding the guest again brings it back.</source>
        <translation>Les fichiers de configuration, les disques et les répertoires de travail sont conservés&#x202f;: ajouter l’invité à nouveau le fait revenir.</translation>
    </message>
</context>
<context>
    <name>charon::ui::GuestDetailsAccessible</name>
    <message>
        <source>Guest details</source>
        <translation>Détails de l’invité</translation>
    </message>
    <message>
        <source>Details of %1</source>
        <translation>Détails de %1</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
</context>
<context>
    <name>charon::ui::GuestDetailsPane</name>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Last run</source>
        <translation>Dernière exécution</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Opération</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Démarré</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Arrêté</translation>
    </message>
    <message>
        <source>License</source>
        <translation>Licence</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>Start on boot</source>
        <translation>Démarrage avec l’hôte</translation>
    </message>
    <message>
        <source>Restart on failure</source>
        <translation>Redémarrage en cas d’échec</translation>
    </message>
    <message>
        <source>Start timeout</source>
        <translation>Délai de démarrage</translation>
    </message>
    <message>
        <source>Stop timeout</source>
        <translation>Délai d’arrêt</translation>
    </message>
    <message>
        <source>Stop script</source>
        <translation>Script d’arrêt</translation>
    </message>
    <message>
        <source>OOM protection</source>
        <translation>Protection OOM</translation>
    </message>
    <message>
        <source>Pre-start script</source>
        <translation>Script de pré-démarrage</translation>
    </message>
    <message>
        <source>Emulated machine</source>
        <translation>Machine émulée</translation>
    </message>
    <message>
        <source>Emulator</source>
        <translation>Émulateur</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>Configuration</translation>
    </message>
    <message>
        <source>Working directory</source>
        <translation>Répertoire de travail</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Console port</source>
        <translation>Port de console</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <source>Select a guest to see its details.</source>
        <translation>Sélectionnez un invité pour voir ses détails.</translation>
    </message>
    <message>
        <source>protected from the OOM killer</source>
        <translation>protégé de l’OOM killer</translation>
    </message>
    <message>
        <source>not protected</source>
        <translation>non protégé</translation>
    </message>
    <message>
        <source>1 CPU</source>
        <translation>1 CPU</translation>
    </message>
    <message>
        <source>%1 CPUs</source>
        <translation>%1 CPU</translation>
    </message>
    <message>
        <source>Break/stop key set on the console: a stray key can halt the guest.</source>
        <translation>Touche break/stop définie sur la console&#xa0;: une touche pressée par erreur peut arrêter l’invité.</translation>
    </message>
    <message>
        <source>none found</source>
        <translation>aucun trouvé</translation>
    </message>
    <message>
        <source>Guest OS</source>
        <translation>Système invité</translation>
    </message>
    <message>
        <source>Logs and history…</source>
        <translation>Journaux et historique…</translation>
    </message>
</context>
<context>
    <name>charon::ui::GuestOperations</name>
    <message>
        <source>Could not make %1 the default guest: %2</source>
        <translation>Impossible de faire de %1 l’invité par défaut&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n started</source>
        <translation>
            <numerusform>%n démarré(s)</numerusform>
            <numerusform>%n démarré(s)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stopped</source>
        <translation>
            <numerusform>%n arrêté(s)</numerusform>
            <numerusform>%n arrêté(s)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n restarted</source>
        <translation>
            <numerusform>%n redémarré(s)</numerusform>
            <numerusform>%n redémarré(s)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n force-stopped</source>
        <translation>
            <numerusform>%n arrêté(s) de force</numerusform>
            <numerusform>%n arrêté(s) de force</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n removed</source>
        <translation>
            <numerusform>%n supprimé(s)</numerusform>
            <numerusform>%n supprimé(s)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1.</source>
        <translation>%1.</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2&#xa0;: %3</translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n en échec</numerusform>
            <numerusform>%n en échec</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (stop script: %2)</source>
        <translation>%1 (script d’arrêt&#x202f;: %2)</translation>
    </message>
    <message>
        <source>Restart %1 without a clean shutdown?

The stop script has no shutdown commands for %2, so the emulator is simply ended: for the guest OS this is a power-off. Unsaved data in the guest is lost.

Add the guest OS&apos;s shutdown commands to the stop script (Edit Stop Script) to stop it cleanly.</source>
        <translation>Redémarrer %1 sans arrêt propre&#x202f;?

Le script d’arrêt n’a pas de commandes d’arrêt pour %2&#x202f;: l’émulateur est simplement terminé, ce qui est une coupure de courant pour le système invité. Les données non enregistrées dans l’invité sont perdues.

Ajoutez les commandes d’arrêt du système invité au script d’arrêt (Modifier le script d’arrêt) pour l’arrêter proprement.</translation>
    </message>
    <message>
        <source>Stop %1 without a clean shutdown?

The stop script has no shutdown commands for %2, so the emulator is simply ended: for the guest OS this is a power-off. Unsaved data in the guest is lost.

Add the guest OS&apos;s shutdown commands to the stop script (Edit Stop Script) to stop it cleanly.</source>
        <translation>Arrêter %1 sans arrêt propre&#x202f;?

Le script d’arrêt n’a pas de commandes d’arrêt pour %2&#x202f;: l’émulateur est simplement terminé, ce qui est une coupure de courant pour le système invité. Les données non enregistrées dans l’invité sont perdues.

Ajoutez les commandes d’arrêt du système invité au script d’arrêt (Modifier le script d’arrêt) pour l’arrêter proprement.</translation>
    </message>
    <message numerus="yes">
        <source>Restart %n guest(s) without a clean shutdown?

%1

The stop script has no shutdown commands for them, so each emulator is simply ended: for the guest OS this is a power-off. Unsaved data in the guests is lost.</source>
        <translation>
            <numerusform>Redémarrer %n invité(s) sans arrêt propre&#x202f;?

%1

Le script d’arrêt n’a pas de commandes d’arrêt pour eux&#x202f;: chaque émulateur est simplement terminé, ce qui est une coupure de courant pour le système invité. Les données non enregistrées dans les invités sont perdues.</numerusform>
            <numerusform>Redémarrer %n invité(s) sans arrêt propre&#x202f;?

%1

Le script d’arrêt n’a pas de commandes d’arrêt pour eux&#x202f;: chaque émulateur est simplement terminé, ce qui est une coupure de courant pour le système invité. Les données non enregistrées dans les invités sont perdues.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stop %n guest(s) without a clean shutdown?

%1

The stop script has no shutdown commands for them, so each emulator is simply ended: for the guest OS this is a power-off. Unsaved data in the guests is lost.</source>
        <translation>
            <numerusform>Arrêter %n invité(s) sans arrêt propre&#x202f;?

%1

Le script d’arrêt n’a pas de commandes d’arrêt pour eux&#x202f;: chaque émulateur est simplement terminé, ce qui est une coupure de courant pour le système invité. Les données non enregistrées dans les invités sont perdues.</numerusform>
            <numerusform>Arrêter %n invité(s) sans arrêt propre&#x202f;?

%1

Le script d’arrêt n’a pas de commandes d’arrêt pour eux&#x202f;: chaque émulateur est simplement terminé, ce qui est une coupure de courant pour le système invité. Les données non enregistrées dans les invités sont perdues.</numerusform>
        </translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>Redémarrer</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Power Off and Restart</source>
        <translation>Couper et redémarrer</translation>
    </message>
    <message>
        <source>Power Off</source>
        <translation>Couper le courant</translation>
    </message>
    <message>
        <source>Don&apos;t ask again for this guest</source>
        <translation>Ne plus demander pour cet invité</translation>
    </message>
    <message>
        <source>Don&apos;t ask again for these guests</source>
        <translation>Ne plus demander pour ces invités</translation>
    </message>
</context>
<context>
    <name>charon::ui::GuestTableModel</name>
    <message>
        <source>Default guest: the command-line tools act on it when no guest is named</source>
        <translation>Invité par défaut&#xa0;: les outils en ligne de commande agissent sur lui quand aucun invité n’est nommé</translation>
    </message>
    <message>
        <source>The emulator starts when the host boots</source>
        <translation>L’émulateur démarre au démarrage de l’hôte</translation>
    </message>
    <message>
        <source>The emulator does not start when the host boots</source>
        <translation>L’émulateur ne démarre pas au démarrage de l’hôte</translation>
    </message>
    <message>
        <source>Default guest of the command-line tools</source>
        <translation>Invité par défaut des outils en ligne de commande</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Emulator</source>
        <translation>Émulateur</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>Configuration</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Mémoire</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Auto-boot</source>
        <translation>Démarrage automatique</translation>
    </message>
    <message>
        <source>Console</source>
        <translation>Console</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 Mo</translation>
    </message>
    <message>
        <source>%1 GB</source>
        <translation>%1 Go</translation>
    </message>
    <message>
        <source>License</source>
        <translation>Licence</translation>
    </message>
    <message>
        <source>Guest OS</source>
        <translation>Système invité</translation>
    </message>
    <message>
        <source>default guest</source>
        <translation>invité par défaut</translation>
    </message>
    <message>
        <source>Default guest</source>
        <translation>Invité par défaut</translation>
    </message>
</context>
<context>
    <name>charon::ui::GuestTableView</name>
    <message>
        <source>Guests</source>
        <translation>Invités</translation>
    </message>
</context>
<context>
    <name>charon::ui::GuestText</name>
    <message>
        <source>no limit</source>
        <translation>sans limite</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
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
        <source>Not found: stopping powers the guest off</source>
        <translation>Introuvable&#xa0;: l’arrêt met l’invité hors tension</translation>
    </message>
    <message>
        <source>To customize: the script is still the template</source>
        <translation>À personnaliser&#xa0;: le script est encore le modèle</translation>
    </message>
    <message>
        <source>Case not set: no branch for this configuration file</source>
        <translation>Cas non défini&#xa0;: aucune branche pour ce fichier de configuration</translation>
    </message>
    <message>
        <source>Using EXPECT on the console</source>
        <translation>Utilise EXPECT sur la console</translation>
    </message>
    <message>
        <source>Using RSH</source>
        <translation>Utilise RSH</translation>
    </message>
    <message>
        <source>Using SSH</source>
        <translation>Utilise SSH</translation>
    </message>
    <message>
        <source>Customized</source>
        <translation>Personnalisé</translation>
    </message>
    <message>
        <source>all interfaces</source>
        <translation>toutes les interfaces</translation>
    </message>
    <message>
        <source>%1 (listening on %2)</source>
        <translation>%1 (à l’écoute sur %2)</translation>
    </message>
    <message>
        <source>%1 (localhost only)</source>
        <translation>%1 (localhost seulement)</translation>
    </message>
    <message>
        <source>The console listens beyond localhost: anyone who reaches this host on port %1 gets the guest&apos;s console.</source>
        <translation>La console écoute au-delà de localhost&#xa0;: quiconque atteint cet hôte sur le port %1 obtient la console de l’invité.</translation>
    </message>
    <message>
        <source>does not exist on this host</source>
        <translation>n’existe pas sur cet hôte</translation>
    </message>
    <message>
        <source>is still managed by the network configuration tool (it should be dedicated to the guest)</source>
        <translation>est encore gérée par l’outil de configuration réseau (elle devrait être dédiée à l’invité)</translation>
    </message>
    <message>
        <source>is also used by guest %1</source>
        <translation>est aussi utilisée par l’invité %1</translation>
    </message>
    <message>
        <source>has an IP address (%1): a dedicated NIC should have none</source>
        <translation>a une adresse IP (%1)&#xa0;: une carte réseau dédiée ne devrait en avoir aucune</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Configuration: %1</source>
        <translation>Configuration&#xa0;: %1</translation>
    </message>
    <message>
        <source>The unit file changed on disk since systemd read it: systemctl daemon-reload applies the change.</source>
        <translation>Le fichier d’unité a changé sur le disque depuis que systemd l’a lu&#x202f;: systemctl daemon-reload applique la modification.</translation>
    </message>
    <message>
        <source>Expiring</source>
        <translation>Expire bientôt</translation>
    </message>
    <message>
        <source>Trouble</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Répond</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Pas de réponse</translation>
    </message>
    <message>
        <source>Probe error</source>
        <translation>Erreur de sonde</translation>
    </message>
</context>
<context>
    <name>charon::ui::HistoryView</name>
    <message>
        <source>Problems reading the history</source>
        <translation>Problèmes de lecture de l’historique</translation>
    </message>
    <message>
        <source>Event history, newest first</source>
        <translation>Historique des événements, le plus récent en premier</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Read from</source>
        <translation>Lu dans</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>(no time)</source>
        <translation>(sans heure)</translation>
    </message>
    <message>
        <source>journal</source>
        <translation>journal systemd</translation>
    </message>
    <message>
        <source>emulator log</source>
        <translation>journal de l’émulateur</translation>
    </message>
</context>
<context>
    <name>charon::ui::HostHeader</name>
    <message>
        <source>Memory in use</source>
        <translation>Mémoire utilisée</translation>
    </message>
    <message>
        <source>Up since %1</source>
        <translation>En marche depuis %1</translation>
    </message>
    <message>
        <source>CPUs: %1</source>
        <translation>CPU&#xa0;: %1</translation>
    </message>
    <message>
        <source>Memory: %1</source>
        <translation>Mémoire&#xa0;: %1</translation>
    </message>
    <message>
        <source>Up since %1 (%2 days)</source>
        <translation>En marche depuis %1 (%2 jours)</translation>
    </message>
    <message>
        <source>Memory: %1 free of %2</source>
        <translation>Mémoire&#xa0;: %1 libre sur %2</translation>
    </message>
    <message>
        <source>%1% in use</source>
        <translation>%1 % utilisé</translation>
    </message>
    <message>
        <source>Connected to systemd</source>
        <translation>Connecté à systemd</translation>
    </message>
    <message>
        <source>Not connected to systemd</source>
        <translation>Non connecté à systemd</translation>
    </message>
    <message>
        <source>States update live as systemd reports them</source>
        <translation>Les états se mettent à jour en direct selon systemd</translation>
    </message>
    <message>
        <source>The states shown may be out of date</source>
        <translation>Les états affichés peuvent être périmés</translation>
    </message>
    <message>
        <source>%1 active</source>
        <translation>%1 en marche</translation>
    </message>
    <message>
        <source>%1 changing</source>
        <translation>%1 en transition</translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation>%1 en échec</translation>
    </message>
    <message>
        <source>%1 inactive</source>
        <translation>%1 à l’arrêt</translation>
    </message>
    <message>
        <source>%1 unknown</source>
        <translation>%1 d’état inconnu</translation>
    </message>
    <message>
        <source>1 guest</source>
        <translation>1 invité</translation>
    </message>
    <message>
        <source>%1 guests</source>
        <translation>%1 invités</translation>
    </message>
    <message>
        <source>user</source>
        <translation>utilisateur</translation>
    </message>
    <message>
        <source>system</source>
        <translation>système</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>host (scope)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>not connected: why</comment>
        <translation>%1&#x202f;: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>guest count: counts per state</comment>
        <translation>%1&#x202f;: %2</translation>
    </message>
</context>
<context>
    <name>charon::ui::LogView</name>
    <message>
        <source>Jump to &amp;Now</source>
        <translation>Aller à &amp;maintenant</translation>
    </message>
    <message>
        <source>Search these lines</source>
        <translation>Rechercher dans ces lignes</translation>
    </message>
    <message>
        <source>Search the log</source>
        <translation>Rechercher dans le journal</translation>
    </message>
    <message>
        <source>All levels</source>
        <translation>Tous les niveaux</translation>
    </message>
    <message>
        <source>Info and above</source>
        <translation>Info et plus grave</translation>
    </message>
    <message>
        <source>Notices and above</source>
        <translation>Avis et plus grave</translation>
    </message>
    <message>
        <source>Warnings and errors</source>
        <translation>Avertissements et erreurs</translation>
    </message>
    <message>
        <source>Errors only</source>
        <translation>Erreurs seulement</translation>
    </message>
    <message>
        <source>Lowest severity shown</source>
        <translation>Gravité minimale affichée</translation>
    </message>
    <message>
        <source>Show only lines at least this severe</source>
        <translation>N’afficher que les lignes au moins aussi graves</translation>
    </message>
    <message>
        <source>Jump to the newest lines</source>
        <translation>Aller aux lignes les plus récentes</translation>
    </message>
    <message>
        <source>Show the newest lines and follow what is written</source>
        <translation>Afficher les lignes les plus récentes et suivre ce qui s’écrit</translation>
    </message>
    <message>
        <source>Log status</source>
        <translation>État du journal</translation>
    </message>
    <message>
        <source>Log lines</source>
        <translation>Lignes du journal</translation>
    </message>
    <message numerus="yes">
        <source>Scrolled back: %n newer line(s) not shown. Jump to Now to follow again.</source>
        <translation>
            <numerusform>Vue remontée&#x202f;: %n ligne(s) plus récente(s) non affichée(s). «&#xa0;Aller à maintenant&#xa0;» pour reprendre le suivi.</numerusform>
            <numerusform>Vue remontée&#x202f;: %n ligne(s) plus récente(s) non affichée(s). «&#xa0;Aller à maintenant&#xa0;» pour reprendre le suivi.</numerusform>
        </translation>
    </message>
    <message>
        <source>Following. %1 of at most %2 lines kept; older ones are read again when you scroll to the top.</source>
        <translation>Suivi en cours. %1 lignes gardées sur %2 au plus&#x202f;; les plus anciennes sont relues quand vous remontez en haut.</translation>
    </message>
    <message>
        <source>Reading older lines…</source>
        <translation>Lecture des lignes plus anciennes…</translation>
    </message>
    <message>
        <source>The start of the log is shown.</source>
        <translation>Le début du journal est affiché.</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Source&#x202f;: %1</translation>
    </message>
</context>
<context>
    <name>charon::ui::LogsWindow</name>
    <message>
        <source>Logs of %1</source>
        <translation>Journaux de %1</translation>
    </message>
    <message>
        <source>&amp;Journal</source>
        <translation>&amp;Journal systemd</translation>
    </message>
    <message>
        <source>&amp;Emulator Log</source>
        <translation>Journal de l’&amp;émulateur</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Historique</translation>
    </message>
    <message>
        <source>State changes from the journal and license events from the emulator log, newest first</source>
        <translation>Changements d’état du journal systemd et événements de licence du journal de l’émulateur, les plus récents en premier</translation>
    </message>
</context>
<context>
    <name>charon::ui::MainWindow</name>
    <message>
        <source>Filter by name, configuration or state (Ctrl+F)</source>
        <translation>Filtrer par nom, configuration ou état (Ctrl+F)</translation>
    </message>
    <message>
        <source>Guests</source>
        <translation>Invités</translation>
    </message>
    <message>
        <source>&amp;Guest</source>
        <translation>&amp;Invité</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Filter Guests</source>
        <translation>&amp;Filtrer les invités</translation>
    </message>
    <message>
        <source>&amp;Details Pane</source>
        <translation>Panneau de &amp;détails</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <source>&amp;About Charon Manager</source>
        <translation>À &amp;propos de Charon Manager</translation>
    </message>
    <message>
        <source>About Charon Manager</source>
        <translation>À propos de Charon Manager</translation>
    </message>
    <message>
        <source>&lt;b&gt;Charon Manager&lt;/b&gt; %1&lt;br&gt;Runs Stromasys Charon emulators as systemd services.</source>
        <translation>&lt;b&gt;Charon Manager&lt;/b&gt; %1&lt;br&gt;Exécute les émulateurs Stromasys Charon comme services systemd.</translation>
    </message>
    <message>
        <source>%1 of %2 guests shown</source>
        <translation>%1 invités affichés sur %2</translation>
    </message>
    <message>
        <source>1 guest</source>
        <translation>1 invité</translation>
    </message>
    <message>
        <source>%1 guests</source>
        <translation>%1 invités</translation>
    </message>
    <message>
        <source>&amp;Notifications and Watching…</source>
        <translation>&amp;Notifications et surveillance…</translation>
    </message>
    <message>
        <source>Filter guests</source>
        <translation>Filtrer les invités</translation>
    </message>
    <message>
        <source>&amp;Next Area</source>
        <translation>Zone &amp;suivante</translation>
    </message>
    <message>
        <source>&amp;Previous Area</source>
        <translation>Zone &amp;précédente</translation>
    </message>
    <message>
        <source>&amp;Keyboard</source>
        <translation>&amp;Clavier</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Thème</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>&amp;Système</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Clair</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Sombre</translation>
    </message>
    <message>
        <source>Guest T&amp;able</source>
        <translation>T&amp;ableau des invités</translation>
    </message>
    <message>
        <source>No &amp;Animations (for slow remote links)</source>
        <translation>Pas d’&amp;animations (pour les liaisons distantes lentes)</translation>
    </message>
</context>
<context>
    <name>charon::ui::MessageBar</name>
    <message>
        <source>Dismiss all</source>
        <translation>Tout masquer</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Dismiss this message</source>
        <translation>Masquer ce message</translation>
    </message>
    <message>
        <source>Show fewer</source>
        <translation>Afficher moins</translation>
    </message>
    <message numerus="yes">
        <source>+%n more</source>
        <translation>
            <numerusform>+%n autre(s)</numerusform>
            <numerusform>+%n autre(s)</numerusform>
        </translation>
    </message>
    <message>
        <source>Show only the newest message</source>
        <translation>N’afficher que le message le plus récent</translation>
    </message>
    <message numerus="yes">
        <source>Show %n older message(s)</source>
        <translation>
            <numerusform>Afficher %n message(s) plus ancien(s)</numerusform>
            <numerusform>Afficher %n message(s) plus ancien(s)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>charon::ui::PreStartScriptDialog</name>
    <message>
        <source>Pre-start script %1</source>
        <translation>Script de pré-démarrage %1</translation>
    </message>
    <message>
        <source>Pre-start script text</source>
        <translation>Texte du script de pré-démarrage</translation>
    </message>
    <message>
        <source>Saved atomically; the previous version is kept as %1.bak.</source>
        <translation>Enregistré de façon atomique&#x202f;; la version précédente est conservée dans %1.bak.</translation>
    </message>
    <message>
        <source>%1 is larger than 1 MiB: not a script to edit here</source>
        <translation>%1 dépasse 1 Mio&#x202f;: ce n’est pas un script à modifier ici</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1&#x202f;: %2</translation>
    </message>
    <message>
        <source>%1 is a binary file, not a script</source>
        <translation>%1 est un fichier binaire, pas un script</translation>
    </message>
    <message>
        <source>Save the script</source>
        <translation>Enregistrer le script</translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation>Fermer sans enregistrer</translation>
    </message>
</context>
<context>
    <name>charon::ui::ScriptEditorDialog</name>
    <message>
        <source>Stop script of %1</source>
        <translation>Script d’arrêt de %1</translation>
    </message>
    <message>
        <source>OS probe of %1</source>
        <translation>Sonde de l’OS de %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;The common stop script: only the branch of %2 is edited here, the other guests&apos; branches are kept as they are.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Le script d’arrêt commun&#x202f;: seule la branche de %2 est modifiée ici, les branches des autres invités restent telles quelles.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;The guest OS probe script: only the branch of %2 is edited here (exit 0 when the OS answers, 255 when it is not booted or unreachable).</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Le script de sonde de l’OS invité&#x202f;: seule la branche de %2 est modifiée ici (code 0 quand l’OS répond, 255 quand il n’est pas démarré ou injoignable).</translation>
    </message>
    <message>
        <source>Saved owner-only (mode 0700: it may hold passwords), after &lt;tt&gt;bash -n&lt;/tt&gt; checks the whole script; the previous version is kept as %1.</source>
        <translation>Enregistré pour le seul propriétaire (mode 0700&#x202f;: il peut contenir des mots de passe), après vérification du script entier par &lt;tt&gt;bash -n&lt;/tt&gt;&#x202f;; la version précédente est gardée sous %1.</translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>&amp;Modèle&#x202f;:</translation>
    </message>
    <message>
        <source>the guest OS</source>
        <translation>l’OS invité</translation>
    </message>
    <message>
        <source>EXPECT on the console: %1 (%2)</source>
        <translation>EXPECT sur la console&#x202f;: %1 (%2)</translation>
    </message>
    <message>
        <source>SSH to the guest: %1</source>
        <translation>SSH vers l’invité&#x202f;: %1</translation>
    </message>
    <message>
        <source>RSH to the guest: %1</source>
        <translation>RSH vers l’invité&#x202f;: %1</translation>
    </message>
    <message>
        <source>SSH: does the guest answer?</source>
        <translation>SSH&#x202f;: l’invité répond-il&#x202f;?</translation>
    </message>
    <message>
        <source>Branch template</source>
        <translation>Modèle de branche</translation>
    </message>
    <message>
        <source>&amp;Use Template</source>
        <translation>&amp;Utiliser le modèle</translation>
    </message>
    <message>
        <source>Replace the branch with the chosen template</source>
        <translation>Remplacer la branche par le modèle choisi</translation>
    </message>
    <message>
        <source>Stop script branch</source>
        <translation>Branche du script d’arrêt</translation>
    </message>
    <message>
        <source>OS probe branch</source>
        <translation>Branche de la sonde de l’OS</translation>
    </message>
    <message>
        <source>Status of this guest in the script</source>
        <translation>État de cet invité dans le script</translation>
    </message>
    <message>
        <source>Status of %1: %2 as edited (saved: %3).</source>
        <translation>État de %1&#x202f;: %2 tel que modifié (enregistré&#x202f;: %3).</translation>
    </message>
    <message>
        <source>%1 has a branch in the probe script.</source>
        <translation>%1 a une branche dans le script de sonde.</translation>
    </message>
    <message>
        <source>%1 has no branch in the probe script.</source>
        <translation>%1 n’a pas de branche dans le script de sonde.</translation>
    </message>
    <message>
        <source>Not saved: the branch must start with a label matching %1, like %2</source>
        <translation>Non enregistré&#x202f;: la branche doit commencer par une étiquette correspondant à %1, comme %2</translation>
    </message>
    <message>
        <source>Checking the whole script with bash -n…</source>
        <translation>Vérification du script entier avec bash -n…</translation>
    </message>
    <message>
        <source>line %1 of the script</source>
        <translation>la ligne %1 du script</translation>
    </message>
    <message>
        <source>the script</source>
        <translation>le script</translation>
    </message>
    <message>
        <source>line %1 of this branch (line %2 of the script)</source>
        <translation>la ligne %1 de cette branche (ligne %2 du script)</translation>
    </message>
    <message>
        <source>Not saved: bash -n finds an error at %1: %2</source>
        <translation>Non enregistré&#x202f;: bash -n trouve une erreur à %1&#x202f;: %2</translation>
    </message>
    <message>
        <source>Saved %1 owner-only (mode 0700); the previous version is kept as %2.</source>
        <translation>%1 enregistré pour le seul propriétaire (mode 0700)&#x202f;; la version précédente est gardée sous %2.</translation>
    </message>
</context>
<context>
    <name>charon::ui::ServiceSettingsDialog</name>
    <message>
        <source>Start with the host</source>
        <translation>Démarrer avec l’hôte</translation>
    </message>
    <message>
        <source>Restart when the emulator fails</source>
        <translation>Redémarrer quand l’émulateur échoue</translation>
    </message>
    <message>
        <source>Protect the emulator from the OOM killer</source>
        <translation>Protéger l’émulateur de l’OOM killer</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>Service Settings of %1</source>
        <translation>Paramètres du service de %1</translation>
    </message>
    <message>
        <source>Start timeout</source>
        <translation>Délai de démarrage</translation>
    </message>
    <message>
        <source>Stop timeout</source>
        <translation>Délai d’arrêt</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>aucune limite</translation>
    </message>
    <message>
        <source>Restart delay</source>
        <translation>Délai avant redémarrage</translation>
    </message>
    <message>
        <source>Start limit interval</source>
        <translation>Intervalle de la limite de démarrages</translation>
    </message>
    <message>
        <source>Start limit: most starts per interval</source>
        <translation>Limite de démarrages&#x202f;: nombre maximal par intervalle</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>the unit&apos;s own description</source>
        <translation>la description de l’unité elle-même</translation>
    </message>
    <message>
        <source>Auto-boot</source>
        <translation>Démarrage automatique</translation>
    </message>
    <message>
        <source>Auto-restart on failure</source>
        <translation>Redémarrage automatique en cas d’échec</translation>
    </message>
    <message>
        <source>OOM protection</source>
        <translation>Protection OOM</translation>
    </message>
    <message>
        <source>Pre-start script path</source>
        <translation>Chemin du script de pré-démarrage</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Edit the pre-start script</source>
        <translation>Modifier le script de pré-démarrage</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>Choose the pre-start script</source>
        <translation>Choisir le script de pré-démarrage</translation>
    </message>
    <message>
        <source>Guests this one starts before</source>
        <translation>Invités avant lesquels celui-ci démarre</translation>
    </message>
    <message>
        <source>Guests this one starts after</source>
        <translation>Invités après lesquels celui-ci démarre</translation>
    </message>
    <message>
        <source>%1 as systemd applies it</source>
        <translation>%1 tel que systemd l’applique</translation>
    </message>
    <message>
        <source>&lt;b&gt;Applied by systemd&lt;/b&gt;</source>
        <translation>&lt;b&gt;Appliqué par systemd&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description&#x202f;:</translation>
    </message>
    <message>
        <source>S&amp;tart timeout:</source>
        <translation>Délai de dé&amp;marrage&#x202f;:</translation>
    </message>
    <message>
        <source>St&amp;op timeout:</source>
        <translation>Délai d’a&amp;rrêt&#x202f;:</translation>
    </message>
    <message>
        <source>Auto-&amp;boot:</source>
        <translation>Démarrage a&amp;uto&#x202f;:</translation>
    </message>
    <message>
        <source>Auto-&amp;restart:</source>
        <translation>Redémarrage au&amp;to&#x202f;:</translation>
    </message>
    <message>
        <source>Restart &amp;delay:</source>
        <translation>Dé&amp;lai de redémarrage&#x202f;:</translation>
    </message>
    <message>
        <source>starts within</source>
        <translation>démarrages en</translation>
    </message>
    <message>
        <source>Start &amp;limit:</source>
        <translation>&amp;Limite de démarrages&#x202f;:</translation>
    </message>
    <message>
        <source>&amp;OOM protection:</source>
        <translation>Protection &amp;OOM&#x202f;:</translation>
    </message>
    <message>
        <source>&amp;Pre-start script:</source>
        <translation>Script de &amp;pré-démarrage&#x202f;:</translation>
    </message>
    <message>
        <source>Starts &amp;before:</source>
        <translation>Démarre a&amp;vant&#x202f;:</translation>
    </message>
    <message>
        <source>Starts &amp;after:</source>
        <translation>Démarre ap&amp;rès&#x202f;:</translation>
    </message>
    <message>
        <source>Problems with the values</source>
        <translation>Problèmes dans les valeurs</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Reading the settings of %1…</source>
        <translation>Lecture des paramètres de %1…</translation>
    </message>
    <message>
        <source>Apply the settings</source>
        <translation>Appliquer les paramètres</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Written into %1&apos;s own drop-in (%2); the unit file and other drop-ins are left alone.</source>
        <translation>Écrit dans le drop-in propre à %1 (%2)&#x202f;; le fichier d’unité et les autres drop-ins ne sont pas modifiés.</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>on</source>
        <translation>activé</translation>
    </message>
    <message>
        <source>off</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <source>on, after %1, at most %2 starts in %3</source>
        <translation>activé, après %1, au plus %2 démarrages en %3</translation>
    </message>
    <message>
        <source>%1 — set by %2</source>
        <translation>%1 — défini par %2</translation>
    </message>
    <message>
        <source>%1, an admin&apos;s own drop-in, decides this value; ours in %2 is not applied.</source>
        <translation>%1, un drop-in propre à l’administrateur, décide de cette valeur&#x202f;; la nôtre dans %2 n’est pas appliquée.</translation>
    </message>
    <message>
        <source>Showing the values systemd applies now.</source>
        <translation>Valeurs que systemd applique actuellement.</translation>
    </message>
    <message>
        <source>Applied: systemd reloaded and applies these values.</source>
        <translation>Appliqué&#x202f;: systemd a rechargé et applique ces valeurs.</translation>
    </message>
    <message>
        <source>%1 is set by %2, which overrides ours.</source>
        <translation>%1 est défini par %2, qui remplace le nôtre.</translation>
    </message>
    <message>
        <source>Writing the drop-in and reloading systemd…</source>
        <translation>Écriture du drop-in et rechargement de systemd…</translation>
    </message>
    <message>
        <source>Pre-start script of %1</source>
        <translation>Script de pré-démarrage de %1</translation>
    </message>
    <message>
        <source>Asking the privileged helper to write the drop-in and reload systemd…</source>
        <translation>Demande à l’assistant privilégié d’écrire le drop-in et de recharger systemd…</translation>
    </message>
    <message>
        <source>Not applied: %1.</source>
        <translation>Non appliqué&#x202f;: %1.</translation>
    </message>
</context>
<context>
    <name>charon::ui::StatePillDelegate</name>
    <message>
        <source>restart needed</source>
        <translation>redémarrage nécessaire</translation>
    </message>
</context>
<context>
    <name>charon::ui::StateStyle</name>
    <message>
        <source>Running.</source>
        <translation>En marche.</translation>
    </message>
    <message>
        <source>The emulator failed; systemd restarts it shortly.</source>
        <translation>L’émulateur a échoué&#x202f;; systemd le redémarre sous peu.</translation>
    </message>
    <message>
        <source>Starting.</source>
        <translation>Démarrage.</translation>
    </message>
    <message>
        <source>Stopping (the stop script runs, then the emulator ends).</source>
        <translation>Arrêt (le script d’arrêt s’exécute, puis l’émulateur se termine).</translation>
    </message>
    <message>
        <source>Stopped after a failure.</source>
        <translation>Arrêté après un échec.</translation>
    </message>
    <message>
        <source>Stopped on request.</source>
        <translation>Arrêté sur demande.</translation>
    </message>
    <message>
        <source>Failed.</source>
        <translation>En échec.</translation>
    </message>
    <message>
        <source>State unknown.</source>
        <translation>État inconnu.</translation>
    </message>
    <message>
        <source>Last run: %1.</source>
        <translation>Dernière exécution&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Job in progress: %1</source>
        <translation>Opération en cours&#xa0;: %1</translation>
    </message>
    <message>
        <source>ACTIVE</source>
        <translation>EN MARCHE</translation>
    </message>
    <message>
        <source>ACTIVATING</source>
        <translation>DÉMARRAGE</translation>
    </message>
    <message>
        <source>INACTIVE</source>
        <translation>À L’ARRÊT</translation>
    </message>
    <message>
        <source>DEACTIVATING</source>
        <translation>ARRÊT EN COURS</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>EN ÉCHEC</translation>
    </message>
    <message>
        <source>UNKNOWN</source>
        <translation>INCONNU</translation>
    </message>
    <message>
        <source>REQUESTED</source>
        <translation>DEMANDÉ</translation>
    </message>
    <message>
        <source>FAILURE</source>
        <translation>PANNE</translation>
    </message>
</context>
<context>
    <name>charon::ui::TerminalFindBar</name>
    <message>
        <source>Find in console</source>
        <translation>Rechercher dans la console</translation>
    </message>
    <message>
        <source>Find older (Enter)</source>
        <translation>Chercher plus ancien (Entrée)</translation>
    </message>
    <message>
        <source>Find newer (Shift+Enter)</source>
        <translation>Chercher plus récent (Maj+Entrée)</translation>
    </message>
    <message>
        <source>Close (Escape)</source>
        <translation>Fermer (Échap)</translation>
    </message>
    <message>
        <source>Find older</source>
        <translation>Chercher plus ancien</translation>
    </message>
    <message>
        <source>Find newer</source>
        <translation>Chercher plus récent</translation>
    </message>
    <message>
        <source>Close find bar</source>
        <translation>Fermer la barre de recherche</translation>
    </message>
</context>
<context>
    <name>charon::ui::TerminalView</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>C&amp;oller</translation>
    </message>
    <message>
        <source>Ctrl+Shift+V</source>
        <translation>Ctrl+Shift+V</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>&amp;Tout sélectionner</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Rechercher…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+F</source>
        <translation>Ctrl+Shift+F</translation>
    </message>
    <message>
        <source>C&amp;lear Scrollback</source>
        <translation>&amp;Effacer l’historique</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>&amp;Agrandir</translation>
    </message>
    <message>
        <source>Ctrl++</source>
        <translation>Ctrl++</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Ré&amp;duire</translation>
    </message>
    <message>
        <source>Ctrl+-</source>
        <translation>Ctrl+-</translation>
    </message>
    <message>
        <source>&amp;Reset Zoom</source>
        <translation>Taille &amp;normale</translation>
    </message>
    <message>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <source>Send &amp;Break</source>
        <translation>Envoyer &amp;Break</translation>
    </message>
</context>
<context>
    <name>charon::ui::TextFileEditorDialog</name>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Recharger</translation>
    </message>
    <message>
        <source>Co&amp;mpare</source>
        <translation>Co&amp;mparer</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Enregistrer…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>Changed on disk</source>
        <translation>Modifié sur le disque</translation>
    </message>
    <message>
        <source>Reload the file from disk, dropping your edits</source>
        <translation>Recharger le fichier depuis le disque, en abandonnant vos modifications</translation>
    </message>
    <message>
        <source>Compare the file on disk with your edits</source>
        <translation>Comparer le fichier sur le disque avec vos modifications</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Save, after showing the changes</source>
        <translation>Enregistrer, après avoir montré les changements</translation>
    </message>
    <message>
        <source>Close the editor</source>
        <translation>Fermer l’éditeur</translation>
    </message>
    <message>
        <source>%1 was changed on disk by someone else since you opened it. Reload it (your edits are dropped) or compare the two versions; saving will not overwrite it silently.</source>
        <translation>%1 a été modifié sur le disque par quelqu’un d’autre depuis que vous l’avez ouvert. Rechargez-le (vos modifications sont abandonnées) ou comparez les deux versions&#x202f;; l’enregistrement ne l’écrasera pas en silence.</translation>
    </message>
    <message>
        <source>Drop your edits and reload %1?</source>
        <translation>Abandonner vos modifications et recharger %1&#x202f;?</translation>
    </message>
    <message>
        <source>your edits</source>
        <translation>vos modifications</translation>
    </message>
    <message>
        <source>on disk</source>
        <translation>sur le disque</translation>
    </message>
    <message>
        <source>Reloaded %1 from disk.</source>
        <translation>%1 rechargé depuis le disque.</translation>
    </message>
    <message>
        <source>%1 (on disk now)</source>
        <translation>%1 (sur le disque maintenant)</translation>
    </message>
    <message>
        <source>%1 (your edits)</source>
        <translation>%1 (vos modifications)</translation>
    </message>
    <message>
        <source>The file on disk is the same as your edits.</source>
        <translation>Le fichier sur le disque est identique à vos modifications.</translation>
    </message>
    <message>
        <source>Overwrite the version on disk?</source>
        <translation>Écraser la version sur le disque&#x202f;?</translation>
    </message>
    <message>
        <source>Saved %1; the previous version is kept as %2.</source>
        <translation>%1 enregistré&#x202f;; la version précédente est gardée sous %2.</translation>
    </message>
    <message>
        <source>Not saved: %1 changed on disk. Reload it or compare first.</source>
        <translation>Non enregistré&#x202f;: %1 a changé sur le disque. Rechargez-le ou comparez d’abord.</translation>
    </message>
    <message>
        <source>%1 (saved)</source>
        <translation>%1 (enregistré)</translation>
    </message>
    <message>
        <source>%1 (edited)</source>
        <translation>%1 (modifié)</translation>
    </message>
    <message>
        <source>Nothing to save: the editor holds what is on disk.</source>
        <translation>Rien à enregistrer&#x202f;: l’éditeur contient ce qui est sur le disque.</translation>
    </message>
    <message>
        <source>Save these changes to %1?</source>
        <translation>Enregistrer ces changements dans %1&#x202f;?</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Changements</translation>
    </message>
    <message>
        <source>&amp;Write</source>
        <translation>É&amp;crire</translation>
    </message>
    <message>
        <source>Discard your edits?</source>
        <translation>Abandonner vos modifications&#x202f;?</translation>
    </message>
    <message>
        <source>%1 has edits that are not saved. Close and discard them?</source>
        <translation>%1 a des modifications non enregistrées. Fermer et les abandonner&#x202f;?</translation>
    </message>
    <message>
        <source>Cannot read %1 through the privileged helper: %2.</source>
        <translation>Impossible de lire %1 par l’assistant privilégié&#x202f;: %2.</translation>
    </message>
    <message>
        <source>Reading %1 through the privileged helper…</source>
        <translation>Lecture de %1 par l’assistant privilégié…</translation>
    </message>
    <message>
        <source>%1 is root&apos;s: saving goes through the privileged helper.</source>
        <translation>%1 appartient à root&#x202f;: l’enregistrement passe par l’assistant privilégié.</translation>
    </message>
    <message>
        <source>%1 was changed by someone else since you opened it. Reload it (your edits are dropped) or compare the two versions; saving will not overwrite it silently.</source>
        <translation>%1 a été modifié par quelqu’un d’autre depuis que vous l’avez ouvert. Rechargez-le (vos modifications sont abandonnées) ou comparez les deux versions&#x202f;; l’enregistrement ne l’écrasera pas en silence.</translation>
    </message>
    <message>
        <source>Not saved: %1.</source>
        <translation>Non enregistré&#x202f;: %1.</translation>
    </message>
</context>
<context>
    <name>charon::ui::TrayIcon</name>
    <message>
        <source>Charon Manager tray menu</source>
        <translation>Menu de Charon Manager dans la zone de notification</translation>
    </message>
    <message>
        <source>Show Window</source>
        <translation>Afficher la fenêtre</translation>
    </message>
    <message>
        <source>systemd cannot be reached</source>
        <translation>systemd injoignable</translation>
    </message>
    <message>
        <source>No guests</source>
        <translation>Aucun invité</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Démarrer</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Open Console</source>
        <translation>Ouvrir la console</translation>
    </message>
    <message>
        <source>Show in Window</source>
        <translation>Afficher dans la fenêtre</translation>
    </message>
    <message>
        <source>Notifications and Watching…</source>
        <translation>Notifications et surveillance…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
</context>
<context>
    <name>charon::ui::WatchSettingsDialog</name>
    <message>
        <source>A guest started</source>
        <translation>Un invité a démarré</translation>
    </message>
    <message>
        <source>A guest stopped on request</source>
        <translation>Un invité s’est arrêté sur demande</translation>
    </message>
    <message>
        <source>A guest stopped with FAILURE</source>
        <translation>Un invité s’est arrêté en ÉCHEC</translation>
    </message>
    <message>
        <source>systemd restarts a failed guest</source>
        <translation>systemd redémarre un invité en échec</translation>
    </message>
    <message>
        <source>A start, stop or restart did not succeed</source>
        <translation>Un démarrage, arrêt ou redémarrage a échoué</translation>
    </message>
    <message>
        <source>The host&apos;s systemd cannot be reached</source>
        <translation>Le systemd de l’hôte est injoignable</translation>
    </message>
    <message>
        <source>The host&apos;s systemd can be reached again</source>
        <translation>Le systemd de l’hôte est de nouveau joignable</translation>
    </message>
    <message>
        <source>License key found</source>
        <translation>Clé de licence trouvée</translation>
    </message>
    <message>
        <source>License key lost</source>
        <translation>Clé de licence perdue</translation>
    </message>
    <message>
        <source>License key restored</source>
        <translation>Clé de licence retrouvée</translation>
    </message>
    <message>
        <source>No valid license</source>
        <translation>Aucune licence valide</translation>
    </message>
    <message>
        <source>License expiring</source>
        <translation>Licence bientôt expirée</translation>
    </message>
    <message>
        <source>License expired</source>
        <translation>Licence expirée</translation>
    </message>
    <message>
        <source>The emulator announces a shutdown</source>
        <translation>L’émulateur annonce un arrêt</translation>
    </message>
    <message>
        <source>The guest OS answers</source>
        <translation>Le système invité répond</translation>
    </message>
    <message>
        <source>The guest OS does not answer</source>
        <translation>Le système invité ne répond pas</translation>
    </message>
    <message>
        <source>The guest OS probe fails</source>
        <translation>La sonde du système invité échoue</translation>
    </message>
    <message>
        <source>Notifications and Watching</source>
        <translation>Notifications et surveillance</translation>
    </message>
    <message>
        <source>Guests</source>
        <translation>Invités</translation>
    </message>
    <message>
        <source>License</source>
        <translation>Licence</translation>
    </message>
    <message>
        <source>Guest OS</source>
        <translation>Système invité</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Hôte</translation>
    </message>
    <message>
        <source>Show a desktop notification when:</source>
        <translation>Afficher une notification du bureau quand&#x202f;:</translation>
    </message>
    <message>
        <source>Guest OS probe</source>
        <translation>Sonde du système invité</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Script:</source>
        <translation>Script&#x202f;:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Probe interval in seconds</source>
        <translation>Intervalle de sonde en secondes</translation>
    </message>
    <message>
        <source>Probe every:</source>
        <translation>Sonder toutes les&#x202f;:</translation>
    </message>
    <message>
        <source>Probe timeout in seconds</source>
        <translation>Délai de sonde en secondes</translation>
    </message>
    <message>
        <source>Give up after:</source>
        <translation>Abandonner après&#x202f;:</translation>
    </message>
    <message>
        <source>Closing the window keeps watching from the tray</source>
        <translation>Fermer la fenêtre laisse la surveillance active dans la zone de notification</translation>
    </message>
    <message>
        <source>This desktop has no system tray to come back from.</source>
        <translation>Ce bureau n’a pas de zone de notification d’où revenir.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Runs Stromasys Charon emulators as systemd services.</source>
        <translation>Exécute les émulateurs Stromasys Charon comme services systemd.</translation>
    </message>
    <message>
        <source>Manage the guests of your own systemd user manager.</source>
        <translation>Gérer les invités de votre propre gestionnaire utilisateur systemd.</translation>
    </message>
    <message>
        <source>Manage the host&apos;s guests (the system manager; default).</source>
        <translation>Gérer les invités de l’hôte (le gestionnaire système&#x202f;; par défaut).</translation>
    </message>
    <message>
        <source>Choose --user or --system, not both.
</source>
        <translation>Choisissez --user ou --system, pas les deux.
</translation>
    </message>
</context>
</TS>
