<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ConfigProblems</name>
    <message>
        <source>no console port: the guest&apos;s console cannot be opened and a stop through the console is impossible</source>
        <translation>kein Konsolenport: die Konsole des Gasts kann nicht geöffnet werden, ein Stopp über die Konsole ist unmöglich</translation>
    </message>
    <message>
        <source>console port %1 is already used by the guest %2: only one of them can start</source>
        <translation>Konsolenport %1 wird schon vom Gast %2 verwendet: nur einer von beiden kann starten</translation>
    </message>
    <message>
        <source>%1 uses the host interface &quot;%2&quot;, which does not exist on this host</source>
        <translation>%1 verwendet die Schnittstelle „%2“, die es auf diesem Host nicht gibt</translation>
    </message>
</context>
<context>
    <name>ConsoleServer</name>
    <message>
        <source>cannot listen on %1 port %2: %3</source>
        <translation>kann nicht auf %1 Port %2 lauschen: %3</translation>
    </message>
    <message>
        <source>console in use by %1 since %2</source>
        <translation>Konsole wird seit %2 von %1 benutzt</translation>
    </message>
</context>
<context>
    <name>DesktopNotification</name>
    <message>
        <source>%1 guests started</source>
        <translation>%1 Gäste gestartet</translation>
    </message>
    <message>
        <source>%1 guests stopped</source>
        <translation>%1 Gäste gestoppt</translation>
    </message>
    <message>
        <source>%1 guests stopped with FAILURE</source>
        <translation>%1 Gäste mit FEHLER beendet</translation>
    </message>
    <message>
        <source>%1 guests being restarted by systemd</source>
        <translation>%1 Gäste werden von systemd neu gestartet</translation>
    </message>
    <message>
        <source>%1 jobs did not succeed</source>
        <translation>%1 Aufträge sind fehlgeschlagen</translation>
    </message>
    <message>
        <source>License back for %1 guests</source>
        <translation>Lizenz wieder da für %1 Gäste</translation>
    </message>
    <message>
        <source>License lost by %1 guests</source>
        <translation>Lizenz verloren bei %1 Gästen</translation>
    </message>
    <message>
        <source>No valid license for %1 guests</source>
        <translation>Keine gültige Lizenz für %1 Gäste</translation>
    </message>
    <message>
        <source>License expiring for %1 guests</source>
        <translation>Lizenz läuft bald ab für %1 Gäste</translation>
    </message>
    <message>
        <source>License expired for %1 guests</source>
        <translation>Lizenz abgelaufen für %1 Gäste</translation>
    </message>
    <message>
        <source>%1 emulators announced a shutdown</source>
        <translation>%1 Emulatoren haben ein Herunterfahren angekündigt</translation>
    </message>
    <message>
        <source>The OS of %1 guests answers</source>
        <translation>Das Betriebssystem von %1 Gästen antwortet</translation>
    </message>
    <message>
        <source>The OS of %1 guests does not answer</source>
        <translation>Das Betriebssystem von %1 Gästen antwortet nicht</translation>
    </message>
    <message>
        <source>The OS probe failed for %1 guests</source>
        <translation>Die Betriebssystem-Prüfung ist für %1 Gäste fehlgeschlagen</translation>
    </message>
    <message>
        <source>The host&apos;s systemd cannot be reached</source>
        <translation>Das systemd des Hosts ist nicht erreichbar</translation>
    </message>
    <message>
        <source>The host&apos;s systemd can be reached again</source>
        <translation>Das systemd des Hosts ist wieder erreichbar</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… und %1 weitere</translation>
    </message>
    <message>
        <source>Open console</source>
        <translation>Konsole öffnen</translation>
    </message>
    <message>
        <source>Show guest</source>
        <translation>Gast anzeigen</translation>
    </message>
    <message>
        <source>Show guests</source>
        <translation>Gäste anzeigen</translation>
    </message>
</context>
<context>
    <name>EditableFile</name>
    <message>
        <source>it holds binary data (NUL bytes), not text</source>
        <translation>sie enthält Binärdaten (NUL-Bytes), keinen Text</translation>
    </message>
    <message>
        <source>it is not UTF-8 text</source>
        <translation>sie ist kein UTF-8-Text</translation>
    </message>
    <message>
        <source>Cannot open %1: no such file.</source>
        <translation>%1 kann nicht geöffnet werden: Datei nicht vorhanden.</translation>
    </message>
    <message>
        <source>Cannot open %1: it is a directory.</source>
        <translation>%1 kann nicht geöffnet werden: es ist ein Verzeichnis.</translation>
    </message>
    <message>
        <source>Cannot open %1: it is %2 MB, larger than the %3 MB an editor here accepts; a configuration or script is never that large.</source>
        <translation>%1 kann nicht geöffnet werden: sie ist %2 MB groß, mehr als die %3 MB, die ein Editor hier annimmt; eine Konfiguration oder ein Skript ist nie so groß.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2.</source>
        <translation>%1 kann nicht geöffnet werden: %2.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>%1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>%1 was changed by someone else since it was opened; nothing was written.</source>
        <translation>%1 wurde seit dem Öffnen von jemand anderem geändert; nichts wurde geschrieben.</translation>
    </message>
    <message>
        <source>%1 is unchanged.</source>
        <translation>%1 ist unverändert.</translation>
    </message>
    <message>
        <source>Could not keep the previous version as %1 (%2); %3 is unchanged.</source>
        <translation>Die vorherige Version konnte nicht als %1 behalten werden (%2); %3 ist unverändert.</translation>
    </message>
    <message>
        <source>Could not create the folder %1; nothing was written.</source>
        <translation>Das Verzeichnis %1 konnte nicht angelegt werden; nichts wurde geschrieben.</translation>
    </message>
    <message>
        <source>Could not save %1 (%2); the file is unchanged.</source>
        <translation>%1 konnte nicht gespeichert werden (%2); die Datei ist unverändert.</translation>
    </message>
    <message>
        <source>Could not save %1 (%2); nothing was written.</source>
        <translation>%1 konnte nicht gespeichert werden (%2); nichts wurde geschrieben.</translation>
    </message>
</context>
<context>
    <name>EmulatorLog</name>
    <message>
        <source>cannot open the log file %1: %2</source>
        <translation>Protokolldatei %1 kann nicht geöffnet werden: %2</translation>
    </message>
</context>
<context>
    <name>EmulatorProfile</name>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1: nicht lesbar: %2</translation>
    </message>
    <message>
        <source>%1: too large</source>
        <translation>%1: zu groß</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>darf nicht leer sein</translation>
    </message>
    <message>
        <source>must be an array of strings</source>
        <translation>muss ein Array aus Zeichenketten sein</translation>
    </message>
    <message>
        <source>empty pattern</source>
        <translation>leeres Muster</translation>
    </message>
    <message>
        <source>%1 at offset %2</source>
        <translation>%1 an Position %2</translation>
    </message>
    <message>
        <source>the pattern needs a named group (?&lt;%1&gt;...)</source>
        <translation>das Muster braucht eine benannte Gruppe (?&lt;%1&gt;...)</translation>
    </message>
    <message>
        <source>must be an array of objects</source>
        <translation>muss ein Array aus Objekten sein</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>muss ein Objekt sein</translation>
    </message>
    <message>
        <source>must be 1</source>
        <translation>muss 1 sein</translation>
    </message>
    <message>
        <source>use lower-case letters, digits, &apos;-&apos; and &apos;_&apos; only</source>
        <translation>nur Kleinbuchstaben, Ziffern, &apos;-&apos; und &apos;_&apos; verwenden</translation>
    </message>
    <message>
        <source>unknown field &quot;%1&quot;</source>
        <translation>unbekanntes Feld „%1“</translation>
    </message>
    <message>
        <source>not valid JSON: %1 at offset %2</source>
        <translation>kein gültiges JSON: %1 an Position %2</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>kein JSON-Objekt</translation>
    </message>
</context>
<context>
    <name>HistoryEvent</name>
    <message>
        <source>killed by a signal</source>
        <translation>durch ein Signal beendet</translation>
    </message>
    <message>
        <source>exited with an error code</source>
        <translation>mit einem Fehlercode beendet</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>Zeitüberschreitung</translation>
    </message>
    <message>
        <source>killed for lack of memory</source>
        <translation>wegen Speichermangels beendet</translation>
    </message>
    <message>
        <source>dumped core</source>
        <translation>Core-Dump erzeugt</translation>
    </message>
    <message>
        <source>watchdog timeout</source>
        <translation>Watchdog-Zeitüberschreitung</translation>
    </message>
    <message>
        <source>started too often</source>
        <translation>zu oft gestartet</translation>
    </message>
    <message>
        <source>resources missing</source>
        <translation>Ressourcen fehlen</translation>
    </message>
    <message>
        <source>a dependency failed</source>
        <translation>eine Abhängigkeit ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>Start failed</source>
        <translation>Start fehlgeschlagen</translation>
    </message>
    <message>
        <source>Start failed: %1</source>
        <translation>Start fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Stop requested</source>
        <translation>Stopp angefordert</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Gestoppt</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Failed: %1 (%2)</source>
        <translation>Fehlgeschlagen: %1 (%2)</translation>
    </message>
    <message>
        <source>Emulator process ended</source>
        <translation>Emulatorprozess beendet</translation>
    </message>
    <message>
        <source>Emulator process ended: %1, status %2</source>
        <translation>Emulatorprozess beendet: %1, Status %2</translation>
    </message>
    <message>
        <source>Restart scheduled by systemd</source>
        <translation>Neustart von systemd geplant</translation>
    </message>
    <message>
        <source>Reloaded</source>
        <translation>Neu geladen</translation>
    </message>
    <message>
        <source> (key %1)</source>
        <translation> (Schlüssel %1)</translation>
    </message>
    <message>
        <source>License key lost%1</source>
        <translation>Lizenzschlüssel verloren%1</translation>
    </message>
    <message>
        <source>License key back%1</source>
        <translation>Lizenzschlüssel wieder da%1</translation>
    </message>
    <message>
        <source>No valid license</source>
        <translation>Keine gültige Lizenz</translation>
    </message>
    <message>
        <source>Emulator shutdown announced</source>
        <translation>Abschaltung des Emulators angekündigt</translation>
    </message>
    <message>
        <source>Emulator shutdown announced in %1 minutes</source>
        <translation>Abschaltung des Emulators in %1 Minuten angekündigt</translation>
    </message>
    <message numerus="yes">
        <source>License expires in %n days (%1)</source>
        <translation>
            <numerusform>Die Lizenz läuft in %n Tagen ab (%1)</numerusform>
            <numerusform>Die Lizenz läuft in %n Tagen ab (%1)</numerusform>
        </translation>
    </message>
    <message>
        <source>License expires soon</source>
        <translation>Die Lizenz läuft bald ab</translation>
    </message>
</context>
<context>
    <name>HostSummary</name>
    <message>
        <source>Charon Manager: systemd cannot be reached</source>
        <translation>Charon Manager: systemd nicht erreichbar</translation>
    </message>
    <message>
        <source>guests: %1</source>
        <translation>Gäste: %1</translation>
    </message>
    <message>
        <source>running: %1</source>
        <translation>laufend: %1</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>license trouble: %1</source>
        <translation>Lizenzproblem: %1</translation>
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
        <translation>F6, Umschalt+F6</translation>
    </message>
    <message>
        <source>Next or previous area: guest table, details, console (in a console, F6 goes to the guest)</source>
        <translation>Nächster oder vorheriger Bereich: Gästetabelle, Details, Konsole (in einer Konsole geht F6 an den Gast)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+L</source>
        <translation>Strg+Umschalt+L</translation>
    </message>
    <message>
        <source>From a console: back to the guest table</source>
        <translation>Aus einer Konsole: zurück zur Gästetabelle</translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation>Strg+F</translation>
    </message>
    <message>
        <source>Filter the guests</source>
        <translation>Gäste filtern</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <source>In the table: open the selected guest&apos;s console</source>
        <translation>In der Tabelle: Konsole des ausgewählten Gasts öffnen</translation>
    </message>
    <message>
        <source>Ctrl+Tab, Ctrl+PgDn, Ctrl+Shift+PgDn</source>
        <translation>Strg+Tab, Strg+Bild ab, Strg+Umschalt+Bild ab</translation>
    </message>
    <message>
        <source>In a console: next console</source>
        <translation>In einer Konsole: nächste Konsole</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Tab, Ctrl+PgUp, Ctrl+Shift+PgUp</source>
        <translation>Strg+Umschalt+Tab, Strg+Bild auf, Strg+Umschalt+Bild auf</translation>
    </message>
    <message>
        <source>In a console: previous console</source>
        <translation>In einer Konsole: vorherige Konsole</translation>
    </message>
    <message>
        <source>Ctrl+Shift+W</source>
        <translation>Strg+Umschalt+W</translation>
    </message>
    <message>
        <source>In a console: close it (asks when connected)</source>
        <translation>In einer Konsole: sie schließen (fragt, wenn verbunden)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+F</source>
        <translation>Strg+Umschalt+F</translation>
    </message>
    <message>
        <source>In a console: find in its text</source>
        <translation>In einer Konsole: im Text suchen</translation>
    </message>
    <message>
        <source>Ctrl+Shift+C, Ctrl+Shift+V</source>
        <translation>Strg+Umschalt+C, Strg+Umschalt+V</translation>
    </message>
    <message>
        <source>In a console: copy, paste</source>
        <translation>In einer Konsole: kopieren, einfügen</translation>
    </message>
    <message>
        <source>Shift+PgUp, Shift+PgDn</source>
        <translation>Umschalt+Bild auf, Umschalt+Bild ab</translation>
    </message>
    <message>
        <source>In a console: scroll back and forth</source>
        <translation>In einer Konsole: zurück- und vorblättern</translation>
    </message>
    <message>
        <source>Ctrl+plus, Ctrl+minus, Ctrl+0</source>
        <translation>Strg+Plus, Strg+Minus, Strg+0</translation>
    </message>
    <message>
        <source>In a console: zoom in, out, reset</source>
        <translation>In einer Konsole: vergrößern, verkleinern, zurücksetzen</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tab</translation>
    </message>
    <message>
        <source>In a connected console: goes to the guest; while not connected: next control</source>
        <translation>In einer verbundenen Konsole: geht an den Gast; sonst: nächstes Bedienelement</translation>
    </message>
    <message>
        <source>Any other key</source>
        <translation>Jede andere Taste</translation>
    </message>
    <message>
        <source>In a console: goes to the guest (Ctrl+C, Ctrl+P, F-keys, Alt+letters included)</source>
        <translation>In einer Konsole: geht an den Gast (auch Strg+C, Strg+P, F-Tasten, Alt+Buchstaben)</translation>
    </message>
    <message>
        <source>Keyboard</source>
        <translation>Tastatur</translation>
    </message>
</context>
<context>
    <name>LicenseTracker</name>
    <message>
        <source>License key lost at %1</source>
        <translation>Lizenzschlüssel um %1 verloren</translation>
    </message>
    <message>
        <source>License key %1 lost at %2</source>
        <translation>Lizenzschlüssel %1 um %2 verloren</translation>
    </message>
    <message>
        <source>No valid license key since %1</source>
        <translation>Seit %1 kein gültiger Lizenzschlüssel</translation>
    </message>
    <message>
        <source>License warning at %1</source>
        <translation>Lizenzwarnung um %1</translation>
    </message>
    <message>
        <source>License restored at %1</source>
        <translation>Lizenz um %1 wiederhergestellt</translation>
    </message>
    <message>
        <source>%1 — the emulator announced a shutdown</source>
        <translation>%1 — der Emulator hat ein Herunterfahren angekündigt</translation>
    </message>
    <message>
        <source>%1 — the emulator shuts down by %2</source>
        <translation>%1 — der Emulator fährt spätestens um %2 herunter</translation>
    </message>
    <message numerus="yes">
        <source>%1 — the guest keeps running for %n h</source>
        <translation>
            <numerusform>%1 — der Gast läuft noch %n h weiter</numerusform>
            <numerusform>%1 — der Gast läuft noch %n h weiter</numerusform>
        </translation>
    </message>
    <message>
        <source>License expired (reported at %1)</source>
        <translation>Lizenz abgelaufen (gemeldet um %1)</translation>
    </message>
    <message numerus="yes">
        <source>License expires in %n d (%1, reported at %2)</source>
        <translation>
            <numerusform>Die Lizenz läuft in %n Tag ab (%1, gemeldet um %2)</numerusform>
            <numerusform>Die Lizenz läuft in %n Tagen ab (%1, gemeldet um %2)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LogLine</name>
    <message numerus="yes">
        <source>[binary data, %n bytes]</source>
        <translation>
            <numerusform>[Binärdaten, %n Bytes]</numerusform>
            <numerusform>[Binärdaten, %n Bytes]</numerusform>
        </translation>
    </message>
    <message>
        <source>emergency</source>
        <translation>Notfall</translation>
    </message>
    <message>
        <source>alert</source>
        <translation>Alarm</translation>
    </message>
    <message>
        <source>critical</source>
        <translation>kritisch</translation>
    </message>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>notice</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>debug</source>
        <translation>Debug</translation>
    </message>
    <message>
        <source>info</source>
        <translation>Info</translation>
    </message>
</context>
<context>
    <name>StopScriptTemplate</name>
    <message>
        <source>a configuration path with a line break cannot be given a branch: %1</source>
        <translation>ein Konfigurationspfad mit Zeilenumbruch kann keinen Zweig erhalten: %1</translation>
    </message>
</context>
<context>
    <name>TerminalConsole</name>
    <message>
        <source>Connected to the console of %1. Press Ctrl-%2 to leave.</source>
        <translation>Mit der Konsole von %1 verbunden. Strg-%2 drücken zum Verlassen.</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>Output closed.</source>
        <translation>Ausgabe geschlossen.</translation>
    </message>
    <message>
        <source>The console was closed by the guest&apos;s side.</source>
        <translation>Die Konsole wurde auf der Seite des Gasts geschlossen.</translation>
    </message>
    <message>
        <source>Input error: %1</source>
        <translation>Eingabefehler: %1</translation>
    </message>
    <message>
        <source>Left the console.</source>
        <translation>Konsole verlassen.</translation>
    </message>
    <message>
        <source>Ended by signal %1.</source>
        <translation>Durch Signal %1 beendet.</translation>
    </message>
</context>
<context>
    <name>charon::cli::AddCommand</name>
    <message>
        <source>Guest name (default: from the configuration file name).</source>
        <translation>Name des Gasts (Vorgabe: aus dem Namen der Konfigurationsdatei).</translation>
    </message>
    <message>
        <source>The Charon emulator executable.</source>
        <translation>Die ausführbare Datei des Charon-Emulators.</translation>
    </message>
    <message>
        <source>The guest&apos;s Charon configuration file.</source>
        <translation>Die Charon-Konfigurationsdatei des Gasts.</translation>
    </message>
    <message>
        <source>The emulator&apos;s working directory (default: the config&apos;s).</source>
        <translation>Das Arbeitsverzeichnis des Emulators (Vorgabe: das der Konfiguration).</translation>
    </message>
    <message>
        <source>Emulator family: par, axp or vax (default: guessed).</source>
        <translation>Emulator-Familie: par, axp oder vax (Vorgabe: wird erraten).</translation>
    </message>
    <message>
        <source>Guest OS for the stop script template (hpux, mpeix, openvms, tru64).</source>
        <translation>Gastsystem für die Vorlage des Stopp-Skripts (hpux, mpeix, openvms, tru64).</translation>
    </message>
    <message>
        <source>Start the guest when the host boots.</source>
        <translation>Den Gast beim Hochfahren des Hosts starten.</translation>
    </message>
    <message>
        <source>The emulator reports readiness to systemd (sd_notify).</source>
        <translation>Der Emulator meldet systemd seine Bereitschaft (sd_notify).</translation>
    </message>
    <message>
        <source>Do not add a template branch to the stop script.</source>
        <translation>Dem Stopp-Skript keinen Vorlagen-Zweig hinzufügen.</translation>
    </message>
    <message>
        <source>Accept a configuration the parser finds errors in.</source>
        <translation>Eine Konfiguration annehmen, in der die Prüfung Fehler findet.</translation>
    </message>
    <message>
        <source>Add a guest: write its systemd unit.</source>
        <translation>Einen Gast hinzufügen: seine systemd-Unit schreiben.</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot; (usage: charon-vm %2)</source>
        <translation>unerwartetes Argument „%1“ (Aufruf: charon-vm %2)</translation>
    </message>
    <message>
        <source>add needs --emulator and --config</source>
        <translation>add braucht --emulator und --config</translation>
    </message>
    <message>
        <source> (--force adds it anyway)</source>
        <translation> (--force fügt ihn trotzdem hinzu)</translation>
    </message>
    <message>
        <source>Added guest %1 (%2).</source>
        <translation>Gast %1 hinzugefügt (%2).</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>guest added, but systemd did not reload: %1</source>
        <translation>Gast hinzugefügt, aber systemd hat nicht neu geladen: %1</translation>
    </message>
    <message>
        <source>guest added, but auto-boot could not be turned on: %1</source>
        <translation>Gast hinzugefügt, aber Autostart ließ sich nicht einschalten: %1</translation>
    </message>
    <message>
        <source>Auto-boot on for %1.</source>
        <translation>Autostart für %1 eingeschaltet.</translation>
    </message>
</context>
<context>
    <name>charon::cli::CfgCommand</name>
    <message>
        <source>Save the edit even if the parser finds errors.</source>
        <translation>Die Änderung auch speichern, wenn die Prüfung Fehler findet.</translation>
    </message>
    <message>
        <source>Edit a guest&apos;s configuration, checked before it is saved (alias: vmcfg).</source>
        <translation>Die Konfiguration eines Gasts bearbeiten, vor dem Speichern geprüft (Alias: vmcfg).</translation>
    </message>
    <message>
        <source>cfg takes one guest name</source>
        <translation>cfg erwartet einen Gastnamen</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 ist nicht lesbar: %2</translation>
    </message>
    <message>
        <source>cannot make a copy to edit: %1</source>
        <translation>kann keine Kopie zum Bearbeiten anlegen: %1</translation>
    </message>
    <message>
        <source>the EDITOR variable is empty</source>
        <translation>die Variable EDITOR ist leer</translation>
    </message>
    <message>
        <source>the editor %1 failed; %2 is unchanged</source>
        <translation>der Editor %1 ist gescheitert; %2 ist unverändert</translation>
    </message>
    <message>
        <source>cannot run the editor %1: %2</source>
        <translation>kann den Editor %1 nicht starten: %2</translation>
    </message>
    <message>
        <source>cannot read the edited copy: %1</source>
        <translation>die bearbeitete Kopie ist nicht lesbar: %1</translation>
    </message>
    <message>
        <source>No changes.</source>
        <translation>Keine Änderungen.</translation>
    </message>
    <message>
        <source>the edited configuration has errors</source>
        <translation>die bearbeitete Konfiguration enthält Fehler</translation>
    </message>
    <message>
        <source>Save it anyway? [y/N] </source>
        <translation>Trotzdem speichern? [y/N] </translation>
    </message>
    <message>
        <source>not saved</source>
        <translation>nicht gespeichert</translation>
    </message>
    <message>
        <source>Saved %1 (the previous version is %2). A running guest reads it at its next start.</source>
        <translation>%1 gespeichert (die vorige Fassung ist %2). Ein laufender Gast liest sie beim nächsten Start.</translation>
    </message>
    <message>
        <source>%1: %2 is unchanged; your edit is kept in %3</source>
        <translation>%1: %2 ist unverändert; Ihre Änderung bleibt in %3 erhalten</translation>
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
        <translation>Aufruf: charon-vm [--user | --system] BEFEHL [OPTIONEN] [ARGUMENTE]

Führt Charon-Gäste als systemd-Dienste aus. Ohne NAME wirken die Befehle auf den Standardgast.
--system (die Vorgabe) verwaltet die Gäste des Hosts; --user die Ihres eigenen Benutzer-Managers.

Befehle:
</translation>
    </message>
    <message>
        <source>no command given (try charon-vm --help)</source>
        <translation>kein Befehl angegeben (siehe charon-vm --help)</translation>
    </message>
    <message>
        <source>--user and --system exclude each other</source>
        <translation>--user und --system schließen einander aus</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot; (try charon-vm --help)</source>
        <translation>unbekannter Befehl „%1“ (siehe charon-vm --help)</translation>
    </message>
    <message>
        <source>Guests of your own systemd user manager.</source>
        <translation>Gäste Ihres eigenen systemd-Benutzer-Managers.</translation>
    </message>
    <message>
        <source>Guests of the host (default).</source>
        <translation>Gäste des Hosts (Vorgabe).</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source> (usage: charon-vm %1)</source>
        <translation> (Aufruf: charon-vm %1)</translation>
    </message>
    <message>
        <source>usage: charon-vm [--user | --system] %1
%2
</source>
        <translation>Aufruf: charon-vm [--user | --system] %1
%2
</translation>
    </message>
    <message>
        <source>Show this text, or the options of one command.</source>
        <translation>Zeigt diesen Text oder die Optionen eines Befehls.</translation>
    </message>
    <message>
        <source>
Exit codes: 0 ok, 1 other error, 2 usage, 3 guest not found, 4 permission denied, 5 systemd job failed, 6 console in use by another client, 7 nothing to do (start of a running guest, stop of a stopped one), 8 systemd unreachable (no bus, no manager, or no answer within 5 s).
</source>
        <translation>
Exit-Codes: 0 ok, 1 anderer Fehler, 2 Aufruf, 3 Gast nicht gefunden, 4 Zugriff verweigert, 5 systemd-Job fehlgeschlagen, 6 Konsole von anderem Client belegt, 7 nichts zu tun (Start eines laufenden Gasts, Stopp eines gestoppten), 8 systemd nicht erreichbar (kein Bus, kein Manager oder keine Antwort innerhalb von 5 s).
</translation>
    </message>
</context>
<context>
    <name>charon::cli::CliCommand</name>
    <message>
        <source>no guest named and no default guest set (see: charon-vm default NAME)</source>
        <translation>kein Gast genannt und kein Standardgast gesetzt (siehe: charon-vm default NAME)</translation>
    </message>
    <message>
        <source>invalid guest name &quot;%1&quot;</source>
        <translation>ungültiger Gastname „%1“</translation>
    </message>
    <message>
        <source>no guest named &quot;%1&quot;</source>
        <translation>kein Gast namens „%1“</translation>
    </message>
</context>
<context>
    <name>charon::cli::ConsoleCommand</name>
    <message>
        <source>Connect this terminal to the guest&apos;s console (Ctrl-] leaves).</source>
        <translation>Dieses Terminal mit der Konsole des Gasts verbinden (Strg-] verlässt sie).</translation>
    </message>
    <message>
        <source>console takes one guest name</source>
        <translation>console erwartet einen Gastnamen</translation>
    </message>
    <message>
        <source>the configuration of %1 (%2) sets no console port</source>
        <translation>die Konfiguration von %1 (%2) legt keinen Konsolen-Port fest</translation>
    </message>
    <message>
        <source>What Return sends: auto (CR LF to telnet, CR to a raw socket), telnet or raw.</source>
        <translation>Was die Eingabetaste sendet: auto (CR LF bei Telnet, CR an einen reinen Socket), telnet oder raw.</translation>
    </message>
    <message>
        <source>The terminal type announced to the guest: vt100, vt220 or xterm.</source>
        <translation>Der dem Gast gemeldete Terminaltyp: vt100, vt220 oder xterm.</translation>
    </message>
    <message>
        <source>Remember --return and --identity for this guest.</source>
        <translation>--return und --identity für diesen Gast merken.</translation>
    </message>
    <message>
        <source>--return takes auto, telnet or raw</source>
        <translation>--return erwartet auto, telnet oder raw</translation>
    </message>
    <message>
        <source>--identity takes vt100, vt220 or xterm</source>
        <translation>--identity erwartet vt100, vt220 oder xterm</translation>
    </message>
</context>
<context>
    <name>charon::cli::DefaultCommand</name>
    <message>
        <source>Have no default guest.</source>
        <translation>Keinen Standardgast haben.</translation>
    </message>
    <message>
        <source>Show or set the default guest (the star).</source>
        <translation>Den Standardgast anzeigen oder setzen (der Stern).</translation>
    </message>
    <message>
        <source>usage: charon-vm %1</source>
        <translation>Aufruf: charon-vm %1</translation>
    </message>
    <message>
        <source>No default guest.</source>
        <translation>Kein Standardgast.</translation>
    </message>
    <message>
        <source>no default guest set</source>
        <translation>kein Standardgast gesetzt</translation>
    </message>
    <message>
        <source>Default guest: %1.</source>
        <translation>Standardgast: %1.</translation>
    </message>
</context>
<context>
    <name>charon::cli::EnableCommand</name>
    <message>
        <source>Turn auto-boot on (start with the host).</source>
        <translation>Autostart einschalten (mit dem Host starten).</translation>
    </message>
    <message>
        <source>Turn auto-boot off.</source>
        <translation>Autostart ausschalten.</translation>
    </message>
    <message>
        <source>Auto-boot on for %1.</source>
        <translation>Autostart für %1 eingeschaltet.</translation>
    </message>
    <message>
        <source>Auto-boot off for %1.</source>
        <translation>Autostart für %1 ausgeschaltet.</translation>
    </message>
</context>
<context>
    <name>charon::cli::GuestFormat</name>
    <message>
        <source>Host %1, up since %2, %3 CPUs, memory %4 available of %5</source>
        <translation>Host %1, läuft seit %2, %3 CPUs, Speicher %4 von %5 verfügbar</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>EMULATOR</source>
        <translation>EMULATOR</translation>
    </message>
    <message>
        <source>CONFIG</source>
        <translation>KONFIG</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>MEM(MB)</source>
        <translation>SPEICHER(MB)</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>ZUSTAND</translation>
    </message>
    <message>
        <source>CONSOLE</source>
        <translation>KONSOLE</translation>
    </message>
    <message>
        <source>AUTO-BOOT</source>
        <translation>AUTOSTART</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>Gast</translation>
    </message>
    <message>
        <source> (default)</source>
        <translation> (Standard)</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>Ursache</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Gestoppt</translation>
    </message>
    <message>
        <source>Emulator</source>
        <translation>Emulator</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>Konfiguration</translation>
    </message>
    <message>
        <source>Working dir</source>
        <translation>Arbeitsverzeichnis</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>CPUs</source>
        <translation>CPUs</translation>
    </message>
    <message>
        <source>Memory (MB)</source>
        <translation>Speicher (MB)</translation>
    </message>
    <message>
        <source> (listens beyond localhost: reachable from the network)</source>
        <translation> (lauscht über localhost hinaus: aus dem Netz erreichbar)</translation>
    </message>
    <message>
        <source>Console port</source>
        <translation>Konsolen-Port</translation>
    </message>
    <message>
        <source>Console keys</source>
        <translation>Konsolentasten</translation>
    </message>
    <message>
        <source>break_on/stop_on set: a key on the console can halt the guest</source>
        <translation>break_on/stop_on gesetzt: eine Taste auf der Konsole kann den Gast anhalten</translation>
    </message>
    <message>
        <source>Auto-boot</source>
        <translation>Autostart</translation>
    </message>
    <message>
        <source>Start timeout</source>
        <translation>Start-Timeout</translation>
    </message>
    <message>
        <source>Stop timeout</source>
        <translation>Stopp-Timeout</translation>
    </message>
    <message>
        <source>OOM protection</source>
        <translation>OOM-Schutz</translation>
    </message>
    <message>
        <source>Auto-restart</source>
        <translation>Automatischer Neustart</translation>
    </message>
    <message>
        <source>Pre-start script</source>
        <translation>Vorstart-Skript</translation>
    </message>
    <message>
        <source>Stop script</source>
        <translation>Stopp-Skript</translation>
    </message>
    <message>
        <source>(1) does not exist</source>
        <translation>(1) existiert nicht</translation>
    </message>
    <message>
        <source>(2) managed by the network configuration tool</source>
        <translation>(2) vom Netzwerk-Konfigurationswerkzeug verwaltet</translation>
    </message>
    <message>
        <source>(3) also used by guest %1</source>
        <translation>(3) auch von Gast %1 benutzt</translation>
    </message>
    <message>
        <source>(4) has an IP address (%1)</source>
        <translation>(4) hat eine IP-Adresse (%1)</translation>
    </message>
    <message>
        <source>NIC %1</source>
        <translation>NIC %1</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>Config issue</source>
        <translation>Konfigurationsproblem</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>keine Grenze</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>License</source>
        <translation>Lizenz</translation>
    </message>
    <message>
        <source>Unit files</source>
        <translation>Unit-Dateien</translation>
    </message>
    <message>
        <source>changed on disk since systemd read them: systemctl daemon-reload applies them</source>
        <translation>auf der Festplatte geändert, seit systemd sie gelesen hat: systemctl daemon-reload übernimmt sie</translation>
    </message>
    <message>
        <source>Guest OS</source>
        <translation>Gast-Betriebssystem</translation>
    </message>
    <message>
        <source>Restart needed</source>
        <translation>Neustart nötig</translation>
    </message>
</context>
<context>
    <name>charon::cli::KillCommand</name>
    <message>
        <source>Power guests off at once (SIGKILL, like Force Stop): no clean shutdown.</source>
        <translation>Schaltet Gäste sofort aus (SIGKILL, wie Erzwungener Stopp): kein sauberes Herunterfahren.</translation>
    </message>
    <message>
        <source>%1 is already stopped</source>
        <translation>%1 ist bereits gestoppt</translation>
    </message>
    <message>
        <source>Killed %1.</source>
        <translation>%1 beendet (SIGKILL).</translation>
    </message>
</context>
<context>
    <name>charon::cli::ListCommand</name>
    <message>
        <source>Print a JSON array instead of the table.</source>
        <translation>Ein JSON-Array statt der Tabelle ausgeben.</translation>
    </message>
    <message>
        <source>List the guests with their state (alias: vmlist).</source>
        <translation>Die Gäste mit ihrem Zustand auflisten (Alias: vmlist).</translation>
    </message>
    <message>
        <source>list takes no guest names</source>
        <translation>list erwartet keine Gastnamen</translation>
    </message>
</context>
<context>
    <name>charon::cli::PrestartCommand</name>
    <message>
        <source>Internal (ExecStartPre=): check the guest and its NICs before it starts.</source>
        <translation>Intern (ExecStartPre=): den Gast und seine NICs vor dem Start prüfen.</translation>
    </message>
    <message>
        <source>prestart takes one guest name</source>
        <translation>prestart erwartet einen Gastnamen</translation>
    </message>
    <message>
        <source>%1 not started: its configuration has errors</source>
        <translation>%1 nicht gestartet: seine Konfiguration enthält Fehler</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>(1) does not exist</source>
        <translation>(1) existiert nicht</translation>
    </message>
    <message>
        <source>(2) is managed by the network configuration tool</source>
        <translation>(2) wird vom Netzwerk-Konfigurationswerkzeug verwaltet</translation>
    </message>
    <message>
        <source>(3) is also used by guest %1</source>
        <translation>(3) wird auch von Gast %1 benutzt</translation>
    </message>
    <message>
        <source>(4) has an IP address</source>
        <translation>(4) hat eine IP-Adresse</translation>
    </message>
    <message>
        <source>warning: %1 NIC %2 (%3): %4</source>
        <translation>Warnung: %1 NIC %2 (%3): %4</translation>
    </message>
</context>
<context>
    <name>charon::cli::RemoveCommand</name>
    <message>
        <source>Stop the guest first if it is running.</source>
        <translation>Den Gast zuerst stoppen, falls er läuft.</translation>
    </message>
    <message>
        <source>Remove a guest&apos;s unit (its configuration and disks stay).</source>
        <translation>Die Unit eines Gasts entfernen (Konfiguration und Platten bleiben).</translation>
    </message>
    <message>
        <source>remove takes exactly one guest name</source>
        <translation>remove erwartet genau einen Gastnamen</translation>
    </message>
    <message>
        <source>guest %1 is running (%2): stop it first, or use --force</source>
        <translation>Gast %1 läuft (%2): zuerst stoppen oder --force verwenden</translation>
    </message>
    <message>
        <source>Stopped %1.</source>
        <translation>%1 gestoppt.</translation>
    </message>
    <message>
        <source>Removed guest %1; its configuration and disks are untouched.</source>
        <translation>Gast %1 entfernt; Konfiguration und Platten bleiben unberührt.</translation>
    </message>
</context>
<context>
    <name>charon::cli::SetCommand</name>
    <message>
        <source>no limit</source>
        <translation>keine Grenze</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>on</source>
        <translation>an</translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <source>The guest&apos;s description (&quot;&quot;: the unit&apos;s own).</source>
        <translation>Die Beschreibung des Gasts (&quot;&quot;: die der Unit).</translation>
    </message>
    <message>
        <source>Seconds the emulator may take to start (0: no limit).</source>
        <translation>Sekunden, die der Emulator zum Starten brauchen darf (0: keine Grenze).</translation>
    </message>
    <message>
        <source>Seconds the stop script and emulator may take to stop before SIGKILL (0: no limit).</source>
        <translation>Sekunden, die Stopp-Skript und Emulator zum Anhalten vor SIGKILL brauchen dürfen (0: keine Grenze).</translation>
    </message>
    <message>
        <source>Start with the host (as enable/disable).</source>
        <translation>Mit dem Host starten (wie enable/disable).</translation>
    </message>
    <message>
        <source>Restart the guest when its emulator fails.</source>
        <translation>Den Gast neu starten, wenn sein Emulator ausfällt.</translation>
    </message>
    <message>
        <source>Seconds between a failure and the restart (default 30).</source>
        <translation>Sekunden zwischen Ausfall und Neustart (Standard 30).</translation>
    </message>
    <message>
        <source>At most N starts within the interval (default 2).</source>
        <translation>Höchstens N Starts innerhalb des Intervalls (Standard 2).</translation>
    </message>
    <message>
        <source>The start-limit interval in seconds (default 600).</source>
        <translation>Das Intervall der Startbegrenzung in Sekunden (Standard 600).</translation>
    </message>
    <message>
        <source>Protect the emulator from the kernel&apos;s OOM killer.</source>
        <translation>Den Emulator vor dem OOM-Killer des Kernels schützen.</translation>
    </message>
    <message>
        <source>Start before (stop after) GUEST; repeat for several, &quot;&quot; for none.</source>
        <translation>Vor GUEST starten (nach ihm stoppen); für mehrere wiederholen, &quot;&quot; für keinen.</translation>
    </message>
    <message>
        <source>Start after (stop before) GUEST; repeat for several, &quot;&quot; for none.</source>
        <translation>Nach GUEST starten (vor ihm stoppen); für mehrere wiederholen, &quot;&quot; für keinen.</translation>
    </message>
    <message>
        <source>A script run before the emulator (&quot;&quot; for none).</source>
        <translation>Ein Skript, das vor dem Emulator läuft (&quot;&quot; für keines).</translation>
    </message>
    <message>
        <source>Change a guest&apos;s service settings (our drop-in, then daemon-reload) and show what systemd applies.</source>
        <translation>Ändert die Diensteinstellungen eines Gasts (unser Drop-in, dann daemon-reload) und zeigt, was systemd anwendet.</translation>
    </message>
    <message>
        <source>  (set by %1)</source>
        <translation>  (festgelegt durch %1)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keines</translation>
    </message>
    <message>
        <source>Settings of %1, as systemd applies them:</source>
        <translation>Einstellungen von %1, wie systemd sie anwendet:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Beschreibung:</translation>
    </message>
    <message>
        <source>Start timeout:</source>
        <translation>Start-Zeitlimit:</translation>
    </message>
    <message>
        <source>Stop timeout:</source>
        <translation>Stopp-Zeitlimit:</translation>
    </message>
    <message>
        <source>Auto-boot:</source>
        <translation>Autostart:</translation>
    </message>
    <message>
        <source>Auto-restart:</source>
        <translation>Auto-Neustart:</translation>
    </message>
    <message>
        <source>on, after %1, at most %2 starts in %3</source>
        <translation>an, nach %1, höchstens %2 Starts in %3</translation>
    </message>
    <message>
        <source>OOM protection:</source>
        <translation>OOM-Schutz:</translation>
    </message>
    <message>
        <source>Pre-start script:</source>
        <translation>Vorstart-Skript:</translation>
    </message>
    <message>
        <source>Starts before:</source>
        <translation>Startet vor:</translation>
    </message>
    <message>
        <source>Starts after:</source>
        <translation>Startet nach:</translation>
    </message>
    <message>
        <source>set takes one guest name (usage: charon-vm %1)</source>
        <translation>set erwartet einen Gastnamen (Aufruf: charon-vm %1)</translation>
    </message>
    <message>
        <source>--%1: &quot;%2&quot; is not a number of seconds</source>
        <translation>--%1: „%2“ ist keine Anzahl Sekunden</translation>
    </message>
    <message>
        <source>--%1: &quot;%2&quot; is not a number</source>
        <translation>--%1: „%2“ ist keine Zahl</translation>
    </message>
    <message>
        <source>--%1 takes on or off, not &quot;%2&quot;</source>
        <translation>--%1 erwartet on oder off, nicht „%2“</translation>
    </message>
    <message>
        <source>nothing written for %1</source>
        <translation>für %1 wurde nichts geschrieben</translation>
    </message>
    <message>
        <source>warning: %1 of %2 is set by %3, which overrides ours (%4)</source>
        <translation>Warnung: %1 von %2 wird durch %3 festgelegt, das unseres überschreibt (%4)</translation>
    </message>
</context>
<context>
    <name>charon::cli::StatusCommand</name>
    <message>
        <source>Print a JSON object.</source>
        <translation>Ein JSON-Objekt ausgeben.</translation>
    </message>
    <message>
        <source>Show one guest in detail.</source>
        <translation>Einen Gast im Detail anzeigen.</translation>
    </message>
    <message>
        <source>status takes one guest name</source>
        <translation>status erwartet einen Gastnamen</translation>
    </message>
</context>
<context>
    <name>charon::cli::StopScriptCommand</name>
    <message>
        <source>Internal (ExecStop=): run the guest&apos;s stop script branch, wait for the emulator.</source>
        <translation>Intern (ExecStop=): den Zweig des Gasts im Stopp-Skript ausführen, auf den Emulator warten.</translation>
    </message>
    <message>
        <source>stop-script takes one guest name</source>
        <translation>stop-script erwartet einen Gastnamen</translation>
    </message>
</context>
<context>
    <name>charon::cli::UnitCommand</name>
    <message>
        <source>Return once systemd has queued the job, without its result.</source>
        <translation>Zurückkehren, sobald systemd den Job eingereiht hat, ohne sein Ergebnis.</translation>
    </message>
    <message>
        <source>Start guests, in parallel (alias: vmstart).</source>
        <translation>Gäste starten, parallel (Alias: vmstart).</translation>
    </message>
    <message>
        <source>Stop guests: clean shutdown by the stop script, else power-off (alias: vmstop).</source>
        <translation>Gäste stoppen: sauberes Herunterfahren per Stopp-Skript, sonst Ausschalten (Alias: vmstop).</translation>
    </message>
    <message>
        <source>Stop then start guests.</source>
        <translation>Gäste stoppen und wieder starten.</translation>
    </message>
    <message>
        <source>Started %1.</source>
        <translation>%1 gestartet.</translation>
    </message>
    <message>
        <source>Stopped %1.</source>
        <translation>%1 gestoppt.</translation>
    </message>
    <message>
        <source>Restarted %1.</source>
        <translation>%1 neu gestartet.</translation>
    </message>
    <message>
        <source>Start of %1 queued.</source>
        <translation>Start von %1 eingereiht.</translation>
    </message>
    <message>
        <source>Stop of %1 queued.</source>
        <translation>Stopp von %1 eingereiht.</translation>
    </message>
    <message>
        <source>Restart of %1 queued.</source>
        <translation>Neustart von %1 eingereiht.</translation>
    </message>
    <message>
        <source>%1 is already running</source>
        <translation>%1 läuft bereits</translation>
    </message>
    <message>
        <source>%1 is already stopped</source>
        <translation>%1 ist bereits gestoppt</translation>
    </message>
    <message>
        <source>Do not ask before powering off a guest whose stop script has no shutdown commands (never asked when stdin is not a terminal).</source>
        <translation>Nicht nachfragen, bevor ein Gast ohne Befehle zum Herunterfahren im Stopp-Skript ausgeschaltet wird (ohne Terminal an stdin wird nie gefragt).</translation>
    </message>
    <message>
        <source>nothing stopped</source>
        <translation>nichts gestoppt</translation>
    </message>
    <message>
        <source>%1 (stop script: %2)</source>
        <translation>%1 (Stopp-Skript: %2)</translation>
    </message>
    <message>
        <source>warning: no shutdown commands in the stop script for %1: the emulator is ended, a power-off for the guest OS</source>
        <translation>Warnung: keine Befehle zum Herunterfahren im Stopp-Skript für %1: Der Emulator wird beendet, für das Gast-Betriebssystem ein Ausschalten</translation>
    </message>
    <message>
        <source>Power off anyway? [y/N] </source>
        <translation>Trotzdem ausschalten? [j/N] </translation>
    </message>
    <message>
        <source>y</source>
        <translation>j</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
</context>
<context>
    <name>charon::cli::WatchCommand</name>
    <message>
        <source>Print one JSON object per event.</source>
        <translation>Ein JSON-Objekt pro Ereignis ausgeben.</translation>
    </message>
    <message>
        <source>Run PROGRAM for each event with the arguments KIND SEVERITY GUEST TEXT (no shell; the event is also in CHARON_EVENT_JSON).</source>
        <translation>PROGRAMM für jedes Ereignis mit den Argumenten ART SCHWERE GAST TEXT ausführen (ohne Shell; das Ereignis steht auch in CHARON_EVENT_JSON).</translation>
    </message>
    <message>
        <source>Only these kinds of event, comma-separated (started, stopped, failed, restarting, job-failed, manager-lost, manager-back, license-found, license-lost, license-restored, license-missing, license-expiring, license-expired, shutdown-warning, os-answers, os-no-answer, os-probe-error).</source>
        <translation>Nur diese Ereignisarten, durch Kommas getrennt (started, stopped, failed, restarting, job-failed, manager-lost, manager-back, license-found, license-lost, license-restored, license-missing, license-expiring, license-expired, shutdown-warning, os-answers, os-no-answer, os-probe-error).</translation>
    </message>
    <message>
        <source>Print (or hand to a program) every state, license and guest OS event as it happens.</source>
        <translation>Jedes Zustands-, Lizenz- und Gastsystem-Ereignis sofort ausgeben (oder an ein Programm übergeben).</translation>
    </message>
    <message>
        <source>invalid guest name: %1</source>
        <translation>ungültiger Gastname: %1</translation>
    </message>
    <message>
        <source>unknown kind of event: %1</source>
        <translation>unbekannte Ereignisart: %1</translation>
    </message>
    <message>
        <source>--exec %1: no such executable program</source>
        <translation>--exec %1: kein solches ausführbares Programm</translation>
    </message>
    <message>
        <source>watching 1 guest</source>
        <translation>1 Gast wird überwacht</translation>
    </message>
    <message>
        <source>watching %1 guests</source>
        <translation>%1 Gäste werden überwacht</translation>
    </message>
    <message>
        <source>%1 failed for the %2 event (exit %3)</source>
        <translation>%1 ist für das Ereignis %2 fehlgeschlagen (Code %3)</translation>
    </message>
    <message>
        <source>cannot run %1: %2</source>
        <translation>%1 kann nicht ausgeführt werden: %2</translation>
    </message>
</context>
<context>
    <name>charon::core</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>cannot create directory %1</source>
        <translation>Verzeichnis %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>cannot keep a backup: %1</source>
        <translation>Sicherungskopie nicht möglich: %1</translation>
    </message>
    <message>
        <source>a command run before the emulator failed (ExecStartPre)</source>
        <translation>ein vor dem Emulator ausgeführter Befehl ist gescheitert (ExecStartPre)</translation>
    </message>
    <message>
        <source>a command run around the emulator failed (ExecStartPost, ExecStop...)</source>
        <translation>ein um den Emulator herum ausgeführter Befehl ist gescheitert (ExecStartPost, ExecStop...)</translation>
    </message>
    <message>
        <source>the emulator exited with status %1</source>
        <translation>der Emulator endete mit Status %1</translation>
    </message>
    <message>
        <source>the working directory could not be entered (%1)</source>
        <translation>das Arbeitsverzeichnis konnte nicht betreten werden (%1)</translation>
    </message>
    <message>
        <source>the emulator could not be executed: missing or not executable (%1)</source>
        <translation>der Emulator konnte nicht ausgeführt werden: fehlt oder nicht ausführbar (%1)</translation>
    </message>
    <message>
        <source>the configured user or group does not exist (%1)</source>
        <translation>der eingestellte Benutzer oder die Gruppe existiert nicht (%1)</translation>
    </message>
    <message>
        <source>systemd could not prepare the emulator&apos;s process (%1)</source>
        <translation>systemd konnte den Prozess des Emulators nicht vorbereiten (%1)</translation>
    </message>
    <message>
        <source>the unit file is missing</source>
        <translation>die Unit-Datei fehlt</translation>
    </message>
    <message>
        <source>systemd cannot load the unit file (%1)</source>
        <translation>systemd kann die Unit-Datei nicht laden (%1)</translation>
    </message>
    <message>
        <source>the unit is masked</source>
        <translation>die Unit ist maskiert</translation>
    </message>
    <message>
        <source>the emulator was killed by signal %1</source>
        <translation>der Emulator wurde durch Signal %1 beendet</translation>
    </message>
    <message>
        <source>the emulator crashed (%1, core dumped)</source>
        <translation>der Emulator ist abgestürzt (%1, Core-Dump geschrieben)</translation>
    </message>
    <message>
        <source>systemd gave up waiting (timeout)</source>
        <translation>systemd hat das Warten aufgegeben (Timeout)</translation>
    </message>
    <message>
        <source>it failed too often in a row (start limit hit)</source>
        <translation>zu oft hintereinander gescheitert (Startlimit erreicht)</translation>
    </message>
    <message>
        <source>the kernel&apos;s OOM killer ended the emulator</source>
        <translation>der OOM-Killer des Kernels hat den Emulator beendet</translation>
    </message>
    <message>
        <source>systemd could not prepare it (working directory, files or user missing)</source>
        <translation>systemd konnte ihn nicht vorbereiten (Arbeitsverzeichnis, Dateien oder Benutzer fehlen)</translation>
    </message>
    <message>
        <source>the watchdog expired</source>
        <translation>der Watchdog ist abgelaufen</translation>
    </message>
    <message>
        <source>a start condition was not met</source>
        <translation>eine Startbedingung war nicht erfüllt</translation>
    </message>
    <message>
        <source>systemd reports: %1</source>
        <translation>systemd meldet: %1</translation>
    </message>
    <message>
        <source>invalid escape sequence at position %1</source>
        <translation>ungültige Escape-Sequenz an Position %1</translation>
    </message>
    <message>
        <source>unterminated quote</source>
        <translation>nicht geschlossenes Anführungszeichen</translation>
    </message>
    <message>
        <source>no command</source>
        <translation>kein Befehl</translation>
    </message>
    <message>
        <source>it contains a control character</source>
        <translation>er enthält ein Steuerzeichen</translation>
    </message>
    <message>
        <source>it ends with whitespace</source>
        <translation>er endet mit Leerraum</translation>
    </message>
    <message>
        <source>it ends with a backslash</source>
        <translation>er endet mit einem Backslash</translation>
    </message>
    <message>
        <source>systemd does not accept quotes, backslashes or control characters in the path of a program</source>
        <translation>systemd akzeptiert keine Anführungszeichen, Backslashes oder Steuerzeichen im Pfad eines Programms</translation>
    </message>
    <message>
        <source>starting…</source>
        <translation>startet…</translation>
    </message>
    <message>
        <source>checking it runs…</source>
        <translation>prüft, ob er läuft…</translation>
    </message>
    <message>
        <source>stopping…</source>
        <translation>stoppt…</translation>
    </message>
    <message>
        <source>reloading…</source>
        <translation>lädt neu…</translation>
    </message>
    <message>
        <source>reloading or starting…</source>
        <translation>lädt neu oder startet…</translation>
    </message>
    <message>
        <source>restarting…</source>
        <translation>startet neu…</translation>
    </message>
    <message>
        <source>busy…</source>
        <translation>beschäftigt…</translation>
    </message>
    <message>
        <source>last answer %1</source>
        <translation>letzte Antwort %1</translation>
    </message>
    <message>
        <source>never answered</source>
        <translation>hat nie geantwortet</translation>
    </message>
    <message>
        <source>waiting for the first answer</source>
        <translation>wartet auf die erste Antwort</translation>
    </message>
    <message>
        <source>answers (checked %1)</source>
        <translation>antwortet (geprüft %1)</translation>
    </message>
    <message>
        <source>not booted or unreachable (%1)</source>
        <translation>nicht gebootet oder nicht erreichbar (%1)</translation>
    </message>
    <message>
        <source>probe error: %1 (%2)</source>
        <translation>Prüffehler: %1 (%2)</translation>
    </message>
    <message>
        <source>configuration file %1 already exists: use it as it is, or choose another name</source>
        <translation>Konfigurationsdatei %1 existiert bereits: verwenden Sie sie, wie sie ist, oder wählen Sie einen anderen Namen</translation>
    </message>
    <message>
        <source>folder for the new configuration does not exist: %1</source>
        <translation>Ordner für die neue Konfiguration existiert nicht: %1</translation>
    </message>
    <message>
        <source>folder for the new configuration is not writable: %1</source>
        <translation>Ordner für die neue Konfiguration ist nicht beschreibbar: %1</translation>
    </message>
    <message>
        <source>cannot write the configuration file %1: %2</source>
        <translation>Konfigurationsdatei %1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>charon::core::ConfigLineReader</name>
    <message>
        <source>larger than %1 KiB: not a Charon configuration file</source>
        <translation>größer als %1 KiB: keine Charon-Konfigurationsdatei</translation>
    </message>
    <message>
        <source>encoded as UTF-16: save it as UTF-8 or ASCII</source>
        <translation>als UTF-16 kodiert: als UTF-8 oder ASCII speichern</translation>
    </message>
    <message>
        <source>contains NUL bytes: a binary file, not a Charon configuration</source>
        <translation>enthält NUL-Bytes: eine Binärdatei, keine Charon-Konfiguration</translation>
    </message>
    <message>
        <source>not valid UTF-8: read as Latin-1</source>
        <translation>kein gültiges UTF-8: als Latin-1 gelesen</translation>
    </message>
    <message>
        <source>line longer than %1 characters: ignored</source>
        <translation>Zeile länger als %1 Zeichen: ignoriert</translation>
    </message>
</context>
<context>
    <name>charon::core::ConfigParser</name>
    <message>
        <source>no such file</source>
        <translation>Datei existiert nicht</translation>
    </message>
    <message>
        <source>is a directory, not a configuration file</source>
        <translation>ist ein Verzeichnis, keine Konfigurationsdatei</translation>
    </message>
    <message>
        <source>not a regular file (a device, pipe or socket)</source>
        <translation>keine reguläre Datei (ein Gerät, eine Pipe oder ein Socket)</translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation>nicht lesbar: %1</translation>
    </message>
    <message>
        <source>unknown emulator profile &quot;%1&quot; (known: %2)</source>
        <translation>unbekanntes Emulator-Profil „%1“ (bekannt: %2)</translation>
    </message>
    <message>
        <source>cannot tell which Charon emulator this configuration is for</source>
        <translation>nicht erkennbar, für welchen Charon-Emulator diese Konfiguration ist</translation>
    </message>
    <message>
        <source>hardware model</source>
        <translation>Hardware-Modell</translation>
    </message>
    <message>
        <source>memory size</source>
        <translation>Speichergröße</translation>
    </message>
    <message>
        <source>console port</source>
        <translation>Konsolen-Port</translation>
    </message>
    <message>
        <source>log file</source>
        <translation>Protokolldatei</translation>
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
        <translation>Konfigurationsname</translation>
    </message>
    <message>
        <source>license id</source>
        <translation>Lizenzkennung</translation>
    </message>
    <message>
        <source>adapter %1</source>
        <translation>Adapter %1</translation>
    </message>
    <message>
        <source>interface of %1</source>
        <translation>Schnittstelle von %1</translation>
    </message>
    <message>
        <source>mapping mode of %1</source>
        <translation>Mapping-Modus von %1</translation>
    </message>
    <message>
        <source>link of %1</source>
        <translation>Verbindung von %1</translation>
    </message>
    <message>
        <source>%1 set again: line %2 overrides line %3</source>
        <translation>%1 erneut gesetzt: Zeile %2 ersetzt Zeile %3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; takes no &apos;=&apos; (the emulator refuses to start)</source>
        <translation>„%1“ hat kein &apos;=&apos; (der Emulator verweigert den Start)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs &apos;=&apos; (the emulator refuses to start)</source>
        <translation>„%1“ braucht &apos;=&apos; (der Emulator verweigert den Start)</translation>
    </message>
    <message>
        <source>unterminated quote (opened at column %1): line ignored</source>
        <translation>nicht geschlossenes Anführungszeichen (geöffnet in Spalte %1): Zeile ignoriert</translation>
    </message>
    <message>
        <source>not understood, kept as is: %1</source>
        <translation>nicht verstanden, unverändert übernommen: %1</translation>
    </message>
    <message>
        <source>empty license id: ignored</source>
        <translation>leere Lizenzkennung: ignoriert</translation>
    </message>
    <message>
        <source>license id &quot;%1&quot; listed twice</source>
        <translation>Lizenzkennung „%1“ doppelt aufgeführt</translation>
    </message>
    <message>
        <source>unknown mapping mode &quot;%1&quot; for %2 (expected %3)</source>
        <translation>unbekannter Mapping-Modus „%1“ für %2 (erwartet: %3)</translation>
    </message>
    <message>
        <source>memory size &quot;%1&quot; is not understood</source>
        <translation>Speichergröße „%1“ nicht verstanden</translation>
    </message>
    <message>
        <source>console port &quot;%1&quot; is not a TCP port number (1-65535)</source>
        <translation>Konsolen-Port „%1“ ist keine TCP-Portnummer (1-65535)</translation>
    </message>
    <message>
        <source>console port %1 listens on &quot;%2&quot;: anyone on the network can reach the console; use &quot;lo:%1&quot; or a bare port number</source>
        <translation>Konsolen-Port %1 lauscht auf „%2“: jeder im Netz erreicht die Konsole; „lo:%1“ oder nur eine Portnummer verwenden</translation>
    </message>
    <message>
        <source>more than %1 NICs: %2 supports at most %1</source>
        <translation>mehr als %1 NICs: %2 unterstützt höchstens %1</translation>
    </message>
    <message>
        <source>could be for %1 or %2: read as %1; name the emulator to be sure</source>
        <translation>könnte für %1 oder %2 sein: als %1 gelesen; zur Sicherheit den Emulator angeben</translation>
    </message>
</context>
<context>
    <name>charon::core::ConsoleConnector</name>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbinde mit %1…</translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation>Verbunden mit %1</translation>
    </message>
    <message>
        <source>Connection refused by %1: is the emulator running?</source>
        <translation>Verbindung von %1 abgelehnt: läuft der Emulator?</translation>
    </message>
    <message>
        <source>Host %1 not found</source>
        <translation>Host %1 nicht gefunden</translation>
    </message>
    <message>
        <source>No answer from %1</source>
        <translation>Keine Antwort von %1</translation>
    </message>
    <message>
        <source>Connection closed by %1</source>
        <translation>Verbindung von %1 geschlossen</translation>
    </message>
    <message>
        <source>Connection to %1 failed: %2</source>
        <translation>Verbindung zu %1 gescheitert: %2</translation>
    </message>
    <message>
        <source>Disconnected from %1</source>
        <translation>Getrennt von %1</translation>
    </message>
    <message>
        <source>Timed out</source>
        <translation>Zeitüberschreitung</translation>
    </message>
</context>
<context>
    <name>charon::core::ConsoleLink</name>
    <message>
        <source>%1 halts the guest (break_on)</source>
        <translation>%1 hält den Gast an (break_on)</translation>
    </message>
    <message>
        <source>%1 stops the emulator (stop_on)</source>
        <translation>%1 beendet den Emulator (stop_on)</translation>
    </message>
    <message>
        <source>On this console, %1 and %2.</source>
        <translation>Auf dieser Konsole: %1 und %2.</translation>
    </message>
    <message>
        <source>On this console, %1.</source>
        <translation>Auf dieser Konsole: %1.</translation>
    </message>
    <message>
        <source>Connection closed by %1:%2</source>
        <translation>Verbindung von %1:%2 geschlossen</translation>
    </message>
    <message numerus="yes">
        <source>Retrying in %n s.</source>
        <translation>
            <numerusform>Neuer Versuch in %n s.</numerusform>
            <numerusform>Neuer Versuch in %n s.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <source>The guest is stopping.</source>
        <translation>Der Gast stoppt.</translation>
    </message>
    <message>
        <source>The guest is stopped. The console reconnects when it runs.</source>
        <translation>Der Gast ist gestoppt. Die Konsole verbindet sich wieder, sobald er läuft.</translation>
    </message>
    <message>
        <source>The guest is not running.</source>
        <translation>Der Gast läuft nicht.</translation>
    </message>
    <message>
        <source>The guest is starting. The console connects when it is up.</source>
        <translation>Der Gast startet. Die Konsole verbindet sich, sobald er bereit ist.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbinde mit %1…</translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation>Verbunden mit %1</translation>
    </message>
    <message>
        <source>Console in use by another client (the emulator hung up at once).</source>
        <translation>Konsole von einem anderen Client belegt (der Emulator hat sofort aufgelegt).</translation>
    </message>
    <message>
        <source>Console in use by another client: %1.</source>
        <translation>Konsole von einem anderen Client belegt: %1.</translation>
    </message>
    <message>
        <source>Disconnected from %1</source>
        <translation>Getrennt von %1</translation>
    </message>
</context>
<context>
    <name>charon::core::DefaultGuest</name>
    <message>
        <source>cannot remove %1</source>
        <translation>%1 kann nicht entfernt werden</translation>
    </message>
    <message>
        <source>invalid guest name &quot;%1&quot;</source>
        <translation>ungültiger Gastname „%1“</translation>
    </message>
</context>
<context>
    <name>charon::core::DesktopNotifier</name>
    <message>
        <source>no D-Bus session bus</source>
        <translation>kein D-Bus-Sitzungsbus</translation>
    </message>
</context>
<context>
    <name>charon::core::EmulatorLogFeed</name>
    <message>
        <source>the newest of %1 in %2</source>
        <translation>die neueste von %1 in %2</translation>
    </message>
    <message>
        <source>no emulator log</source>
        <translation>kein Emulatorprotokoll</translation>
    </message>
    <message>
        <source>The configuration names no emulator log, and the emulator writes none by default.</source>
        <translation>Die Konfiguration nennt kein Emulatorprotokoll, und der Emulator schreibt standardmäßig keines.</translation>
    </message>
    <message>
        <source>%1 does not exist (yet): its lines show here once the emulator writes it.</source>
        <translation>%1 existiert (noch) nicht: Seine Zeilen erscheinen hier, sobald der Emulator sie schreibt.</translation>
    </message>
    <message>
        <source>%1 is not a regular file: it is not read.</source>
        <translation>%1 ist keine normale Datei: Sie wird nicht gelesen.</translation>
    </message>
    <message>
        <source>Cannot read %1: permission denied. Following goes on if that changes.</source>
        <translation>%1 kann nicht gelesen werden: Zugriff verweigert. Das Verfolgen geht weiter, sobald sich das ändert.</translation>
    </message>
    <message>
        <source>No log file matching %1 in %2 yet: lines show here once the emulator writes one.</source>
        <translation>Noch keine Protokolldatei passend zu %1 in %2: Zeilen erscheinen hier, sobald der Emulator eine schreibt.</translation>
    </message>
    <message>
        <source>%1 was deleted or moved away: waiting for the emulator to write it again.</source>
        <translation>%1 wurde gelöscht oder verschoben: Es wird gewartet, bis der Emulator es erneut schreibt.</translation>
    </message>
    <message>
        <source>Now reading %1, the emulator&apos;s newer log.</source>
        <translation>Jetzt wird %1 gelesen, das neuere Protokoll des Emulators.</translation>
    </message>
    <message>
        <source>%1 started over (new, rotated, truncated or replaced): reading it from its start.</source>
        <translation>%1 hat neu begonnen (neu, rotiert, gekürzt oder ersetzt): Es wird von Anfang an gelesen.</translation>
    </message>
    <message>
        <source>%1 holds binary data: such lines show as &quot;[binary data]&quot;.</source>
        <translation>%1 enthält Binärdaten: Solche Zeilen erscheinen als „[Binärdaten]“.</translation>
    </message>
    <message>
        <source>%1 of the log were not shown: more was written at once than is worth reading. The newest lines follow.</source>
        <translation>%1 des Protokolls wurden nicht angezeigt: Auf einmal wurde mehr geschrieben, als sich zu lesen lohnt. Die neuesten Zeilen folgen.</translation>
    </message>
</context>
<context>
    <name>charon::core::GuestEventWatcher</name>
    <message>
        <source>%1 stopped with FAILURE</source>
        <translation>%1 mit FEHLER beendet</translation>
    </message>
    <message>
        <source>%1 stopped with FAILURE: %2</source>
        <translation>%1 mit FEHLER beendet: %2</translation>
    </message>
    <message>
        <source>%1 will be restarted by systemd</source>
        <translation>%1 wird von systemd neu gestartet</translation>
    </message>
    <message>
        <source>%1 was restarted by systemd</source>
        <translation>%1 wurde von systemd neu gestartet</translation>
    </message>
    <message>
        <source>%1 started</source>
        <translation>%1 gestartet</translation>
    </message>
    <message>
        <source>%1 stopped (requested)</source>
        <translation>%1 gestoppt (angefordert)</translation>
    </message>
    <message>
        <source>%1: the guest OS answers</source>
        <translation>%1: das Gastsystem antwortet</translation>
    </message>
    <message>
        <source>%1: the guest OS does not answer (not booted or unreachable)</source>
        <translation>%1: das Gastsystem antwortet nicht (nicht gebootet oder nicht erreichbar)</translation>
    </message>
    <message>
        <source>%1: the guest OS probe failed: %2</source>
        <translation>%1: die Gastsystem-Prüfung ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>a job</source>
        <translation>ein Auftrag</translation>
    </message>
    <message>
        <source>%1: %2 did not succeed (%3)</source>
        <translation>%1: %2 ist fehlgeschlagen (%3)</translation>
    </message>
    <message>
        <source>%1: license key lost; the emulator runs on for %2 h</source>
        <translation>%1: Lizenzschlüssel verloren; der Emulator läuft noch %2 h</translation>
    </message>
    <message>
        <source>%1: license key lost</source>
        <translation>%1: Lizenzschlüssel verloren</translation>
    </message>
    <message>
        <source>%1: license key restored</source>
        <translation>%1: Lizenzschlüssel wieder da</translation>
    </message>
    <message>
        <source>%1: license key found</source>
        <translation>%1: Lizenzschlüssel gefunden</translation>
    </message>
    <message>
        <source>%1: no valid license key</source>
        <translation>%1: kein gültiger Lizenzschlüssel</translation>
    </message>
    <message>
        <source>%1: the emulator will shut down in %2 min</source>
        <translation>%1: der Emulator fährt in %2 min herunter</translation>
    </message>
    <message>
        <source>%1: the emulator announced a shutdown</source>
        <translation>%1: der Emulator hat ein Herunterfahren angekündigt</translation>
    </message>
    <message>
        <source>%1: the license expired</source>
        <translation>%1: die Lizenz ist abgelaufen</translation>
    </message>
    <message>
        <source>%1: the license expires in %2 d (%3)</source>
        <translation>%1: die Lizenz läuft in %2 T ab (%3)</translation>
    </message>
    <message>
        <source>The host&apos;s systemd can be reached again</source>
        <translation>Das systemd des Hosts ist wieder erreichbar</translation>
    </message>
    <message>
        <source>The host&apos;s systemd cannot be reached</source>
        <translation>Das systemd des Hosts ist nicht erreichbar</translation>
    </message>
    <message>
        <source>The host&apos;s systemd cannot be reached: %1</source>
        <translation>Das systemd des Hosts ist nicht erreichbar: %1</translation>
    </message>
</context>
<context>
    <name>charon::core::GuestFacts</name>
    <message>
        <source>the configuration changed at %1, after the start</source>
        <translation>die Konfiguration wurde um %1 geändert, nach dem Start</translation>
    </message>
    <message>
        <source>restart needed: %1</source>
        <translation>Neustart nötig: %1</translation>
    </message>
</context>
<context>
    <name>charon::core::GuestInstaller</name>
    <message>
        <source>a guest named &quot;%1&quot; already exists (%2)</source>
        <translation>ein Gast namens „%1“ existiert bereits (%2)</translation>
    </message>
    <message>
        <source>cannot tell the emulator family of %1: name it (par, axp or vax)</source>
        <translation>die Emulator-Familie von %1 ist nicht erkennbar: bitte angeben (par, axp oder vax)</translation>
    </message>
    <message>
        <source>unknown emulator family &quot;%1&quot; (known: %2)</source>
        <translation>unbekannte Emulator-Familie „%1“ (bekannt: %2)</translation>
    </message>
    <message>
        <source>permission denied: cannot write to %1</source>
        <translation>Zugriff verweigert: kann nicht in %1 schreiben</translation>
    </message>
    <message>
        <source>Added a branch to customize in the stop script %1.</source>
        <translation>Anzupassender Zweig im Stopp-Skript %1 hinzugefügt.</translation>
    </message>
    <message>
        <source>Wrote the configuration %1 from the %2 template.</source>
        <translation>Konfiguration %1 aus der Vorlage %2 geschrieben.</translation>
    </message>
</context>
<context>
    <name>charon::core::GuestMonitor</name>
    <message>
        <source>reading the guests</source>
        <translation>Gäste werden gelesen</translation>
    </message>
    <message>
        <source>the systemd manager is back</source>
        <translation>der systemd-Manager ist zurück</translation>
    </message>
    <message>
        <source>waiting for systemd on the %1</source>
        <translation>warte auf systemd auf dem %1</translation>
    </message>
    <message>
        <source>resynchronizing with systemd</source>
        <translation>Neuabgleich mit systemd</translation>
    </message>
    <message>
        <source>systemd reloaded its configuration</source>
        <translation>systemd hat seine Konfiguration neu geladen</translation>
    </message>
    <message>
        <source>cannot connect to the %1: %2; trying again in %3 s</source>
        <translation>keine Verbindung zum %1: %2; neuer Versuch in %3 s</translation>
    </message>
    <message>
        <source>cannot connect to the %1: %2</source>
        <translation>keine Verbindung zum %1: %2</translation>
    </message>
</context>
<context>
    <name>charon::core::GuestRemover</name>
    <message>
        <source>invalid guest name &quot;%1&quot;</source>
        <translation>ungültiger Gastname „%1“</translation>
    </message>
    <message>
        <source>Cannot remove %1 from here: its unit file is on the remote host.</source>
        <translation>%1 kann von hier aus nicht entfernt werden: seine Unit-Datei liegt auf dem entfernten Host.</translation>
    </message>
    <message>
        <source>no guest named &quot;%1&quot;</source>
        <translation>kein Gast namens „%1“</translation>
    </message>
    <message>
        <source>Cannot remove %1: there is no connection to systemd (%2).</source>
        <translation>%1 kann nicht entfernt werden: keine Verbindung zu systemd (%2).</translation>
    </message>
    <message>
        <source>Cannot remove %1 while it is running (%2): stop it first.</source>
        <translation>%1 kann nicht entfernt werden, solange er läuft (%2): zuerst stoppen.</translation>
    </message>
    <message>
        <source>Could not remove %1: %2</source>
        <translation>%1 konnte nicht entfernt werden: %2</translation>
    </message>
    <message>
        <source>%1 was removed, but systemd did not reload: %2</source>
        <translation>%1 wurde entfernt, aber systemd hat seine Konfiguration nicht neu geladen: %2</translation>
    </message>
</context>
<context>
    <name>charon::core::GuestUnitScan</name>
    <message>
        <source>cannot read %1</source>
        <translation>kann %1 nicht lesen</translation>
    </message>
    <message>
        <source>no ExecStart=</source>
        <translation>kein ExecStart=</translation>
    </message>
</context>
<context>
    <name>charon::core::GuestValidator</name>
    <message>
        <source>the emulator path must be absolute: %1</source>
        <translation>der Pfad des Emulators muss absolut sein: %1</translation>
    </message>
    <message>
        <source>emulator not found: %1</source>
        <translation>Emulator nicht gefunden: %1</translation>
    </message>
    <message>
        <source>emulator is not an executable file: %1</source>
        <translation>der Emulator ist keine ausführbare Datei: %1</translation>
    </message>
    <message>
        <source>the configuration path must be absolute: %1</source>
        <translation>der Pfad der Konfiguration muss absolut sein: %1</translation>
    </message>
    <message>
        <source>configuration file not found: %1</source>
        <translation>Konfigurationsdatei nicht gefunden: %1</translation>
    </message>
    <message>
        <source>configuration file is not readable: %1</source>
        <translation>Konfigurationsdatei ist nicht lesbar: %1</translation>
    </message>
    <message>
        <source>the working directory must be absolute: %1</source>
        <translation>das Arbeitsverzeichnis muss absolut sein: %1</translation>
    </message>
    <message>
        <source>working directory does not exist: %1</source>
        <translation>Arbeitsverzeichnis existiert nicht: %1</translation>
    </message>
    <message>
        <source>console port %1 is already used by guest &quot;%2&quot;</source>
        <translation>Konsolen-Port %1 wird bereits von Gast „%2“ benutzt</translation>
    </message>
    <message>
        <source>invalid guest name &quot;%1&quot;: use letters, digits, &apos;-&apos;, &apos;_&apos; and &apos;.&apos; (at most 64)</source>
        <translation>ungültiger Gastname „%1“: Buchstaben, Ziffern, &apos;-&apos;, &apos;_&apos; und &apos;.&apos; verwenden (höchstens 64)</translation>
    </message>
    <message>
        <source>a guest named &quot;%1&quot; already exists</source>
        <translation>ein Gast namens „%1“ existiert bereits</translation>
    </message>
    <message>
        <source>configuration file %1 is already used by guest &quot;%2&quot;</source>
        <translation>Konfigurationsdatei %1 wird bereits von Gast „%2“ benutzt</translation>
    </message>
    <message>
        <source>no emulator chosen</source>
        <translation>kein Emulator gewählt</translation>
    </message>
    <message>
        <source>no configuration file chosen</source>
        <translation>keine Konfigurationsdatei gewählt</translation>
    </message>
    <message>
        <source>no console port is set in %1</source>
        <translation>in %1 ist kein Konsolen-Port gesetzt</translation>
    </message>
    <message>
        <source>no working directory chosen</source>
        <translation>kein Arbeitsverzeichnis gewählt</translation>
    </message>
    <message>
        <source>working directory is not writable: %1</source>
        <translation>Arbeitsverzeichnis ist nicht beschreibbar: %1</translation>
    </message>
    <message>
        <source>console port %1 is in use on this host (another program listens on it)</source>
        <translation>Konsolen-Port %1 ist auf diesem Host belegt (ein anderes Programm lauscht darauf)</translation>
    </message>
    <message>
        <source>console port %1 cannot be opened on this host: %2</source>
        <translation>Konsolen-Port %1 kann auf diesem Host nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>configuration has errors: %1</source>
        <translation>die Konfiguration enthält Fehler: %1</translation>
    </message>
    <message>
        <source>NIC %1 in %2: host interface &quot;%3&quot; does not exist</source>
        <translation>NIC %1 in %2: die Host-Schnittstelle „%3“ existiert nicht</translation>
    </message>
    <message>
        <source>NIC %1 in %2: host interface &quot;%3&quot; has an IP address (%4); an interface given to a guest should have none</source>
        <translation>NIC %1 in %2: die Host-Schnittstelle „%3“ hat eine IP-Adresse (%4); eine einem Gast überlassene Schnittstelle sollte keine haben</translation>
    </message>
    <message>
        <source>NIC %1 in %2: host interface &quot;%3&quot; is also used by guest &quot;%4&quot;</source>
        <translation>NIC %1 in %2: die Host-Schnittstelle „%3“ wird auch vom Gast „%4“ benutzt</translation>
    </message>
</context>
<context>
    <name>charon::core::HelperClient</name>
    <message>
        <source>the system bus cannot be reached, so the privileged helper cannot be asked</source>
        <translation>der Systembus ist nicht erreichbar, daher kann der privilegierte Helfer nicht gefragt werden</translation>
    </message>
</context>
<context>
    <name>charon::core::HelperRequest</name>
    <message>
        <source>%1: the path contains a NUL character</source>
        <translation>%1: der Pfad enthält ein NUL-Zeichen</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot;: the path must be absolute</source>
        <translation>%1 „%2“: der Pfad muss absolut sein</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot;: the path must not contain &quot;..&quot;</source>
        <translation>%1 „%2“: der Pfad darf kein „..“ enthalten</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot;: no such file or directory</source>
        <translation>%1 „%2“: Datei oder Verzeichnis nicht gefunden</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a directory</source>
        <translation>%1 „%2“ ist kein Verzeichnis</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a regular file</source>
        <translation>%1 „%2“ ist keine reguläre Datei</translation>
    </message>
    <message>
        <source>unknown field &quot;%1&quot; in the request</source>
        <translation>unbekanntes Feld „%1“ in der Anfrage</translation>
    </message>
    <message>
        <source>invalid guest name &quot;%1&quot;</source>
        <translation>ungültiger Gastname „%1“</translation>
    </message>
    <message>
        <source>invalid identifier &quot;%1&quot;</source>
        <translation>ungültiger Bezeichner „%1“</translation>
    </message>
    <message>
        <source>emulator</source>
        <translation>Emulator</translation>
    </message>
    <message>
        <source>configuration file</source>
        <translation>Konfigurationsdatei</translation>
    </message>
    <message>
        <source>working directory</source>
        <translation>Arbeitsverzeichnis</translation>
    </message>
    <message>
        <source>the stop script&apos;s path contains a NUL character</source>
        <translation>der Pfad des Stopp-Skripts enthält ein NUL-Zeichen</translation>
    </message>
    <message>
        <source>the stop script&apos;s path &quot;%1&quot; must be absolute, without &quot;..&quot;</source>
        <translation>der Pfad des Stopp-Skripts „%1“ muss absolut sein, ohne „..“</translation>
    </message>
    <message>
        <source>the stop script &quot;%1&quot; is not a regular file; nothing was read or written</source>
        <translation>das Stopp-Skript „%1“ ist keine reguläre Datei; es wurde nichts gelesen oder geschrieben</translation>
    </message>
    <message>
        <source>the script contains a NUL character; nothing was written</source>
        <translation>das Skript enthält ein NUL-Zeichen; es wurde nichts geschrieben</translation>
    </message>
    <message>
        <source>the script is larger than %1 MB; nothing was written</source>
        <translation>das Skript ist größer als %1 MB; es wurde nichts geschrieben</translation>
    </message>
    <message>
        <source>the script cannot be written: %1</source>
        <translation>das Skript kann nicht geschrieben werden: %1</translation>
    </message>
</context>
<context>
    <name>charon::core::HelperService</name>
    <message>
        <source>adding and removing guests needs root or membership in the group “%1”</source>
        <translation>Gäste hinzufügen und entfernen erfordert root oder die Mitgliedschaft in der Gruppe „%1“</translation>
    </message>
    <message>
        <source>polkit could not be asked (%1)</source>
        <translation>polkit konnte nicht gefragt werden (%1)</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>guest added, but systemd did not reload: %1</source>
        <translation>Gast hinzugefügt, aber systemd wurde nicht neu geladen: %1</translation>
    </message>
    <message>
        <source>invalid guest name &quot;%1&quot;</source>
        <translation>ungültiger Gastname „%1“</translation>
    </message>
    <message>
        <source>changing a guest&apos;s service settings needs root or membership in the group “%1”</source>
        <translation>Das Ändern der Diensteinstellungen eines Gasts erfordert root oder die Mitgliedschaft in der Gruppe „%1“</translation>
    </message>
    <message>
        <source>there is no guest named %1</source>
        <translation>es gibt keinen Gast namens %1</translation>
    </message>
    <message>
        <source>%1; nothing was written for %2</source>
        <translation>%1; für %2 wurde nichts geschrieben</translation>
    </message>
    <message>
        <source>reading and editing the stop script needs root or membership in the group “%1”</source>
        <translation>Das Lesen und Bearbeiten des Stopp-Skripts erfordert root oder die Mitgliedschaft in der Gruppe „%1“</translation>
    </message>
    <message>
        <source>%1 was changed by someone else since it was opened; nothing was written.</source>
        <translation>%1 wurde seit dem Öffnen von jemand anderem geändert; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>bash -n refuses the script at line %1: %2</source>
        <translation>bash -n lehnt das Skript in Zeile %1 ab: %2</translation>
    </message>
    <message>
        <source>bash -n refuses the script: %1</source>
        <translation>bash -n lehnt das Skript ab: %1</translation>
    </message>
    <message>
        <source>Nothing was written.</source>
        <translation>Es wurde nichts geschrieben.</translation>
    </message>
</context>
<context>
    <name>charon::core::InvocationOutput</name>
    <message>
        <source>cannot open the journal: %1</source>
        <translation>das Journal lässt sich nicht öffnen: %1</translation>
    </message>
    <message>
        <source>cannot select the unit&apos;s entries in the journal</source>
        <translation>die Einträge der Unit im Journal lassen sich nicht auswählen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>charon::core::JournalFeed</name>
    <message>
        <source> in %1</source>
        <translation> in %1</translation>
    </message>
    <message>
        <source>journal of the user unit %1%2</source>
        <translation>Journal der Benutzerunit %1%2</translation>
    </message>
    <message>
        <source>journal of the system unit %1%2</source>
        <translation>Journal der Systemunit %1%2</translation>
    </message>
</context>
<context>
    <name>charon::core::JournalWorker</name>
    <message>
        <source>Cannot open the systemd journal: %1.</source>
        <translation>Das systemd-Journal kann nicht geöffnet werden: %1.</translation>
    </message>
    <message>
        <source>Cannot open the journal in %1: %2.</source>
        <translation>Das Journal in %1 kann nicht geöffnet werden: %2.</translation>
    </message>
    <message>
        <source>No systemd journal to read on this host: systemd-journald does not run, or this user may not read its files (members of the systemd-journal group may).</source>
        <translation>Kein systemd-Journal auf diesem Host lesbar: systemd-journald läuft nicht, oder dieser Benutzer darf seine Dateien nicht lesen (Mitglieder der Gruppe systemd-journal dürfen es).</translation>
    </message>
    <message>
        <source>No journal files in %1.</source>
        <translation>Keine Journaldateien in %1.</translation>
    </message>
    <message>
        <source>Cannot select the unit&apos;s entries in the journal.</source>
        <translation>Die Einträge der Unit im Journal können nicht ausgewählt werden.</translation>
    </message>
    <message>
        <source>Cannot follow the journal: %1. New lines show after reopening this view.</source>
        <translation>Dem Journal kann nicht gefolgt werden: %1. Neue Zeilen erscheinen nach erneutem Öffnen dieser Ansicht.</translation>
    </message>
    <message>
        <source>Following the journal failed: %1.</source>
        <translation>Das Verfolgen des Journals ist fehlgeschlagen: %1.</translation>
    </message>
</context>
<context>
    <name>charon::core::ListGuestUnitsJob</name>
    <message>
        <source>Listing the guests failed</source>
        <translation>Auflisten der Gäste gescheitert</translation>
    </message>
</context>
<context>
    <name>charon::core::LogFileBackReader</name>
    <message>
        <source>%1 is gone: the lines before these cannot be read again.</source>
        <translation>%1 ist verschwunden: Die Zeilen davor können nicht erneut gelesen werden.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>%1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>%1 is not a regular file.</source>
        <translation>%1 ist keine normale Datei.</translation>
    </message>
    <message>
        <source>%1 was replaced: the lines before these cannot be read again.</source>
        <translation>%1 wurde ersetzt: Die Zeilen davor können nicht erneut gelesen werden.</translation>
    </message>
</context>
<context>
    <name>charon::core::ManagerCheckJob</name>
    <message>
        <source>cannot connect to the %1: %2</source>
        <translation>keine Verbindung zum %1: %2</translation>
    </message>
    <message>
        <source>no systemd manager on the %1 (it has exited or is restarting)</source>
        <translation>kein systemd-Manager am %1 (er wurde beendet oder startet neu)</translation>
    </message>
    <message>
        <source>permission denied on the %1: %2</source>
        <translation>Zugriff verweigert am %1: %2</translation>
    </message>
    <message>
        <source>the %1 did not answer within %2 s</source>
        <translation>der %1 hat nicht innerhalb von %2 s geantwortet</translation>
    </message>
    <message>
        <source>the %1 answered: %2</source>
        <translation>der %1 antwortete: %2</translation>
    </message>
    <message>
        <source>the systemd manager on the %1 did not answer within %2 s</source>
        <translation>der systemd-Manager am %1 hat nicht innerhalb von %2 s geantwortet</translation>
    </message>
    <message>
        <source>permission denied by the systemd manager on the %1: %2</source>
        <translation>Zugriff vom systemd-Manager am %1 verweigert: %2</translation>
    </message>
    <message>
        <source>the systemd manager on the %1 went away</source>
        <translation>der systemd-Manager am %1 ist verschwunden</translation>
    </message>
    <message>
        <source>the systemd manager on the %1 answered: %2</source>
        <translation>der systemd-Manager am %1 antwortete: %2</translation>
    </message>
    <message>
        <source>systemd is unreachable: %1</source>
        <translation>systemd ist nicht erreichbar: %1</translation>
    </message>
</context>
<context>
    <name>charon::core::ModelCatalogue</name>
    <message>
        <source>expected &quot;model&lt;TAB&gt;cpus&lt;TAB&gt;family&quot; with cpus &gt;= 1</source>
        <translation>„model&lt;TAB&gt;cpus&lt;TAB&gt;family“ mit cpus &gt;= 1 erwartet</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1: nicht lesbar: %2</translation>
    </message>
    <message>
        <source>%1: too large</source>
        <translation>%1: zu groß</translation>
    </message>
</context>
<context>
    <name>charon::core::NicOffload</name>
    <message>
        <source>cannot run %1: %2</source>
        <translation>%1 kann nicht ausgeführt werden: %2</translation>
    </message>
    <message>
        <source>ethtool -k %1 failed: %2</source>
        <translation>ethtool -k %1 gescheitert: %2</translation>
    </message>
    <message>
        <source>%1: no offload feature is on</source>
        <translation>%1: keine Offload-Funktion ist an</translation>
    </message>
    <message>
        <source>%1: turned off %2</source>
        <translation>%1: %2 ausgeschaltet</translation>
    </message>
    <message>
        <source>ethtool -K %1 failed: %2</source>
        <translation>ethtool -K %1 gescheitert: %2</translation>
    </message>
</context>
<context>
    <name>charon::core::OsProbeRun</name>
    <message>
        <source>the probe script %1 does not exist</source>
        <translation>das Prüfskript %1 existiert nicht</translation>
    </message>
    <message>
        <source>the probe script %1 is not a regular file</source>
        <translation>das Prüfskript %1 ist keine reguläre Datei</translation>
    </message>
    <message>
        <source>the probe script %1 is not executable (chmod +x)</source>
        <translation>das Prüfskript %1 ist nicht ausführbar (chmod +x)</translation>
    </message>
    <message>
        <source>cannot run the probe script %1: %2</source>
        <translation>das Prüfskript %1 kann nicht ausgeführt werden: %2</translation>
    </message>
    <message>
        <source>the probe script was killed</source>
        <translation>das Prüfskript wurde beendet</translation>
    </message>
    <message>
        <source>the probe script exited with code %1</source>
        <translation>das Prüfskript endete mit Code %1</translation>
    </message>
    <message>
        <source>exit %1: %2</source>
        <translation>Code %1: %2</translation>
    </message>
    <message>
        <source>the probe script did not finish within %1 s</source>
        <translation>das Prüfskript ist nicht innerhalb von %1 s fertig geworden</translation>
    </message>
</context>
<context>
    <name>charon::core::ScriptSyntaxCheck</name>
    <message>
        <source>bash could not be started to check the script (%1); it was not saved</source>
        <translation>bash konnte zur Prüfung des Skripts nicht gestartet werden (%1); es wurde nicht gespeichert</translation>
    </message>
    <message>
        <source>bash -n did not answer within 10 s</source>
        <translation>bash -n hat nicht innerhalb von 10 s geantwortet</translation>
    </message>
</context>
<context>
    <name>charon::core::ServiceSettingsApplier</name>
    <message>
        <source>Reading the settings of %1 from systemd failed</source>
        <translation>Das Lesen der Einstellungen von %1 aus systemd ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1; the previous settings of %2 were put back in %3</source>
        <translation>%1; die vorherigen Einstellungen von %2 wurden in %3 wiederhergestellt</translation>
    </message>
    <message>
        <source>%1; putting the previous settings of %2 back failed too: %3</source>
        <translation>%1; auch das Wiederherstellen der vorherigen Einstellungen von %2 ist fehlgeschlagen: %3</translation>
    </message>
</context>
<context>
    <name>charon::core::ServiceSettingsValidator</name>
    <message>
        <source>the description cannot hold a line break or a control character: %1</source>
        <translation>die Beschreibung darf keinen Zeilenumbruch und kein Steuerzeichen enthalten: %1</translation>
    </message>
    <message>
        <source>the description is %1 characters long: at most 200 fit in a unit file</source>
        <translation>die Beschreibung ist %1 Zeichen lang: höchstens 200 passen in eine Unit-Datei</translation>
    </message>
    <message>
        <source>start timeout %1 s is out of range: use 0 (no limit) to %2 seconds</source>
        <translation>Start-Zeitlimit %1 s liegt außerhalb des Bereichs: 0 (keine Grenze) bis %2 Sekunden verwenden</translation>
    </message>
    <message>
        <source>stop timeout %1 s is out of range: use 0 (no limit) to %2 seconds</source>
        <translation>Stopp-Zeitlimit %1 s liegt außerhalb des Bereichs: 0 (keine Grenze) bis %2 Sekunden verwenden</translation>
    </message>
    <message>
        <source>restart delay %1 s is out of range: use 1 to 3600 seconds</source>
        <translation>Neustartverzögerung %1 s liegt außerhalb des Bereichs: 1 bis 3600 Sekunden verwenden</translation>
    </message>
    <message>
        <source>start limit %1 is out of range: allow 1 to 100 starts per interval</source>
        <translation>Startbegrenzung %1 liegt außerhalb des Bereichs: 1 bis 100 Starts pro Intervall erlauben</translation>
    </message>
    <message>
        <source>start limit interval %1 s is out of range: use 1 to %2 seconds</source>
        <translation>Intervall der Startbegrenzung %1 s liegt außerhalb des Bereichs: 1 bis %2 Sekunden verwenden</translation>
    </message>
    <message>
        <source>the pre-start script path must be absolute and normalized: %1</source>
        <translation>der Pfad des Vorstart-Skripts muss absolut und normalisiert sein: %1</translation>
    </message>
    <message>
        <source>the pre-start script path cannot be used: %1: %2</source>
        <translation>der Pfad des Vorstart-Skripts ist nicht verwendbar: %1: %2</translation>
    </message>
    <message>
        <source>pre-start script not found: %1</source>
        <translation>Vorstart-Skript nicht gefunden: %1</translation>
    </message>
    <message>
        <source>pre-start script is not an executable file: %1</source>
        <translation>Vorstart-Skript ist keine ausführbare Datei: %1</translation>
    </message>
    <message>
        <source>guest &quot;%1&quot; cannot be ordered before or after itself</source>
        <translation>Gast „%1“ kann nicht vor oder nach sich selbst eingeordnet werden</translation>
    </message>
    <message>
        <source>cannot order %1 against &quot;%2&quot;: there is no such guest</source>
        <translation>%1 kann nicht gegenüber „%2“ eingeordnet werden: diesen Gast gibt es nicht</translation>
    </message>
    <message>
        <source>guest &quot;%1&quot; cannot be both before and after %2</source>
        <translation>Gast „%1“ kann nicht zugleich vor und nach %2 stehen</translation>
    </message>
    <message>
        <source>invalid guest name &quot;%1&quot;: use letters, digits, &apos;-&apos;, &apos;_&apos; and &apos;.&apos; (at most 64)</source>
        <translation>ungültiger Gastname „%1“: Buchstaben, Ziffern, „-“, „_“ und „.“ verwenden (höchstens 64)</translation>
    </message>
</context>
<context>
    <name>charon::core::SettingsDropIn</name>
    <message>
        <source>invalid guest name &quot;%1&quot;</source>
        <translation>ungültiger Gastname „%1“</translation>
    </message>
    <message>
        <source>no guest named &quot;%1&quot; (no unit file %2)</source>
        <translation>kein Gast namens „%1“ (keine Unit-Datei %2)</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>cannot remove %1</source>
        <translation>%1 kann nicht entfernt werden</translation>
    </message>
</context>
<context>
    <name>charon::core::SettingsRequest</name>
    <message>
        <source>&quot;%1&quot; contains a NUL character</source>
        <translation>„%1“ enthält ein NUL-Zeichen</translation>
    </message>
    <message>
        <source>a whole number (D-Bus type i)</source>
        <translation>eine ganze Zahl (D-Bus-Typ i)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is out of range</source>
        <translation>„%1“ liegt außerhalb des gültigen Bereichs</translation>
    </message>
    <message>
        <source>true or false (D-Bus type b)</source>
        <translation>wahr oder falsch (D-Bus-Typ b)</translation>
    </message>
    <message>
        <source>a string (D-Bus type s)</source>
        <translation>eine Zeichenkette (D-Bus-Typ s)</translation>
    </message>
    <message>
        <source>a list of guest names (D-Bus type as)</source>
        <translation>eine Liste von Gastnamen (D-Bus-Typ as)</translation>
    </message>
    <message>
        <source>unknown setting &quot;%1&quot; in the request</source>
        <translation>unbekannte Einstellung „%1“ in der Anfrage</translation>
    </message>
    <message>
        <source>pre-start script</source>
        <translation>Vorstart-Skript</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be %2</source>
        <translation>„%1“ muss %2 sein</translation>
    </message>
</context>
<context>
    <name>charon::core::StopScript</name>
    <message>
        <source>a configuration path with a line break cannot be given a branch: %1</source>
        <translation>ein Konfigurationspfad mit Zeilenumbruch kann keinen Zweig bekommen: %1</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 ist nicht lesbar: %2</translation>
    </message>
    <message>
        <source>%1 already has a branch for %2</source>
        <translation>%1 hat bereits einen Zweig für %2</translation>
    </message>
</context>
<context>
    <name>charon::core::StopScriptRunner</name>
    <message>
        <source>the emulator exited</source>
        <translation>der Emulator hat sich beendet</translation>
    </message>
    <message>
        <source>the stop script did not finish in time; the emulator will be killed</source>
        <translation>das Stopp-Skript wurde nicht rechtzeitig fertig; der Emulator wird beendet</translation>
    </message>
    <message>
        <source>the emulator is still running at the deadline; it will be killed</source>
        <translation>der Emulator läuft bei Fristablauf noch; er wird beendet</translation>
    </message>
    <message>
        <source>the emulator is not running; nothing to stop</source>
        <translation>der Emulator läuft nicht; nichts zu stoppen</translation>
    </message>
    <message>
        <source>no stop script branch for this configuration (%1): powering off</source>
        <translation>kein Zweig im Stopp-Skript für diese Konfiguration (%1): wird ausgeschaltet</translation>
    </message>
    <message>
        <source>cannot run the stop script: %1</source>
        <translation>das Stopp-Skript kann nicht ausgeführt werden: %1</translation>
    </message>
    <message>
        <source>stop script done (exit %1); the emulator exited</source>
        <translation>Stopp-Skript fertig (Exit %1); der Emulator hat sich beendet</translation>
    </message>
</context>
<context>
    <name>charon::core::SystemdClient</name>
    <message>
        <source>Subscribing to systemd&apos;s signals failed</source>
        <translation>Abonnieren der Signale von systemd gescheitert</translation>
    </message>
    <message>
        <source>Killing %1 failed</source>
        <translation>Beenden von %1 gescheitert</translation>
    </message>
    <message>
        <source>Reloading systemd&apos;s configuration failed</source>
        <translation>Neuladen der Konfiguration von systemd gescheitert</translation>
    </message>
    <message>
        <source>Reading the unit file state of %1 failed</source>
        <translation>Lesen des Unit-Datei-Zustands von %1 gescheitert</translation>
    </message>
    <message>
        <source>Reading systemd job %1 failed</source>
        <translation>Lesen des systemd-Jobs %1 gescheitert</translation>
    </message>
    <message>
        <source>Forgetting the failure of %1 failed</source>
        <translation>Vergessen des Fehlschlags von %1 gescheitert</translation>
    </message>
</context>
<context>
    <name>charon::core::SystemdConnection</name>
    <message>
        <source>system bus</source>
        <translation>Systembus</translation>
    </message>
    <message>
        <source>user bus</source>
        <translation>Benutzerbus</translation>
    </message>
    <message>
        <source>lost the connection to the %1</source>
        <translation>Verbindung zum %1 verloren</translation>
    </message>
    <message>
        <source>no bus at this address</source>
        <translation>kein Bus unter dieser Adresse</translation>
    </message>
    <message>
        <source>the systemd manager left the %1 (it has exited or is restarting); waiting for it to come back</source>
        <translation>der systemd-Manager hat den %1 verlassen (er wurde beendet oder startet neu); warte auf seine Rückkehr</translation>
    </message>
</context>
<context>
    <name>charon::core::SystemdError</name>
    <message>
        <source>not found</source>
        <translation>nicht gefunden</translation>
    </message>
    <message>
        <source>the job failed</source>
        <translation>der Job ist gescheitert</translation>
    </message>
    <message>
        <source>no connection to systemd</source>
        <translation>keine Verbindung zu systemd</translation>
    </message>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>systemd did not answer in time</source>
        <translation>systemd hat nicht rechtzeitig geantwortet</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>permission denied (guests are started and stopped by root or by members of the group “%1”)</source>
        <translation>Zugriff verweigert (Gäste werden von root oder von Mitgliedern der Gruppe „%1“ gestartet und gestoppt)</translation>
    </message>
</context>
<context>
    <name>charon::core::UnitCommandJob</name>
    <message>
        <source>Starting %1 failed</source>
        <translation>Starten von %1 gescheitert</translation>
    </message>
    <message>
        <source>Stopping %1 failed</source>
        <translation>Stoppen von %1 gescheitert</translation>
    </message>
    <message>
        <source>Restarting %1 failed</source>
        <translation>Neustart von %1 gescheitert</translation>
    </message>
    <message>
        <source>the unit failed</source>
        <translation>die Unit ist gescheitert</translation>
    </message>
    <message>
        <source>systemd gave up waiting (timeout)</source>
        <translation>systemd hat das Warten aufgegeben (Timeout)</translation>
    </message>
    <message>
        <source>another request for the guest replaced it (canceled)</source>
        <translation>eine andere Anfrage für den Gast hat ihn ersetzt (abgebrochen)</translation>
    </message>
    <message>
        <source>a unit it depends on failed</source>
        <translation>eine Unit, von der er abhängt, ist gescheitert</translation>
    </message>
    <message>
        <source>it does not apply in the unit&apos;s current state (skipped)</source>
        <translation>er passt nicht zum aktuellen Zustand der Unit (übersprungen)</translation>
    </message>
    <message>
        <source>it is not possible in the unit&apos;s current state</source>
        <translation>er ist im aktuellen Zustand der Unit nicht möglich</translation>
    </message>
    <message>
        <source>an assertion in the unit file was not met</source>
        <translation>eine Zusicherung in der Unit-Datei war nicht erfüllt</translation>
    </message>
    <message>
        <source>the unit does not support it</source>
        <translation>die Unit unterstützt ihn nicht</translation>
    </message>
    <message>
        <source>systemd reports &quot;%1&quot;</source>
        <translation>systemd meldet „%1“</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>systemd job %1 ended with &quot;%2&quot;</source>
        <translation>systemd-Job %1 endete mit „%2“</translation>
    </message>
    <message>
        <source>the systemd manager restarted while it ran</source>
        <translation>der systemd-Manager wurde währenddessen neu gestartet</translation>
    </message>
    <message>
        <source>%1: %2; its outcome is unknown</source>
        <translation>%1: %2; das Ergebnis ist unbekannt</translation>
    </message>
</context>
<context>
    <name>charon::core::UnitFile</name>
    <message>
        <source>invalid guest name &quot;%1&quot;</source>
        <translation>ungültiger Gastname „%1“</translation>
    </message>
    <message>
        <source>no guest named &quot;%1&quot; (no unit file %2)</source>
        <translation>kein Gast namens „%1“ (keine Unit-Datei %2)</translation>
    </message>
    <message>
        <source>%1: ExecStart= is not &quot;emulator [flag] config&quot; (%2)</source>
        <translation>%1: ExecStart= hat nicht die Form „emulator [flag] config“ (%2)</translation>
    </message>
    <message>
        <source>too few words</source>
        <translation>zu wenige Wörter</translation>
    </message>
    <message>
        <source>invalid guest name &quot;%1&quot;: use letters, digits, &apos;-&apos;, &apos;_&apos; and &apos;.&apos; (at most 64)</source>
        <translation>ungültiger Gastname „%1“: Buchstaben, Ziffern, &apos;-&apos;, &apos;_&apos; und &apos;.&apos; verwenden (höchstens 64)</translation>
    </message>
    <message>
        <source>emulator</source>
        <translation>Emulator</translation>
    </message>
    <message>
        <source>the configuration path must be absolute: %1</source>
        <translation>der Pfad der Konfiguration muss absolut sein: %1</translation>
    </message>
    <message>
        <source>the working directory must be absolute and normalized: %1</source>
        <translation>das Arbeitsverzeichnis muss absolut und normalisiert sein: %1</translation>
    </message>
    <message>
        <source>the working directory cannot be written in a unit file: %1</source>
        <translation>das Arbeitsverzeichnis lässt sich nicht in eine Unit-Datei schreiben: %1</translation>
    </message>
    <message>
        <source>pre-start script</source>
        <translation>Vorstart-Skript</translation>
    </message>
    <message>
        <source>invalid emulator profile id &quot;%1&quot;</source>
        <translation>ungültige Emulator-Profilkennung „%1“</translation>
    </message>
    <message>
        <source>invalid detached flag &quot;%1&quot;</source>
        <translation>ungültiger Detach-Schalter „%1“</translation>
    </message>
    <message>
        <source>invalid emulator family name: %1</source>
        <translation>ungültiger Name der Emulator-Familie: %1</translation>
    </message>
    <message>
        <source>a guest named &quot;%1&quot; already exists (%2)</source>
        <translation>ein Gast namens „%1“ existiert bereits (%2)</translation>
    </message>
    <message>
        <source>cannot read %1</source>
        <translation>%1 ist nicht lesbar</translation>
    </message>
    <message>
        <source>cannot remove %1</source>
        <translation>%1 kann nicht entfernt werden</translation>
    </message>
    <message>
        <source>the %1 path must be absolute and normalized: %2</source>
        <translation>der %1-Pfad muss absolut und normalisiert sein: %2</translation>
    </message>
    <message>
        <source>the %1 path cannot be used: %2: %3</source>
        <translation>der %1-Pfad ist unbrauchbar: %2: %3</translation>
    </message>
</context>
<context>
    <name>charon::core::UnitFilesJob</name>
    <message>
        <source>Turning auto-boot on for %1 failed</source>
        <translation>Einschalten des Autostarts für %1 gescheitert</translation>
    </message>
    <message>
        <source>Turning auto-boot off for %1 failed</source>
        <translation>Ausschalten des Autostarts für %1 gescheitert</translation>
    </message>
    <message>
        <source>%1: the unit file has no [Install] section</source>
        <translation>%1: die Unit-Datei hat keinen Abschnitt [Install]</translation>
    </message>
</context>
<context>
    <name>charon::core::UnitPropertiesJob</name>
    <message>
        <source>Reading the state of %1 failed</source>
        <translation>Lesen des Zustands von %1 gescheitert</translation>
    </message>
</context>
<context>
    <name>charon::sim::GuestMachine</name>
    <message>
        <source>the guest powered the machine off</source>
        <translation>der Gast hat die Maschine ausgeschaltet</translation>
    </message>
    <message>
        <source>the stop_on key F6 was pressed on the console</source>
        <translation>die stop_on-Taste F6 wurde auf der Konsole gedrückt</translation>
    </message>
</context>
<context>
    <name>charon::sim::SimOptions</name>
    <message>
        <source>usage: charon-guest-sim -x CONFIG   (Charon-PAR)
       charon-guest-sim -d CONFIG   (Charon-AXP / Charon-VAX)
A stand-in Charon emulator: see sim/README.md for the test switches.
</source>
        <translation>Aufruf: charon-guest-sim -x CONFIG   (Charon-PAR)
        charon-guest-sim -d CONFIG   (Charon-AXP / Charon-VAX)
Ein Ersatz-Emulator für Charon: die Test-Schalter stehen in sim/README.md.
</translation>
    </message>
    <message>
        <source>expected exactly one of -x CONFIG or -d CONFIG</source>
        <translation>genau eines von -x CONFIG oder -d CONFIG erwartet</translation>
    </message>
    <message>
        <source>unknown argument: %1</source>
        <translation>unbekanntes Argument: %1</translation>
    </message>
    <message>
        <source>expected -x CONFIG or -d CONFIG</source>
        <translation>-x CONFIG oder -d CONFIG erwartet</translation>
    </message>
    <message>
        <source>%1:%2: ignored simulator directive &quot;%3&quot;</source>
        <translation>%1:%2: Simulator-Direktive „%3“ ignoriert</translation>
    </message>
    <message>
        <source>directive %1</source>
        <translation>Direktive %1</translation>
    </message>
    <message>
        <source>%1: bad value &quot;%2&quot;</source>
        <translation>%1: ungültiger Wert „%2“</translation>
    </message>
</context>
<context>
    <name>charon::sim::Simulator</name>
    <message>
        <source>stopped after the stop delay</source>
        <translation>nach der Stoppverzögerung beendet</translation>
    </message>
    <message>
        <source>leaking memory up to %1 MiB</source>
        <translation>Speicherleck bis %1 MiB</translation>
    </message>
    <message>
        <source>memory leak stopped at %1 MiB</source>
        <translation>Speicherleck bei %1 MiB angehalten</translation>
    </message>
    <message>
        <source>refusing to start: %1 has errors</source>
        <translation>Start verweigert: %1 enthält Fehler</translation>
    </message>
    <message>
        <source>refusing to start: %1 configures no console port</source>
        <translation>Start verweigert: %1 legt keinen Konsolen-Port fest</translation>
    </message>
    <message>
        <source>unknown guest OS &quot;%1&quot;</source>
        <translation>unbekanntes Gastsystem „%1“</translation>
    </message>
    <message>
        <source>console connected from %1</source>
        <translation>Konsole verbunden von %1</translation>
    </message>
    <message>
        <source>console refused to %1: already in use</source>
        <translation>Konsole für %1 abgelehnt: bereits belegt</translation>
    </message>
    <message>
        <source>%1 simulator %2 started: configuration %3, model %4, guest OS %5</source>
        <translation>%1-Simulator %2 gestartet: Konfiguration %3, Modell %4, Gastsystem %5</translation>
    </message>
    <message>
        <source>start delay: the console opens in %1 s</source>
        <translation>Startverzögerung: die Konsole öffnet in %1 s</translation>
    </message>
    <message>
        <source>console OPA0 listening on %1 port %2</source>
        <translation>Konsole OPA0 lauscht auf %1 Port %2</translation>
    </message>
    <message>
        <source>stop requested by signal %1 (%2)</source>
        <translation>Stopp durch Signal %1 (%2) angefordert</translation>
    </message>
    <message>
        <source>stopping in %1 s</source>
        <translation>Stopp in %1 s</translation>
    </message>
    <message>
        <source>exiting (%1): %2</source>
        <translation>wird beendet (%1): %2</translation>
    </message>
    <message>
        <source>emulator stopped: %1</source>
        <translation>Emulator gestoppt: %1</translation>
    </message>
    <message>
        <source>simulating a crash with signal %1 (%2)</source>
        <translation>Absturz durch Signal %1 (%2) wird simuliert</translation>
    </message>
    <message>
        <source>license key lost (simulated)</source>
        <translation>Lizenzschlüssel verloren (simuliert)</translation>
    </message>
    <message>
        <source>license key restored (simulated)</source>
        <translation>Lizenzschlüssel wiederhergestellt (simuliert)</translation>
    </message>
    <message>
        <source>console window %1x%2</source>
        <translation>Konsolenfenster %1x%2</translation>
    </message>
    <message>
        <source>console terminal type %1</source>
        <translation>Terminaltyp der Konsole %1</translation>
    </message>
</context>
<context>
    <name>charon::ui::AddGuestSummaryPage</name>
    <message>
        <source>&amp;Start the guest now</source>
        <translation>Gast jetzt &amp;starten</translation>
    </message>
    <message>
        <source>Open its &amp;console</source>
        <translation>Seine &amp;Konsole öffnen</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Nothing has been written yet. Check what will be added.</source>
        <translation>Noch wurde nichts geschrieben. Prüfen Sie, was hinzugefügt wird.</translation>
    </message>
    <message>
        <source>Checks before adding</source>
        <translation>Prüfungen vor dem Hinzufügen</translation>
    </message>
    <message>
        <source>Start the guest now</source>
        <translation>Gast jetzt starten</translation>
    </message>
    <message>
        <source>Open its console</source>
        <translation>Seine Konsole öffnen</translation>
    </message>
    <message>
        <source>Starts the guest, then opens its console</source>
        <translation>Startet den Gast und öffnet dann seine Konsole</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) must be fixed before the guest can be added (go Back to change a choice).</source>
        <translation>
            <numerusform>%n Problem(e) muss/müssen behoben werden, bevor der Gast hinzugefügt werden kann (mit Zurück eine Wahl ändern).</numerusform>
            <numerusform>%n Problem(e) muss/müssen behoben werden, bevor der Gast hinzugefügt werden kann (mit Zurück eine Wahl ändern).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Ready to add. %n note(s) to look at; they do not prevent adding the guest.</source>
        <translation>
            <numerusform>Bereit zum Hinzufügen. %n Hinweis(e) zum Ansehen; sie verhindern das Hinzufügen nicht.</numerusform>
            <numerusform>Bereit zum Hinzufügen. %n Hinweis(e) zum Ansehen; sie verhindern das Hinzufügen nicht.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ready to add: every check passed.</source>
        <translation>Bereit zum Hinzufügen: alle Prüfungen bestanden.</translation>
    </message>
    <message>
        <source>The guest was not added.</source>
        <translation>Der Gast wurde nicht hinzugefügt.</translation>
    </message>
    <message>
        <source>Adding the guest…</source>
        <translation>Gast wird hinzugefügt…</translation>
    </message>
</context>
<context>
    <name>charon::ui::AddGuestWizard</name>
    <message>
        <source>Use an &amp;existing configuration file</source>
        <translation>&amp;Vorhandene Konfigurationsdatei verwenden</translation>
    </message>
    <message>
        <source>Create a new one from the family&apos;s &amp;template</source>
        <translation>Eine neue aus der &amp;Vorlage der Produktfamilie anlegen</translation>
    </message>
    <message>
        <source>Start the emulator when the host boots (&amp;auto-boot)</source>
        <translation>Emulator beim Hochfahren des Hosts starten (&amp;Auto-Boot)</translation>
    </message>
    <message>
        <source>Protect the emulator from the &amp;OOM killer</source>
        <translation>Emulator vor dem &amp;OOM-Killer schützen</translation>
    </message>
    <message>
        <source>Add Guest</source>
        <translation>Gast hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Add Guest</source>
        <translation>Gast &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Emulator</source>
        <translation>Emulator</translation>
    </message>
    <message>
        <source>The Charon emulator that runs this guest. Executables found in %1 are listed; any other can be typed or browsed to.</source>
        <translation>Der Charon-Emulator, der diesen Gast ausführt. Die in %1 gefundenen Programme werden angeboten; jedes andere kann eingegeben oder ausgewählt werden.</translation>
    </message>
    <message>
        <source>Emulator executable</source>
        <translation>Emulator-Programm</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Browse for the emulator</source>
        <translation>Emulator auswählen</translation>
    </message>
    <message>
        <source>Choose the Charon emulator</source>
        <translation>Charon-Emulator auswählen</translation>
    </message>
    <message>
        <source>Product family</source>
        <translation>Produktfamilie</translation>
    </message>
    <message>
        <source>Detect (from the executable, then the configuration)</source>
        <translation>Erkennen (am Programm, dann an der Konfiguration)</translation>
    </message>
    <message>
        <source>E&amp;xecutable:</source>
        <translation>&amp;Programm:</translation>
    </message>
    <message>
        <source>&amp;Family:</source>
        <translation>Produkt&amp;familie:</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>Konfiguration</translation>
    </message>
    <message>
        <source>The Charon configuration file the emulator reads. A new one is written only when the guest is added.</source>
        <translation>Die Charon-Konfigurationsdatei, die der Emulator liest. Eine neue wird erst beim Hinzufügen des Gasts geschrieben.</translation>
    </message>
    <message>
        <source>Existing configuration file</source>
        <translation>Vorhandene Konfigurationsdatei</translation>
    </message>
    <message>
        <source>New configuration file</source>
        <translation>Neue Konfigurationsdatei</translation>
    </message>
    <message>
        <source>Where to write the copy, e.g. %1</source>
        <translation>Wohin die Kopie geschrieben wird, z. B. %1</translation>
    </message>
    <message>
        <source>Use an existing configuration file</source>
        <translation>Vorhandene Konfigurationsdatei verwenden</translation>
    </message>
    <message>
        <source>Create a new configuration from the template</source>
        <translation>Neue Konfiguration aus der Vorlage anlegen</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>Du&amp;rchsuchen…</translation>
    </message>
    <message>
        <source>Browse for the configuration file</source>
        <translation>Konfigurationsdatei auswählen</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>Durchsuc&amp;hen…</translation>
    </message>
    <message>
        <source>Choose where to write the new configuration</source>
        <translation>Auswählen, wohin die neue Konfiguration geschrieben wird</translation>
    </message>
    <message>
        <source>Choose the configuration file</source>
        <translation>Konfigurationsdatei auswählen</translation>
    </message>
    <message>
        <source>Write the new configuration to</source>
        <translation>Neue Konfiguration schreiben nach</translation>
    </message>
    <message>
        <source>The template sets a console port no other guest uses, on localhost only; review its model, memory, disks and NICs before the first start.</source>
        <translation>Die Vorlage setzt einen Konsolen-Port, den kein anderer Gast benutzt, nur auf localhost; prüfen Sie Modell, Speicher, Platten und NICs vor dem ersten Start.</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>Gast</translation>
    </message>
    <message>
        <source>Its name (letters, digits, &apos;-&apos;, &apos;_&apos; and &apos;.&apos;), where the emulator runs, and how the service behaves.</source>
        <translation>Sein Name (Buchstaben, Ziffern, „-“, „_“ und „.“), wo der Emulator läuft und wie sich der Dienst verhält.</translation>
    </message>
    <message>
        <source>Guest name</source>
        <translation>Gastname</translation>
    </message>
    <message>
        <source>Working directory</source>
        <translation>Arbeitsverzeichnis</translation>
    </message>
    <message>
        <source>Auto-boot</source>
        <translation>Auto-Boot</translation>
    </message>
    <message>
        <source>OOM protection</source>
        <translation>OOM-Schutz</translation>
    </message>
    <message>
        <source>The kernel&apos;s out-of-memory killer spares the emulator (OOMScoreAdjust=-1000): another process is ended instead.</source>
        <translation>Der OOM-Killer des Kernels verschont den Emulator (OOMScoreAdjust=-1000): stattdessen wird ein anderer Prozess beendet.</translation>
    </message>
    <message>
        <source>Brow&amp;se…</source>
        <translation>Durch&amp;suchen…</translation>
    </message>
    <message>
        <source>Browse for the working directory</source>
        <translation>Arbeitsverzeichnis auswählen</translation>
    </message>
    <message>
        <source>Choose the working directory</source>
        <translation>Arbeitsverzeichnis auswählen</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>Na&amp;me:</translation>
    </message>
    <message>
        <source>&amp;Working directory:</source>
        <translation>&amp;Arbeitsverzeichnis:</translation>
    </message>
    <message>
        <source>Detected from the executable&apos;s name: %1.</source>
        <translation>Am Namen des Programms erkannt: %1.</translation>
    </message>
    <message>
        <source>The executable&apos;s name does not tell the family: the configuration will.</source>
        <translation>Der Name des Programms verrät die Produktfamilie nicht: die Konfiguration wird es tun.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Name: %1</source>
        <translation>Name: %1</translation>
    </message>
    <message>
        <source>Emulator: %1</source>
        <translation>Emulator: %1</translation>
    </message>
    <message>
        <source>Family: %1</source>
        <translation>Produktfamilie: %1</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Configuration: %1 (new, from the template)</source>
        <translation>Konfiguration: %1 (neu, aus der Vorlage)</translation>
    </message>
    <message>
        <source>Configuration: %1</source>
        <translation>Konfiguration: %1</translation>
    </message>
    <message>
        <source>Console port: %1</source>
        <translation>Konsolen-Port: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <source>Working directory: %1</source>
        <translation>Arbeitsverzeichnis: %1</translation>
    </message>
    <message>
        <source>Auto-boot: %1</source>
        <translation>Auto-Boot: %1</translation>
    </message>
    <message>
        <source>OOM protection: %1</source>
        <translation>OOM-Schutz: %1</translation>
    </message>
    <message>
        <source>Unit: %1</source>
        <translation>Unit: %1</translation>
    </message>
    <message>
        <source>choose the product family on the Emulator page: the template depends on it</source>
        <translation>wählen Sie die Produktfamilie auf der Seite Emulator: die Vorlage hängt davon ab</translation>
    </message>
    <message>
        <source>systemd did not reload (%1): nothing was added</source>
        <translation>systemd hat nicht neu geladen (%1): nichts wurde hinzugefügt</translation>
    </message>
    <message>
        <source>guest %1 added, but auto-boot could not be turned on: %2</source>
        <translation>Gast %1 hinzugefügt, aber Auto-Boot konnte nicht eingeschaltet werden: %2</translation>
    </message>
    <message>
        <source>cannot write %1: %2; nothing was added</source>
        <translation>%1 kann nicht geschrieben werden: %2; es wurde nichts hinzugefügt</translation>
    </message>
</context>
<context>
    <name>charon::ui::ConfigEditorDialog</name>
    <message>
        <source>Configuration of %1</source>
        <translation>Konfiguration von %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Saving shows the changes first, then replaces the file at once and keeps the previous version as %2.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Speichern zeigt zuerst die Änderungen, ersetzt dann die Datei auf einmal und behält die vorherige Version als %2.</translation>
    </message>
    <message>
        <source>&amp;Problems:</source>
        <translation>&amp;Probleme:</translation>
    </message>
    <message>
        <source>Configuration text</source>
        <translation>Text der Konfiguration</translation>
    </message>
    <message>
        <source>Problems of the configuration</source>
        <translation>Probleme der Konfiguration</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <source>Whole file</source>
        <translation>Ganze Datei</translation>
    </message>
    <message>
        <source>No problem found.</source>
        <translation>Kein Problem gefunden.</translation>
    </message>
</context>
<context>
    <name>charon::ui::ConsoleStatusBar</name>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <source>%1 · port %2</source>
        <translation>%1 · Port %2</translation>
    </message>
    <message>
        <source>%1 · no console port</source>
        <translation>%1 · kein Konsolen-Port</translation>
    </message>
    <message>
        <source>halt keys</source>
        <translation>Halte-Tasten</translation>
    </message>
</context>
<context>
    <name>charon::ui::ConsoleTab</name>
    <message>
        <source>console reconnected</source>
        <translation>Konsole wieder verbunden</translation>
    </message>
    <message>
        <source>console closed</source>
        <translation>Konsole geschlossen</translation>
    </message>
    <message>
        <source>Send Break…</source>
        <translation>Break senden…</translation>
    </message>
    <message>
        <source>Send a telnet BREAK to the guest (asks first)</source>
        <translation>Ein telnet-BREAK an den Gast senden (fragt vorher)</translation>
    </message>
    <message>
        <source>Log to File…</source>
        <translation>In Datei protokollieren…</translation>
    </message>
    <message>
        <source>Write everything the console shows to a file</source>
        <translation>Alles, was die Konsole zeigt, in eine Datei schreiben</translation>
    </message>
    <message>
        <source>Detach</source>
        <translation>Abtrennen</translation>
    </message>
    <message>
        <source>Move this console into a window of its own</source>
        <translation>Diese Konsole in ein eigenes Fenster verschieben</translation>
    </message>
    <message>
        <source>&lt;b&gt;Careful:&lt;/b&gt; %1 Connect only if you mean to use this console with that in mind.</source>
        <translation>&lt;b&gt;Vorsicht:&lt;/b&gt; %1 Nur verbinden, wenn Sie diese Konsole in diesem Wissen benutzen wollen.</translation>
    </message>
    <message>
        <source>Not connected: the console waits for you to read the warning above.</source>
        <translation>Nicht verbunden: die Konsole wartet, bis Sie die Warnung oben gelesen haben.</translation>
    </message>
    <message>
        <source>The configuration of %1 sets no console port.</source>
        <translation>Die Konfiguration von %1 legt keinen Konsolen-Port fest.</translation>
    </message>
    <message>
        <source>Logging stopped: %1</source>
        <translation>Protokollierung beendet: %1</translation>
    </message>
    <message>
        <source>Send a Break to %1? Its configuration sets break_on=&quot;%2&quot;: a Break halts the guest at once, without shutting its operating system down.</source>
        <translation>Einen Break an %1 senden? Seine Konfiguration setzt break_on=&quot;%2&quot;: ein Break hält den Gast sofort an, ohne sein Betriebssystem herunterzufahren.</translation>
    </message>
    <message>
        <source>Send a Break to %1? Depending on the emulator and the guest, a Break can halt the guest into its firmware, stopping the operating system without a shutdown.</source>
        <translation>Einen Break an %1 senden? Je nach Emulator und Gast kann ein Break den Gast in seine Firmware anhalten und das Betriebssystem ohne Herunterfahren stoppen.</translation>
    </message>
    <message>
        <source>Send Break</source>
        <translation>Break senden</translation>
    </message>
    <message>
        <source>Cannot log to %1: %2</source>
        <translation>Protokollieren in %1 nicht möglich: %2</translation>
    </message>
    <message>
        <source>Logging to %1</source>
        <translation>Protokollierung in %1</translation>
    </message>
    <message>
        <source>Log Console of %1</source>
        <translation>Konsole von %1 protokollieren</translation>
    </message>
    <message>
        <source>Log files (*.log);;All files (*)</source>
        <translation>Protokolldateien (*.log);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Attach</source>
        <translation>Anhängen</translation>
    </message>
    <message>
        <source>Put this console back into the main window</source>
        <translation>Diese Konsole ins Hauptfenster zurückholen</translation>
    </message>
    <message>
        <source>Close Console</source>
        <translation>Konsole schließen</translation>
    </message>
    <message>
        <source>Close the console of %1? The connection ends; whoever is logged in on the guest&apos;s console stays logged in.</source>
        <translation>Die Konsole von %1 schließen? Die Verbindung endet; wer auf der Konsole des Gasts angemeldet ist, bleibt angemeldet.</translation>
    </message>
    <message>
        <source>Terminal</source>
        <translation>Terminal</translation>
    </message>
    <message>
        <source>Terminal settings</source>
        <translation>Terminaleinstellungen</translation>
    </message>
    <message>
        <source>Return key, terminal identity and 132-column display for this guest</source>
        <translation>Eingabetaste, Terminalidentität und 132-Spalten-Anzeige für diesen Gast</translation>
    </message>
    <message>
        <source>&amp;Automatic</source>
        <translation>&amp;Automatisch</translation>
    </message>
    <message>
        <source>CR LF to a telnet console, CR alone to a raw socket that never negotiates</source>
        <translation>CR LF an eine Telnet-Konsole, nur CR an einen reinen Socket, der nie verhandelt</translation>
    </message>
    <message>
        <source>&amp;Telnet (CR LF)</source>
        <translation>&amp;Telnet (CR LF)</translation>
    </message>
    <message>
        <source>Always the telnet rule: CR LF, CR in binary</source>
        <translation>Immer die Telnet-Regel: CR LF, CR im Binärmodus</translation>
    </message>
    <message>
        <source>&amp;Raw (CR)</source>
        <translation>&amp;Roh (CR)</translation>
    </message>
    <message>
        <source>Always CR alone, as PuTTY&apos;s Raw connections</source>
        <translation>Immer nur CR, wie PuTTYs Raw-Verbindungen</translation>
    </message>
    <message>
        <source>&amp;Return Key</source>
        <translation>&amp;Eingabetaste</translation>
    </message>
    <message>
        <source>VT&amp;100</source>
        <translation>VT&amp;100</translation>
    </message>
    <message>
        <source>Answers as a VT100 with AVO; terminal type VT100</source>
        <translation>Antwortet als VT100 mit AVO; Terminaltyp VT100</translation>
    </message>
    <message>
        <source>VT&amp;220</source>
        <translation>VT&amp;220</translation>
    </message>
    <message>
        <source>Answers as a VT220; terminal type VT220</source>
        <translation>Antwortet als VT220; Terminaltyp VT220</translation>
    </message>
    <message>
        <source>&amp;xterm</source>
        <translation>&amp;xterm</translation>
    </message>
    <message>
        <source>Answers as a VT220 with colour; terminal type XTERM-256COLOR</source>
        <translation>Antwortet als VT220 mit Farbe; Terminaltyp XTERM-256COLOR</translation>
    </message>
    <message>
        <source>Terminal &amp;Identity</source>
        <translation>Terminal&amp;identität</translation>
    </message>
    <message>
        <source>&amp;Narrow to Fit</source>
        <translation>&amp;Schmaler zeichnen</translation>
    </message>
    <message>
        <source>132 columns are drawn narrower to fit the window</source>
        <translation>132 Spalten werden schmaler gezeichnet, damit sie ins Fenster passen</translation>
    </message>
    <message>
        <source>&amp;Scroll Sideways</source>
        <translation>&amp;Seitlich scrollen</translation>
    </message>
    <message>
        <source>132 columns keep the font; a scroll bar moves along</source>
        <translation>132 Spalten behalten die Schrift; eine Bildlaufleiste verschiebt die Ansicht</translation>
    </message>
    <message>
        <source>&amp;132 Columns</source>
        <translation>&amp;132 Spalten</translation>
    </message>
    <message>
        <source>Console of %1</source>
        <translation>Konsole von %1</translation>
    </message>
    <message>
        <source>Retrying at %1.</source>
        <translation>Neuer Versuch um %1.</translation>
    </message>
</context>
<context>
    <name>charon::ui::ConsoleTabs</name>
    <message>
        <source>Close Consoles</source>
        <translation>Konsolen schließen</translation>
    </message>
    <message numerus="yes">
        <source>%n console session(s) are connected (%1). Close them? Whoever is logged in on those consoles stays logged in.</source>
        <translation>
            <numerusform>%n Konsolensitzung ist verbunden (%1). Schließen? Wer auf dieser Konsole angemeldet ist, bleibt angemeldet.</numerusform>
            <numerusform>%n Konsolensitzungen sind verbunden (%1). Schließen? Wer auf diesen Konsolen angemeldet ist, bleibt angemeldet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Console of %1</source>
        <translation>Konsole von %1</translation>
    </message>
    <message>
        <source>Close console of %1</source>
        <translation>Konsole von %1 schließen</translation>
    </message>
</context>
<context>
    <name>charon::ui::ConsoleWarningStrip</name>
    <message>
        <source>Connect anyway</source>
        <translation>Trotzdem verbinden</translation>
    </message>
</context>
<context>
    <name>charon::ui::ConsoleWindow</name>
    <message>
        <source>%1 — Console — %2</source>
        <translation>%1 — Konsole — %2</translation>
    </message>
</context>
<context>
    <name>charon::ui::EmptyHostPanel</name>
    <message>
        <source>&amp;Add Guest…</source>
        <translation>Gast &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>There is no guest on this host yet. Add one to run its Charon emulator as a service, start and stop it and open its console here.</source>
        <translation>Auf diesem Host gibt es noch keinen Gast. Fügen Sie einen hinzu, um seinen Charon-Emulator als Dienst zu betreiben, ihn hier zu starten, zu stoppen und seine Konsole zu öffnen.</translation>
    </message>
    <message>
        <source>Add Guest</source>
        <translation>Gast hinzufügen</translation>
    </message>
    <message>
        <source>Or on the command line:</source>
        <translation>Oder auf der Kommandozeile:</translation>
    </message>
    <message>
        <source>Command line to add a guest</source>
        <translation>Befehlszeile zum Hinzufügen eines Gasts</translation>
    </message>
    <message>
        <source>Copy the command line</source>
        <translation>Befehlszeile kopieren</translation>
    </message>
</context>
<context>
    <name>charon::ui::EventNotifications</name>
    <message>
        <source>Desktop notifications are not available (%1): the tray shows them instead.</source>
        <translation>Desktop-Benachrichtigungen sind nicht verfügbar (%1): das Benachrichtigungsfeld zeigt sie stattdessen.</translation>
    </message>
    <message>
        <source>Desktop notifications are not available (%1): events show here instead.</source>
        <translation>Desktop-Benachrichtigungen sind nicht verfügbar (%1): Ereignisse erscheinen stattdessen hier.</translation>
    </message>
</context>
<context>
    <name>charon::ui::GuestActions</name>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <source>Start the selected guests&apos; emulators</source>
        <translation>Die Emulatoren der ausgewählten Gäste starten</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>Sto&amp;ppen</translation>
    </message>
    <message>
        <source>Stop cleanly: the stop script shuts the guest OS down, then the emulator ends</source>
        <translation>Sauber stoppen: das Stopp-Skript fährt das Gastsystem herunter, dann endet der Emulator</translation>
    </message>
    <message>
        <source>&amp;Restart</source>
        <translation>&amp;Neu starten</translation>
    </message>
    <message>
        <source>Stop cleanly, then start again</source>
        <translation>Sauber stoppen, dann wieder starten</translation>
    </message>
    <message>
        <source>&amp;Force Stop…</source>
        <translation>Stopp &amp;erzwingen…</translation>
    </message>
    <message>
        <source>End the emulator at once, like pulling the power cord</source>
        <translation>Den Emulator sofort beenden, wie beim Ziehen des Netzsteckers</translation>
    </message>
    <message>
        <source>Enable &amp;Auto-boot</source>
        <translation>&amp;Autostart einschalten</translation>
    </message>
    <message>
        <source>Start the emulator when the host boots</source>
        <translation>Den Emulator beim Hochfahren des Hosts starten</translation>
    </message>
    <message>
        <source>&amp;Disable Auto-boot</source>
        <translation>Autostart a&amp;usschalten</translation>
    </message>
    <message>
        <source>Do not start the emulator when the host boots</source>
        <translation>Den Emulator beim Hochfahren des Hosts nicht starten</translation>
    </message>
    <message>
        <source>Set as De&amp;fault</source>
        <translation>Als Stan&amp;dard festlegen</translation>
    </message>
    <message>
        <source>The command-line tools act on this guest when none is named</source>
        <translation>Die Kommandozeilenwerkzeuge wirken auf diesen Gast, wenn keiner genannt ist</translation>
    </message>
    <message>
        <source>Open &amp;Console</source>
        <translation>&amp;Konsole öffnen</translation>
    </message>
    <message>
        <source>Open the guest&apos;s console</source>
        <translation>Die Konsole des Gasts öffnen</translation>
    </message>
    <message>
        <source>&amp;Edit Configuration…</source>
        <translation>Konfi&amp;guration bearbeiten…</translation>
    </message>
    <message>
        <source>Edit the Charon configuration file</source>
        <translation>Die Charon-Konfigurationsdatei bearbeiten</translation>
    </message>
    <message>
        <source>Service &amp;Settings…</source>
        <translation>Dienst-E&amp;instellungen…</translation>
    </message>
    <message>
        <source>Timeouts, restart on failure, OOM protection, pre-start script</source>
        <translation>Timeouts, Neustart bei Fehlern, OOM-Schutz, Vorstart-Skript</translation>
    </message>
    <message>
        <source>Edit Stop Scr&amp;ipt…</source>
        <translation>Stopp-Skrip&amp;t bearbeiten…</translation>
    </message>
    <message>
        <source>The clean shutdown commands for this guest</source>
        <translation>Die Befehle zum sauberen Herunterfahren dieses Gasts</translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation>Ent&amp;fernen…</translation>
    </message>
    <message>
        <source>Remove the guest&apos;s service (its configuration and disks stay)</source>
        <translation>Den Dienst des Gasts entfernen (Konfiguration und Platten bleiben)</translation>
    </message>
    <message>
        <source>Force stop %1?

The emulator is ended at once: for the guest OS this is a power-off, without a clean shutdown. Unsaved data in the guest is lost.</source>
        <translation>%1 zwangsweise stoppen?

Der Emulator wird sofort beendet: für das Gastsystem ist das ein Ausschalten ohne sauberes Herunterfahren. Nicht gespeicherte Daten im Gast gehen verloren.</translation>
    </message>
    <message>
        <source>Force stop %1 guests (%2)?

Each emulator is ended at once: for the guest OS this is a power-off, without a clean shutdown. Unsaved data in the guests is lost.</source>
        <translation>%1 Gäste zwangsweise stoppen (%2)?

Jeder Emulator wird sofort beendet: für das Gastsystem ist das ein Ausschalten ohne sauberes Herunterfahren. Nicht gespeicherte Daten in den Gästen gehen verloren.</translation>
    </message>
    <message>
        <source>Force Stop</source>
        <translation>Stopp erzwingen</translation>
    </message>
    <message>
        <source>Power Off</source>
        <translation>Ausschalten</translation>
    </message>
    <message>
        <source>Remove Guests</source>
        <translation>Gäste entfernen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>&amp;Logs and History…</source>
        <translation>&amp;Protokolle und Verlauf…</translation>
    </message>
    <message>
        <source>The unit&apos;s journal, the emulator log and the event history</source>
        <translation>Das Journal der Unit, das Emulatorprotokoll und der Ereignisverlauf</translation>
    </message>
    <message>
        <source>Edit OS &amp;Probe Script…</source>
        <translation>OS-&amp;Prüfskript bearbeiten…</translation>
    </message>
    <message>
        <source>How to ask whether this guest&apos;s operating system answers</source>
        <translation>Wie gefragt wird, ob das Betriebssystem dieses Gasts antwortet</translation>
    </message>
    <message>
        <source>&amp;Add Guest…</source>
        <translation>Gast &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>Add a guest: its emulator, configuration and service</source>
        <translation>Einen Gast hinzufügen: Emulator, Konfiguration und Dienst</translation>
    </message>
    <message>
        <source>its systemd unit %1</source>
        <translation>seine systemd-Unit %1</translation>
    </message>
    <message>
        <source>our drop-in %1</source>
        <translation>unser Drop-in %1</translation>
    </message>
    <message>
        <source>its default-guest mark</source>
        <translation>seine Markierung als Standardgast</translation>
    </message>
    <message>
        <source>%1 — removed: %2.</source>
        <translation>%1 — entfernt: %2.</translation>
    </message>
    <message>
        <source>Kept: the configuration %1, the working directory %2, and the disks and logs the configuration names.</source>
        <translation>Behalten: die Konfiguration %1, das Arbeitsverzeichnis %2 sowie die Platten und Logs, die die Konfiguration nennt.</translation>
    </message>
    <message>
        <source>%1 is running: it is stopped cleanly first (the stop script runs).</source>
        <translation>%1 läuft: er wird zuerst sauber gestoppt (das Stopp-Skript läuft).</translation>
    </message>
    <message>
        <source>…and %1 more: %2.</source>
        <translation>…und %1 weitere: %2.</translation>
    </message>
    <message>
        <source>Remove %1?</source>
        <translation>%1 entfernen?</translation>
    </message>
    <message>
        <source>Remove %1 guests (%2)?</source>
        <translation>%1 Gäste entfernen (%2)?</translation>
    </message>
    <message>
        <source>The configuration files, disks and working directories are kept: adding the guest again brings it back.</source>
        <translation>Konfigurationsdateien, Platten und Arbeitsverzeichnisse bleiben erhalten: erneutes Hinzufügen bringt den Gast zurück.</translation>
    </message>
</context>
<context>
    <name>charon::ui::GuestDetailsAccessible</name>
    <message>
        <source>Guest details</source>
        <translation>Gastdetails</translation>
    </message>
    <message>
        <source>Details of %1</source>
        <translation>Details von %1</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
</context>
<context>
    <name>charon::ui::GuestDetailsPane</name>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Last run</source>
        <translation>Letzter Lauf</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Vorgang</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Gestoppt</translation>
    </message>
    <message>
        <source>License</source>
        <translation>Lizenz</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Start on boot</source>
        <translation>Start beim Hochfahren</translation>
    </message>
    <message>
        <source>Restart on failure</source>
        <translation>Neustart bei Fehlern</translation>
    </message>
    <message>
        <source>Start timeout</source>
        <translation>Start-Timeout</translation>
    </message>
    <message>
        <source>Stop timeout</source>
        <translation>Stopp-Timeout</translation>
    </message>
    <message>
        <source>Stop script</source>
        <translation>Stopp-Skript</translation>
    </message>
    <message>
        <source>OOM protection</source>
        <translation>OOM-Schutz</translation>
    </message>
    <message>
        <source>Pre-start script</source>
        <translation>Vorstart-Skript</translation>
    </message>
    <message>
        <source>Emulated machine</source>
        <translation>Emulierte Maschine</translation>
    </message>
    <message>
        <source>Emulator</source>
        <translation>Emulator</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>Konfiguration</translation>
    </message>
    <message>
        <source>Working directory</source>
        <translation>Arbeitsverzeichnis</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Console port</source>
        <translation>Konsolen-Port</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>Select a guest to see its details.</source>
        <translation>Einen Gast auswählen, um seine Details zu sehen.</translation>
    </message>
    <message>
        <source>protected from the OOM killer</source>
        <translation>vor dem OOM-Killer geschützt</translation>
    </message>
    <message>
        <source>not protected</source>
        <translation>nicht geschützt</translation>
    </message>
    <message>
        <source>1 CPU</source>
        <translation>1 CPU</translation>
    </message>
    <message>
        <source>%1 CPUs</source>
        <translation>%1 CPUs</translation>
    </message>
    <message>
        <source>Break/stop key set on the console: a stray key can halt the guest.</source>
        <translation>Break-/Stopp-Taste auf der Konsole gesetzt: ein versehentlicher Tastendruck kann den Gast anhalten.</translation>
    </message>
    <message>
        <source>none found</source>
        <translation>keine gefunden</translation>
    </message>
    <message>
        <source>Guest OS</source>
        <translation>Gastsystem</translation>
    </message>
    <message>
        <source>Logs and history…</source>
        <translation>Protokolle und Verlauf…</translation>
    </message>
</context>
<context>
    <name>charon::ui::GuestOperations</name>
    <message>
        <source>Could not make %1 the default guest: %2</source>
        <translation>%1 konnte nicht zum Standardgast gemacht werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n started</source>
        <translation>
            <numerusform>%n gestartet</numerusform>
            <numerusform>%n gestartet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stopped</source>
        <translation>
            <numerusform>%n gestoppt</numerusform>
            <numerusform>%n gestoppt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n restarted</source>
        <translation>
            <numerusform>%n neu gestartet</numerusform>
            <numerusform>%n neu gestartet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n force-stopped</source>
        <translation>
            <numerusform>%n zwangsweise gestoppt</numerusform>
            <numerusform>%n zwangsweise gestoppt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n removed</source>
        <translation>
            <numerusform>%n entfernt</numerusform>
            <numerusform>%n entfernt</numerusform>
        </translation>
    </message>
    <message>
        <source>%1.</source>
        <translation>%1.</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n fehlgeschlagen</numerusform>
            <numerusform>%n fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (stop script: %2)</source>
        <translation>%1 (Stopp-Skript: %2)</translation>
    </message>
    <message>
        <source>Restart %1 without a clean shutdown?

The stop script has no shutdown commands for %2, so the emulator is simply ended: for the guest OS this is a power-off. Unsaved data in the guest is lost.

Add the guest OS&apos;s shutdown commands to the stop script (Edit Stop Script) to stop it cleanly.</source>
        <translation>%1 ohne sauberes Herunterfahren neu starten?

Das Stopp-Skript enthält keine Befehle zum Herunterfahren für %2, der Emulator wird also einfach beendet: Für das Gast-Betriebssystem ist das ein Ausschalten. Nicht gespeicherte Daten im Gast gehen verloren.

Tragen Sie die Befehle zum Herunterfahren des Gast-Betriebssystems in das Stopp-Skript ein (Stopp-Skript bearbeiten), um ihn sauber zu stoppen.</translation>
    </message>
    <message>
        <source>Stop %1 without a clean shutdown?

The stop script has no shutdown commands for %2, so the emulator is simply ended: for the guest OS this is a power-off. Unsaved data in the guest is lost.

Add the guest OS&apos;s shutdown commands to the stop script (Edit Stop Script) to stop it cleanly.</source>
        <translation>%1 ohne sauberes Herunterfahren stoppen?

Das Stopp-Skript enthält keine Befehle zum Herunterfahren für %2, der Emulator wird also einfach beendet: Für das Gast-Betriebssystem ist das ein Ausschalten. Nicht gespeicherte Daten im Gast gehen verloren.

Tragen Sie die Befehle zum Herunterfahren des Gast-Betriebssystems in das Stopp-Skript ein (Stopp-Skript bearbeiten), um ihn sauber zu stoppen.</translation>
    </message>
    <message numerus="yes">
        <source>Restart %n guest(s) without a clean shutdown?

%1

The stop script has no shutdown commands for them, so each emulator is simply ended: for the guest OS this is a power-off. Unsaved data in the guests is lost.</source>
        <translation>
            <numerusform>%n Gast/Gäste ohne sauberes Herunterfahren neu starten?

%1

Das Stopp-Skript enthält keine Befehle zum Herunterfahren für sie, jeder Emulator wird also einfach beendet: Für das Gast-Betriebssystem ist das ein Ausschalten. Nicht gespeicherte Daten in den Gästen gehen verloren.</numerusform>
            <numerusform>%n Gast/Gäste ohne sauberes Herunterfahren neu starten?

%1

Das Stopp-Skript enthält keine Befehle zum Herunterfahren für sie, jeder Emulator wird also einfach beendet: Für das Gast-Betriebssystem ist das ein Ausschalten. Nicht gespeicherte Daten in den Gästen gehen verloren.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stop %n guest(s) without a clean shutdown?

%1

The stop script has no shutdown commands for them, so each emulator is simply ended: for the guest OS this is a power-off. Unsaved data in the guests is lost.</source>
        <translation>
            <numerusform>%n Gast/Gäste ohne sauberes Herunterfahren stoppen?

%1

Das Stopp-Skript enthält keine Befehle zum Herunterfahren für sie, jeder Emulator wird also einfach beendet: Für das Gast-Betriebssystem ist das ein Ausschalten. Nicht gespeicherte Daten in den Gästen gehen verloren.</numerusform>
            <numerusform>%n Gast/Gäste ohne sauberes Herunterfahren stoppen?

%1

Das Stopp-Skript enthält keine Befehle zum Herunterfahren für sie, jeder Emulator wird also einfach beendet: Für das Gast-Betriebssystem ist das ein Ausschalten. Nicht gespeicherte Daten in den Gästen gehen verloren.</numerusform>
        </translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>Neu starten</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stoppen</translation>
    </message>
    <message>
        <source>Power Off and Restart</source>
        <translation>Ausschalten und neu starten</translation>
    </message>
    <message>
        <source>Power Off</source>
        <translation>Ausschalten</translation>
    </message>
    <message>
        <source>Don&apos;t ask again for this guest</source>
        <translation>Für diesen Gast nicht mehr fragen</translation>
    </message>
    <message>
        <source>Don&apos;t ask again for these guests</source>
        <translation>Für diese Gäste nicht mehr fragen</translation>
    </message>
</context>
<context>
    <name>charon::ui::GuestTableModel</name>
    <message>
        <source>Default guest: the command-line tools act on it when no guest is named</source>
        <translation>Standardgast: die Kommandozeilenwerkzeuge wirken auf ihn, wenn kein Gast genannt ist</translation>
    </message>
    <message>
        <source>The emulator starts when the host boots</source>
        <translation>Der Emulator startet beim Hochfahren des Hosts</translation>
    </message>
    <message>
        <source>The emulator does not start when the host boots</source>
        <translation>Der Emulator startet nicht beim Hochfahren des Hosts</translation>
    </message>
    <message>
        <source>Default guest of the command-line tools</source>
        <translation>Standardgast der Kommandozeilenwerkzeuge</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Emulator</source>
        <translation>Emulator</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>Konfiguration</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Auto-boot</source>
        <translation>Autostart</translation>
    </message>
    <message>
        <source>Console</source>
        <translation>Konsole</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>%1 GB</source>
        <translation>%1 GB</translation>
    </message>
    <message>
        <source>License</source>
        <translation>Lizenz</translation>
    </message>
    <message>
        <source>Guest OS</source>
        <translation>Gastsystem</translation>
    </message>
    <message>
        <source>default guest</source>
        <translation>Standardgast</translation>
    </message>
    <message>
        <source>Default guest</source>
        <translation>Standardgast</translation>
    </message>
</context>
<context>
    <name>charon::ui::GuestTableView</name>
    <message>
        <source>Guests</source>
        <translation>Gäste</translation>
    </message>
</context>
<context>
    <name>charon::ui::GuestText</name>
    <message>
        <source>no limit</source>
        <translation>keine Grenze</translation>
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
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Not found: stopping powers the guest off</source>
        <translation>Nicht gefunden: Stoppen schaltet den Gast aus</translation>
    </message>
    <message>
        <source>To customize: the script is still the template</source>
        <translation>Anzupassen: das Skript ist noch die Vorlage</translation>
    </message>
    <message>
        <source>Case not set: no branch for this configuration file</source>
        <translation>Fall nicht gesetzt: kein Zweig für diese Konfigurationsdatei</translation>
    </message>
    <message>
        <source>Using EXPECT on the console</source>
        <translation>Nutzt EXPECT auf der Konsole</translation>
    </message>
    <message>
        <source>Using RSH</source>
        <translation>Nutzt RSH</translation>
    </message>
    <message>
        <source>Using SSH</source>
        <translation>Nutzt SSH</translation>
    </message>
    <message>
        <source>Customized</source>
        <translation>Angepasst</translation>
    </message>
    <message>
        <source>all interfaces</source>
        <translation>alle Schnittstellen</translation>
    </message>
    <message>
        <source>%1 (listening on %2)</source>
        <translation>%1 (lauscht auf %2)</translation>
    </message>
    <message>
        <source>%1 (localhost only)</source>
        <translation>%1 (nur localhost)</translation>
    </message>
    <message>
        <source>The console listens beyond localhost: anyone who reaches this host on port %1 gets the guest&apos;s console.</source>
        <translation>Die Konsole lauscht über localhost hinaus: wer diesen Host auf Port %1 erreicht, bekommt die Konsole des Gasts.</translation>
    </message>
    <message>
        <source>does not exist on this host</source>
        <translation>existiert auf diesem Host nicht</translation>
    </message>
    <message>
        <source>is still managed by the network configuration tool (it should be dedicated to the guest)</source>
        <translation>wird noch vom Netzwerk-Konfigurationswerkzeug verwaltet (sie sollte dem Gast vorbehalten sein)</translation>
    </message>
    <message>
        <source>is also used by guest %1</source>
        <translation>wird auch von Gast %1 benutzt</translation>
    </message>
    <message>
        <source>has an IP address (%1): a dedicated NIC should have none</source>
        <translation>hat eine IP-Adresse (%1): eine dedizierte NIC sollte keine haben</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Configuration: %1</source>
        <translation>Konfiguration: %1</translation>
    </message>
    <message>
        <source>The unit file changed on disk since systemd read it: systemctl daemon-reload applies the change.</source>
        <translation>Die Unit-Datei wurde auf der Festplatte geändert, seit systemd sie gelesen hat: systemctl daemon-reload übernimmt die Änderung.</translation>
    </message>
    <message>
        <source>Expiring</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <source>Trouble</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Wartet</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Antwortet</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Keine Antwort</translation>
    </message>
    <message>
        <source>Probe error</source>
        <translation>Prüffehler</translation>
    </message>
</context>
<context>
    <name>charon::ui::HistoryView</name>
    <message>
        <source>Problems reading the history</source>
        <translation>Probleme beim Lesen des Verlaufs</translation>
    </message>
    <message>
        <source>Event history, newest first</source>
        <translation>Ereignisverlauf, neueste zuerst</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>Read from</source>
        <translation>Gelesen aus</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>(no time)</source>
        <translation>(ohne Zeit)</translation>
    </message>
    <message>
        <source>journal</source>
        <translation>Journal</translation>
    </message>
    <message>
        <source>emulator log</source>
        <translation>Emulatorprotokoll</translation>
    </message>
</context>
<context>
    <name>charon::ui::HostHeader</name>
    <message>
        <source>Memory in use</source>
        <translation>Belegter Speicher</translation>
    </message>
    <message>
        <source>Up since %1</source>
        <translation>Läuft seit %1</translation>
    </message>
    <message>
        <source>CPUs: %1</source>
        <translation>CPUs: %1</translation>
    </message>
    <message>
        <source>Memory: %1</source>
        <translation>Speicher: %1</translation>
    </message>
    <message>
        <source>Up since %1 (%2 days)</source>
        <translation>Läuft seit %1 (%2 Tage)</translation>
    </message>
    <message>
        <source>Memory: %1 free of %2</source>
        <translation>Speicher: %1 von %2 frei</translation>
    </message>
    <message>
        <source>%1% in use</source>
        <translation>%1 % belegt</translation>
    </message>
    <message>
        <source>Connected to systemd</source>
        <translation>Mit systemd verbunden</translation>
    </message>
    <message>
        <source>Not connected to systemd</source>
        <translation>Nicht mit systemd verbunden</translation>
    </message>
    <message>
        <source>States update live as systemd reports them</source>
        <translation>Die Zustände werden live aktualisiert, wie systemd sie meldet</translation>
    </message>
    <message>
        <source>The states shown may be out of date</source>
        <translation>Die angezeigten Zustände sind eventuell veraltet</translation>
    </message>
    <message>
        <source>%1 active</source>
        <translation>%1 aktiv</translation>
    </message>
    <message>
        <source>%1 changing</source>
        <translation>%1 im Wechsel</translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation>%1 fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1 inactive</source>
        <translation>%1 inaktiv</translation>
    </message>
    <message>
        <source>%1 unknown</source>
        <translation>%1 unbekannt</translation>
    </message>
    <message>
        <source>1 guest</source>
        <translation>1 Gast</translation>
    </message>
    <message>
        <source>%1 guests</source>
        <translation>%1 Gäste</translation>
    </message>
    <message>
        <source>user</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>system</source>
        <translation>System</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>host (scope)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>not connected: why</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>guest count: counts per state</comment>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>charon::ui::LogView</name>
    <message>
        <source>Jump to &amp;Now</source>
        <translation>Zu &amp;jetzt springen</translation>
    </message>
    <message>
        <source>Search these lines</source>
        <translation>Diese Zeilen durchsuchen</translation>
    </message>
    <message>
        <source>Search the log</source>
        <translation>Protokoll durchsuchen</translation>
    </message>
    <message>
        <source>All levels</source>
        <translation>Alle Stufen</translation>
    </message>
    <message>
        <source>Info and above</source>
        <translation>Info und schwerer</translation>
    </message>
    <message>
        <source>Notices and above</source>
        <translation>Hinweise und schwerer</translation>
    </message>
    <message>
        <source>Warnings and errors</source>
        <translation>Warnungen und Fehler</translation>
    </message>
    <message>
        <source>Errors only</source>
        <translation>Nur Fehler</translation>
    </message>
    <message>
        <source>Lowest severity shown</source>
        <translation>Niedrigste angezeigte Schwere</translation>
    </message>
    <message>
        <source>Show only lines at least this severe</source>
        <translation>Nur Zeilen mindestens dieser Schwere anzeigen</translation>
    </message>
    <message>
        <source>Jump to the newest lines</source>
        <translation>Zu den neuesten Zeilen springen</translation>
    </message>
    <message>
        <source>Show the newest lines and follow what is written</source>
        <translation>Die neuesten Zeilen zeigen und dem Geschriebenen folgen</translation>
    </message>
    <message>
        <source>Log status</source>
        <translation>Protokollstatus</translation>
    </message>
    <message>
        <source>Log lines</source>
        <translation>Protokollzeilen</translation>
    </message>
    <message numerus="yes">
        <source>Scrolled back: %n newer line(s) not shown. Jump to Now to follow again.</source>
        <translation>
            <numerusform>Zurückgescrollt: %n neuere Zeile(n) nicht angezeigt. „Zu jetzt springen“ verfolgt wieder.</numerusform>
            <numerusform>Zurückgescrollt: %n neuere Zeile(n) nicht angezeigt. „Zu jetzt springen“ verfolgt wieder.</numerusform>
        </translation>
    </message>
    <message>
        <source>Following. %1 of at most %2 lines kept; older ones are read again when you scroll to the top.</source>
        <translation>Wird verfolgt. %1 von höchstens %2 Zeilen behalten; ältere werden erneut gelesen, wenn Sie nach oben scrollen.</translation>
    </message>
    <message>
        <source>Reading older lines…</source>
        <translation>Ältere Zeilen werden gelesen…</translation>
    </message>
    <message>
        <source>The start of the log is shown.</source>
        <translation>Der Anfang des Protokolls wird angezeigt.</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Quelle: %1</translation>
    </message>
</context>
<context>
    <name>charon::ui::LogsWindow</name>
    <message>
        <source>Logs of %1</source>
        <translation>Protokolle von %1</translation>
    </message>
    <message>
        <source>&amp;Journal</source>
        <translation>&amp;Journal</translation>
    </message>
    <message>
        <source>&amp;Emulator Log</source>
        <translation>&amp;Emulatorprotokoll</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Verlauf</translation>
    </message>
    <message>
        <source>State changes from the journal and license events from the emulator log, newest first</source>
        <translation>Zustandsänderungen aus dem Journal und Lizenzereignisse aus dem Emulatorprotokoll, neueste zuerst</translation>
    </message>
</context>
<context>
    <name>charon::ui::MainWindow</name>
    <message>
        <source>Filter by name, configuration or state (Ctrl+F)</source>
        <translation>Nach Name, Konfiguration oder Zustand filtern (Strg+F)</translation>
    </message>
    <message>
        <source>Guests</source>
        <translation>Gäste</translation>
    </message>
    <message>
        <source>&amp;Guest</source>
        <translation>&amp;Gast</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Filter Guests</source>
        <translation>Gäste &amp;filtern</translation>
    </message>
    <message>
        <source>&amp;Details Pane</source>
        <translation>&amp;Detailbereich</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Charon Manager</source>
        <translation>Ü&amp;ber Charon Manager</translation>
    </message>
    <message>
        <source>About Charon Manager</source>
        <translation>Über Charon Manager</translation>
    </message>
    <message>
        <source>&lt;b&gt;Charon Manager&lt;/b&gt; %1&lt;br&gt;Runs Stromasys Charon emulators as systemd services.</source>
        <translation>&lt;b&gt;Charon Manager&lt;/b&gt; %1&lt;br&gt;Führt Stromasys-Charon-Emulatoren als systemd-Dienste aus.</translation>
    </message>
    <message>
        <source>%1 of %2 guests shown</source>
        <translation>%1 von %2 Gästen angezeigt</translation>
    </message>
    <message>
        <source>1 guest</source>
        <translation>1 Gast</translation>
    </message>
    <message>
        <source>%1 guests</source>
        <translation>%1 Gäste</translation>
    </message>
    <message>
        <source>&amp;Notifications and Watching…</source>
        <translation>&amp;Benachrichtigungen und Überwachung…</translation>
    </message>
    <message>
        <source>Filter guests</source>
        <translation>Gäste filtern</translation>
    </message>
    <message>
        <source>&amp;Next Area</source>
        <translation>&amp;Nächster Bereich</translation>
    </message>
    <message>
        <source>&amp;Previous Area</source>
        <translation>&amp;Vorheriger Bereich</translation>
    </message>
    <message>
        <source>&amp;Keyboard</source>
        <translation>&amp;Tastatur</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Farbschema</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>&amp;System</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <source>Guest T&amp;able</source>
        <translation>Gäste-T&amp;abelle</translation>
    </message>
    <message>
        <source>No &amp;Animations (for slow remote links)</source>
        <translation>Keine &amp;Animationen (für langsame Fernverbindungen)</translation>
    </message>
</context>
<context>
    <name>charon::ui::MessageBar</name>
    <message>
        <source>Dismiss all</source>
        <translation>Alle schließen</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Dismiss this message</source>
        <translation>Diese Meldung schließen</translation>
    </message>
    <message>
        <source>Show fewer</source>
        <translation>Weniger anzeigen</translation>
    </message>
    <message numerus="yes">
        <source>+%n more</source>
        <translation>
            <numerusform>+%n weitere</numerusform>
            <numerusform>+%n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>Show only the newest message</source>
        <translation>Nur die neueste Meldung anzeigen</translation>
    </message>
    <message numerus="yes">
        <source>Show %n older message(s)</source>
        <translation>
            <numerusform>%n ältere Meldung(en) anzeigen</numerusform>
            <numerusform>%n ältere Meldung(en) anzeigen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>charon::ui::PreStartScriptDialog</name>
    <message>
        <source>Pre-start script %1</source>
        <translation>Vorstart-Skript %1</translation>
    </message>
    <message>
        <source>Pre-start script text</source>
        <translation>Text des Vorstart-Skripts</translation>
    </message>
    <message>
        <source>Saved atomically; the previous version is kept as %1.bak.</source>
        <translation>Atomar gespeichert; die vorherige Version bleibt als %1.bak erhalten.</translation>
    </message>
    <message>
        <source>%1 is larger than 1 MiB: not a script to edit here</source>
        <translation>%1 ist größer als 1 MiB: kein Skript, das hier bearbeitet wird</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is a binary file, not a script</source>
        <translation>%1 ist eine Binärdatei, kein Skript</translation>
    </message>
    <message>
        <source>Save the script</source>
        <translation>Skript speichern</translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation>Schließen ohne zu speichern</translation>
    </message>
</context>
<context>
    <name>charon::ui::ScriptEditorDialog</name>
    <message>
        <source>Stop script of %1</source>
        <translation>Stoppskript von %1</translation>
    </message>
    <message>
        <source>OS probe of %1</source>
        <translation>OS-Prüfung von %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;The common stop script: only the branch of %2 is edited here, the other guests&apos; branches are kept as they are.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Das gemeinsame Stoppskript: hier wird nur der Zweig von %2 bearbeitet, die Zweige der anderen Gäste bleiben, wie sie sind.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;The guest OS probe script: only the branch of %2 is edited here (exit 0 when the OS answers, 255 when it is not booted or unreachable).</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Das Prüfskript für das Gast-OS: hier wird nur der Zweig von %2 bearbeitet (Exit 0, wenn das OS antwortet, 255, wenn es nicht gebootet oder unerreichbar ist).</translation>
    </message>
    <message>
        <source>Saved owner-only (mode 0700: it may hold passwords), after &lt;tt&gt;bash -n&lt;/tt&gt; checks the whole script; the previous version is kept as %1.</source>
        <translation>Nur für den Eigentümer gespeichert (Modus 0700: es kann Passwörter enthalten), nachdem &lt;tt&gt;bash -n&lt;/tt&gt; das ganze Skript geprüft hat; die vorherige Version bleibt als %1 erhalten.</translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>&amp;Vorlage:</translation>
    </message>
    <message>
        <source>the guest OS</source>
        <translation>das Gast-OS</translation>
    </message>
    <message>
        <source>EXPECT on the console: %1 (%2)</source>
        <translation>EXPECT auf der Konsole: %1 (%2)</translation>
    </message>
    <message>
        <source>SSH to the guest: %1</source>
        <translation>SSH zum Gast: %1</translation>
    </message>
    <message>
        <source>RSH to the guest: %1</source>
        <translation>RSH zum Gast: %1</translation>
    </message>
    <message>
        <source>SSH: does the guest answer?</source>
        <translation>SSH: Antwortet der Gast?</translation>
    </message>
    <message>
        <source>Branch template</source>
        <translation>Zweigvorlage</translation>
    </message>
    <message>
        <source>&amp;Use Template</source>
        <translation>Vorlage &amp;verwenden</translation>
    </message>
    <message>
        <source>Replace the branch with the chosen template</source>
        <translation>Den Zweig durch die gewählte Vorlage ersetzen</translation>
    </message>
    <message>
        <source>Stop script branch</source>
        <translation>Zweig des Stoppskripts</translation>
    </message>
    <message>
        <source>OS probe branch</source>
        <translation>Zweig der OS-Prüfung</translation>
    </message>
    <message>
        <source>Status of this guest in the script</source>
        <translation>Status dieses Gasts im Skript</translation>
    </message>
    <message>
        <source>Status of %1: %2 as edited (saved: %3).</source>
        <translation>Status von %1: %2 in der Bearbeitung (gespeichert: %3).</translation>
    </message>
    <message>
        <source>%1 has a branch in the probe script.</source>
        <translation>%1 hat einen Zweig im Prüfskript.</translation>
    </message>
    <message>
        <source>%1 has no branch in the probe script.</source>
        <translation>%1 hat keinen Zweig im Prüfskript.</translation>
    </message>
    <message>
        <source>Not saved: the branch must start with a label matching %1, like %2</source>
        <translation>Nicht gespeichert: der Zweig muss mit einer Marke beginnen, die zu %1 passt, etwa %2</translation>
    </message>
    <message>
        <source>Checking the whole script with bash -n…</source>
        <translation>Das ganze Skript wird mit bash -n geprüft…</translation>
    </message>
    <message>
        <source>line %1 of the script</source>
        <translation>Zeile %1 des Skripts</translation>
    </message>
    <message>
        <source>the script</source>
        <translation>das Skript</translation>
    </message>
    <message>
        <source>line %1 of this branch (line %2 of the script)</source>
        <translation>Zeile %1 dieses Zweigs (Zeile %2 des Skripts)</translation>
    </message>
    <message>
        <source>Not saved: bash -n finds an error at %1: %2</source>
        <translation>Nicht gespeichert: bash -n findet einen Fehler in %1: %2</translation>
    </message>
    <message>
        <source>Saved %1 owner-only (mode 0700); the previous version is kept as %2.</source>
        <translation>%1 nur für den Eigentümer gespeichert (Modus 0700); die vorherige Version bleibt als %2 erhalten.</translation>
    </message>
</context>
<context>
    <name>charon::ui::ServiceSettingsDialog</name>
    <message>
        <source>Start with the host</source>
        <translation>Mit dem Host starten</translation>
    </message>
    <message>
        <source>Restart when the emulator fails</source>
        <translation>Neu starten, wenn der Emulator ausfällt</translation>
    </message>
    <message>
        <source>Protect the emulator from the OOM killer</source>
        <translation>Emulator vor dem OOM-Killer schützen</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>Service Settings of %1</source>
        <translation>Diensteinstellungen von %1</translation>
    </message>
    <message>
        <source>Start timeout</source>
        <translation>Start-Zeitlimit</translation>
    </message>
    <message>
        <source>Stop timeout</source>
        <translation>Stopp-Zeitlimit</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>keine Grenze</translation>
    </message>
    <message>
        <source>Restart delay</source>
        <translation>Neustartverzögerung</translation>
    </message>
    <message>
        <source>Start limit interval</source>
        <translation>Intervall der Startbegrenzung</translation>
    </message>
    <message>
        <source>Start limit: most starts per interval</source>
        <translation>Startbegrenzung: höchstens so viele Starts pro Intervall</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>the unit&apos;s own description</source>
        <translation>die eigene Beschreibung der Unit</translation>
    </message>
    <message>
        <source>Auto-boot</source>
        <translation>Autostart</translation>
    </message>
    <message>
        <source>Auto-restart on failure</source>
        <translation>Automatischer Neustart bei Fehler</translation>
    </message>
    <message>
        <source>OOM protection</source>
        <translation>OOM-Schutz</translation>
    </message>
    <message>
        <source>Pre-start script path</source>
        <translation>Pfad des Vorstart-Skripts</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keines</translation>
    </message>
    <message>
        <source>Edit the pre-start script</source>
        <translation>Vorstart-Skript bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Choose the pre-start script</source>
        <translation>Vorstart-Skript wählen</translation>
    </message>
    <message>
        <source>Guests this one starts before</source>
        <translation>Gäste, vor denen dieser startet</translation>
    </message>
    <message>
        <source>Guests this one starts after</source>
        <translation>Gäste, nach denen dieser startet</translation>
    </message>
    <message>
        <source>%1 as systemd applies it</source>
        <translation>%1, wie systemd es anwendet</translation>
    </message>
    <message>
        <source>&lt;b&gt;Applied by systemd&lt;/b&gt;</source>
        <translation>&lt;b&gt;Von systemd angewendet&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>S&amp;tart timeout:</source>
        <translation>S&amp;tart-Zeitlimit:</translation>
    </message>
    <message>
        <source>St&amp;op timeout:</source>
        <translation>St&amp;opp-Zeitlimit:</translation>
    </message>
    <message>
        <source>Auto-&amp;boot:</source>
        <translation>Auto&amp;start:</translation>
    </message>
    <message>
        <source>Auto-&amp;restart:</source>
        <translation>Automatischer &amp;Neustart:</translation>
    </message>
    <message>
        <source>Restart &amp;delay:</source>
        <translation>Neustart&amp;verzögerung:</translation>
    </message>
    <message>
        <source>starts within</source>
        <translation>Starts innerhalb von</translation>
    </message>
    <message>
        <source>Start &amp;limit:</source>
        <translation>Start&amp;begrenzung:</translation>
    </message>
    <message>
        <source>&amp;OOM protection:</source>
        <translation>&amp;OOM-Schutz:</translation>
    </message>
    <message>
        <source>&amp;Pre-start script:</source>
        <translation>&amp;Vorstart-Skript:</translation>
    </message>
    <message>
        <source>Starts &amp;before:</source>
        <translation>Startet &amp;vor:</translation>
    </message>
    <message>
        <source>Starts &amp;after:</source>
        <translation>Startet &amp;nach:</translation>
    </message>
    <message>
        <source>Problems with the values</source>
        <translation>Probleme mit den Werten</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Reading the settings of %1…</source>
        <translation>Einstellungen von %1 werden gelesen…</translation>
    </message>
    <message>
        <source>Apply the settings</source>
        <translation>Einstellungen anwenden</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Written into %1&apos;s own drop-in (%2); the unit file and other drop-ins are left alone.</source>
        <translation>Wird in das eigene Drop-in von %1 geschrieben (%2); die Unit-Datei und andere Drop-ins bleiben unverändert.</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>on</source>
        <translation>an</translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <source>on, after %1, at most %2 starts in %3</source>
        <translation>an, nach %1, höchstens %2 Starts in %3</translation>
    </message>
    <message>
        <source>%1 — set by %2</source>
        <translation>%1 — festgelegt durch %2</translation>
    </message>
    <message>
        <source>%1, an admin&apos;s own drop-in, decides this value; ours in %2 is not applied.</source>
        <translation>%1, ein eigenes Drop-in des Administrators, bestimmt diesen Wert; unserer in %2 wird nicht angewendet.</translation>
    </message>
    <message>
        <source>Showing the values systemd applies now.</source>
        <translation>Angezeigt werden die Werte, die systemd jetzt anwendet.</translation>
    </message>
    <message>
        <source>Applied: systemd reloaded and applies these values.</source>
        <translation>Angewendet: systemd hat neu geladen und wendet diese Werte an.</translation>
    </message>
    <message>
        <source>%1 is set by %2, which overrides ours.</source>
        <translation>%1 wird durch %2 festgelegt, das unseres überschreibt.</translation>
    </message>
    <message>
        <source>Writing the drop-in and reloading systemd…</source>
        <translation>Drop-in wird geschrieben und systemd neu geladen…</translation>
    </message>
    <message>
        <source>Pre-start script of %1</source>
        <translation>Vorstart-Skript von %1</translation>
    </message>
    <message>
        <source>Asking the privileged helper to write the drop-in and reload systemd…</source>
        <translation>Der privilegierte Helfer wird gebeten, das Drop-in zu schreiben und systemd neu zu laden …</translation>
    </message>
    <message>
        <source>Not applied: %1.</source>
        <translation>Nicht angewendet: %1.</translation>
    </message>
</context>
<context>
    <name>charon::ui::StatePillDelegate</name>
    <message>
        <source>restart needed</source>
        <translation>Neustart nötig</translation>
    </message>
</context>
<context>
    <name>charon::ui::StateStyle</name>
    <message>
        <source>Running.</source>
        <translation>Läuft.</translation>
    </message>
    <message>
        <source>The emulator failed; systemd restarts it shortly.</source>
        <translation>Der Emulator ist gescheitert; systemd startet ihn gleich neu.</translation>
    </message>
    <message>
        <source>Starting.</source>
        <translation>Startet.</translation>
    </message>
    <message>
        <source>Stopping (the stop script runs, then the emulator ends).</source>
        <translation>Stoppt (das Stopp-Skript läuft, dann endet der Emulator).</translation>
    </message>
    <message>
        <source>Stopped after a failure.</source>
        <translation>Nach einem Fehler gestoppt.</translation>
    </message>
    <message>
        <source>Stopped on request.</source>
        <translation>Auf Anfrage gestoppt.</translation>
    </message>
    <message>
        <source>Failed.</source>
        <translation>Fehlgeschlagen.</translation>
    </message>
    <message>
        <source>State unknown.</source>
        <translation>Zustand unbekannt.</translation>
    </message>
    <message>
        <source>Last run: %1.</source>
        <translation>Letzter Lauf: %1.</translation>
    </message>
    <message>
        <source>Job in progress: %1</source>
        <translation>Vorgang läuft: %1</translation>
    </message>
    <message>
        <source>ACTIVE</source>
        <translation>AKTIV</translation>
    </message>
    <message>
        <source>ACTIVATING</source>
        <translation>STARTET</translation>
    </message>
    <message>
        <source>INACTIVE</source>
        <translation>INAKTIV</translation>
    </message>
    <message>
        <source>DEACTIVATING</source>
        <translation>STOPPT</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>FEHLGESCHLAGEN</translation>
    </message>
    <message>
        <source>UNKNOWN</source>
        <translation>UNBEKANNT</translation>
    </message>
    <message>
        <source>REQUESTED</source>
        <translation>ANGEFORDERT</translation>
    </message>
    <message>
        <source>FAILURE</source>
        <translation>FEHLER</translation>
    </message>
</context>
<context>
    <name>charon::ui::TerminalFindBar</name>
    <message>
        <source>Find in console</source>
        <translation>In der Konsole suchen</translation>
    </message>
    <message>
        <source>Find older (Enter)</source>
        <translation>Älteres suchen (Eingabe)</translation>
    </message>
    <message>
        <source>Find newer (Shift+Enter)</source>
        <translation>Neueres suchen (Umschalt+Eingabe)</translation>
    </message>
    <message>
        <source>Close (Escape)</source>
        <translation>Schließen (Esc)</translation>
    </message>
    <message>
        <source>Find older</source>
        <translation>Älteres suchen</translation>
    </message>
    <message>
        <source>Find newer</source>
        <translation>Neueres suchen</translation>
    </message>
    <message>
        <source>Close find bar</source>
        <translation>Suchleiste schließen</translation>
    </message>
</context>
<context>
    <name>charon::ui::TerminalView</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Einfügen</translation>
    </message>
    <message>
        <source>Ctrl+Shift+V</source>
        <translation>Ctrl+Shift+V</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>&amp;Alles auswählen</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+F</source>
        <translation>Ctrl+Shift+F</translation>
    </message>
    <message>
        <source>C&amp;lear Scrollback</source>
        <translation>&amp;Verlauf löschen</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <source>Ctrl++</source>
        <translation>Ctrl++</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Verklei&amp;nern</translation>
    </message>
    <message>
        <source>Ctrl+-</source>
        <translation>Ctrl+-</translation>
    </message>
    <message>
        <source>&amp;Reset Zoom</source>
        <translation>&amp;Zoom zurücksetzen</translation>
    </message>
    <message>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <source>Send &amp;Break</source>
        <translation>&amp;Break senden</translation>
    </message>
</context>
<context>
    <name>charon::ui::TextFileEditorDialog</name>
    <message>
        <source>&amp;Reload</source>
        <translation>Neu &amp;laden</translation>
    </message>
    <message>
        <source>Co&amp;mpare</source>
        <translation>&amp;Vergleichen</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Speichern…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>S&amp;chließen</translation>
    </message>
    <message>
        <source>Changed on disk</source>
        <translation>Auf der Festplatte geändert</translation>
    </message>
    <message>
        <source>Reload the file from disk, dropping your edits</source>
        <translation>Die Datei von der Festplatte neu laden, Ihre Änderungen verwerfen</translation>
    </message>
    <message>
        <source>Compare the file on disk with your edits</source>
        <translation>Die Datei auf der Festplatte mit Ihren Änderungen vergleichen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Save, after showing the changes</source>
        <translation>Speichern, nachdem die Änderungen gezeigt wurden</translation>
    </message>
    <message>
        <source>Close the editor</source>
        <translation>Den Editor schließen</translation>
    </message>
    <message>
        <source>%1 was changed on disk by someone else since you opened it. Reload it (your edits are dropped) or compare the two versions; saving will not overwrite it silently.</source>
        <translation>%1 wurde seit dem Öffnen von jemand anderem auf der Festplatte geändert. Laden Sie die Datei neu (Ihre Änderungen gehen verloren) oder vergleichen Sie beide Versionen; Speichern überschreibt sie nicht stillschweigend.</translation>
    </message>
    <message>
        <source>Drop your edits and reload %1?</source>
        <translation>Ihre Änderungen verwerfen und %1 neu laden?</translation>
    </message>
    <message>
        <source>your edits</source>
        <translation>Ihre Änderungen</translation>
    </message>
    <message>
        <source>on disk</source>
        <translation>auf der Festplatte</translation>
    </message>
    <message>
        <source>Reloaded %1 from disk.</source>
        <translation>%1 wurde von der Festplatte neu geladen.</translation>
    </message>
    <message>
        <source>%1 (on disk now)</source>
        <translation>%1 (jetzt auf der Festplatte)</translation>
    </message>
    <message>
        <source>%1 (your edits)</source>
        <translation>%1 (Ihre Änderungen)</translation>
    </message>
    <message>
        <source>The file on disk is the same as your edits.</source>
        <translation>Die Datei auf der Festplatte entspricht Ihren Änderungen.</translation>
    </message>
    <message>
        <source>Overwrite the version on disk?</source>
        <translation>Die Version auf der Festplatte überschreiben?</translation>
    </message>
    <message>
        <source>Saved %1; the previous version is kept as %2.</source>
        <translation>%1 gespeichert; die vorherige Version bleibt als %2 erhalten.</translation>
    </message>
    <message>
        <source>Not saved: %1 changed on disk. Reload it or compare first.</source>
        <translation>Nicht gespeichert: %1 wurde auf der Festplatte geändert. Erst neu laden oder vergleichen.</translation>
    </message>
    <message>
        <source>%1 (saved)</source>
        <translation>%1 (gespeichert)</translation>
    </message>
    <message>
        <source>%1 (edited)</source>
        <translation>%1 (bearbeitet)</translation>
    </message>
    <message>
        <source>Nothing to save: the editor holds what is on disk.</source>
        <translation>Nichts zu speichern: der Editor enthält, was auf der Festplatte steht.</translation>
    </message>
    <message>
        <source>Save these changes to %1?</source>
        <translation>Diese Änderungen in %1 speichern?</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <source>&amp;Write</source>
        <translation>&amp;Schreiben</translation>
    </message>
    <message>
        <source>Discard your edits?</source>
        <translation>Ihre Änderungen verwerfen?</translation>
    </message>
    <message>
        <source>%1 has edits that are not saved. Close and discard them?</source>
        <translation>%1 hat nicht gespeicherte Änderungen. Schließen und verwerfen?</translation>
    </message>
    <message>
        <source>Cannot read %1 through the privileged helper: %2.</source>
        <translation>%1 kann über den privilegierten Helfer nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>Reading %1 through the privileged helper…</source>
        <translation>%1 wird über den privilegierten Helfer gelesen …</translation>
    </message>
    <message>
        <source>%1 is root&apos;s: saving goes through the privileged helper.</source>
        <translation>%1 gehört root: Das Speichern läuft über den privilegierten Helfer.</translation>
    </message>
    <message>
        <source>%1 was changed by someone else since you opened it. Reload it (your edits are dropped) or compare the two versions; saving will not overwrite it silently.</source>
        <translation>%1 wurde seit dem Öffnen von jemand anderem geändert. Laden Sie die Datei neu (Ihre Änderungen werden verworfen) oder vergleichen Sie beide Fassungen; beim Speichern wird sie nicht stillschweigend überschrieben.</translation>
    </message>
    <message>
        <source>Not saved: %1.</source>
        <translation>Nicht gespeichert: %1.</translation>
    </message>
</context>
<context>
    <name>charon::ui::TrayIcon</name>
    <message>
        <source>Charon Manager tray menu</source>
        <translation>Charon-Manager-Menü im Benachrichtigungsfeld</translation>
    </message>
    <message>
        <source>Show Window</source>
        <translation>Fenster anzeigen</translation>
    </message>
    <message>
        <source>systemd cannot be reached</source>
        <translation>systemd nicht erreichbar</translation>
    </message>
    <message>
        <source>No guests</source>
        <translation>Keine Gäste</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stoppen</translation>
    </message>
    <message>
        <source>Open Console</source>
        <translation>Konsole öffnen</translation>
    </message>
    <message>
        <source>Show in Window</source>
        <translation>Im Fenster anzeigen</translation>
    </message>
    <message>
        <source>Notifications and Watching…</source>
        <translation>Benachrichtigungen und Überwachung…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
</context>
<context>
    <name>charon::ui::WatchSettingsDialog</name>
    <message>
        <source>A guest started</source>
        <translation>Ein Gast wurde gestartet</translation>
    </message>
    <message>
        <source>A guest stopped on request</source>
        <translation>Ein Gast wurde auf Anforderung gestoppt</translation>
    </message>
    <message>
        <source>A guest stopped with FAILURE</source>
        <translation>Ein Gast wurde mit FEHLER beendet</translation>
    </message>
    <message>
        <source>systemd restarts a failed guest</source>
        <translation>systemd startet einen fehlgeschlagenen Gast neu</translation>
    </message>
    <message>
        <source>A start, stop or restart did not succeed</source>
        <translation>Ein Start, Stopp oder Neustart ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>The host&apos;s systemd cannot be reached</source>
        <translation>Das systemd des Hosts ist nicht erreichbar</translation>
    </message>
    <message>
        <source>The host&apos;s systemd can be reached again</source>
        <translation>Das systemd des Hosts ist wieder erreichbar</translation>
    </message>
    <message>
        <source>License key found</source>
        <translation>Lizenzschlüssel gefunden</translation>
    </message>
    <message>
        <source>License key lost</source>
        <translation>Lizenzschlüssel verloren</translation>
    </message>
    <message>
        <source>License key restored</source>
        <translation>Lizenzschlüssel wieder da</translation>
    </message>
    <message>
        <source>No valid license</source>
        <translation>Keine gültige Lizenz</translation>
    </message>
    <message>
        <source>License expiring</source>
        <translation>Lizenz läuft bald ab</translation>
    </message>
    <message>
        <source>License expired</source>
        <translation>Lizenz abgelaufen</translation>
    </message>
    <message>
        <source>The emulator announces a shutdown</source>
        <translation>Der Emulator kündigt ein Herunterfahren an</translation>
    </message>
    <message>
        <source>The guest OS answers</source>
        <translation>Das Gastsystem antwortet</translation>
    </message>
    <message>
        <source>The guest OS does not answer</source>
        <translation>Das Gastsystem antwortet nicht</translation>
    </message>
    <message>
        <source>The guest OS probe fails</source>
        <translation>Die Gastsystem-Prüfung schlägt fehl</translation>
    </message>
    <message>
        <source>Notifications and Watching</source>
        <translation>Benachrichtigungen und Überwachung</translation>
    </message>
    <message>
        <source>Guests</source>
        <translation>Gäste</translation>
    </message>
    <message>
        <source>License</source>
        <translation>Lizenz</translation>
    </message>
    <message>
        <source>Guest OS</source>
        <translation>Gastsystem</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Show a desktop notification when:</source>
        <translation>Eine Desktop-Benachrichtigung zeigen, wenn:</translation>
    </message>
    <message>
        <source>Guest OS probe</source>
        <translation>Gastsystem-Prüfung</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keins</translation>
    </message>
    <message>
        <source>Script:</source>
        <translation>Skript:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Probe interval in seconds</source>
        <translation>Prüfintervall in Sekunden</translation>
    </message>
    <message>
        <source>Probe every:</source>
        <translation>Prüfen alle:</translation>
    </message>
    <message>
        <source>Probe timeout in seconds</source>
        <translation>Prüf-Zeitlimit in Sekunden</translation>
    </message>
    <message>
        <source>Give up after:</source>
        <translation>Aufgeben nach:</translation>
    </message>
    <message>
        <source>Closing the window keeps watching from the tray</source>
        <translation>Schließen des Fensters überwacht weiter im Benachrichtigungsfeld</translation>
    </message>
    <message>
        <source>This desktop has no system tray to come back from.</source>
        <translation>Dieser Desktop hat kein Benachrichtigungsfeld, über das man zurückkehren könnte.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Runs Stromasys Charon emulators as systemd services.</source>
        <translation>Führt Stromasys-Charon-Emulatoren als systemd-Dienste aus.</translation>
    </message>
    <message>
        <source>Manage the guests of your own systemd user manager.</source>
        <translation>Die Gäste Ihres eigenen systemd-Benutzer-Managers verwalten.</translation>
    </message>
    <message>
        <source>Manage the host&apos;s guests (the system manager; default).</source>
        <translation>Die Gäste des Hosts verwalten (der System-Manager; Vorgabe).</translation>
    </message>
    <message>
        <source>Choose --user or --system, not both.
</source>
        <translation>--user oder --system wählen, nicht beides.
</translation>
    </message>
</context>
</TS>
