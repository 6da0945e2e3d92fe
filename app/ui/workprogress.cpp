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

} // namespace DeepDive
