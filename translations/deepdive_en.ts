<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en">
<context>
    <name>DeepDive::AnkiCommands</name>
    <message numerus="yes">
        <source>wrote %n note(s)</source>
        <translation>
            <numerusform>wrote %n note</numerusform>
            <numerusform>wrote %n notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n topic(s))</source>
        <translation>
            <numerusform>(%n topic)</numerusform>
            <numerusform>(%n topics)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) carry their schedule</source>
        <translation>
            <numerusform>%n card carries its schedule</numerusform>
            <numerusform>%n cards carry their schedule</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n card(s)</source>
        <translation>
            <numerusform>%n card</numerusform>
            <numerusform>%n cards</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n topic(s)</source>
        <translation>
            <numerusform>in %n topic</numerusform>
            <numerusform>in %n topics</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeepDive::AnkiFlow</name>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n topic(s)</source>
        <translation>
            <numerusform>%n topic</numerusform>
            <numerusform>%n topics</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) carry their schedule.</source>
        <translation>
            <numerusform>%n card carries its schedule.</numerusform>
            <numerusform>%n cards carry their schedule.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n card(s)</source>
        <translation>
            <numerusform>%n card</numerusform>
            <numerusform>%n cards</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>…and %n more.</source>
        <translation>
            <numerusform>…and %n more.</numerusform>
            <numerusform>…and %n more.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeepDive::DeckProblemsView</name>
    <message numerus="yes">
        <source>Problems in your decks (%n), shown until fixed; the rest of each deck can be studied. Enter opens the file in your editor.</source>
        <translation>
            <numerusform>Problem in your decks (%n), shown until fixed; the rest of each deck can be studied. Enter opens the file in your editor.</numerusform>
            <numerusform>Problems in your decks (%n), shown until fixed; the rest of each deck can be studied. Enter opens the file in your editor.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeepDive::FindBar</name>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n match</numerusform>
            <numerusform>%n matches</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeepDive::MainWindow</name>
    <message numerus="yes">
        <source>You left a study session after %1 of %n card(s). Resume it?</source>
        <translation>
            <numerusform>You left a study session after %1 of %n card. Resume it?</numerusform>
            <numerusform>You left a study session after %1 of %n cards. Resume it?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;%n day(s) to your interview. Each day, review these topics (the weakest on the day come first):&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;%n day to your interview. Each day, review these topics (the weakest on the day come first):&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;%n days to your interview. Each day, review these topics (the weakest on the day come first):&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n card(s) mastered</source>
        <translation>
            <numerusform>%1 of %n card mastered</numerusform>
            <numerusform>%1 of %n cards mastered</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n topic(s)</source>
        <translation>
            <numerusform>%n topic</numerusform>
            <numerusform>%n topics</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Study %n Due</source>
        <translation>
            <numerusform>Study %n Due</numerusform>
            <numerusform>Study %n Due</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Study the due cards of (with up to %n new card(s) a day; %1 left today; Study &gt; New Cards per Day changes it):</source>
        <translation>
            <numerusform>Study the due cards of (with up to %n new card a day; %1 left today; Study &gt; New Cards per Day changes it):</numerusform>
            <numerusform>Study the due cards of (with up to %n new cards a day; %1 left today; Study &gt; New Cards per Day changes it):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Review the %n card(s) I missed today</source>
        <translation>
            <numerusform>Review the %n card I missed today</numerusform>
            <numerusform>Review the %n cards I missed today</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Study ahead: the %n card(s) due in the next %1 days</source>
        <translation>
            <numerusform>Study ahead: the %n card due in the next %1 days</numerusform>
            <numerusform>Study ahead: the %n cards due in the next %1 days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Learn %n more new card(s)</source>
        <translation>
            <numerusform>Learn %n more new card</numerusform>
            <numerusform>Learn %n more new cards</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Studied %n card(s), %1 right the first time, in %2 min.</source>
        <translation>
            <numerusform>Studied %n card, %1 right the first time, in %2 min.</numerusform>
            <numerusform>Studied %n cards, %1 right the first time, in %2 min.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Starting a session of %n card(s)…</source>
        <translation>
            <numerusform>Starting a session of %n card…</numerusform>
            <numerusform>Starting a session of %n cards…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeepDive::NotesEditor</name>
    <message numerus="yes">
        <source>Your notes on %n topic(s) could not be saved: %1.</source>
        <translation>
            <numerusform>Your notes on %n topic could not be saved: %1.</numerusform>
            <numerusform>Your notes on %n topics could not be saved: %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeepDive::ProgressExchange</name>
    <message numerus="yes">
        <source>%n answer(s)</source>
        <translation>
            <numerusform>%n answer</numerusform>
            <numerusform>%n answers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n card state(s)</source>
        <translation>
            <numerusform>%n card state</numerusform>
            <numerusform>%n card states</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bookmark(s)</source>
        <translation>
            <numerusform>%n bookmark</numerusform>
            <numerusform>%n bookmarks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n topic visit(s)</source>
        <translation>
            <numerusform>%n topic visit</numerusform>
            <numerusform>%n topic visits</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeepDive::QuizPanel</name>
    <message numerus="yes">
        <source>&amp;Retry the %n missed card(s)</source>
        <translation>
            <numerusform>&amp;Retry the %n missed card</numerusform>
            <numerusform>&amp;Retry the %n missed cards</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This card comes back after %n more card(s), to learn it again.</source>
        <translation>
            <numerusform>This card comes back after %n more card, to learn it again.</numerusform>
            <numerusform>This card comes back after %n more cards, to learn it again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeepDive::SearchDialog</name>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n match</numerusform>
            <numerusform>%n matches</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeepDive::StatisticsDialog</name>
    <message numerus="yes">
        <source>True retention over the last 30 days: %1% of %n review(s) (you asked for %2%).</source>
        <translation>
            <numerusform>True retention over the last 30 days: %1% of %n review (you asked for %2%).</numerusform>
            <numerusform>True retention over the last 30 days: %1% of %n reviews (you asked for %2%).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeepDive::SummaryPrinter</name>
    <message numerus="yes">
        <source>%1 of %n card(s) mastered</source>
        <translation>
            <numerusform>%1 of %n card mastered</numerusform>
            <numerusform>%1 of %n cards mastered</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeepDive::SyncReport</name>
    <message numerus="yes">
        <source>%n answer(s)</source>
        <translation>
            <numerusform>%n answer</numerusform>
            <numerusform>%n answers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n undone answer(s)</source>
        <translation>
            <numerusform>%n undone answer</numerusform>
            <numerusform>%n undone answers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bookmark change(s)</source>
        <translation>
            <numerusform>%n bookmark change</numerusform>
            <numerusform>%n bookmark changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n setting(s)</source>
        <translation>
            <numerusform>%n setting</numerusform>
            <numerusform>%n settings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) were changed on two devices: yours is kept, and the other version waits for you to keep yours, take it or keep both.</source>
        <translation>
            <numerusform>%n note was changed on two devices: yours is kept, and the other version waits for you to keep yours, take it or keep both.</numerusform>
            <numerusform>%n notes were changed on two devices: yours is kept, and the other version waits for you to keep yours, take it or keep both.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) sent.</source>
        <translation>
            <numerusform>%n change sent.</numerusform>
            <numerusform>%n changes sent.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeepDive::TopicModel</name>
    <message numerus="yes">
        <source>%n card(s): %1 due, %2 new</source>
        <translation>
            <numerusform>%n card: %1 due, %2 new</numerusform>
            <numerusform>%n cards: %1 due, %2 new</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeepDive::WindowSync</name>
    <message numerus="yes">
        <source>%n note(s) to resolve</source>
        <translation>
            <numerusform>%n note to resolve</numerusform>
            <numerusform>%n notes to resolve</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>main</name>
    <message numerus="yes">
        <source>wrote %n topic(s) to %1</source>
        <translation>
            <numerusform>wrote %n topic to %1</numerusform>
            <numerusform>wrote %n topics to %1</numerusform>
        </translation>
    </message>
</context>
</TS>
