#include "message_bar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QToolButton>

namespace docket {

MessageBar::MessageBar(QWidget *parent)
    : QFrame(parent)
    , m_label(new QLabel(this))
    , m_closeButton(new QToolButton(this))
{
    setObjectName(QStringLiteral("messageBar"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    m_label->setWordWrap(true);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_label->setObjectName(QStringLiteral("messageBarLabel"));
    m_closeButton->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    m_closeButton->setAutoRaise(true);
    m_closeButton->setToolTip(tr("Dismiss"));
    m_closeButton->setAccessibleName(tr("Dismiss message"));
    m_closeButton->setShortcut(QKeySequence(Qt::Key_Escape));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 4, 4);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_closeButton, 0, Qt::AlignTop);
    connect(m_closeButton, &QToolButton::clicked, this, &QWidget::hide);
    hide();
}

void MessageBar::showMessage(Kind kind, const QString &text)
{
    m_kind = kind;
    // Light tints that keep dark text readable; the prefix word carries the meaning, not the colour.
    QPalette pal = palette();
    pal.setColor(QPalette::Window, kind == Kind::Error ? QColor(0xFD, 0xEC, 0xEA) : QColor(0xE8, 0xF1, 0xFB));
    pal.setColor(QPalette::WindowText, QColor(0x21, 0x21, 0x21));
    setPalette(pal);
    m_label->setText((kind == Kind::Error ? tr("Error: %1") : tr("%1")).arg(text));
    setAccessibleName(kind == Kind::Error ? tr("Error message") : tr("Information message"));
    show();
}

QString MessageBar::text() const
{
    return m_label->text();
}

} // namespace docket
