#include "dependency_edge_item.h"

#include "ticket_node_item.h"

#include <QGraphicsScene>
#include <QPainter>
#include <QPainterPathStroker>

#include <cmath>

namespace docket {

DependencyEdgeItem::DependencyEdgeItem(TicketNodeItem *from, TicketNodeItem *to, EdgeKind kind, bool onCycle,
                                       qreal laneOffset)
    : m_from(from)
    , m_to(to)
    , m_kind(kind)
    , m_onCycle(onCycle)
{
    setZValue(-1); // under the boxes
    route(laneOffset);
}

void DependencyEdgeItem::route(qreal laneOffset)
{
    const QRectF from = m_from->box().translated(m_from->pos());
    const QRectF to = m_to->box().translated(m_to->pos());
    QPointF start, end, startControl, endControl;

    if (m_from == m_to) {
        // A ticket pointing at itself: a loop over its top edge.
        start = QPointF(from.center().x() - 24, from.top());
        end = QPointF(from.center().x() + 24, from.top());
        startControl = start + QPointF(-16, -48);
        endControl = end + QPointF(16, -48);
    } else if (std::abs(from.center().x() - to.center().x()) > from.width() / 2) {
        // Different layers: leave and enter through the sides that face each other.
        const bool leftward = to.center().x() < from.center().x();
        start = QPointF(leftward ? from.left() : from.right(), from.center().y() + laneOffset);
        end = QPointF(leftward ? to.right() : to.left(), to.center().y() + laneOffset);
        const qreal reach = (end.x() - start.x()) / 2;
        startControl = start + QPointF(reach, 0);
        endControl = end - QPointF(reach, 0);
    } else {
        // Same layer (a cycle group): bulge out to the right going down, to the left going up, so
        // a -> b and b -> a do not overlap.
        const bool downward = to.center().y() > from.center().y();
        const qreal side = downward ? 1 : -1;
        start = QPointF(downward ? from.right() : from.left(), from.center().y() + laneOffset);
        end = QPointF(downward ? to.right() : to.left(), to.center().y() + laneOffset);
        const qreal bulge = 30 + std::min(50.0, std::abs(end.y() - start.y()) * 0.15);
        startControl = start + QPointF(side * bulge, 0);
        endControl = end + QPointF(side * bulge, 0);
    }

    m_path = QPainterPath(start);
    m_path.cubicTo(startControl, endControl, end);
    m_tip = end;
    m_tipDirection = end - endControl;
}

QRectF DependencyEdgeItem::boundingRect() const
{
    // Room for the arrow head, the thick cycle pen and the ⟳ disc.
    return m_path.boundingRect().adjusted(-20, -20, 20, 20);
}

QPainterPath DependencyEdgeItem::shape() const
{
    QPainterPathStroker stroker;
    stroker.setWidth(8);
    return stroker.createStroke(m_path);
}

void DependencyEdgeItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    const QPalette palette = scene() ? scene()->palette() : QPalette();
    const bool highlighted = m_from->isSelected() || m_to->isSelected();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(dependency_style::edgePen(palette, m_kind, m_onCycle, highlighted));
    painter->setBrush(Qt::NoBrush);
    painter->drawPath(m_path);
    dependency_style::drawArrowHead(*painter, m_tip, m_tipDirection, m_kind);
    if (m_onCycle)
        dependency_style::drawCycleMark(*painter, m_path.pointAtPercent(0.5), palette);
}

} // namespace docket
