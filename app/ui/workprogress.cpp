#include "workprogress.h"

#include <QProgressDialog>
#include <QTimer>

namespace DeepDive {

QProgressDialog *WorkProgress::dialog(QWidget *parent, const std::shared_ptr<WorkProgress> &progress, const QString &title,
                                      const QString &label, const QString &objectName)
{
    auto *dialog = new QProgressDialog(parent); // with Qt's own Cancel button, translated by Qt
    dialog->setLabelText(label);
    dialog->setRange(0, 0);
    dialog->setObjectName(objectName);
    dialog->setWindowTitle(title);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->setMinimumDuration(500);
    dialog->setAutoClose(false);
    dialog->setAutoReset(false);
    QObject::connect(dialog, &QProgressDialog::canceled, dialog, [progress] { progress->stop = true; });
    auto *poll = new QTimer(dialog);
    QObject::connect(poll, &QTimer::timeout, dialog, [dialog, progress] {
        dialog->setMaximum(progress->total);
        dialog->setValue(progress->done);
    });
    poll->start(100);
    return dialog;
}

void WorkProgress::dismiss(QProgressDialog *dialog)
{
    // Neither the poll nor the dialog's own timer (which shows it once the minimum duration has passed) may bring it
    // back while the message's event loop runs: the deferred delete waits until that loop has returned.
    for (QTimer *poll : dialog->findChildren<QTimer *>(QString(), Qt::FindDirectChildrenOnly))
        poll->stop();
    dialog->reset(); // stops the dialog's own timer
    dialog->hide();
    dialog->deleteLater();
}

} // namespace DeepDive
