#include "statisticsdialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QScrollArea>
#include <QVBoxLayout>

#include <algorithm>

namespace DeepDive {

namespace {
bool isDark(const QWidget *w)
{
    return w->palette().color(QPalette::Window).lightness() < 128;
}

// A blue ramp from the background towards a strong blue: readable on light and dark.
QColor ramp(const QWidget *w, double t)
{
    const QColor from = w->palette().color(QPalette::Base);
    const QColor to = isDark(w) ? QColor(0x64, 0xb5, 0xf6) : QColor(0x0d, 0x47, 0xa1);
    t = std::clamp(t, 0.0, 1.0);
    return QColor::fromRgbF(from.redF() + (to.redF() - from.redF()) * t, from.greenF() + (to.greenF() - from.greenF()) * t,
                            from.blueF() + (to.blueF() - from.blueF()) * t);
}

QLabel *heading(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true); // a long heading ("… on your interview, 5. Januar 2027") wraps instead of being cut
    QFont f = label->font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 1.1);
    label->setFont(f);
    return label;
}
} // namespace

BarList::BarList(const QList<QPair<QString, double>> &rows, QWidget *parent)
    : QWidget(parent)
    , m_rows(rows)
{
}

QSize BarList::sizeHint() const
{
    return {520, int(m_rows.size()) * (fontMetrics().height() + 8) + 4};
}

void BarList::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const int rowHeight = fontMetrics().height() + 8;
    int labelWidth = 0;
    for (const auto &row : m_rows)
        labelWidth = std::max(labelWidth, fontMetrics().horizontalAdvance(row.first));
    labelWidth = std::min(labelWidth + 12, width() / 2);
    const int barWidth = width() - labelWidth - 60;
    for (int i = 0; i < m_rows.size(); ++i) {
        const int y = i * rowHeight + 2;
        p.setPen(palette().color(QPalette::WindowText));
        p.drawText(QRect(0, y, labelWidth - 8, rowHeight), Qt::AlignVCenter | Qt::AlignLeft,
                   fontMetrics().elidedText(m_rows[i].first, Qt::ElideRight, labelWidth - 8));
        const QRectF track(labelWidth, y + rowHeight / 2.0 - 5, barWidth, 10);
        p.setPen(Qt::NoPen);
        p.setBrush(ramp(this, 0.12));
        p.drawRoundedRect(track, 4, 4);
        p.setBrush(ramp(this, 0.85));
        p.drawRoundedRect(QRectF(track.x(), track.y(), std::max(4.0, track.width() * m_rows[i].second), track.height()), 4, 4);
        p.setPen(palette().color(QPalette::WindowText));
        p.drawText(QRect(int(track.right()) + 8, y, 52, rowHeight), Qt::AlignVCenter | Qt::AlignLeft,
                   QStringLiteral("%1%").arg(qRound(m_rows[i].second * 100)));
    }
}

CalendarHeatMap::CalendarHeatMap(const QMap<QDate, int> &days, QWidget *parent)
    : QWidget(parent)
    , m_days(days)
{
    setToolTip(tr("Reviews per day over the last six months"));
}

QSize CalendarHeatMap::sizeHint() const
{
    return {30 + 27 * 14, 7 * 14 + fontMetrics().height() + 6};
}

void CalendarHeatMap::paintEvent(QPaintEvent *)
{
    if (m_days.isEmpty())
        return;
    QPainter p(this);
    const int cell = 12;
    const int step = 14;
    const int top = fontMetrics().height() + 4;
    const QDate first = m_days.firstKey();
    const QDate start = first.addDays(-(first.dayOfWeek() - 1)); // the Monday of the first week
    const int most = std::max(1, *std::max_element(m_days.cbegin(), m_days.cend()));
    int lastMonth = -1;
    for (auto it = m_days.cbegin(); it != m_days.cend(); ++it) {
        const int week = int(start.daysTo(it.key()) / 7);
        const int row = it.key().dayOfWeek() - 1;
        const QRect r(30 + week * step, top + row * step, cell, cell);
        if (it.value() == 0) {
            p.fillRect(r, palette().color(QPalette::Base));
            p.setPen(palette().color(QPalette::Mid));
            p.drawRect(r.adjusted(0, 0, -1, -1));
        } else {
            p.fillRect(r, ramp(this, 0.3 + 0.7 * it.value() / most));
        }
        if (it.key().month() != lastMonth && row == 0) {
            lastMonth = it.key().month();
            p.setPen(palette().color(QPalette::WindowText));
            p.drawText(r.x(), fontMetrics().ascent(), QLocale().monthName(lastMonth, QLocale::ShortFormat));
        }
    }
    p.setPen(palette().color(QPalette::PlaceholderText));
    p.drawText(0, top + cell, QLocale().dayName(1, QLocale::ShortFormat).left(2));
    p.drawText(0, top + 6 * step + cell, QLocale().dayName(7, QLocale::ShortFormat).left(2));
}

DayBars::DayBars(const QList<int> &values, QWidget *parent)
    : QWidget(parent)
    , m_values(values)
{
}

QSize DayBars::sizeHint() const
{
    return {int(m_values.size()) * 34, 130};
}

void DayBars::paintEvent(QPaintEvent *)
{
    if (m_values.isEmpty())
        return;
    QPainter p(this);
    const int most = std::max(1, *std::max_element(m_values.cbegin(), m_values.cend()));
    const int label = fontMetrics().height();
    const int slot = width() / int(m_values.size());
    const int chart = height() - 2 * label - 8;
    for (int i = 0; i < m_values.size(); ++i) {
        const int h = m_values[i] ? std::max(2, chart * m_values[i] / most) : 0;
        const QRect bar(i * slot + 4, label + 4 + chart - h, slot - 8, h);
        p.fillRect(bar, ramp(this, 0.8));
        p.setPen(palette().color(QPalette::WindowText));
        p.drawText(QRect(i * slot, bar.top() - label - 2, slot, label), Qt::AlignCenter, QString::number(m_values[i]));
    }
    // Labels under the bars, as many as fit: every day when there is room, else every second or third.
    p.setPen(palette().color(QPalette::PlaceholderText));
    const int step = labelStep();
    for (int i = 0; i < m_values.size(); i += step) {
        const int room = slot * step;
        p.drawText(QRect(i * slot + (i == 0 ? 0 : (slot - room) / 2), height() - label, room, label),
                   i == 0 ? Qt::AlignLeft | Qt::AlignVCenter : Qt::AlignCenter, dayLabel(i));
    }
}

QString DayBars::dayLabel(int day) const
{
    return day == 0 ? tr("today") : QStringLiteral("+%1").arg(day);
}

int DayBars::labelStep() const
{
    if (m_values.isEmpty())
        return 1;
    const int slot = std::max(1, width() / int(m_values.size()));
    for (int step = 1; step < m_values.size(); ++step) {
        bool fits = true;
        for (int i = 0; i < m_values.size() && fits; i += step)
            fits = fontMetrics().horizontalAdvance(dayLabel(i)) + 4 <= slot * step;
        if (fits)
            return step;
    }
    return int(m_values.size());
}

StatisticsDialog::StatisticsDialog(const Statistics &statistics, const QDate &interview, QWidget *parent)
    : QDialog(parent)
    , m_stats(statistics)
{
    setObjectName(QStringLiteral("statisticsDialog"));
    setWindowTitle(tr("Statistics"));
    resize(640, 760);
    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    const QString retention = statistics.trueRetention < 0
        ? tr("True retention: no reviews of learnt cards in the last 30 days yet.")
        : tr("True retention over the last 30 days: %1% of %n review(s) (you asked for %2%).", nullptr,
             statistics.retentionReviews)
              .arg(qRound(statistics.trueRetention * 100))
              .arg(qRound(statistics.desiredRetention * 100));
    m_summary = tr("Days studied in a row: %1.").arg(statistics.streak) + QLatin1Char(' ') + retention;
    auto *summary = new QLabel(m_summary, content);
    summary->setObjectName(QStringLiteral("statisticsSummary"));
    summary->setWordWrap(true);
    layout->addWidget(summary);
    layout->addWidget(heading(tr("Recalled now, per section"), content));
    layout->addWidget(new BarList(statistics.sectionMastery, content));
    layout->addWidget(heading(tr("Reviews per day, last six months"), content));
    layout->addWidget(new CalendarHeatMap(statistics.reviewsPerDay, content));
    layout->addWidget(heading(tr("Cards due in the next 14 days"), content));
    layout->addWidget(new DayBars(statistics.dueForecast, content));
    if (interview.isValid()) {
        layout->addWidget(heading(tr("Expected recall on your interview, %1").arg(QLocale().toString(interview, QLocale::LongFormat)), content));
        layout->addWidget(new BarList(statistics.sectionForecast, content));
        layout->addWidget(heading(tr("Weakest topics on that day"), content));
        layout->addWidget(new BarList(statistics.weakestForecast, content));
    }
    layout->addStretch();
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *outer = new QVBoxLayout(this);
    outer->addWidget(scroll);
    outer->addWidget(buttons);
}

QString StatisticsDialog::summaryText() const
{
    return m_summary;
}

} // namespace DeepDive
