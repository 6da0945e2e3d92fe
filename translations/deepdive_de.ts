<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>DeepDive::ActionRegistry</name>
    <message>
        <source>&amp;Export Progress...</source>
        <translation>Fortschritt &amp;exportieren...</translation>
    </message>
    <message>
        <source>Save your answers, bookmarks and notes to a file, e.g. to move to another computer</source>
        <translation>Ihre Antworten, Lesezeichen und Notizen in einer Datei speichern, etwa für den Umzug auf einen anderen Computer</translation>
    </message>
    <message>
        <source>&amp;Import Progress...</source>
        <translation>Fortschritt &amp;importieren...</translation>
    </message>
    <message>
        <source>Merge answers, bookmarks and notes from an exported file into yours</source>
        <translation>Antworten, Lesezeichen und Notizen aus einer exportierten Datei mit Ihren zusammenführen</translation>
    </message>
    <message>
        <source>&amp;Restore Backup...</source>
        <translation>Sicherung &amp;wiederherstellen...</translation>
    </message>
    <message>
        <source>Bring back your progress from one of the daily backups</source>
        <translation>Ihren Fortschritt aus einer der täglichen Sicherungen wiederherstellen</translation>
    </message>
    <message>
        <source>Save topic summaries as a PDF handout</source>
        <translation>Themenzusammenfassungen als PDF-Unterlage speichern</translation>
    </message>
    <message>
        <source>&amp;Print...</source>
        <translation>&amp;Drucken...</translation>
    </message>
    <message>
        <source>Print topic summaries, with a preview</source>
        <translation>Themenzusammenfassungen drucken, mit Vorschau</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Search...</source>
        <translation>&amp;Suchen...</translation>
    </message>
    <message>
        <source>&amp;Copy Snippet</source>
        <translation>Codebeispiel &amp;kopieren</translation>
    </message>
    <message>
        <source>Copy the snippet&apos;s code to the clipboard</source>
        <translation>Den Quelltext des Codebeispiels in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <source>Larger code</source>
        <translation>Code größer darstellen</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <source>Smaller code</source>
        <translation>Code kleiner darstellen</translation>
    </message>
    <message>
        <source>&amp;Reset Zoom</source>
        <translation>&amp;Originalgröße</translation>
    </message>
    <message>
        <source>Code at the system&apos;s fixed font size</source>
        <translation>Code in der Größe der Festbreitenschrift des Systems</translation>
    </message>
    <message>
        <source>Go to &amp;Topics</source>
        <translation>Zur &amp;Themenliste</translation>
    </message>
    <message>
        <source>Move the keyboard focus to the topic tree</source>
        <translation>Den Tastaturfokus in die Themenliste setzen</translation>
    </message>
    <message>
        <source>Topic &amp;Notes</source>
        <translation>Notizen zum Th&amp;ema</translation>
    </message>
    <message>
        <source>Show the topic&apos;s notes</source>
        <translation>Die Notizen zum Thema anzeigen</translation>
    </message>
    <message>
        <source>&amp;Quiz</source>
        <translation>&amp;Quiz</translation>
    </message>
    <message>
        <source>Quiz yourself on the topic</source>
        <translation>Ihr Wissen zum Thema abfragen</translation>
    </message>
    <message>
        <source>&amp;My Notes</source>
        <translation>&amp;Meine Notizen</translation>
    </message>
    <message>
        <source>Write your own notes on the topic</source>
        <translation>Eigene Notizen zum Thema schreiben</translation>
    </message>
    <message>
        <source>Open the next topic</source>
        <translation>Das nächste Thema öffnen</translation>
    </message>
    <message>
        <source>&amp;Previous Topic</source>
        <translation>&amp;Vorheriges Thema</translation>
    </message>
    <message>
        <source>Open the previous topic</source>
        <translation>Das vorherige Thema öffnen</translation>
    </message>
    <message>
        <source>Next &amp;Snippet</source>
        <translation>Nächstes &amp;Codebeispiel</translation>
    </message>
    <message>
        <source>Show the topic&apos;s next code snippet</source>
        <translation>Das nächste Codebeispiel des Themas anzeigen</translation>
    </message>
    <message>
        <source>Show the topic&apos;s previous code snippet</source>
        <translation>Das vorherige Codebeispiel des Themas anzeigen</translation>
    </message>
    <message>
        <source>Study &amp;Due...</source>
        <translation>&amp;Fällige Karten lernen...</translation>
    </message>
    <message>
        <source>S&amp;tatistics</source>
        <translation>&amp;Statistik</translation>
    </message>
    <message>
        <source>Mastery, reviews, retention and what is due</source>
        <translation>Lernstand, Wiederholungen, Behaltensquote und fällige Karten</translation>
    </message>
    <message>
        <source>Set &amp;Interview Date...</source>
        <translation>&amp;Termin des Vorstellungsgesprächs...</translation>
    </message>
    <message>
        <source>Forecast your recall on the day of your interview</source>
        <translation>Vorhersagen, wie viel Sie am Tag des Vorstellungsgesprächs noch wissen</translation>
    </message>
    <message>
        <source>&amp;Plan to Interview</source>
        <translation>&amp;Plan bis zum Vorstellungsgespräch</translation>
    </message>
    <message>
        <source>Spread the topics over the days left, weakest first</source>
        <translation>Die Themen auf die verbleibenden Tage verteilen, die schwächsten zuerst</translation>
    </message>
    <message>
        <source>&amp;Bookmark Topic</source>
        <translation>&amp;Lesezeichen setzen</translation>
    </message>
    <message>
        <source>Bookmark with &amp;Label...</source>
        <translation>Lesezeichen mit &amp;Beschriftung...</translation>
    </message>
    <message>
        <source>Bookmark this topic with a label such as &quot;weak&quot;</source>
        <translation>Dieses Thema mit einem beschrifteten Lesezeichen versehen, etwa „schwach“</translation>
    </message>
    <message>
        <source>&amp;Bookmarks</source>
        <translation>&amp;Lesezeichen</translation>
    </message>
    <message>
        <source>Show or hide the list of bookmarked topics</source>
        <translation>Die Liste der Themen mit Lesezeichen ein- oder ausblenden</translation>
    </message>
    <message>
        <source>&amp;About Deep Dive</source>
        <translation>Ü&amp;ber Deep Dive</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>Desired &amp;Retention...</source>
        <translation>&amp;Gewünschte Behaltensquote...</translation>
    </message>
    <message>
        <source>How likely you want to be to remember a card when it comes up (70-97%)</source>
        <translation>Wie sicher Sie sich an eine Karte erinnern möchten, wenn sie an der Reihe ist (70–97&#xa0;%)</translation>
    </message>
    <message>
        <source>Search topics, notes, snippets and cards</source>
        <translation>Themen, Notizen, Codebeispiele und Karten durchsuchen</translation>
    </message>
    <message>
        <source>Run the snippet with python3</source>
        <translation>Das Codebeispiel mit python3 ausführen</translation>
    </message>
    <message>
        <source>Study the cards that are due</source>
        <translation>Die fälligen Karten lernen</translation>
    </message>
    <message>
        <source>Bookmark this topic, or remove its bookmark</source>
        <translation>Ein Lesezeichen für dieses Thema setzen oder entfernen</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Export P&amp;DF...</source>
        <translation>&amp;PDF exportieren...</translation>
    </message>
    <message>
        <source>R&amp;un Snippet</source>
        <translation>Codebeispiel &amp;ausführen</translation>
    </message>
    <message>
        <source>Ne&amp;xt Topic</source>
        <translation>&amp;Nächstes Thema</translation>
    </message>
    <message>
        <source>Pre&amp;vious Snippet</source>
        <translation>Vorheriges Co&amp;debeispiel</translation>
    </message>
    <message>
        <source>U&amp;ndo Answer</source>
        <translation>Antwort &amp;zurücknehmen</translation>
    </message>
    <message>
        <source>Take back your last answer: the card is asked again</source>
        <translation>Ihre letzte Antwort zurücknehmen: Die Karte wird noch einmal abgefragt</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>Every key of the window and the quiz on one page</source>
        <translation>Alle Tasten des Fensters und des Quiz auf einer Seite</translation>
    </message>
    <message>
        <source>Ne&amp;w Cards per Day...</source>
        <translation>&amp;Neue Karten pro Tag …</translation>
    </message>
    <message>
        <source>How many new cards a study session may bring in each day</source>
        <translation>Wie viele neue Karten eine Lernsitzung pro Tag aufnehmen darf</translation>
    </message>
    <message>
        <source>&amp;Find in Topic...</source>
        <translation>Im &amp;Thema suchen...</translation>
    </message>
    <message>
        <source>Find text in the topic&apos;s notes</source>
        <translation>Text in den Notizen des Themas suchen</translation>
    </message>
    <message>
        <source>&amp;Getting Started</source>
        <translation>&amp;Erste Schritte</translation>
    </message>
    <message>
        <source>The window and a first evening with it, on one page</source>
        <translation>Das Fenster und ein erster Abend damit, auf einer Seite</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Study</source>
        <translation>&amp;Lernen</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Export for &amp;Anki...</source>
        <translation>Für &amp;Anki exportieren...</translation>
    </message>
    <message>
        <source>Save the cards as an Anki deck package (.apkg)</source>
        <translation>Die Karten als Anki-Stapelpaket (.apkg) speichern</translation>
    </message>
    <message>
        <source>Import Anki Dec&amp;k...</source>
        <translation>An&amp;ki-Stapel importieren...</translation>
    </message>
    <message>
        <source>Turn an Anki deck package (.apkg) into a Deep Dive deck</source>
        <translation>Ein Anki-Stapelpaket (.apkg) in einen Deep-Dive-Stapel umwandeln</translation>
    </message>
    <message>
        <source>Sync &amp;Folder...</source>
        <translation>Sync-&amp;Ordner...</translation>
    </message>
    <message>
        <source>Choose a folder your sync tool (Syncthing, Nextcloud, Dropbox) replicates, to study on several computers</source>
        <translation>Einen Ordner wählen, den Ihr Sync-Programm (Syncthing, Nextcloud, Dropbox) abgleicht, um auf mehreren Computern zu lernen</translation>
    </message>
    <message>
        <source>Sync &amp;Now</source>
        <translation>Jetzt s&amp;ynchronisieren</translation>
    </message>
    <message>
        <source>Merge what your other computers wrote to the sync folder, and send this one&apos;s changes</source>
        <translation>Übernehmen, was Ihre anderen Computer in den Sync-Ordner geschrieben haben, und die Änderungen dieses Computers senden</translation>
    </message>
    <message>
        <source>Ne&amp;w Deck...</source>
        <translation>&amp;Neuer Stapel...</translation>
    </message>
    <message>
        <source>Start a deck of your own: a folder of Markdown files, with an example topic of every card type</source>
        <translation>Einen eigenen Stapel beginnen: ein Ordner mit Markdown-Dateien, mit einem Beispielthema für jede Kartenart</translation>
    </message>
    <message>
        <source>&amp;Copy Deck to Edit...</source>
        <translation>S&amp;tapel zum Bearbeiten kopieren...</translation>
    </message>
    <message>
        <source>Copy a deck (the bundled one is read-only) into your decks folder to change it; your progress stays</source>
        <translation>Einen Stapel (der mitgelieferte ist schreibgeschützt) in Ihren Stapelordner kopieren, um ihn zu ändern; Ihr Fortschritt bleibt erhalten</translation>
    </message>
    <message>
        <source>Sync De&amp;vices...</source>
        <translation>Synchronisierte &amp;Geräte...</translation>
    </message>
    <message>
        <source>The computers that sync with this one, and the notes changed on two of them, to resolve</source>
        <translation>Die Computer, die mit diesem synchronisieren, und die auf zweien von ihnen geänderten Notizen, die auf Ihre Entscheidung warten</translation>
    </message>
</context>
<context>
    <name>DeepDive::Anki::CardHtml</name>
    <message>
        <source>✓ Right:</source>
        <translation>✓ Richtig:</translation>
    </message>
    <message>
        <source>✗ Wrong:</source>
        <translation>✗ Falsch:</translation>
    </message>
    <message>
        <source>What does this code print?</source>
        <translation>Was gibt dieser Code aus?</translation>
    </message>
    <message>
        <source>It raises: &lt;code&gt;%1&lt;/code&gt;</source>
        <translation>Ausgelöste Ausnahme: &lt;code&gt;%1&lt;/code&gt;</translation>
    </message>
    <message>
        <source>Which line has the bug?</source>
        <translation>Welche Zeile enthält den Fehler?</translation>
    </message>
    <message>
        <source>line %1: &lt;code&gt;%2&lt;/code&gt;</source>
        <translation>Zeile %1: &lt;code&gt;%2&lt;/code&gt;</translation>
    </message>
    <message>
        <source>The bug: %1</source>
        <translation>Der Fehler: %1</translation>
    </message>
    <message>
        <source>The fix:</source>
        <translation>Die Korrektur:</translation>
    </message>
    <message>
        <source>A: %1 &amp;nbsp;or&amp;nbsp; B: %2</source>
        <translation>A: %1 &amp;nbsp;oder&amp;nbsp; B: %2</translation>
    </message>
</context>
<context>
    <name>DeepDive::Anki::CollectionWriter</name>
    <message>
        <source>cannot write the Anki collection: %1</source>
        <translation>die Anki-Sammlung kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>cannot create the Anki collection %1: %2</source>
        <translation>die Anki-Sammlung %1 kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>cannot write the Anki note %1: %2</source>
        <translation>die Anki-Notiz %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>cannot write the Anki card %1: %2</source>
        <translation>die Anki-Karte %1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>DeepDive::AnkiCommands</name>
    <message>
        <source>nothing was exported: %1</source>
        <translation>es wurde nichts exportiert: %1</translation>
    </message>
    <message>
        <source>nothing was exported: there are no topics in &quot;%1&quot;</source>
        <translation>es wurde nichts exportiert: in „%1“ gibt es keine Themen</translation>
    </message>
    <message numerus="yes">
        <source>wrote %n note(s)</source>
        <translation>
            <numerusform>%n Notiz geschrieben</numerusform>
            <numerusform>%n Notizen geschrieben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n topic(s))</source>
        <translation>
            <numerusform>(%n Thema)</numerusform>
            <numerusform>(%n Themen)</numerusform>
        </translation>
    </message>
    <message>
        <source>to %1</source>
        <translation>in %1</translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) carry their schedule</source>
        <translation>
            <numerusform>bei %n Karte ist der Zeitplan enthalten</numerusform>
            <numerusform>bei %n Karten ist der Zeitplan enthalten</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing was imported: %1</source>
        <translation>es wurde nichts importiert: %1</translation>
    </message>
    <message>
        <source>imported %1:</source>
        <translation>%1 importiert:</translation>
    </message>
    <message numerus="yes">
        <source>%n card(s)</source>
        <translation>
            <numerusform>%n Karte</numerusform>
            <numerusform>%n Karten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n topic(s)</source>
        <translation>
            <numerusform>in %n Thema</numerusform>
            <numerusform>in %n Themen</numerusform>
        </translation>
    </message>
    <message>
        <source>into %1</source>
        <translation>in den Ordner %1</translation>
    </message>
    <message>
        <source>left out:</source>
        <translation>ausgelassen:</translation>
    </message>
</context>
<context>
    <name>DeepDive::AnkiExportDialog</name>
    <message>
        <source>Include my sc&amp;hedule (when each card is due, and how well I know it)</source>
        <translation>Meinen &amp;Zeitplan einbeziehen (wann jede Karte fällig ist und wie gut ich sie kann)</translation>
    </message>
    <message>
        <source>Export for Anki</source>
        <translation>Für Anki exportieren</translation>
    </message>
    <message>
        <source>Make an Anki deck (.apkg) of the cards of:</source>
        <translation>Einen Anki-Stapel (.apkg) mit den Karten dieser Auswahl erstellen:</translation>
    </message>
    <message>
        <source>Include my schedule</source>
        <translation>Meinen Zeitplan einbeziehen</translation>
    </message>
    <message>
        <source>Cards you have answered arrive as review cards due on the same day. Anki 23.10 and later (AnkiDroid 2.17, AnkiMobile 23.10) also take their FSRS memory when FSRS is on; older versions keep the due date only; before 2.1.50, Anki takes the schedule only on its v1 scheduler. Without the schedule every card arrives new, in any Anki.</source>
        <translation>Karten, die Sie schon beantwortet haben, kommen als Wiederholungskarten an, die am selben Tag fällig sind. Anki 23.10 und neuer (AnkiDroid 2.17, AnkiMobile 23.10) übernimmt bei eingeschaltetem FSRS auch ihre FSRS-Gedächtniswerte; ältere Versionen übernehmen nur das Fälligkeitsdatum; vor 2.1.50 übernimmt Anki den Zeitplan nur mit seinem v1-Planer. Ohne Zeitplan kommt jede Karte in jedem Anki als neue Karte an.</translation>
    </message>
    <message>
        <source>Importing a later export into Anki updates these notes instead of adding them again.</source>
        <translation>Wenn Sie einen späteren Export in Anki importieren, werden diese Notizen aktualisiert statt erneut hinzugefügt.</translation>
    </message>
</context>
<context>
    <name>DeepDive::AnkiExporter</name>
    <message>
        <source>cannot read the topic %1</source>
        <translation>das Thema %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>cannot make a temporary folder: %1</source>
        <translation>ein temporärer Ordner kann nicht angelegt werden: %1</translation>
    </message>
    <message>
        <source>the export was cancelled; nothing was written</source>
        <translation>der Export wurde abgebrochen; es wurde nichts geschrieben</translation>
    </message>
    <message>
        <source>cannot read the collection just written: %1</source>
        <translation>die soeben geschriebene Sammlung kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>cannot pack the Anki deck: %1</source>
        <translation>der Anki-Stapel kann nicht gepackt werden: %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>DeepDive::AnkiFlow</name>
    <message>
        <source>Export for Anki</source>
        <translation>Für Anki exportieren</translation>
    </message>
    <message>
        <source>Nothing was exported: %1</source>
        <translation>Es wurde nichts exportiert: %1</translation>
    </message>
    <message>
        <source>There are no topics to export in “%1”.</source>
        <translation>In „%1“ gibt es keine Themen zum Exportieren.</translation>
    </message>
    <message>
        <source>Anki deck packages (*.apkg)</source>
        <translation>Anki-Stapelpakete (*.apkg)</translation>
    </message>
    <message>
        <source>Exporting %1…</source>
        <translation>%1 wird exportiert…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Wrote %1 (%2) to %3. In Anki, choose File &gt; Import and pick the file.</source>
        <translation>%1 (%2) in %3 geschrieben. Wählen Sie in Anki Datei &gt; Importieren und dann diese Datei.</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n Notiz</numerusform>
            <numerusform>%n Notizen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n topic(s)</source>
        <translation>
            <numerusform>%n Thema</numerusform>
            <numerusform>%n Themen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) carry their schedule.</source>
        <translation>
            <numerusform>Bei %n Karte ist der Zeitplan enthalten.</numerusform>
            <numerusform>Bei %n Karten ist der Zeitplan enthalten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import Anki Deck</source>
        <translation>Anki-Stapel importieren</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>%1 wird importiert…</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Es wurde nichts importiert: %1</translation>
    </message>
    <message>
        <source>Imported “%1”: %2 in %3, into %4. It appears in the topic tree in a moment.</source>
        <translation>„%1“ importiert: %2 in %3, in den Ordner %4. Der Stapel erscheint gleich in der Themenliste.</translation>
    </message>
    <message numerus="yes">
        <source>%n card(s)</source>
        <translation>
            <numerusform>%n Karte</numerusform>
            <numerusform>%n Karten</numerusform>
        </translation>
    </message>
    <message>
        <source>Left out:</source>
        <translation>Ausgelassen:</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more.</source>
        <translation>
            <numerusform>…und %n weiterer.</numerusform>
            <numerusform>…und %n weitere.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeepDive::AnkiImporter</name>
    <message>
        <source>cannot make a temporary folder: %1</source>
        <translation>ein temporärer Ordner kann nicht angelegt werden: %1</translation>
    </message>
    <message>
        <source>%1 holds no cards; nothing was imported</source>
        <translation>%1 enthält keine Karten; es wurde nichts importiert</translation>
    </message>
    <message>
        <source>Imported from the Anki package %1.</source>
        <translation>Importiert aus dem Anki-Paket %1.</translation>
    </message>
    <message>
        <source>cannot make the folder %1</source>
        <translation>der Ordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>cannot make a folder in %1; check that you may write there</source>
        <translation>in %1 kann kein Ordner angelegt werden; prüfen Sie, ob Sie dort schreiben dürfen</translation>
    </message>
    <message>
        <source>%1 (part %2)</source>
        <translation>%1 (Teil %2)</translation>
    </message>
    <message>
        <source>Imported from the Anki deck %1.</source>
        <translation>Importiert aus dem Anki-Stapel %1.</translation>
    </message>
    <message>
        <source>note %1 (deck %2)</source>
        <translation>Notiz %1 (Stapel %2)</translation>
    </message>
    <message>
        <source>the image %1, which is not in the package</source>
        <translation>das Bild %1, das nicht im Paket enthalten ist</translation>
    </message>
    <message>
        <source>the image %1: %2</source>
        <translation>das Bild %1: %2</translation>
    </message>
    <message>
        <source>a sound (sounds are not imported)</source>
        <translation>eine Audiodatei (Audio wird nicht importiert)</translation>
    </message>
    <message>
        <source>%1: left out %2</source>
        <translation>%1: ausgelassen wurde %2</translation>
    </message>
    <message>
        <source>%1, card %2: skipped, its %3 is empty</source>
        <translation>%1, Karte %2: übersprungen, weil die %3 leer ist</translation>
    </message>
    <message>
        <source>question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>no card of %1 could be imported: %2</source>
        <translation>keine Karte aus %1 konnte importiert werden: %2</translation>
    </message>
    <message>
        <source>the imported deck does not pass the deck checks, so it was not kept (please report this): %1</source>
        <translation>der importierte Stapel besteht die Stapelprüfung nicht und wurde daher nicht behalten (bitte melden Sie das): %1</translation>
    </message>
    <message>
        <source>its manifest cannot be read</source>
        <translation>sein Manifest kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>cannot move the imported deck to %1</source>
        <translation>der importierte Stapel kann nicht nach %1 verschoben werden</translation>
    </message>
    <message>
        <source>the import was cancelled</source>
        <translation>der Import wurde abgebrochen</translation>
    </message>
</context>
<context>
    <name>DeepDive::AnkiNoteReader</name>
    <message>
        <source>the Anki collection cannot be read: %1 (is the package damaged?)</source>
        <translation>die Anki-Sammlung kann nicht gelesen werden: %1 (ist das Paket beschädigt?)</translation>
    </message>
    <message>
        <source>the Anki collection has schema version %1; only the legacy version 11 can be read. In Anki, export again with &quot;Support older Anki versions&quot; ticked</source>
        <translation>die Anki-Sammlung hat die Schemaversion %1; lesbar ist nur die ältere Version 11. Exportieren Sie in Anki erneut und setzen Sie dabei das Häkchen bei „Support older Anki versions“</translation>
    </message>
    <message>
        <source>the Anki collection&apos;s cards cannot be read: %1</source>
        <translation>die Karten der Anki-Sammlung können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>note %1: its note type is not in the collection</source>
        <translation>Notiz %1: ihr Notiztyp ist nicht in der Sammlung enthalten</translation>
    </message>
</context>
<context>
    <name>DeepDive::AnkiPackage</name>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 lässt sich nicht lesen: %2</translation>
    </message>
    <message>
        <source>%1 holds %2 files; an Anki package may hold at most %3</source>
        <translation>%1 enthält %2 Dateien; ein Anki-Paket darf höchstens %3 enthalten</translation>
    </message>
    <message>
        <source>%1 is not an Anki package (.apkg): it cannot be read as a zip file (%2)</source>
        <translation>%1 ist kein Anki-Paket (.apkg): es lässt sich nicht als ZIP-Datei lesen (%2)</translation>
    </message>
    <message>
        <source>%1 was exported in the format of Anki 2.1.50 and later (collection.anki21b), which Deep Dive cannot read. In Anki, choose File &gt; Export, &quot;Anki Deck Package (*.apkg)&quot;, tick &quot;Support older Anki versions (slower/larger files)&quot; and export again; then import that file.</source>
        <translation>%1 wurde im Format von Anki 2.1.50 und neuer exportiert (collection.anki21b), das Deep Dive nicht lesen kann. Wählen Sie in Anki Datei &gt; Exportieren, „Anki Deck Package (*.apkg)“, setzen Sie das Häkchen bei „Support older Anki versions (slower/larger files)“ und exportieren Sie erneut; importieren Sie dann diese Datei.</translation>
    </message>
    <message>
        <source>%1 holds no Anki collection (collection.anki2 or collection.anki21); is it an Anki deck package?</source>
        <translation>%1 enthält keine Anki-Sammlung (collection.anki2 oder collection.anki21); ist es ein Anki-Stapelpaket?</translation>
    </message>
    <message>
        <source>the media list of %1 is over %2 MiB; it cannot be right</source>
        <translation>die Medienliste von %1 ist größer als %2 MiB; das kann nicht stimmen</translation>
    </message>
    <message>
        <source>the media list of %1 is not the JSON object an Anki package has (%2)</source>
        <translation>die Medienliste von %1 ist nicht das JSON-Objekt, das ein Anki-Paket enthält (%2)</translation>
    </message>
    <message>
        <source>%1 is not in the package</source>
        <translation>%1 ist nicht im Paket enthalten</translation>
    </message>
    <message>
        <source>%1 lists %2, but the file is not in it</source>
        <translation>%1 führt %2 auf, aber die Datei ist nicht darin enthalten</translation>
    </message>
    <message>
        <source>%1 in %2 unpacks to more than %3 MiB (at most %4 MiB for this file, %5 MiB for the whole package); it was not imported</source>
        <translation>%1 in %2 ergibt entpackt mehr als %3 MiB (höchstens %4 MiB für diese Datei, %5 MiB für das ganze Paket); es wurde nicht importiert</translation>
    </message>
    <message>
        <source>cannot unpack %1 to %2: %3</source>
        <translation>%1 kann nicht nach %2 entpackt werden: %3</translation>
    </message>
    <message>
        <source>%1 in %2 is damaged: %3 bytes could be unpacked of the %4 it declares</source>
        <translation>%1 in %2 ist beschädigt: nur %3 der angegebenen %4 Bytes ließen sich entpacken</translation>
    </message>
</context>
<context>
    <name>DeepDive::BookmarkLabels</name>
    <message>
        <source>weak</source>
        <translation>schwach</translation>
    </message>
    <message>
        <source>before the interview</source>
        <translation>vor dem Vorstellungsgespräch</translation>
    </message>
    <message>
        <source>review again</source>
        <translation>noch einmal wiederholen</translation>
    </message>
</context>
<context>
    <name>DeepDive::BookmarksView</name>
    <message>
        <source>Bookmarks</source>
        <translation>Lesezeichen</translation>
    </message>
    <message>
        <source>Bookmarked topics</source>
        <translation>Themen mit Lesezeichen</translation>
    </message>
    <message>
        <source>No bookmarks yet: press %1 on a topic.</source>
        <translation>Noch keine Lesezeichen: Drücken Sie bei einem Thema %1.</translation>
    </message>
    <message>
        <source>Hide the bookmarks</source>
        <translation>Lesezeichen ausblenden</translation>
    </message>
</context>
<context>
    <name>DeepDive::CalendarHeatMap</name>
    <message>
        <source>Reviews per day over the last six months</source>
        <translation>Wiederholungen pro Tag in den letzten sechs Monaten</translation>
    </message>
</context>
<context>
    <name>DeepDive::CodeEditor</name>
    <message>
        <source>Click the line with the bug (or move to it and press Enter)</source>
        <translation>Klicken Sie auf die fehlerhafte Zeile (oder gehen Sie zu ihr und drücken Sie Enter)</translation>
    </message>
</context>
<context>
    <name>DeepDive::CodePane</name>
    <message>
        <source>Pitfall</source>
        <translation>Fallstrick</translation>
    </message>
    <message>
        <source>Fix</source>
        <translation>Korrektur</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>Beispiel</translation>
    </message>
    <message>
        <source>This topic has no code snippets.</source>
        <translation>Zu diesem Thema gibt es keine Codebeispiele.</translation>
    </message>
    <message>
        <source>Snippet</source>
        <translation>Codebeispiel</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy the snippet&apos;s code to the clipboard</source>
        <translation>Den Quelltext des Codebeispiels in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>Copy snippet</source>
        <translation>Codebeispiel kopieren</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Ausführen</translation>
    </message>
    <message>
        <source>Run snippet</source>
        <translation>Codebeispiel ausführen</translation>
    </message>
    <message>
        <source>Output of the run</source>
        <translation>Ausgabe der Ausführung</translation>
    </message>
    <message>
        <source>Could not run python3: %1</source>
        <translation>python3 konnte nicht ausgeführt werden: %1</translation>
    </message>
    <message>
        <source>Exit code %1 in %2 ms</source>
        <translation>Exit-Code %1 nach %2 ms</translation>
    </message>
    <message>
        <source> · prints the expected output ✓</source>
        <translation> · liefert die erwartete Ausgabe ✓</translation>
    </message>
    <message>
        <source> · differs from the expected output</source>
        <translation> · weicht von der erwarteten Ausgabe ab</translation>
    </message>
    <message>
        <source>Sn&amp;ippet:</source>
        <translation>&amp;Codebeispiel:</translation>
    </message>
    <message>
        <source>There is no snippet to run.</source>
        <translation>Es gibt kein Codebeispiel zum Ausführen.</translation>
    </message>
    <message>
        <source>Only Python snippets can be run.</source>
        <translation>Nur Python-Codebeispiele können ausgeführt werden.</translation>
    </message>
    <message>
        <source>python3 was not found on PATH; install Python 3 to run snippets.</source>
        <translation>python3 wurde im PATH nicht gefunden; installieren Sie Python 3, um Codebeispiele auszuführen.</translation>
    </message>
    <message>
        <source>Answer the quiz card first: running it would give the answer away.</source>
        <translation>Beantworten Sie zuerst die Quizkarte: Das Ausführen würde die Antwort verraten.</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>Wird ausgeführt…</translation>
    </message>
    <message>
        <source>Run the snippet with python3 (%1)</source>
        <translation>Das Codebeispiel mit python3 ausführen (%1)</translation>
    </message>
    <message>
        <source>Stopped at the %1 s limit: the snippet took too long.</source>
        <translation>Beim Limit von %1 s angehalten: Das Codebeispiel lief zu lange.</translation>
    </message>
    <message>
        <source>Stopped: the snippet printed more than %1 MB; the output above is cut there.</source>
        <translation>Angehalten: Das Codebeispiel hat mehr als %1 MB ausgegeben; die Ausgabe oben endet an dieser Stelle.</translation>
    </message>
    <message>
        <source>Code for this card</source>
        <translation>Code zu dieser Karte</translation>
    </message>
    <message>
        <source>No code for this card</source>
        <translation>Kein Code zu dieser Karte</translation>
    </message>
    <message>
        <source>This card is answered without code. The topic&apos;s snippets come back when you have answered.</source>
        <translation>Diese Karte wird ohne Code beantwortet. Die Codebeispiele des Themas erscheinen wieder, sobald Sie geantwortet haben.</translation>
    </message>
    <message>
        <source>The fix: %1</source>
        <translation>Die Korrektur: %1</translation>
    </message>
    <message>
        <source>Running the fix…</source>
        <translation>Die Korrektur läuft …</translation>
    </message>
</context>
<context>
    <name>DeepDive::DataDir</name>
    <message>
        <source>cannot create the data folder %1; check its parent&apos;s permissions or pass --data-dir with a folder you can write</source>
        <translation>der Datenordner %1 kann nicht angelegt werden; prüfen Sie die Zugriffsrechte des übergeordneten Ordners oder geben Sie mit --data-dir einen Ordner an, in den Sie schreiben dürfen</translation>
    </message>
    <message>
        <source>the data folder %1 is not writable (%2); fix its permissions or pass --data-dir with a folder you can write</source>
        <translation>der Datenordner %1 ist nicht beschreibbar (%2); korrigieren Sie seine Zugriffsrechte oder geben Sie mit --data-dir einen Ordner an, in den Sie schreiben dürfen</translation>
    </message>
</context>
<context>
    <name>DeepDive::Database</name>
    <message>
        <source>it is not a SQLite database</source>
        <translation>die Datei ist keine SQLite-Datenbank</translation>
    </message>
    <message>
        <source>it is truncated</source>
        <translation>die Datei ist abgeschnitten</translation>
    </message>
    <message>
        <source>cannot switch to WAL mode</source>
        <translation>der WAL-Modus kann nicht aktiviert werden</translation>
    </message>
    <message>
        <source>migration to schema %1 failed: %2</source>
        <translation>die Migration auf Schema %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Deep Dive is running without saving: your answers, bookmarks and notes from this session will not be kept.</source>
        <translation>Deep Dive speichert derzeit nichts: Ihre Antworten, Lesezeichen und Notizen aus dieser Sitzung gehen beim Beenden verloren.</translation>
    </message>
    <message>
        <source>Your progress database %1 cannot be used (%2) and could not be moved aside; it was left untouched.</source>
        <translation>Ihre Fortschrittsdatenbank %1 ist nicht verwendbar (%2) und konnte nicht beiseitegelegt werden; sie wurde nicht verändert.</translation>
    </message>
    <message>
        <source>Your progress database could not be used (%1) and a new one could not be made (%2). The damaged file was kept as %3.</source>
        <translation>Ihre Fortschrittsdatenbank war nicht verwendbar (%1), und es konnte keine neue angelegt werden (%2). Die beschädigte Datei wurde als %3 aufbewahrt.</translation>
    </message>
    <message>
        <source>Your progress database could not be used (%1). It was kept as %2 and Deep Dive started a new one. You can bring back an earlier state with File &gt; Restore Backup.</source>
        <translation>Ihre Fortschrittsdatenbank war nicht verwendbar (%1). Sie wurde als %2 aufbewahrt, und Deep Dive hat eine neue angelegt. Einen früheren Stand können Sie mit Datei &gt; Sicherung wiederherstellen zurückholen.</translation>
    </message>
    <message>
        <source>%1 is not a file; it was left untouched.</source>
        <translation>%1 ist keine Datei; es wurde nichts verändert.</translation>
    </message>
    <message>
        <source>Your progress database %1 cannot be read (%2); it was left untouched. Check its permissions.</source>
        <translation>Ihre Fortschrittsdatenbank %1 kann nicht gelesen werden (%2); sie wurde nicht verändert. Prüfen Sie ihre Zugriffsrechte.</translation>
    </message>
    <message>
        <source>Your progress database %1 cannot be used (%2) and its folder is not writable; it was left untouched.</source>
        <translation>Ihre Fortschrittsdatenbank %1 ist nicht verwendbar (%2), und ihr Ordner ist nicht beschreibbar; sie wurde nicht verändert.</translation>
    </message>
    <message>
        <source>The data folder %1 is not writable, so no progress database can be made there. Fix its permissions or start with --data-dir.</source>
        <translation>Der Datenordner %1 ist nicht beschreibbar, daher kann dort keine Fortschrittsdatenbank angelegt werden. Korrigieren Sie seine Zugriffsrechte oder starten Sie mit --data-dir.</translation>
    </message>
    <message>
        <source>The data folder %1 is not writable and the progress database there cannot be read as it is; it was left untouched.</source>
        <translation>Der Datenordner %1 ist nicht beschreibbar, und die dortige Fortschrittsdatenbank kann in ihrem jetzigen Zustand nicht gelesen werden; sie wurde nicht verändert.</translation>
    </message>
    <message>
        <source>The data folder %1 is not writable: your progress is shown but nothing new can be saved. Fix its permissions or start with --data-dir.</source>
        <translation>Der Datenordner %1 ist nicht beschreibbar: Ihr Fortschritt wird angezeigt, aber Neues kann nicht gespeichert werden. Korrigieren Sie seine Zugriffsrechte oder starten Sie mit --data-dir.</translation>
    </message>
    <message>
        <source>the integrity check found: %1</source>
        <translation>die Integritätsprüfung meldet: %1</translation>
    </message>
    <message>
        <source>Your progress database %1 was written by a newer version of Deep Dive (schema %2; this version knows up to %3). It was left untouched: update Deep Dive to use it.</source>
        <translation>Ihre Fortschrittsdatenbank %1 wurde von einer neueren Version von Deep Dive geschrieben (Schema %2; diese Version kennt Schemata bis %3). Sie wurde nicht verändert: Aktualisieren Sie Deep Dive, um sie zu verwenden.</translation>
    </message>
    <message>
        <source>Your progress database needs an upgrade, but the backup copy made before every upgrade failed (%1). The database was left untouched.</source>
        <translation>Ihre Fortschrittsdatenbank muss aktualisiert werden, aber die vor jeder Aktualisierung vorgesehene Sicherungskopie konnte nicht angelegt werden (%1). Die Datenbank wurde nicht verändert.</translation>
    </message>
    <message>
        <source>Upgrading your progress database failed (%1); it was left as it was.</source>
        <translation>Die Aktualisierung Ihrer Fortschrittsdatenbank ist fehlgeschlagen (%1); sie bleibt unverändert.</translation>
    </message>
    <message>
        <source>cannot create the folder for %1</source>
        <translation>der Ordner für %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>cannot rename %1 to %2</source>
        <translation>%1 kann nicht in %2 umbenannt werden</translation>
    </message>
    <message>
        <source>cannot move %1 aside; nothing was changed</source>
        <translation>%1 kann nicht beiseitegelegt werden; es wurde nichts verändert</translation>
    </message>
    <message>
        <source>it is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <source>it cannot be opened (%1)</source>
        <translation>die Datei lässt sich nicht öffnen (%1)</translation>
    </message>
    <message>
        <source>it is damaged (the integrity check found: %1)</source>
        <translation>die Datei ist beschädigt (die Integritätsprüfung fand: %1)</translation>
    </message>
    <message>
        <source>it was written by a newer version of Deep Dive (schema %1; this version knows up to %2)</source>
        <translation>sie wurde von einer neueren Version von Deep Dive geschrieben (Schema %1; diese Version kennt Schemata bis %2)</translation>
    </message>
    <message>
        <source>it is not a Deep Dive backup</source>
        <translation>die Datei ist keine Sicherung von Deep Dive</translation>
    </message>
    <message>
        <source>it cannot be upgraded to this version (%1)</source>
        <translation>sie lässt sich nicht auf diese Version aktualisieren (%1)</translation>
    </message>
    <message>
        <source>%1 cannot be restored: %2. Nothing was changed.</source>
        <translation>%1 kann nicht wiederhergestellt werden: %2. Es wurde nichts verändert.</translation>
    </message>
    <message>
        <source>%1 could not be opened after it was restored (%2). Your progress was put back as it was.</source>
        <translation>%1 ließ sich nach dem Wiederherstellen nicht öffnen (%2). Ihr Fortschritt ist wieder so, wie er war.</translation>
    </message>
    <message>
        <source>cannot rename %1 to %2; nothing was changed</source>
        <translation>%1 kann nicht in %2 umbenannt werden; es wurde nichts verändert</translation>
    </message>
    <message>
        <source>the database is busy: another program is writing to it</source>
        <translation>die Datenbank ist belegt: ein anderes Programm schreibt gerade hinein</translation>
    </message>
    <message>
        <source>the database cannot be written (read-only file or folder)</source>
        <translation>die Datenbank kann nicht geschrieben werden (schreibgeschützte Datei oder schreibgeschützter Ordner)</translation>
    </message>
    <message>
        <source>the disk reported a read or write error</source>
        <translation>der Datenträger meldete einen Lese- oder Schreibfehler</translation>
    </message>
    <message>
        <source>the database file is damaged</source>
        <translation>die Datenbankdatei ist beschädigt</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>der Datenträger ist voll</translation>
    </message>
    <message>
        <source>the database file cannot be opened</source>
        <translation>die Datenbankdatei lässt sich nicht öffnen</translation>
    </message>
    <message>
        <source>the file is not a SQLite database</source>
        <translation>die Datei ist keine SQLite-Datenbank</translation>
    </message>
    <message>
        <source>The write-ahead log %1 beside your progress database cannot be applied (%2) and could not be moved aside; both were left untouched.</source>
        <translation>Das Write-Ahead-Log %1 neben Ihrer Fortschrittsdatenbank kann nicht angewendet werden (%2) und ließ sich nicht beiseitelegen; beide wurden nicht angerührt.</translation>
    </message>
    <message>
        <source>The write-ahead log beside your progress database could not be applied (the check found: %1). It was kept as %2 and your progress was opened without it; if that log was your own, your last answers before it was written are not included.</source>
        <translation>Das Write-Ahead-Log neben Ihrer Fortschrittsdatenbank ließ sich nicht anwenden (die Prüfung fand: %1). Es wurde als %2 aufbewahrt und Ihr Fortschritt ohne es geöffnet; falls es Ihr eigenes war, fehlen Ihre letzten Antworten vor seinem Schreiben.</translation>
    </message>
    <message>
        <source>Your progress database %1 is busy: another program keeps it locked. It was left untouched; close that program and start Deep Dive again.</source>
        <translation>Ihre Fortschrittsdatenbank %1 ist belegt: ein anderes Programm hält sie gesperrt. Sie wurde nicht angerührt; schließen Sie dieses Programm und starten Sie Deep Dive erneut.</translation>
    </message>
    <message>
        <source>Your progress database %1 cannot be opened for writing (%2).</source>
        <translation>Ihre Fortschrittsdatenbank %1 lässt sich nicht zum Schreiben öffnen (%2).</translation>
    </message>
    <message>
        <source>Your progress database %1 cannot be written (%2).</source>
        <translation>In Ihre Fortschrittsdatenbank %1 kann nicht geschrieben werden (%2).</translation>
    </message>
    <message>
        <source>Your progress database %1 cannot be checked (%2).</source>
        <translation>Ihre Fortschrittsdatenbank %1 lässt sich nicht prüfen (%2).</translation>
    </message>
    <message>
        <source>Your progress is shown, but nothing new can be saved until that is fixed (for example, until space is freed on the disk); then start Deep Dive again. The file was left untouched.</source>
        <translation>Ihr Fortschritt wird angezeigt, aber nichts Neues kann gespeichert werden, bis das behoben ist (zum Beispiel, bis auf dem Datenträger Platz frei wird); starten Sie Deep Dive dann erneut. Die Datei wurde nicht angerührt.</translation>
    </message>
    <message>
        <source>It was left untouched.</source>
        <translation>Sie wurde nicht angerührt.</translation>
    </message>
    <message>
        <source>there is no progress database at %1 yet (Deep Dive makes it when it first starts)</source>
        <translation>unter %1 gibt es noch keine Fortschrittsdatenbank (Deep Dive legt sie beim ersten Start an)</translation>
    </message>
    <message>
        <source>%1 is not a file</source>
        <translation>%1 ist keine Datei</translation>
    </message>
    <message>
        <source>%1 cannot be read as a progress database: %2</source>
        <translation>%1 lässt sich nicht als Fortschrittsdatenbank lesen: %2</translation>
    </message>
    <message>
        <source>%1 is busy: another program keeps it locked. Nothing was read; try again when it has finished.</source>
        <translation>%1 ist belegt: ein anderes Programm hält die Datei gesperrt. Es wurde nichts gelesen; versuchen Sie es erneut, wenn es fertig ist.</translation>
    </message>
    <message>
        <source>%1 cannot be read here: its folder is not writable, and SQLite must write beside the file to read the changes kept in %2. Copy the folder somewhere writable and use the copy.</source>
        <translation>%1 lässt sich hier nicht lesen: ihr Ordner ist schreibgeschützt, und SQLite muss neben der Datei schreiben, um die Änderungen in %2 zu lesen. Kopieren Sie den Ordner an einen beschreibbaren Ort und verwenden Sie die Kopie.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 lässt sich nicht lesen: %2</translation>
    </message>
    <message>
        <source>%1 is damaged (the integrity check found: %2). Nothing was read and the file was left untouched: start Deep Dive to keep it aside and go on from a backup.</source>
        <translation>%1 ist beschädigt (die Integritätsprüfung fand: %2). Es wurde nichts gelesen und die Datei nicht angerührt: starten Sie Deep Dive, um sie beiseitezulegen und mit einer Sicherung weiterzumachen.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Deep Dive (schema %2; this version knows up to %3). It was left untouched: update Deep Dive to read it.</source>
        <translation>%1 wurde von einer neueren Version von Deep Dive geschrieben (Schema %2; diese Version kennt bis %3). Die Datei wurde nicht angerührt: aktualisieren Sie Deep Dive, um sie zu lesen.</translation>
    </message>
    <message>
        <source>%1 has an older schema (%2), and the upgraded copy needed to read it could not be made (%3). It was left untouched.</source>
        <translation>%1 hat ein älteres Schema (%2), und die aktualisierte Kopie, die zum Lesen nötig ist, ließ sich nicht anlegen (%3). Die Datei wurde nicht angerührt.</translation>
    </message>
    <message>
        <source> (and %1 more)</source>
        <translation> (und %1 weitere)</translation>
    </message>
</context>
<context>
    <name>DeepDive::DayBars</name>
    <message>
        <source>today</source>
        <translation>heute</translation>
    </message>
</context>
<context>
    <name>DeepDive::DeckProblemsView</name>
    <message>
        <source>Problems in your decks</source>
        <translation>Probleme in Ihren Stapeln</translation>
    </message>
    <message>
        <source>Enter or a double click opens the file at this line</source>
        <translation>Die Eingabetaste oder ein Doppelklick öffnet die Datei an dieser Zeile</translation>
    </message>
    <message numerus="yes">
        <source>Problems in your decks (%n), shown until fixed; the rest of each deck can be studied. Enter opens the file in your editor.</source>
        <translation>
            <numerusform>Problem in Ihren Stapeln (%n), angezeigt, bis es behoben ist; der Rest jedes Stapels kann gelernt werden. Die Eingabetaste öffnet die Datei in Ihrem Editor.</numerusform>
            <numerusform>Probleme in Ihren Stapeln (%n), angezeigt, bis sie behoben sind; der Rest jedes Stapels kann gelernt werden. Die Eingabetaste öffnet die Datei in Ihrem Editor.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeepDive::DeckWriter</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>cannot make the folder %1</source>
        <translation>der Ordner %1 kann nicht angelegt werden</translation>
    </message>
</context>
<context>
    <name>DeepDive::EmptyFilterHint</name>
    <message>
        <source>No deck is loaded. Decks go in the data folder&apos;s decks/ folder, or start with --content DIR.</source>
        <translation>Kein Stapel geladen. Stapel gehören in den Ordner decks/ im Datenordner, oder starten Sie mit --content ORDNER.</translation>
    </message>
    <message>
        <source>No bookmarked topics yet. Bookmark a topic (toolbar: Bookmark Topic) to find it here.</source>
        <translation>Noch keine Themen mit Lesezeichen. Setzen Sie ein Lesezeichen (Werkzeugleiste: Lesezeichen setzen), um ein Thema hier wiederzufinden.</translation>
    </message>
    <message>
        <source>No weak topics: nothing you have answered is slipping. Topics come here after wrong answers, or when you bookmark them as weak.</source>
        <translation>Keine schwachen Themen: nichts, was Sie beantwortet haben, gerät in Vergessenheit. Themen erscheinen hier nach falschen Antworten oder wenn Sie sie als schwach markieren.</translation>
    </message>
    <message>
        <source>Nothing is due today. Study &gt; Study Due still offers new cards, or pick All topics and quiz yourself on any topic.</source>
        <translation>Heute ist nichts fällig. Lernen &gt; Fällige Karten lernen bietet trotzdem neue Karten an, oder wählen Sie „Alle Themen“ und üben Sie ein beliebiges Thema.</translation>
    </message>
    <message>
        <source>Every topic has been started: none is new.</source>
        <translation>Alle Themen sind begonnen: keines ist neu.</translation>
    </message>
</context>
<context>
    <name>DeepDive::ExportAnkiCommand</name>
    <message>
        <source>Write the decks (or --scope&apos;s topics) to the Anki package &lt;file&gt; and exit.</source>
        <translation>Die Stapel (oder die Themen von --scope) in das Anki-Paket &lt;file&gt; schreiben und beenden.</translation>
    </message>
    <message>
        <source>With --export-anki: each card&apos;s schedule and FSRS memory go with it.</source>
        <translation>Mit --export-anki: Zeitplan und FSRS-Gedächtniswerte jeder Karte werden mitexportiert.</translation>
    </message>
    <message>
        <source>nothing was exported: %1</source>
        <translation>es wurde nichts exportiert: %1</translation>
    </message>
    <message>
        <source>warning: code goes without highlighting: %1</source>
        <translation>Warnung: Code wird ohne Syntaxhervorhebung exportiert: %1</translation>
    </message>
</context>
<context>
    <name>DeepDive::ExportDialog</name>
    <message>
        <source>Add each topic&apos;s &amp;questions with their answers</source>
        <translation>Zu jedem Thema die &amp;Fragen mit Antworten hinzufügen</translation>
    </message>
    <message>
        <source>Print the summaries of:</source>
        <translation>Zusammenfassungen drucken für:</translation>
    </message>
    <message>
        <source>The &amp;current topic</source>
        <translation>&amp;Aktuelles Thema</translation>
    </message>
    <message>
        <source>The topics &amp;selected in the tree (%1)</source>
        <translation>In der Themenliste &amp;markierte Themen (%1)</translation>
    </message>
    <message>
        <source>The current s&amp;ection</source>
        <translation>Aktueller A&amp;bschnitt</translation>
    </message>
    <message>
        <source>The &amp;bookmarked topics</source>
        <translation>Themen mit &amp;Lesezeichen</translation>
    </message>
    <message>
        <source>The &amp;weak topics</source>
        <translation>&amp;Schwache Themen</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>US-Letter</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>&amp;Papierformat:</translation>
    </message>
    <message>
        <source>The whole &amp;deck</source>
        <translation>&amp;Gesamter Stapel</translation>
    </message>
    <message>
        <source>Include my &amp;notes</source>
        <translation>&amp;Eigene Notizen einfügen</translation>
    </message>
    <message>
        <source>Under each question</source>
        <translation>Unter jeder Frage</translation>
    </message>
    <message>
        <source>At the end of each topic</source>
        <translation>Am Ende jedes Themas</translation>
    </message>
    <message>
        <source>At the end of the handout</source>
        <translation>Am Ende der Unterlage</translation>
    </message>
    <message>
        <source>Answers after the questions let you test yourself with the handout.</source>
        <translation>Stehen die Antworten nach den Fragen, können Sie sich mit der Unterlage selbst abfragen.</translation>
    </message>
    <message>
        <source>&amp;Answers:</source>
        <translation>A&amp;ntworten:</translation>
    </message>
    <message>
        <source>Your own notes on each topic, under “My notes”.</source>
        <translation>Ihre eigenen Notizen zu jedem Thema, unter „Meine Notizen“.</translation>
    </message>
</context>
<context>
    <name>DeepDive::FindBar</name>
    <message>
        <source>Find in topic</source>
        <translation>Im Thema suchen</translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter)</source>
        <translation>Vorheriger Treffer (Umschalt+Eingabe)</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>Vorheriger Treffer</translation>
    </message>
    <message>
        <source>Next match (Enter)</source>
        <translation>Nächster Treffer (Eingabe)</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>Nächster Treffer</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Schließen (Esc)</translation>
    </message>
    <message>
        <source>Close the find bar</source>
        <translation>Suchleiste schließen</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Keine Treffer</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n Treffer</numerusform>
            <numerusform>%n Treffer</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeepDive::GettingStartedDialog</name>
    <message>
        <source>Getting Started</source>
        <translation>Erste Schritte</translation>
    </message>
    <message>
        <source>The window</source>
        <translation>Das Fenster</translation>
    </message>
    <message>
        <source>On the left, the deck&apos;s topics by section; the list above them shows only the bookmarked, weak, due or new ones. In the middle, the code of the open topic: the pitfall, and beside it the fix; %1 shows what a snippet prints. On the right, the topic&apos;s notes, its quiz, and your own notes.</source>
        <translation>Links die Themen des Decks nach Abschnitten; die Liste darüber zeigt nur die mit Lesezeichen, die schwachen, die fälligen oder die neuen. In der Mitte der Code des geöffneten Themas: die Falle und daneben die Lösung; %1 zeigt, was ein Snippet ausgibt. Rechts die Notizen zum Thema, sein Quiz und Ihre eigenen Notizen.</translation>
    </message>
    <message>
        <source>A first evening</source>
        <translation>Ein erster Abend</translation>
    </message>
    <message>
        <source>Read a topic, then answer its quiz. Every answer is saved at once and schedules the card: it comes back when you are about to forget it. %1 gathers the cards that are due across the deck, with a few new ones each day (%2); a card you get wrong comes back later in the same session. %3 takes the last answer back.</source>
        <translation>Lesen Sie ein Thema und beantworten Sie dann sein Quiz. Jede Antwort wird sofort gespeichert und plant die Karte: Sie kommt wieder, wenn Sie sie gerade zu vergessen drohen. %1 sammelt die fälligen Karten aus dem ganzen Deck, mit ein paar neuen pro Tag (%2); eine falsch beantwortete Karte kommt in derselben Sitzung später noch einmal. %3 nimmt die letzte Antwort zurück.</translation>
    </message>
    <message>
        <source>Keeping track</source>
        <translation>Den Überblick behalten</translation>
    </message>
    <message>
        <source>%1 marks a topic to come back to, %2 with a label such as “weak”; %3 lists them under the topics. %4 shows what you have mastered and what is due; after %5, %6 spreads the topics over the days left, weakest first.</source>
        <translation>%1 merkt ein Thema vor, %2 mit einer Beschriftung wie „schwach“; %3 listet sie unter den Themen auf. %4 zeigt, was Sie beherrschen und was fällig ist; nach %5 verteilt %6 die Themen auf die verbleibenden Tage, die schwächsten zuerst.</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Finden</translation>
    </message>
    <message>
        <source>%1 looks through every topic, card and your own notes; %2 finds words in the open topic.</source>
        <translation>%1 durchsucht alle Themen, Karten und Ihre eigenen Notizen; %2 findet Wörter im geöffneten Thema.</translation>
    </message>
    <message>
        <source>Taking it with you</source>
        <translation>Zum Mitnehmen</translation>
    </message>
    <message>
        <source>%1 makes a handout of chosen topics, with the quiz answers where you want them. %2 saves your progress, notes and bookmarks to a file that %3 brings in on another computer.</source>
        <translation>%1 erstellt ein Handout ausgewählter Themen, mit den Quiz-Antworten dort, wo Sie sie haben möchten. %2 speichert Ihren Fortschritt, Ihre Notizen und Lesezeichen in einer Datei, die %3 auf einem anderen Computer übernimmt.</translation>
    </message>
    <message>
        <source>%1 lists every key of the window and the quiz.</source>
        <translation>%1 listet alle Tasten des Fensters und des Quiz auf.</translation>
    </message>
</context>
<context>
    <name>DeepDive::Highlighting</name>
    <message>
        <source>the highlighting plugin could not be loaded (%1)</source>
        <translation>das Hervorhebungs-Plugin konnte nicht geladen werden (%1)</translation>
    </message>
</context>
<context>
    <name>DeepDive::ImportAnkiCommand</name>
    <message>
        <source>Make a deck folder from the Anki package &lt;file&gt; and exit.</source>
        <translation>Aus dem Anki-Paket &lt;file&gt; einen Stapelordner erstellen und beenden.</translation>
    </message>
    <message>
        <source>With --import-anki: the folder the deck goes into (default: decks/ in the data folder).</source>
        <translation>Mit --import-anki: der Ordner, in den der Stapel kommt (Standard: decks/ im Datenordner).</translation>
    </message>
    <message>
        <source>nothing was imported: the folder %1 cannot be made; choose another with --to</source>
        <translation>es wurde nichts importiert: der Ordner %1 kann nicht angelegt werden; wählen Sie mit --to einen anderen</translation>
    </message>
</context>
<context>
    <name>DeepDive::IntervalText</name>
    <message>
        <source>%1 min</source>
        <translation>%1 Min.</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 Std.</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 T.</translation>
    </message>
    <message>
        <source>%1 mo</source>
        <translation>%1 Mon.</translation>
    </message>
    <message>
        <source>%1 y</source>
        <translation>%1 J.</translation>
    </message>
</context>
<context>
    <name>DeepDive::Journal</name>
    <message>
        <source>the line has no checksum</source>
        <translation>die Zeile hat keine Prüfsumme</translation>
    </message>
    <message>
        <source>the line&apos;s checksum does not match (damaged or incomplete)</source>
        <translation>die Prüfsumme der Zeile stimmt nicht (beschädigt oder unvollständig)</translation>
    </message>
    <message>
        <source>the line is not a JSON object</source>
        <translation>die Zeile ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>its first line is not a Deep Dive journal header</source>
        <translation>die erste Zeile ist kein Deep-Dive-Journalkopf</translation>
    </message>
    <message>
        <source>it was written by a newer Deep Dive (journal format %1; this version reads up to %2): its changes are not merged until Deep Dive is updated</source>
        <translation>es wurde von einem neueren Deep Dive geschrieben (Journalformat %1; diese Version liest bis %2): seine Änderungen werden erst nach einer Aktualisierung von Deep Dive übernommen</translation>
    </message>
    <message>
        <source>its header has no valid format version</source>
        <translation>sein Kopf enthält keine gültige Formatversion</translation>
    </message>
</context>
<context>
    <name>DeepDive::JournalReader</name>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 lässt sich nicht lesen: %2</translation>
    </message>
    <message>
        <source>%1 is larger than a journal can be (%2 bytes); it was not read</source>
        <translation>%1 ist größer, als ein Journal sein kann (%2 Bytes); es wurde nicht gelesen</translation>
    </message>
    <message>
        <source>%1:1: %2; the journal was not read</source>
        <translation>%1:1: %2; das Journal wurde nicht gelesen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1:%2: %3; the line was skipped</source>
        <translation>%1:%2: %3; die Zeile wurde übersprungen</translation>
    </message>
</context>
<context>
    <name>DeepDive::MainWindow</name>
    <message>
        <source>the progress database is read-only</source>
        <translation>die Fortschrittsdatenbank ist schreibgeschützt</translation>
    </message>
    <message>
        <source>&amp;Quiz</source>
        <translation>&amp;Quiz</translation>
    </message>
    <message>
        <source>&amp;My Notes</source>
        <translation>&amp;Meine Notizen</translation>
    </message>
    <message>
        <source>Answer saved.</source>
        <translation>Antwort gespeichert.</translation>
    </message>
    <message>
        <source>&amp;Highlighting Theme</source>
        <translation>&amp;Hervorhebungsschema</translation>
    </message>
    <message>
        <source>Search is not available.</source>
        <translation>Die Suche ist nicht verfügbar.</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>&amp;Automatic (follows light or dark)</source>
        <translation>&amp;Automatisch (hell oder dunkel wie das System)</translation>
    </message>
    <message>
        <source>Study Due</source>
        <translation>Fällige Karten lernen</translation>
    </message>
    <message>
        <source>%1 (%2 due)</source>
        <translation>%1 (%2 fällig)</translation>
    </message>
    <message>
        <source>The session could not be saved: %1</source>
        <translation>Die Lernsitzung konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Session done</source>
        <translation>Lernsitzung beendet</translation>
    </message>
    <message>
        <source>These topics became weak: %1.</source>
        <translation>Diese Themen sind schwach geworden: %1.</translation>
    </message>
    <message>
        <source>&amp;Bookmark them as weak</source>
        <translation>Mit &amp;Lesezeichen „schwach“ versehen</translation>
    </message>
    <message>
        <source>Interview Date</source>
        <translation>Termin des Vorstellungsgesprächs</translation>
    </message>
    <message>
        <source>My interview is on:</source>
        <translation>Mein Vorstellungsgespräch ist am:</translation>
    </message>
    <message>
        <source>Interview on %1: Study &gt; Plan to Interview spreads the topics over the days left.</source>
        <translation>Vorstellungsgespräch am %1: Lernen &gt; Plan bis zum Vorstellungsgespräch verteilt die Themen auf die verbleibenden Tage.</translation>
    </message>
    <message>
        <source>No interview date.</source>
        <translation>Kein Termin für ein Vorstellungsgespräch festgelegt.</translation>
    </message>
    <message>
        <source>Plan to Interview</source>
        <translation>Plan bis zum Vorstellungsgespräch</translation>
    </message>
    <message>
        <source>Set a future interview date first (Study &gt; Set Interview Date).</source>
        <translation>Legen Sie zuerst einen künftigen Termin für das Vorstellungsgespräch fest (Lernen &gt; Termin des Vorstellungsgesprächs).</translation>
    </message>
    <message>
        <source>Bookmark</source>
        <translation>Lesezeichen</translation>
    </message>
    <message>
        <source>The bookmark was not saved: %1</source>
        <translation>Das Lesezeichen wurde nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Bookmark with Label</source>
        <translation>Lesezeichen mit Beschriftung</translation>
    </message>
    <message>
        <source>Label for “%1”:</source>
        <translation>Beschriftung für „%1“:</translation>
    </message>
    <message>
        <source>Could not save the time spent on this topic: %1</source>
        <translation>Die mit diesem Thema verbrachte Zeit konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Study session paused: Study &gt; Study Due resumes it.</source>
        <translation>Lernsitzung unterbrochen: Lernen &gt; Fällige Karten lernen setzt sie fort.</translation>
    </message>
    <message>
        <source>About Deep Dive</source>
        <translation>Über Deep Dive</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Deep Dive %1&lt;/h3&gt;&lt;p&gt;Study technical theory for interviews: topics, highlighted pitfalls and quizzes, offline.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Deep Dive %1&lt;/h3&gt;&lt;p&gt;Technische Theorie für Vorstellungsgespräche lernen: Themen, hervorgehobene Fallstricke und Quizfragen, ganz ohne Internetverbindung.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>There are no topics to print in “%1”.</source>
        <translation>In „%1“ gibt es keine Themen zum Drucken.</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>PDF exportieren</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>The PDF was not written: %1</source>
        <translation>Die PDF-Datei wurde nicht geschrieben: %1</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Drucken</translation>
    </message>
    <message>
        <source>Print Preview</source>
        <translation>Druckvorschau</translation>
    </message>
    <message>
        <source>Printing failed: %1</source>
        <translation>Drucken fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Export Progress</source>
        <translation>Fortschritt exportieren</translation>
    </message>
    <message>
        <source>Deep Dive progress (*.json)</source>
        <translation>Deep-Dive-Fortschritt (*.json)</translation>
    </message>
    <message>
        <source>Nothing was exported: %1</source>
        <translation>Es wurde nichts exportiert: %1</translation>
    </message>
    <message>
        <source>Import Progress</source>
        <translation>Fortschritt importieren</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Es wurde nichts importiert: %1</translation>
    </message>
    <message>
        <source>Restore Backup</source>
        <translation>Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>There is no backup yet. Deep Dive makes one each day you study, in %1.</source>
        <translation>Es gibt noch keine Sicherung. Deep Dive legt an jedem Lerntag eine in %1 an.</translation>
    </message>
    <message>
        <source>Bring back your progress as it was in:</source>
        <translation>Fortschritt auf den Stand dieser Sicherung zurücksetzen:</translation>
    </message>
    <message>
        <source>Replace your current progress with the backup %1? Your current database is kept beside it, renamed, so nothing is lost.</source>
        <translation>Ihren aktuellen Fortschritt durch die Sicherung %1 ersetzen? Ihre aktuelle Datenbank wird umbenannt daneben aufbewahrt, es geht also nichts verloren.</translation>
    </message>
    <message>
        <source>The backup was not restored: %1</source>
        <translation>Die Sicherung wurde nicht wiederhergestellt: %1</translation>
    </message>
    <message>
        <source>Your progress is back as it was in %1.</source>
        <translation>Ihr Fortschritt ist wieder auf dem Stand von %1.</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>&amp;System Language</source>
        <translation>&amp;Systemsprache</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Deep Dive will use the new language the next time it starts.</source>
        <translation>Deep Dive verwendet die neue Sprache beim nächsten Start.</translation>
    </message>
    <message numerus="yes">
        <source>You left a study session after %1 of %n card(s). Resume it?</source>
        <translation>
            <numerusform>Sie haben eine Lernsitzung nach %1 von %n Karte verlassen. Möchten Sie sie fortsetzen?</numerusform>
            <numerusform>Sie haben eine Lernsitzung nach %1 von %n Karten verlassen. Möchten Sie sie fortsetzen?</numerusform>
        </translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>Desired Retention</source>
        <translation>Gewünschte Behaltensquote</translation>
    </message>
    <message>
        <source>Chance of remembering a card when it is due (now %1):</source>
        <translation>Wahrscheinlichkeit, sich an eine fällige Karte zu erinnern (derzeit %1):</translation>
    </message>
    <message>
        <source>Desired retention: %1. New intervals use it from the next answer.</source>
        <translation>Gewünschte Behaltensquote: %1. Neue Intervalle berücksichtigen sie ab der nächsten Antwort.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;%n day(s) to your interview. Each day, review these topics (the weakest on the day come first):&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;Noch %n Tag bis zu Ihrem Vorstellungsgespräch. Wiederholen Sie an jedem Tag diese Themen (die an dem Tag schwächsten zuerst):&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;Noch %n Tage bis zu Ihrem Vorstellungsgespräch. Wiederholen Sie an jedem Tag diese Themen (die an dem Tag schwächsten zuerst):&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n card(s) mastered</source>
        <translation>
            <numerusform>%1 von %n Karte gemeistert</numerusform>
            <numerusform>%1 von %n Karten gemeistert</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 due</source>
        <translation>%1 fällig</translation>
    </message>
    <message>
        <source>days in a row: %1</source>
        <translation>Tage in Folge: %1</translation>
    </message>
    <message>
        <source>Wrote %1 (%2) to %3.</source>
        <translation>%1 (%2) in %3 gespeichert.</translation>
    </message>
    <message numerus="yes">
        <source>%n topic(s)</source>
        <translation>
            <numerusform>%n Thema</numerusform>
            <numerusform>%n Themen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n Seite</numerusform>
            <numerusform>%n Seiten</numerusform>
        </translation>
    </message>
    <message>
        <source>Exported %1 to %2.</source>
        <translation>%1 nach %2 exportiert.</translation>
    </message>
    <message>
        <source>Merged %1 from %2 into your progress.</source>
        <translation>%1 aus %2 in Ihren Fortschritt übernommen.</translation>
    </message>
    <message numerus="yes">
        <source>Study %n Due</source>
        <translation>
            <numerusform>%n fällige Karte lernen</numerusform>
            <numerusform>%n fällige Karten lernen</numerusform>
        </translation>
    </message>
    <message>
        <source>Code is shown without highlighting: %1</source>
        <translation>Code wird ohne Syntaxhervorhebung angezeigt: %1</translation>
    </message>
    <message>
        <source>The decks changed on disk: Study &gt; Study Due resumes the session.</source>
        <translation>Die Stapel wurden auf der Festplatte geändert: Lernen &gt; Fällige Karten lernen setzt die Lernsitzung fort.</translation>
    </message>
    <message>
        <source>Where you are in the session was not saved: %1</source>
        <translation>Ihre Position in der Lernsitzung wurde nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Your progress was replaced: Study &gt; Study Due starts a new session.</source>
        <translation>Ihr Fortschritt wurde ersetzt: Lernen &gt; Fällige Karten lernen beginnt eine neue Lernsitzung.</translation>
    </message>
    <message>
        <source>Checking the backup %1…</source>
        <translation>Die Sicherung %1 wird geprüft …</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Answer undone: the card is asked again.</source>
        <translation>Antwort zurückgenommen: Die Karte wird noch einmal abgefragt.</translation>
    </message>
    <message>
        <source>Undo Answer</source>
        <translation>Antwort zurücknehmen</translation>
    </message>
    <message>
        <source>The answer was not taken back: %1</source>
        <translation>Die Antwort wurde nicht zurückgenommen: %1</translation>
    </message>
    <message>
        <source>U&amp;ndo Answer</source>
        <translation>Antwort &amp;zurücknehmen</translation>
    </message>
    <message>
        <source>U&amp;ndo Answer to “%1”</source>
        <translation>Antwort zu „%1“ &amp;zurücknehmen</translation>
    </message>
    <message>
        <source>weak</source>
        <translation>schwach</translation>
    </message>
    <message>
        <source>%1 — the day before: once more over the weakest</source>
        <translation>%1 – der Tag davor: noch einmal über die schwächsten</translation>
    </message>
    <message>
        <source>No other topic is weak.</source>
        <translation>Kein anderes Thema ist schwach.</translation>
    </message>
    <message numerus="yes">
        <source>Study the due cards of (with up to %n new card(s) a day; %1 left today; Study &gt; New Cards per Day changes it):</source>
        <translation>
            <numerusform>Die fälligen Karten lernen von (mit bis zu %n neuen Karte pro Tag; heute noch %1; Lernen &gt; Neue Karten pro Tag ändert das):</numerusform>
            <numerusform>Die fälligen Karten lernen von (mit bis zu %n neuen Karten pro Tag; heute noch %1; Lernen &gt; Neue Karten pro Tag ändert das):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Review the %n card(s) I missed today</source>
        <translation>
            <numerusform>Die %n heute verfehlte Karte wiederholen</numerusform>
            <numerusform>Die %n heute verfehlten Karten wiederholen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Study ahead: the %n card(s) due in the next %1 days</source>
        <translation>
            <numerusform>Vorauslernen: die %n Karte, die in den nächsten %1 Tagen fällig wird</numerusform>
            <numerusform>Vorauslernen: die %n Karten, die in den nächsten %1 Tagen fällig werden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Learn %n more new card(s)</source>
        <translation>
            <numerusform>%n weitere neue Karte lernen</numerusform>
            <numerusform>%n weitere neue Karten lernen</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is due in “%1”, and every card in it has been learnt.</source>
        <translation>In „%1“ ist nichts fällig, und jede Karte darin ist gelernt.</translation>
    </message>
    <message>
        <source>Nothing is due in “%1”, and today&apos;s new cards are done. Go on with:</source>
        <translation>In „%1“ ist nichts fällig, und die neuen Karten für heute sind erledigt. Weiter mit:</translation>
    </message>
    <message>
        <source>New Cards per Day</source>
        <translation>Neue Karten pro Tag</translation>
    </message>
    <message>
        <source>New cards a study session may bring in each day (now %1):</source>
        <translation>Neue Karten, die eine Lernsitzung pro Tag aufnehmen darf (jetzt %1):</translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation>Erscheinungs&amp;bild</translation>
    </message>
    <message>
        <source>Takes effect when Deep Dive starts again</source>
        <translation>Wirkt beim nächsten Start von Deep Dive</translation>
    </message>
    <message>
        <source>&amp;System Colours</source>
        <translation>&amp;Systemfarben</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message numerus="yes">
        <source>Studied %n card(s), %1 right the first time, in %2 min.</source>
        <translation>
            <numerusform>%n Karte gelernt, %1 beim ersten Mal richtig, in %2 Min.</numerusform>
            <numerusform>%n Karten gelernt, %1 beim ersten Mal richtig, in %2 Min.</numerusform>
        </translation>
    </message>
    <message>
        <source>New Deck</source>
        <translation>Neuer Stapel</translation>
    </message>
    <message>
        <source>Title of the new deck:</source>
        <translation>Titel des neuen Stapels:</translation>
    </message>
    <message>
        <source>My deck</source>
        <translation>Mein Stapel</translation>
    </message>
    <message>
        <source>No deck was made: %1</source>
        <translation>Es wurde kein Stapel angelegt: %1</translation>
    </message>
    <message>
        <source>The deck “%1” is in %2, with an example topic of every card type. Edit its files in any editor: the window shows each change as you save it.</source>
        <translation>Der Stapel „%1“ liegt in %2, mit einem Beispielthema für jede Kartenart. Bearbeiten Sie seine Dateien in einem beliebigen Editor: Das Fenster zeigt jede Änderung, sobald Sie speichern.</translation>
    </message>
    <message>
        <source>Copy Deck to Edit</source>
        <translation>Stapel zum Bearbeiten kopieren</translation>
    </message>
    <message>
        <source>The deck was not copied: %1</source>
        <translation>Der Stapel wurde nicht kopiert: %1</translation>
    </message>
    <message>
        <source>“%1” is copied to %2 and takes the place of the original, with your progress. Edit its files in any editor: the window shows each change as you save it.</source>
        <translation>„%1“ wurde nach %2 kopiert und tritt mit Ihrem Fortschritt an die Stelle des Originals. Bearbeiten Sie seine Dateien in einem beliebigen Editor: Das Fenster zeigt jede Änderung, sobald Sie speichern.</translation>
    </message>
    <message>
        <source>Import Progress stopped: nothing was imported.</source>
        <translation>Fortschritt importieren abgebrochen: Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>Merging %1…</source>
        <translation>%1 wird zusammengeführt…</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>%1 wird geschrieben…</translation>
    </message>
    <message numerus="yes">
        <source>Starting a session of %n card(s)…</source>
        <translation>
            <numerusform>Eine Lernsitzung mit %n Karte wird gestartet…</numerusform>
            <numerusform>Eine Lernsitzung mit %n Karten wird gestartet…</numerusform>
        </translation>
    </message>
    <message>
        <source>Resuming the session at card %1 of %2…</source>
        <translation>Die Lernsitzung wird bei Karte %1 von %2 fortgesetzt…</translation>
    </message>
</context>
<context>
    <name>DeepDive::NoteHistory</name>
    <message>
        <source>that version of the note is no longer in conflict with yours</source>
        <translation>diese Fassung der Notiz steht nicht mehr im Konflikt mit Ihrer</translation>
    </message>
</context>
<context>
    <name>DeepDive::NoteStore</name>
    <message>
        <source>a note can hold at most %1</source>
        <translation>eine Notiz darf höchstens %1 umfassen</translation>
    </message>
</context>
<context>
    <name>DeepDive::NotesEditor</name>
    <message>
        <source>Your notes (Markdown)</source>
        <translation>Ihre Notizen (Markdown)</translation>
    </message>
    <message>
        <source>Your own notes for this topic, in Markdown. They are saved as you type.</source>
        <translation>Ihre eigenen Notizen zu diesem Thema, in Markdown. Sie werden während des Tippens gespeichert.</translation>
    </message>
    <message>
        <source>Your notes, rendered</source>
        <translation>Ihre Notizen, formatiert</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Editing…</source>
        <translation>Wird bearbeitet…</translation>
    </message>
    <message>
        <source>*No notes yet.*</source>
        <translation>*Noch keine Notizen.*</translation>
    </message>
    <message>
        <source>Select a topic to write notes about it.</source>
        <translation>Wählen Sie ein Thema, um Notizen dazu zu schreiben.</translation>
    </message>
    <message>
        <source>Your progress database is read-only: notes cannot be saved.</source>
        <translation>Ihre Fortschrittsdatenbank ist schreibgeschützt: Notizen können nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Gespeichert: %1</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <source>Switch between editing and the rendered notes (%1)</source>
        <translation>Zwischen Bearbeiten und der formatierten Ansicht der Notizen wechseln (%1)</translation>
    </message>
    <message>
        <source>Not saved yet: %1. This text is newer than the saved note; it will be saved with the next change.</source>
        <translation>Noch nicht gespeichert: %1. Dieser Text ist neuer als die gespeicherte Notiz; er wird mit der nächsten Änderung gespeichert.</translation>
    </message>
    <message>
        <source>recovered after a failed save</source>
        <translation>nach einem fehlgeschlagenen Speichern wiederhergestellt</translation>
    </message>
    <message>
        <source>the progress database is read-only</source>
        <translation>die Fortschrittsdatenbank ist schreibgeschützt</translation>
    </message>
    <message>
        <source>the database did not say why</source>
        <translation>die Datenbank hat keinen Grund genannt</translation>
    </message>
    <message>
        <source>Not saved: %1. Your text stays here and in %2; it will be saved with the next change.</source>
        <translation>Nicht gespeichert: %1. Ihr Text bleibt hier und in %2 erhalten; er wird mit der nächsten Änderung gespeichert.</translation>
    </message>
    <message>
        <source>Not saved: %1. Your text stays here (a recovery file could not be written either); it will be saved with the next change.</source>
        <translation>Nicht gespeichert: %1. Ihr Text bleibt hier erhalten (auch eine Wiederherstellungsdatei konnte nicht geschrieben werden); er wird mit der nächsten Änderung gespeichert.</translation>
    </message>
    <message>
        <source>this note is longer than the %1 a note can hold</source>
        <translation>diese Notiz ist länger als die %1, die eine Notiz umfassen darf</translation>
    </message>
    <message>
        <source>Not saved: %1. Your text stays here; shorten it to save it.</source>
        <translation>Nicht gespeichert: %1. Ihr Text bleibt hier; kürzen Sie ihn, um ihn zu speichern.</translation>
    </message>
    <message>
        <source>They are kept in %1 and will be saved the next time Deep Dive starts.</source>
        <translation>Sie liegen in %1 und werden beim nächsten Start von Deep Dive gespeichert.</translation>
    </message>
    <message>
        <source>They could not be written to a recovery file either: closing now loses them. Copy them somewhere else first.</source>
        <translation>Sie konnten auch nicht in eine Wiederherstellungsdatei geschrieben werden: Wenn Sie jetzt schließen, gehen sie verloren. Kopieren Sie sie vorher an einen anderen Ort.</translation>
    </message>
    <message>
        <source>Unsaved Notes</source>
        <translation>Nicht gespeicherte Notizen</translation>
    </message>
    <message numerus="yes">
        <source>Your notes on %n topic(s) could not be saved: %1.</source>
        <translation>
            <numerusform>Ihre Notizen zu %n Thema konnten nicht gespeichert werden: %1.</numerusform>
            <numerusform>Ihre Notizen zu %n Themen konnten nicht gespeichert werden: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Close Deep Dive anyway?</source>
        <translation>Deep Dive trotzdem schließen?</translation>
    </message>
</context>
<context>
    <name>DeepDive::NoticeBar</name>
    <message>
        <source>Dismiss</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <source>Dismiss the message</source>
        <translation>Die Meldung ausblenden</translation>
    </message>
</context>
<context>
    <name>DeepDive::OwnJournal</name>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 lässt sich nicht lesen: %2</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1 cannot be read back: %2</source>
        <translation>%1 lässt sich nicht zurücklesen: %2</translation>
    </message>
</context>
<context>
    <name>DeepDive::PairView</name>
    <message>
        <source>Situations</source>
        <translation>Situationen</translation>
    </message>
    <message>
        <source>Situation %1: %2</source>
        <translation>Situation %1: %2</translation>
    </message>
    <message>
        <source>(the right one)</source>
        <translation>(die richtige)</translation>
    </message>
    <message>
        <source>(your choice)</source>
        <translation>(Ihre Wahl)</translation>
    </message>
    <message>
        <source>current situation</source>
        <translation>aktuelle Situation</translation>
    </message>
</context>
<context>
    <name>DeepDive::PrintScope</name>
    <message>
        <source>All topics</source>
        <translation>Alle Themen</translation>
    </message>
    <message>
        <source>Bookmarked topics</source>
        <translation>Themen mit Lesezeichen</translation>
    </message>
    <message>
        <source>Weak topics</source>
        <translation>Schwache Themen</translation>
    </message>
    <message>
        <source>there is no section with the id &quot;%1&quot;</source>
        <translation>es gibt keinen Abschnitt mit der ID „%1“</translation>
    </message>
    <message>
        <source>Section: %1</source>
        <translation>Abschnitt: %1</translation>
    </message>
    <message>
        <source>there is no topic with the id &quot;%1&quot;</source>
        <translation>es gibt kein Thema mit der ID „%1“</translation>
    </message>
    <message>
        <source>Selected topics</source>
        <translation>Ausgewählte Themen</translation>
    </message>
    <message>
        <source>there is no deck with the id &quot;%1&quot;</source>
        <translation>es gibt keinen Stapel mit der ID „%1“</translation>
    </message>
    <message>
        <source>unknown scope &quot;%1&quot;; use all, bookmarked, weak, deck:ID, section:ID or topics:ID,ID</source>
        <translation>unbekannter Umfang „%1“; verwenden Sie all, bookmarked, weak, deck:ID, section:ID oder topics:ID,ID</translation>
    </message>
</context>
<context>
    <name>DeepDive::ProgressExchange</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is not valid JSON (at byte %2: %3)</source>
        <translation>%1 ist kein gültiges JSON (bei Byte %2: %3)</translation>
    </message>
    <message>
        <source>%1 is not a Deep Dive progress export</source>
        <translation>%1 ist kein Fortschrittsexport von Deep Dive</translation>
    </message>
    <message>
        <source>%1 was exported by a newer Deep Dive (format %2); update Deep Dive to import it</source>
        <translation>%1 wurde von einer neueren Version von Deep Dive exportiert (Format %2); aktualisieren Sie Deep Dive, um die Datei zu importieren</translation>
    </message>
    <message>
        <source>the progress database is read-only; nothing was imported</source>
        <translation>die Fortschrittsdatenbank ist schreibgeschützt; es wurde nichts importiert</translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s)</source>
        <translation>
            <numerusform>%n Antwort</numerusform>
            <numerusform>%n Antworten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n card state(s)</source>
        <translation>
            <numerusform>%n Kartenzustand</numerusform>
            <numerusform>%n Kartenzustände</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bookmark(s)</source>
        <translation>
            <numerusform>%n Lesezeichen</numerusform>
            <numerusform>%n Lesezeichen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n Notiz</numerusform>
            <numerusform>%n Notizen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n topic visit(s)</source>
        <translation>
            <numerusform>%n Themenaufruf</numerusform>
            <numerusform>%n Themenaufrufe</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2, %3, %4 and %5</source>
        <translation>%1, %2, %3, %4 und %5</translation>
    </message>
    <message>
        <source>%1: the note on %2 / %3 is longer than the %4 a note can hold; nothing was imported</source>
        <translation>%1: Die Notiz zu %2 / %3 ist länger als die %4, die eine Notiz umfassen darf; es wurde nichts importiert</translation>
    </message>
    <message>
        <source>%1: an earlier version of the note on %2 / %3 is longer than the %4 a note can hold; nothing was imported</source>
        <translation>%1: Eine frühere Fassung der Notiz zu %2 / %3 ist länger als die %4, die eine Notiz umfassen darf; es wurde nichts importiert</translation>
    </message>
    <message>
        <source>answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>card state</source>
        <translation>Kartenzustand</translation>
    </message>
    <message>
        <source>bookmark</source>
        <translation>Lesezeichen</translation>
    </message>
    <message>
        <source>note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>topic visit</source>
        <translation>Themenbesuch</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a list; nothing was imported</source>
        <translation>%1: „%2“ ist keine Liste; es wurde nichts importiert</translation>
    </message>
    <message>
        <source>%1: %2 %3 of %4 is not an object; nothing was imported</source>
        <translation>%1: %2 %3 von %4 ist kein Objekt; es wurde nichts importiert</translation>
    </message>
    <message>
        <source>%1: %2 %3 of %4 has a missing or invalid &quot;%5&quot;; nothing was imported</source>
        <translation>%1: bei %2 %3 von %4 fehlt „%5“ oder ist ungültig; es wurde nichts importiert</translation>
    </message>
    <message>
        <source>the import was stopped; nothing was imported</source>
        <translation>der Import wurde abgebrochen; es wurde nichts importiert</translation>
    </message>
</context>
<context>
    <name>DeepDive::QuizPanel</name>
    <message>
        <source>Recall</source>
        <translation>Aus dem Gedächtnis</translation>
    </message>
    <message>
        <source>Multiple choice</source>
        <translation>Auswahlfrage</translation>
    </message>
    <message>
        <source>Predict the output</source>
        <translation>Ausgabe vorhersagen</translation>
    </message>
    <message>
        <source>Spot the bug</source>
        <translation>Fehler finden</translation>
    </message>
    <message>
        <source>Which one fits?</source>
        <translation>Was passt?</translation>
    </message>
    <message>
        <source>&amp;Next card</source>
        <translation>&amp;Nächste Karte</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>Show answer (Space)</source>
        <translation>Antwort zeigen (Leertaste)</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>1 Again</source>
        <translation>1 Nochmal</translation>
    </message>
    <message>
        <source>2 Hard</source>
        <translation>2 Schwer</translation>
    </message>
    <message>
        <source>3 Good</source>
        <translation>3 Gut</translation>
    </message>
    <message>
        <source>4 Easy</source>
        <translation>4 Leicht</translation>
    </message>
    <message>
        <source>I did not remember it</source>
        <translation>Ich wusste es nicht mehr</translation>
    </message>
    <message>
        <source>I remembered it with real effort</source>
        <translation>Ich habe mich nur mit Mühe erinnert</translation>
    </message>
    <message>
        <source>I remembered it</source>
        <translation>Ich habe mich erinnert</translation>
    </message>
    <message>
        <source>I knew it at once</source>
        <translation>Ich wusste es sofort</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Antwortmöglichkeiten</translation>
    </message>
    <message>
        <source>Check (Ctrl+Enter)</source>
        <translation>Prüfen (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>Your predicted output</source>
        <translation>Ihre vorhergesagte Ausgabe</translation>
    </message>
    <message>
        <source>Type what the snippet prints, one line per line</source>
        <translation>Geben Sie ein, was das Codebeispiel ausgibt, Zeile für Zeile</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Erklärung</translation>
    </message>
    <message>
        <source>Go to the next card (Enter)</source>
        <translation>Zur nächsten Karte (Enter)</translation>
    </message>
    <message>
        <source>Done: %1 of %2 correct. Pick another topic, or study what is due.</source>
        <translation>Fertig: %1 von %2 richtig. Wählen Sie ein anderes Thema, oder lernen Sie die fälligen Karten.</translation>
    </message>
    <message>
        <source>This topic has no quiz cards.</source>
        <translation>Zu diesem Thema gibt es keine Quizkarten.</translation>
    </message>
    <message>
        <source>Card %1 of %2 · %3</source>
        <translation>Karte %1 von %2 · %3</translation>
    </message>
    <message>
        <source>What does the snippet in the code pane print?</source>
        <translation>Was gibt das Codebeispiel im Codebereich aus?</translation>
    </message>
    <message>
        <source>Which line of the snippet in the code pane has the bug?</source>
        <translation>Welche Zeile des Codebeispiels im Codebereich enthält den Fehler?</translation>
    </message>
    <message>
        <source>Your answer was not saved: %1</source>
        <translation>Ihre Antwort wurde nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>More than one option is right: pick each with its number, then check.</source>
        <translation>Mehrere Antworten sind richtig: Wählen Sie jede über ihre Nummer aus, und prüfen Sie dann.</translation>
    </message>
    <message>
        <source>Saved as “%1”.</source>
        <translation>Gespeichert als „%1“.</translation>
    </message>
    <message>
        <source>Again</source>
        <translation>Nochmal</translation>
    </message>
    <message>
        <source>Hard</source>
        <translation>Schwer</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Gut</translation>
    </message>
    <message>
        <source>Easy</source>
        <translation>Leicht</translation>
    </message>
    <message>
        <source>✓ Correct</source>
        <translation>✓ Richtig</translation>
    </message>
    <message>
        <source>✗ Not quite</source>
        <translation>✗ Nicht ganz</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Erwartet</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Ihre</translation>
    </message>
    <message>
        <source>Line %1 is the bug. The fix is shown with it, in the code pane.</source>
        <translation>Zeile %1 enthält den Fehler. Die Korrektur wird im Codebereich mit angezeigt.</translation>
    </message>
    <message>
        <source>You picked line %1; the bug is on line %2. The fix is shown with it, in the code pane.</source>
        <translation>Sie haben Zeile %1 gewählt; der Fehler steht in Zeile %2. Die Korrektur wird im Codebereich mit angezeigt.</translation>
    </message>
    <message>
        <source>&amp;Next card (Enter)</source>
        <translation>&amp;Nächste Karte (Enter)</translation>
    </message>
    <message>
        <source>&amp;Finish (Enter)</source>
        <translation>&amp;Fertig (Enter)</translation>
    </message>
    <message>
        <source>Keys: 1 or 2 (or A, B) answers the situation marked ▸ and moves on; ↑ and ↓ move the mark; Ctrl+Enter checks.</source>
        <translation>Tasten: 1 oder 2 (oder A, B) beantwortet die mit ▸ markierte Situation und geht weiter; ↑ und ↓ verschieben die Markierung; Strg+Eingabe prüft.</translation>
    </message>
    <message>
        <source>Saved “%1” · next review in %2</source>
        <translation>Als „%1“ gespeichert · nächste Wiederholung in %2</translation>
    </message>
    <message>
        <source>Saved “%1”.</source>
        <translation>Als „%1“ gespeichert.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>right, and you picked it</source>
        <translation>richtig, und Sie haben sie gewählt</translation>
    </message>
    <message>
        <source>right, but you did not pick it</source>
        <translation>richtig, aber Sie haben sie nicht gewählt</translation>
    </message>
    <message>
        <source>wrong, and you picked it</source>
        <translation>falsch, und Sie haben sie gewählt</translation>
    </message>
    <message>
        <source>Keys: ↑ and ↓ move through the lines of the code, Enter picks the line with the bug; or click it.</source>
        <translation>Tasten: ↑ und ↓ gehen durch die Zeilen des Codes, die Eingabetaste wählt die Zeile mit dem Fehler; oder klicken Sie sie an.</translation>
    </message>
    <message>
        <source>Ne&amp;xt topic</source>
        <translation>Nächstes Th&amp;ema</translation>
    </message>
    <message>
        <source>Next &amp;weak topic</source>
        <translation>Nächstes &amp;schwaches Thema</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Retry the %n missed card(s)</source>
        <translation>
            <numerusform>%n verpasste Karte &amp;wiederholen</numerusform>
            <numerusform>%n verpasste Karten &amp;wiederholen</numerusform>
        </translation>
    </message>
    <message>
        <source>This card comes back next, to learn it again.</source>
        <translation>Diese Karte kommt als nächste noch einmal, damit Sie sie neu lernen.</translation>
    </message>
    <message numerus="yes">
        <source>This card comes back after %n more card(s), to learn it again.</source>
        <translation>
            <numerusform>Diese Karte kommt nach %n weiteren Karte noch einmal, damit Sie sie neu lernen.</numerusform>
            <numerusform>Diese Karte kommt nach %n weiteren Karten noch einmal, damit Sie sie neu lernen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeepDive::ReviewStore</name>
    <message>
        <source>that answer is no longer the card&apos;s last one</source>
        <translation>diese Antwort ist nicht mehr die letzte der Karte</translation>
    </message>
    <message>
        <source>the card&apos;s schedule was changed after that answer (by an import)</source>
        <translation>der Zeitplan der Karte wurde nach dieser Antwort geändert (durch einen Import)</translation>
    </message>
</context>
<context>
    <name>DeepDive::SearchDialog</name>
    <message>
        <source>Topic</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>Snippet</source>
        <translation>Codebeispiel</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Karte</translation>
    </message>
    <message>
        <source>My note</source>
        <translation>Meine Notiz</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suche</translation>
    </message>
    <message>
        <source>Search topics, notes, snippets and cards</source>
        <translation>Themen, Notizen, Codebeispiele und Karten durchsuchen</translation>
    </message>
    <message>
        <source>Search topics, notes, snippets and cards…</source>
        <translation>Themen, Notizen, Codebeispiele und Karten durchsuchen…</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Suchergebnisse</translation>
    </message>
    <message>
        <source>Building the search index…</source>
        <translation>Suchindex wird erstellt…</translation>
    </message>
    <message>
        <source>Type to search; Enter opens the selected match.</source>
        <translation>Tippen Sie, um zu suchen; Enter öffnet den ausgewählten Treffer.</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n Treffer</numerusform>
            <numerusform>%n Treffer</numerusform>
        </translation>
    </message>
    <message>
        <source>Type one more letter: search starts at two.</source>
        <translation>Bitte noch einen Buchstaben: Die Suche beginnt ab zwei.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>search result: kind · topic</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Nothing matches “%1”. Did you mean &lt;a href=&quot;suggestion&quot;&gt;%2&lt;/a&gt;? Its matches are shown.</source>
        <translation>Keine Treffer für „%1“. Meinten Sie &lt;a href=&quot;suggestion&quot;&gt;%2&lt;/a&gt;? Dessen Treffer werden angezeigt.</translation>
    </message>
</context>
<context>
    <name>DeepDive::SearchIndex</name>
    <message>
        <source>only %1 is free on the disk that holds %2; search stays off until %3 are free, so that the space goes to your progress</source>
        <translation>auf dem Datenträger mit %2 sind nur %1 frei; die Suche bleibt aus, bis %3 frei sind, damit der Platz Ihrem Fortschritt bleibt</translation>
    </message>
</context>
<context>
    <name>DeepDive::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Menus and the window</source>
        <translation>Menüs und Fenster</translation>
    </message>
    <message>
        <source>In the quiz</source>
        <translation>Im Quiz</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Leertaste</translation>
    </message>
    <message>
        <source>Show the answer of a recall card</source>
        <translation>Die Antwort einer „Aus dem Gedächtnis“-Karte zeigen</translation>
    </message>
    <message>
        <source>1 2 3 4</source>
        <translation>1 2 3 4</translation>
    </message>
    <message>
        <source>Grade a recall card (Again, Hard, Good, Easy); pick an option of a multiple-choice card</source>
        <translation>Eine „Aus dem Gedächtnis“-Karte bewerten (Nochmal, Schwer, Gut, Leicht); eine Option einer Auswahlfrage wählen</translation>
    </message>
    <message>
        <source>1 2 or A B, ↑ ↓</source>
        <translation>1 2 oder A B, ↑ ↓</translation>
    </message>
    <message>
        <source>Which one fits: answer the marked situation; move the mark</source>
        <translation>Was passt?: die markierte Situation beantworten; die Markierung verschieben</translation>
    </message>
    <message>
        <source>↑ ↓, Enter</source>
        <translation>↑ ↓, Eingabetaste</translation>
    </message>
    <message>
        <source>Spot the bug: move through the lines of the code; pick the line</source>
        <translation>Fehler finden: durch die Zeilen des Codes gehen; die Zeile wählen</translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Strg+Eingabetaste</translation>
    </message>
    <message>
        <source>Check a prediction, a multiple-choice card with several answers, or a pair card</source>
        <translation>Eine Vorhersage, eine Auswahlfrage mit mehreren Antworten oder eine Was-passt-Karte prüfen</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Eingabetaste</translation>
    </message>
    <message>
        <source>Next card, after the feedback</source>
        <translation>Nächste Karte, nach der Rückmeldung</translation>
    </message>
</context>
<context>
    <name>DeepDive::SingleInstance</name>
    <message>
        <source>the disk may be full</source>
        <translation>der Datenträger ist vielleicht voll</translation>
    </message>
    <message>
        <source>The lock file %1 was left by a Deep Dive that is no longer running (process %2), and it could not be replaced (%3). Deep Dive runs anyway; free some disk space so that the next start can lock its data folder again.</source>
        <translation>Die Sperrdatei %1 stammt von einem Deep Dive, das nicht mehr läuft (Prozess %2), und sie konnte nicht ersetzt werden (%3). Deep Dive startet trotzdem; geben Sie Speicherplatz frei, damit der nächste Start den Datenordner wieder sperren kann.</translation>
    </message>
    <message>
        <source>Deep Dive is already running with the data folder %1 (process %2, according to %3), but it does not answer. Close that Deep Dive, or end process %2 if it hangs, then start again.</source>
        <translation>Deep Dive läuft bereits mit dem Datenordner %1 (Prozess %2, laut %3), antwortet aber nicht. Schließen Sie dieses Deep Dive oder beenden Sie Prozess %2, falls er hängt, und starten Sie dann erneut.</translation>
    </message>
</context>
<context>
    <name>DeepDive::SnippetRunner</name>
    <message>
        <source>python3 was not found on PATH.</source>
        <translation>python3 wurde im PATH nicht gefunden.</translation>
    </message>
    <message>
        <source>Cannot write a temporary file.</source>
        <translation>Eine temporäre Datei kann nicht geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>DeepDive::SnippetView</name>
    <message>
        <source>Expected output</source>
        <translation>Erwartete Ausgabe</translation>
    </message>
    <message>
        <source>Snippet code</source>
        <translation>Quelltext des Codebeispiels</translation>
    </message>
</context>
<context>
    <name>DeepDive::StatisticsDialog</name>
    <message>
        <source>Statistics</source>
        <translation>Statistik</translation>
    </message>
    <message>
        <source>True retention: no reviews of learnt cards in the last 30 days yet.</source>
        <translation>Tatsächliche Behaltensquote: In den letzten 30 Tagen gab es noch keine Wiederholungen gelernter Karten.</translation>
    </message>
    <message>
        <source>Days studied in a row: %1.</source>
        <translation>Lerntage in Folge: %1.</translation>
    </message>
    <message>
        <source>Recalled now, per section</source>
        <translation>Derzeit abrufbar, je Abschnitt</translation>
    </message>
    <message>
        <source>Reviews per day, last six months</source>
        <translation>Wiederholungen pro Tag, letzte sechs Monate</translation>
    </message>
    <message>
        <source>Cards due in the next 14 days</source>
        <translation>In den nächsten 14 Tagen fällige Karten</translation>
    </message>
    <message>
        <source>Expected recall on your interview, %1</source>
        <translation>Erwartete Behaltensquote zum Vorstellungsgespräch am %1</translation>
    </message>
    <message>
        <source>Weakest topics on that day</source>
        <translation>Schwächste Themen an diesem Tag</translation>
    </message>
    <message numerus="yes">
        <source>True retention over the last 30 days: %1% of %n review(s) (you asked for %2%).</source>
        <translation>
            <numerusform>Tatsächliche Behaltensquote der letzten 30 Tage: %1&#xa0;% bei %n Wiederholung (gewünscht: %2&#xa0;%).</numerusform>
            <numerusform>Tatsächliche Behaltensquote der letzten 30 Tage: %1&#xa0;% bei %n Wiederholungen (gewünscht: %2&#xa0;%).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeepDive::StudyPanel</name>
    <message>
        <source>&amp;Topic</source>
        <translation>&amp;Thema</translation>
    </message>
    <message>
        <source>Select a topic on the left to read its notes.</source>
        <translation>Wählen Sie links ein Thema, um die Notizen dazu zu lesen.</translation>
    </message>
    <message>
        <source>Topic summary, quiz and your notes</source>
        <translation>Themenzusammenfassung, Quiz und Ihre Notizen</translation>
    </message>
    <message>
        <source>Topic summary</source>
        <translation>Themenzusammenfassung</translation>
    </message>
</context>
<context>
    <name>DeepDive::SummaryPrinter</name>
    <message>
        <source>Pitfall</source>
        <translation>Fallstrick</translation>
    </message>
    <message>
        <source>Fix</source>
        <translation>Korrektur</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>Beispiel</translation>
    </message>
    <message>
        <source>%1% recalled now</source>
        <translation>derzeit %1&#xa0;% abrufbar</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n card(s) mastered</source>
        <translation>
            <numerusform>%1 von %n Karte gemeistert</numerusform>
            <numerusform>%1 von %n Karten gemeistert</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 due</source>
        <translation>%1 fällig</translation>
    </message>
    <message>
        <source>bookmarked</source>
        <translation>mit Lesezeichen</translation>
    </message>
    <message>
        <source>weak</source>
        <translation>schwach</translation>
    </message>
    <message>
        <source>Key points</source>
        <translation>Kernpunkte</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <source>Snippets</source>
        <translation>Codebeispiele</translation>
    </message>
    <message>
        <source>My notes</source>
        <translation>Meine Notizen</translation>
    </message>
    <message>
        <source>References</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>Questions and answers</source>
        <translation>Fragen und Antworten</translation>
    </message>
    <message>
        <source>&lt;p&gt;The bug is on line %1 of “%2”.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Der Fehler steht in Zeile %1 von „%2“.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>cannot start drawing on the output</source>
        <translation>die Ausgabe kann nicht zum Zeichnen geöffnet werden</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>the output is full or was closed</source>
        <translation>die Ausgabe ist voll oder wurde geschlossen</translation>
    </message>
    <message>
        <source>Topic summaries</source>
        <translation>Themenzusammenfassungen</translation>
    </message>
    <message>
        <source>Topics: %1 · quiz cards: %2</source>
        <translation>Themen: %1 · Quizkarten: %2</translation>
    </message>
    <message>
        <source>Cards mastered: %1 · due: %2</source>
        <translation>Gemeisterte Karten: %1 · fällig: %2</translation>
    </message>
    <message>
        <source>cannot finish the output</source>
        <translation>die Ausgabe kann nicht abgeschlossen werden</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Snippet “%1”</source>
        <translation>Codebeispiel „%1“</translation>
    </message>
    <message>
        <source>Each situation: %1 or %2?</source>
        <translation>Jede Situation: %1 oder %2?</translation>
    </message>
    <message>
        <source>Answers — %1</source>
        <translation>Antworten – %1</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Fragen</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <source>stopped before the end; nothing was written</source>
        <translation>vor dem Ende abgebrochen; es wurde nichts geschrieben</translation>
    </message>
</context>
<context>
    <name>DeepDive::SyncCommand</name>
    <message>
        <source>Sync your progress through the sync folder once, print what came in and exit.</source>
        <translation>Ihren Fortschritt einmal über den Sync-Ordner synchronisieren, ausgeben, was eingegangen ist, und beenden.</translation>
    </message>
    <message>
        <source>The folder your sync tool replicates (instead of the one in the settings).</source>
        <translation>Der Ordner, den Ihr Synchronisierungsprogramm repliziert (statt des Ordners aus den Einstellungen).</translation>
    </message>
    <message>
        <source>no sync folder is set: pass --sync-folder DIR, or choose one with File &gt; Sync Folder</source>
        <translation>kein Sync-Ordner festgelegt: geben Sie --sync-folder ORDNER an oder wählen Sie einen über Datei &gt; Sync-Ordner</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
</context>
<context>
    <name>DeepDive::SyncDialog</name>
    <message>
        <source>nothing yet</source>
        <translation>noch nichts</translation>
    </message>
    <message>
        <source>Sync Devices</source>
        <translation>Synchronisierte Geräte</translation>
    </message>
    <message>
        <source>C&amp;hange...</source>
        <translation>Än&amp;dern...</translation>
    </message>
    <message>
        <source>Sync folder:</source>
        <translation>Sync-Ordner:</translation>
    </message>
    <message>
        <source>How your other computers list this one</source>
        <translation>So führen Ihre anderen Computer diesen auf</translation>
    </message>
    <message>
        <source>This computer&apos;s &amp;name:</source>
        <translation>&amp;Name dieses Computers:</translation>
    </message>
    <message>
        <source>&amp;Sync Now</source>
        <translation>Jetzt &amp;synchronisieren</translation>
    </message>
    <message>
        <source>Other computers</source>
        <translation>Andere Computer</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Computer</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Letzte Aktivität</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>No other computer has synced yet. Choose the same folder in Deep Dive on your other computer, and let your sync tool replicate it.</source>
        <translation>Noch kein anderer Computer hat synchronisiert. Wählen Sie in Deep Dive auf Ihrem anderen Computer denselben Ordner und lassen Sie Ihr Sync-Programm ihn abgleichen.</translation>
    </message>
    <message>
        <source>Notes changed on two computers</source>
        <translation>Auf zwei Computern geänderte Notizen</translation>
    </message>
    <message>
        <source>On this computer:</source>
        <translation>Auf diesem Computer:</translation>
    </message>
    <message>
        <source>Keep &amp;Mine</source>
        <translation>&amp;Meine behalten</translation>
    </message>
    <message>
        <source>&amp;Take Theirs</source>
        <translation>&amp;Andere übernehmen</translation>
    </message>
    <message>
        <source>Keep &amp;Both</source>
        <translation>&amp;Beide behalten</translation>
    </message>
    <message>
        <source>Your text, then theirs below it</source>
        <translation>Ihr Text, darunter der andere</translation>
    </message>
    <message>
        <source>No note is in conflict. When you change a note on two computers before they sync, both versions are kept and shown here for you to choose.</source>
        <translation>Keine Notiz steht im Konflikt. Wenn Sie eine Notiz auf zwei Computern ändern, bevor diese synchronisieren, bleiben beide Fassungen erhalten und werden hier zur Auswahl gezeigt.</translation>
    </message>
    <message>
        <source>None: progress stays on this computer</source>
        <translation>Keiner: der Fortschritt bleibt auf diesem Computer</translation>
    </message>
    <message>
        <source>(not named yet)</source>
        <translation>(noch ohne Namen)</translation>
    </message>
    <message>
        <source>In sync</source>
        <translation>Synchron</translation>
    </message>
    <message>
        <source>Journal: %1</source>
        <translation>Journal: %1</translation>
    </message>
    <message>
        <source>On %1 (saved %2):</source>
        <translation>Auf %1 (gespeichert %2):</translation>
    </message>
    <message>
        <source>The note of “%1” could not be saved: %2. Both versions are kept.</source>
        <translation>Die Notiz zu „%1“ konnte nicht gespeichert werden: %2. Beide Fassungen bleiben erhalten.</translation>
    </message>
</context>
<context>
    <name>DeepDive::SyncEngine</name>
    <message>
        <source>%1 was changed by someone else (is a copy of this data folder in use on another computer?); this device goes on with a journal of its own.%2</source>
        <translation>%1 wurde von anderer Stelle geändert (wird eine Kopie dieses Datenordners auf einem anderen Computer verwendet?); dieses Gerät arbeitet mit einem eigenen Journal weiter.%2</translation>
    </message>
    <message>
        <source>The sync folder %1 is not available (not mounted, or offline?). Nothing was synced; studying goes on, and the next sync catches up.</source>
        <translation>Der Sync-Ordner %1 ist nicht verfügbar (nicht eingehängt oder offline?). Es wurde nichts synchronisiert; Sie können weiterlernen, und die nächste Synchronisierung holt alles nach.</translation>
    </message>
    <message>
        <source>Sync needs to write your progress database %1, and it cannot: %2</source>
        <translation>Die Synchronisierung muss in Ihre Fortschrittsdatenbank %1 schreiben, kann es aber nicht: %2</translation>
    </message>
    <message>
        <source>Sync could not store this device&apos;s id in %1: %2</source>
        <translation>Die Synchronisierung konnte die ID dieses Geräts nicht in %1 speichern: %2</translation>
    </message>
    <message>
        <source>Sync could not merge into %1 (nothing was changed): %2</source>
        <translation>Die Synchronisierung konnte nichts in %1 zusammenführen (es wurde nichts geändert): %2</translation>
    </message>
</context>
<context>
    <name>DeepDive::SyncMerge</name>
    <message>
        <source>unknown event &quot;%1&quot;</source>
        <translation>unbekanntes Ereignis „%1“</translation>
    </message>
    <message>
        <source>%1:%2: %3; the line was skipped</source>
        <translation>%1:%2: %3; die Zeile wurde übersprungen</translation>
    </message>
    <message>
        <source>an answer without its id, deck, card, topic, time or grade</source>
        <translation>eine Antwort ohne ID, Stapel, Karte, Thema, Zeit oder Bewertung</translation>
    </message>
    <message>
        <source>an undo without the id of its answer</source>
        <translation>eine Rücknahme ohne die ID ihrer Antwort</translation>
    </message>
    <message>
        <source>a bookmark or setting this version does not know</source>
        <translation>ein Lesezeichen oder eine Einstellung, die diese Version nicht kennt</translation>
    </message>
    <message>
        <source>the setting &quot;%1&quot; has a value this version cannot use</source>
        <translation>die Einstellung „%1“ hat einen Wert, den diese Version nicht verwenden kann</translation>
    </message>
    <message>
        <source>a note version without its id, deck, topic or parents</source>
        <translation>eine Notizfassung ohne ID, Stapel, Thema oder Vorgängerfassungen</translation>
    </message>
</context>
<context>
    <name>DeepDive::SyncReport</name>
    <message numerus="yes">
        <source>%n answer(s)</source>
        <translation>
            <numerusform>%n Antwort</numerusform>
            <numerusform>%n Antworten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n undone answer(s)</source>
        <translation>
            <numerusform>%n zurückgenommene Antwort</numerusform>
            <numerusform>%n zurückgenommene Antworten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bookmark change(s)</source>
        <translation>
            <numerusform>%n Lesezeichenänderung</numerusform>
            <numerusform>%n Lesezeichenänderungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n Notiz</numerusform>
            <numerusform>%n Notizen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n setting(s)</source>
        <translation>
            <numerusform>%n Einstellung</numerusform>
            <numerusform>%n Einstellungen</numerusform>
        </translation>
    </message>
    <message>
        <source>No other device has written to the sync folder yet.</source>
        <translation>Bisher hat kein anderes Gerät in den Sync-Ordner geschrieben.</translation>
    </message>
    <message>
        <source>Synced with %1.</source>
        <translation>Mit %1 synchronisiert.</translation>
    </message>
    <message>
        <source>Nothing new came in.</source>
        <translation>Es ist nichts Neues eingegangen.</translation>
    </message>
    <message>
        <source>Came in: %1.</source>
        <translation>Eingegangen: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) were changed on two devices: yours is kept, and the other version waits for you to keep yours, take it or keep both.</source>
        <translation>
            <numerusform>%n Notiz wurde auf zwei Geräten geändert: Ihre Fassung bleibt erhalten, und die andere wartet, bis Sie Ihre behalten, die andere übernehmen oder beide behalten.</numerusform>
            <numerusform>%n Notizen wurden auf zwei Geräten geändert: Ihre Fassungen bleiben erhalten, und die anderen warten, bis Sie jeweils Ihre behalten, die andere übernehmen oder beide behalten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your changes could not be written to the sync folder (%1); they go with the next sync.</source>
        <translation>Ihre Änderungen konnten nicht in den Sync-Ordner geschrieben werden (%1); sie werden bei der nächsten Synchronisierung übertragen.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) sent.</source>
        <translation>
            <numerusform>%n Änderung gesendet.</numerusform>
            <numerusform>%n Änderungen gesendet.</numerusform>
        </translation>
    </message>
    <message>
        <source>This device&apos;s journal was compacted.</source>
        <translation>Das Journal dieses Geräts wurde verdichtet.</translation>
    </message>
</context>
<context>
    <name>DeepDive::TopicModel</name>
    <message>
        <source>%1% recalled now</source>
        <translation>derzeit %1&#xa0;% abrufbar</translation>
    </message>
    <message>
        <source>weak (%1%)</source>
        <translation>schwach (%1&#xa0;%)</translation>
    </message>
    <message>
        <source>bookmarked</source>
        <translation>mit Lesezeichen</translation>
    </message>
    <message>
        <source>bookmarked: %1</source>
        <translation>Lesezeichen: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n card(s): %1 due, %2 new</source>
        <translation>
            <numerusform>%n Karte: %1 fällig, %2 neu</numerusform>
            <numerusform>%n Karten: %1 fällig, %2 neu</numerusform>
        </translation>
    </message>
    <message>
        <source>*This topic could not be read: %1.*</source>
        <translation>*Dieses Thema konnte nicht gelesen werden: %1.*</translation>
    </message>
</context>
<context>
    <name>DeepDive::TopicNotes</name>
    <message>
        <source>Key points</source>
        <translation>Kernpunkte</translation>
    </message>
    <message>
        <source>References</source>
        <translation>Quellen</translation>
    </message>
</context>
<context>
    <name>DeepDive::TopicSidebar</name>
    <message>
        <source>Topics</source>
        <translation>Themen</translation>
    </message>
    <message>
        <source>Show topics</source>
        <translation>Angezeigte Themen</translation>
    </message>
    <message>
        <source>Show all topics, or only the bookmarked, weak, due or new ones</source>
        <translation>Alle Themen anzeigen oder nur solche mit Lesezeichen, schwache, fällige oder neue</translation>
    </message>
    <message>
        <source>All topics</source>
        <translation>Alle Themen</translation>
    </message>
    <message>
        <source>Bookmarked</source>
        <translation>Mit Lesezeichen</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>Schwach</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
</context>
<context>
    <name>DeepDive::WindowSync</name>
    <message>
        <source>Syncing…</source>
        <translation>Synchronisiere…</translation>
    </message>
    <message>
        <source>Sync: waiting</source>
        <translation>Sync: wartet</translation>
    </message>
    <message>
        <source>Progress is synced through %1</source>
        <translation>Der Fortschritt wird über %1 synchronisiert</translation>
    </message>
    <message>
        <source>Sync Folder</source>
        <translation>Sync-Ordner</translation>
    </message>
    <message>
        <source>Synced at %1; no other device yet</source>
        <translation>Synchronisiert um %1; noch kein anderes Gerät</translation>
    </message>
    <message>
        <source>Synced at %1 with %2</source>
        <translation>Synchronisiert um %1 mit %2</translation>
    </message>
    <message>
        <source>Sync folder not available; studying goes on, and the next sync catches up</source>
        <translation>Sync-Ordner nicht erreichbar; Sie können weiterlernen, die nächste Synchronisierung holt alles nach</translation>
    </message>
    <message>
        <source>Sync failed: %1</source>
        <translation>Synchronisierung fehlgeschlagen: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) to resolve</source>
        <translation>
            <numerusform>%n Notiz zu klären</numerusform>
            <numerusform>%n Notizen zu klären</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>No Date</source>
        <translation>Kein Datum</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Study technical theory for interviews.</source>
        <translation>Technische Theorie für Vorstellungsgespräche lernen.</translation>
    </message>
    <message>
        <source>Print the version and exit.</source>
        <translation>Die Version ausgeben und beenden.</translation>
    </message>
    <message>
        <source>Keep all user data and settings in &lt;dir&gt;.</source>
        <translation>Alle Benutzerdaten und Einstellungen in &lt;dir&gt; ablegen.</translation>
    </message>
    <message>
        <source>Load the deck in &lt;dir&gt; beside the bundled one.</source>
        <translation>Den Stapel in &lt;dir&gt; zusätzlich zum mitgelieferten laden.</translation>
    </message>
    <message>
        <source>Show the window at 1280x800, save it as a PNG &lt;file&gt; and exit.</source>
        <translation>Das Fenster in 1280x800 anzeigen, als PNG in &lt;file&gt; speichern und beenden.</translation>
    </message>
    <message>
        <source>Check the deck in &lt;dir&gt;, print every problem and exit (1 on problems).</source>
        <translation>Den Stapel in &lt;dir&gt; prüfen, jedes Problem ausgeben und beenden (Rückgabewert 1 bei Problemen).</translation>
    </message>
    <message>
        <source>Check the progress database (integrity, schema, rows) and exit (1 on problems).</source>
        <translation>Die Fortschrittsdatenbank prüfen (Integrität, Schema, Zeilen) und beenden (Rückgabewert 1 bei Problemen).</translation>
    </message>
    <message>
        <source>Write your answers, bookmarks and notes to &lt;file&gt; (JSON) and exit.</source>
        <translation>Ihre Antworten, Lesezeichen und Notizen in &lt;file&gt; (JSON) schreiben und beenden.</translation>
    </message>
    <message>
        <source>Merge the progress in &lt;file&gt; into yours and exit.</source>
        <translation>Den Fortschritt aus &lt;file&gt; mit Ihrem zusammenführen und beenden.</translation>
    </message>
    <message>
        <source>Print topic summaries to the PDF &lt;file&gt; and exit.</source>
        <translation>Themenzusammenfassungen in die PDF-Datei &lt;file&gt; schreiben und beenden.</translation>
    </message>
    <message>
        <source>With --export-pdf: add each topic&apos;s questions and answers.</source>
        <translation>Mit --export-pdf: die Fragen und Antworten jedes Themas hinzufügen.</translation>
    </message>
    <message>
        <source>With --export-pdf: A4 or Letter (default: the locale&apos;s).</source>
        <translation>Mit --export-pdf: A4 oder Letter (Standard: je nach Gebietsschema).</translation>
    </message>
    <message>
        <source>Today&apos;s backup could not be made: %1</source>
        <translation>Die heutige Sicherung konnte nicht angelegt werden: %1</translation>
    </message>
    <message>
        <source>no display found (neither DISPLAY nor WAYLAND_DISPLAY is set), so the window cannot open.
  Run it under Xvfb:        xvfb-run -a deepdive
  Or take a screenshot:     deepdive --screenshot shot.png
  (from a checkout: packaging/devenv xvfb-run -a packaging/devenv run)</source>
        <translation>keine Anzeige gefunden (weder DISPLAY noch WAYLAND_DISPLAY ist gesetzt), daher kann das Fenster nicht geöffnet werden.
  Unter Xvfb starten:             xvfb-run -a deepdive
  Oder ein Bildschirmfoto machen: deepdive --screenshot shot.png
  (aus einer Arbeitskopie der Quellen: packaging/devenv xvfb-run -a packaging/devenv run)</translation>
    </message>
    <message>
        <source>orphaned (kept until their content comes back): %1</source>
        <translation>verwaiste Einträge (bleiben erhalten, bis ihr Inhalt wieder vorhanden ist): %1</translation>
    </message>
    <message>
        <source>exported %1</source>
        <translation>%1 exportiert</translation>
    </message>
    <message>
        <source>imported %1</source>
        <translation>%1 importiert</translation>
    </message>
    <message>
        <source>--page-size takes A4 or Letter, not %1</source>
        <translation>--page-size erwartet A4 oder Letter, nicht %1</translation>
    </message>
    <message numerus="yes">
        <source>wrote %n topic(s) to %1</source>
        <translation>
            <numerusform>%n Thema in %1 geschrieben</numerusform>
            <numerusform>%n Themen in %1 geschrieben</numerusform>
        </translation>
    </message>
    <message>
        <source>Deep Dive is already running with the data folder %1; its window was brought forward.</source>
        <translation>Deep Dive läuft bereits mit dem Datenordner %1; sein Fenster wurde in den Vordergrund geholt.</translation>
    </message>
    <message>
        <source>search is not available: %1</source>
        <translation>die Suche ist nicht verfügbar: %1</translation>
    </message>
    <message>
        <source>cannot write the screenshot to %1; check that the folder exists and is writable</source>
        <translation>das Bildschirmfoto kann nicht in %1 geschrieben werden; prüfen Sie, ob der Ordner existiert und beschreibbar ist</translation>
    </message>
    <message>
        <source>With --export-pdf: all, bookmarked, weak, deck:ID, section:ID or topics:ID,ID (default all).</source>
        <translation>Mit --export-pdf: all, bookmarked, weak, deck:ID, section:ID oder topics:ID,ID (Standard: all).</translation>
    </message>
    <message>
        <source>nothing was imported: your progress database %1 cannot be written (see above)</source>
        <translation>es wurde nichts importiert: In Ihre Fortschrittsdatenbank %1 kann nicht geschrieben werden (siehe oben)</translation>
    </message>
    <message>
        <source>nothing was exported: %1</source>
        <translation>es wurde nichts exportiert: %1</translation>
    </message>
    <message>
        <source>nothing was printed: %1</source>
        <translation>es wurde nichts gedruckt: %1</translation>
    </message>
    <message>
        <source>With --with-quiz: put the answers under each question (inline, the default), at the end of each topic (topic) or at the end of the document (end).</source>
        <translation>Mit --with-quiz: die Antworten unter jede Frage setzen (inline, die Voreinstellung), ans Ende jedes Themas (topic) oder ans Ende des Dokuments (end).</translation>
    </message>
    <message>
        <source>With --export-pdf: add your own notes on each topic.</source>
        <translation>Mit --export-pdf: Ihre eigenen Notizen zu jedem Thema hinzufügen.</translation>
    </message>
    <message>
        <source>--answers takes inline, topic or end, not %1</source>
        <translation>--answers erwartet inline, topic oder end, nicht %1</translation>
    </message>
    <message>
        <source>--answers needs --with-quiz</source>
        <translation>--answers geht nur zusammen mit --with-quiz</translation>
    </message>
    <message>
        <source>the progress database could not be checked: %1</source>
        <translation>die Fortschrittsdatenbank ließ sich nicht prüfen: %1</translation>
    </message>
    <message>
        <source>The check of your progress database %1 found damage (%2). Quit Deep Dive and start it again: the damaged file will be kept aside, not deleted, and a new one started; File &gt; Restore Backup then brings back an earlier state.</source>
        <translation>Die Prüfung Ihrer Fortschrittsdatenbank %1 hat Schäden gefunden (%2). Beenden Sie Deep Dive und starten Sie es neu: Die beschädigte Datei wird dann aufbewahrt, nicht gelöscht, und eine neue angelegt; mit Datei &gt; Sicherung wiederherstellen holen Sie danach einen früheren Stand zurück.</translation>
    </message>
</context>
</TS>
