#include "actionregistry.h"

#include "icons.h"

#include <QAction>
#include <QMenu>
#include <QMenuBar>
#include <QToolBar>

namespace DeepDive {

ActionRegistry::ActionRegistry(QObject *parent)
    : QObject(parent)
{
    add(QStringLiteral("fileExportProgress"), tr("&Export Progress..."), QStringLiteral("document-export"), {},
        tr("Save your answers, bookmarks and notes to a file, e.g. to move to another computer"));
    add(QStringLiteral("fileImportProgress"), tr("&Import Progress..."), QStringLiteral("document-import"), {},
        tr("Merge answers, bookmarks and notes from an exported file into yours"));
    add(QStringLiteral("fileRestoreBackup"), tr("&Restore Backup..."), QStringLiteral("document-revert"), {},
        tr("Bring back your progress from one of the daily backups"));
    add(QStringLiteral("fileExportPdf"), tr("Export P&DF..."), QStringLiteral("document-export"),
        {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E)}, tr("Save topic summaries as a PDF handout"));
    add(QStringLiteral("fileExportAnki"), tr("Export for &Anki..."), QStringLiteral("document-export"), {},
        tr("Save the cards as an Anki deck package (.apkg)"));
    add(QStringLiteral("fileImportAnki"), tr("Import Anki Dec&k..."), QStringLiteral("document-import"), {},
        tr("Turn an Anki deck package (.apkg) into a Deep Dive deck"));
    add(QStringLiteral("filePrint"), tr("&Print..."), QStringLiteral("document-print"), QKeySequence::keyBindings(QKeySequence::Print),
        tr("Print topic summaries, with a preview"));
    add(QStringLiteral("fileNewDeck"), tr("Ne&w Deck..."), QStringLiteral("document-new"), {},
        tr("Start a deck of your own: a folder of Markdown files, with an example topic of every card type"));
    add(QStringLiteral("fileCopyDeck"), tr("&Copy Deck to Edit..."), QStringLiteral("edit-copy"), {},
        tr("Copy a deck (the bundled one is read-only) into your decks folder to change it; your progress stays"));
    add(QStringLiteral("fileSyncFolder"), tr("Sync &Folder..."), QStringLiteral("folder-sync"), {},
        tr("Choose a folder your sync tool (Syncthing, Nextcloud, Dropbox) replicates, to study on several computers"));
    add(QStringLiteral("fileSyncNow"), tr("Sync &Now"), QStringLiteral("view-refresh"), {},
        tr("Merge what your other computers wrote to the sync folder, and send this one's changes"));
    add(QStringLiteral("fileSyncDevices"), tr("Sync De&vices..."), QStringLiteral("network-workgroup"), {},
        tr("The computers that sync with this one, and the notes changed on two of them, to resolve"));
    add(QStringLiteral("fileQuit"), tr("&Quit"), QStringLiteral("application-exit"), QKeySequence::keyBindings(QKeySequence::Quit));
    add(QStringLiteral("editSearch"), tr("&Search..."), QStringLiteral("edit-find"),
        {QKeySequence(Qt::CTRL | Qt::Key_K)}, tr("Search topics, notes, snippets and cards"), QStringLiteral("search"));
    // Ctrl+F finds in the page, as in a browser; Search (all topics) is Ctrl+K.
    add(QStringLiteral("editFindInTopic"), tr("&Find in Topic..."), QStringLiteral("edit-find"),
        QKeySequence::keyBindings(QKeySequence::Find), tr("Find text in the topic's notes"));
    add(QStringLiteral("editCopySnippet"), tr("&Copy Snippet"), QStringLiteral("edit-copy"),
        {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C)}, tr("Copy the snippet's code to the clipboard"));
    add(QStringLiteral("codeRun"), tr("R&un Snippet"), QStringLiteral("media-playback-start"),
        {QKeySequence(Qt::Key_F5), QKeySequence(Qt::CTRL | Qt::Key_R)}, tr("Run the snippet with python3"),
        QStringLiteral("run"));
    add(QStringLiteral("viewZoomIn"), tr("Zoom &In"), QStringLiteral("zoom-in"), QKeySequence::keyBindings(QKeySequence::ZoomIn),
        tr("Larger code"));
    add(QStringLiteral("viewZoomOut"), tr("Zoom &Out"), QStringLiteral("zoom-out"),
        QKeySequence::keyBindings(QKeySequence::ZoomOut), tr("Smaller code"));
    add(QStringLiteral("viewZoomReset"), tr("&Reset Zoom"), QStringLiteral("zoom-original"), {QKeySequence(Qt::CTRL | Qt::Key_0)},
        tr("Code at the system's fixed font size"));
    add(QStringLiteral("viewFocusTopics"), tr("Go to &Topics"), {}, {QKeySequence(Qt::CTRL | Qt::Key_1)},
        tr("Move the keyboard focus to the topic tree"));
    add(QStringLiteral("viewTopicTab"), tr("Topic &Notes"), {}, {QKeySequence(Qt::CTRL | Qt::Key_2)},
        tr("Show the topic's notes"));
    add(QStringLiteral("viewQuizTab"), tr("&Quiz"), {}, {QKeySequence(Qt::CTRL | Qt::Key_3)}, tr("Quiz yourself on the topic"));
    add(QStringLiteral("viewMyNotesTab"), tr("&My Notes"), {}, {QKeySequence(Qt::CTRL | Qt::Key_4)},
        tr("Write your own notes on the topic"));
    add(QStringLiteral("viewNextTopic"), tr("Ne&xt Topic"), QStringLiteral("go-down"), {QKeySequence(Qt::ALT | Qt::Key_Down)},
        tr("Open the next topic"));
    add(QStringLiteral("viewPreviousTopic"), tr("&Previous Topic"), QStringLiteral("go-up"),
        {QKeySequence(Qt::ALT | Qt::Key_Up)}, tr("Open the previous topic"));
    add(QStringLiteral("viewNextSnippet"), tr("Next &Snippet"), QStringLiteral("go-next"),
        {QKeySequence(Qt::CTRL | Qt::Key_BracketRight)}, tr("Show the topic's next code snippet"));
    add(QStringLiteral("viewPreviousSnippet"), tr("Pre&vious Snippet"), QStringLiteral("go-previous"),
        {QKeySequence(Qt::CTRL | Qt::Key_BracketLeft)}, tr("Show the topic's previous code snippet"));
    add(QStringLiteral("studyDue"), tr("Study &Due..."), QStringLiteral("view-calendar-tasks"),
        {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S)}, tr("Study the cards that are due"), QStringLiteral("study"));
    // Ctrl+Z in a window context: a text field with the focus keeps it for its own undo (it accepts the
    // ShortcutOverride), so notes being typed are never mistaken for an answer to take back.
    add(QStringLiteral("studyUndoAnswer"), tr("U&ndo Answer"), QStringLiteral("edit-undo"),
        QKeySequence::keyBindings(QKeySequence::Undo), tr("Take back your last answer: the card is asked again"))
        ->setEnabled(false);
    add(QStringLiteral("studyStatistics"), tr("S&tatistics"), QStringLiteral("office-chart-bar"),
        {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T)}, tr("Mastery, reviews, retention and what is due"));
    add(QStringLiteral("studyRetention"), tr("Desired &Retention..."), QStringLiteral("configure"), {},
        tr("How likely you want to be to remember a card when it comes up (70-97%)"));
    add(QStringLiteral("studyInterviewDate"), tr("Set &Interview Date..."), QStringLiteral("view-calendar"), {},
        tr("Forecast your recall on the day of your interview"));
    add(QStringLiteral("studyNewCardsPerDay"), tr("Ne&w Cards per Day..."), {}, {},
        tr("How many new cards a study session may bring in each day"));
    add(QStringLiteral("studyPlan"), tr("&Plan to Interview"), QStringLiteral("view-calendar-list"), {},
        tr("Spread the topics over the days left, weakest first"));
    QAction *bookmark = add(QStringLiteral("studyToggleBookmark"), tr("&Bookmark Topic"), QStringLiteral("bookmark-new"),
                            {QKeySequence(Qt::CTRL | Qt::Key_D)}, tr("Bookmark this topic, or remove its bookmark"),
                            QStringLiteral("bookmark"));
    bookmark->setCheckable(true);
    add(QStringLiteral("studyBookmarkWithLabel"), tr("Bookmark with &Label..."), QStringLiteral("bookmark-edit"),
        {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D)}, tr("Bookmark this topic with a label such as \"weak\""),
        QStringLiteral("bookmark"));
    add(QStringLiteral("viewBookmarks"), tr("&Bookmarks"), QStringLiteral("bookmarks"), {QKeySequence(Qt::CTRL | Qt::Key_B)},
        tr("Show or hide the list of bookmarked topics"), QStringLiteral("bookmarked"))
        ->setCheckable(true);
    add(QStringLiteral("helpGettingStarted"), tr("&Getting Started"), QStringLiteral("help-contents"), {},
        tr("The window and a first evening with it, on one page"));
    add(QStringLiteral("helpShortcuts"), tr("&Keyboard Shortcuts"), QStringLiteral("help-keyboard-shortcuts"),
        {QKeySequence(Qt::Key_F1)}, tr("Every key of the window and the quiz on one page"));
    add(QStringLiteral("helpAbout"), tr("&About Deep Dive"), QStringLiteral("help-about"), {});
    add(QStringLiteral("helpAboutQt"), tr("About &Qt"), {}, {});
}

QAction *ActionRegistry::add(const QString &name, const QString &text, const QString &icon,
                             const QList<QKeySequence> &keys, const QString &toolTip, const QString &fallbackIcon)
{
    auto *action = new QAction(text, this);
    action->setObjectName(name);
    action->setProperty("registryText", text); // the menu's own words, whatever a window later shows in it
    action->setShortcuts(keys);
    if (!icon.isEmpty())
        m_pendingIcons.insert(action, {icon, fallbackIcon});
    // Tooltips name the first shortcut, in the platform's and the UI language's words ("Strg+K" in German).
    if (!toolTip.isEmpty())
        action->setToolTip(keys.isEmpty() ? toolTip : tr("%1 (%2)").arg(toolTip, keys.first().toString(QKeySequence::NativeText)));
    m_actions.insert(name, action);
    return action;
}

QHash<QString, QMenu *> ActionRegistry::fillMenuBar(QMenuBar *bar)
{
    struct Menu
    {
        QString objectName;
        QString title;
        QStringList actions; // "-" is a separator
    };
    const QList<Menu> layout{
        {QStringLiteral("menuFile"), tr("&File"),
         {QStringLiteral("fileNewDeck"), QStringLiteral("fileCopyDeck"), QStringLiteral("-"), QStringLiteral("fileExportPdf"),
          QStringLiteral("filePrint"), QStringLiteral("-"), QStringLiteral("fileExportAnki"),
          QStringLiteral("fileImportAnki"), QStringLiteral("-"), QStringLiteral("fileExportProgress"),
          QStringLiteral("fileImportProgress"), QStringLiteral("fileRestoreBackup"), QStringLiteral("-"), QStringLiteral("fileSyncFolder"),
          QStringLiteral("fileSyncNow"), QStringLiteral("fileSyncDevices"), QStringLiteral("-"), QStringLiteral("fileQuit")}},
        {QStringLiteral("menuEdit"), tr("&Edit"),
         {QStringLiteral("editSearch"), QStringLiteral("editFindInTopic"), QStringLiteral("editCopySnippet")}},
        {QStringLiteral("menuView"), tr("&View"),
         {QStringLiteral("viewFocusTopics"), QStringLiteral("viewTopicTab"), QStringLiteral("viewQuizTab"),
          QStringLiteral("viewMyNotesTab"), QStringLiteral("-"), QStringLiteral("viewPreviousTopic"), QStringLiteral("viewNextTopic"),
          QStringLiteral("viewPreviousSnippet"), QStringLiteral("viewNextSnippet"), QStringLiteral("-"), QStringLiteral("viewBookmarks"),
          QStringLiteral("-"), QStringLiteral("viewZoomIn"), QStringLiteral("viewZoomOut"), QStringLiteral("viewZoomReset")}},
        {QStringLiteral("menuStudy"), tr("&Study"),
         {QStringLiteral("studyDue"), QStringLiteral("studyUndoAnswer"), QStringLiteral("studyStatistics"),
          QStringLiteral("studyRetention"), QStringLiteral("studyInterviewDate"), QStringLiteral("studyNewCardsPerDay"),
          QStringLiteral("studyPlan"), QStringLiteral("-"), QStringLiteral("codeRun"), QStringLiteral("-"),
          QStringLiteral("studyToggleBookmark"), QStringLiteral("studyBookmarkWithLabel")}},
        {QStringLiteral("menuHelp"), tr("&Help"),
         {QStringLiteral("helpGettingStarted"), QStringLiteral("helpShortcuts"), QStringLiteral("-"), QStringLiteral("helpAbout"),
          QStringLiteral("helpAboutQt")}},
    };
    QHash<QString, QMenu *> menus;
    for (const Menu &entry : layout) {
        QMenu *menu = bar->addMenu(entry.title);
        menu->setObjectName(entry.objectName);
        for (const QString &name : entry.actions) {
            if (name == QLatin1String("-"))
                menu->addSeparator();
            else
                menu->addAction(action(name));
        }
        connect(menu, &QMenu::aboutToShow, this, [this, menu] { loadIcons(menu->actions()); });
        menus.insert(entry.objectName, menu);
    }
    return menus;
}

void ActionRegistry::fillToolBar(QToolBar *toolbar)
{
    for (const char *name : {"studyDue", "editSearch", "codeRun", "studyToggleBookmark", "viewBookmarks"})
        toolbar->addAction(action(QLatin1String(name)));
    loadIcons(toolbar->actions());
}

QString ActionRegistry::plainName(const QAction *action)
{
    const QVariant text = action->property("registryText");
    return (text.isValid() ? text.toString() : action->text())
        .remove(QLatin1Char('&'))
        .remove(QStringLiteral("..."))
        .remove(QStringLiteral("…"))
        .trimmed();
}

void ActionRegistry::loadIcons(const QList<QAction *> &actions)
{
    for (QAction *action : actions) {
        const auto it = m_pendingIcons.constFind(action);
        if (it == m_pendingIcons.cend())
            continue;
        action->setIcon(Icons::themed(it->first, it->second));
        m_pendingIcons.erase(it);
    }
}

QAction *ActionRegistry::action(const QString &name) const
{
    QAction *a = m_actions.value(name);
    Q_ASSERT_X(a, "ActionRegistry::action", qPrintable(name));
    return a;
}

} // namespace DeepDive
