<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AlertCondition</name>
    <message>
        <source>Negative sentiment: %1 of %2 rated in the last %3 min, too few to judge (%4 needed)</source>
        <translation>Negative Stimmung: %1 von %2 bewerteten Anrufen in den letzten %3 min, zu wenige für eine Aussage (%4 nötig)</translation>
    </message>
    <message>
        <source>Negative sentiment: %1 % (%2 of %3 rated in the last %4 min; limit %5 %)</source>
        <translation>Negative Stimmung: %1 % (%2 von %3 bewerteten Anrufen in den letzten %4 min; Limit %5 %)</translation>
    </message>
    <message numerus="yes">
        <source>%n calls failed with %3 in the last %1 min (limit %2)</source>
        <translation>
            <numerusform>%n Anruf in den letzten %1 min mit %3 fehlgeschlagen (Limit %2)</numerusform>
            <numerusform>%n Anrufe in den letzten %1 min mit %3 fehlgeschlagen (Limit %2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n calls in the last %1 min with %3 = %4 (limit %2)</source>
        <translation>
            <numerusform>%n Anruf in den letzten %1 min mit %3 = %4 (Limit %2)</numerusform>
            <numerusform>%n Anrufe in den letzten %1 min mit %3 = %4 (Limit %2)</numerusform>
        </translation>
    </message>
    <message>
        <source>; newest: %1</source>
        <translation>; neuester: %1</translation>
    </message>
    <message>
        <source>Live calls: %1 (limit %2)</source>
        <translation>Live-Anrufe: %1 (Limit %2)</translation>
    </message>
    <message>
        <source>Outside working hours</source>
        <translation>Außerhalb der Arbeitszeit</translation>
    </message>
    <message>
        <source>Newest call at %1</source>
        <translation>Neuester Anruf um %1</translation>
    </message>
    <message>
        <source>Working hours began at %1</source>
        <translation>Arbeitszeit begann um %1</translation>
    </message>
    <message>
        <source>No new call since %1 (limit %2 min)</source>
        <translation>Kein neuer Anruf seit %1 (Limit %2 min)</translation>
    </message>
    <message>
        <source>No new call since working hours began at %1 (limit %2 min)</source>
        <translation>Kein neuer Anruf seit Beginn der Arbeitszeit um %1 (Limit %2 min)</translation>
    </message>
</context>
<context>
    <name>AlertRule</name>
    <message>
        <source>The rule has no id.</source>
        <translation>Die Regel hat keine ID.</translation>
    </message>
    <message>
        <source>The window must be between 1 and %1 minutes.</source>
        <translation>Das Zeitfenster muss zwischen 1 und %1 Minuten liegen.</translation>
    </message>
    <message>
        <source>The threshold is not a number.</source>
        <translation>Der Schwellenwert ist keine Zahl.</translation>
    </message>
    <message>
        <source>The share must be at least 0 and below 1 (0 % to 99 %).</source>
        <translation>Der Anteil muss mindestens 0 und kleiner als 1 sein (0 % bis 99 %).</translation>
    </message>
    <message>
        <source>The minimum sample must be at least one call.</source>
        <translation>Die Mindeststichprobe muss mindestens einen Anruf umfassen.</translation>
    </message>
    <message>
        <source>The number of failures must be a whole number of at least 1.</source>
        <translation>Die Anzahl der Fehlschläge muss eine ganze Zahl von mindestens 1 sein.</translation>
    </message>
    <message>
        <source>Name at least one end reason.</source>
        <translation>Geben Sie mindestens einen Endgrund an.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an end reason (lower case, digits and _).</source>
        <translation>„%1“ ist kein Endgrund (Kleinbuchstaben, Ziffern und _).</translation>
    </message>
    <message>
        <source>The number of calls must be a whole number of at least 1.</source>
        <translation>Die Anzahl der Anrufe muss eine ganze Zahl von mindestens 1 sein.</translation>
    </message>
    <message>
        <source>Name the analysis field.</source>
        <translation>Geben Sie das Analysefeld an.</translation>
    </message>
    <message>
        <source>Give the value the field is compared with.</source>
        <translation>Geben Sie den Wert an, mit dem das Feld verglichen wird.</translation>
    </message>
    <message>
        <source>The number of live calls must be a whole number of at least 0.</source>
        <translation>Die Anzahl der Live-Anrufe muss eine ganze Zahl von mindestens 0 sein.</translation>
    </message>
    <message>
        <source>The working hours need a valid start and end time.</source>
        <translation>Die Arbeitszeit braucht eine gültige Beginn- und Endzeit.</translation>
    </message>
    <message>
        <source>The working hours start and end at the same time.</source>
        <translation>Die Arbeitszeit beginnt und endet zur selben Uhrzeit.</translation>
    </message>
    <message>
        <source>Choose at least one working day.</source>
        <translation>Wählen Sie mindestens einen Arbeitstag.</translation>
    </message>
    <message>
        <source>Negative sentiment above %1 % of rated calls in the last %2 min (at least %3 rated)</source>
        <translation>Negative Stimmung über %1 % der bewerteten Anrufe in den letzten %2 min (mindestens %3 bewertet)</translation>
    </message>
    <message>
        <source>Failures with %3: at least %1 in the last %2 min</source>
        <translation>Fehlschläge mit %3: mindestens %1 in den letzten %2 min</translation>
    </message>
    <message>
        <source>Calls with %3 = %4: at least %1 in the last %2 min</source>
        <translation>Anrufe mit %3 = %4: mindestens %1 in den letzten %2 min</translation>
    </message>
    <message>
        <source>Live calls: more than %1</source>
        <translation>Live-Anrufe: mehr als %1</translation>
    </message>
    <message>
        <source>No new call for %1 min on %2, %3-%4</source>
        <translation>Kein neuer Anruf innerhalb von %1 min (%2, %3-%4)</translation>
    </message>
</context>
<context>
    <name>AlertRuleSettings</name>
    <message>
        <source>unknown kind &quot;%1&quot; (expected negative_share, end_reason_failures, analysis_field, live_above or no_new_calls)</source>
        <translation>unbekannte Art „%1“ (erwartet: negative_share, end_reason_failures, analysis_field, live_above oder no_new_calls)</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a time of day (HH:mm)</source>
        <translation>%1 „%2“ ist keine Uhrzeit (HH:mm)</translation>
    </message>
    <message>
        <source>workDays &quot;%1&quot; is not a list of days (e.g. Mon-Fri or Mon,Wed)</source>
        <translation>workDays „%1“ ist keine Liste von Tagen (z. B. Mon-Fri oder Mon,Wed)</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not valid</source>
        <translation>%1 „%2“ ist ungültig</translation>
    </message>
    <message>
        <source>Alert rule %1 skipped: %2</source>
        <translation>Alarmregel %1 übersprungen: %2</translation>
    </message>
    <message>
        <source>Alert rule %1: id &quot;%2&quot; is used twice; renamed</source>
        <translation>Alarmregel %1: ID „%2“ ist doppelt vergeben; umbenannt</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>no error</source>
        <translation>kein Fehler</translation>
    </message>
    <message>
        <source>request refused</source>
        <translation>Anfrage abgelehnt</translation>
    </message>
    <message>
        <source>API key rejected</source>
        <translation>API-Schlüssel abgelehnt</translation>
    </message>
    <message>
        <source>API key not allowed to read calls</source>
        <translation>API-Schlüssel darf keine Anrufe lesen</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>nicht gefunden</translation>
    </message>
    <message>
        <source>rate limited</source>
        <translation>Ratenlimit erreicht</translation>
    </message>
    <message>
        <source>server error</source>
        <translation>Serverfehler</translation>
    </message>
    <message>
        <source>cannot reach the server</source>
        <translation>Server nicht erreichbar</translation>
    </message>
    <message>
        <source>the server did not answer in time</source>
        <translation>der Server hat nicht rechtzeitig geantwortet</translation>
    </message>
    <message>
        <source>unreadable response</source>
        <translation>unlesbare Antwort</translation>
    </message>
</context>
<context>
    <name>AppOptions</name>
    <message>
        <source>Live call-monitoring dashboard for DialNexa voice agents.
The API key is read from the OS keychain (Settings) or the CALLBOARD_API_KEY variable.</source>
        <translation>Live-Board zur Anrufüberwachung für DialNexa-Sprachagenten.
Der API-Schlüssel wird aus dem System-Schlüsselbund (Einstellungen) oder der Variablen CALLBOARD_API_KEY gelesen.</translation>
    </message>
    <message>
        <source>Run against the built-in simulator (no account needed).</source>
        <translation>Mit dem integrierten Simulator ausführen (kein Konto nötig).</translation>
    </message>
    <message>
        <source>DialNexa API base URL (default %1).</source>
        <translation>Basis-URL der DialNexa-API (Standard %1).</translation>
    </message>
    <message>
        <source>Seconds between polls (minimum 2, default 5).</source>
        <translation>Sekunden zwischen Abfragen (mindestens 2, Standard 5).</translation>
    </message>
    <message>
        <source>light, dark or contrast.</source>
        <translation>light, dark oder contrast.</translation>
    </message>
    <message>
        <source>Sync once, write the files asked for, and exit.</source>
        <translation>Einmal synchronisieren, die angeforderten Dateien schreiben und beenden.</translation>
    </message>
    <message>
        <source>With --once: render the window to this PNG.</source>
        <translation>Mit --once: das Fenster in diese PNG-Datei rendern.</translation>
    </message>
    <message>
        <source>With --once: write every call to this CSV.</source>
        <translation>Mit --once: alle Anrufe in diese CSV-Datei schreiben.</translation>
    </message>
    <message>
        <source>With --once: window size (default 1600x1000).</source>
        <translation>Mit --once: Fenstergröße (Standard 1600x1000).</translation>
    </message>
    <message>
        <source>--interval needs a whole number of seconds, at least %1</source>
        <translation>--interval erwartet eine ganze Zahl von Sekunden, mindestens %1</translation>
    </message>
    <message>
        <source>--theme must be light, dark or contrast</source>
        <translation>--theme muss light, dark oder contrast sein</translation>
    </message>
    <message>
        <source>--screenshot, --export-csv and --size go with --once</source>
        <translation>--screenshot, --export-csv und --size gehen nur zusammen mit --once</translation>
    </message>
    <message>
        <source>--size needs WIDTHxHEIGHT, for example 1600x1000</source>
        <translation>--size erwartet BREITExHÖHE, zum Beispiel 1600x1000</translation>
    </message>
    <message>
        <source>unexpected argument: %1</source>
        <translation>unerwartetes Argument: %1</translation>
    </message>
    <message>
        <source>--demo and --base-url exclude each other: the demo serves its own API</source>
        <translation>--demo und --base-url schließen sich aus: die Demo stellt ihre eigene API bereit</translation>
    </message>
    <message>
        <source>--size must be between 640x480 and 7680x4320</source>
        <translation>--size muss zwischen 640x480 und 7680x4320 liegen</translation>
    </message>
    <message>
        <source>--screenshot and --export-csv need two different files</source>
        <translation>--screenshot und --export-csv brauchen zwei verschiedene Dateien</translation>
    </message>
    <message>
        <source>Run as a wall display: fullscreen, rotating pages, no menus.</source>
        <translation>Als Wandanzeige ausführen: Vollbild, wechselnde Seiten, keine Menüs.</translation>
    </message>
    <message>
        <source>With --kiosk: the screen, by index or name (default: the primary).</source>
        <translation>Mit --kiosk: der Bildschirm, per Index oder Name (Standard: der Hauptbildschirm).</translation>
    </message>
    <message>
        <source>With --kiosk: seconds each page shows (default 20).</source>
        <translation>Mit --kiosk: Sekunden, die jede Seite angezeigt wird (Standard 20).</translation>
    </message>
    <message>
        <source>Read the settings from this INI file (a display&apos;s provisioning).</source>
        <translation>Die Einstellungen aus dieser INI-Datei lesen (Einrichtung einer Anzeige).</translation>
    </message>
    <message>
        <source>Do not read or write the local call cache.</source>
        <translation>Den lokalen Anruf-Cache weder lesen noch schreiben.</translation>
    </message>
    <message>
        <source>--page-seconds needs a whole number from %1 to 3600</source>
        <translation>--page-seconds erwartet eine ganze Zahl von %1 bis 3600</translation>
    </message>
    <message>
        <source>--screen needs a screen index or name</source>
        <translation>--screen erwartet einen Bildschirmindex oder -namen</translation>
    </message>
    <message>
        <source>Send no API key: the proxy at --base-url adds it, so this computer holds none.</source>
        <translation>Keinen API-Schlüssel senden: Der Proxy unter --base-url fügt ihn hinzu, dieser Computer hat keinen.</translation>
    </message>
    <message>
        <source>Also trust the CA certificates in this PEM file, for the API host only (a proxy with a private CA).</source>
        <translation>Zusätzlich den CA-Zertifikaten in dieser PEM-Datei vertrauen, nur für den API-Host (ein Proxy mit privater CA).</translation>
    </message>
    <message>
        <source>--demo excludes --no-key and --ca-file: the demo serves its own API</source>
        <translation>--demo schließt --no-key und --ca-file aus: Die Demo stellt ihre eigene API bereit</translation>
    </message>
    <message>
        <source>The calls the board shows: today (since local midnight) or the last N hours, e.g. 8h.</source>
        <translation>Die Anrufe, die das Board zeigt: today (seit Mitternacht Ortszeit) oder die letzten N Stunden, z. B. 8h.</translation>
    </message>
    <message>
        <source>--window must be today or a number of hours from 1 to %1, like 8h</source>
        <translation>--window erwartet today oder eine Stundenzahl von 1 bis %1, z. B. 8h</translation>
    </message>
    <message>
        <source>Start with this saved view (filters, chart selection and sort); with --kiosk, the view of the cards page.</source>
        <translation>Mit dieser gespeicherten Ansicht starten (Filter, Diagrammauswahl und Sortierung); mit --kiosk die Ansicht der Kartenseite.</translation>
    </message>
    <message>
        <source>--view needs the name of a saved view</source>
        <translation>--view braucht den Namen einer gespeicherten Ansicht</translation>
    </message>
    <message>
        <source>Run this workspace alone (its name); without it the window watches every workspace and --once --export-csv writes them all, with a workspace column.</source>
        <translation>Nur diesen Arbeitsbereich zeigen (sein Name); ohne die Option beobachtet das Fenster alle Arbeitsbereiche und --once --export-csv schreibt sie alle, mit einer Spalte workspace.</translation>
    </message>
    <message>
        <source>--workspace needs the name of a workspace</source>
        <translation>--workspace braucht den Namen eines Arbeitsbereichs</translation>
    </message>
    <message>
        <source>--screenshot needs a file name, like board.png</source>
        <translation>--screenshot braucht einen Dateinamen, z. B. board.png</translation>
    </message>
    <message>
        <source>--export-csv needs a file name, like calls.csv</source>
        <translation>--export-csv braucht einen Dateinamen, z. B. calls.csv</translation>
    </message>
    <message>
        <source>--screenshot writes .png or .jpg pictures, not “%1”</source>
        <translation>--screenshot schreibt Bilder als .png oder .jpg, nicht „%1“</translation>
    </message>
    <message>
        <source>With --kiosk: the pages to rotate, from cards, charts, kpis, campaigns, workspaces.</source>
        <translation>Mit --kiosk: die Seiten, die wechseln, aus cards, charts, kpis, campaigns, workspaces.</translation>
    </message>
</context>
<context>
    <name>Badge</name>
    <message>
        <source>No sentiment</source>
        <translation>Keine Stimmung</translation>
    </message>
</context>
<context>
    <name>BoardWindow</name>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>Letzte Stunde</translation>
    </message>
    <message>
        <source>Last %1 hours</source>
        <translation>Letzte %1 Stunden</translation>
    </message>
</context>
<context>
    <name>CampaignRows</name>
    <message>
        <source> · %1 % negative</source>
        <translation> · %1 % negativ</translation>
    </message>
    <message>
        <source> · %1 % done</source>
        <translation> · %1 % erledigt</translation>
    </message>
    <message>
        <source> · %1 of %2 leads sent</source>
        <translation> · %1 von %2 Kontakten angerufen</translation>
    </message>
    <message>
        <source> · %1 picked up</source>
        <translation> · %1 angenommen</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln calls · %1 live · %2 % connected</source>
        <translation>
            <numerusform>%Ln Anruf · %1 live · %2 % verbunden</numerusform>
            <numerusform>%Ln Anrufe · %1 live · %2 % verbunden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CardContent</name>
    <message>
        <source>no sentiment yet</source>
        <translation>noch keine Stimmung</translation>
    </message>
    <message>
        <source>positive sentiment</source>
        <translation>positive Stimmung</translation>
    </message>
    <message>
        <source>neutral sentiment</source>
        <translation>neutrale Stimmung</translation>
    </message>
    <message>
        <source>negative sentiment</source>
        <translation>negative Stimmung</translation>
    </message>
    <message>
        <source>unknown sentiment</source>
        <translation>unbekannte Stimmung</translation>
    </message>
    <message>
        <source>sentiment %1</source>
        <translation>Stimmung %1</translation>
    </message>
</context>
<context>
    <name>CsvWriter</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>DetailFormat</name>
    <message>
        <source>ddd d MMM yyyy</source>
        <extracomment>Format of a date in the detail pane (QDate::toString format).</extracomment>
        <translation>ddd d. MMM yyyy</translation>
    </message>
    <message>
        <source>ddd d MMM yyyy, HH:mm</source>
        <extracomment>Format of a local date and time in the detail pane (QDateTime::toString format).</extracomment>
        <translation>ddd d. MMM yyyy, HH:mm</translation>
    </message>
    <message>
        <source>ddd d MMM yyyy, HH:mm:ss</source>
        <extracomment>Format of a local date and time with seconds in the detail pane.</extracomment>
        <translation>ddd d. MMM yyyy, HH:mm:ss</translation>
    </message>
    <message>
        <source>Call started</source>
        <translation>Anruf begonnen</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Angenommen</translation>
    </message>
    <message>
        <source>Call ended</source>
        <translation>Anruf beendet</translation>
    </message>
    <message>
        <source>Analysis ready</source>
        <translation>Analyse bereit</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Nutzer</translation>
    </message>
</context>
<context>
    <name>DirectoryReader</name>
    <message>
        <source>the body is not JSON: %1</source>
        <translation>die Antwort ist kein JSON: %1</translation>
    </message>
    <message>
        <source>the body holds no list</source>
        <translation>die Antwort enthält keine Liste</translation>
    </message>
</context>
<context>
    <name>DisplaySleepInhibitor</name>
    <message>
        <source>no D-Bus session bus: the screensaver cannot be held off</source>
        <translation>kein D-Bus-Sitzungsbus: Der Bildschirmschoner kann nicht unterdrückt werden</translation>
    </message>
    <message>
        <source>the desktop refused to hold off the screensaver: %1</source>
        <translation>der Desktop hat das Unterdrücken des Bildschirmschoners abgelehnt: %1</translation>
    </message>
    <message>
        <source>macOS refused to keep the display awake (%1)</source>
        <translation>macOS hat es abgelehnt, den Bildschirm eingeschaltet zu lassen (%1)</translation>
    </message>
    <message>
        <source>Windows refused to keep the display awake</source>
        <translation>Windows hat es abgelehnt, den Bildschirm eingeschaltet zu lassen</translation>
    </message>
</context>
<context>
    <name>Freshness</name>
    <message>
        <source>no data yet</source>
        <translation>noch keine Daten</translation>
    </message>
    <message numerus="yes">
        <source>updated %n h ago</source>
        <translation>
            <numerusform>vor %n Std. aktualisiert</numerusform>
            <numerusform>vor %n Std. aktualisiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>updated %n min ago</source>
        <translation>
            <numerusform>vor %n Min. aktualisiert</numerusform>
            <numerusform>vor %n Min. aktualisiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>updated %n s ago</source>
        <translation>
            <numerusform>vor %n s aktualisiert</numerusform>
            <numerusform>vor %n s aktualisiert</numerusform>
        </translation>
    </message>
    <message>
        <source>retrying</source>
        <translation>neuer Versuch</translation>
    </message>
    <message numerus="yes">
        <source>retrying in %n s</source>
        <translation>
            <numerusform>neuer Versuch in %n s</numerusform>
            <numerusform>neuer Versuch in %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>paused</source>
        <translation>pausiert</translation>
    </message>
    <message>
        <source>Loading… page %1 of %2</source>
        <translation>Wird geladen… Seite %1 von %2</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>rate limited, %1</source>
        <translation>Ratenlimit erreicht, %1</translation>
    </message>
    <message>
        <source>key rejected: it cannot read call logs; set another in Settings</source>
        <translation>Schlüssel abgelehnt: Er kann keine Anrufprotokolle lesen; legen Sie in den Einstellungen einen anderen fest</translation>
    </message>
    <message>
        <source>key rejected: enter a valid API key in Settings</source>
        <translation>Schlüssel abgelehnt: Geben Sie in den Einstellungen einen gültigen API-Schlüssel ein</translation>
    </message>
    <message>
        <source>✕ Not updating</source>
        <translation>✕ Keine Aktualisierung</translation>
    </message>
    <message>
        <source>✕ Stale</source>
        <translation>✕ Veraltet</translation>
    </message>
    <message>
        <source>▲ Stale</source>
        <translation>▲ Veraltet</translation>
    </message>
    <message>
        <source>⟳ Loading</source>
        <translation>⟳ Wird geladen</translation>
    </message>
    <message>
        <source>● Live</source>
        <translation>● Live</translation>
    </message>
    <message>
        <source>⟳ %1</source>
        <translation>⟳ %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>first load not finished</source>
        <translation>erstes Laden nicht abgeschlossen</translation>
    </message>
    <message>
        <source>▲ Retrying</source>
        <translation>▲ Neuer Versuch</translation>
    </message>
    <message>
        <source>cached data</source>
        <translation>Daten aus dem Cache</translation>
    </message>
    <message>
        <source>cached data from %1</source>
        <translation>Daten aus dem Cache von %1</translation>
    </message>
    <message>
        <source>Rate limited by DialNexa — retrying</source>
        <translation>Ratenlimit von DialNexa erreicht — neuer Versuch</translation>
    </message>
    <message numerus="yes">
        <source>Rate limited by DialNexa — retrying in %n s</source>
        <translation>
            <numerusform>Ratenlimit von DialNexa erreicht — neuer Versuch in %n s</numerusform>
            <numerusform>Ratenlimit von DialNexa erreicht — neuer Versuch in %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>Connection lost — retrying</source>
        <translation>Verbindung unterbrochen — neuer Versuch</translation>
    </message>
    <message numerus="yes">
        <source>Connection lost — retrying in %n s</source>
        <translation>
            <numerusform>Verbindung unterbrochen — neuer Versuch in %n s</numerusform>
            <numerusform>Verbindung unterbrochen — neuer Versuch in %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>Showing data from %1</source>
        <translation>Daten von %1 werden angezeigt</translation>
    </message>
    <message>
        <source>No data yet</source>
        <translation>Noch keine Daten</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>the server</source>
        <translation>der Server</translation>
    </message>
    <message>
        <source>%1 not answering, %2</source>
        <translation>%1 antwortet nicht, %2</translation>
    </message>
    <message>
        <source>cannot reach %1, %2</source>
        <translation>%1 nicht erreichbar, %2</translation>
    </message>
</context>
<context>
    <name>IniFileCheck</name>
    <message>
        <source>it holds binary data (a zero byte at byte %1), not INI text</source>
        <translation>sie enthält Binärdaten (ein Nullbyte an Byte %1), keinen INI-Text</translation>
    </message>
    <message>
        <source>it is not UTF-8 text</source>
        <translation>sie ist kein UTF-8-Text</translation>
    </message>
    <message>
        <source>line %1 is neither a [group], a key=value nor a comment</source>
        <translation>Zeile %1 ist weder eine [Gruppe] noch Schlüssel=Wert noch ein Kommentar</translation>
    </message>
</context>
<context>
    <name>KioskConfig</name>
    <message>
        <source>%1: &quot;%2&quot; is not a whole number from %3 to %4; using %5</source>
        <translation>%1: „%2“ ist keine ganze Zahl von %3 bis %4; %5 wird verwendet</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is neither true nor false</source>
        <translation>%1: „%2“ ist weder true noch false</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Anrufe</translation>
    </message>
    <message>
        <source>Durations</source>
        <translation>Anrufdauern</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>Kennzahlen</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Kampagnen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not light, dark or contrast</source>
        <translation>„%1“ ist nicht light, dark oder contrast</translation>
    </message>
    <message>
        <source>a PIN is 4 to 12 digits; leaving is locked until it is fixed</source>
        <translation>eine PIN hat 4 bis 12 Ziffern; das Verlassen des Kiosks bleibt gesperrt, bis sie korrigiert ist</translation>
    </message>
    <message>
        <source>unknown key, ignored (the keys here are %1)</source>
        <translation>unbekannter Schlüssel, ignoriert (gültige Schlüssel hier: %1)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not today or a number of hours like 8h</source>
        <translation>„%1“ ist weder today noch eine Stundenzahl wie 8h</translation>
    </message>
    <message>
        <source>All workspaces</source>
        <translation>Alle Arbeitsbereiche</translation>
    </message>
    <message>
        <source>unknown page &quot;%1&quot;: pages are cards, charts, kpis, campaigns and workspaces</source>
        <translation>unbekannte Seite „%1“: Seiten sind cards, charts, kpis, campaigns und workspaces</translation>
    </message>
    <message>
        <source>no page given: pages are cards, charts, kpis, campaigns and workspaces</source>
        <translation>keine Seite angegeben: Seiten sind cards, charts, kpis, campaigns und workspaces</translation>
    </message>
    <message>
        <source>screens= does not list “%1”, so this group is ignored (add it: screens=%1)</source>
        <translation>screens= nennt „%1“ nicht, daher wird diese Gruppe ignoriert (ergänzen: screens=%1)</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Live</source>
        <translation>Live</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Verbunden</translation>
    </message>
    <message>
        <source>Not reached</source>
        <translation>Nicht erreicht</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstige</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Initiated</source>
        <translation>Eingeleitet</translation>
    </message>
    <message>
        <source>Ringing</source>
        <translation>Klingelt</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>Besetzt</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Keine Antwort</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Retries expired</source>
        <translation>Versuche erschöpft</translation>
    </message>
    <message>
        <source>Voicemail</source>
        <translation>Mailbox</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Positive</source>
        <translation>Positiv</translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation>Neutral</translation>
    </message>
    <message>
        <source>Negative</source>
        <translation>Negativ</translation>
    </message>
    <message>
        <source>Agent hung up</source>
        <translation>Agent hat aufgelegt</translation>
    </message>
    <message>
        <source>Caller hung up</source>
        <translation>Anrufer hat aufgelegt</translation>
    </message>
    <message>
        <source>Line busy</source>
        <translation>Leitung besetzt</translation>
    </message>
    <message>
        <source>Invalid number</source>
        <translation>Ungültige Nummer</translation>
    </message>
    <message>
        <source>Unknown reason</source>
        <translation>Unbekannter Grund</translation>
    </message>
    <message>
        <source>Network failure</source>
        <translation>Netzwerkfehler</translation>
    </message>
    <message>
        <source>Voicemail detected</source>
        <translation>Mailbox erkannt</translation>
    </message>
    <message>
        <source>Unreachable</source>
        <translation>Nicht erreichbar</translation>
    </message>
    <message>
        <source>Destination forbidden</source>
        <translation>Ziel nicht zulässig</translation>
    </message>
    <message>
        <source>System failure</source>
        <translation>Systemfehler</translation>
    </message>
    <message>
        <source>System at capacity</source>
        <translation>System ausgelastet</translation>
    </message>
    <message>
        <source>Insufficient balance</source>
        <translation>Guthaben unzureichend</translation>
    </message>
    <message numerus="yes">
        <source>%n d ago</source>
        <translation>
            <numerusform>vor %n Tag</numerusform>
            <numerusform>vor %n Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>vor %n Std.</numerusform>
            <numerusform>vor %n Std.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>vor %n Min.</numerusform>
            <numerusform>vor %n Min.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n s ago</source>
        <translation>
            <numerusform>vor %n s</numerusform>
            <numerusform>vor %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message>
        <source>Inbound</source>
        <translation>Eingehend</translation>
    </message>
    <message>
        <source>Outbound</source>
        <translation>Ausgehend</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Web</source>
        <translation>Web</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Wartet</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Gelöscht</translation>
    </message>
</context>
<context>
    <name>PngFile</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>pictures are written as .png or .jpg</source>
        <translation>Bilder werden als .png oder .jpg geschrieben</translation>
    </message>
</context>
<context>
    <name>SavedView</name>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
</context>
<context>
    <name>SavedViewSettings</name>
    <message>
        <source>unknown key &quot;%1&quot; (the keys of a view are %2)</source>
        <translation>unbekannter Schlüssel „%1“ (die Schlüssel einer Ansicht sind %2)</translation>
    </message>
    <message>
        <source>it has no name</source>
        <translation>sie hat keinen Namen</translation>
    </message>
    <message>
        <source>unknown status &quot;%1&quot; (statuses are %2)</source>
        <translation>unbekannter Status „%1“ (Status sind %2)</translation>
    </message>
    <message>
        <source>unknown sentiment &quot;%1&quot; (sentiments are %2)</source>
        <translation>unbekannte Stimmung „%1“ (Stimmungen sind %2)</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a number of seconds</source>
        <translation>%1 „%2“ ist keine Anzahl Sekunden</translation>
    </message>
    <message>
        <source>minDurationSec is above maxDurationSec</source>
        <translation>minDurationSec liegt über maxDurationSec</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a date and time like 2026-11-28T14:00:00Z</source>
        <translation>%1 „%2“ ist kein Datum mit Uhrzeit wie 2026-11-28T14:00:00Z</translation>
    </message>
    <message>
        <source>unknown sort &quot;%1&quot; (newest, longest or status)</source>
        <translation>unbekannte Sortierung „%1“ (newest, longest oder status)</translation>
    </message>
    <message>
        <source>views: &quot;%1&quot; is not a group of views; ignored</source>
        <translation>views: „%1“ ist keine Gruppe von Ansichten; ignoriert</translation>
    </message>
    <message>
        <source>views/list: &quot;%1&quot; is not a list of views; no saved views are offered</source>
        <translation>views/list: „%1“ ist keine Liste von Ansichten; es werden keine gespeicherten Ansichten angeboten</translation>
    </message>
    <message>
        <source>views/list/%1: not a numbered view, ignored</source>
        <translation>views/list/%1: keine nummerierte Ansicht, ignoriert</translation>
    </message>
    <message>
        <source>another view already has this name</source>
        <translation>eine andere Ansicht trägt schon diesen Namen</translation>
    </message>
    <message>
        <source>saved view %1 (“%2”): %3; it is left out until that is fixed</source>
        <translation>gespeicherte Ansicht %1 („%2“): %3; sie wird ausgelassen, bis das behoben ist</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Callboard settings</source>
        <translation>Callboard-Einstellungen</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>API &amp;base URL</source>
        <translation>API-&amp;Basis-URL</translation>
    </message>
    <message>
        <source>API base URL</source>
        <translation>API-Basis-URL</translation>
    </message>
    <message>
        <source>https://api.dialnexa.com/v1</source>
        <translation>https://api.dialnexa.com/v1</translation>
    </message>
    <message>
        <source>API &amp;key</source>
        <translation>API-&amp;Schlüssel</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>Paste the workspace API key</source>
        <translation>API-Schlüssel des Workspace einfügen</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Show or hide the API key</source>
        <translation>API-Schlüssel anzeigen oder verbergen</translation>
    </message>
    <message>
        <source>Show the API key</source>
        <translation>API-Schlüssel anzeigen</translation>
    </message>
    <message>
        <source>Kept in the OS keychain, never in the settings file.</source>
        <translation>Wird im System-Schlüsselbund gespeichert, nie in der Einstellungsdatei.</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation>Ergebnis des Verbindungstests</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>Anzeige</translation>
    </message>
    <message>
        <source>&amp;Refresh every</source>
        <translation>Aktualisierungs&amp;intervall</translation>
    </message>
    <message>
        <source>Poll interval in seconds</source>
        <translation>Abfrageintervall in Sekunden</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>T&amp;heme</source>
        <translation>&amp;Farbschema</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Farbschema</translation>
    </message>
    <message>
        <source>Save result</source>
        <translation>Ergebnis des Speicherns</translation>
    </message>
    <message>
        <source>&amp;Keep cached calls for</source>
        <translation>Anrufe im &amp;Cache behalten</translation>
    </message>
    <message>
        <source>Days the local cache keeps calls</source>
        <translation>Aufbewahrungsdauer des lokalen Caches in Tagen</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>&amp;No key on this computer: the proxy at this URL adds it</source>
        <translation>&amp;Kein Schlüssel auf diesem Computer: Der Proxy unter dieser URL fügt ihn hinzu</translation>
    </message>
    <message>
        <source>No key on this computer</source>
        <translation>Kein Schlüssel auf diesem Computer</translation>
    </message>
    <message>
        <source>Private &amp;CA:</source>
        <translation>Private &amp;CA:</translation>
    </message>
    <message>
        <source>Private CA certificate file</source>
        <translation>Private CA-Zertifikatsdatei</translation>
    </message>
    <message>
        <source>none: the system&apos;s certificate authorities</source>
        <translation>keine: die Zertifizierungsstellen des Systems</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Choose a CA certificate file</source>
        <translation>CA-Zertifikatsdatei wählen</translation>
    </message>
    <message>
        <source>&amp;Board window</source>
        <translation>&amp;Zeitraum des Boards</translation>
    </message>
    <message>
        <source>Board window</source>
        <translation>Zeitraum des Boards</translation>
    </message>
</context>
<context>
    <name>SimulatorDemo</name>
    <message>
        <source>cannot start the demo simulator</source>
        <translation>Demo-Simulator kann nicht gestartet werden</translation>
    </message>
</context>
<context>
    <name>WeekSchedule</name>
    <message>
        <source>hours must look like 08:00-18:00, not &quot;%1&quot;</source>
        <translation>Uhrzeiten müssen die Form 08:00-18:00 haben, nicht „%1“</translation>
    </message>
    <message>
        <source>days must look like Mon-Fri or Mon,Wed,Fri, not &quot;%1&quot;</source>
        <translation>Tage müssen die Form Mon-Fri oder Mon,Wed,Fri haben, nicht „%1“</translation>
    </message>
    <message>
        <source>no day given</source>
        <translation>kein Tag angegeben</translation>
    </message>
</context>
<context>
    <name>callboard::AgentDurationChart</name>
    <message>
        <source>Mean call duration per agent</source>
        <translation>Mittlere Anrufdauer pro Agent</translation>
    </message>
    <message>
        <source>%d min</source>
        <translation>%d min</translation>
    </message>
    <message>
        <source>Mean duration per agent; click a bar to show that agent&apos;s calls</source>
        <translation>Mittlere Dauer pro Agent; klicken Sie auf einen Balken, um die Anrufe dieses Agenten anzuzeigen</translation>
    </message>
    <message>
        <source>(no agent)</source>
        <translation>(kein Agent)</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Mean duration per agent</source>
        <translation>Mittlere Dauer pro Agent</translation>
    </message>
    <message>
        <source>Per agent</source>
        <translation>Pro Agent</translation>
    </message>
    <message numerus="yes">
        <source>%1
Mean %2 over %n connected call(s)</source>
        <translation>
            <numerusform>%1
Ø %2 über %n verbundenen Anruf</numerusform>
            <numerusform>%1
Ø %2 über %n verbundene Anrufe</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: mean %2 over %n connected call(s)</source>
        <translation>
            <numerusform>%1: im Mittel %2 über %n verbundenen Anruf</numerusform>
            <numerusform>%1: im Mittel %2 über %n verbundene Anrufe</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>callboard::AlertEngine</name>
    <message>
        <source>The rule was changed, switched off or removed.</source>
        <translation>Die Regel wurde geändert, ausgeschaltet oder entfernt.</translation>
    </message>
    <message>
        <source>Alert checks paused.</source>
        <translation>Alarmprüfung pausiert.</translation>
    </message>
    <message>
        <source>The call list was cleared.</source>
        <translation>Die Anrufliste wurde geleert.</translation>
    </message>
</context>
<context>
    <name>callboard::AlertLogDialog</name>
    <message>
        <source>Alert log</source>
        <translation>Alarmprotokoll</translation>
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
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Clear log</source>
        <translation>Protokoll leeren</translation>
    </message>
    <message>
        <source>Raised</source>
        <translation>Ausgelöst</translation>
    </message>
    <message>
        <source>Cleared</source>
        <translation>Aufgehoben</translation>
    </message>
    <message>
        <source>No alerts yet</source>
        <translation>Noch keine Alarme</translation>
    </message>
</context>
<context>
    <name>callboard::AlertPresenter</name>
    <message>
        <source>Callboard</source>
        <translation>Callboard</translation>
    </message>
    <message>
        <source>Callboard alert: %1</source>
        <translation>Callboard-Alarm: %1</translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n alerts — %1</source>
        <translation>
            <numerusform>⚠ Alarm — %1</numerusform>
            <numerusform>⚠ %n Alarme — %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Callboard alert in %1: %2</source>
        <translation>Callboard-Alarm in %1: %2</translation>
    </message>
</context>
<context>
    <name>callboard::AlertRuleDialog</name>
    <message>
        <source>Negative sentiment share</source>
        <translation>Anteil negativer Stimmung</translation>
    </message>
    <message>
        <source>Failures with given end reasons</source>
        <translation>Fehlschläge mit bestimmten Endgründen</translation>
    </message>
    <message>
        <source>Analysis field equals a value</source>
        <translation>Analysefeld hat einen bestimmten Wert</translation>
    </message>
    <message>
        <source>Live calls above a number</source>
        <translation>Live-Anrufe über einem Grenzwert</translation>
    </message>
    <message>
        <source>No new calls during working hours</source>
        <translation>Keine neuen Anrufe während der Arbeitszeit</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Play a sound when it fires</source>
        <translation>Beim Auslösen einen Ton abspielen</translation>
    </message>
    <message>
        <source>Alert rule: %1</source>
        <translation>Alarmregel: %1</translation>
    </message>
    <message>
        <source>optional: a short label for the banner</source>
        <translation>optional: eine kurze Bezeichnung für das Banner</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>&amp;Above:</source>
        <translation>Ü&amp;ber:</translation>
    </message>
    <message>
        <source>&amp;More than:</source>
        <translation>&amp;Mehr als:</translation>
    </message>
    <message>
        <source>&amp;At least:</source>
        <translation>&amp;Mindestens:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>&amp;Quiet for:</source>
        <translation>&amp;Ohne neuen Anruf seit:</translation>
    </message>
    <message>
        <source>&amp;In the last:</source>
        <translation>In den &amp;letzten:</translation>
    </message>
    <message>
        <source>Only with at &amp;least:</source>
        <translation>Nur bei &amp;mindestens:</translation>
    </message>
    <message>
        <source>&amp;End reasons:</source>
        <translation>&amp;Endgründe:</translation>
    </message>
    <message>
        <source>Analysis &amp;field:</source>
        <translation>Analyse&amp;feld:</translation>
    </message>
    <message>
        <source>E&amp;quals:</source>
        <translation>Ist &amp;gleich:</translation>
    </message>
    <message>
        <source>Working hours &amp;from:</source>
        <translation>Arbeitszeit &amp;von:</translation>
    </message>
    <message>
        <source>&amp;to:</source>
        <translation>&amp;bis:</translation>
    </message>
    <message>
        <source>&amp;Days:</source>
        <translation>&amp;Tage:</translation>
    </message>
    <message>
        <source>Days must look like Mon-Fri or Mon,Wed,Fri.</source>
        <translation>Geben Sie die Tage in der Form Mon-Fri oder Mon,Wed,Fri an.</translation>
    </message>
    <message>
        <source>This rule cannot be checked.</source>
        <translation>Diese Regel kann nicht geprüft werden.</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>End reasons</source>
        <translation>Endgründe</translation>
    </message>
</context>
<context>
    <name>callboard::AlertRulesEditor</name>
    <message>
        <source>&amp;Edit…</source>
        <translation>Bearb&amp;eiten…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>Entfe&amp;rnen</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Sound</source>
        <translation>Ton</translation>
    </message>
    <message>
        <source>Alert rules</source>
        <translation>Alarmregeln</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>Negative sentiment share…</source>
        <translation>Anteil negativer Stimmung…</translation>
    </message>
    <message>
        <source>Failures with given end reasons…</source>
        <translation>Fehlschläge mit bestimmten Endgründen…</translation>
    </message>
    <message>
        <source>Analysis field equals a value…</source>
        <translation>Analysefeld hat einen bestimmten Wert…</translation>
    </message>
    <message>
        <source>Live calls above a number…</source>
        <translation>Live-Anrufe über einem Grenzwert…</translation>
    </message>
    <message>
        <source>No new calls during working hours…</source>
        <translation>Keine neuen Anrufe während der Arbeitszeit…</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>callboard::AnalysisTile</name>
    <message>
        <source>Analysis field “%1”</source>
        <translation>Analysefeld „%1“</translation>
    </message>
    <message numerus="yes">
        <source>most common of %n calls</source>
        <translation>
            <numerusform>häufigster Wert aus %n Anruf</numerusform>
            <numerusform>häufigster Wert aus %n Anrufen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>mean of %n calls</source>
        <translation>
            <numerusform>Mittelwert aus %n Anruf</numerusform>
            <numerusform>Mittelwert aus %n Anrufen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n calls</source>
        <translation>
            <numerusform>in %n Anruf</numerusform>
            <numerusform>in %n Anrufen</numerusform>
        </translation>
    </message>
    <message>
        <source>free text</source>
        <translation>Freitext</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1: %2 calls</source>
        <translation>%1: %2 Anrufe</translation>
    </message>
    <message>
        <source>%1 % yes</source>
        <translation>%1 % ja</translation>
    </message>
    <message numerus="yes">
        <source>yes in %1 of %n calls</source>
        <translation>
            <numerusform>ja in %1 von %n Anruf</numerusform>
            <numerusform>ja in %1 von %n Anrufen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>a date or time in %n calls</source>
        <translation>
            <numerusform>ein Datum oder eine Uhrzeit in %n Anruf</numerusform>
            <numerusform>ein Datum oder eine Uhrzeit in %n Anrufen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>callboard::AnalysisTilesView</name>
    <message>
        <source>Analysis fields</source>
        <translation>Analysefelder</translation>
    </message>
    <message>
        <source>No call has post-call analysis yet. Fields appear here as calls are analysed.</source>
        <translation>Noch kein Anruf hat eine Analyse nach Gesprächsende. Felder erscheinen hier, sobald Anrufe analysiert werden.</translation>
    </message>
</context>
<context>
    <name>callboard::AnalysisView</name>
    <message>
        <source>✓ Yes</source>
        <translation>✓ Ja</translation>
    </message>
    <message>
        <source>✗ No</source>
        <translation>✗ Nein</translation>
    </message>
</context>
<context>
    <name>callboard::AppController</name>
    <message>
        <source>The system keychain cannot be read</source>
        <translation>Der System-Schlüsselbund kann nicht gelesen werden</translation>
    </message>
    <message numerus="yes">
        <source>%1
This board tries again every %n minutes.</source>
        <translation>
            <numerusform>%1
Dieses Board versucht es jede Minute erneut.</numerusform>
            <numerusform>%1
Dieses Board versucht es alle %n Minuten erneut.</numerusform>
        </translation>
    </message>
    <message>
        <source>no API key: set CALLBOARD_API_KEY, or use --demo</source>
        <translation>kein API-Schlüssel: CALLBOARD_API_KEY setzen oder --demo verwenden</translation>
    </message>
    <message>
        <source>No API key for this display</source>
        <translation>Kein API-Schlüssel für diese Anzeige</translation>
    </message>
    <message numerus="yes">
        <source>Store the key in this account&apos;s system keychain (Callboard&apos;s Settings in a desktop session): this board looks for it every %n minutes. A key given as CALLBOARD_API_KEY needs the board restarted.</source>
        <translation>
            <numerusform>Speichern Sie den Schlüssel im System-Schlüsselbund dieses Kontos (Callboards Einstellungen in einer Desktop-Sitzung): Dieses Board sucht jede Minute danach. Ein über CALLBOARD_API_KEY gesetzter Schlüssel erfordert einen Neustart des Boards.</numerusform>
            <numerusform>Speichern Sie den Schlüssel im System-Schlüsselbund dieses Kontos (Callboards Einstellungen in einer Desktop-Sitzung): Dieses Board sucht alle %n Minuten danach. Ein über CALLBOARD_API_KEY gesetzter Schlüssel erfordert einen Neustart des Boards.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: the board shows every call</source>
        <translation>%1: Das Board zeigt alle Anrufe</translation>
    </message>
    <message>
        <source>no saved view named “%1” (saved views: %2)</source>
        <translation>keine gespeicherte Ansicht namens „%1“ (gespeicherte Ansichten: %2)</translation>
    </message>
    <message>
        <source>%1: the cards page shows every call</source>
        <translation>%1: Die Kartenseite zeigt alle Anrufe</translation>
    </message>
    <message>
        <source>no screen matches the kiosk&apos;s screens setting</source>
        <translation>kein Bildschirm passt zur Kiosk-Einstellung screens</translation>
    </message>
    <message>
        <source>The server asks for an API key</source>
        <translation>Der Server verlangt einen API-Schlüssel</translation>
    </message>
    <message>
        <source>%1
This display holds no key (noKey=true): its base URL must be the proxy that adds one.</source>
        <translation>%1
Diese Anzeige hat keinen Schlüssel (noKey=true): Ihre Basis-URL muss der Proxy sein, der einen hinzufügt.</translation>
    </message>
    <message>
        <source>This API key cannot read call logs</source>
        <translation>Dieser API-Schlüssel kann keine Anrufprotokolle lesen</translation>
    </message>
    <message>
        <source>The API key was rejected</source>
        <translation>Der API-Schlüssel wurde abgelehnt</translation>
    </message>
    <message numerus="yes">
        <source>%1
Ask an administrator to store a valid key for this display: one in the keychain is picked up within %n minutes; CALLBOARD_API_KEY needs the board restarted.</source>
        <translation>
            <numerusform>%1
Bitten Sie einen Administrator, einen gültigen Schlüssel für diese Anzeige zu hinterlegen: Einer im Schlüsselbund wird innerhalb einer Minute übernommen; CALLBOARD_API_KEY erfordert einen Neustart des Boards.</numerusform>
            <numerusform>%1
Bitten Sie einen Administrator, einen gültigen Schlüssel für diese Anzeige zu hinterlegen: Einer im Schlüsselbund wird innerhalb von %n Minuten übernommen; CALLBOARD_API_KEY erfordert einen Neustart des Boards.</numerusform>
        </translation>
    </message>
    <message>
        <source>This board cannot start</source>
        <translation>Dieses Board kann nicht starten</translation>
    </message>
    <message numerus="yes">
        <source>%n saved views cannot be read (View › Saved views)</source>
        <translation>
            <numerusform>Eine gespeicherte Ansicht ist unlesbar (Ansicht › Gespeicherte Ansichten)</numerusform>
            <numerusform>%n gespeicherte Ansichten sind unlesbar (Ansicht › Gespeicherte Ansichten)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — Callboard</source>
        <translation>%1 — Callboard</translation>
    </message>
    <message>
        <source>Settings — %1</source>
        <translation>Einstellungen — %1</translation>
    </message>
</context>
<context>
    <name>callboard::BoardSession</name>
    <message>
        <source>this build has no demo</source>
        <translation>dieser Build enthält keine Demo</translation>
    </message>
    <message>
        <source>no API key</source>
        <translation>kein API-Schlüssel</translation>
    </message>
</context>
<context>
    <name>callboard::CacheWorker</name>
    <message>
        <source>The local cache %1 was written by a newer Callboard; going on without it.</source>
        <translation>Der lokale Cache %1 wurde von einer neueren Callboard-Version geschrieben; Callboard arbeitet ohne ihn weiter.</translation>
    </message>
    <message>
        <source>The local cache %1 is locked by another program; going on without it.</source>
        <translation>Der lokale Cache %1 ist von einem anderen Programm gesperrt; Callboard arbeitet ohne ihn weiter.</translation>
    </message>
    <message>
        <source>Cannot write the local cache %1 (%2); going on without it.</source>
        <translation>Der lokale Cache %1 kann nicht geschrieben werden (%2); Callboard arbeitet ohne ihn weiter.</translation>
    </message>
    <message>
        <source>The local cache %1 failed (%2); going on without it.</source>
        <translation>Fehler im lokalen Cache %1 (%2); Callboard arbeitet ohne ihn weiter.</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>Ordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>The local cache %1 is damaged (%2) and could not be moved aside; going on without it.</source>
        <translation>Der lokale Cache %1 ist beschädigt (%2) und konnte nicht beiseitegelegt werden; Callboard arbeitet ohne ihn weiter.</translation>
    </message>
    <message>
        <source>The local cache was damaged; it was moved aside to %1 and a new one was started.</source>
        <translation>Der lokale Cache war beschädigt; er wurde nach %1 verschoben und ein neuer angelegt.</translation>
    </message>
    <message>
        <source>The local cache was damaged and was moved aside to %1; a new one could not be started (%2); going on without it.</source>
        <translation>Der lokale Cache war beschädigt und wurde nach %1 verschoben; ein neuer konnte nicht angelegt werden (%2); Callboard arbeitet ohne ihn weiter.</translation>
    </message>
    <message>
        <source>The local cache was found damaged (%1); it was moved aside to %2; going on without it.</source>
        <translation>Der lokale Cache wurde beschädigt vorgefunden (%1); er wurde nach %2 verschoben; Callboard arbeitet ohne ihn weiter.</translation>
    </message>
    <message>
        <source>The local cache %1 stopped working (%2); going on without it.</source>
        <translation>Der lokale Cache %1 funktioniert nicht mehr (%2); Callboard arbeitet ohne ihn weiter.</translation>
    </message>
</context>
<context>
    <name>callboard::CallCardView</name>
    <message>
        <source>Calls</source>
        <translation>Anrufe</translation>
    </message>
    <message numerus="yes">
        <source>%n new calls ↑</source>
        <translation>
            <numerusform>%n neuer Anruf ↑</numerusform>
            <numerusform>%n neue Anrufe ↑</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>callboard::CallDetailPane</name>
    <message>
        <source>Call details</source>
        <translation>Anrufdetails</translation>
    </message>
    <message>
        <source>Select a call to see its analysis, transcript and timeline</source>
        <translation>Wählen Sie einen Anruf aus, um Analyse, Transkript und Verlauf zu sehen</translation>
    </message>
    <message>
        <source>Copy call id</source>
        <translation>Anruf-ID kopieren</translation>
    </message>
    <message>
        <source>Analysis</source>
        <translation>Analyse</translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation>Transkript</translation>
    </message>
    <message>
        <source>Loading transcript…</source>
        <translation>Transkript wird geladen…</translation>
    </message>
    <message>
        <source>Loading transcript</source>
        <translation>Transkript wird geladen</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Retry loading the transcript</source>
        <translation>Transkript erneut laden</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>No analysis for this call.</source>
        <translation>Keine Analyse für diesen Anruf.</translation>
    </message>
    <message>
        <source>The analysis appears after the call ends.</source>
        <translation>Die Analyse erscheint nach dem Ende des Anrufs.</translation>
    </message>
    <message>
        <source>No analysis yet: it usually arrives within a minute of the call ending.</source>
        <translation>Noch keine Analyse: Sie liegt meist innerhalb einer Minute nach Anrufende vor.</translation>
    </message>
    <message>
        <source>No transcript for this call.</source>
        <translation>Kein Transkript für diesen Anruf.</translation>
    </message>
    <message>
        <source>The transcript appears when the call ends.</source>
        <translation>Das Transkript erscheint, wenn der Anruf endet.</translation>
    </message>
    <message>
        <source>No transcript: the call was not answered.</source>
        <translation>Kein Transkript: Der Anruf wurde nicht angenommen.</translation>
    </message>
    <message>
        <source>Could not load the transcript and timeline: %1</source>
        <translation>Transkript und Verlauf konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
    <message>
        <source>Recording</source>
        <translation>Aufnahme</translation>
    </message>
</context>
<context>
    <name>callboard::CallHeaderView</name>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Sentiment</source>
        <translation>Stimmung</translation>
    </message>
    <message>
        <source>Started and duration</source>
        <translation>Beginn und Dauer</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Kampagne</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>An</translation>
    </message>
    <message>
        <source>End reason</source>
        <translation>Endgrund</translation>
    </message>
    <message>
        <source>Call id</source>
        <translation>Anruf-ID</translation>
    </message>
    <message>
        <source>Log id</source>
        <translation>Log-ID</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Batch</translation>
    </message>
    <message>
        <source>Fallback transcriber</source>
        <translation>Ersatz-Transkription</translation>
    </message>
    <message>
        <source>No sentiment</source>
        <translation>Keine Stimmung</translation>
    </message>
    <message>
        <source>%1 long</source>
        <translation>%1 lang</translation>
    </message>
    <message>
        <source>Call not available</source>
        <translation>Anruf nicht verfügbar</translation>
    </message>
    <message>
        <source>Looking up the call…</source>
        <translation>Anruf wird gesucht…</translation>
    </message>
</context>
<context>
    <name>callboard::CampaignsView</name>
    <message>
        <source>Campaigns</source>
        <translation>Kampagnen</translation>
    </message>
    <message>
        <source>No campaign calls in this window</source>
        <translation>Keine Kampagnenanrufe in diesem Zeitraum</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>und %n weitere</numerusform>
            <numerusform>und %n weitere</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>callboard::CategoryBarChart</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>callboard::ChartsPanel</name>
    <message>
        <source>Charts</source>
        <translation>Diagramme</translation>
    </message>
</context>
<context>
    <name>callboard::DialNexaClient</name>
    <message>
        <source>The base URL is not a valid URL.</source>
        <translation>Die Basis-URL ist keine gültige URL.</translation>
    </message>
    <message>
        <source>The base URL must not carry credentials, a query or a fragment.</source>
        <translation>Die Basis-URL darf keine Zugangsdaten, keine Abfrage und kein Fragment enthalten.</translation>
    </message>
    <message>
        <source>The base URL must start with https://.</source>
        <translation>Die Basis-URL muss mit https:// beginnen.</translation>
    </message>
    <message>
        <source>Plain http:// is refused except on this computer (loopback): the API key would travel unencrypted.</source>
        <translation>Unverschlüsseltes http:// wird nur auf diesem Computer (Loopback) akzeptiert: Der API-Schlüssel würde sonst unverschlüsselt übertragen.</translation>
    </message>
    <message>
        <source>unexpected redirect</source>
        <translation>unerwartete Weiterleitung</translation>
    </message>
    <message>
        <source>the CA file %1 cannot be read or holds no PEM certificate</source>
        <translation>die CA-Datei %1 ist nicht lesbar oder enthält kein PEM-Zertifikat</translation>
    </message>
    <message>
        <source>this board sends no API key and %1 asks for one: point the base URL at the proxy that adds the key</source>
        <translation>dieses Board sendet keinen API-Schlüssel und %1 verlangt einen: Richten Sie die Basis-URL auf den Proxy, der den Schlüssel hinzufügt</translation>
    </message>
    <message>
        <source>the proxy %1 answers from its cache: it cannot reach DialNexa</source>
        <translation>der Proxy %1 antwortet aus seinem Cache: Er erreicht DialNexa nicht</translation>
    </message>
</context>
<context>
    <name>callboard::DurationHistogramChart</name>
    <message>
        <source>30–60 s</source>
        <translation>30–60 s</translation>
    </message>
    <message>
        <source>Call duration histogram</source>
        <translation>Histogramm der Anrufdauer</translation>
    </message>
    <message>
        <source>Duration of connected calls</source>
        <translation>Dauer verbundener Anrufe</translation>
    </message>
    <message>
        <source>Connected calls by duration; click a bar to show those calls</source>
        <translation>Verbundene Anrufe nach Dauer; klicken Sie auf einen Balken, um diese Anrufe anzuzeigen</translation>
    </message>
    <message>
        <source>Under 30 s</source>
        <translation>Unter 30 s</translation>
    </message>
    <message>
        <source>1–2 min</source>
        <translation>1–2 min</translation>
    </message>
    <message>
        <source>2–3 min</source>
        <translation>2–3 min</translation>
    </message>
    <message>
        <source>3–5 min</source>
        <translation>3–5 min</translation>
    </message>
    <message>
        <source>5–10 min</source>
        <translation>5–10 min</translation>
    </message>
    <message>
        <source>Over 10 min</source>
        <translation>Über 10 min</translation>
    </message>
    <message>
        <source>%1s</source>
        <translation>%1s</translation>
    </message>
    <message>
        <source>%1m</source>
        <translation>%1min</translation>
    </message>
    <message>
        <source>Call durations</source>
        <translation>Anrufdauern</translation>
    </message>
</context>
<context>
    <name>callboard::DurationOverTimeChart</name>
    <message>
        <source>Calls</source>
        <translation>Anrufe</translation>
    </message>
    <message>
        <source>Calls and mean duration over time</source>
        <translation>Anrufe und mittlere Dauer im Zeitverlauf</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>Buckets of %1 minutes</source>
        <translation>Intervalle von %1 Minuten</translation>
    </message>
    <message>
        <source>One bar per %1 minutes</source>
        <translation>Ein Balken pro %1 Minuten</translation>
    </message>
    <message>
        <source>Calls per time bucket; click a bar to show those calls</source>
        <translation>Anrufe pro Zeitintervall; klicken Sie auf einen Balken, um diese Anrufe anzuzeigen</translation>
    </message>
    <message>
        <source>Calls over time</source>
        <translation>Anrufe im Zeitverlauf</translation>
    </message>
    <message>
        <source>Mean duration (min)</source>
        <translation>Ø Dauer (min)</translation>
    </message>
    <message>
        <source>Mean (min)</source>
        <translation>Ø (min)</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n call(s)</source>
        <translation>
            <numerusform>%1: %n Anruf</numerusform>
            <numerusform>%1: %n Anrufe</numerusform>
        </translation>
    </message>
    <message>
        <source>, mean %1</source>
        <translation>, im Mittel %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 (so far): %n call(s)</source>
        <translation>
            <numerusform>%1 (bisher): %n Anruf</numerusform>
            <numerusform>%1 (bisher): %n Anrufe</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>callboard::EmptyResultNotice</name>
    <message>
        <source>No calls match these filters</source>
        <translation>Keine Anrufe entsprechen diesen Filtern</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Filter zurücksetzen</translation>
    </message>
    <message>
        <source>Retry now</source>
        <translation>Jetzt wiederholen</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Einstellungen…</translation>
    </message>
    <message>
        <source>No calls to show: %1</source>
        <translation>Keine Anrufe anzuzeigen: %1</translation>
    </message>
</context>
<context>
    <name>callboard::FilterBar</name>
    <message>
        <source>Search calls</source>
        <translation>Anrufe durchsuchen</translation>
    </message>
    <message>
        <source>Show only %1 calls (Alt+%2)</source>
        <translation>Nur Anrufe „%1“ anzeigen (Alt+%2)</translation>
    </message>
    <message>
        <source>Filter: %1</source>
        <translation>Filter: %1</translation>
    </message>
    <message>
        <source>Sentiment</source>
        <translation>Stimmung</translation>
    </message>
    <message>
        <source>Sentiment filter</source>
        <translation>Stimmungsfilter</translation>
    </message>
    <message>
        <source>Duration filter</source>
        <translation>Dauerfilter</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>Neueste zuerst</translation>
    </message>
    <message>
        <source>Longest first</source>
        <translation>Längste zuerst</translation>
    </message>
    <message>
        <source>By status</source>
        <translation>Nach Status</translation>
    </message>
    <message>
        <source>Sort order</source>
        <translation>Sortierung</translation>
    </message>
    <message>
        <source>Agent filter</source>
        <translation>Agentenfilter</translation>
    </message>
    <message>
        <source>Campaign filter</source>
        <translation>Kampagnenfilter</translation>
    </message>
    <message>
        <source>End reason filter</source>
        <translation>Endgrundfilter</translation>
    </message>
    <message>
        <source>Remove the chart selection</source>
        <translation>Diagrammauswahl entfernen</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Filter zurücksetzen</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Kampagne</translation>
    </message>
    <message>
        <source>End reason</source>
        <translation>Endgrund</translation>
    </message>
    <message>
        <source>duration %1–%2</source>
        <translation>Dauer %1–%2</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>von %1 bis %2</translation>
    </message>
    <message>
        <source>Search names, ids, numbers, analysis… (Ctrl+F)</source>
        <translation>Namen, IDs, Nummern, Analyse suchen… (Strg+F)</translation>
    </message>
    <message>
        <source>Chart selection: %1 — click to remove</source>
        <translation>Diagrammauswahl: %1 – zum Entfernen klicken</translation>
    </message>
    <message>
        <source>sentiment %1</source>
        <translation>Stimmung %1</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Under 30 s</source>
        <translation>Unter 30 s</translation>
    </message>
    <message>
        <source>30 s – 2 min</source>
        <translation>30 s – 2 min</translation>
    </message>
    <message>
        <source>2 – 5 min</source>
        <translation>2 – 5 min</translation>
    </message>
    <message>
        <source>Over 5 min</source>
        <translation>Über 5 min</translation>
    </message>
</context>
<context>
    <name>callboard::FirstRunPage</name>
    <message>
        <source>Welcome to Callboard</source>
        <translation>Willkommen bei Callboard</translation>
    </message>
    <message>
        <source>See your DialNexa calls as they happen: connect your workspace&apos;s API key, or look around first with simulated calls.</source>
        <translation>Verfolgen Sie Ihre DialNexa-Anrufe in Echtzeit: Verbinden Sie den API-Schlüssel Ihres Workspace oder sehen Sie sich zuerst mit simulierten Anrufen um.</translation>
    </message>
    <message>
        <source>The key is kept in your system&apos;s keychain, never in a file.</source>
        <translation>Der Schlüssel wird im Schlüsselbund Ihres Systems gespeichert, nie in einer Datei.</translation>
    </message>
    <message>
        <source>Enter API key…</source>
        <translation>API-Schlüssel eingeben…</translation>
    </message>
    <message>
        <source>Start the demo</source>
        <translation>Demo starten</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Willkommen</translation>
    </message>
    <message>
        <source>Enter API key</source>
        <translation>API-Schlüssel eingeben</translation>
    </message>
</context>
<context>
    <name>callboard::KeychainSecretStore</name>
    <message>
        <source>Run a Secret Service (GNOME Keyring or KWallet) in the desktop session, or set the CALLBOARD_API_KEY environment variable instead.</source>
        <translation>Starten Sie einen Secret Service (GNOME Keyring oder KWallet) in der Desktop-Sitzung oder setzen Sie stattdessen die Umgebungsvariable CALLBOARD_API_KEY.</translation>
    </message>
    <message>
        <source>Set the CALLBOARD_API_KEY environment variable instead.</source>
        <translation>Setzen Sie stattdessen die Umgebungsvariable CALLBOARD_API_KEY.</translation>
    </message>
    <message>
        <source>No OS keychain is reachable: this session has no D-Bus session bus. %1</source>
        <translation>Kein System-Schlüsselbund erreichbar: Diese Sitzung hat keinen D-Bus-Sitzungsbus. %1</translation>
    </message>
    <message>
        <source>The OS keychain did not answer in time (%1 s).</source>
        <translation>Der System-Schlüsselbund hat nicht rechtzeitig geantwortet (%1 s).</translation>
    </message>
    <message>
        <source>Access to the OS keychain was declined.</source>
        <translation>Der Zugriff auf den System-Schlüsselbund wurde verweigert.</translation>
    </message>
    <message>
        <source>No OS keychain is available on this computer (%1). %2</source>
        <translation>Auf diesem Computer ist kein System-Schlüsselbund verfügbar (%1). %2</translation>
    </message>
    <message>
        <source>The OS keychain failed (%1). %2</source>
        <translation>Fehler im System-Schlüsselbund (%1). %2</translation>
    </message>
</context>
<context>
    <name>callboard::KioskController</name>
    <message>
        <source>Callboard kiosk is showing live calls</source>
        <translation>Callboard-Kiosk zeigt Live-Anrufe</translation>
    </message>
    <message>
        <source>no screen matches &quot;%1&quot; (screens here: %2); the board goes on the primary screen</source>
        <translation>kein Bildschirm passt zu „%1“ (vorhandene Bildschirme: %2); das Board erscheint auf dem Hauptbildschirm</translation>
    </message>
    <message>
        <source>Outside this display&apos;s hours (%1, %2): the board comes back when they begin.</source>
        <translation>Außerhalb der Anzeigezeiten dieses Bildschirms (%1, %2): Das Board erscheint wieder, wenn sie beginnen.</translation>
    </message>
</context>
<context>
    <name>callboard::KioskWindow</name>
    <message>
        <source>Callboard kiosk</source>
        <translation>Callboard-Kiosk</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alarme</translation>
    </message>
    <message>
        <source>Board blanked outside its hours</source>
        <translation>Board außerhalb seiner Anzeigezeiten dunkelgeschaltet</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Anrufe</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>%n alerts — %1</source>
        <translation>
            <numerusform>Alarm — %1</numerusform>
            <numerusform>%n Alarme — %1</numerusform>
        </translation>
    </message>
    <message>
        <source>This board watches one workspace.</source>
        <translation>Diese Tafel beobachtet einen Arbeitsbereich.</translation>
    </message>
</context>
<context>
    <name>callboard::KpiPage</name>
    <message>
        <source>Key figures</source>
        <translation>Kennzahlen</translation>
    </message>
    <message>
        <source>Calls in the last hour</source>
        <translation>Anrufe in der letzten Stunde</translation>
    </message>
    <message>
        <source>Average duration</source>
        <translation>Durchschnittliche Dauer</translation>
    </message>
    <message>
        <source>90 % of calls shorter than</source>
        <translation>90 % der Anrufe kürzer als</translation>
    </message>
    <message>
        <source>Why calls did not connect</source>
        <translation>Warum Anrufe nicht zustande kamen</translation>
    </message>
</context>
<context>
    <name>callboard::KpiStrip</name>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Live now</source>
        <translation>Jetzt live</translation>
    </message>
    <message>
        <source>Calls today</source>
        <translation>Anrufe heute</translation>
    </message>
    <message>
        <source>Connect rate</source>
        <translation>Verbindungsquote</translation>
    </message>
    <message>
        <source>Avg / p90 duration</source>
        <translation>Dauer Ø / p90</translation>
    </message>
    <message>
        <source>Negative sentiment</source>
        <translation>Negative Stimmung</translation>
    </message>
    <message>
        <source>Why calls did not connect</source>
        <translation>Warum Anrufe nicht zustande kamen</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>Kennzahlen</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Calls · %1</source>
        <translation>Anrufe · %1</translation>
    </message>
</context>
<context>
    <name>callboard::KpiTile</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>callboard::MainWindow</name>
    <message>
        <source>Callboard</source>
        <translation>Callboard</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Anrufe</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Diagramme</translation>
    </message>
    <message>
        <source>Analysis</source>
        <translation>Analyse</translation>
    </message>
    <message>
        <source>Loading progress</source>
        <translation>Ladefortschritt</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Refresh now</source>
        <translation>Jetzt &amp;aktualisieren</translation>
    </message>
    <message>
        <source>&amp;Export visible calls as CSV…</source>
        <translation>Sichtbare Anrufe als &amp;CSV exportieren…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Save board as &amp;PNG…</source>
        <translation>Board als &amp;PNG speichern…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
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
        <source>Cards as a &amp;list</source>
        <translation>Karten als &amp;Liste</translation>
    </message>
    <message>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <source>Cards as a &amp;grid</source>
        <translation>Karten als &amp;Raster</translation>
    </message>
    <message>
        <source>Ctrl+2</source>
        <translation>Ctrl+2</translation>
    </message>
    <message>
        <source>Show &amp;charts</source>
        <translation>&amp;Diagramme anzeigen</translation>
    </message>
    <message>
        <source>Ctrl+3</source>
        <translation>Ctrl+3</translation>
    </message>
    <message>
        <source>Show &amp;analysis tiles</source>
        <translation>&amp;Analysekacheln anzeigen</translation>
    </message>
    <message>
        <source>Ctrl+4</source>
        <translation>Ctrl+4</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Farbschema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Hoher Kontrast</translation>
    </message>
    <message>
        <source>F&amp;ilter</source>
        <translation>&amp;Filter</translation>
    </message>
    <message>
        <source>&amp;Search…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <source>Only %1 calls</source>
        <translation>Nur Anrufe „%1“</translation>
    </message>
    <message>
        <source>&amp;Clear filters</source>
        <translation>Filter &amp;zurücksetzen</translation>
    </message>
    <message>
        <source>Ctrl+Shift+X</source>
        <translation>Ctrl+Shift+X</translation>
    </message>
    <message>
        <source>Go to the &amp;cards</source>
        <translation>Zu den &amp;Karten</translation>
    </message>
    <message>
        <source>Ctrl+K</source>
        <translation>Ctrl+K</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Callboard</source>
        <translation>Ü&amp;ber Callboard</translation>
    </message>
    <message>
        <source>About Callboard</source>
        <translation>Über Callboard</translation>
    </message>
    <message>
        <source>Callboard %1
Live call monitoring for DialNexa voice agents.</source>
        <translation>Callboard %1
Live-Anrufüberwachung für DialNexa-Sprachagenten.</translation>
    </message>
    <message>
        <source>Calls shown: %1 of %2</source>
        <translation>Angezeigte Anrufe: %1 von %2</translation>
    </message>
    <message>
        <source>demo data (simulator)</source>
        <translation>Demodaten (Simulator)</translation>
    </message>
    <message>
        <source>Rate limit: %1 of %2 left</source>
        <translation>Ratenlimit: %1 von %2 übrig</translation>
    </message>
    <message>
        <source>Export calls as CSV</source>
        <translation>Anrufe als CSV exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>Save board as PNG</source>
        <translation>Board als PNG speichern</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>Saving failed</source>
        <translation>Speichern fehlgeschlagen</translation>
    </message>
    <message>
        <source>Loading %v / %m</source>
        <translation>Lade %v / %m</translation>
    </message>
    <message>
        <source>Charts (all calls)</source>
        <translation>Diagramme (alle Anrufe)</translation>
    </message>
    <message>
        <source>Analysis (all calls)</source>
        <translation>Analyse (alle Anrufe)</translation>
    </message>
    <message>
        <source>Alert &amp;log…</source>
        <translation>Alarm&amp;protokoll…</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>Click a campaign to show its calls</source>
        <translation>Eine Kampagne anklicken, um ihre Anrufe zu zeigen</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Kampagnen</translation>
    </message>
    <message>
        <source>This API key may not read agent and campaign names: the board shows their ids</source>
        <translation>Dieser API-Schlüssel darf keine Agenten- und Kampagnennamen lesen: Die Tafel zeigt ihre IDs</translation>
    </message>
    <message>
        <source>Show ca&amp;mpaigns</source>
        <translation>Ka&amp;mpagnen zeigen</translation>
    </message>
    <message>
        <source>Ctrl+5</source>
        <translation>Ctrl+5</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>cannot reach %1 (%2)</source>
        <translation>%1 ist nicht erreichbar (%2)</translation>
    </message>
    <message>
        <source>%1 answers with an error (%2)</source>
        <translation>%1 antwortet mit einem Fehler (%2)</translation>
    </message>
    <message>
        <source>%1 rejected the API key (%2)</source>
        <translation>%1 hat den API-Schlüssel abgelehnt (%2)</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>&amp;Workspaces…</source>
        <translation>&amp;Arbeitsbereiche…</translation>
    </message>
    <message>
        <source>Click for the alert log (Ctrl+L)</source>
        <translation>Klicken öffnet das Alarmprotokoll (Strg+L)</translation>
    </message>
</context>
<context>
    <name>callboard::OneShot</name>
    <message>
        <source>cannot reach %1: %2</source>
        <translation>%1 nicht erreichbar: %2</translation>
    </message>
    <message numerus="yes">
        <source>no complete sync within %n s</source>
        <translation>
            <numerusform>keine vollständige Synchronisierung innerhalb von %n s</numerusform>
            <numerusform>keine vollständige Synchronisierung innerhalb von %n s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>callboard::PageIndicator</name>
    <message>
        <source>Page %1 of %2: %3</source>
        <translation>Seite %1 von %2: %3</translation>
    </message>
</context>
<context>
    <name>callboard::PinPrompt</name>
    <message>
        <source>Enter the PIN to leave the kiosk</source>
        <translation>Geben Sie die PIN ein, um den Kiosk zu verlassen</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong tries: wait %n s</source>
        <translation>
            <numerusform>Zu viele Fehlversuche: bitte %n s warten</numerusform>
            <numerusform>Zu viele Fehlversuche: bitte %n s warten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrong PIN — %n tries left</source>
        <translation>
            <numerusform>Falsche PIN — noch %n Versuch</numerusform>
            <numerusform>Falsche PIN — noch %n Versuche</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>callboard::RecordingDownload</name>
    <message>
        <source>the server answered HTTP %1</source>
        <translation>der Server antwortete mit HTTP %1</translation>
    </message>
    <message>
        <source>the connection was refused</source>
        <translation>die Verbindung wurde abgelehnt</translation>
    </message>
    <message>
        <source>the host was not found</source>
        <translation>der Host wurde nicht gefunden</translation>
    </message>
    <message numerus="yes">
        <source>no answer within %n seconds</source>
        <translation>
            <numerusform>keine Antwort innerhalb von %n Sekunde</numerusform>
            <numerusform>keine Antwort innerhalb von %n Sekunden</numerusform>
        </translation>
    </message>
    <message>
        <source>its certificate is not trusted</source>
        <translation>seinem Zertifikat wird nicht vertraut</translation>
    </message>
    <message>
        <source>it redirects to a link that is not https</source>
        <translation>er leitet auf einen Link ohne https um</translation>
    </message>
    <message>
        <source>a network error</source>
        <translation>ein Netzwerkfehler</translation>
    </message>
    <message>
        <source>the temporary folder is not writable</source>
        <translation>der temporäre Ordner ist nicht beschreibbar</translation>
    </message>
</context>
<context>
    <name>callboard::RecordingPlayer</name>
    <message>
        <source>Recording</source>
        <translation>Aufnahme</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Seek in the recording</source>
        <translation>In der Aufnahme springen</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Länge</translation>
    </message>
    <message>
        <source>Playback speed</source>
        <translation>Wiedergabegeschwindigkeit</translation>
    </message>
    <message>
        <source>%1×</source>
        <comment>playback speed</comment>
        <translation>%1×</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Tempo</translation>
    </message>
    <message>
        <source>Open in browser</source>
        <translation>Im Browser öffnen</translation>
    </message>
    <message>
        <source>Open the recording in the browser</source>
        <translation>Die Aufnahme im Browser öffnen</translation>
    </message>
    <message>
        <source>The recording link is not https, so Callboard does not play or open it.</source>
        <translation>Der Aufnahmelink verwendet kein https, daher spielt oder öffnet Callboard ihn nicht.</translation>
    </message>
    <message>
        <source>Fetching the recording from %1…</source>
        <translation>Aufnahme wird von %1 geladen…</translation>
    </message>
    <message>
        <source>Could not fetch the recording from %1: %2. Open in browser may still reach it; Play tries again.</source>
        <translation>Die Aufnahme konnte nicht von %1 geladen werden: %2. „Im Browser öffnen“ erreicht sie vielleicht trotzdem; „Abspielen“ versucht es erneut.</translation>
    </message>
    <message>
        <source>The recording from %1 could not be played: this computer cannot decode it. Open in browser may still play it.</source>
        <translation>Die Aufnahme von %1 konnte nicht abgespielt werden: Dieser Computer kann sie nicht dekodieren. „Im Browser öffnen“ spielt sie vielleicht trotzdem ab.</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Abspielen</translation>
    </message>
    <message>
        <source>Pause the recording</source>
        <translation>Die Aufnahme anhalten</translation>
    </message>
    <message>
        <source>Play the recording</source>
        <translation>Die Aufnahme abspielen</translation>
    </message>
    <message>
        <source>This call has no recording.</source>
        <translation>Dieser Anruf hat keine Aufnahme.</translation>
    </message>
    <message>
        <source>Opens the recording from %1 in the web browser</source>
        <translation>Öffnet die Aufnahme von %1 im Webbrowser</translation>
    </message>
    <message>
        <source>Play the recording to seek in it</source>
        <translation>Spielen Sie die Aufnahme ab, um darin zu springen</translation>
    </message>
</context>
<context>
    <name>callboard::SavedViewsDialog</name>
    <message>
        <source>Saved views</source>
        <translation>Gespeicherte Ansichten</translation>
    </message>
    <message>
        <source>Each view keeps the filters, the chart selection and the sort order. Start with one: callboard --view NAME.</source>
        <translation>Jede Ansicht merkt sich die Filter, die Diagrammauswahl und die Sortierung. Mit einer starten: callboard --view NAME.</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Anzeigen</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Not offered, as the settings hold them:
%1</source>
        <translation>Nicht angeboten, so wie die Einstellungen sie enthalten:
%1</translation>
    </message>
</context>
<context>
    <name>callboard::SavedViewsMenu</name>
    <message>
        <source>Saved &amp;views</source>
        <translation>Gespeicherte &amp;Ansichten</translation>
    </message>
    <message>
        <source>&amp;Save current view as…</source>
        <translation>Aktuelle Ansicht &amp;speichern unter…</translation>
    </message>
    <message>
        <source>No saved views</source>
        <translation>Keine gespeicherten Ansichten</translation>
    </message>
    <message>
        <source>&amp;Manage saved views…</source>
        <translation>Gespeicherte Ansichten &amp;verwalten…</translation>
    </message>
    <message>
        <source>Replace saved view?</source>
        <translation>Gespeicherte Ansicht ersetzen?</translation>
    </message>
    <message>
        <source>A view named “%1” already exists. Replace it with the filters and sort shown now?</source>
        <translation>Eine Ansicht namens „%1“ gibt es schon. Durch die jetzt gezeigten Filter und Sortierung ersetzen?</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Ersetzen</translation>
    </message>
    <message>
        <source>Save view</source>
        <translation>Ansicht speichern</translation>
    </message>
    <message>
        <source>Name for the filters, chart selection and sort shown now:</source>
        <translation>Name für die jetzt gezeigten Filter, Diagrammauswahl und Sortierung:</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
</context>
<context>
    <name>callboard::SettingsDialog</name>
    <message>
        <source>Last 2 hours</source>
        <translation>Letzte 2 Stunden</translation>
    </message>
    <message>
        <source>Last 8 hours</source>
        <translation>Letzte 8 Stunden</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Letzte 24 Stunden</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Hoher Kontrast</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Verbergen</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>The OS keychain could not be read: %1</source>
        <translation>Der System-Schlüsselbund konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Enter an API key to test the connection.</source>
        <translation>Geben Sie einen API-Schlüssel ein, um die Verbindung zu testen.</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>Verbindung wird getestet…</translation>
    </message>
    <message>
        <source>Connected — no calls yet today</source>
        <translation>Verbunden — heute noch keine Anrufe</translation>
    </message>
    <message>
        <source>Cannot reach %1: %2</source>
        <translation>%1 nicht erreichbar: %2</translation>
    </message>
    <message>
        <source>Saving the API key in the OS keychain…</source>
        <translation>API-Schlüssel wird im System-Schlüsselbund gespeichert…</translation>
    </message>
    <message>
        <source>Your other settings are saved, but the API key could not be stored: %1 Callboard can still use the key until it quits.</source>
        <translation>Ihre übrigen Einstellungen wurden gespeichert, aber der API-Schlüssel konnte nicht abgelegt werden: %1 Callboard kann den Schlüssel trotzdem verwenden, bis es beendet wird.</translation>
    </message>
    <message>
        <source>Use for this session</source>
        <translation>Für diese Sitzung verwenden</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alarme</translation>
    </message>
    <message>
        <source>A firing rule shows in the status bar and as a desktop notification; on a wall display as a banner and a colour pulse.</source>
        <translation>Eine ausgelöste Regel erscheint in der Statusleiste und als Desktop-Benachrichtigung, auf einer Wandanzeige als Banner mit pulsierender Farbe.</translation>
    </message>
    <message>
        <source>Wall display</source>
        <translation>Wandanzeige</translation>
    </message>
    <message>
        <source>none: Ctrl+Q leaves the kiosk</source>
        <translation>keine: Strg+Q beendet den Kiosk</translation>
    </message>
    <message>
        <source>Kiosk PIN</source>
        <translation>Kiosk-PIN</translation>
    </message>
    <message>
        <source>Kiosk &amp;PIN:</source>
        <translation>Kiosk-&amp;PIN:</translation>
    </message>
    <message>
        <source>A kiosk PIN has 4 to 12 digits.</source>
        <translation>Eine Kiosk-PIN hat 4 bis 12 Ziffern.</translation>
    </message>
    <message>
        <source>CA certificate</source>
        <translation>CA-Zertifikat</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation>PEM-Zertifikate (*.pem *.crt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>The calls the board shows. Today starts again at local midnight; the last N hours slide with the clock. Older calls leave the board.</source>
        <translation>Die Anrufe, die das Board zeigt. „Heute“ beginnt um Mitternacht Ortszeit neu; „letzte N Stunden“ gleitet mit der Uhr. Ältere Anrufe verlassen das Board.</translation>
    </message>
    <message>
        <source>Today (since midnight)</source>
        <translation>Heute (seit Mitternacht)</translation>
    </message>
    <message numerus="yes">
        <source>Last %n hours</source>
        <translation>
            <numerusform>Letzte Stunde</numerusform>
            <numerusform>Letzte %n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Connected — %n calls visible today</source>
        <translation>
            <numerusform>Verbunden — heute %n Anruf sichtbar</numerusform>
            <numerusform>Verbunden — heute %n Anrufe sichtbar</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is set, so it is used instead of a key stored here. A key entered here goes to the OS keychain.</source>
        <translation>%1 ist gesetzt und wird daher statt eines hier gespeicherten Schlüssels verwendet. Ein hier eingegebener Schlüssel wird im System-Schlüsselbund abgelegt.</translation>
    </message>
    <message>
        <source>&amp;Workspaces…</source>
        <translation>&amp;Arbeitsbereiche…</translation>
    </message>
    <message>
        <source>Add, rename or remove workspaces: each has its own API key, calls and alerts</source>
        <translation>Arbeitsbereiche hinzufügen, umbenennen oder entfernen: jeder hat eigenen API-Schlüssel, eigene Anrufe und Alarme</translation>
    </message>
</context>
<context>
    <name>callboard::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
</context>
<context>
    <name>callboard::StatusSentimentChart</name>
    <message>
        <source>Calls by status and sentiment</source>
        <translation>Anrufe nach Status und Stimmung</translation>
    </message>
    <message>
        <source>Calls by status; click a bar to show those calls</source>
        <translation>Anrufe nach Status; klicken Sie auf einen Balken, um diese Anrufe anzuzeigen</translation>
    </message>
    <message>
        <source>Calls by sentiment; click a bar to show those calls</source>
        <translation>Anrufe nach Stimmung; klicken Sie auf einen Balken, um diese Anrufe anzuzeigen</translation>
    </message>
    <message>
        <source>Calls by status</source>
        <translation>Anrufe nach Status</translation>
    </message>
    <message>
        <source>By sentiment</source>
        <translation>Nach Stimmung</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Sentiment</source>
        <translation>Stimmung</translation>
    </message>
</context>
<context>
    <name>callboard::SyncEngine</name>
    <message>
        <source>idle</source>
        <translation>inaktiv</translation>
    </message>
    <message>
        <source>syncing</source>
        <translation>wird synchronisiert</translation>
    </message>
    <message>
        <source>live</source>
        <translation>live</translation>
    </message>
    <message>
        <source>backing off</source>
        <translation>wartet vor neuem Versuch</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>offline</translation>
    </message>
    <message>
        <source>key rejected</source>
        <translation>Schlüssel abgelehnt</translation>
    </message>
</context>
<context>
    <name>callboard::TimelineView</name>
    <message>
        <source>No events yet.</source>
        <translation>Noch keine Ereignisse.</translation>
    </message>
    <message>
        <source>Go to %1 in the recording</source>
        <translation>Zu %1 in der Aufnahme springen</translation>
    </message>
</context>
<context>
    <name>callboard::WorkspaceBar</name>
    <message>
        <source>Workspaces</source>
        <translation>Arbeitsbereiche</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message numerus="yes">
        <source> · ⚠ %n alerts</source>
        <translation>
            <numerusform> · ⚠ %n Alarm</numerusform>
            <numerusform> · ⚠ %n Alarme</numerusform>
        </translation>
    </message>
    <message>
        <source>All workspaces</source>
        <translation>Alle Arbeitsbereiche</translation>
    </message>
</context>
<context>
    <name>callboard::WorkspaceHub</name>
    <message>
        <source>no workspace named “%1” (workspaces: %2)</source>
        <translation>kein Arbeitsbereich namens „%1“ (Arbeitsbereiche: %2)</translation>
    </message>
    <message>
        <source>screen %1: no workspace named “%2”; it shows %3</source>
        <translation>Bildschirm %1: kein Arbeitsbereich namens „%2“; er zeigt %3</translation>
    </message>
    <message>
        <source>(primary)</source>
        <translation>(Hauptbildschirm)</translation>
    </message>
    <message>
        <source>%1 — Callboard</source>
        <translation>%1 — Callboard</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>workspace %1: %2</source>
        <translation>Arbeitsbereich %1: %2</translation>
    </message>
    <message>
        <source>the first workspace cannot be removed</source>
        <translation>der erste Arbeitsbereich kann nicht entfernt werden</translation>
    </message>
</context>
<context>
    <name>callboard::WorkspaceOverview</name>
    <message>
        <source>All workspaces — Callboard</source>
        <translation>Alle Arbeitsbereiche — Callboard</translation>
    </message>
    <message>
        <source>All workspaces</source>
        <translation>Alle Arbeitsbereiche</translation>
    </message>
    <message>
        <source>Click a workspace, or press Enter on it, to open its board.</source>
        <translation>Klicken Sie auf einen Arbeitsbereich oder drücken Sie darauf die Eingabetaste, um seine Tafel zu öffnen.</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Arbeitsbereich</translation>
    </message>
    <message>
        <source>Freshness</source>
        <translation>Aktualität</translation>
    </message>
    <message>
        <source>Live now</source>
        <translation>Jetzt live</translation>
    </message>
    <message>
        <source>Calls today</source>
        <translation>Anrufe heute</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Verbunden</translation>
    </message>
    <message>
        <source>Average duration</source>
        <translation>Durchschnittliche Dauer</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alarme</translation>
    </message>
    <message>
        <source>Workspaces and their figures</source>
        <translation>Arbeitsbereiche und ihre Kennzahlen</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>%1 öffnen</translation>
    </message>
</context>
<context>
    <name>callboard::WorkspaceOverviewWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Workspaces…</source>
        <translation>&amp;Arbeitsbereiche…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message numerus="yes">
        <source>%n workspace(s)</source>
        <translation>
            <numerusform>%n Arbeitsbereich</numerusform>
            <numerusform>%n Arbeitsbereiche</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not up to date</source>
        <translation>
            <numerusform>%n nicht aktuell</numerusform>
            <numerusform>%n nicht aktuell</numerusform>
        </translation>
    </message>
    <message>
        <source>all up to date</source>
        <translation>alle aktuell</translation>
    </message>
    <message numerus="yes">
        <source>%n alert(s) firing</source>
        <translation>
            <numerusform>%n Alarm aktiv</numerusform>
            <numerusform>%n Alarme aktiv</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>callboard::Workspaces</name>
    <message>
        <source>Main</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>workspace [%1] is left out: %2</source>
        <translation>Arbeitsbereich [%1] wird ausgelassen: %2</translation>
    </message>
    <message>
        <source>a workspace needs a name</source>
        <translation>ein Arbeitsbereich braucht einen Namen</translation>
    </message>
    <message>
        <source>a workspace name has at most %1 characters</source>
        <translation>ein Arbeitsbereichsname hat höchstens %1 Zeichen</translation>
    </message>
    <message>
        <source>there is already a workspace named “%1”</source>
        <translation>es gibt schon einen Arbeitsbereich namens „%1“</translation>
    </message>
    <message>
        <source>“%1” and “%2” would share the key variable %3</source>
        <translation>„%1“ und „%2“ hätten dieselbe Schlüsselvariable %3</translation>
    </message>
</context>
<context>
    <name>callboard::WorkspacesDialog</name>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Umbenennen…</translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation>&amp;Entfernen…</translation>
    </message>
    <message>
        <source>Workspaces</source>
        <translation>Arbeitsbereiche</translation>
    </message>
    <message>
        <source>Each workspace has its own API key (kept in the system keychain), calls, cache and alert rules. All of them stay up to date; the bar above the board switches between them.</source>
        <translation>Jeder Arbeitsbereich hat seinen eigenen API-Schlüssel (im Schlüsselbund des Systems), seine Anrufe, seinen Cache und seine Alarmregeln. Alle bleiben aktuell; die Leiste über der Tafel wechselt zwischen ihnen.</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <source>Rename workspace</source>
        <translation>Arbeitsbereich umbenennen</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Neuer Name:</translation>
    </message>
    <message>
        <source>The first workspace: its key is CALLBOARD_API_KEY or the keychain&apos;s</source>
        <translation>Der erste Arbeitsbereich: sein Schlüssel ist CALLBOARD_API_KEY oder der aus dem Schlüsselbund</translation>
    </message>
    <message>
        <source>Its key: the keychain&apos;s, or the variable %1</source>
        <translation>Sein Schlüssel: der aus dem Schlüsselbund oder die Variable %1</translation>
    </message>
    <message>
        <source>The workspace was not added: %1</source>
        <translation>Der Arbeitsbereich wurde nicht hinzugefügt: %1</translation>
    </message>
    <message>
        <source>The workspace was not renamed: %1</source>
        <translation>Der Arbeitsbereich wurde nicht umbenannt: %1</translation>
    </message>
    <message>
        <source>Remove workspace</source>
        <translation>Arbeitsbereich entfernen</translation>
    </message>
    <message>
        <source>Remove the workspace “%1”?</source>
        <translation>Den Arbeitsbereich „%1“ entfernen?</translation>
    </message>
    <message>
        <source>Its API key is deleted from the system keychain, and its cached calls and alert rules from this computer. Its calls stay at DialNexa.</source>
        <translation>Sein API-Schlüssel wird aus dem Schlüsselbund des Systems gelöscht, seine zwischengespeicherten Anrufe und Alarmregeln von diesem Computer. Seine Anrufe bleiben bei DialNexa.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>“%1” was removed, but its key could not be deleted from the keychain: %2</source>
        <translation>„%1“ wurde entfernt, aber sein Schlüssel konnte nicht aus dem Schlüsselbund gelöscht werden: %2</translation>
    </message>
    <message>
        <source>Add workspace</source>
        <translation>Arbeitsbereich hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation>&amp;Basis-URL:</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API-&amp;Schlüssel:</translation>
    </message>
    <message>
        <source>&amp;Colour…</source>
        <translation>&amp;Farbe…</translation>
    </message>
    <message>
        <source>Colour of %1</source>
        <translation>Farbe von %1</translation>
    </message>
    <message>
        <source>A workspace needs its API key (or one in %1).</source>
        <translation>Ein Arbeitsbereich braucht seinen API-Schlüssel (oder einen in %1).</translation>
    </message>
    <message>
        <source>%1
%2 · %3</source>
        <translation>%1
%2 · %3</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Simulated DialNexa call-logs API on 127.0.0.1.</source>
        <translation>Simulierte DialNexa-API für Anrufprotokolle auf 127.0.0.1.</translation>
    </message>
    <message>
        <source>TCP port (0: any free one).</source>
        <translation>TCP-Port (0: beliebiger freier Port).</translation>
    </message>
    <message>
        <source>New calls per minute.</source>
        <translation>Neue Anrufe pro Minute.</translation>
    </message>
    <message>
        <source>Workspace seed.</source>
        <translation>Startwert (Seed) für den Workspace.</translation>
    </message>
    <message>
        <source>The API key to accept.</source>
        <translation>Der zu akzeptierende API-Schlüssel.</translation>
    </message>
    <message>
        <source>the config file %1 is not a readable INI file</source>
        <translation>die Konfigurationsdatei %1 ist keine lesbare INI-Datei</translation>
    </message>
    <message>
        <source>Faults to inject, e.g. latency=200,5xx=0.3,429,reset=0.1,truncated=0.1,malformed=0.1,duration_sec,createdAt,bare,unknown_status,directory403</source>
        <translation>Einzuschleusende Fehler, z. B. latency=200,5xx=0.3,429,reset=0.1,truncated=0.1,malformed=0.1,duration_sec,createdAt,bare,unknown_status,directory403</translation>
    </message>
    <message>
        <source>Run “callboard --help” to see the options.</source>
        <translation>„callboard --help“ zeigt die Optionen.</translation>
    </message>
    <message>
        <source>the config file %1 is not an INI file: %2</source>
        <translation>die Konfigurationsdatei %1 ist keine INI-Datei: %2</translation>
    </message>
    <message>
        <source>there is no such file</source>
        <translation>diese Datei gibt es nicht</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>es ist ein Ordner</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>keine Berechtigung</translation>
    </message>
    <message>
        <source>cannot read the config file %1: %2</source>
        <translation>die Konfigurationsdatei %1 kann nicht gelesen werden: %2</translation>
    </message>
</context>
</TS>
