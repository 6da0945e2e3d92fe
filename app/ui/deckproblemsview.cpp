#include "deckproblemsview.h"

#include <QDesktopServices>
#include <QDir>
#include <QLabel>
#include <QListWidget>
#include <QProcess>
#include <QUrl>
#include <QVBoxLayout>

namespace DeepDive {

DeckProblemsView::DeckProblemsView(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_list(new QListWidget(this))
{
    setObjectName(QStringLiteral("deckProblems"));
    m_list->setObjectName(QStringLiteral("deckProblemsList"));
    m_list->setAccessibleName(tr("Problems in your decks"));
    m_list->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 4, 6, 0);
    layout->setSpacing(2);
    layout->addWidget(m_title);
    layout->addWidget(m_list);
    connect(m_list, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        m_open(item->data(Qt::UserRole).toString(), item->data(Qt::UserRole + 1).toInt());
    });
    hide();
}

void DeckProblemsView::setProblems(const QList<Diagnostic> &problems)
{
    m_list->clear();
    for (const Diagnostic &problem : problems) {
        auto *item = new QListWidgetItem(problem.toString(), m_list);
        item->setData(Qt::UserRole, problem.file);
        item->setData(Qt::UserRole + 1, problem.line);
        item->setToolTip(tr("Enter or a double click opens the file at this line"));
    }
    m_title->setText(tr("Problems in your decks (%n), shown until fixed; the rest of each deck can be studied. "
                        "Enter opens the file in your editor.", nullptr, int(problems.size())));
    const int rows = int(std::min<qsizetype>(problems.size(), 4));
    m_list->setFixedHeight(rows * (m_list->fontMetrics().height() + 6) + 2 * m_list->frameWidth() + 4);
    setVisible(!problems.isEmpty());
    if (!problems.isEmpty())
        m_list->setCurrentRow(0);
}

bool DeckProblemsView::openInEditor(const QString &file, int line)
{
    for (const char *variable : {"VISUAL", "EDITOR"}) {
        QStringList command = QProcess::splitCommand(qEnvironmentVariable(variable));
        if (command.isEmpty())
            continue;
        const QString program = command.takeFirst();
        if (line > 0)
            command.append(QStringLiteral("+%1").arg(line));
        command.append(file);
        if (QProcess::startDetached(program, command))
            return true;
    }
    return QDesktopServices::openUrl(QUrl::fromLocalFile(QDir::cleanPath(file)));
}

} // namespace DeepDive
