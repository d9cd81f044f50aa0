#pragma once

#include "dependency_style.h"

#include <QGraphicsItem>
#include <QPainterPath>

namespace docket {

class TicketNodeItem;

// A line from a ticket to what it depends on (or to its parent), with the head at the target.
// Drawn thicker with a ⟳ mark when it belongs to a cycle; in the highlight colour while either
// end is selected, so the neighbours of the selected ticket stand out.
class DependencyEdgeItem : public QGraphicsItem {
public:
    enum { Type = UserType + 2 };

    // Both ends must already be in place. laneOffset shifts the ends sideways so a parent line
    // does not hide a dependency line between the same two tickets.
    DependencyEdgeItem(TicketNodeItem *from, TicketNodeItem *to, EdgeKind kind, bool onCycle,
                       qreal laneOffset);

    TicketNodeItem *from() const { return m_from; }
    TicketNodeItem *to() const { return m_to; }
    EdgeKind kind() const { return m_kind; }
    bool isOnCycle() const { return m_onCycle; }

    int type() const override { return Type; }
    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    void route(qreal laneOffset);

    TicketNodeItem *m_from;
    TicketNodeItem *m_to;
    EdgeKind m_kind;
    bool m_onCycle;
    QPainterPath m_path;
    QPointF m_tip;
    QPointF m_tipDirection;
};

} // namespace docket
