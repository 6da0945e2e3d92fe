#pragma once

#include <QWidget>

class QButtonGroup;
class QLabel;
class QVBoxLayout;

namespace DeepDive {

struct Card;

// A "which one fits?" card: each situation on a line of its own, wrapped at any width, with the two concepts as
// choices under it. The keyboard works on the current situation (marked ▸): 1 or A picks the first concept, 2 or B
// the second, and the mark moves on to the next situation; ↑ and ↓ move it. After the answer, each choice is marked
// right (✓, green) or wrong (✗, red), in words as well as colour.
class PairView : public QWidget
{
    Q_OBJECT
public:
    explicit PairView(QWidget *parent = nullptr);

    // Shows `card` with `assigned` (-1: not yet) and, once `answered`, what was right.
    void show(const Card &card, const QList<int> &assigned, bool answered);
    // Assigns the current situation to `side` (0 or 1) and moves on; false when there is nothing to assign.
    bool assignCurrent(int side);
    int currentSituation() const { return m_current; }
    void setCurrentSituation(int situation);

Q_SIGNALS:
    void assigned(int situation, int side);

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void rebuild(const Card &card);
    void updateMarks();

    QString m_cardId;
    QVBoxLayout *m_rows;
    QList<QLabel *> m_situations;
    QList<QButtonGroup *> m_groups;
    QList<int> m_assigned;
    int m_current = 0;
    bool m_answered = false;
};

} // namespace DeepDive
