#include "clock.h"
#include "database.h"
#include "noteseditor.h"
#include "notestore.h"

#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

using namespace DeepDive;

class TestNotesEditor : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void typing_isSavedWithinASecond();
    void switchingTopic_savesAtOnceAndLoadsTheOther();
    void losingFocus_saves();
    void preview_rendersMarkdown_andUndoWorks();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<NoteStore> m_store;
    MockClock m_clock{5000};
};

void TestNotesEditor::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = std::make_unique<Database>();
    m_db->open(m_dir->filePath(QStringLiteral("d.db")), m_dir->filePath(QStringLiteral("b")));
    m_store = std::make_unique<NoteStore>(*m_db);
}

void TestNotesEditor::typing_isSavedWithinASecond()
{
    NotesEditor editor(*m_store, *m_db, m_clock);
    editor.show();
    editor.setTopic(QStringLiteral("python"), QStringLiteral("gil"));
    QSignalSpy saved(&editor, &NotesEditor::saved);
    QTest::keyClicks(editor.editor(), QStringLiteral("GIL is released on I/O"));
    QVERIFY(editor.hasUnsavedChanges());
    QVERIFY(!m_store->note(QStringLiteral("python"), QStringLiteral("gil")));
    QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, 1000 + NotesEditor::autosaveDelayMs);
    QCOMPARE(m_store->note(QStringLiteral("python"), QStringLiteral("gil"))->body, QStringLiteral("GIL is released on I/O"));
    QCOMPARE(editor.statusText(), QStringLiteral("Saved"));
}

void TestNotesEditor::switchingTopic_savesAtOnceAndLoadsTheOther()
{
    QString error;
    QVERIFY(m_store->save({QStringLiteral("python"), QStringLiteral("asyncio"), QStringLiteral("await yields"), 1}, &error));
    NotesEditor editor(*m_store, *m_db, m_clock);
    editor.show();
    editor.setTopic(QStringLiteral("python"), QStringLiteral("gil"));
    QTest::keyClicks(editor.editor(), QStringLiteral("draft"));
    editor.setTopic(QStringLiteral("python"), QStringLiteral("asyncio"));
    QCOMPARE(m_store->note(QStringLiteral("python"), QStringLiteral("gil"))->body, QStringLiteral("draft"));
    QCOMPARE(editor.editor()->toPlainText(), QStringLiteral("await yields"));
    QVERIFY(!editor.hasUnsavedChanges());
}

void TestNotesEditor::losingFocus_saves()
{
    QWidget window;
    auto *editor = new NotesEditor(*m_store, *m_db, m_clock, &window);
    auto *other = new QPlainTextEdit(&window);
    other->move(0, 400);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    editor->setTopic(QStringLiteral("python"), QStringLiteral("gil"));
    editor->editor()->setFocus();
    QTest::keyClicks(editor->editor(), QStringLiteral("x"));
    QCoreApplication::sendEvent(editor->editor(), new QFocusEvent(QEvent::FocusOut, Qt::TabFocusReason));
    QCOMPARE(m_store->note(QStringLiteral("python"), QStringLiteral("gil"))->body, QStringLiteral("x"));
}

void TestNotesEditor::preview_rendersMarkdown_andUndoWorks()
{
    NotesEditor editor(*m_store, *m_db, m_clock);
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
    QCOMPARE(m_store->note(QStringLiteral("python"), QStringLiteral("gil"))->body, QStringLiteral("**bold**"));
}

QTEST_MAIN(TestNotesEditor)
#include "tst_noteseditor.moc"
