#include "exportdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QTest>

using namespace DeepDive;

// File > Export PDF's options, driven through the dialog's own widgets.
class TestExportDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void answersAndNotes_reachTheChoice();
};

void TestExportDialog::answersAndNotes_reachTheChoice()
{
    ExportDialog::Context context;
    context.currentTopicId = QStringLiteral("identity");
    context.currentSectionId = QStringLiteral("basics");
    ExportDialog dialog(context);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *quiz = dialog.findChild<QCheckBox *>(QStringLiteral("exportWithQuiz"));
    auto *answers = dialog.findChild<QComboBox *>(QStringLiteral("exportAnswers"));
    auto *notes = dialog.findChild<QCheckBox *>(QStringLiteral("exportWithNotes"));
    QVERIFY(quiz && answers && notes);

    // By default: no quiz (so no choice of where its answers go) and no notes.
    QVERIFY(!answers->isEnabled());
    ExportDialog::Choice choice = dialog.choice();
    QCOMPARE(choice.scope, QStringLiteral("topics:identity"));
    QVERIFY(!choice.withQuiz);
    QVERIFY(!choice.withNotes);
    QCOMPARE(choice.answers, AnswerPlacement::Inline);

    QTest::keyClick(quiz, Qt::Key_Space);
    QVERIFY(quiz->isChecked());
    QVERIFY(answers->isEnabled());
    answers->setFocus();
    QTest::keyClick(answers, Qt::Key_End);
    QTest::keyClick(notes, Qt::Key_Space);
    choice = dialog.choice();
    QVERIFY(choice.withQuiz);
    QCOMPARE(choice.answers, AnswerPlacement::EndOfDocument);
    QVERIFY(choice.withNotes);
    QTest::keyClick(answers, Qt::Key_Up);
    QCOMPARE(dialog.choice().answers, AnswerPlacement::EndOfTopic);
    QTest::keyClick(quiz, Qt::Key_Space);
    QVERIFY(!answers->isEnabled());
}

QTEST_MAIN(TestExportDialog)
#include "tst_exportdialog.moc"
