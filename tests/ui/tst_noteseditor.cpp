#include "database.h"
#include "noteseditor.h"
#include "notestore.h"

#include "mockclock.h"
#include "tempuserdata.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QPlainTextEdit>
#include <QSqlQuery>
#include <QSignalSpy>
#include <QTest>
#include <QTextBrowser>

using namespace DeepDive;

class TestNotesEditor : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void typing_isSavedTheAutosaveDelayAfterItStops();
    void autosave_afterASaveByOtherMeans_doesNothing();
    void autosave_ofAnEditorThatIsGone_doesNotRun();
    void switchingTopic_savesAtOnceAndLoadsTheOther();
    void losingFocus_saves();
    void preview_rendersMarkdown_andUndoWorks();
    void saved_namesTheTopicItSaved_notTheOneShown();
    void failedSave_keepsTheNoteOnScreenAndInARecoveryFile();
    void recoveryFiles_ofAnEarlierRun_areTakenBackAndSaved();
    void noteOverTheSizeLimit_isNotSaved_andTheStatusSaysWhy();

private:
    void setWritesFail(bool fail);

private:
    std::unique_ptr<Test::TempUserData> m_user;
    std::unique_ptr<MockClock> m_clock;
};

void TestNotesEditor::init()
{
    m_clock = std::make_unique<MockClock>(5000);
    m_user = std::make_unique<Test::TempUserData>();
}

void TestNotesEditor::typing_isSavedTheAutosaveDelayAfterItStops()
{
    NotesEditor editor(m_user->data.notes, m_user->data.database, *m_clock);
    editor.show();
    editor.setTopic(QStringLiteral("python"), QStringLiteral("gil"));
    QSignalSpy saved(&editor, &NotesEditor::saved);
    QTest::keyClicks(editor.editor(), QStringLiteral("GIL is released"));
    QVERIFY(editor.hasUnsavedChanges());
    QVERIFY(editor.autosavePending());
    m_clock->advanceMs(NotesEditor::autosaveDelayMs - 1);
    QCOMPARE(saved.count(), 0);
    QVERIFY(!m_user->data.notes.note(QStringLiteral("python"), QStringLiteral("gil")));

    // More typing starts the wait again.
    QTest::keyClicks(editor.editor(), QStringLiteral(" on I/O"));
    m_clock->advanceMs(NotesEditor::autosaveDelayMs - 1);
    QCOMPARE(saved.count(), 0);
    QCOMPARE(editor.statusText(), QStringLiteral("Editing…"));
    m_clock->advanceMs(1);
    QCOMPARE(saved.count(), 1);
    QCOMPARE(m_user->data.notes.note(QStringLiteral("python"), QStringLiteral("gil"))->body, QStringLiteral("GIL is released on I/O"));
    QCOMPARE(m_user->data.notes.note(QStringLiteral("python"), QStringLiteral("gil"))->updatedMs, m_clock->nowMs());
    QCOMPARE(editor.statusText(), QStringLiteral("Saved"));
    QVERIFY(!editor.hasUnsavedChanges());
    QVERIFY(!editor.autosavePending());
    QCOMPARE(m_clock->pendingCalls(), 0);
}

void TestNotesEditor::autosave_afterASaveByOtherMeans_doesNothing()
{
    NotesEditor editor(m_user->data.notes, m_user->data.database, *m_clock);
    editor.show();
    editor.setTopic(QStringLiteral("python"), QStringLiteral("gil"));
    QSignalSpy saved(&editor, &NotesEditor::saved);
    QTest::keyClicks(editor.editor(), QStringLiteral("draft"));
    QVERIFY(editor.saveNow());
    QCOMPARE(saved.count(), 1);
    QVERIFY(!editor.autosavePending());
    m_clock->advanceMs(NotesEditor::autosaveDelayMs * 2);
    QCOMPARE(saved.count(), 1);
    QCOMPARE(m_clock->pendingCalls(), 0);
}

void TestNotesEditor::autosave_ofAnEditorThatIsGone_doesNotRun()
{
    {
        NotesEditor editor(m_user->data.notes, m_user->data.database, *m_clock);
        editor.setTopic(QStringLiteral("python"), QStringLiteral("gil"));
        editor.editor()->setPlainText(QStringLiteral("typed, then the editor closed without saving"));
        QVERIFY(editor.autosavePending());
        // The editor's own destruction does not save: the window saves on close (saveNow) before it goes.
    }
    QCOMPARE(m_clock->pendingCalls(), 1);
    m_clock->advanceMs(NotesEditor::autosaveDelayMs);
    QCOMPARE(m_clock->pendingCalls(), 0);
    QVERIFY(!m_user->data.notes.note(QStringLiteral("python"), QStringLiteral("gil")));
}

void TestNotesEditor::switchingTopic_savesAtOnceAndLoadsTheOther()
{
    QString error;
    QVERIFY(m_user->data.notes.save({QStringLiteral("python"), QStringLiteral("asyncio"), QStringLiteral("await yields"), 1}, &error));
    NotesEditor editor(m_user->data.notes, m_user->data.database, *m_clock);
    editor.show();
    editor.setTopic(QStringLiteral("python"), QStringLiteral("gil"));
    QTest::keyClicks(editor.editor(), QStringLiteral("draft"));
    editor.setTopic(QStringLiteral("python"), QStringLiteral("asyncio"));
    QCOMPARE(m_user->data.notes.note(QStringLiteral("python"), QStringLiteral("gil"))->body, QStringLiteral("draft"));
    QCOMPARE(editor.editor()->toPlainText(), QStringLiteral("await yields"));
    QVERIFY(!editor.hasUnsavedChanges());
}

void TestNotesEditor::losingFocus_saves()
{
    QWidget window;
    auto *editor = new NotesEditor(m_user->data.notes, m_user->data.database, *m_clock, &window);
    auto *other = new QPlainTextEdit(&window);
    other->move(0, 400);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    editor->setTopic(QStringLiteral("python"), QStringLiteral("gil"));
    editor->editor()->setFocus();
    QTest::keyClicks(editor->editor(), QStringLiteral("x"));
    QCoreApplication::sendEvent(editor->editor(), new QFocusEvent(QEvent::FocusOut, Qt::TabFocusReason));
    QCOMPARE(m_user->data.notes.note(QStringLiteral("python"), QStringLiteral("gil"))->body, QStringLiteral("x"));
}

void TestNotesEditor::preview_rendersMarkdown_andUndoWorks()
{
    NotesEditor editor(m_user->data.notes, m_user->data.database, *m_clock);
    editor.show();
    editor.setTopic(QStringLiteral("python"), QStringLiteral("gil"));
    QTest::keyClicks(editor.editor(), QStringLiteral("**bold**"));
    QTest::keyClick(editor.editor(), Qt::Key_Z, Qt::ControlModifier);
    QVERIFY(editor.editor()->toPlainText().size() < 8);
    QTest::keyClick(editor.editor(), Qt::Key_Z, Qt::ShiftModifier | Qt::ControlModifier);
    QCOMPARE(editor.editor()->toPlainText(), QStringLiteral("**bold**"));
    editor.setPreviewing(true);
    QVERIFY(editor.preview()->isVisible());
    QVERIFY(!editor.editor()->isVisible());
    QCOMPARE(editor.preview()->toPlainText(), QStringLiteral("bold"));
    QCOMPARE(m_user->data.notes.note(QStringLiteral("python"), QStringLiteral("gil"))->body, QStringLiteral("**bold**"));
}

void TestNotesEditor::setWritesFail(bool fail)
{
    // As a full disk does: every write is refused while reads go on.
    QSqlQuery q(m_user->data.database.connection());
    QVERIFY(q.exec(fail ? QStringLiteral("PRAGMA query_only = ON") : QStringLiteral("PRAGMA query_only = OFF")));
}

void TestNotesEditor::saved_namesTheTopicItSaved_notTheOneShown()
{
    NotesEditor editor(m_user->data.notes, m_user->data.database, *m_clock);
    editor.show();
    editor.setTopic(QStringLiteral("python"), QStringLiteral("gil"));
    QSignalSpy saved(&editor, &NotesEditor::saved);
    QTest::keyClicks(editor.editor(), QStringLiteral("gammatoken"));
    editor.setTopic(QStringLiteral("python"), QStringLiteral("free-threading")); // before the autosave fires
    QCOMPARE(saved.count(), 1);
    QCOMPARE(saved[0], (QVariantList{QStringLiteral("python"), QStringLiteral("gil"), QStringLiteral("gammatoken")}));
}

void TestNotesEditor::failedSave_keepsTheNoteOnScreenAndInARecoveryFile()
{
    NotesEditor editor(m_user->data.notes, m_user->data.database, *m_clock);
    editor.setRecoveryDir(m_user->dir.filePath(QStringLiteral("unsaved-notes")));
    editor.show();
    editor.setTopic(QStringLiteral("python"), QStringLiteral("gil"));
    setWritesFail(true);
    const QString text = QString(6000, QLatin1Char('n'));
    editor.editor()->setPlainText(text);
    QVERIFY(!editor.saveNow());
    const QString file = m_user->dir.filePath(QStringLiteral("unsaved-notes/python/gil.md"));
    QVERIFY2(editor.statusText().contains(QStringLiteral("Not saved")), qPrintable(editor.statusText()));
    QVERIFY2(editor.statusText().contains(QDir::toNativeSeparators(file)), qPrintable(editor.statusText()));

    // Alt+Down, Alt+Up: the text comes back with the topic, and it is on disk meanwhile.
    editor.setTopic(QStringLiteral("python"), QStringLiteral("asyncio"));
    QVERIFY(editor.editor()->toPlainText().isEmpty());
    QCOMPARE(editor.unsavedNoteCount(), 1);
    QVERIFY(editor.unsavedNotesAreInRecoveryFiles());
    QFile saved(file);
    QVERIFY(saved.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromUtf8(saved.readAll()), text);
    saved.close();
    editor.setTopic(QStringLiteral("python"), QStringLiteral("gil"));
    QCOMPARE(editor.editor()->toPlainText(), text);
    QVERIFY(editor.hasUnsavedChanges());
    QVERIFY(!m_user->data.notes.note(QStringLiteral("python"), QStringLiteral("gil")));

    // Once writes work again, the next change saves it and the recovery file goes.
    setWritesFail(false);
    QTest::keyClick(editor.editor(), Qt::Key_End, Qt::ControlModifier);
    QTest::keyClicks(editor.editor(), QStringLiteral("!"));
    QVERIFY(editor.saveNow());
    QCOMPARE(m_user->data.notes.note(QStringLiteral("python"), QStringLiteral("gil"))->body, text + QLatin1Char('!'));
    QVERIFY(!QFile::exists(file));
    QCOMPARE(editor.unsavedNoteCount(), 0);
}

void TestNotesEditor::recoveryFiles_ofAnEarlierRun_areTakenBackAndSaved()
{
    QVERIFY(Test::writeFiles(m_user->dir, {{QStringLiteral("unsaved-notes/python/gil.md"), QByteArray("kept through a crash")}}));
    NotesEditor editor(m_user->data.notes, m_user->data.database, *m_clock);
    editor.setRecoveryDir(m_user->dir.filePath(QStringLiteral("unsaved-notes")));
    QCOMPARE(editor.unsavedNoteCount(), 1);
    editor.show();
    editor.setTopic(QStringLiteral("python"), QStringLiteral("asyncio")); // saving anything retries it
    QCOMPARE(m_user->data.notes.note(QStringLiteral("python"), QStringLiteral("gil"))->body, QStringLiteral("kept through a crash"));
    QVERIFY(!QFile::exists(m_user->dir.filePath(QStringLiteral("unsaved-notes/python/gil.md"))));
    QCOMPARE(editor.unsavedNoteCount(), 0);
}

void TestNotesEditor::noteOverTheSizeLimit_isNotSaved_andTheStatusSaysWhy()
{
    QString error;
    QVERIFY(m_user->data.notes.save({QStringLiteral("python"), QStringLiteral("gil"), QStringLiteral("short"), 1}, &error));
    NotesEditor editor(m_user->data.notes, m_user->data.database, *m_clock);
    editor.show();
    editor.setTopic(QStringLiteral("python"), QStringLiteral("gil"));
    QSignalSpy saved(&editor, &NotesEditor::saved);
    // Lines of 'é', two bytes each in UTF-8: the text is within the limit in characters, one byte over it in UTF-8.
    const QString line = QString(63, QChar(0xe9)) + QLatin1Char('\n'); // 127 bytes
    const qsizetype lines = NoteStore::maxBodyBytes / 127;
    const QString atTheLimit = line.repeated(lines) + QString(NoteStore::maxBodyBytes - lines * 127, QLatin1Char('a'));
    QCOMPARE(atTheLimit.toUtf8().size(), NoteStore::maxBodyBytes);
    const QString tooLong = atTheLimit + QLatin1Char('!');
    editor.editor()->setPlainText(tooLong);
    QVERIFY(!editor.saveNow());
    QVERIFY2(editor.statusText().contains(QStringLiteral("Not saved")), qPrintable(editor.statusText()));
    QVERIFY2(editor.statusText().contains(QStringLiteral("1 MiB")), qPrintable(editor.statusText()));
    QCOMPARE(editor.editor()->toPlainText(), tooLong);
    QVERIFY(editor.hasUnsavedChanges());
    QCOMPARE(m_user->data.notes.note(QStringLiteral("python"), QStringLiteral("gil"))->body, QStringLiteral("short"));
    QCOMPARE(saved.count(), 0);

    // Cut back to the limit, it saves.
    QTest::keyClick(editor.editor(), Qt::Key_End, Qt::ControlModifier);
    QTest::keyClick(editor.editor(), Qt::Key_Backspace);
    QVERIFY(editor.saveNow());
    QCOMPARE(m_user->data.notes.note(QStringLiteral("python"), QStringLiteral("gil"))->body, atTheLimit);
    QCOMPARE(editor.statusText(), QStringLiteral("Saved"));
}

QTEST_MAIN(TestNotesEditor)
#include "tst_noteseditor.moc"
