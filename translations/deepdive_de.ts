<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>DeepDive::ActionRegistry</name>
    <message>
        <source>&amp;Export Progress...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save your answers, bookmarks and notes to a file, e.g. to move to another computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import Progress...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge answers, bookmarks and notes from an exported file into yours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore Backup...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring back your progress from one of the daily backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;PDF...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save topic summaries as a PDF handout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print topic summaries, with a preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search topics, notes, snippets and cards (Ctrl+K)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy Snippet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the snippet&apos;s code to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Run Snippet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the snippet with python3 (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Larger code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smaller code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset Zoom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code at the system&apos;s fixed font size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to &amp;Topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the keyboard focus to the topic tree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic &amp;Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the topic&apos;s notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quiz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quiz yourself on the topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;My Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write your own notes on the topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the next topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Previous Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the previous topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next &amp;Snippet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the topic&apos;s next code snippet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous S&amp;nippet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the topic&apos;s previous code snippet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Study &amp;Due...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Study the cards that are due (Ctrl+Shift+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tatistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mastery, reviews, retention and what is due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set &amp;Interview Date...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forecast your recall on the day of your interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Plan to Interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spread the topics over the days left, weakest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bookmark Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bookmark this topic, or remove its bookmark (Ctrl+D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bookmark with &amp;Label...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bookmark this topic with a label such as &quot;weak&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bookmarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the list of bookmarked topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Deep Dive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desired &amp;Retention...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How likely you want to be to remember a card when it comes up (70-97%)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeepDive::BookmarksView</name>
    <message>
        <source>Bookmarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bookmarked topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No bookmarks yet: press Ctrl+D on a topic.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeepDive::CalendarHeatMap</name>
    <message>
        <source>Reviews per day over the last six months</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeepDive::CodeEditor</name>
    <message>
        <source>Click the line with the bug (or move to it and press Enter)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeepDive::CodePane</name>
    <message>
        <source>Pitfall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This topic has no code snippets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snippet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the snippet&apos;s code to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy snippet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run snippet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output of the run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not run python3: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped after %1 s: the snippet took too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit code %1 in %2 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · prints the expected output ✓</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · differs from the expected output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Snippet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no snippet to run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only Python snippets can be run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>python3 was not found on PATH; install Python 3 to run snippets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer the quiz card first: running it would give the answer away.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the snippet with python3 (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeepDive::DataDir</name>
    <message>
        <source>cannot create the data folder %1; check its parent&apos;s permissions or pass --data-dir with a folder you can write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the data folder %1 is not writable (%2); fix its permissions or pass --data-dir with a folder you can write</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeepDive::Database</name>
    <message>
        <source>it is not a SQLite database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is truncated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot switch to WAL mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>migration to schema %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deep Dive is running without saving: your answers, bookmarks and notes from this session will not be kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your progress database %1 cannot be used (%2) and could not be moved aside; it was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your progress database could not be used (%1) and a new one could not be made (%2). The damaged file was kept as %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your progress database could not be used (%1). It was kept as %2 and Deep Dive started a new one. You can bring back an earlier state with File &gt; Restore Backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a file; it was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your progress database %1 cannot be read (%2); it was left untouched. Check its permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your progress database %1 cannot be used (%2) and its folder is not writable; it was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data folder %1 is not writable, so no progress database can be made there. Fix its permissions or start with --data-dir.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data folder %1 is not writable and the progress database there cannot be read as it is; it was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data folder %1 is not writable: your progress is shown but nothing new can be saved. Fix its permissions or start with --data-dir.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your progress database %1 cannot be opened (%2); it was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the integrity check found: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your progress database %1 was written by a newer version of Deep Dive (schema %2; this version knows up to %3). It was left untouched: update Deep Dive to use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your progress database needs an upgrade, but the backup copy made before every upgrade failed (%1). The database was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrading your progress database failed (%1); it was left as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the folder for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot rename %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a readable Deep Dive backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged or from a newer version; nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot move %1 aside; nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot copy %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeepDive::DayBars</name>
    <message>
        <source>today</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeepDive::ExportDialog</name>
    <message>
        <source>Add each topic&apos;s &amp;questions with their answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the summaries of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The &amp;current topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The topics &amp;selected in the tree (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current s&amp;ection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The &amp;bookmarked topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The &amp;weak topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The &amp;whole deck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeepDive::MainWindow</name>
    <message>
        <source>the progress database is read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quiz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;My Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show all topics, or only the bookmarked, weak, due or new ones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Highlighting Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Study</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search is not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Automatic (follows light or dark)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Study Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 due)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Study the due cards of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is due in “%1”, and no new cards are left for today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These topics became weak: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bookmark them as weak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interview Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My interview is on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interview on %1: Study &gt; Plan to Interview spreads the topics over the days left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No interview date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan to Interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set a future interview date first (Study &gt; Set Interview Date).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bookmark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bookmark was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bookmarked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Study %1 Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bookmark with Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label for “%1”:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before the interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>review again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the time spent on this topic: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Study session paused: Study &gt; Study Due resumes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Deep Dive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Deep Dive %1&lt;/h3&gt;&lt;p&gt;Study technical theory for interviews: topics, highlighted pitfalls and quizzes, offline.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no topics to print in “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF was not written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deep Dive progress (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was exported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no backup yet. Deep Dive makes one each day you study, in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring back your progress as it was in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace your current progress with the backup %1? Your current database is kept beside it, renamed, so nothing is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup was not restored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your progress is back as it was in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;System Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deep Dive will use the new language the next time it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>You left a study session after %1 of %n card(s). Resume it?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Answered %n card(s), %1 correct, in %2 min.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desired Retention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chance of remembering a card when it is due (now %1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desired retention: %1. New intervals use it from the next answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;%n day(s) to your interview. Each day, review these topics (the weakest on the day come first):&lt;/p&gt;</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n card(s) mastered</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>days in a row: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1 (%2) to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n topic(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Exported %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged %1 from %2 into your progress.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeepDive::NotesEditor</name>
    <message>
        <source>Your notes (Markdown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your own notes for this topic, in Markdown. They are saved as you type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your notes, rendered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch between editing and the rendered notes (Ctrl+Shift+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Editing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>*No notes yet.*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a topic to write notes about it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your progress database is read-only: notes cannot be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1. Your text is still here; it will be saved with the next change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeepDive::NoticeBar</name>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss the message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeepDive::PrintScope</name>
    <message>
        <source>All topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bookmarked topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weak topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no section with the id &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no topic with the id &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown scope &quot;%1&quot;; use all, bookmarked, weak, section:ID or topics:ID,ID</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeepDive::ProgressExchange</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not valid JSON (at byte %2: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Deep Dive progress export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was exported by a newer Deep Dive (format %2); update Deep Dive to import it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the progress database is read-only; nothing was imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: review %2 is incomplete; nothing was imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n card state(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bookmark(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n topic visit(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2, %3, %4 and %5</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeepDive::QuizPanel</name>
    <message>
        <source>Recall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Multiple choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Predict the output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spot the bug</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which one fits?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show answer (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2 Hard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3 Good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4 Easy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I did not remember it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I remembered it with real effort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I remembered it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I knew it at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your predicted output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type what the snippet prints, one line per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click the line with the bug in the code pane, or move to it with the arrow keys there and press Enter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the next card (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done: %1 of %2 correct. Pick another topic, or study what is due.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This topic has no quiz cards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card %1 of %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What does the snippet in the code pane print?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which line of the snippet in the code pane has the bug?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your answer was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More than one option is right: pick each with its number, then check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Situation %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved as “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Easy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Correct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ Not quite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 is the bug. The fix is shown beside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You picked line %1; the bug is on line %2. The fix is shown beside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next card (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Finish (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeepDive::SearchDialog</name>
    <message>
        <source>Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snippet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search topics, notes, snippets and cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search topics, notes, snippets and cards…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building the search index…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type to search; Enter opens the selected match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeepDive::SnippetRunner</name>
    <message>
        <source>python3 was not found on PATH.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write a temporary file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeepDive::SnippetView</name>
    <message>
        <source>Expected output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snippet code</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeepDive::StatisticsDialog</name>
    <message>
        <source>Statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>True retention: no reviews of learnt cards in the last 30 days yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days studied in a row: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mastery per section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviews per day, last six months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cards due in the next 14 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected recall on your interview, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weakest topics on that day</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>True retention over the last 30 days: %1% of %n review(s) (you asked for %2%).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeepDive::StudyPanel</name>
    <message>
        <source>Topic notes, quiz and your notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a topic on the left to read its notes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeepDive::SummaryPrinter</name>
    <message>
        <source>Pitfall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1% recalled now</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n card(s) mastered</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bookmarked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snippets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>References</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions and answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;The bug is on line %1 of “%2”.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot start drawing on the output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the output is full or was closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic summaries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topics: %1 · quiz cards: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cards mastered: %1 · due: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot finish the output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeepDive::TopicModel</name>
    <message>
        <source>%1% recalled now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weak (%1%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bookmarked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bookmarked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n card(s): %1 due, %2 new</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeepDive::TopicNotes</name>
    <message>
        <source>Key points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>References</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>No Date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Study technical theory for interviews.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the version and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep all user data and settings in &lt;dir&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load the deck in &lt;dir&gt; beside the bundled one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the window at 1280x800, save it as a PNG &lt;file&gt; and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the deck in &lt;dir&gt;, print every problem and exit (1 on problems).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the progress database (integrity, schema, rows) and exit (1 on problems).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write your answers, bookmarks and notes to &lt;file&gt; (JSON) and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge the progress in &lt;file&gt; into yours and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print topic summaries to the PDF &lt;file&gt; and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --export-pdf: all, bookmarked, weak, section:ID or topics:ID,ID (default all).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --export-pdf: add each topic&apos;s questions and answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --export-pdf: A4 or Letter (default: the locale&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today&apos;s backup could not be made: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no display found (neither DISPLAY nor WAYLAND_DISPLAY is set), so the window cannot open.
  Run it under Xvfb:        xvfb-run -a deepdive
  Or take a screenshot:     deepdive --screenshot shot.png
  (from a checkout: packaging/devenv xvfb-run -a packaging/devenv run)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>orphaned (kept until their content comes back): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exported %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imported %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--page-size takes A4 or Letter, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>wrote %n topic(s) to %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Deep Dive is already running with the data folder %1; its window was brought forward.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>search is not available: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the screenshot to %1; check that the folder exists and is writable</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
