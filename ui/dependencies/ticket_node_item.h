#pragma once

#include "domain/ticket.h"

#include <QCoreApplication>
#include <QFont>
#include <QGraphicsItem>

namespace docket {

// One ticket in the dependency picture: a rounded box with the elided title, the status (icon and
// text) and type, and for a ticket on a cycle a thicker dashed outline and "⟳ on a cycle".
class TicketNodeItem : public QGraphicsItem {
    Q_DECLARE_TR_FUNCTIONS(docket::TicketNodeItem)
public:
    enum { Type = UserType + 1 };

    TicketNodeItem(const Ticket &ticket, bool onCycle, const QFont &font);

    const QString &ticketId() const { return m_ticket.id; }
    bool isOnCycle() const { return m_onCycle; }
    // What a screen reader says for the node: title, status, type and the cycle, in words.
    QString description() const;
    QRectF box() const { return m_box; }

    int type() const override { return Type; }
    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    QString statusAndType() const;

    Ticket m_ticket;
    bool m_onCycle;
    QFont m_font;
    QRectF m_box;
};

} // namespace docket
