#include "gettingstarteddialog.h"

#include "actionregistry.h"

#include <QAction>

namespace DeepDive {

GettingStartedDialog::GettingStartedDialog(const ActionRegistry &actions, QWidget *parent)
    : HelpPage(QStringLiteral("gettingStartedDialog"), tr("Getting Started"), parent)
{
    // "Study Due (Ctrl+Shift+S)": an action's menu text without its mnemonic or ellipsis, and its first key.
    const auto named = [&actions](const char *id) -> QString {
        const QAction *action = actions.action(QString::fromLatin1(id));
        QString text = ActionRegistry::plainName(action);
        if (!action->shortcut().isEmpty())
            text += QStringLiteral(" (") + action->shortcut().toString(QKeySequence::NativeText) + QLatin1Char(')');
        return QStringLiteral("<b>") + text.toHtmlEscaped() + QStringLiteral("</b>");
    };
    const auto section = [](const QString &title, const QString &body) -> QString {
        return QStringLiteral("<h3>%1</h3><p>%2</p>").arg(title.toHtmlEscaped(), body);
    };
    QString html;
    html += section(tr("The window"),
                    tr("On the left, the deck's topics by section; the list above them shows only the bookmarked, weak, "
                       "due or new ones. In the middle, the code of the open topic: the pitfall, and beside it the fix; "
                       "%1 shows what a snippet prints. On the right, the topic's notes, its quiz, and your own notes.")
                        .arg(named("codeRun")));
    html += section(tr("A first evening"),
                    tr("Read a topic, then answer its quiz. Every answer is saved at once and schedules the card: it "
                       "comes back when you are about to forget it. %1 gathers the cards that are due across the deck, "
                       "with a few new ones each day (%2); a card you get wrong comes back later in the same session. "
                       "%3 takes the last answer back.")
                        .arg(named("studyDue"), named("studyNewCardsPerDay"), named("studyUndoAnswer")));
    html += section(tr("Keeping track"),
                    tr("%1 marks a topic to come back to, %2 with a label such as “weak”; %3 lists them under the "
                       "topics. %4 shows what you have mastered and what is due; after %5, %6 spreads the topics over "
                       "the days left, weakest first.")
                        .arg(named("studyToggleBookmark"), named("studyBookmarkWithLabel"), named("viewBookmarks"),
                             named("studyStatistics"), named("studyInterviewDate"), named("studyPlan")));
    html += section(tr("Finding"),
                    tr("%1 looks through every topic, card and your own notes; %2 finds words in the open topic.")
                        .arg(named("editSearch"), named("editFindInTopic")));
    html += section(tr("Taking it with you"),
                    tr("%1 makes a handout of chosen topics, with the quiz answers where you want them. %2 saves your "
                       "progress, notes and bookmarks to a file that %3 brings in on another computer.")
                        .arg(named("fileExportPdf"), named("fileExportProgress"), named("fileImportProgress")));
    html += QStringLiteral("<p>%1</p>").arg(tr("%1 lists every key of the window and the quiz.").arg(named("helpShortcuts")));
    setPage(html, QStringLiteral("gettingStartedText"), QSize(660, 600)); // the German page whole, without scrolling
}

} // namespace DeepDive
