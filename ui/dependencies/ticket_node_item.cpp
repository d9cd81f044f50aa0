#include "ticket_node_item.h"

#include "dependency_style.h"
#include "items/ticket_table_model.h"

#include <QFontMetricsF>
#include <QGraphicsScene>
#include <QPainter>
#include <QPainterPath>
#include <QStyleOptionGraphicsItem>

namespace docket {

namespace {

constexpr qreal kPadding = 8;
constexpr qreal kRadius = 8;
constexpr qreal kFocusMargin = 4; // the focus frame sits outside the box

QFont boldVersion(QFont font)
{
    font.setBold(true);
    return font;
}

} // namespace

TicketNodeItem::TicketNodeItem(const Ticket &ticket, bool onCycle, const QFont &font)
    : m_ticket(ticket)
    , m_onCycle(onCycle)
    , m_font(font)
{
    const QFontMetricsF metrics(font);
    // Three lines always, so every box has the same size and the layers line up.
    m_box = QRectF(0, 0, metrics.averageCharWidth() * 30 + 2 * kPadding,
                   metrics.lineSpacing() * 3 + 2 * kPadding);
    setFlags(ItemIsSelectable | ItemIsFocusable);
    setToolTip(description());
}

QString TicketNodeItem::statusAndType() const
{
    return tr("%1 · %2").arg(TicketTableModel::statusDisplayName(m_ticket.status),
                             TicketTableModel::typeDisplayName(m_ticket.ticketType));
}

QString TicketNodeItem::description() const
{
    const QString title = m_ticket.title.isEmpty() ? tr("Untitled ticket") : m_ticket.title;
    return m_onCycle ? tr("%1, %2, on a dependency cycle").arg(title, statusAndType())
                     : tr("%1, %2").arg(title, statusAndType());
}

QRectF TicketNodeItem::boundingRect() const
{
    return m_box.adjusted(-kFocusMargin - 2, -kFocusMargin - 2, kFocusMargin + 2, kFocusMargin + 2);
}

QPainterPath TicketNodeItem::shape() const
{
    QPainterPath path;
    path.addRoundedRect(m_box, kRadius, kRadius);
    return path;
}

void TicketNodeItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const QPalette palette = scene() ? scene()->palette() : QPalette();
    const bool selected = option->state & QStyle::State_Selected;
    painter->setRenderHint(QPainter::Antialiasing);

    QColor fill = palette.color(QPalette::Base);
    if (selected) {
        const QColor highlight = palette.color(QPalette::Highlight);
        fill = QColor::fromRgbF((fill.redF() * 3 + highlight.redF()) / 4,
                                (fill.greenF() * 3 + highlight.greenF()) / 4,
                                (fill.blueF() * 3 + highlight.blueF()) / 4);
    }
    QPen outline(m_onCycle ? dependency_style::cycleColor(palette) : palette.color(QPalette::Text),
                 m_onCycle ? 3.0 : 1.0);
    if (m_onCycle)
        outline.setStyle(Qt::DashLine);
    if (selected) {
        outline.setColor(palette.color(QPalette::Highlight));
        outline.setWidthF(outline.widthF() + 1.5);
    }
    painter->setPen(outline);
    painter->setBrush(fill);
    painter->drawRoundedRect(m_box, kRadius, kRadius);

    if (option->state & QStyle::State_HasFocus) {
        QPen focusPen(palette.color(QPalette::Text), 1, Qt::DotLine);
        painter->setPen(focusPen);
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(m_box.adjusted(-kFocusMargin, -kFocusMargin, kFocusMargin, kFocusMargin),
                                 kRadius + kFocusMargin, kRadius + kFocusMargin);
    }

    const QFontMetricsF metrics(m_font);
    const qreal lineHeight = metrics.lineSpacing();
    const QRectF text = m_box.adjusted(kPadding, kPadding, -kPadding, -kPadding);
    painter->setPen(palette.color(QPalette::Text));

    const QFont titleFont = boldVersion(m_font);
    painter->setFont(titleFont);
    const QString title = m_ticket.title.isEmpty() ? tr("Untitled ticket") : m_ticket.title;
    painter->drawText(QRectF(text.left(), text.top(), text.width(), lineHeight),
                      Qt::AlignLeft | Qt::AlignVCenter,
                      QFontMetricsF(titleFont).elidedText(title, Qt::ElideRight, text.width()));

    painter->setFont(m_font);
    const qreal iconSize = std::min<qreal>(16, lineHeight);
    const QRectF statusLine(text.left(), text.top() + lineHeight, text.width(), lineHeight);
    TicketTableModel::statusIcon(m_ticket.status)
        .paint(painter, QRect(int(statusLine.left()), int(statusLine.center().y() - iconSize / 2),
                              int(iconSize), int(iconSize)));
    const QRectF statusText = statusLine.adjusted(iconSize + 4, 0, 0, 0);
    painter->drawText(statusText, Qt::AlignLeft | Qt::AlignVCenter,
                      metrics.elidedText(statusAndType(), Qt::ElideRight, statusText.width()));

    if (m_onCycle) {
        painter->setFont(titleFont);
        painter->setPen(dependency_style::cycleColor(palette));
        painter->drawText(QRectF(text.left(), text.top() + 2 * lineHeight, text.width(), lineHeight),
                          Qt::AlignLeft | Qt::AlignVCenter, tr("⟳ on a cycle"));
    }
}

} // namespace docket
