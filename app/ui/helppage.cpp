#include "helppage.h"

#include <QDialogButtonBox>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace DeepDive {

HelpPage::HelpPage(const QString &objectName, const QString &title, QWidget *parent)
    : QDialog(parent)
    , m_view(new QTextBrowser(this))
{
    setObjectName(objectName);
    setWindowTitle(title);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_view);
    layout->addWidget(buttons);
}

void HelpPage::setPage(const QString &html, const QString &viewName, const QSize &size)
{
    m_view->setObjectName(viewName);
    m_view->setHtml(html);
    resize(size);
}

QString HelpPage::text() const
{
    return m_view->toPlainText();
}

} // namespace DeepDive
