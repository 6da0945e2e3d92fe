#include "syncdialog.h"

#include "clock.h"
#include "database.h"
#include "dialogs.h"
#include "settings.h"
#include "windowsync.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QSysInfo>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace DeepDive {

namespace {

QString when(qint64 ms)
{
    if (ms <= 0)
        return SyncDialog::tr("nothing yet");
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms), QLocale::ShortFormat);
}

QLabel *hint(const QString &text)
{
    auto *label = new QLabel(text);
    label->setWordWrap(true);
    label->setAlignment(Qt::AlignCenter);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

} // namespace

SyncDialog::SyncDialog(Database &db, Settings *settings, WindowSync *sync, const Clock &clock, TopicTitle topicTitle,
                       QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_settings(settings)
    , m_sync(sync)
    , m_clock(clock)
    , m_topicTitle(std::move(topicTitle))
{
    setObjectName(QStringLiteral("syncDialog"));
    setWindowTitle(tr("Sync Devices"));

    auto *form = new QFormLayout;
    auto *folderRow = new QHBoxLayout;
    m_folder = new QLabel;
    m_folder->setObjectName(QStringLiteral("syncFolder"));
    m_folder->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_folder->setWordWrap(true);
    auto *change = new QPushButton(tr("C&hange..."));
    change->setObjectName(QStringLiteral("changeFolder"));
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(change);
    form->addRow(tr("Sync folder:"), folderRow);
    m_name = new QLineEdit;
    m_name->setObjectName(QStringLiteral("deviceName"));
    m_name->setToolTip(tr("How your other computers list this one"));
    m_name->setPlaceholderText(QSysInfo::machineHostName()); // what the first sync names this computer
    form->addRow(tr("This computer's &name:"), m_name);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    QPushButton *syncNow = buttons->addButton(tr("&Sync Now"), QDialogButtonBox::ActionRole);
    syncNow->setObjectName(QStringLiteral("syncNow"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(makeDevicesBox(), 2);
    layout->addWidget(makeConflictsBox(), 5);
    layout->addWidget(buttons);

    connect(change, &QPushButton::clicked, this, [this] {
        m_sync->chooseFolder();
        refresh();
    });
    connect(syncNow, &QPushButton::clicked, m_sync, &WindowSync::syncNow);
    connect(m_name, &QLineEdit::editingFinished, this, &SyncDialog::renameDevice);
    // Return in the name field sets the name; it must not press a button (Change… would open a folder chooser).
    for (QPushButton *button : findChildren<QPushButton *>())
        button->setAutoDefault(false);
    connect(&m_sync->scheduler(), &SyncScheduler::syncFinished, this, &SyncDialog::refresh);
    resize(760, 600);
    refresh();
}

QWidget *SyncDialog::makeDevicesBox()
{
    auto *box = new QGroupBox(tr("Other computers"));
    m_devices = new QTreeWidget;
    m_devices->setObjectName(QStringLiteral("devices"));
    m_devices->setRootIsDecorated(false);
    m_devices->setHeaderLabels({tr("Computer"), tr("Last activity"), tr("State")});
    m_devices->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_devices->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_devices->header()->setStretchLastSection(true);
    m_devicesStack = new QStackedWidget;
    m_devicesStack->addWidget(hint(tr("No other computer has synced yet. Choose the same folder in Deep Dive on your "
                                      "other computer, and let your sync tool replicate it.")));
    m_devicesStack->addWidget(m_devices);
    auto *layout = new QVBoxLayout(box);
    layout->addWidget(m_devicesStack);
    return box;
}

QWidget *SyncDialog::makeConflictsBox()
{
    auto *box = new QGroupBox(tr("Notes changed on two computers"));
    m_conflictList = new QListWidget;
    m_conflictList->setObjectName(QStringLiteral("conflicts"));
    m_mine = new QPlainTextEdit;
    m_mine->setObjectName(QStringLiteral("mine"));
    m_theirs = new QPlainTextEdit;
    m_theirs->setObjectName(QStringLiteral("theirs"));
    for (QPlainTextEdit *edit : {m_mine, m_theirs}) {
        edit->setReadOnly(true);
        edit->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    }
    m_theirsLabel = new QLabel;
    m_theirsLabel->setWordWrap(true);
    auto *sides = new QHBoxLayout;
    auto *mineSide = new QVBoxLayout;
    mineSide->addWidget(new QLabel(tr("On this computer:")));
    mineSide->addWidget(m_mine);
    auto *theirsSide = new QVBoxLayout;
    theirsSide->addWidget(m_theirsLabel);
    theirsSide->addWidget(m_theirs);
    sides->addLayout(mineSide, 1);
    sides->addLayout(theirsSide, 1); // the two texts side by side at the same width, however long the headings

    auto *choices = new QHBoxLayout;
    choices->addStretch();
    const QList<std::pair<QString, NoteHistory::Resolution>> resolutions{
        {tr("Keep &Mine"), NoteHistory::Resolution::KeepMine},
        {tr("&Take Theirs"), NoteHistory::Resolution::TakeTheirs},
        {tr("Keep &Both"), NoteHistory::Resolution::KeepBoth},
    };
    const QStringList names{QStringLiteral("keepMine"), QStringLiteral("takeTheirs"), QStringLiteral("keepBoth")};
    for (qsizetype i = 0; i < resolutions.size(); ++i) {
        auto *button = new QPushButton(resolutions[i].first);
        button->setObjectName(names[i]);
        connect(button, &QPushButton::clicked, this, [this, r = resolutions[i].second] { resolveCurrent(r); });
        choices->addWidget(button);
        m_resolveButtons.append(button);
    }
    m_resolveButtons[2]->setToolTip(tr("Your text, then theirs below it"));

    auto *page = new QWidget;
    auto *pageLayout = new QVBoxLayout(page);
    pageLayout->setContentsMargins(0, 0, 0, 0);
    auto *top = new QHBoxLayout;
    top->addWidget(m_conflictList, 1);
    top->addLayout(sides, 3);
    pageLayout->addLayout(top);
    pageLayout->addLayout(choices);
    m_conflictsStack = new QStackedWidget;
    m_conflictsStack->addWidget(hint(tr("No note is in conflict. When you change a note on two computers before "
                                        "they sync, both versions are kept and shown here for you to choose.")));
    m_conflictsStack->addWidget(page);
    auto *layout = new QVBoxLayout(box);
    layout->addWidget(m_conflictsStack);
    connect(m_conflictList, &QListWidget::currentRowChanged, this, &SyncDialog::showConflict);
    return box;
}

void SyncDialog::refresh()
{
    const QString folder = m_settings->syncFolder();
    m_folder->setText(folder.isEmpty() ? tr("None: progress stays on this computer") : QDir::toNativeSeparators(folder));
    const SyncPeers peers(m_db);
    if (!m_name->hasFocus()) {
        const QString name = m_settings->syncDeviceName();
        m_name->setText(name.isEmpty() ? peers.thisDeviceName() : name);
    }

    m_peers = peers.peers();
    m_devices->clear();
    for (const SyncPeers::Peer &peer : std::as_const(m_peers)) {
        auto *item = new QTreeWidgetItem(m_devices, {peer.name.isEmpty() ? tr("(not named yet)") : peer.name,
                                                     when(peer.lastActivityMs),
                                                     peer.problem.isEmpty() ? tr("In sync") : peer.problem});
        item->setToolTip(0, tr("Journal: %1").arg(peer.files.join(QStringLiteral(", "))));
        item->setToolTip(2, peer.problem);
    }
    m_devicesStack->setCurrentIndex(m_peers.isEmpty() ? 0 : 1);

    const int row = m_conflictList->currentRow();
    m_conflicts = NoteHistory(m_db).conflicts();
    const QSignalBlocker blocker(m_conflictList);
    m_conflictList->clear();
    for (const NoteConflict &c : std::as_const(m_conflicts))
        m_conflictList->addItem(m_topicTitle(c.deckId, c.topicId));
    m_conflictsStack->setCurrentIndex(m_conflicts.isEmpty() ? 0 : 1);
    if (!m_conflicts.isEmpty()) {
        m_conflictList->setCurrentRow(std::clamp(row, 0, int(m_conflicts.size()) - 1));
        showConflict(m_conflictList->currentRow());
    }
}

void SyncDialog::showConflict(int row)
{
    if (row < 0 || row >= m_conflicts.size())
        return;
    const NoteConflict &c = m_conflicts[row];
    QString device = c.theirs.deviceId;
    for (const SyncPeers::Peer &peer : std::as_const(m_peers)) {
        if (peer.deviceId == c.theirs.deviceId && !peer.name.isEmpty())
            device = peer.name;
    }
    m_theirsLabel->setText(tr("On %1 (saved %2):").arg(device, when(c.theirs.savedMs)));
    m_mine->setPlainText(c.mine);
    m_theirs->setPlainText(c.theirs.body.value_or(QString()));
}

void SyncDialog::resolveCurrent(NoteHistory::Resolution resolution)
{
    const int row = m_conflictList->currentRow();
    if (row < 0 || row >= m_conflicts.size())
        return;
    const NoteConflict c = m_conflicts[row];
    QString error;
    if (!NoteHistory(m_db).resolve(c.deckId, c.topicId, c.theirs.vid, resolution, m_clock.nowMs(), &error)) {
        Dialogs::warning(this, tr("Sync Devices"), tr("The note of “%1” could not be saved: %2. Both versions are kept.")
                                                       .arg(m_topicTitle(c.deckId, c.topicId), error));
        refresh();
        return;
    }
    Q_EMIT noteResolved(c.deckId, c.topicId);
    m_sync->scheduler().requestSync(); // the others learn how it was resolved
    refresh();
}

void SyncDialog::renameDevice()
{
    const QString name = m_name->text().trimmed();
    if (name.isEmpty() || name == m_settings->syncDeviceName())
        return;
    m_sync->setDeviceName(name);
}

} // namespace DeepDive
