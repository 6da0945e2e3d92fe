#include "actionregistry.h"
#include "dialogs.h"
#include "mainwindow.h"
#include "settings.h"
#include "syncdialog.h"
#include "syncdevice.h"
#include "testsupport.h"
#include "windowsync.h"

#include <QAction>
#include <QLabel>
#include <QListWidget>
#include <QTest>

using namespace DeepDive;
using namespace DeepDive::Test;

// Sync from the real window: File > Sync Folder… keeps the folder and syncs at once, what another computer wrote
// comes in (the progress shows it), and the status bar says with whom and when; a folder that went away is a notice.
class TestWindowSync : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void chooseFolder_syncsAtOnce_andTheOtherComputersAnswersComeIn();
    void folderGone_isANotice_andStudyingGoesOn();
    void noteInConflict_theStatusBarLinksToTheSyncDevicesDialog();

private:
    QList<Deck> m_decks;
};

void TestWindowSync::initTestCase()
{
    Dialogs::setHeadless(true);
    m_decks = Test::sampleDecks();
}

void TestWindowSync::chooseFolder_syncsAtOnce_andTheOtherComputersAnswersComeIn()
{
    QTemporaryDir root;
    SyncDevice laptop(root.path(), QStringLiteral("laptop"));
    SyncDevice desktop(root.path(), QStringLiteral("desktop"));
    QString error;
    QVERIFY2(desktop.answer(QStringLiteral("c1"), 3, &error), qPrintable(error));
    QCOMPARE(desktop.sync().status, SyncReport::Status::Synced);
    QVERIFY(copyJournal(desktop, laptop)); // as the sync tool brings it over

    Settings settings(laptop.settingsFile());
    MainWindow window(&settings, &laptop.data(), &laptop.clock());
    window.setDecks(m_decks);
    window.show();
    window.startSync();
    WindowSync *sync = window.windowSync();
    QVERIFY(sync);
    QVERIFY(!sync->statusLabel()->isVisible()); // no folder yet: nothing to say
    QCOMPARE(laptop.data().reviews.reviewCount(), 0);

    Dialogs::setNextFileName(laptop.syncFolder());
    window.findChild<QAction *>(QStringLiteral("fileSyncFolder"))->trigger();
    QCOMPARE(settings.syncFolder(), laptop.syncFolder());
    QTRY_COMPARE(laptop.data().reviews.reviewCount(), 1);
    QTRY_VERIFY2(sync->statusLabel()->text().contains(QStringLiteral("desktop")), qPrintable(sync->statusLabel()->text()));
    QVERIFY(sync->statusLabel()->text().startsWith(QStringLiteral("Synced at")));
    QVERIFY(sync->statusLabel()->isVisible());
}

void TestWindowSync::folderGone_isANotice_andStudyingGoesOn()
{
    QTemporaryDir root;
    SyncDevice laptop(root.path(), QStringLiteral("laptop"));
    Settings settings(laptop.settingsFile());
    settings.setSyncFolder(root.filePath(QStringLiteral("unmounted/usb-stick")));
    MainWindow window(&settings, &laptop.data(), &laptop.clock());
    window.setDecks(m_decks);
    window.show();
    window.startSync(); // a folder is set: it syncs at once
    WindowSync *sync = window.windowSync();
    QTRY_VERIFY2(sync->statusLabel()->text().startsWith(QStringLiteral("Sync folder not available")),
                 qPrintable(sync->statusLabel()->text()));
    QVERIFY(window.findChild<QAction *>(QStringLiteral("studyDue"))->isEnabled());
}

void TestWindowSync::noteInConflict_theStatusBarLinksToTheSyncDevicesDialog()
{
    QTemporaryDir root;
    SyncDevice laptop(root.path(), QStringLiteral("laptop"));
    SyncDevice desktop(root.path(), QStringLiteral("desktop"));
    QString error;
    QVERIFY(laptop.writeNote(QStringLiteral("t1"), QStringLiteral("mine"), &error));
    laptop.sync();
    QVERIFY(desktop.writeNote(QStringLiteral("t1"), QStringLiteral("theirs"), &error));
    desktop.sync();
    QVERIFY(copyJournal(desktop, laptop));

    Settings settings(laptop.settingsFile());
    settings.setSyncFolder(laptop.syncFolder());
    MainWindow window(&settings, &laptop.data(), &laptop.clock());
    window.setDecks(m_decks);
    window.show();
    window.startSync();
    QLabel *status = window.windowSync()->statusLabel();
    QTRY_VERIFY2(status->text().contains(QStringLiteral("to resolve")), qPrintable(status->text()));
    QVERIFY(status->text().contains(QStringLiteral("<a href=")));
    QVERIFY(!window.findChild<SyncDialog *>());
    Q_EMIT status->linkActivated(QStringLiteral("conflicts"));
    auto *dialog = window.findChild<SyncDialog *>();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->findChild<QListWidget *>(QStringLiteral("conflicts"))->count(), 1);
    // File > Sync Devices… again brings the same dialog forward.
    window.findChild<QAction *>(QStringLiteral("fileSyncDevices"))->trigger();
    QCOMPARE(window.findChildren<SyncDialog *>().size(), 1);
}

QTEST_MAIN(TestWindowSync)
#include "tst_windowsync.moc"
