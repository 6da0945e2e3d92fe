#include "dialogs.h"
#include "settings.h"
#include "syncdevice.h"
#include "syncdialog.h"
#include "windowsync.h"

#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QSysInfo>
#include <QTest>
#include <QTreeWidget>

using namespace DeepDive;
using namespace DeepDive::Test;

// File > Sync Devices…, driven as the learner would: the other computers are listed with their last activity, a note
// changed on both computers shows both texts, and each choice (keep mine, take theirs, keep both) settles it here and,
// after the next sync, on the other computer too. Renaming this computer reaches the others.
class TestSyncDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void listsTheOtherComputers_withTheirLastActivity();
    void conflict_showsBothTexts_andEachChoiceSettlesIt_data();
    void conflict_showsBothTexts_andEachChoiceSettlesIt();
    void noConflict_saysSo();
    void renamingThisComputer_reachesTheOthers();

private:
    // laptop and desktop both changed the note of t1 before syncing; the laptop has merged the desktop's journal.
    void makeConflict();
    std::unique_ptr<SyncDialog> openDialog(SyncDevice &device, Settings &settings, WindowSync **sync);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SyncDevice> m_laptop;
    std::unique_ptr<SyncDevice> m_desktop;
    std::unique_ptr<QWidget> m_window; // the WindowSync's parent, gone before its devices
};

void TestSyncDialog::init()
{
    Dialogs::setHeadless(true);
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_window = std::make_unique<QWidget>();
    m_desktop.reset();
    m_laptop.reset();
    m_laptop = std::make_unique<SyncDevice>(m_dir->path(), QStringLiteral("laptop"));
    m_desktop = std::make_unique<SyncDevice>(m_dir->path(), QStringLiteral("desktop"));
}

void TestSyncDialog::makeConflict()
{
    QString error;
    QVERIFY(m_laptop->writeNote(QStringLiteral("t1"), QStringLiteral("GIL: one thread runs bytecode at a time."), &error));
    m_laptop->sync();
    m_desktop->setWorldTime(7'200'000);
    QVERIFY(m_desktop->writeNote(QStringLiteral("t1"), QStringLiteral("Free-threaded 3.13t has no GIL."), &error));
    QCOMPARE(m_desktop->sync().status, SyncReport::Status::Synced);
    QVERIFY(copyJournal(*m_desktop, *m_laptop));
    const SyncReport in = m_laptop->sync();
    QCOMPARE(in.received.conflicts, 1);
    QCOMPARE(in.openConflicts, 1);
}

std::unique_ptr<SyncDialog> TestSyncDialog::openDialog(SyncDevice &device, Settings &settings, WindowSync **sync)
{
    settings.setSyncFolder(device.syncFolder());
    *sync = new WindowSync(&settings, {device.options().databaseFile, device.options().backupDir, settings.file()},
                           device.data().database, device.clock(), m_window.get());
    (*sync)->scheduler().setDebounce(std::chrono::milliseconds(1));
    auto dialog = std::make_unique<SyncDialog>(device.data().database, &settings, *sync, device.clock(),
                                               [](const QString &deck, const QString &topic) {
                                                   return QStringLiteral("Topic %1 of %2").arg(topic, deck);
                                               });
    dialog->show();
    return dialog;
}

void TestSyncDialog::listsTheOtherComputers_withTheirLastActivity()
{
    QString error;
    m_desktop->setWorldTime(86'400'000);
    QVERIFY(m_desktop->answer(QStringLiteral("c1"), 3, &error));
    m_desktop->sync();
    QVERIFY(copyJournal(*m_desktop, *m_laptop));
    m_laptop->sync();
    Settings settings(m_laptop->settingsFile());
    WindowSync *sync = nullptr;
    const auto dialog = openDialog(*m_laptop, settings, &sync);

    const auto *devices = dialog->findChild<QTreeWidget *>(QStringLiteral("devices"));
    QVERIFY(devices->isVisible());
    QCOMPARE(devices->topLevelItemCount(), 1);
    QCOMPARE(devices->topLevelItem(0)->text(0), QStringLiteral("desktop"));
    QCOMPARE(devices->topLevelItem(0)->text(1),
             QLocale().toString(QDateTime::fromMSecsSinceEpoch(86'400'000), QLocale::ShortFormat));
    QCOMPARE(devices->topLevelItem(0)->text(2), QStringLiteral("In sync"));
    QCOMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("deviceName"))->text(), QStringLiteral("laptop"));
    QCOMPARE(dialog->findChild<QLabel *>(QStringLiteral("syncFolder"))->text(), QDir::toNativeSeparators(m_laptop->syncFolder()));
}

void TestSyncDialog::conflict_showsBothTexts_andEachChoiceSettlesIt_data()
{
    QTest::addColumn<QString>("button");
    QTest::addColumn<QString>("expected");
    const QString mine = QStringLiteral("GIL: one thread runs bytecode at a time.");
    const QString theirs = QStringLiteral("Free-threaded 3.13t has no GIL.");
    QTest::newRow("keep mine") << QStringLiteral("keepMine") << mine;
    QTest::newRow("take theirs") << QStringLiteral("takeTheirs") << theirs;
    QTest::newRow("keep both") << QStringLiteral("keepBoth") << mine + QStringLiteral("\n\n") + theirs;
}

void TestSyncDialog::conflict_showsBothTexts_andEachChoiceSettlesIt()
{
    QFETCH(QString, button);
    QFETCH(QString, expected);
    makeConflict();
    Settings settings(m_laptop->settingsFile());
    WindowSync *sync = nullptr;
    const auto dialog = openDialog(*m_laptop, settings, &sync);
    QSignalSpy resolved(dialog.get(), &SyncDialog::noteResolved);

    auto *list = dialog->findChild<QListWidget *>(QStringLiteral("conflicts"));
    QVERIFY(list->isVisible());
    QCOMPARE(list->count(), 1);
    QCOMPARE(list->item(0)->text(), QStringLiteral("Topic t1 of python"));
    QCOMPARE(dialog->findChild<QPlainTextEdit *>(QStringLiteral("mine"))->toPlainText(),
             QStringLiteral("GIL: one thread runs bytecode at a time."));
    QCOMPARE(dialog->findChild<QPlainTextEdit *>(QStringLiteral("theirs"))->toPlainText(),
             QStringLiteral("Free-threaded 3.13t has no GIL."));

    QTest::mouseClick(dialog->findChild<QPushButton *>(button), Qt::LeftButton);
    QCOMPARE(resolved.size(), 1);
    QCOMPARE(resolved[0][1].toString(), QStringLiteral("t1"));
    QCOMPARE(m_laptop->note(QStringLiteral("t1")), expected);
    QVERIFY(!list->isVisible()); // "No note is in conflict"
    QVERIFY(NoteHistory(m_laptop->data().database).conflicts().isEmpty());
    // The resolution goes out with a sync of its own, and the desktop takes it as it is, without a conflict.
    QVERIFY(sync->scheduler().isPending() || sync->scheduler().isRunning());
    QTRY_VERIFY(!sync->scheduler().isPending() && !sync->scheduler().isRunning());
    QVERIFY(copyJournal(*m_laptop, *m_desktop));
    const SyncReport atDesktop = m_desktop->sync();
    QCOMPARE(atDesktop.openConflicts, 0);
    QCOMPARE(m_desktop->note(QStringLiteral("t1")), expected);
}

void TestSyncDialog::noConflict_saysSo()
{
    Settings settings(m_laptop->settingsFile());
    WindowSync *sync = nullptr;
    const auto dialog = openDialog(*m_laptop, settings, &sync);
    QVERIFY(!dialog->findChild<QListWidget *>(QStringLiteral("conflicts"))->isVisible());
    QVERIFY(!dialog->findChild<QTreeWidget *>(QStringLiteral("devices"))->isVisible());
    QVERIFY(!dialog->findChild<QPushButton *>(QStringLiteral("keepMine"))->isVisible());
    // Before the first sync this computer has no stored name yet: the one the first sync gives it is shown.
    QCOMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("deviceName"))->placeholderText(), QSysInfo::machineHostName());
}

void TestSyncDialog::renamingThisComputer_reachesTheOthers()
{
    m_laptop->sync();
    Settings settings(m_laptop->settingsFile());
    WindowSync *sync = nullptr;
    const auto dialog = openDialog(*m_laptop, settings, &sync);
    auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("deviceName"));
    name->setFocus();
    name->selectAll();
    QTest::keyClicks(name, QStringLiteral("Ana's ThinkPad"));
    QTest::keyClick(name, Qt::Key_Return);
    QVERIFY(dialog->isVisible()); // Return set the name, and pressed no button
    QCOMPARE(settings.syncDeviceName(), QStringLiteral("Ana's ThinkPad"));
    QCOMPARE(sync->scheduler().options().deviceName, QStringLiteral("Ana's ThinkPad"));
    QTRY_VERIFY(!sync->scheduler().isPending() && !sync->scheduler().isRunning()); // the rename asked for a sync
    QVERIFY(copyJournal(*m_laptop, *m_desktop));
    QCOMPARE(m_desktop->sync().devices, QStringList{QStringLiteral("Ana's ThinkPad")});
}

QTEST_MAIN(TestSyncDialog)
#include "tst_syncdialog.moc"
