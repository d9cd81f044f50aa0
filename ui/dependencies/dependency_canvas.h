#pragma once

#include <QGraphicsView>

namespace docket {

class TicketNodeItem;

// The view of the dependency picture: zoom (Ctrl+wheel, Ctrl+plus/minus, Ctrl+0 fits), and the
// keyboard walks the ticket boxes: Tab and Shift+Tab in reading order (leaving the picture after
// the last one), arrow keys to the nearest box in that direction, Enter activates.
class DependencyCanvas : public QGraphicsView {
    Q_OBJECT
public:
    explicit DependencyCanvas(QWidget *parent = nullptr);

    // The boxes in reading order: layer by layer, top to bottom.
    void setNodes(const QList<TicketNodeItem *> &nodes);
    TicketNodeItem *currentNode() const;
    // Selects the box alone, gives it the keyboard focus and scrolls it into the middle.
    void makeCurrent(TicketNodeItem *node);

    qreal zoom() const { return transform().m11(); }
    void zoomBy(qreal factor);
    void fitAll();

signals:
    void nodeActivated(const QString &ticketId);

protected:
    bool event(QEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;

private:
    bool stepInReadingOrder(bool forward);
    TicketNodeItem *nearestNode(const TicketNodeItem *origin, int key) const;

    QList<TicketNodeItem *> m_nodes;
};

} // namespace docket
