#pragma once

#include "statistics.h"

#include <QDialog>

namespace DeepDive {

// Study > Statistics: mastery per section, reviews per day over six months as a calendar heat map, true retention
// against the desired one, the streak, the due cards of the next two weeks and, with an interview date, the recall
// expected on that day. Painted with the palette, so it reads in light and dark.
class StatisticsDialog : public QDialog
{
    Q_OBJECT
public:
    StatisticsDialog(const Statistics &statistics, const QDate &interview, QWidget *parent = nullptr);

    QString summaryText() const;

private:
    Statistics m_stats;
    QString m_summary;
};

// Horizontal bars with a label and a percentage, 0..1.
class BarList : public QWidget
{
    Q_OBJECT
public:
    BarList(const QList<QPair<QString, double>> &rows, QWidget *parent = nullptr);
    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QList<QPair<QString, double>> m_rows;
};

// One square per day, darker with more reviews, weeks in columns.
class CalendarHeatMap : public QWidget
{
    Q_OBJECT
public:
    explicit CalendarHeatMap(const QMap<QDate, int> &days, QWidget *parent = nullptr);
    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QMap<QDate, int> m_days;
};

// Vertical bars, one per day, with the count above.
class DayBars : public QWidget
{
    Q_OBJECT
public:
    explicit DayBars(const QList<int> &values, QWidget *parent = nullptr);
    QSize sizeHint() const override;
    // The day labels ("today", "+1" … "+13"), and every how many days one is drawn so that each fits its room.
    QString dayLabel(int day) const;
    int labelStep() const;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QList<int> m_values;
};

} // namespace DeepDive
