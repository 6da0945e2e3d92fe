#include "pairview.h"

#include "deck.h"
#include "topicdocument.h"
#include "verdictcolour.h"

#include <QButtonGroup>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QRadioButton>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace DeepDive {

namespace {

QString plain(const QString &markdown)
{
    static const QRegularExpression tags(QStringLiteral("<[^>]*>"));
    return markdownToHtml(markdown).remove(tags).trimmed();
}

} // namespace

PairView::PairView(QWidget *parent)
    : QWidget(parent)
    , m_rows(new QVBoxLayout(this))
{
    setObjectName(QStringLiteral("pairView"));
    setFocusPolicy(Qt::StrongFocus);
    setAccessibleName(tr("Situations"));
    m_rows->setContentsMargins(0, 0, 0, 0);
    m_rows->setSpacing(2);
}

void PairView::rebuild(const Card &card)
{
    qDeleteAll(findChildren<QWidget *>(Qt::FindDirectChildrenOnly));
    qDeleteAll(m_groups);
    m_groups.clear();
    m_situations.clear();
    while (m_rows->count() > 0)
        delete m_rows->takeAt(0);
    m_cardId = card.id;
    m_current = 0;
    const QString concepts[2] = {plain(card.conceptA), plain(card.conceptB)};
    for (int i = 0; i < card.pairs.size(); ++i) {
        auto *label = new QLabel(this);
        label->setObjectName(QStringLiteral("pairSituation%1").arg(i));
        label->setWordWrap(true);
        label->setTextFormat(Qt::RichText);
        label->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred); // wraps at any width, never widens the panel
        label->setProperty("html", markdownToHtml(card.pairs[i].situation));
        m_situations.append(label);
        m_rows->addWidget(label);
        label->show(); // added to a view on screen: shown now, not after the next pass of the event loop
        auto *choices = new QHBoxLayout;
        choices->setContentsMargins(24, 0, 0, 8);
        auto *group = new QButtonGroup(this);
        m_groups.append(group);
        for (int side = 0; side < 2; ++side) {
            auto *radio = new QRadioButton(this);
            radio->setObjectName(QStringLiteral("pair%1Side%2").arg(i).arg(side));
            radio->setFocusPolicy(Qt::NoFocus); // the keys go to the view, which knows the current situation
            radio->setProperty("concept", concepts[side]);
            radio->setAccessibleName(tr("Situation %1: %2").arg(i + 1).arg(concepts[side]));
            group->addButton(radio, side);
            choices->addWidget(radio);
            radio->show();
        }
        choices->addStretch(1);
        m_rows->addLayout(choices);
        connect(group, &QButtonGroup::idClicked, this, [this, i](int side) {
            setCurrentSituation(i);
            Q_EMIT assigned(i, side);
        });
    }
}

void PairView::show(const Card &card, const QList<int> &assigned, bool answered)
{
    if (card.id != m_cardId || m_groups.size() != card.pairs.size())
        rebuild(card);
    m_assigned = assigned;
    m_answered = answered;
    for (int i = 0; i < card.pairs.size(); ++i) {
        m_groups[i]->setExclusive(false); // an exclusive group never unchecks: the card asked again starts blank
        for (QAbstractButton *button : m_groups[i]->buttons()) {
            const int side = m_groups[i]->id(button);
            const bool chosen = assigned.value(i, -1) == side;
            const bool right = card.pairs[i].side == side;
            QSignalBlocker block(button);
            button->setChecked(chosen);
            button->setEnabled(!answered);
            QString text = QStringLiteral("%1 · %2").arg(side == 0 ? QStringLiteral("1") : QStringLiteral("2"),
                                                         button->property("concept").toString());
            QString style;
            if (answered && right) {
                text += chosen ? QStringLiteral("  ✓") : QStringLiteral("  ✓ ") + tr("(the right one)");
                style = QStringLiteral("QRadioButton:disabled { color: %1; font-weight: bold; }").arg(verdictColour(this, true));
            } else if (answered && chosen) {
                text += QStringLiteral("  ✗ ") + tr("(your choice)");
                style = QStringLiteral("QRadioButton:disabled { color: %1; }").arg(verdictColour(this, false));
            }
            button->setText(text);
            button->setStyleSheet(style);
        }
        m_groups[i]->setExclusive(true);
    }
    updateMarks();
    m_rows->activate(); // laid out now, so that nothing moves under the learner's next click
}

void PairView::updateMarks()
{
    for (int i = 0; i < m_situations.size(); ++i) {
        const bool current = !m_answered && i == m_current;
        // A table keeps the text beside its number when it wraps.
        m_situations[i]->setText(QStringLiteral("<table cellspacing='0' cellpadding='2' width='100%'%1><tr><td width='24' "
                                                "valign='top'><b>%2</b></td><td>%3</td></tr></table>")
                                     .arg(current ? QStringLiteral(" bgcolor='%1'").arg(palette().color(QPalette::AlternateBase).name()) : QString(),
                                          current ? QStringLiteral("▸") : QStringLiteral("%1.").arg(i + 1),
                                          m_situations[i]->property("html").toString()));
        m_situations[i]->setAccessibleDescription(current ? tr("current situation") : QString());
    }
}

void PairView::setCurrentSituation(int situation)
{
    if (situation < 0 || situation >= m_situations.size())
        return;
    m_current = situation;
    updateMarks();
}

bool PairView::assignCurrent(int side)
{
    if (m_answered || m_current < 0 || m_current >= m_groups.size() || (side != 0 && side != 1))
        return false;
    const int situation = m_current;
    // On to the next situation still open (or the next one, when all are assigned).
    int next = situation;
    for (int step = 1; step <= m_groups.size(); ++step) {
        const int candidate = (situation + step) % int(m_groups.size());
        if (m_assigned.value(candidate, -1) < 0 && candidate != situation) {
            next = candidate;
            break;
        }
    }
    if (next == situation && situation + 1 < m_groups.size())
        next = situation + 1;
    m_current = next;
    Q_EMIT assigned(situation, side);
    return true;
}

void PairView::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Up:
        setCurrentSituation(m_current - 1);
        return;
    case Qt::Key_Down:
        setCurrentSituation(m_current + 1);
        return;
    case Qt::Key_A:
        assignCurrent(0);
        return;
    case Qt::Key_B:
        assignCurrent(1);
        return;
    default:
        QWidget::keyPressEvent(event);
    }
}

} // namespace DeepDive
