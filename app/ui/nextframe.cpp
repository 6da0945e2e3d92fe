#include "nextframe.h"

#include <QEvent>
#include <QWidget>

namespace DeepDive {

NextFrame::NextFrame(QWidget *window, int latestMs)
    : QObject(window)
    , m_window(window)
    , m_latestMs(latestMs)
{
    m_latest.setSingleShot(true);
    connect(&m_latest, &QTimer::timeout, this, &NextFrame::runPending);
    window->installEventFilter(this);
}

void NextFrame::then(std::function<void()> work)
{
    m_work.append(std::move(work));
    if (!m_latest.isActive())
        m_latest.start(m_window->isVisible() ? m_latestMs : 0);
}

bool NextFrame::eventFilter(QObject *watched, QEvent *event)
{
    // The frame is painted while this event is handled, after the filter. The work's timer is started once it is
    // painted, by a posted call: input that came meanwhile, and timers already due, come before the work.
    if (watched == m_window && event->type() == QEvent::UpdateRequest && isPending())
        QMetaObject::invokeMethod(this, [this] { m_latest.start(0); }, Qt::QueuedConnection);
    return false;
}

void NextFrame::runPending()
{
    const QList<std::function<void()>> work = std::exchange(m_work, {});
    for (const std::function<void()> &w : work)
        w();
}

} // namespace DeepDive
