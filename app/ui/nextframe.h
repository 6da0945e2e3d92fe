#pragma once

#include <QObject>
#include <QTimer>

#include <functional>

class QWidget;

namespace DeepDive {

// Runs work after a window has painted its next frame (and handled the input and timers due by then), so that what
// changed before the work is on screen first and a long step is split in two. A 0 ms timer would not do: a window
// asks the platform for a frame a few milliseconds after an update (QWindow::requestUpdate: 5 ms by default), so the
// timer times out before the paint and the two run back to back. A window that paints no frame (hidden, minimised,
// nothing changed) runs the work after `latestMs` all the same, at once when it is hidden.
class NextFrame : public QObject
{
public:
    explicit NextFrame(QWidget *window, int latestMs = 100);

    void then(std::function<void()> work);
    bool isPending() const { return !m_work.isEmpty(); }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void runPending();

    QWidget *m_window;
    int m_latestMs;
    QTimer m_latest;
    QList<std::function<void()>> m_work;
};

} // namespace DeepDive
