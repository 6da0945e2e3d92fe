#include "noticebar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QToolButton>

namespace DeepDive {

NoticeBar::NoticeBar(QWidget *parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("noticeBar"));
    hide();
}

void NoticeBar::build()
{
    m_label = new QLabel(this);
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    QPalette pal = palette();
    const bool dark = pal.color(QPalette::Window).lightness() < 128;
    pal.setColor(QPalette::Window, dark ? QColor(0x5c, 0x4a, 0x12) : QColor(0xff, 0xf3, 0xc4));
    pal.setColor(QPalette::WindowText, dark ? QColor(0xff, 0xf3, 0xc4) : QColor(0x3d, 0x2e, 0x00));
    setPalette(pal);
    m_label->setObjectName(QStringLiteral("noticeText"));
    m_label->setWordWrap(true);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *icon = new QLabel(this);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(22, 22));
    auto *close = new QToolButton(this);
    close->setObjectName(QStringLiteral("noticeClose"));
    close->setAutoRaise(true);
    close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    close->setToolTip(tr("Dismiss"));
    close->setAccessibleName(tr("Dismiss the message"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 6, 6, 6);
    layout->addWidget(icon, 0, Qt::AlignTop);
    layout->addWidget(m_label, 1);
    layout->addWidget(close, 0, Qt::AlignTop);
    connect(close, &QToolButton::clicked, this, &QWidget::hide);
}

void NoticeBar::showNotice(const QString &text)
{
    if (!m_label) {
        if (text.isEmpty())
            return;
        build();
    }
    m_label->setText(text);
    setAccessibleDescription(text);
    setVisible(!text.isEmpty());
}

QString NoticeBar::text() const
{
    return m_label ? m_label->text() : QString();
}

} // namespace DeepDive
