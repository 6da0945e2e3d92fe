#include "shortcutsdialog.h"

#include "actionregistry.h"

#include <QAction>

#include <algorithm>

namespace DeepDive {

namespace {

QString row(const QString &keys, const QString &what)
{
    return QStringLiteral("<tr><td style='padding-right:16px' valign='top'><b>%1</b></td><td>%2</td></tr>")
        .arg(keys.toHtmlEscaped(), what.toHtmlEscaped());
}

} // namespace

ShortcutsDialog::ShortcutsDialog(const ActionRegistry &actions, QWidget *parent)
    : HelpPage(QStringLiteral("shortcutsDialog"), tr("Keyboard Shortcuts"), parent)
{
    QList<std::pair<QString, QString>> rows;
    for (QAction *action : actions.actions()) {
        if (action->shortcuts().isEmpty())
            continue;
        QStringList keys;
        for (const QKeySequence &key : action->shortcuts())
            keys.append(key.toString(QKeySequence::NativeText));
        rows.append({ActionRegistry::plainName(action),
                     keys.join(QStringLiteral(", "))});
    }
    std::sort(rows.begin(), rows.end());
    QString html = QStringLiteral("<h3>%1</h3><table>").arg(tr("Menus and the window"));
    for (const auto &[what, keys] : std::as_const(rows))
        html += row(keys, what);
    html += QStringLiteral("</table><h3>%1</h3><table>").arg(tr("In the quiz"));
    html += row(tr("Space"), tr("Show the answer of a recall card"));
    html += row(tr("1 2 3 4"), tr("Grade a recall card (Again, Hard, Good, Easy); pick an option of a multiple-choice card"));
    html += row(tr("1 2 or A B, ↑ ↓"), tr("Which one fits: answer the marked situation; move the mark"));
    html += row(tr("↑ ↓, Enter"), tr("Spot the bug: move through the lines of the code; pick the line"));
    html += row(tr("Ctrl+Enter"), tr("Check a prediction, a multiple-choice card with several answers, or a pair card"));
    html += row(tr("Enter"), tr("Next card, after the feedback"));
    html += QStringLiteral("</table>");
    setPage(html, QStringLiteral("shortcutsText"), QSize(640, 560));
}

} // namespace DeepDive
